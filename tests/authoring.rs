//! End-to-end tests of the trainer's workflow with the built binary: `new`, `check` on files and
//! folders (one broken file does not stop the rest), prose files, `--scenarios` and
//! `GLASSHOUSE_SCENARIOS`, `schema`, `explain --outcomes`, and counterfactuals in `run`.

mod common;

use common::{glasshouse, s, scratch, text};

#[test]
fn new_writes_a_starter_that_checks_runs_and_is_never_overwritten() {
    let dir = scratch("new");
    let target = dir.join("my-workshop");
    let out = glasshouse(&["new", s(&target)], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(dir.join("my-workshop.toml").is_file() && dir.join("my-workshop.en.ftl").is_file());
    let out = glasshouse(&["check", s(&dir.join("my-workshop.toml"))], &[]);
    assert_eq!(out.status.code(), Some(0), "starter fails check:\n{}{}", text(&out.stdout), text(&out.stderr));
    let out = glasshouse(&["--scenarios", s(&dir), "run", "my-workshop", "--choose", "connection=tor"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("My scenario"), "{}", text(&out.stdout));
    let again = glasshouse(&["new", s(&target)], &[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already exists"));
    let bad = glasshouse(&["new", "Bad Name!"], &[]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn check_reports_every_file_of_a_folder_even_when_one_is_broken() {
    let dir = scratch("folder");
    assert_eq!(glasshouse(&["new", s(&dir.join("good"))], &[]).status.code(), Some(0));
    assert_eq!(glasshouse(&["new", s(&dir.join("broken"))], &[]).status.code(), Some(0));
    let broken = dir.join("broken.toml");
    let t = std::fs::read_to_string(&broken)
        .unwrap_or_default()
        .replace("compromise = \"big.example\"", "compromise = \"nowhere.example\"");
    std::fs::write(&broken, t).unwrap_or_else(|e| panic!("{e}"));
    // A misspelt key in the good one's prose is reported against the .ftl file.
    let ftl = dir.join("good.en.ftl");
    let t = std::fs::read_to_string(&ftl).unwrap_or_default().replace("choice-good-server", "choice-good-sever");
    std::fs::write(&ftl, t).unwrap_or_else(|e| panic!("{e}"));
    let out = glasshouse(&["check", s(&dir)], &[]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("[unknown-server]") && stderr.contains("broken.toml:"), "{stderr}");
    assert!(stderr.contains("[prose-unknown-key]") && stderr.contains("good.en.ftl:"), "{stderr}");
    assert!(stderr.contains("[prose-missing]"), "{stderr}");
    assert!(stdout.contains("Checked 2 file(s): 2 with problems"), "{stdout}");
}

#[test]
fn scenario_folders_come_from_the_flag_and_the_environment() {
    let dir = scratch("library");
    assert_eq!(glasshouse(&["new", s(&dir.join("from-env"))], &[]).status.code(), Some(0));
    let listed = text(&glasshouse(&["list"], &[("GLASSHOUSE_SCENARIOS", &dir)]).stdout);
    assert!(listed.lines().any(|l| l.starts_with("from-env\t")), "{listed}");
    assert!(listed.lines().any(|l| l.starts_with("first-connection\t")), "{listed}");
    let plain = text(&glasshouse(&["list"], &[]).stdout);
    assert!(!plain.contains("from-env"));
    let out = glasshouse(&["run", "from-env"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--scenarios"), "{}", text(&out.stderr));
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = glasshouse(&["schema"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let committed = include_str!("../assets/scenario.schema.json");
    assert!(
        text(&out.stdout) == committed,
        "glasshouse schema differs from assets/scenario.schema.json: run `cargo run -- schema > assets/scenario.schema.json`"
    );
}

#[test]
fn outcomes_show_every_combination_and_which_choices_matter() {
    let out = glasshouse(&["explain", "first-connection", "--outcomes"], &[]);
    let s = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(s.contains("all 24 combinations"), "{s}");
    assert_eq!(s.lines().filter(|l| l.trim_start().starts_with("connection=")).count(), 24, "{s}");
    assert!(s.contains("Choices that change the outcome: connection, email, server, username"), "{s}");
    let json = glasshouse(&["explain", "first-connection", "--outcomes", "--format", "json"], &[]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_default();
    assert_eq!(v["outcomes"].as_array().map(Vec::len), Some(24));
    assert_eq!(v["exhaustive"], true);
}

#[test]
fn run_says_what_would_have_prevented_each_finding() {
    // The debrief names the preventing changes per group, in words; --full keeps the table's form.
    let debrief = text(&glasshouse(&["run", "first-connection"], &[]).stdout);
    assert!(debrief.contains("Would have prevented it: how you reach your server → tor or vpn"), "{debrief}");
    let out = glasshouse(&["run", "first-connection", "--full"], &[]);
    let s = text(&out.stdout);
    assert!(s.contains("prevented by server=collective.example or connection=vpn or connection=tor"), "{s}");
    assert!(s.contains("no choice of yours prevents this"), "{s}");
    let json = glasshouse(&["run", "first-connection", "--format", "json"], &[]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_default();
    let findings = v["findings"].as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(v["counterfactuals"].as_array().map(Vec::len), Some(findings));
    let quick = glasshouse(&["run", "first-connection", "--format", "json", "--no-counterfactuals"], &[]);
    let v: serde_json::Value = serde_json::from_slice(&quick.stdout).unwrap_or_default();
    assert!(v.get("counterfactuals").is_none());
}

#[test]
fn forget_erases_the_data_folder() {
    let dir = scratch("forget-data");
    std::fs::write(dir.join("progress.txt"), "done first-connection\n").unwrap_or_else(|e| panic!("{e}"));
    let out = glasshouse(&["forget"], &[("GLASSHOUSE_DATA", &dir)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!dir.exists());
    // Nothing to erase is fine too.
    assert_eq!(glasshouse(&["forget"], &[("GLASSHOUSE_DATA", &dir)]).status.code(), Some(0));
}
