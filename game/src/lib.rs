//! The learner loop as Bevy plugins — screens, the scenario library, the learner's session, the
//! adversary's notebook and the debrief — reading the core's types and reports, re-implementing
//! none of its logic. The window (rendering, widgets) builds on these plugins.

pub mod debrief;
pub mod explorer;
pub mod hot_reload;
pub mod i18n;
pub mod library;
pub mod notebook;
pub mod playback;
pub mod scenario_files;
pub mod screen;
pub mod session;
pub mod settings;
pub mod storage;
#[cfg(feature = "window")]
pub mod ui;
pub mod words;

use bevy::app::{App, Plugin};
use bevy::ecs::resource::Resource;

/// What the interface asked of a plugin since the last frame, handled in order by that plugin's
/// systems (navigation, session, playback, notebook requests).
#[derive(Resource, Debug)]
pub struct Requests<T: Send + Sync + 'static>(pub Vec<T>);

impl<T: Send + Sync + 'static> Default for Requests<T> {
    fn default() -> Self {
        Requests(Vec::new())
    }
}

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
            settings::SettingsPlugin,
            playback::PlaybackPlugin,
            explorer::ExplorerPlugin,
        ))
        // After the library and the settings exist.
        .add_plugins(i18n::I18nPlugin);
    }
}

/// Sources whose `.t("key")` calls the locale test checks.
#[cfg(test)]
pub(crate) const SOURCES: &[&str] = &[
    include_str!("words.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/chrome.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/title.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/scenarios.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/briefing.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/setup.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/run.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/map.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/notebook.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/debrief.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/explorer.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/settings.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/app.rs"),
    #[cfg(feature = "window")]
    include_str!("ui/bench.rs"),
];

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

    /// An app like [`app`] that stores into a fresh folder (returned, for the test to read).
    pub fn app_storing(tag: &str) -> (App, std::path::PathBuf) {
        let dir = fresh_dir(tag);
        let mut app = app();
        app.world_mut().insert_resource(crate::storage::Storage { dir: Some(dir.clone()) });
        (app, dir)
    }

    /// A fresh, empty folder in the system's temporary directory, named for the test and process.
    pub fn fresh_dir(tag: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("glasshouse-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        dir
    }
}
