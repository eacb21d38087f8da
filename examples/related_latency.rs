//! In-process latency of `related` over a store: loads the index once, then times the
//! ranking for 100 seeded random stories and prints p50/p95 in milliseconds.
//!
//! cargo run --example related_latency -- STORE [N]

use acst::store::{Access, AcstStore};
use acst::xref::{related, Corpus, ScoreOptions};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let store =
        AcstStore::open(std::path::Path::new(&args[1]), Access::ReadOnly).expect("open store");
    let n: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(100);
    let start = Instant::now();
    let corpus = Corpus::load(&store).expect("load index");
    let load = start.elapsed();
    let mut rng = StdRng::seed_from_u64(7);
    let mut times: Vec<f64> = (0..n)
        .map(|_| {
            let s = rng.random_range(0..corpus.stories.len());
            let t = Instant::now();
            let r = related(
                &corpus,
                s,
                ScoreOptions {
                    top: 10,
                    ..ScoreOptions::default()
                },
            );
            std::hint::black_box(r);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "stories={} index_load_ms={:.1} p50_ms={:.3} p95_ms={:.3}",
        corpus.stories.len(),
        load.as_secs_f64() * 1000.0,
        pct(0.5),
        pct(0.95)
    );
}
