//! A scenario's prose: the Fluent keys it needs (title, briefing, debrief, facilitator notes, one
//! per choice and objective) and the check of a companion `NAME.<lang>.ftl` file against them.

use super::diag::{DiagCode as C, Diagnostic};
use super::validate::Scenario;
use std::ops::Range;

/// Suffixes of the scenario-level messages: `scenario-ID`, `scenario-ID-briefing`, ….
pub const SCENARIO_PARTS: &[&str] = &["", "-briefing", "-debrief", "-facilitator"];

/// One Fluent message the scenario needs, and the span of the TOML that needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProseKey {
    /// Message id.
    pub key: String,
    /// What in the scenario file needs it.
    pub span: Range<usize>,
}

impl Scenario {
    /// Every Fluent message the scenario's prose file must define, in file order.
    pub fn prose_keys(&self) -> Vec<ProseKey> {
        let id = &self.id;
        let raw = self.raw();
        let mut out: Vec<ProseKey> = SCENARIO_PARTS
            .iter()
            .map(|part| ProseKey { key: format!("scenario-{id}{part}"), span: raw.id.span() })
            .collect();
        for key in raw.choices.keys() {
            out.push(ProseKey { key: format!("choice-{id}-{}", key.get_ref()), span: key.span() });
        }
        for o in &raw.objectives {
            let oid = &o.get_ref().id;
            out.push(ProseKey { key: format!("objective-{id}-{}", oid.get_ref()), span: oid.span() });
        }
        out
    }

    /// Checks one prose file (`file` names it in diagnostics, e.g. `en.ftl`): it must parse, define
    /// every key of [`Scenario::prose_keys`], and nothing else but labels of choice values
    /// (`choice-ID-KEY-VALUE`) and private terms (`-term`).
    pub fn check_prose(&self, file: &str, text: &str) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
            for e in errors {
                diags.push(
                    Diagnostic::new(C::ProseSyntax, e.pos.clone()).arg("detail", format!("{:?}", e.kind)).in_file(file),
                );
            }
        }
        let defined = message_ids(text);
        let wanted = self.prose_keys();
        for k in &wanted {
            if !defined.iter().any(|(id, _)| *id == k.key) {
                diags.push(Diagnostic::new(C::ProseMissing, k.span.clone()).arg("key", &k.key).arg("file", file));
            }
        }
        let value_prefixes: Vec<String> = self.choices.keys().map(|k| format!("choice-{}-{k}-", self.id)).collect();
        for (id, span) in defined {
            let known = wanted.iter().any(|k| k.key == id) || value_prefixes.iter().any(|p| id.starts_with(p.as_str()));
            if !known {
                let expected: Vec<&str> = wanted.iter().map(|k| k.key.as_str()).collect();
                diags.push(
                    Diagnostic::new(C::ProseUnknownKey, span)
                        .arg("key", id)
                        .arg("expected", expected.join(", "))
                        .in_file(file),
                );
            }
        }
        diags
    }
}

/// The ids of the messages a Fluent text defines (lines `id = …` at column 0) with their spans.
pub fn message_ids(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next();
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && let Some((id, _)) = line.split_once('=')
        {
            let id = id.trim_end();
            if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                out.push((id, offset..offset + id.len()));
            }
        }
        offset += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundled;

    fn scenario() -> Scenario {
        match bundled::get("first-connection").map(Scenario::parse) {
            Some(Ok(s)) => s,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn keys_cover_title_parts_choices_and_objectives() {
        let keys: Vec<String> = scenario().prose_keys().into_iter().map(|k| k.key).collect();
        assert!(keys.contains(&"scenario-first-connection-debrief".to_owned()));
        assert!(keys.contains(&"choice-first-connection-connection".to_owned()));
        assert!(keys.contains(&"objective-first-connection-hide-home-ip".to_owned()));
    }

    #[test]
    fn missing_unknown_and_broken_prose_are_reported() {
        let s = scenario();
        let text = "scenario-first-connection = T\nchoice-first-connection-connectoin = typo\nbroken = {\n";
        let codes: Vec<(String, Option<String>)> =
            s.check_prose("en.ftl", text).into_iter().map(|d| (d.code.as_str(), d.file)).collect();
        assert!(codes.contains(&("prose-syntax".into(), Some("en.ftl".into()))), "{codes:?}");
        assert!(codes.contains(&("prose-missing".into(), None)), "{codes:?}");
        assert!(codes.contains(&("prose-unknown-key".into(), Some("en.ftl".into()))), "{codes:?}");
    }

    #[test]
    fn value_labels_are_allowed() {
        let s = scenario();
        let mut text: String = s.prose_keys().iter().map(|k| format!("{} = x\n", k.key)).collect();
        text.push_str("choice-first-connection-connection-tor = through Tor\n");
        assert!(s.check_prose("en.ftl", &text).is_empty());
    }
}
