//! Counterfactuals and outcomes: re-running a scenario with other choices to find, for each
//! finding, the smallest change of the learner's choices that prevents it, and to tabulate what
//! every combination of choices leads to.

use crate::knowledge::OutcomeKey;
use crate::report::{Report, run};
use crate::scenario::{ChoiceValue, Scenario, Selection};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// At most this many equally small changes are listed per finding.
pub const MAX_ALTERNATIVES: usize = 3;

/// One choice set to one value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// Choice key.
    pub key: String,
    /// The value that prevents the finding.
    pub value: ChoiceValue,
}

/// What would have prevented one finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counterfactual {
    /// Index into the report's findings.
    pub finding: usize,
    /// The smallest sets of changes (fewest choices changed) after which the finding is gone,
    /// up to [`MAX_ALTERNATIVES`]; empty when no choice of the learner's prevents it.
    pub prevented_by: Vec<Vec<Change>>,
}

impl Counterfactual {
    /// Whether some choice of the learner's prevents the finding.
    pub fn preventable(&self) -> bool {
        !self.prevented_by.is_empty()
    }
}

/// The selections worth trying from `current`: every other combination when there are at most
/// [`MAX_COMBINATIONS`](crate::scenario::MAX_COMBINATIONS), otherwise each single change; nearest (fewest changes) first.
pub fn alternatives(scenario: &Scenario, current: &Selection) -> Vec<Selection> {
    let mut out: Vec<Selection> = if scenario.exhaustive() {
        scenario.combinations()
    } else {
        let mut singles = Vec::new();
        for (key, choice) in &scenario.choices {
            for v in &choice.values {
                let mut s = current.clone();
                s.insert(key.clone(), v.clone());
                singles.push(s);
            }
        }
        singles
    };
    out.retain(|s| s != current);
    out.sort_by_key(|s| distance(current, s));
    out.dedup();
    out
}

/// How many choices differ.
pub fn distance(a: &Selection, b: &Selection) -> usize {
    a.iter().filter(|(k, v)| b.get(*k) != Some(*v)).count()
}

fn changes(from: &Selection, to: &Selection) -> Vec<Change> {
    to.iter()
        .filter(|(k, v)| from.get(*k) != Some(*v))
        .map(|(k, v)| Change { key: k.clone(), value: v.clone() })
        .collect()
}

/// For every finding of `report` (a run of `scenario` with `current` and `seed`), the smallest
/// changes of choices that prevent it. Other selections are run with the same seed; selections
/// the scenario cannot build are skipped (`check` reports them).
pub fn counterfactuals(scenario: &Scenario, current: &Selection, seed: u64, report: &Report) -> Vec<Counterfactual> {
    let keys: Vec<OutcomeKey> = report.findings.iter().map(crate::Finding::outcome_key).collect();
    let wanted: BTreeSet<&OutcomeKey> = keys.iter().collect();
    // For each finding key: the distance of its smallest preventing change, and those changes.
    let mut found: BTreeMap<&OutcomeKey, (usize, Vec<Vec<Change>>)> = BTreeMap::new();
    for alt in alternatives(scenario, current) {
        let d = distance(current, &alt);
        let all_settled = wanted.iter().all(|k| found.get(k).is_some_and(|(best, _)| *best < d));
        if all_settled {
            break;
        }
        let Ok((_, r)) = run(scenario, &alt, seed) else { continue };
        let present: BTreeSet<OutcomeKey> = r.findings.iter().map(crate::Finding::outcome_key).collect();
        for k in &wanted {
            if present.contains(*k) {
                continue;
            }
            let entry = found.entry(k).or_insert_with(|| (d, Vec::new()));
            if entry.0 == d && entry.1.len() < MAX_ALTERNATIVES {
                entry.1.push(changes(current, &alt));
            }
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, k)| Counterfactual {
            finding: i,
            prevented_by: found.get(k).map(|(_, c)| c.clone()).unwrap_or_default(),
        })
        .collect()
}

/// What one combination of choices leads to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// The choices.
    pub choices: Selection,
    /// Each objective's id and whether it was met, in file order; empty when the run failed.
    pub objectives: Vec<(String, bool)>,
    /// Findings about the learner's accounts, by code.
    pub about_learner: BTreeMap<String, usize>,
    /// The learner's messages some adversary read.
    pub learner_messages_read: usize,
    /// All findings.
    pub findings: usize,
    /// Diagnostic codes when the scenario cannot be built with these choices.
    pub problems: Vec<String>,
}

impl Outcome {
    /// What a trainer compares across choices: objectives and what leaked about the learner.
    fn signature(&self) -> (&[(String, bool)], &BTreeMap<String, usize>, usize) {
        (&self.objectives, &self.about_learner, self.learner_messages_read)
    }
}

/// The outcome of every combination (or of each single change when there are too many).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcomes {
    /// Whether every combination was run (at most [`MAX_COMBINATIONS`](crate::scenario::MAX_COMBINATIONS)).
    pub exhaustive: bool,
    /// The combinations, defaults first.
    pub outcomes: Vec<Outcome>,
    /// For each choice key, whether changing it alone ever changes the outcome.
    pub matters: BTreeMap<String, bool>,
}

/// Runs every combination of the scenario's choices with `seed`.
pub fn outcomes(scenario: &Scenario, seed: u64) -> Outcomes {
    let exhaustive = scenario.exhaustive();
    let outcomes: Vec<Outcome> = scenario.combinations().into_iter().map(|sel| outcome(scenario, sel, seed)).collect();
    let mut matters = BTreeMap::new();
    for key in scenario.choices.keys() {
        // Group the outcomes by every other choice; the key matters when a group disagrees.
        let mut groups: BTreeMap<Selection, BTreeSet<String>> = BTreeMap::new();
        for o in &outcomes {
            let mut rest = o.choices.clone();
            rest.remove(key);
            groups.entry(rest).or_default().insert(format!("{:?}", o.signature()));
        }
        matters.insert(key.clone(), groups.values().any(|g| g.len() > 1));
    }
    Outcomes { exhaustive, outcomes, matters }
}

fn outcome(scenario: &Scenario, choices: Selection, seed: u64) -> Outcome {
    let mut o = Outcome {
        choices,
        objectives: Vec::new(),
        about_learner: BTreeMap::new(),
        learner_messages_read: 0,
        findings: 0,
        problems: Vec::new(),
    };
    match run(scenario, &o.choices, seed) {
        Ok((_, r)) => {
            o.objectives = r.objectives.iter().map(|x| (x.id.clone(), x.met)).collect();
            o.about_learner = r.exposure.about_learner.clone();
            o.learner_messages_read = r.exposure.learner_messages_read;
            o.findings = r.findings.len();
        }
        Err(crate::SimError::Scenario(diags)) => {
            o.problems = diags.iter().map(|d| d.code.as_str().to_owned()).collect();
        }
        Err(e) => o.problems = vec![format!("{e:?}")],
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;
    use crate::knowledge::{FindingCode, IpKind, OutcomeDetail};

    fn scenario(name: &str) -> Scenario {
        match bundled::get(name).map(Scenario::parse) {
            Some(Ok(s)) => s,
            other => panic!("bundled {name}: {other:?}"),
        }
    }

    fn cf_for(name: &str, choose: &[&str], pick: impl Fn(&crate::Finding) -> bool) -> Vec<Vec<Change>> {
        let s = scenario(name);
        let sel = s.select(choose.iter().copied()).unwrap_or_else(|e| panic!("{e}"));
        let (_, report) = run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
        let cfs = counterfactuals(&s, &sel, s.seed, &report);
        assert_eq!(cfs.len(), report.findings.len());
        let i = report.findings.iter().position(pick).unwrap_or_else(|| panic!("no such finding"));
        cfs[i].prevented_by.clone()
    }

    fn change(key: &str, value: &str) -> Change {
        Change { key: key.into(), value: ChoiceValue::Str(value.into()) }
    }

    #[test]
    fn home_ip_is_prevented_by_one_change() {
        let by = cf_for("first-connection", &[], |f| {
            f.subject == "you" && f.outcome_key().detail == OutcomeDetail::IpKind(IpKind::Home)
        });
        // Moving to the collective's server, a VPN or Tor each hide the home address alone.
        assert!(by.iter().all(|c| c.len() == 1), "{by:?}");
        assert!(by.contains(&vec![change("connection", "vpn")]) || by.contains(&vec![change("connection", "tor")]));
        assert!(by.contains(&vec![change("server", "collective.example")]), "{by:?}");
    }

    #[test]
    fn someone_elses_membership_is_not_preventable() {
        let by = cf_for("first-connection", &[], |f| f.subject == "sam" && f.code() == FindingCode::RoomMembership);
        assert!(by.is_empty(), "{by:?}");
    }

    #[test]
    fn outcomes_cover_every_combination_and_tell_which_choices_matter() {
        let s = scenario("first-connection");
        let o = outcomes(&s, s.seed);
        assert!(o.exhaustive);
        assert_eq!(o.outcomes.len(), 2 * 2 * 3 * 2);
        assert_eq!(o.outcomes[0].choices, s.defaults());
        assert!(o.outcomes.iter().all(|x| x.problems.is_empty() && !x.objectives.is_empty()));
        assert_eq!(o.matters.get("connection"), Some(&true));
        assert_eq!(o.matters.get("email"), Some(&true));
    }
}
