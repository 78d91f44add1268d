//! Gettext catalogues (`book/po/LANG.po`) read strictly: every malformed line is a `file:line` error
//! (polib's own reader skips unknown lines and can panic), then handed to mdbook-i18n-helpers.

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags};
use polib::metadata::CatalogMetadata;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// One message of a catalogue, where it was written.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Line of its `msgid`.
    pub line: usize,
    /// Line of its `msgstr`.
    pub msgstr_line: usize,
    /// The source text (Markdown).
    pub msgid: String,
    /// The translation; empty when not translated.
    pub msgstr: String,
    /// `#, fuzzy`: a guess gettext does not use.
    pub fuzzy: bool,
    /// `#:` references, one per line (e.g. `src/SUMMARY.md:3`).
    pub refs: String,
}

impl Entry {
    /// Whether the book uses this translation.
    pub fn translated(&self) -> bool {
        !self.msgstr.is_empty() && !self.fuzzy
    }
}

/// A parsed catalogue.
#[derive(Debug, Clone)]
pub struct Po {
    /// The file it came from.
    pub path: PathBuf,
    /// Its messages (without the header), in file order.
    pub entries: Vec<Entry>,
    /// The header's comments and fields, as written.
    pub header: String,
}

impl Po {
    /// Reads and checks `path`.
    pub fn load(path: &Path) -> Result<Po, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read it: {e}", path.display()))?;
        parse(&text).map(|(entries, header)| Po { path: path.to_path_buf(), entries, header }).map_err(|errors| {
            let shown: Vec<String> =
                errors.iter().take(20).map(|(l, e)| format!("{}:{l}: {e}", path.display())).collect();
            format!("{} is not a valid gettext catalogue:\n{}", path.display(), shown.join("\n"))
        })
    }

    /// Whether the header says the translation is machine-assisted.
    pub fn machine_assisted(&self) -> bool {
        let h = self.header.to_lowercase();
        h.contains("machine-assisted") || h.contains("machine assisted") || h.contains("machine-translated")
    }

    /// The messages as a polib catalogue for mdbook-i18n-helpers.
    pub fn catalog(&self) -> Catalog {
        catalog_of(&self.entries)
    }

    /// The entry translating `msgid`.
    pub fn find(&self, msgid: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.msgid == msgid)
    }
}

/// `entries` as a polib catalogue (fuzzy ones flagged, so gettext skips them).
pub fn catalog_of<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Catalog {
    let mut c = Catalog::new(CatalogMetadata::new());
    for e in entries {
        let mut flags = MessageFlags::from_str("").unwrap_or_default();
        if e.fuzzy {
            flags.add_flag("fuzzy");
        }
        c.append_or_update(
            Message::build_singular()
                .with_source(e.refs.clone())
                .with_flags(flags)
                .with_msgid(e.msgid.clone())
                .with_msgstr(e.msgstr.clone())
                .done(),
        );
    }
    c
}

/// Which string a continuation line adds to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Ctxt,
    Id,
    IdPlural,
    Str,
}

#[derive(Default)]
struct Raw {
    line: usize,
    msgstr_line: usize,
    ctxt: Option<String>,
    id: Option<String>,
    plural: bool,
    msgstr: Option<String>,
    fuzzy: bool,
    refs: Vec<String>,
    comments: Vec<String>,
    field: Option<Field>,
}

type Errors = Vec<(usize, String)>;

/// Parses a catalogue's text: its entries and its header, or every problem (line, message).
pub fn parse(text: &str) -> Result<(Vec<Entry>, String), Errors> {
    let mut errors = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    let mut header: Option<String> = None;
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut raw = Raw::default();
    let finish = |raw: &mut Raw,
                  errors: &mut Errors,
                  entries: &mut Vec<Entry>,
                  header: &mut Option<String>,
                  seen: &mut BTreeMap<String, usize>| {
        let r = std::mem::take(raw);
        let Some(id) = r.id else { return };
        let Some(msgstr) = r.msgstr else {
            errors.push((r.line, "this msgid has no msgstr (write `msgstr \"\"` to leave it untranslated)".into()));
            return;
        };
        if r.plural {
            errors.push((r.line, "plural messages (msgid_plural) are not used by the book".into()));
            return;
        }
        if r.ctxt.is_some() {
            errors.push((r.line, "msgctxt is not used by the book's messages".into()));
            return;
        }
        if id.is_empty() {
            if header.is_some() || !entries.is_empty() {
                errors.push((r.line, "an empty msgid is the header and must come first, once".into()));
            } else {
                *header = Some(format!("{}\n{msgstr}", r.comments.join("\n")));
            }
            return;
        }
        if let Some(first) = seen.get(&id) {
            errors.push((r.line, format!("this msgid is already translated at line {first}")));
            return;
        }
        seen.insert(id.clone(), r.line);
        entries.push(Entry {
            line: r.line,
            msgstr_line: r.msgstr_line,
            msgid: id,
            msgstr,
            fuzzy: r.fuzzy,
            refs: r.refs.join("\n"),
        });
    };
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let t = line.trim();
        if t.is_empty() {
            finish(&mut raw, &mut errors, &mut entries, &mut header, &mut seen);
            continue;
        }
        if raw.msgstr.is_some() && (t.starts_with('#') || t.starts_with("msgid") || t.starts_with("msgctxt")) {
            // A new entry without a blank line before it.
            finish(&mut raw, &mut errors, &mut entries, &mut header, &mut seen);
        }
        if t.starts_with("#~") {
            continue; // obsolete: msgmerge keeps old messages here.
        }
        if let Some(c) = t.strip_prefix('#') {
            if raw.id.is_some() {
                errors.push((n, "a comment inside a message: comments go before its msgid".into()));
            } else if let Some(flags) = c.strip_prefix(',') {
                raw.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            } else if let Some(r) = c.strip_prefix(':') {
                raw.refs.extend(r.split_whitespace().map(str::to_owned));
            } else {
                raw.comments.push(t.to_owned());
            }
            continue;
        }
        if t.starts_with('"') {
            match (raw.field, unquote(t)) {
                (None, _) => errors.push((n, "a string outside any msgid or msgstr".into())),
                (Some(_), Err(e)) => errors.push((n, e)),
                (Some(f), Ok(s)) => match f {
                    Field::Ctxt => raw.ctxt.get_or_insert_default().push_str(&s),
                    Field::Id => raw.id.get_or_insert_default().push_str(&s),
                    Field::IdPlural => {}
                    Field::Str => raw.msgstr.get_or_insert_default().push_str(&s),
                },
            }
            continue;
        }
        let (kw, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
        let known = ["msgctxt", "msgid", "msgid_plural", "msgstr"].contains(&kw) || kw.starts_with("msgstr[");
        if !known {
            errors.push((n, "expected msgid, msgstr, a quoted string or a # comment".into()));
            continue;
        }
        // A bad string is reported here; the entry goes on with it empty (one error, not two).
        let value = unquote(rest.trim()).unwrap_or_else(|e| {
            errors.push((n, format!("after `{kw}`: {e}")));
            String::new()
        });
        let problem = match kw {
            "msgctxt" if raw.id.is_some() => Some("msgctxt must come before msgid"),
            "msgctxt" => {
                raw.ctxt = Some(value);
                raw.field = Some(Field::Ctxt);
                raw.line = n;
                None
            }
            "msgid" if raw.id.is_some() => Some("a second msgid before this message's msgstr"),
            "msgid" => {
                raw.id = Some(value);
                raw.field = Some(Field::Id);
                if raw.ctxt.is_none() {
                    raw.line = n;
                }
                None
            }
            "msgid_plural" if raw.id.is_none() => Some("msgid_plural without a msgid before it"),
            "msgid_plural" => {
                raw.plural = true;
                raw.field = Some(Field::IdPlural);
                None
            }
            "msgstr" if raw.id.is_none() => Some("msgstr without a msgid before it"),
            "msgstr" => {
                raw.msgstr = Some(value);
                raw.msgstr_line = n;
                raw.field = Some(Field::Str);
                None
            }
            k if k.starts_with("msgstr[") && raw.plural => {
                // Plural entries are reported as unused when the entry ends.
                raw.msgstr.get_or_insert_default();
                raw.field = Some(Field::IdPlural);
                None
            }
            _ => Some("msgstr[N] without a msgid_plural before it"),
        };
        if let Some(p) = problem {
            errors.push((n, p.to_owned()));
        }
    }
    finish(&mut raw, &mut errors, &mut entries, &mut header, &mut seen);
    if errors.is_empty() { Ok((entries, header.unwrap_or_default())) } else { Err(errors) }
}

/// The content of one `"…"` string with its escapes resolved.
fn unquote(s: &str) -> Result<String, String> {
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|_| s.len() >= 2)
        .ok_or_else(|| format!("expected a string in double quotes, found `{s}`"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(match chars.next() {
                Some('n') => '\n',
                Some('t') => '\t',
                Some('r') => '\r',
                Some('"') => '"',
                Some('\\') => '\\',
                Some(other) => return Err(format!("unknown escape `\\{other}` (use \\n, \\t, \\\" or \\\\)")),
                None => return Err("the string ends with a lone backslash".into()),
            }),
            '"' => return Err("a double quote inside the string must be written \\\"".into()),
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_parses_with_header_fuzzy_and_continuations() {
        let text = "# French, machine-assisted\nmsgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n#: src/a.md:1\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n\n#, fuzzy\nmsgid \"\"\n\"Two \"\n\"parts\"\nmsgstr \"Deux\"\nmsgid \"Empty\"\nmsgstr \"\"\n\n#~ msgid \"Old\"\n#~ msgstr \"Vieux\"\n";
        let (entries, header) = parse(text).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(header.contains("machine-assisted") && header.contains("Language: fr"));
        assert_eq!(entries.len(), 3);
        assert_eq!((entries[0].line, entries[0].refs.as_str()), (7, "src/a.md:1"));
        assert_eq!(entries[1].msgid, "Two parts");
        assert!(entries[1].fuzzy && !entries[1].translated());
        assert!(!entries[2].translated());
    }

    #[test]
    fn malformed_lines_are_reported_with_their_numbers() {
        let text = "msgid \"\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"b\n\nmsgid \"c\"\n\nmsgstr \"x\"\nbogus\nmsgid \"a\"\nmsgstr \"d\"\n\"\n";
        let errors = parse(text).err().unwrap_or_default();
        let lines: Vec<usize> = errors.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![5, 7, 9, 10, 13, 11], "{errors:?}");
    }
}
