//! Embeds the trainers' scenario folders named in GLASSHOUSE_WEB_SCENARIOS (PATH-style list):
//! every NAME.toml with its NAME.<lang>.ftl prose files, as `EXTRA` in `$OUT_DIR/extra.rs`
//! (`glasshouse book build --web --scenarios DIR` sets it).

use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "../game/src/scenario_files.rs"]
mod scenario_files;

fn main() {
    println!("cargo:rerun-if-env-changed=GLASSHOUSE_WEB_SCENARIOS");
    let mut out = String::from("/// (name, TOML, [(language, Fluent)]) of each embedded trainer's scenario.\n");
    out.push_str("pub const EXTRA: &[(&str, &str, &[(&str, &str)])] = &[\n");
    if let Some(dirs) = std::env::var_os("GLASSHOUSE_WEB_SCENARIOS") {
        for dir in std::env::split_paths(&dirs).filter(|d| !d.as_os_str().is_empty()) {
            println!("cargo:rerun-if-changed={}", dir.display());
            let Ok(files) = scenario_files::toml_files(&dir) else { continue };
            for toml in files {
                let Some(name) = toml.file_stem().map(|s| s.to_string_lossy().into_owned()) else { continue };
                println!("cargo:rerun-if-changed={}", toml.display());
                let _ = write!(out, "    ({name:?}, include_str!({:?}), &[", toml.display().to_string());
                // Every language's prose beside it (`NAME.<lang>.ftl`): no list of languages here.
                for (lang, ftl) in prose_beside(&toml, &name) {
                    println!("cargo:rerun-if-changed={}", ftl.display());
                    let _ = write!(out, "({lang:?}, include_str!({:?})), ", ftl.display().to_string());
                }
                out.push_str("]),\n");
            }
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("extra.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

/// The `NAME.<lang>.ftl` files beside `toml`, sorted by language.
fn prose_beside(toml: &std::path::Path, name: &str) -> Vec<(String, PathBuf)> {
    let dir = toml.parent().map_or_else(PathBuf::new, std::path::Path::to_path_buf);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut out: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let file = p.file_name()?.to_str()?;
            let lang = file.strip_prefix(name)?.strip_prefix('.')?.strip_suffix(".ftl")?;
            (!lang.is_empty() && lang.chars().all(|c| c.is_ascii_lowercase())).then(|| (lang.to_owned(), p.clone()))
        })
        .collect();
    out.sort();
    out
}
