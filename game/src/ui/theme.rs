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

impl Colours {
    /// The colours of a palette.
    pub fn of(palette: Palette) -> Colours {
        match palette {
            Palette::Standard => Colours {
                server: Color32::from_rgb(0x3b, 0x6e, 0xa8),
                compromised: Color32::from_rgb(0xc6, 0x28, 0x28),
                person: Color32::from_rgb(0x60, 0x60, 0x60),
                learner: Color32::from_rgb(0x2e, 0x7d, 0x32),
                rooms: [
                    Color32::from_rgb(0x8e, 0x24, 0xaa),
                    Color32::from_rgb(0xef, 0x6c, 0x00),
                    Color32::from_rgb(0x00, 0x83, 0x8f),
                    Color32::from_rgb(0xad, 0x14, 0x57),
                    Color32::from_rgb(0x55, 0x8b, 0x2f),
                    Color32::from_rgb(0x45, 0x27, 0xa0),
                ],
                request: Color32::from_rgb(0x2e, 0x7d, 0x32),
                pdu: Color32::from_rgb(0x15, 0x65, 0xc0),
                edu: Color32::from_rgb(0xf9, 0xa8, 0x25),
                to_device: Color32::from_rgb(0x6a, 0x1b, 0x9a),
                good: Color32::from_rgb(0x2e, 0x7d, 0x32),
                bad: Color32::from_rgb(0xc6, 0x28, 0x28),
            },
            // Okabe & Ito, "Color Universal Design" (2008).
            Palette::ColourBlindSafe => Colours {
                server: Color32::from_rgb(0x00, 0x72, 0xb2),
                compromised: Color32::from_rgb(0xd5, 0x5e, 0x00),
                person: Color32::from_rgb(0x50, 0x50, 0x50),
                learner: Color32::from_rgb(0x00, 0x9e, 0x73),
                rooms: [
                    Color32::from_rgb(0xcc, 0x79, 0xa7),
                    Color32::from_rgb(0xe6, 0x9f, 0x00),
                    Color32::from_rgb(0x56, 0xb4, 0xe9),
                    Color32::from_rgb(0x00, 0x9e, 0x73),
                    Color32::from_rgb(0xf0, 0xe4, 0x42),
                    Color32::from_rgb(0x00, 0x72, 0xb2),
                ],
                request: Color32::from_rgb(0x00, 0x9e, 0x73),
                pdu: Color32::from_rgb(0x00, 0x72, 0xb2),
                edu: Color32::from_rgb(0xe6, 0x9f, 0x00),
                to_device: Color32::from_rgb(0xcc, 0x79, 0xa7),
                good: Color32::from_rgb(0x00, 0x9e, 0x73),
                bad: Color32::from_rgb(0xd5, 0x5e, 0x00),
            },
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
