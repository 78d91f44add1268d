//! Icons drawn with egui's painter (no icon font, no download): one per debrief group (who you
//! are, where you are, who you talk to, what you said, when you are active, your devices) and a
//! severity badge (a meter of one to three bars and the words, never colour alone).

use super::theme::{CARD, Colours, space};
use bevy_egui::egui::{self, Color32, Pos2, Rect, Response, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2};
use glasshouse_sim::debrief::{GroupKind, Severity};
use std::f32::consts::{PI, TAU};

/// Points on an arc around `c` from angle `a0` to `a1`.
fn arc(c: Pos2, r: f32, a0: f32, a1: f32, n: usize) -> Vec<Pos2> {
    (0..=n).map(|i| c + Vec2::angled(a0 + (a1 - a0) * i as f32 / n as f32) * r).collect()
}

/// Paints a group's icon in `rect` (white on a disc of `colour`).
pub fn paint_group(painter: &egui::Painter, rect: Rect, kind: GroupKind, colour: Color32) {
    let c = rect.center();
    let r = rect.width().min(rect.height()) / 2.0;
    painter.circle_filled(c, r, colour);
    let u = r / 10.0;
    let ink = Color32::WHITE;
    let line = Stroke::new(1.6 * u, ink);
    match kind {
        GroupKind::Identity => {
            painter.circle_filled(c + vec2(0.0, -2.6 * u), 2.6 * u, ink);
            let mut body = arc(c + vec2(0.0, 6.2 * u), 5.0 * u, PI, TAU, 12);
            body.push(c + vec2(5.0 * u, 6.2 * u));
            painter.add(Shape::convex_polygon(body, ink, Stroke::NONE));
        }
        GroupKind::Location => {
            let head = c + vec2(0.0, -1.8 * u);
            painter.add(Shape::convex_polygon(
                vec![head + vec2(-3.9 * u, 1.4 * u), c + vec2(0.0, 6.4 * u), head + vec2(3.9 * u, 1.4 * u)],
                ink,
                Stroke::NONE,
            ));
            painter.circle_filled(head, 4.2 * u, ink);
            painter.circle_filled(head, 1.6 * u, colour);
        }
        GroupKind::Network => {
            let pts = [c + vec2(0.0, -4.6 * u), c + vec2(-4.6 * u, 3.4 * u), c + vec2(4.6 * u, 3.4 * u)];
            for (i, a) in pts.iter().enumerate() {
                painter.line_segment([*a, pts[(i + 1) % 3]], line);
            }
            for p in pts {
                painter.circle_filled(p, 2.2 * u, ink);
            }
        }
        GroupKind::Content => {
            let bubble = Rect::from_center_size(c + vec2(0.0, -1.2 * u), vec2(11.0 * u, 7.6 * u));
            painter.rect_filled(bubble, 2.0 * u, ink);
            painter.add(Shape::convex_polygon(
                vec![
                    bubble.left_bottom() + vec2(2.0 * u, 0.0),
                    bubble.left_bottom() + vec2(5.2 * u, 0.0),
                    c + vec2(-3.6 * u, 6.0 * u),
                ],
                ink,
                Stroke::NONE,
            ));
            for dx in [-3.0, 0.0, 3.0] {
                painter.circle_filled(bubble.center() + vec2(dx * u, 0.0), 1.0 * u, colour);
            }
        }
        GroupKind::Activity => {
            painter.circle_stroke(c, 5.6 * u, line);
            painter.line_segment([c, c + vec2(0.0, -4.0 * u)], line);
            painter.line_segment([c, c + vec2(3.0 * u, 1.2 * u)], line);
        }
        GroupKind::Devices => {
            let phone = Rect::from_center_size(c, vec2(7.0 * u, 12.0 * u));
            painter.rect_stroke(phone, 1.6 * u, line, egui::StrokeKind::Middle);
            painter.circle_filled(phone.center_bottom() + vec2(0.0, -1.8 * u), 0.9 * u, ink);
        }
    }
}

/// A group's icon as a widget of `size` points, labelled for screen readers.
pub fn group_icon(ui: &mut Ui, kind: GroupKind, colour: Color32, size: f32, label: &str) -> Response {
    let (rect, resp) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    paint_group(ui.painter(), rect, kind, colour);
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Image, true, label));
    resp
}

/// How many bars of three a severity fills: finding or naming you 3, acting as or reading you 2,
/// mapping or watching you 1.
pub fn bars(s: Severity) -> usize {
    match s {
        Severity::Locate | Severity::Identify => 3,
        Severity::Impersonate | Severity::Read => 2,
        Severity::MapNetwork | Severity::Watch => 1,
    }
}

/// A severity badge: a rounded tag in the severity's colour with a meter and the words.
pub fn severity_badge(ui: &mut Ui, colours: &Colours, s: Severity, text: &str) -> Response {
    let colour = colours.of_severity(s);
    let font = egui::TextStyle::Small.resolve(ui.style());
    let galley = ui.painter().layout_no_wrap(text.to_owned(), font, Color32::WHITE);
    let meter = 3.0 * 5.0;
    let pad = vec2(space::S, space::XS);
    let size = vec2(pad.x * 2.0 + meter + space::S + galley.size().x, pad.y * 2.0 + galley.size().y.max(12.0));
    let (rect, resp) = ui.allocate_exact_size(size, Sense::hover());
    let p = ui.painter();
    p.rect_filled(rect, rect.height() / 2.0, colour);
    let base = pos2(rect.left() + pad.x, rect.center().y + 6.0);
    for i in 0..3 {
        let h = 4.0 + 4.0 * i as f32;
        let bar =
            Rect::from_min_max(pos2(base.x + i as f32 * 5.0, base.y - h), pos2(base.x + i as f32 * 5.0 + 3.5, base.y));
        let on = i < bars(s);
        p.rect_filled(bar, 1.0, if on { Color32::WHITE } else { CARD.gamma_multiply(0.35) });
    }
    let at = pos2(rect.left() + pad.x + meter + space::S, rect.center().y - galley.size().y / 2.0);
    p.galley(at, galley, Color32::WHITE);
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, text));
    resp
}

/// A count in a small round tag ("3").
pub fn count_chip(ui: &mut Ui, count: usize, colour: Color32) -> Response {
    let text = count.to_string();
    let font = egui::TextStyle::Small.resolve(ui.style());
    let galley = ui.painter().layout_no_wrap(text.clone(), font, colour);
    let size = vec2((galley.size().x + 12.0).max(galley.size().y + 6.0), galley.size().y + 6.0);
    let (rect, resp) = ui.allocate_exact_size(size, Sense::hover());
    ui.painter().rect_stroke(rect, rect.height() / 2.0, Stroke::new(1.5, colour), egui::StrokeKind::Inside);
    ui.painter().galley(rect.center() - galley.size() / 2.0, galley, colour);
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Label, true, &text));
    resp
}

/// The learner's mark on the map: a five-pointed star (a shape, not only a colour).
pub fn paint_star(painter: &egui::Painter, c: Pos2, r: f32, fill: Color32, stroke: Stroke) {
    let pts: Vec<Pos2> = (0..10)
        .map(|i| {
            let radius = if i % 2 == 0 { r } else { r * 0.45 };
            c + Vec2::angled(-PI / 2.0 + i as f32 * PI / 5.0) * radius
        })
        .collect();
    // A star is not convex: a fan of triangles from the centre.
    for i in 0..10 {
        painter.add(Shape::convex_polygon(vec![c, pts[i], pts[(i + 1) % 10]], fill, Stroke::NONE));
    }
    painter.add(Shape::closed_line(pts, stroke));
}
