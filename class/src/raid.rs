//! A raid: the class composed into a scenario with the one adversary the trainer started, run in
//! the core; each learner's debrief (the core's debrief seen from their person, with what their own
//! choices would have prevented), and the class summary the projector shows, anonymised.

use crate::compose::{self, Compose, learner_key};
use crate::session::{Learner, Raid};
use crate::template::Template;
use glasshouse_sim::counterfactual::{counterfactuals_among, single_changes};
use glasshouse_sim::debrief::{self, Debrief};
use glasshouse_sim::scenario::Setup;
use glasshouse_sim::{Diagnostic, FindingCode, Report, Scenario, SimError};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Why a raid could not run (a class scenario that builds with some learners' picks but not
/// others'): the core's diagnostics or error, as codes.
#[derive(Debug)]
pub enum RaidError {
    /// The composed scenario has problems.
    Scenario(Vec<Diagnostic>),
    /// The run failed.
    Run(SimError),
}

impl std::fmt::Display for RaidError {
    /// Codes for logs; pages show a refusal.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RaidError::Scenario(d) => {
                write!(f, "class scenario diagnostics: {}", crate::template::diagnostic_codes(d))
            }
            RaidError::Run(e) => write!(f, "run failed: {e:?}"),
        }
    }
}

/// What one server's people lost, counted over the class's learners (nobody named).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ServerLine {
    /// Learners whose account is on it.
    pub learners: usize,
    /// Learners whose home address the adversary learned.
    pub home_ips: usize,
    /// Learners whose email or phone it learned.
    pub contacts: usize,
    /// Learners tied to a public handle.
    pub public_handles: usize,
    /// Learners with a linked second account.
    pub linked_accounts: usize,
    /// Learners' messages it could read.
    pub readable_messages: usize,
}

/// The class picture after a raid: counts only, per server, and by finding code.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The class scenario.
    pub scenario: String,
    /// Round number.
    pub round: u32,
    /// The adversary started.
    pub adversary: String,
    /// Learners in the run.
    pub learners: usize,
    /// Per server, in the scenario's order.
    pub servers: BTreeMap<String, ServerLine>,
    /// Findings about learners, by code.
    pub findings: BTreeMap<String, usize>,
}

/// A finished raid.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// Round number.
    pub round: u32,
    /// The adversary started.
    pub adversary: String,
    /// The composed scenario (messages kept) that was run.
    pub toml: String,
    /// The run's setup.
    pub setup: Setup,
    /// The run's report (without counterfactuals).
    pub report: Report,
    /// Each learner's own debrief, by learner number.
    pub debriefs: BTreeMap<u32, Debrief>,
    /// The class picture.
    pub summary: Summary,
}

/// Runs one raid of the class. `counterfactuals` also re-runs each learner's own other choices
/// (one at a time) to say what would have prevented each of their findings.
pub fn run(template: &Template, raid: &Raid, counterfactuals: bool) -> Result<Outcome, RaidError> {
    let c = Compose {
        learners: &raid.learners,
        messages: &raid.messages,
        adversary: Some(&raid.adversary),
        keep_messages: true,
    };
    let toml = compose::to_toml(template, &c);
    let scenario = Scenario::parse(&toml).map_err(RaidError::Scenario)?;
    let selection = scenario.defaults();
    let setup = scenario.setup(&selection).map_err(RaidError::Scenario)?;
    let (_, report) = glasshouse_sim::run(&scenario, &selection, scenario.seed).map_err(RaidError::Run)?;
    // Each learner's counterfactuals are independent runs: spread over the cores.
    let built = glasshouse_sim::crypto::parallel::map(raid.learners.iter().collect(), 1, |l: &Learner| {
        let mut r = report.clone();
        if counterfactuals {
            let keys: Vec<String> = template.learner_choices().iter().map(|c| learner_key(l, &c.key)).collect();
            let alts = single_changes(&scenario, &selection, &keys);
            r.counterfactuals = counterfactuals_among(&scenario, &selection, scenario.seed, &report, alts);
        }
        (l.id, debrief::build_for(&setup, &r, &l.person()))
    });
    let debriefs: BTreeMap<_, _> = built.into_iter().collect();
    let summary = summarise(template, raid, &setup, &report);
    Ok(Outcome { round: raid.round, adversary: raid.adversary.clone(), toml, setup, report, debriefs, summary })
}

/// Counts what the raid learned about the learners, per server and by code.
pub fn summarise(template: &Template, raid: &Raid, setup: &Setup, report: &Report) -> Summary {
    let mut servers: BTreeMap<String, ServerLine> =
        template.servers().into_iter().map(|s| (s, ServerLine::default())).collect();
    let mut findings: BTreeMap<String, usize> = BTreeMap::new();
    for l in &raid.learners {
        let person = l.person();
        let Some(server) = setup.people.get(&person).map(|p| p.server.clone()) else { continue };
        let about: Vec<_> = report
            .findings
            .iter()
            .filter(|f| setup.people.get(&f.subject).is_some_and(|p| p.owner == person))
            .collect();
        let has = |code: FindingCode| about.iter().any(|f| f.code() == code);
        let home = about.iter().any(|f| f.code() == FindingCode::IpAddress && f.detail()["ip_kind"] == "home");
        let read: BTreeSet<String> = about
            .iter()
            .filter(|f| f.code() == FindingCode::MessagePlaintext)
            .map(|f| f.detail()["event_id"].as_str().unwrap_or_default().to_owned())
            .collect();
        let line = servers.entry(server).or_default();
        line.learners += 1;
        line.home_ips += usize::from(home);
        line.contacts += usize::from(has(FindingCode::ContactDetail));
        line.public_handles += usize::from(has(FindingCode::PublicHandle));
        line.linked_accounts += usize::from(has(FindingCode::AccountLink));
        line.readable_messages += read.len();
        for f in &about {
            *findings.entry(f.code().as_str().to_owned()).or_default() += 1;
        }
    }
    Summary {
        scenario: template.id().to_owned(),
        round: raid.round,
        adversary: raid.adversary.clone(),
        learners: raid.learners.len(),
        servers,
        findings,
    }
}
