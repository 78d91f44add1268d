//! The screens of the learner loop and the moves between them.

use crate::session::{Session, SessionRequest, SessionRequests};
use bevy::app::{App, Plugin, PreUpdate};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;

/// Where the learner is.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// The title.
    #[default]
    Title,
    /// The scenario list, grouped like the book.
    Scenarios,
    /// Story, objectives, what the learner controls, estimated time.
    Briefing,
    /// The learner's choices.
    Setup,
    /// The federation plays the script.
    Run,
    /// The adversary's notebook, finding by finding.
    Notebook,
    /// Objectives, what leaked and why, what would have prevented it.
    Debrief,
    /// The decentralisation explorer: many servers, some compromised, the exposure curve.
    Explorer,
}

impl Screen {
    /// Every screen, in the order of the learner loop (the title and the explorer first).
    pub const ALL: [Screen; 8] = [
        Screen::Title,
        Screen::Scenarios,
        Screen::Explorer,
        Screen::Briefing,
        Screen::Setup,
        Screen::Run,
        Screen::Notebook,
        Screen::Debrief,
    ];

    /// The screen's name on the command line (`--screen notebook`).
    pub fn name(self) -> &'static str {
        match self {
            Screen::Title => "title",
            Screen::Scenarios => "scenarios",
            Screen::Explorer => "explorer",
            Screen::Briefing => "briefing",
            Screen::Setup => "setup",
            Screen::Run => "run",
            Screen::Notebook => "notebook",
            Screen::Debrief => "debrief",
        }
    }

    /// The screen of that name.
    pub fn named(name: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The screen "continue" leads to.
    pub fn next(self) -> Screen {
        match self {
            Screen::Title => Screen::Scenarios,
            Screen::Scenarios => Screen::Briefing,
            Screen::Briefing => Screen::Setup,
            Screen::Setup => Screen::Run,
            Screen::Run => Screen::Notebook,
            Screen::Notebook | Screen::Debrief => Screen::Debrief,
            Screen::Explorer => Screen::Explorer,
        }
    }

    /// The screen "back" leads to.
    pub fn back(self) -> Screen {
        match self {
            Screen::Title | Screen::Scenarios | Screen::Explorer => Screen::Title,
            Screen::Briefing => Screen::Scenarios,
            Screen::Setup => Screen::Briefing,
            Screen::Run | Screen::Notebook => Screen::Setup,
            Screen::Debrief => Screen::Notebook,
        }
    }

    /// Whether the screen needs an open scenario.
    pub fn needs_scenario(self) -> bool {
        !matches!(self, Screen::Title | Screen::Scenarios | Screen::Explorer)
    }
}

/// A move the interface asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    /// Continue.
    Next,
    /// Back.
    Back,
    /// Straight to a screen (keyboard shortcut, link).
    Go(Screen),
}

/// Moves asked for since the last frame, applied in order.
pub type Navigation = crate::Requests<Nav>;

/// Opens a scenario at its briefing.
pub fn open_scenario(sessions: &mut SessionRequests, nav: &mut Navigation, name: &str) {
    sessions.0.push(SessionRequest::Open(name.to_owned()));
    nav.0.push(Nav::Go(Screen::Briefing));
}

/// The screen state and the navigation system.
pub struct ScreenPlugin;

impl Plugin for ScreenPlugin {
    fn build(&self, app: &mut App) {
        // Before the state transition of the same frame, after the session's requests.
        app.init_state::<Screen>()
            .init_resource::<Navigation>()
            .add_systems(PreUpdate, navigate.after(crate::session::handle_requests));
    }
}

/// Applies the requested moves; a screen that needs a scenario stays closed until one is open.
fn navigate(
    mut nav: ResMut<Navigation>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    session: Res<Session>,
) {
    let mut at = *state.get();
    for n in nav.0.drain(..) {
        let to = match n {
            Nav::Next => at.next(),
            Nav::Back => at.back(),
            Nav::Go(s) => s,
        };
        if to.needs_scenario() && session.scenario.is_none() {
            continue;
        }
        at = to;
    }
    if at != *state.get() {
        next.set(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_is_found_by_its_name() {
        for screen in Screen::ALL {
            assert_eq!(Screen::named(screen.name()), Some(screen));
        }
        assert_eq!(Screen::named("nope"), None);
    }
    use crate::session::SessionRequest;
    use crate::testing::app;

    fn screen(app: &bevy::app::App) -> Screen {
        *app.world().resource::<State<Screen>>().get()
    }

    #[test]
    fn the_loop_goes_title_to_debrief_and_back() {
        let mut app = app();
        assert_eq!(screen(&app), Screen::Title);
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Next);
        app.update();
        assert_eq!(screen(&app), Screen::Scenarios);
        // No scenario open: the briefing stays closed.
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Next);
        app.update();
        assert_eq!(screen(&app), Screen::Scenarios);
        app.world_mut()
            .resource_mut::<crate::session::SessionRequests>()
            .0
            .push(SessionRequest::Open("first-connection".into()));
        app.update();
        for want in [Screen::Briefing, Screen::Setup, Screen::Run, Screen::Notebook, Screen::Debrief] {
            app.world_mut().resource_mut::<Navigation>().0.push(Nav::Next);
            app.update();
            assert_eq!(screen(&app), want);
        }
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(Screen::Setup));
        app.update();
        assert_eq!(screen(&app), Screen::Setup);
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Back);
        app.update();
        assert_eq!(screen(&app), Screen::Briefing);
    }
}
