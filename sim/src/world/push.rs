//! Push notifications: the pusher a person's first device registers, the push rules a homeserver runs over each new event, and what it posts to the push gateway.
//!
//! FACTS.md §1 "Push tokens; what goes to the push gateway" and §5 "Push gateway". Sources:
//! the spec's push gateway API (`/_matrix/push/v1/notify`) and client-server `pushers/set`;
//! Synapse 1.163 `push/httppusher.py` (what each format carries, `prio`, the badge update
//! after a read receipt), `push/push_tools.py` (unread count, room name),
//! `push/bulk_push_rule_evaluator.py` (who is evaluated: local joined users and a local
//! invitee) and its default push rules; `storage/databases/main/event_push_actions.py` (a read
//! receipt clears the actions it covers).

use super::{SimError, URLSAFE, World, random_str};
use crate::event::Content;
use crate::scenario::{PushFormat, PushService};
use crate::server::{EventPushAction, PusherRow};
use crate::time::SimTime;
use serde::Serialize;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// A notification a homeserver posted to a pusher's push gateway.
#[derive(Clone, Debug, Serialize)]
pub struct Push {
    /// Receiving account.
    pub to: String,
    /// When.
    pub at: SimTime,
    /// Who carries it to the phone.
    pub service: PushService,
    /// The UnifiedPush distributor, when that is the service.
    pub distributor: Option<String>,
    /// The pusher's format.
    pub format: PushFormat,
    /// The pusher's app id.
    pub app_id: String,
    /// The pusher's push key.
    pub pushkey: String,
    /// When the pusher was registered, in seconds.
    pub pushkey_ts: u64,
    /// The pusher's data without its `url` (`format` for `event_id_only`).
    pub data: Value,
    /// `counts.unread`: rooms with unread notifications, plus pending invites.
    pub unread: u64,
    /// The event notified about; `None` for an update of the unread count alone.
    pub event: Option<PushedEvent>,
}

/// What a notification says about its event.
#[derive(Clone, Debug, Serialize)]
pub struct PushedEvent {
    /// Scenario room id.
    pub room: String,
    /// Matrix room id.
    pub room_id: String,
    /// Event id.
    pub event_id: String,
    /// `high` for encrypted events and those that make a sound or highlight, else `low`.
    pub prio: &'static str,
    /// Whether the event was encrypted (its content, if sent, is ciphertext).
    pub encrypted: bool,
    /// Full format only: the event's type.
    pub event_type: Option<String>,
    /// Full format only: the sender's Matrix id.
    pub sender: Option<String>,
    /// Full format only: the sender's display name in the room.
    pub sender_name: Option<String>,
    /// Full format only: the room's name (its name, alias, or its members' names).
    pub room_name: Option<String>,
    /// Full format only, for a membership event: the membership.
    pub membership: Option<String>,
    /// Full format with `push.include_content`: the event's content.
    pub content: Option<Value>,
    /// Full format only: the push rule's tweaks (sound, highlight).
    pub tweaks: Value,
}

impl Push {
    /// The body Synapse posts to the gateway's `/_matrix/push/v1/notify`.
    pub fn notification(&self) -> Value {
        let mut device = json!({
            "app_id": self.app_id, "pushkey": self.pushkey, "pushkey_ts": self.pushkey_ts, "data": self.data,
        });
        let mut n = Map::new();
        match &self.event {
            None => {
                n.insert("id".into(), json!(""));
                n.insert("type".into(), Value::Null);
                n.insert("sender".into(), json!(""));
            }
            Some(e) => {
                if self.format == PushFormat::Full {
                    n.insert("id".into(), json!(e.event_id));
                }
                n.insert("event_id".into(), json!(e.event_id));
                n.insert("room_id".into(), json!(e.room_id));
                n.insert("prio".into(), json!(e.prio));
                let full = [
                    ("type", e.event_type.as_ref().map(|t| json!(t))),
                    ("sender", e.sender.as_ref().map(|s| json!(s))),
                    ("membership", e.membership.as_ref().map(|m| json!(m))),
                    ("user_is_target", e.membership.as_ref().map(|_| json!(true))),
                    ("content", e.content.clone()),
                    ("sender_display_name", e.sender_name.as_ref().map(|s| json!(s))),
                    ("room_name", e.room_name.as_ref().map(|r| json!(r))),
                ];
                for (k, v) in full {
                    if let Some(v) = v {
                        n.insert(k.into(), v);
                    }
                }
                if e.tweaks.as_object().is_some_and(|t| !t.is_empty()) {
                    device["tweaks"] = e.tweaks.clone();
                }
            }
        }
        n.insert("counts".into(), json!({ "unread": self.unread }));
        n.insert("devices".into(), json!([device]));
        json!({ "notification": n })
    }
}

/// A person's notifications not yet read, as the homeserver counts them for the badge.
#[derive(Clone, Debug, Default)]
pub(crate) struct Unread {
    /// Rooms with a notification after the person's last read receipt there.
    rooms: BTreeSet<String>,
    /// Rooms the person is invited to.
    invites: BTreeSet<String>,
    /// The count last sent to the gateway (Synapse's `badge_count_last_call`).
    last_badge: Option<u64>,
}

/// The default push rules' verdict on an event for one user: `None` (no notification) or the
/// tweaks of the rule that matched (Synapse's base rules, in their order: `.m.rule.invite_for_me`,
/// `.m.rule.member_event`, `.m.rule.contains_display_name`, `.m.rule.reaction`,
/// `.m.rule.suppress_edits`, `.m.rule.contains_user_name`, then the one-to-one, message and
/// encrypted underrides). Not modelled: `@room` mentions and `m.mentions`, which no scenario
/// message carries.
fn rule(content: &Content, user: &str, display_name: &str, joined: usize) -> Option<Value> {
    let body = &content.body;
    let (sound, quiet) = (json!({ "sound": "default", "highlight": false }), json!({ "highlight": false }));
    match content.event_type.as_str() {
        "m.room.member" => (body["membership"] == "invite" && content.state_key.as_deref() == Some(user))
            .then(|| json!({ "highlight": false, "sound": "default" })),
        "m.room.message" | "m.room.encrypted" => {
            if body["msgtype"] == "m.notice" || body["m.relates_to"]["rel_type"] == "m.replace" {
                return None;
            }
            let text = body["body"].as_str().unwrap_or_default();
            let localpart = user.trim_start_matches('@').split(':').next().unwrap_or_default();
            if mentions(text, display_name) || mentions(text, localpart) {
                return Some(json!({ "highlight": true, "sound": "default" }));
            }
            Some(if joined == 2 { sound } else { quiet })
        }
        _ => None,
    }
}

/// Whether `text` contains `word` as a whole word, ignoring case (Synapse's word glob).
fn mentions(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
    text.match_indices(&word)
        .any(|(i, _)| boundary(text[..i].chars().next_back()) && boundary(text[i + word.len()..].chars().next()))
}

impl World {
    /// The person's first device registers their pusher (`POST /pushers/set`): one more
    /// request, and a `pushers` row with the push key Google, Apple or the distributor issued.
    pub(crate) fn register_pusher(&mut self, account: &str) -> Result<(), SimError> {
        let Some(spec) = self.setup.people.get(account).and_then(|p| p.push.clone()) else { return Ok(()) };
        let acc = self.account(account)?.clone();
        let Some(device) = acc.devices.first() else { return Ok(()) };
        let (app_id, url, pushkey) = match spec.service {
            PushService::Google => (
                "im.vector.app.android",
                "https://matrix.org/_matrix/push/v1/notify".to_owned(),
                format!("{}:APA91b{}", random_str(&mut self.rng, 22, URLSAFE), random_str(&mut self.rng, 134, URLSAFE)),
            ),
            PushService::Apple => (
                "io.element.elementx.ios.prod",
                "https://matrix.org/_matrix/push/v1/notify".to_owned(),
                format!(
                    "{}=",
                    random_str(&mut self.rng, 43, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                ),
            ),
            PushService::UnifiedPush => {
                let host = spec.distributor.clone().unwrap_or_default();
                let topic =
                    random_str(&mut self.rng, 14, b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
                (
                    "im.vector.app.android",
                    format!("https://{host}/_matrix/push/v1/notify"),
                    format!("https://{host}/up{topic}?up=1"),
                )
            }
        };
        let mut data = json!({ "url": url });
        if spec.format == PushFormat::EventIdOnly {
            data["format"] = json!("event_id_only");
        }
        self.request(account, &device.id, "pushers", 400)?;
        let now = self.now;
        let row = PusherRow {
            user_name: acc.mxid.clone(),
            device_id: device.id.clone(),
            kind: "http".into(),
            app_id: app_id.into(),
            app_display_name: "Element X".into(),
            device_display_name: device.name.clone(),
            pushkey,
            lang: "en".into(),
            data,
        };
        let s = self.servers.get_mut(&acc.server).ok_or_else(|| SimError::Unknown(acc.server.clone()))?;
        s.tables.pushers.insert(now, row);
        Ok(())
    }

    /// A server has just received an event: its push rules run for each local user in the room
    /// (and a local invitee) but the sender; each notification is counted in
    /// `event_push_actions` and, when the user has a pusher, posted to its gateway.
    pub(crate) fn push_event(
        &mut self,
        server: &str,
        room: &str,
        event_id: &str,
        sender: &str,
        content: &Content,
    ) -> Result<(), SimError> {
        let Some(r) = self.rooms.get(room) else { return Ok(()) };
        let joined = r.joined();
        let mut users: Vec<String> = joined.iter().cloned().collect();
        if content.event_type == "m.room.member" && content.body["membership"] == "invite" {
            users.extend(content.state_key.as_ref().and_then(|k| self.by_mxid.get(k)).cloned());
        }
        let room_id = r.room_id.clone();
        for user in users.iter().filter(|u| *u != sender) {
            let Some(acc) = self.accounts.get(user).filter(|a| a.server == server) else { continue };
            let Some(tweaks) = rule(content, &acc.mxid, &acc.display_name, joined.len()) else { continue };
            let mxid = acc.mxid.clone();
            let now = self.now;
            if let Some(s) = self.servers.get_mut(server) {
                let (room_id, event_id, user_id) = (room_id.clone(), event_id.to_owned(), Some(mxid));
                let highlight = u8::from(tweaks["highlight"] == true);
                s.tables
                    .event_push_actions
                    .insert(now, EventPushAction { room_id, event_id, user_id, notif: 1, highlight });
            }
            // The notification counts for the room once the user is in it (an invite's too:
            // observed with `glasshouse lab`), and an invite counts as such until then.
            let unread = self.unread.entry(user.clone()).or_default();
            unread.rooms.insert(room.to_owned());
            if !joined.contains(user) {
                unread.invites.insert(room.to_owned());
            }
            let pushed = self.pushed_event(room, user, sender, event_id, content, tweaks)?;
            self.post(user, Some(pushed))?;
        }
        Ok(())
    }

    /// What a notification of `event_id` to `user` says, before the format strips it.
    fn pushed_event(
        &self,
        room: &str,
        user: &str,
        sender: &str,
        event_id: &str,
        content: &Content,
        tweaks: Value,
    ) -> Result<PushedEvent, SimError> {
        let r = self.rooms.get(room).ok_or_else(|| SimError::Unknown(room.to_owned()))?;
        let from = self.account(sender)?;
        let encrypted = content.event_type == "m.room.encrypted";
        let loud = tweaks["highlight"] == true || tweaks.get("sound").is_some();
        let membership = (content.event_type == "m.room.member").then(|| content.body["membership"].clone());
        Ok(PushedEvent {
            room: room.to_owned(),
            room_id: r.room_id.clone(),
            event_id: event_id.to_owned(),
            prio: if encrypted || loud { "high" } else { "low" },
            encrypted,
            event_type: Some(content.event_type.clone()),
            sender: Some(from.mxid.clone()),
            sender_name: Some(from.display_name.clone()),
            room_name: self.room_name(room, user),
            membership: membership.and_then(|m| m.as_str().map(str::to_owned)),
            content: Some(content.body.clone()),
            tweaks,
        })
    }

    /// The room's name as Synapse shows it in a notification: its name, else its alias, else
    /// (for a member) "A and B" or "A and N others"; nothing for a room with one other member,
    /// and for an invitee whose server is not in the room yet nothing but the name.
    fn room_name(&self, room: &str, user: &str) -> Option<String> {
        let r = self.rooms.get(room)?;
        if let Some(n) = r.spec.name.as_ref().filter(|n| !n.is_empty()) {
            return Some(n.clone());
        }
        let creator = r.spec.members.first().and_then(|c| self.accounts.get(c))?;
        let server = self.accounts.get(user).map(|a| a.server.as_str())?;
        if let Some(a) = &r.spec.alias
            && self.participating(r).contains(server)
        {
            return Some(format!("#{a}:{}", creator.server));
        }
        if !r.is_joined(user) {
            return None;
        }
        let mut others: Vec<(&String, _)> = r.members.iter().filter(|(m, x)| x.left.is_none() && *m != user).collect();
        let order = |m: &str| r.spec.members.iter().position(|x| x == m).unwrap_or(usize::MAX);
        others.sort_by_key(|(m, x)| (x.joined, order(m)));
        let name = |m: &str| self.accounts.get(m).map_or_else(|| m.to_owned(), |a| a.display_name.clone());
        match others.as_slice() {
            [] | [_] => None,
            [a, b] => Some(format!("{} and {}", name(a.0), name(b.0))),
            [a, rest @ ..] => Some(format!("{} and {} others", name(a.0), rest.len())),
        }
    }

    /// A person read a room: its notifications are read, and if that changes the unread count
    /// since the last one sent, the server pushes the new count (Synapse's `_update_badge` on a
    /// new receipt): the gateway learns when the person reads.
    pub(crate) fn read_notifications(&mut self, user: &str, room: &str) -> Result<(), SimError> {
        self.unread.entry(user.to_owned()).or_default().rooms.remove(room);
        // Synapse deletes the push actions a receipt covers, but highlights (its notifier's
        // rotation, every 30 s: `_handle_new_receipts_for_notifs_txn`).
        let (now, acc) = (self.now, self.account(user)?.clone());
        let room_id = self.rooms.get(room).map(|r| r.room_id.clone()).unwrap_or_default();
        if let Some(s) = self.servers.get_mut(&acc.server) {
            let read = |c: &EventPushAction| {
                c.room_id == room_id && c.user_id.as_deref() == Some(acc.mxid.as_str()) && c.highlight == 0
            };
            s.tables.event_push_actions.delete_where(now, read);
        }
        let badge = self.badge(user);
        if self.unread.get(user).and_then(|u| u.last_badge) != Some(badge) {
            self.post(user, None)?;
        }
        Ok(())
    }

    /// Rooms the user is joined to with unread notifications, plus pending invites.
    fn badge(&self, user: &str) -> u64 {
        let Some(u) = self.unread.get(user) else { return 0 };
        let joined = |room: &String| self.rooms.get(room).is_some_and(|r| r.is_joined(user));
        let rooms = u.rooms.iter().filter(|r| joined(r)).count();
        let invites = u.invites.iter().filter(|r| !joined(r)).count();
        (rooms + invites) as u64
    }

    /// Posts a notification (or, with `None`, the unread count alone) to each of the user's
    /// live pushers, stripped to what its format carries, if their server is up.
    fn post(&mut self, user: &str, event: Option<PushedEvent>) -> Result<(), SimError> {
        let Some(spec) = self.setup.people.get(user).and_then(|p| p.push.clone()) else { return Ok(()) };
        let acc = self.account(user)?;
        let Some(server) = self.servers.get(&acc.server).filter(|s| s.online) else { return Ok(()) };
        let include_content = server.spec.push_include_content;
        let live =
            server.tables.pushers.rows().iter().filter(|r| r.deleted_at.is_none() && r.cols.user_name == acc.mxid);
        let pushers: Vec<(PusherRow, SimTime)> = live.map(|r| (r.cols.clone(), r.at)).collect();
        let unread = self.badge(user);
        for (p, registered) in pushers {
            let mut data = p.data.clone();
            if let Some(d) = data.as_object_mut() {
                d.remove("url");
            }
            let event = event.clone().map(|mut e| {
                if spec.format == PushFormat::EventIdOnly {
                    (e.event_type, e.sender, e.sender_name, e.room_name, e.membership, e.content) =
                        (None, None, None, None, None, None);
                    e.tweaks = json!({});
                } else if !include_content {
                    e.content = None;
                }
                e
            });
            self.pushes.push(Push {
                to: user.to_owned(),
                at: self.now,
                service: spec.service,
                distributor: spec.distributor.clone(),
                format: spec.format,
                app_id: p.app_id,
                pushkey: p.pushkey,
                pushkey_ts: registered.origin_server_ts() / 1000,
                data,
                unread,
                event,
            });
        }
        self.unread.entry(user.to_owned()).or_default().last_badge = Some(unread);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::testing::run;

    /// Sam, with a full-format pusher, is invited to a room on another server and to one on
    /// his own (by alias), then gets three messages and reads the first room in between. The
    /// counts, room names and sounds are those real Synapse sent in `glasshouse lab`: an invite
    /// counts as an unread room after the join as well.
    #[test]
    fn invites_messages_and_reads_carry_the_counts_and_names_synapse_sends() {
        let src = include_str!("../../tests/fixtures/push-invites.toml");
        let (w, _) = run(src, &[]);
        let seen: Vec<(u64, Option<String>, Option<&str>)> = w
            .pushes()
            .iter()
            .map(|p| {
                let e = p.event.as_ref();
                (p.unread, e.and_then(|e| e.room_name.clone()), e.map(|e| e.prio))
            })
            .collect();
        let garden = Some("#garden:b.example".to_owned());
        let members = Some("Robin and Kai".to_owned());
        assert_eq!(
            seen,
            [
                (1, None, Some("high")),
                (2, garden.clone(), Some("high")),
                (2, members.clone(), Some("high")),
                (2, garden, Some("high")),
                (1, None, None),
                (2, members, Some("low")),
            ]
        );
        let mention = &w.pushes()[2].event.as_ref().map(|e| e.tweaks.clone()).unwrap_or_default();
        assert_eq!(mention["highlight"], true, "the message names Sam");
    }

    #[test]
    fn a_name_or_handle_counts_only_as_a_whole_word() {
        assert!(mentions("ask Heron about it", "heron"));
        assert!(mentions("heron, are you in?", "heron"));
        assert!(!mentions("the herons left", "heron"));
        assert!(!mentions("anything", ""));
    }
}
