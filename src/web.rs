//! `glasshouse book build --web`: builds the book's web player (the `glasshouse-player` crate,
//! wasm32, size-optimised, `wasm-bindgen --target web`) and puts it with its HTML, CSS and
//! JavaScript (`player/www/`) in the built book under `play/`, which every scenario card's "Play in
//! your browser" opens. The Bevy window's WebAssembly build is no longer part of it (see
//! ARCHITECTURE.md, "The browser player").

use std::path::{Path, PathBuf};
use std::process::Command;

/// The player's page, style and module, embedded so the book build always ships the ones this
/// binary was built with.
const FILES: &[(&str, &str)] = &[
    ("index.html", include_str!("../player/www/index.html")),
    ("player.css", include_str!("../player/www/player.css")),
    ("player.js", include_str!("../player/www/player.js")),
    ("views.js", include_str!("../player/www/views.js")),
    ("core-worker.js", include_str!("../player/www/core-worker.js")),
];

/// The page as served: its style and module inline, the English screens before the run inside it
/// (a JSON data block, which runs nothing), and a Content-Security-Policy that allows exactly
/// those two inline pieces by hash and otherwise only the page's own folder. The first screen
/// then needs a single request; the core's glue and `.wasm` load after it.
fn page(index: &str) -> String {
    let css = FILES.iter().find(|(n, _)| *n == "player.css").map_or("", |(_, t)| *t);
    let js = FILES.iter().find(|(n, _)| *n == "player.js").map_or("", |(_, t)| *t);
    let json = glasshouse_player::data_json("en").replace("</", "<\\/");
    let policy = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-{}'; style-src 'self' 'sha256-{}'; img-src 'self' data:; connect-src 'self'",
        sha256_base64(js),
        sha256_base64(css)
    );
    index
        .replace(
            "<script type=\"application/json\" id=\"gh-data\"></script>",
            &format!("<script type=\"application/json\" id=\"gh-data\">{json}</script>"),
        )
        .replace("<link rel=\"stylesheet\" href=\"player.css\">", &format!("<style>{css}</style>"))
        .replace("<script type=\"module\" src=\"player.js\"></script>", &format!("<script type=\"module\">{js}</script>"))
        .replace(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'",
            &policy,
        )
}

/// SHA-256 of `text`, in base64 (a CSP hash source).
fn sha256_base64(text: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(text.as_bytes());
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in digest.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

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

/// Builds the web player into `book_out/play`; `scenario_dirs` are embedded beside the bundled
/// scenarios. Returns the size of the .wasm in bytes.
pub fn build(book_out: &Path, scenario_dirs: &[PathBuf]) -> Result<u64, String> {
    let root = workspace();
    if !root.join("player/Cargo.toml").is_file() {
        return Err(format!(
            "the web build needs the source tree it was built from ({} has no player/Cargo.toml): run it from a clone of Glasshouse",
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
        .args(["build", "--profile", "wasm-release", "--target", "wasm32-unknown-unknown", "-p", "glasshouse-player"])
        .env("GLASSHOUSE_WEB_SCENARIOS", dirs)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(
            "the wasm32 build failed (see above); it needs the target: rustup target add wasm32-unknown-unknown".into(),
        );
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let wasm = target.join("wasm32-unknown-unknown/wasm-release/glasshouse_player.wasm");
    let play = book_out.join("play");
    std::fs::create_dir_all(&play).map_err(|e| format!("cannot create {}: {e}", play.display()))?;
    let status = Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--remove-name-section", "--remove-producers-section"])
        .args(["--out-name", "glasshouse_player", "--out-dir"])
        .arg(&play)
        .arg(&wasm)
        .status()
        .map_err(|e| format!("cannot run wasm-bindgen: {e}"))?;
    if !status.success() {
        return Err(format!("wasm-bindgen failed on {}", wasm.display()));
    }
    // The style and the first module are inside the page (see `page`); the notebook and debrief
    // screens' module loads with the core.
    std::fs::write(play.join("index.html"), page(FILES[0].1))
        .map_err(|e| format!("cannot write play/index.html: {e}"))?;
    std::fs::write(play.join("views.js"), FILES[3].1).map_err(|e| format!("cannot write play/views.js: {e}"))?;
    // The core's worker: a run leaves the page's thread free (player.js falls back without it).
    std::fs::write(play.join("core-worker.js"), FILES[4].1)
        .map_err(|e| format!("cannot write play/core-worker.js: {e}"))?;
    let data = play.join("data");
    std::fs::create_dir_all(&data).map_err(|e| format!("cannot create {}: {e}", data.display()))?;
    for (lang, _) in glasshouse_player::words::PLAYER_LOCALES {
        std::fs::write(data.join(format!("{lang}.json")), glasshouse_player::data_json(lang))
            .map_err(|e| format!("cannot write play/data/{lang}.json: {e}"))?;
    }
    std::fs::metadata(play.join("glasshouse_player_bg.wasm"))
        .map(|m| m.len())
        .map_err(|e| format!("no .wasm produced: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_player_page_loads_only_files_of_its_own_folder() {
        let (_, html) = FILES[0];
        for needle in ["src=\"player.js\"", "href=\"player.css\"", "lang=\"en\"", "aria-live"] {
            assert!(html.contains(needle), "index.html lacks {needle}");
        }
        for (name, text) in FILES {
            // The SVG namespace is a name, not a request.
            let text = text.replace("http://www.w3.org/2000/svg", "");
            assert!(!text.contains("http://") && !text.contains("https://"), "{name} names an outside address");
        }
    }

    #[test]
    fn the_page_carries_its_style_module_and_english_screens_allowed_by_hash() {
        let page = page(FILES[0].1);
        let start = page.find("id=\"gh-data\">").unwrap_or_else(|| panic!("no data block"));
        let data = &page[start..];
        assert!(data.contains("\"briefings\"") && data.contains("first-connection"));
        let end = data.find("</script>").unwrap_or_default();
        assert!(!data[..end].contains("</"), "the data would end the block early");
        assert!(!page.contains("src=\"player.js\"") && !page.contains("href=\"player.css\""), "not inlined");
        assert!(page.contains("<style>") && page.contains("<script type=\"module\">"));
        let js = FILES[2].1;
        assert!(page.contains(&format!("'sha256-{}'", sha256_base64(js))), "no hash for the module");
    }

    #[test]
    fn sha256_in_base64_as_csp_wants_it() {
        // echo -n abc | openssl dgst -sha256 -binary | base64
        assert_eq!(sha256_base64("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    #[test]
    fn the_lock_file_pins_wasm_bindgen() {
        let v = wasm_bindgen_version(&workspace()).unwrap_or_default();
        assert!(v.starts_with("0.2."), "{v}");
    }
}
