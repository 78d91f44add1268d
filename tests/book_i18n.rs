//! The book in other languages: the template is current, a small catalogue translates a page and
//! sets its language and direction, the Languages page counts it, every language builds, and a
//! broken catalogue names file and line.

mod common;

use common::{glasshouse, s, scratch, text};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the binary with `args` as given (no `--lang en` first: the book's language is the flag).
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glasshouse"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("GLASSHOUSE_SCENARIOS")
        .env("LANG", "C")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run glasshouse: {e}"))
}

fn write(path: &Path, content: &str) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, content).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const HEADER: &str = "# Persian, machine-assisted: needs review by a native speaker.\nmsgid \"\"\nmsgstr \"\"\n\"Language: fa\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

/// A two-page book with a catalogue for Persian that translates two of its messages.
fn tiny_book(name: &str, po: &str) -> PathBuf {
    let dir = scratch(name);
    let book = dir.join("book");
    write(&book.join("book.toml"), "[book]\ntitle = \"Tiny\"\nlanguage = \"en\"\n");
    write(&book.join("src/SUMMARY.md"), "# Summary\n\n- [Greeting](greeting.md)\n- [Languages](languages.md)\n");
    write(
        &book.join("src/greeting.md"),
        "# Greeting\n\nThe first paragraph says hello.\n\nThe second paragraph stays in English.\n\n## Second part\n\n{{#glasshouse-card first-connection}}\n",
    );
    write(&book.join("src/languages.md"), "# Languages\n\n{{#glasshouse-languages}}\n");
    write(&book.join("po/fa.po"), po);
    book
}

#[test]
fn the_template_is_up_to_date_with_the_sources() {
    let o = glasshouse(&["book", "xgettext", "--check"], &[]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "book/po/messages.pot is stale: run `glasshouse book xgettext`\n{}",
        text(&o.stderr)
    );
}

#[test]
fn a_catalogue_translates_the_page_and_sets_language_and_direction() {
    let po = format!(
        "{HEADER}msgid \"Greeting\"\nmsgstr \"درود\"\n\nmsgid \"The first paragraph says hello.\"\nmsgstr \"بند نخست سلام می‌گوید.\"\n\n#, fuzzy\nmsgid \"The second paragraph stays in English.\"\nmsgstr \"حدس\"\n\nmsgid \"Second part\"\nmsgstr \"بخش دوم\"\n"
    );
    let book = tiny_book("gettext-tiny", &po);
    // The template of the tiny book: every message, directives as text.
    let o = run(&["book", "xgettext", "--book", s(&book)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let pot = read(&book.join("po/messages.pot"));
    for msgid in ["msgid \"Greeting\"", "msgid \"The second paragraph stays in English.\"", "{{#glasshouse-card"] {
        assert!(pot.contains(msgid), "{msgid} not in the template:\n{pot}");
    }
    let out = book.parent().map(|d| d.join("fa")).unwrap_or_default();
    // `--lang` is the global flag; it may follow the subcommand.
    let o = run(&["book", "build", "--lang", "fa", "--book", s(&book), "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let page = read(&out.join("greeting.html"));
    assert!(page.contains("<html lang=\"fa\"") && page.contains("dir=\"rtl\""), "no lang/dir on the page");
    assert!(page.contains("بند نخست سلام می‌گوید."), "the translation is missing");
    assert!(!page.contains("The first paragraph says hello."), "the translated paragraph is still in English");
    // Fuzzy and untranslated messages fall back to English, paragraph by paragraph.
    assert!(page.contains("The second paragraph stays in English."), "the untranslated paragraph is gone");
    assert!(page.contains("gh-card"), "our preprocessor did not run after the translation");
    // A translated heading keeps the English id, so links to it still land.
    assert!(page.contains("id=\"second-part\"") && page.contains("بخش دوم"), "the heading lost its English id");
    // The Languages page counts the catalogue against the template: 3 of its 8 messages.
    let langs = read(&out.join("languages.html"));
    assert!(langs.contains("فارسی") && langs.contains("3 / 8") && langs.contains("37 %"), "{langs}");
    // The page is in the edition's language: Persian words for "machine-assisted".
    assert!(langs.contains("ترجمه با کمک ماشین"), "{langs}");
}

#[test]
fn every_language_builds_in_its_own_folder() {
    let book = tiny_book("gettext-all", &format!("{HEADER}msgid \"Greeting\"\nmsgstr \"درود\"\n"));
    let out = book.parent().map(|d| d.join("html")).unwrap_or_default();
    let o = run(&["book", "build", "--all-languages", "--book", s(&book), "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let en = read(&out.join("greeting.html"));
    assert!(en.contains("<html lang=\"en\"") && en.contains("dir=\"ltr\"") && en.contains("Greeting"));
    let fa = read(&out.join("fa/greeting.html"));
    assert!(fa.contains("<html lang=\"fa\"") && fa.contains("درود"));
}

#[test]
fn a_broken_catalogue_names_file_and_line() {
    let po = format!("{HEADER}msgid \"Greeting\"\nmsgstr \"درود\n\nmsgid \"The first paragraph says hello.\"\n");
    let book = tiny_book("gettext-broken", &po);
    let out = book.parent().map(|d| d.join("fa")).unwrap_or_default();
    let o = run(&["--lang", "fa", "book", "build", "--book", s(&book), "--out", s(&out)]);
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("fa.po:8: after `msgstr`"), "{err}");
    assert!(err.contains("fa.po:10: this msgid has no msgstr"), "{err}");
}

#[test]
fn a_missing_catalogue_builds_the_book_in_english_with_its_language() {
    let book = tiny_book("gettext-missing", HEADER);
    let out = book.parent().map(|d| d.join("ar")).unwrap_or_default();
    let o = run(&["--lang", "ar", "book", "build", "--book", s(&book), "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let page = read(&out.join("greeting.html"));
    assert!(page.contains("<html lang=\"ar\"") && page.contains("dir=\"rtl\""));
    assert!(page.contains("The first paragraph says hello."));
}

/// The Spanish book's fact sheet and glossary speak Spanish, with the anchors every "why" link
/// of the English debrief points at.
#[test]
fn the_spanish_fact_sheet_and_glossary_are_translated() {
    let out = scratch("gettext-facts-es").join("html");
    let o = run(&["book", "build", "--lang", "es", "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let facts = read(&out.join("facts.html"));
    assert!(facts.contains("<html lang=\"es\"") && facts.contains("id=\"rule-server-ip-log\""));
    assert!(facts.contains("Tu servidor anota la dirección de internet"), "no Spanish rule on the fact sheet");
    let glossary = read(&out.join("glossary.html"));
    assert!(glossary.contains("id=\"term-access-token\"") && glossary.contains("token de acceso"));
    assert!(!glossary.contains("The secret an app keeps"), "an English definition in the Spanish glossary");
}
