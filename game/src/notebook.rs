//! The adversary's notebook: the run's findings, revealed one by one, each with its evidence as
//! the holder stores it (the stored Matrix JSON: ciphertext where encrypted, plaintext where not)
//! and its rule; and "what if this node falls?" — the same run seen by another compromised server.

use crate::screen::Screen;
use crate::session::Session;
use bevy::app::{App, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
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
}

/// The notebook the learner reads.
#[derive(Resource, Debug, Default)]
pub struct Notebook {
    /// Every finding, in the report's order.
    pub entries: Vec<NotebookEntry>,
    /// How many are shown so far (the notebook fills finding by finding).
    pub revealed: usize,
    /// The finding the learner selected.
    pub selected: Option<usize>,
    /// The server compromised in a "what if" run, if any.
    pub what_if: Option<String>,
}

impl Notebook {
    /// Builds the notebook of a run.
    pub fn of(world: &World, report: &Report) -> Notebook {
        let entries = report
            .findings
            .iter()
            .map(|f| NotebookEntry {
                finding: f.clone(),
                stored: f.evidence.iter().map(|e| stored_json(world, e)).collect(),
            })
            .collect();
        Notebook { entries, revealed: 0, selected: None, what_if: None }
    }
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
    /// Show every finding at once (reduced motion, or "skip").
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
            .add_systems(Update, (reveal, handle_requests).run_if(in_state(Screen::Notebook)));
    }
}

fn fill(session: Res<Session>, mut notebook: ResMut<Notebook>) {
    *notebook = match &session.run {
        Some(run) => Notebook::of(&run.world, &run.report),
        None => Notebook::default(),
    };
}

/// One more finding per frame until all are shown.
fn reveal(mut notebook: ResMut<Notebook>) {
    if notebook.revealed < notebook.entries.len() {
        notebook.revealed += 1;
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
            NotebookRequest::RevealAll => notebook.revealed = notebook.entries.len(),
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
                *notebook = Notebook::of(&world, &report);
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
        // Finding by finding, then all.
        let before = nb.revealed;
        app.update();
        assert_eq!(app.world().resource::<Notebook>().revealed, before + 1);
        app.world_mut().resource_mut::<NotebookRequests>().0.push(NotebookRequest::RevealAll);
        app.update();
        let nb = app.world().resource::<Notebook>();
        assert_eq!(nb.revealed, nb.entries.len());
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
