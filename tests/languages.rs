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
