//! Client inboxes: what reached each device, and opening it with vodozemac when a view is read.

use super::{SimError, World};
use crate::crypto::{CryptoError, DeviceKey, OlmDelivery, ReceivedRoomKey};
use crate::time::SimTime;
use indexmap::IndexMap;

use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use vodozemac::megolm::ExportedSessionKey;

/// What a device has seen and decrypted.
///
/// `received` is filled as the device syncs. `decrypted` and `pending` are filled when the
/// client is opened ([`World::device_view`]): it then decrypts what reached it, in the order it
/// arrived, each piece dated when it arrived.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DeviceView {
    /// Events synced, in order, with when.
    pub received: IndexMap<String, SimTime>,
    /// Event id → (when decrypted, text, session label).
    pub decrypted: BTreeMap<String, (SimTime, String, String)>,
    /// Encrypted events waiting for a key.
    pub pending: Vec<String>,
    /// What reached the client and it has not opened yet, with when.
    #[serde(skip)]
    pub(crate) arrivals: Vec<(SimTime, Arrival)>,
}

/// Something that reached a device's client for it to open with vodozemac.
#[derive(Clone, Debug)]
pub(crate) enum Arrival {
    /// An encrypted room event it synced.
    Event(String),
    /// An Olm-encrypted to-device message.
    Olm(OlmDelivery),
    /// A room key it holds without Olm: its own outbound session.
    RoomKey(ReceivedRoomKey),
    /// A room key restored from key backup: (room, session label, exported key in base64).
    Import(String, String, String),
}

impl World {
    /// A device's client view: what it synced, decrypted and still waits a key for. The client
    /// first opens whatever reached it and it has not opened yet, so the view is complete
    /// whenever it is read; opening changes nothing else in the run or its report.
    pub fn device_view(&mut self, device: &DeviceKey) -> Result<Option<&DeviceView>, SimError> {
        self.open_devices(std::slice::from_ref(device))?;
        Ok(self.devices.get(device))
    }

    /// Every device's client view, each client opened first (see [`World::device_view`]).
    pub fn device_views(&mut self) -> Result<&BTreeMap<DeviceKey, DeviceView>, SimError> {
        self.open_all()?;
        Ok(&self.devices)
    }

    /// A client view the run opened (a device of [`crate::knowledge::observed_devices`]): for
    /// the core's own readers, which hold `&World`. Debug builds check that it was opened.
    pub(crate) fn opened_view(&self, device: &DeviceKey) -> Option<&DeviceView> {
        let view = self.devices.get(device)?;
        debug_assert!(view.arrivals.is_empty(), "{device:?}: read before its client was opened");
        Some(view)
    }

    /// The devices that have a client, in order (listing them opens nothing).
    pub fn client_devices(&self) -> impl Iterator<Item = &DeviceKey> {
        self.devices.keys()
    }

    /// Opens what reached these devices' clients, in the order it arrived: Olm messages are
    /// decrypted (a first one creates the inbound session), the room keys they carry installed,
    /// and encrypted events decrypted — all with vodozemac, each dated when the last piece it
    /// needed arrived. Nothing in a run depends on what a recipient decrypted, so a client opens
    /// its inbox when its view is read: at the end of a run for every device an adversary holds
    /// and the learner's own ([`crate::knowledge::observed_devices`]), mid-run for a device whose
    /// keys are exported; outside the core, [`World::device_view`] opens a client on demand.
    pub(crate) fn open_devices(&mut self, devices: &[DeviceKey]) -> Result<(), SimError> {
        for device in devices {
            let Some(view) = self.devices.get_mut(device) else { continue };
            for (at, arrival) in std::mem::take(&mut view.arrivals) {
                self.open(device, at, arrival)?;
            }
        }
        Ok(())
    }

    /// Opens every device's client (see [`World::open_devices`]).
    pub(crate) fn open_all(&mut self) -> Result<(), SimError> {
        let all: Vec<DeviceKey> = self.devices.keys().cloned().collect();
        self.open_devices(&all)
    }

    /// A device's client opens one thing that reached it at `at`.
    pub(crate) fn open(&mut self, device: &DeviceKey, at: SimTime, arrival: Arrival) -> Result<(), SimError> {
        match arrival {
            Arrival::Event(event_id) => {
                self.decrypt(device, &event_id, at);
                return Ok(());
            }
            Arrival::Olm(olm) => {
                let plain = self.crypto.olm_decrypt(&olm)?;
                let payload: Value = serde_json::from_slice(&plain).unwrap_or_default();
                let new = match payload["type"].as_str() {
                    Some("m.room_key") => match self.room_key_in(device, &payload) {
                        Some(key) => self.crypto.receive_room_key(&key)?,
                        None => false,
                    },
                    Some("m.room_key_bundle") => self.import_bundle(device, &olm.from.0, &payload["content"])?,
                    _ => false,
                };
                if !new {
                    return Ok(());
                }
            }
            Arrival::RoomKey(key) => {
                if !self.crypto.receive_room_key(&key)? {
                    return Ok(());
                }
            }
            Arrival::Import(room, label, key) => {
                let key = ExportedSessionKey::from_base64(&key).map_err(|e| CryptoError::Olm(e.to_string()))?;
                if !self.crypto.import_room_key(device, &room, &label, &key, None)? {
                    return Ok(());
                }
            }
        }
        // A new key: the events that waited for one try again.
        let pending = self.devices.get(device).map(|v| v.pending.clone()).unwrap_or_default();
        for e in pending {
            self.decrypt(device, &e, at);
        }
        Ok(())
    }

    /// The room key an `m.room_key` Olm payload carries.
    pub(crate) fn room_key_in(&self, device: &DeviceKey, payload: &Value) -> Option<ReceivedRoomKey> {
        let content = &payload["content"];
        let room_id = content["room_id"].as_str()?;
        let room = self.rooms.iter().find(|(_, r)| r.room_id == room_id).map(|(k, _)| k.clone())?;
        let text = |field: &str| content[field].as_str().unwrap_or_default().to_owned();
        Some(ReceivedRoomKey {
            device: device.clone(),
            room,
            label: text("org.glasshouse.label"),
            session_key: text("session_key"),
            session_id: text("session_id"),
        })
    }

    /// Something reaches a device's client now, to be opened later.
    pub(crate) fn arrive(&mut self, device: &DeviceKey, arrival: Arrival) {
        let now = self.now;
        self.devices.entry(device.clone()).or_default().arrivals.push((now, arrival));
    }

    pub(crate) fn device_receive(&mut self, device: &DeviceKey, event_id: &str) {
        let encrypted = self.events.get(event_id).is_some_and(|m| m.ciphertext.is_some());
        self.sync(device, event_id, encrypted);
    }

    /// A device's client receives an event (once); an encrypted one waits for the client to
    /// open it.
    pub(crate) fn sync(&mut self, device: &DeviceKey, event_id: &str, encrypted: bool) {
        let now = self.now;
        if !self.devices.contains_key(device) {
            self.devices.insert(device.clone(), DeviceView::default());
        }
        let Some(view) = self.devices.get_mut(device) else { return };
        if let indexmap::map::Entry::Vacant(slot) = view.received.entry(event_id.to_owned()) {
            slot.insert(now);
            if encrypted {
                view.arrivals.push((now, Arrival::Event(event_id.to_owned())));
            }
        }
    }

    /// A device decrypts an event with vodozemac if it holds the key (dated `at`); otherwise the
    /// event waits for one.
    pub(crate) fn decrypt(&mut self, device: &DeviceKey, event_id: &str, at: SimTime) {
        let Some(meta) = self.events.get(event_id) else { return };
        let (Some(sid), Some(ct), Some(label)) = (&meta.session_id, &meta.ciphertext, &meta.session_label) else {
            return;
        };
        let (sid, ct, label) = (sid.clone(), ct.clone(), label.clone());
        let result = self.crypto.megolm_decrypt(device, &sid, &ct);
        let view = self.devices.entry(device.clone()).or_default();
        match result {
            Some(d) => {
                let text = d.payload["content"]["body"].as_str().unwrap_or_default().to_owned();
                view.decrypted.insert(event_id.to_owned(), (at, text, label));
                view.pending.retain(|e| e != event_id);
            }
            None => {
                if !view.pending.iter().any(|e| e == event_id) {
                    view.pending.push(event_id.to_owned());
                }
            }
        }
    }

    /// Whether one of the person's current devices can read the message with this label: it
    /// synced it and it is unencrypted, or it decrypted it.
    /// The person's devices are the learner's, whose clients the run opened.
    pub(crate) fn person_reads(&self, person: &str, label: &str) -> bool {
        let Some(event_id) = self.labels.get(label) else { return false };
        let encrypted = self.events.get(event_id).is_some_and(|m| m.ciphertext.is_some());
        self.accounts.values().filter(|a| a.owner == person && a.puppet_of.is_none()).any(|a| {
            a.devices.iter().filter(|d| !d.lost).any(|d| {
                let Some(view) = self.opened_view(&(a.id.clone(), d.id.clone())) else { return false };
                if encrypted { view.decrypted.contains_key(event_id) } else { view.received.contains_key(event_id) }
            })
        })
    }
}
