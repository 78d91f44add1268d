//! From TOML text to a checked [`Scenario`], collecting every problem with its code and span.
//!
//! The same [`build`] turns the raw file plus one selection of choices into a [`Setup`]; checking a
//! file runs it for the defaults and for the other combinations of choices, so a value that only
//! breaks with one choice is still reported, with that choice named.

use super::choices::{Choice, ChoiceError, ChoiceValue, Selection};
use super::diag::{DiagCode as C, Diagnostic};
use super::model::*;
use super::raw::*;
use crate::knowledge::FindingCode;
use crate::time::SimTime;
use indexmap::{IndexMap, IndexSet};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use toml::Spanned;

/// Largest number of choice combinations checked exhaustively; beyond it each value of each choice
/// is checked once against the defaults of the others.
pub const MAX_COMBINATIONS: usize = 512;

/// Adversaries being checked: the spec, the table's span, and the span of its `device` key.
type Adversaries = IndexMap<String, (AdversarySpec, Range<usize>, Option<Spanned<String>>)>;

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

fn is_localpart(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._=-/+".contains(&b))
}

fn is_server_name(s: &str) -> bool {
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

fn is_device_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The choice a parameter is filled from: `"{key}"`, or a switch
/// `{ choice = "key", cases = { value = …, … } }`.
fn placeholder(v: &toml::Value) -> Option<&str> {
    if let Some(t) = v.as_table() {
        return t.get("choice").and_then(toml::Value::as_str);
    }
    let s = v.as_str()?;
    let inner = s.strip_prefix('{')?.strip_suffix('}')?;
    is_id(inner).then_some(inner)
}

/// Checks a switch parameter against its choice: a string `choice`, a `cases` table with one
/// entry per value of the choice (lists are written comma-separated), nothing else.
fn check_switch(p: &RawParam, choices: &IndexMap<String, Choice>, diags: &mut Vec<Diagnostic>) {
    let Some(t) = p.get_ref().as_table() else { return };
    let cases = t.get("cases").and_then(toml::Value::as_table);
    let key = t.get("choice").and_then(toml::Value::as_str);
    let (Some(key), Some(cases)) = (key, cases) else {
        diags.push(Diagnostic::new(C::SwitchMalformed, p.span()));
        return;
    };
    if let Some(extra) = t.keys().find(|k| *k != "choice" && *k != "cases") {
        diags.push(Diagnostic::new(C::SwitchMalformed, p.span()).arg("field", extra));
        return;
    }
    let Some(choice) = choices.get(key) else { return };
    let names: Vec<String> = choice.values.iter().map(ToString::to_string).collect();
    for name in &names {
        if !cases.contains_key(name) {
            diags.push(Diagnostic::new(C::SwitchCaseMissing, p.span()).arg("key", key).arg("value", name));
        }
    }
    for case in cases.keys() {
        if !names.contains(case) {
            diags.push(
                Diagnostic::new(C::SwitchCaseUnknown, p.span())
                    .arg("key", key)
                    .arg("value", case)
                    .arg("allowed", names.join(" | ")),
            );
        }
    }
}

fn check_choices(raw: &RawScenario, diags: &mut Vec<Diagnostic>) -> IndexMap<String, Choice> {
    let mut out = IndexMap::new();
    for (key, c) in &raw.choices {
        if !is_id(key.get_ref()) {
            diags.push(Diagnostic::new(C::InvalidId, key.span()).arg("id", key.get_ref()));
            continue;
        }
        let mut values: Vec<ChoiceValue> = Vec::new();
        let mut ok = true;
        for v in c.get_ref().values.get_ref() {
            match ChoiceValue::from_toml(v.get_ref()) {
                Some(cv) if values.contains(&cv) => {
                    diags.push(
                        Diagnostic::new(C::ChoiceDuplicateValue, v.span()).arg("key", key.get_ref()).arg("value", &cv),
                    );
                    ok = false;
                }
                Some(cv) => {
                    if let Some(first) = values.first()
                        && first.kind() != cv.kind()
                    {
                        diags.push(
                            Diagnostic::new(C::ChoiceMixedTypes, v.span())
                                .arg("key", key.get_ref())
                                .arg("expected", first.kind())
                                .arg("found", cv.kind()),
                        );
                        ok = false;
                    }
                    values.push(cv);
                }
                None => {
                    diags.push(
                        Diagnostic::new(C::WrongType, v.span())
                            .arg("detail", "string, boolean, integer or list of strings"),
                    );
                    ok = false;
                }
            }
        }
        if values.is_empty() && ok {
            diags.push(Diagnostic::new(C::ChoiceEmpty, c.get_ref().values.span()).arg("key", key.get_ref()));
            continue;
        }
        let default = match &c.get_ref().default {
            None => {
                diags.push(Diagnostic::new(C::ChoiceNoDefault, key.span()).arg("key", key.get_ref()));
                continue;
            }
            Some(d) => match ChoiceValue::from_toml(d.get_ref()) {
                Some(dv) if values.contains(&dv) => dv,
                other => {
                    diags.push(
                        Diagnostic::new(C::ChoiceDefaultNotAllowed, d.span())
                            .arg("key", key.get_ref())
                            .arg("value", other.map(|v| v.to_string()).unwrap_or_default())
                            .arg("allowed", values.iter().map(ToString::to_string).collect::<Vec<_>>().join(" | ")),
                    );
                    continue;
                }
            },
        };
        if ok {
            out.insert(key.get_ref().clone(), Choice { key: key.get_ref().clone(), values, default });
        }
    }
    out
}

/// Every choosable field of the raw file, for placeholder checks.
fn params(raw: &RawScenario) -> Vec<&RawParam> {
    let mut out: Vec<&RawParam> = Vec::new();
    for s in &raw.servers {
        let s = s.get_ref();
        out.extend([&s.keeps_ip_days, &s.keeps_device_ip, &s.presence, &s.platform].into_iter().flatten());
    }
    for p in &raw.people {
        let p = p.get_ref();
        out.push(&p.server);
        out.push(&p.username);
        out.extend(
            [
                &p.exists,
                &p.display_name,
                &p.avatar,
                &p.connects,
                &p.bind_email,
                &p.bind_phone,
                &p.verified,
                &p.sends_to,
                &p.recovery_key,
                &p.push,
            ]
            .into_iter()
            .flatten(),
        );
    }
    for r in &raw.rooms {
        let r = r.get_ref();
        out.extend([&r.join_rule, &r.history, &r.encrypted].into_iter().flatten());
    }
    for s in &raw.script {
        if let Some(c) = &s.get_ref().connect {
            out.push(&c.get_ref().via);
        }
        if let Some(r) = &s.get_ref().recover
            && let Some(via) = &r.get_ref().via
        {
            out.push(via);
        }
    }
    for a in &raw.adversaries {
        let a = a.get_ref();
        out.extend(
            [&a.compromise, &a.malicious_admin, &a.insider, &a.network_observer, &a.seized_device, &a.push_gateway]
                .into_iter()
                .flatten(),
        );
    }
    out
}

fn check_placeholders(raw: &RawScenario, choices: &IndexMap<String, Choice>, diags: &mut Vec<Diagnostic>) {
    let mut used = BTreeSet::new();
    for p in params(raw) {
        check_switch(p, choices, diags);
        if let Some(key) = placeholder(p.get_ref()) {
            used.insert(key.to_owned());
            if !choices.contains_key(key) && !raw.choices.keys().any(|k| k.get_ref() == key) {
                diags.push(
                    Diagnostic::new(C::UnknownChoice, p.span())
                        .arg("key", key)
                        .arg("known", choices.keys().cloned().collect::<Vec<_>>().join(", ")),
                );
            }
        }
    }
    for key in raw.choices.keys() {
        if !used.contains(key.get_ref()) {
            diags.push(Diagnostic::new(C::ChoiceUnused, key.span()).arg("key", key.get_ref()));
        }
    }
}

/// Builds a [`Setup`] from the raw file for one selection, with every problem found.
pub fn build(raw: &RawScenario, sel: &Selection) -> (Setup, Vec<Diagnostic>) {
    let mut b = Builder { sel, diags: Vec::new() };
    let setup = b.setup(raw);
    (setup, b.diags)
}

struct Builder<'a> {
    sel: &'a Selection,
    diags: Vec<Diagnostic>,
}

/// A declared account, whether or not it exists in this run.
struct Declared {
    exists: bool,
    server: String,
}

impl Builder<'_> {
    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// The value of a parameter with its placeholder filled.
    fn value(&self, p: &RawParam) -> toml::Value {
        let Some(v) = placeholder(p.get_ref()).and_then(|k| self.sel.get(k)) else { return p.get_ref().clone() };
        match p.get_ref().get("cases") {
            Some(cases) => cases.get(v.to_string()).cloned().unwrap_or_else(|| p.get_ref().clone()),
            None => v.to_toml(),
        }
    }

    fn wrong_type(&mut self, span: Range<usize>, expected: &str, found: &toml::Value) {
        self.push(
            Diagnostic::new(C::WrongType, span)
                .arg("detail", format!("expected {expected}, found {}", found.type_str())),
        );
    }

    fn string(&mut self, p: &RawParam) -> Option<String> {
        match self.value(p) {
            toml::Value::String(s) => Some(s),
            other => {
                self.wrong_type(p.span(), "a string", &other);
                None
            }
        }
    }

    fn boolean(&mut self, p: Option<&RawParam>, default: bool) -> bool {
        let Some(p) = p else { return default };
        match self.value(p) {
            toml::Value::Boolean(b) => b,
            other => {
                self.wrong_type(p.span(), "true or false", &other);
                default
            }
        }
    }

    fn days(&mut self, p: Option<&RawParam>, default: u32) -> u32 {
        let Some(p) = p else { return default };
        match self.value(p) {
            toml::Value::Integer(i) if (0..=36_500).contains(&i) => i as u32,
            toml::Value::Integer(i) => {
                self.push(Diagnostic::new(C::InvalidValue, p.span()).arg("value", i).arg("allowed", "0..=36500"));
                default
            }
            other => {
                self.wrong_type(p.span(), "a whole number of days", &other);
                default
            }
        }
    }

    fn one_of<T: Copy>(&mut self, p: Option<&RawParam>, table: &[(&str, T)], default: T) -> T {
        let Some(p) = p else { return default };
        let Some(s) = self.string(p) else { return default };
        self.lookup(&s, p.span(), table).unwrap_or(default)
    }

    fn lookup<T: Copy>(&mut self, s: &str, span: Range<usize>, table: &[(&str, T)]) -> Option<T> {
        if let Some((_, v)) = table.iter().find(|(name, _)| *name == s) {
            return Some(*v);
        }
        let allowed: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
        self.push(Diagnostic::new(C::InvalidValue, span).arg("value", s).arg("allowed", allowed.join(" | ")));
        None
    }

    fn time(&mut self, at: &Spanned<String>) -> Option<SimTime> {
        let t = SimTime::parse(at.get_ref());
        if t.is_none() {
            self.push(Diagnostic::new(C::InvalidTime, at.span()).arg("value", at.get_ref()));
        }
        t
    }

    fn id(&mut self, id: &Spanned<String>, seen: &mut BTreeSet<String>, what: &str) -> bool {
        if !is_id(id.get_ref()) {
            self.push(Diagnostic::new(C::InvalidId, id.span()).arg("id", id.get_ref()));
            return false;
        }
        if !seen.insert(id.get_ref().clone()) {
            self.push(Diagnostic::new(C::DuplicateId, id.span()).arg("id", id.get_ref()).arg("kind", what));
            return false;
        }
        true
    }

    fn setup(&mut self, raw: &RawScenario) -> Setup {
        let network = self.network(raw);
        let servers = self.servers(raw);
        let (people, declared) = self.people(raw, &servers);
        let mut rooms = self.rooms(raw, &people, &declared);
        // A room lives on its creator's service; the centralised ones decide encryption.
        for r in rooms.values_mut() {
            let platform = r
                .members
                .first()
                .and_then(|m| people.get(m))
                .and_then(|p| servers.get(&p.server))
                .map_or(Platform::Matrix, |s| s.platform);
            match platform {
                Platform::SignalLike => r.encrypted = true,
                Platform::TelegramLike | Platform::DiscordLike => r.encrypted = false,
                Platform::Matrix => {}
            }
        }
        let adversaries = self.adversaries(raw, &servers, &people, &declared);
        let script = self.script(raw, &servers, &people, &declared, &rooms, &adversaries);
        let adversaries = self.check_seized_devices(raw, adversaries, &people, &script);
        let labels: BTreeSet<String> = script
            .iter()
            .filter_map(|s| match &s.action {
                Action::Say { label: Some(l), .. } => Some(l.clone()),
                _ => None,
            })
            .collect();
        let objectives = self.objectives(raw, &declared, &adversaries, &labels);
        Setup { id: raw.id.get_ref().clone(), network, servers, people, rooms, script, adversaries, objectives }
    }

    fn ip(&mut self, s: &Spanned<String>) -> String {
        if s.get_ref().parse::<std::net::IpAddr>().is_err() {
            self.push(Diagnostic::new(C::InvalidIp, s.span()).arg("value", s.get_ref()));
        }
        s.get_ref().clone()
    }

    fn network(&mut self, raw: &RawScenario) -> NetworkSpec {
        let mut n = NetworkSpec { vpn_exit: "198.51.100.20".into(), tor_exit: "198.51.100.66".into() };
        if let Some(net) = &raw.network {
            if let Some(v) = &net.get_ref().vpn_exit {
                n.vpn_exit = self.ip(v);
            }
            if let Some(t) = &net.get_ref().tor_exit {
                n.tor_exit = self.ip(t);
            }
        }
        n
    }

    fn servers(&mut self, raw: &RawScenario) -> IndexMap<String, ServerSpec> {
        let mut out = IndexMap::new();
        let mut seen = BTreeSet::new();
        if raw.servers.is_empty() {
            self.push(Diagnostic::new(C::NoServers, raw.id.span()));
        }
        for s in &raw.servers {
            let s = s.get_ref();
            let name = s.name.get_ref().clone();
            if !is_server_name(&name) {
                self.push(Diagnostic::new(C::InvalidServerName, s.name.span()).arg("value", &name));
                continue;
            }
            if !seen.insert(name.clone()) {
                self.push(Diagnostic::new(C::DuplicateId, s.name.span()).arg("id", &name).arg("kind", "server"));
                continue;
            }
            let mut spec = ServerSpec {
                name: name.clone(),
                keeps_ip_days: self.days(s.keeps_ip_days.as_ref(), 28),
                keeps_device_ip: self.boolean(s.keeps_device_ip.as_ref(), true),
                requires_email: false,
                requires_phone: false,
                presence: self.boolean(s.presence.as_ref(), true),
                platform: self.one_of(
                    s.platform.as_ref(),
                    &[
                        ("matrix", Platform::Matrix),
                        ("signal-like", Platform::SignalLike),
                        ("telegram-like", Platform::TelegramLike),
                        ("discord-like", Platform::DiscordLike),
                    ],
                    Platform::Matrix,
                ),
                country: s.country.as_ref().map(|c| c.get_ref().clone()),
            };
            // What the centralised services demand at sign-up (FACTS §6).
            match spec.platform {
                Platform::SignalLike | Platform::TelegramLike => spec.requires_phone = true,
                Platform::DiscordLike => spec.requires_email = true,
                Platform::Matrix => {}
            }
            for r in &s.requires {
                match self.lookup(r.get_ref(), r.span(), &[("email", 0), ("phone", 1)]) {
                    Some(0) => spec.requires_email = true,
                    Some(_) => spec.requires_phone = true,
                    None => {}
                }
            }
            out.insert(name, spec);
        }
        out
    }

    fn people(
        &mut self,
        raw: &RawScenario,
        servers: &IndexMap<String, ServerSpec>,
    ) -> (IndexMap<String, PersonSpec>, BTreeMap<String, Declared>) {
        let mut out: IndexMap<String, PersonSpec> = IndexMap::new();
        let mut declared = BTreeMap::new();
        let mut seen = BTreeSet::new();
        let mut accounts = BTreeSet::new();
        let learners: Vec<_> = raw.people.iter().filter(|p| p.get_ref().learner).collect();
        match learners.as_slice() {
            [] => self.push(Diagnostic::new(C::NoLearner, raw.id.span())),
            [_] => {}
            [_, more @ ..] => {
                for p in more {
                    self.push(
                        Diagnostic::new(C::ManyLearners, p.get_ref().id.span()).arg("id", p.get_ref().id.get_ref()),
                    );
                }
            }
        }
        let all_ids: BTreeSet<&str> = raw.people.iter().map(|p| p.get_ref().id.get_ref().as_str()).collect();
        for (index, sp) in raw.people.iter().enumerate() {
            let p = sp.get_ref();
            if !self.id(&p.id, &mut seen, "person") {
                continue;
            }
            let id = p.id.get_ref().clone();
            let exists = p.learner || self.boolean(p.exists.as_ref(), true);
            let server = self.string(&p.server).unwrap_or_default();
            if !servers.contains_key(&server) {
                self.push(
                    Diagnostic::new(C::UnknownServer, p.server.span())
                        .arg("name", &server)
                        .arg("known", servers.keys().cloned().collect::<Vec<_>>().join(", ")),
                );
            }
            declared.insert(id.clone(), Declared { exists, server: server.clone() });
            let username = self.string(&p.username).unwrap_or_default();
            if !is_localpart(&username) {
                self.push(Diagnostic::new(C::InvalidUsername, p.username.span()).arg("value", &username));
            }
            let owner = match &p.alias_of {
                Some(a) if all_ids.contains(a.get_ref().as_str()) && a.get_ref() != &id => a.get_ref().clone(),
                Some(a) => {
                    self.push(Diagnostic::new(C::UnknownPerson, a.span()).arg("id", a.get_ref()));
                    id.clone()
                }
                None => id.clone(),
            };
            let owner_spec = out.get(&owner).cloned();
            let display_name = match &p.display_name {
                Some(d) => self.string(d).unwrap_or_default(),
                None => username.clone(),
            };
            let avatar = p.avatar.as_ref().and_then(|a| self.string(a)).filter(|a| !a.is_empty());
            let connects = match (&p.connects, &owner_spec) {
                (None, Some(o)) => o.connects,
                (c, _) => self.one_of(
                    c.as_ref(),
                    &[("direct", Connection::Direct), ("vpn", Connection::Vpn), ("tor", Connection::Tor)],
                    Connection::Direct,
                ),
            };
            let home_ip = match (&p.home_ip, &owner_spec) {
                (Some(ip), _) => self.ip(ip),
                (None, Some(o)) => o.home_ip.clone(),
                (None, None) => format!("203.0.113.{}", 10 + index % 240),
            };
            let email_owned = p.email.as_ref().map(|e| e.get_ref().clone());
            let phone_owned = p.phone.as_ref().map(|e| e.get_ref().clone());
            let spec_server = servers.get(&server);
            let bind = |b: &mut Self, want: Option<&RawParam>, required: bool, owned: &Option<String>, medium: &str| {
                let wanted = b.boolean(want, false) || required;
                if wanted && owned.is_none() {
                    let span = want.map_or(sp.span(), |w| w.span());
                    b.push(
                        Diagnostic::new(C::MissingRequiredContact, span)
                            .arg("id", &id)
                            .arg("medium", medium)
                            .arg("server", &server),
                    );
                }
                if wanted { owned.clone() } else { None }
            };
            let email =
                bind(self, p.bind_email.as_ref(), spec_server.is_some_and(|s| s.requires_email), &email_owned, "email");
            let phone =
                bind(self, p.bind_phone.as_ref(), spec_server.is_some_and(|s| s.requires_phone), &phone_owned, "phone");
            let verified = match &p.verified {
                None => Vec::new(),
                Some(v) => match self.value(v) {
                    toml::Value::Array(items) => {
                        let mut list = Vec::new();
                        for item in items {
                            let Some(name) = item.as_str() else {
                                self.wrong_type(v.span(), "a list of person ids", &item);
                                continue;
                            };
                            if name == id {
                                self.push(Diagnostic::new(C::SelfVerification, v.span()).arg("id", name));
                            } else if !all_ids.contains(name) {
                                self.push(Diagnostic::new(C::UnknownPerson, v.span()).arg("id", name));
                            } else {
                                list.push(name.to_owned());
                            }
                        }
                        list
                    }
                    other => {
                        self.wrong_type(v.span(), "a list of person ids", &other);
                        Vec::new()
                    }
                },
            };
            let recovery_key = self.boolean(p.recovery_key.as_ref(), false);
            let push = self.one_of(
                p.push.as_ref(),
                &[("off", PushFormat::Off), ("event-id-only", PushFormat::EventIdOnly), ("full", PushFormat::Full)],
                PushFormat::Off,
            );
            let sends_to = self.one_of(
                p.sends_to.as_ref(),
                &[
                    ("all", SendPolicy::All),
                    ("cross-signed", SendPolicy::CrossSigned),
                    ("verified", SendPolicy::Verified),
                ],
                SendPolicy::All,
            );
            let mut devices = Vec::new();
            let mut device_ids = BTreeSet::new();
            for d in &p.devices {
                if let Some(dev) = self.device(d.get_ref(), &mut device_ids) {
                    devices.push(dev);
                }
            }
            if devices.is_empty() {
                devices.push(DeviceSpec {
                    id: "PRIMARY".into(),
                    name: "Element Web".into(),
                    user_agent: DEFAULT_USER_AGENT.into(),
                });
            }
            if !exists {
                continue;
            }
            let mxid = format!("@{username}:{server}");
            if !accounts.insert(mxid.clone()) {
                self.push(Diagnostic::new(C::DuplicateAccount, p.username.span()).arg("mxid", &mxid));
            }
            out.insert(
                id.clone(),
                PersonSpec {
                    id: id.clone(),
                    learner: p.learner,
                    owner,
                    server,
                    username,
                    display_name,
                    avatar,
                    connects,
                    home_ip,
                    email,
                    phone,
                    public_handles: p.public_handles.iter().map(|h| h.get_ref().clone()).collect(),
                    verified,
                    sends_to,
                    recovery_key,
                    push,
                    devices,
                },
            );
        }
        (out, declared)
    }

    fn device(&mut self, d: &RawDevice, ids: &mut BTreeSet<String>) -> Option<DeviceSpec> {
        let id = d.id.get_ref();
        if !is_device_id(id) {
            self.push(Diagnostic::new(C::InvalidId, d.id.span()).arg("id", id));
            return None;
        }
        if !ids.insert(id.clone()) {
            self.push(Diagnostic::new(C::DuplicateDevice, d.id.span()).arg("id", id));
            return None;
        }
        Some(DeviceSpec {
            id: id.clone(),
            name: d.name.as_ref().map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            user_agent: d.user_agent.as_ref().map_or(DEFAULT_USER_AGENT.into(), |u| u.get_ref().clone()),
        })
    }

    /// Resolves a person reference: `Some(true)` exists, `Some(false)` declared but absent in this
    /// run, `None` unknown (reported).
    fn person(&mut self, who: &Spanned<String>, declared: &BTreeMap<String, Declared>) -> Option<bool> {
        match declared.get(who.get_ref()) {
            Some(d) => Some(d.exists),
            None => {
                self.push(
                    Diagnostic::new(C::UnknownPerson, who.span())
                        .arg("id", who.get_ref())
                        .arg("known", declared.keys().cloned().collect::<Vec<_>>().join(", ")),
                );
                None
            }
        }
    }

    fn room_ref(&mut self, room: &Spanned<String>, rooms: &IndexMap<String, RoomSpec>) -> bool {
        if rooms.contains_key(room.get_ref()) {
            return true;
        }
        self.push(
            Diagnostic::new(C::UnknownRoom, room.span())
                .arg("id", room.get_ref())
                .arg("known", rooms.keys().cloned().collect::<Vec<_>>().join(", ")),
        );
        false
    }

    fn rooms(
        &mut self,
        raw: &RawScenario,
        people: &IndexMap<String, PersonSpec>,
        declared: &BTreeMap<String, Declared>,
    ) -> IndexMap<String, RoomSpec> {
        let mut out = IndexMap::new();
        let mut seen = BTreeSet::new();
        for sr in &raw.rooms {
            let r = sr.get_ref();
            if !self.id(&r.id, &mut seen, "room") {
                continue;
            }
            let mut members = IndexSet::new();
            for m in &r.members {
                if self.person(m, declared) == Some(true) && !members.insert(m.get_ref().clone()) {
                    self.push(
                        Diagnostic::new(C::AlreadyMember, m.span()).arg("id", m.get_ref()).arg("room", r.id.get_ref()),
                    );
                }
            }
            if members.is_empty() && r.members.iter().all(|m| declared.contains_key(m.get_ref())) {
                let any_declared = r.members.iter().any(|m| declared.contains_key(m.get_ref()));
                if !any_declared {
                    self.push(Diagnostic::new(C::RoomNoMembers, r.id.span()).arg("id", r.id.get_ref()));
                }
            }
            if let Some(a) = &r.alias
                && !is_localpart(a.get_ref())
            {
                self.push(Diagnostic::new(C::InvalidUsername, a.span()).arg("value", a.get_ref()));
            }
            let _ = people;
            out.insert(
                r.id.get_ref().clone(),
                RoomSpec {
                    id: r.id.get_ref().clone(),
                    name: r.name.as_ref().map(|n| n.get_ref().clone()),
                    topic: r.topic.as_ref().map(|n| n.get_ref().clone()),
                    alias: r.alias.as_ref().map(|n| n.get_ref().clone()),
                    join_rule: self.one_of(
                        r.join_rule.as_ref(),
                        &[
                            ("public", JoinRule::Public),
                            ("invite", JoinRule::Invite),
                            ("knock", JoinRule::Knock),
                            ("restricted", JoinRule::Restricted),
                        ],
                        JoinRule::Invite,
                    ),
                    history: self.one_of(
                        r.history.as_ref(),
                        &[
                            ("invited", History::Invited),
                            ("joined", History::Joined),
                            ("shared", History::Shared),
                            ("world_readable", History::WorldReadable),
                        ],
                        History::Shared,
                    ),
                    encrypted: self.boolean(r.encrypted.as_ref(), false),
                    members: members.into_iter().collect(),
                },
            );
        }
        out
    }

    fn adversaries(
        &mut self,
        raw: &RawScenario,
        servers: &IndexMap<String, ServerSpec>,
        people: &IndexMap<String, PersonSpec>,
        declared: &BTreeMap<String, Declared>,
    ) -> Adversaries {
        let mut out = IndexMap::new();
        let mut seen = BTreeSet::new();
        for (i, sa) in raw.adversaries.iter().enumerate() {
            let a = sa.get_ref();
            let mut kinds: Vec<(&str, &RawParam)> = [
                ("compromise", &a.compromise),
                ("malicious-admin", &a.malicious_admin),
                ("insider", &a.insider),
                ("network-observer", &a.network_observer),
                ("seized-device", &a.seized_device),
                ("push-gateway", &a.push_gateway),
            ]
            .into_iter()
            .filter_map(|(n, p)| p.as_ref().map(|p| (n, p)))
            .collect();
            // File order, so "the second kind" is the one written second.
            kinds.sort_by_key(|(_, p)| p.span().start);
            let (kind_name, target) = match kinds.as_slice() {
                [] => {
                    self.push(Diagnostic::new(C::AdversaryNoKind, sa.span()));
                    continue;
                }
                [one] => *one,
                [_, second, ..] => {
                    self.push(Diagnostic::new(C::AdversaryManyKinds, second.1.span()));
                    continue;
                }
            };
            let id = match &a.id {
                Some(id) => {
                    if !self.id(id, &mut seen, "adversary") {
                        continue;
                    }
                    id.get_ref().clone()
                }
                None => {
                    let id =
                        if seen.contains(kind_name) { format!("{kind_name}-{}", i + 1) } else { kind_name.to_owned() };
                    seen.insert(id.clone());
                    id
                }
            };
            let at = a.at.as_ref().and_then(|t| self.time(t)).unwrap_or_default();
            let Some(name) = self.string(target) else { continue };
            let named = Spanned::new(target.span(), name.clone());
            let kind = match kind_name {
                "compromise" | "malicious-admin" => {
                    if !servers.contains_key(&name) {
                        self.push(
                            Diagnostic::new(C::UnknownServer, target.span())
                                .arg("name", &name)
                                .arg("known", servers.keys().cloned().collect::<Vec<_>>().join(", ")),
                        );
                        continue;
                    }
                    if kind_name == "compromise" {
                        AdversaryKind::Compromise { server: name }
                    } else {
                        AdversaryKind::MaliciousAdmin { server: name }
                    }
                }
                _ => {
                    match self.person(&named, declared) {
                        None => continue,
                        Some(false) => {
                            self.push(Diagnostic::new(C::AccountMissing, target.span()).arg("id", &name));
                            continue;
                        }
                        Some(true) => {}
                    }
                    match kind_name {
                        "insider" => AdversaryKind::Insider { person: name },
                        "network-observer" => AdversaryKind::NetworkObserver { person: name },
                        "push-gateway" => AdversaryKind::PushGateway { person: name },
                        _ => {
                            let device = a.device.as_ref().map(|d| d.get_ref().clone()).unwrap_or_else(|| {
                                people
                                    .get(&name)
                                    .and_then(|p| p.devices.first())
                                    .map(|d| d.id.clone())
                                    .unwrap_or_default()
                            });
                            AdversaryKind::SeizedDevice { person: name, device }
                        }
                    }
                }
            };
            out.insert(id.clone(), (AdversarySpec { id, kind, at }, sa.span(), a.device.clone()));
        }
        out
    }

    fn check_seized_devices(
        &mut self,
        _raw: &RawScenario,
        adversaries: Adversaries,
        people: &IndexMap<String, PersonSpec>,
        script: &[Step],
    ) -> IndexMap<String, AdversarySpec> {
        let mut out = IndexMap::new();
        for (id, (spec, span, device_span)) in adversaries {
            if let AdversaryKind::SeizedDevice { person, device } = &spec.kind {
                let initial = people.get(person).is_some_and(|p| p.devices.iter().any(|d| &d.id == device));
                let added = script.iter().any(|s| {
                    matches!(&s.action, Action::NewDevice { who, device: d } | Action::Recover { who, device: d, .. }
                        if who == person && &d.id == device)
                });
                if !initial && !added {
                    let span = device_span.as_ref().map_or(span, |d| d.span());
                    self.push(Diagnostic::new(C::UnknownDevice, span).arg("id", device).arg("person", person));
                    continue;
                }
            }
            out.insert(id, spec);
        }
        out
    }

    #[allow(clippy::too_many_lines)]
    fn script(
        &mut self,
        raw: &RawScenario,
        servers: &IndexMap<String, ServerSpec>,
        people: &IndexMap<String, PersonSpec>,
        declared: &BTreeMap<String, Declared>,
        rooms: &IndexMap<String, RoomSpec>,
        adversaries: &Adversaries,
    ) -> Vec<Step> {
        let mut out = Vec::new();
        let mut offline: BTreeSet<String> = BTreeSet::new();
        let mut members: BTreeMap<String, BTreeSet<String>> =
            rooms.iter().map(|(id, r)| (id.clone(), r.members.iter().cloned().collect())).collect();
        let mut devices: BTreeMap<String, BTreeSet<String>> =
            people.iter().map(|(id, p)| (id.clone(), p.devices.iter().map(|d| d.id.clone()).collect())).collect();
        let mut labels: BTreeMap<String, String> = BTreeMap::new();
        let mut puppets: BTreeSet<String> = BTreeSet::new();
        let mut lost: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut last: Option<SimTime> = None;
        for ss in &raw.script {
            let s = ss.get_ref();
            let Some(at) = self.time(&s.at) else { continue };
            if let Some(prev) = last
                && at < prev
            {
                self.push(Diagnostic::new(C::TimeBackwards, s.at.span()).arg("at", at).arg("previous", prev));
            }
            last = Some(last.map_or(at, |p| p.max(at)));
            let present = [
                s.say.as_ref().map(|x| x.span()),
                s.react.as_ref().map(|x| x.span()),
                s.read.as_ref().map(|x| x.span()),
                s.typing.as_ref().map(|x| x.span()),
                s.presence.as_ref().map(|x| x.span()),
                s.join.as_ref().map(|x| x.span()),
                s.leave.as_ref().map(|x| x.span()),
                s.connect.as_ref().map(|x| x.span()),
                s.new_device.as_ref().map(|x| x.span()),
                s.verify.as_ref().map(|x| x.span()),
                s.server_down.as_ref().map(|x| x.span()),
                s.server_up.as_ref().map(|x| x.span()),
                s.inject_device.as_ref().map(|x| x.span()),
                s.add_puppet.as_ref().map(|x| x.span()),
                s.lose_device.as_ref().map(|x| x.span()),
                s.recover.as_ref().map(|x| x.span()),
            ];
            let mut spans: Vec<Range<usize>> = present.into_iter().flatten().collect();
            // File order, so "the second action" is the one written second.
            spans.sort_by_key(|s| s.start);
            match spans.as_slice() {
                [] => {
                    self.push(Diagnostic::new(C::StepNoAction, ss.span()));
                    continue;
                }
                [_] => {}
                [_, second, ..] => {
                    self.push(Diagnostic::new(C::StepManyActions, second.clone()));
                    continue;
                }
            }
            let span = ss.span();
            let mut ctx = StepCtx { at, servers, people, declared, rooms, offline: &offline };
            let action = if let Some(x) = &s.say {
                let x = x.get_ref();
                if !self.member_action(&mut ctx, &x.who, &x.room, &members) {
                    continue;
                }
                let reply_to = match &x.reply_to {
                    Some(r) if labels.get(r.get_ref()) == Some(x.room.get_ref()) => Some(r.get_ref().clone()),
                    Some(r) => {
                        self.push(
                            Diagnostic::new(C::UnknownMessage, r.span())
                                .arg("label", r.get_ref())
                                .arg("room", x.room.get_ref()),
                        );
                        continue;
                    }
                    None => None,
                };
                if let Some(l) = &x.label
                    && labels.insert(l.get_ref().clone(), x.room.get_ref().clone()).is_some()
                {
                    self.push(Diagnostic::new(C::DuplicateId, l.span()).arg("id", l.get_ref()).arg("kind", "message"));
                }
                Action::Say {
                    who: x.who.get_ref().clone(),
                    room: x.room.get_ref().clone(),
                    text: x.text.get_ref().clone(),
                    label: x.label.as_ref().map(|l| l.get_ref().clone()),
                    reply_to,
                }
            } else if let Some(x) = &s.react {
                let x = x.get_ref();
                if !self.member_action(&mut ctx, &x.who, &x.room, &members) {
                    continue;
                }
                if labels.get(x.to.get_ref()) != Some(x.room.get_ref()) {
                    self.push(
                        Diagnostic::new(C::UnknownMessage, x.to.span())
                            .arg("label", x.to.get_ref())
                            .arg("room", x.room.get_ref()),
                    );
                    continue;
                }
                Action::React {
                    who: x.who.get_ref().clone(),
                    room: x.room.get_ref().clone(),
                    to: x.to.get_ref().clone(),
                    key: x.key.get_ref().clone(),
                }
            } else if let Some(x) = &s.read {
                let x = x.get_ref();
                if !self.member_action(&mut ctx, &x.who, &x.room, &members) {
                    continue;
                }
                Action::Read { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() }
            } else if let Some(x) = &s.typing {
                let x = x.get_ref();
                if !self.member_action(&mut ctx, &x.who, &x.room, &members) {
                    continue;
                }
                Action::Typing { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() }
            } else if let Some(x) = &s.presence {
                let x = x.get_ref();
                if !self.acting(&mut ctx, &x.who) {
                    continue;
                }
                let Some(state) = self.lookup(
                    x.state.get_ref(),
                    x.state.span(),
                    &[
                        ("online", PresenceState::Online),
                        ("unavailable", PresenceState::Unavailable),
                        ("offline", PresenceState::Offline),
                    ],
                ) else {
                    continue;
                };
                Action::Presence {
                    who: x.who.get_ref().clone(),
                    state,
                    status: x.status.as_ref().map(|s| s.get_ref().clone()),
                }
            } else if let Some(x) = &s.join {
                let x = x.get_ref();
                if !self.acting(&mut ctx, &x.who) || !self.room_ref(&x.room, rooms) {
                    continue;
                }
                let set = members.entry(x.room.get_ref().clone()).or_default();
                if !set.insert(x.who.get_ref().clone()) {
                    self.push(
                        Diagnostic::new(C::AlreadyMember, x.who.span())
                            .arg("id", x.who.get_ref())
                            .arg("room", x.room.get_ref()),
                    );
                    continue;
                }
                Action::Join { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() }
            } else if let Some(x) = &s.leave {
                let x = x.get_ref();
                if !self.member_action(&mut ctx, &x.who, &x.room, &members) {
                    continue;
                }
                members.entry(x.room.get_ref().clone()).or_default().remove(x.who.get_ref());
                Action::Leave { who: x.who.get_ref().clone(), room: x.room.get_ref().clone() }
            } else if let Some(x) = &s.connect {
                let x = x.get_ref();
                if self.person(&x.who, declared) != Some(true) {
                    continue;
                }
                let via = self.one_of(
                    Some(&x.via),
                    &[("direct", Connection::Direct), ("vpn", Connection::Vpn), ("tor", Connection::Tor)],
                    Connection::Direct,
                );
                Action::Connect { who: x.who.get_ref().clone(), via }
            } else if let Some(x) = &s.new_device {
                let x = x.get_ref();
                if !self.acting(&mut ctx, &x.who) {
                    continue;
                }
                let set = devices.entry(x.who.get_ref().clone()).or_default();
                // A lost or signed-out device's id stays taken, as for `recover`.
                let mut ids = set.clone();
                ids.extend(lost.get(x.who.get_ref()).into_iter().flatten().cloned());
                let Some(device) = self.device(
                    &RawDevice { id: x.id.clone(), name: x.name.clone(), user_agent: x.user_agent.clone() },
                    &mut ids,
                ) else {
                    continue;
                };
                set.insert(device.id.clone());
                Action::NewDevice { who: x.who.get_ref().clone(), device }
            } else if let Some(x) = &s.lose_device {
                let x = x.get_ref();
                if !self.acting(&mut ctx, &x.who) {
                    continue;
                }
                let set = devices.entry(x.who.get_ref().clone()).or_default();
                if !set.remove(x.device.get_ref()) {
                    self.push(
                        Diagnostic::new(C::UnknownDevice, x.device.span())
                            .arg("device", x.device.get_ref())
                            .arg("id", x.who.get_ref())
                            .arg("known", set.iter().cloned().collect::<Vec<_>>().join(", ")),
                    );
                    continue;
                }
                lost.entry(x.who.get_ref().clone()).or_default().insert(x.device.get_ref().clone());
                Action::LoseDevice { who: x.who.get_ref().clone(), device: x.device.get_ref().clone() }
            } else if let Some(x) = &s.recover {
                let x = x.get_ref();
                if !self.acting(&mut ctx, &x.who) {
                    continue;
                }
                let via = self.one_of(
                    x.via.as_ref(),
                    &[("password", RecoverVia::Password), ("email-reset", RecoverVia::EmailReset)],
                    RecoverVia::Password,
                );
                let set = devices.entry(x.who.get_ref().clone()).or_default();
                // A lost device's id stays taken: its keys and tokens are still on the server.
                let mut ids = set.clone();
                ids.extend(lost.get(x.who.get_ref()).into_iter().flatten().cloned());
                let Some(device) = self.device(
                    &RawDevice { id: x.id.clone(), name: x.name.clone(), user_agent: x.user_agent.clone() },
                    &mut ids,
                ) else {
                    continue;
                };
                set.insert(device.id.clone());
                Action::Recover { who: x.who.get_ref().clone(), device, via }
            } else if let Some(x) = &s.verify {
                let x = x.get_ref();
                if self.person(&x.who, declared) != Some(true) || self.person(&x.whom, declared) != Some(true) {
                    continue;
                }
                if x.who.get_ref() == x.whom.get_ref() {
                    self.push(Diagnostic::new(C::SelfVerification, x.whom.span()).arg("id", x.who.get_ref()));
                    continue;
                }
                Action::Verify { who: x.who.get_ref().clone(), whom: x.whom.get_ref().clone() }
            } else if let Some(x) = &s.server_down {
                if !self.server_ref(x, servers) {
                    continue;
                }
                if !offline.insert(x.get_ref().clone()) {
                    self.push(Diagnostic::new(C::ServerAlreadyOffline, x.span()).arg("name", x.get_ref()));
                    continue;
                }
                Action::ServerDown { server: x.get_ref().clone() }
            } else if let Some(x) = &s.server_up {
                if !self.server_ref(x, servers) {
                    continue;
                }
                if !offline.remove(x.get_ref()) {
                    self.push(Diagnostic::new(C::ServerAlreadyOnline, x.span()).arg("name", x.get_ref()));
                    continue;
                }
                Action::ServerUp { server: x.get_ref().clone() }
            } else if let Some(x) = &s.inject_device {
                let x = x.get_ref();
                let Some(server) = self.admin(&x.by, at, adversaries) else { continue };
                match self.person(&x.who, declared) {
                    Some(true) => {}
                    Some(false) => {
                        self.push(Diagnostic::new(C::AccountMissing, x.who.span()).arg("id", x.who.get_ref()));
                        continue;
                    }
                    None => continue,
                }
                let home = declared.get(x.who.get_ref()).map(|d| d.server.clone()).unwrap_or_default();
                if home != server {
                    self.push(
                        Diagnostic::new(C::AdminForeignAccount, x.who.span())
                            .arg("id", x.who.get_ref())
                            .arg("server", &home)
                            .arg("admin_server", &server),
                    );
                    continue;
                }
                if offline.contains(&server) {
                    self.push(Diagnostic::new(C::ServerOffline, span.clone()).arg("name", &server).arg("at", at));
                    continue;
                }
                let set = devices.entry(x.who.get_ref().clone()).or_default();
                let id = x.id.as_ref().map_or_else(|| "INJECTED".to_owned(), |d| d.get_ref().clone());
                let was_lost = lost.get(x.who.get_ref()).is_some_and(|l| l.contains(&id));
                if !is_device_id(&id) || was_lost || !set.insert(id.clone()) {
                    let at_span = x.id.as_ref().map_or(span.clone(), |d| d.span());
                    self.push(Diagnostic::new(C::DuplicateDevice, at_span).arg("id", &id));
                    continue;
                }
                Action::InjectDevice { by: x.by.get_ref().clone(), who: x.who.get_ref().clone(), device: id }
            } else if let Some(x) = &s.add_puppet {
                let x = x.get_ref();
                let Some(server) = self.admin(&x.by, at, adversaries) else { continue };
                if !self.room_ref(&x.room, rooms) {
                    continue;
                }
                if !is_localpart(x.username.get_ref()) {
                    self.push(
                        Diagnostic::new(C::InvalidUsername, x.username.span()).arg("value", x.username.get_ref()),
                    );
                    continue;
                }
                let puppet = format!("@{}:{server}", x.username.get_ref());
                if people.values().any(|p| p.server == server && &p.username == x.username.get_ref())
                    || !puppets.insert(puppet)
                {
                    self.push(
                        Diagnostic::new(C::DuplicateAccount, x.username.span())
                            .arg("mxid", format!("@{}:{server}", x.username.get_ref())),
                    );
                    continue;
                }
                if offline.contains(&server) {
                    self.push(Diagnostic::new(C::ServerOffline, span.clone()).arg("name", &server).arg("at", at));
                    continue;
                }
                Action::AddPuppet {
                    by: x.by.get_ref().clone(),
                    room: x.room.get_ref().clone(),
                    username: x.username.get_ref().clone(),
                }
            } else {
                continue;
            };
            // Actions by accounts that do not exist in this run are dropped silently.
            if action.actor().is_some_and(|who| !people.contains_key(who)) {
                continue;
            }
            // A person whose every device is lost cannot act until they recover on a new one.
            if let Some(who) = action.actor()
                && !matches!(action, Action::Recover { .. } | Action::LoseDevice { .. })
                && devices.get(who).is_some_and(BTreeSet::is_empty)
            {
                self.push(Diagnostic::new(C::NoDevice, span.clone()).arg("id", who).arg("at", at));
                continue;
            }
            if let Action::Recover { who, device, via: RecoverVia::EmailReset } = &action {
                // The reset signs every other device out; their ids stay taken.
                let signed_out = devices.insert(who.clone(), BTreeSet::from([device.id.clone()])).unwrap_or_default();
                lost.entry(who.clone()).or_default().extend(signed_out.into_iter().filter(|d| *d != device.id));
            }
            out.push(Step { at, action, span });
        }
        out.sort_by_key(|s| s.at);
        out
    }

    fn server_ref(&mut self, name: &Spanned<String>, servers: &IndexMap<String, ServerSpec>) -> bool {
        if servers.contains_key(name.get_ref()) {
            return true;
        }
        self.push(
            Diagnostic::new(C::UnknownServer, name.span())
                .arg("name", name.get_ref())
                .arg("known", servers.keys().cloned().collect::<Vec<_>>().join(", ")),
        );
        false
    }

    /// Checks that `by` is a malicious admin already at work at `at`; returns its server.
    fn admin(&mut self, by: &Spanned<String>, at: SimTime, adversaries: &Adversaries) -> Option<String> {
        let Some((adv, _, _)) = adversaries.get(by.get_ref()) else {
            self.push(
                Diagnostic::new(C::UnknownAdversary, by.span())
                    .arg("id", by.get_ref())
                    .arg("known", adversaries.keys().cloned().collect::<Vec<_>>().join(", ")),
            );
            return None;
        };
        let AdversaryKind::MaliciousAdmin { server } = &adv.kind else {
            self.push(
                Diagnostic::new(C::AdversaryWrongKind, by.span())
                    .arg("id", by.get_ref())
                    .arg("needed", "malicious-admin"),
            );
            return None;
        };
        if at < adv.at {
            self.push(
                Diagnostic::new(C::AdversaryTooEarly, by.span())
                    .arg("id", by.get_ref())
                    .arg("at", at)
                    .arg("starts", adv.at),
            );
            return None;
        }
        Some(server.clone())
    }

    /// A person acts through their homeserver: they must exist, and it must be online.
    fn acting(&mut self, ctx: &mut StepCtx<'_>, who: &Spanned<String>) -> bool {
        match self.person(who, ctx.declared) {
            Some(true) => {}
            _ => return false,
        }
        let server = &ctx.declared[who.get_ref()].server;
        if ctx.offline.contains(server) {
            self.push(
                Diagnostic::new(C::ServerOffline, who.span())
                    .arg("name", server)
                    .arg("id", who.get_ref())
                    .arg("at", ctx.at),
            );
            return false;
        }
        let _ = (ctx.servers, ctx.people);
        true
    }

    fn member_action(
        &mut self,
        ctx: &mut StepCtx<'_>,
        who: &Spanned<String>,
        room: &Spanned<String>,
        members: &BTreeMap<String, BTreeSet<String>>,
    ) -> bool {
        let known_room = self.room_ref(room, ctx.rooms);
        if !self.acting(ctx, who) || !known_room {
            return false;
        }
        if !members.get(room.get_ref()).is_some_and(|m| m.contains(who.get_ref())) {
            self.push(Diagnostic::new(C::NotAMember, who.span()).arg("id", who.get_ref()).arg("room", room.get_ref()));
            return false;
        }
        true
    }

    fn objectives(
        &mut self,
        raw: &RawScenario,
        declared: &BTreeMap<String, Declared>,
        adversaries: &IndexMap<String, AdversarySpec>,
        labels: &BTreeSet<String>,
    ) -> Vec<Objective> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        for so in &raw.objectives {
            let o = so.get_ref();
            if !self.id(&o.id, &mut seen, "objective") {
                continue;
            }
            let mut conditions: Vec<Range<usize>> = [
                o.adversary_must_not_learn.as_ref().map(|x| x.span()),
                o.adversary_learns.as_ref().map(|x| x.span()),
                o.learner_reads.as_ref().map(|x| x.span()),
            ]
            .into_iter()
            .flatten()
            .collect();
            conditions.sort_by_key(|s| s.start);
            match conditions.as_slice() {
                [] => {
                    self.push(Diagnostic::new(C::ObjectiveNoCondition, o.id.span()).arg("id", o.id.get_ref()));
                    continue;
                }
                [_] => {}
                [_, second, ..] => {
                    self.push(Diagnostic::new(C::ObjectiveManyConditions, second.clone()).arg("id", o.id.get_ref()));
                    continue;
                }
            }
            if let Some(label) = &o.learner_reads {
                if !labels.contains(label.get_ref()) {
                    self.push(
                        Diagnostic::new(C::UnknownMessage, label.span()).arg("label", label.get_ref()).arg("room", "—"),
                    );
                    continue;
                }
                out.push(Objective {
                    id: o.id.get_ref().clone(),
                    kind: ObjectiveKind::LearnerReads,
                    filter: None,
                    message: Some(label.get_ref().clone()),
                });
                continue;
            }
            let (kind, filter) = match (&o.adversary_must_not_learn, &o.adversary_learns) {
                (Some(f), _) => (ObjectiveKind::MustNotLearn, f),
                (_, Some(f)) => (ObjectiveKind::Learns, f),
                (None, None) => continue,
            };
            let f = filter.get_ref();
            let Some(code) = FindingCode::parse(f.finding.get_ref()) else {
                self.push(
                    Diagnostic::new(C::UnknownFinding, f.finding.span())
                        .arg("value", f.finding.get_ref())
                        .arg("known", FindingCode::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")),
                );
                continue;
            };
            if let Some(about) = &f.about
                && self.person(about, declared).is_none()
            {
                continue;
            }
            if let Some(by) = &f.by
                && !adversaries.contains_key(by.get_ref())
            {
                self.push(
                    Diagnostic::new(C::UnknownAdversary, by.span())
                        .arg("id", by.get_ref())
                        .arg("known", adversaries.keys().cloned().collect::<Vec<_>>().join(", ")),
                );
                continue;
            }
            let mut where_ = BTreeMap::new();
            for (k, v) in &f.where_ {
                match serde_json::to_value(v.get_ref()) {
                    Ok(j) => {
                        where_.insert(k.clone(), j);
                    }
                    Err(_) => self.wrong_type(v.span(), "a plain value", v.get_ref()),
                }
            }
            out.push(Objective {
                id: o.id.get_ref().clone(),
                kind,
                filter: Some(FindingFilter {
                    finding: code,
                    about: f.about.as_ref().map(|a| a.get_ref().clone()),
                    by: f.by.as_ref().map(|b| b.get_ref().clone()),
                    where_,
                }),
                message: None,
            });
        }
        out
    }
}

struct StepCtx<'a> {
    at: SimTime,
    servers: &'a IndexMap<String, ServerSpec>,
    people: &'a IndexMap<String, PersonSpec>,
    declared: &'a BTreeMap<String, Declared>,
    rooms: &'a IndexMap<String, RoomSpec>,
    offline: &'a BTreeSet<String>,
}

/// User agent of devices that do not name one.
pub const DEFAULT_USER_AGENT: &str = "Mozilla/5.0 (X11; Linux x86_64) Element/1.11.100";
