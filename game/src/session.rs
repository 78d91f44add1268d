//! The learner's session: the open scenario, the choices made (checked by the core, never
//! invented here) and the run's report.

use crate::library::Library;
use crate::screen::Screen;
use bevy::app::{App, Plugin, PreUpdate};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use glasshouse_sim::counterfactual::counterfactuals;
use glasshouse_sim::scenario::ChoiceError;
use glasshouse_sim::{Report, Selection, World};

/// What the interface asks of the session.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionRequest {
    /// Open a scenario with its default choices.
    Open(String),
    /// Set a choice, `value` written as `glasshouse run --choose` takes it.
    Choose {
        /// Choice key.
        key: String,
        /// The value's text.
        value: String,
    },
    /// Back to the scenario's defaults.
    Reset,
}

/// Requests since the last frame, applied in order.
pub type SessionRequests = crate::Requests<SessionRequest>;

/// Why a request was refused, for the interface to show.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionError {
    /// No such scenario in the library.
    UnknownScenario(String),
    /// A choice the core refused (unknown key, value not allowed).
    Choice(ChoiceError),
    /// A choice before any scenario is open.
    NoScenario,
    /// The run failed (the core's error, rendered).
    Run(String),
}

/// A finished run.
pub struct RunResult {
    /// The choices it ran with.
    pub selection: Selection,
    /// The federation after the script.
    pub world: World,
    /// What every adversary learned, with what would have prevented each finding
    /// (`report.counterfactuals`, as `glasshouse run` computes them).
    pub report: Report,
    /// The learner's debrief of this run: the core's model, the same the terminal and the book
    /// render.
    pub debrief: glasshouse_sim::debrief::Debrief,
}

/// The learner's session.
#[derive(Resource, Default)]
pub struct Session {
    /// Open scenario.
    pub scenario: Option<String>,
    /// Current choices (defaults filled in).
    pub selection: Selection,
    /// The last run, if the learner ran the scenario with these choices.
    pub run: Option<RunResult>,
    /// The last refused request.
    pub error: Option<SessionError>,
}

/// The session and its systems.
pub struct SessionPlugin;

impl Plugin for SessionPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Session>()
            .init_resource::<SessionRequests>()
            .add_systems(PreUpdate, handle_requests)
            .add_systems(OnEnter(Screen::Run), run_scenario);
    }
}

/// Applies the interface's requests (before navigation, so "open and continue" works in one frame).
pub(crate) fn handle_requests(
    mut requests: ResMut<SessionRequests>,
    mut session: ResMut<Session>,
    library: Res<Library>,
) {
    for r in requests.0.drain(..) {
        session.error = None;
        match r {
            SessionRequest::Open(name) => match library.get(&name) {
                Some(s) => {
                    session.selection = s.defaults();
                    session.scenario = Some(name);
                    session.run = None;
                }
                None => session.error = Some(SessionError::UnknownScenario(name)),
            },
            SessionRequest::Choose { key, value } => {
                let Some(s) = session.scenario.as_deref().and_then(|n| library.get(n)) else {
                    session.error = Some(SessionError::NoScenario);
                    continue;
                };
                // The core checks the value; the current choices are kept for the other keys.
                match s.choose(&session.selection, &key, &value) {
                    Ok(sel) => {
                        session.selection = sel;
                        session.run = None;
                    }
                    Err(e) => session.error = Some(SessionError::Choice(e)),
                }
            }
            SessionRequest::Reset => {
                if let Some(s) = session.scenario.as_deref().and_then(|n| library.get(n)) {
                    session.selection = s.defaults();
                    session.run = None;
                }
            }
        }
    }
}

/// Runs the core if the choices changed since the last run (the learner may jump straight to the
/// notebook or the debrief from the steps bar).
pub(crate) fn ensure_run(session: ResMut<Session>, library: Res<Library>) {
    if session.run.is_none() && session.scenario.is_some() {
        run_scenario(session, library);
    }
}

/// Runs the core with the session's choices when the learner reaches the run screen.
pub(crate) fn run_scenario(mut session: ResMut<Session>, library: Res<Library>) {
    let Some(s) = session.scenario.as_deref().and_then(|n| library.get(n)) else { return };
    let sel = session.selection.clone();
    match glasshouse_sim::run(s, &sel, s.seed) {
        Ok((world, mut report)) => {
            report.counterfactuals = counterfactuals(s, &sel, s.seed, &report);
            let debrief = glasshouse_sim::debrief::build(world.setup(), &report);
            session.run = Some(RunResult { selection: sel, world, report, debrief });
        }
        Err(e) => session.error = Some(SessionError::Run(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::{Nav, Navigation};
    use crate::testing::app;

    fn request(app: &mut bevy::app::App, r: SessionRequest) {
        app.world_mut().resource_mut::<SessionRequests>().0.push(r);
        app.update();
    }

    #[test]
    fn a_choice_made_in_the_setup_reaches_the_core() {
        let mut app = app();
        request(&mut app, SessionRequest::Open("first-connection".into()));
        request(&mut app, SessionRequest::Choose { key: "connection".into(), value: "tor".into() });
        assert!(app.world().resource::<Session>().error.is_none());
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(Screen::Run));
        app.update();
        let session = app.world().resource::<Session>();
        let run = session.run.as_ref().unwrap_or_else(|| panic!("no run: {:?}", session.error));
        assert_eq!(run.report.choices.get("connection").map(ToString::to_string).as_deref(), Some("tor"));
        // The core's own run with the same choices reports the same findings.
        let lib = Library::bundled();
        let s = lib.get("first-connection").unwrap_or_else(|| panic!("missing"));
        let sel = s.select(["connection=tor"]).unwrap_or_else(|e| panic!("{e}"));
        let (_, core) = glasshouse_sim::run(s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(run.report.findings, core.findings);
    }

    #[test]
    fn the_core_refuses_values_a_scenario_does_not_offer() {
        let mut app = app();
        request(&mut app, SessionRequest::Choose { key: "connection".into(), value: "tor".into() });
        assert_eq!(app.world().resource::<Session>().error, Some(SessionError::NoScenario));
        request(&mut app, SessionRequest::Open("first-connection".into()));
        request(&mut app, SessionRequest::Choose { key: "connection".into(), value: "carrier-pigeon".into() });
        let s = app.world().resource::<Session>();
        assert!(matches!(s.error, Some(SessionError::Choice(ChoiceError::ValueNotAllowed { .. }))), "{:?}", s.error);
        assert_eq!(s.selection.get("connection").map(ToString::to_string).as_deref(), Some("direct"));
        request(&mut app, SessionRequest::Open("no-such-scenario".into()));
        assert!(matches!(app.world().resource::<Session>().error, Some(SessionError::UnknownScenario(_))));
    }
}
