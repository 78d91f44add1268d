//! `glasshouse book build|serve`: the mdBook built in-process, with the scenario preprocessor.

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
}

impl Preprocessor for Glasshouse {
    fn name(&self) -> &str {
        "glasshouse"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> mdbook_driver::errors::Result<Book> {
        let lang = crate::i18n::pick_language(Some(ctx.config.book.language.as_deref().unwrap_or("en")));
        let src = ctx.root.join(&ctx.config.book.src);
        let mut problems = Vec::new();
        book.for_each_mut(|item| {
            let BookItem::Chapter(ch) = item else { return };
            // Links from the chapter to the book's root: one `../` per folder it sits in.
            let depth = ch.path.as_ref().map_or(0, |p| p.components().count().saturating_sub(1));
            let x = Expander { lib: &self.lib, lang: lang.clone(), root: "../".repeat(depth) };
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
    if !dir.join("book.toml").is_file() {
        return Err(format!(
            "{} has no book.toml: run from the repository root or pass --book PATH/TO/book",
            dir.display()
        ));
    }
    let mut book = MDBook::load(dir).map_err(|e| format!("cannot load the book in {}: {e:#}", dir.display()))?;
    if let Some(out) = out {
        let abs = std::env::current_dir().map(|c| c.join(out)).unwrap_or_else(|_| out.to_path_buf());
        book.config.build.build_dir = abs;
    }
    book.with_preprocessor(Glasshouse { lib: lib.clone() });
    let target = book.build_dir_for("html");
    book.build().map_err(|e| format!("{e:#}"))?;
    Ok(target)
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
