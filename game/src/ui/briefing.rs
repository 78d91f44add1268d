//! The briefing: the story, the objectives, what the learner controls and how long it takes.

use super::widgets::{Canvas, choice_label, scenario_title, scrolling_page, section, value_label};
use crate::library::Library;
use crate::session::Session;
use bevy::ecs::prelude::*;
use bevy_egui::egui::RichText;

/// Draws the briefing.
pub(super) fn draw(mut canvas: Canvas, library: Res<Library>, session: Res<Session>) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    let Some(s) = session.scenario.as_deref().and_then(|n| library.get(n)) else { return Ok(()) };
    scrolling_page(ctx, *rect, "briefing", |ui| {
        ui.heading(scenario_title(words, &s.id));
        ui.label(words.t("ui-minutes", &[("minutes", s.minutes.to_string())]));
        section(ui, words.t("ui-story", &[]));
        ui.label(words.t(&format!("scenario-{}-briefing", s.id), &[]));
        section(ui, words.t("ui-objectives", &[]));
        if let Ok(setup) = s.setup(&session.selection) {
            for o in &setup.objectives {
                ui.label(format!("• {}", words.t(&format!("objective-{}-{}", s.id, o.id), &[])));
            }
        }
        section(ui, words.t("ui-you-control", &[]));
        for c in s.in_file_order() {
            let key = &c.key;
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(choice_label(words, s, key)).strong());
                let values: Vec<String> = c.values.iter().map(|v| value_label(words, s, key, v)).collect();
                ui.label(values.join(" · "));
            });
        }
    });
    Ok(())
}
