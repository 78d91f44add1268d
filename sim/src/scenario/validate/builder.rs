//! The builder of one run's [`Setup`]: the learner's selection, the diagnostics found, and the
//! helpers that read a value (filled from a choice) and report what is wrong with it.

use super::placeholders::placeholder;
use super::{DEFAULT_USER_AGENT, is_device_id, is_id};
use crate::scenario::Spanned;
use crate::scenario::choices::Selection;
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::model::*;
use crate::scenario::raw::*;
use crate::time::SimTime;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// Builds a [`Setup`] from the raw file for one selection, with every problem found.
pub fn build(raw: &RawScenario, sel: &Selection) -> (Setup, Vec<Diagnostic>) {
    let mut b = Builder { sel, diags: Vec::new() };
    let setup = b.setup(raw);
    (setup, b.diags)
}

pub(crate) struct Builder<'a> {
    sel: &'a Selection,
    diags: Vec<Diagnostic>,
}

/// The cast checked so far, which the adversaries, the script and the objectives refer to.
pub(crate) struct Cast {
    /// Servers by name.
    pub servers: IndexMap<String, ServerSpec>,
    /// Existing accounts.
    pub people: IndexMap<String, PersonSpec>,
    /// Declared accounts, existing or not.
    pub declared: BTreeMap<String, Declared>,
    /// Rooms.
    pub rooms: IndexMap<String, RoomSpec>,
}

/// A declared account, whether or not it exists in this run.
pub(crate) struct Declared {
    /// Exists in this run.
    pub exists: bool,
    /// Its homeserver.
    pub server: String,
}

impl Builder<'_> {
    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Reports a reference to something not declared: `code`, the name under `arg`, and the
    /// names that are known.
    pub(crate) fn unknown<'k>(
        &mut self,
        code: C,
        span: Range<usize>,
        arg: &str,
        name: &str,
        known: impl IntoIterator<Item = &'k String>,
    ) {
        let known = known.into_iter().map(String::as_str).collect::<Vec<_>>().join(", ");
        self.push(Diagnostic::new(code, span).arg(arg, name).arg("known", known));
    }

    /// The value of a parameter with its placeholder filled.
    pub(crate) fn value(&self, p: &RawParam) -> toml::Value {
        let written = &p.get_ref().0;
        let Some(v) = placeholder(written).and_then(|k| self.sel.get(k)) else { return written.clone() };
        match written.get("cases") {
            Some(cases) => cases.get(v.to_string()).cloned().unwrap_or_else(|| written.clone()),
            None => v.to_toml(),
        }
    }

    pub(crate) fn wrong_type(&mut self, span: Range<usize>, expected: &str, found: &toml::Value) {
        self.push(
            Diagnostic::new(C::WrongType, span)
                .arg("detail", format!("expected {expected}, found {}", found.type_str())),
        );
    }

    /// The parameter's value, if `pick` takes it (else `wrong-type`, saying `expected`).
    fn typed<T>(&mut self, p: &RawParam, expected: &str, pick: impl FnOnce(&toml::Value) -> Option<T>) -> Option<T> {
        let value = self.value(p);
        let picked = pick(&value);
        if picked.is_none() {
            self.wrong_type(p.span(), expected, &value);
        }
        picked
    }

    pub(crate) fn string(&mut self, p: &RawParam) -> Option<String> {
        self.typed(p, "a string", |v| v.as_str().map(str::to_owned))
    }

    pub(crate) fn boolean(&mut self, p: Option<&RawParam>, default: bool) -> bool {
        p.and_then(|p| self.typed(p, "true or false", toml::Value::as_bool)).unwrap_or(default)
    }

    pub(crate) fn days(&mut self, p: Option<&RawParam>, default: u32) -> u32 {
        let Some(p) = p else { return default };
        let Some(i) = self.typed(p, "a whole number of days", toml::Value::as_integer) else { return default };
        if (0..=36_500).contains(&i) {
            return i as u32;
        }
        self.push(Diagnostic::new(C::InvalidValue, p.span()).arg("value", i).arg("allowed", "0..=36500"));
        default
    }

    pub(crate) fn one_of<T: Copy>(&mut self, p: Option<&RawParam>, table: &[(&str, T)], default: T) -> T {
        let Some(p) = p else { return default };
        let Some(s) = self.string(p) else { return default };
        self.lookup(&s, p.span(), table).unwrap_or(default)
    }

    pub(crate) fn lookup<T: Copy>(&mut self, s: &str, span: Range<usize>, table: &[(&str, T)]) -> Option<T> {
        if let Some((_, v)) = table.iter().find(|(name, _)| *name == s) {
            return Some(*v);
        }
        let allowed: Vec<&str> = table.iter().map(|(n, _)| *n).collect();
        self.push(Diagnostic::new(C::InvalidValue, span).arg("value", s).arg("allowed", allowed.join(" | ")));
        None
    }

    /// Exactly one of several keys (each with its span): with none, reports `none`; with more,
    /// reports `many` at the second in file order.
    pub(crate) fn exactly_one<T>(
        &mut self,
        mut present: Vec<(Range<usize>, T)>,
        none: Diagnostic,
        many: impl FnOnce(Range<usize>) -> Diagnostic,
    ) -> Option<T> {
        // File order, so "the second" is the one written second.
        present.sort_by_key(|(span, _)| span.start);
        let mut present = present.into_iter();
        match (present.next(), present.next()) {
            (None, _) => {
                self.push(none);
                None
            }
            (Some((_, one)), None) => Some(one),
            (Some(_), Some((second, _))) => {
                self.push(many(second));
                None
            }
        }
    }

    pub(crate) fn time(&mut self, at: &Spanned<String>) -> Option<SimTime> {
        let t = SimTime::parse(at.get_ref());
        if t.is_none() {
            self.push(Diagnostic::new(C::InvalidTime, at.span()).arg("value", at.get_ref()));
        }
        t
    }

    pub(crate) fn id(&mut self, id: &Spanned<String>, seen: &mut BTreeSet<String>, what: &str) -> bool {
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
        let mut rooms = self.rooms(raw, &declared);
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
        let cast = Cast { servers, people, declared, rooms };
        let adversaries = self.adversaries(raw, &cast);
        let script = self.script(raw, &cast, &adversaries);
        let adversaries = self.check_seized_devices(adversaries, &cast.people, &script);
        let labels: BTreeSet<String> = script.iter().filter_map(|s| s.action.label().map(str::to_owned)).collect();
        let objectives = self.objectives(raw, &cast.declared, &adversaries, &labels);
        let Cast { servers, people, rooms, .. } = cast;
        Setup { id: raw.id.get_ref().clone(), network, servers, people, rooms, script, adversaries, objectives }
    }

    pub(crate) fn device(&mut self, d: &RawDevice, ids: &mut BTreeSet<String>) -> Option<DeviceSpec> {
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
    pub(crate) fn person(&mut self, who: &Spanned<String>, declared: &BTreeMap<String, Declared>) -> Option<bool> {
        match declared.get(who.get_ref()) {
            Some(d) => Some(d.exists),
            None => {
                self.unknown(C::UnknownPerson, who.span(), "id", who.get_ref(), declared.keys());
                None
            }
        }
    }
}
