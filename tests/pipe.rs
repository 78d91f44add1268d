//! End-to-end test of the command's output into a pipe whose reader stops early
//! (`glasshouse list | head -1`): the command ends quietly, as other command-line tools do.

use std::process::{Command, Stdio};

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    for args in [&["list"][..], &["run", "forty-members"][..], &["explain", "first-connection"][..]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_glasshouse"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("GLASSHOUSE_SCENARIOS")
            .args(["--lang", "en"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"));
        // The reader goes before the command has written anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("glasshouse {args:?}: {e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "glasshouse {args:?} panicked on the closed pipe:\n{err}");
        assert_eq!(out.status.code(), Some(0), "glasshouse {args:?}:\n{err}");
    }
}
