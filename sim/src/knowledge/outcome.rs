//! Outcome keys: what a finding is without the run's ids, and when one tells no more than
//! another (the comparison counterfactuals and outcome tables rest on).

use super::finding::*;
use crate::time::SimTime;

/// What a finding is, independent of the run that made it (see [`Finding::outcome_key`]).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutcomeKey {
    /// The adversary that learned it.
    pub adversary: String,
    /// The person (scenario id) it is about.
    pub subject: String,
    /// What kind of finding.
    pub code: FindingCode,
    /// The details a choice can change.
    pub detail: OutcomeDetail,
}

impl OutcomeKey {
    /// Whether learning `self` tells the adversary no more than learning `other`: the same
    /// adversary, person, code and details; or the same finding with an address that says less —
    /// a VPN or Tor exit instead of the home address (`ip-address`), the VPN or Tor instead of the
    /// homeserver as the visible destination (`traffic`); exits are shared by many people and link
    /// nothing (docs/rules.md A2); fewer sessions of the same room in a key backup, or a recovery
    /// passphrase nobody can guess in place of one guessing finds; a notification without the sender's name in place of the same
    /// one with it (`push-notification`); or a message's envelope (`message-metadata`: who, where, when)
    /// instead of its text (`message-plaintext` of the same room and time, which tells all that
    /// and the words). Nothing else is ranked, so any other difference is new knowledge.
    pub fn tells_no_more_than(&self, other: &OutcomeKey) -> bool {
        if self.adversary != other.adversary || self.subject != other.subject {
            return false;
        }
        if let (OutcomeDetail::Metadata { room, at, .. }, OutcomeDetail::Text { room: r2, at: a2, .. }) =
            (&self.detail, &other.detail)
        {
            return room == r2 && at == a2;
        }
        if self.code != other.code {
            return false;
        }
        match (&self.detail, &other.detail) {
            (a, b) if a == b => true,
            (OutcomeDetail::IpKind(IpKind::Vpn | IpKind::Tor), OutcomeDetail::IpKind(IpKind::Home)) => true,
            (OutcomeDetail::Value(a), OutcomeDetail::Value(b)) => {
                self.code == FindingCode::Traffic && (a == "vpn" || a == "tor") && b == "server"
            }
            // Fewer sessions of the same room in a backup; a passphrase nobody can guess.
            (OutcomeDetail::Backup { room, sessions }, OutcomeDetail::Backup { room: r2, sessions: s2 }) => {
                room == r2 && sessions <= s2
            }
            (OutcomeDetail::Passphrase { weak: false }, OutcomeDetail::Passphrase { weak: true }) => true,
            (a @ OutcomeDetail::Push { .. }, b @ OutcomeDetail::Push { .. }) => {
                crate::knowledge::push_shows_no_more_than(a, b)
            }
            _ => false,
        }
    }
}

/// The details of a finding a learner's choice can change, without run-specific ids.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum OutcomeDetail {
    /// Nothing beyond the code and subject.
    None,
    /// The kind of address seen.
    IpKind(IpKind),
    /// A contact medium, a public handle, a linked account or a traffic destination kind.
    Value(String),
    Membership {
        room: String,
        membership: String,
    },
    Text {
        room: String,
        text: String,
        at: SimTime,
    },
    Metadata {
        room: String,
        at: SimTime,
        event_type: String,
    },
    Relation {
        room: String,
        rel_type: String,
        key: Option<String>,
    },
    Presence {
        state: String,
        status: Option<String>,
    },
    /// A read receipt or typing notice in a room at a time.
    Timed {
        room: String,
        at: SimTime,
    },
    /// Who carried a notification, of which room (or of the unread count) and when; the names
    /// and the content it showed.
    Push {
        service: crate::scenario::PushService,
        room: Option<String>,
        at: SimTime,
        names: (Option<String>, Option<String>),
        content: (Option<PushContent>, Option<String>),
    },
    /// An identity change seen at a time, by someone who had verified the person or not.
    Identity {
        at: SimTime,
        verified: bool,
    },
    /// How many sessions of a room a key backup holds.
    Backup {
        room: String,
        sessions: usize,
    },
    /// A recovery passphrase that offline guessing finds, or not.
    Passphrase {
        weak: bool,
    },
}
