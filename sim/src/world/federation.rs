//! Federation transport: PDUs built, signed, stored and sent; EDUs; catch-up after an outage or a join; hops.

use super::{SimError, ToDevice, World};
use crate::crypto::DeviceKey;
use crate::event::{self, Content};
use crate::pdu::Pdu;
use crate::server::{Edu, EduTable, EventSearch, Server, StoredEvent, TableRow};
use crate::time::SimTime;
use serde::Serialize;
use serde_json::{Value, json};
use std::sync::Arc;

/// What the simulator knows of each event (the servers hold the JSON).
#[derive(Clone, Debug, Serialize)]
pub struct EventMeta {
    /// Event id.
    pub event_id: String,
    /// Scenario room id.
    pub room: String,
    /// Sending account id.
    pub sender: String,
    /// Sending device (for encrypted events).
    pub device: Option<String>,
    /// Sent at.
    pub at: SimTime,
    /// Event type.
    pub event_type: String,
    /// Label from the script.
    pub label: Option<String>,
    /// Megolm session id, for encrypted events.
    pub session_id: Option<String>,
    /// Megolm session label, for encrypted events.
    pub session_label: Option<String>,
    /// Ciphertext, for encrypted events.
    pub ciphertext: Option<String>,
    /// The text the sender typed (what a reader who decrypts sees).
    pub text: Option<String>,
}

/// One request on the wire, as a network observer near the sender sees it.
#[derive(Clone, Debug, Serialize)]
pub struct Packet {
    /// Sending account.
    pub account: String,
    /// When.
    pub at: SimTime,
    /// Where it visibly goes: a server name, `vpn` or `tor`.
    pub destination: String,
    /// A server, the VPN or Tor.
    pub destination_kind: DestinationKind,
    /// Approximate size in bytes.
    pub bytes: usize,
}

/// Where a packet visibly goes (serialised as `server`, `vpn` or `tor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DestinationKind {
    /// Straight to the homeserver.
    Server,
    /// Into the VPN.
    Vpn,
    /// Into Tor.
    Tor,
}

impl DestinationKind {
    /// The name as serialised: `server`, `vpn` or `tor`.
    pub fn as_str(self) -> &'static str {
        match self {
            DestinationKind::Server => "server",
            DestinationKind::Vpn => "vpn",
            DestinationKind::Tor => "tor",
        }
    }
}

/// What a hop carries (serialised as `request`, `pdu`, `edu`, `to-device`, `backfill`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HopKind {
    /// A client's request to its homeserver.
    Request,
    /// A PDU sent between servers.
    Pdu,
    /// An EDU sent between servers.
    Edu,
    /// A to-device message sent between servers.
    ToDevice,
    /// Events caught up late: after an outage or on a join.
    Backfill,
    /// An uploaded file (a key bundle) fetched from another server.
    Media,
}

/// One hop for the window to animate.
#[derive(Clone, Debug, Serialize)]
pub struct Hop {
    /// When.
    pub at: SimTime,
    /// What travels.
    pub kind: HopKind,
    /// From (account or server).
    pub from: String,
    /// To (server).
    pub to: String,
    /// Event id or EDU type.
    pub what: String,
}

/// What a server that was down missed, delivered when it comes back up.
pub(crate) enum Missed {
    /// A PDU, backfilled.
    Pdu { event_id: String, room: String, json: Arc<Pdu> },
    /// A to-device message, stored in the recipient's inbox.
    ToDevice(ToDevice),
}

/// Adds an event a server stores to its search index. Synapse indexes message bodies, room
/// names and topics in cleartext, also for events a server receives when it joins (FACTS.md §1
/// "Message search index"; observed in a real Synapse by `glasshouse lab`).
pub(crate) fn index_for_search(s: &mut Server, now: SimTime, json: &Value) {
    let indexed = match json["type"].as_str() {
        Some("m.room.message") => Some(("content.body", "body")),
        Some("m.room.name") => Some(("content.name", "name")),
        Some("m.room.topic") => Some(("content.topic", "topic")),
        _ => None,
    };
    if let Some((key, field)) = indexed
        && let Some(value) = json["content"][field].as_str()
    {
        let (event_id, room_id) = (json["event_id"].clone(), json["room_id"].clone());
        let cols = EventSearch { event_id, room_id, key: key.to_owned(), value: value.to_owned() };
        s.tables.event_search.insert(now, cols);
    }
}

impl World {
    /// Builds, signs and stores a PDU on the sender's server, then sends it to the room's other
    /// servers (queued for offline ones). Returns the event id.
    pub(crate) fn send(
        &mut self,
        room: &str,
        sender: &str,
        content: Content,
        meta: Option<EventMeta>,
    ) -> Result<String, SimError> {
        let (acc_server, acc_mxid) = {
            let a = self.account(sender)?;
            (a.server.clone(), a.mxid.clone())
        };
        let event_id = self.random_event_id();
        let r = self.rooms.get(room).ok_or_else(|| SimError::Unknown(format!("room {room}")))?;
        let prev: Vec<String> = r.head.iter().cloned().collect();
        let json = event::pdu(
            &event_id,
            &r.room_id,
            &acc_mxid,
            self.now.origin_server_ts(),
            r.depth + 1,
            &prev,
            &r.auth,
            &content,
        );
        let mut targets = self.participating(r);
        // Signed by the origin server (on a spare core; see `pdu`).
        let key = self.signing_keys.get(&acc_server).ok_or_else(|| SimError::Unknown(acc_server.clone()))?;
        let json = Pdu::new(json, Arc::clone(key));
        self.pdus.push(Arc::clone(&json));
        self.crypto.ops.signatures += 1;
        if content.event_type == "m.room.member"
            && let Some(target) = content.state_key.as_deref().and_then(|k| self.by_mxid.get(k))
        {
            targets.insert(self.server_of(target)?);
        }
        targets.insert(acc_server.clone());
        let r = self.rooms.get_mut(room).ok_or_else(|| SimError::Unknown(room.to_owned()))?;
        r.head = Some(event_id.clone());
        r.depth += 1;
        r.timeline.push(event_id.clone());
        let meta = meta.unwrap_or_else(|| EventMeta {
            event_id: String::new(),
            room: room.to_owned(),
            sender: sender.to_owned(),
            device: None,
            at: self.now,
            event_type: content.event_type.clone(),
            label: None,
            session_id: None,
            session_label: None,
            ciphertext: None,
            text: None,
        });
        self.events.insert(event_id.clone(), EventMeta { event_id: event_id.clone(), ..meta });
        // Every server's devices receive the event; encrypted ones wait for their clients to open.
        let mut locals = self.local_devices(room);
        for s in targets {
            let online = self.servers.get(&s).is_some_and(|x| x.online);
            if online {
                if s != acc_server {
                    self.hops.push(Hop {
                        at: self.now,
                        kind: HopKind::Pdu,
                        from: acc_server.clone(),
                        to: s.clone(),
                        what: event_id.clone(),
                    });
                }
                let here = locals.remove(&s).unwrap_or_default();
                self.store(&s, room, &event_id, json.clone(), false, here)?;
                // The receiving server runs its users' push rules over the new event.
                self.push_event(&s, room, &event_id, sender, &content)?;
            } else {
                self.missed.entry(s).or_default().push(Missed::Pdu {
                    event_id: event_id.clone(),
                    room: room.to_owned(),
                    json: json.clone(),
                });
            }
        }
        Ok(event_id)
    }

    /// A server back online receives what it missed: the events, by backfill, and the
    /// to-device messages.
    pub(crate) fn deliver_missed(&mut self, server: &str) -> Result<(), SimError> {
        for m in self.missed.remove(server).unwrap_or_default() {
            match m {
                Missed::Pdu { event_id, room, json } => {
                    let (at, to, what) = (self.now, server.to_owned(), event_id.clone());
                    self.hops.push(Hop { at, kind: HopKind::Backfill, from: "federation".into(), to, what });
                    let locals = self.local_devices(&room).remove(server).unwrap_or_default();
                    self.store(server, &room, &event_id, json, true, locals)?;
                }
                Missed::ToDevice(m) => self.deliver_to_device(m)?,
            }
        }
        Ok(())
    }

    /// A server stores an event and hands it to its members' devices (`locals`, from
    /// `local_devices`).
    fn store(
        &mut self,
        server: &str,
        room: &str,
        event_id: &str,
        json: Arc<Pdu>,
        backfilled: bool,
        locals: Vec<DeviceKey>,
    ) -> Result<(), SimError> {
        let now = self.now;
        let s = self.servers.get_mut(server).ok_or_else(|| SimError::Unknown(server.to_owned()))?;
        if s.has_event(event_id) {
            return Ok(());
        }
        index_for_search(s, now, json.built());
        let redaction = json.built()["type"] == "m.room.redaction";
        if redaction {
            s.apply_redaction(now, json.built());
        }
        s.events.push(StoredEvent {
            event_id: event_id.to_owned(),
            room: room.to_owned(),
            received_at: now,
            backfilled,
            json,
            redacted_at: None,
            arrived_pruned: false,
        });
        let encrypted = self.events.get(event_id).is_some_and(|m| m.ciphertext.is_some());
        for device in &locals {
            self.sync(device, event_id, encrypted);
        }
        Ok(())
    }

    /// A server joining a room receives its history (shared/world-readable) or its state.
    pub(crate) fn catch_up_new_server(&mut self, room: &str, server: &str) -> Result<(), SimError> {
        let Some(r) = self.rooms.get(room) else { return Ok(()) };
        let full = matches!(r.spec.history, crate::scenario::History::Shared | crate::scenario::History::WorldReadable);
        let source = self.participating(r).into_iter().find(|s| s != server);
        let Some(source) = source else { return Ok(()) };
        let events: Vec<StoredEvent> = self.servers[&source]
            .events
            .iter()
            .filter(|e| e.room == room && (full || e.json.built().get("state_key").is_some()))
            .cloned()
            .collect();
        let now = self.now;
        if let Some(s) = self.servers.get_mut(server) {
            for e in events {
                if !s.has_event(&e.event_id) {
                    // A redacted event comes over federation pruned: nothing to index.
                    if e.redacted_at.is_none() {
                        index_for_search(s, now, e.json.built());
                    }
                    let arrived_pruned = e.redacted_at.is_some();
                    s.events.push(StoredEvent { received_at: now, backfilled: true, arrived_pruned, ..e });
                }
            }
        }
        self.hops.push(Hop {
            at: now,
            kind: HopKind::Backfill,
            from: source,
            to: server.to_owned(),
            what: room.to_owned(),
        });
        Ok(())
    }

    /// Delivers an EDU to one server, storing it in `table` (or in memory for typing).
    pub(crate) fn edu_to(&mut self, from: &str, to: &str, edu_type: &str, table: &'static str, content: Value) {
        let now = self.now;
        let Some(online) = self.servers.get(to).map(|s| s.online) else { return };
        // A server that misses a presence update learns it from the sender's next ping.
        if let Some(user) = (edu_type == "m.presence").then(|| content["user_id"].as_str()).flatten() {
            if online {
                self.presence_missed.remove(&(to.to_owned(), user.to_owned()));
            } else {
                self.missed_presence(to, user);
            }
        }
        let Some(server) = self.servers.get_mut(to).filter(|s| s.online) else { return };
        let Some(table) = EduTable::named(table) else { return };
        if table == EduTable::DeviceLists
            && let Some(user) = content["user_id"].as_str()
        {
            self.device_lists_cached.entry(to.to_owned()).or_default().insert(user.to_owned());
        }
        let cols = Edu { edu_type: edu_type.to_owned(), origin: from.to_owned(), content };
        // A server with presence turned off drops the presence it receives (Synapse
        // `incoming_presence` returns early when presence is not tracked; seen in the lab).
        let ignored = edu_type == "m.presence" && !server.spec.presence;
        match server.tables.edu_table(table) {
            _ if ignored => {}
            // Receipts and remote device lists are upserted: one row per key (FACTS.md §1).
            Some(rows) => match cols.upsert_key(table).map(|k| k.map(str::to_owned)) {
                Some(key) => rows.upsert(now, cols, |old| old.upsert_key(table).is_some_and(|k| k == key)),
                None => rows.insert(now, cols),
            },
            None => server.memory.push(TableRow { at: now, cols, deleted_at: None }),
        }
        if from != to {
            self.hops.push(Hop {
                at: now,
                kind: HopKind::Edu,
                from: from.to_owned(),
                to: to.to_owned(),
                what: edu_type.to_owned(),
            });
        }
    }

    pub(crate) fn room_edu(
        &mut self,
        who: &str,
        room: &str,
        edu_type: &str,
        table: &'static str,
        content: Value,
    ) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        let servers = self.rooms.get(room).map(|r| self.participating(r)).unwrap_or_default();
        let room_id = self.rooms.get(room).map(|r| r.room_id.clone()).unwrap_or_default();
        let wrapped = json!({ "room_id": room_id, "user_id": acc.mxid, "content": content });
        for s in servers {
            self.edu_to(&acc.server, &s, edu_type, table, wrapped.clone());
        }
        Ok(())
    }
}
