//! The book's fact sheet and glossary, generated from `docs/rules.md` at build time so that every
//! "why" of a finding has a target that cannot drift from the rules.
//!
//! Their plain-language layer (section summaries, each rule in plain words, glossary terms and
//! meanings, the pages' own words) goes through the book's gettext catalogues like any chapter:
//! `book xgettext` adds [`messages_of`] to `messages.pot`, and a translated book looks each one up in
//! its catalogue ([`Words`]). The technical layer (what exactly the adversary reads, finding codes,
//! sources, the additions' notes) stays as written, marked `lang="en"`. Anchors stay English, so
//! every "why" link works in every language.

use crate::po::Po;
use crate::preprocessor::escape;
use std::fmt::Write as _;

/// The fact sheet's and the glossary's own words, as their msgids.
const PAGE_WORDS: [&str; 10] = [
    "The fact sheet's sections",
    "what it is about",
    "The rules",
    "What exactly, and where it comes from",
    "What the adversary reads:",
    "What it finds:",
    "Source:",
    "Additions to the fact sheet",
    "See:",
    "The technical details are kept in English, as the sources they cite are written.",
];

/// The book's language for the two pages: a catalogue to look messages up in, or none (English).
#[derive(Clone, Copy, Default)]
pub struct Words<'a> {
    /// The language's catalogue.
    pub po: Option<&'a Po>,
}

impl Words<'_> {
    /// `msgid` in the book's language (as written when the catalogue has no translation of it).
    pub fn t(&self, msgid: &str) -> String {
        self.po
            .and_then(|po| po.find(msgid))
            .filter(|e| e.translated())
            .map_or_else(|| msgid.to_owned(), |e| e.msgstr.clone())
    }

    /// The attributes of an element whose text stays English inside a translated page.
    fn english(&self) -> &'static str {
        if self.po.is_some() { " lang=\"en\" dir=\"ltr\"" } else { "" }
    }
}

/// The messages of the fact sheet, the glossary, or both (a book holds only the pages it uses), for
/// the catalogues: (msgid, where it is written), in page order.
pub fn messages_of(md: &str, facts: bool, glossary: bool) -> Vec<(String, String)> {
    let line = |text: &str| md.find(text).map_or(0, |at| md[..at].matches('\n').count() + 1);
    let at = |text: &str| format!("../docs/rules.md:{}", line(text));
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |msgid: &str, place: String| {
        if !msgid.trim().is_empty() && !out.iter().any(|(m, _)| m == msgid) {
            out.push((msgid.to_owned(), place));
        }
    };
    let words = if facts { &PAGE_WORDS[..] } else { &PAGE_WORDS[8..9] };
    for w in words.iter().filter(|w| glossary || **w != "See:") {
        add(w, "../src/factsheet.rs".to_owned());
    }
    let sections = if facts { table_after(md, "The fact sheet's sections") } else { Vec::new() };
    for c in sections {
        if let Some(text) = c.get(1) {
            add(text, at(text));
        }
    }
    for r in rules(md).into_iter().filter(|_| facts) {
        add(&r.plain, at(&r.plain));
    }
    let terms = if glossary { table_after(md, "Glossary") } else { Vec::new() };
    for c in terms {
        add(&c[0], at(&format!("| {} |", c[0])));
        if let Some(meaning) = c.get(1) {
            add(meaning, at(meaning));
        }
        for link in c.get(2).map(|s| see_items(s)).unwrap_or_default().into_iter().filter(|s| !s.starts_with('`')) {
            add(link, at(link));
        }
    }
    out
}

/// The items of a glossary row's "see" cell: rule ids in code spans and Markdown links.
fn see_items(see: &str) -> Vec<&str> {
    see.split(", ").map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// The rules file, as compiled in.
pub const RULES_MD: &str = include_str!("../docs/rules.md");

/// One knowledge rule: its row in the rules table and its plain words.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleRow {
    /// The rule id, e.g. `server-ip-log`.
    pub id: String,
    /// What the adversary reads (Markdown).
    pub reads: String,
    /// The finding codes (Markdown).
    pub codes: String,
    /// The FACTS row and source (Markdown).
    pub source: String,
    /// One or two plain sentences, from "In plain words".
    pub plain: String,
}

/// The cells of a Markdown table row (`| a | b |`), trimmed; `None` for other lines.
fn cells(line: &str) -> Option<Vec<String>> {
    let inner = line.trim().strip_prefix('|')?.strip_suffix('|')?;
    Some(inner.split('|').map(|c| c.trim().to_owned()).collect())
}

/// The data rows of the first table after the heading `## {title}` (header and rule skipped).
fn table_after(md: &str, title: &str) -> Vec<Vec<String>> {
    let heading = format!("## {title}");
    let Some(start) = md.lines().position(|l| l.trim() == heading) else { return Vec::new() };
    md.lines()
        .skip(start + 1)
        .skip_while(|l| !l.trim_start().starts_with('|'))
        .take_while(|l| l.trim_start().starts_with('|'))
        .skip(2)
        .filter_map(cells)
        .collect()
}

/// A code span's text (`` `x` `` → `x`).
fn unquote(s: &str) -> String {
    s.trim().trim_matches('`').to_owned()
}

/// Every rule of the rules table with its plain words (empty when the row is missing).
pub fn rules(md: &str) -> Vec<RuleRow> {
    let plain = table_after(md, "In plain words");
    first_table(md)
        .into_iter()
        .filter(|c| c.len() >= 4)
        .map(|c| {
            let id = unquote(&c[0]);
            let plain = plain.iter().find(|p| unquote(&p[0]) == id).map(|p| p[1].clone()).unwrap_or_default();
            RuleRow { id, reads: c[1].clone(), codes: c[2].clone(), source: c[3..].join(" | "), plain }
        })
        .collect()
}

/// The first table of the file (the rules table sits under the page's `#` title).
fn first_table(md: &str) -> Vec<Vec<String>> {
    md.lines()
        .skip_while(|l| !l.trim_start().starts_with('|'))
        .take_while(|l| l.trim_start().starts_with('|'))
        .skip(2)
        .filter_map(cells)
        .collect()
}

/// The rule ids of the "In plain words" table.
#[cfg(test)]
pub fn plain_ids(md: &str) -> Vec<String> {
    table_after(md, "In plain words").iter().map(|c| unquote(&c[0])).collect()
}

/// The additions (A1, A2 …): id, title, body (Markdown).
pub fn additions(md: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    let mut current: Option<(String, String, String)> = None;
    for line in md.lines() {
        if let Some(rest) = line.strip_prefix("- **A") {
            out.extend(current.take());
            let (num, rest) = rest.split_once(" — ").unwrap_or(("", rest));
            let (title, body) = rest.split_once("**").unwrap_or((rest, ""));
            current = Some((format!("A{num}"), title.trim_end_matches('.').to_owned(), body.trim().to_owned()));
        } else if let Some(c) = current.as_mut() {
            if line.starts_with("  ") && !line.trim().is_empty() {
                c.2.push(' ');
                c.2.push_str(line.trim());
            } else {
                out.extend(current.take());
            }
        }
    }
    out.extend(current);
    out
}

/// Inline Markdown to HTML: code spans, bold, and `[text](page.md#anchor)` links (relative to the
/// book's root, reached through `root`); everything else escaped.
pub fn inline(md: &str, root: &str) -> String {
    let mut out = String::new();
    let mut rest = md;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('`')
            && let Some(end) = after.find('`')
        {
            let _ = write!(out, "<code>{}</code>", escape(&after[..end]));
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix("**")
            && let Some(end) = after.find("**")
        {
            let _ = write!(out, "<strong>{}</strong>", inline(&after[..end], root));
            rest = &after[end + 2..];
        } else if let Some(after) = rest.strip_prefix('[')
            && let Some((text, tail)) = after.split_once("](")
            && let Some((target, tail)) = tail.split_once(')')
        {
            let href = page_href(target, root);
            let _ = write!(out, "<a href=\"{}\">{}</a>", escape(&href), escape(text));
            rest = tail;
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push_str(&escape(&c.to_string()));
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// A book page (`page.md#anchor`, relative to `book/src`) as a link from a chapter.
fn page_href(target: &str, root: &str) -> String {
    let target = target.trim_start_matches("../book/src/");
    let (path, anchor) = target.split_once('#').map_or((target, None), |(p, a)| (p, Some(a)));
    let path = path.strip_suffix(".md").map_or_else(|| path.to_owned(), |p| format!("{p}.html"));
    match anchor {
        Some(a) => format!("{root}{path}#{a}"),
        None => format!("{root}{path}"),
    }
}

/// The anchor of a rule on the fact sheet.
pub fn rule_anchor(id: &str) -> String {
    format!("rule-{id}")
}

/// The fact sheet's page, relative to the book's root.
pub const FACTS_PAGE: &str = "facts.html";

/// The fact sheet: what each section covers, then every rule in plain words with what the
/// adversary reads and the source folded under it, then the additions.
pub fn facts_html(md: &str, root: &str, w: Words<'_>) -> String {
    let (t, en) = (|s: &str| w.t(s), w.english());
    let mut h = String::new();
    let _ = write!(h, "<h2 id=\"sections\">{}</h2>", escape(&t("The fact sheet's sections")));
    let _ = write!(
        h,
        "<table class=\"gh-facts-sections\"><thead><tr><th>§</th><th>{}</th></tr></thead><tbody>",
        escape(&t("what it is about"))
    );
    for c in table_after(md, "The fact sheet's sections") {
        let (n, text) = (c.first().cloned().unwrap_or_default(), c.get(1).cloned().unwrap_or_default());
        let _ = write!(h, "<tr id=\"section-{0}\"><td>§{0}</td><td>{1}</td></tr>", escape(&n), inline(&t(&text), root));
    }
    h.push_str("</tbody></table>");
    let _ = write!(h, "<h2 id=\"rules\">{}</h2>", escape(&t("The rules")));
    if w.po.is_some() {
        let _ = write!(h, "<p class=\"gh-note\">{}</p>", escape(&t(PAGE_WORDS[9])));
    }
    for r in rules(md) {
        let _ = write!(
            h,
            "<div class=\"gh-fact\"><h3 id=\"{}\">{}</h3><p>{}</p>\
             <details><summary>{}</summary>\
             <p><strong>{}</strong> <span{en}>{}</span></p>\
             <p><strong>{}</strong> <span{en}>{}</span></p>\
             <p><strong>{}</strong> <span{en}>{}</span></p></details></div>",
            rule_anchor(&r.id),
            escape(&r.id),
            inline(&t(&r.plain), root),
            escape(&t("What exactly, and where it comes from")),
            escape(&t("What the adversary reads:")),
            inline(&r.reads, root),
            escape(&t("What it finds:")),
            inline(&r.codes, root),
            escape(&t("Source:")),
            inline(&r.source, root)
        );
    }
    let _ =
        write!(h, "<h2 id=\"additions\">{}</h2><ul class=\"gh-additions\">", escape(&t("Additions to the fact sheet")));
    for (id, title, body) in additions(md) {
        let _ = write!(
            h,
            "<li id=\"addition-{}\"{en}><strong>{} — {}.</strong> {}</li>",
            escape(&id.to_lowercase()),
            escape(&id),
            inline(&title, root),
            inline(&body, root)
        );
    }
    h.push_str("</ul>");
    h
}

/// The glossary: each term in plain words, with links to the rules and pages it names.
pub fn glossary_html(md: &str, root: &str, w: Words<'_>) -> String {
    let mut h = String::from("<dl class=\"gh-glossary\">");
    for c in table_after(md, "Glossary") {
        let (term, meaning, see) =
            (&c[0], c.get(1).cloned().unwrap_or_default(), c.get(2).cloned().unwrap_or_default());
        let links: Vec<String> = see_items(&see)
            .into_iter()
            .map(|s| {
                if s.starts_with('`') {
                    let id = unquote(s);
                    format!("<a href=\"{root}{FACTS_PAGE}#{}\"><code>{}</code></a>", rule_anchor(&id), escape(&id))
                } else {
                    inline(&w.t(s), root)
                }
            })
            .collect();
        let _ = write!(
            h,
            "<dt id=\"{}\">{}</dt><dd>{}",
            term_anchor(term),
            escape(&w.t(term)),
            inline(&w.t(&meaning), root)
        );
        if !links.is_empty() {
            let _ = write!(h, " <span class=\"gh-see\">{} {}</span>", escape(&w.t("See:")), links.join(", "));
        }
        h.push_str("</dd>");
    }
    h.push_str("</dl>");
    h
}

/// A glossary term's anchor (`term-ip-address`).
pub fn term_anchor(term: &str) -> String {
    let slug: String =
        term.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect::<String>();
    format!("term-{}", slug.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_plain_words_and_every_plain_row_a_rule() {
        let rules = rules(RULES_MD);
        assert!(rules.len() >= 29, "found {} rules", rules.len());
        let missing: Vec<&str> = rules.iter().filter(|r| r.plain.is_empty()).map(|r| r.id.as_str()).collect();
        assert!(missing.is_empty(), "rules without plain words in docs/rules.md: {missing:?}");
        let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        let stray: Vec<String> = plain_ids(RULES_MD).into_iter().filter(|p| !ids.contains(&p.as_str())).collect();
        assert!(stray.is_empty(), "plain words for rules that do not exist: {stray:?}");
    }

    #[test]
    fn every_rule_fluent_key_has_a_rule_on_the_fact_sheet() {
        let ftl = include_str!("../assets/locales/en/findings.ftl");
        let ids: Vec<String> = rules(RULES_MD).into_iter().map(|r| r.id).collect();
        for line in ftl.lines() {
            let Some(key) = line.strip_prefix("rule-").and_then(|l| l.split_once(" =")).map(|(k, _)| k) else {
                continue;
            };
            assert!(ids.iter().any(|i| i == key), "rule `{key}` has words but no row in docs/rules.md");
        }
    }

    #[test]
    fn glossary_and_additions_are_found_and_markup_is_escaped() {
        assert!(additions(RULES_MD).len() >= 15);
        assert!(table_after(RULES_MD, "Glossary").len() >= 25);
        let g = glossary_html(RULES_MD, "../", Words::default());
        assert!(g.contains("id=\"term-ip-address\""), "{g}");
        assert!(g.contains("href=\"../facts.html#rule-server-ip-log\""));
        assert!(g.contains("href=\"../do-this-now.html\""));
        assert_eq!(
            inline("a `<b>` **c** [d](x.md#y)", ""),
            "a <code>&lt;b&gt;</code> <strong>c</strong> <a href=\"x.html#y\">d</a>"
        );
    }

    /// The ids (`id="…"`) of a page, in order.
    fn ids(html: &str) -> Vec<&str> {
        html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
    }

    #[test]
    fn the_spanish_and_persian_pages_are_translated_with_the_english_anchors() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (facts, glossary) =
            (facts_html(RULES_MD, "", Words::default()), glossary_html(RULES_MD, "", Words::default()));
        for lang in ["es", "fa"] {
            let po = Po::load(&root.join(format!("book/po/{lang}.po"))).expect("catalogue");
            let missing: Vec<String> = messages_of(RULES_MD, true, true)
                .into_iter()
                .filter(|(m, _)| !po.find(m).is_some_and(|e| e.translated()))
                .map(|(m, _)| m)
                .collect();
            assert!(missing.is_empty(), "{lang}.po lacks {} fact-sheet messages: {missing:?}", missing.len());
            let w = Words { po: Some(&po) };
            let (f, g) = (facts_html(RULES_MD, "", w), glossary_html(RULES_MD, "", w));
            assert_eq!(ids(&f), ids(&facts), "{lang}: the fact sheet's anchors moved");
            assert_eq!(ids(&g), ids(&glossary), "{lang}: the glossary's anchors moved");
            let plain = &rules(RULES_MD)[0].plain;
            assert!(!f.contains(&inline(plain, "")), "{lang}: a rule's plain words stayed English");
            assert!(!g.contains("The secret an app keeps"), "{lang}: a definition stayed English");
            assert!(f.contains("lang=\"en\""), "{lang}: the English technical layer is not marked");
        }
        assert!(!facts.contains("lang=\"en\""), "the English book marks nothing");
    }
}
