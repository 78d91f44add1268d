//! The `glasshouse` command: run, explain and check scenarios headless (the window comes later).

mod cli;
mod i18n;
mod load;
mod render;
mod scale;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
