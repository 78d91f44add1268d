//! The decentralisation explorer: sliders for servers, users, how users spread and how many
//! servers fall, and a live chart of what that exposes (the core's exposure curve).

use super::theme::Colours;
use super::widgets::{Canvas, scrolling_page, section};
use crate::explorer::Explorer;
use crate::i18n::Words;
use crate::settings::Settings;
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, Color32, Pos2, Rect, Sense, Stroke, Ui, Vec2};
use glasshouse_sim::explorer::{Exposure, SizeDist, Strategy};

/// Draws the explorer screen.
pub(super) fn draw(mut canvas: Canvas, settings: Res<Settings>, mut explorer: ResMut<Explorer>) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    let colours = Colours::of(settings.palette);
    // Edit a copy so the resource only counts as changed when a slider really moved.
    let mut p = explorer.params.clone();
    scrolling_page(ctx, *rect, "explorer", |ui| {
        ui.heading(words.t("ui-explorer-title", &[]));
        ui.label(words.t("ui-explorer-intro", &[]));
        egui::Grid::new("explorer-params").num_columns(2).spacing([16.0, 8.0]).show(ui, |ui| {
            ui.label(words.t("ui-explorer-servers", &[]));
            ui.add(egui::Slider::new(&mut p.servers, 1..=10_000).logarithmic(true));
            ui.end_row();
            ui.label(words.t("ui-explorer-users", &[]));
            ui.add(egui::Slider::new(&mut p.users, 1..=1_000_000).logarithmic(true));
            ui.end_row();
            ui.label(words.t("ui-explorer-dist", &[]));
            ui.horizontal_wrapped(|ui| {
                let uniform = matches!(p.dist, SizeDist::Uniform);
                let zipf = matches!(p.dist, SizeDist::Zipf { .. });
                let giant = matches!(p.dist, SizeDist::Giant { .. });
                if ui.radio(uniform, words.t("ui-explorer-uniform", &[])).clicked() {
                    p.dist = SizeDist::Uniform;
                }
                if ui.radio(zipf, words.t("ui-explorer-zipf", &[])).clicked() && !zipf {
                    p.dist = SizeDist::Zipf { exponent: 1.0 };
                }
                if ui.radio(giant, words.t("ui-explorer-giant", &[])).clicked() && !giant {
                    p.dist = SizeDist::Giant { share: 0.5 };
                }
                match &mut p.dist {
                    SizeDist::Zipf { exponent } => {
                        ui.add(egui::Slider::new(exponent, 0.0..=3.0).text(words.t("ui-explorer-exponent", &[])));
                    }
                    SizeDist::Giant { share } => {
                        ui.add(egui::Slider::new(share, 0.01..=1.0).text(words.t("ui-explorer-share", &[])));
                    }
                    SizeDist::Uniform => {}
                }
            });
            ui.end_row();
            ui.label(words.t("ui-explorer-strategy", &[]));
            ui.horizontal(|ui| {
                ui.radio_value(&mut p.strategy, Strategy::Top, words.t("ui-explorer-top", &[]));
                ui.radio_value(&mut p.strategy, Strategy::Random, words.t("ui-explorer-random", &[]));
            });
            ui.end_row();
            ui.label(words.t("ui-explorer-k", &[]));
            ui.add(egui::Slider::new(&mut p.k, 1..=p.servers.max(1)).logarithmic(p.servers > 100));
            ui.end_row();
        });
        if let Some(e) = &explorer.error {
            let args: Vec<(&str, String)> = e.args();
            ui.label(egui::RichText::new(words.t(&format!("error-scale-{}", e.code()), &args)).color(colours.bad));
        }
        if let Some(r) = explorer.result {
            section(ui, words.t("ui-explorer-result", &[]));
            ui.label(words.t(
                "ui-explorer-summary",
                &[
                    ("k", r.servers_compromised.to_string()),
                    ("users", r.users_ip_exposed.to_string()),
                    ("users_pct", pct(r.users_ip_exposed_share)),
                    ("rooms", r.rooms_exposed.to_string()),
                    ("rooms_pct", pct(r.rooms_exposed_share)),
                ],
            ));
            chart(ui, words, &explorer.curve, r.servers_compromised, &colours);
        }
    });
    if p != explorer.params {
        explorer.params = p;
    }
    Ok(())
}

fn pct(share: f64) -> String {
    format!("{:.1}", share * 100.0)
}

/// Exposure against servers compromised: users whose IP is exposed and rooms exposed, in %.
fn chart(ui: &mut Ui, words: &Words, curve: &[Exposure], k: u32, colours: &Colours) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(ui.available_width().min(900.0), 320.0), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, Color32::from_rgb(0xfa, 0xfa, 0xfa));
    let plot = Rect::from_min_max(rect.min + Vec2::new(48.0, 12.0), rect.max - Vec2::new(12.0, 36.0));
    let axis = Stroke::new(1.0, Color32::DARK_GRAY);
    painter.line_segment([plot.left_bottom(), plot.right_bottom()], axis);
    painter.line_segment([plot.left_bottom(), plot.left_top()], axis);
    let font = egui::FontId::proportional(12.0);
    for pctl in [0, 25, 50, 75, 100] {
        let y = plot.bottom() - plot.height() * pctl as f32 / 100.0;
        painter.text(
            Pos2::new(plot.left() - 6.0, y),
            egui::Align2::RIGHT_CENTER,
            format!("{pctl}%"),
            font.clone(),
            Color32::BLACK,
        );
        painter.line_segment(
            [Pos2::new(plot.left(), y), Pos2::new(plot.right(), y)],
            Stroke::new(0.5, Color32::LIGHT_GRAY),
        );
    }
    let max_k = curve.last().map_or(1, |e| e.servers_compromised).max(1) as f32;
    // A logarithmic x axis when there are many servers, so the first few falls are visible.
    let log = max_k > 50.0;
    let x_of = |k: f32| {
        let f = if log { (k.max(1.0)).ln() / max_k.ln() } else { k / max_k };
        plot.left() + plot.width() * f.clamp(0.0, 1.0)
    };
    let y_of = |share: f64| plot.bottom() - plot.height() * share.clamp(0.0, 1.0) as f32;
    for (colour, get) in [
        (colours.bad, (|e: &Exposure| e.users_ip_exposed_share) as fn(&Exposure) -> f64),
        (colours.pdu, |e: &Exposure| e.rooms_exposed_share),
    ] {
        let points: Vec<Pos2> =
            curve.iter().map(|e| Pos2::new(x_of(e.servers_compromised as f32), y_of(get(e)))).collect();
        painter.add(egui::Shape::line(points, Stroke::new(2.5, colour)));
    }
    let xk = x_of(k as f32);
    painter.line_segment([Pos2::new(xk, plot.top()), Pos2::new(xk, plot.bottom())], Stroke::new(1.5, Color32::BLACK));
    painter.text(
        Pos2::new(plot.center().x, rect.bottom() - 4.0),
        egui::Align2::CENTER_BOTTOM,
        words.t(if log { "ui-explorer-axis-log" } else { "ui-explorer-axis" }, &[("max", format!("{max_k}"))]),
        font.clone(),
        Color32::BLACK,
    );
    let mut y = plot.top() + 4.0;
    for (colour, key) in [(colours.bad, "ui-explorer-line-users"), (colours.pdu, "ui-explorer-line-rooms")] {
        painter.line_segment(
            [Pos2::new(plot.left() + 8.0, y + 7.0), Pos2::new(plot.left() + 28.0, y + 7.0)],
            Stroke::new(2.5, colour),
        );
        super::widgets::legend_text(&painter, Pos2::new(plot.left() + 34.0, y), words.t(key, &[]), &font);
        y += 16.0;
    }
}
