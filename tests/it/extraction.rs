//! Issue 3: extraction and resolution on the fixture, alias resolution, and measured
//! precision/recall against the hand annotation in tests/truth.json.

use crate::env::{fixture, repo, stories, Env};
use crate::score::Score;
use serde_json::Value;
use std::collections::BTreeSet;

fn slugs(v: &Value, key: &str) -> BTreeSet<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            x["iri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect()
}
fn themes(v: &Value) -> BTreeSet<String> {
    v["omissions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|o| {
            o["themes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap().to_owned())
        })
        .filter(|t| t != "other")
        .collect()
}

#[test]
#[cfg_attr(
    not(acst_fixture),
    ignore = "needs ../shared/fixtures/seed-softbank-openai-loan.txt, absent here"
)]
fn fixture_entities_parallels_themes_and_pathway_types() {
    let env = Env::with_corpus_and_fixture();
    let v = env.json(&["show", fixture().to_str().unwrap(), "--format", "json"]);
    let actors = slugs(&v, "actors");
    for a in [
        "softbank",
        "openai",
        "bloomberg",
        "microsoft",
        "nvidia",
        "federal-reserve",
        "sec",
        "fsb",
    ] {
        assert!(actors.contains(a), "fixture actors lack {a}: {actors:?}");
    }
    let parallels: Vec<(String, String)> = v["parallels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["iri"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_owned(),
                p["pattern"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        parallels.contains(&("financial-crisis-2008".into(), "financial-crisis".into())),
        "{parallels:?}"
    );
    assert!(
        parallels.contains(&("dot-com-bubble".into(), "speculative-bubble".into())),
        "{parallels:?}"
    );
    let t = themes(&v);
    for want in ["historical-parallels", "marginalised-voices", "labour"] {
        assert!(t.contains(want), "themes lack {want}: {t:?}");
    }
    assert!(
        !t.contains("indigenous-knowledge"),
        "a dismissed mention became a theme: {t:?}"
    );
    let types: Vec<&str> = v["pathways"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["type"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        types,
        [
            "regulation",
            "open-source-commons",
            "taxation-redistribution",
            "audit-transparency"
        ]
    );
    // Provenance: the Fed mention points back at the section it came from.
    let fed = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["iri"].as_str().unwrap().ends_with("/federal-reserve"))
        .unwrap();
    assert_eq!(fed["aliases"], serde_json::json!(["U.S. Federal Reserve"]));
    assert_eq!(fed["roles"], serde_json::json!(["pathway"]));
}

#[test]
fn alias_variants_resolve_to_one_entity() {
    let env = Env::with_corpus();
    let e = env.json(&["entities", "--kind", "actor", "--format", "json"]);
    let find = |slug: &str| -> Value {
        e.as_array()
            .unwrap()
            .iter()
            .find(|r| {
                r["iri"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!("/actor/{slug}"))
            })
            .cloned()
            .unwrap_or_else(|| panic!("no entity {slug}"))
    };
    let has = |slug: &str, forms: &[&str]| {
        let row = find(slug);
        let seen: Vec<&str> = row["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        for f in forms {
            assert!(seen.contains(f), "{slug}: {f:?} not among {seen:?}");
        }
    };
    has("softbank", &["SoftBank", "Softbank", "Softbank Group"]);
    has(
        "federal-reserve",
        &["U.S. Federal Reserve", "the Fed", "Federal Reserve"],
    );
    has("anthropic", &["Anthropic", "Antrhopic"]);
    has("microsoft", &["Microsoft", "Microsfot"]);
    has("fsb", &["FSB", "Financial Stability Board"]);
    // The merge report names the rule and the score for the fuzzy ones.
    let merges = env.json(&["entities", "--merges", "--format", "json"]);
    let typo = merges
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["surface"] == "Antrhopic")
        .expect("Antrhopic in merge report");
    assert_eq!(typo["rule"], "fuzzy");
    assert!(typo["score"].as_f64().unwrap() >= 0.93);
    // A name no reference entry knows becomes a new actor, and stays one entity, under
    // its acronym too.
    let csb = find("chemical-safety-board");
    assert_eq!(csb["kind"], "public-body");
    has("chemical-safety-board", &["Chemical Safety Board", "CSB"]);
}

#[test]
fn extraction_quality_against_the_annotation() {
    // The real page is measured too where it is present (see build.rs).
    let with_fixture = cfg!(acst_fixture);
    let env = if with_fixture {
        Env::with_corpus_and_fixture()
    } else {
        Env::with_corpus()
    };
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("tests/truth.json")).unwrap())
            .unwrap();
    let mut scores: [[Score; 3]; 2] = Default::default();
    let mut misses = Vec::new();
    for (file, t) in truth
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .filter(|(k, _)| with_fixture || !k.starts_with("../"))
    {
        let path = if file.starts_with("../") {
            repo().join(file)
        } else {
            stories().join(file)
        };
        let v = env.json(&["show", path.to_str().unwrap(), "--format", "json"]);
        let set = |k: &str| -> BTreeSet<String> {
            t[k].as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_owned())
                .collect()
        };
        let got = [slugs(&v, "actors"), slugs(&v, "parallels"), themes(&v)];
        let want = [set("actors"), set("parallels"), set("themes")];
        let held = t.get("holdout").and_then(Value::as_bool).unwrap_or(false) as usize;
        for i in 0..3 {
            scores[held][i].add(&got[i], &want[i]);
            if got[i] != want[i] {
                misses.push(format!(
                    "{file} [{}]: extra {:?} missing {:?}",
                    ["actors", "parallels", "themes"][i],
                    got[i].difference(&want[i]).collect::<Vec<_>>(),
                    want[i].difference(&got[i]).collect::<Vec<_>>()
                ));
            }
        }
    }
    for (held, name) in [(0, "tuned"), (1, "holdout")] {
        for (i, kind) in ["actors", "parallels", "themes"].iter().enumerate() {
            let s = &scores[held][i];
            println!(
                "{name:8} {kind:10} precision {:.3} recall {:.3} F1 {:.3} (tp {} fp {} fn {})",
                s.p(),
                s.r(),
                s.f1(),
                s.tp,
                s.fp,
                s.fn_
            );
        }
    }
    for m in &misses {
        println!("  {m}");
    }
    // Floors set from measurement on the tuned stories (see the closing note of issue 3).
    let tuned = &scores[0];
    assert!(
        tuned[0].p() >= 0.95 && tuned[0].r() >= 0.90,
        "actors below floor"
    );
    assert!(
        tuned[1].p() >= 0.95 && tuned[1].r() >= 0.90,
        "parallels below floor"
    );
    assert!(tuned[2].f1() >= 0.85, "themes below floor");
}
