//! What the words around a candidate say of it, as named features for the
//! [`crate::extract::scorer`]: the same context tests the rules use, reported instead of
//! decided.

use super::{Candidate, Detector};

impl Detector<'_> {
    /// The context features of a candidate of this section.
    pub fn evidence(&self, c: &Candidate) -> Vec<&'static str> {
        let first = self.toks.partition_point(|t| t.start < c.start);
        let after = self.toks.partition_point(|t| t.start < c.end);
        let omission_verb = (first.saturating_sub(5)..first).any(|k| self.is("omission-verbs", k));
        [
            ("historical-section", self.ctx.historical_section),
            ("cue-before", self.cue_before(first)),
            ("past-clause", self.past_clause_after(after)),
            ("lesson-after", self.lesson_after(after)),
            ("sentence-start", self.sentence_start(first)),
            ("of-old", self.of_old(&c.core)),
            ("omission-verb", omission_verb),
        ]
        .into_iter()
        .filter_map(|(name, on)| on.then_some(name))
        .collect()
    }
}
