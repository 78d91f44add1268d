//! The mock federation in motion: accounts register, rooms form, the script plays, and every
//! server, device and wire records what it would really record.
//!
//! Deterministic from (setup, seed): one `ChaCha8Rng` makes every id, token and signing key;
//! maps are ordered; time is the script's. Only vodozemac's key material is random per run.

mod accounts;
mod backup;
mod calls;
mod federation;
mod history;
mod identity;
mod inbox;
mod presence;
mod push;
mod rooms;
mod script;
#[cfg(test)]
mod tests;
mod to_device;

pub use crate::pdu::canonical_json;
pub use accounts::{Account, Device};
pub use calls::{Call, CallEnd};
pub(crate) use federation::Missed;
pub use federation::{DestinationKind, EventMeta, Hop, HopKind, Packet};
pub use identity::IdentityReset;
pub(crate) use inbox::Arrival;
pub use inbox::DeviceView;
pub use push::{Push, PushedEvent};
pub use rooms::{Membership, RoomState};
pub(crate) use to_device::ToDevice;

use crate::crypto::{CryptoError, CryptoStore, DeviceKey};
use crate::event::IdError;
use crate::pdu::{Pdu, ServerKey};
use crate::scenario::{PresenceState, Setup};
use crate::server::{Profile, Server, UiAuthSessionIp, User, UserThreepid};
use crate::time::SimTime;
use indexmap::IndexMap;
use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

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

/// The whole simulated federation after (or during) a run.
pub struct World {
    /// The resolved scenario.
    pub(crate) setup: Setup,
    /// Servers by name.
    pub(crate) servers: IndexMap<String, Server>,
    /// Accounts by id (people first, then puppets).
    pub(crate) accounts: IndexMap<String, Account>,
    /// Rooms by scenario id.
    pub(crate) rooms: IndexMap<String, RoomState>,
    /// Events by id, in send order.
    pub(crate) events: IndexMap<String, EventMeta>,
    /// Script labels → event ids.
    pub(crate) labels: BTreeMap<String, String>,
    /// Device views.
    pub(crate) devices: BTreeMap<DeviceKey, DeviceView>,
    /// Traffic on the wire.
    pub(crate) packets: Vec<Packet>,
    /// Hops for animation.
    pub(crate) hops: Vec<Hop>,
    /// Push notifications posted to push gateways.
    pub(crate) pushes: Vec<Push>,
    /// Each account's unread notifications, as its server counts them for push.
    pub(crate) unread: BTreeMap<String, push::Unread>,
    /// All E2EE state.
    pub(crate) crypto: CryptoStore,
    /// Matrix user id → account id.
    pub(crate) by_mxid: BTreeMap<String, String>,
    /// When the run ended.
    pub(crate) end: SimTime,
    pub(crate) missed: BTreeMap<String, Vec<Missed>>,
    pub(crate) rng: ChaCha8Rng,
    pub(crate) now: SimTime,
    pub(crate) device_list_stream: u64,
    pub(crate) signing_keys: BTreeMap<String, Arc<ServerKey>>,
    /// Every PDU built, to wait for their signatures (see [`World::wait_for_signatures`]).
    pub(crate) pdus: Vec<Arc<Pdu>>,
    pub(crate) signed_device_keys: BTreeMap<DeviceKey, Value>,
    /// Server → users whose device list it has cached (`device_lists_remote_cache`).
    pub(crate) device_lists_cached: BTreeMap<String, BTreeSet<String>>,
    /// (server, user id): a presence update the server missed while down, until a ping or a
    /// later update reaches it (see `presence.rs`).
    pub(crate) presence_missed: BTreeSet<(String, String)>,
    /// When each server last came back up.
    pub(crate) came_up: BTreeMap<String, SimTime>,
    /// Encrypted files uploaded (key bundles), by `mxc://` address.
    pub(crate) media: BTreeMap<String, Vec<u8>>,
    /// Cross-signing identities reset during the run, in order.
    pub(crate) identity_resets: Vec<IdentityReset>,
    /// 1:1 calls, in order.
    pub(crate) calls: Vec<Call>,
}

pub(crate) const URLSAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(crate) fn random_str(rng: &mut ChaCha8Rng, len: usize, alphabet: &[u8]) -> String {
    (0..len).map(|_| alphabet[rng.random_range(0..alphabet.len())] as char).collect()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

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
    pub(crate) fn play(setup: Setup, seed: u64) -> Result<World, SimError> {
        let end = setup.end();
        let mut w = World::new(setup, seed);
        w.start()?;
        // The steps never read the script itself, so it is lent out while they run.
        let script = std::mem::take(&mut w.setup.script);
        let result = script.iter().try_for_each(|step| w.step(step));
        w.setup.script = script;
        result?;
        w.presence_pings(end)?;
        w.now = end;
        w.end = end;
        // The clients a report reads open what reached them; the others' never matter.
        let observed = crate::knowledge::observed_devices(&w);
        w.open_devices(&observed)?;
        Ok(w)
    }

    /// Waits until every PDU of the run is signed (the signatures are made on spare cores while
    /// the run and its analysis go on, which read the events as built).
    pub fn wait_for_signatures(&self) {
        for pdu in &self.pdus {
            pdu.json();
        }
    }

    pub(crate) fn new(setup: Setup, seed: u64) -> World {
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
            unread: BTreeMap::new(),
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
            presence_missed: BTreeSet::new(),
            came_up: BTreeMap::new(),
            media: BTreeMap::new(),
            identity_resets: Vec::new(),
            calls: Vec::new(),
        }
    }

    pub(crate) fn start(&mut self) -> Result<(), SimError> {
        let people: Vec<_> = self.setup.people.values().cloned().collect();
        // Every device's Olm account is made up front, on all cores (key generation), and its
        // device keys signed.
        let cast = people.iter().flat_map(|p| p.devices.iter().map(|d| ((p.id.clone(), d.id.clone()), p.mxid())));
        self.add_cast_devices(cast.collect());
        for p in &people {
            let mxid = p.mxid();
            // A media id is random per upload (FACTS §2 "Avatars"): two accounts uploading the
            // same picture get different ids. Derived from the uploader and the picture so that
            // runs stay reproducible without drawing from the seeded generator.
            let avatar = p.avatar.as_ref().map(|label| {
                let digest = Sha256::digest(format!("{mxid}\n{label}").as_bytes());
                format!("mxc://{}/{}", p.server, hex(&digest[..12]))
            });
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
                    shares_history: p.shares_history,
                    changed: BTreeSet::new(),
                    recovery_key: p.recovery_key,
                    lost: Vec::new(),
                    locked_out: false,
                },
            );
            let now = self.now;
            let server = self.servers.get_mut(&p.server).ok_or_else(|| SimError::Unknown(p.server.clone()))?;
            server.tables.users.insert(now, User::new(&mxid, now));
            let profile = Profile { user_id: mxid.clone(), displayname: p.display_name.clone(), avatar_url: avatar };
            server.tables.profiles.insert(now, profile);
            for (medium, address) in [("email", &p.email), ("msisdn", &p.phone)] {
                if let Some(a) = address {
                    let (user_id, medium, address) = (mxid.clone(), medium.to_owned(), a.clone());
                    let validated_at = now.origin_server_ts();
                    server.tables.user_threepids.insert(now, UserThreepid { user_id, medium, address, validated_at });
                }
            }
            for (i, d) in p.devices.iter().enumerate() {
                self.register_device(&p.id, d, None)?;
                // With MAS the sign-up's interactive auth runs in MAS, not in Synapse.
                if i == 0 && self.servers.get(&p.server).is_some_and(|s| s.spec.auth == crate::scenario::Auth::Synapse)
                {
                    let acc = self.account(&p.id)?.clone();
                    let ip = self.visible_ip(&acc);
                    let s = self.servers.get_mut(&p.server).ok_or_else(|| SimError::Unknown(p.server.clone()))?;
                    let cols = UiAuthSessionIp { user_id: mxid.clone(), ip, user_agent: d.user_agent.clone() };
                    // The session and its addresses are deleted 48 hours later.
                    let expires = now.plus(crate::server::UI_AUTH_SESSION_SECS);
                    s.tables.ui_auth_sessions_ips.insert_expiring(now, cols, expires);
                }
            }
            self.register_pusher(&p.id)?;
            self.set_up_backup(&p.id)?;
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

    pub(crate) fn account(&self, id: &str) -> Result<&Account, SimError> {
        self.accounts.get(id).ok_or_else(|| SimError::Unknown(format!("account {id}")))
    }

    pub(crate) fn server_of(&self, account: &str) -> Result<String, SimError> {
        Ok(self.account(account)?.server.clone())
    }

    pub(crate) fn random_event_id(&mut self) -> String {
        format!("${}", random_str(&mut self.rng, 43, URLSAFE))
    }
}

/// Read-only views of a run, for the game, the command line, the lab and tests. A device's
/// client view is read through [`World::device_view`], which opens the client first.
impl World {
    /// The resolved scenario the run played.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Servers by name, in the scenario's order.
    pub fn servers(&self) -> &IndexMap<String, Server> {
        &self.servers
    }

    /// One server by name.
    pub fn server(&self, name: &str) -> Option<&Server> {
        self.servers.get(name)
    }

    /// Accounts by id (people first, then puppets).
    pub fn accounts(&self) -> &IndexMap<String, Account> {
        &self.accounts
    }

    /// The account with this Matrix user id.
    pub fn account_by_mxid(&self, mxid: &str) -> Option<&Account> {
        self.by_mxid.get(mxid).and_then(|id| self.accounts.get(id))
    }

    /// Rooms by scenario id.
    pub fn rooms(&self) -> &IndexMap<String, RoomState> {
        &self.rooms
    }

    /// What the simulator knows of each event, by id, in send order.
    pub fn events(&self) -> &IndexMap<String, EventMeta> {
        &self.events
    }

    /// Script labels → event ids.
    pub fn labels(&self) -> &BTreeMap<String, String> {
        &self.labels
    }

    /// Traffic on the wire, as a network observer near each sender sees it.
    pub fn packets(&self) -> &[Packet] {
        &self.packets
    }

    /// Hops between accounts and servers, in order, for the window to animate.
    pub fn hops(&self) -> &[Hop] {
        &self.hops
    }

    /// Push notifications posted to push gateways.
    pub fn pushes(&self) -> &[Push] {
        &self.pushes
    }

    /// All end-to-end encryption state, with its operation counters.
    pub fn crypto(&self) -> &CryptoStore {
        &self.crypto
    }

    /// When the run ended.
    pub fn end(&self) -> SimTime {
        self.end
    }

    /// Cross-signing identities reset during the run, in order.
    pub fn identity_resets(&self) -> &[IdentityReset] {
        &self.identity_resets
    }
}
