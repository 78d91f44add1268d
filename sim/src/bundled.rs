//! The scenarios shipped inside the binary, so `run NAME` works from any directory: each one's
//! TOML and its prose in every language it is written in (`scenarios/NAME.toml`,
//! `scenarios/NAME.<lang>.ftl`, found by the build script: a new language needs no edit here).

include!(concat!(env!("OUT_DIR"), "/prose.rs"));

/// Lists the bundled scenarios once, in book order (the first is the default).
macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        /// (name, TOML text) of every bundled scenario, in book order. The first is the default.
        pub const BUNDLED: &[(&str, &str)] =
            &[$(($name, include_str!(concat!("../../scenarios/", $name, ".toml")))),*];
    };
}

bundled![
    "first-connection",
    "connecting",
    "usernames",
    "second-accounts",
    "many-servers",
    "server-down",
    "public-vs-encrypted",
    "public-room-insider",
    "high-trust-room",
    "forty-members",
    "account-recovery",
    "encrypted-metadata",
    "other-platforms",
];

/// The TOML text of a bundled scenario.
pub fn get(name: &str) -> Option<&'static str> {
    BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// The prose of a bundled scenario: (language, Fluent text) pairs.
pub fn prose(name: &str) -> &'static [(&'static str, &'static str)] {
    PROSE.iter().find(|(n, _)| *n == name).map_or(&[], |(_, p)| *p)
}

/// Names of the bundled scenarios, in order.
pub fn names() -> Vec<&'static str> {
    BUNDLED.iter().map(|(n, _)| *n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Scenario;

    #[test]
    fn the_prose_found_is_the_bundled_scenarios_prose() {
        let mut bundled = names();
        bundled.sort_unstable();
        assert_eq!(PROSE.iter().map(|(n, _)| *n).collect::<Vec<_>>(), bundled);
    }

    #[test]
    fn every_bundled_scenario_is_named_by_its_id_and_has_complete_prose_in_every_language() {
        for (name, text) in BUNDLED {
            let s = Scenario::check(text).unwrap_or_else(|d| panic!("{name}: {d:?}"));
            assert_eq!(s.id, *name);
            let prose = prose(name);
            let langs: Vec<&str> = prose.iter().map(|(l, _)| *l).collect();
            let first: Vec<&str> = PROSE[0].1.iter().map(|(l, _)| *l).collect();
            assert_eq!(langs, first, "{name}: prose in other languages than {}", PROSE[0].0);
            assert!(langs.first() == Some(&"en") && langs.contains(&"es"), "{name}: {langs:?}");
            for (lang, ftl) in prose {
                let diags = s.check_prose(&format!("{lang}.ftl"), ftl);
                assert!(diags.is_empty(), "{name}.{lang}.ftl: {diags:?}");
            }
        }
    }
}
