//! Micro-benchmarks of the hot paths: reading a page, extracting from it, mapping it to
//! quads, and ranking related stories from the inverted index.
//!
//! cargo bench --bench hot_paths

use acst::extract::lexicon::Lexicon;
use acst::extract::reference::Reference;
use acst::extract::Extractor;
use acst::read::{read_story, ContextLoader};
use acst::triples::{story_quads, Provenance};
use acst::xref::index::{Item, StoryInfo};
use acst::xref::{related, Corpus, ItemKind, ScoreOptions};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const PAGE_A: &[u8] = include_bytes!("../data/stories/nvidia-openai-circular-financing.txt");
const PAGE_B: &[u8] = include_bytes!("../data/stories/coreweave-debt-binge.txt");
const PAGE_JSONLD: &[u8] = include_bytes!("../data/stories/ai-valuations-tulip-mania.jsonld");

fn reading(c: &mut Criterion) {
    let ctx = ContextLoader::default();
    c.bench_function("read layout A", |b| {
        b.iter(|| read_story(black_box(PAGE_A), "a", None, &ctx).unwrap())
    });
    c.bench_function("read layout B", |b| {
        b.iter(|| read_story(black_box(PAGE_B), "b", None, &ctx).unwrap())
    });
    c.bench_function("read JSON-LD", |b| {
        b.iter(|| read_story(black_box(PAGE_JSONLD), "j", None, &ctx).unwrap())
    });
}

fn extraction(c: &mut Criterion) {
    let story = read_story(PAGE_A, "a", None, &ContextLoader::default()).unwrap();
    let mut x = Extractor::new(Reference::builtin().unwrap(), Lexicon::builtin().unwrap());
    c.bench_function("extract one page", |b| {
        b.iter(|| x.extract(black_box(&story)))
    });
    let e = x.extract(&story);
    let prov = Provenance {
        ingested_at: "2026-01-01T00:00:00Z",
    };
    c.bench_function("story to quads", |b| {
        b.iter(|| story_quads(black_box(&story), &e, &x.reference, &prov))
    });
}

/// A synthetic corpus of 35,000 stories with Zipf-like item frequencies.
fn corpus(n: usize) -> Corpus {
    let stories: Vec<StoryInfo> = (0..n)
        .map(|i| StoryInfo {
            iri: format!("s:{i:06}"),
            id: format!("{i:016x}"),
            title: String::new(),
            date: None,
        })
        .collect();
    let mut rows = Vec::new();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for s in 0..n {
        for k in 0..30 {
            // Item rank ~ Zipf: small ids are frequent.
            let u = (next() % 1_000_000) as f64 / 1_000_000.0;
            let rank = (2000f64.powf(u) - 1.0) as usize;
            let kind = ItemKind::ALL[k % ItemKind::ALL.len()];
            rows.push((
                format!("s:{s:06}"),
                Item {
                    kind,
                    key: format!("i{rank}"),
                    label: format!("i{rank}"),
                },
            ));
        }
    }
    Corpus::build(stories, rows, Vec::new(), Vec::new(), Vec::new())
}

fn ranking(c: &mut Criterion) {
    let corpus = corpus(35_000);
    let mut s = 0;
    c.bench_function("related, 35k stories", |b| {
        b.iter(|| {
            s = (s + 7919) % corpus.stories.len();
            related(
                &corpus,
                black_box(s),
                ScoreOptions {
                    top: 10,
                    max_candidate_df: usize::MAX,
                },
            )
        })
    });
}

criterion_group!(benches, reading, extraction, ranking);
criterion_main!(benches);
