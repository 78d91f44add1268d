//! Prediction vs reality: both sides' `--dump`-shaped tables reduced to comparable facts.
//!
//! What is compared, per server: accounts, profiles, email/phone, the registration address
//! (`ui_auth_sessions_ips`, for sign-ups younger than 48 hours in the scenario's time), devices
//! (id and display name, last address and user agent), `user_ips` history (device, address,
//! user agent), `homeserver.log` (each user's addresses and user agents in its request lines), which devices have an access token and uploaded keys, every stored event (type,
//! room, sender, and its facts: message body or Megolm ciphertext, reply/reaction target,
//! membership and display name, room settings, a call's id and its candidates' addresses), the search index, read receipts (one fact per
//! `receipts_linearized` row: room, type, reader, which event — so the number of rows counts),
//! the latest presence (state, status message), final memberships, remote device lists (device
//! id and, where it was sent, display name), to-device messages waiting in the inbox
//! (recipient, sender, type), room aliases, and uploaded files and remote copies of them
//! (uploader or origin, type, size: the encrypted key bundles of MSC4268), and pushers (device,
//! app, push key, format; not the gateway URL). Not `event_push_actions`: Synapse clears the rows
//! a read receipt covers every 30 s, so what a replay of a few seconds finds depends on when that
//! ran.
//!
//! What is normalised away because it necessarily differs: server names (`127.0.0.1:PORT` is
//! mapped back to the scenario's name), room ids (shown as the scenario's room), event ids
//! (an event is named by its type, sender and text or ciphertext), access tokens, password
//! hashes, keys and signatures, timestamps and counters (`last_seen`, `ts`, stream ids).
//! The lab's own admin account (used to add email addresses and injected devices) is left out.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

use super::database::Dump;

/// What a fact is about: one of the kinds of data the table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A row in `users`.
    Account,
    /// Display name and avatar (`profiles`).
    Profile,
    /// Email or phone (`user_threepids`).
    Threepid,
    /// Address and user agent at registration (`ui_auth_sessions_ips`).
    RegistrationIp,
    /// A device and its display name.
    Device,
    /// A device's last address and user agent (`devices`).
    DeviceLastIp,
    /// `user_ips`: device, address, user agent.
    Ip,
    /// A request line in `homeserver.log`: address and user agent.
    LogIp,
    /// An access token kept for a device.
    AccessToken,
    /// Uploaded device keys.
    DeviceKeys,
    /// A stored event.
    Event,
    /// A row of the message search index.
    Search,
    /// A read receipt.
    Receipt,
    /// Latest presence.
    Presence,
    /// Final membership in a room.
    Membership,
    /// A remote user's device known from a device-list update.
    RemoteDevice,
    /// A to-device message waiting in the inbox.
    ToDevice,
    /// A room alias.
    Alias,
    /// An uploaded file, or a copy of another server's (`local_media_repository`,
    /// `remote_media_cache`).
    Media,
    /// A pusher (`pushers`): device, app, push key, format.
    Pusher,
    /// A notification the push gateway received.
    Push,
    /// A key backup (`e2e_room_keys_versions`) and its sessions per room (`e2e_room_keys`).
    KeyBackup,
}

impl Kind {
    /// The Fluent key of its label.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Account => "lab-kind-account",
            Kind::Profile => "lab-kind-profile",
            Kind::Threepid => "lab-kind-threepid",
            Kind::RegistrationIp => "lab-kind-registration-ip",
            Kind::Device => "lab-kind-device",
            Kind::DeviceLastIp => "lab-kind-device-last-ip",
            Kind::Ip => "lab-kind-ip",
            Kind::LogIp => "lab-kind-log-ip",
            Kind::AccessToken => "lab-kind-access-token",
            Kind::DeviceKeys => "lab-kind-device-keys",
            Kind::Event => "lab-kind-event",
            Kind::Search => "lab-kind-search",
            Kind::Receipt => "lab-kind-receipt",
            Kind::Presence => "lab-kind-presence",
            Kind::Membership => "lab-kind-membership",
            Kind::RemoteDevice => "lab-kind-remote-device",
            Kind::ToDevice => "lab-kind-to-device",
            Kind::Alias => "lab-kind-alias",
            Kind::Media => "lab-kind-media",
            Kind::Pusher => "lab-kind-pusher",
            Kind::Push => "lab-kind-push",
            Kind::KeyBackup => "lab-kind-key-backup",
        }
    }

    /// Every kind, in display order.
    #[cfg(test)]
    pub const ALL: [Kind; 22] = [
        Kind::Account,
        Kind::Profile,
        Kind::Threepid,
        Kind::RegistrationIp,
        Kind::Device,
        Kind::DeviceLastIp,
        Kind::Ip,
        Kind::LogIp,
        Kind::AccessToken,
        Kind::DeviceKeys,
        Kind::Event,
        Kind::Search,
        Kind::Receipt,
        Kind::Presence,
        Kind::Membership,
        Kind::RemoteDevice,
        Kind::ToDevice,
        Kind::Alias,
        Kind::Media,
        Kind::Pusher,
        Kind::Push,
        Kind::KeyBackup,
    ];
}

/// One comparable fact: about whom (a user id or `#room`), what kind, and its value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fact {
    /// A user id in the scenario's names, or `#room` for room-level facts.
    pub subject: String,
    /// Kind.
    pub kind: Kind,
    /// The value, with ids normalised.
    pub value: String,
}

/// How one side's ids become the scenario's: server names and room ids.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// (name as stored, scenario name), e.g. `("127.0.0.1:40001", "bigchat.example")`.
    pub servers: Vec<(String, String)>,
    /// Room id as stored → scenario room id.
    pub rooms: BTreeMap<String, String>,
    /// Users to leave out (in scenario names), e.g. the lab's admin.
    pub ignore_users: BTreeSet<String>,
    /// Devices (user, device id) whose access token, keys and device-list entries the lab
    /// cannot reproduce (an admin's injected device, a puppet's): those facts are left out.
    pub unreplayed: BTreeSet<(String, String)>,
    /// Users whose sign-up session is older than 48 hours at the scenario's end: Synapse has
    /// deleted its `ui_auth_sessions_ips` rows by then, which a replay of a few minutes cannot
    /// show, so the real rows are set aside (the simulator's are already gone).
    pub expired_sign_ups: BTreeSet<String>,
}

impl Names {
    /// Rewrites every server name in `s` to the scenario's (a port is only matched whole).
    pub fn server(&self, s: &str) -> String {
        let mut pairs: Vec<&(String, String)> = self.servers.iter().filter(|(a, b)| a != b).collect();
        pairs.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        'outer: while !rest.is_empty() {
            for (from, to) in &pairs {
                if let Some(after) = rest.strip_prefix(from.as_str())
                    && !after.starts_with(|c: char| c.is_ascii_digit())
                {
                    out.push_str(to);
                    rest = after;
                    continue 'outer;
                }
            }
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                out.push(c);
            }
            rest = chars.as_str();
        }
        out
    }

    /// A room id as the scenario names the room (`#id`), or the id itself if unknown.
    pub fn room(&self, id: &str) -> String {
        self.rooms.get(id).map_or_else(|| self.server(id), |r| format!("#{r}"))
    }
}

pub(crate) fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

pub(crate) fn short_text(t: &str, n: usize) -> String {
    let mut out: String = t.chars().take(n).collect();
    if t.chars().count() > n {
        out.push('…');
    }
    out
}

/// A few words naming an event without its id: type, sender and text (or ciphertext prefix).
pub(crate) fn event_name(e: &Value, names: &Names) -> String {
    let sender = names.server(s(&e["sender"]));
    let c = &e["content"];
    match s(&e["type"]) {
        "m.room.message" => format!("“{}” ({sender})", short_text(s(&c["body"]), 32)),
        "m.room.encrypted" => format!("ciphertext {} ({sender})", short_text(s(&c["ciphertext"]), 12)),
        "m.reaction" => format!("{} ({sender})", s(&c["m.relates_to"]["key"])),
        t => format!("{t} ({sender})"),
    }
}

/// The relation an event carries in cleartext, naming its target.
fn relation(c: &Value, by_id: &BTreeMap<String, String>) -> String {
    let r = &c["m.relates_to"];
    let target = |id: &Value| by_id.get(s(id)).cloned().unwrap_or_else(|| "?".into());
    if let Some(id) = r["m.in_reply_to"].get("event_id") {
        format!(" ↩ {}", target(id))
    } else if let Some(id) = r.get("event_id") {
        format!(" → {}", target(id))
    } else {
        String::new()
    }
}

/// The facts of one event (subject: its sender).
fn event_value(e: &Value, names: &Names, by_id: &BTreeMap<String, String>) -> String {
    let room = names.room(s(&e["room_id"]));
    let c = &e["content"];
    let t = s(&e["type"]);
    let detail = match t {
        "m.room.message" => format!("“{}”{}", s(&c["body"]), relation(c, by_id)),
        "m.room.encrypted" => format!(
            "{} ciphertext {} ({} chars){}",
            s(&c["algorithm"]),
            short_text(s(&c["ciphertext"]), 16),
            s(&c["ciphertext"]).len(),
            relation(c, by_id)
        ),
        "m.reaction" => format!("{}{}", s(&c["m.relates_to"]["key"]), relation(c, by_id)),
        "m.room.member" => {
            let name = c["displayname"].as_str().map(|n| format!(" “{n}”")).unwrap_or_default();
            format!("{} {}{name}", names.server(s(&e["state_key"])), s(&c["membership"]))
        }
        "m.room.join_rules" => s(&c["join_rule"]).to_owned(),
        "m.room.history_visibility" => s(&c["history_visibility"]).to_owned(),
        "m.room.encryption" => s(&c["algorithm"]).to_owned(),
        "m.room.name" => format!("“{}”", s(&c["name"])),
        "m.room.topic" => format!("“{}”", s(&c["topic"])),
        "m.room.canonical_alias" => names.server(s(&c["alias"])),
        "m.room.guest_access" => s(&c["guest_access"]).to_owned(),
        "m.call.invite" | "m.call.answer" | "m.call.hangup" => format!("call {}", s(&c["call_id"])),
        "m.call.candidates" => {
            // The address and type of each candidate: what a server storing it in cleartext reads.
            let lines = c["candidates"].as_array().map_or(&[][..], Vec::as_slice);
            let seen: Vec<String> = lines
                .iter()
                .filter_map(|l| {
                    let words: Vec<&str> = s(&l["candidate"]).split_whitespace().collect();
                    Some(format!("{} {}", words.get(4)?, words.get(7)?))
                })
                .collect();
            format!("call {} {}", s(&c["call_id"]), seen.join(", "))
        }
        // Room version 11 puts `redacts` in the content.
        "m.room.redaction" => {
            let target = c.get("redacts").or(e.get("redacts")).map(s).unwrap_or_default();
            format!("→ {}", by_id.get(target).cloned().unwrap_or_else(|| "?".into()))
        }
        _ => String::new(),
    };
    format!("{room} {t} {detail}").trim_end().to_owned()
}

/// The rows of a table.
fn table<'a>(dump: &'a Dump, name: &str) -> &'a [Value] {
    dump.get(name).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// Reduces one side's tables to facts with their multiplicity.
pub fn facts(dump: &Dump, names: &Names) -> BTreeMap<Fact, usize> {
    let mut out: BTreeMap<Fact, usize> = BTreeMap::new();
    let user = |v: &Value| names.server(s(v));
    let mut add = |subject: String, kind: Kind, value: String, counted: bool| {
        if names.ignore_users.contains(&subject) {
            return;
        }
        let device = value.split(' ').next().unwrap_or_default().to_owned();
        if matches!(kind, Kind::AccessToken | Kind::DeviceKeys | Kind::RemoteDevice)
            && names.unreplayed.contains(&(subject.clone(), device))
        {
            return;
        }
        if kind == Kind::RegistrationIp && names.expired_sign_ups.contains(&subject) {
            return;
        }
        let n = out.entry(Fact { subject, kind, value }).or_insert(0);
        *n = if counted { *n + 1 } else { 1 };
    };
    for r in table(dump, "users") {
        add(user(&r["name"]), Kind::Account, String::new(), false);
    }
    for r in table(dump, "profiles") {
        let avatar = r["avatar_url"].as_str().map(|a| format!(" {}", names.server(a))).unwrap_or_default();
        add(user(&r["user_id"]), Kind::Profile, format!("“{}”{avatar}", s(&r["displayname"])), false);
    }
    for r in table(dump, "user_threepids") {
        add(user(&r["user_id"]), Kind::Threepid, format!("{} {}", s(&r["medium"]), s(&r["address"])), false);
    }
    for r in table(dump, "ui_auth_sessions_ips") {
        add(user(&r["user_id"]), Kind::RegistrationIp, format!("{} · {}", s(&r["ip"]), s(&r["user_agent"])), false);
    }
    for r in table(dump, "devices") {
        let u = user(&r["user_id"]);
        add(u.clone(), Kind::Device, format!("{} “{}”", s(&r["device_id"]), s(&r["display_name"])), false);
        if r["ip"].is_string() {
            let v = format!("{} {} · {}", s(&r["device_id"]), s(&r["ip"]), s(&r["user_agent"]));
            add(u, Kind::DeviceLastIp, v, false);
        }
    }
    for r in table(dump, "user_ips") {
        let v = format!("{} {} · {}", s(&r["device_id"]), s(&r["ip"]), s(&r["user_agent"]));
        add(user(&r["user_id"]), Kind::Ip, v, false);
    }
    // The log's lines, as (address, user agent) per user: the lines themselves differ in number
    // (the lab makes requests the simulator does not count, such as uploading keys).
    for r in table(dump, "homeserver.log") {
        add(user(&r["user_id"]), Kind::LogIp, format!("{} · {}", s(&r["ip"]), s(&r["user_agent"])), false);
    }
    for r in table(dump, "access_tokens") {
        add(user(&r["user_id"]), Kind::AccessToken, s(&r["device_id"]).to_owned(), false);
    }
    for r in table(dump, "e2e_device_keys_json") {
        add(user(&r["user_id"]), Kind::DeviceKeys, s(&r["device_id"]).to_owned(), false);
    }
    // Events: first name each one, so relations and receipts can point at it without its id.
    let events: Vec<&Value> = table(dump, "events").iter().map(|r| &r["event"]).collect();
    let by_id: BTreeMap<String, String> =
        events.iter().map(|e| (s(&e["event_id"]).to_owned(), event_name(e, names))).collect();
    // Final membership per (room, user): the member event with the greatest depth.
    let mut membership: BTreeMap<(String, String), (u64, String)> = BTreeMap::new();
    for e in &events {
        add(user(&e["sender"]), Kind::Event, event_value(e, names, &by_id), true);
        if s(&e["type"]) == "m.room.member" {
            let key = (names.room(s(&e["room_id"])), user(&e["state_key"]));
            let depth = e["depth"].as_u64().unwrap_or(0);
            let m = s(&e["content"]["membership"]).to_owned();
            if membership.get(&key).is_none_or(|(d, _)| depth >= *d) {
                membership.insert(key, (depth, m));
            }
        }
    }
    for ((room, u), (_, m)) in membership {
        add(u, Kind::Membership, format!("{room} {m}"), false);
    }
    for r in table(dump, "event_search") {
        let room = names.room(s(&r["room_id"]));
        add(room, Kind::Search, format!("{} “{}”", s(&r["key"]), s(&r["value"])), true);
    }
    // Receipts: one fact per row, counted, so that a history where Synapse keeps only the
    // latest receipt (an upsert per room, type, user and thread) shows as a difference.
    for r in table(dump, "receipts_linearized") {
        let c = &r["content"];
        let room = names.room(s(&c["room_id"]));
        for (event, types) in c["content"].as_object().into_iter().flatten() {
            for (kind, users) in types.as_object().into_iter().flatten() {
                for u in users.as_object().into_iter().flatten().map(|(u, _)| u) {
                    let target = by_id.get(event).cloned().unwrap_or_else(|| "?".into());
                    add(names.server(u), Kind::Receipt, format!("{room} {kind} → {target}"), true);
                }
            }
        }
    }
    // Presence: the latest row per user.
    let mut presence: BTreeMap<String, String> = BTreeMap::new();
    for r in table(dump, "presence_stream") {
        let c = &r["content"];
        let status = c["content"]["status_msg"].as_str().map(|m| format!(" “{m}”")).unwrap_or_default();
        presence.insert(user(&c["user_id"]), format!("{}{status}", s(&c["content"]["presence"])));
    }
    for (u, p) in presence {
        add(u, Kind::Presence, p, false);
    }
    // Remote devices: the id and, only where the owner's server sent it, the display name.
    for r in table(dump, "device_lists_remote_cache") {
        let c = &r["content"];
        let name = c["device_display_name"].as_str().map(|n| format!(" “{n}”")).unwrap_or_default();
        add(user(&c["user_id"]), Kind::RemoteDevice, format!("{}{name}", s(&c["device_id"])), true);
    }
    for r in table(dump, "device_inbox") {
        let v = format!("{} ← {} {}", s(&r["device_id"]), user(&r["sender"]), s(&r["type"]));
        add(user(&r["user_id"]), Kind::ToDevice, v, true);
    }
    // The gateway's URL is left out: the lab's pushers point at its own gateway on loopback.
    for r in table(dump, "pushers") {
        let format = r["data"]["format"].as_str().unwrap_or("full");
        let v = format!(
            "{} {} “{}” {} {} · {} · {format}",
            s(&r["device_id"]),
            s(&r["app_id"]),
            s(&r["device_display_name"]),
            s(&r["kind"]),
            short_text(s(&r["pushkey"]), 24),
            s(&r["lang"])
        );
        add(user(&r["user_name"]), Kind::Pusher, v, false);
    }
    // A key backup: its algorithm, and one fact per backed-up session, counted per room.
    for r in table(dump, "e2e_room_keys_versions") {
        add(user(&r["user_id"]), Kind::KeyBackup, format!("backup {}", s(&r["algorithm"])), false);
    }
    for r in table(dump, "e2e_room_keys") {
        add(user(&r["user_id"]), Kind::KeyBackup, format!("session in {}", names.room(s(&r["room_id"]))), true);
    }
    for r in table(dump, "room_aliases") {
        add(names.room(s(&r["room_id"])), Kind::Alias, names.server(s(&r["room_alias"])), false);
    }
    // Media ids are random on both sides: a file is named by who uploaded it (or where it came
    // from), its type and its size.
    for r in table(dump, "local_media_repository") {
        let v = format!("upload {} {} bytes", s(&r["media_type"]), r["media_length"]);
        add(user(&r["user_id"]), Kind::Media, v, true);
    }
    for r in table(dump, "remote_media_cache") {
        let v = format!(
            "copy from {} {} {} bytes",
            names.server(s(&r["media_origin"])),
            s(&r["media_type"]),
            r["media_length"]
        );
        add("#media".into(), Kind::Media, v, true);
    }
    out
}

/// One line of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The fact.
    pub fact: Fact,
    /// How many times the simulator predicted it.
    pub predicted: usize,
    /// How many times the real server holds it.
    pub real: usize,
}

impl Line {
    /// Whether both sides agree.
    pub fn agrees(&self) -> bool {
        self.predicted == self.real
    }
}

/// Every fact of either side, side by side, grouped by subject (local users first).
pub fn compare(predicted: &BTreeMap<Fact, usize>, real: &BTreeMap<Fact, usize>, local: &str) -> Vec<Line> {
    let keys: BTreeSet<&Fact> = predicted.keys().chain(real.keys()).collect();
    let mut lines: Vec<Line> = keys
        .into_iter()
        .map(|f| Line {
            fact: f.clone(),
            predicted: predicted.get(f).copied().unwrap_or(0),
            real: real.get(f).copied().unwrap_or(0),
        })
        .collect();
    let rank = |subject: &str| {
        if subject.starts_with('#') {
            2
        } else if subject.ends_with(&format!(":{local}")) {
            0
        } else {
            1
        }
    };
    lines.sort_by(|a, b| {
        (rank(&a.fact.subject), &a.fact.subject, a.fact.kind, &a.fact.value).cmp(&(
            rank(&b.fact.subject),
            &b.fact.subject,
            b.fact.kind,
            &b.fact.value,
        ))
    });
    lines
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;
