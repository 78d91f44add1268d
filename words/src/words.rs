//! The core's findings and evidence in words: Fluent arguments from a finding's details, one
//! sentence per finding, a short reference per piece of evidence. Shared by the CLI and the window.

use crate::i18n::Tr;
use glasshouse_sim::Diagnostic;
use glasshouse_sim::knowledge::{Evidence, Finding, Rule};
use glasshouse_sim::scenario::{ChoiceError, line_col, line_text};
use serde_json::Value;
use std::fmt::Write as _;

/// Every rule, for the translation-completeness test.
pub const ALL_RULES: [Rule; 29] = [
    Rule::ServerIpLog,
    Rule::ServerRegistrationIp,
    Rule::ServerSeesExit,
    Rule::ServerThreepid,
    Rule::ServerDeviceList,
    Rule::ServerAccessToken,
    Rule::FederationDeviceList,
    Rule::FederationState,
    Rule::FederationEnvelope,
    Rule::FederationCleartextBody,
    Rule::FederationRelations,
    Rule::FederationEdus,
    Rule::MaliciousDeviceOrPuppet,
    Rule::MemberView,
    Rule::DeviceStore,
    Rule::NetworkObserver,
    Rule::Linking,
    Rule::PushGateway,
    Rule::OperatorLiveView,
    Rule::InviteKeyBundle,
    Rule::ServerRequestLog,
    Rule::MasSessionIp,
    Rule::IdentityLookup,
    Rule::IdentityServerBindings,
    Rule::CallPeer,
    Rule::CallCandidatesCleartext,
    Rule::TurnRelay,
    Rule::ServerKeyBackup,
    Rule::ServerSecretStorage,
];

/// Whether an adversary is only a member's own view, not an adversary: an `insider` on the
/// learner, or one whose id ends in `-view` or `-screen` (the convention the bundled scenarios
/// use for "what Dana's own app shows", kept to compare with what an adversary sees).
pub fn is_own_view(setup: &glasshouse_sim::scenario::Setup, id: &str) -> bool {
    let Some(a) = setup.adversaries.get(id) else { return false };
    let glasshouse_sim::scenario::AdversaryKind::Insider { person } = &a.kind else { return false };
    setup.people.get(person).is_some_and(|p| p.learner) || id.ends_with("-view") || id.ends_with("-screen")
}

/// An adversary's id as tables show it; a member's own view says that it is not an adversary.
pub fn adversary_label(tr: &Tr, setup: &glasshouse_sim::scenario::Setup, id: &str) -> String {
    if is_own_view(setup, id) { tr.t("adversary-own-view", &[("id", id.to_owned())]) } else { id.to_owned() }
}

/// The kebab-case name of any serialisable unit enum value.
pub fn kebab<T: serde::Serialize>(v: T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// A detail value as text.
pub fn arg_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "—".into(),
        Value::Array(items) => items.iter().map(arg_text).collect::<Vec<_>>().join(", "),
        Value::Object(m) => m.values().map(arg_text).collect::<Vec<_>>().join(" "),
        other => other.to_string(),
    }
}

/// Fluent arguments from a finding's details (times shown as `H:MM`).
fn finding_args(f: &Finding) -> Vec<(String, String)> {
    let mut out = vec![("subject".to_owned(), f.subject.clone())];
    if let Value::Object(m) = f.detail() {
        for (k, v) in m {
            let text = match (k.as_str(), &v) {
                ("at" | "since" | "last_seen" | "first" | "last", Value::Number(n)) => {
                    glasshouse_sim::SimTime(n.as_u64().unwrap_or(0)).to_string()
                }
                ("devices", Value::Array(items)) => items
                    .iter()
                    .map(|d| match d {
                        // A device whose name the holder never received is shown by its id.
                        Value::Object(o) => match o.get("name") {
                            Some(name) if !name.is_null() => format!("{} ({})", arg_text(&o["id"]), arg_text(name)),
                            _ => arg_text(&o["id"]),
                        },
                        other => arg_text(other),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                ("event_id" | "target", Value::String(id)) => short(id),
                // Fluent selects on identifiers: `m.room.redaction` is also given as `m-room-redaction`.
                ("event_type", Value::String(t)) => {
                    out.push(("event_kind".to_owned(), t.replace('.', "-")));
                    t.clone()
                }
                _ => arg_text(&v),
            };
            out.push((k, text));
        }
    }
    out
}

/// One finding as a sentence.
pub fn finding_sentence(tr: &Tr, f: &Finding) -> String {
    let args = finding_args(f);
    let borrowed: Vec<(&str, String)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    // An address seen on the wire (a call) comes with no user agent.
    let key = match &f.fact {
        glasshouse_sim::knowledge::Fact::IpAddress { user_agents, .. } if user_agents.is_empty() => {
            "finding-ip-address-seen".to_owned()
        }
        _ => format!("finding-{}", f.code().as_str()),
    };
    tr.t(&key, &borrowed)
}

/// One piece of evidence as a short reference.
pub fn evidence_text(tr: &Tr, e: &Evidence) -> String {
    match e {
        Evidence::Event { holder, event_id } => {
            tr.t("evidence-event", &[("holder", holder.clone()), ("event", short(event_id))])
        }
        Evidence::Row { server, table, key } => {
            tr.t("evidence-row", &[("holder", server.clone()), ("table", table.clone()), ("key", key.clone())])
        }
        Evidence::Edu { holder, edu_type, at } => {
            tr.t("evidence-edu", &[("holder", holder.clone()), ("type", edu_type.clone()), ("at", at.to_string())])
        }
        Evidence::RoomKey { device, session } => {
            tr.t("evidence-room-key", &[("device", device.clone()), ("session", session.clone())])
        }
        Evidence::Packets { person, count } => {
            tr.t("evidence-packets", &[("person", person.clone()), ("count", count.to_string())])
        }
        Evidence::Push { person, at } => tr.t("evidence-push", &[("person", person.clone()), ("at", at.to_string())]),
        Evidence::GroupSend { holder, from_ip, recipients, at } => tr.t(
            "evidence-group-send",
            &[
                ("holder", holder.clone()),
                ("ip", from_ip.clone()),
                ("recipients", recipients.join(", ")),
                ("at", at.to_string()),
            ],
        ),
        Evidence::LogLines { server, log, lines, first, last } => tr.t(
            "evidence-log-lines",
            &[
                ("holder", server.clone()),
                ("log", log.clone()),
                ("lines", lines.to_string()),
                ("first", first.to_string()),
                ("last", last.to_string()),
            ],
        ),
        Evidence::IdentityLookup { address, at } => {
            tr.t("evidence-identity-lookup", &[("address", address.clone()), ("at", at.to_string())])
        }
        Evidence::TurnRelay { server, at } => {
            tr.t("evidence-turn-relay", &[("server", server.clone()), ("at", at.to_string())])
        }
        Evidence::ComparedPictures { urls } => tr.t("evidence-compared-pictures", &[("urls", urls.join(", "))]),
        Evidence::Derived { from } => {
            tr.t("evidence-derived", &[("from", from.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "))])
        }
    }
}

/// An id cut to 12 characters and an ellipsis.
pub fn short(id: &str) -> String {
    if id.chars().count() > 14 { format!("{}…", id.chars().take(12).collect::<String>()) } else { id.to_owned() }
}

/// A diagnostic as `error[code]: message`, location, the offending line with a caret, and help.
pub fn diagnostic(tr: &Tr, origin: &str, source: &str, d: &Diagnostic) -> String {
    let code = d.code.as_str();
    let args: Vec<(&str, String)> = d.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let (line, col) = d.line_col(source);
    let text = line_text(source, line);
    let (_, end_col) = line_col(source, d.span.end);
    let same_line = line_col(source, d.span.end).0 == line;
    let carets = if same_line && end_col > col { end_col - col } else { 1 };
    let gutter = line.to_string().len();
    let mut s = String::new();
    let _ = writeln!(s, "{}[{code}]: {}", tr.t("diag-error", &[]), tr.t(&format!("diag-{code}"), &args));
    let _ = writeln!(s, "{}--> {origin}:{line}:{col}", " ".repeat(gutter));
    let _ = writeln!(s, "{} |", " ".repeat(gutter));
    let _ = writeln!(s, "{line} | {text}");
    let _ =
        writeln!(s, "{} | {}{}", " ".repeat(gutter), " ".repeat(col.saturating_sub(1)), "^".repeat(carets.min(120)));
    if let Some(choices) = d.args.get("choices") {
        let _ = writeln!(s, "{} = {}", " ".repeat(gutter), tr.t("diag-with-choices", &[("choices", choices.clone())]));
    }
    let _ = writeln!(
        s,
        "{} = {}: {}",
        " ".repeat(gutter),
        tr.t("diag-help", &[]),
        tr.t(&format!("diag-{code}-help"), &args)
    );
    s
}

/// A choice the core refused, in words (the CLI's `--choose` and the window's setup).
pub fn choice_error(tr: &Tr, e: &ChoiceError) -> String {
    match e {
        ChoiceError::UnknownKey { key, known } => {
            tr.t("error-choice-key", &[("key", key.clone()), ("known", known.join(", "))])
        }
        ChoiceError::ValueNotAllowed { key, value, allowed } => tr.t(
            "error-choice-value",
            &[("key", key.clone()), ("value", value.clone()), ("allowed", allowed.join(" | "))],
        ),
        ChoiceError::Malformed { text } => tr.t("error-choice-malformed", &[("text", text.clone())]),
    }
}
