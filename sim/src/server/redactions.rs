//! Redactions as a server keeps them (FACTS.md §1 "Redacted events"): the `redactions` row, and
//! when the original content leaves `event_json`.

use super::{Server, StoredEvent};
use crate::time::SimTime;
use serde::Serialize;
use serde_json::Value;

/// `redactions`: a redaction event and the event it redacts.
#[derive(Clone, Debug, Serialize)]
pub struct Redaction {
    /// The redaction's event id.
    pub event_id: String,
    /// The redacted event's id.
    pub redacts: String,
    /// When this server received the redaction, in milliseconds.
    pub received_ts: u64,
}

impl Server {
    /// Stores what a redaction does here: a `redactions` row and, on a server that honours
    /// redactions, the mark on the original that starts its retention. A server that does not
    /// honour them keeps the original as it came.
    pub(crate) fn apply_redaction(&mut self, now: SimTime, json: &Value) {
        let (Some(id), Some(target)) = (json["event_id"].as_str(), json["content"]["redacts"].as_str()) else { return };
        let row =
            Redaction { event_id: id.to_owned(), redacts: target.to_owned(), received_ts: now.origin_server_ts() };
        self.tables.redactions.insert(now, row);
        if !self.spec.honours_redactions {
            return;
        }
        if let Some(e) = self.events.iter_mut().find(|e| e.event_id == target && e.redacted_at.is_none()) {
            e.redacted_at = Some(now);
        }
    }

    /// When this server prunes an event's original content from `event_json`: on arrival for an
    /// event it got already redacted (the lab showed it), else the redaction it honoured plus
    /// `redaction_retention_days` (Synapse's `_censor_redactions`, which rewrites
    /// `event_json` only — `event_search` keeps an unencrypted body).
    pub fn censored_at(&self, e: &StoredEvent) -> Option<SimTime> {
        if e.arrived_pruned {
            return Some(e.received_at);
        }
        let days = u64::from(self.spec.redaction_retention_days);
        e.redacted_at.map(|t| t.plus(days * SimTime::DAY))
    }

    /// Whether someone who copies the database at `since` gets the event's original content.
    pub fn original_at(&self, e: &StoredEvent, since: SimTime) -> bool {
        self.censored_at(e).is_none_or(|t| since < t)
    }

    /// The event as `event_json` holds it at `now`: once censored, with its content pruned (the
    /// redaction algorithm keeps no key of a message's content).
    pub fn event_json_at(&self, e: &StoredEvent, now: SimTime) -> Value {
        let mut json = e.json.json().clone();
        if !self.original_at(e, now) {
            json["content"] = Value::Object(serde_json::Map::new());
        }
        json
    }
}
