//! The learner's settings — language, text size, palette, reduced motion — kept between runs in
//! `settings.txt` beside the saved progress.

use crate::i18n::{LOCALES, pick_language};
use crate::storage::Storage;
use bevy::app::{App, Last, Plugin, Startup};
use bevy::ecs::prelude::*;

/// Colours of the interface and the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    /// The default colours.
    #[default]
    Standard,
    /// Okabe–Ito colours, told apart with any of the common colour-vision deficiencies; states
    /// are also marked by shape and text, never by colour alone.
    ColourBlindSafe,
}

impl Palette {
    /// Its name in `settings.txt`.
    pub fn as_str(self) -> &'static str {
        match self {
            Palette::Standard => "standard",
            Palette::ColourBlindSafe => "colour-blind-safe",
        }
    }
}

/// Smallest and largest text scale.
pub const TEXT_SCALE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// The settings.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Settings {
    /// Language code (one of [`LOCALES`]).
    pub lang: String,
    /// Text and widget scale, 1.0 = normal.
    pub text_scale: f32,
    /// Colours.
    pub palette: Palette,
    /// No travelling packets or animated reveal: the map shows each step's end state.
    pub reduced_motion: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { lang: pick_language(None), text_scale: 1.0, palette: Palette::Standard, reduced_motion: false }
    }
}

impl Settings {
    /// As stored: one `key value` line each.
    pub fn to_text(&self) -> String {
        format!(
            "lang {}\ntext_scale {}\npalette {}\nreduced_motion {}\n",
            self.lang,
            self.text_scale,
            self.palette.as_str(),
            self.reduced_motion
        )
    }

    /// Reads stored settings; unknown lines and bad values keep the defaults (a hand-edited file
    /// never stops the window from opening).
    pub fn from_text(text: &str) -> Settings {
        let mut s = Settings::default();
        for line in text.lines() {
            let Some((key, value)) = line.trim().split_once(' ') else { continue };
            let value = value.trim();
            match key {
                "lang" if LOCALES.iter().any(|(l, _)| *l == value) => s.lang = value.to_owned(),
                "text_scale" => {
                    if let Ok(v) = value.parse::<f32>()
                        && v.is_finite()
                    {
                        s.text_scale = v.clamp(*TEXT_SCALE.start(), *TEXT_SCALE.end());
                    }
                }
                "palette" if value == Palette::ColourBlindSafe.as_str() => s.palette = Palette::ColourBlindSafe,
                "palette" if value == Palette::Standard.as_str() => s.palette = Palette::Standard,
                "reduced_motion" => s.reduced_motion = value == "true",
                _ => {}
            }
        }
        s
    }
}

/// Loads the settings at start-up and saves them when they change.
pub struct SettingsPlugin;

impl Plugin for SettingsPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Settings>()
            .add_systems(Startup, load)
            .add_systems(Last, save.run_if(resource_changed::<Settings>));
    }
}

pub(crate) fn load(storage: Res<Storage>, mut settings: ResMut<Settings>) {
    if let Some(text) = storage.read("settings.txt") {
        *settings = Settings::from_text(&text);
    }
}

fn save(storage: Res<Storage>, settings: Res<Settings>, mut last: Local<Option<Settings>>) {
    if last.as_ref() == Some(&*settings) {
        return;
    }
    if storage.dir.is_some() && storage.write("settings.txt", &settings.to_text()).is_ok() {
        *last = Some(settings.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_restart_and_bad_values_keep_defaults() {
        let (mut app, dir) = crate::testing::app_storing("settings");
        {
            let mut s = app.world_mut().resource_mut::<Settings>();
            s.lang = "es".into();
            s.text_scale = 1.5;
            s.palette = Palette::ColourBlindSafe;
            s.reduced_motion = true;
        }
        app.update();
        let stored = Storage { dir: Some(dir.clone()) }.read("settings.txt").unwrap_or_default();
        let back = Settings::from_text(&stored);
        assert_eq!(back, app.world().resource::<Settings>().clone());
        let bad = Settings::from_text("lang xx\ntext_scale 900\npalette neon\nreduced_motion maybe\ngarbage");
        assert_eq!(bad.text_scale, *TEXT_SCALE.end());
        assert_eq!(bad.palette, Palette::Standard);
        assert!(!bad.reduced_motion);
        assert_eq!(Settings::from_text("text_scale NaN").text_scale, 1.0);
        // Every listed language can be stored, right-to-left ones included.
        for l in glasshouse_words::i18n::LANGUAGES {
            assert_eq!(Settings::from_text(&format!("lang {}", l.code)).lang, l.code);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
