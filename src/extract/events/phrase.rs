//! The phrase around an episode's head: its modifiers on the left ("the Florida land
//! boom") and its attachments on the right ("of the 1920s", "at Minamata", "of the
//! colonial era").

use super::{Core, Detector};
use crate::extract::tokens::Tok;

/// What follows an episode's head: "of 1929", "at Minamata", "of Bernard Madoff".
pub(super) struct Attachments {
    /// The token after the last attachment.
    pub end: usize,
    pub years: Option<(i32, i32)>,
    /// The last place named ("in Bhopal"), normalised.
    pub place: Vec<String>,
    /// The same place as written.
    pub place_text: String,
    /// Whose episode it was ("of Bernard Madoff").
    pub owner: Vec<String>,
    /// A past period named without a year: "of the colonial era".
    pub period: bool,
}

pub(super) fn union(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> Option<(i32, i32)> {
    match (a, b) {
        (Some(x), Some(y)) => Some((x.0.min(y.0), x.1.max(y.1))),
        (x, y) => x.or(y),
    }
}

impl Detector<'_> {
    /// Modifiers left of `i`: (first token, proper words, lower words, years).
    /// A small word capitalised right after "the" inside a sentence is a name: "the
    /// Once rail disaster" (Once is a railway station).
    fn small_word_named(&self, k: usize) -> bool {
        self.function(k)
            && self.toks[k].is_cap()
            && k >= 1
            && self.toks[k - 1].text == "the"
            && !self.sentence_start(k - 1)
    }

    /// "November 1966": a month (among the non-actors) before a year, which dates.
    pub(super) fn month_before_year(&self, k: usize) -> bool {
        self.tok(k).is_some_and(Tok::is_cap)
            && self.is("non-actors", k)
            && self.tok(k + 1).is_some_and(|y| y.year().is_some())
    }

    pub(super) fn left(&self, i: usize) -> Option<(usize, Core, bool)> {
        let mut j = i;
        let mut core = Core::default();
        let mut lower = 0;
        let mut named = false;
        while j > 0 {
            let p = &self.toks[j - 1];
            if !p.word {
                break;
            }
            if let Some(y) = self.years_at(j - 1) {
                core.years = union(core.years, Some(y));
            } else if p.is_cap()
                && self.lx.has("non-actors", &p.norm)
                && !p.is_acronym()
                && (self.sentence_start(j - 1) || self.lx.has("current-modifiers", &p.norm))
                // "One Laptop per Child", "Three Mile Island": the first word of a name.
                && !(j < i && self.toks[j].is_cap() && !self.function(j))
            {
                // "Three classic bubbles", "Several crises": a capitalised common word at
                // a sentence's start ends the phrase like a determiner.
                break;
            } else if p.is_cap()
                && (!self.function(j - 1)
                    // "No Child Left Behind", not "The" opening a sentence.
                    || (self.tok(j).is_some_and(Tok::is_cap) && !self.sentence_start(j - 1))
                    || self.small_word_named(j - 1))
            {
                // A small word inside a name counts too: "No Child Left Behind Act".
                let own = !self.function(j - 1) || self.small_word_named(j - 1);
                if !self.lx.has("generic-capitals", &p.norm) && own {
                    core.proper.insert(0, p.norm.clone());
                }
                named = true;
            } else if (matches!(p.norm.as_str(), "and" | "per" | "of" | "for") && named
                // Another language's, right before the name's last word: "Jogo do Bicho".
                || !p.is_cap()
                    && self.lx.has("connectors", &p.norm)
                    && !matches!(p.norm.as_str(), "per" | "of" | "for" | "&")
                    && self.toks[j].is_cap())
                && self.tok(j.wrapping_sub(2)).is_some_and(Tok::is_cap)
            {
                // "Bread and Roses": a coordination inside one name.
            } else if !p.is_cap()
                && lower < 2
                && !self.function(j - 1)
                // "the miners' strike": a plural possessive right before the head.
                && (!p.poss || (j == i && p.text.ends_with(['s', 'S'])))
                // "the reservoir began filling in 2019": a finite verb ends a noun phrase.
                && !self.lx.has("past-verbs", &p.norm)
            {
                core.lower.insert(0, p.norm.clone());
                lower += 1;
            } else {
                break;
            }
            if p.poss && (j < i || p.is_cap()) {
                // "Samuel Insull's utility empire": the possessive name ends the phrase.
                j -= 1;
                let s = self.name_start(j);
                for k in (s..j).rev().filter(|&k| self.toks[k].is_cap()) {
                    core.proper.insert(0, self.toks[k].norm.clone());
                }
                j = s;
                break;
            }
            j -= 1;
        }
        // A current or indefinite phrase is no episode: "the AI boom", "a crash".
        let det = j.checked_sub(1).and_then(|k| self.tok(k));
        // Not the words of a name: "One Laptop per Child" is no current "one".
        // "an 1865 massacre": an article before a past year names one episode.
        let dated = self.historical(core.years);
        let current = core
            .words()
            .filter(|w| core.proper.len() < 2 || !core.proper.iter().any(|p| p.as_str() == *w))
            .any(|w| self.lx.has("current-modifiers", w))
            || det.is_some_and(|d| {
                d.word
                    && self.lx.has("current-modifiers", &d.norm)
                    && !(dated && matches!(d.norm.as_str(), "a" | "an"))
            });
        (!current).then_some((j, core, named))
    }

    /// Attachments right of `k`: "of 1929", "of the 1920s", "in 1932", "at Minamata",
    /// "of the nineteenth century", "of Bernard Madoff". Returns (end token, years,
    /// location words, owner words).
    pub(super) fn right(&self, k: usize) -> Attachments {
        self.attachments(k, false)
    }

    /// As [`Self::right`], also through "on", "around", "near" and "between" (two
    /// years): for a phrase already known to be an episode ("the contamination left by
    /// Texaco around Lago Agrio between 1964 and 1990"), not one a date alone makes.
    pub(super) fn right_wide(&self, k: usize) -> Attachments {
        self.attachments(k, true)
    }

    fn attachments(&self, mut k: usize, wide: bool) -> Attachments {
        let mut years = None;
        let mut place = Vec::new();
        let mut place_text = String::new();
        let mut owner = Vec::new();
        let mut period = false;
        for _ in 0..3 {
            let Some(prep) = self.tok(k).filter(|t| t.word) else {
                break;
            };
            let narrow = matches!(
                prep.norm.as_str(),
                "of" | "in" | "at" | "from" | "for" | "across" | "during" | "since"
            );
            let wider = matches!(prep.norm.as_str(), "on" | "around" | "near" | "between");
            // "the frenzy that followed Cyclone Enawo in 2017": what an episode followed
            // places it, as "after" does.
            let followed = matches!(prep.norm.as_str(), "that" | "which")
                && self.tok(k + 1).is_some_and(|t| t.norm == "followed")
                && self
                    .tok(k + 2)
                    .is_some_and(|t| t.is_cap() && !self.function(k + 2));
            // "after Cyclone Enawo", "after 1838".
            let after = prep.norm == "after"
                && (self
                    .tok(k + 1)
                    .is_some_and(|t| t.is_cap() && !self.function(k + 1))
                    || self.years_at(k + 1).is_some());
            if !(narrow || wide && wider || followed || after) {
                break;
            }
            let mut m = if followed { k + 2 } else { k + 1 };
            while self.tok(m).is_some_and(|t| {
                t.norm == "the" || super::DATE_MODIFIERS.contains(&t.norm.as_str())
            }) || self.month_before_year(m)
            {
                m += 1;
            }
            if self.is("historical-modifiers", m)
                && self
                    .tok(m + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "era" | "period" | "age" | "times"))
            {
                // "of the colonial era", "during the Victorian period".
                period = true;
                k = m + 2;
            } else if let Some(y) = self.years_at(m) {
                years = union(years, Some(y));
                m += 1;
                // "the sixteenth to nineteenth centuries", "the nineteenth century".
                // "between 1964 and 1990" too.
                if self
                    .tok(m)
                    .is_some_and(|t| t.norm == "to" || (t.norm == "and" && prep.norm == "between"))
                {
                    if let Some(y2) = self.years_at(m + 1) {
                        years = union(years, Some(y2));
                        m += 2;
                    }
                }
                if self.tok(m).is_some_and(|t| t.norm.starts_with("centur")) {
                    m += 1;
                }
                k = m;
            } else if prep.norm != "of"
                && self.tok(m).is_some_and(|t| t.is_cap() && !self.function(m))
            {
                // The last place named wins: "at Union Carbide's plant in Bhopal".
                place.clear();
                place_text.clear();
                let mut e = m;
                while self.tok(e).is_some_and(|t| t.is_cap() && !self.function(e)) {
                    place.push(self.toks[e].norm.clone());
                    if !place_text.is_empty() {
                        place_text.push(' ');
                    }
                    place_text.push_str(self.toks[e].text);
                    e += 1;
                    if self.toks[e - 1].poss {
                        let mut l = 0;
                        while l < 3
                            && self
                                .tok(e)
                                .is_some_and(|t| t.word && !t.is_cap() && !self.function(e))
                        {
                            e += 1;
                            l += 1;
                        }
                        break;
                    }
                }
                // "at the Marange diamond fields in 2008": a common noun or two after the
                // place's name, when a year follows them.
                if e > m && !self.toks[e - 1].poss {
                    if let Some(n) = (1..=2).find(|&n| {
                        (e..e + n).all(|j| {
                            self.tok(j)
                                .is_some_and(|t| t.word && !t.is_cap() && !self.function(j))
                        }) && self.tok(e + n).is_some_and(|p| p.norm == "in")
                            && self.tok(e + n + 1).is_some_and(|y| y.year().is_some())
                    }) {
                        for j in e..e + n {
                            place_text.push(' ');
                            place_text.push_str(self.toks[j].text);
                        }
                        e += n;
                    }
                }
                k = e;
            } else if prep.norm == "of"
                && owner.is_empty()
                && self.tok(m).is_some_and(|t| t.is_cap() && !self.function(m))
            {
                // "the Ponzi scheme of Bernard Madoff": whose episode it was.
                let mut e = m;
                while self.tok(e).is_some_and(|t| t.is_cap() && !self.function(e)) {
                    owner.push(self.toks[e].norm.clone());
                    e += 1;
                    if self.toks[e - 1].poss {
                        break;
                    }
                }
                k = e;
            } else {
                break;
            }
        }
        Attachments {
            end: k,
            years,
            place,
            place_text,
            owner,
            period,
        }
    }
}
