//! A run, as the player's run screen needs it: the map (servers, people, rooms, who is you, who
//! is compromised and when), the timeline of hops and adversaries as plain sentences, and the
//! notebook's groups with the moment each is revealed. The debrief is in [`crate::debrief`].

use crate::catalog::{scenario, title, value_label};
use crate::debrief::{DebriefView, debrief_view};
use crate::words::tr;
use glasshouse_sim::counterfactual::counterfactuals;
use glasshouse_sim::scenario::{AdversaryKind, AdversarySpec};
use glasshouse_sim::world::{Hop, HopKind};
use glasshouse_sim::{SimTime, World};
use glasshouse_words::i18n::Tr;
use serde::Serialize;
use std::collections::BTreeMap;

/// A server on the map.
#[derive(Clone, Debug, Serialize)]
pub struct ServerNode {
    /// Its name (also its id on the map).
    pub id: String,
    /// How many accounts live on it.
    pub users: usize,
    /// Whether one of the learner's accounts lives on it.
    pub yours: bool,
    /// When an adversary takes it (simulated seconds), if one does.
    pub compromised_at: Option<u64>,
    /// Its text equivalent.
    pub label: String,
}

/// An account on the map.
#[derive(Clone, Debug, Serialize)]
pub struct PersonNode {
    /// The account's scenario id.
    pub id: String,
    /// As the learner knows them.
    pub name: String,
    /// Its Matrix id (shown isolated left to right).
    pub mxid: String,
    /// Its server.
    pub server: String,
    /// One of the learner's accounts.
    pub you: bool,
    /// When an adversary near this person starts (an insider, a seized device, a watcher).
    pub compromised_at: Option<u64>,
    /// Its text equivalent.
    pub label: String,
}

/// A room on the map.
#[derive(Clone, Debug, Serialize)]
pub struct RoomNode {
    /// Its scenario id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// End-to-end encrypted.
    pub encrypted: bool,
    /// The accounts in it.
    pub members: Vec<String>,
    /// The servers it spans.
    pub servers: Vec<String>,
    /// Its text equivalent.
    pub label: String,
}

/// The map.
#[derive(Clone, Debug, Serialize)]
pub struct MapView {
    /// The servers.
    pub servers: Vec<ServerNode>,
    /// The accounts.
    pub people: Vec<PersonNode>,
    /// The rooms.
    pub rooms: Vec<RoomNode>,
}

/// One line of the event log.
#[derive(Clone, Debug, Serialize)]
pub struct LogLine {
    /// Simulated seconds.
    pub at: u64,
    /// `H:MM`.
    pub clock: String,
    /// What happens, in a plain sentence.
    pub text: String,
    /// `request`, `pdu`, `edu`, `to-device`, `backfill`, `media` or `adversary`.
    pub kind: String,
    /// From (an account id or a server), for the map.
    pub from: String,
    /// To (a server), for the map.
    pub to: String,
}

/// A group of the notebook, revealed when the adversary that learns it first starts.
#[derive(Clone, Debug, Serialize)]
pub struct NotebookEntry {
    /// When it is revealed (simulated seconds).
    pub at: u64,
    /// Whom it is about, as the learner knows them.
    pub person: String,
    /// The learner.
    pub you: bool,
    /// The group's kind.
    pub kind: String,
    /// Its severity.
    pub severity: String,
    /// Its heading (title, count, what they can do).
    pub heading: String,
    /// Its one sentence.
    pub sentence: String,
}

/// Everything the run, notebook and debrief screens show.
#[derive(Clone, Debug, Serialize)]
pub struct RunView {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The choices it ran with, in words.
    pub choices: Vec<(String, String)>,
    /// When the run ends (simulated seconds).
    pub end: u64,
    /// `H:MM` of the end.
    pub end_clock: String,
    /// The map.
    pub map: MapView,
    /// The event log.
    pub log: Vec<LogLine>,
    /// The notebook.
    pub notebook: Vec<NotebookEntry>,
    /// The debrief.
    pub debrief: DebriefView,
}

/// Runs scenario `id` in `lang` with `choices` (key → value as `--choose` takes it; missing keys
/// take their defaults). An error is a sentence the learner can act on.
pub fn run(id: &str, lang: &str, choices: &BTreeMap<String, String>) -> Result<RunView, String> {
    let tr = tr(lang, Some(id));
    let s = scenario(&tr, id)?;
    let mut selection = s.defaults();
    for (key, value) in choices {
        selection = s.choose(&selection, key, value).map_err(|e| glasshouse_words::words::choice_error(&tr, &e))?;
    }
    let (world, mut report) = glasshouse_sim::run(&s, &selection, s.seed)
        .map_err(|e| tr.t("player-error-run", &[("error", e.to_string())]))?;
    report.counterfactuals = counterfactuals(&s, &selection, s.seed, &report);
    let model = glasshouse_sim::debrief::build(world.setup(), &report);
    let debrief = debrief_view(&tr, &report, &model);
    let notebook = notebook(&world, &debrief);
    let choices = s
        .in_file_order()
        .into_iter()
        .map(|c| {
            let v = selection.get(&c.key).unwrap_or(&c.default);
            let label = tr.maybe(&format!("choice-{id}-{}", c.key), &[]).unwrap_or_else(|| c.key.clone());
            (label, value_label(&tr, id, &c.key, v))
        })
        .collect();
    Ok(RunView {
        id: id.to_owned(),
        title: title(&tr, id),
        choices,
        end: world.end().secs(),
        end_clock: world.end().to_string(),
        map: map(&tr, &world),
        log: log(&tr, &world),
        notebook,
        debrief,
    })
}

/// When each adversary starts, by id.
fn starts(world: &World) -> BTreeMap<&str, SimTime> {
    world.setup().adversaries.values().map(|a| (a.id.as_str(), a.at)).collect()
}

fn map(tr: &Tr, world: &World) -> MapView {
    let setup = world.setup();
    let learner = setup.learner().unwrap_or_default();
    let mine = |owner: &str| owner == learner;
    let mut server_at: BTreeMap<&str, u64> = BTreeMap::new();
    let mut person_at: BTreeMap<&str, u64> = BTreeMap::new();
    for a in setup.adversaries.values() {
        for server in a.kind.servers() {
            let t = server_at.entry(server).or_insert(a.at.secs());
            *t = (*t).min(a.at.secs());
        }
        if let Some(person) = near_person(&a.kind) {
            let t = person_at.entry(person).or_insert(a.at.secs());
            *t = (*t).min(a.at.secs());
        }
    }
    let servers = setup
        .servers
        .keys()
        .map(|name| {
            let users = setup.people.values().filter(|p| &p.server == name).count();
            let yours = setup.people.values().any(|p| &p.server == name && mine(&p.owner));
            let compromised_at = server_at.get(name.as_str()).copied();
            let mut label = tr.t("player-map-server", &[("server", name.clone()), ("count", users.to_string())]);
            if yours {
                label = format!("{label} {}", tr.t("player-map-server-yours", &[]));
            }
            if let Some(at) = compromised_at {
                label = format!("{label} {}", tr.t("player-map-compromised-at", &[("at", SimTime(at).to_string())]));
            }
            ServerNode { id: name.clone(), users, yours, compromised_at, label }
        })
        .collect();
    let people = setup
        .people
        .values()
        .map(|p| {
            let you = mine(&p.owner);
            let compromised_at = person_at.get(p.id.as_str()).or_else(|| person_at.get(p.owner.as_str())).copied();
            let name = if you {
                tr.t("player-you-named", &[("name", p.display_name.clone())])
            } else {
                p.display_name.clone()
            };
            let mut label = tr.t("player-map-person", &[("name", name.clone()), ("server", p.server.clone())]);
            if let Some(at) = compromised_at {
                label = format!("{label} {}", tr.t("player-map-watched-at", &[("at", SimTime(at).to_string())]));
            }
            PersonNode { id: p.id.clone(), name, mxid: p.mxid(), server: p.server.clone(), you, compromised_at, label }
        })
        .collect();
    let rooms = setup
        .rooms
        .values()
        .map(|r| {
            let name = r.name.clone().unwrap_or_else(|| r.id.clone());
            let mut servers: Vec<String> = Vec::new();
            for m in &r.members {
                if let Some(p) = setup.people.get(m)
                    && !servers.contains(&p.server)
                {
                    servers.push(p.server.clone());
                }
            }
            let key = if r.encrypted { "player-map-room-encrypted" } else { "player-map-room" };
            let label = tr.t(
                key,
                &[
                    ("room", name.clone()),
                    ("count", r.members.len().to_string()),
                    ("servers", servers.len().to_string()),
                ],
            );
            RoomNode { id: r.id.clone(), name, encrypted: r.encrypted, members: r.members.clone(), servers, label }
        })
        .collect();
    MapView { servers, people, rooms }
}

/// The person an adversary is near, for the kinds that watch one person.
fn near_person(kind: &AdversaryKind) -> Option<&str> {
    match kind {
        AdversaryKind::Insider { person }
        | AdversaryKind::NetworkObserver { person }
        | AdversaryKind::SeizedDevice { person, .. }
        | AdversaryKind::PushGateway { person } => Some(person),
        AdversaryKind::Compromise { .. }
        | AdversaryKind::MaliciousAdmin { .. }
        | AdversaryKind::ContactLookup { .. }
        | AdversaryKind::IdentityServer { .. } => None,
    }
}

/// The log: every hop and every adversary's start, in time order.
fn log(tr: &Tr, world: &World) -> Vec<LogLine> {
    let mut adversaries: Vec<&AdversarySpec> = world.setup().adversaries.values().collect();
    adversaries.sort_by_key(|a| a.at);
    let mut adv = adversaries.into_iter().peekable();
    let mut lines = Vec::with_capacity(world.hops().len() + 4);
    for hop in world.hops() {
        while let Some(a) = adv.next_if(|a| a.at <= hop.at) {
            lines.push(adversary_line(tr, world, a));
        }
        lines.push(hop_line(tr, world, hop));
    }
    lines.extend(adv.map(|a| adversary_line(tr, world, a)));
    lines
}

fn who(world: &World, id: &str) -> String {
    world.accounts().get(id).map_or_else(|| id.to_owned(), |a| a.display_name.clone())
}

/// What an event is, as a code for the player's words (`player-what-CODE`).
fn event_code(event_type: &str) -> &'static str {
    match event_type {
        "m.room.message" => "message",
        "m.room.encrypted" => "encrypted",
        "m.room.member" => "member",
        "m.reaction" => "reaction",
        "m.room.redaction" => "redaction",
        "m.typing" => "typing",
        "m.receipt" => "receipt",
        "m.presence" => "presence",
        "m.device_list_update" | "m.signing_key_update" => "device-list",
        t if t.starts_with("m.call.") => "call",
        t if t.starts_with("m.room.") => "room-state",
        _ => "other",
    }
}

fn hop_line(tr: &Tr, world: &World, hop: &Hop) -> LogLine {
    let event = world.events().get(&hop.what);
    let code = event.map_or_else(|| event_code(&hop.what), |e| event_code(&e.event_type));
    let room = event.map(|e| world.setup().rooms.get(&e.room).and_then(|r| r.name.clone()).unwrap_or(e.room.clone()));
    let kind = match hop.kind {
        HopKind::Request => "request",
        HopKind::Pdu => "pdu",
        HopKind::Edu => "edu",
        HopKind::ToDevice => "to-device",
        HopKind::Backfill => "backfill",
        HopKind::Media => "media",
    };
    let what = tr.t(&format!("player-what-{code}"), &[]);
    let key = match (hop.kind, &room) {
        (HopKind::Pdu, Some(_)) => "player-log-pdu-room".to_owned(),
        _ => format!("player-log-{kind}"),
    };
    let text = tr.t(
        &key,
        &[("from", who(world, &hop.from)), ("to", hop.to.clone()), ("what", what), ("room", room.unwrap_or_default())],
    );
    LogLine {
        at: hop.at.secs(),
        clock: hop.at.to_string(),
        text,
        kind: kind.to_owned(),
        from: hop.from.clone(),
        to: hop.to.clone(),
    }
}

fn adversary_line(tr: &Tr, world: &World, a: &AdversarySpec) -> LogLine {
    let (key, target) = match &a.kind {
        AdversaryKind::Compromise { .. } => ("adversary-compromise", a.kind.servers().join(", ")),
        AdversaryKind::MaliciousAdmin { server } => ("adversary-malicious-admin", server.clone()),
        AdversaryKind::Insider { person } => ("adversary-insider", who(world, person)),
        AdversaryKind::NetworkObserver { person } => ("adversary-network-observer", who(world, person)),
        AdversaryKind::SeizedDevice { person, .. } => ("adversary-seized-device", who(world, person)),
        AdversaryKind::PushGateway { person } => ("adversary-push-gateway", who(world, person)),
        AdversaryKind::ContactLookup { contacts } => ("adversary-contact-lookup", contacts.join(", ")),
        AdversaryKind::IdentityServer { name } => ("adversary-identity-server", name.clone()),
    };
    let text = tr.t("player-log-adversary", &[("kind", tr.t(key, &[])), ("target", target.clone())]);
    let to = a
        .kind
        .servers()
        .first()
        .map_or_else(|| near_person(&a.kind).unwrap_or_default().to_owned(), |s| (*s).to_owned());
    LogLine { at: a.at.secs(), clock: a.at.to_string(), text, kind: "adversary".into(), from: String::new(), to }
}

/// The notebook: every person's groups (you first), each revealed when the first adversary that
/// learns any of it starts.
fn notebook(world: &World, d: &DebriefView) -> Vec<NotebookEntry> {
    let starts = starts(world);
    let mut out = Vec::new();
    for p in d.people() {
        for g in &p.groups {
            let at = g.adversaries.iter().filter_map(|a| starts.get(a.as_str())).min().map_or(0, |t| t.secs());
            out.push(NotebookEntry {
                at,
                person: p.name.clone(),
                you: p.you,
                kind: g.kind.clone(),
                severity: g.severity.clone(),
                heading: g.heading.clone(),
                sentence: g.sentence.clone(),
            });
        }
    }
    out.sort_by_key(|e| (e.at, !e.you));
    out
}
