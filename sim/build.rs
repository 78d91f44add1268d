//! Embeds every bundled scenario's prose in every language it is written in: for each
//! `scenarios/NAME.toml`, every `scenarios/NAME.<lang>.ftl` (English first), as `PROSE` in
//! `$OUT_DIR/prose.rs`. A new language's prose needs no edit here; which languages are shipped is
//! `glasshouse-words`' list, and its tests check every listed language has every scenario's prose.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest.join("../scenarios");
    println!("cargo:rerun-if-changed={}", dir.display());
    let prose = prose_files(&dir);
    let mut out =
        String::from("/// (name, [(language, Fluent text)]) of every bundled scenario's prose, English first.\n");
    out.push_str("pub const PROSE: &[(&str, &[(&str, &str)])] = &[\n");
    for (name, langs) in &prose {
        let _ = write!(out, "    ({name:?}, &[");
        for (lang, path) in langs {
            let _ = write!(out, "({lang:?}, include_str!({:?})), ", path.display().to_string());
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("prose.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}

/// Scenario name → (language, path) of its prose files, English first, then by language code.
fn prose_files(dir: &Path) -> BTreeMap<String, Vec<(String, PathBuf)>> {
    let mut out: BTreeMap<String, Vec<(String, PathBuf)>> = BTreeMap::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else { continue };
        let Some(stem) = file.strip_suffix(".ftl") else { continue };
        let Some((name, lang)) = stem.rsplit_once('.') else { continue };
        let is_lang = !lang.is_empty() && lang.chars().all(|c| c.is_ascii_lowercase());
        if is_lang && dir.join(format!("{name}.toml")).is_file() {
            out.entry(name.to_owned()).or_default().push((lang.to_owned(), path.clone()));
        }
    }
    for langs in out.values_mut() {
        langs.sort_by(|a, b| (a.0 != "en", &a.0).cmp(&(b.0 != "en", &b.0)));
    }
    out
}
