//! Issue 13: related stories against truths judged by reading (tests/eval/related.json,
//! committed before the ranking changed, and seven more judged before the ranking ran on
//! their corpora), next to a plain TF-IDF cosine over the full page text.

use crate::ranking_measure::{measure, measure_on, print_figures};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

// Measured on this truth (committed before the ranking changed, at 42ace76):
// - before: acst precision@3 0.42, all expected in the top 5 for 0.33 of the stories,
//   1 must-not in a top 5; the TF-IDF baseline 0.72, 0.75, 1.
// - after omitted subjects, the stories' own words in the index and kind weights set on
//   this truth (so it is tuned to): acst 0.86, 0.83, 0; TF-IDF 0.72, 0.75, 1.
// - after word stems, the topic vectors and text weight 60 (chosen on this truth and the
//   second): acst 0.83, 0.92, 0.
// - after actors' weight 0.5 -> 0.25 (an ablation of every kind's weight, measured on
//   all four truths, chosen on this one and the second): acst 0.89, 0.92, 0; the second,
//   third and fourth truths unchanged.
#[test]
fn issue13_related_stories_against_the_reading() {
    let (a, b) = measure();
    print_figures(&a, &b);
    // Ahead of the baseline on all three (or level where the baseline is perfect).
    assert!(a.p_at_3 > b.p_at_3, "precision@3 not ahead of TF-IDF");
    assert!(
        a.all_in_5 > b.all_in_5 || b.all_in_5 == 1.0,
        "top-5 recall not ahead of TF-IDF"
    );
    assert!(
        a.must_not < b.must_not || b.must_not == 0,
        "must-not stories not fewer than TF-IDF's"
    );
    // Regression floors at what was measured.
    assert!(
        a.p_at_3 >= 0.80 && a.all_in_5 >= 0.9 && a.must_not == 0,
        "ranking regressed"
    );
}

// tests/eval8/related.json, judged and committed (see its _about) before acst ran on it:
// the figures for judgements the ranking was not tuned on. First measurement (ranking
// of 4e99435 with the extraction of this stop): acst precision@3 0.43, all expected in
// the top 5 for 0.20 of the queries, no must-not story in a top 5; TF-IDF 0.33, 0.00, 1.
// Far under the targets that the first truth (tuned to) meets: with 122 pages, each query
// has more near neighbours than the three a reader picked.
// - second measurement, after one general change seen on it (BM25's idf for the stories'
//   words, so that words in half the reviews, such as "quoted", weigh nothing): acst 0.47,
//   0.20, 0; the first truth unchanged (0.86, 0.83, 0). A truth the ranking has now been
//   measured against twice: the next change needs a third.
// - then tuned to (a training set now): word stems, what the pages say they are about as a
//   second vector, and the words' weight doubled: acst 0.53, 0.40, 0.
#[test]
fn issue13_related_stories_against_a_second_reading() {
    let (a, b) = measure_on("tests/eval8/related.json");
    print_figures(&a, &b);
    // Ahead of the baseline, as first measured, and no worse than that measurement.
    assert!(a.p_at_3 > b.p_at_3, "precision@3 not ahead of TF-IDF");
    assert!(a.all_in_5 >= b.all_in_5, "top-5 recall behind TF-IDF");
    assert!(
        a.must_not <= b.must_not,
        "more must-not stories than TF-IDF"
    );
    assert!(
        a.p_at_3 >= 0.50 && a.all_in_5 >= 0.4 && a.must_not == 0,
        "ranking regressed on the second truth"
    );
}

// tests/eval9/related.json, judged and committed (see its _about) before the ranking
// changes that followed the second truth. Measured with totals only (ACST_VERBOSE unset),
// so its per-query results were not seen while the ranking changed.
// - first, ranking of 038239b: acst 0.47, 0.00, 0; TF-IDF 0.64, 0.33, 0.
// - second, after the stems and topic vectors chosen on the first two truths: acst 0.58,
//   0.25, 0. Still behind the baseline on this truth: asserted as floors, not as a lead.
#[test]
fn issue13_related_stories_against_a_third_reading() {
    let (a, b) = measure_on("tests/eval9/related.json");
    print_figures(&a, &b);
    assert!(
        a.p_at_3 >= 0.55 && a.all_in_5 >= 0.25 && a.must_not <= b.must_not,
        "ranking regressed on the third truth"
    );
}

// tests/eval10/related.json, judged and committed (see its _about) before the ranking ran
// on it; totals only, its per-query results not looked at.
// - first, ranking of 8f253f4: acst precision@3 0.44, all expected in the top 5 for 0.17
//   of the queries, 1 must-not story in a top 5; TF-IDF 0.64, 0.42, 1. Behind the
//   baseline, as on the third truth: asserted as floors, not as a lead.
// - second, after the extraction changes tests/eval10 shaped (no ranking change; one page
//   had lost its omitted items): acst 0.42, 0.17, 1.
//
// How far re-weighting can go (scripts/rank-ceiling, run 2026-12-01 on the ranking of
// 164041d): every kind weight and the word, topic and lens weights, plus the baseline's
// full-text cosine as one more feature, fitted by coordinate ascent. Fitted on three
// truths and measured on the fourth, no truth gains (first 0.89 -> 0.78, second 0.57 ->
// 0.53, third 0.58 -> 0.53, fourth 0.42 unchanged); fitted on a truth itself (the most
// any weighting can do), the three later truths reach precision@3 0.60, 0.64 and 0.75.
// The features, not their weights, hold the ranking under the target of 0.90: what a
// reader judges related (algorithmic scoring of people across insurance, credit and
// welfare; water taken by industry across mines and data centres) is a shared omitted
// subject the subject scheme does not yet name, not shared words.
#[test]
fn issue13_related_stories_against_a_fourth_reading() {
    let (a, b) = measure_on("tests/eval10/related.json");
    print_figures(&a, &b);
    assert!(
        a.p_at_3 >= 0.40 && a.all_in_5 >= 0.15 && a.must_not <= 1,
        "ranking regressed on the fourth truth"
    );
}

// tests/eval32/related.json, judged and committed (c41bb47) before the ranking ran on its
// corpus (the fifty pages of tests/eval23 to tests/eval32); totals only.
// - first, ranking of c41bb47: acst precision@3 0.50, all expected in the top 5 for 0.25
//   of the queries, 1 must-not story in a top 5; TF-IDF 0.47, 0.17, 0. Ahead of the
//   baseline on the first two figures, behind on the third; far under the targets.
// - tried and not kept: ten general concepts added to the subject scheme (rents and
//   tenants, savers and pensions, public assets sold, contamination that outlasts the
//   polluter, migrant workers' debts, compensation withheld, medicines, small producers
//   and buyers, the public cost of projects, tourism and residents). This truth rose to
//   0.56 / 0.42 / 1, but the concepts were chosen with its clusters in mind, and on the
//   truths they were not chosen for the second fell 0.57 -> 0.53 and the third 0.58 ->
//   0.56 (first and fourth unchanged): a scheme fitted to one reading, not a better one.
// - kept: five concepts chosen from the clusters of the second to fourth truths (risk
//   scores that decide about people, prices set by algorithm, debt sold to people with
//   little, mining on land others depend on, work paced by algorithm). The fourth rose
//   0.42 / 0.17 / 1 -> 0.47 / 0.25 / 1 (the truth they were chosen from); the first,
//   second and third unchanged; this fifth truth, which they were not chosen from,
//   unchanged at 0.50 / 0.25 / 1.
// - tried and not kept (2026-12-01): pairs of words side by side as terms of the text
//   vectors ("native title", "golden visa"), beside the single stems. Every truth fell:
//   first 0.89 / 0.92 -> 0.83 / 0.92, second 0.57 -> 0.53, third 0.58 / 0.25 -> 0.50 /
//   0.08, fourth 0.47 -> 0.42, fifth 0.50 -> 0.44; the pairs spread each story's weight
//   over terms that two stories rarely share.
#[test]
fn issue13_related_stories_against_a_fifth_reading() {
    let (a, b) = measure_on("tests/eval32/related.json");
    print_figures(&a, &b);
    assert!(
        a.p_at_3 >= 0.47 && a.all_in_5 >= 0.20 && a.must_not <= 1,
        "ranking regressed on the fifth truth"
    );
}

/// Reasons are things a reader recognises: a subject's label, an episode, an actor, a
/// theme, distinctive words; never a function word, a word every review uses, or a bare
/// cue word of the theme lists.
#[test]
fn issue13_reasons_hold_no_stop_phrase_or_bare_cue() {
    let env = crate::env::Env::with_corpus();
    let lexicon = acst::extract::lexicon::Lexicon::builtin().unwrap();
    let reference = acst::extract::reference::Reference::builtin().unwrap();
    let cues: BTreeSet<String> = reference
        .themes
        .iter()
        .flat_map(|t| {
            t.cues
                .iter()
                .map(|c| acst::extract::normalize::norm(c.trim_end_matches('*')))
        })
        .collect();
    let xref = env.path("xref.csv");
    env.ok(&["xref", "-o", xref.to_str().unwrap()]);
    let ids = env.ok(&[
        "query",
        "SELECT ?id WHERE { ?s acst:storyId ?id }",
        "--format",
        "csv",
    ]);
    let mut checked = 0;
    for id in ids.lines().skip(1) {
        let r = env.json(&["related", id.trim(), "--top", "5", "--format", "json"]);
        for x in r.as_array().unwrap() {
            for reason in x["reasons"].as_array().unwrap() {
                let kind = reason["kind"].as_str().unwrap();
                let item = reason["item"].as_str().unwrap();
                let parts: Vec<String> = if kind == "wording" {
                    item.split(", ")
                        .map(acst::extract::normalize::norm)
                        .collect()
                } else {
                    vec![acst::extract::normalize::norm(item)]
                };
                for p in parts {
                    assert!(
                        !lexicon.has("function-words", &p) && !lexicon.has("genre-words", &p),
                        "{id}: reason {kind}:{item:?} is a stop word"
                    );
                    if kind == "omission" || kind == "wording" {
                        assert!(
                            !cues.contains(&p) || kind == "wording",
                            "{id}: reason {kind}:{item:?} is a bare cue"
                        );
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} reasons checked");
    // The derived graph holds the same kinds of reasons.
    let table = std::fs::read_to_string(xref).unwrap();
    assert!(!table.contains("keyPhrase"), "{table}");
}

/// Omitted subjects shared across stories written in different words: at least five
/// concepts shared by three or more sample stories, each story's omitted text its own.
#[test]
fn issue13_samples_share_omitted_subjects_in_different_words() {
    let env = crate::env::Env::with_corpus();
    let rows = env.ok(&[
        "query",
        "SELECT ?subject ?text WHERE { ?s acst:omits ?o . ?o acst:subject ?subject ; schema:text ?text . ?subject skos:inScheme acst:OmittedSubjects }",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&rows).unwrap();
    let mut by_subject: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for b in v["results"]["bindings"].as_array().unwrap() {
        by_subject
            .entry(b["subject"]["value"].as_str().unwrap().to_owned())
            .or_default()
            .insert(b["text"]["value"].as_str().unwrap().to_owned());
    }
    let shared: Vec<&String> = by_subject
        .iter()
        .filter(|(_, texts)| texts.len() >= 3)
        .map(|(s, _)| s)
        .collect();
    assert!(shared.len() >= 5, "{shared:?}");
    let p = env.json(&[
        "patterns",
        "--kind",
        "omission",
        "--min-stories",
        "3",
        "--format",
        "json",
    ]);
    assert!(p.as_array().unwrap().len() >= 5, "{p:#}");
    // Labels, not cue phrases.
    assert!(
        p.as_array().unwrap().iter().all(|r| r["item"]
            .as_str()
            .unwrap()
            .chars()
            .next()
            .unwrap()
            .is_uppercase()),
        "{p:#}"
    );
}

// tests/eval42/related.json, judged and committed before the ranking ran on its corpus
// (the fifty pages of tests/eval33 to tests/eval42); totals only.
// - first, ranking of this stop (unchanged since the fifth truth): acst precision@3 0.22,
//   all expected in the top 5 for 0.08 of the queries, 1 must-not story in a top 5;
//   TF-IDF 0.36, 0.00, 0. Behind the baseline on precision@3 and must-not, the lowest of
//   the six truths: on fifty pages that share registers (dams, mines, water, farming),
//   what a reader calls related is the same omitted subject in other words, which
//   neither the subject scheme nor the words capture. Floors at the first figures.
// - scripts/rank-ceiling with all six truths: weights fitted on the other five reach
//   precision@3 0.25 here, fitted on this truth itself 0.31 — re-weighting cannot bring
//   it near the target; no weight was changed.
// - tried and not kept: what the theme constructions read (oversight wanting, a market
//   held by a few, compensation withheld, harm to a place of nature, people moved off
//   their land) linked to subject concepts, so that items saying it in other words share
//   one. The fifth truth rose 0.50 / 0.25 -> 0.58 / 0.42, the sixth 0.22 -> 0.25 in
//   precision@3 but 0.08 -> 0.00 in all-in-5; the fourth fell 0.47 -> 0.44; the first
//   three unchanged. Mixed, and under its floor on the sixth.
#[test]
fn issue13_related_stories_against_a_sixth_reading() {
    let (a, b) = measure_on("tests/eval42/related.json");
    print_figures(&a, &b);
    assert!(
        a.p_at_3 >= 0.22 && a.all_in_5 >= 0.08 && a.must_not <= 1,
        "ranking regressed on the sixth truth"
    );
}

// tests/eval59/related.json, judged and committed before the ranking ran on its corpus
// (the forty-five pages of tests/eval51 to tests/eval59); totals only.
// - first, ranking of this stop (unchanged since the fifth truth): acst precision@3 0.53,
//   all expected in the top 5 for 0.08 of the queries, no must-not story in a top 5;
//   TF-IDF 0.47, 0.17, 0. Ahead of the baseline on precision@3, behind on the top 5,
//   level on must-not; far under the targets. Floors at the first figures.
// - tried and not kept (2026-12-01): the power audit's words in the text vectors, beside
//   the omission, synthesis and parallel texts. Second to fifth truths gained a little
//   (second 0.57 -> 0.60, fourth and fifth 0.47 -> 0.50), the others lost (first 0.89 ->
//   0.78, third 0.58 -> 0.50, seventh 0.53 -> 0.47, sixth's top 5 0.08 -> 0.00): who
//   framed a story and for whom is shared by stories on unrelated subjects.
#[test]
fn issue13_related_stories_against_a_seventh_reading() {
    let (a, b) = measure_on("tests/eval59/related.json");
    print_figures(&a, &b);
    assert!(
        a.p_at_3 >= 0.52 && a.all_in_5 >= 0.08 && a.must_not == 0,
        "ranking regressed on the seventh truth"
    );
}

// tests/eval68/related.json, judged and committed before the ranking ran on its corpus
// (the forty-five pages of tests/eval60 to tests/eval68) and before the ranking changed
// after the seventh truth; totals only.
// - first, ranking of f261ae2 (unchanged since the seventh truth): acst precision@3 0.47,
//   all expected in the top 5 for 0.08 of the queries, no must-not story in a top 5;
//   TF-IDF 0.47, 0.17, 0. Level with the baseline on precision@3 and must-not, behind on
//   the top 5; far under the targets. Floors at the first figures.
// - tried after it and not kept (2026-12-01), each judged on the sums over the first seven
//   truths (precision@3, all-in-top-5, must-not; ranking of f261ae2: 3.73, 2.23, 3), the
//   eighth not run: pseudo-relevance feedback on the word vectors (the 1 to 5 nearest
//   stories' vectors added at 0.3 to 1.0: 3.50-3.80, 1.80-2.66, 3-5, no setting ahead on
//   all three); the omitted items' words counted twice (3.57, 2.15, 3); the synthesis
//   left out of the word vectors (3.56, 2.65, 4); the parallels lens left out (3.68,
//   2.15, 3); place names and demonyms dropped from the vectors (3.64, 2.23, 3); words
//   capitalised mid-sentence dropped (3.38, 1.98, 3); only the words whose commonest
//   sense in WordNet is a noun kept (3.55, 2.13, 3); omitted items matched one to one
//   (a TF-IDF vector per item, each item's best cosine with the other story's items,
//   summed or the largest, weights 5 to 40: at best 3.85, 2.14, 3 or 3.73, 2.49, 3, and
//   worse as the weight grows); WordNet noun hypernyms (first sense, one or two levels,
//   from Debian's wordnet-base) as extra terms (3.67, 2.22, 3 and 3.62, 2.23, 4); the
//   groups of people an omission names (people, worker and staff nouns of the omitted
//   text) as a vector of their own, weights 3 to 12 (3.64, 2.22, 3 down to 2.66, 1.18,
//   2). Every
//   change moved the sums by less than the spread between truths: what readers judge
//   related is not in the pages' words, their places, their items or a thesaurus's
//   classes, as far as these eight truths can tell.
#[test]
fn issue13_related_stories_against_an_eighth_reading() {
    let (a, b) = measure_on("tests/eval68/related.json");
    print_figures(&a, &b);
    assert!(
        a.p_at_3 >= 0.47 && a.all_in_5 >= 0.08 && a.must_not == 0,
        "ranking regressed on the eighth truth"
    );
}
