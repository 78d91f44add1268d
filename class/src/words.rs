//! The class pages' words: Glasshouse's Fluent bundles plus `class.ftl` and the class scenario's
//! prose, one [`Tr`] per language, built once. Learners' own choice keys in a raid
//! (`l3-server`) are told with the template choice's label through Fluent message references.

use crate::template::Template;
use glasshouse_words::i18n::Tr;

/// `class.ftl` in every language the pages speak: the one list of languages.
pub use glasshouse_words::i18n::CLASS as CLASS_FTL;

/// The languages the pages speak.
pub fn languages() -> impl Iterator<Item = &'static str> {
    CLASS_FTL.iter().map(|(l, _)| *l)
}

/// Fluent messages naming each learner's copy of each learner choice as the template choice.
fn choice_aliases(template: &Template, max_learners: usize) -> String {
    let id = template.id();
    let mut out = String::new();
    for n in 1..=max_learners {
        for c in template.learner_choices() {
            let key = &c.key;
            out.push_str(&format!("choice-{id}-class-l{n}-{key} = {{ choice-{id}-{key} }}\n"));
        }
    }
    out
}

/// The words of the class pages in `lang` (English behind it).
pub fn tr(lang: &str, template: &Template, max_learners: usize) -> Tr {
    let aliases = choice_aliases(template, max_learners);
    Tr::new(lang, &|l| {
        let mut extra: Vec<String> = CLASS_FTL.iter().filter(|(x, _)| *x == l).map(|(_, t)| (*t).to_owned()).collect();
        extra.extend(template.prose(l).map(str::to_owned));
        extra.push(aliases.clone());
        extra
    })
}

/// The language a request asks for (`Accept-Language`'s first one the pages speak), else `fallback`.
pub fn pick(accept: Option<&str>, fallback: &str) -> String {
    for part in accept.unwrap_or_default().split(',') {
        if let Some(l) = glasshouse_words::i18n::shipped(part.split(';').next().unwrap_or_default()) {
            return l.to_owned();
        }
    }
    fallback.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use glasshouse_words::i18n::{keys_in_sources, message_ids};

    const SOURCES: &[&str] = &[
        include_str!("session.rs"),
        include_str!("text.rs"),
        include_str!("template.rs"),
        include_str!("journal.rs"),
        include_str!("server/mod.rs"),
        include_str!("server/routes.rs"),
        include_str!("server/pages.rs"),
    ];

    #[test]
    fn every_language_has_every_class_key_and_every_key_used_exists() {
        let en = message_ids(&[CLASS_FTL[0].1]).unwrap_or_else(|e| panic!("{e}"));
        for (lang, text) in CLASS_FTL {
            let k = message_ids(&[text]).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(k, en, "class.ftl in {lang} must have exactly English's keys");
        }
        // Every string literal that is a class key (those built with format! end in `-` or hold `{`).
        let mut used = keys_in_sources(SOURCES, &[]);
        for src in SOURCES {
            for (i, _) in src.match_indices("\"class-") {
                let rest = &src[i + 1..];
                if let Some(end) = rest.find('"') {
                    used.insert(rest[..end].to_owned());
                }
            }
        }
        let used: Vec<&String> =
            used.iter().filter(|k| k.starts_with("class-") && !k.ends_with('-') && !k.contains('{')).collect();
        assert!(used.len() > 40, "the scan found the keys: {used:?}");
        let missing: Vec<_> = used.iter().filter(|k| !en.contains(k.as_str())).collect();
        assert!(missing.is_empty(), "class.ftl lacks {missing:?}");
        // Keys built at run time: every phase, field and phase button.
        for phase in ["joining", "chat", "closed", "raided", "revealed", "replay"] {
            assert!(en.contains(&format!("class-phase-{phase}")), "{phase}");
        }
        for field in ["pseudonym", "username", "display-name", "message"] {
            assert!(en.contains(&format!("class-field-{field}")), "{field}");
        }
        for to in ["joining", "chat", "closed", "replay"] {
            assert!(en.contains(&format!("class-trainer-to-{to}")), "{to}");
        }
    }

    #[test]
    fn the_pages_speak_the_browsers_language_when_they_can() {
        assert_eq!(pick(Some("es-ES,es;q=0.9,en;q=0.8"), "en"), "es");
        assert_eq!(pick(Some("de-DE, it;q=0.5"), "en"), "en");
        assert_eq!(pick(Some("de-DE, fr;q=0.5"), "en"), "fr");
        assert_eq!(pick(None, "es"), "es");
        let t = Template::bundled();
        let tr = tr("es", &t, 2);
        assert_eq!(tr.t("class-join-button", &[]), "Entrar en la clase");
        assert_eq!(tr.t("choice-class-federation-class-l2-server", &[]), "tu servidor");
    }
}
