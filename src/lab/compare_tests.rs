//! Tests of the lab's comparison: facts from dumps, normalisation, and what counts as a difference.

use super::*;
use serde_json::json;

fn dump(pairs: &[(&str, Value)]) -> Dump {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
}

#[test]
fn server_names_map_back_only_on_whole_ports() {
    let n = Names {
        servers: vec![("127.0.0.1:4000".into(), "a.example".into()), ("127.0.0.1:40001".into(), "b.example".into())],
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
    let sim = conversation("big.example", "!simroom:big.example", ["$sim1", "$sim2"], "syt_a", "$2b$12$<bcrypt>", 1, 4);
    let mut real =
        conversation("127.0.0.1:4001", "!xyz:127.0.0.1:4001", ["$real1", "$real2"], "syt_other", "$2b$12$real", 99, 9);
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
    let names = Names { unreplayed: [("@dana:s.example".to_owned(), "GHOST".to_owned())].into(), ..Names::default() };
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
    let real = dump(&[("receipts_linearized", json!([receipt])), ("device_lists_remote_cache", json!([remote(None)]))]);
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
