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
///
/// A change prevents a finding only when it is an improvement for the person the finding is
/// about (the learner with all their accounts, or one other person): after it the finding's
/// outcome key is gone, and the adversaries know STRICTLY LESS about that person — every finding
/// about them after the change tells no more than some finding before it
/// ([`OutcomeKey::tells_no_more_than`]), so nothing new was learned. A change that swaps a finding
/// for a worse one (a VPN exit for the home address) or for a different one (a phone number for
/// an email address) prevents nothing. ARCHITECTURE.md, "Counterfactuals", states the rule.
pub fn counterfactuals(scenario: &Scenario, current: &Selection, seed: u64, report: &Report) -> Vec<Counterfactual> {
    counterfactuals_among(scenario, current, seed, report, alternatives(scenario, current))
}

/// Each single change of the choices `keys` from `current` (the other choices kept): the
/// alternatives a live class tries for one learner, whose choices are a few keys among many.
pub fn single_changes(scenario: &Scenario, current: &Selection, keys: &[String]) -> Vec<Selection> {
    let mut out = Vec::new();
    for key in keys {
        for v in scenario.choices.get(key).map(|c| c.values.as_slice()).unwrap_or_default() {
            if current.get(key) != Some(v) {
                let mut s = current.clone();
                s.insert(key.clone(), v.clone());
                out.push(s);
            }
        }
    }
    out
}

/// Like [`counterfactuals`], trying only `alternatives` (nearest first, as [`alternatives`] orders
/// them).
pub fn counterfactuals_among(
    scenario: &Scenario,
    current: &Selection,
    seed: u64,
    report: &Report,
    alternatives: Vec<Selection>,
) -> Vec<Counterfactual> {
    let keys: Vec<OutcomeKey> = report.findings.iter().map(crate::Finding::outcome_key).collect();
    let wanted: BTreeSet<&OutcomeKey> = keys.iter().collect();
    let group = |subject: &str| about(report, subject);
    let before = known_about(report);
    // For each finding key: the distance of its smallest preventing change, and those changes.
    let mut found: BTreeMap<&OutcomeKey, (usize, Vec<Vec<Change>>)> = BTreeMap::new();
    for alt in alternatives {
        let d = distance(current, &alt);
        let all_settled = wanted.iter().all(|k| found.get(k).is_some_and(|(best, _)| *best < d));
        if all_settled {
            break;
        }
        let Ok((_, r)) = run(scenario, &alt, seed) else { continue };
        let present: BTreeSet<OutcomeKey> = r.findings.iter().map(crate::Finding::outcome_key).collect();
        let after = known_about(&r);
        let mut less: BTreeMap<String, bool> = BTreeMap::new();
        for k in &wanted {
            if present.contains(*k) {
                continue;
            }
            let g = group(&k.subject);
            if !*less.entry(g.clone()).or_insert_with(|| knows_less(after.get(&g), before.get(&g))) {
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

/// Whose knowledge a finding about `subject` adds to: the learner's (all their accounts, named
/// `""`), or that one person's.
fn about(report: &Report, subject: &str) -> String {
    if report.learner_accounts.iter().any(|a| a == subject) { String::new() } else { subject.to_owned() }
}

/// Every adversary's findings, as outcome keys, grouped by whom they are about ([`about`]).
fn known_about(report: &Report) -> BTreeMap<String, BTreeSet<OutcomeKey>> {
    let mut out: BTreeMap<String, BTreeSet<OutcomeKey>> = BTreeMap::new();
    for f in &report.findings {
        out.entry(about(report, &f.subject)).or_default().insert(f.outcome_key());
    }
    out
}

/// Whether `after` is strictly less knowledge than `before`: every key of `after` tells no more
/// than some key of `before`, and the two differ.
fn knows_less(after: Option<&BTreeSet<OutcomeKey>>, before: Option<&BTreeSet<OutcomeKey>>) -> bool {
    let (empty_a, empty_b) = (BTreeSet::new(), BTreeSet::new());
    let (after, before) = (after.unwrap_or(&empty_a), before.unwrap_or(&empty_b));
    after != before && after.iter().all(|a| before.iter().any(|b| a.tells_no_more_than(b)))
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

    #[test]
    fn a_change_that_swaps_a_finding_for_a_worse_one_prevents_nothing() {
        // Through a VPN the raid logs the VPN's exit; connecting directly would log the home
        // address instead (and let the ISP name the server): not an improvement.
        let by = cf_for("connecting", &["connection=vpn"], |f| {
            f.subject == "you" && f.outcome_key().detail == OutcomeDetail::IpKind(IpKind::Vpn)
        });
        assert!(!by.iter().flatten().any(|c| c == &change("connection", "direct")), "{by:?}");
        // Tor instead of the VPN is another exit, not less: nothing of the learner's prevents it.
        assert!(by.is_empty(), "{by:?}");
    }

    #[test]
    fn every_named_change_leaves_the_adversaries_knowing_strictly_less() {
        for (name, choose) in
            [("connecting", &["connection=vpn"][..]), ("first-connection", &[]), ("second-accounts", &[])]
        {
            let s = scenario(name);
            let sel = s.select(choose.iter().copied()).unwrap_or_else(|e| panic!("{e}"));
            let (_, report) = run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{e}"));
            let before = known_about(&report);
            for cf in counterfactuals(&s, &sel, s.seed, &report) {
                let group = about(&report, &report.findings[cf.finding].subject);
                for changes in &cf.prevented_by {
                    let mut alt = sel.clone();
                    alt.extend(changes.iter().map(|c| (c.key.clone(), c.value.clone())));
                    let (_, r) = run(&s, &alt, s.seed).unwrap_or_else(|e| panic!("{e}"));
                    let after = known_about(&r);
                    assert!(knows_less(after.get(&group), before.get(&group)), "{name}: {changes:?}");
                }
            }
        }
    }

    #[test]
    fn knowing_less_is_a_strict_order_on_facts() {
        let key = |detail| crate::knowledge::OutcomeKey {
            adversary: "a".into(),
            subject: "you".into(),
            code: FindingCode::IpAddress,
            detail,
        };
        let (home, vpn, tor) = (
            key(OutcomeDetail::IpKind(IpKind::Home)),
            key(OutcomeDetail::IpKind(IpKind::Vpn)),
            key(OutcomeDetail::IpKind(IpKind::Tor)),
        );
        let set = |k: &[&crate::knowledge::OutcomeKey]| k.iter().map(|k| (*k).clone()).collect::<BTreeSet<_>>();
        assert!(knows_less(Some(&set(&[&vpn])), Some(&set(&[&home]))));
        assert!(!knows_less(Some(&set(&[&home])), Some(&set(&[&vpn]))));
        assert!(!knows_less(Some(&set(&[&tor])), Some(&set(&[&vpn]))), "another exit is not less");
        assert!(!knows_less(Some(&set(&[&home])), Some(&set(&[&home]))), "equal is not less");
        assert!(knows_less(None, Some(&set(&[&home]))));
        assert!(knows_less(Some(&set(&[&home])), Some(&set(&[&home, &vpn]))), "a subset is less");
    }

    #[test]
    fn encrypting_the_room_still_prevents_reading_it() {
        // Encrypted, the raid learns who wrote when (the envelope), which it knew from the text
        // anyway: strictly less.
        let by = cf_for("public-vs-encrypted", &[], |f| {
            f.adversary == "seized-server" && f.subject == "you" && f.code() == FindingCode::MessagePlaintext
        });
        assert!(by.contains(&vec![Change { key: "encrypted".into(), value: ChoiceValue::Bool(true) }]), "{by:?}");
    }
}
