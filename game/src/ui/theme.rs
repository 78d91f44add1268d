//! Colours, type scale and spacing: the standard palette or Okabe–Ito's colour-blind-safe one,
//! one type scale and one spacing scale for every screen, and the learner's text scale applied to
//! every widget.

use super::UiSet;
use crate::settings::{Palette, Settings};
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

/// The type scale, in points at 100 % text size (a ratio of about 1.25 between steps).
pub mod scale {
    /// A screen's title.
    pub const DISPLAY: f32 = 30.0;
    /// A section of a screen.
    pub const HEADING: f32 = 22.0;
    /// A card's title.
    pub const SUBHEADING: f32 = 18.0;
    /// Reading text and buttons.
    pub const BODY: f32 = 16.0;
    /// Stored JSON.
    pub const MONO: f32 = 14.0;
    /// Captions, legends, evidence.
    pub const SMALL: f32 = 13.0;
}

/// The spacing scale, in points: every gap and margin is one of these.
pub mod space {
    /// Between a label and its mark.
    pub const XS: f32 = 4.0;
    /// Between lines of one thing.
    pub const S: f32 = 8.0;
    /// Inside a card.
    pub const M: f32 = 14.0;
    /// Between cards.
    pub const L: f32 = 20.0;
    /// Before a section.
    pub const XL: f32 = 32.0;
}

/// The text style of a screen's title.
pub fn display() -> egui::TextStyle {
    egui::TextStyle::Name("display".into())
}

/// The text style of a card's title.
pub fn subheading() -> egui::TextStyle {
    egui::TextStyle::Name("subheading".into())
}

/// The page behind the cards.
pub const PAGE: Color32 = rgb(0xf4f3ef);
/// A card.
pub const CARD: Color32 = rgb(0xffffff);
/// A card's edge.
pub const EDGE: Color32 = rgb(0xd9d6cf);
/// Text that says less (captions, counts): still 4.5:1 on a card.
pub const MUTED: Color32 = rgb(0x595959);
/// Reading text.
pub const INK: Color32 = rgb(0x1c1c1c);

/// The colours the window draws with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colours {
    /// A server that holds nothing the adversary has.
    pub server: Color32,
    /// A server in the adversary's hands.
    pub compromised: Color32,
    /// A person.
    pub person: Color32,
    /// The learner.
    pub learner: Color32,
    /// Rooms, one colour each (cycled).
    pub rooms: [Color32; 6],
    /// A client request (person to server).
    pub request: Color32,
    /// A room event between servers.
    pub pdu: Color32,
    /// An ephemeral event (typing, receipt, presence, device list).
    pub edu: Color32,
    /// A to-device message (room keys).
    pub to_device: Color32,
    /// Good news (objective met).
    pub good: Color32,
    /// Bad news (objective missed, leaked).
    pub bad: Color32,
    /// What an adversary can do, most severe first (locate, identify, impersonate, read, map
    /// the network, watch): each badge also says it in words and with a meter, never by colour
    /// alone.
    pub severity: [Color32; 6],
}

/// `0xRRGGBB` as a colour.
const fn rgb(hex: u32) -> Color32 {
    Color32::from_rgb((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

impl Colours {
    /// The colours of a palette.
    pub fn of(palette: Palette) -> Colours {
        match palette {
            Palette::Standard => Colours::from_codes(
                [0x3b6ea8, 0xc62828, 0x606060, 0x2e7d32],
                [0x8e24aa, 0xef6c00, 0x00838f, 0xad1457, 0x558b2f, 0x4527a0],
                [0x1565c0, 0xf9a825, 0x6a1b9a],
                [0xb71c1c, 0xc2410c, 0x8e24aa, 0x1565c0, 0x00695c, 0x546e7a],
            ),
            // Okabe & Ito, "Color Universal Design" (2008).
            Palette::ColourBlindSafe => Colours::from_codes(
                [0x0072b2, 0xd55e00, 0x505050, 0x009e73],
                [0xcc79a7, 0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2],
                [0x0072b2, 0xe69f00, 0xcc79a7],
                [0xd55e00, 0xe69f00, 0xcc79a7, 0x0072b2, 0x009e73, 0x505050],
            ),
        }
    }

    /// A palette from `0xRRGGBB` codes: the map's nodes (server, compromised server, person,
    /// learner), the rooms, and what travels between servers (room event, ephemeral event,
    /// to-device message). Requests and good news take the learner's colour, bad news the
    /// compromised server's.
    fn from_codes(nodes: [u32; 4], rooms: [u32; 6], traffic: [u32; 3], severity: [u32; 6]) -> Colours {
        let [server, compromised, person, learner] = nodes.map(rgb);
        let [pdu, edu, to_device] = traffic.map(rgb);
        let rooms = rooms.map(rgb);
        Colours {
            server,
            compromised,
            person,
            learner,
            rooms,
            request: learner,
            pdu,
            edu,
            to_device,
            good: learner,
            bad: compromised,
            severity: severity.map(rgb),
        }
    }

    /// The colour of a severity.
    pub fn of_severity(&self, s: glasshouse_sim::debrief::Severity) -> Color32 {
        let i = glasshouse_sim::debrief::Severity::ALL.iter().position(|x| *x == s).unwrap_or(5);
        self.severity[i]
    }

    /// The colour of room number `i`.
    pub fn room(&self, i: usize) -> Color32 {
        self.rooms[i % self.rooms.len()]
    }
}

/// Applies the text scale and style whenever the settings change.
pub struct ThemePlugin;

impl Plugin for ThemePlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(EguiPrimaryContextPass, (fonts, apply).chain().in_set(UiSet::Theme));
    }
}

/// DejaVu Sans for reading (regular weight, wide coverage: arrows, check marks, Spanish), with
/// egui's own fonts behind it for emoji; DejaVu Sans Mono for stored JSON. Embedded: no download.
fn fonts(mut contexts: EguiContexts, mut done: Local<bool>) -> Result {
    if *done {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let mut defs = egui::FontDefinitions::default();
    for (name, bytes, family) in [
        ("dejavu-sans", &include_bytes!("../../../assets/fonts/DejaVuSans.ttf")[..], egui::FontFamily::Proportional),
        ("dejavu-mono", &include_bytes!("../../../assets/fonts/DejaVuSansMono.ttf")[..], egui::FontFamily::Monospace),
    ] {
        defs.font_data.insert(name.to_owned(), std::sync::Arc::new(egui::FontData::from_static(bytes)));
        defs.families.entry(family).or_default().insert(0, name.to_owned());
    }
    ctx.set_fonts(defs);
    *done = true;
    Ok(())
}

fn apply(mut contexts: EguiContexts, settings: Res<Settings>, mut applied: Local<Option<Settings>>) -> Result {
    let ctx = contexts.ctx_mut()?;
    if applied.as_ref() == Some(&*settings) {
        return Ok(());
    }
    // Light and warm, with darker text than egui's default for contrast (WCAG AA on the page and
    // on cards), rounded widgets, and the learner's colour for selection.
    let mut visuals = egui::Visuals::light();
    visuals.panel_fill = PAGE;
    visuals.window_fill = CARD;
    visuals.extreme_bg_color = CARD;
    visuals.widgets.noninteractive.fg_stroke.color = INK;
    visuals.widgets.noninteractive.bg_stroke.color = EDGE;
    visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(20);
    visuals.widgets.inactive.weak_bg_fill = rgb(0xe8e6e0);
    visuals.widgets.hovered.weak_bg_fill = rgb(0xdedbd3);
    for w in [&mut visuals.widgets.inactive, &mut visuals.widgets.hovered, &mut visuals.widgets.active] {
        w.corner_radius = egui::CornerRadius::same(6);
    }
    let accent = Colours::of(settings.palette).server;
    visuals.selection.bg_fill = accent.gamma_multiply(0.25);
    visuals.selection.stroke.color = accent;
    visuals.hyperlink_color = accent;
    ctx.set_visuals(visuals);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(space::S, 6.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.indent = space::L;
        style.animation_time = if settings.reduced_motion { 0.0 } else { 0.1 };
        let prop = |size| egui::FontId::proportional(size);
        style.text_styles = [
            (display(), prop(scale::DISPLAY)),
            (egui::TextStyle::Heading, prop(scale::HEADING)),
            (subheading(), prop(scale::SUBHEADING)),
            (egui::TextStyle::Body, prop(scale::BODY)),
            (egui::TextStyle::Button, prop(scale::BODY)),
            (egui::TextStyle::Monospace, egui::FontId::monospace(scale::MONO)),
            (egui::TextStyle::Small, prop(scale::SMALL)),
        ]
        .into();
    });
    ctx.set_zoom_factor(settings.text_scale);
    *applied = Some(settings.clone());
    Ok(())
}
