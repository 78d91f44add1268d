//! The scenario format's JSON Schema accepts every bundled scenario and the starter, and rejects
//! files the loader rejects for their shape (unknown fields, wrong types).

use glasshouse_sim::bundled::BUNDLED;
use glasshouse_sim::scenario::json_schema;
use serde_json::Value;

fn validator() -> jsonschema::Validator {
    jsonschema::options().build(&json_schema()).unwrap_or_else(|e| panic!("the scenario schema does not compile: {e}"))
}

fn as_json(toml_text: &str) -> Value {
    let v: toml::Value = toml::from_str(toml_text).unwrap_or_else(|e| panic!("not TOML: {e}"));
    serde_json::to_value(v).unwrap_or_else(|e| panic!("not JSON: {e}"))
}

fn errors(text: &str) -> Vec<String> {
    validator().iter_errors(&as_json(text)).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn every_bundled_scenario_and_the_starter_validate() {
    for (name, text) in BUNDLED {
        let e = errors(text);
        assert!(e.is_empty(), "{name} does not match the schema:\n{}", e.join("\n"));
    }
    let starter = include_str!("../../../assets/starter/scenario.toml").replace("__ID__", "starter");
    let e = errors(&starter);
    assert!(e.is_empty(), "the starter does not match the schema:\n{}", e.join("\n"));
}

#[test]
fn the_schema_rejects_unknown_fields_and_wrong_types() {
    let (_, text) = BUNDLED[0];
    assert!(!errors(&format!("{text}\nsurprise = 1\n")).is_empty());
    assert!(!errors(&text.replacen("minutes = 15", "minutes = \"fifteen\"", 1)).is_empty());
    assert!(!errors(&format!("{text}\n[[servers]]\nnmae = \"typo.example\"\n")).is_empty());
}
