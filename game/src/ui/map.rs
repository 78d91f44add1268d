//! The federation map, painted: servers as nodes on a ring, each person beside their server,
//! rooms as coloured links between the servers that take part, requests and federation traffic
//! as packets, compromised servers red and ringed. Widgets as functions; no plugin.

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
    /// Node radius of a server.
    pub server_radius: f32,
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
        Layout { servers, people, server_radius, person_radius }
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
    let size = ui.available_size().max(Vec2::new(320.0, 260.0));
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 6.0, Color32::from_rgb(0xf7, 0xf7, 0xf4));
    let world = view.world;
    let layout = Layout::of(world, rect.shrink(24.0));
    let c = &view.colours;
    let fallen = compromised(world, view.now);

    // Rooms: one coloured link per pair of servers with members in the room.
    let nrooms = world.rooms().len().max(1) as f32;
    for (ri, (_, room)) in world.rooms().iter().enumerate() {
        let mut servers: Vec<&str> = room
            .members
            .iter()
            .filter(|(_, m)| m.left.is_none())
            .filter_map(|(id, _)| world.accounts().get(id).map(|a| a.server.as_str()))
            .collect();
        servers.sort_unstable();
        servers.dedup();
        let offset = (ri as f32 - (nrooms - 1.0) / 2.0) * 5.0;
        let colour = c.room(ri);
        for (i, a) in servers.iter().enumerate() {
            for b in &servers[i + 1..] {
                if let (Some(pa), Some(pb)) = (layout.servers.get(*a), layout.servers.get(*b)) {
                    let normal = (*pb - *pa).normalized().rot90() * offset;
                    painter.line_segment([*pa + normal, *pb + normal], Stroke::new(3.0, colour.gamma_multiply(0.7)));
                }
            }
            // Members' links to their server, in the room's colour.
            for (id, m) in &room.members {
                if m.left.is_some() {
                    continue;
                }
                if let (Some(acc), Some(pp), Some(ps)) =
                    (world.accounts().get(id), layout.people.get(id), layout.servers.get(*a))
                    && acc.server == *a
                {
                    painter.line_segment([*pp, *ps], Stroke::new(1.0, colour.gamma_multiply(0.5)));
                }
            }
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
        let colour = if learner { c.learner } else { c.person };
        painter.circle_filled(*p, layout.person_radius, colour);
        if learner || !many {
            let label = if learner { format!("★ {}", acc.display_name) } else { acc.display_name.clone() };
            painter.text(
                *p + Vec2::new(0.0, layout.person_radius + 2.0),
                egui::Align2::CENTER_TOP,
                label,
                font.clone(),
                Color32::from_gray(40),
            );
        }
    }

    // Servers, on top; each an accessible, clickable node.
    let mut clicked = None;
    for (name, p) in &layout.servers {
        let down = fallen.contains(&name.as_str());
        let fill = if down { c.compromised } else { c.server };
        let r = layout.server_radius;
        painter.circle_filled(*p, r, fill);
        if down {
            painter.circle_stroke(*p, r + 5.0, Stroke::new(3.0, c.compromised));
            painter.text(*p, egui::Align2::CENTER_CENTER, "⚠", egui::FontId::proportional(r), Color32::WHITE);
        }
        if view.selected == Some(name.as_str()) {
            painter.circle_stroke(*p, r + 10.0, Stroke::new(2.0, Color32::BLACK));
        }
        let status = if down { words.t("ui-map-server-seized", &[]) } else { String::new() };
        // The name on the side facing the middle: the people sit on the outside.
        let inward = (rect.center() - *p).normalized();
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
