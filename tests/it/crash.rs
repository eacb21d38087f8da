//! Issue 17: crash consistency. A killed process leaves a store that opens, validates
//! and holds every story graph complete or not at all; nothing derived from an older
//! state (the index cache, the derived graph) is taken for current.

use crate::env::{sample, stories, Env};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// `n` distinct pages (the samples under new titles), in a folder.
pub fn pages(env: &Env, n: usize) -> std::path::PathBuf {
    let dir = env.path("pages");
    std::fs::create_dir_all(&dir).unwrap();
    let samples: Vec<(String, String)> = std::fs::read_dir(stories())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    for i in 0..n {
        let (name, text) = &samples[i % samples.len()];
        // The title is the first line holding "’" or a capital after the header lines:
        // prefix every line that starts the title with a number makes it unique.
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let t = lines
            .iter()
            .position(|l| {
                !l.trim().is_empty()
                    && !l.contains("Back to stories")
                    && !l.contains("//")
                    && !l.starts_with('#')
            })
            .unwrap();
        lines[t] = format!("Copy {i}: {}", lines[t]);
        std::fs::write(dir.join(format!("{i:04}-{name}")), lines.join("\n")).unwrap();
    }
    dir
}

/// Triples per story graph.
fn graph_sizes(env: &Env) -> BTreeMap<String, usize> {
    sizes(env, "https://w3id.org/acst/graph/story/")
}

/// Triples per graph, for the graphs whose name starts with `prefix`.
pub fn sizes(env: &Env, prefix: &str) -> BTreeMap<String, usize> {
    let out = env.ok(&[
        "query",
        &format!("SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g"),
        "--format",
        "csv",
    ]);
    out.lines()
        .skip(1)
        .filter_map(|l| {
            let (g, n) = l.split_once(',')?;
            Some((g.to_owned(), n.trim().parse().ok()?))
        })
        .collect()
}

/// How long `f` takes.
pub fn timed<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

/// Runs `cmd` and kills it (SIGKILL) part-way through `took`, the time the same command
/// took uninterrupted: trial k of n lands at (k + ½)/n of it, so the kills spread over
/// the whole run.
pub fn kill_during(mut cmd: std::process::Command, took: Duration, trial: u64) {
    let at = took.mul_f64((trial as f64 + 0.5) / trials() as f64);
    let mut child = cmd.spawn().expect("acst starts");
    std::thread::sleep(at);
    let _ = child.kill();
    let _ = child.wait();
}

/// Random kills per test: 3 in the suite, more with `ACST_KILL_TRIALS=10`.
pub fn trials() -> u64 {
    std::env::var("ACST_KILL_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
}

#[test]
fn issue17_a_killed_ingest_leaves_a_consistent_store() {
    // The same sequence as each trial, uninterrupted.
    let clean = Env::new();
    let dir = pages(&clean, 240);
    clean.ok(&["ingest", stories().to_str().unwrap()]);
    let took = timed(|| clean.ok(&["ingest", dir.to_str().unwrap()]));
    let want = graph_sizes(&clean);
    let some = want
        .keys()
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let want_related = clean.ok(&["related", &some, "--format", "json"]);
    for trial in 0..trials() {
        let env = Env::new();
        // A store with the samples, cross-referenced, its index cached: the state a kill
        // must not leave looking current.
        env.ok(&["ingest", stories().to_str().unwrap()]);
        env.ok(&["xref"]);
        env.ok(&["related", "CoreWeave’s $20B", "--format", "json"]);
        kill_during(env.cmd(&["ingest", dir.to_str().unwrap()]), took, trial);
        env.ok(&["validate"]);
        let got = graph_sizes(&env);
        for (g, n) in &got {
            if let Some(w) = want.get(g) {
                assert_eq!(n, w, "trial {trial}: {g} is incomplete");
            }
        }
        // Nothing stale: once a story landed, no derived graph from before (a kill before
        // the first write leaves the old one, still current); an index that knows every
        // story.
        let xref = env.ok(&[
            "query",
            "ASK { GRAPH <https://w3id.org/acst/graph/xref> { ?s ?p ?o } }",
            "--format",
            "csv",
        ]);
        assert!(
            got.len() == crate::env::sample_count() || xref.contains("false"),
            "trial {trial}: the old derived graph survived {} new stories",
            got.len() - crate::env::sample_count()
        );
        for g in got.keys().take(5) {
            env.ok(&["related", g.rsplit('/').next().unwrap()]);
        }
        env.ok(&["ingest", dir.to_str().unwrap()]);
        let full = graph_sizes(&env);
        let differ: Vec<&String> = want
            .keys()
            .filter(|g| full.get(*g) != want.get(*g))
            .take(5)
            .collect();
        assert!(
            differ.is_empty() && full.len() == want.len(),
            "trial {trial}: the re-run differs from a clean ingest: {differ:?}"
        );
        assert_eq!(
            env.ok(&["related", &some, "--format", "json"]),
            want_related,
            "trial {trial}"
        );
    }
}

/// A kill after new stories landed used to leave the old index cache in use: related
/// on a new story failed "not in the index". The cache carries the store's write
/// generation and is rebuilt when it is older, or inconsistent.
#[test]
fn issue17_an_index_cache_from_before_a_write_is_not_used() {
    let env = Env::with_corpus();
    env.ok(&["related", "CoreWeave’s $20B"]);
    let cache = env.path("store/acst-index.json");
    let old = std::fs::read(&cache).unwrap();
    let page = env.path("new.txt");
    let text = std::fs::read_to_string(sample("coreweave-debt-binge.txt")).unwrap();
    std::fs::write(
        &page,
        text.replace("CoreWeave’s $20B Debt Binge", "A Brand New Debt Binge"),
    )
    .unwrap();
    env.ok(&["ingest", page.to_str().unwrap()]);
    // What a kill between the write and the cache's removal would have left:
    std::fs::write(&cache, &old).unwrap();
    env.ok(&["related", "A Brand New Debt Binge"]);
    // A cache that parses but points out of range is rebuilt, not trusted.
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    let mut bad = v.clone();
    bad["corpus"]["story_items"][0] = serde_json::json!([999_999]);
    std::fs::write(&cache, serde_json::to_vec(&bad).unwrap()).unwrap();
    env.ok(&["related", "A Brand New Debt Binge"]);
}

/// Pages repeating a pathway number or a lens label, or giving impossible dates, made
/// stores that `acst validate` rejected (node IRIs collided; "2026-02-30" was a date).
#[test]
fn issue17_repeated_pathways_and_lenses_and_false_dates_still_validate() {
    let env = Env::new();
    let text = std::fs::read_to_string(sample("coreweave-debt-binge.txt")).unwrap();
    let doubled = text.replace("2. 02\n", "1. 01\n").replace(
        "Future Modelling Signal: 64%",
        "Historical Parallels Signal: 64%",
    );
    assert_ne!(doubled, text);
    let page = env.path("doubled.txt");
    std::fs::write(&page, doubled).unwrap();
    let json = std::fs::read_to_string(sample("ai-valuations-tulip-mania.jsonld"))
        .unwrap()
        .replace("2026-03-04", "2026-02-30");
    std::fs::write(env.path("false-date.jsonld"), json).unwrap();
    env.ok(&[
        "ingest",
        page.to_str().unwrap(),
        env.path("false-date.jsonld").to_str().unwrap(),
    ]);
    env.ok(&["validate"]);
    let dates = env.ok(&[
        "query",
        "SELECT ?d WHERE { ?s schema:datePublished ?d }",
        "--format",
        "csv",
    ]);
    assert!(!dates.contains("2026-02-30"), "{dates}");
    let header = text.replace("2026-02-18", "2026-02-30");
    std::fs::write(env.path("bad-header.txt"), header).unwrap();
    let err = env.fails(&["ingest", env.path("bad-header.txt").to_str().unwrap()]);
    assert!(err.contains("not a calendar date"), "{err}");
}
