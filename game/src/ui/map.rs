//! The federation map, painted: servers as nodes on a ring, sized by how many people use them,
//! each person beside their server, rooms as coloured areas around their members and servers,
//! requests and federation traffic as packets, compromised servers red, ringed and marked ⚠, the
//! learner a star labelled "you". Widgets as functions; no plugin.

use super::theme::Colours;
use crate::i18n::Words;
use crate::playback::{compromised, in_flight};
use bevy_egui::egui::{self, Color32, Pos2, Rect, Sense, Stroke, Ui, Vec2};
use glasshouse_sim::World;
use glasshouse_sim::world::HopKind;
use std::collections::BTreeMap;
use std::f32::consts::TAU;

/// Where everything sits on the map.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Server name → centre.
    pub servers: BTreeMap<String, Pos2>,
    /// Account id → position.
    pub people: BTreeMap<String, Pos2>,
    /// Node radius of the largest server.
    pub server_radius: f32,
    /// Node radius of each server: the more people on it, the larger.
    pub radii: BTreeMap<String, f32>,
    /// Dot radius of a person.
    pub person_radius: f32,
}

impl Layout {
    /// Servers on a ring inside `rect`, each server's accounts fanned outside it.
    pub fn of(world: &World, rect: Rect) -> Layout {
        let c = rect.center();
        let size = rect.width().min(rect.height());
        let ring = size * 0.30;
        let n = world.servers().len().max(1);
        let server_radius = (size * 0.06).clamp(14.0, 34.0);
        let mut servers = BTreeMap::new();
        let mut angles = BTreeMap::new();
        for (i, name) in world.servers().keys().enumerate() {
            let a = TAU * i as f32 / n as f32 - TAU / 4.0;
            let p = if n == 1 { c } else { c + Vec2::angled(a) * ring };
            servers.insert(name.clone(), p);
            angles.insert(name.clone(), if n == 1 { TAU / 4.0 } else { a });
        }
        let mut by_server: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (id, acc) in world.accounts() {
            by_server.entry(acc.server.as_str()).or_default().push(id.as_str());
        }
        let most = by_server.values().map(Vec::len).max().unwrap_or(1);
        let person_radius = if most > 12 { 4.0 } else { 7.0 };
        // Area grows with the users: radius with the square root, from a third of the largest.
        let radii = servers
            .keys()
            .map(|name| {
                let users = by_server.get(name.as_str()).map_or(0, Vec::len) as f32;
                (name.clone(), server_radius * (0.45 + 0.55 * (users / most as f32).sqrt()))
            })
            .collect();
        let mut people = BTreeMap::new();
        for (server, ids) in by_server {
            let (Some(&centre), Some(&a)) = (servers.get(server), angles.get(server)) else { continue };
            let dist = server_radius + size * 0.12;
            // Room for a name beside each dot, within this server's share of the circle.
            let step = (64.0 / dist).max(0.16);
            let spread = (ids.len() as f32 * step).min(if n == 1 { TAU * 0.9 } else { TAU / n as f32 * 0.85 });
            for (j, id) in ids.iter().enumerate() {
                let t = if ids.len() == 1 { 0.0 } else { j as f32 / (ids.len() - 1) as f32 - 0.5 };
                let ring_offset = if ids.len() > 12 { (j % 3) as f32 * 10.0 } else { 0.0 };
                let pa = a + t * spread;
                people.insert((*id).to_owned(), centre + Vec2::angled(pa) * (dist + ring_offset));
            }
        }
        Layout { servers, people, server_radius, radii, person_radius }
    }

    /// The position of a hop's end: a server or a person.
    pub fn at(&self, who: &str) -> Option<Pos2> {
        self.servers.get(who).or_else(|| self.people.get(who)).copied()
    }
}

/// What the map shows.
pub struct MapView<'a> {
    /// The run.
    pub world: &'a World,
    /// Simulated seconds.
    pub now: f64,
    /// Seconds a packet flies.
    pub flight: f64,
    /// Colours.
    pub colours: Colours,
    /// Packets drawn still, at their destination, instead of moving.
    pub reduced_motion: bool,
    /// A server the learner picked (outlined).
    pub selected: Option<&'a str>,
    /// Whether to draw traffic at all (the notebook's map shows only who holds what).
    pub packets: bool,
}

/// Paints the map into the space left in `ui`; returns the server the learner clicked.
pub fn federation_map(ui: &mut Ui, words: &Words, view: &MapView) -> Option<String> {
    let size = ui.available_size().max(Vec2::new(200.0, 200.0));
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 6.0, Color32::from_rgb(0xf7, 0xf7, 0xf4));
    let world = view.world;
    // The legend keeps a column of its own on a wide map, a band above a narrow one, so it never
    // covers a node (large text makes the map narrow).
    let legend_rows = world.rooms().len() as f32 + 7.0;
    let area = if rect.width() >= 700.0 {
        Rect::from_min_max(rect.min + Vec2::new(290.0, 0.0), rect.max)
    } else {
        Rect::from_min_max(rect.min + Vec2::new(0.0, legend_rows * 16.0 + 8.0), rect.max)
    };
    let layout = Layout::of(world, area.shrink(24.0));
    let c = &view.colours;
    let fallen = compromised(world, view.now);

    // Rooms: a coloured area around each room's members and their servers (each room a little
    // wider than the one before, so overlapping rooms stay visible), and a faint link from each
    // member to their server.
    for (ri, (_, room)) in world.rooms().iter().enumerate() {
        let colour = c.room(ri);
        let pad = 14.0 + 5.0 * (ri % 6) as f32;
        let mut points = Vec::new();
        for (id, m) in &room.members {
            if m.left.is_some() {
                continue;
            }
            let Some(acc) = world.accounts().get(id) else { continue };
            for p in [layout.people.get(id), layout.servers.get(&acc.server)].into_iter().flatten() {
                points.extend((0..12).map(|k| *p + Vec2::angled(TAU * k as f32 / 12.0) * pad));
            }
            if let (Some(pp), Some(ps)) = (layout.people.get(id), layout.servers.get(&acc.server)) {
                painter.line_segment([*pp, *ps], Stroke::new(1.0, colour.gamma_multiply(0.5)));
            }
        }
        let hull = convex_hull(points);
        if hull.len() >= 3 {
            painter.add(egui::Shape::convex_polygon(
                hull,
                colour.gamma_multiply(0.16),
                Stroke::new(1.5, colour.gamma_multiply(0.75)),
            ));
        }
    }

    // Packets.
    for (hop, t) in in_flight(world, view.now, view.flight).filter(|_| view.packets) {
        let (Some(from), Some(to)) = (layout.at(&hop.from), layout.at(&hop.to)) else { continue };
        let colour = match hop.kind {
            HopKind::Request => c.request,
            HopKind::Pdu | HopKind::Backfill | HopKind::Media => c.pdu,
            HopKind::ToDevice => c.to_device,
            HopKind::Edu => c.edu,
        };
        if view.reduced_motion {
            painter.arrow(from, (to - from) * 0.9, Stroke::new(2.0, colour));
        } else {
            let p = from + (to - from) * t;
            painter.circle_filled(p, 5.0, colour);
            painter.circle_stroke(p, 5.0, Stroke::new(1.0, Color32::WHITE));
        }
    }

    // People.
    let font = egui::FontId::proportional(12.0);
    let many = world.accounts().len() > 16;
    for (id, p) in &layout.people {
        let Some(acc) = world.accounts().get(id) else { continue };
        let learner = world.setup().people.get(&acc.owner).is_some_and(|p| p.learner);
        if learner {
            // A star with a white edge and "you" in bold beside the name: a shape and a word, not
            // only a colour, and never red like a compromised server.
            let r = layout.person_radius * 1.9;
            super::icons::paint_star(&painter, *p, r, c.learner, Stroke::new(1.5, Color32::WHITE));
            let label = format!("{} ({})", acc.display_name, words.t("ui-map-you", &[]));
            painter.text(
                *p + Vec2::new(0.0, r + 2.0),
                egui::Align2::CENTER_TOP,
                label,
                egui::FontId::proportional(13.0),
                Color32::BLACK,
            );
        } else {
            painter.circle_filled(*p, layout.person_radius, c.person);
            if !many {
                painter.text(
                    *p + Vec2::new(0.0, layout.person_radius + 2.0),
                    egui::Align2::CENTER_TOP,
                    acc.display_name.clone(),
                    font.clone(),
                    Color32::from_gray(40),
                );
            }
        }
    }

    // Servers, on top; each an accessible, clickable node.
    let mut clicked = None;
    for (name, p) in &layout.servers {
        let down = fallen.contains(&name.as_str());
        let fill = if down { c.compromised } else { c.server };
        let r = layout.radii.get(name).copied().unwrap_or(layout.server_radius);
        painter.circle_filled(*p, r, fill);
        painter.circle_stroke(*p, r, Stroke::new(2.0, Color32::WHITE));
        if down {
            // A broken outer ring and a warning sign: compromised is a shape too.
            for k in 0..12 {
                let a0 = TAU * k as f32 / 12.0;
                let arc: Vec<Pos2> =
                    (0..=4).map(|j| *p + Vec2::angled(a0 + TAU / 24.0 * j as f32 / 4.0) * (r + 6.0)).collect();
                painter.add(egui::Shape::line(arc, Stroke::new(3.0, c.compromised)));
            }
            painter.text(*p, egui::Align2::CENTER_CENTER, "⚠", egui::FontId::proportional(r.max(14.0)), Color32::WHITE);
        }
        if view.selected == Some(name.as_str()) {
            painter.circle_stroke(*p, r + 10.0, Stroke::new(2.0, Color32::BLACK));
        }
        let status = if down { words.t("ui-map-server-seized", &[]) } else { String::new() };
        // The name on the side facing the middle: the people sit on the outside.
        let inward = (area.center() - *p).normalized();
        let inward = if inward.length() > 0.5 { inward } else { Vec2::new(0.0, 1.0) };
        let anchor = if inward.y >= 0.0 { egui::Align2::CENTER_TOP } else { egui::Align2::CENTER_BOTTOM };
        painter.text(
            *p + inward * (r + 6.0),
            anchor,
            format!("{name} {status}"),
            egui::FontId::proportional(14.0),
            Color32::BLACK,
        );
        let node = Rect::from_center_size(*p, Vec2::splat(r * 2.0));
        let label = words.t(if down { "ui-map-node-seized" } else { "ui-map-node" }, &[("server", name.clone())]);
        let resp = ui.interact(node, ui.id().with(("server", name)), Sense::click()).on_hover_text(&label);
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, &label));
        if resp.clicked() {
            clicked = Some(name.clone());
        }
    }

    // Legend.
    let mut y = rect.top() + 8.0;
    for (ri, (id, room)) in world.rooms().iter().enumerate() {
        let name = room.spec.name.clone().unwrap_or_else(|| id.clone());
        let lock = if room.spec.encrypted { "🔒" } else { "🔓" };
        painter.rect_filled(
            Rect::from_min_size(Pos2::new(rect.left() + 8.0, y + 3.0), Vec2::new(18.0, 8.0)),
            2.0,
            c.room(ri),
        );
        painter.text(
            Pos2::new(rect.left() + 32.0, y),
            egui::Align2::LEFT_TOP,
            format!("{lock} {name}"),
            font.clone(),
            Color32::BLACK,
        );
        y += 16.0;
    }
    let swatch = Pos2::new(rect.left() + 17.0, y + 7.0);
    super::icons::paint_star(&painter, swatch, 7.0, c.learner, Stroke::new(1.0, Color32::WHITE));
    super::widgets::legend_text(&painter, Pos2::new(rect.left() + 32.0, y), words.t("ui-legend-you", &[]), &font);
    y += 16.0;
    painter.circle_filled(Pos2::new(rect.left() + 17.0, y + 7.0), 6.0, c.compromised);
    super::widgets::legend_text(
        &painter,
        Pos2::new(rect.left() + 32.0, y),
        words.t("ui-legend-compromised", &[]),
        &font,
    );
    y += 16.0;
    painter.circle_filled(Pos2::new(rect.left() + 17.0, y + 7.0), 6.0, c.server);
    super::widgets::legend_text(
        &painter,
        Pos2::new(rect.left() + 32.0, y),
        words.t("ui-legend-server-size", &[]),
        &font,
    );
    y += 16.0;
    for (key, colour) in [
        ("ui-legend-request", c.request),
        ("ui-legend-pdu", c.pdu),
        ("ui-legend-edu", c.edu),
        ("ui-legend-to-device", c.to_device),
    ] {
        painter.circle_filled(Pos2::new(rect.left() + 17.0, y + 7.0), 5.0, colour);
        super::widgets::legend_text(&painter, Pos2::new(rect.left() + 32.0, y), words.t(key, &[]), &font);
        y += 16.0;
    }
    clicked
}

/// The convex hull of `points` (Andrew's monotone chain), counter-clockwise.
fn convex_hull(mut points: Vec<Pos2>) -> Vec<Pos2> {
    points.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    points.dedup();
    if points.len() < 3 {
        return points;
    }
    let cross = |o: Pos2, a: Pos2, b: Pos2| (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    let mut hull: Vec<Pos2> = Vec::with_capacity(points.len() * 2);
    for pass in 0..2 {
        let start = hull.len();
        let iter: Box<dyn Iterator<Item = &Pos2>> =
            if pass == 0 { Box::new(points.iter()) } else { Box::new(points.iter().rev()) };
        for &p in iter {
            while hull.len() >= start + 2 && cross(hull[hull.len() - 2], hull[hull.len() - 1], p) <= 0.0 {
                hull.pop();
            }
            hull.push(p);
        }
        hull.pop();
    }
    hull
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hull_of_a_square_and_its_centre_is_the_square() {
        let pts = vec![
            Pos2::new(0.0, 0.0),
            Pos2::new(1.0, 0.0),
            Pos2::new(1.0, 1.0),
            Pos2::new(0.0, 1.0),
            Pos2::new(0.5, 0.5),
        ];
        let hull = convex_hull(pts);
        assert_eq!(hull.len(), 4, "{hull:?}");
        assert!(!hull.contains(&Pos2::new(0.5, 0.5)));
    }
}
