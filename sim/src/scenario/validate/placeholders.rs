//! The learner's choices and the placeholders that name them: `"{key}"` and switches.

use super::is_id;
use crate::scenario::choices::{Choice, ChoiceValue};
use crate::scenario::diag::{DiagCode as C, Diagnostic};
use crate::scenario::raw::{RawParam, RawScenario};
use indexmap::IndexMap;
use std::collections::BTreeSet;

/// The choice a parameter is filled from: `"{key}"`, or a switch
/// `{ choice = "key", cases = { value = …, … } }`.
pub(super) fn placeholder(v: &toml::Value) -> Option<&str> {
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

/// Checks every choice: its values (one type, no duplicates) and its default.
pub(super) fn check_choices(raw: &RawScenario, diags: &mut Vec<Diagnostic>) -> IndexMap<String, Choice> {
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
        out.extend(
            [
                &s.keeps_ip_days,
                &s.keeps_device_ip,
                &s.log_days,
                &s.proxy_log_days,
                &s.auth,
                &s.presence,
                &s.shares_device_names,
                &s.push_include_content,
                &s.honours_redactions,
                &s.redaction_retention_days,
                &s.platform,
            ]
            .into_iter()
            .flatten(),
        );
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
                &p.shares_history,
                &p.recovery_key,
                &p.recovery_passphrase,
                &p.push,
                &p.push_format,
                &p.push_distributor,
                &p.discoverable,
                &p.calls,
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
        out.extend(s.get_ref().params());
    }
    for a in &raw.adversaries {
        let a = a.get_ref();
        out.extend(
            [
                &a.compromise,
                &a.malicious_admin,
                &a.insider,
                &a.network_observer,
                &a.seized_device,
                &a.push_gateway,
                &a.contact_lookup,
                &a.identity_server,
            ]
            .into_iter()
            .flatten(),
        );
    }
    out
}

/// Checks every placeholder names a known choice and every choice is used.
pub(super) fn check_placeholders(raw: &RawScenario, choices: &IndexMap<String, Choice>, diags: &mut Vec<Diagnostic>) {
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
