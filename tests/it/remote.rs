//! Issue 8: acst on real SPARQL servers. The same ingest → xref → related sequence gives
//! the same answers on the local store, on an Oxigraph server and on Virtuoso.

use crate::env::{stories, Env};
use crate::servers::{self, Server};

const STORIES: [&str; 3] = ["54dc73205936c8a3", "11475a738d9fb066", "bd12fe57e77779b1"];

/// Lines sorted: servers need not return unordered solutions in the store's order.
fn sorted(text: String) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort();
    lines.join("\n")
}

/// Everything the sequence shows a user, in order.
fn sequence(env: &Env) -> Vec<String> {
    let mut out = vec![];
    let ingest = env.ok(&["ingest", stories().to_str().unwrap()]);
    assert!(
        ingest.starts_with(&format!(
            "{} stories added, 0 replaced, 0 failed",
            crate::env::sample_count()
        )),
        "{ingest}"
    );
    out.push(env.ok(&["xref"]));
    for s in STORIES {
        out.push(env.ok(&["related", s, "--format", "json"]));
    }
    out.push(env.ok(&["shared", STORIES[0], "--by", "parallel"]));
    out.push(env.ok(&["patterns", "--kind", "pattern", "--format", "csv"]));
    out.push(env.ok(&["export", "--view", "stories", "--format", "graphml"]));
    for q in [
        "SELECT (COUNT(*) AS ?n) WHERE { ?s acst:crossReference ?x }",
        "SELECT ?s ?t WHERE { ?s a cognio:Review ; schema:name ?t }",
    ] {
        out.push(sorted(env.ok(&["query", q, "--format", "csv"])));
    }
    out.push(sorted(env.ok(&[
        "query",
        "-n",
        "actor-stories",
        "--param",
        "actor=the Fed",
        "--format",
        "csv",
    ])));
    out
}

fn same_as_local(server: &Server) {
    let local = sequence(&Env::new());
    let remote_env = Env::on(server.vars.clone());
    let remote = sequence(&remote_env);
    for (i, (l, r)) in local.iter().zip(&remote).enumerate() {
        assert_eq!(l, r, "step {i} differs on the server\n{}", server.log());
    }
    // Re-ingesting replaces each story's graph instead of adding to it.
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/acst/graph/story/\")) }";
    let before = remote_env.ok(&["query", count, "--format", "csv"]);
    let again = remote_env.ok(&["ingest", stories().to_str().unwrap()]);
    assert!(
        again.starts_with(&format!(
            "0 stories added, {} replaced",
            crate::env::sample_count()
        )),
        "{again}"
    );
    assert_eq!(before, remote_env.ok(&["query", count, "--format", "csv"]));
    // The corpus changed, so the derived graph is gone until xref runs again.
    let xrefs = remote_env.ok(&[
        "query",
        "ASK { ?s acst:crossReference ?x }",
        "--format",
        "csv",
    ]);
    assert!(xrefs.contains("false"), "{xrefs}");
}

#[test]
fn issue8_same_answers_locally_and_on_an_oxigraph_server() {
    same_as_local(&servers::oxigraph());
}

#[test]
fn issue8_same_answers_locally_and_on_virtuoso() {
    same_as_local(&servers::virtuoso());
}

#[test]
fn issue8_push_and_pull_copy_every_graph() {
    let local = Env::with_corpus();
    local.ok(&["xref"]);
    // No graph store endpoint: graphs go up as SPARQL Update.
    let server = servers::oxigraph();
    let vars: Vec<_> = server
        .vars
        .iter()
        .filter(|(k, _)| k != "ACST_GRAPH_STORE")
        .cloned()
        .collect();
    let push = local.cmd(&["push"]).envs(vars.clone()).output().unwrap();
    assert!(
        push.status.success(),
        "{}",
        String::from_utf8_lossy(&push.stderr)
    );
    let pulled = Env::new();
    let pull = pulled.cmd(&["pull"]).envs(vars).output().unwrap();
    assert!(
        pull.status.success(),
        "{}",
        String::from_utf8_lossy(&pull.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&push.stdout)
            .split(" pushed")
            .next(),
        String::from_utf8_lossy(&pull.stdout)
            .split(" pulled")
            .next()
    );
    assert_eq!(local.ok(&["stats"]), pulled.ok(&["stats"]));
    for s in STORIES {
        assert_eq!(
            local.ok(&["related", s, "--format", "json"]),
            pulled.ok(&["related", s, "--format", "json"])
        );
    }
}

#[test]
fn issue8_remote_errors_are_clear() {
    let server = servers::oxigraph();
    let env = Env::on(server.vars.clone());
    let e = env.fails(&["query", "SELECT ?s WHERE { ?s ?p }"]);
    assert!(e.contains("1:") && e.contains('^'), "{e}");
    let e = env.fails(&["show", "anything"]);
    assert!(e.contains("--endpoint"), "{e}");
    let down = Env::on(vec![(
        "ACST_ENDPOINT".into(),
        format!("http://127.0.0.1:{}/query", servers::free_port()),
    )]);
    let e = down.fails(&["related", "x"]);
    assert!(e.contains("127.0.0.1"), "{e}");
}

#[test]
fn issue8_remote_index_cache_sees_new_stories() {
    let server = servers::oxigraph();
    let env = Env::on(server.vars.clone());
    env.ok(&["ingest", stories().to_str().unwrap()]);
    env.ok(&["related", STORIES[1]]);
    // The cached index is checked against the server: a story ingested since is found.
    let page = crate::env::repo().join("tests/pages/special-characters.txt");
    env.ok(&["ingest", page.to_str().unwrap()]);
    let ids = env.ok(&[
        "query",
        "SELECT ?id WHERE { ?s acst:storyId ?id }",
        "--format",
        "csv",
    ]);
    assert_eq!(ids.lines().count(), crate::env::sample_count() + 2);
    for id in ids.lines().skip(1) {
        env.ok(&["related", id.trim()]);
    }
}
