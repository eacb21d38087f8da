//! Issue 12: unlisted episodes across stories, `entities --new`, and promotion into the
//! reference data.

use crate::env::{repo, stories, Env};
use serde_json::Value;

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// The Bhopal disaster, invoked by three sample stories in three phrasings ("the Bhopal
/// disaster of 1984", "the 1984 gas leak at Union Carbide's pesticide plant in Bhopal",
/// "the Union Carbide catastrophe in Bhopal"), is one entity with one pattern.
#[test]
fn issue12_an_unlisted_episode_in_three_phrasings_is_one_entity() {
    let env = Env::new();
    env.ok(&["ingest", stories().to_str().unwrap()]);
    let p = env.json(&["patterns", "--kind", "parallel", "--format", "json"]);
    let bhopal: Vec<&Value> = p
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["item"].as_str().unwrap().contains("Bhopal"))
        .collect();
    assert_eq!(bhopal.len(), 1, "{p:#}");
    assert_eq!(bhopal[0]["stories"], "3");
    let new = env.json(&["entities", "--new", "--format", "json"]);
    let e = new
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str().unwrap().contains("Bhopal"))
        .expect("Bhopal among the new entities");
    assert_eq!(e["entity"], "event");
    assert_eq!(e["type"], "disaster");
    assert_eq!(e["stories"], 3);
    assert!(e["forms"].as_array().unwrap().len() >= 3, "{e:#}");
    assert!(e["example"].as_str().unwrap().contains("Bhopal"), "{e:#}");
    // Most frequent first.
    assert_eq!(new[0]["stories"], 3);
}

#[test]
fn issue12_a_promoted_entity_is_resolved_from_the_reference_data() {
    let env = Env::new();
    let reference = env.path("data/reference");
    copy_dir(&repo().join("data/reference"), &reference);
    copy_dir(&repo().join("data/lexicon"), &env.path("data/lexicon"));
    let env = Env {
        vars: vec![("ACST_REFERENCE".into(), reference.display().to_string())],
        ..env
    };
    env.ok(&["ingest", stories().to_str().unwrap()]);
    let new = env.json(&["entities", "--new", "--format", "json"]);
    let e = new
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"].as_str().unwrap().contains("Bhopal"))
        .unwrap();
    let slug = e["iri"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let out = env.ok(&["entities", "--promote", &slug]);
    assert!(out.contains("events.csv"), "{out}");
    let csv = std::fs::read_to_string(reference.join("events.csv")).unwrap();
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("{slug},")))
        .expect("row added");
    assert!(row.contains(",disaster,"), "{row}");
    // Promoting twice is refused, naming the row.
    let again = env.fails(&["entities", "--promote", &slug]);
    assert!(
        again.contains("no minted event") || again.contains("already"),
        "{again}"
    );
    env.ok(&["ingest", stories().to_str().unwrap()]);
    let merges = env.json(&["entities", "--merges", "--format", "json"]);
    let rules: Vec<&str> = merges
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| {
            m["entity"]
                .as_str()
                .unwrap()
                .ends_with(&format!("/event/{slug}"))
        })
        .map(|m| m["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.is_empty() && rules.contains(&"exact"), "{rules:?}");
    let new = env.json(&["entities", "--new", "--format", "json"]);
    assert!(
        new.as_array()
            .unwrap()
            .iter()
            .all(|e| !e["iri"].as_str().unwrap().ends_with(&slug)),
        "a promoted event is no longer new"
    );
}
