//! Colours and text size: the standard palette or Okabe–Ito's colour-blind-safe one, and the
//! learner's text scale applied to every widget.

use super::UiSet;
use crate::settings::{Palette, Settings};
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, Color32};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

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
            ),
            // Okabe & Ito, "Color Universal Design" (2008).
            Palette::ColourBlindSafe => Colours::from_codes(
                [0x0072b2, 0xd55e00, 0x505050, 0x009e73],
                [0xcc79a7, 0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2],
                [0x0072b2, 0xe69f00, 0xcc79a7],
            ),
        }
    }

    /// A palette from `0xRRGGBB` codes: the map's nodes (server, compromised server, person,
    /// learner), the rooms, and what travels between servers (room event, ephemeral event,
    /// to-device message). Requests and good news take the learner's colour, bad news the
    /// compromised server's.
    fn from_codes(nodes: [u32; 4], rooms: [u32; 6], traffic: [u32; 3]) -> Colours {
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
        }
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
    // Light, with darker text than egui's default for contrast (WCAG AA on the panel colour).
    let mut visuals = egui::Visuals::light();
    visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(25);
    visuals.widgets.inactive.fg_stroke.color = Color32::from_gray(20);
    ctx.set_visuals(visuals);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.animation_time = if settings.reduced_motion { 0.0 } else { 0.1 };
        for (text_style, size) in [
            (egui::TextStyle::Heading, 24.0),
            (egui::TextStyle::Body, 16.0),
            (egui::TextStyle::Button, 16.0),
            (egui::TextStyle::Monospace, 14.0),
            (egui::TextStyle::Small, 13.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
    });
    ctx.set_zoom_factor(settings.text_scale);
    *applied = Some(settings.clone());
    Ok(())
}
