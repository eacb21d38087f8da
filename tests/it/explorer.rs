//! Issue 15: the web explorer of `acst serve`, loaded in a real browser (headless
//! Chromium, installed by `scripts/setup --test`) on the sample data: what each page
//! shows after its scripts ran, no console message, nothing fetched off 127.0.0.1.

use crate::env::{sample, sample_count, Env};
use crate::servers::{acst_serve, Server};
use serde_json::Value;
use std::process::Command;

/// A page as the browser rendered it, and what its console printed.
struct Page {
    dom: String,
    console: Vec<String>,
}

fn load(s: &Server, path: &str) -> Page {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=10000",
            // Any host but the server fails to resolve: a request leaving 127.0.0.1
            // would show up as a console error.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(s.url(path))
        .output()
        .expect("chromium runs: install it with scripts/setup --test");
    assert!(out.status.success(), "chromium failed on {path}");
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    Page {
        dom: String::from_utf8_lossy(&out.stdout).into_owned(),
        console,
    }
}

/// Loads a page and checks what every page must: rendered, silent, self-contained.
fn page(s: &Server, path: &str) -> String {
    let p = load(s, path);
    assert!(
        p.dom.contains("</main>"),
        "{path} did not render: {}",
        p.dom
    );
    assert!(
        p.console.is_empty(),
        "{path} printed to the console: {:?}",
        p.console
    );
    let external = regex::Regex::new(r#"(?:src|href)="(https?:)?//"#).unwrap();
    assert!(!external.is_match(&p.dom), "{path} links off the server");
    p.dom
}

/// The value of `attr` on the element with id `id` in a dumped DOM.
fn attr(dom: &str, id: &str, attr: &str) -> Option<String> {
    let re = regex::Regex::new(&format!(r#"<[^>]*id="{id}"[^>]*>"#)).unwrap();
    let tag = re.find(dom)?.as_str();
    let re = regex::Regex::new(&format!(r#"{attr}="([^"]*)""#)).unwrap();
    Some(re.captures(tag)?[1].to_owned())
}

fn text_of(dom: &str, id: &str) -> Option<String> {
    let re = regex::Regex::new(&format!(r#"id="{id}"[^>]*>([^<]*)<"#)).unwrap();
    Some(re.captures(dom)?[1].to_owned())
}

/// The sample corpus, and the id of the sample story about tulip mania.
fn corpus() -> (Env, String) {
    let env = Env::with_corpus();
    let page = sample("ai-valuations-tulip-mania.jsonld");
    let v = env.json(&["show", page.to_str().unwrap(), "--format", "json"]);
    let id = v["id"].as_str().unwrap().to_owned();
    (env, id)
}

fn story_json(s: &Server, id: &str) -> Value {
    let out = Command::new("curl")
        .args(["-s", &s.url(&format!("/api/story/{id}"))])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn issue15_explorer_pages_in_a_browser() {
    let (env, id) = corpus();
    // The cross-references and summaries some canned queries read, as a user runs it.
    env.ok(&["xref"]);
    // What the command line says, before the server takes the store.
    let related = env.json(&["related", &id, "--format", "json"]);
    let out = env.path("g.cyjs");
    env.ok(&[
        "export",
        "--around",
        &id,
        "--depth",
        "1",
        "--format",
        "cyjs",
        "-o",
        out.to_str().unwrap(),
    ]);
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let nodes = doc["elements"]["nodes"].as_array().unwrap().len();
    let cli = env.ok(&["query", "-n", "solution-types", "--format", "csv"]);
    let rows = cli.lines().count() - 1;
    let links =
        "SELECT ?story ?actor WHERE { ?story acst:actor ?actor } ORDER BY ?story ?actor LIMIT 40";
    let csv = env.ok(&["query", links, "--format", "csv"]);
    let linked: std::collections::BTreeSet<&str> =
        csv.lines().skip(1).flat_map(|l| l.split(',')).collect();
    let s = acst_serve(&env.path("store"), &[]);

    // Home: the corpus in figures, links to stories.
    let home = page(&s, "/");
    assert_eq!(
        text_of(&home, "n-stories"),
        Some(sample_count().to_string())
    );
    assert!(home.contains("href=\"/story/"));

    // Story page: the review, its parallels marked in the text, related stories.
    let story = page(&s, &format!("/story/{id}"));
    let v = story_json(&s, &id);
    for p in v["parallels"].as_array().unwrap() {
        assert!(
            story.contains(p["name"].as_str().unwrap()),
            "parallel {p} missing"
        );
    }
    assert!(
        story.contains("id=\"subjects\"") && story.contains("href=\"/entity/omission/"),
        "omitted subjects listed with their pages"
    );
    assert!(
        story.contains("class=\"mark event\""),
        "parallels are marked in the text"
    );
    let first = related[0]["title"].as_str().unwrap();
    assert!(
        story.contains("class=\"related\""),
        "related stories listed"
    );
    assert!(
        story.contains(&maud_escape(first)),
        "top related story {first:?} shown"
    );

    // Graph view: as many nodes as the export view around the same story.
    let graph = page(&s, &format!("/graph?around=story:{id}&depth=1"));
    assert_eq!(attr(&graph, "graph", "data-ready").as_deref(), Some("1"));
    assert_eq!(attr(&graph, "graph", "data-nodes"), Some(nodes.to_string()));

    // SPARQL editor: a canned query, one click away, shows its rows.
    let editor = page(&s, "/editor?canned=solution-types");
    assert_eq!(
        attr(&editor, "results", "data-rows"),
        Some(rows.to_string())
    );

    // …and draws two columns of IRIs as a graph.
    let query = format!("PREFIX acst: <https://w3id.org/acst/ns#> {links}");
    let encoded: String = url_encode(&query);
    let drawn = page(&s, &format!("/editor?view=graph&query={encoded}"));
    assert_eq!(
        attr(&drawn, "result-graph", "data-nodes"),
        Some(linked.len().to_string())
    );

    // Entity page: stories over time and the stories themselves.
    let event = v["parallels"][0]["iri"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let entity = page(&s, &format!("/entity/event/{event}"));
    assert!(entity.contains("id=\"timeline\""));
    assert!(entity.contains(&format!("href=\"/story/{id}\"")));

    // Search finds the story by a word of its title.
    let search = page(&s, "/search?q=tulip");
    assert!(search.contains(&format!("href=\"/story/{id}\"")));
}

/// The story and entity pages are plain HTML: everything is there without scripts.
#[test]
fn issue15_pages_work_without_javascript_and_stay_on_the_origin() {
    let (env, id) = corpus();
    let s = acst_serve(&env.path("store"), &[]);
    let out = Command::new("curl")
        .args([
            "-s",
            "-D",
            "-",
            "-H",
            "Accept: text/html",
            &s.url(&format!("/story/{id}")),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text
        .to_ascii_lowercase()
        .contains("content-security-policy: default-src 'self'"));
    assert!(!text.contains("<script"), "the story page needs no script");
    assert!(text.contains("id=\"related\"") && text.contains("id=\"parallels\""));
    // A page's own text is escaped, never markup; unknown pages are a 404 page.
    let out = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            &s.url("/entity/actor/%3Cscript%3E"),
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "404");
    let out = Command::new("curl")
        .args(["-s", &s.url("/search?q=%3Cscript%3Ealert(1)%3C/script%3E")])
        .output()
        .unwrap();
    let body = String::from_utf8_lossy(&out.stdout);
    assert!(body.contains("&lt;script&gt;") && !body.contains("<script>alert"));
    // Curl without Accept: text/html still gets the endpoint listing.
    let out = Command::new("curl")
        .args(["-s", &s.url("/")])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("acst SPARQL server"));
}

/// A title as the pages write it (escaped by the same template engine).
fn maud_escape(s: &str) -> String {
    maud::html! { (s) }.into_string()
}

fn url_encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}
