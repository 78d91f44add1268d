//! Real end-to-end encryption with vodozemac: an Olm account per device, Olm sessions per device
//! pair (reused, as clients do), a Megolm outbound session per (room, sending device), and the
//! inbound sessions each device holds.
//!
//! Spec: client-server API, "End-to-End Encryption" (`m.olm.v1.curve25519-aes-sha2`,
//! `m.megolm.v1.aes-sha2`). vodozemac draws keys from the OS random generator, so ciphertexts and
//! session ids differ between runs; which device can decrypt what does not.

use std::collections::{BTreeMap, BTreeSet};
use vodozemac::megolm::{
    ExportedSessionKey, GroupSession, InboundGroupSession, MegolmMessage, SessionConfig as MegolmConfig, SessionKey,
};
use vodozemac::olm::{Account, OlmMessage, Session, SessionConfig as OlmConfig};

/// A device, named by account id (scenario person id or puppet id) and device id.
pub type DeviceKey = (String, String);

/// Why an E2EE operation failed. Inside the simulator these mean a key was never shared.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The device is unknown to the crypto store.
    #[error("unknown device {0}/{1}")]
    UnknownDevice(String, String),
    /// vodozemac refused an operation.
    #[error("olm: {0}")]
    Olm(String),
}

/// One device's keys and sessions.
pub struct DeviceCrypto {
    account: Account,
    outbound_olm: BTreeMap<DeviceKey, Session>,
    inbound_olm: BTreeMap<DeviceKey, Session>,
    /// Megolm sessions this device can decrypt with.
    pub room_keys: Vec<HeldRoomKey>,
}

/// A Megolm inbound session a device holds.
pub struct HeldRoomKey {
    /// Stable label: `<room>/<sender>/<device>#<n>`.
    pub label: String,
    /// vodozemac session id (random per run).
    pub session_id: String,
    /// Scenario room id.
    pub room: String,
    /// First message index this key decrypts.
    pub first_index: u32,
    session: InboundGroupSession,
}

/// A sending device's current Megolm session in a room.
pub struct Outbound {
    /// Stable label.
    pub label: String,
    session: GroupSession,
    /// Devices that received this session's key.
    pub shared_with: BTreeSet<DeviceKey>,
    /// Devices told this session's key was withheld from them.
    pub withheld: BTreeSet<DeviceKey>,
}

/// A decrypted Megolm message.
pub struct Decrypted {
    /// The JSON the sender encrypted.
    pub payload: serde_json::Value,
    /// Message index within the session.
    pub index: u32,
    /// Label of the session used.
    pub session: String,
}

/// Every device's crypto state in a run.
#[derive(Default)]
pub struct CryptoStore {
    devices: BTreeMap<DeviceKey, DeviceCrypto>,
    outbound: BTreeMap<(String, DeviceKey), Outbound>,
    sessions_made: BTreeMap<(String, DeviceKey), u32>,
    /// Operations performed, for the benchmark's accounting.
    pub ops: CryptoOps,
}

/// Counts of vodozemac operations.
#[derive(Clone, Copy, Debug, Default, serde::Serialize)]
pub struct CryptoOps {
    /// Olm accounts created.
    pub accounts: usize,
    /// Olm sessions established.
    pub olm_sessions: usize,
    /// Olm messages encrypted.
    pub olm_encrypts: usize,
    /// Olm messages decrypted.
    pub olm_decrypts: usize,
    /// Megolm messages encrypted.
    pub megolm_encrypts: usize,
    /// Megolm decryptions attempted.
    pub megolm_decrypts: usize,
    /// Ed25519 signatures made with vodozemac keys (device keys, server event signatures).
    pub signatures: usize,
    /// Megolm inbound sessions created from a received `m.room_key` (verifies its signature).
    pub inbound_sessions: usize,
    /// Room keys exported for a key backup.
    pub exports: usize,
    /// Room keys imported from a key backup.
    pub imports: usize,
}

impl CryptoStore {
    /// Creates the Olm account of a new device.
    pub fn add_device(&mut self, key: DeviceKey) {
        self.ops.accounts += 1;
        self.devices.insert(
            key,
            DeviceCrypto {
                account: Account::new(),
                outbound_olm: BTreeMap::new(),
                inbound_olm: BTreeMap::new(),
                room_keys: Vec::new(),
            },
        );
    }

    fn device(&self, key: &DeviceKey) -> Result<&DeviceCrypto, CryptoError> {
        self.devices.get(key).ok_or_else(|| CryptoError::UnknownDevice(key.0.clone(), key.1.clone()))
    }

    fn device_mut(&mut self, key: &DeviceKey) -> Result<&mut DeviceCrypto, CryptoError> {
        self.devices.get_mut(key).ok_or_else(|| CryptoError::UnknownDevice(key.0.clone(), key.1.clone()))
    }

    /// The device's Curve25519 identity key (base64).
    pub fn curve25519(&self, key: &DeviceKey) -> String {
        self.device(key).map(|d| d.account.curve25519_key().to_base64()).unwrap_or_default()
    }

    /// The device's Ed25519 fingerprint key (base64).
    pub fn ed25519(&self, key: &DeviceKey) -> String {
        self.device(key).map(|d| d.account.ed25519_key().to_base64()).unwrap_or_default()
    }

    /// Signs `message` with the device's Ed25519 key (base64 signature).
    pub fn sign(&mut self, key: &DeviceKey, message: &[u8]) -> String {
        self.ops.signatures += 1;
        self.device(key).map(|d| d.account.sign(message).to_base64()).unwrap_or_default()
    }

    /// The device keys a client uploads (`/keys/upload`), as the server stores them.
    pub fn device_keys_json(&self, key: &DeviceKey, user: &str) -> serde_json::Value {
        serde_json::json!({
            "user_id": user,
            "device_id": key.1,
            "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
            "keys": {
                format!("curve25519:{}", key.1): self.curve25519(key),
                format!("ed25519:{}", key.1): self.ed25519(key),
            },
        })
    }

    /// Olm-encrypts `plaintext` from one device to another, establishing a session with one of the
    /// recipient's one-time keys the first time. Returns (message type, base64 body).
    pub fn olm_encrypt(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        plaintext: &str,
    ) -> Result<(usize, String), CryptoError> {
        self.ops.olm_encrypts += 1;
        if !self.device(from)?.outbound_olm.contains_key(to) {
            let recipient = self.device_mut(to)?;
            recipient.account.generate_one_time_keys(1);
            let otk = recipient
                .account
                .one_time_keys()
                .into_values()
                .next()
                .ok_or_else(|| CryptoError::Olm("no one-time key".into()))?;
            recipient.account.mark_keys_as_published();
            let identity = recipient.account.curve25519_key();
            let sender = self.device_mut(from)?;
            let session = sender
                .account
                .create_outbound_session(OlmConfig::version_1(), identity, otk)
                .map_err(|e| CryptoError::Olm(e.to_string()))?;
            sender.outbound_olm.insert(to.clone(), session);
            self.ops.olm_sessions += 1;
        }
        let sender = self.device_mut(from)?;
        let session = sender.outbound_olm.get_mut(to).ok_or_else(|| CryptoError::Olm("no session".into()))?;
        let message = session.encrypt(plaintext).map_err(|e| CryptoError::Olm(e.to_string()))?;
        let (kind, bytes) = message.to_parts();
        Ok((kind, vodozemac::base64_encode(bytes)))
    }

    /// Decrypts an Olm message at the recipient.
    pub fn olm_decrypt(
        &mut self,
        to: &DeviceKey,
        from: &DeviceKey,
        kind: usize,
        body: &str,
    ) -> Result<Vec<u8>, CryptoError> {
        self.ops.olm_decrypts += 1;
        let sender_identity = self.device(from)?.account.curve25519_key();
        let bytes = vodozemac::base64_decode(body).map_err(|e| CryptoError::Olm(e.to_string()))?;
        let message = OlmMessage::from_parts(kind, &bytes).map_err(|e| CryptoError::Olm(e.to_string()))?;
        let recipient = self.device_mut(to)?;
        if let Some(session) = recipient.inbound_olm.get_mut(from)
            && let Ok(plain) = session.decrypt(&message)
        {
            return Ok(plain);
        }
        let OlmMessage::PreKey(prekey) = &message else {
            return Err(CryptoError::Olm("no session for a normal message".into()));
        };
        let result = recipient
            .account
            .create_inbound_session(OlmConfig::version_1(), sender_identity, prekey)
            .map_err(|e| CryptoError::Olm(e.to_string()))?;
        recipient.inbound_olm.insert(from.clone(), result.session);
        Ok(result.plaintext)
    }

    /// The sender's current outbound session for a room, if still valid for these members.
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

    /// A device installs a received `m.room_key` (its `session_key`); a key it already holds is
    /// not parsed again.
    pub fn receive_room_key(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        session_key: &str,
        session_id: &str,
    ) -> Result<(), CryptoError> {
        if self.holds(device, session_id) {
            return Ok(());
        }
        self.ops.inbound_sessions += 1;
        let key = SessionKey::from_base64(session_key).map_err(|e| CryptoError::Olm(e.to_string()))?;
        let session = InboundGroupSession::new(&key, MegolmConfig::version_1());
        self.hold(device, room, label, session)
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

    /// A device imports an exported room key (restoring a key backup).
    pub fn import_room_key(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        key: &ExportedSessionKey,
    ) -> Result<(), CryptoError> {
        self.ops.imports += 1;
        let session = InboundGroupSession::import(key, MegolmConfig::version_1());
        self.hold(device, room, label, session)
    }

    /// A device keeps an inbound session (once per session id).
    fn hold(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        session: InboundGroupSession,
    ) -> Result<(), CryptoError> {
        let d = self.device_mut(device)?;
        let session_id = session.session_id();
        if d.room_keys.iter().any(|k| k.session_id == session_id) {
            return Ok(());
        }
        d.room_keys.push(HeldRoomKey {
            label: label.to_owned(),
            session_id,
            room: room.to_owned(),
            first_index: session.first_known_index(),
            session,
        });
        Ok(())
    }

    /// Tries to decrypt a Megolm ciphertext with the keys a device holds.
    pub fn megolm_decrypt(&mut self, device: &DeviceKey, session_id: &str, ciphertext: &str) -> Option<Decrypted> {
        self.ops.megolm_decrypts += 1;
        let message = MegolmMessage::from_base64(ciphertext).ok()?;
        let d = self.devices.get_mut(device)?;
        let held = d.room_keys.iter_mut().find(|k| k.session_id == session_id)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn dk(a: &str) -> DeviceKey {
        (a.to_owned(), "D".to_owned())
    }

    #[test]
    fn a_shared_room_key_decrypts_and_an_unshared_one_does_not() {
        let mut c = CryptoStore::default();
        for d in ["alice", "bob", "eve"] {
            c.add_device(dk(d));
        }
        let recipients: BTreeSet<DeviceKey> = [dk("bob")].into();
        let (label, sid, skey, rotated) = c.ensure_outbound("r", &dk("alice"), &recipients);
        assert!(rotated);
        let key = crate::event::room_key("!r:example.org", &sid, &skey).map(|v| v.to_string()).unwrap_or_default();
        let (t, body) = c.olm_encrypt(&dk("alice"), &dk("bob"), &key).expect("olm encrypt");
        let plain = c.olm_decrypt(&dk("bob"), &dk("alice"), t, &body).expect("olm decrypt");
        let v: serde_json::Value = serde_json::from_slice(&plain).expect("json");
        let got = v["session_key"].as_str().unwrap_or_default().to_owned();
        c.receive_room_key(&dk("bob"), "r", &label, &got, &sid).expect("install");
        let (ct, idx) = c.megolm_encrypt("r", &dk("alice"), r#"{"body":"hi"}"#).expect("megolm");
        assert_eq!(idx, 0);
        let d = c.megolm_decrypt(&dk("bob"), &sid, &ct).expect("bob decrypts");
        assert_eq!(d.payload["body"], "hi");
        assert!(c.megolm_decrypt(&dk("eve"), &sid, &ct).is_none(), "eve never got the key");
    }

    #[test]
    fn a_recipient_leaving_rotates_the_session_and_a_newcomer_does_not() {
        let mut c = CryptoStore::default();
        c.add_device(dk("alice"));
        let bob: BTreeSet<DeviceKey> = [dk("bob")].into();
        let bob_and_carol: BTreeSet<DeviceKey> = [dk("bob"), dk("carol")].into();
        let carol: BTreeSet<DeviceKey> = [dk("carol")].into();
        let (l1, s1, _, r1) = c.ensure_outbound("r", &dk("alice"), &bob);
        assert!(r1, "the first session is new");
        c.mark_shared("r", &dk("alice"), dk("bob"));
        // Carol joins: she gets the current session (from its current index), no rotation.
        let (l2, s2, _, r2) = c.ensure_outbound("r", &dk("alice"), &bob_and_carol);
        assert_eq!((l2, s2.clone(), r2), (l1.clone(), s1.clone(), false));
        c.mark_shared("r", &dk("alice"), dk("carol"));
        // A device told the key was withheld does not count as holding it.
        c.mark_withheld("r", &dk("alice"), dk("dave"));
        let (_, s3, _, r3) = c.ensure_outbound("r", &dk("alice"), &bob_and_carol);
        assert_eq!((s3, r3), (s1.clone(), false));
        // Bob leaves (or his device is signed out, or no longer trusted): a new session.
        let (l4, s4, _, r4) = c.ensure_outbound("r", &dk("alice"), &carol);
        assert!(r4);
        assert_ne!(s1, s4);
        assert!(l4.ends_with("#2"));
        assert!(c.outbound("r", &dk("alice")).is_some_and(|o| o.shared_with.is_empty() && o.withheld.is_empty()));
    }

    #[test]
    fn a_room_key_already_held_is_not_installed_twice() {
        let mut c = CryptoStore::default();
        c.add_device(dk("alice"));
        let (label, sid, skey, _) = c.ensure_outbound("r", &dk("alice"), &BTreeSet::new());
        c.receive_room_key(&dk("alice"), "r", &label, &skey, &sid).expect("install");
        c.receive_room_key(&dk("alice"), "r", &label, &skey, &sid).expect("again");
        assert_eq!(c.ops.inbound_sessions, 1);
        assert_eq!(c.held_labels(&dk("alice")).len(), 1);
    }
}
