//! From TOML text to a checked [`Scenario`], collecting every problem with its code and span.
//!
//! The same [`build`] turns the raw file plus one selection of choices into a [`Setup`]; checking a
//! file runs it for the defaults and for the other combinations of choices, so a value that only
//! breaks with one choice is still reported, with that choice named. One module per part of the
//! file; the script's actions check themselves (`crate::script`).

mod adversaries;
mod builder;
mod objectives;
mod people;
mod placeholders;
mod push;
mod rooms;
mod script;
mod servers;

pub(crate) use adversaries::Adversaries;
pub use builder::build;
pub(crate) use builder::{Builder, Cast, Declared};

use super::choices::{Choice, ChoiceError, ChoiceValue, Selection};
use super::diag::{DiagCode as C, Diagnostic};
use super::model::*;
use super::raw::*;
use indexmap::IndexMap;
use placeholders::{check_choices, check_placeholders};
use std::collections::{BTreeMap, BTreeSet};

/// Largest number of choice combinations checked exhaustively; beyond it each value of each choice
/// is checked once against the defaults of the others.
pub const MAX_COMBINATIONS: usize = 512;

/// A checked scenario: metadata, the learner's choices and the raw file to build runs from.
#[derive(Clone, Debug)]
pub struct Scenario {
    /// Identifier.
    pub id: String,
    /// Book chapter.
    pub chapter: Option<String>,
    /// Estimated minutes.
    pub minutes: u32,
    /// Default seed.
    pub seed: u64,
    /// Choices by key, in file order.
    pub choices: IndexMap<String, Choice>,
    raw: RawScenario,
    /// The world of the default choices, built while checking.
    default_setup: Option<Setup>,
}

impl Scenario {
    /// Parses a scenario file and checks it with the default choices: enough to run it. Other
    /// selections are checked when [`Scenario::setup`] builds them. On failure returns every
    /// problem found.
    pub fn parse(source: &str) -> Result<Scenario, Vec<Diagnostic>> {
        Scenario::parse_checking(source, false)
    }

    /// Parses a scenario file and checks every combination of the learner's choices (all of them
    /// up to [`MAX_COMBINATIONS`], else each choice's values one at a time): what `check` runs, so
    /// a trainer learns of a broken combination before a learner picks it.
    pub fn check(source: &str) -> Result<Scenario, Vec<Diagnostic>> {
        Scenario::parse_checking(source, true)
    }

    fn parse_checking(source: &str, all: bool) -> Result<Scenario, Vec<Diagnostic>> {
        let raw: RawScenario = toml::from_str(source).map_err(|e| vec![toml_error(&e)])?;
        let mut diags = Vec::new();
        let id = raw.id.get_ref().clone();
        if !is_id(&id) {
            diags.push(Diagnostic::new(C::InvalidId, raw.id.span()).arg("id", &id));
        }
        let minutes = match &raw.minutes {
            Some(m) if !(0..=100_000).contains(m.get_ref()) => {
                diags.push(Diagnostic::new(C::InvalidValue, m.span()).arg("value", m.get_ref()));
                0
            }
            Some(m) => *m.get_ref() as u32,
            None => 0,
        };
        if let Some(c) = &raw.chapter
            && !crate::chapter::is_chapter(c.get_ref())
        {
            diags.push(
                Diagnostic::new(C::UnknownChapter, c.span())
                    .arg("chapter", c.get_ref())
                    .arg("known", crate::chapter::CHAPTERS.join(", ")),
            );
        }
        let seed = match &raw.seed {
            Some(s) if *s.get_ref() < 0 => {
                diags.push(Diagnostic::new(C::InvalidValue, s.span()).arg("value", s.get_ref()));
                0
            }
            Some(s) => *s.get_ref() as u64,
            None => 0,
        };
        // Broken choices stop here (runs cannot be built without them); problems with the
        // metadata above do not, so they are reported together with the rest.
        let mut choice_diags = Vec::new();
        let choices = check_choices(&raw, &mut choice_diags);
        check_placeholders(&raw, &choices, &mut choice_diags);
        if !choice_diags.is_empty() {
            diags.extend(choice_diags);
            return Err(diags);
        }
        let mut scenario = Scenario {
            id,
            chapter: raw.chapter.as_ref().map(|c| c.get_ref().clone()),
            minutes,
            seed,
            choices,
            raw,
            default_setup: None,
        };
        let (default_setup, default_diags) = build(&scenario.raw, &scenario.defaults());
        if default_diags.is_empty() {
            scenario.default_setup = Some(default_setup);
        }
        if all {
            // Each combination is built once: for its diagnostics, then to compare the worlds.
            let (combination_diags, built) = scenario.build_selections(scenario.combinations());
            diags.extend(combination_diags);
            if diags.is_empty() {
                diags.extend(scenario.check_values_matter(&built));
            }
        } else {
            diags.extend(default_diags);
        }
        if diags.is_empty() { Ok(scenario) } else { Err(diags) }
    }

    /// The file as parsed.
    pub(crate) fn raw(&self) -> &RawScenario {
        &self.raw
    }

    /// The learner's choices in the order the scenario file writes them, as setup screens show
    /// them (`choices` itself is ordered by key, which runs and reports rely on).
    pub fn in_file_order(&self) -> Vec<&Choice> {
        let at =
            |key: &str| self.raw.choices.keys().find(|k| k.get_ref() == key).map_or(usize::MAX, |k| k.span().start);
        let mut all: Vec<&Choice> = self.choices.values().collect();
        all.sort_by_key(|c| at(&c.key));
        all
    }

    /// The default value of every choice.
    pub fn defaults(&self) -> Selection {
        self.choices.iter().map(|(k, c)| (k.clone(), c.default.clone())).collect()
    }

    /// Checks a requested selection (`key=value` texts) and fills the rest with defaults.
    pub fn select<'a>(&self, requests: impl IntoIterator<Item = &'a str>) -> Result<Selection, ChoiceError> {
        let mut sel = self.defaults();
        for text in requests {
            let Some((key, value)) = text.split_once('=') else {
                return Err(ChoiceError::Malformed { text: text.to_owned() });
            };
            sel = self.choose(&sel, key.trim(), value.trim())?;
        }
        Ok(sel)
    }

    /// Builds the concrete world for a selection. Values outside the allowed ones are replaced by
    /// defaults. A selection that leaves the scenario inconsistent (which [`Scenario::check`]
    /// reports ahead of time) returns its diagnostics, each naming the choices that differ from
    /// the defaults.
    pub fn setup(&self, selection: &Selection) -> Result<Setup, Vec<Diagnostic>> {
        let mut sel = self.defaults();
        for (k, v) in selection {
            if self.choices.get(k).is_some_and(|c| c.values.contains(v)) {
                sel.insert(k.clone(), v.clone());
            }
        }
        if let Some(setup) = &self.default_setup
            && sel == self.defaults()
        {
            return Ok(setup.clone());
        }
        let (setup, diags) = build(&self.raw, &sel);
        if diags.is_empty() { Ok(setup) } else { Err(self.check_selections(vec![sel])) }
    }

    /// Whether every combination of choices can be tried (at most [`MAX_COMBINATIONS`]).
    pub fn exhaustive(&self) -> bool {
        let total = self.choices.values().map(|c| c.values.len()).try_fold(1usize, |acc, n| acc.checked_mul(n));
        total.is_some_and(|n| n <= MAX_COMBINATIONS)
    }

    /// Every combination of choices to check (all when few, otherwise one-at-a-time variations).
    pub fn combinations(&self) -> Vec<Selection> {
        let defaults = self.defaults();
        let mut out = vec![defaults.clone()];
        if self.exhaustive() {
            let mut all: Vec<Selection> = vec![Selection::new()];
            for (key, choice) in &self.choices {
                all = all
                    .into_iter()
                    .flat_map(|s| {
                        choice.values.iter().map(move |v| {
                            let mut s = s.clone();
                            s.insert(key.clone(), v.clone());
                            s
                        })
                    })
                    .collect();
            }
            out.extend(all.into_iter().filter(|s| *s != defaults));
        } else {
            for (key, choice) in &self.choices {
                for v in choice.values.iter().filter(|v| **v != choice.default) {
                    let mut s = defaults.clone();
                    s.insert(key.clone(), v.clone());
                    out.push(s);
                }
            }
        }
        out
    }

    /// A value of a choice that builds exactly the same world as an earlier value of the same
    /// choice, whatever the other choices are, is never really used: the learner's pick would
    /// make no difference. Checked over every combination (when there are at most
    /// [`MAX_COMBINATIONS`]; beyond that no value is flagged, to avoid false alarms).
    fn check_values_matter(&self, built: &[(Selection, Setup)]) -> Vec<Diagnostic> {
        if !self.exhaustive() {
            return Vec::new();
        }
        let worlds: BTreeMap<&Selection, String> =
            built.iter().map(|(sel, setup)| (sel, serde_json::to_string(setup).unwrap_or_default())).collect();
        let mut out = Vec::new();
        for (key, choice) in &self.choices {
            for (i, v) in choice.values.iter().enumerate() {
                let same = choice.values[..i].iter().find(|u| {
                    worlds.iter().filter(|(sel, _)| sel.get(key) == Some(v)).all(|(sel, fp)| {
                        let mut other = (*sel).clone();
                        other.insert(key.clone(), (*u).clone());
                        worlds.get(&other) == Some(fp)
                    })
                });
                let Some(same) = same else { continue };
                let span = self
                    .raw
                    .choices
                    .iter()
                    .find(|(k, _)| k.get_ref() == key)
                    .and_then(|(_, c)| {
                        c.get_ref()
                            .values
                            .get_ref()
                            .iter()
                            .find(|x| ChoiceValue::from_toml(x.get_ref()).as_ref() == Some(v))
                    })
                    .map_or(0..0, |x| x.span());
                out.push(Diagnostic::new(C::ChoiceValueUnused, span).arg("key", key).arg("value", v).arg("same", same));
            }
        }
        out
    }

    fn check_selections(&self, selections: Vec<Selection>) -> Vec<Diagnostic> {
        self.build_selections(selections).0
    }

    /// Builds each selection: the diagnostics (each once, naming the choices that differ from the
    /// defaults) and the worlds built.
    fn build_selections(&self, selections: Vec<Selection>) -> (Vec<Diagnostic>, Vec<(Selection, Setup)>) {
        let defaults = self.defaults();
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        let mut built = Vec::with_capacity(selections.len());
        for sel in selections {
            let (setup, diags) = build(&self.raw, &sel);
            let differing: Vec<String> =
                sel.iter().filter(|(k, v)| defaults.get(*k) != Some(*v)).map(|(k, v)| format!("{k}={v}")).collect();
            for d in diags {
                let key = (d.code, d.span.start, d.span.end, d.args.clone());
                if seen.insert(key) {
                    out.push(if differing.is_empty() { d } else { d.arg("choices", differing.join(" ")) });
                }
            }
            built.push((sel, setup));
        }
        (out, built)
    }
}

fn toml_error(e: &toml::de::Error) -> Diagnostic {
    let msg = e.message();
    let code = if msg.starts_with("unknown field") {
        C::UnknownField
    } else if msg.starts_with("missing field") {
        C::MissingField
    } else if msg.starts_with("invalid type") || msg.starts_with("invalid value") {
        C::WrongType
    } else {
        C::TomlSyntax
    };
    Diagnostic::new(code, e.span().unwrap_or(0..0)).arg("detail", msg.trim())
}

/// Lower-case letters, digits, `-` and `_`, starting with a letter or digit.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && s.as_bytes()[0].is_ascii_alphanumeric()
}

/// A Matrix localpart: lower-case letters, digits and `._=-/+`.
pub(crate) fn is_localpart(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._=-/+".contains(&b))
}

/// A server name, with an optional port.
pub(crate) fn is_server_name(s: &str) -> bool {
    let (host, port) = match s.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (s, None),
    };
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|n| n > 0));
    port_ok
        && !host.is_empty()
        && host.len() <= 230
        && host.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
}

/// Letters, digits, `_` and `-`.
pub(crate) fn is_device_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// User agent of devices that do not name one.
pub const DEFAULT_USER_AGENT: &str = "Mozilla/5.0 (X11; Linux x86_64) Element/1.11.100";
