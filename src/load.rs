//! Finding a scenario by bundled name or file path, and reading files with actionable errors.

use glasshouse_sim::{Diagnostic, Scenario, bundled};
use std::path::{Path, PathBuf};

/// A scenario's source text and where it came from.
pub struct Source {
    /// Shown in diagnostics: the path, or `bundled:NAME`.
    pub origin: String,
    /// The TOML text.
    pub text: String,
}

/// Why a scenario could not be loaded.
pub enum LoadError {
    /// Neither a bundled name nor a readable file.
    NotFound { name: String, bundled: Vec<&'static str> },
    /// The file exists but could not be read.
    Io { path: PathBuf, error: std::io::Error },
    /// The file was read but has problems.
    Invalid { source: Source, diagnostics: Vec<Diagnostic> },
}

/// Looks `name` up: an existing path (or anything ending in `.toml`) is read from disk, anything
/// else is a bundled name.
pub fn source(name: &str) -> Result<Source, LoadError> {
    let path = Path::new(name);
    if path.exists() || name.ends_with(".toml") {
        return match std::fs::read(path) {
            Ok(bytes) => Ok(Source { origin: name.to_owned(), text: String::from_utf8_lossy(&bytes).into_owned() }),
            Err(error) => Err(LoadError::Io { path: path.to_owned(), error }),
        };
    }
    match bundled::get(name) {
        Some(text) => Ok(Source { origin: format!("bundled:{name}"), text: text.to_owned() }),
        None => Err(LoadError::NotFound { name: name.to_owned(), bundled: bundled::names() }),
    }
}

/// Loads and validates with the default choices (enough to run; other selections are checked
/// when they are run).
pub fn scenario(name: &str) -> Result<(Source, Scenario), LoadError> {
    load(name, Scenario::parse)
}

/// Loads and validates every combination of choices, as `check` does.
pub fn checked(name: &str) -> Result<(Source, Scenario), LoadError> {
    load(name, Scenario::check)
}

fn load(name: &str, parse: fn(&str) -> Result<Scenario, Vec<Diagnostic>>) -> Result<(Source, Scenario), LoadError> {
    let src = source(name)?;
    match parse(&src.text) {
        Ok(s) => Ok((src, s)),
        Err(diagnostics) => Err(LoadError::Invalid { source: src, diagnostics }),
    }
}
