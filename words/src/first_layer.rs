//! The first layer a learner reads (the terminal debrief of every bundled scenario, in every
//! language) carries no event id, Matrix user id, Synapse table name or Matrix event type; and
//! `run first-connection` with the default choices fits in 40 lines; no other language's debrief
//! falls back to English.

use crate::i18n::LOCALES;
use crate::i18n::Tr;
use crate::leak::LeakCheck;
use crate::terminal::{WIDTH, debrief_text};
use glasshouse_sim::bundled::{self, BUNDLED};
use glasshouse_sim::{Scenario, counterfactual, debrief, report};
use std::sync::OnceLock;

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
    let check = LeakCheck::new();
    assert!(check.tables() > 15, "the scan of tables.rs found only {}", check.tables());
    assert!(check.leak("read up to $2NqHQmVCT9C…").is_some());
    assert!(check.leak("@riverside_rosa:bigchat.example wrote").is_some());
    assert!(check.leak("a m.annotation to it").is_some());
    assert!(check.leak("see user_ips on the server").is_some());
    assert!(check.leak("Rosa wrote to rosa.river@mail.example at 10 p.m. for $20").is_none());
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
    let check = LeakCheck::new();
    for (lang, _) in LOCALES {
        let tr = tr(lang);
        for (name, r, d) in runs() {
            let out = debrief_text(&tr, r, d);
            for line in out.lines() {
                assert!(check.leak(line).is_none(), "{name} ({lang}): {:?} in {line:?}", check.leak(line));
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
