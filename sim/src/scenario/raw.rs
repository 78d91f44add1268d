//! The scenario file as written: spanned raw structs straight from TOML, before any checking.
//!
//! Every field a learner's choice may fill is a [`RawParam`]: any TOML value, where a string
//! `"{key}"` names a choice. [`super::validate`] turns these into a checked [`super::Scenario`].

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A value that is either written literally or filled from a choice (`"{key}"`).
pub type RawParam = Spanned<toml::Value>;

/// A whole scenario file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    /// Stable identifier, also the Fluent prefix of the scenario's prose.
    pub id: Spanned<String>,
    /// Book chapter the scenario belongs to.
    pub chapter: Option<Spanned<String>>,
    /// Estimated duration for a learner, in minutes.
    pub minutes: Option<Spanned<i64>>,
    /// Default seed of the scenario's random generator.
    pub seed: Option<Spanned<i64>>,
    /// Addresses of the shared VPN and Tor exits.
    pub network: Option<Spanned<RawNetwork>>,
    /// Homeservers.
    #[serde(default)]
    pub servers: Vec<Spanned<RawServer>>,
    /// Accounts and the people holding them.
    #[serde(default)]
    pub people: Vec<Spanned<RawPerson>>,
    /// Rooms.
    #[serde(default)]
    pub rooms: Vec<Spanned<RawRoom>>,
    /// The timeline.
    #[serde(default)]
    pub script: Vec<Spanned<RawStep>>,
    /// Who attacks, how and when.
    #[serde(default)]
    pub adversaries: Vec<Spanned<RawAdversary>>,
    /// The learner's choices, by key.
    #[serde(default)]
    pub choices: BTreeMap<Spanned<String>, Spanned<RawChoice>>,
    /// What the learner should achieve.
    #[serde(default)]
    pub objectives: Vec<Spanned<RawObjective>>,
}

/// Where VPN and Tor users appear to come from.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNetwork {
    /// Exit address of the VPN provider.
    pub vpn_exit: Option<Spanned<String>>,
    /// Exit address of the Tor exit relay.
    pub tor_exit: Option<Spanned<String>>,
}

/// A homeserver.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawServer {
    /// Server name, e.g. `bigchat.example`.
    pub name: Spanned<String>,
    /// Days the `user_ips` history is kept (Synapse default 28).
    pub keeps_ip_days: Option<RawParam>,
    /// Whether the devices table keeps each device's last IP (Synapse: yes).
    pub keeps_device_ip: Option<RawParam>,
    /// What sign-up requires: `email`, `phone`.
    #[serde(default)]
    pub requires: Vec<Spanned<String>>,
    /// Presence on or off.
    pub presence: Option<RawParam>,
    /// Country code of the operator's jurisdiction.
    pub country: Option<Spanned<String>>,
}

/// One account, held by a person.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    /// Identifier used everywhere else in the file.
    pub id: Spanned<String>,
    /// The learner's own account.
    #[serde(default)]
    pub learner: bool,
    /// The person holding this account when it is a second account of another entry.
    pub alias_of: Option<Spanned<String>>,
    /// Whether this account exists at all (a choice such as "open a second account").
    pub exists: Option<RawParam>,
    /// Homeserver name.
    pub server: RawParam,
    /// Localpart of the Matrix ID.
    pub username: RawParam,
    /// Display name (defaults to the username).
    pub display_name: Option<RawParam>,
    /// Label of the avatar picture (same label = same picture).
    pub avatar: Option<RawParam>,
    /// `direct`, `vpn` or `tor`.
    pub connects: Option<RawParam>,
    /// Home IP address.
    pub home_ip: Option<Spanned<String>>,
    /// Email address the person owns.
    pub email: Option<Spanned<String>>,
    /// Phone number the person owns.
    pub phone: Option<Spanned<String>>,
    /// Bind the email to the account.
    pub bind_email: Option<RawParam>,
    /// Bind the phone number to the account.
    pub bind_phone: Option<RawParam>,
    /// Handles the person uses in public elsewhere.
    #[serde(default)]
    pub public_handles: Vec<Spanned<String>>,
    /// People whose identity this person verified.
    pub verified: Option<RawParam>,
    /// Key-sharing policy: `all` devices or only `verified` ones.
    pub sends_to: Option<RawParam>,
    /// Devices; one default device when empty.
    #[serde(default)]
    pub devices: Vec<Spanned<RawDevice>>,
}

/// A device (a logged-in session).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDevice {
    /// Device id, e.g. `PHONE`.
    pub id: Spanned<String>,
    /// Device display name, public per the spec.
    pub name: Option<Spanned<String>>,
    /// User agent the client sends.
    pub user_agent: Option<Spanned<String>>,
}

/// A room.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoom {
    /// Identifier used in the file.
    pub id: Spanned<String>,
    /// Room name (state, never encrypted).
    pub name: Option<Spanned<String>>,
    /// Topic (state, never encrypted).
    pub topic: Option<Spanned<String>>,
    /// Alias localpart; published on the creator's server.
    pub alias: Option<Spanned<String>>,
    /// `public`, `invite`, `knock`, `restricted`.
    pub join_rule: Option<RawParam>,
    /// `invited`, `joined`, `shared`, `world_readable`.
    pub history: Option<RawParam>,
    /// End-to-end encrypted.
    pub encrypted: Option<RawParam>,
    /// Members at the start; the first creates the room.
    #[serde(default)]
    pub members: Vec<Spanned<String>>,
}

/// One step of the timeline: a time and exactly one action.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    /// When, `[Nd ]H:MM[:SS]`.
    pub at: Spanned<String>,
    /// Send a message.
    pub say: Option<Spanned<RawSay>>,
    /// React to a message.
    pub react: Option<Spanned<RawReact>>,
    /// Send a read receipt.
    pub read: Option<Spanned<RawWhoRoom>>,
    /// Send a typing notification.
    pub typing: Option<Spanned<RawWhoRoom>>,
    /// Set presence.
    pub presence: Option<Spanned<RawPresence>>,
    /// Join a room.
    pub join: Option<Spanned<RawWhoRoom>>,
    /// Leave a room.
    pub leave: Option<Spanned<RawWhoRoom>>,
    /// Change how a person connects.
    pub connect: Option<Spanned<RawConnect>>,
    /// A person logs in on a new device.
    pub new_device: Option<Spanned<RawNewDevice>>,
    /// A person verifies another.
    pub verify: Option<Spanned<RawVerify>>,
    /// A server goes offline.
    pub server_down: Option<Spanned<String>>,
    /// A server comes back and catches up.
    pub server_up: Option<Spanned<String>>,
    /// A malicious admin adds a device to one of its own accounts.
    pub inject_device: Option<Spanned<RawInjectDevice>>,
    /// A malicious admin adds a puppet account of its own to a room.
    pub add_puppet: Option<Spanned<RawAddPuppet>>,
}

/// `say = { who, room, text, label?, reply_to? }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSay {
    /// Sender.
    pub who: Spanned<String>,
    /// Room.
    pub room: Spanned<String>,
    /// Message text.
    pub text: Spanned<String>,
    /// A name other steps use to refer to this message.
    pub label: Option<Spanned<String>>,
    /// Label of the message replied to.
    pub reply_to: Option<Spanned<String>>,
}

/// `react = { who, room, to, key }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReact {
    /// Reacting person.
    pub who: Spanned<String>,
    /// Room.
    pub room: Spanned<String>,
    /// Label of the message reacted to.
    pub to: Spanned<String>,
    /// The reaction, e.g. an emoji.
    pub key: Spanned<String>,
}

/// `{ who, room }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWhoRoom {
    /// Acting person.
    pub who: Spanned<String>,
    /// Room.
    pub room: Spanned<String>,
}

/// `presence = { who, state, status? }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPresence {
    /// Person.
    pub who: Spanned<String>,
    /// `online`, `unavailable`, `offline`.
    pub state: Spanned<String>,
    /// Status message.
    pub status: Option<Spanned<String>>,
}

/// `connect = { who, via }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConnect {
    /// Person.
    pub who: Spanned<String>,
    /// `direct`, `vpn`, `tor`, or a choice.
    pub via: RawParam,
}

/// `new_device = { who, id, name?, user_agent? }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNewDevice {
    /// Person.
    pub who: Spanned<String>,
    /// Device id.
    pub id: Spanned<String>,
    /// Display name.
    pub name: Option<Spanned<String>>,
    /// User agent.
    pub user_agent: Option<Spanned<String>>,
}

/// `verify = { who, whom }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVerify {
    /// Person verifying.
    pub who: Spanned<String>,
    /// Person verified.
    pub whom: Spanned<String>,
}

/// `inject_device = { by, who, id? }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInjectDevice {
    /// Adversary (a malicious admin).
    pub by: Spanned<String>,
    /// Account on the admin's server.
    pub who: Spanned<String>,
    /// Device id of the injected device.
    pub id: Option<Spanned<String>>,
}

/// `add_puppet = { by, room, username }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAddPuppet {
    /// Adversary (a malicious admin).
    pub by: Spanned<String>,
    /// Room the puppet joins.
    pub room: Spanned<String>,
    /// Localpart of the puppet account.
    pub username: Spanned<String>,
}

/// An adversary: exactly one of the kind keys, plus a start time.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAdversary {
    /// Identifier (defaults to the kind).
    pub id: Option<Spanned<String>>,
    /// Passive compromise of a server.
    pub compromise: Option<RawParam>,
    /// A compromised server that also acts.
    pub malicious_admin: Option<RawParam>,
    /// A member account working for the adversary.
    pub insider: Option<RawParam>,
    /// Watches the network near a person.
    pub network_observer: Option<RawParam>,
    /// Takes a person's device.
    pub seized_device: Option<RawParam>,
    /// Which device (the person's first when absent).
    pub device: Option<Spanned<String>>,
    /// When the adversary starts, `[Nd ]H:MM[:SS]`.
    pub at: Option<Spanned<String>>,
}

/// A learner's choice.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    /// Allowed values.
    pub values: Spanned<Vec<Spanned<toml::Value>>>,
    /// The value used when the learner does not choose.
    pub default: Option<Spanned<toml::Value>>,
}

/// An objective.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawObjective {
    /// Identifier (also the Fluent key of its text).
    pub id: Spanned<String>,
    /// Met when no adversary learns a matching finding.
    pub adversary_must_not_learn: Option<Spanned<RawFindingFilter>>,
    /// Met when some adversary learns a matching finding.
    pub adversary_learns: Option<Spanned<RawFindingFilter>>,
}

/// Which findings an objective is about.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFindingFilter {
    /// Finding code, e.g. `ip-address`.
    pub finding: Spanned<String>,
    /// Person the finding is about.
    pub about: Option<Spanned<String>>,
    /// Adversary id.
    pub by: Option<Spanned<String>>,
    /// Further fields of the finding's detail that must be equal.
    #[serde(default, rename = "where")]
    pub where_: BTreeMap<String, Spanned<toml::Value>>,
}
