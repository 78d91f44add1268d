//! The debrief: objectives met or missed, what would have prevented each finding, a comparison
//! with a second set of choices, and an export as Markdown and JSON written atomically.

use crate::i18n::Tr;
use crate::library::Progress;
use crate::screen::Screen;
use crate::session::{RunResult, Session};
use crate::words::{evidence_text, finding_sentence, kebab};
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use glasshouse_sim::{Report, Scenario, Selection};
use std::fmt::Write as _;
use std::path::Path;

/// The debrief of the current run.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Debrief {
    /// Scenario name.
    pub scenario: String,
    /// (objective id, met).
    pub objectives: Vec<(String, bool)>,
    /// (finding index, the smallest changes that prevent it as `key=value` texts; empty: none).
    pub prevented_by: Vec<(usize, Vec<String>)>,
}

impl Debrief {
    /// From the session's run.
    pub fn of(session: &Session) -> Option<Debrief> {
        let run = session.run.as_ref()?;
        Some(Debrief {
            scenario: session.scenario.clone()?,
            objectives: run.report.objectives.iter().map(|o| (o.id.clone(), o.met)).collect(),
            prevented_by: run
                .counterfactuals
                .iter()
                .map(|c| {
                    let alts = c
                        .prevented_by
                        .iter()
                        .map(|changes| {
                            changes.iter().map(|ch| format!("{}={}", ch.key, ch.value)).collect::<Vec<_>>().join(" + ")
                        })
                        .collect();
                    (c.finding, alts)
                })
                .collect(),
        })
    }

    /// The debrief as Markdown in the learner's language: choices, objectives, every finding
    /// with its rule and evidence, what would have prevented it, and the scenario's debrief.
    pub fn markdown(&self, tr: &Tr, run: &RunResult) -> String {
        let title = tr.maybe(&format!("scenario-{}", self.scenario), &[]).unwrap_or_else(|| self.scenario.clone());
        let mut s = format!("# {}\n\n", tr.t("md-title", &[("title", title)]));
        let choices: Vec<String> = run.selection.iter().map(|(k, v)| format!("`{k}={v}`")).collect();
        let _ = writeln!(s, "{}\n", tr.t("md-choices", &[("choices", choices.join(", "))]));
        let _ = writeln!(s, "## {}\n", tr.t("md-objectives", &[]));
        for (id, met) in &self.objectives {
            let text = tr.maybe(&format!("objective-{}-{id}", self.scenario), &[]).unwrap_or_else(|| id.clone());
            let _ = writeln!(s, "- [{}] {text}", if *met { "x" } else { " " });
        }
        let _ = writeln!(s, "\n## {}\n", tr.t("md-findings", &[("count", run.report.findings.len().to_string())]));
        for (i, f) in run.report.findings.iter().enumerate() {
            let _ = writeln!(s, "{}. {}", i + 1, finding_sentence(tr, f));
            let _ = writeln!(s, "   - {}", tr.t("md-rule", &[("rule", tr.t(&format!("rule-{}", kebab(f.rule)), &[]))]));
            for e in &f.evidence {
                let _ = writeln!(s, "   - {}", evidence_text(tr, e));
            }
            if let Some((_, alts)) = self.prevented_by.iter().find(|(j, _)| *j == i) {
                let text = if alts.is_empty() {
                    tr.t("prevented-by-nothing", &[])
                } else {
                    tr.t("prevented-by", &[("changes", alts.join(&format!(" {} ", tr.t("prevented-or", &[]))))])
                };
                let _ = writeln!(s, "   - {text}");
            }
        }
        if let Some(d) = tr.maybe(&format!("scenario-{}-debrief", self.scenario), &[]) {
            let _ = writeln!(s, "\n## {}\n\n{d}", tr.t("md-debrief", &[]));
        }
        s
    }

    /// The debrief as JSON: the report (findings, objectives, exposure, choices, seed) and what
    /// would have prevented each finding, as `glasshouse run --format json` prints them.
    pub fn json(&self, run: &RunResult) -> String {
        let mut report = run.report.clone();
        report.counterfactuals = run.counterfactuals.clone();
        serde_json::to_string_pretty(&report).unwrap_or_default()
    }
}

/// A second run with other choices, beside the learner's.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The other choices.
    pub selection: Selection,
    /// Its findings and objectives.
    pub report: Report,
    /// Indices of the learner's findings the other run does not have.
    pub only_first: Vec<usize>,
    /// Indices of the other run's findings the learner's does not have.
    pub only_second: Vec<usize>,
}

/// Runs `scenario` with `other` choices and sets its findings against `first`'s, by what was
/// found (not by run-specific ids: see `Finding::outcome_key`).
pub fn compare(scenario: &Scenario, first: &Report, other: &Selection) -> Result<Comparison, String> {
    let (_, report) = glasshouse_sim::run(scenario, other, scenario.seed).map_err(|e| e.to_string())?;
    let keys = |r: &Report| r.findings.iter().map(|f| f.outcome_key()).collect::<Vec<_>>();
    let (a, b) = (keys(first), keys(&report));
    let only_first = a.iter().enumerate().filter(|(_, k)| !b.contains(k)).map(|(i, _)| i).collect();
    let only_second = b.iter().enumerate().filter(|(_, k)| !a.contains(k)).map(|(i, _)| i).collect();
    Ok(Comparison { selection: other.clone(), report, only_first, only_second })
}

/// Writes `text` to `path` through a temporary file and a rename, so a crash never leaves half a
/// file.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let tmp = path.with_extension("tmp-glasshouse");
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    std::fs::rename(&tmp, path)
}

/// The debrief and the completion marks.
pub struct DebriefPlugin;

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Debrief>()
            .add_systems(OnEnter(Screen::Debrief), (crate::session::ensure_run, build_debrief).chain());
    }
}

fn build_debrief(session: Res<Session>, mut debrief: ResMut<Debrief>, mut progress: ResMut<Progress>) {
    // No finished run (e.g. a jump straight to the debrief): nothing from an earlier scenario.
    *debrief = Debrief::of(&session).unwrap_or_default();
    if !debrief.scenario.is_empty() {
        progress.completed.insert(debrief.scenario.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::{Nav, Navigation};
    use crate::session::{SessionRequest, SessionRequests};
    use crate::testing::app;

    #[test]
    fn the_debrief_marks_completion_and_exports() {
        let mut app = app();
        app.world_mut().resource_mut::<SessionRequests>().0.push(SessionRequest::Open("first-connection".into()));
        app.update();
        for s in [Screen::Run, Screen::Notebook, Screen::Debrief] {
            app.world_mut().resource_mut::<Navigation>().0.push(Nav::Go(s));
            app.update();
        }
        let d = app.world().resource::<Debrief>().clone();
        assert_eq!(d.scenario, "first-connection");
        assert_eq!(d.objectives.len(), 3);
        assert!(d.prevented_by.iter().any(|(_, alts)| alts.iter().any(|a| a == "connection=tor")));
        assert!(app.world().resource::<Progress>().completed.contains("first-connection"));
        let dir = crate::testing::fresh_dir("debrief");
        let path = dir.join("debrief.md");
        let words = app.world().resource::<crate::i18n::Words>();
        let session = app.world().resource::<Session>();
        let run = session.run.as_ref().unwrap_or_else(|| panic!("no run"));
        write_atomically(&path, &d.markdown(&words.tr, run)).unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(text.starts_with("# Debrief: The first connection"), "{text}");
        assert!(text.contains("connection=tor") && text.contains("The raiders do not learn your home IP address."));
        assert!(!path.with_extension("tmp-glasshouse").exists());
        // The JSON export is the CLI's report, counterfactuals included.
        let json: serde_json::Value = serde_json::from_str(&d.json(run)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(json["findings"].as_array().map(Vec::len), Some(run.report.findings.len()));
        assert!(json["counterfactuals"].as_array().is_some_and(|c| !c.is_empty()));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn comparing_with_tor_removes_the_home_ip_finding() {
        let lib = crate::library::Library::bundled();
        let s = lib.get("first-connection").unwrap_or_else(|| panic!("missing"));
        let (_, first) = glasshouse_sim::run(s, &s.defaults(), s.seed).unwrap_or_else(|e| panic!("{e}"));
        let tor = s.select(["connection=tor"]).unwrap_or_else(|e| panic!("{e}"));
        let c = compare(s, &first, &tor).unwrap_or_else(|e| panic!("{e}"));
        let gone: Vec<_> = c.only_first.iter().map(|&i| &first.findings[i]).collect();
        assert!(
            gone.iter().any(|f| f.code() == glasshouse_sim::FindingCode::IpAddress && f.subject == "you"),
            "{gone:?}"
        );
        assert!(!c.only_second.is_empty(), "Tor leaves its exit address instead");
        let same = compare(s, &first, &s.defaults()).unwrap_or_else(|e| panic!("{e}"));
        assert!(same.only_first.is_empty() && same.only_second.is_empty());
    }
}
