//! `glasshouse book build --web`: builds the simulator for the browser (the `glasshouse-web`
//! crate, wasm32, size-optimised), runs wasm-bindgen, and puts it in the built book under
//! `play/`, where every scenario card's "Play in your browser" loads it on click.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The page the book's iframes load: a full-size canvas and the module that starts the simulator.
const INDEX: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Glasshouse</title>
<style>
  html, body { margin: 0; height: 100%; background: #f7f7f4; font-family: sans-serif; }
  #glasshouse { display: block; width: 100%; height: 100%; outline: none; }
  #loading { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: #333; }
  html[data-glasshouse-ready] #loading { display: none; }
</style>
</head>
<body>
<div id="loading">Loading the simulator…</div>
<canvas id="glasshouse" tabindex="0"></canvas>
<script type="module">
  import init from './glasshouse.js';
  init().catch((e) => {
    // Bevy ends its start-up by throwing to leave the browser's event loop running.
    if (!String(e).includes('Using exceptions for control flow')) {
      document.getElementById('loading').textContent = 'The simulator could not start: ' + e;
      console.error(e);
    }
  });
</script>
</body>
</html>
"#;

/// The workspace the binary was built from (the web crate lives there).
fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The wasm-bindgen version the lock file pins (the CLI must match it exactly).
pub fn wasm_bindgen_version(root: &Path) -> Option<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"wasm-bindgen\"" {
            return lines.next()?.strip_prefix("version = \"")?.strip_suffix('"').map(str::to_owned);
        }
    }
    None
}

/// Builds the browser simulator into `book_out/play`; `scenario_dirs` are embedded beside the
/// bundled scenarios. Returns the size of the .wasm in bytes.
pub fn build(book_out: &Path, scenario_dirs: &[PathBuf]) -> Result<u64, String> {
    let root = workspace();
    if !root.join("web/Cargo.toml").is_file() {
        return Err(format!(
            "the web build needs the source tree it was built from ({} has no web/Cargo.toml): run it from a clone of Glasshouse",
            root.display()
        ));
    }
    let version = wasm_bindgen_version(&root).unwrap_or_else(|| "?".into());
    let bindgen_ok = Command::new("wasm-bindgen")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains(&version));
    if !bindgen_ok {
        return Err(format!(
            "wasm-bindgen {version} is missing (it must match Cargo.lock): cargo install wasm-bindgen-cli --version {version}"
        ));
    }
    let dirs = std::env::join_paths(scenario_dirs.iter().map(|d| std::fs::canonicalize(d).unwrap_or(d.clone())))
        .map_err(|e| format!("a scenario folder's name cannot be passed on: {e}"))?;
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(&root)
        .args(["build", "--profile", "wasm-release", "--target", "wasm32-unknown-unknown", "-p", "glasshouse-web"])
        .env("GLASSHOUSE_WEB_SCENARIOS", dirs)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(
            "the wasm32 build failed (see above); it needs the target: rustup target add wasm32-unknown-unknown".into(),
        );
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let wasm = target.join("wasm32-unknown-unknown/wasm-release/glasshouse-web.wasm");
    let play = book_out.join("play");
    std::fs::create_dir_all(&play).map_err(|e| format!("cannot create {}: {e}", play.display()))?;
    let status = Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--remove-name-section", "--remove-producers-section"])
        .args(["--out-name", "glasshouse", "--out-dir"])
        .arg(&play)
        .arg(&wasm)
        .status()
        .map_err(|e| format!("cannot run wasm-bindgen: {e}"))?;
    if !status.success() {
        return Err(format!("wasm-bindgen failed on {}", wasm.display()));
    }
    std::fs::write(play.join("index.html"), INDEX).map_err(|e| format!("cannot write play/index.html: {e}"))?;
    std::fs::metadata(play.join("glasshouse_bg.wasm")).map(|m| m.len()).map_err(|e| format!("no .wasm produced: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_file_pins_wasm_bindgen() {
        let v = wasm_bindgen_version(&workspace()).unwrap_or_default();
        assert!(v.starts_with("0.2."), "{v}");
    }
}
