//! The book's preprocessor: `{{#glasshouse-…}}` directives become scenario cards, findings tables
//! from real runs, side-by-side comparisons, federation diagrams and generated references.

use crate::i18n::Tr;
use crate::load::{Library, Source};
use crate::render;
use glasshouse_sim::{Report, Scenario, Selection};
use glasshouse_words::words::adversary_label;
use std::fmt::Write;

/// Directive names, without the `glasshouse-` prefix.
/// (`languages` is expanded by the book's preprocessor itself: it reads the catalogues.)
pub const DIRECTIVES: &[&str] =
    &["card", "findings", "compare", "diagram", "schema", "diagnostics", "facts", "glossary", "languages"];

/// A directive found in a chapter.
#[derive(Debug, PartialEq)]
pub struct Directive {
    /// 1-based line in the chapter file.
    pub line: usize,
    /// Name without the prefix, e.g. `findings`.
    pub name: String,
    /// Everything after the name.
    pub args: String,
}

/// Finds every `{{#glasshouse-NAME ARGS}}` on a line of its own.
pub fn directives(content: &str) -> Vec<Directive> {
    let mut fenced = false;
    content
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            // Directives shown as examples inside fenced code blocks stay as written.
            if l.trim_start().starts_with("```") || l.trim_start().starts_with("~~~") {
                fenced = !fenced;
                return None;
            }
            if fenced {
                return None;
            }
            let inner = l.trim().strip_prefix("{{#glasshouse-")?.strip_suffix("}}")?;
            let (name, args) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
            Some(Directive { line: i + 1, name: name.to_owned(), args: args.trim().to_owned() })
        })
        .collect()
}

/// Escapes text for HTML content and attribute values (shared with the debrief's HTML).
pub use glasshouse_words::html::escape;

/// Expands directives; returns the new content or every problem (`line: message`).
pub struct Expander<'a> {
    /// Where scenarios are found.
    pub lib: &'a Library,
    /// The book's language (its tables and debriefs are in it).
    pub lang: String,
    /// The path from the chapter to the book's root (`""`, `"../"` …), for links.
    pub root: String,
    /// The translated book's catalogue (the fact sheet and glossary look their words up in it).
    pub po: Option<&'a crate::po::Po>,
}

impl Expander<'_> {
    /// Expands every directive of a chapter.
    pub fn expand(&self, content: &str) -> Result<String, Vec<(usize, String)>> {
        let mut errors = Vec::new();
        let mut out = String::with_capacity(content.len());
        let found = directives(content);
        for (i, line) in content.lines().enumerate() {
            match found.iter().find(|d| d.line == i + 1) {
                Some(d) => match self.render(d) {
                    Ok(html) => {
                        out.push_str(&html);
                        out.push('\n');
                    }
                    Err(e) => errors.push((d.line, e)),
                },
                None => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        if errors.is_empty() { Ok(out) } else { Err(errors) }
    }

    /// The fact sheet's and glossary's words in the book's language.
    fn words(&self) -> crate::factsheet::Words<'_> {
        crate::factsheet::Words { po: self.po }
    }

    fn render(&self, d: &Directive) -> Result<String, String> {
        match d.name.as_str() {
            "card" => self.card(&d.args),
            "findings" => self.findings(&d.args),
            "compare" => self.compare(&d.args),
            "diagram" => self.diagram(&d.args),
            "schema" => Ok(schema_reference()),
            "diagnostics" => Ok(diagnostics_reference()),
            "facts" => Ok(crate::factsheet::facts_html(crate::factsheet::RULES_MD, &self.root, self.words())),
            "glossary" => Ok(crate::factsheet::glossary_html(crate::factsheet::RULES_MD, &self.root, self.words())),
            "languages" => Err("glasshouse-languages is expanded only in a book build (it reads po/)".into()),
            other => Err(format!(
                "unknown directive `glasshouse-{other}`; use one of: {}",
                DIRECTIVES.iter().map(|d| format!("glasshouse-{d}")).collect::<Vec<_>>().join(", ")
            )),
        }
    }

    /// The scenario named first in `args`, its source, and the choices that follow.
    fn load(&self, args: &str) -> Result<(Source, Scenario, Vec<String>), String> {
        let mut words = args.split_whitespace();
        let name = words.next().ok_or("name a scenario, e.g. {{#glasshouse-card first-connection}}")?;
        let (src, s) = self.lib.scenario(name).map_err(|_| {
            let known =
                self.lib.entries().map(|e| e.into_iter().map(|e| e.name).collect::<Vec<_>>()).unwrap_or_default();
            format!("no scenario called `{name}`; known: {}", known.join(", "))
        })?;
        Ok((src, s, words.map(str::to_owned).collect()))
    }

    fn run(&self, s: &Scenario, choices: &[String]) -> Result<(Selection, glasshouse_sim::World, Report), String> {
        let sel = s.select(choices.iter().map(String::as_str)).map_err(|e| format!("{}: {e}", s.id))?;
        let (world, report) =
            glasshouse_sim::run(s, &sel, s.seed).map_err(|e| format!("{}: the run failed: {e}", s.id))?;
        Ok((sel, world, report))
    }

    fn card(&self, args: &str) -> Result<String, String> {
        let (src, s, rest) = self.load(args)?;
        if !rest.is_empty() {
            return Err("glasshouse-card takes only a scenario name".into());
        }
        let tr = Tr::new("en", &|l| src.prose_for(l));
        let title = tr.maybe(&format!("scenario-{}", s.id), &[]).unwrap_or_else(|| s.id.clone());
        let mut h = String::new();
        let _ = write!(h, "<div class=\"gh-card\" id=\"scenario-{}\">", escape(&s.id));
        let _ = write!(h, "<h4>Scenario: {}</h4>", escape(&title));
        let _ = write!(
            h,
            "<p class=\"gh-meta\">chapter <code>{}</code> · about {} minutes · {} choices</p>",
            escape(s.chapter.as_deref().unwrap_or("—")),
            s.minutes,
            s.choices.len()
        );
        if let Some(b) = tr.maybe(&format!("scenario-{}-briefing", s.id), &[]) {
            let _ = write!(h, "<p>{}</p>", escape(&b));
        }
        let choices: Vec<String> = s
            .choices
            .values()
            .map(|c| {
                let label = tr.maybe(&format!("choice-{}-{}", s.id, c.key), &[]).unwrap_or_else(|| c.key.clone());
                let values: Vec<String> =
                    c.values.iter().map(|v| format!("<code>{}</code>", escape(&v.to_string()))).collect();
                format!("<li>{} (<code>{}</code>): {}</li>", escape(&label), escape(&c.key), values.join(" / "))
            })
            .collect();
        let _ = write!(h, "<p><strong>Your choices</strong></p><ul>{}</ul>", choices.join(""));
        let setup = s.setup(&s.defaults()).map_err(|_| format!("{}: the defaults do not build", s.id))?;
        let objectives: Vec<String> = setup
            .objectives
            .iter()
            .map(|o| {
                let text = tr.maybe(&format!("objective-{}-{}", s.id, o.id), &[]).unwrap_or_else(|| o.id.clone());
                format!("<li>{}</li>", escape(&text))
            })
            .collect();
        let _ = write!(h, "<p><strong>Objectives</strong></p><ul>{}</ul>", objectives.join(""));
        let _ = write!(
            h,
            "<p>Open it: <code>glasshouse explain {0}</code> · <code>glasshouse run {0}</code> · <code>glasshouse play {0}</code></p>",
            escape(&s.id)
        );
        // The browser simulator loads only on click (theme/glasshouse-play.js); nothing else is fetched.
        let _ = write!(
            h,
            "<p><button type=\"button\" class=\"gh-play\" data-scenario=\"{0}\" data-title=\"Glasshouse: {1}\" \
             data-playing=\"Playing below\" data-missing=\"The browser simulator is not in this build of the book: \
             build it with glasshouse book build --web.\">Play in your browser</button></p>\
             <div class=\"gh-play-frame\"></div></div>",
            escape(&s.id),
            escape(&title)
        );
        Ok(h)
    }

    fn findings(&self, args: &str) -> Result<String, String> {
        let (src, s, choices) = self.load(args)?;
        let (sel, world, mut report) = self.run(&s, &choices)?;
        report.counterfactuals = glasshouse_sim::counterfactual::counterfactuals(&s, &sel, s.seed, &report);
        let debrief = glasshouse_sim::debrief::build(world.setup(), &report);
        // Right-to-left book pages: names, ids and numbers keep their own direction.
        let tr = Tr::new(&self.lang, &|l| src.prose_for(l)).isolating();
        let mut h = String::new();
        let _ = write!(
            h,
            "<div class=\"gh-findings-block\"><p class=\"gh-meta\">{}</p>",
            tr.t(
                "book-findings-meta",
                &[
                    ("scenario", format!("<code>{}</code>", escape(&s.id))),
                    ("choices", format!("<code>{}</code>", escape(&selection_text(&sel)))),
                    ("seed", report.seed.to_string())
                ]
            )
        );
        h.push_str(&glasshouse_words::html::debrief_html(&tr, &s.id, &debrief, &self.root));
        h.push_str(&objectives_list(&tr, &s, &report));
        let _ = write!(
            h,
            "<details class=\"gh-full\"><summary>{}</summary><table class=\"gh-findings\"><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(&tr.t("book-findings-full", &[("count", report.findings.len().to_string())])),
            escape(&tr.t("col-adversary", &[])),
            escape(&tr.t("col-about", &[])),
            escape(&tr.t("col-finding", &[])),
            escape(&tr.t("col-why", &[])),
        );
        for (i, f) in report.findings.iter().enumerate() {
            let rule = render::kebab(f.rule);
            let _ = write!(
                h,
                "<tr data-adversary=\"{}\" data-subject=\"{}\" data-code=\"{}\" data-rule=\"{rule}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><a href=\"{}{}#{}\">{}</a></td></tr>",
                escape(&f.adversary),
                escape(&f.subject),
                f.code().as_str(),
                i + 1,
                escape(&adversary_label(&tr, world.setup(), &f.adversary)),
                escape(&f.subject),
                escape(&render::finding_sentence(&tr, f)),
                self.root,
                crate::factsheet::FACTS_PAGE,
                crate::factsheet::rule_anchor(&rule),
                escape(&tr.t(&format!("rule-{rule}"), &[]))
            );
        }
        h.push_str("</tbody></table></details>");
        h.push_str("</div>");
        Ok(h)
    }

    fn compare(&self, args: &str) -> Result<String, String> {
        let (left, right) = args.split_once('|').ok_or("separate the two sets of choices with `|`")?;
        let (src, s, a) = self.load(left)?;
        let b: Vec<String> = right.split_whitespace().map(str::to_owned).collect();
        let (sel_a, _, ra) = self.run(&s, &a)?;
        let (sel_b, _, rb) = self.run(&s, &b)?;
        let tr = Tr::new("en", &|l| src.prose_for(l));
        let mark = |met: bool| {
            if met { "<span class=\"gh-met\">met</span>" } else { "<span class=\"gh-missed\">missed</span>" }
        };
        let mut h = String::new();
        let _ = write!(
            h,
            "<table class=\"gh-compare\"><thead><tr><th><code>{}</code></th><th><code>{}</code></th><th><code>{}</code></th></tr></thead><tbody>",
            escape(&s.id),
            escape(&selection_text(&sel_a)),
            escape(&selection_text(&sel_b))
        );
        for (oa, ob) in ra.objectives.iter().zip(&rb.objectives) {
            let text = tr.maybe(&format!("objective-{}-{}", s.id, oa.id), &[]).unwrap_or_else(|| oa.id.clone());
            let _ = write!(h, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", escape(&text), mark(oa.met), mark(ob.met));
        }
        let count = |r: &Report| r.exposure.about_learner.values().sum::<usize>();
        let _ = write!(h, "<tr><td>findings about you</td><td>{}</td><td>{}</td></tr>", count(&ra), count(&rb));
        let _ = write!(
            h,
            "<tr><td>your messages an adversary read</td><td>{} of {}</td><td>{} of {}</td></tr>",
            ra.exposure.learner_messages_read,
            ra.exposure.learner_messages,
            rb.exposure.learner_messages_read,
            rb.exposure.learner_messages
        );
        let codes = |r: &Report| r.exposure.about_learner.keys().cloned().collect::<Vec<_>>().join(", ");
        let _ = write!(
            h,
            "<tr><td>what was learned about you</td><td>{}</td><td>{}</td></tr></tbody></table>",
            escape(&codes(&ra)),
            escape(&codes(&rb))
        );
        let setup = s.setup(&sel_a).map_err(|_| format!("{}: these choices do not build", s.id))?;
        let views: Vec<&str> = setup
            .adversaries
            .keys()
            .map(String::as_str)
            .filter(|id| glasshouse_words::words::is_own_view(&setup, id))
            .collect();
        if !views.is_empty() {
            let _ = write!(
                h,
                "<p class=\"gh-meta gh-own-view\">These counts include {}: a member's own view, not an adversary.</p>",
                escape(&views.join(", "))
            );
        }
        Ok(h)
    }

    fn diagram(&self, args: &str) -> Result<String, String> {
        let (_, s, choices) = self.load(args)?;
        let sel = s.select(choices.iter().map(String::as_str)).map_err(|e| format!("{}: {e}", s.id))?;
        let setup = s.setup(&sel).map_err(|_| format!("{}: these choices do not build", s.id))?;
        Ok(format!("<div class=\"gh-diagram\">{}</div>", crate::diagram::svg(&setup)))
    }
}

fn selection_text(sel: &Selection) -> String {
    sel.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(" ")
}

fn objectives_list(tr: &Tr, s: &Scenario, r: &Report) -> String {
    let items: Vec<String> = r
        .objectives
        .iter()
        .map(|o| {
            let text = tr.maybe(&format!("objective-{}-{}", s.id, o.id), &[]).unwrap_or_else(|| o.id.clone());
            let mark = if o.met {
                format!("<span class=\"gh-met\">{}</span>", escape(&tr.t("book-met", &[])))
            } else {
                format!("<span class=\"gh-missed\">{}</span>", escape(&tr.t("book-missed", &[])))
            };
            format!("<li>{mark} — {}</li>", escape(&text))
        })
        .collect();
    format!("<p><strong>{}</strong></p><ul>{}</ul>", escape(&tr.t("book-objectives", &[])), items.join(""))
}

/// The scenario format, one table per object of the JSON Schema.
pub fn schema_reference() -> String {
    let schema = glasshouse_sim::scenario::json_schema();
    let mut h = String::new();
    let mut tables: Vec<(String, &serde_json::Value)> = vec![("Scenario file".into(), &schema)];
    if let Some(defs) = schema["$defs"].as_object() {
        for (name, def) in defs {
            tables.push((name.trim_start_matches("Raw").to_owned(), def));
        }
    }
    for (name, def) in tables {
        let _ = write!(h, "<h3 id=\"format-{}\">{}</h3>", escape(&name.to_lowercase()), escape(&name));
        if let Some(d) = def["description"].as_str() {
            let _ = write!(h, "<p>{}</p>", escape(d));
        }
        let Some(props) = def["properties"].as_object() else { continue };
        let required: Vec<&str> =
            def["required"].as_array().map(|a| a.iter().filter_map(|v| v.as_str()).collect()).unwrap_or_default();
        h.push_str(
            "<table><thead><tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr></thead><tbody>",
        );
        for (field, p) in props {
            let _ = write!(
                h,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(field),
                escape(&type_text(p)),
                if required.contains(&field.as_str()) { "yes" } else { "" },
                escape(p["description"].as_str().unwrap_or(""))
            );
        }
        h.push_str("</tbody></table>");
    }
    h
}

fn type_text(p: &serde_json::Value) -> String {
    if let Some(r) = p["$ref"].as_str() {
        return r.rsplit('/').next().unwrap_or(r).trim_start_matches("Raw").to_owned();
    }
    if let Some(any) = p["anyOf"].as_array() {
        return any.iter().map(type_text).filter(|t| t != "null").collect::<Vec<_>>().join(" or ");
    }
    match &p["type"] {
        serde_json::Value::String(t) if t == "array" => format!("list of {}", type_text(&p["items"])),
        serde_json::Value::String(t) => t.clone(),
        serde_json::Value::Array(ts) => {
            ts.iter().filter_map(|t| t.as_str()).filter(|t| *t != "null").collect::<Vec<_>>().join(" or ")
        }
        _ => "any".into(),
    }
}

/// Every diagnostic with its example, from `docs/diagnostics.md` (generated and tested).
pub fn diagnostics_reference() -> String {
    let text = include_str!("../docs/diagnostics.md");
    // Drop the page's own title; demote its sections under the chapter's.
    let body = text.split_once('\n').map_or(text, |(_, rest)| rest);
    body.replace("\n## ", "\n### ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_found_on_their_own_lines_only() {
        let md = "text {{#glasshouse-card x}} inline\n{{#glasshouse-card first-connection}}\n  {{#glasshouse-findings a b=c}}  \n```\n{{#glasshouse-card shown-as-code}}\n```\n";
        let d = directives(md);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0], Directive { line: 2, name: "card".into(), args: "first-connection".into() });
        assert_eq!(d[1].args, "a b=c");
    }

    #[test]
    fn unknown_directives_scenarios_and_choices_are_errors_with_lines() {
        let lib = Library::default();
        let x = Expander { lib: &lib, lang: "en".into(), root: String::new(), po: None };
        let md = "# T\n{{#glasshouse-cards first-connection}}\n{{#glasshouse-card nope}}\n{{#glasshouse-findings first-connection server=nowhere}}\n";
        let errors = x.expand(md).err().unwrap_or_default();
        let lines: Vec<usize> = errors.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 3, 4], "{errors:?}");
        assert!(errors[0].1.contains("unknown directive"));
        assert!(errors[1].1.contains("no scenario called `nope`"));
    }

    #[test]
    fn escaping_covers_markup() {
        assert_eq!(escape("<script>\"x\"&'y'</script>"), "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;");
    }
}
