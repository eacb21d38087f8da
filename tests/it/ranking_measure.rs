//! Issue 13's measurement: acst's ranking of a truth's corpus, judged against the truth
//! (a reader's three most related stories and two unrelated ones per query), next to a
//! plain TF-IDF cosine over the full page text computed here on the same pages.

use crate::env::{repo, Env};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The figures of one ranking on the truth.
#[derive(Debug, Default, Clone, Copy)]
pub struct Figures {
    /// Mean share of the three expected stories among the top 3.
    pub p_at_3: f64,
    /// Share of queries with all three expected stories in the top 5.
    pub all_in_5: f64,
    /// Must-not stories found in a top 5, over all queries.
    pub must_not: usize,
}

fn figures(truth: &Value, ranked: &HashMap<String, Vec<String>>) -> Figures {
    let q = truth["queries"].as_object().unwrap();
    let mut f = Figures::default();
    let verbose = std::env::var_os("ACST_VERBOSE").is_some();
    for (file, t) in q {
        let top = &ranked[file];
        if verbose {
            let short = |f: &str| f.split(['-', '.']).take(3).collect::<Vec<_>>().join("-");
            let mark = |f: &String| {
                let want = t["related"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x == f.as_str());
                let bad = t["unrelated"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x == f.as_str());
                format!(
                    "{}{}",
                    short(f),
                    if want {
                        "+"
                    } else if bad {
                        "!"
                    } else {
                        ""
                    }
                )
            };
            println!(
                "{:<28} {}",
                short(file),
                top.iter().map(mark).collect::<Vec<_>>().join("  ")
            );
        }
        let want: BTreeSet<&str> = t["related"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        let top3: BTreeSet<&str> = top.iter().take(3).map(String::as_str).collect();
        let top5: BTreeSet<&str> = top.iter().take(5).map(String::as_str).collect();
        f.p_at_3 += want.intersection(&top3).count() as f64 / 3.0;
        f.all_in_5 += f64::from(u8::from(want.is_subset(&top5)));
        f.must_not += t["unrelated"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| top5.contains(x.as_str().unwrap()))
            .count();
    }
    f.p_at_3 /= q.len() as f64;
    f.all_in_5 /= q.len() as f64;
    f
}

/// Words of a page for the baseline: lowercase letters, three or more, minus a few
/// function words (markup words occur in every page and weigh nothing).
fn words(text: &str) -> Vec<String> {
    const STOP: [&str; 12] = [
        "the", "and", "that", "for", "with", "this", "are", "from", "its", "not", "was", "but",
    ];
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// The baseline: TF-IDF cosine over the full text of the files.
fn tfidf(files: &[String]) -> HashMap<String, Vec<String>> {
    let docs: Vec<BTreeMap<String, f64>> = files
        .iter()
        .map(|f| {
            let mut tf = BTreeMap::new();
            for w in words(&std::fs::read_to_string(repo().join(f)).unwrap()) {
                *tf.entry(w).or_insert(0.0) += 1.0;
            }
            tf
        })
        .collect();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for d in &docs {
        for w in d.keys() {
            *df.entry(w).or_insert(0.0) += 1.0;
        }
    }
    let n = docs.len() as f64;
    let vecs: Vec<BTreeMap<&str, f64>> = docs
        .iter()
        .map(|d| {
            let v: BTreeMap<&str, f64> = d
                .iter()
                .map(|(w, tf)| (w.as_str(), tf * (n / df[w.as_str()]).ln()))
                .collect();
            let norm = v
                .values()
                .map(|x| x * x)
                .sum::<f64>()
                .sqrt()
                .max(f64::EPSILON);
            v.into_iter().map(|(w, x)| (w, x / norm)).collect()
        })
        .collect();
    let name = |i: usize| files[i].rsplit('/').next().unwrap().to_owned();
    (0..files.len())
        .map(|i| {
            let mut scored: Vec<(f64, usize)> = (0..files.len())
                .filter(|&j| j != i)
                .map(|j| {
                    (
                        vecs[i]
                            .iter()
                            .map(|(w, x)| x * vecs[j].get(w).unwrap_or(&0.0))
                            .sum(),
                        j,
                    )
                })
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            (
                name(i),
                scored.into_iter().take(5).map(|(_, j)| name(j)).collect(),
            )
        })
        .collect()
}

/// acst's ranking of the same files, by file name.
fn acst(env: &Env, truth: &Value) -> HashMap<String, Vec<String>> {
    let rows = env.ok(&[
        "query",
        "SELECT ?id ?src WHERE { GRAPH ?g { ?s acst:storyId ?id . ?g acst:sourceFile ?src } }",
        "--format",
        "csv",
    ]);
    let by_id: HashMap<String, String> = rows
        .lines()
        .skip(1)
        .filter_map(|l| {
            let (id, src) = l.split_once(',')?;
            Some((id.to_owned(), src.rsplit('/').next()?.trim().to_owned()))
        })
        .collect();
    let id_of: HashMap<&String, &String> = by_id.iter().map(|(id, f)| (f, id)).collect();
    truth["queries"]
        .as_object()
        .unwrap()
        .keys()
        .map(|file| {
            let id = id_of[file];
            let r = env.json(&["related", id, "--top", "5", "--format", "json"]);
            let top = r
                .as_array()
                .unwrap()
                .iter()
                .map(|x| by_id[x["story"].as_str().unwrap()].clone())
                .collect();
            (file.clone(), top)
        })
        .collect()
}

pub fn print_figures(a: &Figures, b: &Figures) {
    for (who, f) in [("acst  ", a), ("tf-idf", b)] {
        println!(
            "{who} precision@3 {:.2}  all expected in top 5 {:.2}  must-not in a top 5: {}",
            f.p_at_3, f.all_in_5, f.must_not
        );
    }
}

pub fn measure() -> (Figures, Figures) {
    measure_on("tests/eval/related.json")
}

/// acst's and the TF-IDF baseline's figures on the truth at `path`.
pub fn measure_on(path: &str) -> (Figures, Figures) {
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(path)).unwrap()).unwrap();
    let files: Vec<String> = truth["corpus"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_owned())
        .collect();
    let env = Env::new();
    let mut args = vec!["ingest".to_owned()];
    args.extend(files.iter().map(|f| repo().join(f).display().to_string()));
    env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    (
        figures(&truth, &acst(&env, &truth)),
        figures(&truth, &tfidf(&files)),
    )
}
