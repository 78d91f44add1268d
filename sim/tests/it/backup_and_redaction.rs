//! The claims of the account-recovery and public-rooms chapters about key backups and deleted
//! messages (issue 16): each test paraphrases the claim it checks, and fails on a simulator that
//! left the backup out or treated a deletion as deletion.

use glasshouse_sim::knowledge::Fact;
use glasshouse_sim::{Finding, FindingCode, Report, Scenario, SimTime, World, bundled};

/// Runs a bundled scenario with `key=value` choices.
fn run(name: &str, choose: &[&str]) -> (World, Report) {
    let text = bundled::get(name).unwrap_or_else(|| panic!("no bundled scenario {name}"));
    let s = Scenario::parse(text).unwrap_or_else(|d| panic!("{name}: {d:?}"));
    let sel = s.select(choose.iter().copied()).unwrap_or_else(|e| panic!("{name}: {e}"));
    glasshouse_sim::run(&s, &sel, s.seed).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn by<'a>(r: &'a Report, adversary: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
    r.findings.iter().filter(move |f| f.adversary == adversary)
}

fn objective(r: &Report, id: &str) -> bool {
    r.objectives.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no objective {id}")).met
}

/// Part 4: a key backup is not invisible. The server keeps, in the clear, which rooms you hold
/// keys for and how many sessions; a raid learns where you talk even when it reads nothing. With no
/// backup the raid learns nothing of the kind.
#[test]
fn a_key_backup_tells_a_raid_where_you_talk() {
    let backups = |r: &Report| -> Vec<(String, usize)> {
        by(r, "raid")
            .filter_map(|f| match &f.fact {
                Fact::KeyBackup { room, sessions, .. } if f.subject == "you" => Some((room.clone(), *sessions)),
                _ => None,
            })
            .collect()
    };
    let (w, with) = run("account-recovery", &["forgot_password=false", "recovery=key"]);
    // Noor's session and your own (the new laptop gets Noor's current session: no new one).
    assert_eq!(backups(&with), [("circle".to_owned(), 2)]);
    let rows = w.servers()["home.example"].tables.e2e_room_keys.rows();
    assert!(rows.iter().all(|r| !r.cols.session_id.is_empty() && r.cols.room_id.starts_with('!')));
    assert!(!by(&with, "raid").any(|f| f.code() == FindingCode::RecoveryPassphrase), "a generated key has no salt");
    let (_, without) = run("account-recovery", &["forgot_password=false", "recovery=none"]);
    assert!(backups(&without).is_empty());
}

/// Part 4: a recovery passphrase leaves its salt and iteration count on the server, so whoever
/// copies the server can guess offline; a short passphrase falls, a long random one holds.
#[test]
fn a_weak_recovery_passphrase_can_be_guessed_offline() {
    let guessable = |r: &Report| -> Vec<bool> {
        by(r, "raid")
            .filter_map(|f| match &f.fact {
                Fact::RecoveryPassphrase { weak, iterations: 500_000, .. } => Some(*weak),
                _ => None,
            })
            .collect()
    };
    let (_, weak) = run("account-recovery", &["forgot_password=false", "recovery=weak-passphrase"]);
    assert_eq!(guessable(&weak), [true]);
    assert!(!objective(&weak, "backup-stays-locked"));
    let (_, strong) = run("account-recovery", &["forgot_password=false", "recovery=passphrase"]);
    assert_eq!(guessable(&strong), [false]);
    assert!(objective(&strong, "backup-stays-locked"));
}

/// Part 2: deleting a message is not deleting it. Every server keeps the original for seven days
/// and the deletion itself tells them you took something back; a newcomer sees it deleted, but
/// the search index of a seized server still holds the words of an unencrypted message weeks
/// later.
#[test]
fn deleting_a_message_does_not_delete_it() {
    let meeting = |r: &Report, adversary: &str| {
        by(r, adversary)
            .any(|f| matches!(&f.fact, Fact::MessagePlaintext { text, .. } if text.starts_with("Meeting Thursday")))
    };
    let deletion = |r: &Report, adversary: &str| {
        by(r, adversary)
            .any(|f| matches!(&f.fact, Fact::MessageMetadata { event_type, .. } if event_type == "m.room.redaction"))
    };
    let (_, kept) = run("public-room-insider", &[]);
    assert!(meeting(&kept, "helper") && meeting(&kept, "seizure"));
    assert!(!deletion(&kept, "seizure"));
    let (w, deleted) = run("public-room-insider", &["delete=true"]);
    assert!(!meeting(&deleted, "helper"), "the newcomer read a message deleted before he came");
    assert!(meeting(&deleted, "seizure"), "six weeks on, the search index still holds the words");
    assert!(deletion(&deleted, "seizure") && deletion(&deleted, "helper"));
    // The seized server pruned the original from event_json after seven days ...
    let tiny = &w.servers()["tiny.example"];
    let original = tiny
        .events
        .iter()
        .find(|e| e.json.built()["content"]["body"].as_str().is_some_and(|b| b.starts_with("Meeting")))
        .unwrap_or_else(|| panic!("no meeting event"));
    assert!(!tiny.original_at(original, w.end()));
    // ... and a seizure within those seven days would have read it there.
    assert!(tiny.original_at(original, SimTime::parse("1d 0:00").unwrap_or_default()));
    // In the encrypted room the stranger, invited with the keys to the past, still sees nothing.
    let (_, private) = run("public-room-insider", &["delete=true", "follow_up=private"]);
    assert!(!meeting(&private, "helper") && !meeting(&private, "seizure"));
}
