//! Reads a real Synapse SQLite database into the same shape `run --dump` writes for the simulator.
//!
//! Each reader maps Synapse's columns to the dump's: `events` as `{received_at, backfilled,
//! event}`, EDU-fed tables (`receipts_linearized`, `presence_stream`,
//! `device_lists_remote_cache`) as `{edu_type, origin, content}`, and the user tables (`pushers`
//! too) column for column. A table the database lacks (another Synapse version) reads as empty.

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OpenFlags, Row};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// Table name → rows, as in a `--dump` folder.
pub type Dump = BTreeMap<String, Value>;

/// Reads every table the comparison uses. `server_name` is the real server name (Synapse keeps
/// some user ids as bare localparts).
pub fn read(path: &Path, server_name: &str) -> rusqlite::Result<Dump> {
    let db = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    db.busy_timeout(std::time::Duration::from_secs(5))?;
    read_connection(&db, server_name)
}

/// Like [`read`], on an open connection (tests use an in-memory fixture).
pub fn read_connection(db: &Connection, server_name: &str) -> rusqlite::Result<Dump> {
    let mut out = Dump::new();
    let full = |user: String| if user.starts_with('@') { user } else { format!("@{user}:{server_name}") };
    for (table, columns, rest) in PLAIN {
        out.insert((*table).into(), rows(db, &format!("SELECT {columns} FROM {table} {rest}"), plain_row)?);
    }
    out.insert(
        "events".into(),
        rows(db, "SELECT e.event_id, j.json, e.stream_ordering, e.received_ts FROM events e JOIN event_json j ON e.event_id = j.event_id WHERE e.event_id NOT IN (SELECT event_id FROM rejections) ORDER BY e.stream_ordering", |r| {
            let id: String = r.get(0)?;
            let mut event: Value = serde_json::from_str(&r.get::<_, String>(1)?).unwrap_or(Value::Null);
            if let Some(m) = event.as_object_mut() {
                m.insert("event_id".into(), json!(id));
            }
            let stream: i64 = r.get(2)?;
            Ok(json!({ "received_at": r.get::<_, Option<i64>>(3)?, "backfilled": stream < 0, "event": event }))
        })?,
    );
    out.insert(
        "profiles".into(),
        rows(db, "SELECT user_id, displayname, avatar_url FROM profiles", |r| {
            Ok(json!({ "user_id": full(r.get(0)?), "displayname": r.get::<_, Option<String>>(1)?, "avatar_url": r.get::<_, Option<String>>(2)? }))
        })?,
    );
    // Registration's address is kept per UI-auth session; the session's client data names the user.
    out.insert(
        "ui_auth_sessions_ips".into(),
        rows(db, "SELECT s.clientdict, i.ip, i.user_agent FROM ui_auth_sessions_ips i JOIN ui_auth_sessions s ON s.session_id = i.session_id", |r| {
            let client: Value = serde_json::from_str(&r.get::<_, String>(0)?).unwrap_or(Value::Null);
            let user = client["username"].as_str().map(|u| full(u.to_owned()));
            Ok(json!({ "user_id": user, "ip": r.get::<_, String>(1)?, "user_agent": r.get::<_, String>(2)? }))
        })?,
    );
    out.insert(
        "e2e_device_keys_json".into(),
        rows(db, "SELECT user_id, device_id, key_json FROM e2e_device_keys_json", |r| {
            let keys: Value = serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or(Value::Null);
            Ok(json!({ "user_id": r.get::<_, String>(0)?, "device_id": r.get::<_, String>(1)?, "key_json": keys }))
        })?,
    );
    out.insert(
        "receipts_linearized".into(),
        rows(db, "SELECT room_id, receipt_type, user_id, event_id, data FROM receipts_linearized", |r| {
            let (room, kind, user, event): (String, String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let data: Value = serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or(Value::Null);
            Ok(json!({ "edu_type": "m.receipt", "origin": "", "content": {
                "room_id": room, "user_id": user, "content": { event: { kind: { user.clone(): data } } },
            } }))
        })?,
    );
    out.insert(
        "presence_stream".into(),
        rows(db, "SELECT user_id, state, status_msg, last_active_ts, currently_active FROM presence_stream ORDER BY stream_id", |r| {
            let user: String = r.get(0)?;
            Ok(json!({ "edu_type": "m.presence", "origin": "", "content": { "user_id": user, "content": {
                "presence": r.get::<_, String>(1)?, "status_msg": r.get::<_, Option<String>>(2)?,
                "currently_active": r.get::<_, Option<bool>>(4)?,
            } } }))
        })?,
    );
    out.insert(
        "device_lists_remote_cache".into(),
        rows(db, "SELECT user_id, device_id, content FROM device_lists_remote_cache", |r| {
            let (user, device): (String, String) = (r.get(0)?, r.get(1)?);
            let keys: Value = serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or(Value::Null);
            // Synapse stores the update (or the `/user/devices` entry) whole: the display name is
            // in it only when the sending server shares device names.
            let name = keys.get("device_display_name").cloned();
            let mut content = json!({ "user_id": user, "device_id": device, "keys": keys });
            if let (Some(name), Some(c)) = (name, content.as_object_mut()) {
                c.insert("device_display_name".into(), name);
            }
            Ok(json!({ "edu_type": "m.device_list_update", "origin": "", "content": content }))
        })?,
    );
    out.insert(
        "device_inbox".into(),
        rows(db, "SELECT user_id, device_id, message_json FROM device_inbox ORDER BY stream_id", |r| {
            let m: Value = serde_json::from_str(&r.get::<_, String>(2)?).unwrap_or(Value::Null);
            Ok(json!({ "user_id": r.get::<_, String>(0)?, "device_id": r.get::<_, String>(1)?, "sender": m["sender"], "type": m["type"], "content": m["content"] }))
        })?,
    );
    out.insert(
        "pushers".into(),
        rows(db, "SELECT user_name, device_id, kind, app_id, app_display_name, device_display_name, pushkey, lang, data FROM pushers", |r| {
            let data: Value = serde_json::from_str(&r.get::<_, Option<String>>(8)?.unwrap_or_default()).unwrap_or(Value::Null);
            Ok(json!({
                "user_name": r.get::<_, String>(0)?, "device_id": r.get::<_, Option<String>>(1)?, "kind": r.get::<_, String>(2)?,
                "app_id": r.get::<_, String>(3)?, "app_display_name": r.get::<_, String>(4)?,
                "device_display_name": r.get::<_, String>(5)?, "pushkey": r.get::<_, String>(6)?,
                "lang": r.get::<_, Option<String>>(7)?, "data": data,
            }))
        })?,
    );
    Ok(out)
}

/// Tables read column for column: the table, its columns, what follows `FROM table`.
const PLAIN: &[(&str, &str, &str)] = &[
    ("users", "name, password_hash, creation_ts", ""),
    ("devices", "user_id, device_id, display_name, last_seen, ip, user_agent", "WHERE hidden = 0"),
    ("user_ips", "user_id, access_token, device_id, ip, user_agent, last_seen", ""),
    ("user_threepids", "user_id, medium, address, validated_at", ""),
    ("access_tokens", "user_id, device_id, token", ""),
    ("event_search", "event_id, room_id, key, value", ""),
    ("room_aliases", "room_alias, room_id, creator", ""),
    ("local_media_repository", "media_id, media_type, media_length, user_id", ""),
    ("remote_media_cache", "media_origin, media_id, media_type, media_length", ""),
    ("e2e_room_keys", "user_id, room_id, session_id, first_message_index, forwarded_count, is_verified", ""),
    ("e2e_room_keys_versions", "user_id, version, algorithm", "WHERE deleted = 0"),
    ("redactions", "event_id, redacts", ""),
];

/// A row as a JSON object keyed by column name (integers, text and nulls as they are).
fn plain_row(r: &Row<'_>) -> rusqlite::Result<Value> {
    let mut row = serde_json::Map::new();
    for (i, name) in r.as_ref().column_names().into_iter().enumerate() {
        let value = match r.get::<_, SqlValue>(i)? {
            SqlValue::Null => Value::Null,
            SqlValue::Integer(n) => json!(n),
            SqlValue::Real(x) => json!(x),
            SqlValue::Text(t) => json!(t),
            SqlValue::Blob(b) => json!(String::from_utf8_lossy(&b)),
        };
        row.insert(name.to_owned(), value);
    }
    Ok(Value::Object(row))
}

/// Runs a query; a missing table or column (another Synapse version) gives no rows.
fn rows(db: &Connection, sql: &str, f: impl Fn(&Row<'_>) -> rusqlite::Result<Value>) -> rusqlite::Result<Value> {
    let mut stmt = match db.prepare(sql) {
        Ok(s) => s,
        Err(rusqlite::Error::SqliteFailure(_, Some(msg))) if msg.contains("no such") => {
            return Ok(Value::Array(Vec::new()));
        }
        Err(e) => return Err(e),
    };
    let out = stmt.query_map([], |r| f(r))?.collect::<rusqlite::Result<Vec<Value>>>()?;
    Ok(Value::Array(out))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small database with Synapse's column names and a row or two per table the lab reads.
    pub(crate) fn fixture() -> Connection {
        let db = Connection::open_in_memory().expect("in-memory sqlite");
        db.execute_batch(
            r#"
            CREATE TABLE events (event_id TEXT, stream_ordering INTEGER, received_ts INTEGER, type TEXT);
            CREATE TABLE event_json (event_id TEXT, json TEXT);
            CREATE TABLE rejections (event_id TEXT);
            CREATE TABLE users (name TEXT, password_hash TEXT, creation_ts INTEGER);
            CREATE TABLE profiles (user_id TEXT, displayname TEXT, avatar_url TEXT, full_user_id TEXT);
            CREATE TABLE devices (user_id TEXT, device_id TEXT, display_name TEXT, last_seen INTEGER, ip TEXT, user_agent TEXT, hidden INTEGER);
            CREATE TABLE user_ips (user_id TEXT, access_token TEXT, device_id TEXT, ip TEXT, user_agent TEXT, last_seen INTEGER);
            CREATE TABLE ui_auth_sessions (session_id TEXT, clientdict TEXT);
            CREATE TABLE ui_auth_sessions_ips (session_id TEXT, ip TEXT, user_agent TEXT);
            CREATE TABLE user_threepids (user_id TEXT, medium TEXT, address TEXT, validated_at INTEGER, added_at INTEGER);
            CREATE TABLE access_tokens (user_id TEXT, device_id TEXT, token TEXT);
            CREATE TABLE receipts_linearized (room_id TEXT, receipt_type TEXT, user_id TEXT, event_id TEXT, data TEXT);
            CREATE TABLE presence_stream (stream_id INTEGER, user_id TEXT, state TEXT, status_msg TEXT, last_active_ts INTEGER, currently_active INTEGER);
            CREATE TABLE device_inbox (user_id TEXT, device_id TEXT, stream_id INTEGER, message_json TEXT);
            CREATE TABLE pushers (id INTEGER, user_name TEXT, access_token INTEGER, profile_tag TEXT, kind TEXT, app_id TEXT, app_display_name TEXT, device_display_name TEXT, pushkey TEXT, ts INTEGER, lang TEXT, data TEXT, last_stream_ordering INTEGER, last_success INTEGER, failing_since INTEGER, enabled INTEGER, device_id TEXT);
            INSERT INTO events VALUES ('$a', 1, 1000, 'm.room.message'), ('$rejected', 2, 1001, 'm.room.message'), ('$old', -1, 1002, 'm.room.create');
            INSERT INTO event_json VALUES
              ('$a', '{"type":"m.room.message","sender":"@you:127.0.0.1:4001","room_id":"!r:127.0.0.1:4001","content":{"body":"hi","msgtype":"m.text"},"depth":5}'),
              ('$rejected', '{"type":"m.room.message","content":{}}'),
              ('$old', '{"type":"m.room.create","sender":"@you:127.0.0.1:4001","room_id":"!r:127.0.0.1:4001","state_key":"","content":{},"depth":1}');
            INSERT INTO rejections VALUES ('$rejected');
            INSERT INTO users VALUES ('@you:127.0.0.1:4001', '$2b$12$x', 1700000000);
            INSERT INTO profiles VALUES ('you', 'Rosa', NULL, '@you:127.0.0.1:4001');
            INSERT INTO devices VALUES ('@you:127.0.0.1:4001', 'LAPTOP', 'Firefox on Linux', 5, '203.0.113.7', 'Firefox/140', 0),
                                       ('@you:127.0.0.1:4001', 'MASTERKEY', NULL, NULL, NULL, NULL, 1);
            INSERT INTO user_ips VALUES ('@you:127.0.0.1:4001', 'syt_x', 'LAPTOP', '203.0.113.7', 'Firefox/140', 5),
                                        ('@you:127.0.0.1:4001', 'syt_x', 'LAPTOP', '198.51.100.8', 'Firefox/140', 6);
            INSERT INTO ui_auth_sessions VALUES ('s1', '{"username":"you","device_id":"LAPTOP"}');
            INSERT INTO ui_auth_sessions_ips VALUES ('s1', '203.0.113.7', 'Firefox/140');
            INSERT INTO user_threepids VALUES ('@you:127.0.0.1:4001', 'email', 'rosa@mail.example', 1, 1);
            INSERT INTO access_tokens VALUES ('@you:127.0.0.1:4001', 'LAPTOP', 'syt_x');
            INSERT INTO receipts_linearized VALUES ('!r:127.0.0.1:4001', 'm.read', '@sam:127.0.0.1:4003', '$a', '{"ts":7}');
            INSERT INTO presence_stream VALUES (1, '@you:127.0.0.1:4001', 'online', NULL, 1, 1), (2, '@you:127.0.0.1:4001', 'online', 'at the hall', 2, 1);
            INSERT INTO pushers VALUES (1, '@you:127.0.0.1:4001', 3, '', 'http', 'im.vector.app.android', 'Element X', 'PHONE', 'fcm-token', 5, 'en', '{"url":"http://127.0.0.1:9/_matrix/push/v1/notify","format":"event_id_only"}', 1, NULL, NULL, 1, 'PHONE');
            INSERT INTO device_inbox VALUES ('@you:127.0.0.1:4001', 'LAPTOP', 1, '{"sender":"@sam:127.0.0.1:4003","type":"m.room.encrypted","content":{"algorithm":"m.olm.v1.curve25519-aes-sha2"}}');
            "#,
        )
        .expect("fixture schema");
        db
    }

    #[test]
    fn a_remote_device_name_is_read_only_where_it_was_sent() {
        let db = Connection::open_in_memory().expect("in-memory sqlite");
        db.execute_batch(
            r#"
            CREATE TABLE device_lists_remote_cache (user_id TEXT, device_id TEXT, content TEXT);
            INSERT INTO device_lists_remote_cache VALUES
              ('@sam:127.0.0.1:4003', 'PHONE', '{"device_id":"PHONE","keys":{"algorithms":[]}}'),
              ('@kim:127.0.0.1:4003', 'LAPTOP', '{"device_id":"LAPTOP","device_display_name":"Firefox","keys":{}}');
            "#,
        )
        .expect("schema");
        let d = read_connection(&db, "127.0.0.1:4001").expect("read");
        let rows = d["device_lists_remote_cache"].as_array().expect("rows");
        assert_eq!(rows[0]["content"].get("device_display_name"), None);
        assert_eq!(rows[1]["content"]["device_display_name"], "Firefox");
    }

    #[test]
    fn reads_the_fixture_into_the_dump_shape() {
        let d = read_connection(&fixture(), "127.0.0.1:4001").expect("read");
        let events = d["events"].as_array().expect("events");
        assert_eq!(events.len(), 2, "the rejected event is left out");
        assert_eq!(events[0]["event"]["type"], "m.room.create");
        assert_eq!(events[0]["backfilled"], true, "negative stream ordering = backfilled");
        assert_eq!(events[1]["event"]["event_id"], "$a", "the id is put back into the JSON");
        assert_eq!(d["profiles"][0]["user_id"], "@you:127.0.0.1:4001");
        assert_eq!(d["devices"].as_array().map(Vec::len), Some(1), "hidden devices are left out");
        assert_eq!(d["user_ips"].as_array().map(Vec::len), Some(2));
        assert_eq!(d["ui_auth_sessions_ips"][0]["user_id"], "@you:127.0.0.1:4001");
        assert_eq!(d["ui_auth_sessions_ips"][0]["ip"], "203.0.113.7");
        assert_eq!(d["user_threepids"][0]["address"], "rosa@mail.example");
        let receipt = &d["receipts_linearized"][0]["content"];
        assert_eq!(receipt["content"]["$a"]["m.read"]["@sam:127.0.0.1:4003"]["ts"], 7);
        assert_eq!(d["presence_stream"][1]["content"]["content"]["status_msg"], "at the hall");
        assert_eq!(d["device_inbox"][0]["sender"], "@sam:127.0.0.1:4003");
        assert_eq!(d["pushers"][0]["data"]["format"], "event_id_only");
        assert_eq!(d["pushers"][0]["device_id"], "PHONE");
        // Tables this fixture lacks read as empty, not as an error.
        assert_eq!(d["event_search"], json!([]));
        assert_eq!(d["device_lists_remote_cache"], json!([]));
    }
}
