//! The debrief as HTML for the book: about you first, one block per group (what it means, how
//! bad, one sentence, the count, what would have prevented it, what to do now with a link to the
//! book's how-to), then one line per other person. The same sentences as the terminal's.

use crate::debrief::{group_severity, group_title, person_line, prevented_text, summary_sentence, todo_words};
use crate::i18n::Tr;
use glasshouse_sim::debrief::{Debrief, PersonDebrief};
use std::fmt::Write as _;

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The debrief summary; `root` is the path from the page to the book's root (`""` or `"../"`).
pub fn debrief_html(tr: &Tr, scenario: &str, d: &Debrief, root: &str) -> String {
    let mut h = String::from("<div class=\"gh-debrief\">");
    match &d.you {
        Some(you) if you.count > 0 => {
            let _ = write!(
                h,
                "<p class=\"gh-part\">{}</p>",
                escape(&tr.t("debrief-about-you", &[("count", you.count.to_string())]))
            );
            groups(&mut h, tr, scenario, you, root);
        }
        _ => {
            let _ = write!(h, "<p class=\"gh-part\">{}</p>", escape(&tr.t("debrief-about-you-nothing", &[])));
        }
    }
    for (key, part, people) in [("debrief-at-risk", "at-risk", &d.at_risk), ("debrief-others", "others", &d.others)] {
        if people.is_empty() {
            continue;
        }
        let _ = write!(h, "<p class=\"gh-part\">{}</p><ul class=\"gh-people\">", escape(&tr.t(key, &[])));
        for p in people {
            let _ = write!(
                h,
                "<li data-part=\"{part}\" data-person=\"{}\" data-count=\"{}\">{}</li>",
                escape(&p.person.id),
                p.count,
                escape(&person_line(tr, p))
            );
        }
        h.push_str("</ul>");
    }
    h.push_str("</div>");
    h
}

fn groups(h: &mut String, tr: &Tr, scenario: &str, p: &PersonDebrief, root: &str) {
    h.push_str("<ul class=\"gh-groups\">");
    for g in &p.groups {
        let severity = group_severity(tr, g, &p.person).map(|s| format!(" — {}", escape(&s))).unwrap_or_default();
        let _ = write!(
            h,
            "<li class=\"gh-group\" data-group=\"{}\" data-severity=\"{}\" data-count=\"{}\" data-prevented=\"{}\"><strong>{}</strong> ({}){severity}<br>{}",
            g.kind.as_str(),
            g.severity.as_str(),
            g.count,
            g.prevented_by.as_ref().map_or_else(|| "-".to_owned(), |p| p.len().to_string()),
            escape(&group_title(tr, g.kind)),
            g.count,
            escape(&summary_sentence(tr, g)),
        );
        if let Some(prevented) = prevented_text(tr, scenario, g) {
            let _ = write!(h, "<br><span class=\"gh-prevented\">{}</span>", escape(&prevented));
        }
        let page = format!("{root}{}", g.todo.page());
        let _ = write!(
            h,
            "<br><span class=\"gh-todo\">{} <a href=\"{}\">{}</a></span></li>",
            escape(&tr.t("debrief-todo-label", &[])),
            escape(&page),
            escape(&todo_words(tr, g.todo))
        );
    }
    h.push_str("</ul>");
}
