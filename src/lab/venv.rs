//! The cached Python virtual environment with a pinned Synapse: created on first use, reused after.

use super::{LabError, err};
use crate::i18n::Tr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The Synapse release the lab installs (observed to work on loopback; see FACTS.md §1).
pub const SYNAPSE_VERSION: &str = "1.163.2";

/// The user's cache folder for Glasshouse: `XDG_CACHE_HOME/glasshouse`, else `~/.cache/glasshouse`.
pub fn cache_dir() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()).map(PathBuf::from);
    let home = std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".cache"));
    xdg.or(home).map(|c| c.join("glasshouse"))
}

/// The environment's folder inside a cache folder.
pub fn venv_dir(cache: &Path) -> PathBuf {
    cache.join("synapse-venv")
}

/// The file written once the pinned Synapse is installed: its presence means "ready".
fn marker(venv: &Path) -> PathBuf {
    venv.join(format!("glasshouse-matrix-synapse-{SYNAPSE_VERSION}"))
}

/// The environment's Python, ready to run Synapse; creates the environment first if needed.
pub fn ensure(tr: &Tr) -> Result<PathBuf, LabError> {
    let cache = cache_dir().ok_or_else(|| err("lab-error-no-cache", &[]))?;
    let venv = venv_dir(&cache);
    let python = venv.join("bin").join("python");
    if marker(&venv).is_file() && python.is_file() {
        return Ok(python);
    }
    let system = which_python()?;
    eprintln!(
        "{}",
        tr.t("lab-venv-creating", &[("path", venv.display().to_string()), ("version", SYNAPSE_VERSION.to_owned())])
    );
    let started = std::time::Instant::now();
    std::fs::create_dir_all(&cache)
        .map_err(|e| err("lab-error-write", &[("path", cache.display().to_string()), ("error", e.to_string())]))?;
    let out = Command::new(&system)
        .args(["-m", "venv"])
        .arg(&venv)
        .output()
        .map_err(|e| err("lab-error-venv", &[("error", e.to_string())]))?;
    if !out.status.success() {
        return Err(err("lab-error-venv", &[("error", tail(&String::from_utf8_lossy(&out.stderr), 5))]));
    }
    let mut child = Command::new(&python)
        .args(["-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "off"])
        .arg(format!("matrix-synapse=={SYNAPSE_VERSION}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| err("lab-error-pip", &[("error", e.to_string()), ("version", SYNAPSE_VERSION.to_owned())]))?;
    // Progress: one line per package pip fetches.
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(pkg) = line.strip_prefix("Collecting ") {
                eprintln!("{}", tr.t("lab-venv-package", &[("package", pkg.trim().to_owned())]));
            }
        }
    }
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
    }
    let status = child
        .wait()
        .map_err(|e| err("lab-error-pip", &[("error", e.to_string()), ("version", SYNAPSE_VERSION.to_owned())]))?;
    if !status.success() {
        return Err(err("lab-error-pip", &[("error", tail(&stderr, 8)), ("version", SYNAPSE_VERSION.to_owned())]));
    }
    std::fs::write(marker(&venv), SYNAPSE_VERSION)
        .map_err(|e| err("lab-error-write", &[("path", venv.display().to_string()), ("error", e.to_string())]))?;
    eprintln!("{}", tr.t("lab-venv-ready", &[("seconds", started.elapsed().as_secs().to_string())]));
    Ok(python)
}

/// `python3` on PATH (checked by running it).
fn which_python() -> Result<PathBuf, LabError> {
    let candidate = PathBuf::from("python3");
    match Command::new(&candidate).arg("--version").output() {
        Ok(o) if o.status.success() => Ok(candidate),
        _ => Err(err("lab-error-no-python", &[])),
    }
}

/// The last `n` lines of a text.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_keeps_the_last_lines() {
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }

    #[test]
    fn the_marker_names_the_pinned_version() {
        let m = marker(Path::new("/c/synapse-venv"));
        assert!(m.display().to_string().ends_with(&format!("matrix-synapse-{SYNAPSE_VERSION}")));
    }
}
