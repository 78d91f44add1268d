//! End-to-end tests of `glasshouse lab` against real Synapse servers (ignored by default: they
//! install Synapse on first use and start servers). Run them with
//! `cargo test --test lab -- --ignored lab --test-threads 1`; set `GLASSHOUSE_LAB_ONLY` to a
//! comma-separated list of scenario names to replay only those, and `GLASSHOUSE_BIN` to run
//! another `glasshouse` binary than the one cargo built (a copy, when a target folder is shared
//! by several checkouts that rebuild it meanwhile).

use std::process::{Command, Output};
use std::time::Instant;

/// Selections besides each scenario's defaults, chosen because they replay something the
/// defaults do not: an encrypted room (Megolm ciphertext, Olm room keys), room keys sent to a
/// server that is down, a key backup and an email reset, a Tor user on the other server
/// without email, keys for verified devices only, another push format without presence, the
/// insider's private follow-up, the patched server of the second account.
const EXTRA: &[(&str, &[&str])] = &[
    ("public-vs-encrypted", &["encrypted=true"]),
    ("server-down", &["encrypted=true"]),
    ("many-servers", &["encrypted=true"]),
    ("account-recovery", &["recovery=key", "email=true"]),
    ("account-recovery", &["recovery=weak-passphrase", "forgot_password=false"]),
    ("first-connection", &["server=collective.example", "connection=tor", "email=false"]),
    ("high-trust-room", &["sends_to=verified"]),
    ("encrypted-metadata", &["push=unifiedpush", "presence=false", "jo_joins_from=carers"]),
    ("public-room-insider", &["follow_up=private"]),
    ("public-room-insider", &["delete=true"]),
    ("second-accounts", &["second_server=den.example", "same_email=false"]),
    // Direct: over Tor the day-3 slip and the return to the Tor exit happen seconds apart in a
    // replay, inside Synapse's 2-minute `user_ips` de-duplication, so the real device row keeps the
    // home address (a limitation of compressed time, not of the logs, which agree).
    ("connecting", &["server=harbour.example"]),
];

fn python_missing() -> bool {
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: python3 is missing, so Synapse cannot run here");
        return true;
    }
    false
}

/// The binary under test: cargo's, or `GLASSHOUSE_BIN`.
fn glasshouse() -> Command {
    Command::new(std::env::var_os("GLASSHOUSE_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_glasshouse").into()))
}

fn lab(args: &[&str]) -> (Output, f64) {
    let started = Instant::now();
    let out = glasshouse()
        .args(["--lang", "en", "lab"])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"));
    let seconds = started.elapsed().as_secs_f64();
    println!("glasshouse lab {}: {seconds:.1} s", args.join(" "));
    (out, seconds)
}

/// Every bundled scenario, from `glasshouse list` (so a new one is covered at once).
fn bundled() -> Vec<String> {
    let out = glasshouse()
        .args(["--lang", "en", "list"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run glasshouse list: {e}"));
    assert!(out.status.success(), "glasshouse list failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.ends_with("\tbundled"))
        .filter_map(|l| l.split('\t').next().map(str::to_owned))
        .collect()
}

/// The lines of a lab run that say what differs (marked ≠), under their server's and
/// subject's headings, or the error that stopped it.
fn disagreement(out: &Output) -> Option<String> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    if out.status.code() == Some(0) && stdout.contains("Prediction and reality agree on every server") {
        return None;
    }
    let mut lines = Vec::new();
    let (mut server, mut subject) = ("", "");
    for l in stdout.lines() {
        if l.starts_with("══") {
            (server, subject) = (l, "");
        } else if l.starts_with("  ") && !l.starts_with("   ") && !l.starts_with("  ≠") && !l.starts_with("  *") {
            subject = l;
        } else if l.trim_start().starts_with('≠') {
            for heading in [&mut server, &mut subject] {
                if !heading.is_empty() {
                    lines.push((*heading).to_owned());
                    *heading = "";
                }
            }
            lines.push(l.to_owned());
        }
    }
    if lines.is_empty() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        lines.push(format!("exit {:?}\n{}\n{}", out.status.code(), stdout.trim_end(), stderr.trim_end()));
    }
    Some(lines.join("\n"))
}

/// Every bundled scenario with its default choices, and the selections in [`EXTRA`], agree
/// with real Synapse; every disagreement is reported at once.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_every_bundled_scenario_agrees() {
    if python_missing() {
        return;
    }
    let only: Option<Vec<String>> =
        std::env::var("GLASSHOUSE_LAB_ONLY").ok().map(|v| v.split(',').map(|s| s.trim().to_owned()).collect());
    let wanted = |name: &str| only.as_ref().is_none_or(|o| o.iter().any(|x| x == name));
    let names = bundled();
    assert!(names.len() >= 13, "glasshouse list shows {} bundled scenarios", names.len());
    for (name, _) in EXTRA {
        assert!(names.iter().any(|n| n == name), "EXTRA names {name}, which is not bundled");
    }
    let mut runs: Vec<Vec<String>> = names.iter().filter(|n| wanted(n)).map(|n| vec![n.clone()]).collect();
    for (name, choices) in EXTRA.iter().filter(|(n, _)| wanted(n)) {
        let mut args = vec![(*name).to_owned()];
        for c in *choices {
            args.extend(["--choose".to_owned(), (*c).to_owned()]);
        }
        runs.push(args);
    }
    let started = Instant::now();
    let mut failures = Vec::new();
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (out, _) = lab(&args);
        if let Some(d) = disagreement(&out) {
            failures.push(format!("── glasshouse lab {}\n{d}", args.join(" ")));
        }
    }
    println!("{} lab runs in {:.0} s", runs.len(), started.elapsed().as_secs_f64());
    assert!(
        failures.is_empty(),
        "{} of {} lab runs disagree with real Synapse:\n{}",
        failures.len(),
        runs.len(),
        failures.join("\n")
    );
}

/// The push gateway the lab runs records what real Synapse posts; the lab compares it
/// notification by notification (full format: the content of an unencrypted and of encrypted
/// messages, and the unread count after each read).
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_push_notifications_agree() {
    if python_missing() {
        return;
    }
    let (out, _) = lab(&["encrypted-metadata", "--choose", "push_format=full"]);
    assert!(disagreement(&out).is_none(), "{:?}", disagreement(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("the push gateway") && stdout.contains("0 differences"), "{stdout}");
}

/// `--keep` leaves every server's database and says how to open it; nothing stays running.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_keep_leaves_the_databases() {
    if python_missing() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("glasshouse-lab-keep-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (out, _) = lab(&["first-connection", "--keep", &dir.display().to_string()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    for server in ["bigchat.example", "collective.example"] {
        assert!(dir.join(server).join("homeserver.db").is_file(), "{server}'s database is kept");
        assert!(dir.join(server).join("real.json").is_file());
    }
    assert!(stdout.contains("Element"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// An outage happens for real: the server is stopped and started again, the output says how
/// the hours were compressed, and the server catches up (or the replay would stop with
/// `lab-error-catch-up`); its log shows the stop and the second start. Whether the databases
/// then agree is the test above's business.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_outage_stops_and_restarts_the_server() {
    if python_missing() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("glasshouse-lab-outage-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (out, _) = lab(&["server-down", "--keep", &dir.display().to_string()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("server_down east.example: its Synapse is stopped"), "{stdout}");
    let log = std::fs::read_to_string(dir.join("east.example").join("homeserver.log")).unwrap_or_default();
    assert!(log.contains("Received SIGTERM"), "east.example was stopped gracefully");
    assert_eq!(log.matches("Synapse now listening on TCP port").count(), 4, "two listeners, started twice");
    for sender in ["north.example", "south.example"] {
        let log = std::fs::read_to_string(dir.join(sender).join("homeserver.log")).unwrap_or_default();
        assert!(log.contains("Failed to send transaction"), "{sender} failed to reach the server while it was down");
        assert!(log.contains("Marking origin"), "{sender} was told to reconnect");
    }
    assert!(stdout.contains("Compared what the simulator predicts"), "the replay went to the end\n{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
