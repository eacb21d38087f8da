//! Ranking related stories from the inverted index.
//!
//! score(a, b) = Σ over items both stories have of  weight(kind) × ln(N / df(item))
//!             + TEXT_WEIGHT × cosine(TF-IDF vectors of their words' stems)
//!             + TOPIC_WEIGHT × cosine(the same, over title, summary, keywords, headline)
//!             + LENS_WEIGHT × cosine(lens scores of a, b)   (when both have ≥ 2 lenses in common)
//!
//! where N is the number of stories and df the number of stories having the item: an
//! item every story has counts 0, a rare shared item counts most. Ties are broken by
//! story id. Each shared item is returned as a reason with its weight.

use super::index::{Corpus, ItemKind};
use serde::Serialize;

/// Weight of the lens-profile similarity (a cosine in 0..1).
pub const LENS_WEIGHT: f64 = 0.5;
/// Weight of the similarity of the stories' own words (a TF-IDF cosine in 0..1).
pub const TEXT_WEIGHT: f64 = 60.0;
/// Weight of the similarity of what the stories say they are about: title, summary,
/// keywords and the reviewed headline (a TF-IDF cosine in 0..1).
pub const TOPIC_WEIGHT: f64 = 10.0;

/// One reason two stories are related.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub kind: &'static str,
    pub item: String,
    /// The item's IRI (or key phrase).
    #[serde(skip)]
    pub key: String,
    pub weight: f64,
}

/// A related story with its score and reasons (strongest first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    #[serde(skip)]
    pub index: usize,
    pub story: String,
    pub title: String,
    pub score: f64,
    pub reasons: Vec<Reason>,
}

impl Related {
    /// The reasons on one line: `kind:item=weight; …` (CSV tables).
    pub fn reasons_line(&self) -> String {
        self.reasons
            .iter()
            .map(|x| format!("{}:{}={}", x.kind, x.item, x.weight))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ScoreOptions {
    pub top: usize,
    /// Items in more stories than this are not used to find candidates (they still count
    /// in the score of candidates found through other items). Keeps whole-corpus runs
    /// near-linear; `usize::MAX` for exact results.
    pub max_candidate_df: usize,
}

impl Default for ScoreOptions {
    fn default() -> Self {
        ScoreOptions {
            top: 10,
            max_candidate_df: usize::MAX,
        }
    }
}

/// The stories most related to story `s`.
///
/// Scores accumulate in one dense array over the postings of `s`'s items (no hashing, no
/// per-pair intersection), then only the top `opts.top` are explained with reasons.
pub fn related(c: &Corpus, s: usize, opts: ScoreOptions) -> Vec<Related> {
    related_with(c, s, opts, &mut Scratch::default())
}

/// The per-story arrays of one ranking, kept between the stories of a whole-corpus run:
/// allocating them afresh for each of 35,000 stories costs more than filling them.
#[derive(Default)]
pub struct Scratch {
    scores: Vec<f64>,
    opened: Vec<bool>,
    text: Vec<f32>,
    topic: Vec<f32>,
}

impl Scratch {
    fn reset(&mut self, n: usize) {
        for v in [&mut self.text, &mut self.topic] {
            v.clear();
            v.resize(n, 0.0);
        }
        self.scores.clear();
        self.scores.resize(n, 0.0);
        self.opened.clear();
        self.opened.resize(n, false);
    }
}

/// [`related`], reusing `scratch`'s arrays.
pub fn related_with(
    c: &Corpus,
    s: usize,
    opts: ScoreOptions,
    scratch: &mut Scratch,
) -> Vec<Related> {
    let n = c.stories.len();
    scratch.reset(n);
    let Scratch {
        scores,
        opened,
        text,
        topic,
    } = scratch;
    // What every story gets from the items most of them share (see below).
    let mut base = 0.0f64;
    c.text.similar_into(s, text);
    c.topic.similar_into(s, topic);
    // One similarity of words: the whole text's, plus what the pages say they are about.
    let share = (TOPIC_WEIGHT / TEXT_WEIGHT) as f32;
    for (t, p) in text.iter_mut().zip(topic.iter()) {
        *t += share * p;
    }
    for &item in &c.story_items[s] {
        let posting = &c.postings[item as usize];
        let w = item_weight(c, item);
        if w <= 0.0 {
            continue;
        }
        // Every item counts in every score (a dense add is cheaper than intersecting
        // item lists per candidate); only items rare enough open a candidate.
        let candidates = posting.len() <= opts.max_candidate_df;
        if let (false, Some(without)) = (candidates, c.complement(item)) {
            base += w;
            for &o in without {
                scores[o as usize] -= w;
            }
            continue;
        }
        for &o in posting {
            scores[o as usize] += w;
            if candidates {
                opened[o as usize] = true;
            }
        }
    }
    // Candidates: the stories an item rare enough opened, and those sharing words. Their
    // score but the lens term first, in place: the lens term is within ±LENS_WEIGHT, so
    // a story whose partial score is more than 2 × LENS_WEIGHT below the top-th partial
    // score cannot reach the top, and its lens profile is never compared (the costliest
    // part of a whole-corpus run, where nearly every story shares a word).
    let candidate = |o: usize| o != s && (opened[o] || text[o] > 0.0);
    let mut best = TopK::new(opts.top);
    for o in 0..n {
        if candidate(o) {
            scores[o] += base + TEXT_WEIGHT * f64::from(text[o]);
            best.offer(scores[o]);
        }
    }
    let floor = best.floor() - 2.0 * LENS_WEIGHT;
    let mut scored: Vec<(f64, usize)> = (0..n)
        .filter(|&o| candidate(o) && scores[o] >= floor)
        .map(|o| (scores[o] + lens_term(c, s, o), o))
        .filter(|(sc, _)| *sc > 0.0)
        .collect();
    let by_rank = |a: &(f64, usize), b: &(f64, usize)| {
        b.0.total_cmp(&a.0)
            .then_with(|| c.stories[a.1].id.cmp(&c.stories[b.1].id))
    };
    if scored.len() > opts.top {
        scored.select_nth_unstable_by(opts.top, by_rank);
        scored.truncate(opts.top);
    }
    scored.sort_by(by_rank);
    scored
        .into_iter()
        .map(|(score, o)| explain(c, s, o, score))
        .collect()
}

/// The `k` largest of the values offered, for the `k`-th largest: a small sorted array,
/// where selecting from a copy of every partial score cost a pass and an allocation per
/// story.
struct TopK {
    k: usize,
    seen: usize,
    /// Descending.
    best: Vec<f64>,
}

impl TopK {
    fn new(k: usize) -> Self {
        TopK {
            k,
            seen: 0,
            best: Vec::with_capacity(k + 1),
        }
    }

    fn offer(&mut self, x: f64) {
        self.seen += 1;
        if self.k == 0 || (self.best.len() == self.k && x <= self.best[self.k - 1]) {
            return;
        }
        let at = self.best.partition_point(|b| b.total_cmp(&x).is_ge());
        self.best.insert(at, x);
        self.best.truncate(self.k);
    }

    /// The `k`-th largest value offered, or -∞ when no more than `k` were.
    fn floor(&self) -> f64 {
        if self.k == 0 || self.seen <= self.k {
            return f64::NEG_INFINITY;
        }
        self.best[self.k - 1]
    }
}

/// Sorted-list intersection of two stories' items.
fn shared_items<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}

fn item_weight(c: &Corpus, item: u32) -> f64 {
    c.item_weights()[item as usize]
}

/// The score of the pair (see the module docs).
pub fn pair_score(c: &Corpus, a: usize, b: usize) -> f64 {
    shared_weight(c, a, b)
        + TEXT_WEIGHT * f64::from(c.text.cosine(a, b))
        + TOPIC_WEIGHT * f64::from(c.topic.cosine(a, b))
        + lens_term(c, a, b)
}

/// Σ weight of the items both stories have.
fn shared_weight(c: &Corpus, a: usize, b: usize) -> f64 {
    shared_items(&c.story_items[a], &c.story_items[b])
        .map(|i| item_weight(c, i))
        .sum()
}

/// LENS_WEIGHT × the lens-profile cosine, or 0 without two shared lenses.
fn lens_term(c: &Corpus, a: usize, b: usize) -> f64 {
    lens_similarity(c, a, b).map_or(0.0, |cos| LENS_WEIGHT * cos)
}

/// Cosine of the two stories' scores on the lenses both have, if at least two.
fn lens_similarity(c: &Corpus, a: usize, b: usize) -> Option<f64> {
    let (la, lb) = (&c.lenses[a], &c.lenses[b]);
    let (mut dot, mut na, mut nb, mut n) = (0.0, 0.0, 0.0, 0);
    for (lens, x) in la {
        if let Ok(k) = lb.binary_search_by(|(l, _)| l.cmp(lens)) {
            let y = lb[k].1;
            dot += x * y;
            na += x * x;
            nb += y * y;
            n += 1;
        }
    }
    (n >= 2 && na > 0.0 && nb > 0.0).then(|| dot / (na.sqrt() * nb.sqrt()))
}

fn explain(c: &Corpus, a: usize, b: usize, score: f64) -> Related {
    let mut reasons: Vec<Reason> = shared_items(&c.story_items[a], &c.story_items[b])
        .map(|i| {
            let it = &c.items[i as usize];
            Reason {
                kind: it.kind.name(),
                item: it.label.clone(),
                key: it.key.clone(),
                weight: round(item_weight(c, i)),
            }
        })
        .filter(|r| r.weight > 0.0)
        .collect();
    for (kind, words, weight) in [
        ("wording", &c.text, TEXT_WEIGHT),
        ("topic", &c.topic, TOPIC_WEIGHT),
    ] {
        let cos = words.cosine(a, b);
        if cos > 0.0 {
            reasons.push(Reason {
                kind,
                item: words.shared_terms(a, b, 3).join(", "),
                key: String::new(),
                weight: round(weight * f64::from(cos)),
            });
        }
    }
    if let Some(cos) = lens_similarity(c, a, b) {
        reasons.push(Reason {
            kind: "lens-profile",
            item: format!("cosine {cos:.2}"),
            key: String::new(),
            weight: round(LENS_WEIGHT * cos),
        });
    }
    reasons.sort_by(|x, y| {
        y.weight
            .total_cmp(&x.weight)
            .then_with(|| (x.kind, &x.item).cmp(&(y.kind, &y.item)))
    });
    Related {
        index: b,
        story: c.stories[b].id.clone(),
        title: c.stories[b].title.clone(),
        score: round(score),
        reasons,
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Stories sharing at least one item of `kind` with story `s`, grouped by the shared
/// item: (item, stories), most-shared first, ties by label.
pub fn shared(c: &Corpus, s: usize, kind: ItemKind) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = c.story_items[s]
        .iter()
        .filter(|&&i| c.items[i as usize].kind == kind)
        .map(|&i| {
            (
                i as usize,
                c.postings[i as usize]
                    .iter()
                    .map(|&o| o as usize)
                    .filter(|&o| o != s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    by_story_count(c, &mut out);
    out
}

/// Most stories first, ties by item label.
fn by_story_count(c: &Corpus, groups: &mut [(usize, Vec<usize>)]) {
    groups.sort_by(|a, b| {
        b.1.len()
            .cmp(&a.1.len())
            .then_with(|| c.items[a.0].label.cmp(&c.items[b.0].label))
    });
}

/// Items of `kind` in at least `min_stories` stories: (item, stories), most stories first.
pub fn recurring(c: &Corpus, kind: ItemKind, min_stories: usize) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = (0..c.items.len())
        .filter(|&i| c.items[i].kind == kind && c.postings[i].len() >= min_stories)
        .map(|i| (i, c.postings[i].iter().map(|&s| s as usize).collect()))
        .collect();
    by_story_count(c, &mut out);
    out
}

#[cfg(test)]
#[path = "rank_tests.rs"]
mod tests;
