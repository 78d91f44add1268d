//! `glasshouse book build|serve`: the mdBook built in-process, translated (gettext) then expanded.

use crate::load::Library;
use crate::preprocessor::Expander;
use mdbook_driver::MDBook;
use mdbook_driver::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

/// The preprocessor mdBook runs before rendering.
pub struct Glasshouse {
    /// Where scenarios are found.
    pub lib: Library,
    /// The translated book's catalogue, for the words the directives write themselves.
    pub po: Option<crate::po::Po>,
}

impl Preprocessor for Glasshouse {
    fn name(&self) -> &str {
        "glasshouse"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> mdbook_driver::errors::Result<Book> {
        let lang = crate::i18n::pick_language(Some(ctx.config.book.language.as_deref().unwrap_or("en")));
        let src = ctx.root.join(&ctx.config.book.src);
        let mut problems = Vec::new();
        let tr = crate::i18n::Tr::new(&lang, &|_| Vec::new());
        book.for_each_mut(|item| {
            let BookItem::Chapter(ch) = item else { return };
            // The Languages page's table, from the catalogues beside the book.
            for d in crate::preprocessor::directives(&ch.content).iter().rev().filter(|d| d.name == "languages") {
                match crate::gettext::completion_table(&ctx.root, &tr) {
                    Ok(table) => {
                        let mut lines: Vec<&str> = ch.content.lines().collect();
                        lines[d.line - 1] = &table;
                        ch.content = lines.join("\n") + "\n";
                    }
                    Err(e) => problems.push(e),
                }
            }
            // Links from the chapter to the book's root: one `../` per folder it sits in.
            let depth = ch.path.as_ref().map_or(0, |p| p.components().count().saturating_sub(1));
            let x = Expander { lib: &self.lib, lang: lang.clone(), root: "../".repeat(depth), po: self.po.as_ref() };
            match x.expand(&ch.content) {
                Ok(content) => ch.content = content,
                Err(errors) => {
                    let file = ch.source_path.as_ref().map(|p| src.join(p)).unwrap_or_else(|| PathBuf::from(&ch.name));
                    for (line, e) in errors {
                        problems.push(format!("{}:{line}: {e}", file.display()));
                    }
                }
            }
        });
        if problems.is_empty() {
            Ok(book)
        } else {
            Err(mdbook_driver::errors::Error::msg(format!(
                "{} problem(s) in the book's directives:\n{}",
                problems.len(),
                problems.join("\n")
            )))
        }
    }
}

/// Builds the book in `dir` into `out` (default: `dir/build`); returns the output folder.
pub fn build(dir: &Path, out: Option<&Path>, lib: &Library) -> Result<PathBuf, String> {
    build_in(dir, out, lib, None)
}

/// Builds the book in `lang` (None or the source language: as written) into `out` (default:
/// `dir/build`, or `dir/build/LANG` for a translation) with `po/LANG.po`: the catalogue translates
/// before our preprocessor, so findings and tables are rendered in that language; a missing
/// catalogue leaves the book in English, a malformed one is an error naming file and line.
pub fn build_in(dir: &Path, out: Option<&Path>, lib: &Library, lang: Option<&str>) -> Result<PathBuf, String> {
    if !dir.join("book.toml").is_file() {
        return Err(format!(
            "{} has no book.toml: run from the repository root or pass --book PATH/TO/book",
            dir.display()
        ));
    }
    let mut book = MDBook::load(dir).map_err(|e| format!("cannot load the book in {}: {e:#}", dir.display()))?;
    let lang = lang.filter(|l| *l != crate::gettext::SOURCE);
    let mut po = None;
    if let Some(out) = out {
        let abs = std::env::current_dir().map(|c| c.join(out)).unwrap_or_else(|_| out.to_path_buf());
        book.config.build.build_dir = abs;
    } else if let Some(l) = lang {
        book.config.build.build_dir = book.config.build.build_dir.join(l);
    }
    if let Some(l) = lang {
        if !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') || l.is_empty() {
            return Err(format!("`{l}` is not a language code (e.g. fa, es, pt-BR)"));
        }
        book.config.book.language = Some(l.to_owned());
        book.config.book.text_direction = Some(if crate::gettext::right_to_left(l) {
            mdbook_driver::config::TextDirection::RightToLeft
        } else {
            mdbook_driver::config::TextDirection::LeftToRight
        });
        let path = crate::gettext::po_dir(dir).join(format!("{l}.po"));
        if path.is_file() {
            po = Some(crate::po::Po::load(&path)?);
        }
    }
    if let Some(po) = &po {
        book.with_preprocessor(crate::gettext::Translate { po: po.clone() });
    }
    book.with_preprocessor(Glasshouse { lib: lib.clone(), po });
    let target = book.build_dir_for("html");
    book.build().map_err(|e| format!("{e:#}"))?;
    Ok(target)
}

/// Builds the book as written into `out` and each catalogue's language into `out/LANG`;
/// returns every output folder with its language.
pub fn build_all(dir: &Path, out: Option<&Path>, lib: &Library) -> Result<Vec<(String, PathBuf)>, String> {
    let base = out.map(Path::to_path_buf).unwrap_or_else(|| dir.join("build"));
    let mut built = vec![(crate::gettext::SOURCE.to_owned(), build_in(dir, Some(&base), lib, None)?)];
    for l in crate::gettext::languages(dir)? {
        let target = build_in(dir, Some(&base.join(&l)), lib, Some(&l))?;
        built.push((l, target));
    }
    Ok(built)
}

/// Serves a built book on 127.0.0.1:`port` until interrupted (static files only).
pub fn serve(root: &Path, port: u16) -> Result<(), String> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("cannot listen on port {port}: {e}"))?;
    for stream in listener.incoming().flatten() {
        let _ = respond(root, stream);
    }
    Ok(())
}

fn respond(root: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    // A browser's idle preconnect must not hold up the single-threaded server.
    stream.set_read_timeout(Some(std::time::Duration::from_secs(2)))?;
    let mut line = String::new();
    BufReader::new(&stream).read_line(&mut line)?;
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    // No way out of the book's folder.
    let clean: PathBuf =
        path.split(['/', '\\']).filter(|p| !p.is_empty() && *p != ".." && *p != "." && !p.contains(':')).collect();
    let mut file = root.join(clean);
    if file.is_dir() {
        file = file.join("index.html");
    }
    match std::fs::read(&file) {
        Ok(body) => {
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("css") => "text/css",
                Some("js") => "text/javascript",
                Some("svg") => "image/svg+xml",
                Some("png") => "image/png",
                Some("woff2") => "font/woff2",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            )?;
            stream.write_all(&body)
        }
        Err(_) => {
            stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found")
        }
    }
}
