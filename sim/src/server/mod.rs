//! A homeserver's database: the events it stores and the tables Synapse keeps about users.
//!
//! Table and column names follow Synapse (FACTS.md §1): `user_ips`, `devices`,
//! `user_threepids`, `access_tokens`, `ui_auth_sessions_ips`, `receipts_linearized`,
//! `presence_stream`, `device_lists_remote_cache`, `device_inbox`, `event_search`; its logs and
//! its login service in `logs.rs`.

use crate::scenario::ServerSpec;
use crate::time::SimTime;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

mod backup;
mod logs;
mod redactions;
mod tables;

/// How long Synapse keeps an interactive-auth session, and the addresses and user agents in
/// `ui_auth_sessions_ips` with it, in seconds: 48 hours (syn: handlers/auth.py
/// `SESSION_EXPIRE_MS`; FACTS.md §1 "Observed").
pub const UI_AUTH_SESSION_SECS: u64 = 48 * 3600;

/// How often a server re-sends its local users' current presence to the servers they share
/// rooms with while they are not offline, in seconds: 25 minutes (syn: handlers/presence.py
/// `FEDERATION_PING_INTERVAL`; FACTS.md §2 "Presence after an outage").
pub const PRESENCE_PING_SECS: u64 = 25 * 60;

pub use backup::*;
pub use logs::*;
pub use redactions::Redaction;
pub use tables::*;

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
    /// When this server honoured a redaction of it (its original then stays for the retention).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redacted_at: Option<SimTime>,
    /// Received already redacted (a server that joined after the redaction gets the pruned
    /// event over federation).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub arrived_pruned: bool,
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
    /// Every other table.
    pub tables: Tables,
    /// Ephemeral data held in memory only (typing): seen live, never stored.
    pub memory: Vec<TableRow<Edu>>,
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
            tables: Tables::default(),
            memory: Vec::new(),
        }
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
    pub fn user_ips(&self, now: SimTime) -> Vec<TableRow<UserIp>> {
        let horizon = self.ip_horizon(now);
        let mut rows: BTreeMap<(&str, &str, &str), &Request> = BTreeMap::new();
        for r in self.requests.iter().filter(|r| r.at <= now && r.at >= horizon) {
            rows.insert((&r.user, &r.token, &r.ip), r);
        }
        rows.into_values()
            .map(|r| TableRow {
                at: r.at,
                cols: UserIp {
                    user_id: r.user.clone(),
                    access_token: r.token.clone(),
                    device_id: r.device.clone(),
                    ip: r.ip.clone(),
                    user_agent: r.user_agent.clone(),
                    last_seen: r.at.origin_server_ts(),
                },
                deleted_at: None,
            })
            .collect()
    }

    /// `devices` as it stands at `now`: registered devices with their last IP and user agent.
    pub fn devices(&self, now: SimTime) -> Vec<TableRow<DeviceRow>> {
        self.tables
            .devices
            .rows()
            .iter()
            .filter(|d| d.at <= now)
            .map(|d| {
                let (user, device) = (&d.cols.user_id, &d.cols.device_id);
                let last = self.requests.iter().rfind(|r| r.at <= now && &r.user == user && &r.device == device);
                let mut cols = d.cols.clone();
                if let Some(r) = last {
                    cols.last_seen = Some(r.at.origin_server_ts());
                    if self.spec.keeps_device_ip {
                        cols.ip = Some(r.ip.clone());
                        cols.user_agent = Some(r.user_agent.clone());
                    }
                }
                TableRow { at: last.map_or(d.at, |r| r.at), cols, deleted_at: d.deleted_at }
            })
            .collect()
    }

    /// Every table as a homeserver database would show it at `now` (for `--dump`).
    pub fn dump(&self, now: SimTime) -> BTreeMap<String, Value> {
        let mut out = BTreeMap::new();
        let events: Vec<Value> = self
            .events
            .iter()
            .map(|e| json!({ "received_at": e.received_at.origin_server_ts(), "backfilled": e.backfilled, "event": self.event_json_at(e, now) }))
            .collect();
        out.insert("events".to_owned(), Value::Array(events));
        fn cols<T: Serialize>(rows: impl Iterator<Item = TableRow<T>>) -> Value {
            Value::Array(rows.map(|r| serde_json::to_value(&r.cols).unwrap_or(Value::Null)).collect())
        }
        out.insert("user_ips".to_owned(), cols(self.user_ips(now).into_iter()));
        let devices = self.devices(now).into_iter().filter(|d| d.deleted_at.is_none_or(|t| t > now));
        out.insert("devices".to_owned(), cols(devices));
        for (name, rows) in self.tables.dump(now) {
            out.insert(name.to_owned(), rows);
        }
        self.dump_outside(now, &mut out);
        out.insert(
            "server_keys".to_owned(),
            json!({ "server_name": self.spec.name, "verify_keys": { self.signing_key.0.clone(): { "key": self.signing_key.1 } } }),
        )
        ;
        out
    }
}
