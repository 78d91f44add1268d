//! The title screen: what Glasshouse is, and the ways in (scenarios, explorer, settings).

use super::settings::SettingsOpen;
use super::widgets::{Canvas, page, scenario_title};
use crate::library::{Library, Progress};
use crate::screen::{Nav, Navigation, Screen, open_scenario};
use crate::session::SessionRequests;
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, RichText};

/// Draws the title screen.
pub(super) fn draw(
    mut canvas: Canvas,
    library: Res<Library>,
    progress: Res<Progress>,
    mut nav: ResMut<Navigation>,
    mut requests: ResMut<SessionRequests>,
    mut settings_open: ResMut<SettingsOpen>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    page(ctx, *rect, "title", |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.15);
            ui.label(RichText::new(words.t("ui-app-name", &[])).size(48.0).strong());
            ui.label(RichText::new(words.t("ui-tagline", &[])).size(20.0));
            ui.add_space(24.0);
            let done = library.entries.iter().filter(|e| progress.completed.contains(&e.name)).count();
            ui.label(
                words.t("ui-progress", &[("done", done.to_string()), ("total", library.entries.len().to_string())]),
            );
            ui.add_space(16.0);
            let size = egui::vec2(360.0, 40.0);
            let start = match library.entries.first() {
                Some(first) => {
                    let title = scenario_title(words, &first.name);
                    let b = ui.add_sized(
                        size,
                        egui::Button::new(RichText::new(words.t("ui-start-first", &[("title", title)])).strong()),
                    );
                    if b.clicked() {
                        open_scenario(&mut requests, &mut nav, &first.name);
                    }
                    b
                }
                None => ui.label(words.t("ui-library-empty", &[])),
            };
            if ui.add_sized(size, egui::Button::new(words.t("ui-open-scenarios", &[]))).clicked() {
                nav.0.push(Nav::Go(Screen::Scenarios));
            }
            if ui.memory(|m| m.focused().is_none()) {
                start.request_focus();
            }
            if ui.add_sized(size, egui::Button::new(words.t("ui-open-explorer", &[]))).clicked() {
                nav.0.push(Nav::Go(Screen::Explorer));
            }
            if ui.add_sized(size, egui::Button::new(words.t("ui-settings", &[]))).clicked() {
                settings_open.0 = true;
            }
            ui.add_space(24.0);
            ui.label(RichText::new(words.t("ui-offline-note", &[])).small());
        });
    });
    Ok(())
}
