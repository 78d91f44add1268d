//! Findings: what an adversary learned, as a code with typed details, evidence and the rule.

use super::{Evidence, Rule};
use crate::time::SimTime;
use serde::Serialize;

/// The kinds of finding. Kebab-case names are stable (objectives and translations use them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingCode {
    /// An IP address a person connected from.
    IpAddress,
    /// An email address or phone number bound to an account.
    ContactDetail,
    /// A username equal to a handle the person uses in public.
    PublicHandle,
    /// The devices of an account and their display names.
    DeviceList,
    /// Access tokens: the adversary can act as the account.
    SessionToken,
    /// Membership of a room.
    RoomMembership,
    /// Display name and avatar.
    Profile,
    /// Whom an account shares rooms with.
    SocialLink,
    /// The text of a message.
    MessagePlaintext,
    /// Who sent what kind of message where, when and how large.
    MessageMetadata,
    /// Replies and reactions between messages.
    Relation,
    /// Presence state, status and activity times.
    Presence,
    /// Read receipts.
    ReadReceipt,
    /// Typing notifications.
    Typing,
    /// Two accounts belong to the same person.
    AccountLink,
    /// Network traffic: where a person connects to and when.
    Traffic,
    /// A push notification for the person (or an update of their unread count) passed through
    /// their push gateway and push service.
    PushNotification,
    /// The person's cross-signing identity changed: apps warn, and block for those who had
    /// verified them.
    IdentityChanged,
    /// The rooms a person's key backup holds keys for, and how many sessions.
    KeyBackup,
    /// Secret storage derived from a passphrase: its salt and iterations allow guessing offline.
    RecoveryPassphrase,
}

impl FindingCode {
    /// Every code, in report order.
    pub const ALL: [FindingCode; 20] = [
        FindingCode::IpAddress,
        FindingCode::ContactDetail,
        FindingCode::PublicHandle,
        FindingCode::DeviceList,
        FindingCode::SessionToken,
        FindingCode::RoomMembership,
        FindingCode::Profile,
        FindingCode::SocialLink,
        FindingCode::MessagePlaintext,
        FindingCode::MessageMetadata,
        FindingCode::Relation,
        FindingCode::Presence,
        FindingCode::ReadReceipt,
        FindingCode::Typing,
        FindingCode::AccountLink,
        FindingCode::Traffic,
        FindingCode::PushNotification,
        FindingCode::IdentityChanged,
        FindingCode::KeyBackup,
        FindingCode::RecoveryPassphrase,
    ];

    /// The stable kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingCode::IpAddress => "ip-address",
            FindingCode::ContactDetail => "contact-detail",
            FindingCode::PublicHandle => "public-handle",
            FindingCode::DeviceList => "device-list",
            FindingCode::SessionToken => "session-token",
            FindingCode::RoomMembership => "room-membership",
            FindingCode::Profile => "profile",
            FindingCode::SocialLink => "social-link",
            FindingCode::MessagePlaintext => "message-plaintext",
            FindingCode::MessageMetadata => "message-metadata",
            FindingCode::Relation => "relation",
            FindingCode::Presence => "presence",
            FindingCode::ReadReceipt => "read-receipt",
            FindingCode::Typing => "typing",
            FindingCode::AccountLink => "account-link",
            FindingCode::Traffic => "traffic",
            FindingCode::PushNotification => "push-notification",
            FindingCode::IdentityChanged => "identity-changed",
            FindingCode::KeyBackup => "key-backup",
            FindingCode::RecoveryPassphrase => "recovery-passphrase",
        }
    }

    /// Parses a kebab-case name.
    pub fn parse(s: &str) -> Option<FindingCode> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// What kind of address an IP is, as anyone can tell from public lists of VPN and Tor exits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IpKind {
    /// The person's home connection.
    Home,
    /// A VPN provider's exit.
    Vpn,
    /// A Tor exit relay.
    Tor,
}

/// How a message's text was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReadVia {
    /// Stored unencrypted.
    Cleartext,
    /// Decrypted with a Megolm session a held device received.
    RoomKey,
}

/// One device as listed in a finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct DeviceInfo {
    /// Device id.
    pub id: String,
    /// Display name, where the holder sees it: a device's own server and members on that server
    /// do; other servers only if it shares device names over federation (FACTS.md §1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A reason two accounts are linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkVia {
    /// Same localpart on different servers.
    SameLocalpart,
    /// Same display name.
    SameDisplayName,
    /// Same avatar picture.
    SameAvatar,
    /// Connected from the same IP address.
    SameIp,
    /// Same email or phone bound.
    SameContact,
}

/// The finding's code and typed details (serialised as `code` plus `detail`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "code", content = "detail", rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Fact {
    IpAddress {
        account: String,
        ip: String,
        ip_kind: IpKind,
        user_agents: Vec<String>,
        last_seen: SimTime,
    },
    ContactDetail {
        account: String,
        medium: String,
        address: String,
    },
    PublicHandle {
        account: String,
        handle: String,
    },
    DeviceList {
        account: String,
        devices: Vec<DeviceInfo>,
    },
    SessionToken {
        account: String,
        devices: Vec<String>,
    },
    RoomMembership {
        account: String,
        room: String,
        membership: String,
        since: SimTime,
    },
    Profile {
        account: String,
        display_name: String,
        avatar: Option<String>,
    },
    SocialLink {
        account: String,
        contacts: Vec<String>,
        rooms: Vec<String>,
    },
    MessagePlaintext {
        account: String,
        room: String,
        event_id: String,
        /// When the message was sent (reading it tells when, too).
        at: SimTime,
        text: String,
        via: ReadVia,
    },
    MessageMetadata {
        account: String,
        room: String,
        event_id: String,
        at: SimTime,
        event_type: String,
        encrypted: bool,
        size: usize,
    },
    Relation {
        account: String,
        room: String,
        event_id: String,
        rel_type: String,
        target: String,
        key: Option<String>,
    },
    Presence {
        account: String,
        state: String,
        status: Option<String>,
        at: SimTime,
    },
    ReadReceipt {
        account: String,
        room: String,
        event_id: String,
        at: SimTime,
    },
    Typing {
        account: String,
        room: String,
        at: SimTime,
    },
    AccountLink {
        account: String,
        other: String,
        other_account: String,
        via: Vec<LinkVia>,
    },
    Traffic {
        destination: String,
        destination_kind: String,
        requests: usize,
        bytes: usize,
        first: SimTime,
        last: SimTime,
    },
    PushNotification {
        account: String,
        /// Who carried it: `google`, `apple` or `unifiedpush`.
        service: crate::scenario::PushService,
        /// The UnifiedPush distributor's server.
        distributor: Option<String>,
        /// `event-id-only` or `full`.
        format: crate::scenario::PushFormat,
        at: SimTime,
        /// An update of the unread count alone, sent when the person read their messages.
        unread_only: bool,
        /// The room of the event (`None` with `unread_only`).
        room: Option<String>,
        event_id: Option<String>,
        /// Rooms with unread notifications, plus invites.
        unread: u64,
        /// Full format only.
        event_type: Option<String>,
        sender: Option<String>,
        sender_name: Option<String>,
        room_name: Option<String>,
        /// Full format with the server's `push.include_content`: what the content was.
        content: Option<PushContent>,
        /// The words, when the content was an unencrypted message.
        text: Option<String>,
    },
    /// `verified`: the member had verified the old identity, so their app blocks key sharing
    /// with the person until they verify again; otherwise it only warns.
    IdentityChanged {
        account: String,
        at: SimTime,
        verified: bool,
    },
    /// `sessions` Megolm sessions of `room` in the backup (`e2e_room_keys`, ids in the clear).
    KeyBackup {
        account: String,
        room: String,
        sessions: usize,
    },
    /// The passphrase's PBKDF2 `iterations`; `weak`: guessing finds it, and with it the backup's
    /// `sessions` keys.
    RecoveryPassphrase {
        account: String,
        iterations: u64,
        weak: bool,
        sessions: usize,
    },
}

/// What the content of a full-format notification showed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PushContent {
    /// An unencrypted message: its words.
    Plaintext,
    /// An encrypted message: Megolm ciphertext and the session's ids, no words.
    Ciphertext,
    /// A membership event's content (an invite: the invitee's name and picture).
    Membership,
}

impl Fact {
    /// The Matrix id the fact is about (every fact but traffic names one).
    pub fn account(&self) -> Option<&str> {
        match self {
            Fact::IpAddress { account, .. }
            | Fact::ContactDetail { account, .. }
            | Fact::PublicHandle { account, .. }
            | Fact::DeviceList { account, .. }
            | Fact::SessionToken { account, .. }
            | Fact::RoomMembership { account, .. }
            | Fact::Profile { account, .. }
            | Fact::SocialLink { account, .. }
            | Fact::MessagePlaintext { account, .. }
            | Fact::MessageMetadata { account, .. }
            | Fact::Relation { account, .. }
            | Fact::Presence { account, .. }
            | Fact::ReadReceipt { account, .. }
            | Fact::Typing { account, .. }
            | Fact::AccountLink { account, .. }
            | Fact::PushNotification { account, .. }
            | Fact::IdentityChanged { account, .. }
            | Fact::KeyBackup { account, .. }
            | Fact::RecoveryPassphrase { account, .. } => Some(account),
            Fact::Traffic { .. } => None,
        }
    }

    /// The code of this fact.
    pub fn code(&self) -> FindingCode {
        match self {
            Fact::IpAddress { .. } => FindingCode::IpAddress,
            Fact::ContactDetail { .. } => FindingCode::ContactDetail,
            Fact::PublicHandle { .. } => FindingCode::PublicHandle,
            Fact::DeviceList { .. } => FindingCode::DeviceList,
            Fact::SessionToken { .. } => FindingCode::SessionToken,
            Fact::RoomMembership { .. } => FindingCode::RoomMembership,
            Fact::Profile { .. } => FindingCode::Profile,
            Fact::SocialLink { .. } => FindingCode::SocialLink,
            Fact::MessagePlaintext { .. } => FindingCode::MessagePlaintext,
            Fact::MessageMetadata { .. } => FindingCode::MessageMetadata,
            Fact::Relation { .. } => FindingCode::Relation,
            Fact::Presence { .. } => FindingCode::Presence,
            Fact::ReadReceipt { .. } => FindingCode::ReadReceipt,
            Fact::Typing { .. } => FindingCode::Typing,
            Fact::AccountLink { .. } => FindingCode::AccountLink,
            Fact::Traffic { .. } => FindingCode::Traffic,
            Fact::PushNotification { .. } => FindingCode::PushNotification,
            Fact::IdentityChanged { .. } => FindingCode::IdentityChanged,
            Fact::KeyBackup { .. } => FindingCode::KeyBackup,
            Fact::RecoveryPassphrase { .. } => FindingCode::RecoveryPassphrase,
        }
    }
}

/// One thing an adversary learned.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Finding {
    /// Adversary id.
    pub adversary: String,
    /// Person (scenario id) it is about; for traffic, the observed person.
    pub subject: String,
    /// Code and details.
    #[serde(flatten)]
    pub fact: Fact,
    /// Where it was found.
    pub evidence: Vec<Evidence>,
    /// Rule behind it.
    pub rule: Rule,
}

impl Finding {
    /// The finding's code.
    pub fn code(&self) -> FindingCode {
        self.fact.code()
    }

    /// What this finding is, independent of the run that made it: adversary, subject, code and
    /// the details a learner's choice can change (the kind of IP, the room, the message text, the
    /// time in the script …), without run-specific bytes such as event ids or Matrix ids, which
    /// change with the server or username chosen. Two runs of a scenario with different choices
    /// "found the same thing" when their findings share this key.
    pub fn outcome_key(&self) -> OutcomeKey {
        let detail = match &self.fact {
            Fact::IpAddress { ip_kind, .. } => OutcomeDetail::IpKind(*ip_kind),
            Fact::ContactDetail { medium: v, .. }
            | Fact::PublicHandle { handle: v, .. }
            | Fact::AccountLink { other: v, .. }
            | Fact::Traffic { destination_kind: v, .. } => OutcomeDetail::Value(v.clone()),
            Fact::DeviceList { .. } | Fact::SessionToken { .. } | Fact::Profile { .. } | Fact::SocialLink { .. } => {
                OutcomeDetail::None
            }
            Fact::RoomMembership { room, membership, .. } => {
                OutcomeDetail::Membership { room: room.clone(), membership: membership.clone() }
            }
            Fact::MessagePlaintext { room, text, at, .. } => {
                OutcomeDetail::Text { room: room.clone(), text: text.clone(), at: *at }
            }
            Fact::MessageMetadata { room, at, event_type, .. } => {
                OutcomeDetail::Metadata { room: room.clone(), at: *at, event_type: event_type.clone() }
            }
            Fact::Relation { room, rel_type, key, .. } => {
                OutcomeDetail::Relation { room: room.clone(), rel_type: rel_type.clone(), key: key.clone() }
            }
            Fact::Presence { state, status, .. } => {
                OutcomeDetail::Presence { state: state.clone(), status: status.clone() }
            }
            Fact::ReadReceipt { room, at, .. } | Fact::Typing { room, at, .. } => {
                OutcomeDetail::Timed { room: room.clone(), at: *at }
            }
            Fact::PushNotification { service, room, at, sender_name, room_name, content, text, .. } => {
                OutcomeDetail::Push {
                    service: *service,
                    room: room.clone(),
                    at: *at,
                    names: (sender_name.clone(), room_name.clone()),
                    content: (*content, text.clone()),
                }
            }
            Fact::IdentityChanged { at, verified, .. } => OutcomeDetail::Identity { at: *at, verified: *verified },
            Fact::KeyBackup { room, sessions, .. } => OutcomeDetail::Backup { room: room.clone(), sessions: *sessions },
            Fact::RecoveryPassphrase { weak, .. } => OutcomeDetail::Passphrase { weak: *weak },
        };
        OutcomeKey { adversary: self.adversary.clone(), subject: self.subject.clone(), code: self.code(), detail }
    }

    /// The detail fields as JSON (for objective filters).
    pub fn detail(&self) -> serde_json::Value {
        serde_json::to_value(&self.fact)
            .ok()
            .and_then(|mut v| v.get_mut("detail").map(serde_json::Value::take))
            .unwrap_or(serde_json::Value::Null)
    }
}

pub use super::outcome::{OutcomeDetail, OutcomeKey};
