//! The knowledge engine: what each adversary holds, and the findings that follow from it.
//!
//! Every rule lives in a module named after what it finds, names its FACTS.md row in its doc
//! comment and in the [`Rule`] it attaches, and reads only what the adversary holds: a server's
//! stored events and tables (from the compromise on, plus what was still retained then), the
//! events and keys of devices it controls, or packets on the wire.

// Rules accumulate into maps keyed by several ids; spelling each key type out reads better
// than an alias per rule.
#![allow(clippy::type_complexity)]

mod backup;
mod calls;
mod devices;
mod discovery;
mod ephemeral;
mod evidence;
mod finding;
mod identity;
mod ip;
mod linking;
mod logs;
mod messages;
mod outcome;
mod platform;
mod push;
mod rooms;
mod traffic;

pub use evidence::*;
pub use finding::*;
pub use push::shows_no_more_than as push_shows_no_more_than;

use crate::crypto::DeviceKey;
use crate::scenario::{AdversaryKind, AdversarySpec};
use crate::server::Server;
use crate::time::SimTime;
use crate::world::World;
use std::collections::{BTreeMap, BTreeSet};

/// A server the adversary reads: its database as retained at `since`, and everything after.
pub struct ServerAccess<'w> {
    /// Server name.
    pub name: &'w str,
    /// The server.
    pub server: &'w Server,
    /// When the compromise began.
    pub since: SimTime,
}

/// An account whose client view the adversary has (insider, seized device, puppet).
pub struct MemberAccess {
    /// Account id.
    pub account: String,
    /// Devices held, whose decryptions count.
    pub devices: Vec<DeviceKey>,
    /// Only what was received up to here (a seized device) — or the end of the run.
    pub until: SimTime,
    /// The rule that gives this access.
    pub rule: Rule,
}

/// Everything one adversary holds.
pub struct Holdings<'w> {
    /// The world.
    pub world: &'w World,
    /// The adversary.
    pub adversary: &'w AdversarySpec,
    /// Servers read.
    pub servers: Vec<ServerAccess<'w>>,
    /// Client views held.
    pub members: Vec<MemberAccess>,
    /// Devices that joined rooms for the adversary (injected devices, puppets): their keys
    /// decrypt, under [`Rule::MaliciousDeviceOrPuppet`].
    pub planted: Vec<DeviceKey>,
    /// Person whose network the adversary watches, from when.
    pub observes: Option<(String, SimTime)>,
    /// Person whose push notifications the adversary relays, from when.
    pub pushes_to: Option<(String, SimTime)>,
}

impl<'w> Holdings<'w> {
    /// What an adversary holds at the end of a run.
    pub fn of(world: &'w World, adversary: &'w AdversarySpec) -> Holdings<'w> {
        let mut h = Holdings {
            world,
            adversary,
            servers: Vec::new(),
            members: Vec::new(),
            planted: Vec::new(),
            observes: None,
            pushes_to: None,
        };
        match &adversary.kind {
            AdversaryKind::Compromise { .. } | AdversaryKind::MaliciousAdmin { .. } => {
                for server in adversary.kind.servers() {
                    if let Some((name, s)) = world.servers.get_key_value(server) {
                        h.servers.push(ServerAccess { name, server: s, since: adversary.at });
                    }
                }
                for acc in world.accounts.values() {
                    for d in &acc.devices {
                        if d.injected_by.as_deref() == Some(adversary.id.as_str())
                            || acc.puppet_of.as_deref() == Some(adversary.id.as_str())
                        {
                            h.planted.push((acc.id.clone(), d.id.clone()));
                        }
                    }
                }
            }
            AdversaryKind::Insider { person } => {
                // The member's own devices: not one a malicious admin slipped into the account.
                let devices = world
                    .accounts
                    .get(person)
                    .map(|a| {
                        let own = a.devices.iter().filter(|d| d.injected_by.is_none());
                        own.map(|d| (a.id.clone(), d.id.clone())).collect()
                    })
                    .unwrap_or_default();
                h.members.push(MemberAccess {
                    account: person.clone(),
                    devices,
                    until: world.end,
                    rule: Rule::MemberView,
                });
            }
            AdversaryKind::SeizedDevice { person, device } => {
                h.members.push(MemberAccess {
                    account: person.clone(),
                    devices: vec![(person.clone(), device.clone())],
                    until: adversary.at,
                    rule: Rule::DeviceStore,
                });
            }
            AdversaryKind::NetworkObserver { person } => h.observes = Some((person.clone(), adversary.at)),
            AdversaryKind::PushGateway { person } => h.pushes_to = Some((person.clone(), adversary.at)),
            AdversaryKind::ContactLookup { .. } | AdversaryKind::IdentityServer { .. } => {}
        }
        h
    }

    /// Whether findings about this account are worth reporting (not the adversary's own).
    pub fn about_other(&self, account: &str) -> bool {
        let own_puppet = self.world.accounts.get(account).is_some_and(|a| a.puppet_of.is_some());
        let own_member = match &self.adversary.kind {
            AdversaryKind::Insider { person } => person == account,
            _ => false,
        };
        !own_puppet && !own_member
    }

    /// Builds a finding about an account.
    pub fn finding(&self, subject: &str, fact: Fact, evidence: Vec<Evidence>, rule: Rule) -> Finding {
        Finding { adversary: self.adversary.id.clone(), subject: subject.to_owned(), fact, evidence, rule }
    }

    /// The scenario account id of a Matrix user id.
    pub fn account_of(&self, mxid: &str) -> Option<&'w str> {
        self.world.by_mxid.get(mxid).map(String::as_str)
    }
}

/// Every device whose client view a report reads: those each adversary holds (an insider's, a
/// seized one, injected devices and puppets') and the learner's own (objectives ask whether the
/// learner can read a message). The run opens these clients; any other opens when its view is read
/// ([`World::device_view`]).
pub fn observed_devices(world: &World) -> Vec<DeviceKey> {
    let mut out: BTreeSet<DeviceKey> = BTreeSet::new();
    for adversary in world.setup.adversaries.values() {
        let h = Holdings::of(world, adversary);
        out.extend(h.members.into_iter().flat_map(|m| m.devices));
        out.extend(h.planted);
    }
    if let Some(learner) = world.setup.learner() {
        for a in world.accounts.values().filter(|a| a.owner == learner) {
            out.extend(a.devices.iter().chain(&a.lost).map(|d| (a.id.clone(), d.id.clone())));
        }
    }
    out.into_iter().collect()
}

/// Every finding of every adversary, sorted and with duplicates merged.
pub fn analyse(world: &World) -> Vec<Finding> {
    // Each adversary's findings are independent of the others': worked out on all cores.
    let adversaries: Vec<_> = world.setup.adversaries.values().collect();
    let each = crate::crypto::parallel::map(adversaries, 1, |adversary| {
        let h = Holdings::of(world, adversary);
        let mut found = Vec::new();
        ip::server_ip_log(&h, &mut found);
        identity::server_threepids(&h, &mut found);
        identity::member_threepids(&h, &mut found);
        identity::server_access_tokens(&h, &mut found);
        identity::device_access_tokens(&h, &mut found);
        devices::device_lists(&h, &mut found);
        devices::identity_changes(&h, &mut found);
        rooms::server_membership(&h, &mut found);
        rooms::member_membership(&h, &mut found);
        messages::server_messages(&h, &mut found);
        messages::member_messages(&h, &mut found);
        ephemeral::server_edus(&h, &mut found);
        backup::server_key_backups(&h, &mut found);
        backup::server_secret_storage(&h, &mut found);
        ephemeral::member_edus(&h, &mut found);
        traffic::network_observer(&h, &mut found);
        push::push_gateway(&h, &mut found);
        platform::operator_view(&h, &mut found);
        rooms::social_links(&h, &mut found);
        identity::public_handles(&h, &mut found);
        discovery::identity_server(&h, &mut found);
        calls::call_peers(&h, &mut found);
        calls::call_servers(&h, &mut found);
        linking::account_links(&h, &mut found);
        found.retain(|f| h.about_other(&f.subject));
        merge(found)
    });
    let mut out: Vec<Finding> = each.into_iter().flatten().collect();
    out.sort();
    out
}

/// Merges findings with the same adversary, subject and fact, uniting their evidence: a fact is
/// learned once, however many places hold it (an adversary that seized two servers finds a
/// member's device list in both). The merged finding keeps the first rule in [`Rule`]'s order,
/// which puts a server's own records before what federation copied to it.
fn merge(found: Vec<Finding>) -> Vec<Finding> {
    let mut map: BTreeMap<(String, String, Fact), (Rule, Vec<Evidence>)> = BTreeMap::new();
    for f in found {
        let entry = map.entry((f.adversary, f.subject, f.fact)).or_insert((f.rule, Vec::new()));
        entry.0 = entry.0.min(f.rule);
        entry.1.extend(f.evidence);
    }
    map.into_iter()
        .map(|((adversary, subject, fact), (rule, mut evidence))| {
            evidence.sort();
            evidence.dedup();
            Finding { adversary, subject, fact, evidence, rule }
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod testing {
    //! A tiny scenario builder for the rule tests.
    use crate::scenario::Scenario;
    use crate::world::World;

    /// Runs scenario text with choices; panics on invalid test input (tests only).
    pub fn run(src: &str, choose: &[&str]) -> (World, Vec<super::Finding>) {
        let s = match Scenario::parse(src) {
            Ok(s) => s,
            Err(d) => panic!("test scenario invalid: {d:?}"),
        };
        let sel = match s.select(choose.iter().copied()) {
            Ok(sel) => sel,
            Err(e) => panic!("bad test choice: {e}"),
        };
        let setup = match s.setup(&sel) {
            Ok(setup) => setup,
            Err(d) => panic!("test selection invalid: {d:?}"),
        };
        let w = match World::run(&setup, 7) {
            Ok(w) => w,
            Err(e) => panic!("run failed: {e}"),
        };
        let f = super::analyse(&w);
        (w, f)
    }

    /// What `pick` takes from each finding of a run (scenario text with choices).
    pub fn facts<T>(src: &str, choose: &[&str], pick: impl FnMut(super::Finding) -> Option<T>) -> Vec<T> {
        run(src, choose).1.into_iter().filter_map(pick).collect()
    }

    /// Two servers, a learner on the first, a friend on the second, one room, one message,
    /// and a compromise of the learner's server.
    pub const BASE: &str = include_str!("../../tests/fixtures/two-servers.toml");
}
