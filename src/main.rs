//! The `glasshouse` command: run, explain and check scenarios headless (the window comes later).

mod book;
mod cli;
mod i18n;
mod lab;
mod load;
mod preprocessor;
mod render;
mod scale;

use std::process::ExitCode;

/// mimalloc: a run allocates many small JSON values; the system allocator made up a sixth of its
/// time (see the README's benchmarks).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
