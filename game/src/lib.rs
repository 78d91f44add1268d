//! The learner loop as Bevy plugins — screens, the scenario library, the learner's session, the
//! adversary's notebook and the debrief — reading the core's types and reports, re-implementing
//! none of its logic. The window (rendering, widgets) builds on these plugins.

pub mod debrief;
pub mod hot_reload;
pub mod library;
pub mod notebook;
pub mod screen;
pub mod session;
pub mod storage;

use bevy::app::{App, Plugin};

/// Every plugin of the learner loop.
pub struct LearnerLoopPlugin;

impl Plugin for LearnerLoopPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins((
            screen::ScreenPlugin,
            library::LibraryPlugin,
            session::SessionPlugin,
            notebook::NotebookPlugin,
            debrief::DebriefPlugin,
            hot_reload::HotReloadPlugin,
            storage::StoragePlugin,
        ));
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! A headless app for plugin tests: MinimalPlugins, StatesPlugin and the whole loop.
    use bevy::MinimalPlugins;
    use bevy::app::App;
    use bevy::state::app::StatesPlugin;

    /// An app with every plugin of the loop, updated once.
    pub fn app() -> App {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin, super::LearnerLoopPlugin));
        app.update();
        app
    }
}
