//! The book, built end to end by the binary: it builds, its links and anchors resolve, its
//! findings tables equal `glasshouse run --format json`, every chapter shows its scenarios and
//! every scenario is used, scenario text is escaped, and a bad directive names file and line.

mod common;

use common::{glasshouse, s, scratch, text};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The whole book, built once for every test here.
fn built() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = scratch("book-html");
        let o = glasshouse(&["book", "build", "--out", s(&out)], &[]);
        assert_eq!(o.status.code(), Some(0), "the book does not build:\n{}{}", text(&o.stdout), text(&o.stderr));
        out
    })
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    files_with_extension(dir, "html")
}

/// Every file under `dir` with this extension, sorted.
fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Values of `attr="…"` in an HTML text.
fn attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn the_whole_book_builds() {
    let out = built();
    assert!(out.join("index.html").is_file());
    assert!(out.join("print.html").is_file());
    for ch in glasshouse_sim::chapter::CHAPTERS {
        assert!(out.join(format!("{ch}.html")).is_file(), "no page for chapter {ch}");
    }
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let out = built();
    let mut broken = Vec::new();
    for file in html_files(out) {
        let html = std::fs::read_to_string(&file).unwrap_or_default();
        let ids: BTreeSet<&str> = attrs(&html, "id").into_iter().collect();
        for href in attrs(&html, "href") {
            if href.contains("://") || href.starts_with("mailto:") || href.starts_with("javascript:") || href.is_empty()
            {
                continue;
            }
            let (path, anchor) = href.split_once('#').unwrap_or((href, ""));
            let target = if path.is_empty() { file.clone() } else { file.parent().unwrap_or(out).join(path) };
            if !target.exists() {
                broken.push(format!("{}: {href} (no file)", file.display()));
                continue;
            }
            if !anchor.is_empty() && target.extension().is_some_and(|x| x == "html") {
                let other =
                    if target == file { html.clone() } else { std::fs::read_to_string(&target).unwrap_or_default() };
                let found = if target == file { ids.contains(anchor) } else { attrs(&other, "id").contains(&anchor) };
                if !found {
                    broken.push(format!("{}: {href} (no anchor)", file.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "{} broken links:\n{}", broken.len(), broken.join("\n"));
}

/// The book's debrief summary in a findings block shows the same groups (kind, count, how many
/// changes would have prevented it) about you, and the same people at risk and others, as the
/// `debrief` of `run --format json` with counterfactuals (`args` without `--no-counterfactuals`).
fn same_debrief_as_run(file: &Path, block: &str, args: &[&str]) {
    let args: Vec<&str> = args.iter().copied().filter(|a| *a != "--no-counterfactuals").collect();
    let o = glasshouse(&args, &[]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_default();
    let d = &v["debrief"];
    let want: Vec<String> = d["you"]["groups"]
        .as_array()
        .map(|gs| {
            gs.iter()
                .map(|g| {
                    let prevented =
                        g["prevented_by"].as_array().map_or_else(|| "-".to_owned(), |p| p.len().to_string());
                    format!("{} {} {prevented}", g["kind"].as_str().unwrap_or(""), g["count"])
                })
                .collect()
        })
        .unwrap_or_default();
    let summary = block.split("<details").next().unwrap_or_default();
    let got: Vec<String> = attrs(summary, "data-group")
        .into_iter()
        .zip(attrs(summary, "data-count"))
        .zip(attrs(summary, "data-prevented"))
        .map(|((g, c), p)| format!("{g} {c} {p}"))
        .collect();
    // The people lines carry data-count too: the groups are the first ones.
    assert_eq!(
        got[..want.len().min(got.len())],
        want[..],
        "{}: the debrief of {args:?} differs from run",
        file.display()
    );
    let people = |part: &str| -> Vec<String> {
        d[part]
            .as_array()
            .map(|ps| ps.iter().map(|p| p["person"]["id"].as_str().unwrap_or("").to_owned()).collect())
            .unwrap_or_default()
    };
    let persons = attrs(summary, "data-person");
    let parts = attrs(summary, "data-part");
    for part in ["at_risk", "others"] {
        let html_part = part.replace('_', "-");
        let got: Vec<&str> = persons.iter().zip(&parts).filter(|(_, p)| **p == html_part).map(|(id, _)| *id).collect();
        assert_eq!(got, people(part), "{}: {part} of {args:?} differ from run", file.display());
    }
}

#[test]
fn findings_tables_equal_the_json_of_run() {
    let out = built();
    let mut checked = 0;
    for file in html_files(out).into_iter().filter(|f| !f.ends_with("print.html")) {
        let html = std::fs::read_to_string(&file).unwrap_or_default();
        for block in html.split("<div class=\"gh-findings-block\">").skip(1) {
            let codes = attrs(block, "data-code");
            let meta: Vec<&str> =
                block.split("<code>").skip(1).take(2).map(|c| c.split("</code>").next().unwrap_or("")).collect();
            let [name, choices] = meta.as_slice() else {
                panic!("{}: findings block without its header", file.display())
            };
            // `key=value key=value`, where a value may hold spaces (`display_name=Sol Marsh`).
            let mut pairs: Vec<String> = Vec::new();
            for token in choices.split(' ') {
                match pairs.last_mut() {
                    Some(last) if !token.contains('=') => {
                        last.push(' ');
                        last.push_str(token);
                    }
                    _ => pairs.push(token.to_owned()),
                }
            }
            let mut args = vec!["run", *name, "--format", "json", "--no-counterfactuals"];
            for c in &pairs {
                args.push("--choose");
                args.push(c);
            }
            let o = glasshouse(&args, &[]);
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_default();
            let want: Vec<(String, String, String)> = v["findings"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|f| {
                            let g = |k: &str| f[k].as_str().unwrap_or_default().to_owned();
                            (g("adversary"), g("subject"), g("code"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let got: Vec<(String, String, String)> = attrs(block, "data-adversary")
                .into_iter()
                .zip(attrs(block, "data-subject"))
                .zip(codes)
                .map(|((a, s), c)| (a.to_owned(), s.to_owned(), c.to_owned()))
                .collect();
            assert_eq!(got, want, "{}: the table for {name} {choices} differs from run", file.display());
            same_debrief_as_run(&file, block, &args);
            checked += 1;
        }
    }
    assert!(checked > 0, "the book has no findings table");
}

#[test]
fn every_chapter_shows_its_scenarios_and_every_scenario_is_used() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src");
    let mut all = String::new();
    for p in files_with_extension(&src, "md") {
        all.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
    }
    for (name, toml) in glasshouse_sim::bundled::BUNDLED {
        let scenario = glasshouse_sim::Scenario::parse(toml).unwrap_or_else(|d| panic!("{name}: {d:?}"));
        let chapter = scenario.chapter.unwrap_or_default();
        let page = std::fs::read_to_string(src.join(format!("{chapter}.md"))).unwrap_or_default();
        assert!(
            page.contains(&format!("{{{{#glasshouse-card {name}}}}}")),
            "chapter {chapter}.md does not show its scenario {name}"
        );
        assert!(all.contains(&format!(" {name}")), "no page uses scenario {name}");
    }
}

#[test]
fn scenario_text_is_escaped_in_the_book() {
    let dir = scratch("book-evil");
    let scenarios = dir.join("scenarios");
    std::fs::create_dir_all(&scenarios).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(glasshouse(&["new", s(&scenarios.join("evil"))], &[]).status.code(), Some(0));
    let toml = std::fs::read_to_string(scenarios.join("evil.toml")).unwrap_or_default();
    let toml = toml
        .replace("display_name = \"You\"", "display_name = \"<script>alert(1)</script>\"")
        .replace("name = \"Our chat\"", "name = \"\\\"><img src=x onerror=alert(2)>\"")
        .replace("Meet at the usual place at 7", "<b onmouseover=alert(3)>hi</b>");
    std::fs::write(scenarios.join("evil.toml"), toml).unwrap_or_else(|e| panic!("{e}"));
    let ftl = std::fs::read_to_string(scenarios.join("evil.en.ftl")).unwrap_or_default();
    std::fs::write(scenarios.join("evil.en.ftl"), ftl.replace("= My scenario", "= <script>alert(4)</script>"))
        .unwrap_or_else(|e| panic!("{e}"));
    let book = dir.join("book");
    std::fs::create_dir_all(book.join("src")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(book.join("book.toml"), "[book]\ntitle = \"t\"\n[build]\ncreate-missing = false\n")
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(book.join("src/SUMMARY.md"), "# Summary\n\n- [Evil](evil.md)\n").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        book.join("src/evil.md"),
        "# Evil\n\n{{#glasshouse-card evil}}\n\n{{#glasshouse-findings evil}}\n\n{{#glasshouse-compare evil connection=direct | connection=tor}}\n\n{{#glasshouse-diagram evil}}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = dir.join("html");
    let o = glasshouse(&["--scenarios", s(&scenarios), "book", "build", "--book", s(&book), "--out", s(&out)], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let html = std::fs::read_to_string(out.join("evil.html")).unwrap_or_default();
    for bad in ["<script>alert", "<img src=x", "<b onmouseover"] {
        assert!(!html.contains(bad), "unescaped {bad} in the book");
    }
    assert!(html.contains("&lt;script&gt;alert(1)"), "the display name is missing or not escaped");
    assert!(html.contains("&lt;script&gt;alert(4)"), "the title is missing or not escaped");
}

#[test]
fn a_bad_directive_fails_the_build_with_file_and_line() {
    let dir = scratch("book-bad");
    let book = dir.join("book");
    std::fs::create_dir_all(book.join("src")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(book.join("book.toml"), "[book]\ntitle = \"t\"\n").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(book.join("src/SUMMARY.md"), "# Summary\n\n- [Bad](bad.md)\n").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        book.join("src/bad.md"),
        "# Bad\n\n{{#glasshouse-cart first-connection}}\n{{#glasshouse-card no-such}}\n{{#glasshouse-findings first-connection server=nowhere.example}}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let o = glasshouse(&["book", "build", "--book", s(&book), "--out", s(&dir.join("html"))], &[]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("bad.md:3: unknown directive `glasshouse-cart`"), "{err}");
    assert!(err.contains("bad.md:4: no scenario called `no-such`"), "{err}");
    assert!(err.contains("bad.md:5:") && err.contains("nowhere.example"), "{err}");
}

/// Every "what to do now" of the debrief links to a checklist item that exists, and every
/// checklist item that points on to the click-paths finds its section there.
#[test]
fn every_todo_of_the_debrief_links_to_an_anchor_that_exists() {
    let out = built();
    for todo in glasshouse_sim::debrief::Todo::ALL {
        let (page, anchor) = todo.page().split_once('#').expect("a page with an anchor");
        let html = std::fs::read_to_string(out.join(page)).unwrap_or_default();
        assert!(attrs(&html, "id").contains(&anchor), "{todo:?}: {page} has no id {anchor:?}");
    }
    let checklist = std::fs::read_to_string(out.join("do-this-now.html")).unwrap_or_default();
    let howto = std::fs::read_to_string(out.join("click-paths.html")).unwrap_or_default();
    let ids = attrs(&howto, "id");
    for section in [
        "encrypted-invite-only-room",
        "verify-someone",
        "set-up-recovery",
        "read-receipts-and-typing",
        "notification-content",
        "leave-discovery-off",
    ] {
        assert!(ids.contains(&section), "click-paths.html has no section {section}");
        assert!(checklist.contains(&format!("click-paths.html#{section}")), "the checklist does not link {section}");
    }
}

/// Every "why" in a findings table links to its rule on the fact sheet, and every rule the
/// simulator has is there, in plain words, with a glossary beside it.
#[test]
fn every_why_has_a_target_on_the_fact_sheet() {
    let out = built();
    let facts = std::fs::read_to_string(out.join("facts.html")).unwrap_or_default();
    let ids: BTreeSet<&str> = attrs(&facts, "id").into_iter().collect();
    for rule in glasshouse_words::words::ALL_RULES {
        let id = format!("rule-{}", glasshouse_words::words::kebab(rule));
        assert!(ids.contains(id.as_str()), "the fact sheet has no {id}");
    }
    let mut rows = 0;
    // print.html is left out: mdBook turns its links into links within that one page.
    for file in html_files(out).into_iter().filter(|f| !f.ends_with("print.html")) {
        let html = std::fs::read_to_string(&file).unwrap_or_default();
        for row in html.split("<tr data-adversary=").skip(1) {
            let row = &row[..row.find("</tr>").unwrap_or(row.len())];
            let rule = attrs(row, "data-rule").first().copied().unwrap_or_default();
            assert!(
                row.contains(&format!("facts.html#rule-{rule}\"")) && ids.contains(format!("rule-{rule}").as_str()),
                "{}: a finding's why does not link to the fact sheet: {row}",
                file.display()
            );
            rows += 1;
        }
    }
    assert!(rows > 100, "only {rows} findings rows found");
    let glossary = std::fs::read_to_string(out.join("glossary.html")).unwrap_or_default();
    assert!(glossary.contains("id=\"term-ip-address\"") && glossary.contains("facts.html#rule-"));
}

/// A member's own view (`dana-view`) is labelled as not an adversary in the findings tables.
#[test]
fn a_members_own_view_is_labelled_not_an_adversary() {
    let html = std::fs::read_to_string(built().join("high-trust-rooms.html")).unwrap_or_default();
    let row = html.split("<tr data-adversary=\"dana-view\"").nth(1).expect("a finding of dana-view");
    assert!(row[..row.find("</tr>").unwrap_or(row.len())].contains("not an adversary"), "{row}");
    let shady = html.split("<tr data-adversary=\"shady-admin\"").nth(1).expect("a finding of shady-admin");
    assert!(!shady[..shady.find("</tr>").unwrap_or(shady.len())].contains("not an adversary"));
}

/// The book is written in its own words: no page shares a run of ten words with the guide it
/// follows (`shared/guide/`, when present).
#[test]
fn no_page_shares_ten_words_with_the_guide() {
    let guide = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/guide/matrix-security-privacy.txt");
    let guide = std::fs::read_to_string(&guide)
        .or_else(|_| std::fs::read_to_string("/work/shared/guide/matrix-security-privacy.txt"))
        .unwrap_or_default();
    if guide.is_empty() {
        return;
    }
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let g = words(&guide);
    let runs: BTreeSet<String> = g.windows(10).map(|w| w.join(" ")).collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src");
    let mut shared = Vec::new();
    for p in files_with_extension(&src, "md") {
        let w = words(&std::fs::read_to_string(&p).unwrap_or_default());
        for run in w.windows(10).map(|w| w.join(" ")) {
            if runs.contains(&run) {
                shared.push(format!("{}: …{run}…", p.display()));
            }
        }
    }
    assert!(shared.is_empty(), "pages that copy the guide:\n{}", shared.join("\n"));
}
