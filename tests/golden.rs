//! The binary's golden test: for every bundled scenario, `run --format json`, `explain --outcomes
//! --format json` and `run --dump DIR` print exactly what `sim/tests/golden/<scenario>/` holds
//! (the core's golden test writes and checks the same files).

mod common;
#[path = "common/golden.rs"]
mod pins;

use common::{glasshouse, s, scratch, text};
use serde_json::{Map, Value};
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sim/tests/golden");

/// Runs the binary and returns its standard output, failing with its standard error.
fn stdout(args: &[&str]) -> String {
    let out = glasshouse(args, &[]);
    assert!(out.status.success(), "glasshouse {args:?} failed: {}", text(&out.stderr));
    text(&out.stdout)
}

/// `--dump DIR` read back: server folder → table → rows.
fn read_dump(dir: &Path) -> Value {
    let mut servers = Map::new();
    let mut folders: Vec<_> = std::fs::read_dir(dir).expect("dump folder").flatten().collect();
    folders.sort_by_key(std::fs::DirEntry::file_name);
    for folder in folders {
        let mut tables = Map::new();
        for file in std::fs::read_dir(folder.path()).expect("server folder").flatten() {
            let name = file.file_name().to_string_lossy().trim_end_matches(".json").to_owned();
            let json = std::fs::read_to_string(file.path()).expect("table file");
            tables.insert(name, serde_json::from_str(&json).expect("table JSON"));
        }
        servers.insert(folder.file_name().to_string_lossy().into_owned(), Value::Object(tables));
    }
    Value::Object(servers)
}

#[test]
fn every_bundled_scenario_prints_what_its_golden_files_hold() {
    for name in glasshouse_sim::bundled::names() {
        let dir = Path::new(DIR).join(name);
        let expected = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        let dump_a = scratch(&format!("golden-{name}-a"));
        let dump_b = scratch(&format!("golden-{name}-b"));
        let run = stdout(&["run", name, "--format", "json", "--dump", s(&dump_a)]);
        assert!(run == expected("run.json"), "`run {name} --format json` differs from {}/run.json", dir.display());
        let outcomes = stdout(&["explain", name, "--outcomes", "--format", "json"]);
        assert!(
            outcomes == expected("outcomes.json"),
            "`explain {name} --outcomes --format json` differs from {}/outcomes.json",
            dir.display()
        );
        stdout(&["run", name, "--format", "json", "--no-counterfactuals", "--dump", s(&dump_b)]);
        let dump = pins::pretty(&pins::normalise(&read_dump(&dump_a), &read_dump(&dump_b)));
        pins::assert_golden(&dir, "dump.json", &dump);
    }
}

/// `run first-connection` prints the debrief in a screenful (40 lines), about you first and in
/// groups; `--full` still prints every finding; the JSON keeps its fields and gains `debrief`.
#[test]
fn run_prints_the_debrief_in_a_screenful_and_full_prints_every_finding() {
    let out = stdout(&["run", "first-connection"]);
    assert!(out.lines().count() <= 40, "{} lines:\n{out}", out.lines().count());
    assert!(out.contains("About you") && out.contains("Where you are"), "{out}");
    assert!(!out.contains("@riverside_rosa:bigchat.example"), "{out}");
    let json: Value = serde_json::from_str(&stdout(&["run", "first-connection", "--format", "json"])).expect("JSON");
    for field in
        ["scenario", "seed", "choices", "learner_accounts", "adversaries", "findings", "objectives", "exposure"]
    {
        assert!(json.get(field).is_some(), "the JSON lost `{field}`");
    }
    assert!(json["debrief"]["you"]["groups"].as_array().is_some_and(|g| !g.is_empty()), "no debrief in the JSON");
    let full = stdout(&["run", "first-connection", "--full", "--no-counterfactuals"]);
    let findings = json["findings"].as_array().map_or(0, Vec::len);
    assert!(findings > 20);
    for i in 1..=findings {
        assert!(full.contains(&format!("[{i}]")), "--full lacks finding {i}:\n{full}");
    }
    // Spanish: glasshouse-words' first_layer tests (the test binary always passes `--lang en`).
}

/// `--full` labels a member's own view (`dana-view`: what Dana's app shows) as not an adversary,
/// as the book's tables do, and leaves a real adversary's rows unlabelled.
#[test]
fn full_table_labels_a_members_own_view() {
    let full = stdout(&["run", "high-trust-room", "--full", "--no-counterfactuals"]);
    // Table rows start with the finding's number; evidence lines with `[n]`.
    let numbered = |l: &&str| l.split_whitespace().next().is_some_and(|n| n.parse::<usize>().is_ok());
    let rows =
        |who: &str| full.lines().filter(numbered).filter(|l| l.contains(who)).map(str::to_owned).collect::<Vec<_>>();
    let own = rows("dana-view");
    assert!(!own.is_empty(), "no dana-view row:\n{full}");
    assert!(own.iter().all(|l| l.contains("not an adversary")), "{own:?}");
    let admin = rows("shady-admin");
    assert!(!admin.is_empty() && admin.iter().all(|l| !l.contains("not an adversary")), "{admin:?}");
}
