//! The stories' own words, for ranking: a text per story (its title, summary, keywords,
//! omission, synthesis and Historical Parallels texts; or only what it is about) as a
//! TF-IDF vector over word stems (sublinear term frequency, the corpus's document
//! frequencies with BM25's idf), its strongest terms kept, normalised to unit length. Built once with
//! the index and cached with it; a query accumulates dot products through the term
//! postings, so it touches only the stories sharing a term with the story asked about.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Terms kept per story: the distinctive ones carry the similarity; the tail is noise
/// and cache size.
const TERMS_PER_STORY: usize = 400;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TextIndex {
    /// The vocabulary, by term id.
    pub terms: Vec<String>,
    /// Per story: (term id, weight), sorted by term id; unit length.
    pub story_terms: Vec<Vec<(u32, f32)>>,
    /// Per term: (story, weight). Rebuilt from `story_terms`, not stored.
    #[serde(skip)]
    pub postings: Vec<Vec<(u32, f32)>>,
}

/// Lowercase words of three letters or more that `stop` does not reject.
pub fn words<'a>(
    text: &'a str,
    stop: &'a dyn Fn(&str) -> bool,
) -> impl Iterator<Item = String> + 'a {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(move |w| !stop(w))
}

/// BM25's inverse document frequency: a word in more than half the stories ("quoted",
/// "coverage") weighs nothing, where ln(N/df) still gave it a little everywhere.
fn idf(n: f32, df: f32) -> f32 {
    ((n - df + 0.5) / (df + 0.5)).ln()
}

impl TextIndex {
    /// Builds the vectors of `texts` (one per story, in story order).
    pub fn build(texts: &[String], stop: &dyn Fn(&str) -> bool) -> Self {
        // Words count by their stem ("insurer", "insurers", "insurance"), so that two
        // stories on one subject meet whatever form each page uses; a term is shown as
        // its most frequent form.
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        // Each distinct word is stemmed once: word → (its term, its count).
        let mut seen: HashMap<String, (u32, u32)> = HashMap::new();
        let mut stems: HashMap<String, u32> = HashMap::new();
        let counts: Vec<HashMap<u32, f32>> = texts
            .iter()
            .map(|t| {
                let mut tf: HashMap<u32, f32> = HashMap::new();
                for w in words(t, stop) {
                    let next = stems.len() as u32;
                    let entry = seen.entry(w).or_insert_with_key(|w| {
                        let stem = stemmer.stem(w).into_owned();
                        (*stems.entry(stem).or_insert(next), 0)
                    });
                    entry.1 += 1;
                    *tf.entry(entry.0).or_default() += 1.0;
                }
                tf
            })
            .collect();
        // A term is shown as its most frequent word, ties to the first in order.
        let mut best: Vec<Option<(u32, &str)>> = vec![None; stems.len()];
        for (w, &(t, n)) in &seen {
            let b = &mut best[t as usize];
            if b.is_none_or(|(m, x)| n > m || (n == m && w.as_str() < x)) {
                *b = Some((n, w));
            }
        }
        let terms: Vec<String> = best
            .into_iter()
            .map(|b| b.map(|(_, w)| w.to_owned()).unwrap_or_default())
            .collect();
        let mut df = vec![0u32; terms.len()];
        for c in &counts {
            for &t in c.keys() {
                df[t as usize] += 1;
            }
        }
        let n = texts.len() as f32;
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); terms.len()];
        let story_terms: Vec<Vec<(u32, f32)>> = counts
            .into_iter()
            .enumerate()
            .map(|(s, c)| {
                let mut v: Vec<(u32, f32)> = c
                    .into_iter()
                    .map(|(t, tf)| (t, (1.0 + tf.ln()) * idf(n, df[t as usize] as f32)))
                    .filter(|(_, w)| *w > 0.0)
                    .collect();
                // Strongest first, ties by term so the cut is deterministic.
                v.sort_by(|a, b| {
                    b.1.total_cmp(&a.1)
                        .then_with(|| terms[a.0 as usize].cmp(&terms[b.0 as usize]))
                });
                v.truncate(TERMS_PER_STORY);
                let norm = v
                    .iter()
                    .map(|(_, w)| w * w)
                    .sum::<f32>()
                    .sqrt()
                    .max(f32::EPSILON);
                v.iter_mut().for_each(|(_, w)| *w /= norm);
                v.sort_by_key(|(t, _)| *t);
                for &(t, w) in &v {
                    postings[t as usize].push((s as u32, w));
                }
                v
            })
            .collect();
        TextIndex {
            terms,
            story_terms,
            postings,
        }
    }

    /// Rebuilds the postings from the stories' vectors (after reading a cache).
    pub fn rebuild_postings(&mut self) {
        let mut postings = vec![Vec::new(); self.terms.len()];
        for (s, v) in self.story_terms.iter().enumerate() {
            for &(t, w) in v {
                if let Some(p) = postings.get_mut(t as usize) {
                    p.push((s as u32, w));
                }
            }
        }
        self.postings = postings;
    }

    /// Vectors for `stories` stories, every term id in range.
    pub fn is_consistent(&self, stories: usize) -> bool {
        (self.story_terms.is_empty() || self.story_terms.len() == stories)
            && self
                .story_terms
                .iter()
                .flatten()
                .all(|&(t, w)| (t as usize) < self.terms.len() && w.is_finite())
    }

    /// Cosine of story `s` with every story, accumulated into `scores` (dense).
    pub fn similar_into(&self, s: usize, scores: &mut [f32]) {
        let Some(v) = self.story_terms.get(s) else {
            return;
        };
        for &(t, w) in v {
            for &(o, x) in &self.postings[t as usize] {
                scores[o as usize] += w * x;
            }
        }
    }

    /// Cosine of two stories.
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        let (Some(x), Some(y)) = (self.story_terms.get(a), self.story_terms.get(b)) else {
            return 0.0;
        };
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].0.cmp(&y[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += x[i].1 * y[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// The `n` terms contributing most to the similarity of two stories.
    pub fn shared_terms(&self, a: usize, b: usize, n: usize) -> Vec<&str> {
        let y: HashMap<u32, f32> = self
            .story_terms
            .get(b)
            .map(|v| v.iter().copied().collect())
            .unwrap_or_default();
        let mut shared: Vec<(f32, u32)> = self
            .story_terms
            .get(a)
            .into_iter()
            .flatten()
            .filter_map(|&(t, w)| y.get(&t).map(|x| (w * x, t)))
            .collect();
        shared.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)));
        shared
            .into_iter()
            .take(n)
            .map(|(_, t)| self.terms[t as usize].as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stories_sharing_distinctive_words_are_closest() {
        let stop = |w: &str| w == "the";
        let texts = [
            "aquifer drought farmers water the coverage".to_owned(),
            "aquifer drought water rights the coverage".to_owned(),
            "bonds leverage collateral the coverage".to_owned(),
            "turbines permits gas the coverage".to_owned(),
            "cameras faces consent the coverage".to_owned(),
        ];
        let ix = TextIndex::build(&texts, &stop);
        let mut scores = vec![0.0; 5];
        ix.similar_into(0, &mut scores);
        assert!(scores[1] > scores[2]);
        assert!((ix.cosine(0, 1) - scores[1]).abs() < 1e-6);
        assert_eq!(ix.shared_terms(0, 1, 1).len(), 1);
        assert!(ix.terms.iter().all(|t| t != "the"));
        // A word in every story weighs nothing, and neither does one in half of them.
        assert!(ix.shared_terms(2, 3, 5).is_empty());
    }
}
