//! Real end-to-end encryption with vodozemac: an Olm account per device, Olm sessions per device
//! pair (reused, as clients do), a Megolm outbound session per (room, sending device), and the
//! inbound sessions each device holds.
//!
//! Spec: client-server API, "End-to-End Encryption" (`m.olm.v1.curve25519-aes-sha2`,
//! `m.megolm.v1.aes-sha2`). vodozemac draws keys from the OS random generator, so ciphertexts and
//! session ids differ between runs; which device can decrypt what does not.

use serde_json::Value;
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
    /// Megolm decryptions attempted with a held session.
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
        self.insert_device(key, Account::new());
    }

    /// Creates the Olm accounts of several new devices at once, on all cores, each signing its
    /// device keys; returns each device's signed keys, in order.
    pub fn add_signed_devices(&mut self, devices: Vec<(DeviceKey, String)>) -> Vec<(DeviceKey, Value)> {
        self.ops.signatures += devices.len();
        let made = parallel::map(devices, parallel::KEYS, |(key, user)| {
            let account = Account::new();
            let keys = signed_keys(&account, &key, &user);
            (key, account, keys)
        });
        made.into_iter()
            .map(|(key, account, keys)| {
                self.insert_device(key.clone(), account);
                (key, keys)
            })
            .collect()
    }

    fn insert_device(&mut self, key: DeviceKey, account: Account) {
        self.ops.accounts += 1;
        let crypto = DeviceCrypto {
            account,
            outbound_olm: BTreeMap::new(),
            inbound_olm: BTreeMap::new(),
            room_keys: Vec::new(),
        };
        self.devices.insert(key, crypto);
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

    /// The device keys a client uploads (`/keys/upload`), signed by the device
    /// (`Value::Null` for an unknown device).
    pub fn signed_device_keys(&mut self, key: &DeviceKey, user: &str) -> Value {
        let Ok(d) = self.device(key) else { return Value::Null };
        let keys = signed_keys(&d.account, key, user);
        self.ops.signatures += 1;
        keys
    }

    /// Olm-encrypts `plaintext` from one device to another, establishing a session with one of the
    /// recipient's one-time keys the first time. Returns (message type, base64 body).
    pub fn olm_encrypt(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        plaintext: &str,
    ) -> Result<(usize, String), CryptoError> {
        let mut out = self.olm_encrypt_many(from, vec![(to.clone(), plaintext.to_owned())])?;
        out.pop().ok_or_else(|| CryptoError::Olm("no message".into()))
    }

    /// Olm-encrypts one message from `from` to each recipient, in order. The recipients that have
    /// no session with the sender yet get one (one of their one-time keys, X3DH). Each
    /// recipient's handshake and encryptions are independent of the others' and run in parallel
    /// — most of the work of sharing a room key with a large room. Returns (message type, base64
    /// body) per message.
    pub fn olm_encrypt_many(
        &mut self,
        from: &DeviceKey,
        messages: Vec<(DeviceKey, String)>,
    ) -> Result<Vec<(usize, String)>, CryptoError> {
        self.ops.olm_encrypts += messages.len();
        let total = messages.len();
        // Each recipient's messages, in order, with their place in the batch.
        let mut by_recipient: BTreeMap<DeviceKey, Vec<(usize, String)>> = BTreeMap::new();
        for (i, (to, plaintext)) in messages.into_iter().enumerate() {
            by_recipient.entry(to).or_default().push((i, plaintext));
        }
        if by_recipient.contains_key(from) {
            return Err(CryptoError::Olm("a device cannot open an Olm session with itself".into()));
        }
        // The sender's account is read by every handshake while each recipient's is written; each
        // job takes the session the sender already has with its recipient, if any.
        let mut sender =
            self.devices.remove(from).ok_or_else(|| CryptoError::UnknownDevice(from.0.clone(), from.1.clone()))?;
        let jobs: Vec<_> = by_recipient
            .into_iter()
            .map(|(to, queued)| {
                let session = sender.outbound_olm.remove(&to);
                (to, (session, queued))
            })
            .collect();
        let recipients: Vec<DeviceKey> = jobs.iter().map(|(to, _)| to.clone()).collect();
        let account = &sender.account;
        // A job hands its session back even when it fails, so the sender keeps it.
        let done = self.each_device(jobs, parallel::HANDSHAKES, |recipient, (session, queued)| {
            let fresh = session.is_none();
            let mut session = match session {
                Some(s) => s,
                None => match handshake(account, &mut recipient.account) {
                    Ok(s) => s,
                    Err(e) => return (None, fresh, Err(e)),
                },
            };
            let mut sealed = Vec::with_capacity(queued.len());
            for (i, plaintext) in queued {
                match session.encrypt(&plaintext) {
                    Ok(message) => {
                        let (kind, bytes) = message.to_parts();
                        sealed.push((i, kind, vodozemac::base64_encode(bytes)));
                    }
                    Err(e) => return (Some(session), fresh, Err(CryptoError::Olm(e.to_string()))),
                }
            }
            (Some(session), fresh, Ok(sealed))
        });
        let mut out: Vec<Option<(usize, String)>> = (0..total).map(|_| None).collect();
        let mut error = None;
        for (to, result) in recipients.into_iter().zip(done) {
            let Some((session, fresh, sealed)) = result else {
                error = error.or(Some(CryptoError::UnknownDevice(to.0, to.1)));
                continue;
            };
            if let Some(session) = session {
                self.ops.olm_sessions += usize::from(fresh);
                sender.outbound_olm.insert(to, session);
            }
            match sealed {
                Ok(sealed) => {
                    for (i, kind, body) in sealed {
                        out[i] = Some((kind, body));
                    }
                }
                Err(e) => error = error.or(Some(e)),
            }
        }
        self.devices.insert(from.clone(), sender);
        if let Some(e) = error {
            return Err(e);
        }
        out.into_iter().map(|m| m.ok_or_else(|| CryptoError::Olm("a message was not sealed".into()))).collect()
    }

    /// Decrypts an Olm message at the recipient (a first message creates the inbound session:
    /// X3DH again).
    pub fn olm_decrypt(&mut self, delivery: &OlmDelivery) -> Result<Vec<u8>, CryptoError> {
        self.ops.olm_decrypts += 1;
        let identity = vodozemac::Curve25519PublicKey::from_base64(&delivery.sender_key)
            .map_err(|e| CryptoError::Olm(e.to_string()))?;
        receive_olm(self.device_mut(&delivery.to)?, delivery, identity)
    }

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
        self.hold(&key.device, &key.room, &key.label, session)
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

    /// A device imports an exported room key (restoring a key backup). True when the key is new
    /// to it.
    pub fn import_room_key(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        key: &ExportedSessionKey,
    ) -> Result<bool, CryptoError> {
        self.ops.imports += 1;
        let session = InboundGroupSession::import(key, MegolmConfig::version_1());
        self.hold(device, room, label, session)
    }

    /// A device keeps an inbound session (once per session id); true when it is new to it.
    fn hold(
        &mut self,
        device: &DeviceKey,
        room: &str,
        label: &str,
        session: InboundGroupSession,
    ) -> Result<bool, CryptoError> {
        let d = self.device_mut(device)?;
        let session_id = session.session_id();
        if d.room_keys.iter().any(|k| k.session_id == session_id) {
            return Ok(false);
        }
        d.room_keys.push(HeldRoomKey {
            label: label.to_owned(),
            session_id,
            room: room.to_owned(),
            first_index: session.first_known_index(),
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

    /// Runs `f` on each job's device with the job's data, in parallel (at least `min` jobs a
    /// thread); `None` for an unknown device (or one named by an earlier job: the devices must be
    /// distinct). Results in the order of `jobs`.
    fn each_device<T: Send, R: Send>(
        &mut self,
        jobs: Vec<(DeviceKey, T)>,
        min: usize,
        f: impl Fn(&mut DeviceCrypto, T) -> R + Sync + Send,
    ) -> Vec<Option<R>> {
        // Each job owns its device while it runs.
        let taken: Vec<_> = jobs.into_iter().map(|(k, t)| (self.devices.remove(&k), k, t)).collect();
        let done = parallel::map(taken, min, |(mut device, k, t)| {
            let r = device.as_mut().map(|d| f(d, t));
            (device, k, r)
        });
        done.into_iter()
            .map(|(device, k, r)| {
                if let Some(device) = device {
                    self.devices.insert(k, device);
                }
                r
            })
            .collect()
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

/// A device's identity keys as its client uploads them (`/keys/upload`, spec `DeviceKeys`),
/// with the self-signature the spec requires: the account's Ed25519 signature over the keys'
/// canonical JSON (`DeviceKeys.signatures`).
fn signed_keys(account: &Account, key: &DeviceKey, user: &str) -> Value {
    let mut keys = serde_json::json!({
        "user_id": user,
        "device_id": key.1,
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "keys": {
            format!("curve25519:{}", key.1): account.curve25519_key().to_base64(),
            format!("ed25519:{}", key.1): account.ed25519_key().to_base64(),
        },
    });
    let signature = account.sign(crate::world::canonical_json(&keys).as_bytes()).to_base64();
    if let Some(map) = keys.as_object_mut() {
        map.insert("signatures".into(), serde_json::json!({ user: { format!("ed25519:{}", key.1): signature } }));
    }
    keys
}

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

/// An Olm message on its way to one device.
#[derive(Debug, Clone)]
pub struct OlmDelivery {
    /// The recipient device.
    pub to: DeviceKey,
    /// The sending device.
    pub from: DeviceKey,
    /// The sender's Curve25519 identity key as the message carried it (`sender_key`).
    pub sender_key: String,
    /// Olm message type (0 pre-key, 1 normal).
    pub kind: usize,
    /// Base64 body.
    pub body: String,
}

/// The sender opens an Olm session with one of the recipient's one-time keys (which the
/// recipient generates and publishes, as `/keys/claim` hands it out once).
fn handshake(sender: &Account, recipient: &mut Account) -> Result<Session, CryptoError> {
    recipient.generate_one_time_keys(1);
    let otk =
        recipient.one_time_keys().into_values().next().ok_or_else(|| CryptoError::Olm("no one-time key".into()))?;
    recipient.mark_keys_as_published();
    sender
        .create_outbound_session(OlmConfig::version_1(), recipient.curve25519_key(), otk)
        .map_err(|e| CryptoError::Olm(e.to_string()))
}

/// The recipient decrypts with the session it has with the sender, or creates the inbound
/// session from a pre-key message.
fn receive_olm(
    recipient: &mut DeviceCrypto,
    d: &OlmDelivery,
    sender_identity: vodozemac::Curve25519PublicKey,
) -> Result<Vec<u8>, CryptoError> {
    let bytes = vodozemac::base64_decode(&d.body).map_err(|e| CryptoError::Olm(e.to_string()))?;
    let message = OlmMessage::from_parts(d.kind, &bytes).map_err(|e| CryptoError::Olm(e.to_string()))?;
    if let Some(session) = recipient.inbound_olm.get_mut(&d.from)
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
    recipient.inbound_olm.insert(d.from.clone(), result.session);
    Ok(result.plaintext)
}

/// Independent work spread over the machine's cores (rayon's pool, kept between batches), results
/// in input order, so a run is the same whatever the number of threads. Small batches, and the
/// browser build, stay on the calling thread.
pub mod parallel {
    /// Fewest items per thread worth handing over (waking a pool thread on a virtualised 2-core
    /// machine costs tens of microseconds): Olm handshakes (~0.2 ms each) …
    pub const HANDSHAKES: usize = 4;
    /// … and key generation (~35 µs).
    pub const KEYS: usize = 8;

    /// `items.map(f)`, spread over the cores when there are at least `min` items for each of two
    /// threads (below that, handing work over from outside the pool costs more than it saves).
    /// On a pool thread (see [`on_pool`]) any two items are spread: the thread starts on its own
    /// share at once and takes back what no other thread has picked up, so trying costs
    /// microseconds.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn map<T: Send, R: Send>(items: Vec<T>, min: usize, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
        use rayon::prelude::*;
        let min = if rayon::current_thread_index().is_some() { 1 } else { min.max(1) };
        if items.len() < 2 * min {
            return items.into_iter().map(f).collect();
        }
        // Split down to single items: a thread the host pauses mid-batch then holds up at most
        // one item (an Olm handshake is ~0.2 ms), not a chunk of them.
        items.into_par_iter().with_max_len(1).map(f).collect()
    }

    /// `items.map(f)` (the browser build has one thread).
    #[cfg(target_arch = "wasm32")]
    pub fn map<T: Send, R: Send>(items: Vec<T>, _min: usize, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
        items.into_iter().map(f).collect()
    }

    /// Fewest devices in a run for it to move to the pool (see [`on_pool`]): below two threads'
    /// worth of Olm handshakes no batch is spread, and the move itself costs ~0.1 ms.
    pub const POOL_DEVICES: usize = 2 * HANDSHAKES;

    /// Runs `f` on one of the pool's threads when `devices` reach [`POOL_DEVICES`], so that the
    /// batches it hands out start at once on the thread that hands them out and only the other
    /// threads need waking. (Called from a thread outside the pool, every batch would first wake
    /// a pool thread while the caller sleeps; on a virtual machine such wake-ups take up to
    /// milliseconds: traced, the 40 handshakes of `forty-members` took 4 ms or 8 ms by luck.)
    /// As is when already on the pool, or for fewer devices.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn on_pool<R: Send>(devices: usize, f: impl FnOnce() -> R + Send) -> R {
        if devices < POOL_DEVICES || rayon::current_thread_index().is_some() {
            return f();
        }
        rayon::scope(|_| f())
    }

    /// Runs `f` (the browser build has one thread).
    #[cfg(target_arch = "wasm32")]
    pub fn on_pool<R: Send>(_devices: usize, f: impl FnOnce() -> R + Send) -> R {
        f()
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn moves_to_the_pool_only_for_enough_devices() {
            let small = super::on_pool(super::POOL_DEVICES - 1, rayon::current_thread_index);
            assert_eq!(small, None, "a small run stays on the calling thread");
            let large = super::on_pool(super::POOL_DEVICES, rayon::current_thread_index);
            assert!(large.is_some(), "a large run moves to a pool thread");
            let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().expect("pool");
            let inside =
                pool.install(|| (rayon::current_thread_index(), super::on_pool(100, rayon::current_thread_index)));
            assert_eq!(inside.0, inside.1, "already on the pool: runs where it is");
        }

        #[test]
        fn keeps_the_order_of_its_input() {
            for n in [0, 1, 3, 4, 9, 100] {
                let out = super::map((0..n).collect(), 2, |i: u32| i * 2);
                assert_eq!(out, (0..n).map(|i| i * 2).collect::<Vec<_>>());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dk(a: &str) -> DeviceKey {
        (a.to_owned(), "D".to_owned())
    }

    fn received(device: DeviceKey, label: &str, session_key: &str, session_id: &str) -> ReceivedRoomKey {
        ReceivedRoomKey {
            device,
            room: "r".into(),
            label: label.into(),
            session_key: session_key.into(),
            session_id: session_id.into(),
        }
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
        let sender_key = c.curve25519(&dk("alice"));
        let delivery = OlmDelivery { to: dk("bob"), from: dk("alice"), sender_key, kind: t, body };
        let plain = c.olm_decrypt(&delivery).expect("olm decrypt");
        let v: serde_json::Value = serde_json::from_slice(&plain).expect("json");
        let got = v["session_key"].as_str().unwrap_or_default().to_owned();
        c.receive_room_key(&received(dk("bob"), &label, &got, &sid)).expect("install");
        let (ct, idx) = c.megolm_encrypt("r", &dk("alice"), r#"{"body":"hi"}"#).expect("megolm");
        assert_eq!(idx, 0);
        let d = c.megolm_decrypt(&dk("bob"), &sid, &ct).expect("bob decrypts");
        assert_eq!(d.payload["body"], "hi");
        assert!(c.megolm_decrypt(&dk("eve"), &sid, &ct).is_none(), "eve never got the key");
    }

    /// A message is opened with the sender key it carried, even if the sending device's account
    /// was replaced before the recipient opened it.
    #[test]
    fn an_olm_message_opens_with_the_sender_key_it_carried() {
        let mut c = CryptoStore::default();
        c.add_device(dk("alice"));
        c.add_device(dk("bob"));
        let (kind, body) = c.olm_encrypt(&dk("alice"), &dk("bob"), "{}").expect("olm encrypt");
        let sender_key = c.curve25519(&dk("alice"));
        c.add_device(dk("alice"));
        assert_ne!(c.curve25519(&dk("alice")), sender_key);
        let delivery = OlmDelivery { to: dk("bob"), from: dk("alice"), sender_key, kind, body };
        assert_eq!(c.olm_decrypt(&delivery).expect("olm decrypt"), b"{}");
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
        let key = received(dk("alice"), &label, &skey, &sid);
        c.receive_room_key(&key).expect("install");
        c.receive_room_key(&key).expect("again");
        assert_eq!(c.ops.inbound_sessions, 1);
        assert_eq!(c.held_labels(&dk("alice")).len(), 1);
    }
}
