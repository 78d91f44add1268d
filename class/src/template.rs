//! A class scenario: an ordinary scenario whose learner person is the template of every learner
//! who joins. Knows which choices are the learners' own (those the learner's fields name), the
//! adversaries a trainer can start, and the usernames the scenario's other people hold.

use crate::refusal::Refusal;
use glasshouse_sim::scenario::Choice;
use glasshouse_sim::{Diagnostic, Scenario};
use std::collections::{BTreeMap, BTreeSet};
use toml::{Table, Value};

/// The bundled class scenario's TOML (in `scenarios/class/`, so the core's build script does not
/// bundle it with the scenarios a learner plays alone).
pub const CLASS_FEDERATION: &str = include_str!("../../scenarios/class/class-federation.toml");

macro_rules! class_prose {
    ($($lang:literal),*) => {
        /// The bundled class scenario's prose: (language, Fluent text), for every language of
        /// `glasshouse_words::i18n::LANGUAGES` (a test checks the two lists agree).
        pub const CLASS_FEDERATION_PROSE: &[(&str, &str)] =
            &[$(($lang, include_str!(concat!("../../scenarios/class/class-federation.", $lang, ".ftl")))),*];
    };
}
class_prose!("en", "es", "fa", "ar", "ru", "fr");

/// Why a file cannot be a class scenario.
#[derive(Debug)]
pub enum TemplateError {
    /// It is not a valid scenario: the core's diagnostics.
    Scenario(Vec<Diagnostic>),
    /// A person id the class keeps for its learners (`l1`, `l2`, …).
    ReservedPerson(String),
}

/// The diagnostics' codes, comma-separated: what logs and errors show of a scenario's problems.
pub(crate) fn diagnostic_codes(d: &[Diagnostic]) -> String {
    d.iter().map(|d| d.code.as_str()).collect::<Vec<_>>().join(", ")
}

impl std::fmt::Display for TemplateError {
    /// Codes only; the command line words them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TemplateError::Scenario(d) => write!(f, "scenario diagnostics: {}", diagnostic_codes(d)),
            TemplateError::ReservedPerson(id) => write!(f, "reserved person id: {id}"),
        }
    }
}

/// A parsed class scenario.
#[derive(Clone, Debug)]
pub struct Template {
    scenario: Scenario,
    table: Table,
    learner: String,
    learner_choices: Vec<String>,
    reserved: BTreeSet<String>,
    adversaries: Vec<String>,
    prose: Vec<(String, String)>,
}

/// Whether a person id is one the class gives its learners.
pub fn is_learner_person(id: &str) -> bool {
    id.strip_prefix('l').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

impl Template {
    /// Parses a class scenario and its prose files (language, Fluent text).
    pub fn parse(source: &str, prose: &[(&str, &str)]) -> Result<Template, TemplateError> {
        let scenario = Scenario::parse(source).map_err(TemplateError::Scenario)?;
        let table: Table = toml::from_str(source).map_err(|_| TemplateError::Scenario(Vec::new()))?;
        let people = table.get("people").and_then(Value::as_array).cloned().unwrap_or_default();
        let mut learner = String::new();
        let mut reserved = BTreeSet::new();
        let mut learner_choices = Vec::new();
        for p in &people {
            let id = p.get("id").and_then(Value::as_str).unwrap_or_default();
            if is_learner_person(id) {
                return Err(TemplateError::ReservedPerson(id.to_owned()));
            }
            if p.get("learner").and_then(Value::as_bool) == Some(true) {
                learner = id.to_owned();
                learner_choices = scenario.choices.keys().filter(|k| uses_choice(p, k)).cloned().collect();
            } else if let Some(u) = p.get("username").and_then(Value::as_str) {
                reserved.insert(u.to_owned());
            }
        }
        let adversaries = table
            .get("adversaries")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter(|a| !mentions(a, &learner))
                    .filter_map(|a| a.get("id")?.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let prose = prose.iter().map(|(l, t)| ((*l).to_owned(), (*t).to_owned())).collect();
        Ok(Template { scenario, table, learner, learner_choices, reserved, adversaries, prose })
    }

    /// The bundled class federation.
    pub fn bundled() -> Template {
        match Template::parse(CLASS_FEDERATION, CLASS_FEDERATION_PROSE) {
            Ok(t) => t,
            // A test checks the bundled file parses; nothing a user does can reach this.
            Err(e) => unreachable!("the bundled class scenario is broken: {e}"),
        }
    }

    /// The scenario's id.
    pub fn id(&self) -> &str {
        &self.scenario.id
    }

    /// The scenario as the core parsed it.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The TOML table of the file.
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// The template person's id.
    pub fn learner_person(&self) -> &str {
        &self.learner
    }

    /// The prose in `lang` (Fluent), if the scenario has it.
    pub fn prose(&self, lang: &str) -> Option<&str> {
        self.prose.iter().find(|(l, _)| l == lang).map(|(_, t)| t.as_str())
    }

    /// The choices each learner makes for themselves, in the scenario's order of choices.
    pub fn learner_choices(&self) -> Vec<&Choice> {
        self.learner_choices.iter().filter_map(|k| self.scenario.choices.get(k)).collect()
    }

    /// The adversaries a trainer can start (those not watching the template person).
    pub fn adversaries(&self) -> &[String] {
        &self.adversaries
    }

    /// The servers, in file order.
    pub fn servers(&self) -> Vec<String> {
        let servers = self.table.get("servers").and_then(Value::as_array);
        servers.into_iter().flatten().filter_map(|s| s.get("name")?.as_str().map(str::to_owned)).collect()
    }

    /// Whether another person of the scenario already has `username`.
    pub fn reserved_username(&self, username: &str) -> bool {
        self.reserved.contains(username)
    }

    /// Each learner choice's default, in its typed form.
    pub fn default_choices(&self) -> BTreeMap<String, String> {
        self.learner_choices().iter().map(|c| (c.key.clone(), c.default.to_string())).collect()
    }

    /// Whether every key is a learner choice and every value one it allows.
    pub fn check_choices(&self, choices: &BTreeMap<String, String>) -> Result<(), Refusal> {
        for (k, v) in choices {
            let choice = self.learner_choices().into_iter().find(|c| c.key == *k);
            let Some(choice) = choice else {
                return Err(Refusal::new("class-refused-choice").arg("choice", k));
            };
            if choice.parse_value(v).is_none() {
                return Err(Refusal::new("class-refused-value").arg("choice", k).arg("value", v));
            }
        }
        Ok(())
    }
}

/// Whether a TOML value uses choice `key`: a `"{key}"` placeholder or a `{ choice = key }` switch.
pub fn uses_choice(v: &Value, key: &str) -> bool {
    match v {
        Value::String(s) => s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) == Some(key),
        Value::Array(a) => a.iter().any(|v| uses_choice(v, key)),
        Value::Table(t) => {
            t.get("choice").and_then(Value::as_str) == Some(key) || t.values().any(|v| uses_choice(v, key))
        }
        _ => false,
    }
}

/// Whether a TOML value names person `id` anywhere (as a whole string).
pub fn mentions(v: &Value, id: &str) -> bool {
    match v {
        Value::String(s) => s == id,
        Value::Array(a) => a.iter().any(|v| mentions(v, id)),
        Value::Table(t) => t.values().any(|v| mentions(v, id)),
        _ => false,
    }
}

#[cfg(test)]
mod prose_tests {
    use super::CLASS_FEDERATION_PROSE;
    use glasshouse_words::i18n::{LANGUAGES, message_ids};

    #[test]
    fn the_class_scenario_has_prose_in_every_language_with_the_same_messages() {
        let langs: Vec<&str> = CLASS_FEDERATION_PROSE.iter().map(|(l, _)| *l).collect();
        let listed: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
        assert_eq!(langs, listed, "the class scenario's prose languages differ from the one list");
        let en = message_ids(&[CLASS_FEDERATION_PROSE[0].1]).unwrap_or_else(|e| panic!("{e}"));
        for (lang, text) in CLASS_FEDERATION_PROSE {
            let ids = message_ids(&[text]).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert_eq!(ids, en, "{lang}: the class scenario's prose has other messages than English");
        }
    }
}
