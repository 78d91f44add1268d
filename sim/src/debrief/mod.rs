//! The learner's debrief as data: a report's findings grouped by what they mean, per person
//! (you first, then the people you put at risk, then everyone else), merged, ranked by what an
//! adversary can do with them, with what would have prevented each group and what to do now.
//!
//! Words-free: codes and arguments only; every medium (terminal, book, window, browser) renders
//! this one model with Fluent words. Which finding lands in which group is decided in one place,
//! [`place`] (an exhaustive match on the finding's facts).

pub mod place;
#[cfg(test)]
mod tests;

use crate::counterfactual::Change;
use crate::report::Report;
use crate::scenario::{PersonSpec, Setup};
use place::{ItemKey, Placed};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What a finding means to the person it is about: the group it is told in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKind {
    /// Who you are: username, email or phone, public handle, profile, linked accounts.
    Identity,
    /// Where you are: IP addresses, the network you connect through, user agents.
    Location,
    /// Who you talk to: rooms, members, contacts.
    Network,
    /// What you said: readable messages, replies, reactions.
    Content,
    /// When you are active: presence, receipts, typing, message timing, notifications.
    Activity,
    /// Your devices and sessions: devices, access tokens, identity changes.
    Devices,
}

impl GroupKind {
    /// Every group, in the order groups of equal severity are shown.
    pub const ALL: [GroupKind; 6] = [
        GroupKind::Location,
        GroupKind::Identity,
        GroupKind::Devices,
        GroupKind::Content,
        GroupKind::Network,
        GroupKind::Activity,
    ];

    /// The stable kebab-case name (Fluent keys use it).
    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::Identity => "identity",
            GroupKind::Location => "location",
            GroupKind::Network => "network",
            GroupKind::Content => "content",
            GroupKind::Activity => "activity",
            GroupKind::Devices => "devices",
        }
    }

    fn rank(self) -> usize {
        GroupKind::ALL.iter().position(|g| *g == self).unwrap_or(GroupKind::ALL.len())
    }
}

/// What an adversary can do with what it learned, least severe first (the derived order is the
/// severity order). Harm to the person's body comes first (found, then named), then to their
/// voice (someone acting as them, then reading them), then to others (the people around them),
/// then patterns (when they are active).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Tell when the person is active (online, reading, typing, writing, notified).
    Watch,
    /// Map the person's network: whom they are with, in which rooms.
    MapNetwork,
    /// Read what the person said.
    Read,
    /// Act as the person (their sessions), or have their contacts' apps trust someone else.
    Impersonate,
    /// Learn who the person is (email, phone, public handle, a linked account).
    Identify,
    /// Find where the person is (their home address).
    Locate,
}

impl Severity {
    /// Every severity, most severe first.
    pub const ALL: [Severity; 6] = [
        Severity::Locate,
        Severity::Identify,
        Severity::Impersonate,
        Severity::Read,
        Severity::MapNetwork,
        Severity::Watch,
    ];

    /// The stable kebab-case name (Fluent keys use it).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Watch => "watch",
            Severity::MapNetwork => "map-network",
            Severity::Read => "read",
            Severity::Impersonate => "impersonate",
            Severity::Identify => "identify",
            Severity::Locate => "locate",
        }
    }
}

/// What to do now, in real life: each code is one how-to section of the book ([`Todo::page`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Todo {
    /// Reach your server through a VPN or Tor; ask how long it keeps addresses.
    HideAddress,
    /// Remove the email or phone from the account, or use one not tied to you.
    RemoveContact,
    /// Use a username and profile that are not the ones you use in public.
    ChangeUsername,
    /// Keep a second account apart: another server, name, picture, address.
    SeparateAccounts,
    /// Sign out sessions you do not use; know what a taken device holds.
    ReviewSessions,
    /// Verify the person again, in person or on a call, before trusting their new identity.
    VerifyAgain,
    /// Talk in encrypted rooms; treat unencrypted ones as public.
    EncryptRooms,
    /// Think about who sees whom you are with: fewer shared rooms, spread servers.
    ChooseRooms,
    /// Turn off read receipts, typing notices and presence where you can.
    QuietActivity,
    /// Ask for notifications without content or sender.
    PrivateNotifications,
    /// Protect the backup with a recovery key or a long random passphrase.
    StrongRecovery,
}

impl Todo {
    /// The stable kebab-case name (Fluent keys use it).
    pub fn as_str(self) -> &'static str {
        match self {
            Todo::HideAddress => "hide-address",
            Todo::RemoveContact => "remove-contact",
            Todo::ChangeUsername => "change-username",
            Todo::SeparateAccounts => "separate-accounts",
            Todo::ReviewSessions => "review-sessions",
            Todo::VerifyAgain => "verify-again",
            Todo::EncryptRooms => "encrypt-rooms",
            Todo::ChooseRooms => "choose-rooms",
            Todo::QuietActivity => "quiet-activity",
            Todo::PrivateNotifications => "private-notifications",
            Todo::StrongRecovery => "strong-recovery",
        }
    }

    /// The book's page and anchor that says how, relative to the book's root: the item of the
    /// "Do this now" checklist, which links on to the click-paths and the chapter.
    pub fn page(self) -> &'static str {
        match self {
            Todo::HideAddress => "do-this-now.html#hide-address",
            Todo::RemoveContact => "do-this-now.html#remove-contact",
            Todo::ChangeUsername => "do-this-now.html#change-username",
            Todo::SeparateAccounts => "do-this-now.html#separate-accounts",
            Todo::ReviewSessions => "do-this-now.html#review-sessions",
            Todo::VerifyAgain => "do-this-now.html#verify-again",
            Todo::EncryptRooms => "do-this-now.html#encrypt-rooms",
            Todo::ChooseRooms => "do-this-now.html#choose-rooms",
            Todo::QuietActivity => "do-this-now.html#quiet-activity",
            Todo::PrivateNotifications => "do-this-now.html#private-notifications",
            Todo::StrongRecovery => "do-this-now.html#strong-recovery",
        }
    }

    /// Every code.
    pub const ALL: [Todo; 11] = [
        Todo::HideAddress,
        Todo::RemoveContact,
        Todo::ChangeUsername,
        Todo::SeparateAccounts,
        Todo::ReviewSessions,
        Todo::VerifyAgain,
        Todo::EncryptRooms,
        Todo::ChooseRooms,
        Todo::QuietActivity,
        Todo::PrivateNotifications,
        Todo::StrongRecovery,
    ];
}

/// A person as the learner knows them: "you", or their display name. Never a Matrix id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PersonRef {
    /// The person's scenario id (the owner of the accounts).
    pub id: String,
    /// Their display name.
    pub name: String,
    /// The learner.
    pub you: bool,
}

/// One thing learned, after merging duplicates (an invite and a join of the same room; the same
/// address seen in two tables or by two adversaries).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    /// The code of its most telling finding (the first layer's sentence is `debrief-item-CODE`).
    pub code: crate::FindingCode,
    /// The sentence's arguments: names as the learner knows them, no ids.
    pub args: BTreeMap<String, String>,
    /// What an adversary can do with it.
    pub severity: Severity,
    /// The adversaries that learned it.
    pub adversaries: Vec<String>,
    /// The evidence one level down: indices into the report's findings (each with its evidence).
    pub findings: Vec<usize>,
}

/// One change set that prevents some of a group's items, and how many.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Prevention {
    /// The choices to change.
    pub changes: Vec<Change>,
    /// How many of the group's items it prevents (each finding of them gone, and the adversaries
    /// knowing strictly less about the person: see [`crate::counterfactual`]).
    pub items: usize,
}

/// Everything of one meaning learned about one person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// What it means.
    pub kind: GroupKind,
    /// The most severe item's severity.
    pub severity: Severity,
    /// How many items.
    pub count: usize,
    /// The first layer's one sentence: the most severe item's code and arguments, and how many
    /// more there are (`more`).
    pub summary: Item,
    /// The items, most severe first.
    pub items: Vec<Item>,
    /// What would have prevented it: up to three change sets, those preventing most items first;
    /// `None` when counterfactuals were not computed, empty when no choice prevents any item.
    pub prevented_by: Option<Vec<Prevention>>,
    /// What to do now.
    pub todo: Todo,
}

/// Why a person is in their part of the debrief.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// The learner (all their accounts).
    You,
    /// Someone a choice of the learner's exposed: a change of the learner's choices would have
    /// prevented some finding about them (a counterfactual names one).
    AtRisk,
    /// Everyone else.
    Others,
}

/// Everything learned about one person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonDebrief {
    /// Who.
    pub person: PersonRef,
    /// Which part of the debrief.
    pub part: Part,
    /// The most severe group's severity.
    pub severity: Severity,
    /// Items over every group.
    pub count: usize,
    /// The groups, most severe first.
    pub groups: Vec<Group>,
}

/// The learner's debrief of one run.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Debrief {
    /// About you (absent only when the scenario has no learner).
    pub you: Option<PersonDebrief>,
    /// The people you put at risk ([`Part::AtRisk`]), most severe first.
    pub at_risk: Vec<PersonDebrief>,
    /// Everyone else, most severe first.
    pub others: Vec<PersonDebrief>,
    /// Whether the report carried counterfactuals (without them nobody is "at risk" and no group
    /// says what would have prevented it).
    pub counterfactuals: bool,
}

impl Debrief {
    /// Every person, in order: you, at risk, others.
    pub fn people(&self) -> impl Iterator<Item = &PersonDebrief> {
        self.you.iter().chain(&self.at_risk).chain(&self.others)
    }
}

/// Resolves accounts and Matrix ids to people as the learner knows them.
pub(crate) struct Names<'a> {
    setup: &'a Setup,
    by_mxid: BTreeMap<String, &'a PersonSpec>,
    learner: String,
}

impl<'a> Names<'a> {
    /// Names as `learner` (a person's scenario id) knows them.
    pub(crate) fn seen_by(setup: &'a Setup, learner: &str) -> Names<'a> {
        let by_mxid = setup.people.values().map(|p| (p.mxid(), p)).collect();
        Names { setup, by_mxid, learner: learner.to_owned() }
    }

    /// The person (owner) holding the account with scenario id `account`.
    pub(crate) fn owner(&self, account: &str) -> String {
        self.setup.people.get(account).map_or_else(|| account.to_owned(), |p| p.owner.clone())
    }

    fn person(&self, owner: &str) -> PersonRef {
        let name = self.setup.people.get(owner).map_or_else(|| owner.to_owned(), |p| p.display_name.clone());
        PersonRef { id: owner.to_owned(), name, you: owner == self.learner }
    }

    /// How the learner knows the holder of a Matrix id: a display name, "you" (`""`), or, for an
    /// account outside the scenario (a planted puppet), its localpart.
    pub(crate) fn of_mxid(&self, mxid: &str) -> String {
        match self.by_mxid.get(mxid) {
            Some(p) if p.owner == self.learner => String::new(),
            Some(p) => {
                self.setup.people.get(&p.owner).map_or_else(|| p.display_name.clone(), |o| o.display_name.clone())
            }
            None => mxid.trim_start_matches('@').split(':').next().unwrap_or_default().to_owned(),
        }
    }

    /// A room as the learner knows it: its name, else its scenario id.
    pub(crate) fn room(&self, room: &str) -> String {
        self.setup.rooms.get(room).and_then(|r| r.name.clone()).unwrap_or_else(|| room.to_owned())
    }

    /// The account's server, for telling a person's accounts apart.
    pub(crate) fn server_of_mxid(&self, mxid: &str) -> String {
        mxid.split_once(':').map(|(_, s)| s.to_owned()).unwrap_or_default()
    }
}

/// Builds the debrief of `report`, a run of `setup`.
pub fn build(setup: &Setup, report: &Report) -> Debrief {
    build_for(setup, report, setup.learner().unwrap_or_default())
}

/// Builds the debrief of `report` as one person of `setup` sees it: `person` (a person's scenario
/// id) is "you". A live class gives each learner their own debrief of one shared run this way.
pub fn build_for(setup: &Setup, report: &Report, person: &str) -> Debrief {
    let names = Names::seen_by(setup, person);
    // person → group → item key → item
    let mut by_person: BTreeMap<String, BTreeMap<GroupKind, BTreeMap<ItemKey, Item>>> = BTreeMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        let Placed { group, key, severity, args } = place::place(f, &names);
        let owner = names.owner(&f.subject);
        let items = by_person.entry(owner).or_default().entry(group).or_default();
        let item = items.entry(key).or_insert_with(|| Item {
            code: f.code(),
            args: args.clone(),
            severity,
            adversaries: Vec::new(),
            findings: Vec::new(),
        });
        if severity > item.severity {
            (item.code, item.args, item.severity) = (f.code(), args, severity);
        }
        if !item.adversaries.contains(&f.adversary) {
            item.adversaries.push(f.adversary.clone());
        }
        item.findings.push(i);
    }
    let cf = counterfactual_index(report);
    let mut people: Vec<PersonDebrief> = by_person
        .into_iter()
        .map(|(owner, groups)| {
            let mut groups: Vec<Group> =
                groups.into_iter().map(|(kind, items)| group(kind, items, cf.as_ref())).collect();
            sort_groups(&mut groups);
            person_debrief(names.person(&owner), groups, cf.as_ref())
        })
        .collect();
    people.sort_by_key(|p| (p.part, std::cmp::Reverse(p.severity), std::cmp::Reverse(p.count)));
    let learner = person;
    let known = setup.people.contains_key(person);
    let you = people.iter().position(|p| p.part == Part::You).map(|i| people.remove(i)).or_else(|| {
        known.then(|| PersonDebrief {
            person: names.person(learner),
            part: Part::You,
            severity: Severity::Watch,
            count: 0,
            groups: Vec::new(),
        })
    });
    let (at_risk, others) = people.into_iter().partition(|p| p.part == Part::AtRisk);
    Debrief { you, at_risk, others, counterfactuals: cf.is_some() }
}

/// For each finding, the change sets that prevent it; `None` without counterfactuals.
type CfIndex = BTreeMap<usize, Vec<Vec<Change>>>;

fn counterfactual_index(report: &Report) -> Option<CfIndex> {
    if report.counterfactuals.is_empty() && !report.findings.is_empty() {
        return None;
    }
    Some(report.counterfactuals.iter().map(|c| (c.finding, c.prevented_by.clone())).collect())
}

fn person_debrief(person: PersonRef, groups: Vec<Group>, cf: Option<&CfIndex>) -> PersonDebrief {
    let severity = groups.iter().map(|g| g.severity).max().unwrap_or(Severity::Watch);
    let count = groups.iter().map(|g| g.count).sum();
    let preventable = groups
        .iter()
        .flat_map(|g| &g.items)
        .flat_map(|i| &i.findings)
        .any(|f| cf.and_then(|c| c.get(f)).is_some_and(|p| !p.is_empty()));
    let part = if person.you {
        Part::You
    } else if preventable {
        Part::AtRisk
    } else {
        Part::Others
    };
    PersonDebrief { person, part, severity, count, groups }
}

fn group(kind: GroupKind, items: BTreeMap<ItemKey, Item>, cf: Option<&CfIndex>) -> Group {
    let mut items: Vec<Item> = items.into_values().collect();
    items.sort_by(|a, b| (b.severity, a.findings.first()).cmp(&(a.severity, b.findings.first())));
    let severity = items.first().map_or(Severity::Watch, |i| i.severity);
    let mut summary = items.first().cloned().unwrap_or_else(|| Item {
        code: crate::FindingCode::Presence,
        args: BTreeMap::new(),
        severity,
        adversaries: Vec::new(),
        findings: Vec::new(),
    });
    summary.args.insert("more".into(), items.len().saturating_sub(1).to_string());
    let todo = place::todo(summary.code);
    let prevented_by = cf.map(|cf| preventions(&items, cf));
    Group { kind, severity, count: items.len(), summary, items, prevented_by, todo }
}

/// The change sets that prevent at least one item (every finding of it), most items first, then
/// fewest changes; at most [`crate::counterfactual::MAX_ALTERNATIVES`].
fn preventions(items: &[Item], cf: &CfIndex) -> Vec<Prevention> {
    let mut counts: BTreeMap<Vec<Change>, usize> = BTreeMap::new();
    for item in items {
        let mut sets: Option<BTreeSet<&Vec<Change>>> = None;
        for f in &item.findings {
            let these: BTreeSet<&Vec<Change>> = cf.get(f).map(|v| v.iter().collect()).unwrap_or_default();
            sets = Some(match sets {
                None => these,
                Some(s) => s.intersection(&these).copied().collect(),
            });
        }
        for set in sets.unwrap_or_default() {
            *counts.entry(set.clone()).or_default() += 1;
        }
    }
    let mut out: Vec<Prevention> = counts.into_iter().map(|(changes, items)| Prevention { changes, items }).collect();
    out.sort_by(|a, b| (b.items, a.changes.len()).cmp(&(a.items, b.changes.len())));
    out.truncate(crate::counterfactual::MAX_ALTERNATIVES);
    out
}

/// The groups of a person in display order: most severe first, then [`GroupKind::ALL`]'s order.
fn sort_groups(groups: &mut [Group]) {
    groups.sort_by(|a, b| (b.severity, a.kind.rank()).cmp(&(a.severity, b.kind.rank())));
}
