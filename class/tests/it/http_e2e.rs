//! The whole class over real HTTP on an ephemeral port: join, choose, post, react, raid, reveal,
//! change and replay, export; the exported scenario runs in the core and finds what the class found.

use super::client::{data_dir, get, join, post, trainer, wait_raid};
use glasshouse_class::{Config, Template, start};
use glasshouse_sim::{Report, Scenario};

/// What a report found, independent of the message text: (adversary, subject, code, IP kind).
fn found(r: &Report) -> Vec<String> {
    let mut v: Vec<String> = r
        .findings
        .iter()
        .map(|f| format!("{} {} {} {}", f.adversary, f.subject, f.code().as_str(), f.detail()["ip_kind"]))
        .collect();
    v.sort();
    v
}

#[test]
fn a_class_from_join_to_export_over_http() {
    let dir = data_dir("e2e");
    let running = start(Template::bundled(), Config::new(dir.clone())).expect("start");
    let addr = running.addr;
    let home = get(addr, "/", None);
    assert_eq!(home.status, 200);
    assert!(home.body.contains("action=\"/join\""));
    assert!(home.header("Content-Security-Policy").is_some_and(|c| c.starts_with("default-src 'self'")));
    assert_eq!(get(addr, "/class.css", None).status, 200);
    let live = get(addr, "/live.js", None);
    assert!(live.status == 200 && live.body.contains("EventSource"), "the live pages' script");
    assert_eq!(running.code.len(), 6);
    assert!(running.code.bytes().all(|b| glasshouse_class::server::CODE_ALPHABET.contains(&b)));

    let ana = join(addr, &running.code, "Ana");
    // A learner's page follows the class live; the join page (no stream for strangers) does not.
    assert!(get(addr, "/", Some(&ana)).body.contains("src=\"/live.js\""));
    assert!(!get(addr, "/", None).body.contains("live.js"));
    // The code is typed as read off the projector: lower case and spaces are fine.
    let ben = join(addr, &format!(" {} ", running.code.to_lowercase()), "Ben");
    let choose = |c: &str, u: &str, server: &str, conn: &str, email: &str| {
        let r = post(
            addr,
            "/choose",
            Some(c),
            &[
                ("username", u),
                ("display_name", u),
                ("choice-server", server),
                ("choice-connection", conn),
                ("choice-email", email),
            ],
        );
        assert_eq!(r.status, 303, "{}", r.body);
    };
    choose(&ana, "ana", "bigchat.example", "direct", "true");
    choose(&ben, "ben", "collective.example", "tor", "false");
    let t = trainer(addr, &running.trainer_key);
    assert_eq!(post(addr, "/trainer/phase", Some(&t), &[("phase", "chat")]).status, 303);
    assert_eq!(post(addr, "/say", Some(&ana), &[("text", "Meet at the library at 6")]).status, 303);
    assert_eq!(post(addr, "/say", Some(&ben), &[("text", "I'll bring the banner")]).status, 303);
    assert_eq!(post(addr, "/react", Some(&ben), &[("message", "1"), ("key", "👍")]).status, 303);
    let page = get(addr, "/", Some(&ana)).body;
    assert!(page.contains("Meet at the library at 6") && page.contains("I&#39;ll bring the banner"), "{page}");
    assert_eq!(post(addr, "/trainer/phase", Some(&t), &[("phase", "closed")]).status, 303);
    assert_eq!(post(addr, "/trainer/raid", Some(&t), &[("adversary", "raid-bigchat")]).status, 303);
    wait_raid(&running, 1);
    // Before the reveal nobody sees a debrief.
    assert!(!get(addr, "/", Some(&ana)).body.contains("gh-debrief"));
    assert_eq!(post(addr, "/trainer/reveal", Some(&t), &[]).status, 303);
    let ana_page = get(addr, "/", Some(&ana)).body;
    let ben_page = get(addr, "/", Some(&ben)).body;
    // Ana's home address was found (a location group at the "locate" severity); Ben's was not.
    assert!(
        ana_page.contains("gh-debrief") && ana_page.contains("data-group=\"location\" data-severity=\"locate\""),
        "{ana_page}"
    );
    assert!(ben_page.contains("gh-debrief") && !ben_page.contains("data-group=\"location\""), "{ben_page}");
    // Each page holds its learner's part only: no list of other people.
    for p in [&ana_page, &ben_page] {
        assert!(!p.contains("data-part=\"others\"") && !p.contains("data-part=\"at-risk\""));
    }
    // What her own choices would have prevented follows (a few more runs per learner), off the
    // request path, and then shows on her page.
    let mut with_cf = false;
    for _ in 0..1200 {
        with_cf = running.outcome(1).and_then(Result::ok).is_some_and(|o| o.debriefs[&1].counterfactuals);
        if with_cf {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(with_cf, "the counterfactual stage finished");
    assert!(get(addr, "/", Some(&ana)).body.contains("gh-prevented"));
    let summary = get(addr, "/trainer/summary.json", Some(&t));
    assert_eq!(summary.status, 200);
    let json: serde_json::Value = serde_json::from_str(&summary.body).expect("json");
    assert_eq!(json["raids"][0]["servers"]["bigchat.example"]["home_ips"], 1);
    assert!(!summary.body.contains("Ana") && !summary.body.contains("library"), "anonymised: {}", summary.body);
    // The same picture in Markdown, for the trainer's notes: a table row per server, the prompts.
    let md = get(addr, "/trainer/summary.md", Some(&t));
    assert_eq!(md.status, 200);
    assert!(md.body.lines().any(|l| l.starts_with("| bigchat.example | ")), "{}", md.body);
    assert!(!md.body.contains("Ana") && !md.body.contains("library"), "anonymised: {}", md.body);
    assert_eq!(get(addr, "/trainer/summary.md", None).status, 403, "a learner cannot read the summary");
    // The projector: the class picture on the wall, refreshing itself, nobody named; the trainer's only.
    let wall = get(addr, "/projector", Some(&t));
    assert_eq!(wall.status, 200);
    assert!(wall.body.contains("http-equiv=\"refresh\"") && wall.body.contains("bigchat.example"), "{}", wall.body);
    assert!(wall.body.contains("<table>"), "no class picture after the reveal: {}", wall.body);
    assert!(!wall.body.contains("Ana") && !wall.body.contains("library"), "anonymised: {}", wall.body);
    assert!(!get(addr, "/projector", Some(&ana)).body.contains("<table>"), "a learner sees the projector");
    // The trainer may show names on the projector; then, and only then, pseudonyms appear.
    assert_eq!(post(addr, "/trainer/names", Some(&t), &[("names", "on")]).status, 303);
    assert!(get(addr, "/projector", Some(&t)).body.contains("Ana"), "names on: the projector names Ana");
    assert_eq!(
        post(addr, "/trainer/names", Some(&ana), &[("names", "off")]).status,
        403,
        "a learner cannot switch names"
    );
    assert_eq!(post(addr, "/trainer/names", Some(&t), &[("names", "off")]).status, 303);
    assert!(!get(addr, "/projector", Some(&t)).body.contains("Ana"), "names off again");

    // Export: placeholders by default; the scenario checks, runs, and finds what the class found.
    let outcome = running.outcome(1).expect("finished").expect("ran");
    let exported = get(addr, "/trainer/export.toml", Some(&t));
    assert_eq!(exported.status, 200);
    assert!(!exported.body.contains("library"));
    let scenario = Scenario::check(&exported.body).unwrap_or_else(|d| panic!("{d:?}"));
    let (_, report) = glasshouse_sim::run(&scenario, &scenario.defaults(), scenario.seed).expect("run");
    assert_eq!(found(&report), found(&outcome.report));
    let kept = get(addr, "/trainer/export.toml?keep=1", Some(&t)).body;
    assert_eq!(kept, outcome.toml, "with messages kept, the export is the file the raid ran");

    // Change and replay: Ana moves to Tor; the same raid no longer finds her home address.
    assert_eq!(post(addr, "/trainer/phase", Some(&t), &[("phase", "replay")]).status, 303);
    choose(&ana, "ana", "bigchat.example", "tor", "true");
    assert_eq!(post(addr, "/trainer/raid", Some(&t), &[("adversary", "raid-bigchat")]).status, 303);
    wait_raid(&running, 2);
    assert_eq!(post(addr, "/trainer/reveal", Some(&t), &[]).status, 303);
    let again = running.outcome(2).expect("finished").expect("ran");
    assert_eq!(again.summary.servers["bigchat.example"].home_ips, 0);
    let replayed = get(addr, "/", Some(&ana)).body;
    assert!(replayed.contains("gh-debrief") && !replayed.contains("data-severity=\"locate\""), "{replayed}");
    let trainer_page = get(addr, "/trainer", Some(&t)).body;
    assert!(trainer_page.contains(&running.code));

    // Resume after the server stops: the same session, the raids computed again.
    let before = running.session();
    running.stop();
    let mut config = Config::new(dir.clone());
    config.resume = true;
    let resumed = start(Template::bundled(), config).expect("resume");
    assert_eq!(resumed.session(), before);
    wait_raid(&resumed, 2);
    assert!(get(resumed.addr, "/", Some(&ana)).body.contains("gh-debrief"), "the learner's cookie still works");
    resumed.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_event_stream_sends_updates_to_joined_people_only() {
    use std::io::{BufRead, BufReader, Write};
    let dir = data_dir("sse");
    let running = start(Template::bundled(), Config::new(dir.clone())).expect("start");
    let addr = running.addr;
    assert_eq!(get(addr, "/events", None).status, 403);
    let ana = join(addr, &running.code, "Ana");
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(30))).expect("timeout");
    write!(s, "GET /events HTTP/1.1\r\nHost: x\r\nCookie: {ana}\r\n\r\n").expect("write");
    let mut r = BufReader::new(s.try_clone().expect("clone"));
    let mut line = String::new();
    let mut next_data = |r: &mut BufReader<std::net::TcpStream>| loop {
        line.clear();
        r.read_line(&mut line).expect("read");
        if let Some(d) = line.strip_prefix("data: ") {
            return d.trim().to_owned();
        }
    };
    let first = next_data(&mut r);
    assert!(first.contains("\"phase\":\"joining\"") && first.contains("\"learners\":1"), "{first}");
    join(addr, &running.code, "Ben");
    let second = next_data(&mut r);
    assert!(second.contains("\"learners\":2"), "{second}");
    assert!(!second.contains("Ben"), "no names in the stream");
    running.stop();
    let _ = std::fs::remove_dir_all(&dir);
}
