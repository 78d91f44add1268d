//! The adversary's notebook: findings one by one; a selected finding shows the rule behind it,
//! its evidence and the stored Matrix JSON as the server holds it (ciphertext where it was
//! encrypted). "What if this node falls?": pick another server and the notebook is redone.

use super::map::{MapView, federation_map};
use super::theme::Colours;
use super::widgets::{Canvas, json_view, page, section};
use crate::notebook::{Notebook, NotebookRequest, NotebookRequests};
use crate::session::Session;
use crate::settings::Settings;
use crate::words::{evidence_text, finding_sentence, kebab};
use bevy::ecs::prelude::*;
use bevy_egui::egui::{self, RichText};

/// Draws the notebook screen.
pub(super) fn draw(
    mut canvas: Canvas,
    session: Res<Session>,
    settings: Res<Settings>,
    mut notebook: ResMut<Notebook>,
    mut requests: ResMut<NotebookRequests>,
    mut sentences: Local<(String, Vec<String>)>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    if settings.reduced_motion && notebook.revealed < notebook.entries.len() {
        notebook.revealed = notebook.entries.len();
    }
    if notebook.revealed < notebook.entries.len() {
        ctx.request_repaint();
    }
    let Some(run) = &session.run else { return Ok(()) };
    // Each finding in words, once per notebook and language.
    let key = format!("{:?}{:?}{}{}", session.selection, notebook.what_if, notebook.entries.len(), words.lang);
    if sentences.0 != key {
        *sentences = (key, notebook.entries.iter().map(|e| finding_sentence(&words.tr, &e.finding)).collect());
    }
    page(ctx, *rect, "notebook", |ui| {
        egui::Panel::left("findings").resizable(true).default_size(520.0).show(ui, |ui| {
            let title = match &notebook.what_if {
                Some(server) => words.t("ui-notebook-what-if", &[("server", server.clone())]),
                None => words.t("ui-notebook-title", &[("count", notebook.entries.len().to_string())]),
            };
            ui.heading(title);
            ui.horizontal_wrapped(|ui| {
                if notebook.revealed < notebook.entries.len() && ui.button(words.t("ui-reveal-all", &[])).clicked() {
                    requests.0.push(NotebookRequest::RevealAll);
                }
                if notebook.what_if.is_some() && ui.button(words.t("ui-what-if-reset", &[])).clicked() {
                    *notebook = Notebook::of(&run.world, &run.report);
                    notebook.revealed = notebook.entries.len();
                }
            });
            if notebook.entries.is_empty() {
                ui.label(words.t("ui-notebook-empty", &[]));
            }
            // One line per finding (the whole sentence on hover and in the detail pane), and only
            // the visible rows laid out: a large scenario has hundreds of findings.
            let row = ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y;
            let shown = notebook.revealed.min(notebook.entries.len());
            let mut clicked = None;
            egui::ScrollArea::vertical().id_salt("finding-list").auto_shrink([false, false]).show_rows(
                ui,
                row,
                shown,
                |ui, range| {
                    for i in range {
                        let Some(e) = notebook.entries.get(i) else { continue };
                        let you = run.world.setup().learner().is_some_and(|l| {
                            run.world.setup().people.get(&e.finding.subject).is_some_and(|p| p.owner == l)
                        });
                        let mark = if you { "★ " } else { "" };
                        let sentence = sentences.1.get(i).map_or("", String::as_str);
                        let text = format!("{}. {mark}{sentence}", i + 1);
                        let label = egui::Button::selectable(notebook.selected == Some(i), text.as_str()).truncate();
                        if ui.add(label).on_hover_text(sentence).clicked() {
                            clicked = Some(i);
                        }
                    }
                },
            );
            if let Some(i) = clicked {
                requests.0.push(NotebookRequest::Select(i));
            }
        });
        egui::ScrollArea::vertical().id_salt("finding-detail").auto_shrink([false, false]).show(ui, |ui| {
            section(ui, words.t("ui-what-if", &[]));
            ui.label(words.t("ui-what-if-help", &[]));
            let view = MapView {
                world: &run.world,
                now: run.world.end().secs() as f64,
                flight: 1.0,
                colours: Colours::of(settings.palette),
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
            let Some(e) = notebook.selected.and_then(|i| notebook.entries.get(i)) else {
                section(ui, words.t("ui-evidence", &[]));
                ui.label(words.t("ui-select-finding", &[]));
                return;
            };
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
    Ok(())
}
