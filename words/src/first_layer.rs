//! The first layer a learner reads (the terminal debrief of every bundled scenario, in every
//! language) carries no event id, Matrix user id, Synapse table name or Matrix event type; and
//! `run first-connection` with the default choices fits in 40 lines; no other language's debrief
//! falls back to English.

use crate::i18n::LOCALES;
use crate::i18n::Tr;
use crate::terminal::{WIDTH, debrief_text};
use glasshouse_sim::bundled::{self, BUNDLED};
use glasshouse_sim::{Scenario, counterfactual, debrief, report};
use std::sync::OnceLock;

/// The table names a server keeps (`Tables`' fields in sim/src/server/tables.rs), plus the ones
/// derived or dumped beside them and the client-side ones evidence names; only the technical ones
/// (with `_` or `/`): `users`, `devices`, `profiles` and `pushers` are also plain words.
fn table_names() -> Vec<String> {
    let src = include_str!("../../sim/src/server/tables.rs");
    let start = src.find("pub struct Tables").unwrap_or_else(|| panic!("no Tables in tables.rs"));
    let body = &src[start..src[start..].find("\n}").map_or(src.len(), |e| start + e)];
    let mut names: Vec<String> = body
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub ")?.split_once(": Table<").map(|(n, _)| n.to_owned()))
        .collect();
    assert!(names.len() > 15, "the scan of tables.rs found only {names:?}");
    names.extend(["user_ips", "server_keys", "keys/query"].map(str::to_owned));
    names.retain(|n| n.contains('_') || n.contains('/'));
    names
}

/// What must not appear: the reason, if `text` has any of it.
fn leak(text: &str, tables: &[String]) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let id_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    for (i, &c) in chars.iter().enumerate() {
        let before = if i == 0 { ' ' } else { chars[i - 1] };
        let rest: String = chars[i + 1..].iter().take(64).collect();
        match c {
            '$' if rest.chars().take(6).filter(|&c| id_char(c)).count() == 6 => {
                return Some(format!("event id ${rest}"));
            }
            '@' if !id_char(before) => {
                let local: String = rest.chars().take_while(|&c| id_char(c) || c == '.' || c == '=').collect();
                if !local.is_empty() && rest[local.len()..].starts_with(':') {
                    return Some(format!("Matrix id @{rest}"));
                }
            }
            'm' if !id_char(before)
                && before != '.'
                && rest.starts_with('.')
                && rest[1..].starts_with(|c: char| c.is_ascii_lowercase()) =>
            {
                return Some(format!("event type m{rest}"));
            }
            _ => {}
        }
    }
    let words: Vec<&str> = text.split(|c: char| !(id_char(c) || c == '/')).collect();
    tables.iter().find(|t| words.contains(&t.as_str())).map(|t| format!("table name {t}"))
}

fn tr(lang: &str) -> Tr {
    Tr::new(lang, &|l| {
        bundled::PROSE
            .iter()
            .flat_map(|(_, files)| files.iter())
            .filter(|(pl, _)| *pl == l)
            .map(|(_, t)| (*t).to_owned())
            .collect()
    })
}

#[test]
fn the_leak_check_sees_what_it_must() {
    let tables = table_names();
    assert!(leak("read up to $2NqHQmVCT9C…", &tables).is_some());
    assert!(leak("@riverside_rosa:bigchat.example wrote", &tables).is_some());
    assert!(leak("a m.annotation to it", &tables).is_some());
    assert!(leak("see user_ips on the server", &tables).is_some());
    assert!(leak("Rosa wrote to rosa.river@mail.example at 10 p.m. for $20", &tables).is_none());
}

/// Every bundled scenario run once with its default choices: (name, report, debrief).
fn runs() -> &'static [(&'static str, report::Report, debrief::Debrief)] {
    static RUNS: OnceLock<Vec<(&'static str, report::Report, debrief::Debrief)>> = OnceLock::new();
    RUNS.get_or_init(|| {
        BUNDLED
            .iter()
            .map(|(name, text)| {
                let s = Scenario::parse(text).unwrap_or_else(|d| panic!("{name}: {d:?}"));
                let sel = s.defaults();
                let (world, mut r) = report::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}"));
                // Counterfactuals re-run the scenario; the largest runs are checked without them.
                if r.findings.len() < 120 {
                    r.counterfactuals = counterfactual::counterfactuals(&s, &sel, s.seed, &r);
                }
                let d = debrief::build(world.setup(), &r);
                (*name, r, d)
            })
            .collect()
    })
}

#[test]
fn the_first_layer_of_every_bundled_scenario_names_no_ids_tables_or_event_types() {
    let tables = table_names();
    for (lang, _) in LOCALES {
        let tr = tr(lang);
        for (name, r, d) in runs() {
            let out = debrief_text(&tr, r, d);
            for line in out.lines() {
                assert!(leak(line, &tables).is_none(), "{name} ({lang}): {:?} in {line:?}", leak(line, &tables));
                assert!(line.chars().count() <= WIDTH, "{name} ({lang}): a line over {WIDTH} columns: {line}");
                assert!(!line.contains("debrief-"), "{name} ({lang}): a missing message: {line}");
            }
        }
    }
}

/// No sentence of any bundled scenario's debrief (terminal and book HTML) falls back to English
/// in another language: `Tr` records every message it did not find in the chosen language.
#[test]
fn no_english_leaks_into_another_language_s_debrief() {
    for (lang, _) in &LOCALES[1..] {
        let tr = tr(lang);
        for (name, r, d) in runs() {
            let _ = debrief_text(&tr, r, d);
            let _ = crate::html::debrief_html(&tr, name, d, "");
            let leaked = tr.fallbacks();
            assert!(leaked.is_empty(), "{name} ({lang}): English or no text for {leaked:?}");
        }
    }
}

#[test]
fn first_connection_with_the_default_choices_fits_in_forty_lines() {
    let text = bundled::get("first-connection").unwrap_or_else(|| panic!("no first-connection"));
    let s = Scenario::parse(text).unwrap_or_else(|d| panic!("{d:?}"));
    let sel = s.defaults();
    let (world, mut r) = report::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
    r.counterfactuals = counterfactual::counterfactuals(&s, &sel, s.seed, &r);
    let d = debrief::build(world.setup(), &r);
    // The screenful is English's (and Spanish's) 40 lines. Translations run longer and
    // wrap more (Arabic and Russian by a few lines): they get a 50-line terminal's screenful.
    for (lang, _) in LOCALES {
        let out = debrief_text(&tr(lang), &r, &d);
        let most = if matches!(*lang, "en" | "es") { 40 } else { 50 };
        assert!(out.lines().count() <= most, "{lang}: {} lines (at most {most}):\n{out}", out.lines().count());
    }
}
