//! The debrief: the core's debrief model (about you first, grouped by meaning, how bad, what would
//! have prevented it, what to do now) in the learner's words, the objectives, a comparison with a
//! second set of choices group by group, and an export as Markdown and JSON written atomically.

use crate::i18n::{Tr, Words};
use crate::library::Progress;
use crate::screen::Screen;
use crate::session::{RunResult, Session};
use crate::words::{evidence_text, finding_sentence};
use bevy::app::{App, Plugin, Update};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use glasshouse_sim::debrief::{self as model, GroupKind, Item, Part, PersonRef, Severity, Todo};
use glasshouse_sim::knowledge::OutcomeKey;
use glasshouse_sim::{Report, Scenario, Selection};
use glasshouse_words::debrief as wd;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// One item of a group in words (the evidence layer: its findings, by index in the report).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemView {
    /// The plain sentence (no ids).
    pub sentence: String,
    /// What an adversary can do with it.
    pub severity: Severity,
    /// The report's findings behind it.
    pub findings: Vec<usize>,
}

/// One group in words, as every medium tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupView {
    /// What it means.
    pub kind: GroupKind,
    /// Its worst item's severity.
    pub severity: Severity,
    /// How many items.
    pub count: usize,
    /// "Where you are".
    pub title: String,
    /// "they can find where you are", when that tells something about the group.
    pub can: Option<String>,
    /// The one plain sentence: the worst item, and how many more.
    pub summary: String,
    /// What would have prevented it; `None` without counterfactuals.
    pub prevented: Option<String>,
    /// Whether some change of the learner's choices prevents part of it.
    pub preventable: bool,
    /// What to do now.
    pub todo: Todo,
    /// What to do now, in words.
    pub todo_words: String,
    /// The items, most severe first.
    pub items: Vec<ItemView>,
}

/// One person's part of the debrief in words.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonView {
    /// Who (the core's reference: "you", or the display name).
    pub person: PersonRef,
    /// About you, at risk through you, or everyone else.
    pub part: Part,
    /// "you" or the display name.
    pub name: String,
    /// The person folded to one line.
    pub line: String,
    /// Their worst group's severity.
    pub severity: Severity,
    /// Items over every group.
    pub count: usize,
    /// The groups, most severe first.
    pub groups: Vec<GroupView>,
}

/// The core's debrief in words: you first, then the people at risk through you, then the others.
pub fn people_view(tr: &Tr, scenario: &str, d: &model::Debrief) -> Vec<PersonView> {
    d.people()
        .map(|p| PersonView {
            person: p.person.clone(),
            part: p.part,
            name: wd::person_name(tr, &p.person),
            line: wd::person_line(tr, p),
            severity: p.severity,
            count: p.count,
            groups: p.groups.iter().map(|g| group_view(tr, scenario, g, &p.person)).collect(),
        })
        .collect()
}

fn group_view(tr: &Tr, scenario: &str, g: &model::Group, person: &PersonRef) -> GroupView {
    GroupView {
        kind: g.kind,
        severity: g.severity,
        count: g.count,
        title: wd::group_title(tr, g.kind),
        can: wd::group_severity(tr, g, person),
        summary: wd::summary_sentence(tr, g),
        prevented: wd::prevented_text(tr, scenario, g),
        preventable: g.prevented_by.as_ref().is_some_and(|p| !p.is_empty()),
        todo: g.todo,
        todo_words: wd::todo_words(tr, g.todo),
        items: g
            .items
            .iter()
            .map(|i| ItemView {
                sentence: wd::item_sentence(tr, i),
                severity: i.severity,
                findings: i.findings.clone(),
            })
            .collect(),
    }
}

/// The debrief of the current run, in the learner's words.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct Debrief {
    /// Scenario name.
    pub scenario: String,
    /// (objective id, met).
    pub objectives: Vec<(String, bool)>,
    /// Every person the adversaries learned about: you first, then at risk, then the others.
    pub people: Vec<PersonView>,
    /// The language it is worded in.
    pub lang: String,
}

impl Debrief {
    /// From the session's run, worded with `words`.
    pub fn of(session: &Session, words: &Words) -> Option<Debrief> {
        let run = session.run.as_ref()?;
        let scenario = session.scenario.clone()?;
        Some(Debrief {
            objectives: run.report.objectives.iter().map(|o| (o.id.clone(), o.met)).collect(),
            people: people_view(&words.tr, &scenario, &run.debrief),
            lang: words.lang.clone(),
            scenario,
        })
    }

    /// The learner's part, if the scenario has a learner.
    pub fn you(&self) -> Option<&PersonView> {
        self.people.iter().find(|p| p.part == Part::You)
    }

    /// The debrief as Markdown in the learner's language: what they learned about you (each group
    /// with what would have prevented it and what to do now), the others, the objectives, the
    /// scenario's own debrief, and every finding with its evidence.
    pub fn markdown(&self, tr: &Tr, run: &RunResult) -> String {
        let title = tr.maybe(&format!("scenario-{}", self.scenario), &[]).unwrap_or_else(|| self.scenario.clone());
        let mut s = format!("# {}\n\n", tr.t("md-title", &[("title", title)]));
        let choices: Vec<String> = run.selection.iter().map(|(k, v)| format!("`{k}={v}`")).collect();
        let _ = writeln!(s, "{}\n", tr.t("md-choices", &[("choices", choices.join(", "))]));
        match self.you().filter(|p| p.count > 0) {
            Some(you) => {
                let _ = writeln!(s, "## {}\n", tr.t("debrief-about-you", &[("count", you.count.to_string())]));
                for g in &you.groups {
                    let can = g.can.as_ref().map(|c| format!(" — {c}")).unwrap_or_default();
                    let _ = writeln!(s, "### {} ({}){can}\n\n{}\n", g.title, g.count, g.summary);
                    if let Some(p) = &g.prevented {
                        let _ = writeln!(s, "- {p}");
                    }
                    let _ = writeln!(s, "- {}\n", wd::todo_text(tr, g.todo, g.todo.page()));
                }
            }
            None => {
                let _ = writeln!(s, "{}\n", tr.t("debrief-about-you-nothing", &[]));
            }
        }
        for (key, part) in [("debrief-at-risk", Part::AtRisk), ("debrief-others", Part::Others)] {
            let people: Vec<&PersonView> = self.people.iter().filter(|p| p.part == part).collect();
            if !people.is_empty() {
                let _ = writeln!(s, "## {}\n", tr.t(key, &[]));
                for p in people {
                    let _ = writeln!(s, "- {}", p.line);
                }
                s.push('\n');
            }
        }
        let _ = writeln!(s, "## {}\n", tr.t("md-objectives", &[]));
        for (id, met) in &self.objectives {
            let text = tr.maybe(&format!("objective-{}-{id}", self.scenario), &[]).unwrap_or_else(|| id.clone());
            let _ = writeln!(s, "- [{}] {text}", if *met { "x" } else { " " });
        }
        if let Some(d) = tr.maybe(&format!("scenario-{}-debrief", self.scenario), &[]) {
            let _ = writeln!(s, "\n## {}\n\n{d}", tr.t("md-debrief", &[]));
        }
        let _ = writeln!(s, "\n## {}\n", tr.t("md-findings", &[("count", run.report.findings.len().to_string())]));
        for (i, f) in run.report.findings.iter().enumerate() {
            let _ = writeln!(s, "{}. {}", i + 1, finding_sentence(tr, f));
            let rule = tr.t(&format!("rule-{}", crate::words::kebab(f.rule)), &[]);
            let _ = writeln!(s, "   - {}", tr.t("md-rule", &[("rule", rule)]));
            for e in &f.evidence {
                let _ = writeln!(s, "   - {}", evidence_text(tr, e));
            }
        }
        s
    }

    /// The debrief as JSON: the report as `glasshouse run --format json` prints it (findings,
    /// objectives, exposure, choices, seed, counterfactuals) with its `debrief` object.
    pub fn json(&self, run: &RunResult) -> String {
        let mut v = serde_json::to_value(&run.report).unwrap_or_default();
        if let (Some(o), Ok(d)) = (v.as_object_mut(), serde_json::to_value(&run.debrief)) {
            o.insert("debrief".into(), d);
        }
        serde_json::to_string_pretty(&v).unwrap_or_default()
    }
}

/// What changed in one of the learner's groups between two runs.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupChange {
    /// Which group.
    pub kind: GroupKind,
    /// In the learner's run: (severity, items).
    pub yours: Option<(Severity, usize)>,
    /// In the other run.
    pub other: Option<(Severity, usize)>,
    /// Items the other choices no longer give away.
    pub gone: Vec<Item>,
    /// Items only the other choices give away.
    pub new: Vec<Item>,
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
    /// What changed about the learner, group by group (in the learner's run's order, then the
    /// groups only the other run has).
    pub groups: Vec<GroupChange>,
}

/// Runs `scenario` with `other` choices and sets what it learns about the learner against
/// `first`'s, group by group, by what was found (not by run-specific ids: see
/// `Finding::outcome_key`).
pub fn compare(scenario: &Scenario, first: &RunResult, other: &Selection) -> Result<Comparison, String> {
    let (world, report) = glasshouse_sim::run(scenario, other, scenario.seed).map_err(|e| e.to_string())?;
    let second = model::build(world.setup(), &report);
    let keys = |r: &Report| r.findings.iter().map(|f| f.outcome_key()).collect::<Vec<_>>();
    let (a, b) = (keys(&first.report), keys(&report));
    let (sa, sb): (BTreeSet<&OutcomeKey>, BTreeSet<&OutcomeKey>) = (a.iter().collect(), b.iter().collect());
    let only_first = a.iter().enumerate().filter(|(_, k)| !sb.contains(k)).map(|(i, _)| i).collect();
    let only_second = b.iter().enumerate().filter(|(_, k)| !sa.contains(k)).map(|(i, _)| i).collect();
    // An item is kept when any of its findings is found by the other run too.
    let kept = |item: &Item, keys: &[OutcomeKey], there: &BTreeSet<&OutcomeKey>| {
        item.findings.iter().any(|&i| keys.get(i).is_some_and(|k| there.contains(k)))
    };
    let (yours, theirs) = (first.debrief.you.as_ref(), second.you.as_ref());
    let groups_of = |p: Option<&model::PersonDebrief>| p.map(|p| p.groups.clone()).unwrap_or_default();
    let (ga, gb) = (groups_of(yours), groups_of(theirs));
    let mut kinds: Vec<GroupKind> = ga.iter().map(|g| g.kind).collect();
    kinds.extend(gb.iter().map(|g| g.kind).filter(|k| !ga.iter().any(|g| g.kind == *k)));
    let groups = kinds
        .into_iter()
        .map(|kind| {
            let (x, y) = (ga.iter().find(|g| g.kind == kind), gb.iter().find(|g| g.kind == kind));
            let items = |g: Option<&model::Group>, keys: &[OutcomeKey], there: &BTreeSet<&OutcomeKey>| {
                g.map(|g| g.items.iter().filter(|i| !kept(i, keys, there)).cloned().collect()).unwrap_or_default()
            };
            GroupChange {
                kind,
                yours: x.map(|g| (g.severity, g.count)),
                other: y.map(|g| (g.severity, g.count)),
                gone: items(x, &a, &sb),
                new: items(y, &b, &sa),
            }
        })
        .collect();
    Ok(Comparison { selection: other.clone(), report, only_first, only_second, groups })
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
            .add_systems(OnEnter(Screen::Debrief), (crate::session::ensure_run, build_debrief).chain())
            .add_systems(
                Update,
                reword
                    .run_if(in_state(Screen::Debrief).and_then(resource_changed::<Words>))
                    .run_if(resource_exists::<Words>),
            );
    }
}

fn build_debrief(
    session: Res<Session>,
    words: Option<Res<Words>>,
    mut debrief: ResMut<Debrief>,
    mut progress: ResMut<Progress>,
) {
    // No finished run (e.g. a jump straight to the debrief): nothing from an earlier scenario.
    *debrief = words.and_then(|w| Debrief::of(&session, &w)).unwrap_or_default();
    if !debrief.scenario.is_empty() {
        progress.completed.insert(debrief.scenario.clone());
    }
}

/// The learner changed the language: the same debrief in the new words.
fn reword(session: Res<Session>, words: Res<Words>, mut debrief: ResMut<Debrief>) {
    if debrief.lang != words.lang
        && let Some(d) = Debrief::of(&session, &words)
    {
        *debrief = d;
    }
}

#[cfg(test)]
#[path = "debrief_tests.rs"]
mod tests;
