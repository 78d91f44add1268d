//! End-to-end tests of `glasshouse scale`: the built binary, a normal case in text and JSON, and bad inputs.

use std::process::{Command, Output};

fn scale(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glasshouse"))
        .arg("--lang")
        .arg("en")
        .arg("scale")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const NORMAL: &[&str] = &["--servers", "200", "--users", "20000", "--dist", "zipf:1.1", "--compromise", "top:30"];

#[test]
fn text_output_has_the_model_and_a_row_per_step() {
    let out = scale(NORMAL);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("servers: 200, users: 20000, rooms: 2000"), "{s}");
    assert!(s.contains("zipf:1.1") && s.contains("seed 1"), "{s}");
    assert!(s.contains("% users' IPs exposed") && s.contains("% rooms exposed") && s.contains("% memberships exposed"));
    // Steps 1, 2, 5, 10, 20, 30: one row each, first column k.
    let ks: Vec<&str> =
        s.lines().filter_map(|l| l.split_whitespace().next()).filter(|w| w.parse::<u32>().is_ok()).collect();
    assert_eq!(ks, ["1", "2", "5", "10", "20", "30"], "{s}");
    assert!(s.contains("FACTS §1") && s.contains("FACTS §2"));
}

#[test]
fn json_output_has_stable_fields_and_is_deterministic() {
    let mut args = NORMAL.to_vec();
    args.extend(["--format", "json", "--seed", "7"]);
    let out = scale(&args);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    assert_eq!(v["model"]["servers"], 200);
    assert_eq!(v["model"]["users"], 20000);
    assert_eq!(v["model"]["rooms"], 2000);
    assert_eq!(v["model"]["dist"]["kind"], "zipf");
    assert_eq!(v["model"]["dist"]["exponent"], 1.1);
    assert_eq!(v["model"]["seed"], 7);
    assert_eq!(v["compromise"]["strategy"], "top");
    assert_eq!(v["compromise"]["k"], 30);
    assert_eq!(v["compromise"]["clamped"], false);
    let curve = v["curve"].as_array().map(Vec::as_slice).unwrap_or_default();
    assert_eq!(curve.len(), 6);
    assert_eq!(curve.last(), Some(&v["result"]));
    for field in ["users_ip_exposed_share", "rooms_exposed_share", "memberships_exposed_share"] {
        let shares: Vec<f64> = curve.iter().filter_map(|e| e[field].as_f64()).collect();
        assert_eq!(shares.len(), 6, "{field}");
        assert!(shares.windows(2).all(|w| w[0] <= w[1]), "{field} {shares:?}");
        assert!(shares.iter().all(|x| (0.0..=1.0).contains(x)), "{field}");
    }
    for field in ["servers_compromised", "users_ip_exposed", "rooms_exposed", "memberships_exposed", "servers_share"] {
        assert!(v["result"][field].is_number(), "{field}");
    }
    assert_eq!(scale(&args).stdout, out.stdout, "same seed, same output");
}

#[test]
fn k_above_n_is_clamped_with_a_note() {
    let out = scale(&[
        "--servers",
        "5",
        "--users",
        "100",
        "--dist",
        "uniform",
        "--compromise",
        "random:9",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).contains("every server is compromised"), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    assert_eq!(v["compromise"]["k_requested"], 9);
    assert_eq!(v["compromise"]["k"], 5);
    assert_eq!(v["compromise"]["clamped"], true);
    assert_eq!(v["result"]["users_ip_exposed_share"], 1.0);
}

#[test]
fn bad_inputs_exit_2_with_an_actionable_message() {
    let cases: &[(&[&str], &str)] = &[
        (&["--servers", "0", "--users", "10", "--dist", "uniform", "--compromise", "top:1"], "at least one server"),
        (&["--servers", "10", "--users", "0", "--dist", "uniform", "--compromise", "top:1"], "at least one user"),
        (&["--servers", "ten", "--users", "10", "--dist", "uniform", "--compromise", "top:1"], "not a whole number"),
        (&["--servers", "-5", "--users", "10", "--dist", "uniform", "--compromise", "top:1"], "not a whole number"),
        (&["--servers", "10", "--users", "1.5", "--dist", "uniform", "--compromise", "top:1"], "not a whole number"),
        (&["--servers", "10", "--users", "10", "--dist", "zipf:", "--compromise", "top:1"], "zipf:1.1"),
        (&["--servers", "10", "--users", "10", "--dist", "zipf", "--compromise", "top:1"], "zipf:1.1"),
        (&["--servers", "10", "--users", "10", "--dist", "zipf:-1", "--compromise", "top:1"], "finite exponent"),
        (&["--servers", "10", "--users", "10", "--dist", "zipf:NaN", "--compromise", "top:1"], "“NaN”"),
        (&["--servers", "10", "--users", "10", "--dist", "zipf:inf", "--compromise", "top:1"], "finite exponent"),
        (&["--servers", "10", "--users", "10", "--dist", "giant:0", "--compromise", "top:1"], "at most 1"),
        (&["--servers", "10", "--users", "10", "--dist", "giant:1.5", "--compromise", "top:1"], "at most 1"),
        (&["--servers", "10", "--users", "10", "--dist", "pareto:2", "--compromise", "top:1"], "--dist uniform"),
        (&["--servers", "10", "--users", "10", "--dist", "uniform", "--compromise", "top:0"], "at least 1"),
        (&["--servers", "10", "--users", "10", "--dist", "uniform", "--compromise", "top"], "top:K"),
        (&["--servers", "10", "--users", "10", "--dist", "uniform", "--compromise", "largest:3"], "top:K"),
        (&["--servers", "10", "--users", "10", "--dist", "uniform", "--compromise", "top:-2"], "top:K"),
        (&["--servers", "1e9", "--users", "10", "--dist", "uniform", "--compromise", "top:1"], "10000000"),
        (&["--servers", "10", "--users", "999999999999", "--dist", "uniform", "--compromise", "top:1"], "50000000"),
        (
            &["--servers", "10", "--users", "100", "--rooms", "1e12", "--dist", "uniform", "--compromise", "top:1"],
            "10000000",
        ),
        (&["--servers", "10", "--users", "10", "--dist", "uniform"], "--compromise"),
    ];
    for (args, expect) in cases {
        let out = scale(args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(expect), "{args:?}: {err}");
        assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn errors_are_translated() {
    let out = Command::new(env!("CARGO_BIN_EXE_glasshouse"))
        .args([
            "--lang",
            "es",
            "scale",
            "--servers",
            "0",
            "--users",
            "10",
            "--dist",
            "uniform",
            "--compromise",
            "top:1",
        ])
        .output()
        .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("al menos un servidor"), "{}", text(&out.stderr));
}
