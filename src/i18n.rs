//! Words for people: the Fluent bundles live in `glasshouse-game` (the window shares them); this
//! module re-exports them and checks the keys the command line uses.

pub use glasshouse_game::i18n::{LOCALES, Tr, pick_language};

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    fn keys(files: &[&str]) -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        for text in files {
            let res = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) => r,
                Err((_, errors)) => panic!("a Fluent file does not parse: {errors:?}"),
            };
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    out.insert(m.id.name.to_owned());
                }
            }
        }
        out
    }

    /// Every literal key the code passes to `t`/`maybe` exists in every locale.
    #[test]
    fn every_key_used_in_the_code_exists_in_every_locale() {
        let sources = [
            include_str!("cli.rs"),
            include_str!("render.rs"),
            include_str!("scale.rs"),
            include_str!("book.rs"),
            include_str!("load.rs"),
            include_str!("window.rs"),
            include_str!("lab/mod.rs"),
            include_str!("lab/venv.rs"),
            include_str!("lab/homeserver.rs"),
            include_str!("lab/replay.rs"),
            include_str!("lab/compare.rs"),
        ];
        let mut used = std::collections::BTreeSet::new();
        for src in sources {
            for marker in [".t(\"", ".maybe(\"", "err(\"", "key: \"", "note(step, \""] {
                for (i, _) in src.match_indices(marker) {
                    let rest = &src[i + marker.len()..];
                    if let Some(end) = rest.find('"') {
                        used.insert(rest[..end].to_owned());
                    }
                }
            }
        }
        assert!(used.len() > 40, "found only {} keys: the scan is broken", used.len());
        for (lang, files) in LOCALES {
            let have = keys(files);
            let missing: Vec<&String> = used.iter().filter(|k| !have.contains(*k)).collect();
            assert!(missing.is_empty(), "locale {lang} lacks keys the code uses: {missing:?}");
        }
    }

    #[test]
    fn the_language_flag_is_honoured() {
        assert_eq!(pick_language(Some("es")), "es");
    }
}
