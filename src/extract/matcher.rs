//! Multi-pattern matching over normalised text: one Aho-Corasick automaton per
//! gazetteer, whole-word hits only, leftmost-longest among the whole-word hits.

use super::normalize::{norm, Normalized};
use aho_corasick::{AhoCorasick, MatchKind};

/// One pattern's metadata.
#[derive(Debug, Clone)]
struct Pattern<T> {
    value: T,
    /// A trailing `*` in the data: the last word may continue ("laborer*" → "laborers").
    prefix: bool,
    /// Short all-caps or capitalised aliases ("SEC", "Fed") must keep their case in the
    /// original text, so that "fed" the verb is not the Federal Reserve.
    exact_case: Option<String>,
}

/// A hit: what matched, where in the normalised text, and the original surface form.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a, T> {
    pub value: T,
    pub start: usize,
    pub end: usize,
    pub surface: &'a str,
}

/// A set of phrases, each tagged with a value `T`.
#[derive(Debug, Clone)]
pub struct Gazetteer<T> {
    ac: AhoCorasick,
    patterns: Vec<Pattern<T>>,
}

impl<T: Clone> Gazetteer<T> {
    /// Builds from `(phrase, value)` pairs; phrases are normalised here.
    pub fn new<'p>(phrases: impl IntoIterator<Item = (&'p str, T)>) -> Self {
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        for (phrase, value) in phrases {
            let prefix = phrase.ends_with('*');
            let raw = phrase.trim_end_matches('*').trim();
            let key = norm(raw);
            if key.is_empty() {
                continue;
            }
            let short = raw.chars().filter(|c| c.is_alphanumeric()).count() <= 4;
            let exact_case = (short && raw.chars().any(char::is_uppercase)).then(|| raw.to_owned());
            keys.push(key);
            patterns.push(Pattern {
                value,
                prefix,
                exact_case,
            });
        }
        // Standard semantics, overlapping: a pattern that matches only part of a word
        // ("the fed" in "the federal reserve") must not hide a whole-word one that
        // starts inside it, as a non-overlapping scan would.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .expect("gazetteer patterns build");
        Self { ac, patterns }
    }

    /// Whole-word hits in `original` (already normalised as `n`), leftmost-longest.
    pub fn find<'a>(&self, original: &'a str, n: &Normalized) -> Vec<Hit<'a, T>> {
        let bytes = n.text.as_bytes();
        let mut whole: Vec<(usize, usize, usize)> = Vec::new();
        for m in self.ac.find_overlapping_iter(&n.text) {
            let p = &self.patterns[m.pattern().as_usize()];
            let (start, mut end) = (m.start(), m.end());
            if start > 0 && bytes[start - 1] != b' ' {
                continue;
            }
            if p.prefix {
                while end < bytes.len() && bytes[end] != b' ' {
                    end += 1;
                }
            } else if end < bytes.len() && bytes[end] != b' ' {
                continue;
            }
            if let Some(case) = &p.exact_case {
                let letters = |s: &str| {
                    s.chars()
                        .filter(|c| c.is_alphanumeric())
                        .collect::<String>()
                };
                if letters(n.original(original, start, end)) != letters(case) {
                    continue;
                }
            }
            whole.push((start, end, m.pattern().as_usize()));
        }
        // Leftmost first, then longest, then the pattern listed first.
        whole.sort_by_key(|&(s, e, p)| (s, std::cmp::Reverse(e), p));
        let mut out: Vec<Hit<'a, T>> = Vec::new();
        let mut last_end = 0;
        for (start, end, p) in whole {
            if start < last_end {
                continue;
            }
            last_end = end;
            out.push(Hit {
                value: self.patterns[p].value.clone(),
                start,
                end,
                surface: n.original(original, start, end),
            });
        }
        out
    }
}

/// A cue and, when it ends in a singular noun-like word, its regular plural: "soil" also
/// matches "soils", "aquifer" "aquifers", without the data spelling each form out.
pub fn with_plural(cue: &str, i: usize) -> Vec<(String, usize)> {
    let mut out = vec![(cue.to_owned(), i)];
    let last = cue.rsplit(' ').next().unwrap_or(cue);
    let plain = last.len() >= 3 && last.chars().all(|c| c.is_ascii_lowercase());
    if plain && !cue.ends_with('*') && !last.ends_with('s') {
        let plural = if last.ends_with("ch") || last.ends_with("sh") || last.ends_with('x') {
            format!("{cue}es")
        } else if last.ends_with('y') && !last.ends_with("ey") && !last.ends_with("ay") {
            format!("{}ies", &cue[..cue.len() - 1])
        } else {
            format!("{cue}s")
        };
        out.push((plural, i));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::normalize::normalize;

    #[test]
    fn cues_match_their_plural() {
        let forms = |c: &str| {
            with_plural(c, 0)
                .into_iter()
                .map(|(q, _)| q)
                .collect::<Vec<_>>()
        };
        assert_eq!(forms("soil"), ["soil", "soils"]);
        assert_eq!(forms("sandy beach"), ["sandy beach", "sandy beaches"]);
        assert_eq!(forms("fishery"), ["fishery", "fisheries"]);
        assert_eq!(forms("laborer*"), ["laborer*"]);
        assert_eq!(forms("rivers"), ["rivers"]);
        assert_eq!(forms("SEC"), ["SEC"]);
    }

    #[test]
    fn whole_words_prefixes_and_case() {
        let g = Gazetteer::new([
            ("Fed", 1),
            ("laborer*", 2),
            ("bank", 3),
            ("the Fed", 1),
            ("Federal Reserve", 4),
        ]);
        let text = "Debt-fed banks hurt laborers; the Fed waits for the Federal Reserve.";
        let n = normalize(text);
        let hits: Vec<_> = g
            .find(text, &n)
            .into_iter()
            .map(|h| (h.value, h.surface))
            .collect();
        assert_eq!(
            hits,
            [(2, "laborers"), (1, "the Fed"), (4, "Federal Reserve")]
        );
    }
}
