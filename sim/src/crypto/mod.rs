//! Real end-to-end encryption with vodozemac: an Olm account per device, Olm sessions per device
//! pair (reused, as clients do), a Megolm outbound session per (room, sending device), and the
//! inbound sessions each device holds.
//!
//! Spec: client-server API, "End-to-End Encryption" (`m.olm.v1.curve25519-aes-sha2`,
//! `m.megolm.v1.aes-sha2`). vodozemac draws keys from the OS random generator, so ciphertexts and
//! session ids differ between runs; which device can decrypt what does not.

pub mod attachment;
pub mod cross_signing;
mod megolm;
mod olm;
pub mod parallel;
#[cfg(test)]
mod tests;

pub use megolm::ReceivedRoomKey;
pub use olm::OlmDelivery;
use olm::signed_keys;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use vodozemac::megolm::{GroupSession, InboundGroupSession};
use vodozemac::olm::{Account, Session};

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
    /// The account whose client shared it in a key bundle on invite (MSC4268), if it came so.
    pub shared_by: Option<String>,
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

impl Outbound {
    /// The index of the next message this session encrypts: where a key shared now starts.
    pub fn message_index(&self) -> u32 {
        self.session.message_index()
    }
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
}
