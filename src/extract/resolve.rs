//! Resolution of actor names that no alias matched exactly: strsim Jaro-Winkler against
//! the reference aliases, then the same or a differently spaced name of an actor first
//! seen in an earlier story; what still matches nothing becomes a new actor.
//!
//! Names nobody curated do not resolve by letters: "la Repubblica" (Rome) and "La
//! República" (Lima) are one letter apart and two outlets, and a page's own text gives
//! no way to tell such a pair from a typo.
//!
//! Every name is normalised once, when it is added; fuzzy candidates come from a trigram
//! index, so resolving the millionth name costs what resolving the first did.

use super::normalize::slug;
use super::reference::{ActorKind, Reference};
use std::collections::HashMap;

/// Jaro-Winkler similarity at or above which a variant resolves to an alias.
///
/// Chosen from the scores `print_measured_scores` prints: typos and spacing variants of
/// reference names score 0.933 ("Nvidea") to 0.978 ("Microsfot", "Soft Bank"); distinct
/// words sharing a prefix score as high ("Amazonia"/"Amazon" 0.950, "Applied"/"Apple"
/// 0.943, "Metal"/"Meta" 0.960) and are kept apart by the length guard (at most one
/// character longer or shorter), not by the threshold. 0.93 accepts every variant seen.
pub const FUZZY_THRESHOLD: f64 = 0.93;
/// Names shorter than this (normalised) never resolve fuzzily: too little evidence.
const MIN_FUZZY_LEN: usize = 5;
/// Trigrams shared by more names than this do not propose candidates: they say little
/// and would make a lookup cost grow with the number of names.
const MAX_POSTING: usize = 2000;

/// Which rule resolved a surface form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A reference name or alias, exactly (after normalisation).
    Exact,
    /// A reference or earlier name by Jaro-Winkler similarity.
    Fuzzy,
    /// A reference event by its core words and year.
    Core,
    /// A name or acronym first seen in an earlier story (or earlier on this page).
    Corpus,
    /// A new entity.
    New,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::Exact => "exact",
            Rule::Fuzzy => "fuzzy",
            Rule::Core => "core",
            Rule::Corpus => "corpus",
            Rule::New => "new",
        }
    }
}

/// A resolved actor, either from the reference data or minted from text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorRef {
    pub slug: String,
    pub name: String,
    pub kind: ActorKind,
}

/// Similarity with a length guard: a variant may differ by a few characters, not be a
/// different, longer word that happens to share a prefix.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < MIN_FUZZY_LEN || la.abs_diff(lb) > 1 {
        return 0.0;
    }
    strsim::jaro_winkler(a, b)
}

fn trigrams(key: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(key.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut t: Vec<[char; 3]> = chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    t.sort_unstable();
    t.dedup();
    t
}

/// Normalised names → entity ids, with exact lookup and indexed fuzzy lookup.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    exact: HashMap<String, usize>,
    keys: Vec<(String, usize)>,
    postings: HashMap<[char; 3], Vec<u32>>,
}

impl NameIndex {
    /// Adds a normalised key for entity `id` (the first entity to claim a key keeps it).
    pub fn insert(&mut self, key: String, id: usize) {
        if key.is_empty() || self.exact.contains_key(&key) {
            return;
        }
        self.exact.insert(key.clone(), id);
        let k = self.keys.len() as u32;
        for t in trigrams(&key) {
            self.postings.entry(t).or_default().push(k);
        }
        self.keys.push((key, id));
    }

    pub fn exact(&self, key: &str) -> Option<usize> {
        self.exact.get(key).copied()
    }

    /// The most similar name at or above the threshold: (entity id, score); ties go to
    /// the name added first.
    pub fn fuzzy(&self, key: &str) -> Option<(usize, f64)> {
        if key.chars().count() < MIN_FUZZY_LEN {
            return None;
        }
        let grams = trigrams(key);
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for g in &grams {
            if let Some(p) = self.postings.get(g).filter(|p| p.len() <= MAX_POSTING) {
                for &k in p {
                    *counts.entry(k).or_default() += 1;
                }
            }
        }
        // A typo changes at most three trigrams of a short name; longer names keep most.
        let need = grams.len().saturating_sub(3).div_ceil(2).max(1);
        let mut best: Option<(u32, f64)> = None;
        for (k, n) in counts {
            if n < need {
                continue;
            }
            let s = similarity(key, &self.keys[k as usize].0);
            if s >= FUZZY_THRESHOLD && best.is_none_or(|(bk, bs)| s > bs || (s == bs && k < bk)) {
                best = Some((k, s));
            }
        }
        best.map(|(k, s)| (self.keys[k as usize].1, s))
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// The key a name is indexed by: normalised, a leading "the" dropped ("The Arizona
/// Republic" and "Arizona Republic" are one name).
fn norm(name: &str) -> String {
    let n = super::normalize::norm(name);
    match n.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => n,
    }
}

/// Resolves names not matched exactly. Holds the actors minted so far, so later
/// mentions of a new name (or of its acronym) resolve to the same node.
#[derive(Debug, Default)]
pub struct Resolver {
    /// Reference actors, indexed by every normalised name and alias.
    reference: Vec<ActorRef>,
    reference_names: NameIndex,
    /// Actors minted from text, by their normalised names and acronyms (exact only:
    /// minted names never resolve by letters, so they need no trigram index).
    minted: Vec<ActorRef>,
    minted_names: HashMap<String, usize>,
    /// The same names without spaces and punctuation ("Big Science" is "BigScience").
    minted_compact: HashMap<String, usize>,
}

/// A normalised key without its spaces, hyphens and other punctuation.
fn compact(key: &str) -> String {
    key.chars().filter(|c| c.is_alphanumeric()).collect()
}

impl Resolver {
    pub fn new(reference: &Reference) -> Self {
        let mut r = Resolver::default();
        for a in &reference.actors {
            let idx = r.reference.len();
            r.reference.push(ActorRef {
                slug: a.slug.clone(),
                name: a.name.clone(),
                kind: a.kind,
            });
            for name in std::iter::once(&a.name).chain(&a.aliases) {
                r.reference_names.insert(norm(name), idx);
            }
        }
        r
    }

    /// Best reference actor for a name no alias matched, with its score.
    pub fn fuzzy(&self, name: &str) -> Option<(ActorRef, f64)> {
        self.reference_names
            .fuzzy(&norm(name))
            .map(|(i, s)| (self.reference[i].clone(), s))
    }

    /// An actor minted earlier under this name or acronym, exactly.
    pub fn known(&self, name: &str) -> Option<ActorRef> {
        self.minted_names
            .get(&norm(name))
            .map(|&i| self.minted[i].clone())
    }

    /// An actor minted from text: an earlier one with the same name, spaced alike or not,
    /// or a new one.
    pub fn mint(&mut self, name: &str, kind: ActorKind) -> (ActorRef, Rule, f64) {
        let n = norm(name);
        if let Some(&i) = self.minted_names.get(&n) {
            return (self.minted[i].clone(), Rule::Corpus, 1.0);
        }
        if let Some(&i) = self.minted_compact.get(&compact(&n)) {
            let score = strsim::jaro_winkler(&n, &norm(&self.minted[i].name));
            return (self.minted[i].clone(), Rule::Fuzzy, score);
        }
        let actor = ActorRef {
            slug: slug(&n),
            name: name.to_owned(),
            kind,
        };
        self.remember(actor.clone(), &[]);
        (actor, Rule::New, 1.0)
    }

    /// Registers an actor minted earlier (in this run or read back from the store) with
    /// the other names it goes by (acronyms, short forms).
    pub fn remember(&mut self, actor: ActorRef, aliases: &[&str]) {
        let i = match self.minted_names.get(&norm(&actor.name)) {
            Some(&i) => i,
            None => {
                self.minted.push(actor.clone());
                self.minted.len() - 1
            }
        };
        // The first actor to claim a name keeps it.
        for name in std::iter::once(actor.name.as_str()).chain(aliases.iter().copied()) {
            let key = norm(name);
            if key.is_empty() {
                continue;
            }
            self.minted_compact.entry(compact(&key)).or_insert(i);
            self.minted_names.entry(key).or_insert(i);
        }
    }

    /// Number of names the resolver knows (reference and minted).
    pub fn names(&self) -> usize {
        self.reference_names.len() + self.minted_names.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_separates_variants_from_distinct_names() {
        let variants = [
            ("Nvidea", "nvidia"),
            ("Microsfot", "microsoft"),
            ("Antrhopic", "anthropic"),
            ("Soft Bank", "softbank"),
            ("Blomberg", "bloomberg"),
            ("Open AI", "openai"),
            ("Reuter", "reuters"),
        ];
        for (v, alias) in variants {
            let s = similarity(&norm(v), alias);
            assert!(s >= FUZZY_THRESHOLD, "{v} ~ {alias}: {s}");
        }
        let distinct = [
            ("Amazonia", "amazon"),
            ("Metaculus", "meta"),
            ("Oracle Park", "oracle"),
            ("Applebee", "apple"),
            ("Teslan Inc", "tesla"),
            ("Pearsons Group", "pearson"),
            ("Anthropology", "anthropic"),
        ];
        for (v, alias) in distinct {
            let s = similarity(&norm(v), alias);
            assert!(s < FUZZY_THRESHOLD, "{v} ~ {alias}: {s}");
        }
    }

    /// The index finds what a scan of every name finds.
    #[test]
    fn indexed_fuzzy_lookup_agrees_with_a_scan() {
        let r = Resolver::new(&Reference::builtin().unwrap());
        for v in [
            "Nvidea",
            "Microsfot",
            "Antrhopic",
            "Soft Bank",
            "Blomberg",
            "Reuter",
            "Amazonia",
            "Chile",
        ] {
            let scan = r
                .reference_names
                .keys
                .iter()
                .map(|(k, i)| (*i, similarity(&norm(v), k)))
                .filter(|(_, s)| *s >= FUZZY_THRESHOLD)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(i, _)| r.reference[i].slug.clone());
            assert_eq!(r.fuzzy(v).map(|(a, _)| a.slug), scan, "{v}");
        }
    }

    /// Prints the scores the threshold was chosen from (`cargo test -- --nocapture`).
    #[test]
    fn print_measured_scores() {
        for (a, b) in [
            ("Nvidea", "nvidia"),
            ("Microsfot", "microsoft"),
            ("Antrhopic", "anthropic"),
            ("Soft Bank", "softbank"),
            ("Blomberg", "bloomberg"),
            ("Reuter", "reuters"),
            ("Amazonia", "amazon"),
            ("Oracles", "oracle"),
            ("Metal", "meta"),
            ("Nvidian", "nvidia"),
            ("Applied", "apple"),
            ("Chile", "china"),
            ("India", "indian government"),
            ("Pearsons", "pearson"),
        ] {
            println!(
                "{a:>10} ~ {b:<18} jw {:.3} guarded {:.3}",
                strsim::jaro_winkler(&norm(a), b),
                similarity(&norm(a), b)
            );
        }
    }

    #[test]
    fn minted_names_and_acronyms_resolve_later_mentions() {
        let mut r = Resolver::default();
        let (a, rule, _) = r.mint("BigScience", ActorKind::Organisation);
        assert_eq!((a.slug.as_str(), rule), ("bigscience", Rule::New));
        let (b, rule, _) = r.mint("Big Science", ActorKind::Organisation);
        assert_eq!((b.slug.as_str(), rule), ("bigscience", Rule::Fuzzy));
        // Another language's name one letter away is another actor.
        r.mint("La República", ActorKind::Outlet);
        let (c, rule, _) = r.mint("la Repubblica", ActorKind::Outlet);
        assert_eq!((c.slug.as_str(), rule), ("la-repubblica", Rule::New));
        r.remember(
            ActorRef {
                slug: "tennessee-valley-authority".into(),
                name: "Tennessee Valley Authority".into(),
                kind: ActorKind::PublicBody,
            },
            &["TVA"],
        );
        assert_eq!(r.known("TVA").unwrap().slug, "tennessee-valley-authority");
    }
}
