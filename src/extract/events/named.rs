//! Episodes named by context alone: a capitalised name after a historical cue ("the
//! lessons of Chernobyl"), before a past `when`-clause ("the Dust Bowl, when…"), or as
//! the subject of a past verb in the Historical Parallels lens.

use super::{Candidate, Core, Detector};
use crate::extract::tokens::Tok;

impl Detector<'_> {
    /// Names that context alone makes episodes: after a historical cue ("the lessons of
    /// Three Mile Island and Chernobyl"), before a past `when`-clause ("the Dust Bowl,
    /// when…"), or as the subject of a past verb in the Historical Parallels lens.
    pub(super) fn named_by_context(&self) -> Vec<Candidate> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let Some(end) = self.name_run(i) else {
                i += 1;
                continue;
            };
            // The past verb follows the name, or an adverb or auxiliary that follows it
            // ("Chernobyl later showed", "Seveso had shown"): not a noun the name
            // qualifies ("Soviet planners turned").
            let after_verb = self.tok(end).is_some_and(|t| t.word && self.is_past(t))
                || (self.is("adverbs", end) || self.is("function-words", end))
                    && self.tok(end + 1).is_some_and(|t| t.word && self.is_past(t));
            // "off Port Emsley", "by Brelco": a name after a preposition is no subject.
            let governed = self.tok(i.wrapping_sub(1)).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "by" | "of" | "in" | "at" | "off" | "on" | "to" | "from" | "with" | "near"
                )
            });
            let the = self.tok(i.wrapping_sub(1)).is_some_and(|t| t.norm == "the");
            let coordinated = self
                .tok(i.wrapping_sub(1))
                .is_some_and(|t| t.norm == "and" || t.is_punct(","))
                && out.last().is_some_and(|c: &Candidate| {
                    self.toks
                        .get(i.wrapping_sub(2))
                        .is_some_and(|p| p.end == c.end)
                });
            let when = the
                && self.tok(end).is_some_and(|t| t.is_punct(","))
                && self.tok(end + 1).is_some_and(|t| t.norm == "when")
                && self.past_clause_after(end);
            // "each boom in the Atacama exported wealth": a region acting is no episode.
            let key = self.toks[i..end]
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            // Nor is a river or a mountain: "the Rhine took a decade to recover".
            let region = matches!(
                self.lx.list("places").get(&key),
                Some(
                    "country"
                        | "subdivision"
                        | "continent"
                        | "river"
                        | "mountain"
                        | "mountain range"
                )
            );
            let subject = self.ctx.historical_section && after_verb && !region && !governed;
            // A sentence's first word is capitalised anyway: alone, it is only an episode
            // when it names one already known ("Seveso and Bhopal both came…").
            let initial = i == 0 || self.toks[i - 1].is_punct(".");
            let weak = initial && end - i == 1 && !self.toks[i].is_acronym();
            // "It repeats UnitedHealth Group’s claim": a possessor, not the episode.
            let possessor = self.toks[end - 1].poss;
            // "since French planters brought it": a name before a common noun modifies
            // it; the noun phrase, not the name, is what the cue governs.
            let modifier = self.tok(end).is_some_and(|t| {
                t.word
                    && !t.is_cap()
                    && !self.function(end)
                    && !self.is_past(t)
                    && !self.lesson_after(end)
                    && !self.is("event-heads", end)
            });
            let cued = self.cue_before(i) && !modifier;
            // "since the Bangalore Water Supply and Sewerage Board has no inspectors": a
            // body's name, whatever cue or list it stands in, is no episode.
            let body = self.is("org-heads", end - 1);
            if !possessor && !body && (cued || coordinated || when || subject) {
                let core = Core {
                    proper: self.toks[i..end]
                        .iter()
                        .filter(|t| t.word && !self.lx.has("generic-capitals", &t.norm))
                        .map(|t| t.norm.clone())
                        .collect(),
                    ..Core::default()
                };
                let name = self.span_name(i, end);
                out.push(self.candidate(i, end, None, "unclassified", core, name, !weak));
            }
            i = end;
        }
        out
    }

    /// A court case by its parties: "Kelo v. City of New London", "Brown vs. Board of
    /// Education". Its date is the apposition's year, if one follows ("…, the 2005
    /// ruling that…"), so that the apposition resolves to it on the page.
    pub(super) fn case_name(&self, i: usize) -> Option<Candidate> {
        if i > 0 && self.toks[i - 1].is_cap() {
            return None;
        }
        let left = self.name_run(i)?;
        let v = self.tok(left)?;
        if !matches!(v.norm.as_str(), "v" | "vs" | "versus") || v.is_cap() {
            return None;
        }
        let mut r = left + 1;
        if self.tok(r).is_some_and(|t| t.is_punct(".")) {
            r += 1;
        }
        let end = self.name_run(r)?;
        let apposition_year = (self.tok(end).is_some_and(|t| t.is_punct(","))
            && self.tok(end + 1).is_some_and(|t| t.norm == "the"))
        .then(|| self.tok(end + 2)?.year())
        .flatten();
        let core = Core {
            proper: self.toks[i..end]
                .iter()
                .filter(|t| t.word && t.is_cap() && !self.lx.has("generic-capitals", &t.norm))
                .map(|t| t.norm.clone())
                .collect(),
            years: apposition_year,
            ..Core::default()
        };
        let name = self.span_name(i, end);
        Some(self.candidate(
            i,
            end,
            Some("case".to_owned()),
            "legal-precedent",
            core,
            name,
            true,
        ))
    }

    /// "the Alta controversy, when activists went on hunger strike…", "the Alta struggle
    /// showed…": a name and any common noun after it are an episode when a past
    /// `when`-clause or a verb of lesson follows, whether or not the noun is an event
    /// head (those [`Self::headed`] finds).
    pub(super) fn named_with_any_head(&self, i: usize) -> Option<Candidate> {
        let t = &self.toks[i];
        if t.is_cap()
            || t.poss
            || self.function(i)
            || self.is_past(t)
            || self.is("event-heads", i)
            || self.is("lesson-verbs", i)
        {
            return None;
        }
        if !(self.when_after(i + 1) || self.lesson_after(i + 1)) {
            return None;
        }
        // "the Sahrawi people whose land it is", "the Kafue flats, whose crops…": what
        // people and places have, a "whose" clause tells; they are not the episode.
        let whose = [i + 1, i + 2]
            .iter()
            .any(|&k| self.tok(k).is_some_and(|w| w.norm == "whose"));
        if whose && self.people_or_place(&t.norm) {
            return None;
        }
        // "the Integrity Commissioner's report showed": a body's document, not an episode.
        if i > 0 && self.toks[i - 1].poss && self.is("genre-words", i) {
            return None;
        }
        let (first, mut core, named) = self.left(i)?;
        let the = first
            .checked_sub(1)
            .and_then(|k| self.tok(k))
            .is_some_and(|d| d.norm == "the");
        // A name right before the noun, no other modifier: "the Alta controversy". Not
        // at a sentence's start: "The Liverpool dockers showed" names people, and "The
        // Volta resettlement showed" mostly names again, in other words, an episode of
        // the page that nothing links it to.
        let initial = first.checked_sub(1).is_some_and(|k| self.sentence_start(k));
        if !named || !the || initial || !core.lower.is_empty() || !self.toks[i - 1].is_cap() {
            return None;
        }
        // "hair samples taken in the Uraricoera villages showed levels…": after a
        // preposition the phrase is where, and the verb of lesson is its sentence's.
        let placed = first
            .checked_sub(2)
            .and_then(|k| self.tok(k))
            .is_some_and(|p| {
                matches!(
                    p.norm.as_str(),
                    "in" | "at" | "from" | "near" | "across" | "along" | "on"
                )
            });
        // "along the Jinzū river, when a mine's cadmium crippled…": a place after a
        // preposition is where the clause's episode happened, whatever follows it.
        let place = self.lx.has("place-heads", &t.norm);
        if placed && (place || !self.when_after(i + 1)) {
            return None;
        }
        core.lower.push(t.norm.clone());
        let name = self.span_name(first, i + 1);
        Some(self.candidate(
            first,
            i + 1,
            Some(t.norm.clone()),
            "unclassified",
            core,
            name,
            true,
        ))
    }

    /// A past clause opened by "when", "whose" or a preposition and "which" right after
    /// token `k`, a participle first or not: "the Alta controversy, when…", "the Chagres
    /// villages drowned when…", "the Bayano dam, for which communities were moved…",
    /// "the Bakun dam, whose reservoir moved…".
    fn when_after(&self, mut k: usize) -> bool {
        if self.tok(k).is_some_and(|t| t.word && self.is_past(t)) {
            k += 1;
        }
        let j = if self.tok(k).is_some_and(|t| t.is_punct(",")) {
            k + 1
        } else {
            k
        };
        let Some(opener) = self.tok(j) else {
            return false;
        };
        let prep_which =
            opener.word && self.function(j) && self.tok(j + 1).is_some_and(|w| w.norm == "which");
        if opener.norm == "when" || opener.norm == "whose" {
            self.past_clause_after(k)
        } else if prep_which {
            self.past_clause_after(j + 1)
        } else {
            false
        }
    }

    /// End of a run of capitalised words starting at `i` (connectors inside).
    fn name_run(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        if !t.is_cap() || (self.function(i) && !t.is_acronym()) {
            return None;
        }
        let mut e = i + 1;
        while let Some(n) = self.tok(e) {
            if n.is_cap() && !self.function(e) && !self.toks[e - 1].poss {
                e += 1;
            } else if n.norm == "of"
                && self.tok(e + 1).is_some_and(|t| t.text == "the")
                && self
                    .tok(e + 2)
                    .is_some_and(|t| t.is_cap() && !self.function(e + 2))
                && !self.toks[e - 1].poss
            {
                // "the Cultivation System of the Dutch East Indies".
                e += 3;
            } else if self.is("connectors", e)
                && self.tok(e + 1).is_some_and(Tok::is_cap)
                && !self.toks[e - 1].poss
            {
                e += 2;
            } else {
                break;
            }
        }
        // A common word alone ("Three", "Historical") is no name; "Three Mile Island" is.
        (e - i > 1 || !self.lx.has("non-actors", &t.norm)).then_some(e)
    }

    /// The mention ending at byte `end` is an agent, not an episode: the page says what it
    /// should do ("The Urmia Lake Restoration Program should publish the releases"), or it
    /// spoke ("the Velmo Food Programme warned in 2024"), which episodes do not.
    pub(super) fn acts_as_agent(&self, end: usize) -> bool {
        let j = self.toks.partition_point(|t| t.start < end);
        self.tok(j)
            .is_some_and(|t| t.is_directive() || self.lx.spoke(&t.norm))
    }

    /// A mention whose capitalised words run on into an organisation's head word is the
    /// start of that organisation's name, not an episode: "East African Tea Trade" of
    /// "the East African Tea Trade Association", "Kenya Plantation" of "the Kenya
    /// Plantation and Agricultural Workers' Union".
    pub(super) fn opens_org_name(&self, end: usize) -> bool {
        // Tokens are in text order: the first one at or after the mention's end.
        let mut j = self.toks.partition_point(|t| t.start < end);
        if !self.tok(j.wrapping_sub(1)).is_some_and(Tok::is_cap) {
            return false;
        }
        let mut head = false;
        while let Some(t) = self.tok(j) {
            let joins = self.is("connectors", j) || t.norm == "and";
            if t.is_cap() && !self.function(j) {
                head = self.is("org-heads", j);
                j += 1;
            } else if joins && self.tok(j + 1).is_some_and(Tok::is_cap) {
                j += 1;
            } else {
                break;
            }
        }
        head
    }
}
