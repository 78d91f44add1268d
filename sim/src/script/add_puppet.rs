//! `add_puppet`: a malicious admin creates an account on its server and joins it to a room.

use super::{Check, ScriptAction, action_table};
use crate::scenario::{Connection, DiagCode as C, Diagnostic, SendPolicy, is_localpart};
use crate::server::{Profile, User};
use crate::world::{Account, SimError, World};
use std::collections::BTreeSet;

action_table! {
    /// `add_puppet = { by, room, username }`.
    RawAddPuppet =>
    /// Adds a puppet account to a room.
    AddPuppet {
        /// Adversary (a malicious admin).
        by: String,
        /// Room the puppet joins.
        room: String,
        /// Localpart of the puppet account.
        username: String,
    }
}

impl ScriptAction for AddPuppet {
    type Raw = RawAddPuppet;

    fn check(raw: &RawAddPuppet, cx: &mut Check<'_, '_>) -> Option<AddPuppet> {
        let server = cx.admin(&raw.by)?;
        cx.room_ref(&raw.room)?;
        let username = raw.username.get_ref();
        if !is_localpart(username) {
            return cx.reject(Diagnostic::new(C::InvalidUsername, raw.username.span()).arg("value", username));
        }
        let puppet = format!("@{username}:{server}");
        if cx.people.values().any(|p| p.server == server && &p.username == username)
            || !cx.state.puppets.insert(puppet.clone())
        {
            return cx.reject(Diagnostic::new(C::DuplicateAccount, raw.username.span()).arg("mxid", puppet));
        }
        cx.admin_online(&server)?;
        Some(AddPuppet::new(raw))
    }

    fn apply(&self, world: &mut World) -> Result<(), SimError> {
        let (by, room, username) = (&self.by, &self.room, &self.username);
        let server = world
            .setup
            .adversaries
            .get(by)
            .and_then(|a| a.kind.server().map(str::to_owned))
            .ok_or_else(|| SimError::Unknown(format!("adversary {by}")))?;
        // Scenario ids never contain '@' or ':', so a puppet's id cannot collide with one.
        let id = format!("@{username}:{server}");
        let mxid = format!("@{username}:{server}");
        world.by_mxid.insert(mxid.clone(), id.clone());
        world.accounts.insert(
            id.clone(),
            Account {
                id: id.clone(),
                mxid,
                server: server.clone(),
                owner: by.clone(),
                puppet_of: Some(by.clone()),
                display_name: username.clone(),
                avatar: None,
                connects: Connection::Direct,
                home_ip: "127.0.0.1".into(),
                devices: Vec::new(),
                verified: BTreeSet::new(),
                sends_to: SendPolicy::All,
                shares_history: false,
                changed: BTreeSet::new(),
                recovery_key: false,
                lost: Vec::new(),
                locked_out: false,
            },
        );
        // The puppet is a real account on the admin's server: `users` and `profiles` rows.
        let now = world.now;
        if let Some(s) = world.servers.get_mut(&server) {
            let mxid = format!("@{username}:{server}");
            s.tables.users.insert(now, User::new(&mxid, now));
            let profile = Profile { user_id: mxid, displayname: username.clone(), avatar_url: None };
            s.tables.profiles.insert(now, profile);
        }
        world.new_device(&id, "PUPPET", "PUPPET", "synapse-admin", Some(by))?;
        // Outside a public room someone must invite the puppet: the admin acts through
        // a member on their own server (the only users they control), else the creator.
        let inviter = world.rooms.get(room).and_then(|r| {
            let joined = r.joined();
            joined
                .iter()
                .find(|m| world.accounts.get(*m).is_some_and(|a| a.server == server && a.puppet_of.is_none()))
                .cloned()
                .or_else(|| r.spec.members.first().cloned())
        });
        if let Some(inviter) = inviter {
            world.invite_if_needed(room, &inviter, &id)?;
        }
        world.join(room, &id, false)
    }
}
