//! A homeserver's database: the events it stores and the tables Synapse keeps about users.
//!
//! Table and column names follow Synapse (FACTS.md §1): `user_ips`, `devices`,
//! `user_threepids`, `access_tokens`, `ui_auth_sessions_ips`, `receipts_linearized`,
//! `presence_stream`, `device_lists_remote_cache`, `device_inbox`, `event_search`.

use crate::scenario::ServerSpec;
use crate::time::SimTime;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// An event held by a server.
#[derive(Clone, Debug, Serialize)]
pub struct StoredEvent {
    /// Event id.
    pub event_id: String,
    /// Scenario room id.
    pub room: String,
    /// When this server got it.
    pub received_at: SimTime,
    /// Received late, when the server caught up after an outage or a join.
    pub backfilled: bool,
    /// The PDU as stored (shared: every server holds the same signed bytes).
    pub json: std::sync::Arc<crate::pdu::Pdu>,
}

/// One client request as the server saw it: the raw material of `user_ips` and `devices`.
#[derive(Clone, Debug, Serialize)]
pub struct Request {
    /// When.
    pub at: SimTime,
    /// Matrix user id.
    pub user: String,
    /// Device id.
    pub device: String,
    /// Access token used.
    pub token: String,
    /// Address the request came from.
    pub ip: String,
    /// User agent header.
    pub user_agent: String,
    /// What the client did (`register`, `login`, `send`, `sync` …).
    pub what: &'static str,
}

/// A row of a table the knowledge engine and the dump read.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// When the row was written (or last updated).
    pub at: SimTime,
    /// Columns.
    pub cols: Value,
    /// When the row was deleted (a logout removes the device's access token), if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<SimTime>,
}

impl Row {
    /// Whether someone reading the database from `since` on saw this row at some point.
    pub fn seen_from(&self, since: SimTime) -> bool {
        self.deleted_at.is_none_or(|d| since <= d)
    }
}

/// What one server holds.
#[derive(Clone, Debug, Serialize)]
pub struct Server {
    /// Configuration.
    pub spec: ServerSpec,
    /// Online now.
    pub online: bool,
    /// Server signing key id and public key.
    pub signing_key: (String, String),
    /// `events` / `event_json`.
    pub events: Vec<StoredEvent>,
    /// Requests of local users, from which `user_ips` and `devices` are derived.
    pub requests: Vec<Request>,
    /// Table name → rows for everything else.
    pub tables: BTreeMap<&'static str, Vec<Row>>,
    /// Ephemeral data held in memory only (typing): seen live, never stored.
    pub memory: Vec<Row>,
}

impl Server {
    /// An empty server.
    pub fn new(spec: ServerSpec, signing_key: (String, String)) -> Self {
        Server {
            spec,
            online: true,
            signing_key,
            events: Vec::new(),
            requests: Vec::new(),
            tables: BTreeMap::new(),
            memory: Vec::new(),
        }
    }

    /// Appends a row to a table.
    pub fn insert(&mut self, table: &'static str, at: SimTime, cols: Value) {
        self.tables.entry(table).or_default().push(Row { at, cols, deleted_at: None });
    }

    /// Marks the rows of a table matching `pred` as deleted at `at`.
    pub fn delete_where(&mut self, table: &str, at: SimTime, pred: impl Fn(&Value) -> bool) {
        if let Some(rows) = self.tables.get_mut(table) {
            for r in rows.iter_mut().filter(|r| r.deleted_at.is_none() && pred(&r.cols)) {
                r.deleted_at = Some(at);
            }
        }
    }

    /// Rows of a table.
    pub fn rows(&self, table: &str) -> &[Row] {
        self.tables.get(table).map_or(&[], Vec::as_slice)
    }

    /// Whether the server holds an event.
    pub fn has_event(&self, event_id: &str) -> bool {
        self.events.iter().any(|e| e.event_id == event_id)
    }

    /// The oldest request time still in `user_ips` at `now`.
    pub fn ip_horizon(&self, now: SimTime) -> SimTime {
        SimTime(now.0.saturating_sub(u64::from(self.spec.keeps_ip_days) * SimTime::DAY))
    }

    /// `user_ips` as it stands at `now`: one row per (user, token, ip) seen since the retention
    /// horizon, with the latest user agent and time; only requests made up to `now`.
    pub fn user_ips(&self, now: SimTime) -> Vec<Row> {
        let horizon = self.ip_horizon(now);
        let mut rows: BTreeMap<(String, String, String), (SimTime, &Request)> = BTreeMap::new();
        for r in self.requests.iter().filter(|r| r.at <= now && r.at >= horizon) {
            rows.insert((r.user.clone(), r.token.clone(), r.ip.clone()), (r.at, r));
        }
        rows.into_values()
            .map(|(at, r)| Row {
                at,
                cols: json!({
                    "user_id": r.user, "access_token": r.token, "device_id": r.device,
                    "ip": r.ip, "user_agent": r.user_agent, "last_seen": at.origin_server_ts(),
                }),
                deleted_at: None,
            })
            .collect()
    }

    /// `devices` as it stands at `now`: registered devices with their last IP and user agent.
    pub fn devices(&self, now: SimTime) -> Vec<Row> {
        self.rows("devices")
            .iter()
            .filter(|d| d.at <= now)
            .map(|d| {
                let user = d.cols["user_id"].as_str().unwrap_or_default();
                let device = d.cols["device_id"].as_str().unwrap_or_default();
                let last = self.requests.iter().rfind(|r| r.at <= now && r.user == user && r.device == device);
                let mut cols = d.cols.clone();
                if let (Some(map), Some(r)) = (cols.as_object_mut(), last) {
                    map.insert("last_seen".into(), json!(r.at.origin_server_ts()));
                    if self.spec.keeps_device_ip {
                        map.insert("ip".into(), json!(r.ip));
                        map.insert("user_agent".into(), json!(r.user_agent));
                    }
                }
                Row { at: last.map_or(d.at, |r| r.at), cols, deleted_at: d.deleted_at }
            })
            .collect()
    }

    /// Every table as a homeserver database would show it at `now` (for `--dump`).
    pub fn dump(&self, now: SimTime) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        let events: Vec<Value> = self
            .events
            .iter()
            .map(|e| json!({ "received_at": e.received_at.origin_server_ts(), "backfilled": e.backfilled, "event": e.json.json() }))
            .collect();
        out.insert("events".to_owned(), Value::Array(events));
        let cols = |rows: Vec<Row>| Value::Array(rows.into_iter().map(|r| r.cols).collect());
        out.insert("user_ips".to_owned(), cols(self.user_ips(now)));
        out.insert(
            "devices".to_owned(),
            cols(self.devices(now).into_iter().filter(|d| d.deleted_at.is_none_or(|t| t > now)).collect()),
        );
        for (name, rows) in &self.tables {
            if *name != "devices" {
                let live = rows.iter().filter(|r| r.at <= now && r.deleted_at.is_none_or(|d| d > now));
                out.insert((*name).to_owned(), cols(live.cloned().collect()));
            }
        }
        out.insert(
            "server_keys".to_owned(),
            json!({ "server_name": self.spec.name, "verify_keys": { self.signing_key.0.clone(): { "key": self.signing_key.1 } } }),
        );
        out
    }
}
