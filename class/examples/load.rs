//! The class server under a class's load (issue 19): 60 learners as real HTTP clients on loopback
//! join, choose and post two messages each within a minute while 60 event streams stay open (the
//! joins spread over 24 s, then the chat over 25 s, as a room does it; `--burst` sends everything
//! at once instead); then
//! the trainer raids and reveals. Prints the p50/p99/max response times, the raid-to-every-debrief
//! time and the process's peak memory. A measurement, bounded in count and time, loopback only:
//! `cargo run --release -p glasshouse-class --example load`.

use glasshouse_class::{Config, Template, start};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const LEARNERS: usize = 60;
/// Between two learners' first actions, unless `--burst`.
const PACE: Duration = Duration::from_millis(400);

/// One request; returns (status, Set-Cookie value, elapsed).
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    body: &str,
) -> (u16, Option<String>, Duration) {
    let started = Instant::now();
    let Ok(mut s) = TcpStream::connect(addr) else { return (0, None, started.elapsed()) };
    let _ = s.set_read_timeout(Some(Duration::from_secs(30)));
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(c) = cookie {
        head.push_str(&format!("Cookie: {c}\r\n"));
    }
    if !body.is_empty() {
        head.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    head.push_str(body);
    if s.write_all(head.as_bytes()).is_err() {
        return (0, None, started.elapsed());
    }
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    let elapsed = started.elapsed();
    let text = String::from_utf8_lossy(&answer);
    let status = text.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let cookie = text
        .lines()
        .take_while(|l| !l.is_empty())
        .find_map(|l| l.strip_prefix("Set-Cookie: "))
        .and_then(|c| c.split(';').next())
        .map(str::to_owned);
    (status, cookie, elapsed)
}

/// Holds an event stream open until the server goes; counts the bytes that arrive.
fn stream(addr: SocketAddr, cookie: String, bytes: Arc<Mutex<usize>>) {
    let Ok(mut s) = TcpStream::connect(addr) else { return };
    let _ = s.set_read_timeout(Some(Duration::from_secs(120)));
    let _ = s.write_all(format!("GET /events HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\n\r\n").as_bytes());
    let mut buf = [0u8; 4096];
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 {
            break;
        }
        *bytes.lock().unwrap_or_else(|e| e.into_inner()) += n;
    }
}

/// The process's peak resident memory (VmHWM), in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted.get(((sorted.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or_default()
}

fn main() {
    let data = std::env::temp_dir().join(format!("glasshouse-class-load-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let mut config = Config::new(data.clone());
    config.messages_per_minute = 10;
    let Ok(running) = start(Template::bundled(), config) else {
        eprintln!("the class server did not start");
        return;
    };
    let addr = running.addr;
    let code = running.code.clone();
    let times = Arc::new(Mutex::new(Vec::new()));
    let bytes = Arc::new(Mutex::new(0usize));
    let servers = ["bigchat.example", "collective.example", "harbour.example", "campus.example"];
    let connections = ["direct", "vpn", "tor"];
    let (_, trainer, _) = request(addr, "POST", "/trainer/login", None, &format!("key={}", running.trainer_key));
    let trainer = trainer.unwrap_or_default();
    let burst = std::env::args().any(|a| a == "--burst");
    let pace = if burst { Duration::ZERO } else { PACE };
    let began = Instant::now();
    // Joining: every learner joins and opens its event stream, then chooses.
    let cookies: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..LEARNERS)
            .map(|i| {
                let (times, bytes, code) = (Arc::clone(&times), Arc::clone(&bytes), code.clone());
                scope.spawn(move || {
                    std::thread::sleep(pace * i as u32);
                    let (_, cookie, t) = request(addr, "POST", "/join", None, &format!("code={code}&pseudonym=P{i}"));
                    let cookie = cookie.unwrap_or_default();
                    let c2 = cookie.clone();
                    std::thread::spawn(move || stream(addr, c2, bytes));
                    let body = format!(
                        "username=p{i}&display_name=P{i}&choice-server={}&choice-connection={}&choice-email={}",
                        servers[i % 4],
                        connections[i % 3],
                        i % 2 == 0
                    );
                    let (_, _, t2) = request(addr, "POST", "/choose", Some(&cookie), &body);
                    times.lock().unwrap_or_else(|e| e.into_inner()).extend([t, t2]);
                    cookie
                })
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    let (_, _, t) = request(addr, "POST", "/trainer/phase", Some(&trainer), "phase=chat");
    times.lock().unwrap_or_else(|e| e.into_inner()).push(t);
    // Chat: two messages each, and each learner reloads their page after posting.
    std::thread::scope(|scope| {
        for (i, cookie) in cookies.iter().enumerate() {
            let times = Arc::clone(&times);
            scope.spawn(move || {
                std::thread::sleep(pace * i as u32);
                for round in 0..2 {
                    if round == 1 {
                        std::thread::sleep(pace * 2);
                    }
                    let (_, _, a) =
                        request(addr, "POST", "/say", Some(cookie), &format!("text=message+{round}+from+{i}"));
                    let (_, _, b) = request(addr, "GET", "/", Some(cookie), "");
                    times.lock().unwrap_or_else(|e| e.into_inner()).extend([a, b]);
                }
            });
        }
    });
    let chat_done = began.elapsed();
    request(addr, "POST", "/trainer/phase", Some(&trainer), "phase=closed");
    let raid_started = Instant::now();
    request(addr, "POST", "/trainer/raid", Some(&trainer), "adversary=raid-bigchat");
    // The reveal as soon as every debrief is ready (the learners' counterfactuals come later).
    let mut waited = 0;
    while running.outcome(1).is_none() && waited < 1200 {
        std::thread::sleep(Duration::from_millis(50));
        waited += 1;
    }
    let to_debriefs = raid_started.elapsed();
    request(addr, "POST", "/trainer/reveal", Some(&trainer), "");
    let mut all: Vec<Duration> = times.lock().unwrap_or_else(|e| e.into_inner()).clone();
    all.sort();
    let streamed = *bytes.lock().unwrap_or_else(|e| e.into_inner());
    println!(
        "{LEARNERS} learners, {} requests with {LEARNERS} event streams open (joined, chose and posted in {:.1} s): p50 {:?}, p99 {:?}, max {:?}",
        all.len(),
        chat_done.as_secs_f64(),
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        all.last().copied().unwrap_or_default()
    );
    println!("raid to every learner's debrief: {:?} (the reveal can go ahead then)", to_debriefs);
    println!(
        "event streams received {streamed} bytes; peak memory of the process (server and clients): {:.0} MiB",
        peak_mib()
    );
    running.stop();
    let _ = std::fs::remove_dir_all(&data);
}
