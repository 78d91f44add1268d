//! Fluent bundles embedded in the binary (English, Spanish), English fallback; the language choice;
//! the key scans the locale tests of every crate use.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Languages shipped, with their embedded Fluent files.
pub const LOCALES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            include_str!("../../assets/locales/en/cli.ftl"),
            include_str!("../../assets/locales/en/window.ftl"),
            include_str!("../../assets/locales/en/findings.ftl"),
            include_str!("../../assets/locales/en/diagnostics.ftl"),
            include_str!("../../assets/locales/en/debrief.ftl"),
        ],
    ),
    (
        "es",
        &[
            include_str!("../../assets/locales/es/cli.ftl"),
            include_str!("../../assets/locales/es/window.ftl"),
            include_str!("../../assets/locales/es/findings.ftl"),
            include_str!("../../assets/locales/es/diagnostics.ftl"),
            include_str!("../../assets/locales/es/debrief.ftl"),
        ],
    ),
];

/// Languages written right to left.
pub const RTL: &[&str] = &["ar", "fa", "he", "ur"];

/// Whether `lang` (a code such as `fa` or `fa-IR`) is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    let short = lang.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    RTL.contains(&short.as_str())
}

/// The text direction of `lang` as HTML's `dir` takes it: `rtl` or `ltr`.
pub fn direction(lang: &str) -> &'static str {
    if is_rtl(lang) { "rtl" } else { "ltr" }
}

/// Looks up messages in the chosen language, then in English, then shows the key.
pub struct Tr {
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn bundle(lang: &str, files: &[&str], extra: &[String]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    for text in files.iter().copied().map(str::to_owned).chain(extra.iter().cloned()) {
        // A resource with errors still yields every message that parsed.
        let res = FluentResource::try_new(text).unwrap_or_else(|(res, _)| res);
        b.add_resource_overriding(res);
    }
    b
}

/// The language to use: `--lang`, else `GLASSHOUSE_LANG`, `LC_ALL`, `LANG`, else English.
pub fn pick_language(flag: Option<&str>) -> String {
    let from_env = ["GLASSHOUSE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    let raw = flag.map(str::to_owned).or(from_env).unwrap_or_else(|| "en".into());
    let short: String = raw.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    if LOCALES.iter().any(|(l, _)| *l == short) { short } else { "en".into() }
}

impl Tr {
    /// Bundles for `lang` with English behind it; `extra` adds scenario prose (per language).
    /// A language without files of its own here still gets a bundle when `extra` has text for it
    /// (a scenario's prose, the player's words), with English behind it.
    pub fn new(lang: &str, extra: &dyn Fn(&str) -> Vec<String>) -> Tr {
        let mut bundles = Vec::new();
        for wanted in [lang, "en"] {
            if !bundles.is_empty() && wanted == lang {
                continue;
            }
            match LOCALES.iter().find(|(l, _)| *l == wanted) {
                Some((l, files)) => bundles.push(bundle(l, files, &extra(l))),
                None => {
                    let more = extra(wanted);
                    if !more.is_empty() {
                        bundles.push(bundle(wanted, &[], &more));
                    }
                }
            }
        }
        Tr { bundles }
    }

    /// Whether any bundle has the message.
    pub fn has(&self, key: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(key))
    }

    /// The message `key` with arguments; the key itself when no language has it.
    pub fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, value(v));
        }
        for b in &self.bundles {
            if let Some(msg) = b.get_message(key)
                && let Some(pattern) = msg.value()
            {
                let mut errors = Vec::new();
                return b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            }
        }
        key.to_owned()
    }

    /// Like [`Tr::t`] but `None` when the message is missing.
    pub fn maybe(&self, key: &str, args: &[(&str, String)]) -> Option<String> {
        self.has(key).then(|| self.t(key, args))
    }
}

/// An argument as Fluent sees it: a plain count (digits only, no leading zero) is a number, so
/// `{ $count -> [one] … *[other] … }` picks the language's plural form and prints it unchanged;
/// anything else (an address, a phone number, a time) stays text.
fn value(v: &str) -> FluentValue<'static> {
    let count =
        !v.is_empty() && v.len() <= 9 && v.bytes().all(|b| b.is_ascii_digit()) && (v == "0" || !v.starts_with('0'));
    match v.parse::<u32>() {
        Ok(n) if count => FluentValue::from(n),
        _ => FluentValue::from(v.to_owned()),
    }
}

/// The message ids the Fluent `files` define (for the locale tests of this crate and the CLI);
/// a file that does not parse is an error.
pub fn message_ids(files: &[&str]) -> Result<std::collections::BTreeSet<String>, String> {
    let mut out = std::collections::BTreeSet::new();
    for text in files {
        let res = FluentResource::try_new((*text).to_owned())
            .map_err(|(_, errors)| format!("a Fluent file does not parse: {errors:?}"))?;
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.insert(m.id.name.to_owned());
            }
        }
    }
    Ok(out)
}

/// Every literal key the `sources` pass to `.t("…")` or `.maybe("…")`, or write after one of the
/// `extra` markers (a call that takes a message key, e.g. `err("`), for the locale tests.
pub fn keys_in_sources(sources: &[&str], extra: &[&str]) -> std::collections::BTreeSet<String> {
    let mut used = std::collections::BTreeSet::new();
    for src in sources {
        for marker in [".t(\"", ".maybe(\""].iter().chain(extra) {
            for (i, _) in src.match_indices(marker) {
                let rest = &src[i + marker.len()..];
                if let Some(end) = rest.find('"') {
                    used.insert(rest[..end].to_owned());
                }
            }
        }
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(files: &[&str]) -> std::collections::BTreeSet<String> {
        message_ids(files).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_locale_parses_and_has_every_english_key() {
        let en = keys(LOCALES[0].1);
        for (lang, files) in LOCALES {
            let k = keys(files);
            let missing: Vec<_> = en.difference(&k).collect();
            assert!(missing.is_empty(), "locale {lang} lacks {missing:?}");
            let extra: Vec<_> = k.difference(&en).collect();
            assert!(extra.is_empty(), "locale {lang} has keys English lacks: {extra:?}");
        }
    }

    #[test]
    fn every_finding_rule_and_diagnostic_code_has_words() {
        let en = keys(LOCALES[0].1);
        for code in glasshouse_sim::FindingCode::ALL {
            assert!(en.contains(&format!("finding-{}", code.as_str())), "finding-{} missing", code.as_str());
        }
        for rule in crate::words::ALL_RULES {
            assert!(en.contains(&format!("rule-{}", crate::words::kebab(rule))), "rule {rule:?} missing");
        }
        for code in glasshouse_sim::scenario::DiagCode::ALL {
            assert!(en.contains(&format!("diag-{}", code.as_str())), "diag-{} missing", code.as_str());
            assert!(en.contains(&format!("diag-{}-help", code.as_str())), "diag-{}-help missing", code.as_str());
        }
    }

    #[test]
    fn a_missing_translation_falls_back_to_english() {
        let tr = Tr::new("es", &|lang| if lang == "en" { vec!["only-english = hello".into()] } else { vec![] });
        assert_eq!(tr.t("only-english", &[]), "hello");
        assert_eq!(tr.t("no-such-key", &[]), "no-such-key");
    }

    #[test]
    fn counts_choose_the_plural_form_and_other_arguments_stay_text() {
        let ftl = "n = { $count ->\n    [one] one thing\n   *[other] { $count } things\n} { $phone }".to_owned();
        let tr = Tr::new("en", &|l| if l == "en" { vec![ftl.clone()] } else { vec![] });
        assert_eq!(tr.t("n", &[("count", "1".into()), ("phone", "+15550100".into())]), "one thing +15550100");
        assert_eq!(tr.t("n", &[("count", "12".into()), ("phone", "0123".into())]), "12 things 0123");
    }

    #[test]
    fn persian_and_arabic_are_right_to_left() {
        assert!(is_rtl("fa") && is_rtl("ar") && is_rtl("fa-IR") && is_rtl("ar_EG"));
        assert!(!is_rtl("en") && !is_rtl("es") && !is_rtl("ru") && !is_rtl("fr"));
        assert_eq!((direction("fa"), direction("fr")), ("rtl", "ltr"));
    }

    #[test]
    fn a_language_without_files_uses_its_extra_text_then_english() {
        let extra = |lang: &str| if lang == "xx" { vec!["only-xx = xx-text".into()] } else { vec![] };
        let tr = Tr::new("xx", &extra);
        assert_eq!(tr.t("only-xx", &[]), "xx-text");
        assert_eq!(tr.t("debrief-you", &[]), Tr::new("en", &|_| vec![]).t("debrief-you", &[]));
    }

    #[test]
    fn language_choice_falls_back_to_english() {
        assert_eq!(pick_language(Some("es_ES.UTF-8")), "es");
        assert_eq!(pick_language(Some("fr")), "en");
    }
}
