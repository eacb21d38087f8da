//! Issue 12: extraction measured on pages written for evaluation only
//! (`tests/eval/`), with the matching rules fixed in its `truth.json` beside the
//! annotation. The floors asserted here are the issue's targets; the first
//! measurement on this set is recorded below, as it came.

use crate::env::{repo, stories, Env};
use crate::eval_sets::{floors, FIFTEEN, SETS, UNSEEN};
use crate::score::Score;
use acst::extract::normalize::norm;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

// The measurements of every set (its commit, its first measurement as it came, what
// each round built on it did) are logged in docs/eval-log.md; add to it with each
// measurement. The floors in `fn floors` sit under those figures.

/// Normalised for matching: case, diacritics, punctuation, possessives, leading "the".
fn key(s: &str) -> String {
    let n = norm(s);
    n.strip_prefix("the ").map(str::to_owned).unwrap_or(n)
}

fn slug(iri: &str) -> &str {
    iri.rsplit('/').next().unwrap_or(iri)
}

/// Names a predicted entity goes by on this page: its name and surface forms.
fn names(entity: &Value) -> Vec<String> {
    let mut v = vec![key(entity["name"].as_str().unwrap_or(""))];
    if let Some(a) = entity["aliases"].as_array() {
        v.extend(a.iter().filter_map(Value::as_str).map(key));
    }
    v
}

fn forms(annotation: &Value) -> Vec<String> {
    annotation["forms"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).map(key).collect())
        .unwrap_or_default()
}

/// One-to-one matching of annotations to predictions: (tp, fp, fn, misses).
fn match_all(
    want: &[Value],
    got: &[&Value],
    matches: impl Fn(&Value, &Value) -> bool,
) -> (Score, Vec<String>, Vec<String>) {
    let mut used = vec![false; got.len()];
    let mut score = Score::default();
    let mut missing = Vec::new();
    for w in want {
        let hit = (0..got.len()).find(|&i| !used[i] && matches(w, got[i]));
        match hit {
            Some(i) => {
                used[i] = true;
                score.tp += 1;
            }
            None => {
                score.fn_ += 1;
                missing.push(
                    w["name"]
                        .as_str()
                        .or(w["ref"].as_str())
                        .unwrap_or("?")
                        .to_owned(),
                );
            }
        }
    }
    let extra: Vec<String> = (0..got.len())
        .filter(|&i| !used[i])
        .map(|i| got[i]["name"].as_str().unwrap_or("?").to_owned())
        .collect();
    score.fp += extra.len();
    (score, extra, missing)
}

fn actor_matches(w: &Value, got: &Value) -> bool {
    if let Some(r) = w["ref"].as_str() {
        return slug(got["iri"].as_str().unwrap_or("")) == r;
    }
    let n = names(got);
    forms(w).iter().any(|f| n.contains(f))
}

fn parallel_matches(w: &Value, got: &Value) -> bool {
    if let Some(r) = w["ref"].as_str() {
        return slug(got["iri"].as_str().unwrap_or("")) == r;
    }
    let n = names(got);
    forms(w).iter().any(|f| {
        n.iter()
            .any(|name| format!(" {name} ").contains(&format!(" {f} ")))
    })
}

/// The measurement of one annotated set: actors, parallels, themes.
pub fn measure(env: &Env, truth: &str, pages: &Path, verbose: bool) -> [Score; 3] {
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(truth)).unwrap()).unwrap();
    let mut scores = [Score::default(); 3];
    for (file, t) in truth["pages"].as_object().unwrap() {
        let path = pages.join(file);
        let v = env.json(&["show", path.to_str().unwrap(), "--format", "json"]);
        let actors: Vec<&Value> = v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["kind"] != "collective")
            .collect();
        let parallels: Vec<&Value> = v["parallels"].as_array().unwrap().iter().collect();
        let (a, a_extra, a_missing) =
            match_all(t["actors"].as_array().unwrap(), &actors, actor_matches);
        let (p, p_extra, p_missing) = match_all(
            t["parallels"].as_array().unwrap(),
            &parallels,
            parallel_matches,
        );
        let got_themes: BTreeSet<String> = v["omissions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|o| o["themes"].as_array().unwrap().iter())
            .filter_map(Value::as_str)
            .filter(|t| *t != "other")
            .map(str::to_owned)
            .collect();
        let want_themes: BTreeSet<String> = t["themes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_owned())
            .collect();
        let mut th = Score::default();
        th.add(&got_themes, &want_themes);
        for (s, add) in scores.iter_mut().zip([a, p, th]) {
            s.tp += add.tp;
            s.fp += add.fp;
            s.fn_ += add.fn_;
        }
        if verbose {
            let diff = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
                x.difference(y).cloned().collect::<Vec<_>>()
            };
            println!("{file}");
            println!("  actors    extra {a_extra:?} missing {a_missing:?}");
            println!("  parallels extra {p_extra:?} missing {p_missing:?}");
            println!(
                "  themes    extra {:?} missing {:?}",
                diff(&got_themes, &want_themes),
                diff(&want_themes, &got_themes)
            );
        }
    }
    scores
}

fn pages_of(dir: &str) -> std::path::PathBuf {
    if dir == "dev" {
        stories()
    } else {
        repo().join("tests").join(dir).join("pages")
    }
}

/// The evaluation pages ingested with the sample stories, as a user's corpus would be.
pub fn corpus() -> Env {
    let env = Env::new();
    let pages: Vec<_> = SETS.iter().map(|(_, dir)| pages_of(dir)).collect();
    let mut args = vec!["ingest"];
    args.extend(pages.iter().map(|p| p.to_str().unwrap()));
    env.ok(&args);
    env
}

/// Whether `ACST_EVAL_SETS` selects the set: empty for all, "training" for every set
/// whose errors may be printed, "unseen" for the others, or a comma list of names.
fn selected(only: &str, name: &str) -> bool {
    match only {
        "" => true,
        "training" => !UNSEEN.contains(&name),
        "unseen" => UNSEEN.contains(&name),
        list => list.split(',').any(|s| s == name),
    }
}

#[test]
fn issue12_open_world_extraction_on_unseen_pages() {
    let env = corpus();
    // ACST_EVAL_SETS=training measures only the training pages (while tuning).
    let only = std::env::var("ACST_EVAL_SETS").unwrap_or_default();
    let mut failed = Vec::new();
    let mut pooled = [([Score::default(); 3], 0); FIFTEEN.len()];
    for (name, dir) in SETS {
        if !selected(&only, name) {
            continue;
        }
        // ACST_EVAL_QUIET=1 prints the totals only (a first measurement of a set whose
        // errors must not be seen before a change is measured on it).
        let quiet = std::env::var_os("ACST_EVAL_QUIET").is_some() || UNSEEN.contains(&name);
        let truth = format!("tests/{dir}/truth.json");
        let [a, p, t] = measure(&env, &truth, &pages_of(dir), !quiet);
        println!("== {name}");
        println!("{}", a.line("actors"));
        println!("{}", p.line("parallels"));
        println!("{}", t.line("themes"));
        for (group, (sums, n)) in FIFTEEN.iter().zip(pooled.iter_mut()) {
            if group.sets.contains(&name) {
                sums.iter_mut().zip([a, p, t]).for_each(|(s, x)| s.pool(&x));
                *n += 1;
            }
        }
        // Regression floors under each unseen set's first measurement (see above); the
        // targets of issue 12 on the sets tuned to. Every set is measured before the
        // test fails, so that one run shows them all.
        let (floor, what) = match floors(name) {
            Some(f) => (f, "regressed"),
            None => ([0.90, 0.90, 0.90, 0.85, 0.85], "below the target"),
        };
        let [ap, ar, pp, pr, tf] = floor;
        if !(a.p() >= ap && a.r() >= ar) {
            failed.push(format!("{name}: actors {what}"));
        }
        if !(p.p() >= pp && p.r() >= pr) {
            failed.push(format!("{name}: parallels {what}"));
        }
        if t.f1() < tf {
            failed.push(format!("{name}: themes {what}"));
        }
    }
    for (group, ([a, p, t], n)) in FIFTEEN.iter().zip(pooled) {
        if n < group.sets.len() {
            continue;
        }
        println!("== fifteen pages of {:?}, one extractor", group.sets);
        println!("{}", a.line("actors"));
        println!("{}", p.line("parallels"));
        println!("{}", t.line("themes"));
        let [ap, ar, pp, pr, tf] = group.floors;
        let what = group.what;
        if !(a.p() >= ap && a.r() >= ar) {
            failed.push(format!("fifteen pages of {:?}: actors {what}", group.sets));
        }
        if !(p.p() >= pp && p.r() >= pr) {
            failed.push(format!(
                "fifteen pages of {:?}: parallels {what}",
                group.sets
            ));
        }
        if t.f1() < tf {
            failed.push(format!("fifteen pages of {:?}: themes {what}", group.sets));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("; "));
}
