//! Megolm: each sender's outbound room sessions, and the inbound sessions each device holds.

use super::{CryptoError, CryptoStore, Decrypted, DeviceKey, HeldRoomKey, Outbound};
use std::collections::BTreeSet;
use vodozemac::megolm::{
    ExportedSessionKey, GroupSession, InboundGroupSession, MegolmMessage, SessionConfig as MegolmConfig, SessionKey,
};

/// A room key a device received (`m.room_key`), to install.
#[derive(Debug, Clone)]
pub struct ReceivedRoomKey {
    /// The receiving device.
    pub device: DeviceKey,
    /// Scenario room id.
    pub room: String,
    /// Stable session label.
    pub label: String,
    /// Base64 session key.
    pub session_key: String,
    /// Session id.
    pub session_id: String,
}

impl CryptoStore {
    /// The sender's current outbound session for a room.
    pub fn outbound(&self, room: &str, sender: &DeviceKey) -> Option<&Outbound> {
        self.outbound.get(&(room.to_owned(), sender.clone()))
    }

    /// Returns the outbound session to use, creating one when there is none and rotating it when
    /// a device that received it may no longer read the room: its user left, it was signed out, or
    /// the sender's policy no longer allows it (`recipients` are the devices allowed now). A device
    /// new to the room gets the current session, from its current index on, so it cannot read
    /// what was sent before — matrix-rust-sdk's rule (docs/rules.md A12). Returns (label,
    /// session id, session key, rotated).
    pub fn ensure_outbound(
        &mut self,
        room: &str,
        sender: &DeviceKey,
        recipients: &BTreeSet<DeviceKey>,
    ) -> (String, String, String, bool) {
        let slot = (room.to_owned(), sender.clone());
        let valid = self
            .outbound
            .get(&slot)
            .is_some_and(|o| o.shared_with.iter().all(|d| d == sender || recipients.contains(d)));
        if !valid {
            let n = self.sessions_made.entry(slot.clone()).or_insert(0);
            *n += 1;
            let label = format!("{room}/{}/{}#{n}", sender.0, sender.1);
            self.outbound.insert(
                slot.clone(),
                Outbound {
                    label,
                    session: GroupSession::new(MegolmConfig::version_1()),
                    shared_with: BTreeSet::new(),
                    withheld: BTreeSet::new(),
                },
            );
        }
        let o = &self.outbound[&slot];
        (o.label.clone(), o.session.session_id(), o.session.session_key().to_base64(), !valid)
    }

    /// Records that a device received the sender's current session key.
    pub fn mark_shared(&mut self, room: &str, sender: &DeviceKey, with: DeviceKey) {
        if let Some(o) = self.outbound.get_mut(&(room.to_owned(), sender.clone())) {
            o.shared_with.insert(with);
        }
    }

    /// Records that a device was told the sender's current session key is withheld from it.
    pub fn mark_withheld(&mut self, room: &str, sender: &DeviceKey, from: DeviceKey) {
        if let Some(o) = self.outbound.get_mut(&(room.to_owned(), sender.clone())) {
            o.withheld.insert(from);
        }
    }

    /// Megolm-encrypts a payload with the sender's current session. Returns (ciphertext, index).
    pub fn megolm_encrypt(
        &mut self,
        room: &str,
        sender: &DeviceKey,
        payload: &str,
    ) -> Result<(String, u32), CryptoError> {
        self.ops.megolm_encrypts += 1;
        let o = self
            .outbound
            .get_mut(&(room.to_owned(), sender.clone()))
            .ok_or_else(|| CryptoError::Olm("no outbound session".into()))?;
        let index = o.session.message_index();
        let msg: MegolmMessage = o.session.encrypt(payload);
        Ok((msg.to_base64(), index))
    }

    /// A device installs a received `m.room_key` (its `session_key`, whose signature vodozemac
    /// checks); a key it already holds is not parsed again. True when the key is new to it.
    pub fn receive_room_key(&mut self, key: &ReceivedRoomKey) -> Result<bool, CryptoError> {
        if self.holds(&key.device, &key.session_id) {
            return Ok(false);
        }
        self.ops.inbound_sessions += 1;
        let session_key = SessionKey::from_base64(&key.session_key).map_err(|e| CryptoError::Olm(e.to_string()))?;
        let session = InboundGroupSession::new(&session_key, MegolmConfig::version_1());
        self.hold(&key.device, &key.room, &key.label, session, None)
    }

    /// Every room key a device holds, exported at its first known index — what a key backup
    /// holds for it: (room, label, exported key).
    pub fn export_room_keys(&mut self, device: &DeviceKey) -> Vec<(String, String, ExportedSessionKey)> {
        let Some(d) = self.devices.get(device) else { return Vec::new() };
        let out: Vec<_> = d
            .room_keys
            .iter()
            .map(|k| (k.room.clone(), k.label.clone(), k.session.export_at_first_known_index()))
            .collect();
        self.ops.exports += out.len();
        out
    }

    /// The room keys a device holds for one room, exported at their first known index — what
    /// its client puts in a key bundle on invite (MSC4268): (label, session id, exported key).
    pub fn export_room_keys_in(&mut self, device: &DeviceKey, room: &str) -> Vec<(String, String, ExportedSessionKey)> {
        let Some(d) = self.devices.get(device) else { return Vec::new() };
        let out: Vec<_> = d
            .room_keys
            .iter()
            .filter(|k| k.room == room)
            .map(|k| (k.label.clone(), k.session_id.clone(), k.session.export_at_first_known_index()))
            .collect();
        self.ops.exports += out.len();
        out
    }

    /// A device imports an exported room key (restoring a key backup, or from a key bundle
    /// `shared_by` an inviter). True when the key is new to it.
    pub fn import_room_key(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        key: &ExportedSessionKey,
        shared_by: Option<String>,
    ) -> Result<bool, CryptoError> {
        self.ops.imports += 1;
        let session = InboundGroupSession::import(key, MegolmConfig::version_1());
        self.hold(device, room, label, session, shared_by)
    }

    /// The account that shared a device's session (by label) in a key bundle, if it came so.
    pub fn shared_by(&self, device: &DeviceKey, label: &str) -> Option<&str> {
        let d = self.devices.get(device)?;
        d.room_keys.iter().find(|k| k.label == label)?.shared_by.as_deref()
    }

    /// A device keeps an inbound session (once per session id, the copy that reaches furthest
    /// back, as clients keep the better of two); true when it is new to it or reaches further.
    pub(super) fn hold(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        session: InboundGroupSession,
        shared_by: Option<String>,
    ) -> Result<bool, CryptoError> {
        let d = self.device_mut(device)?;
        let session_id = session.session_id();
        if let Some(k) = d.room_keys.iter_mut().find(|k| k.session_id == session_id) {
            if session.first_known_index() >= k.first_index {
                return Ok(false);
            }
            (k.first_index, k.shared_by, k.session) = (session.first_known_index(), shared_by, session);
            return Ok(true);
        }
        d.room_keys.push(HeldRoomKey {
            label: label.to_owned(),
            session_id,
            room: room.to_owned(),
            first_index: session.first_known_index(),
            shared_by,
            session,
        });
        Ok(true)
    }

    /// Tries to decrypt a Megolm ciphertext with the keys a device holds (vodozemac checks the
    /// sender's Ed25519 signature on it).
    pub fn megolm_decrypt(&mut self, device: &DeviceKey, session_id: &str, ciphertext: &str) -> Option<Decrypted> {
        let message = MegolmMessage::from_base64(ciphertext).ok()?;
        let held = self.devices.get_mut(device)?.room_keys.iter_mut().find(|k| k.session_id == session_id)?;
        // Counted when vodozemac is asked (a device without the session fails before that).
        self.ops.megolm_decrypts += 1;
        let out = held.session.decrypt(&message).ok()?;
        let payload = serde_json::from_slice(&out.plaintext).ok()?;
        Some(Decrypted { payload, index: out.message_index, session: held.label.clone() })
    }

    /// Whether a device holds the key of a session (by id).
    pub fn holds(&self, device: &DeviceKey, session_id: &str) -> bool {
        self.devices.get(device).is_some_and(|d| d.room_keys.iter().any(|k| k.session_id == session_id))
    }

    /// Labels of every session key a device holds, with the room.
    pub fn held_labels(&self, device: &DeviceKey) -> Vec<(String, String)> {
        self.devices
            .get(device)
            .map(|d| d.room_keys.iter().map(|k| (k.room.clone(), k.label.clone())).collect())
            .unwrap_or_default()
    }
}
