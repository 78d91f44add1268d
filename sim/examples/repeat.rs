//! Runs one bundled scenario N times from TOML text to report and prints the wall time per run:
//! `cargo run --release -p glasshouse-sim --example repeat -- NAME N` (A/B comparisons of two
//! builds, interleaved, and `perf stat`/`perf record` of one scenario).

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let name = args.get(1).map_or("connecting", String::as_str);
    let n: u32 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100).max(1);
    let Some((_, text)) = glasshouse_sim::bundled::BUNDLED.iter().find(|(k, _)| *k == name) else {
        eprintln!("no bundled scenario `{name}`; `glasshouse list` shows them");
        return std::process::ExitCode::from(2);
    };
    let start = std::time::Instant::now();
    for _ in 0..n {
        let Ok(s) = glasshouse_sim::Scenario::parse(text) else { return std::process::ExitCode::from(3) };
        let out = glasshouse_sim::run(&s, &s.defaults(), s.seed);
        std::hint::black_box(out.is_ok());
    }
    println!("{name}: {:?} per run ({n} runs)", start.elapsed() / n);
    std::process::ExitCode::SUCCESS
}
