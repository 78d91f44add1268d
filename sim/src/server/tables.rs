//! The Synapse tables a simulated homeserver keeps, one typed row per table (FACTS.md §1).
//!
//! Each row serialises to the columns `--dump` shows, named as in Synapse.

use crate::time::SimTime;
use serde::Serialize;
use serde_json::Value;

/// A row of a table, with when it was written and, if it was, deleted.
#[derive(Clone, Debug, Serialize)]
pub struct TableRow<T> {
    /// When the row was written (or last updated).
    pub at: SimTime,
    /// Columns.
    pub cols: T,
    /// When the row was deleted (a logout removes the device's access token), if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<SimTime>,
}

impl<T> TableRow<T> {
    /// Whether someone reading the database from `since` on saw this row at some point.
    pub fn seen_from(&self, since: SimTime) -> bool {
        self.deleted_at.is_none_or(|d| since <= d)
    }

    /// Whether the row is in the table at `now`: written by then and not deleted yet.
    pub fn live_at(&self, now: SimTime) -> bool {
        self.at <= now && self.deleted_at.is_none_or(|d| d > now)
    }
}

/// The rows of one table, in the order they were written.
#[derive(Clone, Debug, Serialize)]
#[serde(transparent)]
pub struct Table<T>(Vec<TableRow<T>>);

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table(Vec::new())
    }
}

impl<T> Table<T> {
    /// Appends a row written at `at`.
    pub fn insert(&mut self, at: SimTime, cols: T) {
        self.0.push(TableRow { at, cols, deleted_at: None });
    }

    /// Appends a row written at `at` that the server deletes at `expires` (an interactive-auth
    /// session and its addresses).
    pub fn insert_expiring(&mut self, at: SimTime, cols: T, expires: SimTime) {
        self.0.push(TableRow { at, cols, deleted_at: Some(expires) });
    }

    /// Writes a row at `at` in place of the live rows `same` matches (an SQL upsert on the
    /// table's key): the old ones are kept, marked deleted at `at`, so that whoever read the
    /// database earlier still saw them.
    pub fn upsert(&mut self, at: SimTime, cols: T, same: impl Fn(&T) -> bool) {
        for r in self.0.iter_mut().filter(|r| r.deleted_at.is_none() && same(&r.cols)) {
            r.deleted_at = Some(at);
        }
        self.insert(at, cols);
    }

    /// Every row ever written, deleted ones too.
    pub fn rows(&self) -> &[TableRow<T>] {
        &self.0
    }

    /// Marks the rows matching `pred` as deleted at `at`.
    pub fn delete_where(&mut self, at: SimTime, pred: impl Fn(&T) -> bool) {
        for r in self.0.iter_mut().filter(|r| r.deleted_at.is_none() && pred(&r.cols)) {
            r.deleted_at = Some(at);
        }
    }

    /// Whether a row was ever written.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Serialize> Table<T> {
    /// The rows in the table at `now`, as `--dump` shows them.
    fn dump(&self, now: SimTime) -> Value {
        let live = self.0.iter().filter(|r| r.live_at(now));
        Value::Array(live.map(|r| serde_json::to_value(&r.cols).unwrap_or(Value::Null)).collect())
    }
}

/// `users`: an account.
#[derive(Clone, Debug, Serialize)]
pub struct User {
    /// Matrix user id.
    pub name: String,
    /// Password hash (a placeholder: no password is ever hashed).
    pub password_hash: String,
    /// Registration time, in seconds.
    pub creation_ts: u64,
}

impl User {
    /// A user registered at `now` (no password is ever hashed).
    pub fn new(mxid: &str, now: SimTime) -> User {
        User {
            name: mxid.to_owned(),
            password_hash: "$2b$12$<bcrypt>".into(),
            creation_ts: now.origin_server_ts() / 1000,
        }
    }
}

/// `profiles`: the public profile.
#[derive(Clone, Debug, Serialize)]
pub struct Profile {
    /// Matrix user id.
    pub user_id: String,
    /// Display name.
    pub displayname: String,
    /// Avatar `mxc://` URI.
    pub avatar_url: Option<String>,
}

/// `user_threepids`: an email address or phone number bound to an account.
#[derive(Clone, Debug, Serialize)]
pub struct UserThreepid {
    /// Matrix user id.
    pub user_id: String,
    /// `email` or `msisdn`.
    pub medium: String,
    /// The address or number.
    pub address: String,
    /// When it was validated, in milliseconds.
    pub validated_at: u64,
}

/// `ui_auth_sessions_ips`: the address and client of a registration's interactive auth.
#[derive(Clone, Debug, Serialize)]
pub struct UiAuthSessionIp {
    /// Matrix user id.
    pub user_id: String,
    /// Address.
    pub ip: String,
    /// User agent.
    pub user_agent: String,
}

/// `devices`: a device of a local user. The last-seen columns are filled from the requests
/// when the table is read ([`super::Server::devices`]).
#[derive(Clone, Debug, Serialize)]
pub struct DeviceRow {
    /// Matrix user id.
    pub user_id: String,
    /// Device id.
    pub device_id: String,
    /// Public display name.
    pub display_name: String,
    /// Hidden device.
    pub hidden: bool,
    /// Last request, in milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<u64>,
    /// Address of the last request, where the server keeps it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// User agent of the last request, where the server keeps it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

impl DeviceRow {
    /// A new, visible device, not seen yet.
    pub fn new(user_id: &str, device_id: &str, display_name: &str) -> DeviceRow {
        DeviceRow {
            user_id: user_id.to_owned(),
            device_id: device_id.to_owned(),
            display_name: display_name.to_owned(),
            hidden: false,
            last_seen: None,
            ip: None,
            user_agent: None,
        }
    }
}

/// `user_ips`: one (user, token, address) with the latest client and time.
#[derive(Clone, Debug, Serialize)]
pub struct UserIp {
    /// Matrix user id.
    pub user_id: String,
    /// Access token used.
    pub access_token: String,
    /// Device id.
    pub device_id: String,
    /// Address.
    pub ip: String,
    /// Latest user agent.
    pub user_agent: String,
    /// Latest request, in milliseconds.
    pub last_seen: u64,
}

/// `access_tokens`: a device's token.
#[derive(Clone, Debug, Serialize)]
pub struct AccessToken {
    /// Matrix user id.
    pub user_id: String,
    /// Device id.
    pub device_id: String,
    /// The token.
    pub token: String,
}

/// `e2e_device_keys_json`: a device's uploaded identity keys.
#[derive(Clone, Debug, Serialize)]
pub struct DeviceKeysJson {
    /// Matrix user id.
    pub user_id: String,
    /// Device id.
    pub device_id: String,
    /// The signed `DeviceKeys` object.
    pub key_json: Value,
}

/// `threepid_validation_token`: a password reset by email.
#[derive(Clone, Debug, Serialize)]
pub struct ThreepidValidationToken {
    /// Matrix user id.
    pub user_id: String,
    /// `email`.
    pub medium: String,
    /// `password_reset`.
    pub purpose: String,
}

/// `e2e_cross_signing_keys`: a cross-signing key (here, a reset identity's).
#[derive(Clone, Debug, Serialize)]
pub struct CrossSigningKey {
    /// Matrix user id.
    pub user_id: String,
    /// `master` or `self_signing`.
    pub keytype: String,
    /// The identity was reset.
    pub reset: bool,
}

/// `e2e_cross_signing_signatures`: one user signing another's key.
#[derive(Clone, Debug, Serialize)]
pub struct CrossSigningSignature {
    /// Signing user.
    pub user_id: String,
    /// Signed user.
    pub target_user_id: String,
    /// The signed device, when a self-signing key signs one of the user's own devices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_device_id: Option<String>,
    /// `user_signing`, or `self_signing` for a device.
    pub key_type: String,
}

/// `local_media_repository`: a file a local user uploaded.
#[derive(Clone, Debug, Serialize)]
pub struct LocalMedia {
    /// Media id (the last part of its `mxc://` address).
    pub media_id: String,
    /// Content type as uploaded (`application/octet-stream` for an encrypted file).
    pub media_type: String,
    /// Size in bytes.
    pub media_length: usize,
    /// Uploader.
    pub user_id: String,
}

/// `remote_media_cache`: a copy of another server's file, fetched for a local user.
#[derive(Clone, Debug, Serialize)]
pub struct RemoteMedia {
    /// The server that holds the original.
    pub media_origin: String,
    /// Media id there.
    pub media_id: String,
    /// Content type.
    pub media_type: String,
    /// Size in bytes.
    pub media_length: usize,
}

/// `event_push_actions`: a notification for a local user.
#[derive(Clone, Debug, Serialize)]
pub struct EventPushAction {
    /// Matrix room id.
    pub room_id: String,
    /// Event id.
    pub event_id: String,
    /// Notified user.
    pub user_id: Option<String>,
    /// Notifies (1).
    pub notif: u8,
    /// Highlights (a mention of the user's name): kept after the user reads the room.
    pub highlight: u8,
}

/// `pushers`: where and how a device wants its notifications pushed (registered with
/// `POST /_matrix/client/v3/pushers/set`; deleted with its device or access token).
#[derive(Clone, Debug, Serialize)]
pub struct PusherRow {
    /// Matrix user id.
    pub user_name: String,
    /// The device that registered it.
    pub device_id: String,
    /// `http`.
    pub kind: String,
    /// The app's id at its push gateway, e.g. `im.vector.app.android`.
    pub app_id: String,
    /// The app's name.
    pub app_display_name: String,
    /// The device's display name.
    pub device_display_name: String,
    /// The push key: the token Google or Apple issued, or the UnifiedPush endpoint.
    pub pushkey: String,
    /// Language of the notifications.
    pub lang: String,
    /// `url` of the push gateway and, for `event_id_only`, `format`.
    pub data: Value,
}

/// `room_aliases`: a published alias.
#[derive(Clone, Debug, Serialize)]
pub struct RoomAlias {
    /// `#alias:server`.
    pub room_alias: String,
    /// Matrix room id.
    pub room_id: String,
    /// Who made it.
    pub creator: String,
}

/// `device_federation_outbox`: a to-device message queued for another server.
#[derive(Clone, Debug, Serialize)]
pub struct FederationOutbox {
    /// Receiving server.
    pub destination: String,
    /// Sending user.
    pub sender: String,
    /// Event type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Receiving user.
    pub recipient: String,
    /// Receiving device.
    pub device_id: String,
}

/// `device_inbox`: a to-device message waiting for a local device.
#[derive(Clone, Debug, Serialize)]
pub struct DeviceInbox {
    /// Receiving user.
    pub user_id: String,
    /// Receiving device.
    pub device_id: String,
    /// Sending user.
    pub sender: String,
    /// Event type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Content as sent.
    pub content: Value,
}

/// `event_search`: a cleartext field indexed for search.
#[derive(Clone, Debug, Serialize)]
pub struct EventSearch {
    /// Event id.
    pub event_id: Value,
    /// Matrix room id.
    pub room_id: Value,
    /// `content.body`, `content.name` or `content.topic`.
    pub key: String,
    /// The text.
    pub value: String,
}

/// An EDU as a server keeps it (`presence_stream`, `receipts_linearized`,
/// `device_lists_remote_cache`, and typing in memory).
#[derive(Clone, Debug, Serialize)]
pub struct Edu {
    /// EDU type.
    pub edu_type: String,
    /// Sending server.
    pub origin: String,
    /// Content as sent.
    pub content: Value,
}

impl Edu {
    /// The key Synapse upserts this EDU's row on, if its table has one: `receipts_linearized`
    /// keeps one row per (room, receipt type, user, thread) and `device_lists_remote_cache` one
    /// per (user, device) (syn: storage/databases/main/receipts.py, devices.py).
    pub fn upsert_key(&self, table: EduTable) -> Option<[&str; 4]> {
        let c = &self.content;
        fn s(v: &Value) -> &str {
            v.as_str().unwrap_or_default()
        }
        match table {
            EduTable::Receipts => {
                let (_, types) = c["content"].as_object()?.iter().next()?;
                let (kind, receipt) = types.as_object()?.iter().next()?;
                let thread = receipt.as_object()?.values().next().map_or("", |r| s(&r["thread_id"]));
                Some([s(&c["room_id"]), kind, s(&c["user_id"]), thread])
            }
            EduTable::DeviceLists => Some([s(&c["user_id"]), s(&c["device_id"]), "", ""]),
            EduTable::Presence | EduTable::Typing => None,
        }
    }
}

/// Which table a received EDU goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EduTable {
    /// `device_lists_remote_cache`.
    DeviceLists,
    /// `presence_stream`.
    Presence,
    /// `receipts_linearized`.
    Receipts,
    /// Typing: held in memory only, never stored.
    Typing,
}

impl EduTable {
    /// The table of this name (`typing` for the in-memory one).
    pub fn named(name: &str) -> Option<EduTable> {
        match name {
            "device_lists_remote_cache" => Some(EduTable::DeviceLists),
            "presence_stream" => Some(EduTable::Presence),
            "receipts_linearized" => Some(EduTable::Receipts),
            "typing" => Some(EduTable::Typing),
            _ => None,
        }
    }
}

/// Every table a server keeps, besides events, `user_ips` (derived from requests) and
/// `server_keys`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Tables {
    /// `users`.
    pub users: Table<User>,
    /// `profiles`.
    pub profiles: Table<Profile>,
    /// `user_threepids`.
    pub user_threepids: Table<UserThreepid>,
    /// `ui_auth_sessions_ips`.
    pub ui_auth_sessions_ips: Table<UiAuthSessionIp>,
    /// `devices` (without last-seen columns; see [`super::Server::devices`]).
    pub devices: Table<DeviceRow>,
    /// `access_tokens`.
    pub access_tokens: Table<AccessToken>,
    /// `e2e_device_keys_json`.
    pub e2e_device_keys_json: Table<DeviceKeysJson>,
    /// `threepid_validation_token`.
    pub threepid_validation_token: Table<ThreepidValidationToken>,
    /// `e2e_cross_signing_keys`.
    pub e2e_cross_signing_keys: Table<CrossSigningKey>,
    /// `e2e_cross_signing_signatures`.
    pub e2e_cross_signing_signatures: Table<CrossSigningSignature>,
    /// `event_push_actions`.
    pub event_push_actions: Table<EventPushAction>,
    /// `pushers`.
    pub pushers: Table<PusherRow>,
    /// `room_aliases`.
    pub room_aliases: Table<RoomAlias>,
    /// `device_federation_outbox`.
    pub device_federation_outbox: Table<FederationOutbox>,
    /// `device_inbox`.
    pub device_inbox: Table<DeviceInbox>,
    /// `event_search`.
    pub event_search: Table<EventSearch>,
    /// `device_lists_remote_cache`.
    pub device_lists_remote_cache: Table<Edu>,
    /// `presence_stream`.
    pub presence_stream: Table<Edu>,
    /// `receipts_linearized`.
    pub receipts_linearized: Table<Edu>,
    /// `local_media_repository`.
    pub local_media_repository: Table<LocalMedia>,
    /// `remote_media_cache`.
    pub remote_media_cache: Table<RemoteMedia>,
    /// `e2e_room_keys_versions`.
    pub e2e_room_keys_versions: Table<super::RoomKeysVersion>,
    /// `e2e_room_keys`.
    pub e2e_room_keys: Table<super::BackedUpRoomKey>,
    /// `account_data`.
    pub account_data: Table<super::AccountData>,
    /// `redactions`.
    pub redactions: Table<super::Redaction>,
}

impl Tables {
    /// The stored table an EDU goes to (`None` for typing, held in memory).
    pub fn edu_table(&mut self, table: EduTable) -> Option<&mut Table<Edu>> {
        match table {
            EduTable::DeviceLists => Some(&mut self.device_lists_remote_cache),
            EduTable::Presence => Some(&mut self.presence_stream),
            EduTable::Receipts => Some(&mut self.receipts_linearized),
            EduTable::Typing => None,
        }
    }

    /// Every table written to at least once but `devices`, by name, as at `now`.
    pub(super) fn dump(&self, now: SimTime) -> Vec<(&'static str, Value)> {
        let mut out = Vec::new();
        let mut add = |name: &'static str, empty: bool, rows: Value| {
            if !empty {
                out.push((name, rows));
            }
        };
        macro_rules! tables {
            ($($field:ident),*) => {
                $(add(stringify!($field), self.$field.is_empty(), self.$field.dump(now));)*
            };
        }
        tables!(
            users,
            profiles,
            user_threepids,
            ui_auth_sessions_ips,
            access_tokens,
            e2e_device_keys_json,
            threepid_validation_token,
            e2e_cross_signing_keys,
            e2e_cross_signing_signatures,
            event_push_actions,
            pushers,
            room_aliases,
            device_federation_outbox,
            device_inbox,
            event_search,
            device_lists_remote_cache,
            presence_stream,
            receipts_linearized,
            local_media_repository,
            remote_media_cache,
            e2e_room_keys_versions,
            e2e_room_keys,
            account_data,
            redactions
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::BTreeMap;

    #[test]
    fn rows_dump_as_synapse_columns_with_nulls_kept_and_unset_last_seen_left_out() {
        let t = SimTime(60);
        let mut tables = Tables::default();
        tables.profiles.insert(t, Profile { user_id: "@a:x".into(), displayname: "A".into(), avatar_url: None });
        tables.devices.insert(t, DeviceRow::new("@a:x", "D", "phone"));
        tables
            .access_tokens
            .insert(t, AccessToken { user_id: "@a:x".into(), device_id: "D".into(), token: "t".into() });
        tables.access_tokens.delete_where(SimTime(120), |c| c.user_id == "@a:x");
        let dump: BTreeMap<&str, Value> = tables.dump(SimTime(90)).into_iter().collect();
        assert_eq!(dump["profiles"], json!([{ "user_id": "@a:x", "displayname": "A", "avatar_url": null }]));
        assert_eq!(dump["access_tokens"], json!([{ "user_id": "@a:x", "device_id": "D", "token": "t" }]));
        assert!(!dump.contains_key("users"), "a table never written is not dumped");
        assert!(!dump.contains_key("devices"), "devices are dumped by the server, with last-seen columns");
        let later: BTreeMap<&str, Value> = tables.dump(SimTime(120)).into_iter().collect();
        assert_eq!(later["access_tokens"], json!([]), "a deleted row is gone, the table stays");
        let device = serde_json::to_value(&tables.devices.rows()[0].cols).unwrap_or_default();
        assert_eq!(device, json!({ "user_id": "@a:x", "device_id": "D", "display_name": "phone", "hidden": false }));
    }
}
