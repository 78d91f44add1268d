//! The scenario file as written: spanned raw structs straight from TOML, before any checking.
//!
//! Every field a learner's choice may fill is a [`RawParam`]: any TOML value, where a string
//! `"{key}"` names a choice. [`super::validate`] turns these into a checked [`super::Scenario`].

pub use crate::script::RawStep;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A value that is either written literally or filled from a choice (`"{key}"`).
pub type RawParam = Spanned<toml::Value>;

/// A whole scenario file.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    /// Stable identifier, also the Fluent prefix of the scenario's prose.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Book chapter the scenario belongs to.
    #[schemars(with = "Option<String>")]
    pub chapter: Option<Spanned<String>>,
    /// Estimated duration for a learner, in minutes.
    #[schemars(with = "Option<i64>")]
    pub minutes: Option<Spanned<i64>>,
    /// Default seed of the scenario's random generator.
    #[schemars(with = "Option<i64>")]
    pub seed: Option<Spanned<i64>>,
    /// Addresses of the shared VPN and Tor exits.
    #[schemars(with = "Option<RawNetwork>")]
    pub network: Option<Spanned<RawNetwork>>,
    /// Homeservers.
    #[serde(default)]
    #[schemars(with = "Vec<RawServer>")]
    pub servers: Vec<Spanned<RawServer>>,
    /// Accounts and the people holding them.
    #[serde(default)]
    #[schemars(with = "Vec<RawPerson>")]
    pub people: Vec<Spanned<RawPerson>>,
    /// Rooms.
    #[serde(default)]
    #[schemars(with = "Vec<RawRoom>")]
    pub rooms: Vec<Spanned<RawRoom>>,
    /// The timeline.
    #[serde(default)]
    #[schemars(with = "Vec<RawStep>")]
    pub script: Vec<Spanned<RawStep>>,
    /// Who attacks, how and when.
    #[serde(default)]
    #[schemars(with = "Vec<RawAdversary>")]
    pub adversaries: Vec<Spanned<RawAdversary>>,
    /// The learner's choices, by key.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, RawChoice>")]
    pub choices: BTreeMap<Spanned<String>, Spanned<RawChoice>>,
    /// What the learner should achieve.
    #[serde(default)]
    #[schemars(with = "Vec<RawObjective>")]
    pub objectives: Vec<Spanned<RawObjective>>,
}

/// Where VPN and Tor users appear to come from.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNetwork {
    /// Exit address of the VPN provider.
    #[schemars(with = "Option<String>")]
    pub vpn_exit: Option<Spanned<String>>,
    /// Exit address of the Tor exit relay.
    #[schemars(with = "Option<String>")]
    pub tor_exit: Option<Spanned<String>>,
}

/// A homeserver.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawServer {
    /// Server name, e.g. `bigchat.example`.
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Days the `user_ips` history is kept (Synapse default 28).
    #[schemars(with = "Option<Param>")]
    pub keeps_ip_days: Option<RawParam>,
    /// Whether the devices table keeps each device's last IP (Synapse: yes).
    #[schemars(with = "Option<Param>")]
    pub keeps_device_ip: Option<RawParam>,
    /// What sign-up requires: `email`, `phone`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub requires: Vec<Spanned<String>>,
    /// Presence on or off.
    #[schemars(with = "Option<Param>")]
    pub presence: Option<RawParam>,
    /// Synapse's `push.include_content` (default `true`): full-format push notifications carry
    /// the event's content — the words themselves in an unencrypted room.
    #[schemars(with = "Option<Param>")]
    pub push_include_content: Option<RawParam>,
    /// What software the service runs: `matrix` (default), or one of the centralised services
    /// of the guide's appendix — `signal-like`, `telegram-like`, `discord-like` — whose operator
    /// sees what FACTS §6 says it sees (rooms forced encrypted or not, phone or email required).
    #[schemars(with = "Option<Param>")]
    pub platform: Option<RawParam>,
    /// Country code of the operator's jurisdiction.
    #[schemars(with = "Option<String>")]
    pub country: Option<Spanned<String>>,
}

/// One account, held by a person.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    /// Identifier used everywhere else in the file.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The learner's own account.
    #[serde(default)]
    pub learner: bool,
    /// The person holding this account when it is a second account of another entry.
    #[schemars(with = "Option<String>")]
    pub alias_of: Option<Spanned<String>>,
    /// Whether this account exists at all (a choice such as "open a second account").
    #[schemars(with = "Option<Param>")]
    pub exists: Option<RawParam>,
    /// Homeserver name.
    #[schemars(with = "Param")]
    pub server: RawParam,
    /// Localpart of the Matrix ID.
    #[schemars(with = "Param")]
    pub username: RawParam,
    /// Display name (defaults to the username).
    #[schemars(with = "Option<Param>")]
    pub display_name: Option<RawParam>,
    /// Label of the avatar picture (same label = same picture).
    #[schemars(with = "Option<Param>")]
    pub avatar: Option<RawParam>,
    /// `direct`, `vpn` or `tor`.
    #[schemars(with = "Option<Param>")]
    pub connects: Option<RawParam>,
    /// Home IP address.
    #[schemars(with = "Option<String>")]
    pub home_ip: Option<Spanned<String>>,
    /// Email address the person owns.
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
    /// Phone number the person owns.
    #[schemars(with = "Option<String>")]
    pub phone: Option<Spanned<String>>,
    /// Bind the email to the account.
    #[schemars(with = "Option<Param>")]
    pub bind_email: Option<RawParam>,
    /// Bind the phone number to the account.
    #[schemars(with = "Option<Param>")]
    pub bind_phone: Option<RawParam>,
    /// Handles the person uses in public elsewhere.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub public_handles: Vec<Spanned<String>>,
    /// People whose identity this person verified.
    #[schemars(with = "Option<Param>")]
    pub verified: Option<RawParam>,
    /// Key-sharing policy: `all` devices or only `verified` ones.
    #[schemars(with = "Option<Param>")]
    pub sends_to: Option<RawParam>,
    /// Whether the person set up a recovery key (Secure Backup): room keys are backed up,
    /// encrypted, on their server, and a new device restores them and the cross-signing identity.
    #[schemars(with = "Option<Param>")]
    pub recovery_key: Option<RawParam>,
    /// Who carries push notifications to the person's first device: `none` (default: no
    /// pusher; the app checks for messages itself), `google` (Firebase, through the app's push
    /// gateway; not on an F-Droid build), `apple` (iOS) or `unifiedpush` (a distributor the
    /// person picked, named in `push_distributor`).
    #[schemars(with = "Option<Param>")]
    pub push: Option<RawParam>,
    /// What the app asks each notification to carry: `event-id-only` (default, what Element X
    /// and Element Android register: room and event ids, the unread count) or `full` (also the
    /// sender, the room's name and, with the server's `push_include_content`, the content).
    #[schemars(with = "Option<Param>")]
    pub push_format: Option<RawParam>,
    /// The UnifiedPush distributor's server, e.g. `ntfy.sh` (with `push = "unifiedpush"`).
    #[schemars(with = "Option<Param>")]
    pub push_distributor: Option<RawParam>,
    /// Devices; one default device when empty.
    #[serde(default)]
    #[schemars(with = "Vec<RawDevice>")]
    pub devices: Vec<Spanned<RawDevice>>,
}

/// A device (a logged-in session).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDevice {
    /// Device id, e.g. `PHONE`.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Device display name, public per the spec.
    #[schemars(with = "Option<String>")]
    pub name: Option<Spanned<String>>,
    /// User agent the client sends.
    #[schemars(with = "Option<String>")]
    pub user_agent: Option<Spanned<String>>,
}

/// A room.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRoom {
    /// Identifier used in the file.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Room name (state, never encrypted).
    #[schemars(with = "Option<String>")]
    pub name: Option<Spanned<String>>,
    /// Topic (state, never encrypted).
    #[schemars(with = "Option<String>")]
    pub topic: Option<Spanned<String>>,
    /// Alias localpart; published on the creator's server.
    #[schemars(with = "Option<String>")]
    pub alias: Option<Spanned<String>>,
    /// `public`, `invite`, `knock`, `restricted`.
    #[schemars(with = "Option<Param>")]
    pub join_rule: Option<RawParam>,
    /// `invited`, `joined`, `shared`, `world_readable`.
    #[schemars(with = "Option<Param>")]
    pub history: Option<RawParam>,
    /// End-to-end encrypted.
    #[schemars(with = "Option<Param>")]
    pub encrypted: Option<RawParam>,
    /// Members at the start; the first creates the room.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub members: Vec<Spanned<String>>,
}

/// An adversary: exactly one of the kind keys, plus a start time.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAdversary {
    /// Identifier (defaults to the kind).
    #[schemars(with = "Option<String>")]
    pub id: Option<Spanned<String>>,
    /// Passive compromise of a server.
    #[schemars(with = "Option<Param>")]
    pub compromise: Option<RawParam>,
    /// A compromised server that also acts.
    #[schemars(with = "Option<Param>")]
    pub malicious_admin: Option<RawParam>,
    /// A member account working for the adversary.
    #[schemars(with = "Option<Param>")]
    pub insider: Option<RawParam>,
    /// Watches the network near a person.
    #[schemars(with = "Option<Param>")]
    pub network_observer: Option<RawParam>,
    /// Takes a person's device.
    #[schemars(with = "Option<Param>")]
    pub seized_device: Option<RawParam>,
    /// Whoever relays a person's push notifications: the app's push gateway with Google's or
    /// Apple's push service, or the person's UnifiedPush distributor.
    #[schemars(with = "Option<Param>")]
    pub push_gateway: Option<RawParam>,
    /// Which device (the person's first when absent).
    #[schemars(with = "Option<String>")]
    pub device: Option<Spanned<String>>,
    /// When the adversary starts, `[Nd ]H:MM[:SS]`.
    #[schemars(with = "Option<String>")]
    pub at: Option<Spanned<String>>,
}

/// A learner's choice.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    /// Allowed values.
    #[schemars(with = "Vec<serde_json::Value>")]
    pub values: Spanned<Vec<Spanned<toml::Value>>>,
    /// The value used when the learner does not choose.
    #[schemars(with = "Option<serde_json::Value>")]
    pub default: Option<Spanned<toml::Value>>,
}

/// An objective.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawObjective {
    /// Identifier (also the Fluent key of its text).
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// Met when no adversary learns a matching finding.
    #[schemars(with = "Option<RawFindingFilter>")]
    pub adversary_must_not_learn: Option<Spanned<RawFindingFilter>>,
    /// Met when some adversary learns a matching finding.
    #[schemars(with = "Option<RawFindingFilter>")]
    pub adversary_learns: Option<Spanned<RawFindingFilter>>,
    /// Met when, at the end, one of the learner's devices can read the message with this label
    /// (it is stored unencrypted, or a device holds its room key).
    #[schemars(with = "Option<String>")]
    pub learner_reads: Option<Spanned<String>>,
}

/// Which findings an objective is about.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFindingFilter {
    /// Finding code, e.g. `ip-address`.
    #[schemars(with = "String")]
    pub finding: Spanned<String>,
    /// Person the finding is about.
    #[schemars(with = "Option<String>")]
    pub about: Option<Spanned<String>>,
    /// Adversary id.
    #[schemars(with = "Option<String>")]
    pub by: Option<Spanned<String>>,
    /// Further fields of the finding's detail that must be equal.
    #[serde(default, rename = "where")]
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub where_: BTreeMap<String, Spanned<toml::Value>>,
}

/// The schema of a choosable field: a literal value, `"{key}"` naming a choice, or a switch
/// `{ choice = "key", cases = { value = …, … } }`.
pub struct Param;

impl JsonSchema for Param {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Param".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A literal value, \"{key}\" to fill it from the learner's choice `key`, or a switch { choice = \"key\", cases = { VALUE = literal, … } } with one case per value of the choice.",
            "anyOf": [
                { "type": ["string", "boolean", "integer"] },
                { "type": "array", "items": { "type": "string" } },
                {
                    "type": "object",
                    "properties": {
                        "choice": { "type": "string", "description": "The choice switched on." },
                        "cases": { "type": "object", "description": "One literal per value of the choice (lists written comma-separated)." }
                    },
                    "required": ["choice", "cases"],
                    "additionalProperties": false
                }
            ]
        })
    }
}
