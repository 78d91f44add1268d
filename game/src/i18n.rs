//! The window's words: a Bevy resource over the shared Fluent bundles of `glasshouse-words`, kept
//! in the language of the settings.

pub use glasshouse_words::i18n::{LOCALES, Tr, keys_in_sources, message_ids, pick_language};

/// The window's words: the interface's and every library scenario's prose, in the chosen language.
#[derive(bevy::ecs::prelude::Resource)]
pub struct Words {
    /// The bundles.
    pub tr: Tr,
    /// Their language.
    pub lang: String,
}

impl Words {
    /// Words for `lang` with the prose of every scenario in `library`.
    pub fn new(lang: &str, library: &crate::library::Library) -> Words {
        let extra = |l: &str| -> Vec<String> {
            library
                .entries
                .iter()
                .flat_map(|e| e.prose.iter().filter(|(pl, _)| pl == l).map(|(_, t)| t.clone()))
                .collect()
        };
        Words { tr: Tr::new(lang, &extra), lang: lang.to_owned() }
    }

    /// The message `key` with arguments.
    pub fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        self.tr.t(key, args)
    }
}

/// Keeps [`Words`] in the language of the settings, with the library's prose.
pub struct I18nPlugin;

impl bevy::app::Plugin for I18nPlugin {
    fn build(&self, app: &mut bevy::app::App) {
        use bevy::ecs::prelude::*;
        let lang = app.world().get_resource::<crate::settings::Settings>().map(|s| s.lang.clone());
        let library = app.world().get_resource::<crate::library::Library>().cloned().unwrap_or_default();
        app.insert_resource(Words::new(&lang.unwrap_or_else(|| "en".into()), &library)).add_systems(
            bevy::app::PreUpdate,
            rebuild.run_if(
                resource_changed::<crate::settings::Settings>.or_else(resource_changed::<crate::library::Library>),
            ),
        );
    }
}

fn rebuild(
    settings: bevy::ecs::prelude::Res<crate::settings::Settings>,
    library: bevy::ecs::prelude::Res<crate::library::Library>,
    mut words: bevy::ecs::prelude::ResMut<Words>,
) {
    *words = Words::new(&settings.lang, &library);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(files: &[&str]) -> std::collections::BTreeSet<String> {
        message_ids(files).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every literal key the window passes to `t` exists in every locale.
    #[test]
    fn every_key_the_window_uses_exists_in_every_locale() {
        let used = keys_in_sources(crate::SOURCES, &[]);
        assert!(used.len() > 5, "found only {} keys: the scan is broken", used.len());
        for (lang, files) in LOCALES {
            let have = keys(files);
            let missing: Vec<&String> = used.iter().filter(|k| !have.contains(*k)).collect();
            assert!(missing.is_empty(), "locale {lang} lacks keys the window uses: {missing:?}");
        }
    }
}
