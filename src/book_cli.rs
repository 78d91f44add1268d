//! `glasshouse book build|serve|xgettext`: the arguments and what each prints.

use crate::i18n::Tr;
use crate::load::Library;
use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

/// What `glasshouse book` does.
#[derive(Subcommand)]
pub enum BookAction {
    /// Build the book to HTML; with --lang LANG, in that language from BOOK/po/LANG.po (into
    /// BOOK/build/LANG unless --out), untranslated paragraphs staying in English.
    Build {
        /// The book's folder (with book.toml).
        #[arg(long, default_value = "book")]
        book: PathBuf,
        /// Output folder (default: BOOK/build).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Also build the simulator for the browser (wasm32) into the book's play/ folder (each
        /// language's, with --all-languages), with the --scenarios folders included; needs
        /// `rustup target add wasm32-unknown-unknown` and wasm-bindgen-cli of the version in
        /// Cargo.lock.
        #[arg(long)]
        web: bool,
        /// Build the book as written, then every language with a catalogue in BOOK/po, each
        /// under OUT/LANG.
        #[arg(long)]
        all_languages: bool,
    },
    /// Write the translators' template BOOK/po/messages.pot from the book's sources (gettext).
    Xgettext {
        /// The book's folder (with book.toml).
        #[arg(long, default_value = "book")]
        book: PathBuf,
        /// Only check that the template is up to date (exit 1 if not); write nothing.
        #[arg(long)]
        check: bool,
    },
    /// Build the book, then serve it on http://127.0.0.1:PORT until interrupted.
    Serve {
        /// The book's folder (with book.toml).
        #[arg(long, default_value = "book")]
        book: PathBuf,
        /// Port on 127.0.0.1.
        #[arg(long, default_value_t = 3000)]
        port: u16,
    },
}

/// `lang`: the `--lang` flag as given (the book's language only when asked for explicitly).
pub fn book(tr: &Tr, lib: &Library, lang: Option<&str>, action: BookAction) -> ExitCode {
    let (dir, out, port, web, lang, all) = match action {
        BookAction::Build { book, out, web, all_languages } => (book, out, None, web, lang, all_languages),
        BookAction::Serve { book, port } => (book, None, Some(port), false, lang, false),
        BookAction::Xgettext { book, check } => return xgettext(tr, &book, check),
    };
    let started = std::time::Instant::now();
    let built = if all {
        crate::book::build_all(&dir, out.as_deref(), lib)
    } else {
        crate::book::build_in(&dir, out.as_deref(), lib, lang).map(|t| vec![(String::new(), t)])
    };
    let built = match built {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}", tr.t("error-book", &[("error", e)]));
            return ExitCode::from(2);
        }
    };
    for (_, target) in &built {
        outln!(
            "{}",
            tr.t(
                "book-built",
                &[("path", target.display().to_string()), ("ms", started.elapsed().as_millis().to_string())]
            )
        );
    }
    let target = built[0].1.clone();
    // Every language's book gets its own play/ folder: its pages load the player beside them.
    for (_, target) in built.iter().filter(|_| web) {
        let started = std::time::Instant::now();
        match crate::web::build(target, &lib.dirs) {
            Ok(bytes) => outln!(
                "{}",
                tr.t(
                    "book-web-built",
                    &[
                        ("path", target.join("play").display().to_string()),
                        ("mb", format!("{:.1}", bytes as f64 / 1_048_576.0)),
                        ("s", started.elapsed().as_secs().to_string()),
                    ]
                )
            ),
            Err(e) => {
                eprintln!("{}", tr.t("error-book", &[("error", e)]));
                return ExitCode::from(2);
            }
        }
    }
    if let Some(port) = port {
        outln!("{}", tr.t("book-serving", &[("url", format!("http://127.0.0.1:{port}/"))]));
        if let Err(e) = crate::book::serve(&target, port) {
            eprintln!("{}", tr.t("error-book", &[("error", e)]));
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn xgettext(tr: &Tr, dir: &std::path::Path, check: bool) -> ExitCode {
    match crate::gettext::write_pot(dir, check) {
        Ok(crate::gettext::Pot::Written(path, n)) => {
            outln!("{}", tr.t("book-pot-written", &[("path", path.display().to_string()), ("count", n.to_string())]));
            ExitCode::SUCCESS
        }
        Ok(crate::gettext::Pot::Current(path, n)) => {
            outln!("{}", tr.t("book-pot-current", &[("path", path.display().to_string()), ("count", n.to_string())]));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", tr.t("error-book", &[("error", e)]));
            ExitCode::from(if check { 1 } else { 2 })
        }
    }
}
