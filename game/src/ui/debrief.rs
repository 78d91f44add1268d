//! The debrief: what they learned about you first (each group with its icon, how bad, one plain
//! sentence, the count and the evidence one level down), what to change (what would have
//! prevented it, what to do now and the book's page for it), the people your choices put at risk,
//! everyone else folded, a comparison with other choices group by group, export as Markdown and
//! JSON to a file the learner chooses, and the matching chapter of the book. Everything comes
//! from the core's debrief model (crate::debrief), none of it is decided here.

use super::icons::{count_chip, group_icon, severity_badge};
use super::setup::error_text;
use super::theme::{Colours, MUTED, space, subheading};
use super::widgets::{
    Canvas, card, choice_label, outcome_mark, page_title, scenario_title, scrolling_page, section, value_label,
};
use crate::debrief::{Comparison, Debrief, GroupView, PersonView, compare};
use crate::i18n::Words;
use crate::library::Library;
use crate::screen::Screen;
use crate::session::{RunResult, Session};
use crate::settings::Settings;
use crate::storage::data_dir;
use crate::words::{evidence_text, finding_sentence};
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use bevy_egui::egui::{self, RichText, Ui};
use glasshouse_sim::Selection;
use glasshouse_sim::debrief::{Part, Severity};

/// Opens a chapter of the book: given the chapter id, returns the address to open, or why not.
/// The command line provides it (it can build the book); without it the button explains.
#[derive(Resource, Default)]
pub struct BookLink(pub Option<OpenChapter>);

/// Given a chapter id, the address to open, or why not (in the learner's words).
pub type OpenChapter = Box<dyn Fn(&str) -> Result<String, String> + Send + Sync>;

/// What the debrief screen keeps between frames.
#[derive(Resource, Default)]
pub struct DebriefView {
    /// The choices of the comparison run, as the learner edits them.
    pub other: Option<(String, Selection)>,
    /// The comparison, once run.
    pub comparison: Option<Comparison>,
    /// Where to export (without extension).
    pub export_to: String,
    /// What the last export or link did.
    pub status: Option<String>,
}

/// The debrief screen.
pub struct DebriefViewPlugin;

impl Plugin for DebriefViewPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<DebriefView>().init_resource::<BookLink>().add_systems(OnEnter(Screen::Debrief), reset);
        super::content(app, Screen::Debrief, draw);
    }
}

fn reset(mut view: ResMut<DebriefView>, session: Res<Session>) {
    let name = session.scenario.clone().unwrap_or_default();
    let base = data_dir().unwrap_or_else(std::env::temp_dir).join("exports").join(format!("{name}-debrief"));
    *view = DebriefView { export_to: base.display().to_string(), ..DebriefView::default() };
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut canvas: Canvas,
    library: Res<Library>,
    session: Res<Session>,
    settings: Res<Settings>,
    debrief: Res<Debrief>,
    book: Res<BookLink>,
    mut view: ResMut<DebriefView>,
) -> Result {
    let (ctx, rect, words) = canvas.parts()?;
    let colours = Colours::of(settings.palette);
    let (Some(run), Some(s)) = (&session.run, session.scenario.as_deref().and_then(|n| library.get(n))) else {
        return Ok(());
    };
    let mut open_url = None;
    let mut open_page = None;
    scrolling_page(ctx, *rect, "debrief", |ui| {
        page_title(ui, words.t("debrief-title", &[("title", scenario_title(words, &s.id))]));
        for (id, met) in &debrief.objectives {
            ui.horizontal_wrapped(|ui| {
                outcome_mark(ui, words, *met, colours.good, colours.bad);
                ui.label(words.t(&format!("objective-{}-{id}", s.id), &[]));
            });
        }
        // What they learned about you, and what to change: side by side when there is room.
        match debrief.you().filter(|p| p.count > 0) {
            Some(you) if ui.available_width() >= 1100.0 => {
                ui.columns(2, |cols| {
                    learned_section(&mut cols[0], words, &colours, run, you);
                    if let Some(page) = change_section(&mut cols[1], words, &colours, you) {
                        open_page = Some(page);
                    }
                });
            }
            Some(you) => {
                learned_section(ui, words, &colours, run, you);
                if let Some(page) = change_section(ui, words, &colours, you) {
                    open_page = Some(page);
                }
            }
            None => section(ui, words.t("ui-learned-about-you-nothing", &[])),
        }
        let at_risk: Vec<&PersonView> = debrief.people.iter().filter(|p| p.part == Part::AtRisk).collect();
        if !at_risk.is_empty() {
            section(ui, words.t("debrief-at-risk", &[]));
            for (pi, p) in at_risk.iter().enumerate() {
                egui::CollapsingHeader::new(RichText::new(&p.line).strong()).id_salt(("at-risk", pi)).show(ui, |ui| {
                    for (i, g) in p.groups.iter().enumerate() {
                        learned_card(ui, words, &colours, run, g, ("at-risk", pi * 100 + i));
                        if let Some(prevented) = &g.prevented {
                            ui.label(RichText::new(prevented).color(MUTED));
                        }
                    }
                });
            }
        }
        let others: Vec<&PersonView> = debrief.people.iter().filter(|p| p.part == Part::Others).collect();
        if !others.is_empty() {
            ui.add_space(space::M);
            egui::CollapsingHeader::new(words.t("ui-everyone-else", &[("count", others.len().to_string())]))
                .id_salt("others")
                .show(ui, |ui| {
                    ui.label(RichText::new(words.t("debrief-others", &[])).color(MUTED));
                    for (pi, p) in others.iter().enumerate() {
                        egui::CollapsingHeader::new(&p.line).id_salt(("other", pi)).show(ui, |ui| {
                            for (i, g) in p.groups.iter().enumerate() {
                                learned_card(ui, words, &colours, run, g, ("other", pi * 100 + i));
                            }
                        });
                    }
                });
        }
        if let Some(text) = words.tr.maybe(&format!("scenario-{}-debrief", s.id), &[]) {
            section(ui, words.t("ui-what-leaked", &[]));
            ui.label(text);
        }
        comparison(ui, words, &colours, s, run, &session.selection, &mut view);
        section(ui, words.t("ui-export", &[]));
        ui.horizontal_wrapped(|ui| {
            ui.label(words.t("ui-export-to", &[]));
            ui.add(egui::TextEdit::singleline(&mut view.export_to).desired_width(480.0));
        });
        ui.horizontal_wrapped(|ui| {
            let md = ui.button(words.t("ui-export-markdown", &[])).clicked();
            let json = ui.button(words.t("ui-export-json", &[])).clicked();
            for (go, ext, text) in [
                (md, "md", md.then(|| debrief.markdown(&words.tr, run))),
                (json, "json", json.then(|| debrief.json(run))),
            ] {
                if let (true, Some(text)) = (go, text) {
                    view.status = Some(export(words, &view.export_to, ext, &text));
                }
            }
        });
        section(ui, words.t("ui-book", &[]));
        if let Some(chapter) = &s.chapter
            && ui
                .button(words.t("ui-open-chapter", &[("chapter", words.t(&format!("chapter-{chapter}"), &[]))]))
                .clicked()
        {
            open_page = Some(format!("{chapter}.html"));
        }
        if let Some(status) = &view.status {
            ui.label(RichText::new(status).italics());
        }
        ui.add_space(space::XL);
    });
    // A book page, `chapter.html#anchor`: the link opens the chapter, the anchor is kept.
    if let Some(page) = open_page {
        let (chapter, anchor) = page.split_once(".html").unwrap_or((page.as_str(), ""));
        match &book.0 {
            Some(link) => match link(chapter) {
                Ok(url) => {
                    let url = format!("{url}{anchor}");
                    view.status = Some(words.t("ui-opened", &[("url", url.clone())]));
                    open_url = Some(url);
                }
                Err(e) => view.status = Some(e),
            },
            None => view.status = Some(words.t("ui-no-book", &[])),
        }
    }
    if let Some(url) = open_url {
        ctx.open_url(egui::OpenUrl::new_tab(url));
    }
    Ok(())
}

/// What they learned about you: one card per group.
fn learned_section(ui: &mut Ui, words: &Words, colours: &Colours, run: &RunResult, you: &PersonView) {
    section(ui, words.t("ui-learned-about-you", &[("count", you.count.to_string())]));
    for (i, g) in you.groups.iter().enumerate() {
        learned_card(ui, words, colours, run, g, ("you", i));
    }
}

/// What to change: one card per group; returns the book's page the learner asked for.
fn change_section(ui: &mut Ui, words: &Words, colours: &Colours, you: &PersonView) -> Option<String> {
    section(ui, words.t("ui-what-to-change", &[]));
    ui.label(RichText::new(words.t("ui-what-to-change-help", &[])).color(MUTED));
    ui.add_space(space::S);
    let mut open = None;
    for g in &you.groups {
        if let Some(page) = change_card(ui, words, colours, g) {
            open = Some(page);
        }
    }
    open
}

/// What the adversaries learned in one group: icon, title, count, how bad, the one sentence, and
/// the evidence one level down (each item, then each finding with what backs it).
fn learned_card(ui: &mut Ui, words: &Words, colours: &Colours, run: &RunResult, g: &GroupView, salt: (&str, usize)) {
    let colour = colours.of_severity(g.severity);
    card(ui, Some(colour), |ui| {
        ui.horizontal(|ui| {
            group_icon(ui, g.kind, colour, 40.0, &g.title);
            ui.add_space(space::S);
            ui.vertical(|ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&g.title).text_style(subheading()).strong());
                    count_chip(ui, g.count, MUTED)
                        .on_hover_text(words.t("ui-items-count", &[("count", g.count.to_string())]));
                    if let Some(can) = &g.can {
                        severity_badge(ui, colours, g.severity, can);
                    }
                });
                ui.label(&g.summary);
                egui::CollapsingHeader::new(
                    RichText::new(words.t("ui-evidence-count", &[("count", g.count.to_string())])).small(),
                )
                .id_salt(("evidence", salt))
                .show(ui, |ui| {
                    for (ii, item) in g.items.iter().enumerate() {
                        egui::CollapsingHeader::new(&item.sentence).id_salt(("item", salt, ii)).show(ui, |ui| {
                            for &fi in &item.findings {
                                let Some(f) = run.report.findings.get(fi) else { continue };
                                ui.label(RichText::new(finding_sentence(&words.tr, f)).small().strong());
                                for e in &f.evidence {
                                    ui.label(RichText::new(format!("• {}", evidence_text(&words.tr, e))).small());
                                }
                            }
                        });
                    }
                });
            });
        });
    });
}

/// What to change for one group: what would have prevented it and what to do now, with the book's
/// page; returns that page when the learner asks for it.
fn change_card(ui: &mut Ui, words: &Words, colours: &Colours, g: &GroupView) -> Option<String> {
    let mut open = None;
    card(ui, None, |ui| {
        ui.horizontal(|ui| {
            group_icon(ui, g.kind, colours.of_severity(g.severity), 28.0, &g.title);
            ui.add_space(space::S);
            ui.vertical(|ui| {
                ui.label(RichText::new(&g.title).strong());
                if let Some(prevented) = &g.prevented {
                    let mark = if g.preventable { "✔" } else { "–" };
                    ui.label(format!("{mark} {prevented}"));
                }
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(words.t("ui-do-now", &[])).strong());
                    ui.label(&g.todo_words);
                    if ui.link(words.t("ui-do-now-how", &[])).clicked() {
                        open = Some(g.todo.page().to_owned());
                    }
                });
            });
        });
    });
    open
}

/// In the browser: offers the export as a download named after the file box.
#[cfg(target_arch = "wasm32")]
fn export(words: &Words, base: &str, ext: &str, text: &str) -> String {
    let name = format!(
        "{}.{ext}",
        std::path::Path::new(base.trim()).file_name().map_or("debrief".into(), |n| n.to_string_lossy())
    );
    let download = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(if ext == "json" { "application/json" } else { "text/markdown" });
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = wasm_bindgen::JsCast::dyn_into(doc.create_element("a").ok()?).ok()?;
        a.set_href(&url);
        a.set_download(&name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    match download() {
        Some(()) => words.t("ui-exported", &[("path", name)]),
        None => words.t("ui-export-failed", &[("path", name), ("error", "download refused".into())]),
    }
}

/// Writes the export, making its folder; says where it went or what to do.
#[cfg(not(target_arch = "wasm32"))]
fn export(words: &Words, base: &str, ext: &str, text: &str) -> String {
    use crate::debrief::write_atomically;
    let mut path = std::path::PathBuf::from(base.trim());
    if path.as_os_str().is_empty() {
        return words.t("ui-export-no-path", &[]);
    }
    if path.extension().is_none_or(|e| e != ext) {
        path.set_extension(ext);
    }
    let result = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => std::fs::create_dir_all(dir).and_then(|()| write_atomically(&path, text)),
        None => write_atomically(&path, text),
    };
    match result {
        Ok(()) => words.t("ui-exported", &[("path", path.display().to_string())]),
        Err(e) => words.t("ui-export-failed", &[("path", path.display().to_string()), ("error", e.to_string())]),
    }
}

fn comparison(
    ui: &mut Ui,
    words: &Words,
    colours: &Colours,
    s: &glasshouse_sim::Scenario,
    first: &RunResult,
    current: &Selection,
    view: &mut DebriefView,
) {
    section(ui, words.t("ui-compare", &[]));
    ui.label(RichText::new(words.t("ui-compare-groups-help", &[])).color(MUTED));
    if view.other.as_ref().is_none_or(|(id, _)| *id != s.id) {
        view.other = Some((s.id.clone(), current.clone()));
    }
    let Some((_, other)) = &mut view.other else { return };
    let mut changed = false;
    for choice in s.in_file_order() {
        let key = &choice.key;
        let now = other.get(key).cloned().unwrap_or_else(|| choice.default.clone());
        ui.horizontal_wrapped(|ui| {
            ui.label(choice_label(words, s, key));
            egui::ComboBox::from_id_salt(("compare", key)).selected_text(value_label(words, s, key, &now)).show_ui(
                ui,
                |ui| {
                    for v in &choice.values {
                        if ui.selectable_label(*v == now, value_label(words, s, key, v)).clicked() && *v != now {
                            let texts: Vec<String> = other
                                .iter()
                                .map(|(k, val)| format!("{k}={val}"))
                                .chain([format!("{key}={v}")])
                                .collect();
                            if let Ok(sel) = s.select(texts.iter().map(String::as_str)) {
                                *other = sel;
                                changed = true;
                            }
                        }
                    }
                },
            );
        });
    }
    if changed {
        view.comparison = None;
    }
    if ui.button(words.t("ui-compare-run", &[])).clicked() {
        match compare(s, first, other) {
            Ok(c) => view.comparison = Some(c),
            Err(e) => view.status = Some(error_text(words, &crate::session::SessionError::Run(e))),
        }
    }
    let Some(c) = &view.comparison else { return };
    ui.add_space(space::S);
    let you = first.debrief.you.as_ref().map(|p| p.person.clone());
    egui::Grid::new("compare-groups").num_columns(4).spacing([space::L, space::S]).striped(true).show(ui, |ui| {
        for text in [
            String::new(),
            words.t("ui-compare-yours", &[]),
            words.t("ui-compare-other", &[]),
            words.t("ui-compare-changed", &[]),
        ] {
            ui.label(RichText::new(text).strong());
        }
        ui.end_row();
        for g in &c.groups {
            let title = glasshouse_words::debrief::group_title(&words.tr, g.kind);
            ui.horizontal(|ui| {
                group_icon(
                    ui,
                    g.kind,
                    colours.of_severity(g.yours.or(g.other).map_or(Severity::Watch, |x| x.0)),
                    24.0,
                    &title,
                );
                ui.label(RichText::new(&title).strong());
            });
            for side in [g.yours, g.other] {
                match (side, &you) {
                    (Some((sev, count)), Some(person)) => {
                        ui.horizontal(|ui| {
                            count_chip(ui, count, MUTED);
                            let text = glasshouse_words::debrief::severity_sentence(&words.tr, sev, person);
                            severity_badge(ui, colours, sev, &text);
                        });
                    }
                    _ => {
                        ui.label(RichText::new(words.t("ui-compare-nothing", &[])).color(MUTED));
                    }
                }
            }
            ui.vertical(|ui| {
                if g.gone.is_empty() && g.new.is_empty() {
                    ui.label(RichText::new(words.t("ui-compare-same", &[])).color(MUTED));
                }
                for item in &g.gone {
                    let text = glasshouse_words::debrief::item_sentence(&words.tr, item);
                    ui.label(RichText::new(words.t("ui-compare-gone", &[("item", text)])).color(colours.good));
                }
                for item in &g.new {
                    let text = glasshouse_words::debrief::item_sentence(&words.tr, item);
                    ui.label(RichText::new(words.t("ui-compare-new", &[("item", text)])).color(colours.bad));
                }
            });
            ui.end_row();
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (label, report) in
            [(words.t("ui-compare-yours", &[]), &first.report), (words.t("ui-compare-other", &[]), &c.report)]
        {
            let met = report.objectives.iter().filter(|o| o.met).count();
            ui.label(words.t(
                "ui-compare-objectives",
                &[("run", label), ("met", met.to_string()), ("total", report.objectives.len().to_string())],
            ));
        }
    });
}
