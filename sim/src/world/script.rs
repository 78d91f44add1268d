//! The script interpreter: each step of the scenario's script, played against the world.

use super::{Account, EventMeta, Hop, HopKind, Missed, SimError, World};
use crate::event;
use crate::scenario::{Action, Connection, SendPolicy, Step};
use crate::server::{CrossSigningSignature, Profile, User};
use std::collections::BTreeSet;

impl World {
    pub(crate) fn step(&mut self, step: &Step) -> Result<(), SimError> {
        self.now = step.at;
        // A person without a device (lost it, or locked out) cannot act until they recover.
        if let Some(who) = step.action.actor()
            && !matches!(step.action, Action::Recover { .. })
            && !self.account(who)?.can_act()
        {
            return Ok(());
        }
        match &step.action {
            Action::Say { who, room, text, label, reply_to } => {
                self.say(who, room, text, label.as_deref(), reply_to.as_deref())?
            }
            Action::React { who, room, to, key } => {
                let primary = self.account(who)?.primary();
                self.request(who, &primary.1, "send", 120)?;
                let target = self.labels.get(to).cloned().ok_or_else(|| SimError::Unknown(format!("label {to}")))?;
                self.send(room, who, event::reaction(&target, key)?, None)?;
            }
            Action::Read { who, room } => {
                let primary = self.account(who)?.primary();
                self.request(who, &primary.1, "receipt", 80)?;
                let head = self.rooms.get(room).and_then(|r| r.head.clone()).unwrap_or_default();
                let mxid = self.account(who)?.mxid.clone();
                let content = event::receipt(&head, &mxid, self.now.origin_server_ts());
                self.room_edu(who, room, "m.receipt", "receipts_linearized", content)?;
            }
            Action::Typing { who, room } => {
                let primary = self.account(who)?.primary();
                self.request(who, &primary.1, "typing", 60)?;
                let mxid = self.account(who)?.mxid.clone();
                let content = event::typing(&[mxid.as_str()])?;
                self.room_edu(who, room, "m.typing", "typing", content)?;
            }
            Action::Presence { who, state, status } => {
                let primary = self.account(who)?.primary();
                self.request(who, &primary.1, "presence", 80)?;
                self.presence(who, *state, status.as_deref())?;
            }
            Action::Join { who, room } => {
                let primary = self.account(who)?.primary();
                self.request(who, &primary.1, "join", 100)?;
                // Into a room that is not public, the room's creator invites first.
                let creator = self.rooms.get(room).and_then(|r| r.spec.members.first().cloned());
                if let Some(c) = creator {
                    self.invite_if_needed(room, &c, who)?;
                }
                self.join(room, who, false)?;
            }
            Action::Leave { who, room } => {
                let acc = self.account(who)?.clone();
                self.request(who, &acc.primary().1, "leave", 100)?;
                self.send(room, who, event::member(&acc.mxid, "leave", None, None)?, None)?;
                if let Some(r) = self.rooms.get_mut(room)
                    && let Some(m) = r.members.get_mut(who)
                {
                    m.left = Some(self.now);
                }
            }
            Action::Connect { who, via } => {
                if let Some(a) = self.accounts.get_mut(who) {
                    a.connects = *via;
                }
                let primary = self.account(who)?.primary();
                self.request(who, &primary.1, "sync", 50)?;
            }
            Action::NewDevice { who, device } => {
                self.new_device(who, &device.id, &device.name, &device.user_agent, None)?
            }
            Action::Verify { who, whom } => {
                if let Some(a) = self.accounts.get_mut(who) {
                    a.verified.insert(whom.clone());
                }
                let acc = self.account(who)?.clone();
                let target = self.account(whom)?.mxid.clone();
                self.request(who, &acc.primary().1, "keys/signatures/upload", 400)?;
                let now = self.now;
                if let Some(s) = self.servers.get_mut(&acc.server) {
                    let (user_id, key_type) = (acc.mxid.clone(), "user_signing".to_owned());
                    let cols = CrossSigningSignature { user_id, target_user_id: target, key_type };
                    s.tables.e2e_cross_signing_signatures.insert(now, cols);
                }
            }
            Action::ServerDown { server } => {
                if let Some(s) = self.servers.get_mut(server) {
                    s.online = false;
                }
            }
            Action::ServerUp { server } => {
                if let Some(s) = self.servers.get_mut(server) {
                    s.online = true;
                }
                let missed = self.missed.remove(server).unwrap_or_default();
                for m in missed {
                    match m {
                        Missed::Pdu { event_id, room, json } => {
                            self.hops.push(Hop {
                                at: self.now,
                                kind: HopKind::Backfill,
                                from: "federation".into(),
                                to: server.clone(),
                                what: event_id.clone(),
                            });
                            self.store(server, &room, &event_id, json, true)?;
                        }
                        Missed::ToDevice { from, to, event_type, content } => {
                            self.deliver_to_device(&from, &to, &event_type, content)?
                        }
                    }
                }
            }
            Action::LoseDevice { who, device } => {
                if let Some(a) = self.accounts.get_mut(who)
                    && let Some(d) = a.devices.iter_mut().find(|d| &d.id == device)
                {
                    d.lost = true;
                }
            }
            Action::Recover { who, device, via } => self.recover(who, device, *via)?,
            Action::InjectDevice { by, who, device } => {
                self.new_device(who, device, device, "synapse-admin", Some(by))?;
            }
            Action::AddPuppet { by, room, username } => {
                let server = self
                    .setup
                    .adversaries
                    .get(by)
                    .and_then(|a| a.kind.server().map(str::to_owned))
                    .ok_or_else(|| SimError::Unknown(format!("adversary {by}")))?;
                // Scenario ids never contain '@' or ':', so a puppet's id cannot collide with one.
                let id = format!("@{username}:{server}");
                let mxid = format!("@{username}:{server}");
                self.by_mxid.insert(mxid.clone(), id.clone());
                self.accounts.insert(
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
                        recovery_key: false,
                        lost: Vec::new(),
                        locked_out: false,
                    },
                );
                // The puppet is a real account on the admin's server: `users` and `profiles` rows.
                let now = self.now;
                if let Some(s) = self.servers.get_mut(&server) {
                    let mxid = format!("@{username}:{server}");
                    s.tables.users.insert(now, User::new(&mxid, now));
                    let profile = Profile { user_id: mxid, displayname: username.clone(), avatar_url: None };
                    s.tables.profiles.insert(now, profile);
                }
                self.new_device(&id, "PUPPET", "PUPPET", "synapse-admin", Some(by))?;
                // Outside a public room someone must invite the puppet: the admin acts through
                // a member on their own server (the only users they control), else the creator.
                let inviter = self.rooms.get(room).and_then(|r| {
                    let joined = r.joined();
                    joined
                        .iter()
                        .find(|m| self.accounts.get(*m).is_some_and(|a| a.server == server && a.puppet_of.is_none()))
                        .cloned()
                        .or_else(|| r.spec.members.first().cloned())
                });
                if let Some(inviter) = inviter {
                    self.invite_if_needed(room, &inviter, &id)?;
                }
                self.join(room, &id, false)?;
            }
        }
        Ok(())
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
}
