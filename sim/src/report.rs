//! The report of one run: findings, objectives met or missed, and an exposure summary.

use crate::knowledge::{Finding, analyse};
use crate::scenario::{AdversarySpec, FindingFilter, ObjectiveKind, Scenario, Selection};
use crate::world::{SimError, World};
use serde::Serialize;
use std::collections::BTreeMap;

/// Whether an objective was met, and the findings that decided it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ObjectiveResult {
    /// Objective id.
    pub id: String,
    /// Absent or present.
    pub kind: ObjectiveKind,
    /// Met?
    pub met: bool,
    /// Indices into `findings` of the matching findings.
    pub findings: Vec<usize>,
}

/// Counts that summarise what leaked.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Exposure {
    /// Findings by code, over everyone.
    pub by_code: BTreeMap<String, usize>,
    /// Findings about the learner's accounts, by code.
    pub about_learner: BTreeMap<String, usize>,
    /// Findings by adversary.
    pub by_adversary: BTreeMap<String, usize>,
    /// Messages the learner's accounts sent.
    pub learner_messages: usize,
    /// Of those, how many some adversary read.
    pub learner_messages_read: usize,
    /// Messages sent in the run.
    pub messages: usize,
    /// Of those, how many some adversary read.
    pub messages_read: usize,
}

/// Everything a run produced, ready for text or JSON output.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Scenario id.
    pub scenario: String,
    /// Seed used.
    pub seed: u64,
    /// The choices in force (defaults filled in).
    pub choices: Selection,
    /// The learner's accounts (the learner and their second accounts).
    pub learner_accounts: Vec<String>,
    /// Who attacked.
    pub adversaries: Vec<AdversarySpec>,
    /// Every finding, sorted.
    pub findings: Vec<Finding>,
    /// Objectives.
    pub objectives: Vec<ObjectiveResult>,
    /// Summary counts.
    pub exposure: Exposure,
    /// What would have prevented each finding; filled by [`crate::counterfactual::counterfactuals`]
    /// on request (it re-runs the scenario), empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counterfactuals: Vec<crate::counterfactual::Counterfactual>,
    /// The learner's debrief ([`crate::debrief::build`]); filled on request, absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debrief: Option<crate::debrief::Debrief>,
}

impl Report {
    /// Findings matching a filter (about matches the account or the person holding it).
    pub fn matching<'a>(
        &'a self,
        world: &'a World,
        filter: &'a FindingFilter,
    ) -> impl Iterator<Item = (usize, &'a Finding)> + 'a {
        self.findings.iter().enumerate().filter(move |(_, f)| matches(world, filter, f))
    }
}

/// Whether a finding matches an objective's filter.
pub fn matches(world: &World, filter: &FindingFilter, f: &Finding) -> bool {
    if f.code() != filter.finding {
        return false;
    }
    if let Some(about) = &filter.about {
        let owner = world.accounts.get(&f.subject).map(|a| a.owner.as_str());
        if &f.subject != about && owner != Some(about.as_str()) {
            return false;
        }
    }
    if filter.by.as_ref().is_some_and(|b| b != &f.adversary) {
        return false;
    }
    if filter.where_.is_empty() {
        return true;
    }
    let detail = f.detail();
    filter.where_.iter().all(|(k, want)| match &detail[k] {
        serde_json::Value::Array(items) => items.contains(want),
        got => got == want,
    })
}

/// Runs a scenario with a selection and seed, and analyses what every adversary learned.
pub fn run(scenario: &Scenario, selection: &Selection, seed: u64) -> Result<(World, Report), SimError> {
    let setup = scenario.setup(selection).map_err(SimError::Scenario)?;
    // The run and its report on a pool thread (see `parallel::on_pool`).
    crate::crypto::parallel::on_pool(setup.crypto_devices(), move || {
        let world = World::run_owned(setup, seed)?;
        let report = report(&world, scenario, selection, seed);
        // The report reads events as built; the run's work ends when their signatures are made.
        world.wait_for_signatures();
        Ok((world, report))
    })
}

/// Builds the report of a finished world.
pub fn report(world: &World, scenario: &Scenario, selection: &Selection, seed: u64) -> Report {
    let findings = analyse(world);
    let mut choices = scenario.defaults();
    choices.extend(selection.iter().map(|(k, v)| (k.clone(), v.clone())));
    let mut r = Report {
        scenario: scenario.id.clone(),
        seed,
        choices,
        learner_accounts: Vec::new(),
        adversaries: world.setup.adversaries.values().cloned().collect(),
        findings,
        objectives: Vec::new(),
        exposure: Exposure::default(),
        counterfactuals: Vec::new(),
        debrief: None,
    };
    for o in &world.setup.objectives {
        let hits: Vec<usize> = match &o.filter {
            Some(f) => r.matching(world, f).map(|(i, _)| i).collect(),
            None => Vec::new(),
        };
        let met = match o.kind {
            ObjectiveKind::MustNotLearn => hits.is_empty(),
            ObjectiveKind::Learns => !hits.is_empty(),
            ObjectiveKind::LearnerReads => {
                let learner = world.setup.learner().unwrap_or_default();
                o.message.as_deref().is_some_and(|label| world.person_reads(learner, label))
            }
        };
        r.objectives.push(ObjectiveResult { id: o.id.clone(), kind: o.kind, met, findings: hits });
    }
    let learner = world.setup.learner().unwrap_or_default().to_owned();
    let is_learner =
        |account: &str| account == learner || world.accounts.get(account).is_some_and(|a| a.owner == learner);
    r.learner_accounts = world.accounts.values().filter(|a| is_learner(&a.id)).map(|a| a.id.clone()).collect();
    for f in &r.findings {
        *r.exposure.by_code.entry(f.code().as_str().to_owned()).or_default() += 1;
        *r.exposure.by_adversary.entry(f.adversary.clone()).or_default() += 1;
        if is_learner(&f.subject) {
            *r.exposure.about_learner.entry(f.code().as_str().to_owned()).or_default() += 1;
        }
    }
    let read: std::collections::BTreeSet<&str> = r
        .findings
        .iter()
        .filter_map(|f| match &f.fact {
            crate::knowledge::Fact::MessagePlaintext { event_id, .. } => Some(event_id.as_str()),
            _ => None,
        })
        .collect();
    for m in world.events.values().filter(|m| m.text.is_some()) {
        r.exposure.messages += 1;
        let was_read = read.contains(m.event_id.as_str());
        r.exposure.messages_read += usize::from(was_read);
        if is_learner(&m.sender) {
            r.exposure.learner_messages += 1;
            r.exposure.learner_messages_read += usize::from(was_read);
        }
    }
    r
}
