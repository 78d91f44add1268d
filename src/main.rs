//! The `glasshouse` command: the simulator window, and every headless command beside it.

mod book;
mod cli;
mod i18n;
mod lab;
mod load;
mod preprocessor;
mod render;
mod scale;
mod web;
mod window;

use std::process::ExitCode;

/// mimalloc: a run allocates many small JSON values; the system allocator made up a sixth of its
/// time (see the README's benchmarks).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
