//! Whether an episode the rules propose is a historical parallel the page invokes: a
//! logistic model over named features of the mention (the rule that proposed it, how it
//! resolved, its section, its dates, the context words around it).
//!
//! The rules propose generously and the model decides, so that one construction that
//! fires on a new kind of text does not become a false parallel on its own. The weights
//! are data (`data/lexicon/parallel-weights.csv`), learnt by `scripts/train-scorer` from
//! the annotated training pages; a list without a `bias` entry admits everything.

use super::events::Candidate;
use super::lexicon::Lexicon;
use super::normalize::norm;
use crate::model::Section;

/// How a candidate resolved, before anything is minted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A reference event.
    Reference,
    /// An episode minted on an earlier page.
    Corpus,
    /// An episode named earlier on this page.
    Page,
    /// Nothing known: a new episode.
    New,
}

impl Found {
    fn name(self) -> &'static str {
        match self {
            Found::Reference => "reference",
            Found::Corpus => "corpus",
            Found::Page => "page",
            Found::New => "new",
        }
    }
}

/// Where and how a candidate stands, for [`features`].
pub struct Setting<'a> {
    pub section: Section,
    pub found: Found,
    pub evidence: &'a [&'static str],
    /// The story's year: an episode a few years before it is the story's background.
    pub year: i32,
}

/// The named features of a candidate, as the weights file spells them.
pub fn features(c: &Candidate, s: &Setting<'_>) -> Vec<String> {
    let section = match s.section {
        Section::WhatsMissing => "missing",
        Section::Synthesis => "synthesis",
        Section::Lens => "lens",
        Section::PowerAudit => "audit",
        Section::Pathway(_) => "pathway",
        _ => "other",
    };
    let age = match c.core.years {
        None => "none",
        // The story's own background, mostly: "the 2023 drought" in a 2026 review.
        Some((a, _)) if a > s.year - 6 => "current",
        Some((a, _)) if a > s.year - 10 => "recent",
        Some((a, _)) if a > s.year - 60 => "decades",
        Some(_) => "old",
    };
    let words = c.name.split_whitespace().count();
    let length = match words {
        0..=1 => "1",
        2..=3 => "2",
        4..=6 => "4",
        _ => "7",
    };
    let proper = c.core.proper.len().min(2);
    let mut f = vec![
        format!("rule {}", c.rule),
        format!("found {}", s.found.name()),
        format!("section {section}"),
        format!("age {age}"),
        format!("length {length}"),
        format!("proper {proper}"),
        format!("section {section} found {}", s.found.name()),
    ];
    let flags = [
        ("strong", c.strong),
        ("head", c.head.is_some()),
        ("pattern", c.pattern != "unclassified"),
        ("by date", c.by_date),
    ];
    f.extend(
        flags
            .iter()
            .filter(|(_, on)| *on)
            .map(|(n, _)| n.to_string()),
    );
    f.extend(s.evidence.iter().map(|e| format!("context {e}")));
    f
}

/// The learnt weights.
pub struct Scorer<'a> {
    lx: &'a Lexicon,
}

impl<'a> Scorer<'a> {
    pub fn new(lx: &'a Lexicon) -> Self {
        Scorer { lx }
    }

    fn weight(&self, name: &str) -> Option<f64> {
        self.lx
            .list("parallel-weights")
            .get(&norm(name))?
            .parse()
            .ok()
    }

    /// The probability that the features describe a parallel; 1 without weights.
    pub fn score(&self, features: &[String]) -> f64 {
        let Some(bias) = self.weight("bias") else {
            return 1.0;
        };
        let z: f64 = bias + features.iter().filter_map(|f| self.weight(f)).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Whether weights were learnt: else every candidate the rules make strong counts.
    pub fn trained(&self) -> bool {
        self.weight("bias").is_some()
    }

    /// Whether a score is high enough to keep the mention.
    pub fn admits(&self, score: f64) -> bool {
        score >= self.weight("threshold").unwrap_or(0.5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::events::{Context, Detector};
    use crate::extract::tokens::tokens;

    /// The first candidate of a sentence, with its context features.
    fn candidate(lx: &Lexicon, text: &str) -> (Candidate, Vec<&'static str>) {
        let toks = tokens(text);
        let d = Detector {
            lx,
            toks: &toks,
            text,
            ctx: Context {
                historical_section: false,
                last_historical_year: 2023,
            },
        };
        let c = d.detect().into_iter().next().expect("a candidate");
        let e = d.evidence(&c);
        (c, e)
    }

    #[test]
    fn learnt_weights_keep_a_dated_episode_and_drop_an_undated_weak_one() {
        let lx = Lexicon::builtin().unwrap();
        let s = Scorer::new(&lx);
        assert!(s.trained(), "data/lexicon/parallel-weights.csv has no bias");
        let text = "Nor does it remember the eviction of the Ogiek from the Mau forest in 1984, when homes were burned.";
        let (c, evidence) = candidate(&lx, text);
        assert_eq!(c.rule, "nominal");
        assert!(evidence.contains(&"past-clause"), "{evidence:?}");
        let mut setting = Setting {
            section: Section::WhatsMissing,
            found: Found::New,
            evidence: &evidence,
            year: 2026,
        };
        let kept = s.score(&features(&c, &setting));
        assert!(s.admits(kept), "{kept}");
        // The same words, weak, undated, without context, in the power audit.
        let weak = Candidate {
            strong: false,
            core: crate::extract::events::Core {
                years: None,
                ..c.core.clone()
            },
            ..c
        };
        setting.section = Section::PowerAudit;
        setting.evidence = &[];
        let dropped = s.score(&features(&weak, &setting));
        assert!(!s.admits(dropped), "{dropped}");
    }

    #[test]
    fn without_weights_everything_is_admitted() {
        let lx = Lexicon::default();
        let s = Scorer::new(&lx);
        assert!(!s.trained());
        assert_eq!(s.score(&["rule headed".to_owned()]), 1.0);
        assert!(s.admits(1.0));
    }
}
