//! The book in other languages with gettext (mdbook-i18n-helpers as a library): the template
//! `po/messages.pot`, a catalogue's translation before our preprocessor, and the completion table.

use crate::po::{Entry, Po};
use mdbook_driver::MDBook;
use mdbook_driver::book::{Book, BookItem};
use mdbook_i18n_helpers::gettext::{add_stripped_summary_translations, translate_book};
use mdbook_i18n_helpers::renderers::Xgettext;
use mdbook_i18n_helpers::xgettext::create_catalogs;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use std::path::{Path, PathBuf};

/// The language the book is written in (its `book.toml` says so too).
pub const SOURCE: &str = "en";

/// Each language's own name (shown on the Languages page); others show their code.
const ENDONYMS: &[(&str, &str)] =
    &[("en", "English"), ("es", "Español"), ("fa", "فارسی"), ("ar", "العربية"), ("ru", "Русский"), ("fr", "Français")];

/// Scripts written right to left (mdBook derives `dir` from the same codes).
pub fn right_to_left(lang: &str) -> bool {
    matches!(lang, "fa" | "ar" | "he" | "ur" | "ps" | "yi" | "ckb" | "dv")
}

/// The catalogues' folder of the book in `dir`.
pub fn po_dir(dir: &Path) -> PathBuf {
    dir.join("po")
}

/// The languages with a catalogue `po/LANG.po`, sorted; a badly named file is an error.
pub fn languages(dir: &Path) -> Result<Vec<String>, String> {
    let po = po_dir(dir);
    let Ok(read) = std::fs::read_dir(&po) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for e in read.flatten() {
        let p = e.path();
        if p.extension().is_none_or(|x| x != "po") {
            continue;
        }
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let ok = (2..=3).contains(&stem.split('-').next().map_or(0, str::len))
            && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !ok {
            return Err(format!("{}: name catalogues by language code, e.g. po/fr.po", p.display()));
        }
        out.push(stem);
    }
    out.sort();
    Ok(out)
}

/// What `book xgettext` did.
pub enum Pot {
    /// The file was written (it was missing or out of date).
    Written(PathBuf, usize),
    /// The file already had every message (only its date would change): left as it is.
    Current(PathBuf, usize),
}

/// Extracts the book's messages with mdbook-i18n-helpers' `Xgettext` over the raw sources (after
/// mdBook's own `links`/`index`, before ours: directives stay as text); returns the .pot's text.
pub fn extract(dir: &Path) -> Result<(String, usize), String> {
    let book = MDBook::load(dir).map_err(|e| format!("cannot load the book in {}: {e:#}", dir.display()))?;
    let (pre, _) = book.preprocess_book(&Xgettext).map_err(|e| format!("{e:#}"))?;
    let tmp = std::env::temp_dir().join(format!("glasshouse-xgettext-{}", std::process::id()));
    let ctx = mdbook_renderer::RenderContext::new(book.root.clone(), pre, book.config.clone(), &tmp);
    let mut catalogs = create_catalogs(&ctx, std::fs::read_to_string).map_err(|e| format!("{e:#}"))?;
    let mut catalog = catalogs.remove(Path::new("messages.pot")).ok_or("the extractor made no messages.pot")?;
    // The fact sheet's and glossary's words, which the book's directives write from docs/rules.md.
    let uses = |name: &str| {
        let directive = format!("{{{{#glasshouse-{name}");
        book.iter().any(|i| matches!(i, BookItem::Chapter(c) if c.content.contains(&directive)))
    };
    for (msgid, place) in crate::factsheet::messages_of(crate::factsheet::RULES_MD, uses("facts"), uses("glossary")) {
        if catalog.find_message(None, &msgid, None).is_none() {
            catalog.append_or_update(
                polib::message::Message::build_singular().with_source(place).with_msgid(msgid).done(),
            );
        }
    }
    std::fs::create_dir_all(&tmp).map_err(|e| format!("{}: {e}", tmp.display()))?;
    let file = tmp.join("messages.pot");
    polib::po_file::write(&catalog, &file).map_err(|e| format!("{}: {e}", file.display()))?;
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()));
    let _ = std::fs::remove_dir_all(&tmp);
    Ok((text?, catalog.count()))
}

/// The text without its `POT-Creation-Date` (the only thing that changes between two runs).
fn dateless(pot: &str) -> String {
    pot.lines().filter(|l| !l.starts_with("\"POT-Creation-Date:")).collect::<Vec<_>>().join("\n")
}

/// Writes `po/messages.pot` unless it is current; with `check`, a stale file is an error instead.
pub fn write_pot(dir: &Path, check: bool) -> Result<Pot, String> {
    let (text, count) = extract(dir)?;
    let path = po_dir(dir).join("messages.pot");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if dateless(&old) == dateless(&text) {
        return Ok(Pot::Current(path, count));
    }
    if check {
        return Err(format!(
            "{} is out of date with the book's sources: run `glasshouse book xgettext` and commit it",
            path.display()
        ));
    }
    std::fs::create_dir_all(po_dir(dir)).map_err(|e| format!("{}: {e}", po_dir(dir).display()))?;
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Pot::Written(path, count))
}

/// mdBook preprocessor: translates every chapter with one catalogue. Untranslated and fuzzy
/// messages stay in English paragraph by paragraph; runs before the `glasshouse` preprocessor.
pub struct Translate {
    /// The catalogue, already checked.
    pub po: Po,
}

impl Translate {
    /// After a failed translation: which translations break the Markdown (file:line each).
    fn culprits(&self, original: &Book) -> Vec<String> {
        let mut out = Vec::new();
        for item in original.iter() {
            let BookItem::Chapter(ch) = item else { continue };
            let alone = Book::new_with_items(vec![BookItem::Chapter({
                let mut c = ch.clone();
                c.sub_items.clear();
                c
            })]);
            let here: std::collections::BTreeSet<String> = mdbook_i18n_helpers::extract_messages(&ch.content)
                .map(|m| m.into_iter().map(|(_, m)| m.message).collect())
                .unwrap_or_default();
            for e in self.po.entries.iter().filter(|e| e.translated() && here.contains(&e.msgid)) {
                let mut b = alone.clone();
                if translate_book(&crate::po::catalog_of([e]), &mut b).is_err() {
                    out.push(format!(
                        "{}:{}: this translation's Markdown does not fit its msgid's (line {}): keep its links, code spans, emphasis and list structure",
                        self.po.path.display(),
                        e.msgstr_line,
                        e.line
                    ));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

impl Preprocessor for Translate {
    fn name(&self) -> &str {
        "gettext"
    }

    fn run(&self, _ctx: &PreprocessorContext, mut book: Book) -> mdbook_driver::errors::Result<Book> {
        let mut catalog = self.po.catalog();
        add_stripped_summary_translations(&mut catalog);
        let original = book.clone();
        let mut ids = std::collections::BTreeMap::new();
        for item in original.iter() {
            if let BookItem::Chapter(ch) = item {
                ids.insert(ch.path.clone(), crate::anchors::english_ids(&ch.content));
            }
        }
        match translate_book(&catalog, &mut book) {
            Ok(()) => {
                book.for_each_mut(|item| {
                    if let BookItem::Chapter(ch) = item
                        && let Some(ids) = ids.get(&ch.path)
                    {
                        ch.content = crate::anchors::pin(&ch.content, ids);
                    }
                });
                Ok(book)
            }
            Err(e) => {
                let found = self.culprits(&original);
                let detail =
                    if found.is_empty() { format!("{}: {e:#}", self.po.path.display()) } else { found.join("\n") };
                Err(mdbook_driver::errors::Error::msg(format!("the translation could not be applied:\n{detail}")))
            }
        }
    }
}

/// One row of the Languages page.
#[derive(Debug, PartialEq)]
pub struct Completion {
    /// Language code (the catalogue's name).
    pub lang: String,
    /// Messages of the template the catalogue translates (not fuzzy).
    pub translated: usize,
    /// Messages in the template.
    pub total: usize,
    /// The header says machine-assisted.
    pub machine_assisted: bool,
}

impl Completion {
    /// Whole percent, rounded down (100 only when complete).
    pub fn percent(&self) -> usize {
        (self.translated * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// Every catalogue's completion against `po/messages.pot` (or, without it, its own messages).
pub fn completion(dir: &Path) -> Result<Vec<Completion>, String> {
    let pot_path = po_dir(dir).join("messages.pot");
    let pot = if pot_path.is_file() { Some(Po::load(&pot_path)?) } else { None };
    let mut rows = Vec::new();
    for lang in languages(dir)? {
        let po = Po::load(&po_dir(dir).join(format!("{lang}.po")))?;
        let (translated, total) = match &pot {
            Some(pot) => (
                pot.entries.iter().filter(|m| po.find(&m.msgid).is_some_and(Entry::translated)).count(),
                pot.entries.len(),
            ),
            None => (po.entries.iter().filter(|e| e.translated()).count(), po.entries.len()),
        };
        rows.push(Completion { lang, translated, total, machine_assisted: po.machine_assisted() });
    }
    Ok(rows)
}

/// The Languages page's table (HTML), its words in the book's language.
pub fn completion_table(dir: &Path, tr: &crate::i18n::Tr) -> Result<String, String> {
    use crate::preprocessor::escape;
    let rows = completion(dir)?;
    let name = |l: &str| ENDONYMS.iter().find(|(c, _)| *c == l).map_or(l.to_owned(), |(_, n)| (*n).to_owned());
    let cell = |l: &str| {
        let dir = if right_to_left(l) { "rtl" } else { "ltr" };
        format!("<td><span lang=\"{0}\" dir=\"{dir}\">{1}</span> (<code>{0}</code>)</td>", escape(l), escape(&name(l)))
    };
    let mut h = String::from("<table class=\"gh-languages\">\n<thead><tr>");
    for k in
        ["book-languages-language", "book-languages-translated", "book-languages-complete", "book-languages-status"]
    {
        h.push_str(&format!("<th scope=\"col\">{}</th>", escape(&tr.t(k, &[]))));
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    h.push_str(&format!(
        "<tr>{}<td>—</td><td>100 %</td><td>{}</td></tr>\n",
        cell(SOURCE),
        escape(&tr.t("book-languages-source", &[]))
    ));
    for r in &rows {
        let status = if r.machine_assisted { "book-languages-machine" } else { "book-languages-human" };
        h.push_str(&format!(
            "<tr>{}<td>{} / {}</td><td>{} %</td><td>{}</td></tr>\n",
            cell(&r.lang),
            r.translated,
            r.total,
            r.percent(),
            escape(&tr.t(status, &[]))
        ));
    }
    h.push_str("</tbody>\n</table>\n");
    Ok(h)
}
