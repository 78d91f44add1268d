//! A translated chapter keeps the English heading ids: links such as `connecting.md#a-promise…`
//! and shared bookmarks still land, whatever the language (mdBook derives ids from the text).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// The ids mdBook gives the Markdown headings of `content`, in order (its rule: the heading's text,
/// lower-cased, letters, digits, `_` and `-` kept, spaces as `-`, others dropped; repeats get `-1`,
/// `-2` …), with the byte range of each heading and whether it already has an explicit id.
fn headings(content: &str) -> Vec<(std::ops::Range<usize>, Option<String>, String)> {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    opts.insert(Options::ENABLE_DEFINITION_LIST);
    let mut out = Vec::new();
    let mut current: Option<(std::ops::Range<usize>, Option<String>, String)> = None;
    for (event, range) in Parser::new_ext(content, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { id, .. }) => current = Some((range, id.map(|i| i.to_string()), String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

/// mdBook's id for a heading's text.
fn id_from(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() || c == '_' || c == '-' => Some(c),
            c if c.is_whitespace() => Some('-'),
            _ => None,
        })
        .collect()
}

/// The ids of the English chapter's headings, as mdBook will make them.
pub fn english_ids(content: &str) -> Vec<String> {
    let mut used = BTreeSet::new();
    headings(content)
        .into_iter()
        .map(|(_, explicit, text)| {
            if let Some(id) = explicit {
                return id;
            }
            let base = id_from(&text);
            let mut id = base.clone();
            let mut n = 1;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}

/// `translated` with `{#id}` after each `#` heading that has none, from `ids` in order; unchanged
/// when the headings do not line up one to one.
pub fn pin(translated: &str, ids: &[String]) -> String {
    let found = headings(translated);
    if found.len() != ids.len() {
        return translated.to_owned();
    }
    let mut out = translated.to_owned();
    for ((range, explicit, _), id) in found.iter().zip(ids).rev() {
        if explicit.is_some() || !translated[range.start..].starts_with('#') {
            continue;
        }
        let line_end = translated[range.start..].find('\n').map_or(translated.len(), |i| range.start + i);
        let end = range.start + translated[range.start..line_end].trim_end().len();
        out.insert_str(end, &format!(" {{#{id}}}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_headings_keep_the_english_ids() {
        let en = "# Choosing a server, and what it keeps\n\n## The scenario\n\ntext\n\n## The scenario\n\n## Named {#kept}\n";
        let ids = english_ids(en);
        assert_eq!(ids, ["choosing-a-server-and-what-it-keeps", "the-scenario", "the-scenario-1", "kept"]);
        let fr = "# Choisir un serveur\n\n## Le scénario\n\ntexte\n\n## Le scénario\n\n## Nommé {#kept}\n";
        assert_eq!(
            pin(fr, &ids),
            "# Choisir un serveur {#choosing-a-server-and-what-it-keeps}\n\n## Le scénario {#the-scenario}\n\ntexte\n\n## Le scénario {#the-scenario-1}\n\n## Nommé {#kept}\n"
        );
        assert_eq!(pin("# Only one\n", &ids), "# Only one\n", "headings that do not line up are left alone");
    }
}
