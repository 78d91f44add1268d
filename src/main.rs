//! The `glasshouse` command: run, explain and check scenarios headless (the window comes later).

mod book;
mod cli;
mod i18n;
mod load;
mod preprocessor;
mod render;
mod scale;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
