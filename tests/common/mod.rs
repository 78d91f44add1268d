//! Helpers shared by the end-to-end tests that drive the built `glasshouse` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the binary in English from the package root, without the user's scenario folders,
/// with extra environment variables.
pub fn glasshouse(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_glasshouse"));
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("GLASSHOUSE_SCENARIOS").arg("--lang").arg("en").args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"))
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh empty folder under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

/// A path as an argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_else(|| panic!("non-UTF-8 path"))
}
