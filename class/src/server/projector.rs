//! The projector page: the class as the room sees it on the wall — the join code, learners per
//! server and the room's traffic while the class plays, then the class picture of each raid and
//! the scenario's prompts. Counts only unless the trainer shows names. Large type, high contrast; it refreshes
//! itself every few seconds without JavaScript.

use super::pages::summary_table;
use crate::raid::Summary;
use crate::session::{Phase, Session};
use crate::template::Template;
use glasshouse_words::html::escape;
use glasshouse_words::i18n::Tr;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Seconds between the page's refreshes.
pub const REFRESH_SECONDS: u32 = 4;

/// What the projector shows.
pub struct ProjectorView<'a> {
    /// The session.
    pub session: &'a Session,
    /// The class scenario.
    pub template: &'a Template,
    /// The address learners type (from the request's `Host`), if known.
    pub join_at: Option<&'a str>,
    /// The finished raids' class pictures, oldest first.
    pub pictures: Vec<&'a Summary>,
    /// Whether a raid is still being worked out.
    pub running: bool,
    /// Whether the trainer chose to show the learners' names (off by default).
    pub names: bool,
}

/// The servers of the class scenario, in the file's order.
fn servers(template: &Template) -> Vec<String> {
    let list = template.table().get("servers").and_then(toml::Value::as_array);
    list.into_iter().flatten().filter_map(|s| s.get("name")?.as_str().map(str::to_owned)).collect()
}

/// The projector page's body.
pub fn projector(tr: &Tr, v: &ProjectorView<'_>) -> String {
    let s = v.session;
    let id = v.template.id();
    let mut h = String::from("<div class=\"projector\">");
    let title = tr.maybe(&format!("scenario-{id}"), &[]).unwrap_or_else(|| id.to_owned());
    let _ = write!(
        h,
        "<h1>{}</h1><p class=\"phase\">{}</p>",
        escape(&title),
        escape(&tr.t(&format!("class-phase-{}", s.phase.as_str()), &[]))
    );
    if matches!(s.phase, Phase::Joining | Phase::Chat | Phase::Replay) {
        let at = v.join_at.map(|a| format!("http://{a}/")).unwrap_or_default();
        let _ = write!(
            h,
            "<p class=\"join\">{}</p>",
            escape(&tr.t("class-projector-join", &[("url", at), ("code", s.code.clone())]))
        );
    }
    let mut per_server: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for l in &s.learners {
        if let Some(server) = l.choices.get("server") {
            per_server.entry(server.as_str()).or_default().push(l.pseudonym.as_str());
        }
    }
    let _ = write!(
        h,
        "<h2>{}</h2><ul class=\"servers\">",
        escape(&tr.t(
            "class-projector-learners",
            &[("count", s.learners.len().to_string()), ("messages", s.messages.len().to_string())]
        ))
    );
    for server in servers(v.template) {
        let here = per_server.get(server.as_str()).cloned().unwrap_or_default();
        let _ = write!(
            h,
            "<li><span class=\"server\">{}</span> <span class=\"count\">{}</span>",
            escape(&server),
            escape(&tr.t("class-projector-on-server", &[("count", here.len().to_string())]))
        );
        if v.names && !here.is_empty() {
            let _ = write!(h, " <span class=\"names\">({})</span>", escape(&here.join(", ")));
        }
        h.push_str("</li>");
    }
    h.push_str("</ul>");
    if v.running {
        let _ = write!(h, "<p>{}</p>", escape(&tr.t("class-trainer-raid-running", &[])));
    }
    let shown = matches!(s.phase, Phase::Revealed | Phase::Replay);
    if shown && !v.pictures.is_empty() {
        // The last raid, and the one before it when the class changed and played again.
        let last_two = &v.pictures[v.pictures.len().saturating_sub(2)..];
        if last_two.len() == 2 {
            let _ = write!(h, "<p>{}</p>", escape(&tr.t("class-projector-before-after", &[])));
        }
        for p in last_two {
            summary_table(&mut h, tr, p);
        }
        for key in ["debrief", "facilitator"] {
            if let Some(text) = tr.maybe(&format!("scenario-{id}-{key}"), &[]) {
                let _ = write!(h, "<p class=\"prompt\">{}</p>", escape(text.trim()));
            }
        }
    }
    let note = if v.names { "class-projector-names-shown" } else { "class-projector-anonymous" };
    let _ = write!(h, "<p class=\"meta\">{}</p></div>", escape(&tr.t(note, &[])));
    h
}
