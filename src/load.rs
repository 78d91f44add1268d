//! Finding a scenario by bundled name, trainer folder or file path, with its prose files, and
//! reading files with actionable errors.

use crate::i18n::LOCALES;
use glasshouse_sim::{Diagnostic, Scenario, bundled};
use std::path::{Path, PathBuf};

/// Environment variable with extra scenario folders, separated like `PATH` (`:` on Unix).
pub const SCENARIOS_ENV: &str = "GLASSHOUSE_SCENARIOS";

/// A scenario's source text and where it came from.
pub struct Source {
    /// Shown in diagnostics: the path, or `bundled:NAME`.
    pub origin: String,
    /// The TOML text.
    pub text: String,
    /// Its prose, one entry per language found.
    pub prose: Vec<Prose>,
}

/// One language's prose file of a scenario.
#[derive(Clone)]
pub struct Prose {
    /// Language code, e.g. `en`.
    pub lang: String,
    /// Shown in diagnostics: the path, or `bundled:NAME.<lang>.ftl`.
    pub origin: String,
    /// The Fluent text.
    pub text: String,
}

impl Source {
    /// The prose texts of one language, for [`crate::i18n::Tr::new`].
    pub fn prose_for(&self, lang: &str) -> Vec<String> {
        self.prose.iter().filter(|p| p.lang == lang).map(|p| p.text.clone()).collect()
    }
}

/// Why a scenario could not be loaded.
pub enum LoadError {
    /// Neither a file, a bundled name nor a scenario in a folder.
    NotFound { name: String, known: Vec<String> },
    /// The file exists but could not be read.
    Io { path: PathBuf, error: std::io::Error },
    /// The file was read but has problems.
    Invalid { source: Source, diagnostics: Vec<Diagnostic> },
}

/// Where scenarios are looked up: the bundled ones and trainers' folders.
#[derive(Clone, Default)]
pub struct Library {
    /// Folders from `--scenarios` then from the environment, in order.
    pub dirs: Vec<PathBuf>,
}

/// One scenario the library lists.
pub struct Entry {
    /// Name to pass to `run`.
    pub name: String,
    /// `bundled` or the file's path.
    pub origin: String,
}

impl Library {
    /// Folders from the flags, then from [`SCENARIOS_ENV`].
    pub fn new(flags: &[PathBuf]) -> Library {
        let mut dirs = flags.to_vec();
        if let Some(v) = std::env::var_os(SCENARIOS_ENV) {
            dirs.extend(std::env::split_paths(&v).filter(|p| !p.as_os_str().is_empty()));
        }
        Library { dirs }
    }

    /// Every scenario: the bundled ones, then each folder's `*.toml` files sorted by name. A
    /// folder's scenario with a bundled name takes the bundled one's place.
    pub fn entries(&self) -> Result<Vec<Entry>, LoadError> {
        let mut out: Vec<Entry> =
            bundled::names().into_iter().map(|n| Entry { name: n.to_owned(), origin: "bundled".into() }).collect();
        for dir in &self.dirs {
            // A folder named in the environment that does not exist is skipped, not fatal.
            let Ok(files) = toml_files(dir) else { continue };
            for path in files {
                let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                let origin = path.display().to_string();
                // The first folder wins, as in `source`; a folder's file replaces a bundled name.
                match out.iter_mut().find(|e| e.name == name) {
                    Some(e) if e.origin == "bundled" => e.origin = origin,
                    Some(_) => {}
                    None => out.push(Entry { name, origin }),
                }
            }
        }
        Ok(out)
    }

    /// Looks `name` up: an existing path (or anything ending in `.toml`) is read from disk; else
    /// `NAME.toml` in the folders (first match); else a bundled name.
    pub fn source(&self, name: &str) -> Result<Source, LoadError> {
        let path = Path::new(name);
        if path.is_file() || name.ends_with(".toml") {
            return read_file(path);
        }
        for dir in &self.dirs {
            let candidate = dir.join(format!("{name}.toml"));
            if candidate.is_file() {
                return read_file(&candidate);
            }
        }
        match bundled::get(name) {
            Some(text) => Ok(Source {
                origin: format!("bundled:{name}"),
                text: text.to_owned(),
                prose: bundled::prose(name)
                    .iter()
                    .map(|(lang, text)| Prose {
                        lang: (*lang).to_owned(),
                        origin: format!("bundled:{name}.{lang}.ftl"),
                        text: (*text).to_owned(),
                    })
                    .collect(),
            }),
            None => Err(LoadError::NotFound {
                name: name.to_owned(),
                known: self.entries().map(|e| e.into_iter().map(|e| e.name).collect()).unwrap_or_default(),
            }),
        }
    }

    /// Loads and validates with the default choices (enough to run; other selections are
    /// checked when they are run).
    pub fn scenario(&self, name: &str) -> Result<(Source, Scenario), LoadError> {
        let src = self.source(name)?;
        match Scenario::parse(&src.text) {
            Ok(s) => Ok((src, s)),
            Err(diagnostics) => Err(LoadError::Invalid { source: src, diagnostics }),
        }
    }

    /// Loads and validates every combination of choices and the prose files, as `check` does.
    /// English prose is required; other languages are checked when present.
    pub fn checked(&self, name: &str) -> Result<(Source, Scenario), LoadError> {
        let src = self.source(name)?;
        let s = match Scenario::check(&src.text) {
            Ok(s) => s,
            Err(diagnostics) => return Err(LoadError::Invalid { source: src, diagnostics }),
        };
        let mut diagnostics = Vec::new();
        // Diagnostics name the prose file as NAME.<lang>.ftl, which ends the companion's origin.
        let stem = src.origin.rsplit(['/', ':']).next().unwrap_or_default().trim_end_matches(".toml").to_owned();
        if !src.prose.iter().any(|p| p.lang == "en") {
            diagnostics.extend(s.check_prose(&format!("{stem}.en.ftl"), ""));
        }
        for p in &src.prose {
            diagnostics.extend(s.check_prose(&format!("{stem}.{}.ftl", p.lang), &p.text));
        }
        if diagnostics.is_empty() { Ok((src, s)) } else { Err(LoadError::Invalid { source: src, diagnostics }) }
    }
}

/// Reads a scenario file and the prose files beside it (`NAME.<lang>.ftl`).
fn read_file(path: &Path) -> Result<Source, LoadError> {
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => return Err(LoadError::Io { path: path.to_owned(), error }),
    };
    let mut prose = Vec::new();
    for (lang, _) in LOCALES {
        let p = path.with_extension(format!("{lang}.ftl"));
        match std::fs::read(&p) {
            Ok(bytes) => prose.push(Prose {
                lang: (*lang).to_owned(),
                origin: p.display().to_string(),
                text: String::from_utf8_lossy(&bytes).into_owned(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(LoadError::Io { path: p, error }),
        }
    }
    Ok(Source { origin: path.display().to_string(), text, prose })
}

/// The `*.toml` files of a folder, sorted.
pub fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    glasshouse_game::scenario_files::toml_files(dir).map_err(|error| LoadError::Io { path: dir.to_owned(), error })
}
