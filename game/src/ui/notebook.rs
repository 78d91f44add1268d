//! The adversary's notebook: the debrief's groups (about you first, then the people you put at
//! risk, then everyone else folded), appearing one by one; a selected group shows its items, and
//! a selected finding the rule behind it, its evidence and the stored Matrix JSON as the server
//! holds it (ciphertext where it was encrypted). "What if this node falls?": pick another server
//! and the notebook is redone.

use super::icons::{count_chip, group_icon, severity_badge};
use super::map::{MapView, federation_map};
use super::theme::{Colours, MUTED, space};
use super::widgets::{Canvas, json_view, page, section};
use crate::debrief::{GroupView, PersonView, people_view};
use crate::notebook::{Notebook, NotebookRequest, NotebookRequests};
use crate::session::Session;
use crate::settings::Settings;
use crate::words::{evidence_text, finding_sentence, kebab};
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, RichText, Ui};
use glasshouse_sim::debrief::Part;

/// The notebook's people in words, once per notebook and language.
#[derive(Default)]
pub(super) struct Worded {
    key: String,
    people: Vec<PersonView>,
}

/// Draws the notebook screen.
pub(super) fn draw(
    mut canvas: Canvas,
    session: Res<Session>,
    settings: Res<Settings>,
    mut notebook: ResMut<Notebook>,
    mut requests: ResMut<NotebookRequests>,
    mut worded: Local<Worded>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    if settings.reduced_motion && notebook.revealed < notebook.groups.len() {
        notebook.revealed = notebook.groups.len();
    }
    if notebook.revealed < notebook.groups.len() {
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
    }
    let Some(run) = &session.run else { return Ok(()) };
    let scenario = session.scenario.clone().unwrap_or_default();
    let key = format!("{:?}{:?}{}{}", session.selection, notebook.what_if, notebook.entries.len(), words.lang);
    if worded.key != key {
        let people = notebook.debrief.as_ref().map(|d| people_view(&words.tr, &scenario, d)).unwrap_or_default();
        *worded = Worded { key, people };
    }
    let colours = Colours::of(settings.palette);
    // The group holding the selected finding is the one opened on the right.
    let open = notebook.selected.and_then(|f| {
        notebook.groups.iter().position(|g| {
            worded
                .people
                .get(g.person)
                .and_then(|p| p.groups.get(g.group))
                .is_some_and(|g| g.items.iter().any(|i| i.findings.contains(&f)))
        })
    });
    let mut clicked = None;
    page(ctx, *rect, "notebook", |ui| {
        egui::Panel::left("groups")
            .resizable(true)
            .default_size(ui.available_width().clamp(360.0, 1400.0) * 0.42)
            .show(ui, |ui| {
                let title = match &notebook.what_if {
                    Some(server) => words.t("ui-notebook-what-if", &[("server", server.clone())]),
                    None => words.t("ui-notebook-groups-title", &[]),
                };
                ui.heading(title);
                ui.label(
                    RichText::new(words.t("ui-notebook-groups-help", &[("count", notebook.entries.len().to_string())]))
                        .color(MUTED),
                );
                ui.horizontal_wrapped(|ui| {
                    if notebook.revealed < notebook.groups.len() && ui.button(words.t("ui-reveal-all", &[])).clicked() {
                        requests.0.push(NotebookRequest::RevealAll);
                    }
                    if notebook.what_if.is_some() && ui.button(words.t("ui-what-if-reset", &[])).clicked() {
                        *notebook = Notebook::of(&run.world, &run.report, &run.debrief);
                        notebook.revealed = notebook.groups.len();
                    }
                });
                if notebook.entries.is_empty() {
                    ui.label(words.t("ui-notebook-empty", &[]));
                }
                egui::ScrollArea::vertical().id_salt("group-list").auto_shrink([false, false]).show(ui, |ui| {
                    let mut last_part = None;
                    let mut others_open = true;
                    for (n, g) in notebook.groups.iter().enumerate().take(notebook.revealed) {
                        let Some(p) = worded.people.get(g.person) else { continue };
                        let Some(gv) = p.groups.get(g.group) else { continue };
                        if last_part != Some(p.part) {
                            last_part = Some(p.part);
                            let heading = match p.part {
                                Part::You => words.t("ui-learned-about-you", &[("count", p.count.to_string())]),
                                Part::AtRisk => words.t("debrief-at-risk", &[]),
                                Part::Others => String::new(),
                            };
                            if p.part == Part::Others {
                                let count = worded.people.iter().filter(|p| p.part == Part::Others).count();
                                let id = ui.make_persistent_id("others-open");
                                let mut state = ui.data_mut(|d| *d.get_temp_mut_or(id, false));
                                ui.add_space(space::S);
                                let text = words.t("ui-everyone-else", &[("count", count.to_string())]);
                                if ui.toggle_value(&mut state, text).changed() {
                                    ui.data_mut(|d| d.insert_temp(id, state));
                                }
                                others_open = state;
                            } else {
                                ui.add_space(space::S);
                                ui.label(RichText::new(heading).strong());
                            }
                        }
                        if p.part == Part::Others && !others_open {
                            continue;
                        }
                        if group_row(ui, &colours, p, gv, open == Some(n)).clicked() {
                            clicked = gv.items.first().and_then(|i| i.findings.first()).copied();
                        }
                    }
                });
            });
        egui::ScrollArea::vertical().id_salt("finding-detail").auto_shrink([false, false]).show(ui, |ui| {
            section(ui, words.t("ui-what-if", &[]));
            ui.label(words.t("ui-what-if-help", &[]));
            let view = MapView {
                world: &run.world,
                now: run.world.end().secs() as f64,
                flight: 1.0,
                colours,
                reduced_motion: true,
                selected: notebook.what_if.as_deref(),
                packets: false,
            };
            let picked =
                ui.allocate_ui(egui::vec2(ui.available_width(), 300.0), |ui| federation_map(ui, words, &view)).inner;
            ui.horizontal_wrapped(|ui| {
                for server in run.world.servers().keys() {
                    if ui.button(words.t("ui-what-if-server", &[("server", server.clone())])).clicked() {
                        requests.0.push(NotebookRequest::WhatIf(server.clone()));
                    }
                }
            });
            if let Some(server) = picked {
                requests.0.push(NotebookRequest::WhatIf(server));
            }
            let group = open
                .and_then(|n| notebook.groups.get(n))
                .and_then(|g| worded.people.get(g.person)?.groups.get(g.group));
            let Some(gv) = group else {
                section(ui, words.t("ui-evidence", &[]));
                ui.label(words.t("ui-select-group", &[]));
                return;
            };
            section(ui, gv.title.clone());
            for item in &gv.items {
                ui.label(RichText::new(&item.sentence).strong());
                ui.horizontal_wrapped(|ui| {
                    for &fi in &item.findings {
                        let Some(e) = notebook.entries.get(fi) else { continue };
                        let text = words.t("ui-found-by", &[("adversary", e.finding.adversary.clone())]);
                        if ui.selectable_label(notebook.selected == Some(fi), text).clicked() {
                            clicked = Some(fi);
                        }
                    }
                });
            }
            let Some(e) = notebook.selected.and_then(|i| notebook.entries.get(i)) else { return };
            section(ui, words.t("ui-finding", &[]));
            ui.label(RichText::new(finding_sentence(&words.tr, &e.finding)).strong());
            ui.label(words.t("ui-found-by", &[("adversary", e.finding.adversary.clone())]));
            section(ui, words.t("ui-rule", &[]));
            ui.label(words.t(&format!("rule-{}", kebab(e.finding.rule)), &[]));
            section(ui, words.t("ui-evidence", &[]));
            for (j, (ev, stored)) in e.finding.evidence.iter().zip(&e.stored).enumerate() {
                ui.label(format!("• {}", evidence_text(&words.tr, ev)));
                if let Some(json) = stored {
                    let encrypted = json.contains("m.room.encrypted");
                    ui.label(
                        RichText::new(
                            words.t(if encrypted { "ui-stored-ciphertext" } else { "ui-stored-plaintext" }, &[]),
                        )
                        .small(),
                    );
                    json_view(ui, &format!("evidence-{j}"), json);
                }
            }
        });
    });
    if let Some(i) = clicked {
        requests.0.push(NotebookRequest::Select(i));
    }
    Ok(())
}

/// One group as a selectable row: icon, whose and what, the count, how bad, the sentence.
fn group_row(ui: &mut Ui, colours: &Colours, p: &PersonView, g: &GroupView, selected: bool) -> egui::Response {
    let colour = colours.of_severity(g.severity);
    let fill = if selected { ui.visuals().selection.bg_fill } else { super::theme::CARD };
    let frame = egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(if selected { 2.0 } else { 1.0 }, if selected { colour } else { super::theme::EDGE }))
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::same(space::S as i8));
    let resp = frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                group_icon(ui, g.kind, colour, 30.0, &g.title);
                ui.vertical(|ui| {
                    ui.horizontal_wrapped(|ui| {
                        let who =
                            if p.part == Part::You { g.title.clone() } else { format!("{} · {}", p.name, g.title) };
                        ui.label(RichText::new(who).strong());
                        count_chip(ui, g.count, MUTED);
                        if let Some(can) = &g.can {
                            severity_badge(ui, colours, g.severity, can);
                        }
                    });
                    ui.add(egui::Label::new(&g.summary).truncate());
                });
            });
        })
        .response;
    ui.add_space(space::XS);
    let resp = ui.interact(resp.rect, ui.id().with(("group-row", p.person.id.as_str(), g.kind)), egui::Sense::click());
    resp.widget_info(|| egui::WidgetInfo::selected(egui::WidgetType::SelectableLabel, true, selected, &g.summary));
    resp
}
