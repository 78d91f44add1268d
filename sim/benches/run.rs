//! Benchmarks a bundled scenario from TOML text to finished report, and the vodozemac work that
//! run performs, replayed alone, so docs/benchmarks.md can state the simulation's overhead over crypto.

use criterion::{Criterion, criterion_group, criterion_main};

/// The allocator the `glasshouse` binary uses, so the benchmark measures what users run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use glasshouse_sim::crypto::CryptoOps;
use glasshouse_sim::{Report, Scenario, World, bundled};
use std::hint::black_box;
use std::time::{Duration, Instant};
use vodozemac::megolm::{GroupSession, InboundGroupSession, SessionConfig as MegolmConfig};
use vodozemac::olm::{Account, OlmMessage, SessionConfig};

/// Parses, runs and reports; returns the world and its report (freed outside the timing).
fn full_run(text: &str) -> Option<(World, Report)> {
    let s = Scenario::parse(text).ok()?;
    glasshouse_sim::run(&s, &s.defaults(), s.seed).ok()
}

/// What `crypto_alone` made, returned to be freed outside the timing like the full run's world.
type Made = (Vec<Account>, Vec<(usize, usize, vodozemac::olm::Session)>, Vec<InboundGroupSession>);

/// Performs the same number of each vodozemac operation as `ops`, with nothing else around it.
fn crypto_alone(ops: &CryptoOps) -> Made {
    let mut accounts: Vec<Account> = (0..ops.accounts.max(2)).map(|_| Account::new()).collect();
    let mut sessions = Vec::new();
    for i in 0..ops.olm_sessions {
        let (a, b) = (i % accounts.len(), (i + 1) % accounts.len());
        accounts[b].generate_one_time_keys(1);
        let Some(otk) = accounts[b].one_time_keys().into_values().next() else { break };
        accounts[b].mark_keys_as_published();
        let id = accounts[b].curve25519_key();
        if let Ok(s) = accounts[a].create_outbound_session(SessionConfig::version_1(), id, otk) {
            sessions.push((a, b, s));
        }
    }
    let payload = r#"{"type":"m.room_key","content":{"algorithm":"m.megolm.v1.aes-sha2","room_id":"!abcdefghijklmnopqr:example.org","session_id":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","session_key":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},"sender":"@wren:trusted.example","recipient":"@dana:shady.example","recipient_keys":{"ed25519":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},"keys":{"ed25519":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}}"#;
    let mut decrypted = 0;
    let n = sessions.len().max(1);
    for i in 0..ops.olm_encrypts {
        let Some((a, b, s)) = sessions.get_mut(i % n) else { break };
        let Ok(msg) = s.encrypt(payload) else { continue };
        if decrypted < ops.olm_decrypts
            && let OlmMessage::PreKey(pre) = &msg
        {
            let sender = accounts[*a].curve25519_key();
            black_box(accounts[*b].create_inbound_session(SessionConfig::version_1(), sender, pre).ok());
            decrypted += 1;
        }
    }
    let server_key = vodozemac::Ed25519SecretKey::from_slice(&[7u8; 32]);
    for _ in 0..ops.signatures {
        black_box(server_key.sign(payload.as_bytes()));
    }
    let mut group = GroupSession::new(MegolmConfig::version_1());
    let mut inbound = InboundGroupSession::new(&group.session_key(), MegolmConfig::version_1());
    let session_key = group.session_key().to_base64();
    let mut inbound_sessions = Vec::new();
    for _ in 0..ops.inbound_sessions {
        if let Ok(k) = vodozemac::megolm::SessionKey::from_base64(&session_key) {
            inbound_sessions.push(InboundGroupSession::new(&k, MegolmConfig::version_1()));
        }
    }
    let exported: Vec<_> = (0..ops.exports).map(|_| inbound.export_at_first_known_index()).collect();
    for i in 0..ops.imports {
        if let Some(k) = exported.get(i % exported.len().max(1)) {
            black_box(InboundGroupSession::import(k, MegolmConfig::version_1()));
        }
    }
    let body = r#"{"type":"m.room.message","content":{"msgtype":"m.text","body":"The plan: Friday 7pm, side entrance"},"room_id":"!abcdefghijklmnopqr:example.org"}"#;
    let messages: Vec<_> = (0..ops.megolm_encrypts).map(|_| group.encrypt(body)).collect();
    for i in 0..ops.megolm_decrypts {
        if let Some(m) = messages.get(i % messages.len().max(1)) {
            black_box(inbound.decrypt(m).ok());
        }
    }
    (accounts, sessions, inbound_sessions)
}

/// Runs `f` `n` times and returns the time spent in it, each output freed right after its run
/// and outside the timing (the report is finished before the world is freed; freeing each at
/// once, rather than a batch at the end, lets the next run reuse the memory as a user's would).
fn timed<T>(n: u64, mut f: impl FnMut() -> T) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..n {
        let start = Instant::now();
        let out = black_box(f());
        total += start.elapsed();
        drop(out);
    }
    total
}

fn bench(c: &mut Criterion) {
    for (name, text) in bundled::BUNDLED {
        let ops = full_run(text).map(|(world, _)| world.crypto().ops).unwrap_or_default();
        eprintln!("{name}: {ops:?}");
        c.bench_function(&format!("toml-to-report/{name}"), |b| b.iter_custom(|n| timed(n, || full_run(text))));
        c.bench_function(&format!("vodozemac-alone/{name}"), |b| b.iter_custom(|n| timed(n, || crypto_alone(&ops))));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
