//! Setup: one control per choice the scenario offers — server cards that show what each server
//! logs and requires, a username field with live feedback, connection, email, room options,
//! verified contacts. Every value goes to the core, which accepts it or says why not.

use super::widgets::{Canvas, choice_label, scrolling_page, section, value_label};
use crate::i18n::Words;
use crate::library::Library;
use crate::session::{Session, SessionError, SessionRequest, SessionRequests};
use crate::words::kebab;
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, Color32, RichText, Ui};
use glasshouse_sim::Scenario;
use glasshouse_sim::scenario::{Choice, ChoiceValue, ServerSpec, Setup};
use std::collections::BTreeMap;

/// What the learner has typed in the free-text fields, by choice key.
#[derive(Default)]
pub(super) struct Typed(BTreeMap<String, String>);

/// What a typed name gives away, from the scenario's own data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameFeedback {
    /// The name matches the learner's own public handle elsewhere.
    MatchesOwnHandle {
        /// The handle.
        handle: String,
    },
    /// The name matches a public handle of someone else in the scenario.
    MatchesHandle {
        /// The handle.
        handle: String,
        /// Whose it is.
        person: String,
    },
    /// The name matches someone's display name.
    MatchesDisplayName {
        /// Whose it is.
        person: String,
    },
    /// Nothing in this scenario links it.
    Unlinked,
}

/// Letters and digits only, lower case: `Riverside_Rosa` and `riverside.rosa` compare equal.
fn folded(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Checks a typed name against every public handle and display name in the scenario.
pub fn name_feedback(setup: &Setup, typed: &str) -> NameFeedback {
    let t = folded(typed);
    if t.is_empty() {
        return NameFeedback::Unlinked;
    }
    for p in setup.people.values() {
        for h in &p.public_handles {
            let f = folded(h);
            if !f.is_empty() && (t.contains(&f) || f.contains(&t) && t.len() >= 4) {
                return if p.learner || setup.people.get(&p.owner).is_some_and(|o| o.learner) {
                    NameFeedback::MatchesOwnHandle { handle: h.clone() }
                } else {
                    NameFeedback::MatchesHandle { handle: h.clone(), person: p.display_name.clone() }
                };
            }
        }
    }
    for p in setup.people.values().filter(|p| !p.learner) {
        if folded(&p.display_name) == t {
            return NameFeedback::MatchesDisplayName { person: p.display_name.clone() };
        }
    }
    NameFeedback::Unlinked
}

/// Draws the setup screen.
pub(super) fn draw(
    mut canvas: Canvas,
    library: Res<Library>,
    session: Res<Session>,
    mut requests: ResMut<SessionRequests>,
    mut typed: Local<Typed>,
    mut built: Local<Option<(String, Option<Setup>)>>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    let Some(s) = session.scenario.as_deref().and_then(|n| library.get(n)) else { return Ok(()) };
    // The world these choices build, made once per selection (a large scenario takes a while).
    let key = format!("{}{:?}{}", s.id, session.selection, library.is_changed());
    if built.as_ref().is_none_or(|(k, _)| *k != key) {
        *built = Some((key, s.setup(&session.selection).ok()));
    }
    let setup = built.as_ref().and_then(|(_, st)| st.as_ref());
    scrolling_page(ctx, *rect, "setup", |ui| {
        ui.heading(words.t("ui-setup-title", &[]));
        ui.label(words.t("ui-setup-intro", &[]));
        if let Some(e) = &session.error {
            ui.label(RichText::new(error_text(words, e)).color(Color32::from_rgb(0xc6, 0x28, 0x28)));
        }
        for choice in s.in_file_order() {
            let key = &choice.key;
            let current = session.selection.get(key).cloned().unwrap_or_else(|| choice.default.clone());
            section(ui, choice_label(words, s, key));
            let mut pick = |value: &ChoiceValue| {
                requests.0.push(SessionRequest::Choose { key: key.clone(), value: value.to_string() });
            };
            match kind(choice, setup) {
                Control::Servers => server_cards(ui, words, s, key, choice, &current, setup, &mut pick),
                Control::Name => {
                    let text = typed.0.entry(key.clone()).or_insert_with(|| current.to_string());
                    name_field(ui, words, s, key, choice, text, setup, &mut pick);
                }
                Control::Toggle => {
                    let mut on = current == ChoiceValue::Bool(true);
                    if ui.checkbox(&mut on, choice_label(words, s, key)).changed() {
                        pick(&ChoiceValue::Bool(on));
                    }
                }
                Control::Options => {
                    ui.horizontal_wrapped(|ui| {
                        for v in &choice.values {
                            if ui.radio(*v == current, value_label(words, s, key, v)).clicked() && *v != current {
                                pick(v);
                            }
                        }
                    });
                }
            }
        }
        ui.add_space(12.0);
        if ui.button(words.t("ui-reset-choices", &[])).clicked() {
            typed.0.clear();
            requests.0.push(SessionRequest::Reset);
        }
    });
    Ok(())
}

/// The control a choice gets.
enum Control {
    Servers,
    Name,
    Toggle,
    Options,
}

fn kind(choice: &Choice, setup: Option<&Setup>) -> Control {
    let all_str = choice.values.iter().all(|v| matches!(v, ChoiceValue::Str(_)));
    if all_str
        && let Some(setup) = setup
        && choice.values.iter().all(|v| setup.servers.contains_key(&v.to_string()))
    {
        return Control::Servers;
    }
    if all_str && (choice.key.contains("name") || choice.key.contains("handle")) {
        return Control::Name;
    }
    if choice.values.iter().all(|v| matches!(v, ChoiceValue::Bool(_))) {
        return Control::Toggle;
    }
    Control::Options
}

#[allow(clippy::too_many_arguments)]
fn server_cards(
    ui: &mut Ui,
    words: &Words,
    s: &Scenario,
    key: &str,
    choice: &Choice,
    current: &ChoiceValue,
    setup: Option<&Setup>,
    pick: &mut dyn FnMut(&ChoiceValue),
) {
    ui.horizontal_wrapped(|ui| {
        for v in &choice.values {
            let Some(spec) = setup.and_then(|st| st.servers.get(&v.to_string())) else { continue };
            let chosen = v == current;
            let frame = egui::Frame::group(ui.style()).stroke(if chosen {
                egui::Stroke::new(3.0, ui.visuals().selection.bg_fill)
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            });
            frame.show(ui, |ui| {
                ui.set_width(260.0);
                ui.vertical(|ui| {
                    if ui.radio(chosen, RichText::new(value_label(words, s, key, v)).strong()).clicked() && !chosen {
                        pick(v);
                    }
                    for line in server_facts(words, spec) {
                        ui.label(line);
                    }
                });
            });
        }
    });
}

/// What a server card says: what it runs, where, what it logs and what it asks for.
fn server_facts(words: &Words, spec: &ServerSpec) -> Vec<String> {
    let mut out = vec![words.t(&format!("ui-platform-{}", kebab(spec.platform)), &[])];
    if let Some(c) = &spec.country {
        out.push(words.t("ui-server-country", &[("country", c.clone())]));
    }
    out.push(words.t("ui-server-keeps-ips", &[("days", spec.keeps_ip_days.to_string())]));
    if spec.keeps_device_ip {
        out.push(words.t("ui-server-keeps-device-ip", &[]));
    }
    if spec.shares_device_names {
        out.push(words.t("ui-server-shares-device-names", &[]));
    }
    match (spec.requires_email, spec.requires_phone) {
        (true, true) => out.push(words.t("ui-server-requires-both", &[])),
        (true, false) => out.push(words.t("ui-server-requires-email", &[])),
        (false, true) => out.push(words.t("ui-server-requires-phone", &[])),
        (false, false) => out.push(words.t("ui-server-requires-nothing", &[])),
    }
    out.push(words.t(if spec.presence { "ui-server-presence-on" } else { "ui-server-presence-off" }, &[]));
    out
}

#[allow(clippy::too_many_arguments)]
fn name_field(
    ui: &mut Ui,
    words: &Words,
    s: &Scenario,
    key: &str,
    choice: &Choice,
    text: &mut String,
    setup: Option<&Setup>,
    pick: &mut dyn FnMut(&ChoiceValue),
) {
    let edit = ui.add(egui::TextEdit::singleline(text).hint_text(words.t("ui-type-name", &[])).desired_width(280.0));
    let typed_value = choice.parse_value(text.trim()).cloned();
    if edit.changed()
        && let Some(v) = &typed_value
    {
        pick(v);
    }
    if let Some(setup) = setup {
        let (msg, colour) = match name_feedback(setup, text) {
            NameFeedback::MatchesOwnHandle { handle } => {
                (words.t("ui-name-matches-own-handle", &[("handle", handle)]), Color32::from_rgb(0xc6, 0x28, 0x28))
            }
            NameFeedback::MatchesHandle { handle, person } => (
                words.t("ui-name-matches-handle", &[("handle", handle), ("person", person)]),
                Color32::from_rgb(0xc6, 0x28, 0x28),
            ),
            NameFeedback::MatchesDisplayName { person } => {
                (words.t("ui-name-matches-display-name", &[("person", person)]), Color32::from_rgb(0xb2, 0x6a, 0x00))
            }
            NameFeedback::Unlinked => (words.t("ui-name-unlinked", &[]), Color32::from_rgb(0x2e, 0x7d, 0x32)),
        };
        ui.label(RichText::new(msg).color(colour));
    }
    if typed_value.is_none() {
        let offered: Vec<String> = choice.values.iter().map(|v| v.to_string()).collect();
        ui.label(words.t("ui-name-not-offered", &[("values", offered.join(", "))]));
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(words.t("ui-name-suggestions", &[]));
        for v in &choice.values {
            if ui.small_button(value_label(words, s, key, v)).clicked() {
                *text = v.to_string();
                pick(v);
            }
        }
    });
}

/// A refused request in words.
pub fn error_text(words: &Words, e: &SessionError) -> String {
    match e {
        SessionError::UnknownScenario(name) => words.t("ui-error-unknown-scenario", &[("name", name.clone())]),
        SessionError::Choice(e) => crate::words::choice_error(&words.tr, e),
        SessionError::NoScenario => words.t("ui-error-no-scenario", &[]),
        SessionError::Run(detail) => words.t("ui-error-run", &[("detail", detail.clone())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_username_that_echoes_a_public_handle_is_flagged() {
        let lib = Library::bundled();
        let s = lib.get("first-connection").unwrap_or_else(|| panic!("missing"));
        let setup = s.setup(&s.defaults()).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(matches!(name_feedback(&setup, "Riverside.Rosa"), NameFeedback::MatchesOwnHandle { .. }));
        assert!(matches!(
            name_feedback(&setup, "rosa_riverside_2"),
            NameFeedback::Unlinked | NameFeedback::MatchesDisplayName { .. }
        ));
        assert_eq!(name_feedback(&setup, "kestrel"), NameFeedback::Unlinked);
        assert_eq!(name_feedback(&setup, ""), NameFeedback::Unlinked);
    }
}
