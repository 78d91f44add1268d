//! Golden pins of every bundled scenario with its default choices: the report (`run --format
//! json`), the outcome table (`explain --outcomes --format json`) and every server's tables
//! (`--dump`), so a restructuring that changes any byte of them fails here.

#[path = "../../../tests/common/golden.rs"]
mod pins;

use glasshouse_sim::bundled::BUNDLED;
use glasshouse_sim::{Scenario, World, counterfactual, report};
use serde_json::{Map, Value};
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");

/// Every server's tables at the end of a run, as `--dump` writes them: server → table → rows.
fn dump(world: &World) -> Value {
    let mut servers = Map::new();
    for (name, server) in world.servers() {
        let tables: Map<String, Value> = server.dump(world.end()).into_iter().collect();
        servers.insert(name.clone(), Value::Object(tables));
    }
    Value::Object(servers)
}

#[test]
fn every_bundled_scenario_prints_what_its_golden_files_hold() {
    for (name, text) in BUNDLED {
        let scenario = Scenario::check(text).unwrap_or_else(|d| panic!("bundled scenario {name}: {d:?}"));
        let selection = scenario.defaults();
        let dir = Path::new(DIR).join(name);
        let run = || report::run(&scenario, &selection, scenario.seed).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (world, mut r) = run();
        r.counterfactuals = counterfactual::counterfactuals(&scenario, &selection, scenario.seed, &r);
        r.debrief = Some(glasshouse_sim::debrief::build(world.setup(), &r));
        let report_json = serde_json::to_string_pretty(&r).unwrap_or_default() + "\n";
        pins::assert_golden(&dir, "run.json", &report_json);
        let outcomes = counterfactual::outcomes(&scenario, scenario.seed);
        // As the command line prints it: fields in the order the structs declare them.
        let outcomes_json = serde_json::to_string_pretty(&outcomes).unwrap_or_default() + "\n";
        pins::assert_golden(&dir, "outcomes.json", &outcomes_json);
        let (again, _) = run();
        pins::assert_golden(&dir, "dump.json", &pins::pretty(&pins::normalise(&dump(&world), &dump(&again))));
    }
}
