//! Turning the core's codes and arguments into text: report tables, outlines, diagnostics.

use crate::i18n::Tr;
use glasshouse_sim::Scenario;
use glasshouse_sim::knowledge::Finding;
use glasshouse_sim::report::Report;
use glasshouse_sim::scenario::{Action, Setup};
use serde_json::Value;
use std::fmt::Write as _;

pub use glasshouse_words::words::{adversary_label, arg_text, diagnostic, evidence_text, finding_sentence, kebab};

/// The report as text: findings table (a member's own view labelled as not an adversary), objectives,
/// summary.
pub fn report_text(tr: &Tr, report: &Report, scenario: &Scenario, setup: &Setup) -> String {
    let mut s = String::new();
    let title = tr.maybe(&format!("scenario-{}", scenario.id), &[]).unwrap_or_else(|| scenario.id.clone());
    let _ = writeln!(s, "{}", tr.t("report-title", &[("title", title), ("seed", report.seed.to_string())]));
    let choices: Vec<String> = report.choices.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let _ = writeln!(s, "{}", tr.t("report-choices", &[("choices", choices.join("  "))]));
    for a in &report.adversaries {
        let target = match &a.kind {
            glasshouse_sim::scenario::AdversaryKind::Insider { person }
            | glasshouse_sim::scenario::AdversaryKind::NetworkObserver { person }
            | glasshouse_sim::scenario::AdversaryKind::PushGateway { person } => person.clone(),
            glasshouse_sim::scenario::AdversaryKind::SeizedDevice { person, device } => format!("{person}/{device}"),
            glasshouse_sim::scenario::AdversaryKind::ContactLookup { contacts } => contacts.join(", "),
            glasshouse_sim::scenario::AdversaryKind::IdentityServer { name } => name.clone(),
            server_side => server_side.servers().join(", "),
        };
        let kind = kebab(serde_json::to_value(&a.kind).ok().and_then(|v| v.get("kind").cloned()).unwrap_or_default());
        let _ = writeln!(
            s,
            "{}",
            tr.t(
                "report-adversary",
                &[
                    ("id", a.id.clone()),
                    ("kind", tr.t(&format!("adversary-{kind}"), &[])),
                    ("target", target),
                    ("at", a.at.to_string())
                ]
            )
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tr.t("report-findings", &[("count", report.findings.len().to_string())]));
    // The learner's accounts first, then everyone else; numbers stay those of the JSON order.
    let learner_first = |f: &Finding| !report.learner_accounts.contains(&f.subject);
    let mut order: Vec<usize> = (0..report.findings.len()).collect();
    order.sort_by_key(|&i| (learner_first(&report.findings[i]), i));
    let rows: Vec<[String; 4]> = order
        .iter()
        .map(|&i| {
            let f = &report.findings[i];
            [(i + 1).to_string(), adversary_label(tr, setup, &f.adversary), f.subject.clone(), finding_sentence(tr, f)]
        })
        .collect();
    let header = ["#".to_owned(), tr.t("col-adversary", &[]), tr.t("col-about", &[]), tr.t("col-finding", &[])];
    s.push_str(&table(&header, &rows));
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tr.t("report-evidence", &[]));
    for &i in &order {
        let f = &report.findings[i];
        let ev: Vec<String> = f.evidence.iter().map(|e| evidence_text(tr, e)).collect();
        let _ = writeln!(s, "  [{}] {} — {}", i + 1, tr.t(&format!("rule-{}", kebab(f.rule)), &[]), ev.join("; "));
    }
    if !report.counterfactuals.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr.t("report-prevented", &[]));
        for &i in order.iter().filter(|&&i| !learner_first(&report.findings[i])) {
            let Some(cf) = report.counterfactuals.iter().find(|c| c.finding == i) else { continue };
            let text = if cf.preventable() {
                let alternatives: Vec<String> = cf
                    .prevented_by
                    .iter()
                    .map(|changes| {
                        changes.iter().map(|c| format!("{}={}", c.key, c.value)).collect::<Vec<_>>().join(" + ")
                    })
                    .collect();
                tr.t("prevented-by", &[("changes", alternatives.join(&format!(" {} ", tr.t("prevented-or", &[]))))])
            } else {
                tr.t("prevented-by-nothing", &[])
            };
            let _ = writeln!(s, "  [{}] {text}", i + 1);
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", tr.t("report-objectives", &[]));
    for o in &report.objectives {
        let text = tr.maybe(&format!("objective-{}-{}", scenario.id, o.id), &[]).unwrap_or_else(|| o.id.clone());
        let (met, missed) = (tr.t("objective-met", &[]), tr.t("objective-missed", &[]));
        let width = met.chars().count().max(missed.chars().count());
        let mark = if o.met { met } else { missed };
        let mark = format!("{mark}{}", " ".repeat(width - mark.chars().count()));
        let because: Vec<String> = o.findings.iter().map(|i| format!("#{}", i + 1)).collect();
        let why = if because.is_empty() { String::new() } else { format!("  ({})", because.join(", ")) };
        let _ = writeln!(s, "  {mark}  {text}{why}");
    }
    let _ = writeln!(s);
    let e = &report.exposure;
    let _ = writeln!(
        s,
        "{}",
        tr.t(
            "report-exposure",
            &[
                ("read", e.learner_messages_read.to_string()),
                ("sent", e.learner_messages.to_string()),
                ("all_read", e.messages_read.to_string()),
                ("all", e.messages.to_string()),
            ]
        )
    );
    let about: Vec<String> = e.about_learner.iter().map(|(k, v)| format!("{k} ×{v}")).collect();
    let _ = writeln!(
        s,
        "{}",
        tr.t("report-about-learner", &[("list", if about.is_empty() { "—".into() } else { about.join(", ") })])
    );
    if let Some(d) = tr.maybe(&format!("scenario-{}-debrief", scenario.id), &[]) {
        let _ = writeln!(s, "\n{}\n{d}", tr.t("report-debrief", &[]));
    }
    s
}

/// Every combination's outcome as a table (one column per objective), then which choices matter.
pub fn outcomes_text(tr: &Tr, scenario: &Scenario, o: &glasshouse_sim::counterfactual::Outcomes) -> String {
    let mut s = String::new();
    let title = tr.maybe(&format!("scenario-{}", scenario.id), &[]).unwrap_or_else(|| scenario.id.clone());
    let key = if o.exhaustive { "outcomes-title-all" } else { "outcomes-title-singles" };
    let _ = writeln!(s, "{}", tr.t(key, &[("title", title), ("count", o.outcomes.len().to_string())]));
    let objectives: Vec<String> = o
        .outcomes
        .iter()
        .find(|x| !x.objectives.is_empty())
        .map_or_else(Vec::new, |x| x.objectives.iter().map(|(id, _)| id.clone()).collect());
    for (i, id) in objectives.iter().enumerate() {
        let text = tr.maybe(&format!("objective-{}-{id}", scenario.id), &[]).unwrap_or_else(|| id.clone());
        let _ = writeln!(s, "  O{} = {text}", i + 1);
    }
    let _ = writeln!(s);
    let (yes, no) = (tr.t("outcome-met", &[]), tr.t("outcome-missed", &[]));
    let rows: Vec<Vec<String>> = o
        .outcomes
        .iter()
        .map(|x| {
            let choices: Vec<String> = x.choices.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let mut row = vec![choices.join(" ")];
            if x.problems.is_empty() {
                row.extend(x.objectives.iter().map(|(_, met)| if *met { yes.clone() } else { no.clone() }));
                row.push(x.about_learner.values().sum::<usize>().to_string());
                row.push(x.learner_messages_read.to_string());
            } else {
                row.push(tr.t("outcome-problems", &[("codes", x.problems.join(", "))]));
            }
            row
        })
        .collect();
    let mut header = vec![tr.t("col-choices", &[])];
    header.extend((1..=objectives.len()).map(|i| format!("O{i}")));
    header.push(tr.t("col-about-you", &[]));
    header.push(tr.t("col-read", &[]));
    s.push_str(&ragged_table(&header, &rows));
    let _ = writeln!(s);
    let matter: Vec<&str> = o.matters.iter().filter(|(_, m)| **m).map(|(k, _)| k.as_str()).collect();
    let idle: Vec<&str> = o.matters.iter().filter(|(_, m)| !**m).map(|(k, _)| k.as_str()).collect();
    let list = |v: &[&str]| if v.is_empty() { "—".to_owned() } else { v.join(", ") };
    let _ = writeln!(s, "{}", tr.t("outcomes-matter", &[("list", list(&matter))]));
    let _ = writeln!(s, "{}", tr.t("outcomes-idle", &[("list", list(&idle))]));
    s
}

/// A plain-text table whose rows may have fewer cells than the header.
fn ragged_table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(widths.len()) {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                format!("{c}{}", " ".repeat(widths.get(i).copied().unwrap_or(0).saturating_sub(c.chars().count())))
            })
            .collect();
        format!("  {}\n", padded.join("  ").trim_end())
    };
    let mut s = line(header);
    for r in rows {
        s.push_str(&line(r));
    }
    s
}

/// A plain-text table with columns padded to their widest cell (in characters).
pub fn table<const N: usize>(header: &[String; N], rows: &[[String; N]]) -> String {
    let mut width = [0usize; N];
    for r in std::iter::once(header).chain(rows.iter()) {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let line = |r: &[String; N]| -> String {
        let cells: Vec<String> =
            r.iter().enumerate().map(|(i, c)| format!("{c}{}", " ".repeat(width[i] - c.chars().count()))).collect();
        format!("  {}\n", cells.join("  ").trim_end())
    };
    let mut s = line(header);
    let rule: [String; N] = std::array::from_fn(|i| "-".repeat(width[i]));
    s.push_str(&line(&rule));
    for r in rows {
        s.push_str(&line(r));
    }
    s
}

/// The outline `explain` prints as text.
pub fn outline_text(tr: &Tr, scenario: &Scenario, setup: &Setup) -> String {
    let mut s = String::new();
    let title = tr.maybe(&format!("scenario-{}", scenario.id), &[]).unwrap_or_else(|| scenario.id.clone());
    let _ = writeln!(s, "{title}  ({})", scenario.id);
    if let Some(b) = tr.maybe(&format!("scenario-{}-briefing", scenario.id), &[]) {
        let _ = writeln!(s, "\n{b}");
    }
    if let Some(f) = tr.maybe(&format!("scenario-{}-facilitator", scenario.id), &[]) {
        let _ = writeln!(s, "\n{}\n{f}", tr.t("outline-facilitator", &[]));
    }
    let _ = writeln!(
        s,
        "\n{}",
        tr.t(
            "outline-meta",
            &[
                ("chapter", scenario.chapter.clone().unwrap_or_else(|| "—".into())),
                ("minutes", scenario.minutes.to_string()),
                ("seed", scenario.seed.to_string())
            ]
        )
    );
    let _ = writeln!(s, "\n{}", tr.t("outline-servers", &[]));
    for sv in setup.servers.values() {
        let mut req = Vec::new();
        if sv.requires_email {
            req.push("email");
        }
        if sv.requires_phone {
            req.push("phone");
        }
        let _ = writeln!(
            s,
            "  {}",
            tr.t(
                "outline-server",
                &[
                    ("name", sv.name.clone()),
                    ("days", sv.keeps_ip_days.to_string()),
                    ("device_ip", sv.keeps_device_ip.to_string()),
                    ("log_days", sv.log_days.to_string()),
                    ("proxy_log_days", sv.proxy_log_days.to_string()),
                    (
                        "auth",
                        serde_json::to_value(sv.auth)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default()
                    ),
                    ("requires", if req.is_empty() { "—".into() } else { req.join(", ") }),
                    ("presence", sv.presence.to_string()),
                ]
            )
        );
    }
    let _ = writeln!(s, "\n{}", tr.t("outline-people", &[]));
    for p in setup.people.values() {
        let learner = if p.learner { " *" } else { "" };
        let _ = writeln!(
            s,
            "  {}{learner}",
            tr.t(
                "outline-person",
                &[
                    ("id", p.id.clone()),
                    ("mxid", p.mxid()),
                    ("name", p.display_name.clone()),
                    ("via", kebab(p.connects)),
                    ("sends", kebab(p.sends_to))
                ]
            )
        );
    }
    let _ = writeln!(s, "\n{}", tr.t("outline-rooms", &[]));
    for r in setup.rooms.values() {
        let _ = writeln!(
            s,
            "  {}",
            tr.t(
                "outline-room",
                &[
                    ("id", r.id.clone()),
                    ("join", kebab(r.join_rule)),
                    ("history", kebab(r.history)),
                    ("encrypted", r.encrypted.to_string()),
                    ("members", r.members.join(", "))
                ]
            )
        );
    }
    let _ = writeln!(s, "\n{}", tr.t("outline-timeline", &[]));
    for step in &setup.script {
        let _ = writeln!(s, "  {:>7}  {}", step.at.to_string(), action_text(&step.action));
    }
    let _ = writeln!(s, "\n{}", tr.t("outline-adversaries", &[]));
    for a in setup.adversaries.values() {
        let kind = serde_json::to_value(&a.kind).unwrap_or_default();
        let _ = writeln!(s, "  {} — {} @ {}", a.id, arg_text(&kind), a.at);
    }
    let _ = writeln!(s, "\n{}", tr.t("outline-choices", &[]));
    for c in scenario.in_file_order() {
        let values: Vec<String> = c.values.iter().map(ToString::to_string).collect();
        let label =
            tr.maybe(&format!("choice-{}-{}", scenario.id, c.key), &[]).map(|l| format!(" — {l}")).unwrap_or_default();
        let _ = writeln!(
            s,
            "  {} = {}  [{}: {}]{label}",
            c.key,
            values.join(" | "),
            tr.t("outline-default", &[]),
            c.default
        );
    }
    let _ = writeln!(s, "\n{}", tr.t("outline-objectives", &[]));
    for o in &setup.objectives {
        let text = tr.maybe(&format!("objective-{}-{}", scenario.id, o.id), &[]).unwrap_or_default();
        let what = match (&o.filter, &o.message) {
            (Some(f), _) => f.finding.as_str().to_owned(),
            (None, Some(label)) => label.clone(),
            (None, None) => String::new(),
        };
        let _ = writeln!(s, "  {} ({}: {what}) {text}", o.id, kebab(o.kind));
    }
    s
}

fn action_text(a: &Action) -> String {
    let v = serde_json::to_value(a).unwrap_or_default();
    let mut parts = Vec::new();
    if let Value::Object(m) = v {
        let name = m.get("action").map(arg_text).unwrap_or_default();
        parts.push(name);
        for (k, v) in m.iter().filter(|(k, _)| *k != "action") {
            parts.push(format!("{k}={}", arg_text(v)));
        }
    }
    parts.join(" ")
}
