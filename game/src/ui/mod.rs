//! The simulator window: every screen as egui panels on Bevy, the federation map painted with
//! egui, and the `screenshot` driver. Reads the learner loop's resources; decides nothing itself.

pub mod app;
pub mod bench;
pub mod briefing;
pub mod chrome;
pub mod debrief;
pub mod explorer;
pub mod icons;
pub mod map;
pub mod notebook;
pub mod run;
pub mod scenarios;
pub mod screenshot;
pub mod settings;
pub mod setup;
pub mod theme;
pub mod title;
pub mod widgets;

use crate::screen::Screen;
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy::ecs::schedule::IntoScheduleConfigs;
use bevy::ecs::system::ScheduleSystem;
use bevy_egui::EguiPrimaryContextPass;

/// Order of the window's drawing in a frame: theme, then the bars around the page, then the page.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub enum UiSet {
    /// Style and text size.
    Theme,
    /// Title bar and navigation bar.
    Chrome,
    /// The screen's own content.
    Content,
    /// Windows over the page (settings).
    Overlay,
}

/// Adds a screen's drawing system: in the content set, only while that screen is shown.
fn content<M>(app: &mut App, screen: Screen, draw: impl IntoScheduleConfigs<ScheduleSystem, M>) {
    use bevy::state::prelude::in_state;
    app.add_systems(EguiPrimaryContextPass, draw.in_set(UiSet::Content).run_if(in_state(screen)));
}

/// Every plugin of the window's interface.
pub struct UiPlugin;

impl Plugin for UiPlugin {
    fn build(&self, app: &mut App) {
        app.configure_sets(
            EguiPrimaryContextPass,
            (UiSet::Theme, UiSet::Chrome, UiSet::Content, UiSet::Overlay).chain(),
        )
        .add_plugins((
            theme::ThemePlugin,
            chrome::ChromePlugin,
            debrief::DebriefViewPlugin,
            settings::SettingsViewPlugin,
        ));
        // The screens that only draw.
        content(app, Screen::Title, title::draw);
        content(app, Screen::Scenarios, scenarios::draw);
        content(app, Screen::Briefing, briefing::draw);
        content(app, Screen::Setup, setup::draw);
        content(app, Screen::Run, run::draw);
        content(app, Screen::Notebook, notebook::draw);
        content(app, Screen::Explorer, explorer::draw);
    }
}
