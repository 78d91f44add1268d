//! The lab's push gateway: a small HTTP server on 127.0.0.1 that records every notification Synapse posts to `/_matrix/push/v1/notify`, and the reduction of those (and of the simulator's) to comparable facts.
//!
//! The replay registers each scenario pusher with the simulator's app id, push key and format,
//! but with this gateway's URL; Synapse then posts here exactly what it would post to Element's
//! gateway or a UnifiedPush distributor.

use super::compare::{Fact, Kind, Names, event_name, s, short_text};
use super::database::Dump;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The running gateway. Dropping it stops it.
pub struct Gateway {
    port: u16,
    received: Arc<Mutex<Vec<Value>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Gateway {
    /// Listens on a free port of 127.0.0.1 and answers every notification with no rejected key.
    pub fn start() -> std::io::Result<Gateway> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (r, st) = (Arc::clone(&received), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if st.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let r = Arc::clone(&r);
                std::thread::spawn(move || serve(conn, &r));
            }
        });
        Ok(Gateway { port, received, stop, thread: Some(thread) })
    }

    /// The URL a pusher's `data.url` names.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/_matrix/push/v1/notify", self.port)
    }

    /// Every notification received so far, in arrival order.
    pub fn received(&self) -> Vec<Value> {
        self.received.lock().map(|v| v.clone()).unwrap_or_default()
    }

    /// Waits until at least `n` notifications arrived, at most `limit`.
    pub fn wait_for(&self, n: usize, limit: Duration) {
        let started = Instant::now();
        while self.received.lock().map_or(0, |v| v.len()) < n && started.elapsed() < limit {
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Serves one connection: HTTP/1.1 requests with a `Content-Length` body, kept alive until the
/// client closes it. Each body is recorded; the answer is `{"rejected": []}`.
fn serve(conn: TcpStream, received: &Mutex<Vec<Value>>) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(60)));
    let Ok(mut out) = conn.try_clone() else { return };
    let mut reader = BufReader::new(conn);
    loop {
        let mut length = 0usize;
        let mut first = true;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let line = line.trim_end();
            if line.is_empty() && !first {
                break;
            }
            first = false;
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0u8; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        if let (Ok(v), Ok(mut r)) = (serde_json::from_slice::<Value>(&body), received.lock()) {
            r.push(v);
        }
        let answer = br#"{"rejected":[]}"#;
        let head =
            format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", answer.len());
        if out.write_all(head.as_bytes()).and_then(|()| out.write_all(answer)).is_err() {
            return;
        }
    }
}

/// One side's notifications as facts: about the user whose pusher (found by its push key in
/// the `pushers` of `dumps`) got it, naming the event by its type, sender and text (found in
/// the `events` of `dumps`), with what the notification showed. Ids, times and `pushkey_ts`
/// are left out.
pub fn facts(notifications: &[Value], dumps: &[&Dump], names: &Names) -> BTreeMap<Fact, usize> {
    fn rows<'d>(dumps: &[&'d Dump], table: &'static str) -> impl Iterator<Item = &'d Value> {
        dumps.iter().flat_map(move |d| d.get(table).and_then(Value::as_array).into_iter().flatten())
    }
    let owner: BTreeMap<&str, String> =
        rows(dumps, "pushers").map(|r| (s(&r["pushkey"]), names.server(s(&r["user_name"])))).collect();
    let by_id: BTreeMap<&str, String> =
        rows(dumps, "events").map(|r| (s(&r["event"]["event_id"]), event_name(&r["event"], names))).collect();
    let mut out = BTreeMap::new();
    for body in notifications {
        let n = &body["notification"];
        let device = &n["devices"][0];
        let subject = owner.get(s(&device["pushkey"])).cloned().unwrap_or_else(|| "?".into());
        let mut v = match n["event_id"].as_str() {
            None => format!("unread count {}", n["counts"]["unread"]),
            Some(id) => {
                let event = by_id.get(id).cloned().unwrap_or_else(|| "?".into());
                format!(
                    "{} {event} · prio {} · unread {}",
                    names.room(s(&n["room_id"])),
                    s(&n["prio"]),
                    n["counts"]["unread"]
                )
            }
        };
        if n.get("type").is_some_and(|t| !t.is_null()) {
            let room_name = n["room_name"].as_str().map(|r| format!(" in “{}”", names.server(r))).unwrap_or_default();
            let membership = n["membership"].as_str().map(|m| format!(" ({m})")).unwrap_or_default();
            let c = &n["content"];
            let content = match (c["body"].as_str(), c["ciphertext"].as_str()) {
                (Some(b), _) => format!(" · “{b}”"),
                (None, Some(x)) => format!(" · ciphertext {} ({} chars)", short_text(x, 12), x.len()),
                _ if c.is_object() => " · content".to_owned(),
                _ => String::new(),
            };
            let sender = names.server(s(&n["sender"]));
            let name = s(&n["sender_display_name"]);
            v.push_str(&format!(" · {}{membership} from {sender} “{name}”{room_name}{content}", s(&n["type"])));
        }
        let tweaks = device.get("tweaks").map(|t| format!(" · tweaks {}", sorted(t))).unwrap_or_default();
        v.push_str(&format!(" · {} {}{tweaks}", s(&device["app_id"]), sorted(&device["data"])));
        *out.entry(Fact { subject, kind: Kind::Push, value: v }).or_insert(0) += 1;
    }
    out
}

/// A JSON object with its keys in order, as compact text.
fn sorted(v: &Value) -> String {
    let map: BTreeMap<&String, &Value> = v.as_object().map(|m| m.iter().collect()).unwrap_or_default();
    json!(map).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gateway_records_what_it_is_posted_and_answers_no_rejection() {
        let gw = Gateway::start().expect("bind on loopback");
        let agent: ureq::Agent =
            ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(5))).build().into();
        for unread in [1, 0] {
            let body = json!({ "notification": { "counts": { "unread": unread }, "devices": [] } });
            let mut r =
                agent.post(&gw.url()).header("Content-Type", "application/json").send(body.to_string()).expect("post");
            let answer: Value = serde_json::from_str(&r.body_mut().read_to_string().expect("answer")).expect("json");
            assert_eq!(answer, json!({ "rejected": [] }));
        }
        gw.wait_for(2, Duration::from_secs(5));
        let got = gw.received();
        assert_eq!(got.len(), 2);
        assert_eq!(got[1]["notification"]["counts"]["unread"], 0);
    }

    #[test]
    fn notifications_compare_without_ids_or_times() {
        let pushers = json!([{ "user_name": "@you:a.example", "pushkey": "key" }]);
        let events = json!([{ "event": { "event_id": "$1", "type": "m.room.message", "sender": "@sam:a.example", "content": { "body": "hi" } } }]);
        let dump: Dump = [("pushers".to_owned(), pushers), ("events".to_owned(), events)].into();
        let device =
            json!({ "app_id": "app", "pushkey": "key", "pushkey_ts": 5, "data": { "format": "event_id_only" } });
        let ids_only = json!({ "notification": { "event_id": "$1", "room_id": "!r:a.example", "prio": "low", "counts": { "unread": 1 }, "devices": [device] } });
        let badge = json!({ "notification": { "id": "", "type": null, "sender": "", "counts": { "unread": 0 }, "devices": [device] } });
        let names = Names { rooms: [("!r:a.example".to_owned(), "r".to_owned())].into(), ..Names::default() };
        let f = facts(&[ids_only, badge], &[&dump], &names);
        let values: Vec<&str> = f.keys().map(|k| k.value.as_str()).collect();
        assert_eq!(
            values,
            [
                "#r “hi” (@sam:a.example) · prio low · unread 1 · app {\"format\":\"event_id_only\"}",
                "unread count 0 · app {\"format\":\"event_id_only\"}",
            ]
        );
        assert!(f.keys().all(|k| k.subject == "@you:a.example" && k.kind == Kind::Push));
    }
}
