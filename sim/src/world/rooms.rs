//! Rooms: their live state, creation, invites, joins, and presence sent on a join.

use super::{Account, SimError, World, random_str};
use crate::crypto::DeviceKey;
use crate::event;
use crate::scenario::{PresenceState, RoomSpec};
use crate::server::{Edu, RoomAlias};
use crate::time::SimTime;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};

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
}

impl World {
    pub(crate) fn servers_sharing_rooms(&self, account: &str) -> BTreeSet<String> {
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

    /// The devices of a room's joined members, by their server.
    pub(crate) fn local_devices(&self, room: &str) -> BTreeMap<String, Vec<DeviceKey>> {
        let mut out: BTreeMap<String, Vec<DeviceKey>> = BTreeMap::new();
        let Some(r) = self.rooms.get(room) else { return out };
        let joined = r.members.iter().filter(|(_, m)| m.left.is_none()).filter_map(|(a, _)| self.accounts.get(a));
        for a in joined {
            let devices = a.devices.iter().map(|d| (a.id.clone(), d.id.clone()));
            out.entry(a.server.clone()).or_default().extend(devices);
        }
        out
    }

    pub(crate) fn create_room(&mut self, spec: &RoomSpec) -> Result<(), SimError> {
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
                let cols = RoomAlias { room_alias: alias, room_id, creator: creator_mxid.clone() };
                s.tables.room_aliases.insert(now, cols);
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
    /// profile, also for a remote invitee: observed by `glasshouse lab`). True when it invited.
    pub(crate) fn invite_if_needed(&mut self, room: &str, inviter: &str, account: &str) -> Result<bool, SimError> {
        let public = self.rooms.get(room).is_some_and(|r| r.spec.join_rule == crate::scenario::JoinRule::Public);
        let already = self.rooms.get(room).is_some_and(|r| r.is_joined(account));
        if public || already {
            return Ok(false);
        }
        let acc = self.account(account)?.clone();
        let content = event::member(&acc.mxid, "invite", Some(&acc.display_name), acc.avatar.as_deref())?;
        self.send(room, inviter, content, None)?;
        Ok(true)
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
            let name = self.federated_device_name(&server, &name);
            let content = event::device_list_update(&mxid, &device, name, 0, keys);
            self.edu_to(&server, &s, "m.device_list_update", "device_lists_remote_cache", content);
        }
        Ok(())
    }

    /// Presence on a join, as Synapse sends it: the newcomer's current presence goes to every
    /// other server in the room, and a server new to the room gets the current presence of the
    /// members it now shares the room with (observed by `glasshouse lab`).
    pub(crate) fn presence_on_join(&mut self, room: &str, account: &str, new_server: bool) -> Result<(), SimError> {
        let latest = |w: &World, a: &Account| -> Option<Value> { w.current_presence(&a.id).map(|(c, _)| c) };
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

    pub(crate) fn presence(&mut self, who: &str, state: PresenceState, status: Option<&str>) -> Result<(), SimError> {
        let acc = self.account(who)?.clone();
        if !self.servers.get(&acc.server).is_some_and(|s| s.spec.presence) {
            return Ok(());
        }
        let content = event::presence(state, status, 0);
        let cols = json!({ "user_id": acc.mxid, "content": content });
        let now = self.now;
        if let Some(s) = self.servers.get_mut(&acc.server) {
            let edu = Edu { edu_type: "m.presence".into(), origin: acc.server.clone(), content: cols.clone() };
            s.tables.presence_stream.insert(now, edu);
        }
        for s in self.servers_sharing_rooms(who).into_iter().filter(|s| *s != acc.server) {
            self.edu_to(&acc.server, &s, "m.presence", "presence_stream", cols.clone());
        }
        Ok(())
    }
}
