//! The adversary's notebook: the core's debrief groups (about you first, then the people you put
//! at risk, then everyone else), each revealed when the playback reaches its evidence, with every
//! finding one level down: its evidence as the holder stores it (the stored Matrix JSON:
//! ciphertext where encrypted, plaintext where not) and its rule; and "what if this node falls?"
//! — the same run seen by another compromised server.

use crate::screen::Screen;
use crate::session::Session;
use bevy::app::{App, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use bevy::time::{Real, Time};
use glasshouse_sim::debrief::{self as model, GroupKind};
use glasshouse_sim::knowledge::Evidence;
use glasshouse_sim::scenario::{AdversaryKind, AdversarySpec};
use glasshouse_sim::{Finding, Report, World};

/// One finding with what backs it.
#[derive(Debug, Clone, PartialEq)]
pub struct NotebookEntry {
    /// The core's finding.
    pub finding: Finding,
    /// For each evidence item: the stored JSON it points at, pretty-printed, when there is one.
    pub stored: Vec<Option<String>>,
    /// When the adversary holds it, in simulated seconds: its evidence's time (the event sent,
    /// the ephemeral event or notification seen), not before the adversary starts.
    pub known_at: f64,
}

/// One group of the debrief, in the order the notebook shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct NotebookGroup {
    /// Index of the person in [`model::Debrief::people`]'s order.
    pub person: usize,
    /// Index of the group in that person's groups.
    pub group: usize,
    /// What it means.
    pub kind: GroupKind,
    /// When each of its items is first known, in the group's item order.
    pub items_at: Vec<f64>,
    /// When the first of its items is known: the group appears then.
    pub at: f64,
}

/// The notebook the learner reads.
#[derive(Resource, Debug, Default)]
pub struct Notebook {
    /// Every finding, in the report's order.
    pub entries: Vec<NotebookEntry>,
    /// The core's debrief of the same report.
    pub debrief: Option<model::Debrief>,
    /// Every group of every person, you first, in the order they are shown.
    pub groups: Vec<NotebookGroup>,
    /// How many groups are shown so far (the notebook fills group by group).
    pub revealed: usize,
    /// The finding the learner selected.
    pub selected: Option<usize>,
    /// The server compromised in a "what if" run, if any.
    pub what_if: Option<String>,
}

impl Notebook {
    /// Builds the notebook of a run from its report and its debrief.
    pub fn of(world: &World, report: &Report, debrief: &model::Debrief) -> Notebook {
        let entries: Vec<NotebookEntry> = report
            .findings
            .iter()
            .map(|f| NotebookEntry {
                finding: f.clone(),
                stored: f.evidence.iter().map(|e| stored_json(world, e)).collect(),
                known_at: known_at(world, f),
            })
            .collect();
        let at = |i: &usize| entries.get(*i).map_or(0.0, |e| e.known_at);
        let mut groups = Vec::new();
        for (pi, p) in debrief.people().enumerate() {
            for (gi, g) in p.groups.iter().enumerate() {
                let items_at: Vec<f64> =
                    g.items.iter().map(|i| i.findings.iter().map(at).fold(f64::INFINITY, f64::min)).collect();
                let first = items_at.iter().copied().fold(f64::INFINITY, f64::min);
                groups.push(NotebookGroup { person: pi, group: gi, kind: g.kind, items_at, at: first });
            }
        }
        Notebook { entries, debrief: Some(debrief.clone()), groups, revealed: 0, selected: None, what_if: None }
    }

    /// The groups known at `now` (simulated seconds), with how many of their items are.
    pub fn known_at(&self, now: f64) -> impl Iterator<Item = (&NotebookGroup, usize)> {
        self.groups
            .iter()
            .filter(move |g| g.at <= now)
            .map(move |g| (g, g.items_at.iter().filter(|t| **t <= now).count()))
    }
}

/// When the adversary holds a finding: the latest of its start and its evidence's earliest time
/// (evidence without a time, such as a table row, counts from the start).
fn known_at(world: &World, f: &Finding) -> f64 {
    let start = world.setup().adversaries.get(&f.adversary).map_or(0, |a| a.at.secs());
    let time = |e: &Evidence| match e {
        Evidence::Event { event_id, .. } => world.events().get(event_id).map(|m| m.at.secs()),
        Evidence::Edu { at, .. } | Evidence::Push { at, .. } | Evidence::GroupSend { at, .. } => Some(at.secs()),
        _ => None,
    };
    let evidence = f.evidence.iter().filter_map(time).min().unwrap_or(0);
    start.max(evidence) as f64
}

/// The stored event an evidence item names, as its holder keeps it.
fn stored_json(world: &World, e: &Evidence) -> Option<String> {
    let Evidence::Event { holder, event_id } = e else { return None };
    let server = world.servers().get(holder)?;
    let stored = server.events.iter().find(|s| &s.event_id == event_id)?;
    serde_json::to_string_pretty(&*stored.json).ok()
}

/// What the interface asks of the notebook.
#[derive(Debug, Clone, PartialEq)]
pub enum NotebookRequest {
    /// Show every group at once (reduced motion, or "skip").
    RevealAll,
    /// Select a finding.
    Select(usize),
    /// Re-run with this server compromised from the start instead of the scenario's adversaries.
    WhatIf(String),
}

/// Requests since the last frame.
pub type NotebookRequests = crate::Requests<NotebookRequest>;

/// The notebook and its systems.
pub struct NotebookPlugin;

impl Plugin for NotebookPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Notebook>()
            .init_resource::<NotebookRequests>()
            .add_systems(OnEnter(Screen::Notebook), (crate::session::ensure_run, fill).chain())
            // During the raid too: the run screen shows what they have learned so far.
            .add_systems(OnEnter(Screen::Run), fill.after(crate::session::run_scenario))
            .add_systems(Update, (reveal, handle_requests).run_if(in_state(Screen::Notebook)));
    }
}

fn fill(session: Res<Session>, mut notebook: ResMut<Notebook>) {
    *notebook = match &session.run {
        Some(run) => Notebook::of(&run.world, &run.report, &run.debrief),
        None => Notebook::default(),
    };
}

/// Real seconds between two groups appearing in the notebook.
pub const REVEAL_EVERY: f64 = 0.35;

/// One more group every [`REVEAL_EVERY`] seconds (faster for many) until all are shown.
fn reveal(mut notebook: ResMut<Notebook>, time: Res<Time<Real>>, mut last: Local<f64>) {
    let now = time.elapsed_secs_f64();
    // A large cast appears within a few seconds all the same.
    let every = REVEAL_EVERY.min(6.0 / notebook.groups.len().max(1) as f64);
    if notebook.revealed == 0 || now - *last >= every {
        if notebook.revealed < notebook.groups.len() {
            notebook.revealed += 1;
        }
        *last = now;
    }
}

fn handle_requests(
    mut requests: ResMut<NotebookRequests>,
    mut notebook: ResMut<Notebook>,
    session: Res<Session>,
    library: Res<crate::library::Library>,
) {
    for r in requests.0.drain(..) {
        match r {
            NotebookRequest::RevealAll => notebook.revealed = notebook.groups.len(),
            NotebookRequest::Select(i) if i < notebook.entries.len() => notebook.selected = Some(i),
            NotebookRequest::Select(_) => {}
            NotebookRequest::WhatIf(server) => {
                let Some(s) = session.scenario.as_deref().and_then(|n| library.get(n)) else { continue };
                let Ok(mut setup) = s.setup(&session.selection) else { continue };
                if !setup.servers.contains_key(&server) {
                    continue;
                }
                // The scenario's own adversaries stay (its script may need them: a malicious admin
                // adds puppets); the notebook shows only what the what-if server learns.
                let id = "what-if".to_owned();
                setup.adversaries.insert(
                    id.clone(),
                    AdversarySpec {
                        id,
                        kind: AdversaryKind::Compromise { server: server.clone(), also: Vec::new() },
                        at: Default::default(),
                    },
                );
                let Ok(world) = World::run_owned(setup, s.seed) else { continue };
                let mut report = glasshouse_sim::report::report(&world, s, &session.selection, s.seed);
                report.findings.retain(|f| f.adversary == "what-if");
                let debrief = model::build(world.setup(), &report);
                *notebook = Notebook::of(&world, &report, &debrief);
                notebook.what_if = Some(server);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::{Nav, Navigation};
    use crate::session::SessionRequest;
    use crate::testing::app;

    fn open_notebook(choices: &[(&str, &str)]) -> bevy::app::App {
        let mut app = app();
        let w = app.world_mut();
        w.resource_mut::<crate::session::SessionRequests>().0.push(SessionRequest::Open("public-vs-encrypted".into()));
        for (k, v) in choices {
            w.resource_mut::<crate::session::SessionRequests>()
                .0
                .push(SessionRequest::Choose { key: (*k).into(), value: (*v).into() });
        }
        app.update();
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(Screen::Run));
        app.update();
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Next);
        app.update();
        app
    }

    #[test]
    fn the_notebook_lists_exactly_the_findings_the_core_reports() {
        let mut app = open_notebook(&[("encrypted", "true")]);
        let lib = crate::library::Library::bundled();
        let s = lib.get("public-vs-encrypted").unwrap_or_else(|| panic!("missing"));
        let sel = s.select(["encrypted=true"]).unwrap_or_else(|e| panic!("{e}"));
        let (_, core) = glasshouse_sim::run(s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
        let nb = app.world().resource::<Notebook>();
        let listed: Vec<&Finding> = nb.entries.iter().map(|e| &e.finding).collect();
        assert_eq!(listed, core.findings.iter().collect::<Vec<_>>());
        // The debrief's groups, about you first, each finding in exactly one; group by group, then all.
        let d = nb.debrief.as_ref().unwrap_or_else(|| panic!("no debrief"));
        assert_eq!(d.people().next().map(|p| p.person.you), Some(true));
        let in_groups: usize =
            d.people().flat_map(|p| &p.groups).flat_map(|g| &g.items).map(|i| i.findings.len()).sum();
        assert_eq!(in_groups, nb.entries.len());
        assert_eq!(nb.groups.len(), d.people().map(|p| p.groups.len()).sum::<usize>());
        assert!(nb.revealed >= 1 && nb.revealed <= nb.groups.len());
        app.world_mut().resource_mut::<NotebookRequests>().0.push(NotebookRequest::RevealAll);
        app.update();
        let nb = app.world().resource::<Notebook>();
        assert_eq!(nb.revealed, nb.groups.len());
        // During the raid: nothing the seized server holds before it is seized (0:10), everything
        // by the end.
        let seized = nb.entries.iter().filter(|e| e.finding.adversary == "seized-server");
        assert!(seized.clone().count() > 0 && seized.clone().all(|e| e.known_at >= 600.0));
        let end = app.world().resource::<Session>().run.as_ref().map_or(0.0, |r| r.world.end().secs() as f64);
        assert_eq!(nb.known_at(end).count(), nb.groups.len());
        assert!(nb.known_at(0.0).count() < nb.groups.len());
        // Evidence of a message shows the stored event: ciphertext, no body.
        let stored = nb
            .entries
            .iter()
            .flat_map(|e| e.stored.iter().flatten())
            .find(|j| j.contains("m.room.encrypted"))
            .unwrap_or_else(|| panic!("no stored encrypted event among the evidence"));
        assert!(stored.contains("ciphertext") && !stored.contains("\"body\""));
    }

    #[test]
    fn what_if_another_node_falls_changes_the_notebook() {
        let mut app = open_notebook(&[]);
        let default_count = app.world().resource::<Notebook>().entries.len();
        app.world_mut().resource_mut::<NotebookRequests>().0.push(NotebookRequest::WhatIf("plaza.example".into()));
        app.update();
        let nb = app.world().resource::<Notebook>();
        assert_eq!(nb.what_if.as_deref(), Some("plaza.example"));
        assert!(nb.entries.iter().all(|e| e.finding.adversary == "what-if"));
        assert!(
            nb.entries
                .iter()
                .any(|e| e.finding.subject == "you" && e.finding.code() == glasshouse_sim::FindingCode::IpAddress)
        );
        assert_ne!(nb.entries.len(), default_count);
    }

    #[test]
    fn jumping_to_the_notebook_after_changing_a_choice_runs_the_new_choices() {
        let mut app = open_notebook(&[]);
        let before = app.world().resource::<Notebook>().entries.len();
        app.world_mut()
            .resource_mut::<crate::session::SessionRequests>()
            .0
            .push(SessionRequest::Choose { key: "encrypted".into(), value: "true".into() });
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(Screen::Setup));
        app.update();
        assert!(app.world().resource::<Session>().run.is_none());
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(Screen::Notebook));
        app.update();
        let nb = app.world().resource::<Notebook>();
        assert!(!nb.entries.is_empty() && nb.entries.len() != before, "{} vs {before}", nb.entries.len());
        let run = app
            .world()
            .resource::<Session>()
            .run
            .as_ref()
            .map(|r| r.report.choices.get("encrypted").map(ToString::to_string));
        assert_eq!(run, Some(Some("true".into())));
    }
}
