//! The state a script is checked against, step by step: one context every action's check uses.

use crate::scenario::validate::{Adversaries, Builder, Cast, Declared};
use crate::scenario::{
    AdversaryKind, DeviceSpec, DiagCode as C, Diagnostic, PersonSpec, RawDevice, RoomSpec, ServerSpec, Spanned,
};
use crate::time::SimTime;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

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
    pub fn new(b: &'c mut Builder<'a>, cast: &'c Cast, adversaries: &'c Adversaries) -> Self {
        let Cast { servers, people, declared, rooms } = cast;
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

    /// Reports a problem that drops the step: `return cx.reject(…)`.
    pub fn reject<T>(&mut self, d: Diagnostic) -> Option<T> {
        self.b.push(d);
        None
    }

    /// Resolves a person reference: `Some(true)` exists, `Some(false)` declared but absent in
    /// this run, `None` unknown (reported).
    pub fn person(&mut self, who: &Spanned<String>) -> Option<bool> {
        self.b.person(who, self.declared)
    }

    // The checks below return `None` when they reported a problem, so a check reads as a
    // sequence of `cx.….?;` lines.

    /// The person exists in this run (an unknown one is reported).
    pub fn exists(&mut self, who: &Spanned<String>) -> Option<()> {
        self.person(who)?.then_some(())
    }

    /// A room reference.
    pub fn room_ref(&mut self, room: &Spanned<String>) -> Option<()> {
        if self.rooms.contains_key(room.get_ref()) {
            return Some(());
        }
        self.b.unknown(C::UnknownRoom, room.span(), "id", room.get_ref(), self.rooms.keys());
        None
    }

    /// A server reference.
    pub fn server_ref(&mut self, name: &Spanned<String>) -> Option<()> {
        if self.servers.contains_key(name.get_ref()) {
            return Some(());
        }
        self.b.unknown(C::UnknownServer, name.span(), "name", name.get_ref(), self.servers.keys());
        None
    }

    /// A person acts through their homeserver: they must exist, and it must be online.
    pub fn acting(&mut self, who: &Spanned<String>) -> Option<()> {
        self.exists(who)?;
        let server = &self.declared[who.get_ref()].server;
        if !self.state.offline.contains(server) {
            return Some(());
        }
        let d = Diagnostic::new(C::ServerOffline, who.span()).arg("name", server).arg("id", who.get_ref());
        self.reject(d.arg("at", self.at))
    }

    /// A person acts in a room: the room is known, they can act, and they are a member.
    pub fn member_action(&mut self, who: &Spanned<String>, room: &Spanned<String>) -> Option<()> {
        let known_room = self.room_ref(room);
        self.acting(who)?;
        known_room?;
        if self.state.members.get(room.get_ref()).is_some_and(|m| m.contains(who.get_ref())) {
            return Some(());
        }
        self.reject(Diagnostic::new(C::NotAMember, who.span()).arg("id", who.get_ref()).arg("room", room.get_ref()))
    }

    /// A message label sent in `room` so far.
    pub fn message_in(&mut self, label: &Spanned<String>, room: &Spanned<String>) -> Option<()> {
        if self.state.labels.get(label.get_ref()) == Some(room.get_ref()) {
            return Some(());
        }
        self.reject(
            Diagnostic::new(C::UnknownMessage, label.span()).arg("label", label.get_ref()).arg("room", room.get_ref()),
        )
    }

    /// A new device the person logs in on (`id`, `name`, `user_agent` as written): a fresh id (a
    /// lost or signed-out device's id stays taken: its keys and tokens are still on the server).
    pub fn log_in(
        &mut self,
        who: &Spanned<String>,
        id: &Spanned<String>,
        name: Option<&Spanned<String>>,
        user_agent: Option<&Spanned<String>>,
    ) -> Option<DeviceSpec> {
        let device = RawDevice { id: id.clone(), name: name.cloned(), user_agent: user_agent.cloned() };
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
            let d = Diagnostic::new(C::AdversaryWrongKind, by.span()).arg("id", by.get_ref());
            return self.reject(d.arg("needed", "malicious-admin"));
        };
        if self.at < adv.at {
            let d = Diagnostic::new(C::AdversaryTooEarly, by.span()).arg("id", by.get_ref()).arg("at", self.at);
            return self.reject(d.arg("starts", adv.at));
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
        self.admin_online(&server)?;
        Some(server)
    }

    /// Reports `server-offline` at the step when the admin's server is down.
    pub fn admin_online(&mut self, server: &str) -> Option<()> {
        if !self.state.offline.contains(server) {
            return Some(());
        }
        self.reject(Diagnostic::new(C::ServerOffline, self.span.clone()).arg("name", server).arg("at", self.at))
    }
}
