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

fn files(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut v: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().unwrap().len(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Issue 17: with a store's CURRENT file lost, acst's own advice ("run acst ingest")
/// used to create a new database over the old files. Now every command names the
/// damage and the recovery, nothing is written, and restoring CURRENT brings it all back.
#[test]
fn issue17_a_lost_current_file_never_becomes_a_new_store() {
    let env = Env::with_corpus();
    let store = env.path("store");
    let stats = env.ok(&["stats", "--format", "json"]);
    let current = std::fs::read(store.join("CURRENT")).unwrap();
    std::fs::remove_file(store.join("CURRENT")).unwrap();
    let before = files(&store);
    for args in [
        &["ingest", crate::env::stories().to_str().unwrap()][..],
        &["stats"],
        &["query", "ASK { ?s ?p ?o }"],
    ] {
        let err = env.fails(args);
        assert!(
            err.contains("damaged")
                && err.contains("CURRENT")
                && !err.contains("run `acst ingest`"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(files(&store), before, "the damaged store was written to");
    std::fs::write(store.join("CURRENT"), current).unwrap();
    assert_eq!(env.ok(&["stats", "--format", "json"]), stats);
}

/// Issue 17: --store pointed at a folder of the user's filled it with RocksDB files and
/// overwrote files named LOG or IDENTITY.
#[test]
fn issue17_a_folder_of_other_files_is_never_made_a_store() {
    let env = Env::new();
    let dir = env.path("papers");
    std::fs::create_dir(&dir).unwrap();
    for (name, text) in [
        ("LOG", "my log"),
        ("IDENTITY", "me"),
        ("notes.txt", "notes"),
    ] {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let before = files(&dir);
    let mut cmd = env.cmd(&["ingest", crate::env::stories().to_str().unwrap()]);
    let out = cmd.env("ACST_STORE", &dir).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("not an acst store"),
        "{err}"
    );
    assert_eq!(files(&dir), before);
    assert_eq!(std::fs::read_to_string(dir.join("LOG")).unwrap(), "my log");
    // A new or empty folder becomes a store, marked as acst's.
    env.ok(&[
        "ingest",
        sample("coreweave-debt-binge.txt").to_str().unwrap(),
    ]);
    assert!(env.path("store").join("ACST-STORE").exists());
}

/// Issue 17: `acst query BAD -o results.csv` emptied an existing results.csv.
#[test]
fn issue17_a_failed_query_leaves_its_output_file_as_it_was() {
    let env = Env::with_corpus();
    let out = env.path("results.csv");
    std::fs::write(&out, "precious,rows\n").unwrap();
    env.fails(&["query", "SELECT ?x WHERE { ?x", "-o", out.to_str().unwrap()]);
    env.fails(&[
        "query",
        "SELECT ?x WHERE { ?x ?p ?o }",
        "--param",
        "nope=1",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious,rows\n");
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("acst-tmp")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // A query that works replaces it.
    env.ok(&[
        "query",
        "SELECT ?id WHERE { ?s acst:storyId ?id }",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("id"));
}

/// Issue 17: a JSON-LD page whose schema:url is a literal made to close the update
/// acst sent (without a graph store, graphs go as SPARQL Update) and run DROP ALL with
/// acst's credentials. The URL is no IRI, so it is dropped; updates are typed.
#[test]
fn issue17_a_crafted_page_url_runs_nothing_on_a_server() {
    let server = crate::servers::oxigraph();
    // No graph store: every graph goes through SPARQL Update, the path that was open.
    let vars: Vec<(String, String)> = server
        .vars
        .iter()
        .filter(|(k, _)| k != "ACST_GRAPH_STORE")
        .cloned()
        .collect();
    let env = Env::on(vars);
    env.ok(&["ingest", crate::env::stories().to_str().unwrap()]);
    let page = env.path("hostile.jsonld");
    let sample = std::fs::read_to_string(sample("ai-valuations-tulip-mania.jsonld")).unwrap();
    let hostile = sample
        .replace(
            r#""@id": "https://cognionews.com/stories/3fa1c0d2e4b59a17.html","#,
            r#""url": {"@value": "http://x.example/a> } } ; DROP ALL ; INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c"},"#,
        )
        .replace("AI Start-up Valuations Echo Tulip Mania", "A Hostile Page");
    assert_ne!(hostile, sample);
    std::fs::write(&page, hostile).unwrap();
    let out = env.run(&["ingest", page.to_str().unwrap()]);
    let stories = env.ok(&[
        "query",
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s acst:storyId ?id }",
        "--format",
        "csv",
    ]);
    let n: usize = stories.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(
        out.status.success(),
        "the page is read: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        n,
        crate::env::sample_count() + 1,
        "{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        server.log()
    );
    let urls = env.ok(&[
        "query",
        "SELECT ?u WHERE { ?s schema:url ?u }",
        "--format",
        "csv",
    ]);
    assert!(!urls.contains("DROP"), "{urls}");
}

/// Issue 17: while `acst serve` held a store, every command on it was refused ("in
/// use"): an analyst could not browse and query at once. Read commands now go through
/// the server; write commands say exactly what to do.
#[test]
fn issue17_commands_work_beside_a_running_server() {
    let env = Env::with_corpus();
    let ids = env.ok(&[
        "query",
        "SELECT ?id WHERE { ?s acst:storyId ?id } ORDER BY ?id LIMIT 1",
        "--format",
        "csv",
    ]);
    let id = ids.lines().nth(1).unwrap().trim().to_owned();
    let local = env.ok(&["related", &id, "--format", "json"]);
    let server = crate::servers::acst_serve(&env.path("store"), &[]);
    assert_eq!(
        env.ok(&["related", &id, "--format", "json"]),
        local,
        "{}",
        server.log()
    );
    let n = env.ok(&[
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s acst:storyId ?id }",
        "--format",
        "csv",
    ]);
    assert_eq!(
        n.lines().nth(1).unwrap().trim(),
        crate::env::sample_count().to_string()
    );
    env.ok(&["patterns", "--kind", "parallel"]);
    let err = env.fails(&[
        "ingest",
        sample("coreweave-debt-binge.txt").to_str().unwrap(),
    ]);
    assert!(
        err.contains("served by `acst serve`") && err.contains("stop the server"),
        "{err}"
    );
}

/// Issue 12 (found on tests/eval10): a lens type the ontology does not know is labelled
/// in every story graph using it, and `show` and the lens-profile query repeated the
/// story's reading once per such graph.
#[test]
fn issue12_an_unknown_lens_is_listed_once_per_story() {
    let env = Env::new();
    for n in 1..=3 {
        let doc = format!(
            r#"{{"@context": ["https://schema.org/", "https://cognionews.com/vocab/acst", {{"acst": "https://w3id.org/acst/ns#"}}],
  "@id": "https://cognionews.com/stories/00000000000000{n:02}.html", "@type": "Review",
  "name": "Review number {n} of a story", "datePublished": "2026-11-0{n}",
  "whatsMissing": "The coverage omits the workers.", "synthesis": "Pay them.",
  "lensAnalysis": [{{"@type": "LensReading", "lensType": "TideReading", "score": 0.5, "text": "Low tide."}}]}}"#
        );
        std::fs::write(env.path(&format!("r{n}.jsonld")), doc).unwrap();
    }
    env.ok(&[
        "ingest",
        env.path("r1.jsonld").parent().unwrap().to_str().unwrap(),
    ]);
    let v = env.json(&[
        "show",
        env.path("r3.jsonld").to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(
        v["lenses"].as_array().unwrap().len(),
        1,
        "{:#}",
        v["lenses"]
    );
    let rows = env.ok(&["query", "-n", "lens-profile", "--format", "csv"]);
    assert_eq!(rows.lines().count(), 1 + 3, "{rows}");
}
