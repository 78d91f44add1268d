//! The replay's rooms: creation, invites and joins, the simulator's events sent with the same
//! content, receipts, typing, and the room keys that go with an encrypted message.

use super::{Replay, call_error, raw, txn_id};
use crate::lab::client::Caller;
use crate::lab::{LabError, err};
use glasshouse_sim::scenario::{JoinRule, Step};
use glasshouse_sim::server::TableRow;
use ruma_client_api::{
    keys::get_keys::v3 as get_keys,
    membership::{
        get_member_events::v3 as get_member_events,
        invite_user::v3::{self as invite_user, InvitationRecipient, InviteUserId},
        join_room_by_id_or_alias::v3 as join_room,
        leave_room::v3 as leave_room,
    },
    message::{get_message_events::v3 as get_messages, send_message_event::v3 as send_message},
    receipt::create_receipt::v3::{self as create_receipt, ReceiptType},
    redact::redact_event::v3 as redact_event,
    room::{
        create_room::v3::{self as create_room, RoomPreset},
        get_room_event::v3 as get_room_event,
    },
    state::get_state_event_for_key::v3 as get_state_event,
    to_device::send_event_to_device::v3 as send_to_device,
    typing::create_typing_event::v3::{self as typing, Typing, TypingInfo},
};
use ruma_common::{OwnedRoomId, to_device::DeviceIdOrAllDevices};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

impl Replay<'_> {
    /// Creates a room as the simulator does: its creator, settings and members (invited first
    /// unless the room is public). The `public_chat` preset with the join rule and history
    /// visibility given as initial state yields exactly the simulator's state events (the
    /// private presets would add `m.room.guest_access`).
    pub(super) fn create_room(&mut self, room: &str) -> Result<(), LabError> {
        let Some(spec) = self.world.setup().rooms.get(room) else { return Ok(()) };
        let Some(creator) = spec.members.first() else { return Ok(()) };
        let who = self.caller(creator, None)?;
        let mut initial = vec![
            glasshouse_sim::event::join_rules(spec.join_rule),
            glasshouse_sim::event::history_visibility(spec.history),
        ];
        if spec.encrypted {
            initial.push(glasshouse_sim::event::encryption());
        }
        let mut request = create_room::Request::new();
        request.preset = Some(RoomPreset::PublicChat);
        request.room_version = Some(glasshouse_sim::event::room_version());
        request.name = spec.name.clone();
        request.topic = spec.topic.clone();
        request.room_alias_name = spec.alias.clone();
        if spec.join_rule != JoinRule::Public {
            // As Synapse's private presets (and the simulator's spec-default power levels):
            // any member may invite.
            request.power_level_content_override = Some(raw(&json!({ "invite": 0 }))?);
        }
        request.initial_state = initial
            .iter()
            .map(|c| raw(&json!({ "type": c.event_type, "state_key": c.state_key.clone().unwrap_or_default(), "content": c.body })))
            .collect::<Result<_, _>>()?;
        let response = self.client.call(&who, request).map_err(|e| call_error("createRoom", &e))?;
        if let Some(r) = self.world.rooms().get(room) {
            self.room_ids.insert(r.room_id.clone(), response.room_id.to_string());
        }
        self.rooms.insert(room.to_owned(), response.room_id);
        self.joined.insert(room.to_owned(), vec![creator.clone()]);
        for m in spec.members.iter().skip(1) {
            if spec.join_rule != JoinRule::Public {
                self.invite(room, creator, m)?;
            }
            self.join(room, m)?;
        }
        Ok(())
    }

    pub(super) fn room_id(&self, room: &str) -> Result<OwnedRoomId, LabError> {
        self.rooms
            .get(room)
            .cloned()
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("room {room} not created"))]))
    }

    pub(super) fn invite(&mut self, room: &str, by: &str, whom: &str) -> Result<(), LabError> {
        let who = self.caller(by, None)?;
        let mxid = self.world.accounts().get(whom).map(|a| a.mxid.clone()).unwrap_or_default();
        let recipient = InvitationRecipient::UserId(InviteUserId::new(self.user_id(&mxid)?));
        self.client
            .call(&who, invite_user::Request::new(self.room_id(room)?, recipient))
            .map_err(|e| call_error("invite", &e))?;
        Ok(())
    }

    /// Joins through the server of the room's creator.
    pub(super) fn join(&mut self, room: &str, account: &str) -> Result<(), LabError> {
        let creator = self.world.setup().rooms.get(room).and_then(|r| r.members.first().cloned()).unwrap_or_default();
        self.join_via(room, account, &creator)
    }

    /// Joins through the server of `via` (an inviter's server has the invite for certain; another
    /// may not have received it over federation yet).
    pub(super) fn join_via(&mut self, room: &str, account: &str, via: &str) -> Result<(), LabError> {
        let who = self.caller(account, None)?;
        let through = self.server_of(via)?;
        let via = self.plan(&through)?.server_name();
        let mut request = join_room::Request::new(self.room_id(room)?.into());
        if let Ok(v) = via.as_str().try_into() {
            request.via = vec![v];
        }
        self.client.call(&who, request).map_err(|e| call_error("join", &e))?;
        if self.server_of(account)? != through {
            // A remote join returns before the server has the room's full state ("faster joins");
            // the member list waits for it, as a client does before it looks up devices.
            self.client
                .call(&who, get_member_events::Request::new(self.room_id(room)?))
                .map_err(|e| call_error("members", &e))?;
            // The simulator's newcomer reads the room's history, as a client opening the room
            // does: paginating back makes the server backfill it from the others.
            let mut back = get_messages::Request::backward(self.room_id(room)?);
            back.limit = 100u32.into();
            self.client.call(&who, back).map_err(|e| call_error("messages", &e))?;
        }
        self.joined(room, account)
    }

    /// Records a join, then queries device lists as the simulator's clients do after one: the
    /// newcomer's client asks for every member's devices, and one member on each other server
    /// asks for the newcomer's (`/keys/query`; a server keeps a remote user's device list only
    /// once a local client has asked for it).
    pub(super) fn joined(&mut self, room: &str, account: &str) -> Result<(), LabError> {
        let members = self.joined.entry(room.to_owned()).or_default();
        if !members.iter().any(|m| m == account) {
            members.push(account.to_owned());
        }
        let members = members.clone();
        let server = self.server_of(account)?;
        let mxid_of = |a: &str| self.world.accounts().get(a).map(|x| x.mxid.clone()).unwrap_or_default();
        let others: Vec<String> = members.iter().filter(|m| *m != account).cloned().collect();
        let mut queries: Vec<(String, Vec<String>)> = Vec::new();
        if self.tokens.keys().any(|(a, _)| a == account) && !others.is_empty() {
            queries.push((account.to_owned(), others.iter().map(|o| mxid_of(o)).collect()));
        }
        let mut servers_done = BTreeSet::from([server]);
        for o in &others {
            let s = self.server_of(o)?;
            if self.tokens.keys().any(|(a, _)| a == o) && servers_done.insert(s) {
                queries.push((o.clone(), vec![mxid_of(account)]));
            }
        }
        let room_id = self.room_id(room)?;
        let newcomer = mxid_of(account);
        for (asker, users) in queries {
            let who = self.caller(&asker, None)?;
            if asker != account {
                // A client looks the newcomer up once its server has the join (federation is
                // asynchronous): before that its server would not keep the device list.
                self.wait_for_member(&who, &room_id, &newcomer)?;
            }
            let mut request = get_keys::Request::new();
            for u in users {
                request.device_keys.insert(self.user_id(&u)?, Vec::new());
            }
            self.client.call(&who, request).map_err(|e| call_error("keys/query", &e))?;
        }
        Ok(())
    }

    /// The simulator's event for a step: same room, sender, time and type, not yet replayed.
    pub(super) fn sim_event(
        &mut self,
        step: &Step,
        room: &str,
        who: &str,
        types: &[&str],
        text: Option<&str>,
    ) -> Option<(String, Value)> {
        let meta = self.world.events().values().find(|m| {
            m.room == room
                && m.sender == who
                && m.at == step.at
                && types.contains(&m.event_type.as_str())
                && (text.is_none() || m.text.as_deref() == text)
                && !self.used.contains(&m.event_id)
        })?;
        let id = meta.event_id.clone();
        self.used.insert(id.clone());
        let server = self.world.accounts().get(who)?.server.clone();
        let json = self.world.servers().get(&server)?.events.iter().find(|e| e.event_id == id)?.json.clone();
        Some((id, (*json).clone()))
    }

    /// Waits until `event` (real id) is on the account's server, so a reply, reaction or
    /// receipt can point at it (federation is asynchronous).
    fn wait_for_event(&self, account: &str, room: &OwnedRoomId, event: &str) -> Result<(), LabError> {
        let who = self.caller(account, None)?;
        let Ok(event_id) = ruma_common::OwnedEventId::try_from(event) else { return Ok(()) };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(20) {
            if self.client.call(&who, get_room_event::Request::new(room.clone(), event_id.clone())).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(150));
        }
        Err(err("lab-error-event-late", &[("event", event.to_owned()), ("who", account.to_owned())]))
    }

    /// Waits until the caller's server sees `mxid` joined to the room.
    fn wait_for_member(&self, who: &Caller, room: &OwnedRoomId, mxid: &str) -> Result<(), LabError> {
        let real = self.real(mxid);
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(20) {
            let request = get_state_event::Request::new(room.clone(), "m.room.member".into(), real.clone());
            if let Ok(r) = self.client.call(who, request)
                && serde_json::from_str::<Value>(r.event_or_content.get()).is_ok_and(|c| c["membership"] == "join")
            {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(150));
        }
        Err(err("lab-error-event-late", &[("event", format!("{real} join")), ("who", who.base.clone())]))
    }

    /// Sends the simulator's event content (ids mapped) as the sender's primary device.
    pub(super) fn send(&mut self, room: &str, who: &str, sim_id: &str, pdu: &Value) -> Result<(), LabError> {
        let room_id = self.room_id(room)?;
        let content = self.map_ids(&pdu["content"]);
        // A reply or reaction needs its target on the sender's server first.
        let rel = &content["m.relates_to"];
        if let Some(target) = rel["m.in_reply_to"]["event_id"].as_str().or(rel["event_id"].as_str()) {
            self.wait_for_event(who, &room_id, target)?;
        }
        let caller = self.caller(who, None)?;
        let event_type = pdu["type"].as_str().unwrap_or_default();
        let request = send_message::Request::new_raw(room_id, txn_id(), event_type.into(), raw(&content)?);
        let response = self.client.call(&caller, request).map_err(|e| call_error(event_type, &e))?;
        self.events.insert(sim_id.to_owned(), response.event_id.to_string());
        Ok(())
    }

    /// Sends the to-device messages the simulator's sender sent at this step (room keys,
    /// withheld notices), grouped by type, as the simulator delivered them.
    pub(super) fn send_room_keys(&mut self, step: &Step, who: &str) -> Result<(), LabError> {
        let mxid = self.world.accounts().get(who).map(|a| a.mxid.clone()).unwrap_or_default();
        let mut by_type: BTreeMap<String, Vec<(String, String, Value)>> = BTreeMap::new();
        let mut now: Vec<(String, usize)> = Vec::new();
        for (name, server) in self.world.servers() {
            for (i, r) in server.tables.device_inbox.rows().iter().enumerate() {
                let TableRow { at, cols, .. } = r;
                if *at == step.at && cols.sender == mxid && !self.used_inbox.contains(&(name.clone(), i)) {
                    now.push((name.clone(), i));
                }
            }
        }
        now.extend(self.delivered_later(step, &mxid, &now));
        for (name, i) in now {
            let Some(r) = self.world.servers().get(&name).and_then(|s| s.tables.device_inbox.rows().get(i)) else {
                continue;
            };
            let cols = &r.cols;
            by_type.entry(cols.event_type.clone()).or_default().push((
                cols.user_id.clone(),
                cols.device_id.clone(),
                cols.content.clone(),
            ));
            self.used_inbox.insert((name, i));
        }
        let caller = self.caller(who, None)?;
        for (event_type, messages) in by_type {
            let mut m: send_to_device::Messages = BTreeMap::new();
            for (user, device, content) in messages {
                m.entry(self.user_id(&user)?)
                    .or_default()
                    .insert(DeviceIdOrAllDevices::DeviceId(device.as_str().into()), raw(&self.map_ids(&content))?);
            }
            let request = send_to_device::Request::new_raw(event_type.as_str().into(), txn_id(), m);
            self.client.call(&caller, request).map_err(|e| call_error("sendToDevice", &e))?;
        }
        Ok(())
    }

    /// The to-device messages `sender` sent at `step` to a server that was down: the simulator
    /// stores them in the recipient's inbox when that server comes back, so they are found
    /// through the sender's federation outbox (`now`: the rows delivered at once).
    fn delivered_later(&self, step: &Step, sender: &str, now: &[(String, usize)]) -> Vec<(String, usize)> {
        let Some(home) = self.world.accounts().values().find(|a| a.mxid == sender).map(|a| a.server.clone()) else {
            return Vec::new();
        };
        let Some(outbox) = self.world.servers().get(&home).map(|s| s.tables.device_federation_outbox.rows()) else {
            return Vec::new();
        };
        let mut covered: Vec<&(String, usize)> = now.iter().collect();
        let mut later = Vec::new();
        for o in outbox.iter().filter(|o| o.at == step.at && o.cols.sender == sender) {
            let o = &o.cols;
            let Some(inbox) = self.world.servers().get(&o.destination).map(|s| s.tables.device_inbox.rows()) else {
                continue;
            };
            let same = |i: usize| {
                inbox.get(i).is_some_and(|r| {
                    r.cols.sender == sender
                        && r.cols.user_id == o.recipient
                        && r.cols.device_id == o.device_id
                        && r.cols.event_type == o.event_type
                })
            };
            if let Some(k) = covered.iter().position(|(s, i)| *s == o.destination && same(*i)) {
                covered.remove(k);
                continue;
            }
            let key = |i: usize| (o.destination.clone(), i);
            if let Some(i) = (0..inbox.len()).find(|&i| {
                inbox[i].at > step.at && same(i) && !self.used_inbox.contains(&key(i)) && !later.contains(&key(i))
            }) {
                later.push(key(i));
            }
        }
        later
    }

    /// The room's latest event when `step` happens, as the simulator saw it, with its real id.
    fn head(&self, room: &str, step: &Step) -> Option<String> {
        let r = self.world.rooms().get(room)?;
        let sim = r.timeline.iter().rev().find(|e| self.world.events().get(*e).is_some_and(|m| m.at <= step.at))?;
        self.events.get(sim).cloned()
    }

    /// The latest event the reader's server holds in the room.
    fn latest(&self, who: &str, room: &OwnedRoomId) -> Option<String> {
        let caller = self.caller(who, None).ok()?;
        let mut request = get_messages::Request::backward(room.clone());
        request.limit = 1u32.into();
        let r = self.client.call(&caller, request).ok()?;
        let e: Value = r.chunk.first()?.deserialize_as_unchecked().ok()?;
        e["event_id"].as_str().map(str::to_owned)
    }

    /// Sends the simulator's message, after the room keys it shared (when encrypted).
    pub(super) fn say(&mut self, step: &Step, who: &str, room: &str, text: &str) -> Result<(), LabError> {
        let Some((id, pdu)) = self.sim_event(step, room, who, &["m.room.message", "m.room.encrypted"], Some(text))
        else {
            return Ok(());
        };
        if pdu["type"] == "m.room.encrypted" {
            self.send_room_keys(step, who)?;
        }
        self.send(room, who, &id, &pdu)?;
        Ok(())
    }

    /// A 1:1 call: the simulator's signalling events (invite and candidates, the answer and the
    /// callee's candidates, the hang-up), each sent for real by its sender's client, encrypted as
    /// the simulator encrypted it (room keys first). The media (peer-to-peer or through a TURN
    /// relay) is not replayed: the lab runs no TURN server and no WebRTC (docs/rules.md A18).
    pub(super) fn call(&mut self, step: &Step, room: &str) -> Result<(), LabError> {
        let world = self.world;
        let Some(call) = world.calls().iter().find(|c| c.room == room && c.at == step.at) else { return Ok(()) };
        for id in &call.events {
            let Some(meta) = world.events().get(id) else { continue };
            let Some(server) = world.accounts().get(&meta.sender).map(|a| a.server.clone()) else { continue };
            let stored = world.servers().get(&server).and_then(|s| s.events.iter().find(|e| &e.event_id == id));
            let Some(json) = stored.map(|e| (*e.json).clone()) else { continue };
            self.used.insert(id.clone());
            if json["type"] == "m.room.encrypted" {
                self.send_room_keys(step, &meta.sender)?;
            }
            self.send(room, &meta.sender, id, &json)?;
        }
        self.note(step, "lab-note-call");
        Ok(())
    }

    /// Deletes a message as the simulator's person did: `PUT /rooms/{id}/redact/{eventId}/{txn}`
    /// once the message is on their server.
    pub(super) fn redact(&mut self, step: &Step, who: &str, room: &str) -> Result<(), LabError> {
        let Some((id, pdu)) = self.sim_event(step, room, who, &["m.room.redaction"], None) else { return Ok(()) };
        let room_id = self.room_id(room)?;
        let Some(target) = pdu["content"]["redacts"].as_str().and_then(|t| self.events.get(t)).cloned() else {
            return Ok(());
        };
        self.wait_for_event(who, &room_id, &target)?;
        let target = ruma_common::OwnedEventId::try_from(target.as_str())
            .map_err(|_| err("lab-error-internal", &[("error", target.clone())]))?;
        let caller = self.caller(who, None)?;
        let response = self
            .client
            .call(&caller, redact_event::Request::new(room_id, target, txn_id()))
            .map_err(|e| call_error("redact", &e))?;
        self.events.insert(id, response.event_id.to_string());
        Ok(())
    }

    /// A read receipt for the event the simulator's reader saw last.
    pub(super) fn read(&mut self, step: &Step, who: &str, room: &str) -> Result<(), LabError> {
        let room_id = self.room_id(room)?;
        let target = match self.head(room, step) {
            Some(e) => {
                self.wait_for_event(who, &room_id, &e)?;
                Some(e)
            }
            None => self.latest(who, &room_id),
        };
        if let Some(e) = target.and_then(|e| ruma_common::OwnedEventId::try_from(e).ok()) {
            let caller = self.caller(who, None)?;
            self.client
                .call(&caller, create_receipt::Request::new(room_id, ReceiptType::Read, e))
                .map_err(|e| call_error("receipt", &e))?;
        }
        Ok(())
    }

    /// A typing notification.
    pub(super) fn typing(&mut self, who: &str, room: &str) -> Result<(), LabError> {
        let caller = self.caller(who, None)?;
        let mxid = self.world.accounts().get(who).map(|a| a.mxid.clone()).unwrap_or_default();
        let state = Typing::Yes(TypingInfo::new(Duration::from_secs(30)));
        self.client
            .call(&caller, typing::Request::new(self.user_id(&mxid)?, self.room_id(room)?, state))
            .map_err(|e| call_error("typing", &e))?;
        Ok(())
    }

    /// A script's join: invited first unless the room is public (by `by`, else the room's
    /// creator). When the simulator's inviter shared the room's history (MSC4268), the inviter's
    /// client uploads the same encrypted bundle and sends the same Olm-encrypted to-device
    /// messages, and after joining the invitee's client downloads the bundle.
    pub(super) fn join_script(&mut self, step: &Step, room: &str, who: &str, by: Option<&str>) -> Result<(), LabError> {
        let public = self.world.setup().rooms.get(room).is_some_and(|r| r.join_rule == JoinRule::Public);
        let creator = self.world.setup().rooms.get(room).and_then(|r| r.members.first().cloned()).unwrap_or_default();
        let mut bundle = None;
        let mut via = creator.clone();
        if !public {
            let inviter = by.map_or(creator, str::to_owned);
            self.invite(room, &inviter, who)?;
            // The simulator's invitee downloads the bundle when one of its devices was told of it.
            let told = self.bundle_told(step, &inviter, who);
            bundle = self.upload_bundle(step, &inviter)?.filter(|_| told);
            self.send_room_keys(step, &inviter)?;
            via = inviter;
        }
        self.join_via(room, who, &via)?;
        if let Some(real) = bundle {
            self.download(who, &real)?;
        }
        Ok(())
    }

    /// Leaves a room.
    pub(super) fn leave(&mut self, who: &str, room: &str) -> Result<(), LabError> {
        let caller = self.caller(who, None)?;
        self.client
            .call(&caller, leave_room::Request::new(self.room_id(room)?))
            .map_err(|e| call_error("leave", &e))?;
        if let Some(m) = self.joined.get_mut(room) {
            m.retain(|a| a.as_str() != who);
        }
        Ok(())
    }
}
