//! Accounts and their devices: registration, new devices, recovery, client requests and the addresses servers see.

use super::{Arrival, DestinationKind, DeviceView, Hop, HopKind, Packet, SimError, URLSAFE, World, random_str};
use crate::crypto::DeviceKey;
use crate::event;
use crate::scenario::{Connection, DeviceSpec, RecoverVia, SendPolicy};
use crate::server::{AccessToken, DeviceKeysJson, DeviceRow, Request, ThreepidValidationToken};
use crate::time::SimTime;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeSet;

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
    /// Its client shares the keys to earlier messages when it invites someone (MSC4268).
    pub shares_history: bool,
    /// Accounts whose identity changed after this account had verified them (or this account,
    /// when a server replaced its identity under it): its client gives them no room keys until
    /// verified again, whatever its policy but `all`.
    pub changed: BTreeSet<String>,
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

impl World {
    /// The address a server sees for an account right now.
    pub fn visible_ip(&self, account: &Account) -> String {
        match account.connects {
            Connection::Direct => account.home_ip.clone(),
            Connection::Vpn => self.setup.network.vpn_exit.clone(),
            Connection::Tor => self.setup.network.tor_exit.clone(),
        }
    }

    /// Records a client request from the account's device in hand (its first not lost).
    pub(crate) fn client_request(&mut self, account: &str, what: &'static str, bytes: usize) -> Result<(), SimError> {
        let primary = self.account(account)?.primary();
        self.request(account, &primary.1, what, bytes)
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
            Connection::Direct => (acc.server.clone(), DestinationKind::Server),
            Connection::Vpn => ("vpn".to_owned(), DestinationKind::Vpn),
            Connection::Tor => ("tor".to_owned(), DestinationKind::Tor),
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
            kind: HopKind::Request,
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
        let spec = DeviceSpec { id: id.to_owned(), name: name.to_owned(), user_agent: user_agent.to_owned() };
        self.register_device(account, &spec, injected_by)
    }

    /// Makes the Olm accounts of the cast's devices and signs their device keys, all at once on
    /// every core (each device still uploads its keys when it logs in, in `register_device`).
    pub(crate) fn add_cast_devices(&mut self, devices: Vec<(DeviceKey, String)>) {
        for (key, keys) in self.crypto.add_signed_devices(devices) {
            self.signed_device_keys.insert(key, keys);
        }
    }

    /// A device whose Olm account exists logs in: the server stores it, its token and its
    /// keys, and tells the servers that share a room with the account.
    pub(crate) fn register_device(
        &mut self,
        account: &str,
        device: &DeviceSpec,
        injected_by: Option<&str>,
    ) -> Result<(), SimError> {
        let (id, name) = (device.id.as_str(), device.name.as_str());
        let token = format!("syt_{}_{}", id.to_lowercase(), random_str(&mut self.rng, 20, URLSAFE));
        let acc = self.accounts.get_mut(account).ok_or_else(|| SimError::Unknown(account.to_owned()))?;
        let puppet = acc.puppet_of.is_some();
        acc.devices.push(Device {
            id: id.to_owned(),
            name: name.to_owned(),
            user_agent: device.user_agent.clone(),
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
        let (user_id, device_id) = (mxid.clone(), id.to_owned());
        s.tables.devices.insert(now, DeviceRow::new(&user_id, &device_id, name));
        s.tables
            .access_tokens
            .insert(now, AccessToken { user_id: user_id.clone(), device_id: device_id.clone(), token });
        s.tables.e2e_device_keys_json.insert(now, DeviceKeysJson { user_id, device_id, key_json: keys.clone() });
        if injected_by.is_none() {
            self.request(account, id, "login", 300)?;
        }
        self.device_list_update(account, id, name, keys)
    }

    /// A device's identity keys as uploaded (`/keys/upload`) and sent in `m.device_list_update`,
    /// with the self-signature the spec requires (`DeviceKeys.signatures`): the device's
    /// vodozemac account signs the canonical JSON with its Ed25519 key.
    pub(crate) fn device_keys(&mut self, key: &DeviceKey, mxid: &str) -> Value {
        // A device signs its keys once, at upload; servers relay that same signed object.
        if let Some(k) = self.signed_device_keys.get(key) {
            return k.clone();
        }
        let keys = self.crypto.signed_device_keys(key, mxid);
        self.signed_device_keys.insert(key.clone(), keys.clone());
        keys
    }

    /// A device's display name as its server sends it to other servers: only where the server
    /// shares device names over federation (Synapse `allow_device_name_lookup_over_federation`,
    /// off by default since 1.59; FACTS.md §1 "Device list + device display names").
    pub(crate) fn federated_device_name<'a>(&self, server: &str, name: &'a str) -> Option<&'a str> {
        self.servers.get(server).filter(|s| s.spec.shares_device_names).map(|_| name)
    }

    /// Tells every other server that shares a room with the account about a new device.
    pub(crate) fn device_list_update(
        &mut self,
        account: &str,
        device: &str,
        name: &str,
        keys: Value,
    ) -> Result<(), SimError> {
        self.device_list_stream += 1;
        let acc = self.account(account)?.clone();
        let name = self.federated_device_name(&acc.server, name);
        let content = event::device_list_update(&acc.mxid, device, name, self.device_list_stream, keys);
        let targets = self.servers_sharing_rooms(account);
        for s in targets.into_iter().filter(|s| *s != acc.server) {
            self.edu_to(&acc.server, &s, "m.device_list_update", "device_lists_remote_cache", content.clone());
        }
        Ok(())
    }

    /// Synapse's `logout_devices` default after an email reset (`handlers/device.py`,
    /// `delete_devices`): every device of the account is deleted with its access token, device
    /// row, uploaded keys, waiting to-device messages and pushers (the lost phone's too), and a
    /// device-list update makes the other servers drop the signed-out devices from their caches
    /// (all seen in the lab).
    fn sign_out_everywhere(&mut self, home: &str, mxid: &str, signed_out: &[String]) {
        let now = self.now;
        if let Some(s) = self.servers.get_mut(home) {
            s.tables.access_tokens.delete_where(now, |c| c.user_id == mxid);
            s.tables.devices.delete_where(now, |c| c.user_id == mxid);
            s.tables.e2e_device_keys_json.delete_where(now, |c| c.user_id == mxid);
            s.tables.device_inbox.delete_where(now, |c| c.user_id == mxid);
            // Pushers go with their devices' tokens (Synapse: `remove_pushers_by_devices`).
            s.tables.pushers.delete_where(now, |c| c.user_name == mxid);
        }
        for (_, s) in self.servers.iter_mut().filter(|(name, s)| name.as_str() != home && s.online) {
            s.tables.device_lists_remote_cache.delete_where(now, |c| {
                c.content["user_id"].as_str() == Some(mxid)
                    && c.content["device_id"].as_str().is_some_and(|d| signed_out.iter().any(|x| x == d))
            });
        }
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
                let (user_id, medium, purpose) = (acc.mxid.clone(), "email".into(), "password_reset".into());
                s.tables.threepid_validation_token.insert(now, ThreepidValidationToken { user_id, medium, purpose });
            }
            let mut signed_out: Vec<String> = Vec::new();
            if let Some(a) = self.accounts.get_mut(who) {
                let logged_out: Vec<Device> = a.devices.drain(..).collect();
                signed_out.extend(logged_out.iter().map(|d| d.id.clone()));
                a.lost.extend(logged_out);
            }
            self.sign_out_everywhere(&acc.server, &acc.mxid, &signed_out);
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
            // The new identity signs only the new device; the person's own verifications are gone.
            self.reset_identity(who, Some(&device.id), None)?;
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
}
