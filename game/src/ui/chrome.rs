//! The bars around every page: where the learner is (scenario, steps of the loop), settings,
//! Back and Continue, and the keyboard shortcuts that work everywhere.

use super::UiSet;
use super::settings::SettingsOpen;
use super::widgets::{ContentRect, scenario_title};
use crate::i18n::Words;
use crate::screen::{Nav, Navigation, Screen};
use crate::session::Session;
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use bevy_egui::egui::{self, Id, Key, LayerId, Modifiers, RichText, Ui, UiBuilder};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// The steps of the loop once a scenario is open, in order.
const STEPS: [(Screen, &str); 5] = [
    (Screen::Briefing, "ui-step-briefing"),
    (Screen::Setup, "ui-step-setup"),
    (Screen::Run, "ui-step-run"),
    (Screen::Notebook, "ui-step-notebook"),
    (Screen::Debrief, "ui-step-debrief"),
];

/// The title bar, the navigation bar and the global shortcuts.
pub struct ChromePlugin;

impl Plugin for ChromePlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<ContentRect>().add_systems(EguiPrimaryContextPass, bars.in_set(UiSet::Chrome));
    }
}

/// What Continue says and does on a screen (`None`: no Continue button).
fn continue_of(screen: Screen) -> Option<(&'static str, Nav)> {
    match screen {
        Screen::Title => Some(("ui-start", Nav::Next)),
        Screen::Scenarios | Screen::Explorer => None,
        Screen::Briefing => Some(("ui-to-setup", Nav::Next)),
        Screen::Setup => Some(("ui-to-run", Nav::Next)),
        Screen::Run => Some(("ui-to-notebook", Nav::Next)),
        Screen::Notebook => Some(("ui-to-debrief", Nav::Next)),
        Screen::Debrief => Some(("ui-to-scenarios", Nav::Go(Screen::Scenarios))),
    }
}

fn bars(
    mut contexts: EguiContexts,
    state: Res<State<Screen>>,
    session: Res<Session>,
    words: Res<Words>,
    mut nav: ResMut<Navigation>,
    mut settings_open: ResMut<SettingsOpen>,
    mut content: ResMut<ContentRect>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let screen = *state.get();
    let mut root = Ui::new(
        ctx.clone(),
        Id::new("chrome"),
        UiBuilder::new().layer_id(LayerId::background()).max_rect(ctx.content_rect()),
    );
    egui::Panel::top("title-bar").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(words.t("ui-app-name", &[])).strong());
            if let Some(id) = session.scenario.as_deref().filter(|_| screen.needs_scenario()) {
                ui.separator();
                ui.label(RichText::new(scenario_title(&words, id)).strong());
                ui.separator();
                for (i, (step, key)) in STEPS.iter().enumerate() {
                    let label = format!("{}. {}", i + 1, words.t(key, &[]));
                    if ui.selectable_label(*step == screen, label).clicked() {
                        nav.0.push(Nav::Go(*step));
                    }
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(words.t("ui-settings", &[])).on_hover_text(words.t("ui-settings-key", &[])).clicked() {
                    settings_open.0 = !settings_open.0;
                }
            });
        });
    });
    egui::Panel::bottom("nav-bar").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if screen != Screen::Title
                && ui
                    .button(format!("← {}", words.t("ui-back", &[])))
                    .on_hover_text(words.t("ui-back-key", &[]))
                    .clicked()
            {
                nav.0.push(Nav::Back);
            }
            ui.label(RichText::new(words.t("ui-keys", &[])).small());
            if let Some((key, to)) = continue_of(screen) {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let b = egui::Button::new(RichText::new(format!("{} →", words.t(key, &[]))).strong());
                    if ui.add(b).on_hover_text(words.t("ui-continue-key", &[])).clicked() {
                        nav.0.push(to);
                    }
                });
            }
        });
    });
    content.0 = root.available_rect_before_wrap();
    // Shortcuts that work on every screen (egui's Tab / Shift-Tab / Space / Enter move between
    // and press the focused widget).
    let (back, forward, settings) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::ALT, Key::ArrowLeft),
            i.consume_key(Modifiers::ALT, Key::ArrowRight),
            i.consume_key(Modifiers::NONE, Key::F2),
        )
    });
    if back && screen != Screen::Title {
        nav.0.push(Nav::Back);
    }
    if forward && let Some((_, to)) = continue_of(screen) {
        nav.0.push(to);
    }
    if settings {
        settings_open.0 = !settings_open.0;
    }
    Ok(())
}
