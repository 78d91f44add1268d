//! The player's words: its own Fluent file (`assets/locales/<lang>/player.ftl`) for each of the six
//! locales, over the shared bundles of `glasshouse-words` and a scenario's prose, English behind.

use glasshouse_words::i18n::{Tr, message_ids};
use std::collections::BTreeMap;

/// The player's locales, in the order of the one list of languages (`glasshouse_words::i18n`),
/// with their own Fluent file.
pub use glasshouse_words::i18n::PLAYER as PLAYER_LOCALES;

/// The player's locale for a requested code (`fa-IR` → `fa`); English when it has none.
pub fn locale(lang: &str) -> &'static str {
    glasshouse_words::i18n::shipped(lang).unwrap_or("en")
}

/// The player's own file for `lang`, if it has one.
fn player_file(lang: &str) -> Option<&'static str> {
    PLAYER_LOCALES.iter().find(|(l, _)| *l == lang).map(|(_, t)| *t)
}

/// The words for `lang`: the shared bundles (where this build has them), the player's file and,
/// for a scenario, its prose; each message falls back to English when the language lacks it.
pub fn tr(lang: &str, scenario: Option<&str>) -> Tr {
    let prose = scenario.map(crate::library::prose).unwrap_or_default();
    Tr::new(lang, &|l| {
        let mut extra: Vec<String> = player_file(l).map(str::to_owned).into_iter().collect();
        extra.extend(prose.iter().filter(|(pl, _)| *pl == l).map(|(_, t)| (*t).to_owned()));
        extra
    })
}

/// Every message of the player's file (`player-…`) in `lang`, English where it lacks one: the
/// interface's own strings, handed to the page once.
pub fn ui_strings(lang: &str) -> BTreeMap<String, String> {
    let tr = tr(lang, None);
    let english = player_file("en").unwrap_or_default();
    message_ids(&[english]).unwrap_or_default().into_iter().map(|k| (k.clone(), tr.t(&k, &[]))).collect()
}
