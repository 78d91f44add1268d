//! `glasshouse class` as a trainer runs it: the process starts a class on a free port and prints
//! the join address and code; a learner joins over real HTTP; the process is killed with SIGKILL;
//! `--resume` brings the class back with the same code and the learner's cookie still works;
//! `--forget` erases it.

mod common;

use common::{glasshouse, s, scratch, text};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// Starts `glasshouse class` with `args` and reads its output up to the trainer line: (child,
/// join address `host:port`, join code).
fn start(args: &[&str]) -> (Child, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_glasshouse"))
        .args(["--lang", "en", "class", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"));
    let out = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(out).lines();
    let (mut addr, mut code) = (String::new(), String::new());
    for line in lines.by_ref().map_while(Result::ok) {
        if let Some(rest) = line.strip_prefix("Learners open http://") {
            addr = rest.split('/').next().unwrap_or_default().to_owned();
            code = rest.rsplit("code ").next().unwrap_or_default().trim_end_matches(':').to_owned();
        }
        if line.starts_with("Trainer page:") {
            break;
        }
    }
    assert!(!addr.is_empty() && code.len() == 6, "no join address or code (addr {addr:?}, code {code:?})");
    (child, addr, code)
}

/// One HTTP/1.0 request; returns (status, headers, body).
fn http(addr: &str, method: &str, path: &str, cookie: &str, body: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).unwrap_or_else(|e| panic!("connect {addr}: {e}"));
    let request = format!(
        "{method} {path} HTTP/1.0\r\nHost: {addr}\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read");
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, head.to_owned(), body.to_owned())
}

#[test]
fn a_class_survives_kill_9_and_resumes_with_its_learners() {
    let dir = scratch("class-cli").join("class");
    let (mut first, addr, code) = start(&["--data", s(&dir)]);
    let (status, head, _) = http(&addr, "POST", "/join", "", &format!("code={code}&pseudonym=Kite"));
    assert_eq!(status, 303, "{head}");
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("Set-Cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a learner cookie")
        .to_owned();
    let (_, _, page) = http(&addr, "GET", "/", &cookie, "");
    assert!(page.contains("Kite"), "the learner's page does not name them");
    // The journal keeps a digest of the cookie: reading the file does not let anyone act as Kite.
    let secret = cookie.split_once('=').map(|(_, v)| v).unwrap_or_default();
    let journal = std::fs::read_to_string(dir.join("session.jsonl")).unwrap_or_default();
    assert!(secret.len() >= 32 && !journal.contains(secret), "the learner's cookie is in the journal");
    // SIGKILL: no chance to save anything on the way out.
    first.kill().expect("kill -9");
    let _ = first.wait();
    // Starting afresh over a saved class is refused with what to do.
    let again = glasshouse(&["class", "--listen", "127.0.0.1:0", "--data", s(&dir)], &[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("--resume"), "{}", text(&again.stderr));
    let (mut resumed, addr, same) = start(&["--data", s(&dir), "--resume"]);
    assert_eq!(same, code, "the resumed class has another code");
    let (_, _, page) = http(&addr, "GET", "/", &cookie, "");
    assert!(page.contains("Kite"), "the learner lost their place after kill -9 and --resume");
    resumed.kill().expect("stop");
    let _ = resumed.wait();
    let forget = glasshouse(&["class", "--forget", "--data", s(&dir)], &[]);
    assert_eq!(forget.status.code(), Some(0), "{}", text(&forget.stderr));
    assert!(!dir.exists(), "--forget left {}", dir.display());
}
