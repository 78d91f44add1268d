//! The debrief: objectives met or missed, what leaked and why, what would have prevented each
//! finding, a side-by-side comparison with other choices, export as Markdown and JSON to a file
//! the learner chooses, and the matching chapter of the book.

use super::setup::error_text;
use super::theme::Colours;
use super::widgets::{Canvas, choice_label, outcome_mark, scrolling_page, section, value_label};
use crate::debrief::{Comparison, Debrief, compare};
use crate::i18n::Words;
use crate::library::Library;
use crate::screen::Screen;
use crate::session::Session;
use crate::settings::Settings;
use crate::storage::data_dir;
use crate::words::finding_sentence;
use bevy::app::{App, Plugin};
use bevy::ecs::prelude::*;
use bevy::state::prelude::*;
use bevy_egui::egui::{self, RichText, Ui};
use glasshouse_sim::{Report, Selection};

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
    scrolling_page(ctx, *rect, "debrief", |ui| {
        ui.heading(words.t("ui-debrief-title", &[]));
        section(ui, words.t("ui-objectives", &[]));
        for (id, met) in &debrief.objectives {
            ui.horizontal_wrapped(|ui| {
                outcome_mark(ui, words, *met, colours.good, colours.bad);
                ui.label(words.t(&format!("objective-{}-{id}", s.id), &[]));
            });
        }
        section(ui, words.t("ui-what-leaked", &[]));
        ui.label(words.t(&format!("scenario-{}-debrief", s.id), &[]));
        section(ui, words.t("ui-prevented", &[]));
        let learner = run.world.setup().learner().map(str::to_owned);
        let about_learner =
            |subject: &str| run.world.setup().people.get(subject).is_some_and(|p| Some(&p.owner) == learner.as_ref());
        let (yours, others): (Vec<_>, Vec<_>) = run
            .counterfactuals
            .iter()
            .filter(|cf| run.report.findings.get(cf.finding).is_some())
            .partition(|cf| run.report.findings.get(cf.finding).is_some_and(|f| about_learner(&f.subject)));
        let show = |ui: &mut Ui, cf: &glasshouse_sim::counterfactual::Counterfactual| {
            let Some(f) = run.report.findings.get(cf.finding) else { return };
            ui.group(|ui| {
                ui.label(RichText::new(finding_sentence(&words.tr, f)).strong());
                if cf.prevented_by.is_empty() {
                    ui.label(words.t("prevented-by-nothing", &[]));
                } else {
                    for changes in &cf.prevented_by {
                        let text: Vec<String> = changes
                            .iter()
                            .map(|ch| {
                                let label = choice_label(words, s, &ch.key);
                                let value = s
                                    .choices
                                    .get(&ch.key)
                                    .and_then(|c| c.parse_value(&ch.value.to_string()))
                                    .map_or_else(|| ch.value.to_string(), |v| value_label(words, s, &ch.key, v));
                                format!("{label}: {value}")
                            })
                            .collect();
                        ui.label(format!("→ {}", text.join(" + ")));
                    }
                }
            });
        };
        for cf in &yours {
            show(ui, cf);
        }
        if yours.is_empty() {
            ui.label(words.t("ui-nothing-to-prevent", &[]));
        }
        if !others.is_empty() {
            egui::CollapsingHeader::new(words.t("ui-about-others", &[("count", others.len().to_string())]))
                .id_salt("about-others")
                .show(ui, |ui| {
                    for cf in &others {
                        show(ui, cf);
                    }
                });
        }
        comparison(ui, words, s, &run.report, &session.selection, &mut view);
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
            match &book.0 {
                Some(link) => match link(chapter) {
                    Ok(url) => {
                        view.status = Some(words.t("ui-opened", &[("url", url.clone())]));
                        open_url = Some(url);
                    }
                    Err(e) => view.status = Some(e),
                },
                None => view.status = Some(words.t("ui-no-book", &[])),
            }
        }
        if let Some(status) = &view.status {
            ui.label(RichText::new(status).italics());
        }
    });
    if let Some(url) = open_url {
        ctx.open_url(egui::OpenUrl::new_tab(url));
    }
    Ok(())
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
    s: &glasshouse_sim::Scenario,
    first: &Report,
    current: &Selection,
    view: &mut DebriefView,
) {
    section(ui, words.t("ui-compare", &[]));
    ui.label(words.t("ui-compare-help", &[]));
    if view.other.as_ref().is_none_or(|(id, _)| *id != s.id) {
        view.other = Some((s.id.clone(), current.clone()));
    }
    let Some((_, other)) = &mut view.other else { return };
    let mut changed = false;
    for (key, choice) in &s.choices {
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
    ui.columns(2, |cols| {
        cols[0].label(RichText::new(words.t("ui-compare-yours", &[])).strong());
        for (i, f) in first.findings.iter().enumerate() {
            let only = c.only_first.contains(&i);
            let text = format!("{}{}", if only { "◆ " } else { "" }, finding_sentence(&words.tr, f));
            cols[0].label(if only { RichText::new(text).strong() } else { RichText::new(text).weak() });
        }
        cols[1].label(RichText::new(words.t("ui-compare-other", &[])).strong());
        for (i, f) in c.report.findings.iter().enumerate() {
            let only = c.only_second.contains(&i);
            let text = format!("{}{}", if only { "◆ " } else { "" }, finding_sentence(&words.tr, f));
            cols[1].label(if only { RichText::new(text).strong() } else { RichText::new(text).weak() });
        }
    });
    ui.label(RichText::new(words.t("ui-compare-legend", &[])).small());
    ui.horizontal_wrapped(|ui| {
        for (label, report) in
            [(words.t("ui-compare-yours", &[]), first), (words.t("ui-compare-other", &[]), &c.report)]
        {
            let met = report.objectives.iter().filter(|o| o.met).count();
            ui.label(words.t(
                "ui-compare-objectives",
                &[("run", label), ("met", met.to_string()), ("total", report.objectives.len().to_string())],
            ));
        }
    });
}
