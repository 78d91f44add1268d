//! To-device messages: routing and storing them, and sharing Megolm room keys under each sender's policy.

use super::{Account, Arrival, Device, Hop, HopKind, Missed, RoomState, SimError, World};
use crate::crypto::{CryptoError, DeviceKey, OlmDelivery, ReceivedRoomKey};
use crate::event;
use crate::scenario::{History, SendPolicy};
use crate::server::{DeviceInbox, FederationOutbox};
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// A to-device message: from one device to another, its type and content.
pub(crate) struct ToDevice {
    pub from: DeviceKey,
    pub to: DeviceKey,
    pub event_type: String,
    pub content: Value,
}

impl ToDevice {
    pub(crate) fn new(from: &DeviceKey, to: &DeviceKey, event_type: &str, content: Value) -> Self {
        ToDevice { from: from.clone(), to: to.clone(), event_type: event_type.to_owned(), content }
    }
}

impl World {
    /// Sends a to-device message through the servers (queued if the recipient's server is down).
    pub(crate) fn send_to_device(&mut self, m: ToDevice) -> Result<(), SimError> {
        let to_server = self.route_to_device(&m)?;
        if self.servers.get(&to_server).is_some_and(|s| s.online) {
            return self.deliver_to_device(m);
        }
        self.missed.entry(to_server).or_default().push(Missed::ToDevice(m));
        Ok(())
    }

    /// Carries a to-device message towards the recipient's server: between two servers, the
    /// sender's queues it in its federation outbox and sends it. Returns the recipient's server.
    fn route_to_device(&mut self, m: &ToDevice) -> Result<String, SimError> {
        let from_server = self.server_of(&m.from.0)?;
        let to_server = self.server_of(&m.to.0)?;
        if from_server == to_server {
            return Ok(to_server);
        }
        let (sender, recipient) = (self.account(&m.from.0)?.mxid.clone(), self.account(&m.to.0)?.mxid.clone());
        let now = self.now;
        if let Some(s) = self.servers.get_mut(&from_server) {
            let (destination, event_type, device_id) = (to_server.clone(), m.event_type.clone(), m.to.1.clone());
            let cols = FederationOutbox { destination, sender, event_type, recipient, device_id };
            s.tables.device_federation_outbox.insert(now, cols);
        }
        let (what, to) = (m.event_type.clone(), to_server.clone());
        self.hops.push(Hop { at: now, kind: HopKind::ToDevice, from: from_server, to, what });
        Ok(to_server)
    }

    /// The recipient's server stores a to-device message in the device's inbox; an Olm message
    /// for the device waits for its client to open it.
    pub(crate) fn deliver_to_device(&mut self, m: ToDevice) -> Result<(), SimError> {
        let to_server = self.server_of(&m.to.0)?;
        let (sender, user_id) = (self.account(&m.from.0)?.mxid.clone(), self.account(&m.to.0)?.mxid.clone());
        let olm = self.olm_in(&m);
        let now = self.now;
        let ToDevice { to, event_type, content, .. } = m;
        if let Some(s) = self.servers.get_mut(&to_server) {
            let device_id = to.1.clone();
            s.tables.device_inbox.insert(now, DeviceInbox { user_id, device_id, sender, event_type, content });
        }
        if let Some(olm) = olm {
            self.arrive(&to, Arrival::Olm(olm));
        }
        Ok(())
    }

    /// The Olm message for `to` that a to-device message carries, if it is one.
    fn olm_in(&self, m: &ToDevice) -> Option<OlmDelivery> {
        if m.event_type != "m.room.encrypted" {
            return None;
        }
        let info = m.content["ciphertext"].get(self.crypto.curve25519(&m.to))?;
        Some(OlmDelivery {
            to: m.to.clone(),
            from: m.from.clone(),
            // As sent: the sender's device may be replaced before the recipient opens it.
            sender_key: m.content["sender_key"].as_str().unwrap_or_default().to_owned(),
            kind: info["type"].as_u64().unwrap_or(0) as usize,
            body: info["body"].as_str().unwrap_or_default().to_owned(),
        })
    }

    /// The Olm plaintext of a to-device message from `from` to each device of `to` (spec:
    /// `m.olm.v1.curve25519-aes-sha2` payload), with the sender's device keys when given
    /// (`sender_device_keys`, MSC4147).
    pub(crate) fn olm_plaintexts(
        &self,
        from: &DeviceKey,
        to: &[DeviceKey],
        event_type: &str,
        content: &Value,
        sender_device_keys: Option<&Value>,
    ) -> Result<Vec<(DeviceKey, String)>, SimError> {
        let sender = self.account(&from.0)?.mxid.clone();
        let mut out = Vec::with_capacity(to.len());
        for device in to {
            let recipient = &self.account(&device.0)?.mxid;
            let (theirs, ours) = (self.crypto.ed25519(device), self.crypto.ed25519(from));
            let mut payload = event::olm_payload(event_type, content, &sender, recipient, &theirs, &ours);
            if let Some(keys) = sender_device_keys {
                payload["sender_device_keys"] = keys.clone();
            }
            out.push((device.clone(), payload.to_string()));
        }
        Ok(out)
    }

    /// Whether `sender`'s policy lets it share room keys with `device` of `member`. `all` gives
    /// them to every device. `cross-signed` (2026 clients, MSC4153) gives them to devices their
    /// owner's current identity signed, except to a person whose identity changed after the
    /// sender had verified them: the client warns and withholds until they are verified again
    /// (matrix-rust-sdk's `VerifiedUserChangedIdentity`; docs/rules.md A14). `verified` gives
    /// them only to people the sender verified (and whose identity has not changed since).
    pub fn may_share(&self, sender: &Account, member: &Account, device: &Device) -> bool {
        let changed = sender.changed.contains(&member.id);
        match sender.sends_to {
            SendPolicy::All => true,
            SendPolicy::CrossSigned => device.cross_signed && !changed,
            SendPolicy::Verified => {
                device.cross_signed
                    && !changed
                    && (member.id == sender.id
                        || sender.verified.contains(&member.owner)
                        || sender.verified.contains(&member.id))
            }
        }
    }

    /// Shares the sender's current Megolm session with every device its policy allows that does
    /// not hold it yet, and tells the others it is withheld; rotates the session first when a
    /// device that holds it may no longer read the room.
    pub(crate) fn share_room_key(&mut self, room: &str, sender: &str) -> Result<(String, String), SimError> {
        let acc = self.account(sender)?.clone();
        let from = acc.primary();
        let joined = self.rooms.get(room).map(RoomState::joined).unwrap_or_default();
        // Every device of every joined member, in order, and whether the policy lets it read.
        let mut devices: Vec<(DeviceKey, bool)> = Vec::new();
        for member_id in &joined {
            let member = self.account(member_id)?;
            for d in &member.devices {
                let to = (member.id.clone(), d.id.clone());
                if to != from {
                    devices.push((to, self.may_share(&acc, member, d)));
                }
            }
        }
        let allowed: BTreeSet<DeviceKey> = devices.iter().filter(|(_, ok)| *ok).map(|(d, _)| d.clone()).collect();
        let (label, session_id, session_key, _rotated) = self.crypto.ensure_outbound(room, &from, &allowed);
        let room_id = self.rooms[room].room_id.clone();
        let shared = matches!(self.rooms[room].spec.history, History::Shared | History::WorldReadable);
        let mut key_content = event::room_key(&room_id, &session_id, &session_key, shared)?;
        if let Some(map) = key_content.as_object_mut() {
            // Not part of the spec: a stable label so reports can name sessions across runs.
            map.insert("org.glasshouse.label".into(), json!(label));
        }
        let (already, told, index) = self
            .crypto
            .outbound(room, &from)
            .map(|o| (o.shared_with.clone(), o.withheld.clone(), o.message_index()))
            .unwrap_or_default();
        let devices: Vec<(DeviceKey, bool)> =
            devices.into_iter().filter(|(to, ok)| !already.contains(to) && (*ok || !told.contains(to))).collect();
        // Seal the key for every recipient first: new Olm sessions are opened in parallel.
        let recipients: Vec<DeviceKey> = devices.iter().filter(|(_, ok)| *ok).map(|(to, _)| to.clone()).collect();
        let messages = self.olm_plaintexts(&from, &recipients, "m.room_key", &key_content, None)?;
        let mut sealed = self.crypto.olm_encrypt_many(&from, messages)?.into_iter();
        // Then send, in order; each recipient opens what reached it when its view is read.
        for (to, ok) in devices {
            if !ok {
                let w = event::withheld_unverified(&room_id, &session_id, &self.crypto.curve25519(&from), &from.1);
                self.send_to_device(ToDevice::new(&from, &to, "m.room_key.withheld", w))?;
                self.crypto.mark_withheld(room, &from, to);
                continue;
            }
            let (kind, body) = sealed.next().ok_or_else(|| CryptoError::Olm("missing sealed key".into()))?;
            let content = event::olm_to_device(&self.crypto.curve25519(&to), kind, body, self.crypto.curve25519(&from));
            self.crypto.mark_shared(room, &from, to.clone());
            self.send_to_device(ToDevice::new(&from, &to, "m.room.encrypted", content))?;
            self.back_up_room_key(&to, room, &session_id, index, sender)?;
        }
        self.back_up_room_key(&from, room, &session_id, index, sender)?;
        // The sender's own device holds its session too.
        let own = ReceivedRoomKey {
            device: from.clone(),
            room: room.to_owned(),
            label: label.clone(),
            session_key,
            session_id: session_id.clone(),
        };
        self.arrive(&from, Arrival::RoomKey(own));
        Ok((label, session_id))
    }
}
