//! Malformed-scenario corpus (expected diagnostic codes and lines) and no-panic fuzzing of the loader.

use glasshouse_sim::bundled::BUNDLED;
use glasshouse_sim::scenario::{DiagCode, Diagnostic, Scenario};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Fewest files the corpus must hold.
const MIN_FILES: usize = 20;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/bad")
}

/// Every `.toml` file of the corpus with its text, sorted by name.
fn corpus() -> Vec<(String, String)> {
    let dir = corpus_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut out: Vec<(String, String)> = entries
        .map(|e| e.unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display())).path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            (name, text)
        })
        .collect();
    out.sort();
    out
}

/// The `(code, line)` pairs of the `# expect: <code> <line> [<file>]` lines of the file's leading
/// comment block; a diagnostic in a companion file (`en.ftl` for `NAME.en.ftl`) is written
/// `code@file`.
fn expected(name: &str, text: &str) -> BTreeSet<(String, usize)> {
    let mut out = BTreeSet::new();
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let Some(rest) = line.strip_prefix("# expect:") else { continue };
        let parts: Vec<&str> = rest.split_whitespace().collect();
        let (code, n, file) = match parts.as_slice() {
            [code, n] => (code, n, None),
            [code, n, file] => (code, n, Some(file)),
            _ => panic!("{name}: malformed header {line:?}, want `# expect: <code> <line> [<file>]`"),
        };
        let n: usize = n.parse().unwrap_or_else(|_| panic!("{name}: bad line number in {line:?}"));
        let code = match file {
            Some(f) => format!("{code}@{f}"),
            None => (*code).to_owned(),
        };
        out.insert((code, n));
    }
    assert!(!out.is_empty(), "{name}: no `# expect: <code> <line>` header on the first lines");
    out
}

fn got(text: &str, companions: &BTreeMap<String, String>, diags: &[Diagnostic]) -> BTreeSet<(String, usize)> {
    diags
        .iter()
        .map(|d| match &d.file {
            Some(f) => {
                let other = companions.get(f).map_or("", String::as_str);
                (format!("{}@{f}", d.code.as_str()), d.line_col(other).0)
            }
            None => (d.code.as_str(), d.line_col(text).0),
        })
        .collect()
}

/// The prose files beside a corpus file: `NAME.<lang>.ftl`, keyed `<lang>.ftl`.
fn companions(name: &str) -> BTreeMap<String, String> {
    let stem = name.trim_end_matches(".toml");
    let mut out = BTreeMap::new();
    for lang in ["en", "es"] {
        let path = corpus_dir().join(format!("{stem}.{lang}.ftl"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            out.insert(format!("{lang}.ftl"), text);
        }
    }
    out
}

/// Checks a file and its prose companions.
fn check_with_prose(text: &str, companions: &BTreeMap<String, String>) -> Vec<Diagnostic> {
    match Scenario::check(text) {
        Ok(s) => companions.iter().flat_map(|(file, prose)| s.check_prose(file, prose)).collect(),
        Err(d) => d,
    }
}

fn show(set: &BTreeSet<(String, usize)>) -> String {
    set.iter().map(|(c, l)| format!("\n    {c} {l}")).collect()
}

/// Checks every span lies inside `text` and that `line_col` accepts it.
fn assert_spans_in_bounds(what: &str, text: &str, diags: &[Diagnostic]) {
    for d in diags {
        assert!(
            d.span.start <= d.span.end && d.span.end <= text.len(),
            "{what}: span {:?} of {} out of bounds (file is {} bytes)",
            d.span,
            d.code.as_str(),
            text.len()
        );
        let (line, col) = d.line_col(text);
        assert!(line >= 1 && col >= 1, "{what}: line_col gave {line}:{col}");
    }
}

#[test]
fn every_bad_file_reports_exactly_its_expected_diagnostics() {
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        let want = expected(&name, &text);
        let companions = companions(&name);
        let diags = check_with_prose(&text, &companions);
        if diags.is_empty() {
            failures.push(format!("{name}: parsed without diagnostics; expected:{}", show(&want)));
            continue;
        }
        let got = got(&text, &companions, &diags);
        if got != want {
            let details: String = diags
                .iter()
                .map(|d| {
                    let (l, c) = d.line_col(&text);
                    format!("\n    {} {l}:{c} {:?}", d.code.as_str(), d.args)
                })
                .collect();
            failures.push(format!(
                "{name}:\n  expected:{}\n  got:{}\n  missing:{}\n  unexpected:{}\n  diagnostics:{details}",
                show(&want),
                show(&got),
                show(&want.difference(&got).cloned().collect()),
                show(&got.difference(&want).cloned().collect()),
            ));
        }
    }
    assert!(failures.is_empty(), "{} corpus file(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn corpus_is_large_enough() {
    let n = corpus().len();
    assert!(n >= MIN_FILES, "only {n} files in {}, want at least {MIN_FILES}", corpus_dir().display());
}

#[test]
fn corpus_covers_every_diagnostic_code() {
    let mut covered = BTreeSet::new();
    for (name, text) in corpus() {
        covered.extend(expected(&name, &text).into_iter().map(|(c, _)| c.split('@').next().unwrap_or("").to_owned()));
    }
    let missing: Vec<String> =
        DiagCode::ALL.into_iter().map(DiagCode::as_str).filter(|c| !covered.contains(c)).collect();
    assert!(missing.is_empty(), "no corpus file expects these codes: {}", missing.join(", "));
}

#[test]
fn some_corpus_files_have_several_mistakes() {
    let several = corpus()
        .iter()
        .filter(|(name, text)| expected(name, text).iter().map(|(c, _)| c).collect::<BTreeSet<_>>().len() >= 2)
        .count();
    assert!(several >= 3, "only {several} corpus files list two or more different codes");
}

#[test]
fn bundled_scenarios_parse_cleanly() {
    for (name, text) in BUNDLED {
        if let Err(diags) = Scenario::check(text) {
            let list: Vec<String> = diags
                .iter()
                .map(|d| {
                    let (l, c) = d.line_col(text);
                    format!("{} {l}:{c} {:?}", d.code.as_str(), d.args)
                })
                .collect();
            panic!("bundled scenario {name} has diagnostics:\n  {}", list.join("\n  "));
        }
    }
}

#[test]
fn corpus_spans_are_in_bounds() {
    for (name, text) in corpus() {
        if let Err(diags) = Scenario::check(&text) {
            assert_spans_in_bounds(&name, &text, &diags);
        }
    }
}

// ---------------------------------------------------------------------------- property tests

/// Parses `text`; on success builds the default setup and runs it, which must not fail.
fn parse_and_run(text: &str) -> Result<(), TestCaseError> {
    match Scenario::check(text) {
        Err(diags) => {
            prop_assert!(!diags.is_empty(), "parse failed without any diagnostic");
            assert_spans_in_bounds("mutated scenario", text, &diags);
        }
        Ok(scenario) => {
            let defaults = scenario.defaults();
            let _setup = scenario.setup(&defaults);
            let result = glasshouse_sim::report::run(&scenario, &defaults, 1);
            prop_assert!(
                result.is_ok(),
                "a validated scenario failed to run: {:?}\n--- scenario ---\n{text}",
                result.err()
            );
        }
    }
    Ok(())
}

/// Byte ranges of value-like tokens: quoted strings, and bare words after `=`, `[` or `,` (which
/// also catches keys of inline tables: swapping those is a useful mutation too).
fn value_tokens(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_comment = false;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => in_comment = false,
            b'#' if !in_comment => in_comment = true,
            b'"' if !in_comment => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += 1;
                }
                out.push(start..(i + 1).min(bytes.len()));
            }
            // A table header's `[` is at the start of a line (or follows another `[`).
            b'[' if i == 0 || matches!(bytes[i - 1], b'\n' | b'[') => {}
            b'=' | b'[' | b',' if !in_comment => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] == b' ' {
                    j += 1;
                }
                let start = j;
                while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'-') {
                    j += 1;
                }
                if j > start {
                    out.push(start..j);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[derive(Clone, Debug)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    /// Replace a value token with the text of another token of the same file.
    SwapToken(usize, usize),
    /// Replace a value token with arbitrary text.
    ReplaceToken(usize, String),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapToken(a, b)),
        (
            any::<usize>(),
            prop_oneof![
                "[a-z0-9_.:{}-]{0,12}".prop_map(|s| format!("\"{s}\"")),
                prop_oneof![Just("true"), Just("false"), Just("0"), Just("-1"), Just("[]"), Just("{}")]
                    .prop_map(str::to_owned),
                "\\PC{0,8}",
            ]
        )
            .prop_map(|(a, s)| Mutation::ReplaceToken(a, s)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let lines: Vec<&str> = text.lines().collect();
    match m {
        Mutation::DeleteLine(i) if !lines.is_empty() => {
            let i = i % lines.len();
            lines.iter().enumerate().filter(|(n, _)| *n != i).map(|(_, l)| format!("{l}\n")).collect()
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            let i = i % lines.len();
            let mut out = String::new();
            for (n, l) in lines.iter().enumerate() {
                out.push_str(l);
                out.push('\n');
                if n == i {
                    out.push_str(l);
                    out.push('\n');
                }
            }
            out
        }
        Mutation::SwapToken(a, b) => {
            let tokens = value_tokens(text);
            if tokens.is_empty() {
                return text.to_owned();
            }
            let target = tokens[a % tokens.len()].clone();
            let source = tokens[b % tokens.len()].clone();
            format!("{}{}{}", &text[..target.start], &text[source], &text[target.end..])
        }
        Mutation::ReplaceToken(a, s) => {
            let tokens = value_tokens(text);
            if tokens.is_empty() {
                return text.to_owned();
            }
            let target = tokens[a % tokens.len()].clone();
            format!("{}{s}{}", &text[..target.start], &text[target.end..])
        }
        Mutation::Truncate(i) => {
            let mut at = i % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text[..at].to_owned()
        }
        _ => text.to_owned(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn parsing_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(diags) = Scenario::check(&text) {
            prop_assert!(!diags.is_empty());
            assert_spans_in_bounds("arbitrary bytes", &text, &diags);
        }
    }

    #[test]
    fn mutated_bundled_scenarios_never_panic(
        which in 0..BUNDLED.len(),
        mutations in proptest::collection::vec(mutation(), 1..4),
    ) {
        let mut text = BUNDLED[which].1.to_owned();
        for m in &mutations {
            text = apply(&text, m);
        }
        parse_and_run(&text)?;
    }

    #[test]
    fn bundled_scenarios_run_under_any_choices_and_seed(
        which in 0..BUNDLED.len(),
        pick in any::<usize>(),
        seed in any::<u64>(),
    ) {
        let (name, text) = BUNDLED[which];
        let scenario = Scenario::check(text).map_err(|d| TestCaseError::fail(format!("{name}: {d:?}")))?;
        let combinations = scenario.combinations();
        let selection = &combinations[pick % combinations.len()];
        let result = glasshouse_sim::report::run(&scenario, selection, seed);
        prop_assert!(result.is_ok(), "{name} with {selection:?}, seed {seed}: {:?}", result.err());
    }
}

#[test]
fn every_single_token_swap_of_a_small_scenario_is_handled() {
    // Deterministic complement to the random mutations: swap each value token of the smallest
    // bundled scenario with its neighbour, so every field sees a value meant for another one.
    let Some((_, text)) = BUNDLED.iter().min_by_key(|(_, t)| t.len()) else { return };
    let n = value_tokens(text).len();
    for i in 0..n {
        let mutated = apply(text, &Mutation::SwapToken(i, i + 1));
        if let Err(e) = parse_and_run(&mutated) {
            panic!("token swap {i}: {e}");
        }
    }
}
