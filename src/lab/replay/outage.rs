//! Outages in the replay: `server_down` stops a server's Synapse, `server_up` starts it again,
//! has the others reconnect, and waits until it holds the events it missed.
//!
//! A replay takes seconds where a scenario's outage lasts hours, so the lab compresses what
//! Synapse does over those hours (the timing itself is in `config::overrides`): a sender that
//! fails to reach the server backs off for more than an hour and drops the receipts, presence
//! and typing it queued for it; before the server returns, each such sender retries once more
//! and fails, as Synapse retries a down server every 10, 20, 40… minutes; once the server is
//! back, the senders are told to reconnect (Synapse's admin API
//! `/_synapse/admin/v1/federation/destinations/<destination>/reset_connection`, which is what a
//! request from the returning server would do), and they catch it up on the events it missed;
//! the presence Synapse re-sends every 25 minutes is sent at once.
//!
//! Synapse 1.163.2 source: `federation/sender/per_destination_queue.py` (what a failed
//! transaction loses, `CATCHUP_RETRY_INTERVAL`, catch-up), `util/retryutils.py` (back-off),
//! `http/matrixfederationclient.py` (retries of one transaction), `handlers/presence.py`
//! (`FEDERATION_PING_INTERVAL`), `rest/admin/federation.py` (`reset_connection`).

use super::{Replay, call_error};
use crate::lab::client::Caller;
use crate::lab::{LabError, Note, err};
use glasshouse_sim::SimTime;
use glasshouse_sim::scenario::{Action, PresenceState, Step};
use rusqlite::{Connection, OpenFlags};
use serde_json::Value;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// How long a server may take to receive the events it should hold (before an outage, and
/// when catching up after one).
const DELIVERY: Duration = Duration::from_secs(60);

/// How long a sender's retry to a server that is still down may take to fail (two retries of
/// about half a second each in the lab's configuration).
const RETRY_FAILS: Duration = Duration::from_secs(10);

/// How long an attempt already under way when the outage ends may take to fail.
const IN_FLIGHT: Duration = Duration::from_secs(3);

/// An outage shorter than this is replayed as a long one all the same (see the note).
const LONG: u64 = 3600;

/// Synapse's presence ping interval, in seconds (`FEDERATION_PING_INTERVAL`).
const PING: u64 = 25 * 60;

/// The status message a client sets for a moment, so that its server sends the current
/// presence again (see `presence_ping`).
const PING_STATUS: &str = "glasshouse-lab: presence re-sent";

/// What a server's federation sender knows about one destination.
struct Destination {
    /// Known at all (it has sent to it, or tried).
    known: bool,
    /// Backing off from it: when the last attempt failed (0 when not backing off).
    retry_last_ts: u64,
}

impl Replay<'_> {
    /// Stops a server's Synapse, once it holds every event the simulator says it holds by now
    /// (federation is asynchronous; the simulator delivers at once).
    pub(super) fn server_down(&mut self, step: &Step, server: &str) -> Result<(), LabError> {
        self.wait_held(server, step.at, "lab-error-before-outage")?;
        let up = self.world.setup().script.iter().find_map(|s| match &s.action {
            Action::ServerUp(a) if a.server == server && s.at > step.at => Some(s.at),
            _ => None,
        });
        let end = up.unwrap_or_else(|| self.world.end());
        let minutes = end.secs().saturating_sub(step.at.secs()) / 60;
        let args = vec![
            ("at", step.at.to_string()),
            ("server", server.to_owned()),
            ("until", up.map_or_else(|| "-".to_owned(), |t| t.to_string())),
            ("minutes", minutes.to_string()),
        ];
        self.notes.push(Note { key: "lab-note-outage", args: args.clone() });
        if end.secs().saturating_sub(step.at.secs()) < LONG {
            self.notes.push(Note { key: "lab-note-outage-short", args });
        }
        self.fleet.stop(server)
    }

    /// Starts a server again and lets it catch up: the retry that fails while it is still
    /// down, the restart, the others told to reconnect, then a bounded wait until it holds
    /// every event the simulator says it holds after coming back.
    pub(super) fn server_up(&mut self, step: &Step, server: &str) -> Result<(), LabError> {
        let destination = self.plan(server)?.server_name();
        let others: Vec<String> =
            self.fleet.plans.iter().filter(|p| p.sim_name != server).map(|p| p.sim_name.clone()).collect();
        self.wait_attempts_over(&others, &destination)?;
        for o in &others {
            let d = self.destination(o, &destination)?;
            if d.known && d.retry_last_ts > 0 {
                self.reset_connection(o, &destination)?;
                self.wait_failed_again(o, &destination)?;
            }
        }
        self.fleet.restart(server)?;
        for o in &others {
            if self.destination(o, &destination)?.known {
                self.reset_connection(o, &destination)?;
            }
        }
        self.wait_held(server, step.at, "lab-error-catch-up")?;
        self.presence_ping(step, server)
    }

    /// Synapse re-sends the presence of each of its users who is not offline to every server
    /// it shares a room with every 25 minutes (`FEDERATION_PING_INTERVAL`, Synapse's
    /// `handlers/presence.py`), so a server back from an outage learns everyone's current
    /// presence, status message included, within 25 minutes. The replay cannot wait that long:
    /// when the scenario goes on for that long after the server comes back, each such person's
    /// client changes their status message and changes it back, which makes their server send
    /// each change at once (Synapse sends a presence change when the status message differs).
    /// Servers keep only a user's latest presence (`presence_stream`), so what remains is what
    /// the 25-minute re-send leaves: the current presence.
    fn presence_ping(&mut self, step: &Step, server: &str) -> Result<(), LabError> {
        if self.world.end().secs() < step.at.secs() + PING {
            return Ok(());
        }
        let setup = self.world.setup();
        let mut pings = Vec::new();
        for p in setup.people.values() {
            if p.server == server || !setup.servers.get(&p.server).is_some_and(|s| s.presence) {
                continue;
            }
            let last = setup.script.iter().filter(|s| s.at <= step.at).rev().find_map(|s| match &s.action {
                Action::Presence(a) if a.who == p.id => Some((a.state, a.status.clone())),
                _ => None,
            });
            let (state, status) = last.unwrap_or((PresenceState::Online, None));
            if state != PresenceState::Offline && self.primary(&p.id).is_some() {
                pings.push((p.id.clone(), state, status));
            }
        }
        for (who, state, status) in pings {
            self.set_presence(&who, state, Some(PING_STATUS))?;
            self.set_presence(&who, state, status.as_deref())?;
        }
        Ok(())
    }

    /// The admin API's view of `destination` on `server`.
    fn destination(&mut self, server: &str, destination: &str) -> Result<Destination, LabError> {
        let admin = self.admin(server)?;
        let path = format!("/_synapse/admin/v1/federation/destinations/{destination}");
        match self.client.call_json(&admin, "GET", &path, &Value::Null) {
            Ok(v) => Ok(Destination { known: true, retry_last_ts: v["retry_last_ts"].as_u64().unwrap_or(0) }),
            Err(e) if e.status == 404 => Ok(Destination { known: false, retry_last_ts: 0 }),
            Err(e) => Err(call_error("federation destination", &e)),
        }
    }

    /// Clears `server`'s back-off from `destination` and wakes its queue for it. Synapse
    /// answers 400 when there is no back-off to clear: nothing to do then.
    fn reset_connection(&mut self, server: &str, destination: &str) -> Result<(), LabError> {
        let admin: Caller = self.admin(server)?;
        let path = format!("/_synapse/admin/v1/federation/destinations/{destination}/reset_connection");
        match self.client.call_json(&admin, "POST", &path, &serde_json::json!({})) {
            Ok(_) => Ok(()),
            Err(e) if e.status == 400 || e.status == 404 => Ok(()),
            Err(e) => Err(call_error("reset_connection", &e)),
        }
    }

    /// Waits until the attempts the senders were making to `destination` when the replay
    /// reached `server_up` have failed (a replay plays an outage's steps in a second, faster
    /// than two quick retries): until each sender that knows it backs off from it, or
    /// [`IN_FLIGHT`] has passed (a sender with nothing to send tried nothing).
    fn wait_attempts_over(&mut self, senders: &[String], destination: &str) -> Result<(), LabError> {
        let started = Instant::now();
        loop {
            let mut pending = false;
            for o in senders {
                let d = self.destination(o, destination)?;
                pending |= d.known && d.retry_last_ts == 0;
            }
            if !pending || started.elapsed() >= IN_FLIGHT {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// Waits until `server`'s retry to a destination that is still down has failed (its
    /// back-off is recorded again). A sender with nothing left to send makes no attempt: after
    /// [`RETRY_FAILS`] the replay goes on.
    fn wait_failed_again(&mut self, server: &str, destination: &str) -> Result<(), LabError> {
        let started = Instant::now();
        while started.elapsed() < RETRY_FAILS {
            std::thread::sleep(Duration::from_millis(250));
            if self.destination(server, destination)?.retry_last_ts > 0 {
                return Ok(());
            }
        }
        Ok(())
    }

    /// The real ids of the events the simulator's `server` holds at `at` (those the replay
    /// sent; the rooms' opening state is created with them).
    fn held(&self, server: &str, at: SimTime) -> BTreeSet<String> {
        let Some(s) = self.world.servers().get(server) else { return BTreeSet::new() };
        s.events.iter().filter(|e| e.received_at <= at).filter_map(|e| self.events.get(&e.event_id).cloned()).collect()
    }

    /// Waits until `server`'s database holds every event the simulator says it holds at `at`,
    /// or fails with `key` after [`DELIVERY`].
    fn wait_held(&self, server: &str, at: SimTime, key: &'static str) -> Result<(), LabError> {
        let wanted = self.held(server, at);
        if wanted.is_empty() {
            return Ok(());
        }
        let db = self.plan(server)?.database();
        let started = Instant::now();
        let mut missing = wanted.len();
        while started.elapsed() < DELIVERY {
            missing = missing_events(&db, &wanted).unwrap_or(missing);
            if missing == 0 {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Err(err(
            key,
            &[
                ("server", server.to_owned()),
                ("at", at.to_string()),
                ("missing", missing.to_string()),
                ("count", wanted.len().to_string()),
                ("seconds", DELIVERY.as_secs().to_string()),
            ],
        ))
    }
}

/// How many of `wanted` (event ids) the database at `path` does not hold.
fn missing_events(path: &std::path::Path, wanted: &BTreeSet<String>) -> rusqlite::Result<usize> {
    let db = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    let mut query = db.prepare("SELECT 1 FROM events WHERE event_id = ?1")?;
    let mut missing = 0;
    for id in wanted {
        if !query.exists([id])? {
            missing += 1;
        }
    }
    Ok(missing)
}
