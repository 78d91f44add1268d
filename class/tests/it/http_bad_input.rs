//! Hostile and broken input over HTTP: markup, direction overrides, huge strings and bodies,
//! wrong codes, keys and cookies, the caps. Each gets a clear refusal, never a crash or an
//! unescaped string.

use super::client::{data_dir, get, join, post, request, trainer};
use glasshouse_class::{Config, Template, start};

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

fn assert_escaped(page: &str) {
    assert!(!page.contains("<script>alert") && !page.contains("<img src=x"), "unescaped markup in:\n{page}");
}

#[test]
fn markup_from_learners_is_escaped_on_every_page() {
    let dir = data_dir("markup");
    let running = start(Template::bundled(), Config::new(dir.clone())).expect("start");
    let addr = running.addr;
    let a = join(addr, &running.code, SCRIPT);
    let r = post(
        addr,
        "/choose",
        Some(&a),
        &[
            ("username", "ana"),
            ("display_name", IMG),
            ("choice-server", "bigchat.example"),
            ("choice-connection", "direct"),
            ("choice-email", "true"),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let t = trainer(addr, &running.trainer_key);
    post(addr, "/trainer/phase", Some(&t), &[("phase", "chat")]);
    assert_eq!(post(addr, "/say", Some(&a), &[("text", &format!("{SCRIPT} {IMG}"))]).status, 303);
    let page = get(addr, "/", Some(&a)).body;
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{page}");
    assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "{page}");
    assert_escaped(&page);
    assert_escaped(&get(addr, "/trainer", Some(&t)).body);
    // A refusal that repeats a typed value escapes it too.
    let bad = post(addr, "/choose", Some(&a), &[("username", "ana"), ("display_name", "A"), ("choice-server", SCRIPT)]);
    assert_eq!(bad.status, 400);
    assert_escaped(&bad.body);
    assert!(bad.body.contains("class=\"refused\""));
    running.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_strings_and_bodies_are_refused_with_a_reason() {
    let dir = data_dir("strings");
    let mut config = Config::new(dir.clone());
    config.max_learners = 3;
    config.messages_per_minute = 2;
    let running = start(Template::bundled(), config).expect("start");
    let addr = running.addr;
    let code = running.code.clone();
    let r = post(addr, "/join", None, &[("code", &code), ("pseudonym", "evil\u{202E}gpj.exe")]);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("reverse the text"), "{}", r.body);
    let long = "x".repeat(10_000);
    let r = post(addr, "/join", None, &[("code", &code), ("pseudonym", &long)]);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("too long: 10000 characters, at most 32"), "{}", r.body);
    assert!(!r.body.contains(&long));
    // Over the body cap: refused before it is read.
    let huge = format!("code={code}&pseudonym={}", "y".repeat(20_000));
    let r = request(addr, "POST", "/join", None, Some(&huge));
    assert_eq!(r.status, 413);
    assert!(r.body.contains("too large"));
    // Wrong code; empty pseudonym.
    let r = post(addr, "/join", None, &[("code", "ZZZZZZ"), ("pseudonym", "Ana")]);
    assert_eq!(r.status, 403);
    assert!(r.body.contains("not this class"));
    assert_eq!(post(addr, "/join", None, &[("code", &code), ("pseudonym", "  ")]).status, 400);
    let a = join(addr, &code, "Ana");
    let t = trainer(addr, &running.trainer_key);
    post(addr, "/trainer/phase", Some(&t), &[("phase", "chat")]);
    let r = post(addr, "/say", Some(&a), &[("text", &long)]);
    assert_eq!(r.status, 400);
    assert!(r.body.contains("at most 500"));
    // The per-minute cap.
    assert_eq!(post(addr, "/say", Some(&a), &[("text", "one")]).status, 303);
    assert_eq!(post(addr, "/say", Some(&a), &[("text", "two")]).status, 303);
    let r = post(addr, "/say", Some(&a), &[("text", "three")]);
    assert_eq!(r.status, 429);
    assert!(r.body.contains("at most 2 messages a minute"));
    // The learner cap.
    join(addr, &code, "Ben");
    join(addr, &code, "Cy");
    let r = post(addr, "/join", None, &[("code", &code), ("pseudonym", "Dee")]);
    assert_eq!(r.status, 503);
    assert!(r.body.contains("full (3 people)"));
    // Nothing above hurt the server.
    assert_eq!(get(addr, "/", Some(&a)).status, 200);
    assert_eq!(running.session().learners.len(), 3);
    running.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn keys_and_cookies_are_checked() {
    let dir = data_dir("keys");
    let running = start(Template::bundled(), Config::new(dir.clone())).expect("start");
    let addr = running.addr;
    let a = join(addr, &running.code, "Ana");
    // Wrong trainer key; trainer pages and actions without the trainer's cookie; a learner's cookie
    // is not a trainer's.
    let r = post(addr, "/trainer/login", None, &[("key", "0123456789abcdef0123456789abcdef")]);
    assert_eq!(r.status, 403);
    assert!(r.header("Set-Cookie").is_none());
    for path in ["/trainer/export.toml", "/trainer/summary.json"] {
        assert_eq!(get(addr, path, None).status, 403, "{path}");
        assert_eq!(get(addr, path, Some(&a)).status, 403, "{path}");
    }
    assert_eq!(post(addr, "/trainer/phase", Some(&a), &[("phase", "chat")]).status, 403);
    assert_eq!(post(addr, "/trainer/raid", None, &[("adversary", "raid-bigchat")]).status, 403);
    assert!(!get(addr, "/trainer", Some(&a)).body.contains(&running.code));
    let forged = format!("gh_trainer={}", "0".repeat(32));
    assert_eq!(post(addr, "/trainer/reveal", Some(&forged), &[]).status, 403);
    // An unknown learner cookie is nobody: the join form, and posting is refused.
    let stranger = format!("gh_learner={}", "f".repeat(32));
    assert!(get(addr, "/", Some(&stranger)).body.contains("action=\"/join\""));
    assert_eq!(post(addr, "/say", Some(&stranger), &[("text", "hi")]).status, 403);
    // Another learner's session shows that learner's page only (the cookie is the only key).
    let b = join(addr, &running.code, "Ben");
    let page = get(addr, "/", Some(&b)).body;
    assert!(page.contains("You are Ben.") && !page.contains("You are Ana."));
    // Unknown pages and methods.
    assert_eq!(get(addr, "/nope", None).status, 404);
    assert_eq!(request(addr, "DELETE", "/", None, None).status, 404);
    running.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn guessing_the_code_pauses_joining_for_a_minute() {
    let dir = data_dir("guess");
    let running = start(Template::bundled(), Config::new(dir.clone())).expect("start");
    let addr = running.addr;
    for i in 0..glasshouse_class::server::WRONG_CODES_PER_MINUTE {
        let r = post(addr, "/join", None, &[("code", &format!("GUESS{i}")), ("pseudonym", "X")]);
        assert_eq!(r.status, 403);
    }
    // Even the right code waits now: the guesser cannot tell a hit from the pause.
    let r = post(addr, "/join", None, &[("code", &running.code), ("pseudonym", "Ana")]);
    assert_eq!(r.status, 429);
    assert!(r.body.contains("wait a minute"));
    assert!(running.session().learners.is_empty());
    running.stop();
    let _ = std::fs::remove_dir_all(&dir);
}
