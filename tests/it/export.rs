//! Issue 6: every export format read back by a real client, with node and edge counts,
//! attributes, no dangling edges, byte-identical repeats and hostile titles.

use crate::env::{python, repo, Env};
use std::path::Path;

const TITLE: &str =
    "\"Straight\" & “Curly” <Angles> \\Backslash 🚀 Emoji: A Title That Breaks Naive Writers";

fn corpus_with_special_title() -> Env {
    let env = Env::with_corpus();
    env.ok(&[
        "ingest",
        repo()
            .join("tests/pages/special-characters.txt")
            .to_str()
            .unwrap(),
    ]);
    env
}

/// networkx reads the file; the XML is also scanned for edges naming undeclared nodes
/// (networkx would silently invent them).
const NX: &str = r#"
import sys, networkx as nx, xml.etree.ElementTree as ET
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
root = ET.parse(path).getroot()
ids = {e.get("id") for e in root.iter() if e.tag.endswith("}node")}
dangling = sum(1 for e in root.iter() if e.tag.endswith("}edge") and (e.get("source") not in ids or e.get("target") not in ids))
labels = [d.get("label") for _, d in g.nodes(data=True)]
title = sys.argv[3]
print(g.number_of_nodes(), g.number_of_edges(), len(ids), dangling, int(title in labels))
"#;

fn counts(out: &str) -> Vec<usize> {
    out.split_whitespace().map(|x| x.parse().unwrap()).collect()
}

#[test]
fn graphml_and_gexf_read_back_in_networkx() {
    let env = corpus_with_special_title();
    for fmt in ["graphml", "gexf"] {
        let file = env.path(&format!("full.{fmt}"));
        env.ok(&["export", "-o", file.to_str().unwrap()]);
        let c = counts(&python(NX, &[&file, Path::new(fmt), Path::new(TITLE)]));
        assert!(c[0] > 100 && c[1] > 300, "{fmt}: {c:?}");
        assert_eq!(c[0], c[2], "{fmt}: networkx invented nodes");
        assert_eq!(c[3], 0, "{fmt}: edges to undeclared nodes");
        assert_eq!(c[4], 1, "{fmt}: the hostile title did not survive");
    }
    // Attributes: kinds, story counts and cmrScore typed.
    let file = env.path("full.graphml");
    let out = python(
        "import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.nodes['actor:softbank']['kind'], g.nodes['actor:softbank']['stories'], g.nodes['story:54dc73205936c8a3']['cmrScore'], type(g.nodes['story:54dc73205936c8a3']['cmrScore']).__name__)",
        &[&file],
    );
    assert_eq!(out.trim(), "actor 3 8.0 float");
}

#[test]
fn dot_renders_in_graphviz() {
    let env = corpus_with_special_title();
    let file = env.path("actors.dot");
    env.ok(&["export", "--view", "actors", "-o", file.to_str().unwrap()]);
    let svg = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&file)
        .output()
        .expect("graphviz dot installed");
    assert!(
        svg.status.success(),
        "{}",
        String::from_utf8_lossy(&svg.stderr)
    );
    let gc = std::process::Command::new("gc")
        .args(["-n", "-e"])
        .arg(&file)
        .output()
        .unwrap();
    let c = counts(
        String::from_utf8_lossy(&gc.stdout)
            .split(" acst")
            .next()
            .unwrap(),
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(c[0], text.lines().filter(|l| l.contains("shape=")).count());
    assert_eq!(c[1], text.lines().filter(|l| l.contains(" -- ")).count());
    let full = env.path("full.dot");
    env.ok(&["export", "-o", full.to_str().unwrap()]);
    let svg = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(&full)
        .output()
        .unwrap();
    assert!(svg.status.success());
    assert!(
        String::from_utf8_lossy(&svg.stdout).contains("&lt;Angles&gt;"),
        "title not escaped through DOT into SVG"
    );
}

#[test]
fn csv_and_cytoscape_lists_agree_and_have_no_dangling_edges() {
    let env = corpus_with_special_title();
    let dir = env.path("csv");
    env.ok(&["export", "--format", "csv", "-o", dir.to_str().unwrap()]);
    let mut nodes = csv::Reader::from_path(dir.join("nodes.csv")).unwrap();
    assert_eq!(
        nodes.headers().unwrap().iter().take(3).collect::<Vec<_>>(),
        ["Id", "Label", "kind"]
    );
    let ids: std::collections::BTreeSet<String> =
        nodes.records().map(|r| r.unwrap()[0].to_owned()).collect();
    let mut edges = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
    assert_eq!(
        edges.headers().unwrap().iter().take(4).collect::<Vec<_>>(),
        ["Source", "Target", "Type", "Weight"]
    );
    let edge_rows: Vec<csv::StringRecord> = edges.records().map(|r| r.unwrap()).collect();
    assert!(edge_rows
        .iter()
        .all(|e| ids.contains(&e[0]) && ids.contains(&e[1])));
    let cy: serde_json::Value =
        serde_json::from_str(&env.ok(&["export", "--format", "cyjs"])).unwrap();
    assert_eq!(cy["elements"]["nodes"].as_array().unwrap().len(), ids.len());
    assert_eq!(
        cy["elements"]["edges"].as_array().unwrap().len(),
        edge_rows.len()
    );
    assert!(cy["elements"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["data"]["label"] == TITLE));
}

#[test]
fn views_filters_and_determinism() {
    let env = Env::with_corpus();
    let a = env.ok(&["export", "--format", "graphml", "--view", "stories"]);
    let b = env.ok(&["export", "--format", "graphml", "--view", "stories"]);
    assert_eq!(a, b, "two exports of the same store differ");
    assert!(a.contains("<data key=\"ekind\">related</data>"));
    let om = env.ok(&["export", "--format", "dot", "--view", "omissions"]);
    assert!(
        om.lines()
            .filter(|l| l.contains(" -- "))
            .all(|l| l.contains("\"theme:")),
        "omissions view is story–theme only"
    );
    let around = env.ok(&[
        "export",
        "--format",
        "dot",
        "--around",
        "CoreWeave",
        "--depth",
        "1",
    ]);
    let nodes: Vec<&str> = around.lines().filter(|l| l.contains("shape=")).collect();
    assert!(nodes.iter().any(|l| l.contains("story:54dc73205936c8a3")));
    assert!(
        nodes
            .iter()
            .all(|l| !l.starts_with("  \"story:") || l.contains("story:54dc73205936c8a3")),
        "depth 1 reaches no other story"
    );
    let heavy = env.ok(&[
        "export",
        "--format",
        "dot",
        "--view",
        "actors",
        "--min-weight",
        "3",
    ]);
    assert!(heavy.lines().filter(|l| l.contains(" -- ")).all(|l| l
        .split("weight=")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .parse::<f64>()
        .unwrap()
        >= 3.0));
    let err = env.fails(&["export", "-o", "graph.unknown"]);
    assert!(err.contains("cannot tell the format"), "{err}");
}

#[test]
fn rdf_dumps_parse_in_rdflib() {
    let env = corpus_with_special_title();
    let stats = env.json(&["stats", "--format", "json"]);
    let total = stats["triples"].as_u64().unwrap() as usize;
    for (ext, rdflib) in [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")] {
        let file = env.path(&format!("dump.{ext}"));
        env.ok(&["export", "-o", file.to_str().unwrap()]);
        let n = python("import sys, rdflib\nd = rdflib.Dataset()\nd.parse(sys.argv[1], format=sys.argv[2])\nprint(len(list(d.quads((None, None, None, None)))))", &[&file, Path::new(rdflib)]);
        assert_eq!(n.trim().parse::<usize>().unwrap(), total, "{ext}");
    }
    let mut sizes = Vec::new();
    for (ext, rdflib) in [("ttl", "turtle"), ("nt", "nt"), ("rdf", "xml")] {
        let file = env.path(&format!("merged.{ext}"));
        env.ok(&["export", "-o", file.to_str().unwrap()]);
        let n = python(
            "import sys, rdflib\nprint(len(rdflib.Graph().parse(sys.argv[1], format=sys.argv[2])))",
            &[&file, Path::new(rdflib)],
        );
        sizes.push(n.trim().parse::<usize>().unwrap());
    }
    assert!(
        sizes.windows(2).all(|w| w[0] == w[1]),
        "merged dumps disagree: {sizes:?}"
    );
    let one = env.path("one.ttl");
    env.ok(&[
        "export",
        "--story",
        "CoreWeave",
        "-o",
        one.to_str().unwrap(),
    ]);
    let n = python(
        "import sys, rdflib\ng = rdflib.Graph().parse(sys.argv[1])\nprint(len(set(g.subjects())))",
        &[&one],
    );
    assert!(n.trim().parse::<usize>().unwrap() > 10);
}
