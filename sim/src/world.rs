//! The mock federation in motion: accounts register, rooms form, the script plays, and every
//! server, device and wire records what it would really record.
//!
//! Deterministic from (setup, seed): one `ChaCha8Rng` makes every id, token and signing key;
//! maps are ordered; time is the script's. Only vodozemac's key material is random per run.

use crate::crypto::{CryptoError, CryptoStore, DeviceKey, OlmDelivery, ReceivedRoomKey};
use crate::event::{self, Content, IdError};
use crate::pdu::{Pdu, ServerKey};
use crate::scenario::{
    Connection, DeviceSpec, PresenceState, PushFormat, RecoverVia, RoomSpec, SendPolicy, Setup, Step,
};
use crate::server::{Request, Server, StoredEvent};
use crate::time::SimTime;
use indexmap::IndexMap;
use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use vodozemac::megolm::ExportedSessionKey;

/// A failure inside the simulation. These are bugs, not user errors: a validated scenario never
/// produces one. They are returned, never panicked.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// An identifier ruma rejected.
    #[error(transparent)]
    Id(#[from] IdError),
    /// vodozemac refused an operation.
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// A reference the validator should have caught.
    #[error("internal reference to unknown {0}")]
    Unknown(String),
    /// The learner's selection leaves the scenario inconsistent.
    #[error("the chosen combination is inconsistent ({} problems)", .0.len())]
    Scenario(Vec<crate::scenario::Diagnostic>),
}

/// A device of an account.
#[derive(Clone, Debug, Serialize)]
pub struct Device {
    /// Device id.
    pub id: String,
    /// Public display name.
    pub name: String,
    /// User agent.
    pub user_agent: String,
    /// Access token.
    pub token: String,
    /// Signed by the owner's self-signing key (every device the owner logs in; never an
    /// injected one).
    pub cross_signed: bool,
    /// Adversary that injected it.
    pub injected_by: Option<String>,
    /// When it appeared.
    pub added_at: SimTime,
    /// Lost (stolen, broken): its owner cannot use it, but it stays signed in — receiving keys
    /// and events — until the account signs it out.
    pub lost: bool,
}

/// An account on a server.
#[derive(Clone, Debug, Serialize)]
pub struct Account {
    /// Scenario id, or the Matrix id for a puppet.
    pub id: String,
    /// Matrix user id.
    pub mxid: String,
    /// Homeserver.
    pub server: String,
    /// The person behind it (scenario id), or the adversary for puppets.
    pub owner: String,
    /// Adversary controlling it, for puppets.
    pub puppet_of: Option<String>,
    /// Display name.
    pub display_name: String,
    /// Avatar `mxc://` URI.
    pub avatar: Option<String>,
    /// Current connection.
    pub connects: Connection,
    /// Home IP.
    pub home_ip: String,
    /// Devices.
    pub devices: Vec<Device>,
    /// People verified.
    pub verified: BTreeSet<String>,
    /// Key-sharing policy.
    pub sends_to: SendPolicy,
    /// Has a recovery key (Secure Backup).
    pub recovery_key: bool,
    /// Devices lost or logged out, with the keys they held.
    pub lost: Vec<Device>,
    /// Could not get back in (forgot the password, no email to reset it).
    pub locked_out: bool,
}

impl Account {
    /// Key of the device that acts (the first one).
    pub fn primary(&self) -> DeviceKey {
        (self.id.clone(), self.devices.iter().find(|d| !d.lost).map(|d| d.id.clone()).unwrap_or_default())
    }

    /// Whether the owner still has a device to act with.
    pub fn can_act(&self) -> bool {
        self.devices.iter().any(|d| !d.lost)
    }
}

/// A membership interval.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Membership {
    /// Joined at.
    pub joined: SimTime,
    /// Left at.
    pub left: Option<SimTime>,
}

/// A room's live state.
#[derive(Clone, Debug, Serialize)]
pub struct RoomState {
    /// Settings.
    pub spec: RoomSpec,
    /// Matrix room id.
    pub room_id: String,
    /// Membership history by account id (latest interval).
    pub members: BTreeMap<String, Membership>,
    /// Latest event (forward extremity).
    pub head: Option<String>,
    /// Depth of the head.
    pub depth: u64,
    /// Auth events: create, power levels, join rules.
    pub auth: Vec<String>,
    /// Events in order.
    pub timeline: Vec<String>,
}

impl RoomState {
    /// Accounts joined now.
    pub fn joined(&self) -> BTreeSet<String> {
        self.members.iter().filter(|(_, m)| m.left.is_none()).map(|(a, _)| a.clone()).collect()
    }

    /// Whether an account is joined now.
    pub fn is_joined(&self, account: &str) -> bool {
        self.members.get(account).is_some_and(|m| m.left.is_none())
    }

    /// Whether an account was joined at `t`.
    pub fn joined_at(&self, account: &str, t: SimTime) -> bool {
        self.members.get(account).is_some_and(|m| m.joined <= t && m.left.is_none_or(|l| t < l))
    }
}

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

/// What a device has seen and decrypted.
///
/// `received` is filled as the device syncs. `decrypted` and `pending` are filled when the
/// client is opened ([`World::open_devices`]): it then decrypts what reached it, in the order it
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
    arrivals: Vec<(SimTime, Arrival)>,
}

/// Something that reached a device's client for it to open with vodozemac.
#[derive(Clone, Debug)]
enum Arrival {
    /// An encrypted room event it synced.
    Event(String),
    /// An Olm-encrypted to-device message.
    Olm(OlmDelivery),
    /// A room key it holds without Olm: its own outbound session.
    RoomKey(ReceivedRoomKey),
    /// A room key restored from key backup: (room, session label, exported key in base64).
    Import(String, String, String),
}

/// A push notification a homeserver sent through the push gateway (spec: push gateway API).
#[derive(Clone, Debug, Serialize)]
pub struct Push {
    /// Receiving account.
    pub to: String,
    /// When.
    pub at: SimTime,
    /// Scenario room id.
    pub room: String,
    /// Matrix room id.
    pub room_id: String,
    /// Event id.
    pub event_id: String,
    /// `event_id_only` or full.
    pub format: PushFormat,
    /// Sender's display name (sent unless `event_id_only`).
    pub sender_name: String,
    /// Room name (sent unless `event_id_only`).
    pub room_name: Option<String>,
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
    /// `server`, `vpn` or `tor`.
    pub destination_kind: &'static str,
    /// Approximate size in bytes.
    pub bytes: usize,
}

/// One hop for the window to animate.
#[derive(Clone, Debug, Serialize)]
pub struct Hop {
    /// When.
    pub at: SimTime,
    /// `request`, `pdu`, `edu`, `to-device`, `backfill`.
    pub kind: &'static str,
    /// From (account or server).
    pub from: String,
    /// To (server).
    pub to: String,
    /// Event id or EDU type.
    pub what: String,
}

pub(crate) enum Missed {
    Pdu { event_id: String, room: String, json: Arc<Pdu> },
    ToDevice { from: DeviceKey, to: DeviceKey, event_type: String, content: Value },
}

/// The whole simulated federation after (or during) a run.
pub struct World {
    /// The resolved scenario.
    pub setup: Setup,
    /// Servers by name.
    pub servers: IndexMap<String, Server>,
    /// Accounts by id (people first, then puppets).
    pub accounts: IndexMap<String, Account>,
    /// Rooms by scenario id.
    pub rooms: IndexMap<String, RoomState>,
    /// Events by id, in send order.
    pub events: IndexMap<String, EventMeta>,
    /// Script labels → event ids.
    pub labels: BTreeMap<String, String>,
    /// Device views.
    pub devices: BTreeMap<DeviceKey, DeviceView>,
    /// Traffic on the wire.
    pub packets: Vec<Packet>,
    /// Hops for animation.
    pub hops: Vec<Hop>,
    /// Push notifications relayed to phones.
    pub pushes: Vec<Push>,
    /// All E2EE state.
    pub crypto: CryptoStore,
    /// Matrix user id → account id.
    pub by_mxid: BTreeMap<String, String>,
    /// When the run ended.
    pub end: SimTime,
    pub(crate) missed: BTreeMap<String, Vec<Missed>>,
    rng: ChaCha8Rng,
    pub(crate) now: SimTime,
    device_list_stream: u64,
    signing_keys: BTreeMap<String, Arc<ServerKey>>,
    /// Every PDU built, to wait for their signatures (see [`World::wait_for_signatures`]).
    pdus: Vec<Arc<Pdu>>,
    signed_device_keys: BTreeMap<DeviceKey, Value>,
    /// Server → users whose device list it has cached (`device_lists_remote_cache`).
    device_lists_cached: BTreeMap<String, BTreeSet<String>>,
}

const URLSAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

impl World {
    /// Plays a resolved scenario to its end.
    pub fn run(setup: &Setup, seed: u64) -> Result<World, SimError> {
        World::run_owned(setup.clone(), seed)
    }

    /// Like [`World::run`], taking the setup (no copy).
    pub fn run_owned(setup: Setup, seed: u64) -> Result<World, SimError> {
        // On a pool thread, so crypto batches start without waiting for a sleeping thread.
        crate::crypto::parallel::on_pool(setup.crypto_devices(), move || World::play(setup, seed))
    }

    /// Plays the setup on the calling thread.
    fn play(setup: Setup, seed: u64) -> Result<World, SimError> {
        let end = setup.end();
        let mut w = World::new(setup, seed);
        w.start()?;
        // The steps never read the script itself, so it is lent out while they run.
        let script = std::mem::take(&mut w.setup.script);
        let result = script.iter().try_for_each(|step| w.step(step));
        w.setup.script = script;
        result?;
        w.now = end;
        w.end = end;
        // The clients a report reads open what reached them; the others' never matter.
        let observed = crate::knowledge::observed_devices(&w);
        w.open_devices(&observed)?;
        Ok(w)
    }

    /// Opens what reached these devices' clients, in the order it arrived: Olm messages are
    /// decrypted (a first one creates the inbound session), the room keys they carry installed,
    /// and encrypted events decrypted — all with vodozemac, each dated when the last piece it
    /// needed arrived. Nothing in a run depends on what a recipient decrypted, so a client opens
    /// its inbox when its view is read: at the end of a run for every device an adversary holds
    /// and the learner's own ([`crate::knowledge::observed_devices`]), mid-run for a device whose
    /// keys are exported; [`World::open_all`] opens every client.
    pub fn open_devices(&mut self, devices: &[DeviceKey]) -> Result<(), SimError> {
        for device in devices {
            let Some(view) = self.devices.get_mut(device) else { continue };
            for (at, arrival) in std::mem::take(&mut view.arrivals) {
                self.open(device, at, arrival)?;
            }
        }
        Ok(())
    }

    /// Opens every device's client (see [`World::open_devices`]).
    pub fn open_all(&mut self) -> Result<(), SimError> {
        let all: Vec<DeviceKey> = self.devices.keys().cloned().collect();
        self.open_devices(&all)
    }

    /// Waits until every PDU of the run is signed (the signatures are made on spare cores while
    /// the run and its analysis go on, which read the events as built).
    pub fn wait_for_signatures(&self) {
        for pdu in &self.pdus {
            pdu.json();
        }
    }

    /// A device's client opens one thing that reached it at `at`.
    fn open(&mut self, device: &DeviceKey, at: SimTime, arrival: Arrival) -> Result<(), SimError> {
        match arrival {
            Arrival::Event(event_id) => {
                self.decrypt(device, &event_id, at);
                return Ok(());
            }
            Arrival::Olm(olm) => {
                let plain = self.crypto.olm_decrypt(&olm)?;
                let Some(key) = self.room_key_in(device, &plain) else { return Ok(()) };
                if !self.crypto.receive_room_key(&key)? {
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
                if !self.crypto.import_room_key(device, &room, &label, &key)? {
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

    /// The room key an Olm payload carries (`m.room_key`), if any.
    fn room_key_in(&self, device: &DeviceKey, plain: &[u8]) -> Option<ReceivedRoomKey> {
        let payload: Value = serde_json::from_slice(plain).ok()?;
        if payload["type"] != "m.room_key" {
            return None;
        }
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
    fn arrive(&mut self, device: &DeviceKey, arrival: Arrival) {
        let now = self.now;
        self.devices.entry(device.clone()).or_default().arrivals.push((now, arrival));
    }

    fn new(setup: Setup, seed: u64) -> World {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut servers = IndexMap::new();
        let mut signing_keys = BTreeMap::new();
        for spec in setup.servers.values() {
            let mut secret = [0u8; 32];
            rng.fill_bytes(&mut secret);
            let key_id = format!("ed25519:{}", random_str(&mut rng, 6, b"abcdefghijklmnopqrstuvwxyz0123456789"));
            let key = ServerKey::new(&spec.name, key_id.clone(), &secret);
            servers.insert(spec.name.clone(), Server::new(spec.clone(), (key_id, key.public_key())));
            signing_keys.insert(spec.name.clone(), Arc::new(key));
        }
        World {
            setup,
            servers,
            accounts: IndexMap::new(),
            rooms: IndexMap::new(),
            events: IndexMap::new(),
            labels: BTreeMap::new(),
            devices: BTreeMap::new(),
            packets: Vec::new(),
            hops: Vec::new(),
            pushes: Vec::new(),
            crypto: CryptoStore::default(),
            by_mxid: BTreeMap::new(),
            end: SimTime::default(),
            missed: BTreeMap::new(),
            rng,
            now: SimTime::default(),
            device_list_stream: 0,
            signing_keys,
            pdus: Vec::new(),
            signed_device_keys: BTreeMap::new(),
            device_lists_cached: BTreeMap::new(),
        }
    }

    pub(crate) fn account(&self, id: &str) -> Result<&Account, SimError> {
        self.accounts.get(id).ok_or_else(|| SimError::Unknown(format!("account {id}")))
    }

    fn server_of(&self, account: &str) -> Result<String, SimError> {
        Ok(self.account(account)?.server.clone())
    }

    /// The address a server sees for an account right now.
    pub fn visible_ip(&self, account: &Account) -> String {
        match account.connects {
            Connection::Direct => account.home_ip.clone(),
            Connection::Vpn => self.setup.network.vpn_exit.clone(),
            Connection::Tor => self.setup.network.tor_exit.clone(),
        }
    }

    /// Records a client request from a device: the server's request log and the wire.
    pub(crate) fn request(
        &mut self,
        account: &str,
        device: &str,
        what: &'static str,
        bytes: usize,
    ) -> Result<(), SimError> {
        let acc = self.account(account)?.clone();
        let ip = self.visible_ip(&acc);
        let dev =
            acc.devices.iter().find(|d| d.id == device).ok_or_else(|| SimError::Unknown(format!("device {device}")))?;
        let (destination, kind) = match acc.connects {
            Connection::Direct => (acc.server.clone(), "server"),
            Connection::Vpn => ("vpn".to_owned(), "vpn"),
            Connection::Tor => ("tor".to_owned(), "tor"),
        };
        self.packets.push(Packet {
            account: account.to_owned(),
            at: self.now,
            destination,
            destination_kind: kind,
            bytes: bytes + 600,
        });
        self.hops.push(Hop {
            at: self.now,
            kind: "request",
            from: account.to_owned(),
            to: acc.server.clone(),
            what: what.to_owned(),
        });
        if acc.puppet_of.is_some() || dev.injected_by.is_some() {
            return Ok(());
        }
        let server = self.servers.get_mut(&acc.server).ok_or_else(|| SimError::Unknown(acc.server.clone()))?;
        server.requests.push(Request {
            at: self.now,
            user: acc.mxid.clone(),
            device: device.to_owned(),
            token: dev.token.clone(),
            ip,
            user_agent: dev.user_agent.clone(),
            what,
        });
        Ok(())
    }

    /// A device made during the run (a login, an admin's injected device, a puppet's): a fresh
    /// Olm account, then it registers like the cast's devices.
    pub(crate) fn new_device(
        &mut self,
        account: &str,
        id: &str,
        name: &str,
        user_agent: &str,
        injected_by: Option<&str>,
    ) -> Result<(), SimError> {
        let key = (account.to_owned(), id.to_owned());
        self.crypto.add_device(key.clone());
        self.signed_device_keys.remove(&key);
        self.register_device(account, id, name, user_agent, injected_by)
    }

    /// Makes the Olm accounts of the cast's devices and signs their device keys, all at once on
    /// every core (each device still uploads its keys when it logs in, in `register_device`).
    fn add_cast_devices(&mut self, devices: Vec<(DeviceKey, String)>) {
        for (key, keys) in self.crypto.add_signed_devices(devices) {
            self.signed_device_keys.insert(key, keys);
        }
    }

    /// A device whose Olm account exists logs in: the server stores it, its token and its
    /// keys, and tells the servers that share a room with the account.
    fn register_device(
        &mut self,
        account: &str,
        id: &str,
        name: &str,
        user_agent: &str,
        injected_by: Option<&str>,
    ) -> Result<(), SimError> {
        let token = format!("syt_{}_{}", id.to_lowercase(), random_str(&mut self.rng, 20, URLSAFE));
        let acc = self.accounts.get_mut(account).ok_or_else(|| SimError::Unknown(account.to_owned()))?;
        let puppet = acc.puppet_of.is_some();
        acc.devices.push(Device {
            id: id.to_owned(),
            name: name.to_owned(),
            user_agent: user_agent.to_owned(),
            token: token.clone(),
            // A device an admin slips into someone else's account is not signed by its owner; a
            // puppet's device is, by the admin who owns the puppet.
            cross_signed: injected_by.is_none() || puppet,
            injected_by: injected_by.map(str::to_owned),
            added_at: self.now,
            lost: false,
        });
        let (mxid, server) = (acc.mxid.clone(), acc.server.clone());
        let key = (account.to_owned(), id.to_owned());
        self.devices.insert(key.clone(), DeviceView::default());
        let keys = self.device_keys(&key, &mxid);
        let now = self.now;
        let s = self.servers.get_mut(&server).ok_or_else(|| SimError::Unknown(server.clone()))?;
        s.insert("devices", now, json!({ "user_id": mxid, "device_id": id, "display_name": name, "hidden": false }));
        s.insert("access_tokens", now, json!({ "user_id": mxid, "device_id": id, "token": token }));
        s.insert("e2e_device_keys_json", now, json!({ "user_id": mxid, "device_id": id, "key_json": keys.clone() }));
        if injected_by.is_none() {
            self.request(account, id, "login", 300)?;
        }
        self.device_list_update(account, id, name, keys)
    }

    /// A device's identity keys as uploaded (`/keys/upload`) and sent in `m.device_list_update`,
    /// with the self-signature the spec requires (`DeviceKeys.signatures`): the device's
    /// vodozemac account signs the canonical JSON with its Ed25519 key.
    fn device_keys(&mut self, key: &DeviceKey, mxid: &str) -> Value {
        // A device signs its keys once, at upload; servers relay that same signed object.
        if let Some(k) = self.signed_device_keys.get(key) {
            return k.clone();
        }
        let keys = self.crypto.signed_device_keys(key, mxid);
        self.signed_device_keys.insert(key.clone(), keys.clone());
        keys
    }

    /// Tells every other server that shares a room with the account about a new device.
    fn device_list_update(&mut self, account: &str, device: &str, name: &str, keys: Value) -> Result<(), SimError> {
        self.device_list_stream += 1;
        let acc = self.account(account)?.clone();
        let content = event::device_list_update(&acc.mxid, device, name, self.device_list_stream, keys);
        let targets = self.servers_sharing_rooms(account);
        for s in targets.into_iter().filter(|s| *s != acc.server) {
            self.edu_to(&acc.server, &s, "m.device_list_update", "device_lists_remote_cache", content.clone());
        }
        Ok(())
    }

    fn servers_sharing_rooms(&self, account: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for room in self.rooms.values() {
            if room.is_joined(account) {
                out.extend(self.participating(room));
            }
        }
        out
    }

    /// Servers with at least one joined member in a room.
    pub fn participating(&self, room: &RoomState) -> BTreeSet<String> {
        let joined = room.members.iter().filter(|(_, m)| m.left.is_none());
        let servers: BTreeSet<&str> =
            joined.filter_map(|(a, _)| self.accounts.get(a).map(|x| x.server.as_str())).collect();
        servers.into_iter().map(str::to_owned).collect()
    }

    /// Delivers an EDU to one server, storing it in `table` (or in memory for typing).
    fn edu_to(&mut self, from: &str, to: &str, edu_type: &str, table: &'static str, content: Value) {
        let now = self.now;
        let Some(server) = self.servers.get_mut(to) else { return };
        if !server.online {
            return;
        }
        if table == "device_lists_remote_cache"
            && let Some(user) = content["user_id"].as_str()
        {
            self.device_lists_cached.entry(to.to_owned()).or_default().insert(user.to_owned());
        }
        let mut cols = json!({ "edu_type": edu_type, "origin": from });
        if let Some(map) = cols.as_object_mut() {
            map.insert("content".into(), content);
        }
        if table == "typing" {
            server.memory.push(crate::server::Row { at: now, cols, deleted_at: None });
        } else {
            server.insert(table, now, cols);
        }
        if from != to {
            self.hops.push(Hop {
                at: now,
                kind: "edu",
                from: from.to_owned(),
                to: to.to_owned(),
                what: edu_type.to_owned(),
            });
        }
    }

    fn start(&mut self) -> Result<(), SimError> {
        let people: Vec<_> = self.setup.people.values().cloned().collect();
        // Every device's Olm account is made up front, on all cores (key generation), and its
        // device keys signed.
        let cast = people.iter().flat_map(|p| p.devices.iter().map(|d| ((p.id.clone(), d.id.clone()), p.mxid())));
        self.add_cast_devices(cast.collect());
        for p in &people {
            let avatar = p.avatar.as_ref().map(|label| {
                let digest = Sha256::digest(label.as_bytes());
                format!("mxc://{}/{}", p.server, hex(&digest[..12]))
            });
            let mxid = p.mxid();
            self.by_mxid.insert(mxid.clone(), p.id.clone());
            self.accounts.insert(
                p.id.clone(),
                Account {
                    id: p.id.clone(),
                    mxid: mxid.clone(),
                    server: p.server.clone(),
                    owner: p.owner.clone(),
                    puppet_of: None,
                    display_name: p.display_name.clone(),
                    avatar: avatar.clone(),
                    connects: p.connects,
                    home_ip: p.home_ip.clone(),
                    devices: Vec::new(),
                    verified: p.verified.iter().cloned().collect(),
                    sends_to: p.sends_to,
                    recovery_key: p.recovery_key,
                    lost: Vec::new(),
                    locked_out: false,
                },
            );
            let now = self.now;
            let server = self.servers.get_mut(&p.server).ok_or_else(|| SimError::Unknown(p.server.clone()))?;
            server.insert("users", now, json!({ "name": mxid, "password_hash": "$2b$12$<bcrypt>", "creation_ts": now.origin_server_ts() / 1000 }));
            server.insert(
                "profiles",
                now,
                json!({ "user_id": mxid, "displayname": p.display_name, "avatar_url": avatar }),
            );
            for (medium, address) in [("email", &p.email), ("msisdn", &p.phone)] {
                if let Some(a) = address {
                    server.insert("user_threepids", now, json!({ "user_id": mxid, "medium": medium, "address": a, "validated_at": now.origin_server_ts() }));
                }
            }
            for (i, d) in p.devices.iter().enumerate() {
                self.register_device(&p.id, &d.id, &d.name, &d.user_agent, None)?;
                if i == 0 {
                    let acc = self.account(&p.id)?.clone();
                    let ip = self.visible_ip(&acc);
                    let s = self.servers.get_mut(&p.server).ok_or_else(|| SimError::Unknown(p.server.clone()))?;
                    s.insert(
                        "ui_auth_sessions_ips",
                        now,
                        json!({ "user_id": mxid, "ip": ip, "user_agent": d.user_agent }),
                    );
                }
            }
        }
        let rooms: Vec<_> = self.setup.rooms.values().cloned().collect();
        for r in rooms {
            self.create_room(&r)?;
        }
        for p in &people {
            let online = self.servers.get(&p.server).is_some_and(|s| s.spec.presence);
            if online {
                self.presence(&p.id, PresenceState::Online, None)?;
            }
        }
        Ok(())
    }

    /// A person logs in on a new device. An email reset needs an email bound to the account and
    /// logs out every other device (Synapse's `logout_devices` default). With a recovery key the
    /// new device restores the backed-up room keys (every key the account's devices held) and
    /// keeps the cross-signing identity; without one the identity is reset: everyone's
    /// verification of the person lapses, and theirs of others. The new device then syncs the
    /// history of the rooms the account is in.
    pub(crate) fn recover(&mut self, who: &str, device: &DeviceSpec, via: RecoverVia) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        let person = self.setup.people.get(who);
        let has_email = person.is_some_and(|p| p.email.is_some() || p.phone.is_some());
        if via == RecoverVia::EmailReset {
            if !has_email {
                if let Some(a) = self.accounts.get_mut(who) {
                    a.locked_out = true;
                }
                return Ok(());
            }
            let now = self.now;
            if let Some(s) = self.servers.get_mut(&acc.server) {
                s.insert(
                    "threepid_validation_token",
                    now,
                    json!({ "user_id": acc.mxid, "medium": "email", "purpose": "password_reset" }),
                );
            }
            if let Some(a) = self.accounts.get_mut(who) {
                let logged_out: Vec<Device> = a.devices.drain(..).collect();
                a.lost.extend(logged_out);
            }
            // Synapse's `logout_devices` default: every device of the account is signed out, its
            // access token and device row deleted (the lost phone's too).
            if let Some(s) = self.servers.get_mut(&acc.server) {
                let mxid = acc.mxid.clone();
                s.delete_where("access_tokens", now, |c| c["user_id"] == mxid.as_str());
                s.delete_where("devices", now, |c| c["user_id"] == mxid.as_str());
            }
        }
        self.new_device(who, &device.id, &device.name, &device.user_agent, None)?;
        let new = (who.to_owned(), device.id.clone());
        let acc = self.account(who)?.clone();
        if acc.recovery_key {
            let holders: Vec<DeviceKey> =
                acc.devices.iter().chain(acc.lost.iter()).map(|d| (who.to_owned(), d.id.clone())).collect();
            // What the old devices hold now goes into the backup: their clients open first.
            self.open_devices(&holders)?;
            for h in holders.iter().filter(|h| **h != new) {
                for (room, label, key) in self.crypto.export_room_keys(h) {
                    self.arrive(&new, Arrival::Import(room, label, key.to_base64()));
                }
            }
        } else {
            for a in self.accounts.values_mut() {
                a.verified.remove(&acc.owner);
                a.verified.remove(who);
            }
            // The new identity signs only the new device; the person's own verifications are gone.
            if let Some(a) = self.accounts.get_mut(who) {
                a.verified.clear();
                for d in a.devices.iter_mut().filter(|d| d.id != device.id) {
                    d.cross_signed = false;
                }
            }
            let now = self.now;
            if let Some(s) = self.servers.get_mut(&acc.server) {
                s.insert(
                    "e2e_cross_signing_keys",
                    now,
                    json!({ "user_id": acc.mxid, "keytype": "master", "reset": true }),
                );
            }
        }
        // History the room lets members see: all of it when shared, else from the account's join.
        let mut history: Vec<String> = Vec::new();
        for r in self.rooms.values() {
            let Some(m) = r.members.get(who).filter(|m| m.left.is_none()) else { continue };
            let shared =
                matches!(r.spec.history, crate::scenario::History::Shared | crate::scenario::History::WorldReadable);
            history.extend(
                r.timeline.iter().filter(|e| shared || self.events.get(*e).is_some_and(|x| x.at >= m.joined)).cloned(),
            );
        }
        for e in history {
            self.device_receive(&new, &e);
        }
        Ok(())
    }

    /// Each joined member with a pusher (other than the sender) gets a notification through the
    /// push gateway, sent by their homeserver (default push rules notify for messages).
    fn push_notifications(&mut self, room: &str, sender: &str, event_id: &str) -> Result<(), SimError> {
        let Some(r) = self.rooms.get(room) else { return Ok(()) };
        let (room_id, room_name, joined) = (r.room_id.clone(), r.spec.name.clone(), r.joined());
        let sender_name = self.account(sender)?.display_name.clone();
        for member in joined.iter().filter(|m| *m != sender) {
            let format = self.setup.people.get(member).map_or(PushFormat::Off, |p| p.push);
            let signed_in = self.accounts.get(member).is_some_and(|a| a.devices.iter().any(|d| !d.lost));
            let server = self.server_of(member)?;
            let online = self.servers.get(&server).is_some_and(|s| s.online);
            // No pusher, nobody signed in to push to (a reset removes pushers), or the homeserver down.
            if format == PushFormat::Off || !signed_in || !online {
                continue;
            }
            let now = self.now;
            if let Some(s) = self.servers.get_mut(&server) {
                s.insert("event_push_actions", now, json!({ "room_id": room_id, "event_id": event_id, "user_id": self.accounts.get(member).map(|a| a.mxid.clone()), "notif": 1 }));
            }
            self.pushes.push(Push {
                to: member.clone(),
                at: now,
                room: room.to_owned(),
                room_id: room_id.clone(),
                event_id: event_id.to_owned(),
                format,
                sender_name: sender_name.clone(),
                room_name: room_name.clone(),
            });
        }
        Ok(())
    }

    /// Whether one of the person's current devices can read the message with this label: it
    /// synced it and it is unencrypted, or it decrypted it.
    pub fn person_reads(&self, person: &str, label: &str) -> bool {
        let Some(event_id) = self.labels.get(label) else { return false };
        let encrypted = self.events.get(event_id).is_some_and(|m| m.ciphertext.is_some());
        self.accounts.values().filter(|a| a.owner == person && a.puppet_of.is_none()).any(|a| {
            a.devices.iter().filter(|d| !d.lost).any(|d| {
                let Some(view) = self.devices.get(&(a.id.clone(), d.id.clone())) else { return false };
                if encrypted { view.decrypted.contains_key(event_id) } else { view.received.contains_key(event_id) }
            })
        })
    }

    fn random_event_id(&mut self) -> String {
        format!("${}", random_str(&mut self.rng, 43, URLSAFE))
    }

    fn create_room(&mut self, spec: &RoomSpec) -> Result<(), SimError> {
        let Some(creator) = spec.members.first().cloned() else { return Ok(()) };
        let server = self.server_of(&creator)?;
        let room_id = format!(
            "!{}:{}",
            random_str(&mut self.rng, 18, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
            server
        );
        self.rooms.insert(
            spec.id.clone(),
            RoomState {
                spec: spec.clone(),
                room_id,
                members: BTreeMap::new(),
                head: None,
                depth: 0,
                auth: Vec::new(),
                timeline: Vec::new(),
            },
        );
        let creator_mxid = self.account(&creator)?.mxid.clone();
        let create = self.send(&spec.id, &creator, event::create(&creator_mxid)?, None)?;
        self.join(&spec.id, &creator, true)?;
        let pl = self.send(&spec.id, &creator, event::power_levels(&creator_mxid)?, None)?;
        let jr = self.send(&spec.id, &creator, event::join_rules(spec.join_rule), None)?;
        if let Some(r) = self.rooms.get_mut(&spec.id) {
            r.auth = vec![create, pl, jr];
        }
        self.send(&spec.id, &creator, event::history_visibility(spec.history), None)?;
        if spec.encrypted {
            self.send(&spec.id, &creator, event::encryption(), None)?;
        }
        if let Some(n) = &spec.name {
            self.send(&spec.id, &creator, event::name(n), None)?;
        }
        if let Some(t) = &spec.topic {
            self.send(&spec.id, &creator, event::topic(t), None)?;
        }
        if let Some(a) = &spec.alias {
            let alias = format!("#{a}:{server}");
            self.send(&spec.id, &creator, event::canonical_alias(&alias)?, None)?;
            let now = self.now;
            let room_id = self.rooms[&spec.id].room_id.clone();
            if let Some(s) = self.servers.get_mut(&server) {
                s.insert(
                    "room_aliases",
                    now,
                    json!({ "room_alias": alias, "room_id": room_id, "creator": creator_mxid }),
                );
            }
        }
        for m in spec.members.iter().skip(1) {
            self.invite_if_needed(&spec.id, &creator, m)?;
            self.join(&spec.id, m, false)?;
        }
        Ok(())
    }

    /// Outside a public room, a join needs an invite first: `inviter` invites `account`. The
    /// invite carries the invitee's display name and avatar (Synapse fills them in from the
    /// profile, also for a remote invitee: observed by `glasshouse lab`).
    pub(crate) fn invite_if_needed(&mut self, room: &str, inviter: &str, account: &str) -> Result<(), SimError> {
        let public = self.rooms.get(room).is_some_and(|r| r.spec.join_rule == crate::scenario::JoinRule::Public);
        let already = self.rooms.get(room).is_some_and(|r| r.is_joined(account));
        if public || already {
            return Ok(());
        }
        let acc = self.account(account)?.clone();
        let content = event::member(&acc.mxid, "invite", Some(&acc.display_name), acc.avatar.as_deref())?;
        self.send(room, inviter, content, None)?;
        Ok(())
    }

    /// An account joins: the member event, then the new server's catch-up and key queries.
    pub(crate) fn join(&mut self, room: &str, account: &str, creator: bool) -> Result<(), SimError> {
        let acc = self.account(account)?.clone();
        let before = self.rooms.get(room).map(|r| self.participating(r)).unwrap_or_default();
        if let Some(r) = self.rooms.get_mut(room) {
            r.members.insert(account.to_owned(), Membership { joined: self.now, left: None });
        }
        if !creator && !before.contains(&acc.server) {
            self.catch_up_new_server(room, &acc.server)?;
        }
        self.send(
            room,
            account,
            event::member(&acc.mxid, "join", Some(&acc.display_name), acc.avatar.as_deref())?,
            None,
        )?;
        self.presence_on_join(room, account, !before.contains(&acc.server))?;
        // Servers now sharing the room query each other's device lists (`/keys/query`): each
        // server fetches those of the members it has no cached list for.
        let Some(r) = self.rooms.get(room) else { return Ok(()) };
        let participating = self.participating(r);
        let none = BTreeSet::new();
        let cached: Vec<(&String, &BTreeSet<String>)> =
            participating.iter().map(|s| (s, self.device_lists_cached.get(s).unwrap_or(&none))).collect();
        let mut queries = Vec::new();
        for (other, _) in r.members.iter().filter(|(_, m)| m.left.is_none()) {
            let o = self.account(other)?;
            for (s, _) in cached.iter().filter(|(s, known)| **s != o.server && !known.contains(&o.mxid)) {
                let devices = o.devices.iter().map(|d| (d.id.clone(), d.name.clone()));
                queries.extend(devices.map(|d| (o.id.clone(), o.mxid.clone(), o.server.clone(), (*s).clone(), d)));
            }
        }
        for (id, mxid, server, s, (device, name)) in queries {
            let keys = self.device_keys(&(id, device.clone()), &mxid);
            let content = event::device_list_update(&mxid, &device, &name, 0, keys);
            self.edu_to(&server, &s, "m.device_list_update", "device_lists_remote_cache", content);
        }
        Ok(())
    }

    /// Presence on a join, as Synapse sends it: the newcomer's current presence goes to every
    /// other server in the room, and a server new to the room gets the current presence of the
    /// members it now shares the room with (observed by `glasshouse lab`).
    fn presence_on_join(&mut self, room: &str, account: &str, new_server: bool) -> Result<(), SimError> {
        let latest = |w: &World, a: &Account| -> Option<Value> {
            let s = w.servers.get(&a.server).filter(|s| s.spec.presence)?;
            s.rows("presence_stream")
                .iter()
                .rev()
                .find(|r| r.cols["origin"] == a.server.as_str() && r.cols["content"]["user_id"] == a.mxid.as_str())
                .map(|r| r.cols["content"].clone())
        };
        let acc = self.account(account)?.clone();
        let Some(r) = self.rooms.get(room) else { return Ok(()) };
        let others: Vec<String> = self.participating(r).into_iter().filter(|s| *s != acc.server).collect();
        let joined = r.joined();
        if let Some(cols) = latest(self, &acc) {
            for s in &others {
                self.edu_to(&acc.server, s, "m.presence", "presence_stream", cols.clone());
            }
        }
        if new_server {
            let members: Vec<Account> = joined
                .iter()
                .filter_map(|m| self.accounts.get(m))
                .filter(|m| m.server != acc.server)
                .cloned()
                .collect();
            for m in members {
                if let Some(cols) = latest(self, &m) {
                    self.edu_to(&m.server, &acc.server, "m.presence", "presence_stream", cols);
                }
            }
        }
        Ok(())
    }

    /// A server joining a room receives its history (shared/world-readable) or its state.
    fn catch_up_new_server(&mut self, room: &str, server: &str) -> Result<(), SimError> {
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
                    index_for_search(s, now, e.json.built());
                    s.events.push(StoredEvent { received_at: now, backfilled: true, ..e });
                }
            }
        }
        self.hops.push(Hop { at: now, kind: "backfill", from: source, to: server.to_owned(), what: room.to_owned() });
        Ok(())
    }

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
                        kind: "pdu",
                        from: acc_server.clone(),
                        to: s.clone(),
                        what: event_id.clone(),
                    });
                }
                let here = locals.remove(&s).unwrap_or_default();
                self.store_for(&s, room, &event_id, json.clone(), false, here)?;
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

    /// A server stores an event; its local members' devices sync it.
    pub(crate) fn store(
        &mut self,
        server: &str,
        room: &str,
        event_id: &str,
        json: Arc<Pdu>,
        backfilled: bool,
    ) -> Result<(), SimError> {
        let locals = self.local_devices(room).remove(server).unwrap_or_default();
        self.store_for(server, room, event_id, json, backfilled, locals)
    }

    /// A server stores an event and hands it to its members' devices (`locals`, from
    /// `local_devices`).
    fn store_for(
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
        s.events.push(StoredEvent {
            event_id: event_id.to_owned(),
            room: room.to_owned(),
            received_at: now,
            backfilled,
            json,
        });
        let encrypted = self.events.get(event_id).is_some_and(|m| m.ciphertext.is_some());
        for device in &locals {
            self.sync(device, event_id, encrypted);
        }
        Ok(())
    }

    /// The devices of a room's joined members, by their server.
    fn local_devices(&self, room: &str) -> BTreeMap<String, Vec<DeviceKey>> {
        let mut out: BTreeMap<String, Vec<DeviceKey>> = BTreeMap::new();
        let Some(r) = self.rooms.get(room) else { return out };
        let joined = r.members.iter().filter(|(_, m)| m.left.is_none()).filter_map(|(a, _)| self.accounts.get(a));
        for a in joined {
            let devices = a.devices.iter().map(|d| (a.id.clone(), d.id.clone()));
            out.entry(a.server.clone()).or_default().extend(devices);
        }
        out
    }

    fn device_receive(&mut self, device: &DeviceKey, event_id: &str) {
        let encrypted = self.events.get(event_id).is_some_and(|m| m.ciphertext.is_some());
        self.sync(device, event_id, encrypted);
    }

    /// A device's client receives an event (once); an encrypted one waits for the client to
    /// open it.
    fn sync(&mut self, device: &DeviceKey, event_id: &str, encrypted: bool) {
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
    fn decrypt(&mut self, device: &DeviceKey, event_id: &str, at: SimTime) {
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

    /// Sends a to-device message through the servers (queued if the recipient's server is down).
    fn send_to_device(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        event_type: &str,
        content: Value,
    ) -> Result<(), SimError> {
        let olm = self.route_to_device(from, to, event_type, content)?;
        self.open_to_device(olm);
        Ok(())
    }

    /// Carries a to-device message to the recipient's server and stores it there, or queues it if
    /// that server is down. Returns the Olm message the recipient device then has to decrypt.
    fn route_to_device(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        event_type: &str,
        content: Value,
    ) -> Result<Option<OlmDelivery>, SimError> {
        let from_server = self.server_of(&from.0)?;
        let to_server = self.server_of(&to.0)?;
        let (from_mxid, to_mxid) = (self.account(&from.0)?.mxid.clone(), self.account(&to.0)?.mxid.clone());
        let now = self.now;
        if from_server != to_server {
            if let Some(s) = self.servers.get_mut(&from_server) {
                s.insert("device_federation_outbox", now, json!({ "destination": to_server, "sender": from_mxid, "type": event_type, "recipient": to_mxid, "device_id": to.1 }));
            }
            self.hops.push(Hop {
                at: now,
                kind: "to-device",
                from: from_server,
                to: to_server.clone(),
                what: event_type.to_owned(),
            });
        }
        if !self.servers.get(&to_server).is_some_and(|s| s.online) {
            self.missed.entry(to_server).or_default().push(Missed::ToDevice {
                from: from.clone(),
                to: to.clone(),
                event_type: event_type.to_owned(),
                content,
            });
            return Ok(None);
        }
        self.store_to_device(from, to, event_type, content)
    }

    pub(crate) fn deliver_to_device(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        event_type: &str,
        content: Value,
    ) -> Result<(), SimError> {
        let olm = self.store_to_device(from, to, event_type, content)?;
        self.open_to_device(olm);
        Ok(())
    }

    /// The recipient's server stores a to-device message in the device's inbox; an Olm message
    /// for the device is returned for it to decrypt.
    fn store_to_device(
        &mut self,
        from: &DeviceKey,
        to: &DeviceKey,
        event_type: &str,
        content: Value,
    ) -> Result<Option<OlmDelivery>, SimError> {
        let to_server = self.server_of(&to.0)?;
        let (from_mxid, to_mxid) = (self.account(&from.0)?.mxid.clone(), self.account(&to.0)?.mxid.clone());
        let now = self.now;
        let recipient_key = self.crypto.curve25519(to);
        let olm = (event_type == "m.room.encrypted").then(|| content["ciphertext"].get(&recipient_key)).flatten().map(
            |info| OlmDelivery {
                to: to.clone(),
                from: from.clone(),
                // As sent: the sender's device may be replaced before the recipient opens it.
                sender_key: content["sender_key"].as_str().unwrap_or_default().to_owned(),
                kind: info["type"].as_u64().unwrap_or(0) as usize,
                body: info["body"].as_str().unwrap_or_default().to_owned(),
            },
        );
        if let Some(s) = self.servers.get_mut(&to_server) {
            s.insert("device_inbox", now, json!({ "user_id": to_mxid, "device_id": to.1, "sender": from_mxid, "type": event_type, "content": content }));
        }
        Ok(olm)
    }

    /// An Olm message (if one reached the device) waits for its client to open it.
    fn open_to_device(&mut self, olm: Option<OlmDelivery>) {
        if let Some(olm) = olm {
            let to = olm.to.clone();
            self.arrive(&to, Arrival::Olm(olm));
        }
    }

    /// Whether `sender`'s policy lets it share room keys with `device` of `member`.
    pub fn may_share(&self, sender: &Account, member: &Account, device: &Device) -> bool {
        match sender.sends_to {
            SendPolicy::All => true,
            SendPolicy::CrossSigned => device.cross_signed,
            SendPolicy::Verified => {
                device.cross_signed
                    && (member.id == sender.id
                        || sender.verified.contains(&member.owner)
                        || sender.verified.contains(&member.id))
            }
        }
    }

    /// Shares the sender's current Megolm session with every device its policy allows that does
    /// not hold it yet, and tells the others it is withheld; rotates the session first when a
    /// device that holds it may no longer read the room.
    fn share_room_key(&mut self, room: &str, sender: &str) -> Result<(String, String), SimError> {
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
        let mut key_content = event::room_key(&room_id, &session_id, &session_key)?;
        if let Some(map) = key_content.as_object_mut() {
            // Not part of the spec: a stable label so reports can name sessions across runs.
            map.insert("org.glasshouse.label".into(), json!(label));
        }
        let (already, told) =
            self.crypto.outbound(room, &from).map(|o| (o.shared_with.clone(), o.withheld.clone())).unwrap_or_default();
        let devices: Vec<(DeviceKey, bool)> =
            devices.into_iter().filter(|(to, ok)| !already.contains(to) && (*ok || !told.contains(to))).collect();
        // Seal the key for every recipient first: new Olm sessions are opened in parallel.
        let mut messages = Vec::new();
        for (to, _) in devices.iter().filter(|(_, ok)| *ok) {
            let member = self.account(&to.0)?;
            let payload = event::olm_payload(
                "m.room_key",
                &key_content,
                &acc.mxid,
                &member.mxid,
                &self.crypto.ed25519(to),
                &self.crypto.ed25519(&from),
            );
            messages.push((to.clone(), payload.to_string()));
        }
        let mut sealed = self.crypto.olm_encrypt_many(&from, messages)?.into_iter();
        // Then send, in order; each recipient opens what reached it when its view is read.
        for (to, ok) in devices {
            if !ok {
                let w = event::withheld_unverified(&room_id, &session_id, &self.crypto.curve25519(&from), &from.1);
                self.send_to_device(&from, &to, "m.room_key.withheld", w)?;
                self.crypto.mark_withheld(room, &from, to);
                continue;
            }
            let (kind, body) = sealed.next().ok_or_else(|| CryptoError::Olm("missing sealed key".into()))?;
            let content = event::olm_to_device(&self.crypto.curve25519(&to), kind, body, self.crypto.curve25519(&from));
            self.crypto.mark_shared(room, &from, to.clone());
            self.send_to_device(&from, &to, "m.room.encrypted", content)?;
        }
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

    pub(crate) fn say(
        &mut self,
        who: &str,
        room: &str,
        text: &str,
        label: Option<&str>,
        reply_to: Option<&str>,
    ) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        let primary = acc.primary();
        self.request(who, &primary.1, "send", text.len() + 200)?;
        let reply_id = reply_to.and_then(|l| self.labels.get(l).cloned());
        let encrypted = self.rooms.get(room).is_some_and(|r| r.spec.encrypted);
        let plain = event::text(text, reply_id.as_deref())?;
        let mut meta = EventMeta {
            event_id: String::new(),
            room: room.to_owned(),
            sender: who.to_owned(),
            device: Some(primary.1.clone()),
            at: self.now,
            event_type: plain.event_type.clone(),
            label: label.map(str::to_owned),
            session_id: None,
            session_label: None,
            ciphertext: None,
            text: Some(text.to_owned()),
        };
        let content = if encrypted {
            let (session_label, session_id) = self.share_room_key(room, who)?;
            let room_id = self.rooms[room].room_id.clone();
            let payload = event::megolm_payload(&plain, &room_id);
            let (ciphertext, _index) = self.crypto.megolm_encrypt(room, &primary, &payload.to_string())?;
            meta.session_id = Some(session_id.clone());
            meta.session_label = Some(session_label);
            meta.ciphertext = Some(ciphertext.clone());
            meta.event_type = "m.room.encrypted".into();
            event::megolm(ciphertext, self.crypto.curve25519(&primary), &primary.1, session_id, reply_id.as_deref())?
        } else {
            plain
        };
        let id = self.send(room, who, content, Some(meta))?;
        self.push_notifications(room, who, &id)?;
        if let Some(l) = label {
            self.labels.insert(l.to_owned(), id);
        }
        Ok(())
    }

    pub(crate) fn presence(&mut self, who: &str, state: PresenceState, status: Option<&str>) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        if !self.servers.get(&acc.server).is_some_and(|s| s.spec.presence) {
            return Ok(());
        }
        let content = event::presence(state, status, 0);
        let cols = json!({ "user_id": acc.mxid, "content": content });
        let now = self.now;
        if let Some(s) = self.servers.get_mut(&acc.server) {
            s.insert(
                "presence_stream",
                now,
                json!({ "edu_type": "m.presence", "origin": acc.server, "content": cols }),
            );
        }
        for s in self.servers_sharing_rooms(who).into_iter().filter(|s| *s != acc.server) {
            self.edu_to(&acc.server, &s, "m.presence", "presence_stream", cols.clone());
        }
        Ok(())
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

    fn step(&mut self, step: &Step) -> Result<(), SimError> {
        self.now = step.at;
        // A person without a device (lost it, or locked out) cannot act until they recover.
        if let Some(who) = step.action.actor()
            && !step.action.acts_without_device()
            && !self.account(who)?.can_act()
        {
            return Ok(());
        }
        step.action.apply(self)
    }
}

/// Adds an event a server stores to its search index. Synapse indexes message bodies, room
/// names and topics in cleartext, also for events a server receives when it joins (FACTS.md §1
/// "Message search index"; observed in a real Synapse by `glasshouse lab`).
fn index_for_search(s: &mut Server, now: SimTime, json: &Value) {
    let indexed = match json["type"].as_str() {
        Some("m.room.message") => Some(("content.body", "body")),
        Some("m.room.name") => Some(("content.name", "name")),
        Some("m.room.topic") => Some(("content.topic", "topic")),
        _ => None,
    };
    if let Some((key, field)) = indexed
        && let Some(value) = json["content"][field].as_str()
    {
        s.insert(
            "event_search",
            now,
            json!({ "event_id": json["event_id"], "room_id": json["room_id"], "key": key, "value": value }),
        );
    }
}

fn random_str(rng: &mut ChaCha8Rng, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| alphabet[rng.random_range(0..alphabet.len())] as char).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Canonical JSON (sorted keys, no spaces) of an event without `signatures` and `unsigned`:
/// the text a server hashes and signs.
pub fn canonical_json(v: &Value) -> String {
    /// Writes `v` with keys sorted at every level, skipping `skip` keys of the top object.
    fn write(v: &Value, out: &mut String, skip: &[&str]) {
        match v {
            Value::Object(m) => {
                let mut entries: Vec<(&String, &Value)> =
                    m.iter().filter(|(k, _)| !skip.contains(&k.as_str())).collect();
                entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
                out.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    push_json_string(out, k);
                    out.push(':');
                    write(v, out, &[]);
                }
                out.push('}');
            }
            Value::Array(a) => {
                out.push('[');
                for (i, v) in a.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(v, out, &[]);
                }
                out.push(']');
            }
            Value::String(text) => push_json_string(out, text),
            other => out.push_str(&other.to_string()),
        }
    }
    /// A JSON string literal; plain text is copied as is, anything needing escapes goes through
    /// serde_json.
    fn push_json_string(out: &mut String, text: &str) {
        if text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
            out.push('"');
            out.push_str(text);
            out.push('"');
        } else {
            out.push_str(&Value::String(text.to_owned()).to_string());
        }
    }
    let mut out = String::with_capacity(512);
    write(v, &mut out, &["signatures", "unsigned"]);
    out
}

#[cfg(test)]
mod tests {
    use super::canonical_json;
    use crate::time::SimTime;
    use serde_json::json;

    /// Sam's and Kim's server is down when the first message is sent; Sam is an insider.
    const LATE_SERVER: &str = r#"
id = "t"
[[servers]]
name = "a.example"
[[servers]]
name = "b.example"
[[people]]
id = "you"
learner = true
server = "a.example"
username = "you"
[[people]]
id = "sam"
server = "b.example"
username = "sam"
[[people]]
id = "kim"
server = "b.example"
username = "kim"
[[rooms]]
id = "r"
encrypted = true
members = ["you", "sam", "kim"]
[[script]]
at = "0:01"
server_down = "b.example"
[[script]]
at = "0:02"
say = { who = "you", room = "r", text = "first", label = "m1" }
[[script]]
at = "0:04"
server_up = "b.example"
[[script]]
at = "0:05"
say = { who = "you", room = "r", text = "second", label = "m2" }
[[adversaries]]
id = "sam-view"
insider = "sam"
"#;

    fn decrypted(w: &super::World, device: &(String, String)) -> Vec<(SimTime, String)> {
        let view = &w.devices[device];
        let mut out: Vec<_> = view.decrypted.values().map(|(at, text, _)| (*at, text.clone())).collect();
        out.sort();
        out
    }

    #[test]
    fn a_client_opens_what_reached_it_when_its_view_is_read() {
        let (mut w, _) = crate::knowledge::testing::run(LATE_SERVER, &[]);
        let sam = ("sam".to_owned(), w.accounts["sam"].primary().1);
        let kim = ("kim".to_owned(), w.accounts["kim"].primary().1);
        let (at2, at4, at5) = (SimTime::parse("0:02"), SimTime::parse("0:04"), SimTime::parse("0:05"));
        let (Some(at2), Some(at4), Some(at5)) = (at2, at4, at5) else { panic!("times") };
        // The insider's client was opened by the run: the first message (key and event caught up
        // when the server returned) is dated 0:04, not when it was sent.
        let expected = vec![(at4, "first".to_owned()), (at5, "second".to_owned())];
        assert_eq!(decrypted(&w, &sam), expected);
        assert!(w.events.values().any(|m| m.at == at2));
        // Nobody reads Kim's client, so it has not decrypted anything yet; opened, it reads the
        // same as Sam's, with the same dates, through vodozemac.
        assert!(decrypted(&w, &kim).is_empty());
        let before = w.crypto.ops.megolm_decrypts;
        w.open_devices(std::slice::from_ref(&kim)).expect("open");
        assert_eq!(decrypted(&w, &kim), expected);
        assert_eq!(w.crypto.ops.megolm_decrypts, before + 2);
        // Opening again changes nothing.
        w.open_all().expect("open all");
        assert_eq!(decrypted(&w, &kim), expected);
        assert_eq!(w.crypto.ops.megolm_decrypts, before + 2, "the learner's own client was opened by the run");
    }

    #[test]
    fn canonical_json_sorts_every_level_and_drops_top_level_signatures() {
        let v = json!({
            "b": { "z": 1, "a": [ { "y": "é\n", "x": null } ] },
            "a": true,
            "signatures": { "s": 1 },
            "unsigned": { "age": 3 },
        });
        assert_eq!(canonical_json(&v), r#"{"a":true,"b":{"a":[{"x":null,"y":"é\n"}],"z":1}}"#);
        let nested = json!({ "content": { "signatures": 1 } });
        assert_eq!(canonical_json(&nested), r#"{"content":{"signatures":1}}"#);
    }
}
