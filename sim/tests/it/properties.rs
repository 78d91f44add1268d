//! Property tests of the simulator and knowledge engine over generated choices, seeds and adversaries of the bundled scenarios.

use glasshouse_sim::bundled::BUNDLED;
use glasshouse_sim::knowledge::{Evidence, Fact, Finding, Holdings, ReadVia, observed_devices};
use glasshouse_sim::report::{self, Report};
use glasshouse_sim::time::SimTime;
use glasshouse_sim::world::DeviceView;
use glasshouse_sim::{Scenario, Selection, World};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

/// Cases per property: enough to cover every scenario and most choices, quick in debug builds.
const CASES: u32 = 32;

fn config() -> Config {
    // No regression files: a failure prints the case, which reproduces it.
    Config { cases: CASES, failure_persistence: None, ..Config::default() }
}

/// The bundled scenarios, parsed once.
fn scenarios() -> &'static [Scenario] {
    static PARSED: OnceLock<Vec<Scenario>> = OnceLock::new();
    PARSED.get_or_init(|| {
        BUNDLED
            .iter()
            .map(|(name, text)| {
                Scenario::check(text).unwrap_or_else(|d| panic!("bundled scenario {name} invalid: {d:?}"))
            })
            .collect()
    })
}

/// One run to make: a bundled scenario, one allowed value per choice, a seed.
#[derive(Clone, Debug)]
struct Case {
    scenario: usize,
    selection: Selection,
    seed: u64,
}

impl Case {
    fn scenario(&self) -> &'static Scenario {
        &scenarios()[self.scenario]
    }

    fn text(&self) -> &'static str {
        BUNDLED[self.scenario].1
    }

    /// The resolved setup of this selection.
    fn setup(&self) -> glasshouse_sim::scenario::Setup {
        self.scenario().setup(&self.selection).unwrap_or_else(|d| panic!("{self:?}: {d:?}"))
    }

    /// Server names of the resolved setup, in file order.
    fn servers(&self) -> Vec<String> {
        self.setup().servers.keys().cloned().collect()
    }

    /// Runs the bundled scenario, or a variant with TOML appended.
    fn run(&self, extra: &str) -> (World, Report) {
        let variant;
        let scenario = if extra.is_empty() {
            self.scenario()
        } else {
            let text = format!("{}\n{extra}", self.text());
            variant = Scenario::check(&text)
                .unwrap_or_else(|d| panic!("variant of {} invalid: {d:?}\n{extra}", self.scenario().id));
            &variant
        };
        report::run(scenario, &self.selection, self.seed).unwrap_or_else(|e| panic!("run of {self:?} failed: {e}"))
    }
}

/// What an opened client shows of one event: (event id, when decrypted, text, session label).
type Opened = (String, SimTime, String, String);

fn case() -> impl Strategy<Value = Case> {
    (0..BUNDLED.len())
        .prop_flat_map(|i| {
            let picks: Vec<_> = scenarios()[i].choices.values().map(|c| 0..c.values.len()).collect();
            (Just(i), picks, any::<u64>())
        })
        .prop_map(|(scenario, picks, seed)| {
            let choices = &scenarios()[scenario].choices;
            let selection = choices.iter().zip(picks).map(|((k, c), p)| (k.clone(), c.values[p].clone())).collect();
            Case { scenario, selection, seed }
        })
}

/// `[[adversaries]]` compromising each server from `at`, with ids `extra-<n>`.
fn compromises(servers: &[&String], at: &str) -> String {
    servers
        .iter()
        .enumerate()
        .map(|(i, s)| format!("[[adversaries]]\nid = \"extra-{i}\"\ncompromise = \"{s}\"\nat = \"{at}\"\n"))
        .collect()
}

fn subject_facts<'a>(findings: impl Iterator<Item = &'a Finding>) -> BTreeSet<(String, Fact)> {
    findings.map(|f| (f.subject.clone(), f.fact.clone())).collect()
}

/// Checks that every plaintext an adversary reports comes from the stored cleartext or from a
/// decryption by a device it holds.
fn check_plaintexts(world: &mut World, report: &Report) -> Result<(), TestCaseError> {
    let adversaries: Vec<_> = world.setup().adversaries.values().cloned().collect();
    for adversary in &adversaries {
        let holdings = Holdings::of(world, adversary);
        let held: BTreeSet<(String, String)> =
            holdings.planted.iter().chain(holdings.members.iter().flat_map(|m| &m.devices)).cloned().collect();
        let mut views = BTreeMap::new();
        for d in &held {
            let view = world.device_view(d).map_err(|e| TestCaseError::fail(e.to_string()))?;
            views.extend(view.map(|v| (d.clone(), v.clone())));
        }
        let world = &*world;
        let mine: Vec<&Finding> = report.findings.iter().filter(|f| f.adversary == adversary.id).collect();
        for f in &mine {
            let Fact::MessagePlaintext { event_id, via, text, .. } = &f.fact else { continue };
            match via {
                ReadVia::RoomKey => {
                    let keys: Vec<_> = f
                        .evidence
                        .iter()
                        .filter_map(|e| match e {
                            Evidence::RoomKey { device, session } => Some((device, session)),
                            _ => None,
                        })
                        .collect();
                    prop_assert!(
                        !keys.is_empty(),
                        "{} read {event_id} by room key without naming one: {f:?}",
                        adversary.id
                    );
                    for (device, session) in keys {
                        let (account, id) = device.split_once('/').unwrap_or((device.as_str(), ""));
                        let key = (account.to_owned(), id.to_owned());
                        prop_assert!(
                            held.contains(&key),
                            "{} names device {device} it does not hold: {f:?}",
                            adversary.id
                        );
                        let decrypted = views.get(&key).and_then(|v| v.decrypted.get(event_id));
                        prop_assert!(decrypted.is_some(), "device {device} never decrypted {event_id}: {f:?}");
                        if let Some((_, plain, label)) = decrypted {
                            prop_assert_eq!(plain, text);
                            prop_assert_eq!(label, session);
                        }
                    }
                }
                ReadVia::Cleartext => {
                    let types: Vec<&str> = world
                        .servers()
                        .values()
                        .flat_map(|s| &s.events)
                        .filter(|e| &e.event_id == event_id)
                        .map(|e| e.json["type"].as_str().unwrap_or_default())
                        .collect();
                    prop_assert!(!types.is_empty(), "cleartext finding about an event no server stores: {f:?}");
                    prop_assert!(
                        types.iter().all(|t| *t == "m.room.message"),
                        "cleartext read of a {types:?} event: {f:?}"
                    );
                }
            }
        }
        for meta in world.events().values().filter(|m| m.ciphertext.is_some()) {
            let decrypted_by_held =
                held.iter().any(|d| views.get(d).is_some_and(|v| v.decrypted.contains_key(&meta.event_id)));
            if decrypted_by_held {
                continue;
            }
            let leaked = mine
                .iter()
                .find(|f| matches!(&f.fact, Fact::MessagePlaintext { event_id, .. } if *event_id == meta.event_id));
            prop_assert!(
                leaked.is_none(),
                "{} reads {} though no device it holds decrypted it: {leaked:?}",
                adversary.id,
                meta.event_id
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// The adversary reads a message only as stored cleartext or with a key a held device has.
    #[test]
    fn plaintext_needs_cleartext_or_a_held_key(c in case()) {
        let (mut world, report) = c.run("");
        check_plaintexts(&mut world, &report)?;
    }

    /// Plaintext rules hold for extra compromises too (they see more ciphertext, never more keys).
    #[test]
    fn plaintext_needs_a_key_for_every_compromised_server(c in case(), at in 0u32..=12) {
        let servers = c.servers();
        let all: Vec<&String> = servers.iter().collect();
        let (mut world, report) = c.run(&compromises(&all, &format!("0:{at:02}")));
        check_plaintexts(&mut world, &report)?;
    }

    /// Compromising a superset of servers (at the same time) finds everything a subset finds.
    #[test]
    fn compromising_more_servers_never_removes_a_finding(c in case(), t_mask in any::<u8>(), s_mask in any::<u8>(), at in 0u32..=12) {
        let servers = c.servers();
        let n = servers.len();
        let t = usize::from(t_mask) % ((1 << n) - 1) + 1;
        let s = t & usize::from(s_mask);
        let pick = |mask: usize| servers.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, x)| x).collect::<Vec<_>>();
        let (small, big) = (pick(s), pick(t));
        let at = format!("0:{at:02}");
        let (_, rs) = c.run(&compromises(&small, &at));
        let (_, rt) = c.run(&compromises(&big, &at));
        let extra = |r: &Report| subject_facts(r.findings.iter().filter(|f| f.adversary.starts_with("extra-")));
        let (found_s, found_t) = (extra(&rs), extra(&rt));
        let lost: Vec<_> = found_s.difference(&found_t).collect();
        prop_assert!(lost.is_empty(), "compromising {big:?} instead of {small:?} loses {lost:?}");
        // The scenario's own adversaries are unaffected by the extra ones.
        let own = |r: &Report| r.findings.iter().filter(|f| !f.adversary.starts_with("extra-")).cloned().collect::<Vec<_>>();
        prop_assert_eq!(own(&rs), own(&rt));
    }

    /// Someone on their own server, in no room, exposes nothing to anyone else's adversary.
    #[test]
    fn a_user_sharing_no_room_and_no_server_exposes_nothing(c in case(), server in any::<prop::sample::Index>(), insider in any::<prop::sample::Index>()) {
        let servers = c.servers();
        let people: Vec<String> = c.setup().people.keys().cloned().collect();
        let extra = format!(
            "[[servers]]\nname = \"loner.example\"\n\n\
             [[people]]\nid = \"loner\"\nserver = \"loner.example\"\nusername = \"loner\"\ndisplay_name = \"Loner\"\n\
             home_ip = \"198.51.100.77\"\nemail = \"loner@mail.example\"\n\n\
             [[adversaries]]\nid = \"extra-server\"\ncompromise = \"{}\"\n\n\
             [[adversaries]]\nid = \"extra-insider\"\ninsider = \"{}\"\n",
            server.get(&servers),
            insider.get(&people),
        );
        let (world, report) = c.run(&extra);
        prop_assert!(world.accounts().contains_key("loner"), "the loner was not created");
        for f in &report.findings {
            prop_assert!(f.subject != "loner", "{} learned about the loner: {f:?}", f.adversary);
            let json = serde_json::to_string(f).unwrap_or_default();
            prop_assert!(!json.contains("loner.example"), "{} learned about the loner: {json}", f.adversary);
        }
    }

    /// A client opens what reached it when its view is read. Opening every other client too, one
    /// at a time in any order, changes neither the report nor the clients the run opened, and
    /// gives the same views (what, when, with which session) as opening them all at once.
    #[test]
    fn opening_clients_late_changes_nothing(c in case(), order in any::<u64>()) {
        let (mut world, report) = c.run("");
        let views = |m: &BTreeMap<(String, String), DeviceView>| -> BTreeMap<(String, String), Vec<Opened>> {
            m.iter()
                .map(|(k, v)| {
                    let seen = v.decrypted.iter().map(|(e, (at, text, label))| (e.clone(), *at, text.clone(), label.clone()));
                    (k.clone(), seen.collect())
                })
                .collect()
        };
        let observed = observed_devices(&world);
        // The run opened the clients its report reads: reading them decrypts nothing more.
        let before = world.crypto().ops.megolm_decrypts;
        let mut by_run = BTreeMap::new();
        for d in &observed {
            let view = world.device_view(d).unwrap_or_else(|e| panic!("{c:?}: {e}"));
            by_run.extend(view.map(|v| (d.clone(), v.clone())));
        }
        prop_assert_eq!(world.crypto().ops.megolm_decrypts, before, "reading an observed client opened it");
        let opened_by_run = views(&by_run);
        let mut all: Vec<(String, String)> = world.client_devices().cloned().collect();
        all.sort_by_key(|k| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (k, order).hash(&mut h);
            h.finish()
        });
        let mut one_by_one = BTreeMap::new();
        for device in &all {
            let view = world.device_view(device).unwrap_or_else(|e| panic!("{c:?}: {e}"));
            one_by_one.extend(view.map(|v| (device.clone(), v.clone())));
        }
        // Read again once all are open: opening a later client changed no earlier view.
        let late = views(world.device_views().unwrap_or_else(|e| panic!("{c:?}: {e}")));
        prop_assert_eq!(&views(&one_by_one), &late);
        for d in &observed {
            prop_assert_eq!(late.get(d), opened_by_run.get(d), "{:?} changed when the others opened", d);
        }
        let again = report::report(&world, c.scenario(), &c.selection, c.seed);
        prop_assert_eq!(serde_json::to_value(&again).ok(), serde_json::to_value(&report).ok());
        let (mut at_once, _) = c.run("");
        let at_once = views(at_once.device_views().unwrap_or_else(|e| panic!("{c:?}: {e}")));
        prop_assert_eq!(at_once, late);
    }

    /// Same inputs, same report; another seed changes ids, never what is learned about whom.
    #[test]
    fn runs_are_deterministic_and_seed_independent(c in case()) {
        let (_, a) = c.run("");
        let (_, b) = c.run("");
        prop_assert_eq!(serde_json::to_value(&a).ok(), serde_json::to_value(&b).ok());
        let other = Case { seed: c.seed.wrapping_add(1), ..c.clone() };
        let (_, d) = other.run("");
        let shape = |r: &Report| r.findings.iter().map(|f| (f.adversary.clone(), f.code(), f.subject.clone())).collect::<Vec<_>>();
        let (mut x, mut y) = (shape(&a), shape(&d));
        x.sort();
        y.sort();
        prop_assert_eq!(x, y);
    }
}

/// Every client of every bundled scenario opens without an error (a run opens only the clients
/// its report reads, so an error in another would otherwise go unseen).
#[test]
fn every_client_of_every_bundled_scenario_opens() {
    for (i, s) in scenarios().iter().enumerate() {
        let c = Case { scenario: i, selection: s.defaults(), seed: s.seed };
        let (mut world, _) = c.run("");
        let views = world.device_views().unwrap_or_else(|e| panic!("{}: a client failed to open: {e}", s.id));
        let read = views.values().any(|v| !v.decrypted.is_empty());
        let shared_keys = world.crypto().ops.olm_encrypts > 0;
        assert_eq!(read, shared_keys, "{}: room keys were shared but no client decrypted anything", s.id);
    }
}

#[test]
fn every_bundled_scenario_is_deterministic_with_its_own_seed() {
    for (i, s) in scenarios().iter().enumerate() {
        let c = Case { scenario: i, selection: s.defaults(), seed: s.seed };
        let (_, a) = c.run("");
        let (_, b) = c.run("");
        assert!(!a.findings.is_empty(), "{}: no findings at all", s.id);
        assert_eq!(serde_json::to_value(&a).ok(), serde_json::to_value(&b).ok(), "{}: two runs differ", s.id);
    }
}

/// The crypto batches run on rayon's pool; one thread or several, the report is the same.
#[test]
fn the_number_of_threads_never_changes_a_report() {
    let Ok(one) = rayon::ThreadPoolBuilder::new().num_threads(1).build() else { panic!("no rayon pool") };
    let Ok(four) = rayon::ThreadPoolBuilder::new().num_threads(4).build() else { panic!("no rayon pool") };
    for (i, s) in scenarios().iter().enumerate() {
        let c = Case { scenario: i, selection: s.defaults(), seed: s.seed };
        let (wa, a) = one.install(|| c.run(""));
        let (wb, b) = four.install(|| c.run(""));
        assert_eq!(serde_json::to_value(&a).ok(), serde_json::to_value(&b).ok(), "{}: reports differ", s.id);
        assert_eq!(wa.crypto().ops.olm_sessions, wb.crypto().ops.olm_sessions, "{}", s.id);
        assert_eq!(wa.hops().len(), wb.hops().len(), "{}: traffic differs", s.id);
    }
}

#[test]
fn the_plaintext_check_sees_both_ways_of_reading_and_catches_forgeries() {
    let index = |id: &str| scenarios().iter().position(|s| s.id == id).unwrap_or_else(|| panic!("no bundled {id}"));
    let case = |id: &str| {
        let i = index(id);
        Case { scenario: i, selection: scenarios()[i].defaults(), seed: scenarios()[i].seed }
    };
    let plain = |r: &Report, want: ReadVia| {
        r.findings.iter().position(|f| matches!(&f.fact, Fact::MessagePlaintext { via, .. } if *via == want))
    };
    // A planted device reads with a room key (high-trust-room, sends_to = all).
    let (mut world, report) = case("high-trust-room").run("");
    check_plaintexts(&mut world, &report).unwrap_or_else(|e| panic!("{e}"));
    let k = plain(&report, ReadVia::RoomKey).unwrap_or_else(|| panic!("no room-key read in high-trust-room"));
    let mut forged = report.clone();
    for e in &mut forged.findings[k].evidence {
        if let Evidence::RoomKey { device, .. } = e {
            *device = "kit/PRIMARY".into();
        }
    }
    assert!(
        check_plaintexts(&mut world, &forged).is_err(),
        "a key on a device the adversary does not hold went unnoticed"
    );
    // A compromised server reads cleartext (public-vs-encrypted, unencrypted room).
    let (mut world, report) = case("public-vs-encrypted").run("");
    check_plaintexts(&mut world, &report).unwrap_or_else(|e| panic!("{e}"));
    let k = plain(&report, ReadVia::Cleartext).unwrap_or_else(|| panic!("no cleartext read in public-vs-encrypted"));
    let mut forged = report.clone();
    if let Fact::MessagePlaintext { event_id, .. } = &mut forged.findings[k].fact {
        *event_id = world
            .events()
            .values()
            .find(|m| m.event_type != "m.room.message")
            .map(|m| m.event_id.clone())
            .unwrap_or_default();
    }
    assert!(check_plaintexts(&mut world, &forged).is_err(), "a cleartext read of a non-message went unnoticed");
}
