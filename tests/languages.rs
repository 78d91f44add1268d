//! End-to-end: `glasshouse run` speaks Persian with `--lang fa` and with `LANG=fa_IR.UTF-8`, in
//! plain logical-order text (no bidi control characters for the terminal).

use std::process::Command;

fn run(flag: Option<&str>, lang_env: &str) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glasshouse"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("GLASSHOUSE_SCENARIOS")
        .env_remove("GLASSHOUSE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang_env);
    if let Some(lang) = flag {
        cmd.args(["--lang", lang]);
    }
    let out = cmd.args(["run", "first-connection"]).output().unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("not UTF-8: {e}"))
}

#[test]
fn run_speaks_persian_from_the_flag_and_from_the_locale() {
    for out in [run(Some("fa"), "C.UTF-8"), run(None, "fa_IR.UTF-8")] {
        assert!(out.contains("آنچه فهمیدند"), "{out}");
        assert!(!out.contains("What they learned"), "{out}");
        assert!(!out.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')), "{out}");
    }
    // English stays the default.
    assert!(run(None, "C.UTF-8").contains("What they learned"));
}

/// Every message of the window's catalogue is used by the window: a key left behind after a
/// screen changed would still be translated five times and checked for nothing.
#[test]
fn every_window_message_is_used() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    let mut dirs = vec![root.join("game/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let ftl = std::fs::read_to_string(root.join("assets/locales/en/window.ftl")).expect("window.ftl");
    // Keys built from a prefix and a value (`ui-platform-{platform}`) count as used by the prefix.
    let dynamic = ["ui-platform-"];
    let unused: Vec<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim()))
        .filter(|k| k.starts_with("ui-") && !k.contains(' '))
        .filter(|k| !code.contains(&format!("\"{k}\"")) && !dynamic.iter().any(|p| k.starts_with(p)))
        .collect();
    assert!(unused.is_empty(), "window.ftl keys no window code uses: {unused:?}");
}
