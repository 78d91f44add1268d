//! Scenario files: the raw TOML shape, its validation into a checked scenario, the learner's
//! choices, and the resolved setup of one run.

mod choices;
mod diag;
mod model;
mod prose;
mod raw;
mod validate;

pub use choices::{Choice, ChoiceError, ChoiceValue, Selection};
pub use diag::{DiagCode, Diagnostic, line_col, line_text};
pub use model::*;
pub use prose::{ProseKey, SCENARIO_PARTS, message_ids};
pub use raw::RawScenario;
pub use validate::{DEFAULT_USER_AGENT, MAX_COMBINATIONS, Scenario, is_id};
