//! End-to-end tests of `glasshouse lab` against real Synapse servers (ignored by default: they
//! install Synapse on first use and start servers). Run them with `cargo test -- --ignored lab`.

use std::process::{Command, Output};
use std::time::Instant;

fn lab(args: &[&str]) -> Option<Output> {
    if Command::new("python3").arg("--version").output().is_err() {
        println!("skipped: python3 is missing, so Synapse cannot run here");
        return None;
    }
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_glasshouse"))
        .args(["--lang", "en", "lab"])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"));
    println!("glasshouse lab {}: {:.1} s", args.join(" "), started.elapsed().as_secs_f64());
    Some(out)
}

fn agrees(args: &[&str]) {
    let Some(out) = lab(args) else { return };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "lab {args:?} disagrees or failed\n{stdout}\n{stderr}");
    assert!(stdout.contains("Prediction and reality agree on every server"), "{stdout}");
}

/// Two federating servers, a Tor user, email, a receipt and presence.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_first_connection_agrees() {
    agrees(&["first-connection"]);
}

/// Three servers, an encrypted room carrying the simulator's Megolm ciphertext and Olm room
/// keys, a VPN user, a reaction, typing and a receipt.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_public_vs_encrypted_with_encryption_agrees() {
    agrees(&["public-vs-encrypted", "--choose", "encrypted=true"]);
}

/// A malicious admin's injected device and identity reset (approximated through the admin API),
/// and the room-key withholding that follows.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_high_trust_room_agrees() {
    agrees(&["high-trust-room"]);
}

/// Encrypted history shared on invite (MSC4268): the inviter uploads the encrypted key bundle,
/// sends the Olm-encrypted to-device messages, and the invitee's server fetches a copy.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_public_room_insider_key_bundle_agrees() {
    agrees(&["public-room-insider", "--choose", "follow_up=private"]);
}

/// Pushers registered in real Synapse and the notifications it posts to the lab's push gateway,
/// in the full format with the content of an unencrypted and of encrypted messages, the unread
/// count after each read.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_push_notifications_agree() {
    agrees(&["encrypted-metadata", "--choose", "push_format=full"]);
    let Some(out) = lab(&["encrypted-metadata"]) else { return };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("the push gateway") && stdout.contains("6 kinds of notification, 0 differences"),
        "{stdout}"
    );
}

/// `--keep` leaves every server's database and says how to open it; nothing stays running.
#[test]
#[ignore = "starts real Synapse servers (installs Synapse on first use): cargo test -- --ignored lab"]
fn lab_keep_leaves_the_databases() {
    let dir = std::env::temp_dir().join(format!("glasshouse-lab-keep-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let Some(out) = lab(&["first-connection", "--keep", &dir.display().to_string()]) else { return };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    for server in ["bigchat.example", "collective.example"] {
        assert!(dir.join(server).join("homeserver.db").is_file(), "{server}'s database is kept");
        assert!(dir.join(server).join("real.json").is_file());
    }
    assert!(stdout.contains("Element"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
