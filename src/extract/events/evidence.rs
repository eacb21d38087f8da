//! What the words around a candidate say of it: named features for the
//! [`crate::extract::scorer`] (the same context tests the rules use, reported instead of
//! decided), and whether it sits in the clause that describes an earlier candidate.

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

impl Detector<'_> {
    /// Drops a candidate inside the relative clause that describes an earlier one: in
    /// "the Jari project, where an American billionaire's pulp plantation in the 1970s
    /// took a forest" the plantation is the project, and in "the Bakun dam, whose
    /// reservoir moved people to the resettlement scheme at Sungai Asap in 1998" the
    /// scheme is part of the dam's story. The clause runs to the sentence's end or to
    /// the next item of a list (", or", ", nor", ", and the", ", the").
    pub(super) fn drop_descriptions(&self, kept: Vec<Candidate>) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::with_capacity(kept.len());
        for c in kept {
            // A named episode stays ("until the CARD Act of 2009 restricted them"); a
            // phrase of common words is the description.
            let named = self.toks[self.toks.partition_point(|t| t.start < c.start)..]
                .first()
                .is_some_and(|t| t.is_cap());
            let inside = !named
                && out.last().is_some_and(|k| {
                    let a = self.toks.partition_point(|t| t.start < k.end);
                    let b = self.toks.partition_point(|t| t.start < c.start);
                    // Or an apposition that ranks it, right after it: "the Ekofisk
                    // Bravo blowout of 1977, the first major spill in the North Sea"
                    // (where ", the relocations for…" is the next item of a list).
                    let ranks = |k: usize| {
                        self.tok(k).is_some_and(|t| {
                            matches!(t.norm.as_str(), "first" | "last" | "only")
                                || (t.norm.len() > 5 && t.norm.ends_with("est"))
                        })
                    };
                    let apposition = self.toks.get(a).is_some_and(|t| t.is_punct(","))
                        && self.tok(a + 1).is_some_and(|t| t.norm == "the")
                        && b <= a + 3
                        && (ranks(a + 2) || ranks(b));
                    a < b && (apposition || self.describes(a, b))
                });
            // "the return of the Axum Obelisk to Ethiopia in 2005", "the relocation of
            // the Banabans to Rabi Island in 1945", "the contamination of the Kaxipayiñ
            // community's water at Loma de la Lata in the 1990s": a name without a head
            // and with a date, past a preposition after an episode (and the common
            // words that end its phrase), says where and when that episode was. Kept:
            // the name's first token, the preposition right before it.
            let place_of_last = (c.core.lower.iter().all(|w| self.lx.has("connectors", w))
                && !c.core.proper.is_empty()
                && c.head.is_none())
            .then(|| self.toks.partition_point(|t| t.start < c.start))
            .filter(|&b| {
                out.last().is_some_and(|k| {
                    self.place_after(self.toks.partition_point(|t| t.start < k.end), b)
                })
            });
            if let Some(b) = place_of_last {
                let k = out.last_mut().expect("place_of_last has a last");
                if k.core.years.is_none() && c.core.years.is_some() {
                    k.name = format!("{} {} {}", k.name, self.toks[b - 1].text, c.name);
                    k.end = c.end;
                    k.core.years = c.core.years;
                    k.core.proper.extend(c.core.proper.iter().cloned());
                }
            }
            if !inside && place_of_last.is_none() {
                out.push(c);
            }
        }
        out
    }

    /// Tokens `a..b` end with a preposition of place or direction, and before it at
    /// most three common words that go on the phrase before ("community's water at").
    fn place_after(&self, a: usize, b: usize) -> bool {
        let prep = b.checked_sub(1).and_then(|p| self.tok(p));
        b > a
            && b - a <= 4
            && prep.is_some_and(|t| matches!(t.norm.as_str(), "to" | "in" | "from" | "at" | "into"))
            && self.toks[a..b - 1]
                .iter()
                .enumerate()
                .all(|(n, t)| t.word && !t.is_cap() && !self.function(a + n) && !self.is_past(t))
    }

    /// Tokens `a..b` open a relative clause right at `a` and hold no list boundary.
    fn describes(&self, a: usize, b: usize) -> bool {
        let opener = |k: usize| {
            self.tok(k).is_some_and(|t| {
                matches!(t.norm.as_str(), "where" | "when" | "which" | "whose")
                    || (self.function(k) && self.tok(k + 1).is_some_and(|w| w.norm == "which"))
            })
        };
        let comma = |k: usize| self.tok(k).is_some_and(|t| t.is_punct(","));
        if !(comma(a) && opener(a + 1)) {
            return false;
        }
        (a + 1..b).all(|k| {
            let t = &self.toks[k];
            let ends = t.is_punct(".") || t.is_punct(";") || t.is_punct(":");
            // ", or the…", ", and the…", ", the marketing of…": the next item.
            let list = comma(k)
                && self.tok(k + 1).is_some_and(|n| {
                    matches!(n.norm.as_str(), "or" | "nor" | "the")
                        || (n.norm == "and" && self.tok(k + 2).is_some_and(|d| d.norm == "the"))
                });
            !ends && !list
        })
    }
}
