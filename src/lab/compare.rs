//! Prediction vs reality: both sides' `--dump`-shaped tables reduced to comparable facts.
//!
//! What is compared, per server: accounts, profiles, email/phone, the registration address
//! (`ui_auth_sessions_ips`, for sign-ups younger than 48 hours in the scenario's time), devices
//! (id and display name, last address and user agent), `user_ips` history (device, address,
//! user agent), which devices have an access token and uploaded keys, every stored event (type,
//! room, sender, and its facts: message body or Megolm ciphertext, reply/reaction target,
//! membership and display name, room settings), the search index, read receipts (one fact per
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
        }
    }

    /// Every kind, in display order.
    #[cfg(test)]
    pub const ALL: [Kind; 20] = [
        Kind::Account,
        Kind::Profile,
        Kind::Threepid,
        Kind::RegistrationIp,
        Kind::Device,
        Kind::DeviceLastIp,
        Kind::Ip,
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
mod tests {
    use super::*;
    use serde_json::json;

    fn dump(pairs: &[(&str, Value)]) -> Dump {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
    }

    #[test]
    fn server_names_map_back_only_on_whole_ports() {
        let n = Names {
            servers: vec![
                ("127.0.0.1:4000".into(), "a.example".into()),
                ("127.0.0.1:40001".into(), "b.example".into()),
            ],
            ..Names::default()
        };
        assert_eq!(n.server("@you:127.0.0.1:40001"), "@you:b.example");
        assert_eq!(n.server("@you:127.0.0.1:4000"), "@you:a.example");
        assert_eq!(n.server("#assembly:127.0.0.1:4000 and 127.0.0.1:40001"), "#assembly:a.example and b.example");
        assert_eq!(n.server("127.0.0.1:400012"), "127.0.0.1:400012", "a longer port is another server");
    }

    /// One conversation as a server stores it, in that server's own names: user ids on `server`,
    /// the `room` id, the two messages' `ids`, the access token, the password hash, a time and
    /// the first message's depth.
    fn conversation(server: &str, room: &str, ids: [&str; 2], token: &str, hash: &str, time: i64, depth: i64) -> Dump {
        let (you, sam) = (format!("@you:{server}"), format!("@sam:{server}"));
        let message = |id: &str, sender: &str, content: Value, depth: i64| json!({ "event": { "event_id": id, "type": "m.room.message", "room_id": room, "sender": sender, "content": content, "depth": depth } });
        let reply = json!({ "body": "yo", "m.relates_to": { "m.in_reply_to": { "event_id": ids[0] } } });
        dump(&[
            ("users", json!([{ "name": you, "password_hash": hash }])),
            (
                "user_ips",
                json!([{ "user_id": you, "access_token": token, "device_id": "LAPTOP", "ip": "203.0.113.7", "user_agent": "UA", "last_seen": time }]),
            ),
            (
                "events",
                json!([message(ids[0], &you, json!({ "body": "hi" }), depth), message(ids[1], &sam, reply, depth + 1)]),
            ),
            (
                "receipts_linearized",
                json!([{ "content": { "room_id": room, "user_id": you, "content": { ids[1]: { "m.read": { you.clone(): { "ts": time } } } } } }]),
            ),
        ])
    }

    /// The same facts, stored with different ids, tokens and times, compare equal.
    #[test]
    fn ids_tokens_and_times_are_normalised_away() {
        let sim =
            conversation("big.example", "!simroom:big.example", ["$sim1", "$sim2"], "syt_a", "$2b$12$<bcrypt>", 1, 4);
        let mut real = conversation(
            "127.0.0.1:4001",
            "!xyz:127.0.0.1:4001",
            ["$real1", "$real2"],
            "syt_other",
            "$2b$12$real",
            99,
            9,
        );
        if let Some(users) = real.get_mut("users").and_then(Value::as_array_mut) {
            users.push(json!({ "name": "@glasshouse-lab:127.0.0.1:4001" }));
        }
        let sim_names =
            Names { rooms: [("!simroom:big.example".to_owned(), "chat".to_owned())].into(), ..Names::default() };
        let real_names = Names {
            servers: vec![("127.0.0.1:4001".into(), "big.example".into())],
            rooms: [("!xyz:127.0.0.1:4001".to_owned(), "chat".to_owned())].into(),
            ignore_users: ["@glasshouse-lab:big.example".to_owned()].into(),
            ..Names::default()
        };
        let (p, r) = (facts(&sim, &sim_names), facts(&real, &real_names));
        let lines = compare(&p, &r, "big.example");
        let differ: Vec<_> = lines.iter().filter(|l| !l.agrees()).collect();
        assert!(differ.is_empty(), "{differ:#?}");
        assert!(lines.iter().any(|l| l.fact.value == "#chat m.room.message “yo” ↩ “hi” (@you:big.example)"));
        assert!(lines.iter().any(|l| l.fact.kind == Kind::Receipt && l.fact.value.contains("“yo”")));
    }

    #[test]
    fn unreplayed_devices_lose_only_their_token_keys_and_device_list_facts() {
        let d = dump(&[
            ("devices", json!([{ "user_id": "@dana:s.example", "device_id": "GHOST", "display_name": "GHOST" }])),
            ("access_tokens", json!([{ "user_id": "@dana:s.example", "device_id": "GHOST" }])),
            ("e2e_device_keys_json", json!([{ "user_id": "@dana:s.example", "device_id": "GHOST" }])),
        ]);
        let names =
            Names { unreplayed: [("@dana:s.example".to_owned(), "GHOST".to_owned())].into(), ..Names::default() };
        let kinds: Vec<Kind> = facts(&d, &names).into_keys().map(|f| f.kind).collect();
        assert_eq!(kinds, vec![Kind::Device]);
    }

    /// What the storage findings claim is compared: how many receipt rows a server keeps, and
    /// whether a remote device's name reached it.
    #[test]
    fn receipt_rows_are_counted_and_remote_device_names_compared() {
        let receipt = json!({ "content": { "room_id": "!r:a.example", "user_id": "@sam:b.example", "content": { "$e": { "m.read": { "@sam:b.example": { "ts": 1 } } } } } });
        let remote = |name: Option<&str>| {
            let mut c = json!({ "user_id": "@sam:b.example", "device_id": "PHONE", "keys": {} });
            if let (Some(n), Some(m)) = (name, c.as_object_mut()) {
                m.insert("device_display_name".into(), json!(n));
            }
            json!({ "content": c })
        };
        let sim = dump(&[
            ("receipts_linearized", json!([receipt.clone(), receipt.clone()])),
            ("device_lists_remote_cache", json!([remote(Some("Element Android"))])),
        ]);
        let real =
            dump(&[("receipts_linearized", json!([receipt])), ("device_lists_remote_cache", json!([remote(None)]))]);
        let lines = compare(&facts(&sim, &Names::default()), &facts(&real, &Names::default()), "a.example");
        let receipt = lines.iter().find(|l| l.fact.kind == Kind::Receipt).expect("a receipt line");
        assert_eq!((receipt.predicted, receipt.real), (2, 1), "two rows predicted, one stored");
        let devices: Vec<(&str, usize, usize)> = lines
            .iter()
            .filter(|l| l.fact.kind == Kind::RemoteDevice)
            .map(|l| (l.fact.value.as_str(), l.predicted, l.real))
            .collect();
        assert_eq!(devices, [("PHONE", 0, 1), ("PHONE “Element Android”", 1, 0)]);
    }

    #[test]
    fn expired_sign_ups_are_set_aside() {
        let d = dump(&[(
            "ui_auth_sessions_ips",
            json!([{ "user_id": "@you:a.example", "ip": "203.0.113.7", "user_agent": "UA" }]),
        )]);
        assert_eq!(facts(&d, &Names::default()).len(), 1);
        let names = Names { expired_sign_ups: ["@you:a.example".to_owned()].into(), ..Names::default() };
        assert!(facts(&d, &names).is_empty());
    }

    #[test]
    fn a_missing_or_extra_fact_is_a_difference() {
        let sim = dump(&[(
            "user_threepids",
            json!([{ "user_id": "@you:a.example", "medium": "email", "address": "x@mail.example" }]),
        )]);
        let real = dump(&[(
            "presence_stream",
            json!([{ "content": { "user_id": "@you:a.example", "content": { "presence": "online", "status_msg": null } } }]),
        )]);
        let lines = compare(&facts(&sim, &Names::default()), &facts(&real, &Names::default()), "a.example");
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| !l.agrees()));
        assert_eq!((lines[0].predicted, lines[0].real), (1, 0));
    }

    #[test]
    fn encrypted_events_compare_by_ciphertext_and_membership_by_the_last_event() {
        let ev = |id: &str, depth: u64, m: &str| json!({ "event": { "event_id": id, "type": "m.room.member", "state_key": "@kai:a.example", "room_id": "!r:a.example", "sender": "@kai:a.example", "content": { "membership": m }, "depth": depth } });
        let enc = json!({ "event": { "event_id": "$e", "type": "m.room.encrypted", "room_id": "!r:a.example", "sender": "@kai:a.example", "content": { "algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEpABcdefghijklmnop" }, "depth": 3 } });
        let d = dump(&[("events", json!([ev("$1", 1, "join"), ev("$2", 2, "leave"), enc]))]);
        let f = facts(&d, &Names::default());
        assert!(f.keys().any(|k| k.kind == Kind::Membership && k.value.ends_with("leave")));
        assert!(!f.keys().any(|k| k.kind == Kind::Membership && k.value.ends_with("join")));
        assert!(f.keys().any(|k| k.value.contains("ciphertext AwgAEpABcdefghij… (22 chars)")));
    }
}
