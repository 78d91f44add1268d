//! Widgets as functions: the page a screen draws into, headings, labels of scenario choices,
//! the stored-JSON viewer, and the marks that never rely on colour alone.

use crate::i18n::Words;
use bevy::ecs::prelude::*;
use bevy::ecs::system::SystemParam;
use bevy_egui::EguiContexts;
use bevy_egui::egui::{self, Color32, Id, LayerId, RichText, Ui, UiBuilder};
use glasshouse_sim::Scenario;
use glasshouse_sim::scenario::ChoiceValue;

/// The part of the window left for the screen's content once the bars are drawn.
#[derive(Resource, Debug, Clone, Copy)]
pub struct ContentRect(pub egui::Rect);

impl Default for ContentRect {
    fn default() -> ContentRect {
        ContentRect(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0)))
    }
}

/// What every screen's drawing system reads: egui, the page area and the learner's words.
#[derive(SystemParam)]
pub struct Canvas<'w, 's> {
    contexts: EguiContexts<'w, 's>,
    rect: Res<'w, ContentRect>,
    words: Res<'w, Words>,
}

impl Canvas<'_, '_> {
    /// The egui context, the page area and the words, borrowed together.
    pub fn parts(&mut self) -> Result<(&mut egui::Context, &ContentRect, &Words)> {
        let ctx = self.contexts.ctx_mut()?;
        Ok((ctx, &self.rect, &self.words))
    }
}

/// Draws a screen's content into the page area.
pub fn page<R>(ctx: &egui::Context, rect: ContentRect, id: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    let mut root = Ui::new(ctx.clone(), Id::new(id), UiBuilder::new().layer_id(LayerId::background()).max_rect(rect.0));
    egui::CentralPanel::default().show(&mut root, add).inner
}

/// A page that scrolls vertically.
pub fn scrolling_page<R>(ctx: &egui::Context, rect: ContentRect, id: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    page(ctx, rect, id, |ui| egui::ScrollArea::vertical().id_salt(id).auto_shrink([false, false]).show(ui, add).inner)
}

/// The scenario's title in the learner's language (its id when the prose lacks one).
pub fn scenario_title(words: &Words, id: &str) -> String {
    words.tr.maybe(&format!("scenario-{id}"), &[]).unwrap_or_else(|| id.to_owned())
}

/// A choice's label from the scenario's prose, else its key.
pub fn choice_label(words: &Words, scenario: &Scenario, key: &str) -> String {
    words.tr.maybe(&format!("choice-{}-{key}", scenario.id), &[]).unwrap_or_else(|| key.to_owned())
}

/// A choice value's label: the prose's `choice-ID-KEY-VALUE`, yes/no for booleans, "nobody"
/// for an empty list, else the value as written.
pub fn value_label(words: &Words, scenario: &Scenario, key: &str, value: &ChoiceValue) -> String {
    let text = value.to_string();
    if let Some(l) = words.tr.maybe(&format!("choice-{}-{key}-{text}", scenario.id), &[]) {
        return l;
    }
    match value {
        ChoiceValue::Bool(true) => words.t("ui-yes", &[]),
        ChoiceValue::Bool(false) => words.t("ui-no", &[]),
        ChoiceValue::List(items) if items.is_empty() => words.t("ui-nobody", &[]),
        _ => text,
    }
}

/// A met / missed mark: a symbol and a word as well as a colour.
pub fn outcome_mark(ui: &mut Ui, words: &Words, met: bool, good: Color32, bad: Color32) {
    let (symbol, key, colour) = if met { ("✔", "ui-met", good) } else { ("✘", "ui-missed", bad) };
    ui.label(RichText::new(format!("{symbol} {}", words.t(key, &[]))).strong().color(colour));
}

/// Stored JSON, monospace and selectable, in a scroll area of its own.
pub fn json_view(ui: &mut Ui, id: &str, text: &str) {
    egui::ScrollArea::both().id_salt(id).max_height(360.0).auto_shrink([false, true]).show(ui, |ui| {
        let mut shown = text;
        ui.add(egui::TextEdit::multiline(&mut shown).code_editor().desired_width(f32::INFINITY));
    });
}

/// A section heading.
pub fn section(ui: &mut Ui, text: impl Into<String>) {
    ui.add_space(super::theme::space::L);
    ui.heading(text.into());
    ui.add_space(super::theme::space::XS);
}

/// A screen's title, in the type scale's largest step.
pub fn page_title(ui: &mut Ui, text: impl Into<String>) {
    ui.label(RichText::new(text.into()).text_style(super::theme::display()).strong());
    ui.add_space(super::theme::space::S);
}

/// A card: white, with a thin edge, rounded corners and room inside; `accent` marks its left edge.
pub fn card<R>(ui: &mut Ui, accent: Option<Color32>, add: impl FnOnce(&mut Ui) -> R) -> R {
    use super::theme::{CARD, EDGE, space};
    let inner = egui::Frame::new()
        .fill(CARD)
        .stroke(egui::Stroke::new(1.0, EDGE))
        .corner_radius(egui::CornerRadius::same(10))
        .inner_margin(egui::Margin::same(space::M as i8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        });
    if let Some(colour) = accent {
        let r = inner.response.rect;
        let bar = egui::Rect::from_min_max(
            r.left_top() + egui::vec2(0.0, 10.0),
            egui::pos2(r.left() + 4.0, r.bottom() - 10.0),
        );
        ui.painter().rect_filled(bar, 2.0, colour);
    }
    ui.add_space(space::S);
    inner.inner
}

/// The text of one row of a painted legend, to the right of its swatch.
pub fn legend_text(painter: &egui::Painter, at: egui::Pos2, text: String, font: &egui::FontId) {
    painter.text(at, egui::Align2::LEFT_TOP, text, font.clone(), Color32::BLACK);
}
