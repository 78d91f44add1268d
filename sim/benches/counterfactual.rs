//! Benchmarks the counterfactual search ("what would have prevented each finding") and the
//! outcome table of every bundled scenario: both re-run the scenario with other choices.

use criterion::{Criterion, criterion_group, criterion_main};
use glasshouse_sim::counterfactual::{counterfactuals, outcomes};
use glasshouse_sim::{Scenario, bundled};
use std::hint::black_box;

/// The allocator the `glasshouse` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("counterfactuals");
    group.sample_size(10);
    for (name, text) in bundled::BUNDLED {
        let Ok(s) = Scenario::parse(text) else { continue };
        let sel = s.defaults();
        let Ok((_, report)) = glasshouse_sim::run(&s, &sel, s.seed) else { continue };
        eprintln!("{name}: {} findings, {} combinations", report.findings.len(), s.combinations().len());
        group.bench_function(*name, |b| b.iter(|| black_box(counterfactuals(&s, &sel, s.seed, &report))));
        group.bench_function(format!("outcomes/{name}"), |b| b.iter(|| black_box(outcomes(&s, s.seed))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
