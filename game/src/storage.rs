//! What the learner's progress leaves on disk: completed scenarios and last choices, saved
//! atomically in a local data folder — no account, no network — and erased by `forget`.

#[cfg(not(target_arch = "wasm32"))]
use crate::debrief::write_atomically;
use crate::library::Progress;
use crate::session::Session;
use bevy::app::{App, Last, Plugin};
use bevy::ecs::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The data folder: `$GLASSHOUSE_DATA`, else `$XDG_DATA_HOME/glasshouse`, else
/// `~/.local/share/glasshouse`.
pub fn data_dir() -> Option<PathBuf> {
    if cfg!(target_arch = "wasm32") {
        // In the browser the "folder" is a key prefix in the page's local storage.
        return Some(PathBuf::from("glasshouse"));
    }
    if let Some(d) = std::env::var_os("GLASSHOUSE_DATA") {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_DATA_HOME") {
        return Some(PathBuf::from(d).join("glasshouse"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/glasshouse"))
}

/// The saved state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saved {
    /// Completed scenarios.
    pub completed: BTreeSet<String>,
    /// Last choices per scenario, as `key=value` texts.
    pub choices: BTreeMap<String, Vec<String>>,
}

impl Saved {
    /// One line per fact: `done NAME` or `choice NAME key=value` (plain text, easy to inspect).
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for c in &self.completed {
            s.push_str(&format!("done {c}\n"));
        }
        for (name, choices) in &self.choices {
            for c in choices {
                s.push_str(&format!("choice {name} {c}\n"));
            }
        }
        s
    }

    /// Reads what `to_text` wrote; unknown lines are skipped.
    pub fn from_text(text: &str) -> Saved {
        let mut saved = Saved::default();
        for line in text.lines() {
            let mut parts = line.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("done"), Some(name), None) => {
                    saved.completed.insert(name.to_owned());
                }
                (Some("choice"), Some(name), Some(choice)) => {
                    saved.choices.entry(name.to_owned()).or_default().push(choice.to_owned());
                }
                _ => {}
            }
        }
        saved
    }
}

/// Where progress is saved; `None` keeps everything in memory (tests, kiosk use).
#[derive(Resource, Debug, Clone, Default)]
pub struct Storage {
    /// The data folder.
    pub dir: Option<PathBuf>,
}

impl Storage {
    /// Loads the saved state (empty when there is none).
    pub fn load(&self) -> Saved {
        self.read("progress.txt").map(|t| Saved::from_text(&t)).unwrap_or_default()
    }

    /// The text of one stored file (`progress.txt`, `settings.txt` …), if there is one. This and
    /// [`Storage::write`] are the only file-system calls of the learner loop: a browser build
    /// swaps them for local storage.
    pub fn read(&self, name: &str) -> Option<String> {
        let path = self.dir.as_ref()?.join(name);
        #[cfg(target_arch = "wasm32")]
        return browser::local_storage()?.get_item(&path.to_string_lossy()).ok().flatten();
        #[cfg(not(target_arch = "wasm32"))]
        std::fs::read_to_string(path).ok()
    }

    /// Writes one stored file atomically (write, then rename); without a data folder, nothing.
    pub fn write(&self, name: &str, text: &str) -> std::io::Result<()> {
        let Some(dir) = &self.dir else { return Ok(()) };
        #[cfg(target_arch = "wasm32")]
        return browser::local_storage()
            .and_then(|s| s.set_item(&dir.join(name).to_string_lossy(), text).ok())
            .ok_or_else(|| std::io::Error::other("local storage is not available"));
        #[cfg(not(target_arch = "wasm32"))]
        {
            std::fs::create_dir_all(dir)?;
            write_atomically(&dir.join(name), text)
        }
    }

    /// Saves atomically (write, sync, rename).
    pub fn save(&self, saved: &Saved) -> std::io::Result<()> {
        self.write("progress.txt", &saved.to_text())
    }
}

/// Erases everything Glasshouse saved in `dir`: progress and exports (`glasshouse forget`).
pub fn forget(dir: &Path) -> std::io::Result<()> {
    #[cfg(target_arch = "wasm32")]
    return browser::forget(&dir.to_string_lossy());
    #[cfg(not(target_arch = "wasm32"))]
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// The browser's side of storage: the page's `localStorage`, keys prefixed by the "folder".
#[cfg(target_arch = "wasm32")]
mod browser {
    /// The page's local storage, if the browser allows it.
    pub fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Removes every key under `prefix/`.
    pub fn forget(prefix: &str) -> std::io::Result<()> {
        let Some(s) = local_storage() else { return Ok(()) };
        let len = s.length().unwrap_or(0);
        let keys: Vec<String> = (0..len).filter_map(|i| s.key(i).ok().flatten()).collect();
        for k in keys.into_iter().filter(|k| k.starts_with(&format!("{prefix}/"))) {
            let _ = s.remove_item(&k);
        }
        Ok(())
    }
}

/// Loads progress at start, saves it when it changes.
pub struct StoragePlugin;

impl Plugin for StoragePlugin {
    fn build(&self, app: &mut App) {
        // Only on frames where the progress or the session changed.
        app.init_resource::<Storage>().add_systems(
            Last,
            save_on_change.run_if(resource_changed::<Progress>.or_else(resource_changed::<Session>)),
        );
    }
}

fn save_on_change(
    storage: Res<Storage>,
    progress: Res<Progress>,
    session: Res<Session>,
    mut last: Local<Option<Saved>>,
) {
    let mut saved = last.clone().unwrap_or_else(|| storage.load());
    saved.completed.extend(progress.completed.iter().cloned());
    if let Some(name) = &session.scenario {
        saved.choices.insert(name.clone(), session.selection.iter().map(|(k, v)| format!("{k}={v}")).collect());
    }
    if last.as_ref() != Some(&saved) {
        // A failed save leaves the previous file intact (atomic rename); it is retried next change.
        if storage.save(&saved).is_ok() {
            *last = Some(saved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::{Nav, Navigation, Screen};
    use crate::session::{SessionRequest, SessionRequests};

    #[test]
    fn progress_and_choices_survive_a_restart_and_forget_erases_them() {
        let (mut app, dir) = crate::testing::app_storing("store");
        app.world_mut().resource_mut::<SessionRequests>().0.extend([
            SessionRequest::Open("first-connection".into()),
            SessionRequest::Choose { key: "connection".into(), value: "tor".into() },
        ]);
        app.update();
        for s in [Screen::Run, Screen::Notebook, Screen::Debrief] {
            app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(s));
            app.update();
        }
        let saved = Storage { dir: Some(dir.clone()) }.load();
        assert!(saved.completed.contains("first-connection"), "{saved:?}");
        assert!(saved.choices["first-connection"].contains(&"connection=tor".to_owned()));
        assert_eq!(Saved::from_text(&saved.to_text()), saved);
        forget(&dir).unwrap_or_else(|e| panic!("{e}"));
        assert!(!dir.exists());
        assert_eq!(Storage { dir: Some(dir) }.load(), Saved::default());
    }
}
