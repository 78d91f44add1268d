//! The settings window: language, text size, colour-blind-safe palette, reduced motion, and
//! "forget me" (erase saved progress, choices and settings on this computer). Right-to-left
//! languages are listed with a note, in that language, that egui cannot lay them out yet.

use super::UiSet;
use crate::i18n::{Tr, Words};
use crate::library::Progress;
use crate::settings::{Palette, Settings, TEXT_SCALE};
use crate::storage::{Storage, forget};
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, Key, Modifiers};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use glasshouse_words::bidi::Direction;
use glasshouse_words::i18n::LANGUAGES;

/// Whether the settings window is open.
#[derive(Resource, Debug, Default)]
pub struct SettingsOpen(pub bool);

/// The settings window.
pub struct SettingsViewPlugin;

impl Plugin for SettingsViewPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<SettingsOpen>().add_systems(EguiPrimaryContextPass, draw.in_set(UiSet::Overlay));
    }
}

/// For each right-to-left language: the note that egui cannot lay it out, in that language.
fn rtl_notes() -> Vec<(&'static str, String)> {
    LANGUAGES
        .iter()
        .filter(|l| l.direction == Direction::Rtl)
        .map(|l| (l.code, Tr::new(l.code, &|_| Vec::new()).t("ui-language-rtl", &[("language", l.name.to_owned())])))
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    words: Res<Words>,
    mut open: ResMut<SettingsOpen>,
    mut settings: ResMut<Settings>,
    mut progress: ResMut<Progress>,
    storage: Res<Storage>,
    mut confirm: Local<bool>,
    mut status: Local<Option<String>>,
    mut notes: Local<Option<Vec<(&'static str, String)>>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !open.0 {
        return Ok(());
    }
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        open.0 = false;
        return Ok(());
    }
    // Edit a copy: the settings count as changed (and are saved) only when something moved.
    let mut s = settings.clone();
    let mut still_open = true;
    egui::Window::new(words.t("ui-settings", &[])).open(&mut still_open).collapsible(false).show(ctx, |ui| {
        ui.label(words.t("ui-language", &[]));
        ui.horizontal_wrapped(|ui| {
            for l in LANGUAGES {
                ui.radio_value(&mut s.lang, l.code.to_owned(), l.name);
            }
        });
        // egui has no bidi: say so in each right-to-left language itself, and in the current one.
        for (code, note) in notes.get_or_insert_with(rtl_notes).iter() {
            ui.label(note);
            if *code != words.lang {
                let name = LANGUAGES.iter().find(|l| l.code == *code).map_or(*code, |l| l.name);
                ui.label(words.t("ui-language-rtl", &[("language", name.to_owned())]));
            }
        }
        ui.label(words.t("ui-text-size", &[]));
        ui.add(egui::Slider::new(&mut s.text_scale, TEXT_SCALE).step_by(0.05));
        ui.label(words.t("ui-palette", &[]));
        ui.radio_value(&mut s.palette, Palette::Standard, words.t("ui-palette-standard", &[]));
        ui.radio_value(&mut s.palette, Palette::ColourBlindSafe, words.t("ui-palette-safe", &[]));
        ui.checkbox(&mut s.reduced_motion, words.t("ui-reduced-motion", &[]));
        ui.separator();
        ui.label(words.t(
            "ui-saved-where",
            &[("dir", storage.dir.as_ref().map_or_else(|| "—".to_owned(), |d| d.display().to_string()))],
        ));
        if !*confirm {
            if ui.button(words.t("ui-forget", &[])).clicked() {
                *confirm = true;
            }
        } else {
            ui.label(words.t("ui-forget-confirm", &[]));
            ui.horizontal(|ui| {
                if ui.button(words.t("ui-forget-yes", &[])).clicked() {
                    *confirm = false;
                    let result = storage.dir.as_deref().map_or(Ok(()), forget);
                    *status = Some(match result {
                        Ok(()) => {
                            progress.completed.clear();
                            s = Settings { lang: s.lang.clone(), ..Settings::default() };
                            words.t("ui-forgotten", &[])
                        }
                        Err(e) => words.t("ui-forget-failed", &[("error", e.to_string())]),
                    });
                }
                if ui.button(words.t("ui-cancel", &[])).clicked() {
                    *confirm = false;
                }
            });
        }
        if let Some(st) = &*status {
            ui.label(st);
        }
    });
    if !still_open {
        open.0 = false;
    }
    if s != *settings {
        *settings = s;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every right-to-left language has its note that the window cannot lay it out, in itself.
    #[test]
    fn every_right_to_left_language_says_so_in_its_own_words() {
        let notes = rtl_notes();
        let rtl = LANGUAGES.iter().filter(|l| l.direction == Direction::Rtl).count();
        assert_eq!(notes.len(), rtl);
        let english = Tr::new("en", &|_| Vec::new());
        for (code, note) in notes {
            let name = LANGUAGES.iter().find(|l| l.code == code).map_or(code, |l| l.name);
            let tr = Tr::new(code, &|_| Vec::new());
            assert_eq!(note, tr.t("ui-language-rtl", &[("language", name.to_owned())]));
            assert!(tr.fallbacks().is_empty(), "{code}: {:?}", tr.fallbacks());
            assert_ne!(note, english.t("ui-language-rtl", &[("language", name.to_owned())]), "{code}");
        }
    }
}
