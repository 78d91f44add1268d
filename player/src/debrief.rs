//! The debrief as the player shows it: the core's one model (`glasshouse_sim::debrief`) with the
//! same sentences as the terminal and the book (`glasshouse_words::debrief`), laid out as data:
//! about you first, then the people you put at risk, then everyone else; per group its severity,
//! sentence, count, what would have prevented it, what to do now, and the evidence one level down.

use glasshouse_sim::debrief::{Debrief, Group, Item, PersonDebrief};
use glasshouse_sim::report::Report;
use glasshouse_words::debrief::{
    group_heading, group_severity, group_title, item_sentence, person_line, prevented_text, severity_sentence,
    summary_sentence, todo_words,
};
use glasshouse_words::i18n::Tr;
use glasshouse_words::words::{evidence_text, finding_sentence};
use serde::Serialize;

/// One finding behind an item: its sentence and where it was found (ids live here only).
#[derive(Clone, Debug, Serialize)]
pub struct EvidenceView {
    /// The finding as a sentence.
    pub finding: String,
    /// Where it was found.
    pub evidence: Vec<String>,
}

/// One thing learned.
#[derive(Clone, Debug, Serialize)]
pub struct ItemView {
    /// It, in a plain sentence.
    pub sentence: String,
    /// What an adversary can do with it.
    pub severity: String,
    /// The findings behind it.
    pub evidence: Vec<EvidenceView>,
}

/// What to do now.
#[derive(Clone, Debug, Serialize)]
pub struct TodoView {
    /// Its code.
    pub code: String,
    /// "What to do now:".
    pub label: String,
    /// What to do.
    pub text: String,
    /// The book's page and anchor, relative to the book's root.
    pub page: String,
}

/// A group of one person's debrief.
#[derive(Clone, Debug, Serialize)]
pub struct GroupView {
    /// Its kind (`identity`, `location` …).
    pub kind: String,
    /// Its title.
    pub title: String,
    /// Its heading as the terminal prints it (title, count, what they can do).
    pub heading: String,
    /// Its severity's code.
    pub severity: String,
    /// What they can do, when that says something about this group.
    pub severity_text: Option<String>,
    /// How many items.
    pub count: usize,
    /// The one sentence.
    pub sentence: String,
    /// What would have prevented it (`None` without counterfactuals).
    pub prevented: Option<String>,
    /// How many change sets prevent some of it (`None` without counterfactuals).
    pub prevented_sets: Option<usize>,
    /// What to do now.
    pub todo: TodoView,
    /// The items, most severe first.
    pub items: Vec<ItemView>,
    /// The adversaries that learned any of it (ids).
    pub adversaries: Vec<String>,
}

/// One person's debrief.
#[derive(Clone, Debug, Serialize)]
pub struct PersonView {
    /// Their scenario id.
    pub id: String,
    /// As the learner knows them ("you" for the learner).
    pub name: String,
    /// The learner.
    pub you: bool,
    /// `you`, `at-risk` or `others`.
    pub part: String,
    /// The worst they can do, as a code.
    pub severity: String,
    /// The worst they can do, as a sentence.
    pub severity_text: String,
    /// Items over every group.
    pub count: usize,
    /// The person folded to one line.
    pub line: String,
    /// The groups, most severe first.
    pub groups: Vec<GroupView>,
}

/// An objective, met or missed.
#[derive(Clone, Debug, Serialize)]
pub struct ObjectiveResult {
    /// What to achieve.
    pub text: String,
    /// Achieved.
    pub met: bool,
    /// "met" or "missed", in words.
    pub mark: String,
}

/// The debrief screen.
#[derive(Clone, Debug, Serialize)]
pub struct DebriefView {
    /// "What they learned about you (N)", or that they learned nothing.
    pub about_you: String,
    /// You (absent when the scenario has no learner).
    pub you: Option<PersonView>,
    /// "People your choices put at risk".
    pub at_risk_heading: String,
    /// The people you put at risk.
    pub at_risk: Vec<PersonView>,
    /// "Everyone else".
    pub others_heading: String,
    /// Everyone else.
    pub others: Vec<PersonView>,
    /// The objectives.
    pub objectives: Vec<ObjectiveResult>,
    /// The scenario's own debrief text (the lesson, in a paragraph).
    pub lesson: String,
    /// Whether counterfactuals were computed.
    pub counterfactuals: bool,
}

impl DebriefView {
    /// Every person: you, at risk, others.
    pub fn people(&self) -> impl Iterator<Item = &PersonView> {
        self.you.iter().chain(&self.at_risk).chain(&self.others)
    }
}

/// The debrief of `report` (whose counterfactuals are already computed) as the player shows it.
pub fn debrief_view(tr: &Tr, report: &Report, d: &Debrief) -> DebriefView {
    let id = report.scenario.as_str();
    let person = |p: &PersonDebrief| person_view(tr, id, report, p);
    let about_you = match &d.you {
        Some(you) if you.count > 0 => tr.t("debrief-about-you", &[("count", you.count.to_string())]),
        _ => tr.t("debrief-about-you-nothing", &[]),
    };
    let objectives = report
        .objectives
        .iter()
        .map(|o| ObjectiveResult {
            text: tr.maybe(&format!("objective-{id}-{}", o.id), &[]).unwrap_or_else(|| o.id.clone()),
            met: o.met,
            mark: if o.met { tr.t("player-objective-met", &[]) } else { tr.t("player-objective-missed", &[]) },
        })
        .collect();
    let lesson = tr.t(&format!("scenario-{id}-debrief"), &[]);
    DebriefView {
        about_you,
        you: d.you.as_ref().map(person),
        at_risk_heading: tr.t("debrief-at-risk", &[]),
        at_risk: d.at_risk.iter().map(person).collect(),
        others_heading: tr.t("debrief-others", &[]),
        others: d.others.iter().map(person).collect(),
        objectives,
        lesson: lesson.lines().map(str::trim).collect::<Vec<_>>().join(" "),
        counterfactuals: d.counterfactuals,
    }
}

fn person_view(tr: &Tr, scenario: &str, report: &Report, p: &PersonDebrief) -> PersonView {
    PersonView {
        id: p.person.id.clone(),
        name: glasshouse_words::debrief::person_name(tr, &p.person),
        you: p.person.you,
        part: serde_json::to_value(p.part).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
        severity: p.severity.as_str().to_owned(),
        severity_text: severity_sentence(tr, p.severity, &p.person),
        count: p.count,
        line: person_line(tr, p),
        groups: p.groups.iter().map(|g| group_view(tr, scenario, report, p, g)).collect(),
    }
}

fn group_view(tr: &Tr, scenario: &str, report: &Report, p: &PersonDebrief, g: &Group) -> GroupView {
    let mut adversaries: Vec<String> = Vec::new();
    for a in g.items.iter().flat_map(|i| &i.adversaries) {
        if !adversaries.contains(a) {
            adversaries.push(a.clone());
        }
    }
    GroupView {
        kind: g.kind.as_str().to_owned(),
        title: group_title(tr, g.kind),
        heading: group_heading(tr, g, &p.person),
        severity: g.severity.as_str().to_owned(),
        severity_text: group_severity(tr, g, &p.person),
        count: g.count,
        sentence: summary_sentence(tr, g),
        prevented: prevented_text(tr, scenario, g),
        prevented_sets: g.prevented_by.as_ref().map(Vec::len),
        todo: TodoView {
            code: g.todo.as_str().to_owned(),
            label: tr.t("debrief-todo-label", &[]),
            text: todo_words(tr, g.todo),
            page: g.todo.page().to_owned(),
        },
        items: g.items.iter().map(|i| item_view(tr, report, i)).collect(),
        adversaries,
    }
}

fn item_view(tr: &Tr, report: &Report, item: &Item) -> ItemView {
    ItemView {
        sentence: item_sentence(tr, item),
        severity: item.severity.as_str().to_owned(),
        evidence: item
            .findings
            .iter()
            .filter_map(|i| report.findings.get(*i))
            .map(|f| EvidenceView {
                finding: finding_sentence(tr, f),
                evidence: f.evidence.iter().map(|e| evidence_text(tr, e)).collect(),
            })
            .collect(),
    }
}
