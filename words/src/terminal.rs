//! The debrief as terminal text (`glasshouse run`'s default output): about you first, one block
//! per group (what it means, how bad, one sentence, what would have prevented it, what to do now),
//! then one line per other person, the objectives, and where to find every finding.

use crate::debrief::{group_heading, person_line, prevented_text, summary_sentence, todo_text};
use crate::i18n::Tr;
use glasshouse_sim::debrief::{Debrief, PersonDebrief};
use glasshouse_sim::report::Report;
use std::fmt::Write as _;

/// Lines are wrapped to this many columns.
pub const WIDTH: usize = 100;

/// At most this many people are listed per part; the rest are counted.
const MAX_PEOPLE: usize = 6;

/// The debrief as terminal text.
pub fn debrief_text(tr: &Tr, report: &Report, d: &Debrief) -> String {
    let mut s = String::new();
    let id = report.scenario.as_str();
    let title = tr.maybe(&format!("scenario-{id}"), &[]).unwrap_or_else(|| id.to_owned());
    line(&mut s, "", &tr.t("debrief-title", &[("title", title)]));
    let choices: Vec<String> = report.choices.iter().map(|(k, v)| format!("{k}={v}")).collect();
    line(&mut s, "", &tr.t("debrief-choices", &[("choices", choices.join("  "))]));
    match &d.you {
        Some(you) if you.count > 0 => {
            let _ = writeln!(s);
            line(&mut s, "", &tr.t("debrief-about-you", &[("count", you.count.to_string())]));
            person_groups(&mut s, tr, id, you);
        }
        _ => {
            let _ = writeln!(s);
            line(&mut s, "", &tr.t("debrief-about-you-nothing", &[]));
        }
    }
    for (key, people) in [("debrief-at-risk", &d.at_risk), ("debrief-others", &d.others)] {
        if people.is_empty() {
            continue;
        }
        let _ = writeln!(s);
        line(&mut s, "", &tr.t(key, &[]));
        for p in people.iter().take(MAX_PEOPLE) {
            line(&mut s, "  ", &person_line(tr, p));
        }
        if people.len() > MAX_PEOPLE {
            let more = (people.len() - MAX_PEOPLE).to_string();
            line(&mut s, "  ", &tr.t("debrief-more-people", &[("count", more)]));
        }
    }
    let _ = writeln!(s);
    for o in &report.objectives {
        let text = tr.maybe(&format!("objective-{id}-{}", o.id), &[]).unwrap_or_else(|| o.id.clone());
        let mark = if o.met { tr.t("objective-met", &[]) } else { tr.t("objective-missed", &[]) };
        line(&mut s, "", &format!("{mark}  {text}"));
    }
    line(&mut s, "", &tr.t("debrief-full-hint", &[("scenario", id.to_owned())]));
    s
}

/// A person's groups: title and severity, one sentence, what would have prevented it, what to do.
fn person_groups(s: &mut String, tr: &Tr, scenario: &str, p: &PersonDebrief) {
    for g in &p.groups {
        line(s, "• ", &group_heading(tr, g, &p.person));
        line(s, "    ", &summary_sentence(tr, g));
        if let Some(prevented) = prevented_text(tr, scenario, g) {
            line(s, "    ", &prevented);
        }
        line(s, "    ", &todo_text(tr, g.todo, g.todo.page()));
    }
}

/// Writes `text` after `indent`, wrapped at [`WIDTH`] columns (continuations indented alike).
fn line(s: &mut String, indent: &str, text: &str) {
    let pad = " ".repeat(indent.chars().count());
    let mut current = indent.to_owned();
    let mut empty = true;
    for word in text.split(' ') {
        let len = current.chars().count() + usize::from(!empty) + word.chars().count();
        if !empty && len > WIDTH {
            let _ = writeln!(s, "{}", current.trim_end());
            current = pad.clone();
            empty = true;
        }
        if !empty {
            current.push(' ');
        }
        current.push_str(word);
        empty = false;
    }
    let _ = writeln!(s, "{}", current.trim_end());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_at_the_width_with_their_indent() {
        let mut s = String::new();
        line(&mut s, "    ", &"word ".repeat(40));
        assert!(s.lines().all(|l| l.chars().count() <= WIDTH && l.starts_with("    ")), "{s}");
        assert!(s.lines().count() > 1);
    }
}
