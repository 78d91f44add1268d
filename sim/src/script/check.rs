//! The state a script is checked against, step by step: one context every action's check uses.

use crate::scenario::validate::{Adversaries, Builder, Declared};
use crate::scenario::{
    AdversaryKind, DeviceSpec, DiagCode as C, Diagnostic, PersonSpec, RawDevice, RoomSpec, ServerSpec,
};
use crate::time::SimTime;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use toml::Spanned;

/// What the script has done so far, as far as validation follows it.
#[derive(Debug, Default)]
pub(crate) struct ScriptState {
    /// Servers offline now.
    pub offline: BTreeSet<String>,
    /// Room → members now.
    pub members: BTreeMap<String, BTreeSet<String>>,
    /// Person → devices they hold now.
    pub devices: BTreeMap<String, BTreeSet<String>>,
    /// Person → devices lost or signed out (their ids stay taken).
    pub lost: BTreeMap<String, BTreeSet<String>>,
    /// Message label → its room.
    pub labels: BTreeMap<String, String>,
    /// Puppet accounts added (`@user:server`).
    pub puppets: BTreeSet<String>,
    /// Person → devices a malicious admin injected into their account.
    pub injected: BTreeMap<String, BTreeSet<String>>,
}

/// The context of one step's check: the checked cast, the script's state, and where the step
/// is. Diagnostics go to the builder.
pub(crate) struct Check<'c, 'a> {
    b: &'c mut Builder<'a>,
    /// Servers by name.
    pub servers: &'c IndexMap<String, ServerSpec>,
    /// Existing accounts.
    pub people: &'c IndexMap<String, PersonSpec>,
    /// Declared accounts, existing or not.
    pub declared: &'c BTreeMap<String, Declared>,
    /// Rooms.
    pub rooms: &'c IndexMap<String, RoomSpec>,
    /// Adversaries.
    pub adversaries: &'c Adversaries,
    /// The state so far.
    pub state: ScriptState,
    /// When the step happens.
    pub at: SimTime,
    /// The step's span.
    pub span: Range<usize>,
}

impl<'c, 'a> Check<'c, 'a> {
    /// A check of a script from the cast's starting state.
    pub fn new(
        b: &'c mut Builder<'a>,
        servers: &'c IndexMap<String, ServerSpec>,
        people: &'c IndexMap<String, PersonSpec>,
        declared: &'c BTreeMap<String, Declared>,
        rooms: &'c IndexMap<String, RoomSpec>,
        adversaries: &'c Adversaries,
    ) -> Self {
        let state = ScriptState {
            members: rooms.iter().map(|(id, r)| (id.clone(), r.members.iter().cloned().collect())).collect(),
            devices: people
                .iter()
                .map(|(id, p)| (id.clone(), p.devices.iter().map(|d| d.id.clone()).collect()))
                .collect(),
            ..ScriptState::default()
        };
        Check { b, servers, people, declared, rooms, adversaries, state, at: SimTime::default(), span: 0..0 }
    }

    /// The builder, for its value helpers.
    pub fn builder(&mut self) -> &mut Builder<'a> {
        self.b
    }

    /// Reports a problem.
    pub fn push(&mut self, d: Diagnostic) {
        self.b.push(d);
    }

    /// Resolves a person reference: `Some(true)` exists, `Some(false)` declared but absent in
    /// this run, `None` unknown (reported).
    pub fn person(&mut self, who: &Spanned<String>) -> Option<bool> {
        self.b.person(who, self.declared)
    }

    /// Whether the person exists in this run (an unknown one is reported).
    pub fn exists(&mut self, who: &Spanned<String>) -> bool {
        self.person(who) == Some(true)
    }

    /// Checks a room reference.
    pub fn room_ref(&mut self, room: &Spanned<String>) -> bool {
        self.rooms.contains_key(room.get_ref()) || {
            self.b.unknown(C::UnknownRoom, room.span(), "id", room.get_ref(), self.rooms.keys());
            false
        }
    }

    /// Checks a server reference.
    pub fn server_ref(&mut self, name: &Spanned<String>) -> bool {
        self.servers.contains_key(name.get_ref()) || {
            self.b.unknown(C::UnknownServer, name.span(), "name", name.get_ref(), self.servers.keys());
            false
        }
    }

    /// A person acts through their homeserver: they must exist, and it must be online.
    pub fn acting(&mut self, who: &Spanned<String>) -> bool {
        if !self.exists(who) {
            return false;
        }
        let server = &self.declared[who.get_ref()].server;
        if self.state.offline.contains(server) {
            let d = Diagnostic::new(C::ServerOffline, who.span())
                .arg("name", server)
                .arg("id", who.get_ref())
                .arg("at", self.at);
            self.push(d);
            return false;
        }
        true
    }

    /// A person acts in a room: the room is known, they can act, and they are a member.
    pub fn member_action(&mut self, who: &Spanned<String>, room: &Spanned<String>) -> bool {
        let known_room = self.room_ref(room);
        if !self.acting(who) || !known_room {
            return false;
        }
        if !self.state.members.get(room.get_ref()).is_some_and(|m| m.contains(who.get_ref())) {
            self.push(Diagnostic::new(C::NotAMember, who.span()).arg("id", who.get_ref()).arg("room", room.get_ref()));
            return false;
        }
        true
    }

    /// A message label sent in `room` so far.
    pub fn message_in(&mut self, label: &Spanned<String>, room: &Spanned<String>) -> bool {
        self.state.labels.get(label.get_ref()) == Some(room.get_ref()) || {
            let d = Diagnostic::new(C::UnknownMessage, label.span())
                .arg("label", label.get_ref())
                .arg("room", room.get_ref());
            self.push(d);
            false
        }
    }

    /// A new device the person logs in on: a fresh id (a lost or signed-out device's id stays
    /// taken: its keys and tokens are still on the server).
    pub fn log_in(&mut self, who: &Spanned<String>, device: RawDevice) -> Option<DeviceSpec> {
        let set = self.state.devices.entry(who.get_ref().clone()).or_default();
        let mut ids = set.clone();
        ids.extend(self.state.lost.get(who.get_ref()).into_iter().flatten().cloned());
        let device = self.b.device(&device, &mut ids)?;
        self.state.devices.entry(who.get_ref().clone()).or_default().insert(device.id.clone());
        Some(device)
    }

    /// Checks that `by` is a malicious admin already at work now, and that its server is
    /// online; returns the server.
    pub fn admin(&mut self, by: &Spanned<String>) -> Option<String> {
        let Some((adv, _, _)) = self.adversaries.get(by.get_ref()) else {
            self.b.unknown(C::UnknownAdversary, by.span(), "id", by.get_ref(), self.adversaries.keys());
            return None;
        };
        let AdversaryKind::MaliciousAdmin { server } = &adv.kind else {
            let d = Diagnostic::new(C::AdversaryWrongKind, by.span())
                .arg("id", by.get_ref())
                .arg("needed", "malicious-admin");
            self.push(d);
            return None;
        };
        if self.at < adv.at {
            let d = Diagnostic::new(C::AdversaryTooEarly, by.span())
                .arg("id", by.get_ref())
                .arg("at", self.at)
                .arg("starts", adv.at);
            self.push(d);
            return None;
        }
        Some(server.clone())
    }

    /// Checks that `by` is a malicious admin at work now, that `who` has an account on its
    /// server in this run, and that the server is online; returns the server.
    pub fn admin_account(&mut self, by: &Spanned<String>, who: &Spanned<String>) -> Option<String> {
        let server = self.admin(by)?;
        match self.person(who) {
            Some(true) => {}
            Some(false) => {
                self.push(Diagnostic::new(C::AccountMissing, who.span()).arg("id", who.get_ref()));
                return None;
            }
            None => return None,
        }
        let home = self.declared.get(who.get_ref()).map(|d| d.server.clone()).unwrap_or_default();
        if home != server {
            self.push(
                Diagnostic::new(C::AdminForeignAccount, who.span())
                    .arg("id", who.get_ref())
                    .arg("server", &home)
                    .arg("admin_server", &server),
            );
            return None;
        }
        self.admin_online(&server).then_some(server)
    }

    /// Reports `server-offline` at the step when the admin's server is down.
    pub fn admin_online(&mut self, server: &str) -> bool {
        !self.state.offline.contains(server) || {
            let d = Diagnostic::new(C::ServerOffline, self.span.clone()).arg("name", server).arg("at", self.at);
            self.push(d);
            false
        }
    }
}
