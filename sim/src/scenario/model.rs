//! The concrete, checked world of one run: every choice filled in, every reference resolved.

use crate::knowledge::FindingCode;
pub use crate::script::{Action, RecoverVia};
use crate::time::SimTime;
use indexmap::IndexMap;
use serde::Serialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// Declares an enum a scenario file writes by name, each name once: the enum (serialised
/// under those names; `Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize`) and
/// `NAMES`, every name with its value, for the checks (`Builder::one_of`, `Builder::lookup`).
macro_rules! named_enum {
    (
        $(#[$doc:meta])* $vis:vis enum $Name:ident / $NAMES:ident {
            $( $(#[$variant_doc:meta])* $Variant:ident => $name:literal, )*
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
        $vis enum $Name {
            $( $(#[$variant_doc])* #[serde(rename = $name)] $Variant, )*
        }

        #[doc = concat!("The names of [`", stringify!($Name), "`] values in a scenario file.")]
        pub(crate) const $NAMES: &[(&str, $Name)] = &[$( ($name, $Name::$Variant), )*];
    };
}
pub(crate) use named_enum;

named_enum! {
    /// How a person reaches their homeserver, and so which address the server records.
    pub enum Connection / CONNECTIONS {
        /// From home: the server sees the home IP.
        Direct => "direct",
        /// Through a VPN: the server sees the VPN's exit.
        Vpn => "vpn",
        /// Through Tor: the server sees a Tor exit relay.
        Tor => "tor",
    }
}

named_enum! {
    /// Which devices a sender shares its Megolm room keys with.
    pub enum SendPolicy / SEND_POLICIES {
        /// Every device of every joined member (the older behaviour, before 2026).
        All => "all",
        /// Devices their owner has cross-signed, verified or not: the default (the spec's since
        /// Matrix 1.18, MSC4153; Element enforces it since April 2026). A person whose identity
        /// changed after the sender had verified it gets nothing until verified again.
        CrossSigned => "cross-signed",
        /// Only devices the sender has verified (Element: "Only send messages to verified users").
        Verified => "verified",
    }
}

named_enum! {
    /// What unlocks a person's recovery (Secret Storage): a generated recovery key alone, or a
    /// passphrase the key is derived from (PBKDF2; its salt and iteration count are stored in the
    /// clear in account data, so whoever copies the server can guess the passphrase offline).
    pub enum RecoveryPassphrase / RECOVERY_PASSPHRASES {
        /// A generated recovery key only (what Element X and current Element Web set up).
        None => "none",
        /// A long passphrase nobody can guess (a few random words and more).
        Strong => "strong",
        /// A short or common passphrase: offline guessing finds it.
        Weak => "weak",
    }
}

named_enum! {
    /// The software a server runs: Matrix, or a centralised service of the guide's appendix, whose
    /// operator sees what FACTS.md §6 says.
    pub enum Platform / PLATFORMS {
        /// A Matrix homeserver (Synapse-like).
        Matrix => "matrix",
        /// Signal-like: phone number required, every chat end-to-end encrypted, sealed sender,
        /// encrypted profiles and groups.
        SignalLike => "signal-like",
        /// Telegram-like: phone number required, group and cloud chats not end-to-end encrypted.
        TelegramLike => "telegram-like",
        /// Discord-like: email required, nothing end-to-end encrypted.
        DiscordLike => "discord-like",
    }
}

named_enum! {
    /// Who runs sign-up and login for a Matrix server (FACTS.md §1 "Login via Matrix
    /// Authentication Service").
    pub enum Auth / AUTHS {
        /// Synapse itself (`/register`, `/login`, interactive auth).
        Synapse => "synapse",
        /// Matrix Authentication Service (OIDC, MSC3861): it keeps each session's last address
        /// until 30 days after its last activity and each sign-up's address for 30 days.
        Mas => "mas",
    }
}

named_enum! {
    /// How a person's client sets up a 1:1 call (Element: Settings → Voice & Video → "Allow
    /// Peer-to-Peer for 1:1 calls", `webRtcAllowPeerToPeer`).
    pub enum CallMode / CALL_MODES {
        /// Peer-to-peer allowed (Element's default): the client offers its own address, and the
        /// other party's client connects to it.
        P2p => "p2p",
        /// Relay only (`forceTURN`): the client offers only an address on its homeserver's TURN
        /// relay, which carries the media and sees both ends.
        Relay => "relay",
    }
}

/// Who holds a pusher's push key and carries its notifications to the phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PushService {
    /// Google's Firebase Cloud Messaging, through the app's push gateway (Android builds from
    /// Google Play; not the F-Droid builds, which carry no Google code).
    Google,
    /// Apple's Push Notification service, through the app's push gateway (iOS).
    Apple,
    /// A UnifiedPush distributor the person picked (for example ntfy): its server is the gateway.
    UnifiedPush,
}

/// What a pusher asks the homeserver to send (spec: client-server `POST /pushers/set`,
/// `data.format`; push gateway API `/notify`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PushFormat {
    /// `event_id_only`: room id, event id, priority and the unread count; the app fetches the
    /// rest from the homeserver. What Element X and Element Android register.
    EventIdOnly,
    /// No `format`: also the event's type and sender, the sender's display name, the room's name
    /// and, when the homeserver's `push.include_content` is on (Synapse's default), its content.
    Full,
}

/// The pusher a person's first device registers (Synapse's `pushers` table).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PusherSpec {
    /// Who carries the notifications.
    pub service: PushService,
    /// What each notification carries.
    pub format: PushFormat,
    /// The UnifiedPush distributor's server (with [`PushService::UnifiedPush`]).
    pub distributor: Option<String>,
}

named_enum! {
    /// `m.room.join_rules` values the simulator models.
    #[allow(missing_docs)]
    pub enum JoinRule / JOIN_RULES {
        Public => "public",
        Invite => "invite",
        Knock => "knock",
        Restricted => "restricted",
    }
}

named_enum! {
    /// `m.room.history_visibility` values.
    #[allow(missing_docs)]
    pub enum History / HISTORIES {
        Invited => "invited",
        Joined => "joined",
        Shared => "shared",
        WorldReadable => "world_readable",
    }
}

named_enum! {
    /// `m.presence` states.
    #[allow(missing_docs)]
    pub enum PresenceState / PRESENCE_STATES {
        Online => "online",
        Unavailable => "unavailable",
        Offline => "offline",
    }
}

/// A homeserver's configuration.
#[derive(Clone, Debug, Serialize)]
pub struct ServerSpec {
    /// Server name.
    pub name: String,
    /// Days `user_ips` history is kept.
    pub keeps_ip_days: u32,
    /// Whether the devices table keeps each device's last IP.
    pub keeps_device_ip: bool,
    /// Days of `homeserver.log` kept besides today's file (Synapse's default log config rotates
    /// at midnight and keeps 3); 0: request logging off.
    pub log_days: u32,
    /// Days of the reverse proxy's access log kept besides today's (Debian's nginx logrotate:
    /// 14); 0: access logging off.
    pub proxy_log_days: u32,
    /// Who runs sign-up and login.
    pub auth: Auth,
    /// Sign-up requires an email address.
    pub requires_email: bool,
    /// Sign-up requires a phone number.
    pub requires_phone: bool,
    /// Presence enabled.
    pub presence: bool,
    /// Device display names go to other servers (Synapse's
    /// `allow_device_name_lookup_over_federation`, default off).
    pub shares_device_names: bool,
    /// Synapse's `push.include_content` (default true): full-format notifications carry the
    /// event's content.
    pub push_include_content: bool,
    /// Honours redactions (default true); a modified or hostile server keeps the original.
    pub honours_redactions: bool,
    /// Days a redacted event's original stays in `event_json` (Synapse's
    /// `redaction_retention_period`, default 7).
    pub redaction_retention_days: u32,
    /// The software it runs.
    pub platform: Platform,
    /// Operator's jurisdiction.
    pub country: Option<String>,
}

/// A device.
#[derive(Clone, Debug, Serialize)]
pub struct DeviceSpec {
    /// Device id.
    pub id: String,
    /// Device display name.
    pub name: String,
    /// User agent.
    pub user_agent: String,
}

/// An account and the person behind it.
#[derive(Clone, Debug, Serialize)]
pub struct PersonSpec {
    /// Identifier in the scenario.
    pub id: String,
    /// The learner's account.
    pub learner: bool,
    /// The person (scenario id) who holds this account: itself unless `alias_of`.
    pub owner: String,
    /// Homeserver.
    pub server: String,
    /// Localpart.
    pub username: String,
    /// Display name.
    pub display_name: String,
    /// Avatar label.
    pub avatar: Option<String>,
    /// Connection at the start.
    pub connects: Connection,
    /// Home address.
    pub home_ip: String,
    /// Email bound to the account.
    pub email: Option<String>,
    /// Phone bound to the account.
    pub phone: Option<String>,
    /// Public handles elsewhere.
    pub public_handles: Vec<String>,
    /// People this person verified.
    pub verified: Vec<String>,
    /// Key-sharing policy.
    pub sends_to: SendPolicy,
    /// Shares the keys to earlier messages when inviting (MSC4268).
    pub shares_history: bool,
    /// Set up a recovery key (Secure Backup).
    pub recovery_key: bool,
    /// The passphrase the recovery key is derived from, if any.
    pub recovery_passphrase: RecoveryPassphrase,
    /// The pusher their first device registers, if any.
    pub push: Option<PusherSpec>,
    /// Published their bound email and phone on the identity server ("Discovery" in Element), so
    /// that anyone who has them can look up the Matrix ID.
    pub discoverable: bool,
    /// How their client sets up 1:1 calls.
    pub calls: CallMode,
    /// Devices at the start.
    pub devices: Vec<DeviceSpec>,
}

impl PersonSpec {
    /// `@username:server`.
    pub fn mxid(&self) -> String {
        format!("@{}:{}", self.username, self.server)
    }
}

/// A room's settings.
#[derive(Clone, Debug, Serialize)]
pub struct RoomSpec {
    /// Identifier in the scenario.
    pub id: String,
    /// Name.
    pub name: Option<String>,
    /// Topic.
    pub topic: Option<String>,
    /// Alias localpart.
    pub alias: Option<String>,
    /// Join rule.
    pub join_rule: JoinRule,
    /// History visibility.
    pub history: History,
    /// End-to-end encrypted.
    pub encrypted: bool,
    /// Members at the start (existing accounts only), creator first.
    pub members: Vec<String>,
}

/// A timed action.
#[derive(Clone, Debug, Serialize)]
pub struct Step {
    /// When.
    pub at: SimTime,
    /// What.
    pub action: Action,
    /// Where in the file.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// What an adversary is and holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum AdversaryKind {
    /// `server` and, when one adversary seizes several servers (`compromise = ["a", "b"]`), the
    /// others in `also`.
    Compromise {
        server: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also: Vec<String>,
    },
    MaliciousAdmin {
        server: String,
    },
    Insider {
        person: String,
    },
    NetworkObserver {
        person: String,
    },
    SeizedDevice {
        person: String,
        device: String,
    },
    PushGateway {
        person: String,
    },
    /// Anyone who holds these email addresses or phone numbers and asks the identity server which
    /// Matrix IDs they belong to (`/_matrix/identity/v2/lookup`).
    ContactLookup {
        contacts: Vec<String>,
    },
    /// The operator of the identity server (`name`, e.g. `vector.im`): it holds every published
    /// email and phone with its Matrix ID.
    IdentityServer {
        name: String,
    },
}

impl AdversaryKind {
    /// The compromised server, for the server-side kinds (the first, when several are seized).
    pub fn server(&self) -> Option<&str> {
        match self {
            AdversaryKind::Compromise { server, .. } | AdversaryKind::MaliciousAdmin { server } => Some(server),
            _ => None,
        }
    }

    /// Every server the adversary holds (none for the kinds near a person).
    pub fn servers(&self) -> Vec<&str> {
        match self {
            AdversaryKind::Compromise { server, also } => {
                std::iter::once(server.as_str()).chain(also.iter().map(String::as_str)).collect()
            }
            AdversaryKind::MaliciousAdmin { server } => vec![server],
            _ => Vec::new(),
        }
    }
}

/// An adversary.
#[derive(Clone, Debug, Serialize)]
pub struct AdversarySpec {
    /// Identifier.
    pub id: String,
    /// Kind and target.
    #[serde(flatten)]
    pub kind: AdversaryKind,
    /// When it starts.
    pub at: SimTime,
}

/// Matches findings by code, subject, adversary and detail fields.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FindingFilter {
    /// Finding code.
    pub finding: FindingCode,
    /// Person (scenario id) the finding is about.
    pub about: Option<String>,
    /// Adversary id.
    pub by: Option<String>,
    /// Detail fields that must be equal.
    #[serde(rename = "where")]
    pub where_: BTreeMap<String, serde_json::Value>,
}

/// Whether an objective wants a finding absent or present.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObjectiveKind {
    /// No adversary may learn a matching finding.
    MustNotLearn,
    /// Some adversary learns a matching finding (for exercises played from the attacker's side).
    Learns,
    /// The learner can still read a message at the end (account recovery).
    LearnerReads,
}

/// An objective.
#[derive(Clone, Debug, Serialize)]
pub struct Objective {
    /// Identifier.
    pub id: String,
    /// Absent or present.
    pub kind: ObjectiveKind,
    /// Which findings (for the finding kinds).
    pub filter: Option<FindingFilter>,
    /// The message label (for [`ObjectiveKind::LearnerReads`]).
    pub message: Option<String>,
}

/// Exit addresses of the shared anonymising services.
#[derive(Clone, Debug, Serialize)]
pub struct NetworkSpec {
    /// VPN exit.
    pub vpn_exit: String,
    /// Tor exit.
    pub tor_exit: String,
}

/// One fully resolved run: the scenario with the learner's choices applied.
#[derive(Clone, Debug, Serialize)]
pub struct Setup {
    /// Scenario id.
    pub id: String,
    /// Exit addresses.
    pub network: NetworkSpec,
    /// Servers by name, in file order.
    pub servers: IndexMap<String, ServerSpec>,
    /// Existing accounts by id, in file order.
    pub people: IndexMap<String, PersonSpec>,
    /// Rooms by id, in file order.
    pub rooms: IndexMap<String, RoomSpec>,
    /// Timeline, sorted by time (stable).
    pub script: Vec<Step>,
    /// Adversaries by id.
    pub adversaries: IndexMap<String, AdversarySpec>,
    /// Objectives.
    pub objectives: Vec<Objective>,
}

impl Setup {
    /// How many devices the cast starts with that may do end-to-end encryption: all of them when
    /// a room is encrypted (rooms can turn encryption on only at creation here), none otherwise.
    pub fn crypto_devices(&self) -> usize {
        if !self.rooms.values().any(|r| r.encrypted) {
            return 0;
        }
        self.people.values().map(|p| p.devices.len()).sum()
    }

    /// The learner's account id.
    pub fn learner(&self) -> Option<&str> {
        self.people.values().find(|p| p.learner).map(|p| p.id.as_str())
    }

    /// The time the run ends: the last step, or the latest adversary start.
    pub fn end(&self) -> SimTime {
        let last_step = self.script.iter().map(|s| s.at).max().unwrap_or_default();
        let last_adv = self.adversaries.values().map(|a| a.at).max().unwrap_or_default();
        last_step.max(last_adv)
    }
}
