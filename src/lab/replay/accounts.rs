//! The replay's accounts: registration, logins and keys, the lab's admin, presence, and the
//! steps that go through the admin API (a recovery by email reset, an injected device, a puppet).

use super::{ADMIN, LabDevice, Replay, call_error, escaped, raw};
use crate::lab::client::Caller;
use crate::lab::config::ServerPlan;
use crate::lab::{LabError, err};
use glasshouse_sim::scenario::{DeviceSpec, JoinRule, PersonSpec, PresenceState, RecoverVia, Step};
use hmac::{Hmac, KeyInit, Mac};
use ruma_client_api::{
    account::register::v3 as register,
    keys::upload_keys::v3 as upload_keys,
    membership::{
        invite_user::v3::{self as invite_user, InvitationRecipient, InviteUserId},
        join_room_by_id_or_alias::v3 as join_room,
    },
    presence::set_presence::v3 as set_presence,
    profile::set_profile_field::v3 as set_profile_field,
    session::login::v3::{self as login, LoginInfo, Password},
    uiaa::{AuthData, Dummy, MatrixUserIdentifier, UiaaInfo, UserIdentifier},
};
use ruma_common::profile::ProfileFieldValue;
use serde_json::{Value, json};

impl Replay<'_> {
    /// Registers a person with their first device, logs in the others, sets the profile, the
    /// email/phone (through the admin API: no mail is sent on loopback) and uploads device keys.
    pub(super) fn person(&mut self, p: &PersonSpec) -> Result<(), LabError> {
        self.connects.insert(p.id.clone(), p.connects);
        let devices: Vec<LabDevice> = p.devices.iter().map(LabDevice::from).collect();
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
        if let Some(avatar) = self.world.accounts().get(&p.id).and_then(|a| a.avatar.clone()) {
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
            let path = format!("/_synapse/admin/v2/users/{}", escaped(user.as_str()));
            self.client
                .call_json(&admin, "PUT", &path, &json!({ "threepids": threepids }))
                .map_err(|e| call_error("admin threepids", &e))?;
        }
        self.upload_keys(&p.id, &first.id)?;
        for d in devices.iter().skip(1) {
            self.login(&p.id, d)?;
        }
        self.register_pusher(p)?;
        self.set_up_backup(p)
    }

    /// Registers the person's pusher as the simulator's first device did (`POST /pushers/set`),
    /// with the simulator's app id, push key and format, and the lab's gateway as its URL.
    fn register_pusher(&mut self, p: &PersonSpec) -> Result<(), LabError> {
        let Some(url) = self.gateway.map(super::super::push::Gateway::url) else { return Ok(()) };
        let mxid = p.mxid();
        let row =
            self.world.servers().get(&p.server).and_then(|s| {
                s.tables.pushers.rows().iter().find(|r| r.cols.user_name == mxid).map(|r| r.cols.clone())
            });
        let Some(row) = row else { return Ok(()) };
        let mut data = row.data.clone();
        data["url"] = json!(url);
        let body = json!({
            "kind": row.kind, "app_id": row.app_id, "app_display_name": row.app_display_name,
            "device_display_name": row.device_display_name, "pushkey": row.pushkey, "lang": row.lang,
            "data": data, "append": false,
        });
        let who = self.caller(&p.id, Some(&row.device_id))?;
        self.client
            .call_json(&who, "POST", "/_matrix/client/v3/pushers/set", &body)
            .map_err(|e| call_error("pushers/set", &e))?;
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
    pub(super) fn login(&mut self, account: &str, d: &LabDevice) -> Result<(), LabError> {
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
        let mxid = self.world.accounts().get(account).map(|a| a.mxid.clone()).unwrap_or_default();
        let keys = self.world.servers().get(&server).and_then(|s| {
            s.tables
                .e2e_device_keys_json
                .rows()
                .iter()
                .find(|r| r.cols.user_id == mxid && r.cols.device_id == device)
                .map(|r| r.cols.key_json.clone())
        });
        let Some(keys) = keys else { return Ok(()) };
        let who = self.caller(account, Some(device))?;
        let mut request = upload_keys::Request::new();
        request.device_keys = Some(raw(&self.map_ids(&keys))?);
        self.client.call(&who, request).map_err(|e| call_error("keys/upload", &e))?;
        Ok(())
    }

    /// The lab's admin on a server, registered with the shared secret on first use.
    pub(super) fn admin(&mut self, sim_server: &str) -> Result<Caller, LabError> {
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
    pub(super) fn login_as(&self, admin: &Caller, account: &str) -> Result<Caller, LabError> {
        let mxid = self.world.accounts().get(account).map(|a| a.mxid.clone()).unwrap_or_default();
        let path = format!("/_synapse/admin/v1/users/{}/login", escaped(&self.real(&mxid)));
        let r = self.client.call_json(admin, "POST", &path, &json!({})).map_err(|e| call_error("admin login", &e))?;
        Ok(Caller { token: r["access_token"].as_str().map(str::to_owned), ..admin.clone() })
    }

    pub(super) fn set_presence(
        &mut self,
        account: &str,
        state: PresenceState,
        status: Option<&str>,
    ) -> Result<(), LabError> {
        let who = self.caller(account, None)?;
        let mxid = self.world.accounts().get(account).map(|a| a.mxid.clone()).unwrap_or_default();
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

    /// Logs the person in on a new device, after an email reset when they forgot the password.
    pub(super) fn recover(
        &mut self,
        step: &Step,
        who: &str,
        device: &DeviceSpec,
        via: RecoverVia,
    ) -> Result<(), LabError> {
        let p = self.person_spec(who)?;
        if via == RecoverVia::EmailReset {
            if p.email.is_none() && p.phone.is_none() {
                // No email to reset with: locked out, as in the simulator.
                self.note(step, "lab-note-recover");
                return Ok(());
            }
            // An email reset signs every device out (Synapse's `logout_devices`
            // default); the admin API's password reset does the same to the database.
            let admin = self.admin(&p.server)?;
            let mxid = self.real(&p.mxid());
            let path = format!("/_synapse/admin/v1/reset_password/{}", escaped(&mxid));
            let body = json!({ "new_password": Self::password(who), "logout_devices": true });
            self.client.call_json(&admin, "POST", &path, &body).map_err(|e| call_error("reset_password", &e))?;
            if let Some(ds) = self.devices.get_mut(who) {
                ds.iter_mut().for_each(|d| d.lost = true);
            }
        }
        self.login(who, &LabDevice::from(device))?;
        self.note(step, "lab-note-recover");
        Ok(())
    }

    /// A malicious admin adds a device to an account through the admin API.
    pub(super) fn inject_device(&mut self, step: &Step, who: &str, device: &str) -> Result<(), LabError> {
        self.admin_device(who, device)?;
        self.note(step, "lab-note-inject-device");
        Ok(())
    }

    /// Creates a device in an account through the admin API, named after its id.
    pub(super) fn admin_device(&mut self, who: &str, device: &str) -> Result<(), LabError> {
        let server = self.server_of(who)?;
        let admin = self.admin(&server)?;
        let mxid = self.world.accounts().get(who).map(|a| a.mxid.clone()).unwrap_or_default();
        let path = format!("/_synapse/admin/v2/users/{}/devices", escaped(&self.real(&mxid)));
        self.client
            .call_json(&admin, "POST", &path, &json!({ "device_id": device }))
            .map_err(|e| call_error("admin devices", &e))?;
        // The simulator names an injected device after its id.
        self.client
            .call_json(&admin, "PUT", &format!("{path}/{device}"), &json!({ "display_name": device }))
            .map_err(|e| call_error("admin devices", &e))?;
        Ok(())
    }

    /// A malicious admin creates a puppet account with its devices and joins it to the room.
    pub(super) fn add_puppet(&mut self, step: &Step, room: &str, username: &str) -> Result<(), LabError> {
        let puppet = self
            .world
            .accounts()
            .values()
            .find(|a| a.puppet_of.is_some() && a.mxid.starts_with(&format!("@{username}:")));
        let Some(puppet) = puppet.cloned() else { return Ok(()) };
        let admin = self.admin(&puppet.server)?;
        let real = self.real(&puppet.mxid);
        let user = escaped(&real);
        self.client
            .call_json(
                &admin,
                "PUT",
                &format!("/_synapse/admin/v2/users/{user}"),
                &json!({ "password": Self::password(&puppet.id), "displayname": puppet.display_name }),
            )
            .map_err(|e| call_error("admin users", &e))?;
        for d in &puppet.devices {
            self.client
                .call_json(
                    &admin,
                    "POST",
                    &format!("/_synapse/admin/v2/users/{user}/devices"),
                    &json!({ "device_id": d.id }),
                )
                .map_err(|e| call_error("admin devices", &e))?;
            self.client
                .call_json(
                    &admin,
                    "PUT",
                    &format!("/_synapse/admin/v2/users/{user}/devices/{}", d.id),
                    &json!({ "display_name": d.name }),
                )
                .map_err(|e| call_error("admin devices", &e))?;
        }
        // Outside a public room the admin invites the puppet as a member on their own
        // server (the simulator's rule), then joins as the puppet: both through tokens
        // from the admin API's "log in as user" (Synapse then logs the admin's address,
        // not the member's).
        let public = self.world.setup().rooms.get(room).is_some_and(|r| r.join_rule == JoinRule::Public);
        let room_id = self.room_id(room)?;
        if !public {
            let inviter = self
                .joined
                .get(room)
                .and_then(|ms| ms.iter().find(|m| self.server_of(m).is_ok_and(|s| s == puppet.server)).cloned())
                .or_else(|| self.world.setup().rooms.get(room).and_then(|r| r.members.first().cloned()))
                .unwrap_or_default();
            let as_inviter = self.login_as(&admin, &inviter)?;
            let recipient = InvitationRecipient::UserId(InviteUserId::new(self.user_id(&puppet.mxid)?));
            self.client
                .call(&as_inviter, invite_user::Request::new(room_id.clone(), recipient))
                .map_err(|e| call_error("invite", &e))?;
        }
        let as_puppet = self.login_as(&admin, &puppet.id)?;
        let creator = self.world.setup().rooms.get(room).and_then(|r| r.members.first().cloned()).unwrap_or_default();
        let mut request = join_room::Request::new(room_id.into());
        if let Ok(v) = self.plan(&self.server_of(&creator)?)?.server_name().as_str().try_into() {
            request.via = vec![v];
        }
        self.client.call(&as_puppet, request).map_err(|e| call_error("join", &e))?;
        self.joined(room, &puppet.id)?;
        self.note(step, "lab-note-add-puppet");
        Ok(())
    }
}
