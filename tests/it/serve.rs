//! Issue 8: `acst serve` answers curl and SPARQLWrapper in every format, refuses what a
//! public server must refuse with the right status, and keeps answering under load.

use crate::env::{repo, sample_count, Env};
use crate::servers::{acst_serve, http_status, Server};
use oxigraph::io::{RdfFormat, RdfParser};
use std::process::Command;

const SELECT: &str = "SELECT ?s ?t WHERE { ?s a cognio:Review ; schema:name ?t }";
const CONSTRUCT: &str = "CONSTRUCT { ?s a cognio:Review } WHERE { ?s a cognio:Review }";

/// curl with arguments; returns (status, body).
fn curl(args: &[&str]) -> (u16, String) {
    let out = Command::new("curl")
        .args(["-s", "-w", "\n%{http_code}"])
        .args(args)
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').expect("status line");
    (code.trim().parse().unwrap_or(0), body.to_owned())
}

fn get_query(s: &Server, query: &str, accept: &str) -> (u16, String) {
    curl(&[
        "-G",
        &s.url("/query"),
        "--data-urlencode",
        &format!("query={query}"),
        "-H",
        &format!("Accept: {accept}"),
    ])
}

fn corpus_store() -> Env {
    let env = Env::with_corpus();
    env.ok(&["xref"]);
    env
}

/// Rows of a SELECT answer, read with a real reader of each format.
fn rows(accept: &str, body: &str) -> usize {
    match accept {
        "application/sparql-results+json" => {
            let v: serde_json::Value = serde_json::from_str(body).expect("JSON");
            v["results"]["bindings"].as_array().expect("bindings").len()
        }
        "application/sparql-results+xml" => {
            let mut reader = quick_xml::Reader::from_str(body);
            let mut n = 0;
            loop {
                match reader.read_event().expect("well-formed XML") {
                    quick_xml::events::Event::Start(e) if e.name().as_ref() == b"result" => n += 1,
                    quick_xml::events::Event::Eof => break n,
                    _ => {}
                }
            }
        }
        "text/csv" => csv::Reader::from_reader(body.as_bytes()).records().count(),
        _ => csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .quoting(false)
            .from_reader(body.as_bytes())
            .records()
            .count(),
    }
}

#[test]
fn issue8_serve_answers_curl_in_every_format() {
    let env = corpus_store();
    let cli_related = env.json(&[
        "related",
        "54dc73205936c8a3",
        "--top",
        "5",
        "--format",
        "json",
    ]);
    let story_graph = "https://w3id.org/acst/graph/story/54dc73205936c8a3";
    let count = format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{story_graph}> {{ ?s ?p ?o }} }}");
    let triples: usize = env
        .ok(&["query", &count, "--format", "csv"])
        .lines()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let s = acst_serve(&env.path("store"), &[]);

    for accept in [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ] {
        let (code, body) = get_query(&s, SELECT, accept);
        assert_eq!(code, 200, "{accept}: {body}");
        assert_eq!(rows(accept, &body), sample_count(), "{accept}");
    }
    // POST as a form and as a direct body.
    let (code, body) = curl(&[
        &s.url("/query"),
        "--data-urlencode",
        &format!("query={SELECT}"),
        "-H",
        "Accept: text/csv",
    ]);
    assert_eq!((code, rows("text/csv", &body)), (200, sample_count()));
    let (code, body) = curl(&[
        &s.url("/query"),
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: text/csv",
        "--data-binary",
        SELECT,
    ]);
    assert_eq!((code, rows("text/csv", &body)), (200, sample_count()));
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
        ("application/rdf+xml", RdfFormat::RdfXml),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let (code, body) = get_query(&s, CONSTRUCT, accept);
        assert_eq!(code, 200, "{accept}: {body}");
        let n = RdfParser::from_format(format)
            .for_slice(body.as_bytes())
            .collect::<Result<Vec<_>, _>>()
            .expect("parses")
            .len();
        assert_eq!(n, sample_count(), "{accept}");
    }
    assert_eq!(get_query(&s, SELECT, "image/png").0, 406);

    // A malformed query: 400 with the position and a caret under it.
    let (code, body) = get_query(&s, "SELECT ?s WHERE { ?s ?p }", "*/*");
    assert_eq!(code, 400);
    assert!(body.contains("1:") && body.contains('^'), "{body}");

    // Graph Store Protocol read, and the JSON API with the CLI's ranking.
    let (code, body) = curl(&[
        "-G",
        &s.url("/store"),
        "--data-urlencode",
        &format!("graph={story_graph}"),
        "-H",
        "Accept: application/n-triples",
    ]);
    assert_eq!(code, 200);
    assert_eq!(body.lines().count(), triples);
    assert_eq!(
        curl(&[
            "-G",
            &s.url("/store"),
            "--data-urlencode",
            "graph=http://example.org/none"
        ])
        .0,
        404
    );
    let (code, body) = curl(&[&s.url("/api/story/54dc73205936c8a3/related?top=5")]);
    assert_eq!(code, 200);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        cli_related
    );
    let (code, body) = curl(&[&s.url("/api/story/54dc73205936c8a3")]);
    assert_eq!(code, 200);
    assert!(body.contains("CoreWeave"), "{body}");
    assert_eq!(curl(&[&s.url("/api/story/no-such-story")]).0, 404);
    // A story reference never reaches the filesystem (issue 17).
    let (code, body) = curl(&[&s.url("/api/story/%2Fetc%2Fpasswd")]);
    assert_eq!(code, 404, "{body}");
    assert!(!body.contains("root:"), "{body}");

    // Read-only unless started --writable.
    let (code, body) = curl(&[&s.url("/update"), "--data-urlencode", "update=CLEAR ALL"]);
    assert_eq!(code, 403, "{body}");
    assert_eq!(
        get_query(
            &s,
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a cognio:Review }",
            "text/csv"
        )
        .1
        .lines()
        .nth(1),
        Some(sample_count().to_string().as_str())
    );
}

#[test]
fn issue8_sparqlwrapper_reads_every_format() {
    let env = corpus_store();
    let s = acst_serve(&env.path("store"), &[]);
    let script = repo().join("tests/clients/sparqlwrapper_check.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(s.url("/query"))
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        s.log()
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for k in [
        "json",
        "json-post",
        "xml",
        "csv",
        "tsv",
        "turtle",
        "n3",
        "rdfxml",
        "jsonld",
    ] {
        assert_eq!(v[k], sample_count(), "{k}: {v}");
    }
    assert_eq!(v["ask"], true);
}

#[test]
fn issue8_serve_limits_and_writes() {
    let env = corpus_store();
    let token = env.path("token");
    std::fs::write(&token, "a-token-of-the-tests\n").unwrap();
    let s = acst_serve(
        &env.path("store"),
        &[
            "--writable",
            "--token-file",
            token.to_str().unwrap(),
            "--max-body",
            "4000",
            "--timeout",
            "0.5",
            "--max-concurrent",
            "1",
        ],
    );
    // 413 past the body limit.
    let big = format!("query=SELECT * WHERE {{ ?s ?p ?o }} #{}", "x".repeat(5000));
    assert_eq!(curl(&[&s.url("/query"), "--data-binary", &big]).0, 413);
    // 503 while the only request slot is taken by a query. The slow query is retried if
    // it lost the slot to one of the probes below; probes run until one sees the 503.
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?t . ?c a ?t }";
    let url = s.url("/query");
    let busy = std::thread::spawn(move || loop {
        let started = std::time::Instant::now();
        let code = curl(&["-G", &url, "--data-urlencode", &format!("query={slow}")]).0;
        if code != 503 {
            return (code, started.elapsed());
        }
    });
    let mut seen = false;
    for _ in 0..300 {
        if http_status(s.port, "/api/story/54dc73205936c8a3") == 503 {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(seen, "no 503 while the only slot was busy");
    // 504 past the timeout: the connection is answered, not left hanging.
    let (code, took) = busy.join().unwrap();
    assert_eq!(code, 504);
    assert!(took.as_secs_f64() < 10.0, "{took:?}");
    // The server keeps answering: other endpoints at once, queries once the cancelled
    // worker has stopped (503 until then, never a hang).
    assert_eq!(http_status(s.port, "/api/story/54dc73205936c8a3"), 200);
    let ask = http_status(s.port, "/query?query=ASK%7B%7D");
    assert!(ask == 200 || ask == 503, "{ask}");

    // Writes need the token, and never come from another web origin (issue 17).
    let auth = "Authorization: Bearer a-token-of-the-tests";
    let insert = "update=INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 1 } }";
    assert_eq!(
        curl(&[&s.url("/update"), "--data-urlencode", insert]).0,
        401
    );
    assert_eq!(
        curl(&[
            "-H",
            "Authorization: Bearer wrong-token-here",
            &s.url("/update"),
            "--data-urlencode",
            insert
        ])
        .0,
        401
    );
    assert_eq!(
        curl(&[
            "-H",
            auth,
            "-H",
            "Origin: http://evil.example",
            &s.url("/update"),
            "--data-urlencode",
            "update=DROP ALL"
        ])
        .0,
        403
    );
    // Writes: SPARQL Update, Graph Store PUT/GET/DELETE, and an ingest.
    let (code, body) = curl(&["-H", auth, &s.url("/update"), "--data-urlencode", insert]);
    assert_eq!(code, 204, "{body}");
    let put = |expect: u16| {
        let (code, body) = curl(&[
            "-H",
            auth,
            "-X",
            "PUT",
            &s.url("/store?graph=http%3A%2F%2Fexample.org%2Fh"),
            "-H",
            "Content-Type: text/turtle",
            "--data-binary",
            "<http://example.org/a> <http://example.org/b> \"é\" .",
        ]);
        assert_eq!(code, expect, "{body}");
    };
    put(201);
    put(204);
    let (code, body) = curl(&[
        "-G",
        &s.url("/store"),
        "--data-urlencode",
        "graph=http://example.org/h",
        "-H",
        "Accept: application/n-triples",
    ]);
    assert_eq!(
        (code, body.trim()),
        (200, "<http://example.org/a> <http://example.org/b> \"é\" .")
    );
    assert_eq!(
        curl(&[
            "-H",
            auth,
            "-X",
            "DELETE",
            "-G",
            &s.url("/store"),
            "--data-urlencode",
            "graph=http://example.org/h"
        ])
        .0,
        204
    );
    assert_eq!(
        curl(&[
            "-G",
            &s.url("/store"),
            "--data-urlencode",
            "graph=http://example.org/h"
        ])
        .0,
        404
    );
    let page = repo().join("tests/pages/special-characters.txt");
    let (code, body) = curl(&[
        "-H",
        auth,
        &s.url("/api/ingest?name=special.txt"),
        "--data-binary",
        &format!("@{}", page.display()),
    ]);
    assert_eq!(code, 200, "{body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["added"], 1, "{report}");
    let (_, body) = get_query(
        &s,
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a cognio:Review }",
        "text/csv",
    );
    assert_eq!(
        body.lines().nth(1),
        Some((sample_count() + 1).to_string().as_str())
    );
    let (code, _) = curl(&[
        "-H",
        auth,
        &s.url("/api/ingest"),
        "--data-binary",
        "not a story page",
    ]);
    assert_eq!(code, 400);
}

#[test]
fn issue8_serve_keeps_answering_under_a_bounded_load() {
    let env = corpus_store();
    // More slots than clients: every request should be answered.
    let mut s = acst_serve(&env.path("store"), &["--max-concurrent", "16"]);
    let paths = [
        "/query?query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20a%20cognio%3AReview%20%7D",
        "/api/story/54dc73205936c8a3/related?top=5",
        "/query?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
    ];
    let port = s.port;
    let burst = || {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                std::thread::spawn(move || {
                    (0..40)
                        .map(|i| http_status(port, paths[(t + i) % paths.len()]))
                        .collect::<Vec<u16>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect::<Vec<u16>>()
    };
    burst();
    let rss_before = s.rss_kib();
    let codes: Vec<u16> = (0..3).flat_map(|_| burst()).collect();
    let rss_after = s.rss_kib();
    assert!(s.is_running(), "{}", s.log());
    assert!(codes.iter().all(|c| *c == 200), "statuses: {codes:?}");
    assert!(
        rss_after < rss_before + 100 * 1024,
        "RSS grew from {rss_before} KiB to {rss_after} KiB"
    );
}
