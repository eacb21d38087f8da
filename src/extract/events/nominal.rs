//! Episodes named by an action and its object: a curated nominal ("the repeal of the
//! Fairness Doctrine"), or any noun of action from a verb with a named or dated object
//! ("the 1971 devaluation of the pound", "the contamination left by Texaco").

use super::phrase::{union, Attachments};
use super::{Candidate, Detector};

impl Detector<'_> {
    /// "the repeal of the Fairness Doctrine in 1987", "the collapse of FTX in 2022".
    pub(super) fn nominal(&self, i: usize) -> Option<Candidate> {
        let head = &self.toks[i];
        // Its object after "of", or after a participle its agent ("the contamination
        // left by Texaco") or who received it ("the concession granted to the fruit
        // companies"), which must be named.
        let by_agent = self.tok(i + 1).is_some_and(|t| t.word && self.is_past(t))
            && self
                .tok(i + 2)
                .is_some_and(|t| t.norm == "by" || t.norm == "to");
        if !by_agent && self.tok(i + 1).is_none_or(|t| t.norm != "of") {
            return None;
        }
        // A curated nominal names its pattern; any other noun of action from a verb
        // ("the sinking of the Titanic") is an episode only with a named or dated object.
        let curated = self.lx.list("event-nominals").get(&head.norm);
        let pattern = match curated {
            Some(p) => p,
            None if self.action_noun(i) => "unclassified",
            None => return None,
        };
        let (first, mut core, _) = self.left(i)?;
        let mut m = if by_agent { i + 3 } else { i + 2 };
        if self
            .tok(m)
            // "Argentina's seizure of its private pension funds": a possessive too.
            .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an" | "its" | "their"))
        {
            m += 1;
        }
        let mut e = m;
        let mut named = false;
        // "the flood of November 1966": a month and a year are the date, not the object.
        let month_year = self.month_before_year(m);
        if month_year {
            core.years = union(core.years, self.years_at(m + 1));
            e = m + 2;
        }
        while let Some(t) = self.tok(e).filter(|t| t.word && !month_year) {
            if t.is_cap() && !self.function(e) {
                if !self.lx.has("generic-capitals", &t.norm) {
                    core.proper.push(t.norm.clone());
                }
                named = true;
            } else if !named
                && e - m < 3
                && !self.function(e)
                && self.years_at(e).is_none()
                // "the bailout of the late 1980s": a date, not the object.
                && !(super::DATE_MODIFIERS.contains(&t.norm.as_str())
                    && self.years_at(e + 1).is_some())
            {
                core.lower.push(t.norm.clone());
            } else {
                break;
            }
            e += 1;
            if t.poss {
                // "Insull's utility empire": the owner's possessions follow.
                while self
                    .tok(e)
                    .is_some_and(|t| t.word && !t.is_cap() && !self.function(e))
                    && e - m < 5
                {
                    core.lower.push(self.toks[e].norm.clone());
                    e += 1;
                }
                break;
            }
        }
        if e == m || self.lx.has("current-modifiers", &self.toks[m].norm) || (by_agent && !named) {
            return None;
        }
        // "the start of the Suez crisis": an episode in the object is the mention.
        if curated.is_none() && (m..e).any(|k| self.is("event-heads", k)) {
            return None;
        }
        // A common noun or two after the name, when a date follows: "the collapse of the
        // Aberfan tip in 1966", "the failure of the Teton dam in 1976".
        if named {
            // ("the founding of the Batam free trade zone in the 1970s": three.)
            if let Some(k) = (e + 1..=e + 3).find(|&k| {
                (e..k).all(|j| {
                    self.tok(j)
                        .is_some_and(|t| t.word && !t.is_cap() && !self.function(j))
                }) && self.right(k).years.is_some()
            }) {
                core.lower.extend((e..k).map(|j| self.toks[j].norm.clone()));
                e = k;
            } else if e == m + 1
                && crate::extract::places::place_demonym(self.lx, &self.toks[m].norm)
                && self
                    .tok(e)
                    .is_some_and(|t| t.word && !t.is_cap() && !self.function(e))
            {
                // "the consolidation of Italian television": a people's adjective is no
                // object of its own; the noun after it is.
                core.lower.push(self.toks[e].norm.clone());
                e += 1;
            } else if self.is("place-heads", e) && !self.toks[e].is_cap() {
                // "the flooding of the Three Gorges valley": the place's head noun.
                core.lower.push(self.toks[e].norm.clone());
                e += 1;
            }
        }
        let Attachments {
            end,
            years,
            period,
            place,
            ..
        } = self.right_wide(e);
        core.years = union(core.years, years);
        // "the dumping of toxic waste at Koko": the place identifies the episode too.
        core.proper.extend(place);
        if curated.is_none() && !named && !self.historical(core.years) {
            // "the resettlement of eighty thousand people when Lake Volta was filled in
            // the 1960s": a past clause right after it may date it.
            let dated = self.clause_years(end).filter(|y| self.historical(Some(*y)));
            core.years = Some(dated?);
        }
        let strong = self.historical(core.years)
            || ((period || self.of_old(&core)) && (named || !core.lower.is_empty()))
            || (named && self.context(first, end));
        // "the compensation ordered by the High Court in 2018" is a fact of the story's own
        // past; "the contamination left by Texaco" after "Nor does it recall" is an episode.
        let strong = strong && (!by_agent || self.context(first, end));
        // A weak mention may match a known episode by its words: "the advocacy of the
        // United Farm Workers" is none. Only a curated nominal says enough for that.
        if curated.is_none() && !strong {
            return None;
        }
        let name = self.span_name(first, end);
        Some(self.candidate(
            first,
            end,
            Some(head.norm.clone()),
            pattern,
            core,
            name,
            strong,
        ))
    }

    /// The years a past `when`/`which`/`after` clause right after token `k` names, up to
    /// the next comma or the sentence's end.
    fn clause_years(&self, k: usize) -> Option<(i32, i32)> {
        let opener = self
            .tok(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "when" | "which" | "after" | "as"));
        if !opener || !self.past_clause_after(k) {
            return None;
        }
        (k + 1..self.toks.len())
            .take_while(|&j| !self.toks[j].is_punct(".") && !self.toks[j].is_punct(","))
            .take(14)
            .find_map(|j| self.years_at(j))
    }

    /// A noun of action from a verb at `i` ("devaluation", "airlift", "sinking"), not
    /// one that heads no episode ("use", "beginning"), after an article or a year.
    fn action_noun(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let before = self.tok(i.wrapping_sub(1));
        // Singular only: with plurals ("the payments of…") the training sets lost
        // precision on eight pages.
        !t.is_cap()
            && self.lx.has("action-nouns", &t.norm)
            && !self.lx.has("non-episode-nominals", &t.norm)
            // "Argentina's seizure of…": a name's possessive stands for "the".
            && before.is_some_and(|b| {
                // …or a people's plural one: "the sugar colonies' recruitment of…".
                // (Not a body they form: "the herders' association of Chibayish".)
                b.norm == "the"
                    || (b.poss && b.is_cap())
                    || (b.poss
                        && b.text.ends_with(['s', 'S'])
                        && !self.lx.has("org-heads", &t.norm))
                    || self.years_at(i - 1).is_some()
            })
    }
}
