//! The golden pins shared by the core's and the binary's golden tests: what each bundled scenario
//! prints, and how bytes that vodozemac cannot seed are normalised away.

use serde_json::{Map, Value};
use std::path::Path;

/// The placeholder for a value that differs between two runs with the same seed.
pub const VARIES: &str = "<varies>";

/// `a` with every value that differs from `b` — ciphertexts, identity keys, Megolm session ids,
/// the hashes and signatures over them — replaced by [`VARIES`]. Object keys that differ
/// (an Olm ciphertext is keyed by the recipient's Curve25519 key) are paired in sorted order and
/// renamed the same way. Everything the seeded RNG makes is identical in both runs and stays.
pub fn normalise(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut out = Map::new();
            for (k, v) in x {
                if let Some(w) = y.get(k) {
                    out.insert(k.clone(), normalise(v, w));
                }
            }
            let only_a: Vec<(&String, &Value)> = x.iter().filter(|(k, _)| !y.contains_key(*k)).collect();
            let only_b: Vec<&Value> = y.iter().filter(|(k, _)| !x.contains_key(*k)).map(|(_, v)| v).collect();
            for (i, ((_, v), w)) in only_a.iter().zip(&only_b).enumerate() {
                let key = if only_a.len() == 1 { VARIES.to_owned() } else { format!("{VARIES}#{i}") };
                out.insert(key, normalise(v, w));
            }
            if only_a.len() != only_b.len() {
                out.insert(VARIES.to_owned(), Value::String("keys".into()));
            }
            Value::Object(out)
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            Value::Array(x.iter().zip(y).map(|(v, w)| normalise(v, w)).collect())
        }
        _ if a == b => a.clone(),
        _ => Value::String(VARIES.to_owned()),
    }
}

/// Pretty JSON with a final newline, as the command line prints it.
pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

/// Compares `actual` with the golden file `dir/name`; with `GLASSHOUSE_BLESS=1` writes it instead.
/// On a difference, names the first differing line and how to accept a deliberate change.
pub fn assert_golden(dir: &Path, name: &str, actual: &str) {
    let path = dir.join(name);
    if std::env::var_os("GLASSHOUSE_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("golden file {} is missing ({e}); run with GLASSHOUSE_BLESS=1 to write it", path.display())
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
        let show = |t: &str| t.lines().nth(line).unwrap_or("<end of output>").to_owned();
        panic!(
            "{} differs from the golden file at line {}:\n  golden: {}\n  now:    {}\n\
             If the change is deliberate, run the test with GLASSHOUSE_BLESS=1 and review `git diff`.",
            path.display(),
            line + 1,
            show(&expected),
            show(actual),
        );
    }
}
