//! Scenario files: the raw TOML shape, its validation into a checked scenario, the learner's
//! choices, and the resolved setup of one run.

mod choices;
mod diag;
mod model;
mod prose;
mod raw;
pub(crate) mod validate;

pub use choices::{Choice, ChoiceError, ChoiceValue, Selection};
pub use diag::{DiagCode, Diagnostic, line_col, line_text};
pub(crate) use model::named_enum;
pub use model::*;
pub use prose::{ProseKey, SCENARIO_PARTS, message_ids};
pub(crate) use raw::RawDevice;
pub use raw::{Param, RawParam, RawScenario, Spanned, Written};
pub use validate::{DEFAULT_USER_AGENT, MAX_COMBINATIONS, Scenario, is_id};
pub(crate) use validate::{is_device_id, is_localpart};

/// The JSON Schema of the scenario file format, generated from the raw structs (their doc
/// comments become descriptions). `glasshouse schema` prints it; `assets/scenario.schema.json`
/// is the committed copy editors read through a scenario's `#:schema` line.
pub fn json_schema() -> serde_json::Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(RawScenario)).unwrap_or_default();
    if let Some(map) = schema.as_object_mut() {
        map.insert("$id".into(), "https://glasshouse.invalid/scenario.schema.json".into());
        map.insert("title".into(), "Glasshouse scenario".into());
    }
    schema
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_schema_matches_the_generated_one() {
        let committed = include_str!("../../../assets/scenario.schema.json");
        let generated = serde_json::to_string_pretty(&super::json_schema()).unwrap_or_default() + "\n";
        assert!(
            committed == generated,
            "assets/scenario.schema.json is out of date: run `cargo run -- schema > assets/scenario.schema.json`"
        );
    }
}
