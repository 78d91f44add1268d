//! Replays a scenario's timeline against the lab's real homeservers through the Client-Server API.
//!
//! The simulator's own run is the script: its accounts, rooms and devices, and — so that both
//! sides hold the same bytes — its event contents (built with ruma in the core), its Megolm
//! ciphertexts and its Olm-encrypted room keys. Ids the servers choose (event and room ids,
//! tokens) are recorded as they come back and substituted wherever the simulator's content
//! points at one (a reply, a reaction, a receipt).

use super::client::{CallError, Caller, Client};
use super::config::ServerPlan;
use super::homeserver::Fleet;
use super::{LabError, Note, err};
use glasshouse_sim::World;
use glasshouse_sim::scenario::{Action, Connection, JoinRule, PersonSpec, PresenceState, RecoverVia, Step};
use glasshouse_sim::script as act;
use glasshouse_sim::server::Row;
use hmac::{Hmac, KeyInit, Mac};
use ruma_client_api::{
    account::{register::v3 as register, whoami::v3 as whoami},
    keys::{get_keys::v3 as get_keys, upload_keys::v3 as upload_keys},
    membership::{
        get_member_events::v3 as get_member_events,
        invite_user::v3::{self as invite_user, InvitationRecipient, InviteUserId},
        join_room_by_id_or_alias::v3 as join_room,
        leave_room::v3 as leave_room,
    },
    message::{get_message_events::v3 as get_messages, send_message_event::v3 as send_message},
    presence::set_presence::v3 as set_presence,
    profile::set_profile_field::v3 as set_profile_field,
    receipt::create_receipt::v3::{self as create_receipt, ReceiptType},
    room::{
        create_room::v3::{self as create_room, RoomPreset},
        get_room_event::v3 as get_room_event,
    },
    session::login::v3::{self as login, LoginInfo, Password},
    state::get_state_event_for_key::v3 as get_state_event,
    to_device::send_event_to_device::v3 as send_to_device,
    typing::create_typing_event::v3::{self as typing, Typing, TypingInfo},
    uiaa::{AuthData, Dummy, MatrixUserIdentifier, UiaaInfo, UserIdentifier},
};
use ruma_common::profile::ProfileFieldValue;
use ruma_common::serde::Raw;
use ruma_common::{OwnedRoomId, OwnedTransactionId, OwnedUserId, to_device::DeviceIdOrAllDevices};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

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
    notes: Vec<Note>,
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
            notes: Vec::new(),
        })
    }

    /// Plays the whole scenario: accounts, rooms, opening presence, then every step.
    pub fn run(mut self) -> Result<Outcome, LabError> {
        let setup = &self.world.setup;
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
            self.step(step)?;
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
            .setup
            .people
            .get(account)
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("unknown person {account}"))]))
    }

    /// The address the server sees for an account now.
    fn ip(&self, account: &str) -> String {
        let net = &self.world.setup.network;
        let home =
            self.world.setup.people.get(account).map(|p| p.home_ip.clone()).unwrap_or_else(|| "127.0.0.1".into());
        match self.connects.get(account).copied().unwrap_or(Connection::Direct) {
            Connection::Direct => home,
            Connection::Vpn => net.vpn_exit.clone(),
            Connection::Tor => net.tor_exit.clone(),
        }
    }

    fn server_of(&self, account: &str) -> Result<String, LabError> {
        self.world
            .accounts
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

    fn password(account: &str) -> String {
        format!("glasshouse-lab-{account}")
    }

    /// Registers a person with their first device, logs in the others, sets the profile, the
    /// email/phone (through the admin API: no mail is sent on loopback) and uploads device keys.
    fn person(&mut self, p: &PersonSpec) -> Result<(), LabError> {
        self.connects.insert(p.id.clone(), p.connects);
        let devices: Vec<LabDevice> = p
            .devices
            .iter()
            .map(|d| LabDevice {
                id: d.id.clone(),
                name: d.name.clone(),
                user_agent: d.user_agent.clone(),
                lost: false,
            })
            .collect();
        let Some(first) = devices.first().cloned() else { return Ok(()) };
        self.devices.insert(p.id.clone(), devices.clone());
        let mut who = self.caller(&p.id, Some(&first.id))?;
        let mut request = register::Request::new();
        request.username = Some(p.username.clone());
        request.password = Some(Self::password(&p.id));
        request.device_id = Some(first.id.as_str().into());
        request.initial_device_display_name = Some(first.name.clone());
        // User-interactive auth: the first call opens a session, the second completes it.
        let session = match self.client.call(&who, request.clone()) {
            Err(e) if e.status == 401 => serde_json::from_str::<UiaaInfo>(&e.body).ok().and_then(|i| i.session),
            Err(e) => return Err(call_error("register", &e)),
            Ok(_) => None,
        };
        let mut dummy = Dummy::new();
        dummy.session = session;
        request.auth = Some(AuthData::Dummy(dummy));
        let response = self.client.call(&who, request).map_err(|e| call_error("register", &e))?;
        let token = response.access_token.unwrap_or_default();
        self.tokens.insert((p.id.clone(), first.id.clone()), token.clone());
        who.token = Some(token);
        let user = self.user_id(&p.mxid())?;
        self.client
            .call(
                &who,
                set_profile_field::Request::new(user.clone(), ProfileFieldValue::DisplayName(p.display_name.clone())),
            )
            .map_err(|e| call_error("displayname", &e))?;
        if let Some(avatar) = self.world.accounts.get(&p.id).and_then(|a| a.avatar.clone()) {
            let mxc = self.real_mxc(&avatar);
            self.client
                .call(
                    &who,
                    set_profile_field::Request::new(user.clone(), ProfileFieldValue::AvatarUrl(mxc.as_str().into())),
                )
                .map_err(|e| call_error("avatar_url", &e))?;
        }
        let threepids: Vec<Value> = [("email", &p.email), ("msisdn", &p.phone)]
            .into_iter()
            .filter_map(|(m, a)| a.as_ref().map(|a| json!({ "medium": m, "address": a })))
            .collect();
        if !threepids.is_empty() {
            let admin = self.admin(&p.server)?;
            let path = format!("/_synapse/admin/v2/users/{}", user.as_str().replace(':', "%3A").replace('@', "%40"));
            self.client
                .call_json(&admin, "PUT", &path, &json!({ "threepids": threepids }))
                .map_err(|e| call_error("admin threepids", &e))?;
        }
        self.upload_keys(&p.id, &first.id)?;
        for d in devices.iter().skip(1) {
            self.login(&p.id, d)?;
        }
        Ok(())
    }

    /// The avatar's `mxc://` URI with the real server name.
    fn real_mxc(&self, mxc: &str) -> String {
        match mxc.strip_prefix("mxc://").and_then(|rest| rest.split_once('/')) {
            Some((server, media)) => {
                let real = self.fleet.plan(server).map_or_else(|| server.to_owned(), ServerPlan::server_name);
                format!("mxc://{real}/{media}")
            }
            None => mxc.to_owned(),
        }
    }

    /// Logs a device in with the password, then uploads its keys.
    fn login(&mut self, account: &str, d: &LabDevice) -> Result<(), LabError> {
        let p = self.person_spec(account)?;
        let who = Caller {
            base: self.plan(&self.server_of(account)?)?.base_url(),
            token: None,
            ip: self.ip(account),
            user_agent: d.user_agent.clone(),
        };
        let id = UserIdentifier::Matrix(MatrixUserIdentifier::new(p.username.clone()));
        let mut request = login::Request::new(LoginInfo::Password(Password::new(id, Self::password(account))));
        request.device_id = Some(d.id.as_str().into());
        request.initial_device_display_name = Some(d.name.clone());
        let response = self.client.call(&who, request).map_err(|e| call_error("login", &e))?;
        self.tokens.insert((account.to_owned(), d.id.clone()), response.access_token);
        let list = self.devices.entry(account.to_owned()).or_default();
        if !list.iter().any(|x| x.id == d.id) {
            list.push(d.clone());
        }
        self.upload_keys(account, &d.id)
    }

    /// Uploads the device keys the simulator made for this device (vodozemac's identity keys).
    fn upload_keys(&mut self, account: &str, device: &str) -> Result<(), LabError> {
        let server = self.server_of(account)?;
        let mxid = self.world.accounts.get(account).map(|a| a.mxid.clone()).unwrap_or_default();
        let keys = self.world.servers.get(&server).and_then(|s| {
            s.rows("e2e_device_keys_json")
                .iter()
                .find(|r| r.cols["user_id"] == mxid.as_str() && r.cols["device_id"] == device)
                .map(|r| r.cols["key_json"].clone())
        });
        let Some(keys) = keys else { return Ok(()) };
        let who = self.caller(account, Some(device))?;
        let mut request = upload_keys::Request::new();
        request.device_keys = Some(raw(&self.map_ids(&keys))?);
        self.client.call(&who, request).map_err(|e| call_error("keys/upload", &e))?;
        Ok(())
    }

    /// The lab's admin on a server, registered with the shared secret on first use.
    fn admin(&mut self, sim_server: &str) -> Result<Caller, LabError> {
        let base = self.plan(sim_server)?.base_url();
        let mut who = Caller { base, token: None, ip: "127.0.0.1".into(), user_agent: "glasshouse-lab".into() };
        if let Some(t) = self.admins.get(sim_server) {
            who.token = Some(t.clone());
            return Ok(who);
        }
        let nonce = self
            .client
            .call_json(&who, "GET", "/_synapse/admin/v1/register", &Value::Null)
            .map_err(|e| call_error("admin register", &e))?;
        let nonce = nonce["nonce"].as_str().unwrap_or_default().to_owned();
        let password = Self::password(ADMIN);
        let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(self.secret.as_bytes())
            .map_err(|e| err("lab-error-internal", &[("error", e.to_string())]))?;
        mac.update(format!("{nonce}\0{ADMIN}\0{password}\0admin").as_bytes());
        let digest: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        let body = json!({ "nonce": nonce, "username": ADMIN, "password": password, "admin": true, "mac": digest });
        let r = self
            .client
            .call_json(&who, "POST", "/_synapse/admin/v1/register", &body)
            .map_err(|e| call_error("admin register", &e))?;
        let token = r["access_token"].as_str().unwrap_or_default().to_owned();
        self.admins.insert(sim_server.to_owned(), token.clone());
        who.token = Some(token);
        Ok(who)
    }

    /// A caller acting as `account` with a token from the admin API (no device of its own).
    fn login_as(&self, admin: &Caller, account: &str) -> Result<Caller, LabError> {
        let mxid = self.world.accounts.get(account).map(|a| a.mxid.clone()).unwrap_or_default();
        let path =
            format!("/_synapse/admin/v1/users/{}/login", self.real(&mxid).replace(':', "%3A").replace('@', "%40"));
        let r = self.client.call_json(admin, "POST", &path, &json!({})).map_err(|e| call_error("admin login", &e))?;
        Ok(Caller { token: r["access_token"].as_str().map(str::to_owned), ..admin.clone() })
    }

    /// Creates a room as the simulator does: its creator, settings and members (invited first
    /// unless the room is public). The `public_chat` preset with the join rule and history
    /// visibility given as initial state yields exactly the simulator's state events (the
    /// private presets would add `m.room.guest_access`).
    fn create_room(&mut self, room: &str) -> Result<(), LabError> {
        let Some(spec) = self.world.setup.rooms.get(room) else { return Ok(()) };
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
        if let Some(r) = self.world.rooms.get(room) {
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

    fn room_id(&self, room: &str) -> Result<OwnedRoomId, LabError> {
        self.rooms
            .get(room)
            .cloned()
            .ok_or_else(|| err("lab-error-internal", &[("error", format!("room {room} not created"))]))
    }

    fn invite(&mut self, room: &str, by: &str, whom: &str) -> Result<(), LabError> {
        let who = self.caller(by, None)?;
        let mxid = self.world.accounts.get(whom).map(|a| a.mxid.clone()).unwrap_or_default();
        let recipient = InvitationRecipient::UserId(InviteUserId::new(self.user_id(&mxid)?));
        self.client
            .call(&who, invite_user::Request::new(self.room_id(room)?, recipient))
            .map_err(|e| call_error("invite", &e))?;
        Ok(())
    }

    /// Joins through the server of the room's creator.
    fn join(&mut self, room: &str, account: &str) -> Result<(), LabError> {
        let who = self.caller(account, None)?;
        let creator = self.world.setup.rooms.get(room).and_then(|r| r.members.first().cloned()).unwrap_or_default();
        let via = self.plan(&self.server_of(&creator)?)?.server_name();
        let mut request = join_room::Request::new(self.room_id(room)?.into());
        if let Ok(v) = via.as_str().try_into() {
            request.via = vec![v];
        }
        self.client.call(&who, request).map_err(|e| call_error("join", &e))?;
        if self.server_of(account)? != self.server_of(&creator)? {
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
    fn joined(&mut self, room: &str, account: &str) -> Result<(), LabError> {
        let members = self.joined.entry(room.to_owned()).or_default();
        if !members.iter().any(|m| m == account) {
            members.push(account.to_owned());
        }
        let members = members.clone();
        let server = self.server_of(account)?;
        let mxid_of = |a: &str| self.world.accounts.get(a).map(|x| x.mxid.clone()).unwrap_or_default();
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

    fn set_presence(&mut self, account: &str, state: PresenceState, status: Option<&str>) -> Result<(), LabError> {
        let who = self.caller(account, None)?;
        let mxid = self.world.accounts.get(account).map(|a| a.mxid.clone()).unwrap_or_default();
        let s = match state {
            PresenceState::Online => ruma_common::presence::PresenceState::Online,
            PresenceState::Unavailable => ruma_common::presence::PresenceState::Unavailable,
            PresenceState::Offline => ruma_common::presence::PresenceState::Offline,
        };
        let mut request = set_presence::Request::new(self.user_id(&mxid)?, s);
        request.status_msg = status.map(str::to_owned);
        // A server with presence turned off refuses or ignores it, as the simulator expects.
        let _ = self.client.call(&who, request);
        Ok(())
    }

    /// The simulator's event for a step: same room, sender, time and type, not yet replayed.
    fn sim_event(
        &mut self,
        step: &Step,
        room: &str,
        who: &str,
        types: &[&str],
        text: Option<&str>,
    ) -> Option<(String, Value)> {
        let meta = self.world.events.values().find(|m| {
            m.room == room
                && m.sender == who
                && m.at == step.at
                && types.contains(&m.event_type.as_str())
                && (text.is_none() || m.text.as_deref() == text)
                && !self.used.contains(&m.event_id)
        })?;
        let id = meta.event_id.clone();
        self.used.insert(id.clone());
        let server = self.world.accounts.get(who)?.server.clone();
        let json = self.world.servers.get(&server)?.events.iter().find(|e| e.event_id == id)?.json.clone();
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
    fn send(&mut self, room: &str, who: &str, sim_id: &str, pdu: &Value) -> Result<(), LabError> {
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
    fn send_room_keys(&mut self, step: &Step, who: &str) -> Result<(), LabError> {
        let mxid = self.world.accounts.get(who).map(|a| a.mxid.clone()).unwrap_or_default();
        let mut by_type: BTreeMap<String, Vec<(String, String, Value)>> = BTreeMap::new();
        for (name, server) in &self.world.servers {
            for (i, r) in server.rows("device_inbox").iter().enumerate() {
                let Row { at, cols, .. } = r;
                if *at == step.at && cols["sender"] == mxid.as_str() && !self.used_inbox.contains(&(name.clone(), i)) {
                    self.used_inbox.insert((name.clone(), i));
                    by_type.entry(cols["type"].as_str().unwrap_or_default().to_owned()).or_default().push((
                        cols["user_id"].as_str().unwrap_or_default().to_owned(),
                        cols["device_id"].as_str().unwrap_or_default().to_owned(),
                        cols["content"].clone(),
                    ));
                }
            }
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

    /// The room's latest event when `step` happens, as the simulator saw it, with its real id.
    fn head(&self, room: &str, step: &Step) -> Option<String> {
        let r = self.world.rooms.get(room)?;
        let sim = r.timeline.iter().rev().find(|e| self.world.events.get(*e).is_some_and(|m| m.at <= step.at))?;
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

    fn step(&mut self, step: &Step) -> Result<(), LabError> {
        // As in the simulator: a person with no device left cannot act.
        if let Some(who) = step.action.actor()
            && !step.action.acts_without_device()
            && self.primary(who).is_none()
        {
            return Ok(());
        }
        match &step.action {
            Action::Say(act::Say { who, room, text, .. }) => {
                let Some((id, pdu)) =
                    self.sim_event(step, room, who, &["m.room.message", "m.room.encrypted"], Some(text))
                else {
                    return Ok(());
                };
                if pdu["type"] == "m.room.encrypted" {
                    self.send_room_keys(step, who)?;
                }
                self.send(room, who, &id, &pdu)?;
            }
            Action::React(act::React { who, room, .. }) => {
                if let Some((id, pdu)) = self.sim_event(step, room, who, &["m.reaction"], None) {
                    self.send(room, who, &id, &pdu)?;
                }
            }
            Action::Read(act::Read { who, room }) => {
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
            }
            Action::Typing(act::Typing { who, room }) => {
                let caller = self.caller(who, None)?;
                let mxid = self.world.accounts.get(who).map(|a| a.mxid.clone()).unwrap_or_default();
                let state = Typing::Yes(TypingInfo::new(Duration::from_secs(30)));
                self.client
                    .call(&caller, typing::Request::new(self.user_id(&mxid)?, self.room_id(room)?, state))
                    .map_err(|e| call_error("typing", &e))?;
            }
            Action::Presence(act::Presence { who, state, status }) => {
                self.set_presence(who, *state, status.as_deref())?
            }
            Action::Join(act::Join { who, room }) => {
                let public = self.world.setup.rooms.get(room).is_some_and(|r| r.join_rule == JoinRule::Public);
                if !public {
                    let inviter =
                        self.world.setup.rooms.get(room).and_then(|r| r.members.first().cloned()).unwrap_or_default();
                    self.invite(room, &inviter, who)?;
                }
                self.join(room, who)?;
            }
            Action::Leave(act::Leave { who, room }) => {
                let caller = self.caller(who, None)?;
                self.client
                    .call(&caller, leave_room::Request::new(self.room_id(room)?))
                    .map_err(|e| call_error("leave", &e))?;
                if let Some(m) = self.joined.get_mut(room) {
                    m.retain(|a| a != who);
                }
            }
            Action::Connect(act::Connect { who, via }) => {
                self.connects.insert(who.clone(), *via);
                // The simulator records a sync from the new address; any authenticated request
                // does for `user_ips` (a real /sync would also change presence).
                let caller = self.caller(who, None)?;
                self.client.call(&caller, whoami::Request::new()).map_err(|e| call_error("whoami", &e))?;
            }
            Action::NewDevice(act::NewDevice { who, device }) => {
                let d = LabDevice {
                    id: device.id.clone(),
                    name: device.name.clone(),
                    user_agent: device.user_agent.clone(),
                    lost: false,
                };
                self.login(who, &d)?;
            }
            Action::LoseDevice(act::LoseDevice { who, device }) => {
                if let Some(d) = self.devices.get_mut(who).and_then(|ds| ds.iter_mut().find(|d| &d.id == device)) {
                    d.lost = true;
                }
                self.note(step, "lab-note-lose-device");
            }
            Action::Recover(act::Recover { who, device, via }) => {
                let p = self.person_spec(who)?;
                if *via == RecoverVia::EmailReset {
                    if p.email.is_none() && p.phone.is_none() {
                        // No email to reset with: locked out, as in the simulator.
                        self.note(step, "lab-note-recover");
                        return Ok(());
                    }
                    // An email reset signs every device out (Synapse's `logout_devices`
                    // default); the admin API's password reset does the same to the database.
                    let admin = self.admin(&p.server)?;
                    let mxid = self.real(&p.mxid());
                    let path =
                        format!("/_synapse/admin/v1/reset_password/{}", mxid.replace(':', "%3A").replace('@', "%40"));
                    let body = json!({ "new_password": Self::password(who), "logout_devices": true });
                    self.client
                        .call_json(&admin, "POST", &path, &body)
                        .map_err(|e| call_error("reset_password", &e))?;
                    if let Some(ds) = self.devices.get_mut(who) {
                        ds.iter_mut().for_each(|d| d.lost = true);
                    }
                }
                let d = LabDevice {
                    id: device.id.clone(),
                    name: device.name.clone(),
                    user_agent: device.user_agent.clone(),
                    lost: false,
                };
                self.login(who, &d)?;
                self.note(step, "lab-note-recover");
            }
            Action::Verify(_) => self.note(step, "lab-note-verify"),
            Action::ServerDown(_) | Action::ServerUp(_) => self.note(step, "lab-note-server-down"),
            Action::InjectDevice(act::InjectDevice { who, device, .. }) => {
                let server = self.server_of(who)?;
                let admin = self.admin(&server)?;
                let mxid = self.world.accounts.get(who).map(|a| a.mxid.clone()).unwrap_or_default();
                let path = format!(
                    "/_synapse/admin/v2/users/{}/devices",
                    self.real(&mxid).replace(':', "%3A").replace('@', "%40")
                );
                self.client
                    .call_json(&admin, "POST", &path, &json!({ "device_id": device }))
                    .map_err(|e| call_error("admin devices", &e))?;
                // The simulator names an injected device after its id.
                self.client
                    .call_json(&admin, "PUT", &format!("{path}/{device}"), &json!({ "display_name": device }))
                    .map_err(|e| call_error("admin devices", &e))?;
                self.note(step, "lab-note-inject-device");
            }
            Action::AddPuppet(act::AddPuppet { room, username, .. }) => {
                let puppet = self
                    .world
                    .accounts
                    .values()
                    .find(|a| a.puppet_of.is_some() && a.mxid.starts_with(&format!("@{username}:")));
                let Some(puppet) = puppet.cloned() else { return Ok(()) };
                let admin = self.admin(&puppet.server)?;
                let real = self.real(&puppet.mxid);
                let escaped = real.replace(':', "%3A").replace('@', "%40");
                self.client
                    .call_json(
                        &admin,
                        "PUT",
                        &format!("/_synapse/admin/v2/users/{escaped}"),
                        &json!({ "password": Self::password(&puppet.id), "displayname": puppet.display_name }),
                    )
                    .map_err(|e| call_error("admin users", &e))?;
                for d in &puppet.devices {
                    self.client
                        .call_json(
                            &admin,
                            "POST",
                            &format!("/_synapse/admin/v2/users/{escaped}/devices"),
                            &json!({ "device_id": d.id }),
                        )
                        .map_err(|e| call_error("admin devices", &e))?;
                    self.client
                        .call_json(
                            &admin,
                            "PUT",
                            &format!("/_synapse/admin/v2/users/{escaped}/devices/{}", d.id),
                            &json!({ "display_name": d.name }),
                        )
                        .map_err(|e| call_error("admin devices", &e))?;
                }
                // Outside a public room the admin invites the puppet as a member on their own
                // server (the simulator's rule), then joins as the puppet: both through tokens
                // from the admin API's "log in as user" (Synapse then logs the admin's address,
                // not the member's).
                let public = self.world.setup.rooms.get(room).is_some_and(|r| r.join_rule == JoinRule::Public);
                let room_id = self.room_id(room)?;
                if !public {
                    let inviter = self
                        .joined
                        .get(room)
                        .and_then(|ms| ms.iter().find(|m| self.server_of(m).is_ok_and(|s| s == puppet.server)).cloned())
                        .or_else(|| self.world.setup.rooms.get(room).and_then(|r| r.members.first().cloned()))
                        .unwrap_or_default();
                    let as_inviter = self.login_as(&admin, &inviter)?;
                    let recipient = InvitationRecipient::UserId(InviteUserId::new(self.user_id(&puppet.mxid)?));
                    self.client
                        .call(&as_inviter, invite_user::Request::new(room_id.clone(), recipient))
                        .map_err(|e| call_error("invite", &e))?;
                }
                let as_puppet = self.login_as(&admin, &puppet.id)?;
                let creator =
                    self.world.setup.rooms.get(room).and_then(|r| r.members.first().cloned()).unwrap_or_default();
                let mut request = join_room::Request::new(room_id.into());
                if let Ok(v) = self.plan(&self.server_of(&creator)?)?.server_name().as_str().try_into() {
                    request.via = vec![v];
                }
                self.client.call(&as_puppet, request).map_err(|e| call_error("join", &e))?;
                self.joined(room, &puppet.id)?;
                self.note(step, "lab-note-add-puppet");
            }
        }
        Ok(())
    }
}
