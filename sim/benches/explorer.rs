//! Benchmarks the decentralisation explorer at 10,000 servers / 1,000,000 users / 100,000 rooms:
//! generation plus one analysis, re-analysis after changing k or the set, and whole curves.

use criterion::{Criterion, criterion_group, criterion_main};
use glasshouse_sim::explorer::{CompromisedSet, Federation, FederationSpec, SizeDist, Strategy, curve_steps};
use std::hint::black_box;
use std::time::Duration;

const SEED: u64 = 1;

fn spec() -> Option<FederationSpec> {
    FederationSpec::new(10_000, 1_000_000, Some(100_000), SizeDist::Zipf { exponent: 1.1 }).ok()
}

fn bench(c: &mut Criterion) {
    let Some(spec) = spec() else { return };
    let Ok(fed) = Federation::generate(&spec, SEED) else { return };
    let stats = fed.stats();
    eprintln!(
        "federation: {} memberships, {} room-server pairs, largest room {}",
        stats.memberships, stats.room_server_pairs, stats.largest_room
    );
    let n = fed.servers();

    let mut g = c.benchmark_group("explorer");
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("generate+analyse 10k/1M/100k", |b| {
        b.iter(|| {
            let Ok(f) = Federation::generate(black_box(&spec), SEED) else { return };
            black_box(f.analyse(&CompromisedSet::top(f.servers(), 1)));
        })
    });
    g.finish();

    let mut g = c.benchmark_group("explorer");
    // A slider moving over k: each iteration a new k, a new set, one analysis.
    let mut k = 0u32;
    g.bench_function("reanalyse top:k change", |b| {
        b.iter(|| {
            k = k % 100 + 1;
            black_box(fed.analyse(&CompromisedSet::top(n, black_box(k))))
        })
    });
    let random = fed.attack_order(Strategy::Random, SEED);
    let mut k = 0u32;
    g.bench_function("reanalyse random set", |b| {
        b.iter(|| {
            k = k % 1000 + 1;
            black_box(fed.analyse(&random.prefix(black_box(k))))
        })
    });
    let top = fed.attack_order(Strategy::Top, SEED);
    let every_k: Vec<u32> = (1..=n).collect();
    g.bench_function("curve top k=1..10000 (every k)", |b| b.iter(|| black_box(fed.curve(&top, &every_k))));
    g.bench_function("curve random k=1..10000 (every k)", |b| b.iter(|| black_box(fed.curve(&random, &every_k))));
    let steps = curve_steps(n);
    g.bench_function("curve random steps to 10000", |b| b.iter(|| black_box(fed.curve(&random, &steps))));
    g.bench_function("new random order (reseed)", |b| b.iter(|| black_box(fed.attack_order(Strategy::Random, 2))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
