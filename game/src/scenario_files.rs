//! The scenario files of a folder. Free of dependencies, so `web/build.rs` compiles it too.

use std::path::{Path, PathBuf};

/// The `*.toml` files of a folder, sorted.
pub fn toml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "toml"))
        .collect();
    found.sort();
    Ok(found)
}
