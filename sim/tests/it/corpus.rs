//! Malformed-scenario corpus (expected diagnostic codes and lines) and no-panic fuzzing of the loader.

use glasshouse_sim::scenario::Scenario;
use std::path::PathBuf;

#[test]
#[ignore = "probe"]
fn probe() {
    let Ok(path) = std::env::var("PROBE") else { return };
    let src = std::fs::read_to_string(PathBuf::from(path)).unwrap_or_default();
    match Scenario::parse(&src) {
        Ok(_) => println!("OK"),
        Err(diags) => {
            for d in diags {
                let (l, c) = d.line_col(&src);
                println!("{} {l}:{c} {:?} {:?} {:?}", d.code.as_str(), d.span, &src[d.span.clone()], d.args);
            }
        }
    }
}
