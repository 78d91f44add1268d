//! The class summary in Markdown: what the trainer keeps or shares after a session — the class
//! picture of every raid (counts per server, nobody named) and the scenario's discussion prompts.

use crate::raid::Summary;
use glasshouse_words::i18n::Tr;
use std::fmt::Write as _;

/// Text for a Markdown table cell or line: characters Markdown or HTML would read as markup are
/// escaped, line breaks become spaces, so a name from a trainer's file cannot change the page.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '!' | '<' | '>' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

/// One raid as the summary shows it.
pub enum Round<'a> {
    /// Finished: its class picture.
    Done(&'a Summary),
    /// Still working (round, adversary).
    Running(u32, &'a str),
    /// Failed (round, adversary, reason).
    Failed(u32, &'a str, &'a str),
}

/// The summary of a class: its scenario, how many took part and wrote, each raid's picture, and
/// the scenario's debrief and facilitator notes (the discussion prompts), in the class's language.
pub fn markdown(tr: &Tr, scenario: &str, learners: usize, messages: usize, rounds: &[Round<'_>]) -> String {
    let mut m = String::new();
    let title = tr.maybe(&format!("scenario-{scenario}"), &[]).unwrap_or_else(|| scenario.to_owned());
    let _ = writeln!(m, "# {}\n", md_escape(&tr.t("class-md-title", &[("title", title)])));
    let counts = [("learners", learners.to_string()), ("messages", messages.to_string())];
    let _ = writeln!(m, "{}\n", md_escape(&tr.t("class-md-counts", &counts)));
    let _ = writeln!(m, "{}\n", md_escape(&tr.t("class-md-anonymous", &[])));
    if rounds.is_empty() {
        let _ = writeln!(m, "{}\n", md_escape(&tr.t("class-md-no-raid", &[])));
    }
    for r in rounds {
        match r {
            Round::Done(s) => table(&mut m, tr, s),
            Round::Running(round, adversary) => {
                let args = [("round", round.to_string()), ("adversary", (*adversary).to_owned())];
                let _ = writeln!(
                    m,
                    "## {}\n\n{}\n",
                    md_escape(&tr.t("class-summary-heading", &args)),
                    md_escape(&tr.t("class-md-running", &[]))
                );
            }
            Round::Failed(round, adversary, why) => {
                let args = [("round", round.to_string()), ("adversary", (*adversary).to_owned())];
                let failed = tr.t("class-trainer-raid-failed", &[("error", (*why).to_owned())]);
                let _ =
                    writeln!(m, "## {}\n\n{}\n", md_escape(&tr.t("class-summary-heading", &args)), md_escape(&failed));
            }
        }
    }
    for (key, heading) in [("debrief", "class-md-what-it-means"), ("facilitator", "class-md-discuss")] {
        if let Some(text) = tr.maybe(&format!("scenario-{scenario}-{key}"), &[]) {
            let _ = writeln!(m, "## {}\n\n{}\n", md_escape(&tr.t(heading, &[])), md_escape(text.trim()));
        }
    }
    m
}

/// One raid's class picture as a Markdown table.
fn table(m: &mut String, tr: &Tr, s: &Summary) {
    let args = [("round", s.round.to_string()), ("adversary", s.adversary.clone())];
    let _ = writeln!(m, "## {}\n", md_escape(&tr.t("class-summary-heading", &args)));
    let cols = [
        "class-summary-server",
        "class-summary-learners",
        "class-summary-home-ips",
        "class-summary-contacts",
        "class-summary-public-handles",
        "class-summary-linked-accounts",
        "class-summary-readable-messages",
    ];
    let head: Vec<String> = cols.iter().map(|c| md_escape(&tr.t(c, &[]))).collect();
    let _ = writeln!(m, "| {} |", head.join(" | "));
    let _ = writeln!(m, "|{}", "---|".repeat(cols.len()));
    for (server, l) in &s.servers {
        let n = [l.learners, l.home_ips, l.contacts, l.public_handles, l.linked_accounts, l.readable_messages];
        let cells: Vec<String> = n.iter().map(|v| tr.number(*v as u64)).collect();
        let _ = writeln!(m, "| {} | {} |", md_escape(server), cells.join(" | "));
    }
    m.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::raid::ServerLine;
    use std::collections::BTreeMap;

    #[test]
    fn markup_in_names_is_escaped() {
        assert_eq!(
            md_escape("a|b <img src=x onerror=y> [x](y) **z**\nq"),
            "a\\|b \\<img src=x onerror=y\\> \\[x\\]\\(y\\) \\*\\*z\\*\\* q"
        );
    }

    #[test]
    fn a_raid_is_a_table_per_server_with_the_prompts_after_it() {
        let template = crate::Template::bundled();
        let tr = crate::words::tr("en", &template, 10);
        let mut servers = BTreeMap::new();
        servers
            .insert("bad|server.example".to_owned(), ServerLine { learners: 3, home_ips: 2, ..ServerLine::default() });
        let s = Summary {
            scenario: template.id().to_owned(),
            round: 1,
            adversary: "raid".into(),
            learners: 3,
            servers,
            findings: BTreeMap::new(),
        };
        let md = markdown(&tr, template.id(), 3, 7, &[Round::Done(&s), Round::Running(2, "raid")]);
        assert!(md.starts_with("# "), "{md}");
        assert!(md.contains("| bad\\|server.example | 3 | 2 | 0 | 0 | 0 | 0 |"), "{md}");
        assert!(md.contains("## ") && md.contains("Discuss"), "{md}");
        let rows = md.lines().filter(|l| l.starts_with('|')).count();
        assert_eq!(rows, 3, "header, rule, one server:\n{md}");
    }
}
