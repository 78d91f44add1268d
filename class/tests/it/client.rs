//! A minimal HTTP/1.1 client over std's TcpStream (one request per connection), and helpers.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::Duration;

/// A response.
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The value of the cookie the response sets.
    pub fn cookie(&self) -> Option<String> {
        let v = self.header("Set-Cookie")?;
        v.split(';').next().map(str::to_owned)
    }
}

/// Percent-encodes a form value.
pub fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A form body from pairs.
pub fn body(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))).collect::<Vec<_>>().join("&")
}

/// Sends one request; `cookie` is `name=value`.
pub fn request(addr: SocketAddr, method: &str, path: &str, cookie: Option<&str>, body: Option<&str>) -> Resp {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60))).expect("timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nAccept-Language: en\r\n");
    if let Some(c) = cookie {
        head.push_str(&format!("Cookie: {c}\r\n"));
    }
    if let Some(b) = body {
        head.push_str(&format!("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n", b.len()));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).expect("write");
    if let Some(b) = body {
        // The server may refuse (413) before reading it all; that is not the client's failure.
        let _ = s.write_all(b.as_bytes());
    }
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|c| c.parse().ok()).unwrap_or(0);
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned())).collect();
    Resp { status, headers, body: body.to_owned() }
}

pub fn get(addr: SocketAddr, path: &str, cookie: Option<&str>) -> Resp {
    request(addr, "GET", path, cookie, None)
}

pub fn post(addr: SocketAddr, path: &str, cookie: Option<&str>, pairs: &[(&str, &str)]) -> Resp {
    request(addr, "POST", path, cookie, Some(&body(pairs)))
}

/// A fresh data folder under the system's temporary folder.
pub fn data_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("glasshouse-class-test-{name}-{}-{}", std::process::id(), rand_suffix()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

/// Joins and returns the learner's cookie.
pub fn join(addr: SocketAddr, code: &str, pseudonym: &str) -> String {
    let r = post(addr, "/join", None, &[("code", code), ("pseudonym", pseudonym)]);
    assert_eq!(r.status, 303, "join {pseudonym}: {}", r.body);
    let set = r.header("Set-Cookie").expect("a cookie").to_owned();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"), "{set}");
    r.cookie().expect("cookie")
}

/// Logs the trainer in and returns the cookie.
pub fn trainer(addr: SocketAddr, key: &str) -> String {
    let r = post(addr, "/trainer/login", None, &[("key", key)]);
    assert_eq!(r.status, 303, "{}", r.body);
    r.cookie().expect("trainer cookie")
}

/// Waits for a raid to finish.
pub fn wait_raid(running: &glasshouse_class::Running, round: u32) {
    for _ in 0..6000 {
        if running.raid_finished(round) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("raid {round} did not finish");
}
