//! People: their accounts, who holds them, how they connect, contacts, verification, devices.

use super::{Builder, DEFAULT_USER_AGENT, Declared, is_localpart};
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};

/// One entry of `people` being checked, with what it is checked against.
struct Entry<'p> {
    /// Position in the file (for the default home address).
    index: usize,
    raw: &'p Spanned<RawPerson>,
    id: String,
    server: String,
    servers: &'p IndexMap<String, ServerSpec>,
    /// Every id declared in `people`.
    all_ids: &'p BTreeSet<&'p str>,
}

impl Builder<'_> {
    pub(super) fn people(
        &mut self,
        raw: &RawScenario,
        servers: &IndexMap<String, ServerSpec>,
    ) -> (IndexMap<String, PersonSpec>, BTreeMap<String, Declared>) {
        let mut out: IndexMap<String, PersonSpec> = IndexMap::new();
        let mut declared = BTreeMap::new();
        let mut seen = BTreeSet::new();
        let mut accounts = BTreeSet::new();
        let mut bound: BTreeMap<(String, &'static str, String), String> = BTreeMap::new();
        self.learners(raw);
        let all_ids: BTreeSet<&str> = raw.people.iter().map(|p| p.get_ref().id.get_ref().as_str()).collect();
        for (index, sp) in raw.people.iter().enumerate() {
            let p = sp.get_ref();
            if !self.id(&p.id, &mut seen, "person") {
                continue;
            }
            let id = p.id.get_ref().clone();
            let exists = p.learner || self.boolean(p.exists.as_ref(), true);
            let server = self.string(&p.server).unwrap_or_default();
            if !servers.contains_key(&server) {
                self.unknown(C::UnknownServer, p.server.span(), "name", &server, servers.keys());
            }
            declared.insert(id.clone(), Declared { exists, server: server.clone() });
            let entry = Entry { index, raw: sp, id, server, servers, all_ids: &all_ids };
            let spec = self.person_spec(&entry, &out);
            if !exists {
                continue;
            }
            let mxid = spec.mxid();
            if !accounts.insert(mxid.clone()) {
                self.push(Diagnostic::new(C::DuplicateAccount, p.username.span()).arg("mxid", &mxid));
            }
            self.bound_once(&entry, &spec, &mut bound);
            out.insert(entry.id, spec);
        }
        (out, declared)
    }

    /// Synapse binds an email address or phone number to one account per server
    /// (`user_threepids` is unique per medium and address; FACTS §1): a second account on the same
    /// server cannot bind it.
    fn bound_once(
        &mut self,
        e: &Entry<'_>,
        spec: &PersonSpec,
        bound: &mut BTreeMap<(String, &'static str, String), String>,
    ) {
        let p = e.raw.get_ref();
        let contacts =
            [("email", &spec.email, &p.bind_email, &p.email), ("msisdn", &spec.phone, &p.bind_phone, &p.phone)];
        for (medium, address, bind, given) in contacts {
            let Some(address) = address else { continue };
            let key = (spec.server.clone(), medium, address.to_lowercase());
            if let Some(first) = bound.get(&key) {
                let span = bind.as_ref().map(|b| b.span()).or_else(|| given.as_ref().map(|g| g.span()));
                self.push(
                    Diagnostic::new(C::ContactAlreadyBound, span.unwrap_or_else(|| e.raw.span()))
                        .arg("id", &e.id)
                        .arg("address", address)
                        .arg("first", first)
                        .arg("server", &spec.server),
                );
            } else {
                bound.insert(key, e.id.clone());
            }
        }
    }

    /// Exactly one learner.
    fn learners(&mut self, raw: &RawScenario) {
        let learners: Vec<_> = raw.people.iter().filter(|p| p.get_ref().learner).collect();
        match learners.as_slice() {
            [] => self.push(Diagnostic::new(C::NoLearner, raw.id.span())),
            [_] => {}
            [_, more @ ..] => {
                for p in more {
                    self.push(
                        Diagnostic::new(C::ManyLearners, p.get_ref().id.span()).arg("id", p.get_ref().id.get_ref()),
                    );
                }
            }
        }
    }

    /// The account of one entry; a second account (`alias_of`) takes its holder's connection and
    /// home address from the holder's entry (`known`, the accounts so far).
    fn person_spec(&mut self, e: &Entry<'_>, known: &IndexMap<String, PersonSpec>) -> PersonSpec {
        let p = e.raw.get_ref();
        let username = self.string(&p.username).unwrap_or_default();
        if !is_localpart(&username) {
            self.push(Diagnostic::new(C::InvalidUsername, p.username.span()).arg("value", &username));
        }
        let owner = match &p.alias_of {
            Some(a) if e.all_ids.contains(a.get_ref().as_str()) && a.get_ref() != &e.id => a.get_ref().clone(),
            Some(a) => {
                self.push(Diagnostic::new(C::UnknownPerson, a.span()).arg("id", a.get_ref()));
                e.id.clone()
            }
            None => e.id.clone(),
        };
        let owner_spec = known.get(&owner);
        let display_name = match &p.display_name {
            Some(d) => self.string(d).unwrap_or_default(),
            None => username.clone(),
        };
        let avatar = p.avatar.as_ref().and_then(|a| self.string(a)).filter(|a| !a.is_empty());
        let connects = match (&p.connects, owner_spec) {
            (None, Some(o)) => o.connects,
            (c, _) => self.one_of(c.as_ref(), CONNECTIONS, Connection::Direct),
        };
        let home_ip = match (&p.home_ip, owner_spec) {
            (Some(ip), _) => self.ip(ip),
            (None, Some(o)) => o.home_ip.clone(),
            (None, None) => format!("203.0.113.{}", 10 + e.index % 240),
        };
        let spec_server = e.servers.get(&e.server);
        let email =
            self.bind(e, p.bind_email.as_ref(), spec_server.is_some_and(|s| s.requires_email), &p.email, "email");
        let phone =
            self.bind(e, p.bind_phone.as_ref(), spec_server.is_some_and(|s| s.requires_phone), &p.phone, "phone");
        let verified = self.verified(e);
        let recovery_key = self.boolean(p.recovery_key.as_ref(), false);
        let recovery_passphrase = self.recovery_passphrase(&e.id, p, recovery_key);
        let devices = self.devices(p);
        let push = self.pusher(&e.id, p, devices.first());
        let (sends_to, shares_history) = self.client_settings(p);
        let discoverable = self.boolean(p.discoverable.as_ref(), false);
        let calls = self.one_of(p.calls.as_ref(), CALL_MODES, CallMode::P2p);
        PersonSpec {
            id: e.id.clone(),
            learner: p.learner,
            owner,
            server: e.server.clone(),
            username,
            display_name,
            avatar,
            connects,
            home_ip,
            email,
            phone,
            public_handles: p.public_handles.iter().map(|h| h.get_ref().clone()).collect(),
            verified,
            sends_to,
            shares_history,
            recovery_key,
            recovery_passphrase,
            push,
            discoverable,
            calls,
            devices,
        }
    }

    /// What the person's client does unless they change it: whom it gives room keys to
    /// (`cross-signed` by default, as 2026 clients) and whether it shares history on invite (yes
    /// by default, MSC4268); its pusher is [`Self::pusher`].
    fn client_settings(&mut self, p: &RawPerson) -> (SendPolicy, bool) {
        let sends_to = self.one_of(p.sends_to.as_ref(), SEND_POLICIES, SendPolicy::CrossSigned);
        let shares_history = self.boolean(p.shares_history.as_ref(), true);
        (sends_to, shares_history)
    }

    /// The passphrase a recovery key is derived from; only a person with a recovery key has one
    /// (`passphrase-without-recovery`).
    fn recovery_passphrase(&mut self, id: &str, p: &RawPerson, recovery_key: bool) -> RecoveryPassphrase {
        let value = self.one_of(p.recovery_passphrase.as_ref(), RECOVERY_PASSPHRASES, RecoveryPassphrase::None);
        if let Some(raw) = p.recovery_passphrase.as_ref().filter(|_| value != RecoveryPassphrase::None && !recovery_key)
        {
            self.push(Diagnostic::new(C::PassphraseWithoutRecovery, raw.span()).arg("id", id));
        }
        value
    }

    /// An email or phone bound to the account when asked or required by the server; the person
    /// must own one.
    fn bind(
        &mut self,
        e: &Entry<'_>,
        want: Option<&RawParam>,
        required: bool,
        owned: &Option<Spanned<String>>,
        medium: &str,
    ) -> Option<String> {
        let wanted = self.boolean(want, false) || required;
        if wanted && owned.is_none() {
            let span = want.map_or(e.raw.span(), |w| w.span());
            self.push(
                Diagnostic::new(C::MissingRequiredContact, span)
                    .arg("id", &e.id)
                    .arg("medium", medium)
                    .arg("server", &e.server),
            );
        }
        if wanted { owned.as_ref().map(|o| o.get_ref().clone()) } else { None }
    }

    /// The people this person verified: declared ids other than their own.
    fn verified(&mut self, e: &Entry<'_>) -> Vec<String> {
        let Some(v) = &e.raw.get_ref().verified else { return Vec::new() };
        let items = match self.value(v) {
            toml::Value::Array(items) => items,
            other => {
                self.wrong_type(v.span(), "a list of person ids", &other);
                return Vec::new();
            }
        };
        let mut list = Vec::new();
        for item in items {
            let Some(name) = item.as_str() else {
                self.wrong_type(v.span(), "a list of person ids", &item);
                continue;
            };
            if name == e.id {
                self.push(Diagnostic::new(C::SelfVerification, v.span()).arg("id", name));
            } else if !e.all_ids.contains(name) {
                self.push(Diagnostic::new(C::UnknownPerson, v.span()).arg("id", name));
            } else {
                list.push(name.to_owned());
            }
        }
        list
    }

    /// The devices at the start; one default device when none is listed (or none is valid).
    fn devices(&mut self, p: &RawPerson) -> Vec<DeviceSpec> {
        let mut devices = Vec::new();
        let mut device_ids = BTreeSet::new();
        for d in &p.devices {
            if let Some(dev) = self.device(d.get_ref(), &mut device_ids) {
                devices.push(dev);
            }
        }
        if devices.is_empty() {
            devices.push(DeviceSpec {
                id: "PRIMARY".into(),
                name: "Element Web".into(),
                user_agent: DEFAULT_USER_AGENT.into(),
            });
        }
        devices
    }
}
