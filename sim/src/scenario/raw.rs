//! The scenario file as written: spanned raw structs straight from TOML, before any checking.
//!
//! Every value keeps its byte span ([`Spanned`]) for exact diagnostics, and every field a
//! learner's choice may fill is a [`RawParam`]: any TOML value, where a string `"{key}"` names a
//! choice. [`super::validate`] turns these into a checked [`super::Scenario`].

pub use crate::script::RawStep;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};

/// A value with its byte range in the scenario file, as TOML gave it (`toml::Spanned`, which
/// serde's `flatten` and `untagged` would lose). The JSON Schema describes the value alone, so
/// a raw field needs no `#[schemars(with = …)]`. Compared, ordered and hashed by value.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    span: Range<usize>,
    value: T,
}

impl<T> Spanned<T> {
    /// A value at `span`.
    pub fn new(span: Range<usize>, value: T) -> Self {
        Spanned { span, value }
    }

    /// Where the value is written, in bytes.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The value.
    pub fn get_ref(&self) -> &T {
        &self.value
    }

    /// The value, owned.
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = toml::Spanned::<T>::deserialize(d)?;
        Ok(Spanned { span: s.span(), value: s.into_inner() })
    }
}

/// The value alone (what a schema's `default` shows).
impl<T: Serialize> Serialize for Spanned<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

impl<T: PartialEq> PartialEq for Spanned<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Spanned<T> {}

impl<T: PartialOrd> PartialOrd for Spanned<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.value.partial_cmp(&other.value)
    }
}

impl<T: Ord> Ord for Spanned<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T: Hash> Hash for Spanned<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl Borrow<str> for Spanned<String> {
    fn borrow(&self) -> &str {
        &self.value
    }
}

/// A checked value and how a scenario file writes it: `String` as `Spanned<String>`, an
/// optional value as `Option` of that. It lets one field list declare both the raw and the
/// checked form of a script action (`script::action_table!`).
pub trait Written: Sized {
    /// The value as written.
    type Raw;

    /// The value without its span.
    fn unspanned(raw: &Self::Raw) -> Self;
}

impl Written for String {
    type Raw = Spanned<String>;

    fn unspanned(raw: &Spanned<String>) -> String {
        raw.value.clone()
    }
}

impl Written for Param {
    type Raw = RawParam;

    fn unspanned(raw: &RawParam) -> Param {
        raw.value.clone()
    }
}

impl<T: Written> Written for Option<T> {
    type Raw = Option<T::Raw>;

    fn unspanned(raw: &Option<T::Raw>) -> Self {
        raw.as_ref().map(T::unspanned)
    }
}

/// A field a learner's choice may fill, as written.
pub type RawParam = Spanned<Param>;

/// The value of a choosable field: a literal, `"{key}"` naming a choice, or a switch
/// `{ choice = "key", cases = { value = …, … } }`; any TOML value until it is checked.
#[derive(Clone, Debug, Deserialize)]
#[serde(transparent)]
pub struct Param(pub toml::Value);

impl Deref for Param {
    type Target = toml::Value;

    fn deref(&self) -> &toml::Value {
        &self.0
    }
}

impl JsonSchema for Param {
    fn schema_name() -> Cow<'static, str> {
        "Param".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
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

/// A whole scenario file.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
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
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNetwork {
    /// Exit address of the VPN provider.
    pub vpn_exit: Option<Spanned<String>>,
    /// Exit address of the Tor exit relay.
    pub tor_exit: Option<Spanned<String>>,
}

/// A homeserver.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawServer {
    /// Server name, e.g. `bigchat.example`.
    pub name: Spanned<String>,
    /// Days the `user_ips` history is kept (Synapse default 28).
    pub keeps_ip_days: Option<RawParam>,
    /// Whether the devices table keeps each device's last IP (Synapse: yes).
    pub keeps_device_ip: Option<RawParam>,
    /// Days of `homeserver.log` kept besides today's file (default 3: Synapse's generated log
    /// config rotates at midnight and keeps 3 old files). Each client request's line names the
    /// user, the address and the user agent, whatever `keeps_ip_days` says. 0: request logging
    /// off.
    pub log_days: Option<RawParam>,
    /// Days of the reverse proxy's access log kept besides today's (default 14: Debian's nginx
    /// logrotate). Each line has the address, time, request and user agent. 0: access logging
    /// off.
    pub proxy_log_days: Option<RawParam>,
    /// Who runs sign-up and login: `synapse` (default) or `mas` (Matrix Authentication
    /// Service, OIDC): MAS keeps each session's last address until 30 days after its last
    /// activity and each sign-up's address and user agent for 30 days, not configurable.
    pub auth: Option<RawParam>,
    /// What sign-up requires: `email`, `phone`.
    #[serde(default)]
    pub requires: Vec<Spanned<String>>,
    /// Presence on or off.
    pub presence: Option<RawParam>,
    /// Whether other servers learn the display names of this server's users' devices
    /// (Synapse's `allow_device_name_lookup_over_federation`; default false since Synapse
    /// 1.59, so other servers get device ids and keys only).
    pub shares_device_names: Option<RawParam>,
    /// Synapse's `push.include_content` (default `true`): full-format push notifications carry
    /// the event's content — the words themselves in an unencrypted room.
    pub push_include_content: Option<RawParam>,
    /// Whether the server honours a redaction (a deleted message) from another server (default
    /// `true`). Nothing obliges it to: a modified or hostile server keeps the original.
    #[schemars(with = "Option<Param>")]
    pub honours_redactions: Option<RawParam>,
    /// Days the server keeps a redacted event's original content in `event_json` before pruning
    /// it (Synapse's `redaction_retention_period`, default 7).
    #[schemars(with = "Option<Param>")]
    pub redaction_retention_days: Option<RawParam>,
    /// What software the service runs: `matrix` (default), or one of the centralised services
    /// of the guide's appendix — `signal-like`, `telegram-like`, `discord-like` — whose operator
    /// sees what FACTS §6 says it sees (rooms forced encrypted or not, phone or email required).
    pub platform: Option<RawParam>,
    /// Country code of the operator's jurisdiction.
    pub country: Option<Spanned<String>>,
}

/// One account, held by a person.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
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
    /// Which devices the person's client gives its room keys to: `cross-signed` (the default,
    /// as 2026 clients do: devices their owner has cross-signed, MSC4153), `all` (every device in
    /// the room, the older behaviour) or `verified` (only people the person verified: Element's
    /// "Only send messages to verified users").
    pub sends_to: Option<RawParam>,
    /// Whether the person's client, when it invites someone into an encrypted room whose history
    /// visibility is `shared` or `world_readable`, sends them the keys to the room's earlier
    /// messages (MSC4268, on by default in 2026 clients; default `true`). `false`: a client that
    /// does not.
    #[schemars(with = "Option<Param>")]
    pub shares_history: Option<RawParam>,
    /// Whether the person set up a recovery key (Secure Backup): room keys are backed up,
    /// encrypted, on their server, and a new device restores them and the cross-signing identity.
    pub recovery_key: Option<RawParam>,
    /// With `recovery_key`: `none` (default: a generated recovery key only), `strong` or `weak` —
    /// the key is derived from a passphrase whose salt and iteration count the server keeps in
    /// the clear, so a copy of the server allows guessing a weak one offline.
    #[schemars(with = "Option<Param>")]
    pub recovery_passphrase: Option<RawParam>,
    /// Who carries push notifications to the person's first device: `none` (default: no
    /// pusher; the app checks for messages itself), `google` (Firebase, through the app's push
    /// gateway; not on an F-Droid build), `apple` (iOS) or `unifiedpush` (a distributor the
    /// person picked, named in `push_distributor`).
    pub push: Option<RawParam>,
    /// What the app asks each notification to carry: `event-id-only` (default, what Element X
    /// and Element Android register: room and event ids, the unread count) or `full` (also the
    /// sender, the room's name and, with the server's `push_include_content`, the content).
    #[schemars(with = "Option<Param>")]
    pub push_format: Option<RawParam>,
    /// The UnifiedPush distributor's server, e.g. `ntfy.sh` (with `push = "unifiedpush"`).
    #[schemars(with = "Option<Param>")]
    pub push_distributor: Option<RawParam>,
    /// Whether the person published their bound email and phone on the identity server
    /// ("Discovery" in Element's settings; default `false`, Element asks): anyone who has the
    /// address or number can then look up the Matrix ID.
    #[schemars(with = "Option<Param>")]
    pub discoverable: Option<RawParam>,
    /// How the person's client sets up 1:1 calls: `p2p` (default, Element's "Allow
    /// Peer-to-Peer for 1:1 calls": the other party learns the address the call comes from) or
    /// `relay` (only through the homeserver's TURN relay, which sees both ends).
    #[schemars(with = "Option<Param>")]
    pub calls: Option<RawParam>,
    /// Devices; one default device when empty.
    #[serde(default)]
    pub devices: Vec<Spanned<RawDevice>>,
}

/// A device (a logged-in session).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
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
#[derive(Clone, Debug, Deserialize, JsonSchema)]
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

/// An adversary: exactly one of the kind keys, plus a start time.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAdversary {
    /// Identifier (defaults to the kind).
    pub id: Option<Spanned<String>>,
    /// Passive compromise of a server, or a list of servers seized by the same adversary (its
    /// findings then combine what every one of them holds).
    pub compromise: Option<RawParam>,
    /// A compromised server that also acts.
    pub malicious_admin: Option<RawParam>,
    /// A member account working for the adversary.
    pub insider: Option<RawParam>,
    /// Watches the network near a person.
    pub network_observer: Option<RawParam>,
    /// Takes a person's device.
    pub seized_device: Option<RawParam>,
    /// Whoever relays a person's push notifications: the app's push gateway with Google's or
    /// Apple's push service, or the person's UnifiedPush distributor.
    pub push_gateway: Option<RawParam>,
    /// Anyone who holds these email addresses or phone numbers (one or a list) and looks them up
    /// on the identity server, as any app may (`/_matrix/identity/v2/lookup`).
    pub contact_lookup: Option<RawParam>,
    /// The operator of the identity server people publish to (its name, e.g. `vector.im`).
    pub identity_server: Option<RawParam>,
    /// Which device (the person's first when absent).
    pub device: Option<Spanned<String>>,
    /// When the adversary starts, `[Nd ]H:MM[:SS]`.
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
    pub id: Spanned<String>,
    /// Met when no adversary learns a matching finding.
    pub adversary_must_not_learn: Option<Spanned<RawFindingFilter>>,
    /// Met when some adversary learns a matching finding.
    pub adversary_learns: Option<Spanned<RawFindingFilter>>,
    /// Met when, at the end, one of the learner's devices can read the message with this label
    /// (it is stored unencrypted, or a device holds its room key).
    pub learner_reads: Option<Spanned<String>>,
}

/// Which findings an objective is about.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
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
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub where_: BTreeMap<String, Spanned<toml::Value>>,
}
