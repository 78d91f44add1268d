//! The run: the federation map with play, pause, step and speed, and beside it what the
//! adversaries have learned so far (the notebook's groups, as the playback reaches their
//! evidence) and an event log that says in words what the map shows (for screen readers and for
//! those who prefer reading).

use super::map::{MapView, federation_map};
use super::theme::Colours;
use super::widgets::{Canvas, page};
use crate::i18n::Words;
use crate::notebook::Notebook;
use crate::playback::{Playback, PlaybackRequest, PlaybackRequests, SPEEDS};
use crate::session::Session;
use crate::settings::Settings;
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, Key, Modifiers, RichText, Ui};
use glasshouse_sim::scenario::{AdversaryKind, AdversarySpec};
use glasshouse_sim::world::{Hop, HopKind};
use glasshouse_sim::{SimTime, World};

/// `H:MM` (or `Nd H:MM`) of simulated seconds.
pub fn clock(secs: f64) -> String {
    SimTime(secs.max(0.0) as u64).to_string()
}

/// One hop in words.
pub fn hop_text(words: &Words, world: &World, hop: &Hop) -> String {
    let who = |id: &str| world.accounts().get(id).map_or_else(|| id.to_owned(), |a| a.display_name.clone());
    let what = world
        .events()
        .get(&hop.what)
        .map(|e| e.label.clone().unwrap_or_else(|| e.event_type.clone()))
        .unwrap_or_else(|| hop.what.clone());
    let key = match hop.kind {
        HopKind::Request => "ui-log-request",
        HopKind::Pdu => "ui-log-pdu",
        HopKind::Edu => "ui-log-edu",
        HopKind::ToDevice => "ui-log-to-device",
        HopKind::Backfill => "ui-log-backfill",
        HopKind::Media => "ui-log-media",
    };
    words.t(key, &[("at", hop.at.to_string()), ("from", who(&hop.from)), ("to", hop.to.clone()), ("what", what)])
}

/// Draws the run screen.
pub(super) fn draw(
    mut canvas: Canvas,
    session: Res<Session>,
    settings: Res<Settings>,
    playback: Res<Playback>,
    notebook: Res<Notebook>,
    mut requests: ResMut<PlaybackRequests>,
    mut cache: Local<LogLines>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    // Space plays or pauses and → steps, unless a text field has the keyboard.
    if !ctx.egui_wants_keyboard_input() {
        let (toggle, step) = ctx.input_mut(|i| {
            (i.consume_key(Modifiers::NONE, Key::Space), i.consume_key(Modifiers::NONE, Key::ArrowRight))
        });
        if toggle {
            requests.0.push(PlaybackRequest::Toggle);
        }
        if step {
            requests.0.push(PlaybackRequest::Step);
        }
    }
    if playback.playing {
        ctx.request_repaint();
    }
    let Some(run) = &session.run else {
        page(ctx, *rect, "run", |ui| {
            if let Some(e) = &session.error {
                ui.label(super::setup::error_text(words, e));
            }
        });
        return Ok(());
    };
    let world = &run.world;
    let key = format!("{:?}{:?}{}", session.scenario, session.selection, words.lang);
    cache.refresh(key, words, world);
    page(ctx, *rect, "run", |ui| {
        controls(ui, words, &playback, &mut requests);
        let colours = Colours::of(settings.palette);
        let side = (ui.available_width() * 0.38).min(420.0);
        egui::Panel::right("event-log").resizable(true).default_size(side).show(ui, |ui| {
            learned_so_far(ui, words, &colours, &notebook, playback.now);
            ui.separator();
            ui.heading(words.t("ui-event-log", &[]));
            log(ui, &cache, playback.now);
        });
        let view = MapView {
            world,
            now: playback.now,
            flight: playback.flight(),
            colours,
            reduced_motion: settings.reduced_motion,
            selected: None,
            packets: true,
        };
        federation_map(ui, words, &view);
    });
    Ok(())
}

fn controls(ui: &mut Ui, words: &Words, playback: &Playback, requests: &mut PlaybackRequests) {
    ui.horizontal_wrapped(|ui| {
        let play = if playback.playing { words.t("ui-pause", &[]) } else { words.t("ui-play", &[]) };
        if ui.button(play).on_hover_text(words.t("ui-play-key", &[])).clicked() {
            requests.0.push(PlaybackRequest::Toggle);
        }
        if ui.button(words.t("ui-step", &[])).on_hover_text(words.t("ui-step-key", &[])).clicked() {
            requests.0.push(PlaybackRequest::Step);
        }
        if ui.button(words.t("ui-restart", &[])).clicked() {
            requests.0.push(PlaybackRequest::Restart);
        }
        if ui.button(words.t("ui-to-end", &[])).clicked() {
            requests.0.push(PlaybackRequest::ToEnd);
        }
        ui.label(words.t("ui-speed", &[]));
        for s in SPEEDS {
            if ui.selectable_label((playback.speed - s).abs() < 1e-9, format!("{s}×")).clicked() {
                requests.0.push(PlaybackRequest::Speed(s));
            }
        }
        ui.separator();
        ui.label(RichText::new(format!("{} / {}", clock(playback.now), clock(playback.end))).monospace());
        let mut t = playback.now as f32;
        let slider = egui::Slider::new(&mut t, 0.0..=playback.end.max(1.0) as f32).show_value(false);
        if ui.add(slider).on_hover_text(words.t("ui-timeline", &[])).changed() {
            // Seeking pauses on the nearest moment: step from just before it.
            requests.0.push(PlaybackRequest::Seek(f64::from(t)));
        }
    });
}

/// What the adversaries hold at `now`: the notebook's groups about you and the people at risk,
/// each with how many of its items are known, and the others counted in one line.
fn learned_so_far(ui: &mut Ui, words: &Words, colours: &Colours, notebook: &Notebook, now: f64) {
    use super::icons::{count_chip, group_icon};
    use glasshouse_sim::debrief::Part;
    ui.heading(words.t("ui-learning-now", &[]));
    let Some(d) = &notebook.debrief else { return };
    let people: Vec<_> = d.people().collect();
    let (mut others, mut other_people) = (0usize, std::collections::BTreeSet::new());
    let mut any = false;
    egui::ScrollArea::vertical().id_salt("learned-so-far").max_height(ui.available_height() * 0.45).show(ui, |ui| {
        for (g, known) in notebook.known_at(now) {
            let Some(p) = people.get(g.person) else { continue };
            let Some(group) = p.groups.get(g.group) else { continue };
            any = true;
            if p.part == Part::Others {
                others += known;
                other_people.insert(g.person);
                continue;
            }
            ui.horizontal(|ui| {
                let title = glasshouse_words::debrief::group_title(&words.tr, group.kind);
                group_icon(ui, group.kind, colours.of_severity(group.severity), 22.0, &title);
                let who = if p.person.you { title } else { format!("{} · {title}", p.person.name) };
                ui.label(who);
                count_chip(ui, known, super::theme::MUTED);
            });
        }
    });
    if !any {
        ui.label(RichText::new(words.t("ui-learning-nothing-yet", &[])).color(super::theme::MUTED));
    }
    if others > 0 {
        let args = [("count", others.to_string()), ("people", other_people.len().to_string())];
        ui.label(RichText::new(words.t("ui-learning-others", &args)).color(super::theme::MUTED));
    }
}

/// Every line of the event log of one run, with the moment it happens, built once per run and
/// language (a large scenario has thousands of hops; the log shows the prefix up to now).
#[derive(Default)]
pub struct LogLines {
    key: String,
    lines: Vec<(f64, String)>,
}

impl LogLines {
    /// Rebuilds the lines when the run or the language changed.
    pub fn refresh(&mut self, key: String, words: &Words, world: &World) {
        if self.key == key {
            return;
        }
        let mut adversaries: Vec<_> = world.setup().adversaries.values().collect();
        adversaries.sort_by_key(|a| a.at);
        let mut adv = adversaries.into_iter().peekable();
        let mut lines = Vec::with_capacity(world.hops().len() + 4);
        for hop in world.hops() {
            while let Some(a) = adv.next_if(|a| a.at <= hop.at) {
                lines.push((a.at.secs() as f64, adversary_line(words, a)));
            }
            lines.push((hop.at.secs() as f64, hop_text(words, world, hop)));
        }
        lines.extend(adv.map(|a| (a.at.secs() as f64, adversary_line(words, a))));
        *self = LogLines { key, lines };
    }

    /// How many lines have happened by `now`.
    pub fn upto(&self, now: f64) -> usize {
        self.lines.partition_point(|(t, _)| *t <= now)
    }
}

fn log(ui: &mut Ui, cache: &LogLines, now: f64) {
    let shown = cache.upto(now);
    let row = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    egui::ScrollArea::vertical().stick_to_bottom(true).auto_shrink([false, false]).show_rows(
        ui,
        row,
        shown,
        |ui, range| {
            for (_, line) in &cache.lines[range] {
                ui.add(egui::Label::new(RichText::new(line.as_str()).size(13.0)).truncate())
                    .on_hover_text(line.as_str());
            }
        },
    );
}

fn adversary_line(words: &Words, a: &AdversarySpec) -> String {
    let (kind, target) = adversary_words(words, &a.kind);
    words.t("ui-log-adversary", &[("at", a.at.to_string()), ("kind", kind), ("target", target)])
}

/// An adversary's kind in words, and its target (server or person).
pub fn adversary_words(words: &Words, kind: &AdversaryKind) -> (String, String) {
    let several;
    let (key, target) = match kind {
        AdversaryKind::Compromise { also, .. } if !also.is_empty() => {
            several = kind.servers().join(", ");
            ("adversary-compromise", &several)
        }
        AdversaryKind::Compromise { server, .. } => ("adversary-compromise", server),
        AdversaryKind::MaliciousAdmin { server } => ("adversary-malicious-admin", server),
        AdversaryKind::Insider { person } => ("adversary-insider", person),
        AdversaryKind::NetworkObserver { person } => ("adversary-network-observer", person),
        AdversaryKind::SeizedDevice { person, .. } => ("adversary-seized-device", person),
        AdversaryKind::PushGateway { person } => ("adversary-push-gateway", person),
        AdversaryKind::ContactLookup { contacts } => {
            several = contacts.join(", ");
            ("adversary-contact-lookup", &several)
        }
        AdversaryKind::IdentityServer { name } => ("adversary-identity-server", name),
    };
    (words.t(key, &[]), target.clone())
}
