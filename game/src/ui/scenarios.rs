//! The scenario list, grouped like the book, with completion marks, and the problems of any
//! trainer's scenario file that failed its check (the last good version stays in the list).

use super::widgets::{Canvas, scenario_title, scrolling_page, section};
use crate::hot_reload::ReloadErrors;
use crate::library::{Library, Progress};
use crate::screen::{Navigation, open_scenario};
use crate::session::SessionRequests;
use crate::words::diagnostic;
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, RichText};

/// Draws the scenario list.
pub(super) fn draw(
    mut canvas: Canvas,
    library: Res<Library>,
    progress: Res<Progress>,
    errors: Res<ReloadErrors>,
    mut nav: ResMut<Navigation>,
    mut requests: ResMut<SessionRequests>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    scrolling_page(ctx, *rect, "scenarios", |ui| {
        ui.heading(words.t("ui-scenarios-title", &[]));
        for (path, e) in &errors.0 {
            ui.group(|ui| {
                ui.label(
                    RichText::new(words.t("ui-reload-failed", &[("file", path.display().to_string())]))
                        .strong()
                        .color(egui::Color32::from_rgb(0xc6, 0x28, 0x28)),
                );
                let mut text = String::new();
                for d in &e.diagnostics {
                    text.push_str(&diagnostic(&words.tr, &path.display().to_string(), &e.text, d));
                }
                ui.label(RichText::new(text).monospace());
            });
        }
        for (chapter, entries) in library.by_chapter() {
            let heading = if chapter.is_empty() {
                words.t("ui-chapter-other", &[])
            } else {
                words.t(&format!("chapter-{chapter}"), &[])
            };
            section(ui, heading);
            for e in entries {
                ui.horizontal(|ui| {
                    let done = progress.completed.contains(&e.name);
                    let mark = if done { format!("✔ {}", words.t("ui-done", &[])) } else { "○".to_owned() };
                    ui.label(RichText::new(mark).monospace());
                    let title = scenario_title(words, &e.name);
                    let open = ui.button(RichText::new(&title).strong());
                    ui.label(words.t("ui-minutes", &[("minutes", e.scenario.minutes.to_string())]));
                    ui.label(RichText::new(&e.name).small().weak());
                    if open.clicked() {
                        open_scenario(&mut requests, &mut nav, &e.name);
                    }
                });
            }
        }
    });
    Ok(())
}
