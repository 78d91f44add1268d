//! Replays a scenario's timeline against the lab's real homeservers through the Client-Server API.
//!
//! The simulator's own run is the script: its accounts, rooms and devices, and — so that both
//! sides hold the same bytes — its event contents (built with ruma in the core), its Megolm
//! ciphertexts and its Olm-encrypted room keys. Ids the servers choose (event and room ids,
//! tokens) are recorded as they come back and substituted wherever the simulator's content
//! points at one (a reply, a reaction, a receipt).

mod accounts;
mod backup;
mod keys;
mod outage;
mod rooms;

use super::client::{CallError, Caller, Client};
use super::config::ServerPlan;
use super::homeserver::Fleet;
use super::push::Gateway;
use super::{LabError, Note, err};
use glasshouse_sim::World;
use glasshouse_sim::scenario::{Action, Connection, DeviceSpec, PersonSpec, PresenceState, Step};
use ruma_client_api::account::whoami::v3 as whoami;
use ruma_common::serde::Raw;
use ruma_common::{OwnedRoomId, OwnedTransactionId, OwnedUserId};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The lab's admin account on each server (left out of the comparison).
pub const ADMIN: &str = "glasshouse-lab";

/// A device as the replay drives it.
#[derive(Clone, Debug)]
struct LabDevice {
    id: String,
    name: String,
    user_agent: String,
    lost: bool,
}

impl From<&DeviceSpec> for LabDevice {
    fn from(d: &DeviceSpec) -> Self {
        LabDevice { id: d.id.clone(), name: d.name.clone(), user_agent: d.user_agent.clone(), lost: false }
    }
}

/// What the replay learned about the real servers: ids they chose.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Scenario room id → real room id.
    pub rooms: BTreeMap<String, String>,
    /// Notes on steps replayed approximately or skipped.
    pub notes: Vec<Note>,
}

/// The replay's state.
pub struct Replay<'a> {
    world: &'a World,
    fleet: &'a Fleet,
    client: Client,
    secret: String,
    /// (account, device) → access token.
    tokens: BTreeMap<(String, String), String>,
    /// Account → its devices, in order (the first not lost acts).
    devices: BTreeMap<String, Vec<LabDevice>>,
    /// Account → how it connects now.
    connects: BTreeMap<String, Connection>,
    /// Scenario room → real room id.
    rooms: BTreeMap<String, OwnedRoomId>,
    /// Simulator event id → real event id.
    events: BTreeMap<String, String>,
    /// Simulator room id → real room id (for content that names a room).
    room_ids: BTreeMap<String, String>,
    /// Scenario room → accounts joined, in join order.
    joined: BTreeMap<String, Vec<String>>,
    /// Admin tokens by scenario server.
    admins: BTreeMap<String, String>,
    /// Simulator events already replayed.
    used: BTreeSet<String>,
    /// To-device rows already replayed: (server, index in `device_inbox`).
    used_inbox: BTreeSet<(String, usize)>,
    /// Simulator `mxc://` address → the real one (key bundles uploaded).
    media: BTreeMap<String, String>,
    notes: Vec<Note>,
    /// The lab's push gateway, when the scenario has pushers.
    gateway: Option<&'a Gateway>,
    /// Account → the version of its key backup on the real server.
    backups: BTreeMap<String, String>,
}

/// A transaction id unique within this process (the server deduplicates retries by it).
fn txn_id() -> OwnedTransactionId {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    format!("glasshouse-lab-{}-{n}", std::process::id()).into()
}

fn call_error(what: &str, e: &CallError) -> LabError {
    err("lab-error-call", &[("what", what.to_owned()), ("error", e.to_string())])
}

/// A user id (real) as a path segment of the admin API.
fn escaped(mxid: &str) -> String {
    mxid.replace(':', "%3A").replace('@', "%40")
}

fn raw<T>(v: &Value) -> Result<Raw<T>, LabError> {
    serde_json::value::to_raw_value(v)
        .map(Raw::from_json)
        .map_err(|e| err("lab-error-internal", &[("error", e.to_string())]))
}

impl<'a> Replay<'a> {
    /// A replay of `world` (the simulator's run) on `fleet`.
    pub fn new(world: &'a World, fleet: &'a Fleet) -> Result<Replay<'a>, LabError> {
        Ok(Replay {
            world,
            fleet,
            client: Client::new(),
            secret: fleet.shared_secret()?,
            tokens: BTreeMap::new(),
            devices: BTreeMap::new(),
            connects: BTreeMap::new(),
            rooms: BTreeMap::new(),
            events: BTreeMap::new(),
            room_ids: BTreeMap::new(),
            admins: BTreeMap::new(),
            joined: BTreeMap::new(),
            used: BTreeSet::new(),
            used_inbox: BTreeSet::new(),
            media: BTreeMap::new(),
            notes: Vec::new(),
            gateway: None,
            backups: BTreeMap::new(),
        })
    }

    /// Registers the scenario's pushers with this gateway as their URL.
    pub fn with_gateway(mut self, gateway: Option<&'a Gateway>) -> Self {
        self.gateway = gateway;
        self
    }

    /// Waits (a few seconds at most) until the gateway has the notifications the simulator
    /// posted before `at`: Synapse pushes in the background, and the unread count a later
    /// notification carries depends on which came first.
    fn wait_for_pushes(&self, at: glasshouse_sim::SimTime) {
        if let Some(g) = self.gateway {
            let before = self.world.pushes().iter().filter(|p| p.at < at).count();
            g.wait_for(before, std::time::Duration::from_secs(5));
        }
    }

    /// Plays the whole scenario: accounts, rooms, opening presence, then every step.
    pub fn run(mut self) -> Result<Outcome, LabError> {
        let setup = &self.world.setup();
        for p in setup.people.values() {
            self.person(p)?;
        }
        for r in setup.rooms.keys() {
            self.create_room(r)?;
        }
        for p in setup.people.values() {
            if setup.servers.get(&p.server).is_some_and(|s| s.presence) {
                self.set_presence(&p.id, PresenceState::Online, None)?;
            }
        }
        for step in &setup.script {
            self.wait_for_pushes(step.at);
            self.step(step)?;
            self.back_up_keys(step)?;
        }
        Ok(Outcome { rooms: self.rooms.iter().map(|(k, v)| (k.clone(), v.to_string())).collect(), notes: self.notes })
    }

    fn note(&mut self, step: &Step, key: &'static str) {
        let action = step.action.name().to_owned();
        self.notes.push(Note { key, args: vec![("at", step.at.to_string()), ("action", action)] });
    }

    fn plan(&self, sim_server: &str) -> Result<&'a ServerPlan, LabError> {
        self.fleet
            .plan(sim_server)
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("no server {sim_server}"))]))
    }

    /// A simulator name (user id, alias, server) with real server names.
    fn real(&self, s: &str) -> String {
        let mut out = s.to_owned();
        let mut plans: Vec<&ServerPlan> = self.fleet.plans.iter().collect();
        plans.sort_by_key(|p| std::cmp::Reverse(p.sim_name.len()));
        for p in plans {
            if let Some(local) = out.strip_suffix(&format!(":{}", p.sim_name)) {
                out = format!("{local}:{}", p.server_name());
            }
        }
        out
    }

    fn user_id(&self, sim_mxid: &str) -> Result<OwnedUserId, LabError> {
        let real = self.real(sim_mxid);
        real.as_str().try_into().map_err(|_| err("lab-error-internal", &[("error", format!("bad user id {real}"))]))
    }

    /// Rewrites ids inside simulator content: event and room ids, and user ids (values and keys).
    fn map_ids(&self, v: &Value) -> Value {
        let map_str = |s: &str| -> String {
            if let Some(e) = self.events.get(s) {
                e.clone()
            } else if let Some(r) = self.room_ids.get(s) {
                r.clone()
            } else if s.starts_with('@') && s.contains(':') {
                self.real(s)
            } else {
                s.to_owned()
            }
        };
        match v {
            Value::String(s) => Value::String(map_str(s)),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.map_ids(x)).collect()),
            Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (map_str(k), self.map_ids(x))).collect()),
            other => other.clone(),
        }
    }

    fn person_spec(&self, account: &str) -> Result<&'a PersonSpec, LabError> {
        self.world
            .setup()
            .people
            .get(account)
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("unknown person {account}"))]))
    }

    /// The address the server sees for an account now.
    fn ip(&self, account: &str) -> String {
        let net = &self.world.setup().network;
        let home =
            self.world.setup().people.get(account).map(|p| p.home_ip.clone()).unwrap_or_else(|| "127.0.0.1".into());
        match self.connects.get(account).copied().unwrap_or(Connection::Direct) {
            Connection::Direct => home,
            Connection::Vpn => net.vpn_exit.clone(),
            Connection::Tor => net.tor_exit.clone(),
        }
    }

    fn server_of(&self, account: &str) -> Result<String, LabError> {
        self.world
            .accounts()
            .get(account)
            .map(|a| a.server.clone())
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("unknown account {account}"))]))
    }

    /// The caller for an account's device (its primary one if `device` is `None`).
    fn caller(&self, account: &str, device: Option<&str>) -> Result<Caller, LabError> {
        let devices = self.devices.get(account).map(Vec::as_slice).unwrap_or(&[]);
        let d = match device {
            Some(id) => devices.iter().find(|d| d.id == id),
            None => devices.iter().find(|d| !d.lost),
        };
        let d = d.ok_or_else(|| err("lab-error-internal", &[("error", format!("{account} has no device"))]))?;
        Ok(Caller {
            base: self.plan(&self.server_of(account)?)?.base_url(),
            token: self.tokens.get(&(account.to_owned(), d.id.clone())).cloned(),
            ip: self.ip(account),
            user_agent: d.user_agent.clone(),
        })
    }

    fn primary(&self, account: &str) -> Option<String> {
        self.devices.get(account).and_then(|ds| ds.iter().find(|d| !d.lost)).map(|d| d.id.clone())
    }

    pub(super) fn password(account: &str) -> String {
        format!("glasshouse-lab-{account}")
    }

    /// Plays one step: one arm per script action.
    fn step(&mut self, step: &Step) -> Result<(), LabError> {
        // As in the simulator: a person with no device left cannot act.
        if let Some(who) = step.action.actor()
            && !step.action.acts_without_device()
            && self.primary(who).is_none()
        {
            return Ok(());
        }
        match &step.action {
            Action::Say(a) => self.say(step, &a.who, &a.room, &a.text)?,
            Action::React(a) => {
                if let Some((id, pdu)) = self.sim_event(step, &a.room, &a.who, &["m.reaction"], None) {
                    self.send(&a.room, &a.who, &id, &pdu)?;
                }
            }
            Action::Call(a) => self.call(step, &a.room)?,
            Action::Redact(a) => self.redact(step, &a.who, &a.room)?,
            Action::Read(a) => self.read(step, &a.who, &a.room)?,
            Action::Typing(a) => self.typing(&a.who, &a.room)?,
            Action::Presence(a) => self.set_presence(&a.who, a.state, a.status.as_deref())?,
            Action::Join(a) => self.join_script(step, &a.room, &a.who, a.by.as_deref())?,
            Action::Leave(a) => self.leave(&a.who, &a.room)?,
            Action::Connect(a) => {
                self.connects.insert(a.who.clone(), a.via);
                // The simulator records a sync from the new address; any authenticated request
                // does for `user_ips` (a real /sync would also change presence).
                let caller = self.caller(&a.who, None)?;
                self.client.call(&caller, whoami::Request::new()).map_err(|e| call_error("whoami", &e))?;
            }
            Action::NewDevice(a) => self.login(&a.who, &LabDevice::from(&a.device))?,
            Action::LoseDevice(a) => {
                if let Some(d) = self.devices.get_mut(&a.who).and_then(|ds| ds.iter_mut().find(|d| d.id == a.device)) {
                    d.lost = true;
                }
                self.note(step, "lab-note-lose-device");
            }
            Action::Recover(a) => self.recover(step, &a.who, &a.device, a.via)?,
            Action::Verify(_) => self.note(step, "lab-note-verify"),
            Action::ServerDown(a) => self.server_down(step, &a.server)?,
            Action::ServerUp(a) => self.server_up(step, &a.server)?,
            Action::InjectDevice(a) => self.inject_device(step, &a.who, &a.device)?,
            Action::AddPuppet(a) => self.add_puppet(step, &a.room, &a.username)?,
            Action::ResetIdentity(a) => self.reset_identity(step, &a.who, &a.device, a.adds_device)?,
        }
        Ok(())
    }
}
