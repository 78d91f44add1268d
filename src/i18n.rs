//! Words for people: the Fluent bundles live in `glasshouse-words` (the window shares them); this
//! module re-exports them and checks the keys the command line uses.

pub use glasshouse_words::i18n::{LOCALES, Tr, pick_language};

#[cfg(test)]
mod tests {
    use super::*;
    use glasshouse_words::i18n::{keys_in_sources, message_ids};

    /// Every literal key the code passes to `t`/`maybe` exists in every locale.
    #[test]
    fn every_key_used_in_the_code_exists_in_every_locale() {
        let used = keys_in_sources(
            &[
                include_str!("main.rs"),
                include_str!("cli.rs"),
                include_str!("render.rs"),
                include_str!("preprocessor.rs"),
                include_str!("scale.rs"),
                include_str!("book.rs"),
                include_str!("book_cli.rs"),
                include_str!("gettext.rs"),
                include_str!("load.rs"),
                include_str!("window.rs"),
                include_str!("lab/mod.rs"),
                include_str!("lab/venv.rs"),
                include_str!("lab/homeserver.rs"),
                include_str!("lab/replay/mod.rs"),
                include_str!("lab/replay/accounts.rs"),
                include_str!("lab/replay/rooms.rs"),
                include_str!("lab/compare.rs"),
            ],
            // The lab's errors and notes take message keys too.
            &["err(\"", "key: \"", "note(step, \""],
        );
        assert!(used.len() > 40, "found only {} keys: the scan is broken", used.len());
        for (lang, files) in LOCALES {
            let have = message_ids(files).unwrap_or_else(|e| panic!("{e}"));
            let missing: Vec<&String> = used.iter().filter(|k| !have.contains(*k)).collect();
            assert!(missing.is_empty(), "locale {lang} lacks keys the code uses: {missing:?}");
        }
    }

    #[test]
    fn the_language_flag_is_honoured() {
        assert_eq!(pick_language(Some("es")), "es");
    }
}
