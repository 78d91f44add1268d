//! The learner's choices: the keys a scenario declares, their allowed values and defaults, and a
//! selection of values for one run.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// One allowed value of a choice: TOML strings, booleans, integers or lists of strings.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum ChoiceValue {
    /// A string, e.g. a server name or `tor`.
    Str(String),
    /// A boolean, e.g. `encrypted`.
    Bool(bool),
    /// An integer, e.g. retention days.
    Int(i64),
    /// A list of strings, e.g. the people the learner verified.
    List(Vec<String>),
}

impl ChoiceValue {
    /// Converts a TOML value, or `None` for tables, floats, dates and mixed lists.
    pub fn from_toml(value: &toml::Value) -> Option<ChoiceValue> {
        Some(match value {
            toml::Value::String(s) => ChoiceValue::Str(s.clone()),
            toml::Value::Boolean(b) => ChoiceValue::Bool(*b),
            toml::Value::Integer(i) => ChoiceValue::Int(*i),
            toml::Value::Array(items) => {
                ChoiceValue::List(items.iter().map(|v| v.as_str().map(str::to_owned)).collect::<Option<_>>()?)
            }
            _ => return None,
        })
    }

    /// The TOML value put in place of a `"{key}"` placeholder.
    pub fn to_toml(&self) -> toml::Value {
        match self {
            ChoiceValue::Str(s) => toml::Value::String(s.clone()),
            ChoiceValue::Bool(b) => toml::Value::Boolean(*b),
            ChoiceValue::Int(i) => toml::Value::Integer(*i),
            ChoiceValue::List(l) => toml::Value::Array(l.iter().cloned().map(toml::Value::String).collect()),
        }
    }

    /// A name for the value's type, used to reject choices mixing types.
    pub fn kind(&self) -> &'static str {
        match self {
            ChoiceValue::Str(_) => "string",
            ChoiceValue::Bool(_) => "boolean",
            ChoiceValue::Int(_) => "integer",
            ChoiceValue::List(_) => "list",
        }
    }
}

impl fmt::Display for ChoiceValue {
    /// The form typed after `--choose KEY=`: lists are comma-separated, `[]` when empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChoiceValue::Str(s) => f.write_str(s),
            ChoiceValue::Bool(b) => write!(f, "{b}"),
            ChoiceValue::Int(i) => write!(f, "{i}"),
            ChoiceValue::List(l) if l.is_empty() => f.write_str("[]"),
            ChoiceValue::List(l) => f.write_str(&l.join(",")),
        }
    }
}

/// A choice the learner controls.
#[derive(Clone, Debug, Serialize)]
pub struct Choice {
    /// Key, used in `"{key}"` placeholders and `--choose key=value`.
    pub key: String,
    /// Allowed values, in file order.
    pub values: Vec<ChoiceValue>,
    /// Value used when the learner does not choose.
    pub default: ChoiceValue,
}

impl Choice {
    /// Finds the allowed value written as `text` (see [`ChoiceValue`]'s `Display`).
    pub fn parse_value(&self, text: &str) -> Option<&ChoiceValue> {
        let normalised: String = text.split(',').map(str::trim).collect::<Vec<_>>().join(",");
        self.values.iter().find(|v| v.to_string() == normalised || v.to_string() == text)
    }
}

/// Chosen values for one run, by key. Keys missing here take their default.
pub type Selection = BTreeMap<String, ChoiceValue>;

/// Why a requested selection cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum ChoiceError {
    /// The scenario has no choice with this key.
    #[error("unknown-choice-key {key}")]
    UnknownKey {
        /// Requested key.
        key: String,
        /// Keys the scenario has.
        known: Vec<String>,
    },
    /// The value is not one of the allowed ones.
    #[error("value-not-allowed {key}={value}")]
    ValueNotAllowed {
        /// Key.
        key: String,
        /// Requested value.
        value: String,
        /// Allowed values, as typed.
        allowed: Vec<String>,
    },
    /// `KEY=VALUE` was expected.
    #[error("malformed-choice {text}")]
    Malformed {
        /// What was given.
        text: String,
    },
}

impl crate::Scenario {
    /// `selection` with the choice `key` set to `value`, checked against the values the scenario
    /// offers (the window's setup screen and `--choose` both come through here).
    pub fn choose(&self, selection: &Selection, key: &str, value: &str) -> Result<Selection, ChoiceError> {
        let Some(choice) = self.choices.get(key) else {
            return Err(ChoiceError::UnknownKey { key: key.to_owned(), known: self.choices.keys().cloned().collect() });
        };
        let Some(v) = choice.parse_value(value) else {
            return Err(ChoiceError::ValueNotAllowed {
                key: key.to_owned(),
                value: value.to_owned(),
                allowed: choice.values.iter().map(ToString::to_string).collect(),
            });
        };
        let mut next = selection.clone();
        next.insert(key.to_owned(), v.clone());
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_with_or_without_spaces() {
        let c = Choice {
            key: "verified".into(),
            values: vec![ChoiceValue::List(vec![]), ChoiceValue::List(vec!["a".into(), "b".into()])],
            default: ChoiceValue::List(vec![]),
        };
        assert_eq!(c.parse_value("a, b"), Some(&c.values[1]));
        assert_eq!(c.parse_value("[]"), Some(&c.values[0]));
        assert_eq!(c.parse_value("b,a"), None);
    }
}
