//! The player's API against the core and the terminal: the same debrief (groups, counts, what
//! would have prevented it) for every bundled scenario, the words complete in every locale, and
//! errors as sentences.

use crate::words::PLAYER_LOCALES;
use crate::{briefing_json, run_json, scenarios_json, setup_json, ui_json};
use glasshouse_sim::{Scenario, bundled};
use glasshouse_words::i18n::{Tr, message_ids};
use serde_json::Value;

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Collapses runs of whitespace (the terminal wraps its lines).
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The terminal's debrief of a scenario's default run, as `glasshouse run NAME` prints it.
fn terminal(name: &str, lang: &str) -> String {
    let text = bundled::get(name).unwrap_or_else(|| panic!("{name}"));
    let s = Scenario::parse(text).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let sel = s.defaults();
    let (world, mut report) = glasshouse_sim::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}"));
    report.counterfactuals = glasshouse_sim::counterfactual::counterfactuals(&s, &sel, s.seed, &report);
    let d = glasshouse_sim::debrief::build(world.setup(), &report);
    let tr = Tr::new(lang, &|l| {
        bundled::prose(name).iter().filter(|(pl, _)| *pl == l).map(|(_, t)| (*t).to_owned()).collect()
    });
    glasshouse_words::terminal::debrief_text(&tr, &report, &d)
}

/// Issue 17's "browser" leg: the player's debrief of every bundled scenario has the terminal's
/// groups, in the same order, with the same counts and the same "what would have prevented it".
#[test]
fn the_players_debrief_is_the_terminals_for_every_bundled_scenario() {
    for name in bundled::names() {
        let run = parse(&run_json(name, "en", "{}"));
        assert!(run.get("error").is_none(), "{name}: {run}");
        let term = squash(&terminal(name, "en"));
        let you = &run["debrief"]["you"];
        let groups = you["groups"].as_array().cloned().unwrap_or_default();
        let mut at = 0;
        for g in &groups {
            let heading = squash(g["heading"].as_str().unwrap_or_default());
            let found =
                term[at..].find(&heading).unwrap_or_else(|| panic!("{name}: «{heading}» not in order in\n{term}"));
            at += found + heading.len();
            let sentence = squash(g["sentence"].as_str().unwrap_or_default());
            assert!(term.contains(&sentence), "{name}: «{sentence}»");
            let items = g["items"].as_array().map_or(0, Vec::len) as u64;
            assert_eq!(g["count"].as_u64(), Some(items), "{name}: count");
            match g["prevented"].as_str() {
                Some(p) => assert!(term.contains(&squash(p)), "{name}: prevented «{p}» missing from the terminal"),
                None => panic!("{name}: the player computed no counterfactuals"),
            }
        }
        // The terminal has no group the player lacks: one bullet per group of yours.
        let bullets = terminal(name, "en").lines().filter(|l| l.starts_with("• ")).count();
        assert_eq!(bullets, groups.len(), "{name}: group count differs");
        // And the same people in the other parts.
        for part in ["at_risk", "others"] {
            for p in run["debrief"][part].as_array().cloned().unwrap_or_default().iter().take(6) {
                let line = squash(p["line"].as_str().unwrap_or_default());
                assert!(term.contains(&line), "{name}: {part} «{line}»");
            }
        }
    }
}

#[test]
fn every_scenario_is_listed_with_a_title_and_a_summary_in_every_locale() {
    for (lang, _) in PLAYER_LOCALES {
        let list = parse(&scenarios_json(lang));
        let list = list.as_array().cloned().unwrap_or_default();
        assert_eq!(list.len(), bundled::BUNDLED.len(), "{lang}");
        for card in &list {
            let id = card["id"].as_str().unwrap_or_default();
            let title = card["title"].as_str().unwrap_or_default();
            let summary = card["summary"].as_str().unwrap_or_default();
            assert!(!title.is_empty() && title != id, "{lang}/{id}: no title");
            assert!(summary.len() > 10 && summary.len() < 400, "{lang}/{id}: summary «{summary}»");
        }
    }
}

#[test]
fn briefing_and_setup_give_the_scenarios_words_and_choices() {
    let b = parse(&briefing_json("first-connection", "en"));
    assert!(b["briefing"].as_str().unwrap_or_default().starts_with("You are Rosa"), "{b}");
    let s = parse(&setup_json("first-connection", "es"));
    let choices = s["choices"].as_array().cloned().unwrap_or_default();
    let keys: Vec<&str> = choices.iter().filter_map(|c| c["key"].as_str()).collect();
    assert_eq!(keys, ["server", "username", "connection", "email"], "the file's order");
    let connection = &choices[2];
    assert_eq!(connection["default"], "direct");
    let values: Vec<&str> =
        connection["options"].as_array().into_iter().flatten().filter_map(|o| o["value"].as_str()).collect();
    assert_eq!(values, ["direct", "vpn", "tor"]);
    // Spanish labels from the scenario's Spanish prose; a switch says yes or no.
    assert_ne!(choices[0]["label"], "server");
    assert_eq!(choices[3]["options"][0]["label"], "sí");
    assert!(s["objectives"].as_array().is_some_and(|o| o.len() == 3), "{s}");
}

/// Every bundled scenario's setup lists its choices in the order its file writes them (the author's
/// order: the most important first), not alphabetically.
#[test]
fn setup_lists_choices_in_the_files_order() {
    for (name, text) in bundled::BUNDLED {
        let in_file: Vec<&str> = text
            .split("\n[choices]\n")
            .nth(1)
            .unwrap_or_default()
            .lines()
            .take_while(|l| !l.starts_with('['))
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
            .collect();
        let s = parse(&setup_json(name, "en"));
        let shown: Vec<&str> =
            s["choices"].as_array().into_iter().flatten().filter_map(|c| c["key"].as_str()).collect();
        assert_eq!(shown, in_file, "{name}");
    }
}

#[test]
fn a_choice_changes_the_run_and_a_bad_one_is_a_sentence() {
    let direct = parse(&run_json("first-connection", "en", "{}"));
    let tor = parse(&run_json("first-connection", "en", r#"{"connection":"tor"}"#));
    let you = |v: &Value| {
        v["debrief"]["you"]["groups"].as_array().map(|g| g.iter().map(|g| g["kind"].clone()).collect::<Vec<_>>())
    };
    assert_ne!(you(&direct), you(&tor));
    for (id, choices) in
        [("first-connection", r#"{"connection":"pigeon"}"#), ("no-such", "{}"), ("first-connection", "[1")]
    {
        let e = parse(&run_json(id, "en", choices));
        let text = e["error"].as_str().unwrap_or_else(|| panic!("no error for {id} {choices}: {e}"));
        assert!(text.len() > 20 && !text.contains("player-"), "{text}");
    }
}

#[test]
fn the_run_gives_the_map_the_log_and_the_notebook() {
    let run = parse(&run_json("first-connection", "en", "{}"));
    let servers = run["map"]["servers"].as_array().cloned().unwrap_or_default();
    let big = servers.iter().find(|s| s["id"] == "bigchat.example").unwrap_or_else(|| panic!("{run}"));
    assert!(big["compromised_at"].as_u64().is_some() && big["yours"] == true, "{big}");
    assert!(big["label"].as_str().unwrap_or_default().contains("adversary"), "{big}");
    let people = run["map"]["people"].as_array().cloned().unwrap_or_default();
    assert!(people.iter().any(|p| p["you"] == true && p["mxid"].as_str().is_some_and(|m| m.starts_with('@'))));
    let log = run["log"].as_array().cloned().unwrap_or_default();
    assert!(log.len() > 5 && log.iter().any(|l| l["kind"] == "adversary"));
    assert!(log.windows(2).all(|w| w[0]["at"].as_u64() <= w[1]["at"].as_u64()), "log out of order");
    // No event ids or Matrix event types in the log's sentences.
    for l in &log {
        let t = l["text"].as_str().unwrap_or_default();
        assert!(!t.contains('$') && !t.contains("m.room") && !t.contains("player-"), "{t}");
    }
    let notebook = run["notebook"].as_array().cloned().unwrap_or_default();
    assert!(!notebook.is_empty() && notebook[0]["you"] == true, "{notebook:?}");
    let end = run["end"].as_u64().unwrap_or_default();
    assert!(notebook.iter().all(|n| n["at"].as_u64().is_some_and(|a| a <= end)));
}

#[test]
fn every_player_locale_has_every_english_key_and_its_direction() {
    let en = message_ids(&[PLAYER_LOCALES[0].1]).unwrap_or_else(|e| panic!("{e}"));
    for (lang, text) in PLAYER_LOCALES {
        let have = message_ids(&[text]).unwrap_or_else(|e| panic!("{lang}: {e}"));
        assert_eq!(have, en, "{lang}: player.ftl keys differ from English");
        if *lang != "en" {
            let head = text.lines().next().unwrap_or_default().to_lowercase();
            assert!(
                head.contains("machine-assisted") && head.contains("review"),
                "{lang}: the header must say it is machine-assisted"
            );
        }
        let ui = parse(&ui_json(lang));
        let rtl = matches!(*lang, "fa" | "ar");
        assert_eq!(ui["dir"], if rtl { "rtl" } else { "ltr" }, "{lang}");
        assert_eq!(ui["lang"], *lang);
    }
    // An unknown locale falls back to English, whole.
    let ui = parse(&ui_json("xx"));
    assert_eq!(ui["lang"], "en");
}

#[test]
fn a_locale_without_shared_files_still_runs_in_its_own_words_and_english() {
    // Persian may lack the shared files (cli, debrief …) in this build: the player's own words
    // are Persian, everything else falls back to English, nothing shows a bare key.
    let run = parse(&run_json("first-connection", "fa", "{}"));
    assert!(run.get("error").is_none(), "{run}");
    let text = run.to_string();
    for key in ["\"debrief-", "\"player-", "\"finding-", "\"scenario-"] {
        assert!(!text.contains(key), "a bare key {key} in {text:.300}");
    }
}

#[test]
fn every_literal_key_the_player_uses_exists_in_english() {
    let used = glasshouse_words::i18n::keys_in_sources(
        &[include_str!("run.rs"), include_str!("catalog.rs"), include_str!("debrief.rs"), include_str!("lib.rs")],
        &[],
    );
    let tr = crate::words::tr("en", Some("first-connection"));
    for k in used.iter().filter(|k| !k.contains('{')) {
        assert!(tr.has(k), "{k} has no English words");
    }
}

#[test]
fn the_static_data_holds_every_screen_before_the_run() {
    for (lang, _) in PLAYER_LOCALES {
        let d = parse(&crate::data_json(lang));
        assert_eq!(d["ui"]["lang"], *lang);
        let n = d["scenarios"].as_array().map_or(0, Vec::len);
        assert_eq!(n, bundled::BUNDLED.len());
        assert_eq!(d["briefings"].as_object().map_or(0, |o| o.len()), n, "{lang}");
        assert_eq!(d["setups"].as_object().map_or(0, |o| o.len()), n, "{lang}");
    }
}
