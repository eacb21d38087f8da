//! Regression tests, named after the issue that reported them.

use crate::env::{sample, Env};

/// Issue 5: "`acst related` on a fresh ingest never shows stale results" — the cached
/// index must be dropped by an ingest that changes the corpus.
#[test]
fn issue5_related_after_a_new_ingest_is_not_stale() {
    let env = Env::with_corpus();
    let before = env.ok(&[
        "related",
        sample("coreweave-debt-binge.txt").to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(
        env.path("store/acst-index.json").exists(),
        "the index is cached after a read"
    );
    let page = env.path("twin.txt");
    let text = std::fs::read_to_string(sample("coreweave-debt-binge.txt")).unwrap();
    std::fs::write(
        &page,
        text.replacen(
            "CoreWeave’s $20B Debt Binge",
            "A Twin Review of CoreWeave’s Debt",
            1,
        ),
    )
    .unwrap();
    env.ok(&["ingest", page.to_str().unwrap()]);
    let after = env.ok(&[
        "related",
        sample("coreweave-debt-binge.txt").to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert_ne!(before, after);
    assert!(
        after.lines().nth(1).unwrap().contains("A Twin Review"),
        "{after}"
    );
}

/// Issue 2: a second process on the same store gets a clear error, not RocksDB's
/// "Corruption" (RocksDB reads its manifest before taking its own lock).
#[test]
fn issue2_second_process_is_told_the_store_is_in_use() {
    let env = Env::with_corpus();
    let held =
        acst::store::AcstStore::open(&env.path("store"), acst::store::Access::ReadOnly).unwrap();
    let err = env.fails(&["query", "ASK { ?s ?p ?o }"]);
    assert!(
        err.contains("in use by another acst process") && !err.contains("Corruption"),
        "{err}"
    );
    drop(held);
}
