//! The `glasshouse` command: the simulator window, and every headless command beside it.

/// `print!` for the command's output (see [`stdout_write`]).
macro_rules! out {
    ($($arg:tt)*) => { $crate::stdout_write(format_args!($($arg)*), false) };
}

/// `println!` for the command's output (see [`stdout_write`]).
macro_rules! outln {
    () => { $crate::stdout_write(format_args!(""), true) };
    ($($arg:tt)*) => { $crate::stdout_write(format_args!($($arg)*), true) };
}

mod anchors;
mod book;
mod book_cli;
mod class;
mod cli;
mod diagram;
mod factsheet;
mod gettext;
mod i18n;
mod lab;
mod load;
mod po;
mod preprocessor;
mod render;
mod scale;
mod web;
mod window;

use std::process::ExitCode;

/// mimalloc: a run allocates many small JSON values; the system allocator made up a sixth of its
/// time (see docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}

/// Writes to standard output. When the reader has gone (`glasshouse list | head -1`), the
/// command ends quietly, as other command-line tools do, instead of panicking on the broken pipe;
/// any other write error is reported (`error-write`) and ends it with code 1.
fn stdout_write(args: std::fmt::Arguments<'_>, newline: bool) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = out.write_fmt(args).and_then(|()| if newline { out.write_all(b"\n") } else { Ok(()) });
    match written {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => {
            let tr = i18n::Tr::new(&i18n::pick_language(None), &|_| Vec::new());
            eprintln!("{}", tr.t("error-write", &[("path", "stdout".into()), ("error", e.to_string())]));
            std::process::exit(1);
        }
    }
}
