//! Fluent bundles embedded in the binary (one list of languages, English fallback that `Tr`
//! records); the language choice; the key scans the locale tests of every crate use.

use crate::bidi::{Digits, Direction};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeSet;
use std::sync::Mutex;
use unic_langid::LanguageIdentifier;

/// A shipped language: its code, its name in itself, its direction and its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The code (`assets/locales/<code>/`, `scenarios/NAME.<code>.ftl`).
    pub code: &'static str,
    /// Its name in itself, for the language pickers.
    pub name: &'static str,
    /// Which way its text runs.
    pub direction: Direction,
    /// The digits numbers are written with.
    pub digits: Digits,
}

/// THE list of languages: adding a language is its Fluent files (`assets/locales/<code>/*.ftl`,
/// `scenarios/NAME.<code>.ftl` for every bundled scenario) plus one line here. Scenario prose is
/// embedded by `glasshouse-sim`'s build script for whatever `NAME.<code>.ftl` files exist.
macro_rules! languages {
    ($(($code:literal, $name:literal, $dir:ident, $digits:ident)),* $(,)?) => {
        /// Languages shipped, with their embedded Fluent files (English first).
        pub const LOCALES: &[(&str, &[&str])] = &[$((
            $code,
            &[
                include_str!(concat!("../../assets/locales/", $code, "/cli.ftl")),
                include_str!(concat!("../../assets/locales/", $code, "/window.ftl")),
                include_str!(concat!("../../assets/locales/", $code, "/findings.ftl")),
                include_str!(concat!("../../assets/locales/", $code, "/diagnostics.ftl")),
                include_str!(concat!("../../assets/locales/", $code, "/debrief.ftl")),
            ],
        )),*];

        /// The web player's own words (`assets/locales/<code>/player.ftl`), in the order of
        /// [`LOCALES`]; only the player loads them.
        pub const PLAYER: &[(&str, &str)] =
            &[$(($code, include_str!(concat!("../../assets/locales/", $code, "/player.ftl")))),*];

        /// The workshop server's page words (`assets/locales/<code>/class.ftl`), in the order of
        /// [`LOCALES`]; only `glasshouse-class` loads them.
        pub const CLASS: &[(&str, &str)] =
            &[$(($code, include_str!(concat!("../../assets/locales/", $code, "/class.ftl")))),*];

        /// Languages shipped, with their names, directions and digits, in the order of [`LOCALES`].
        pub const LANGUAGES: &[Language] = &[$(Language {
            code: $code,
            name: $name,
            direction: Direction::$dir,
            digits: Digits::$digits,
        }),*];
    };
}

languages![
    ("en", "English", Ltr, Latin),
    ("es", "Español", Ltr, Latin),
    ("fa", "فارسی", Rtl, Persian),
    ("ar", "العربية", Rtl, ArabicIndic),
    ("ru", "Русский", Ltr, Latin),
    ("fr", "Français", Ltr, Latin),
];

/// The shipped language `code`, if it is one.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// Looks up messages in the chosen language, then in English, then shows the key; remembers every
/// key that fell back to English or was missing, so tests can tell English leaking into another
/// language's output from a real translation.
pub struct Tr {
    lang: String,
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Whether `bundles[0]` is the chosen language and that language is not English.
    translated: bool,
    /// Output for a bidi-aware renderer (see [`Tr::isolating`]).
    isolating: bool,
    fell_back: Mutex<BTreeSet<String>>,
}

fn bundle(lang: &str, files: &[&str], extra: &[String]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let arabic = id.language.as_str() == "ar";
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Placeables are isolated only for bidi-aware output (see `Tr::isolating`): terminals show
    // FSI/PDI as stray characters or nothing, and English and Spanish output stays byte-identical.
    b.set_use_isolating(false);
    // NUMBER() for translators; the built-ins cannot clash on a fresh bundle.
    let _ = b.add_builtins();
    match language(lang).map(|l| l.digits) {
        Some(Digits::Persian) => b.set_formatter(Some(crate::bidi::persian_digits)),
        Some(Digits::ArabicIndic) => b.set_formatter(Some(crate::bidi::arabic_indic_digits)),
        _ => {}
    }
    // Arabic plurals by CLDR's rules (see `plural`): selectors read through a function of ours.
    if arabic {
        crate::plural::register(&mut b);
    }
    for text in files.iter().copied().map(str::to_owned).chain(extra.iter().cloned()) {
        let text = if arabic { crate::plural::rewrite_selectors(&text) } else { text };
        // A resource with errors still yields every message that parsed.
        let res = FluentResource::try_new(text).unwrap_or_else(|(res, _)| res);
        b.add_resource_overriding(res);
    }
    b
}

/// The language to use: `--lang`, else `GLASSHOUSE_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`, else
/// English. Accepts `fa`, `fa-IR`, `fa_IR.UTF-8`, `FA`; an unknown language gives English.
pub fn pick_language(flag: Option<&str>) -> String {
    let from_env = ["GLASSHOUSE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    let raw = flag.map(str::to_owned).or(from_env).unwrap_or_else(|| "en".into());
    shipped(&raw).unwrap_or("en").to_owned()
}

/// The shipped language a tag names (`fa`, `fa-IR`, `fa_IR.UTF-8`, ` ES `), if it is one: the
/// letters before the first other character, lowercased. Every front end's choice goes through it.
pub fn shipped(tag: &str) -> Option<&'static str> {
    let short: String = tag.trim().chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
    LOCALES.iter().map(|(l, _)| *l).find(|l| *l == short)
}

/// A whole number written plainly (no sign, no leading zero, at most 15 digits) as a Fluent
/// number, so plural selectors (`[one]`, `[few]`, `[many]`…) and NUMBER() work; other text as is.
fn arg_value(v: &str) -> FluentValue<'static> {
    let plain =
        !v.is_empty() && v.len() <= 15 && v.bytes().all(|b| b.is_ascii_digit()) && (v == "0" || !v.starts_with('0'));
    match v.parse::<u64>() {
        // Exact in an f64 below 2^53; printed back as the same digits.
        Ok(n) if plain => FluentValue::Number(FluentNumber::new(n as f64, FluentNumberOptions::default())),
        _ => FluentValue::from(v.to_owned()),
    }
}

impl Tr {
    /// Bundles for `lang` with English behind it; `extra` adds scenario prose (per language).
    pub fn new(lang: &str, extra: &dyn Fn(&str) -> Vec<String>) -> Tr {
        let mut bundles = Vec::new();
        for wanted in [lang, "en"] {
            if let Some((l, files)) = LOCALES.iter().find(|(l, _)| *l == wanted)
                && bundles.len() < 2
                && (bundles.is_empty() || wanted != lang)
            {
                bundles.push(bundle(l, files, &extra(l)));
            }
        }
        let translated = lang != "en" && LOCALES.iter().any(|(l, _)| *l == lang);
        Tr { lang: lang.to_owned(), bundles, translated, isolating: false, fell_back: Mutex::new(BTreeSet::new()) }
    }

    /// The language asked for.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Which way the language's text runs.
    pub fn direction(&self) -> Direction {
        crate::bidi::direction(&self.lang)
    }

    /// For output that a bidi-aware renderer shows (HTML, the browser): in a right-to-left
    /// language, every placeable (a name, a Matrix id, a number) is wrapped in FSI…PDI, and every
    /// Matrix id, server name or time written in the text itself in LRI…PDI, so each keeps its own
    /// direction. Left-to-right languages are left alone.
    pub fn isolating(mut self) -> Tr {
        let rtl = self.direction() == Direction::Rtl;
        for b in &mut self.bundles {
            b.set_use_isolating(rtl);
        }
        self.isolating = rtl;
        self
    }

    /// A number written outside a message (e.g. a count beside a heading), in the language's digits.
    pub fn number(&self, n: impl std::fmt::Display) -> String {
        language(&self.lang).map_or(Digits::Latin, |l| l.digits).apply(&n.to_string())
    }

    /// Whether any bundle has the message.
    pub fn has(&self, key: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(key))
    }

    /// The message `key` with arguments; the key itself when no language has it.
    pub fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, arg_value(v));
        }
        for (i, b) in self.bundles.iter().enumerate() {
            if let Some(msg) = b.get_message(key)
                && let Some(pattern) = msg.value()
            {
                if i > 0 && self.translated {
                    self.note(key);
                }
                let mut errors = Vec::new();
                let out = b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
                if !errors.is_empty() {
                    self.note(&format!("{key} ({errors:?})"));
                }
                return if self.isolating { crate::bidi::isolate_ltr_runs(&self.lang, &out) } else { out };
            }
        }
        self.note(key);
        key.to_owned()
    }

    /// Like [`Tr::t`] but `None` when the message is missing.
    pub fn maybe(&self, key: &str, args: &[(&str, String)]) -> Option<String> {
        self.has(key).then(|| self.t(key, args))
    }

    /// Every key shown so far that was not in the chosen language (English stood in, or nothing
    /// had it), or that failed to format (e.g. a variable the translation misspelt).
    pub fn fallbacks(&self) -> Vec<String> {
        self.fell_back.lock().map(|s| s.iter().cloned().collect()).unwrap_or_default()
    }

    fn note(&self, what: &str) {
        if let Ok(mut s) = self.fell_back.lock() {
            s.insert(what.to_owned());
        }
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
    fn a_missing_translation_falls_back_to_english_and_is_recorded() {
        let tr = Tr::new("es", &|lang| {
            if lang == "en" {
                vec!["only-english = hello".into(), "both = hi".into()]
            } else {
                vec!["both = hola".into()]
            }
        });
        assert_eq!(tr.t("both", &[]), "hola");
        assert!(tr.fallbacks().is_empty());
        assert_eq!(tr.t("only-english", &[]), "hello");
        assert_eq!(tr.t("no-such-key", &[]), "no-such-key");
        assert_eq!(tr.fallbacks(), ["no-such-key", "only-english"]);
        // English itself never falls back.
        let en = Tr::new("en", &|_| vec!["only-english = hello".into()]);
        en.t("only-english", &[]);
        assert!(en.fallbacks().is_empty());
    }

    #[test]
    fn language_choice_accepts_locale_names_and_falls_back_to_english() {
        assert_eq!(pick_language(Some("es_ES.UTF-8")), "es");
        assert_eq!(shipped("fa-IR"), Some("fa"));
        assert_eq!(shipped(" FR "), Some("fr"));
        assert_eq!(shipped("de-DE"), None);
        assert_eq!(pick_language(Some("fa_IR.UTF-8")), "fa");
        assert_eq!(pick_language(Some("fa-IR")), "fa");
        assert_eq!(pick_language(Some("FA")), "fa");
        assert_eq!(pick_language(Some("C.UTF-8")), "en");
        assert_eq!(pick_language(Some("xx")), "en");
    }

    #[test]
    fn the_language_list_and_the_files_agree() {
        assert_eq!(LANGUAGES.len(), LOCALES.len());
        assert_eq!(LOCALES[0].0, "en", "English is the fallback and comes first");
        for (l, (code, _)) in LANGUAGES.iter().zip(LOCALES) {
            assert_eq!(l.code, *code);
            assert!(!l.name.is_empty());
        }
    }

    /// A bundle in `lang` (shipped or not) with one message.
    fn one(lang: &str, ftl: &str) -> Tr {
        Tr {
            lang: lang.into(),
            bundles: vec![bundle(lang, &[], &[ftl.to_owned()])],
            translated: false,
            isolating: false,
            fell_back: Mutex::new(BTreeSet::new()),
        }
    }

    fn picks(tr: &Tr, ns: &[u32]) -> Vec<String> {
        ns.iter().map(|n| tr.t("m", &[("n", n.to_string())])).collect()
    }

    #[test]
    fn russian_plurals_select_one_few_and_many() {
        let ru = "m = { $n ->\n    [one] one\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let tr = one("ru", ru);
        let got = picks(&tr, &[1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111]);
        let want = ["one", "few", "few", "many", "many", "many", "many", "one", "few", "many", "one", "many"];
        assert_eq!(got, want);
        // NUMBER() is registered and selects the same way.
        let tr = one("ru", &ru.replace("{ $n ->", "{ NUMBER($n) ->"));
        assert_eq!(picks(&tr, &[3, 5, 21]), ["few", "many", "one"]);
    }

    #[test]
    fn arabic_plurals_select_all_six_categories() {
        let ar = "m = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        let tr = one("ar", ar);
        let got = picks(&tr, &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 1000]);
        let want = ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "other", "other"];
        assert_eq!(got, want);
        // CLDR tests few (3..10) and many (11..99) on n % 100, which intl_pluralrules 7.0.2 gets
        // wrong; `plural` chooses the Arabic category itself.
        assert_eq!(picks(&tr, &[103, 111, 1003, 1011, 200]), ["few", "many", "few", "many", "other"]);
        let tr = one("ar", &ar.replace("{ $n ->", "{ NUMBER($n) ->"));
        assert_eq!(picks(&tr, &[0, 103, 111]), ["zero", "few", "many"]);
    }

    #[test]
    fn numbers_are_written_in_the_language_s_digits_and_text_is_not() {
        let tr = Tr::new("fa", &|l| if l == "fa" { vec!["m = { $n } در { $at }، { $id }".into()] } else { vec![] });
        let out = tr.t("m", &[("n", "40".into()), ("at", "10:05".into()), ("id", "@rosa2:x.example".into())]);
        assert_eq!(out, "۴۰ در 10:05، @rosa2:x.example");
        // English keeps its digits, and a number-like id (leading zero) stays text.
        let tr = one("en", "m = { $n ->\n [one] one\n *[other] { $n }\n}\n");
        assert_eq!(picks(&tr, &[1, 40]), ["one", "40"]);
        assert_eq!(tr.t("m", &[("n", "007".into())]), "007");
    }

    #[test]
    fn numbers_outside_messages_follow_the_language_too() {
        assert_eq!(Tr::new("fa", &|_| Vec::new()).number(13), "۱۳");
        assert_eq!(Tr::new("en", &|_| Vec::new()).number(13), "13");
    }

    #[test]
    fn placeables_are_isolated_for_bidi_output_in_right_to_left_languages_only() {
        let extra = |l: &str| if l == "en" { vec!["m = by { $id }".into()] } else { vec!["m = از { $id }".into()] };
        let fa = Tr::new("fa", &extra).isolating();
        assert_eq!(fa.t("m", &[("id", "@you:server.example".into())]), "از \u{2068}@you:server.example\u{2069}");
        let lit = |l: &str| if l == "fa" { vec!["m = از bigchat.example".into()] } else { vec![] };
        assert_eq!(Tr::new("fa", &lit).isolating().t("m", &[]), "از \u{2066}bigchat.example\u{2069}");
        assert_eq!(Tr::new("fa", &lit).t("m", &[]), "از bigchat.example");
        let en = Tr::new("en", &extra).isolating();
        assert_eq!(en.t("m", &[("id", "@you:server.example".into())]), "by @you:server.example");
        assert_eq!(Tr::new("fa", &extra).t("m", &[("id", "x".into())]), "از x");
    }
}
