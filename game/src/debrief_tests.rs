//! The debrief's tests: completion and export, the comparison per group, and the window leg of
//! the four-media test (the window tells every bundled scenario's debrief as the terminal does).

use super::*;
use crate::screen::{Nav, Navigation};
use crate::session::{SessionRequest, SessionRequests};
use crate::testing::app;
use glasshouse_sim::bundled::BUNDLED;
use glasshouse_words::terminal::debrief_text;

fn to_debrief(name: &str) -> bevy::app::App {
    let mut app = app();
    app.world_mut().resource_mut::<SessionRequests>().0.push(SessionRequest::Open(name.into()));
    app.update();
    for s in [Screen::Run, Screen::Debrief] {
        app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(s));
        app.update();
    }
    app
}

#[test]
fn the_debrief_marks_completion_and_exports() {
    let app = to_debrief("first-connection");
    let d = app.world().resource::<Debrief>().clone();
    assert_eq!(d.scenario, "first-connection");
    assert_eq!(d.objectives.len(), 3);
    let you = d.you().unwrap_or_else(|| panic!("no part about you"));
    assert_eq!(d.people.first().map(|p| p.part), Some(Part::You), "about you first");
    let location = you.groups.iter().find(|g| g.kind == GroupKind::Location).unwrap_or_else(|| panic!("no location"));
    assert!(location.preventable && location.prevented.as_deref().is_some_and(|p| p.contains("tor")), "{location:?}");
    assert!(app.world().resource::<Progress>().completed.contains("first-connection"));
    let dir = crate::testing::fresh_dir("debrief");
    let path = dir.join("debrief.md");
    let words = app.world().resource::<Words>();
    let session = app.world().resource::<Session>();
    let run = session.run.as_ref().unwrap_or_else(|| panic!("no run"));
    write_atomically(&path, &d.markdown(&words.tr, run)).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(text.starts_with("# Debrief: The first connection"), "{text}");
    assert!(text.contains(&location.title) && text.contains(&location.summary), "{text}");
    assert!(text.contains(location.todo.page()), "the book's page for what to do now: {text}");
    assert!(!path.with_extension("tmp-glasshouse").exists());
    // The JSON export is the CLI's report, counterfactuals and debrief included.
    let json: serde_json::Value = serde_json::from_str(&d.json(run)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(json["findings"].as_array().map(Vec::len), Some(run.report.findings.len()));
    assert!(json["counterfactuals"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(json["debrief"]["you"]["groups"].as_array().is_some_and(|g| !g.is_empty()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn comparing_with_tor_removes_the_home_address_from_where_you_are() {
    let app = to_debrief("first-connection");
    let session = app.world().resource::<Session>();
    let run = session.run.as_ref().unwrap_or_else(|| panic!("no run"));
    let lib = crate::library::Library::bundled();
    let s = lib.get("first-connection").unwrap_or_else(|| panic!("missing"));
    let tor = s.select(["connection=tor"]).unwrap_or_else(|e| panic!("{e}"));
    let c = compare(s, run, &tor).unwrap_or_else(|e| panic!("{e}"));
    let gone: Vec<_> = c.only_first.iter().map(|&i| &run.report.findings[i]).collect();
    assert!(gone.iter().any(|f| f.code() == glasshouse_sim::FindingCode::IpAddress && f.subject == "you"), "{gone:?}");
    let location = c.groups.iter().find(|g| g.kind == GroupKind::Location).unwrap_or_else(|| panic!("no location"));
    assert_eq!(location.yours.map(|(s, _)| s), Some(Severity::Locate));
    assert!(location.other.is_none_or(|(s, _)| s < Severity::Locate), "{location:?}");
    assert!(location.gone.iter().any(|i| i.args.get("kind").is_some_and(|k| k == "home")), "{location:?}");
    assert!(!location.new.is_empty(), "Tor leaves its exit address instead");
    let same = compare(s, run, &s.defaults()).unwrap_or_else(|e| panic!("{e}"));
    assert!(same.only_first.is_empty() && same.only_second.is_empty());
    assert!(same.groups.iter().all(|g| g.gone.is_empty() && g.new.is_empty() && g.yours == g.other));
}

/// Whitespace folded, so the terminal's wrapping does not matter.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The window leg of the four-media test: for every bundled scenario with its default choices, the
/// window's debrief (built by the ECS plugins, as the learner reaches the debrief screen) has the
/// same people in the same parts, the same groups in the same order with the same severities and
/// counts, and the same counterfactuals as the terminal's (`glasshouse run`: the core's run,
/// counterfactuals, `debrief::build`), and every group's heading, sentence and what would have
/// prevented it appear word for word in the terminal's text.
#[test]
fn the_window_tells_every_bundled_debrief_as_the_terminal_does() {
    let lib = crate::library::Library::bundled();
    for (name, _) in BUNDLED {
        let app = to_debrief(name);
        let window = app.world().resource::<Debrief>();
        let words = app.world().resource::<Words>();
        let s = lib.get(name).unwrap_or_else(|| panic!("{name} missing"));
        let sel = s.defaults();
        let (world, mut r) = glasshouse_sim::run(s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}"));
        r.counterfactuals = glasshouse_sim::counterfactual::counterfactuals(s, &sel, s.seed, &r);
        let core = model::build(world.setup(), &r);
        let terminal = folded(&debrief_text(&words.tr, &r, &core));
        let people: Vec<_> = core.people().collect();
        assert_eq!(window.people.len(), people.len(), "{name}: people");
        for (w, c) in window.people.iter().zip(&people) {
            assert_eq!((&w.person, w.part, w.count, w.severity), (&c.person, c.part, c.count, c.severity), "{name}");
            let kinds = |g: &[GroupView]| g.iter().map(|g| (g.kind, g.severity, g.count)).collect::<Vec<_>>();
            let core_kinds: Vec<_> = c.groups.iter().map(|g| (g.kind, g.severity, g.count)).collect();
            assert_eq!(kinds(&w.groups), core_kinds, "{name}: {}'s groups", c.person.id);
            for (wg, cg) in w.groups.iter().zip(&c.groups) {
                assert_eq!(wg.preventable, cg.prevented_by.as_ref().is_some_and(|p| !p.is_empty()), "{name}");
                assert_eq!(wg.todo, cg.todo, "{name}");
                let count: usize = wg.items.iter().map(|i| i.findings.len()).sum();
                assert_eq!(count, cg.items.iter().map(|i| i.findings.len()).sum::<usize>(), "{name}: evidence");
            }
            if c.part == Part::You && c.count > 0 {
                for g in &w.groups {
                    for text in [Some(&g.summary), g.prevented.as_ref()].into_iter().flatten() {
                        assert!(
                            terminal.contains(&folded(text)),
                            "{name}: {text:?} not in the terminal's:\n{terminal}"
                        );
                    }
                    assert!(terminal.contains(&folded(&g.title)), "{name}: {}", g.title);
                }
            } else if c.part != Part::You && people.iter().filter(|p| p.part == c.part).count() <= 6 {
                assert!(terminal.contains(&folded(&w.line)), "{name}: {:?} not in the terminal's", w.line);
            }
        }
    }
}

/// The learner-facing first layer the window adds (group titles and sentences, what to change,
/// people's lines) names no event id, Matrix id, table or event type, for every bundled scenario,
/// in English and Spanish.
#[test]
fn the_window_first_layer_names_no_ids_tables_or_event_types() {
    let lib = crate::library::Library::bundled();
    for lang in ["en", "es"] {
        let words = Words::new(lang, &lib);
        for (name, _) in BUNDLED {
            let s = lib.get(name).unwrap_or_else(|| panic!("{name} missing"));
            let sel = s.defaults();
            let (world, mut r) = glasshouse_sim::run(s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}"));
            if r.findings.len() < 120 {
                r.counterfactuals = glasshouse_sim::counterfactual::counterfactuals(s, &sel, s.seed, &r);
            }
            let d = model::build(world.setup(), &r);
            let check = glasshouse_words::leak::LeakCheck::new();
            for p in people_view(&words.tr, name, &d) {
                let mut texts = vec![p.line.clone(), p.name.clone()];
                for g in &p.groups {
                    texts.extend([g.title.clone(), g.summary.clone(), g.todo_words.clone()]);
                    texts.extend(g.can.iter().chain(&g.prevented).cloned());
                    texts.extend(g.items.iter().map(|i| i.sentence.clone()));
                }
                for t in texts {
                    assert!(check.leak(&t).is_none(), "{name} ({lang}): {t:?}");
                }
            }
        }
    }
}

/// The window strings this first layer adds (assets/locales/*/window.ftl) name no event id,
/// Matrix id, table or event type either, in any locale.
#[test]
fn the_window_strings_of_the_first_layer_name_no_ids_tables_or_event_types() {
    const KEYS: [&str; 24] = [
        "ui-learned-about-you",
        "ui-learned-about-you-nothing",
        "ui-what-to-change",
        "ui-what-to-change-help",
        "ui-everyone-else",
        "ui-items-count",
        "ui-evidence-count",
        "ui-do-now",
        "ui-do-now-how",
        "ui-compare-groups-help",
        "ui-compare-changed",
        "ui-compare-nothing",
        "ui-compare-same",
        "ui-compare-gone",
        "ui-compare-new",
        "ui-notebook-groups-title",
        "ui-notebook-groups-help",
        "ui-select-group",
        "ui-learning-now",
        "ui-learning-nothing-yet",
        "ui-learning-others",
        "ui-map-you",
        "ui-legend-you",
        "ui-legend-compromised",
    ];
    let lib = crate::library::Library::bundled();
    let check = glasshouse_words::leak::LeakCheck::new();
    for (lang, _) in crate::i18n::LOCALES {
        let words = Words::new(lang, &lib);
        for key in KEYS.iter().chain(&["ui-legend-server-size"]) {
            let args = [("count", "3".to_owned()), ("people", "2".to_owned()), ("item", "x".to_owned())];
            let text = words.tr.maybe(key, &args).unwrap_or_else(|| panic!("{lang} lacks {key}"));
            assert!(check.leak(&text).is_none(), "{lang}: {key} = {text:?}");
        }
    }
}
