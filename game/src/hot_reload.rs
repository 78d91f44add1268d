//! Trainers' scenario folders, hot-reloaded: a changed file is checked by the core and replaces
//! the library's copy; a broken edit keeps the last good version and shows its diagnostics.

use crate::library::{Library, LibraryEntry};
use bevy::app::{App, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::time::Time;
use glasshouse_sim::{Diagnostic, Scenario};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

/// Folders to watch and what was last seen in them.
#[derive(Resource, Debug, Default)]
pub struct ScenarioFolders {
    /// The folders (a trainer's `--scenarios DIR`).
    pub dirs: Vec<PathBuf>,
    /// How often the folders are looked at.
    pub every: Duration,
    /// Last modification time seen per file.
    seen: BTreeMap<PathBuf, SystemTime>,
    /// When (app time) the folders are next looked at.
    next: Duration,
}

impl ScenarioFolders {
    /// Watches these folders, once a second.
    pub fn new(dirs: Vec<PathBuf>) -> ScenarioFolders {
        ScenarioFolders { dirs, every: Duration::from_secs(1), seen: BTreeMap::new(), next: Duration::ZERO }
    }
}

/// The problems of the files whose last edit did not check, by file; a file leaves the map when
/// it is fixed.
#[derive(Resource, Debug, Default)]
pub struct ReloadErrors(pub BTreeMap<PathBuf, ReloadError>);

/// A scenario file that failed its check: its text (for line and column) and every problem.
#[derive(Debug, Clone)]
pub struct ReloadError {
    /// The file's text as read.
    pub text: String,
    /// What is wrong.
    pub diagnostics: Vec<Diagnostic>,
}

/// Polls the folders on an interval (a few `stat` calls each time).
pub struct HotReloadPlugin;

impl Plugin for HotReloadPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<ScenarioFolders>().init_resource::<ReloadErrors>().add_systems(Update, reload);
    }
}

/// Re-checks every `*.toml` file whose modification time changed.
pub fn reload(
    time: Res<Time>,
    mut folders: ResMut<ScenarioFolders>,
    mut library: ResMut<Library>,
    mut errors: ResMut<ReloadErrors>,
) {
    let now = time.elapsed();
    if folders.dirs.is_empty() || now < folders.next {
        return;
    }
    folders.next = now + folders.every;
    let dirs = folders.dirs.clone();
    for dir in dirs {
        let Ok(files) = crate::scenario_files::toml_files(&dir) else { continue };
        for path in files {
            // The scenario or any of its prose files: an edit to either reloads it.
            let Ok(modified) = std::fs::metadata(&path).and_then(|m| m.modified()) else { continue };
            let modified = crate::i18n::LOCALES
                .iter()
                .filter_map(|(lang, _)| std::fs::metadata(path.with_extension(format!("{lang}.ftl"))).ok())
                .filter_map(|m| m.modified().ok())
                .fold(modified, std::cmp::max);
            if folders.seen.get(&path) == Some(&modified) {
                continue;
            }
            folders.seen.insert(path.clone(), modified);
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            match Scenario::check(&text) {
                Ok(scenario) => {
                    errors.0.remove(&path);
                    let name = scenario.id.clone();
                    let prose = prose_beside(&path);
                    let entry = LibraryEntry { name: name.clone(), scenario, prose };
                    match library.entries.iter_mut().find(|e| e.name == name) {
                        Some(e) => *e = entry,
                        None => library.entries.push(entry),
                    }
                }
                Err(diagnostics) => {
                    errors.0.insert(path, ReloadError { text, diagnostics });
                }
            }
        }
    }
}

/// The prose files beside a scenario file: `NAME.<lang>.ftl` for every shipped language.
fn prose_beside(path: &std::path::Path) -> Vec<(String, String)> {
    crate::i18n::LOCALES
        .iter()
        .filter_map(|(lang, _)| {
            let text = std::fs::read_to_string(path.with_extension(format!("{lang}.ftl"))).ok()?;
            Some(((*lang).to_owned(), text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::app;

    #[test]
    fn a_broken_edit_keeps_the_last_good_scenario_and_reports_why() {
        let dir = crate::testing::fresh_dir("hot");
        let good = glasshouse_sim::bundled::get("first-connection")
            .unwrap_or_default()
            .replace("id = \"first-connection\"", "id = \"trainers-copy\"");
        let file = dir.join("trainers-copy.toml");
        std::fs::write(&file, &good).unwrap_or_else(|e| panic!("{e}"));
        let mut app = app();
        let mut folders = ScenarioFolders::new(vec![dir.clone()]);
        folders.every = Duration::ZERO;
        app.world_mut().insert_resource(folders);
        app.update();
        let minutes = |app: &bevy::app::App| app.world().resource::<Library>().get("trainers-copy").map(|s| s.minutes);
        assert_eq!(minutes(&app), Some(15));
        // A broken edit: the old version stays, the diagnostics are there.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(
            &file,
            good.replace("minutes = 15", "minutes = 20")
                .replace("compromise = \"bigchat.example\"", "compromise = \"nowhere.example\""),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        bump(&file);
        app.update();
        assert_eq!(minutes(&app), Some(15));
        let errs = &app.world().resource::<ReloadErrors>().0;
        assert!(
            errs.get(&file).is_some_and(|e| e.diagnostics.iter().any(|d| d.code.as_str() == "unknown-server")),
            "{errs:?}"
        );
        // Fixed: the new version replaces it and the error goes.
        std::fs::write(&file, good.replace("minutes = 15", "minutes = 20")).unwrap_or_else(|e| panic!("{e}"));
        bump(&file);
        app.update();
        assert_eq!(minutes(&app), Some(20));
        assert!(app.world().resource::<ReloadErrors>().0.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Moves the file's modification time forward (some filesystems keep coarse times).
    fn bump(file: &std::path::Path) {
        let f = std::fs::File::options().append(true).open(file).unwrap_or_else(|e| panic!("{e}"));
        let later = SystemTime::now() + std::time::Duration::from_secs(5);
        f.set_modified(later).unwrap_or_else(|e| panic!("{e}"));
    }
}
