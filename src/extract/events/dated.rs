//! Episodes that a date makes: a noun phrase a past year, decade or period dates ("the
//! yellow journalism of the 1890s"), or a past year before any noun in a historical
//! context ("the 2015 ecocide on the Pasión, when…").

use super::phrase::{union, Attachments};
use super::{Candidate, Core, Detector};

/// A process noun by its form: "deinstitutionalisation", "electrification".
fn nominalisation(word: &str) -> bool {
    word.len() >= 10
        && ["isation", "ization", "ification"]
            .iter()
            .any(|s| word.ends_with(s))
}

impl Detector<'_> {
    /// "the yellow journalism of the 1890s", "the Great Stink of 1858": any noun phrase
    /// that a past year, decade or century dates.
    pub(super) fn dated(&self, i: usize) -> Option<Candidate> {
        let t = &self.toks[i];
        // A verb is no episode: "the Corporation decided in 2021".
        if self.function(i) || self.is_past(t) || t.year().is_some() || t.poss {
            return None;
        }
        // "researchers from Mzuzu University in 2021", "the High Court in Pretoria ruled
        // in 2018": a body's name, then "in", says where or when the body acted (but "the
        // Milan Congress of 1880" names one meeting, and "the Ottoman Public Debt
        // Administration, set up in 1881" an institution's founding).
        if t.is_cap()
            && self.lx.has("org-heads", &t.norm)
            && self.tok(i + 1).is_some_and(|n| n.norm == "in")
        {
            return None;
        }
        let Attachments {
            end,
            years,
            period,
            place,
            ..
        } = self.date_after(i + 1)?;
        // A past year, or a past period: "the marketing boards of the colonial era".
        if !(self.historical(years) || period) {
            return None;
        }
        // "a court in Medan upheld in 2019": a verb between the name and its date says
        // what was done then, by whom; it names no episode.
        if (i + 1..end).any(|j| self.toks[j].word && self.is_past(&self.toks[j])) {
            return None;
        }
        let (mut first, mut core, mut named) = self.left(i)?;
        // "the free zone authority's management rights in the 1990s": what someone owns,
        // not an episode. A name's is the name's ("the Golden Cross mine's tailings dam,
        // found creeping downhill in 1995").
        if first > 0 && self.toks[first - 1].poss {
            let (from, words) = self.named_owner(first - 1)?;
            first = from;
            core.proper.splice(0..0, words);
            named = true;
        }
        // ", finished upstream in 1980": a participle's clause, not a noun phrase.
        let before = first.checked_sub(1).and_then(|k| self.tok(k));
        if before.is_some_and(|b| b.is_punct(",")) && self.is_past(&self.toks[first]) {
            return None;
        }
        // "forced to build roads between 1915 and 1918": two years date only a definite
        // phrase ("the camp between 1905 and 1907").
        let head = self.head_before(first);
        let between = self.tok(i + 1).is_some_and(|n| n.norm == "between");
        if between && before.is_none_or(|b| b.norm != "the") && head.is_none() {
            return None;
        }
        // "the rubber concession granted to Firestone in Liberia in 1926": the episode is
        // the noun before the name, which only says where or to whom.
        if let Some((k, words)) = head {
            first = k;
            for (w, cap) in words.into_iter().rev() {
                if !cap {
                    core.lower.insert(0, w);
                } else if !self.lx.has("generic-capitals", &w) {
                    core.proper.insert(0, w);
                }
            }
            if t.is_cap() && !self.lx.has("generic-capitals", &t.norm) {
                core.proper.push(t.norm.clone());
            }
            core.years = union(core.years, years);
            core.proper.extend(place);
            let name = self.span_name(first, end);
            return Some(self.candidate(first, end, None, "unclassified", core, name, true));
        }
        // "outside the Storting in 1979", "ordered by the High Court in 2018": where or
        // by whom something happened, not what.
        // A name after "in" or "at" may still be the episode ("in the Great Stink of
        // 1858"); one word alone there is a place.
        let at = first.checked_sub(1).and_then(|k| {
            if self.toks[k].norm == "the" {
                k.checked_sub(1)
            } else {
                Some(k)
            }
        });
        let before = at.and_then(|k| self.tok(k));
        let locative = before.is_some_and(|p| {
            matches!(p.norm.as_str(), "outside" | "inside" | "near" | "by")
                || (!named && matches!(p.norm.as_str(), "at" | "in"))
        });
        let past = |k: usize| self.toks[k].word && self.is_past(&self.toks[k]);
        // "which ended the Nile's floods in 1970": the object of a past verb is what an
        // episode did, not one a date alone makes. So is where a past verb went: "(the
        // highway,) cut into Yanomami land in the 1970s", whose date is the clause's.
        // So is the object of a particle or preposition after a past verb ("broke up the
        // protest camp in November 2012", "resettled for the first pit in 2008"), and
        // a noun joined to a past verb's object ("flooded the villages and date palms in
        // 2008").
        let object = at.is_some_and(|k| {
            past(k)
                || (matches!(
                    self.toks[k].norm.as_str(),
                    "into" | "onto" | "across" | "through" | "for" | "up" | "off" | "out"
                ) && k.checked_sub(1).is_some_and(past))
                || (!named && self.joined_to_object(k))
        });
        if (t.is_cap() && locative) || object || self.rule_in_force(end) {
            return None;
        }
        // A place and a year ("Lawrence in 1912") name an episode only if one is known.
        let strong = !(t.is_cap() && !named && self.lx.has("places", &t.norm));
        // The noun itself identifies the episode too ("stink", "journalism").
        if t.is_cap() {
            if !self.lx.has("generic-capitals", &t.norm) {
                core.proper.push(t.norm.clone());
            }
        } else if !named && core.lower.is_empty() && place.is_empty() && !nominalisation(&t.norm) {
            // A bare "the summer of 1969" says too little; "the deinstitutionalisation
            // of the 1960s" and "the evictions in Loliondo in 2009" do not.
            return None;
        } else {
            core.lower.push(t.norm.clone());
        }
        core.years = union(core.years, years);
        core.proper.extend(place);
        let name = self.span_name(first, end);
        Some(self.candidate(first, end, None, "unclassified", core, name, strong))
    }

    /// "the 2015 ecocide on the Pasión, when a spill killed…": an article, a past year
    /// and a common noun name an episode in a historical context, whatever the noun.
    pub(super) fn year_first(&self, i: usize) -> Option<Candidate> {
        let t = &self.toks[i];
        let year = i.checked_sub(1).and_then(|y| self.tok(y)?.year())?;
        let article = self.tok(i.checked_sub(2)?)?;
        if !matches!(article.norm.as_str(), "the" | "a" | "an")
            || !self.historical(Some(year))
            || t.is_cap()
            || t.poss
            || self.function(i)
            || self.is_past(t)
        {
            return None;
        }
        let Attachments {
            end, years, place, ..
        } = self.right_wide(i + 1);
        if !self.context(i - 1, end) {
            return None;
        }
        let mut core = Core {
            lower: vec![t.norm.clone()],
            years: union(Some(year), years),
            ..Core::default()
        };
        core.proper.extend(place);
        let name = self.span_name(i - 1, end);
        let mut c = self.candidate(i - 1, end, None, "unclassified", core, name, true);
        c.by_date = true;
        Some(c)
    }

    /// Token `k` is "and" or "or" after a past verb's object in the same clause: the
    /// verb's date is the whole object's.
    fn joined_to_object(&self, k: usize) -> bool {
        if !matches!(self.toks[k].norm.as_str(), "and" | "or") {
            return false;
        }
        self.toks[k.saturating_sub(6)..k]
            .iter()
            .rev()
            .take_while(|t| t.word)
            .any(|t| self.is_past(t))
    }

    /// A verb of rule-making in the present right after a dated name: "as the Mekong
    /// Agreement of 1995 expects", "the Water Act of 1989 requires". The name is a rule
    /// in force, not an episode recalled.
    pub(super) fn rule_in_force(&self, k: usize) -> bool {
        const RULES: &[&str] = &[
            "expects",
            "requires",
            "allows",
            "permits",
            "forbids",
            "obliges",
            "provides",
            "guarantees",
        ];
        self.tok(k)
            .is_some_and(|t| RULES.contains(&t.norm.as_str()))
    }

    /// The capitalised name whose possessive is token `j` ("Golden Cross mine's"), not a
    /// lower-case owner's ("the authority's"): where it starts and its proper words.
    fn named_owner(&self, j: usize) -> Option<(usize, Vec<String>)> {
        let mut s = j;
        while s > 0 && !self.toks[s - 1].poss && self.toks[s - 1].word && !self.function(s - 1) {
            s -= 1;
        }
        // Its words up to the first capital: "Golden Cross mine's", not "the mine's".
        while s < j && !self.toks[s].is_cap() {
            s += 1;
        }
        let words: Vec<String> = self.toks[s..=j]
            .iter()
            .filter(|t| t.is_cap() && !self.lx.has("generic-capitals", &t.norm))
            .map(|t| t.norm.clone())
            .collect();
        (!words.is_empty()).then_some((s, words))
    }

    /// The date attached right of token `k`: "of 1929", "in the 1920s", "between 1905
    /// and 1907", or a participle's after a comma ("the lead smelter at Kabwe, closed in
    /// 1994", which dates the phrase and is not part of its name).
    pub(super) fn date_after(&self, k: usize) -> Option<Attachments> {
        let next = self.tok(k)?;
        match next.norm.as_str() {
            "of" | "in" => return Some(self.right(k)),
            "between" => return Some(self.right_wide(k)),
            _ => {}
        }
        // After a comma only: without one, "the council banned in 2007" is a verb and
        // "line rooms built in the nineteenth century" a thing, not an episode.
        if !next.is_punct(",") {
            return None;
        }
        let mut p = k + 1;
        if !self.tok(p).is_some_and(|t| t.word && self.is_past(t)) {
            return None;
        }
        // Words of the participle's clause before its date: "finished upstream in 1980",
        // "set up in 1881", "shared with Argentina and finished in 1994", "built in the
        // 1970s".
        let date = (p + 1..p + 7)
            .take_while(|&j| self.tok(j).is_some_and(|t| t.word))
            .find(|&j| {
                // "built in 1980", "built in the 1970s".
                let the = usize::from(self.tok(j + 1).is_some_and(|t| t.norm == "the"));
                self.toks[j].norm == "in" && self.years_at(j + 1 + the).is_some()
            })?;
        p = date - 1;
        let a = self.right(p + 1);
        (a.years.is_some() && a.end > p + 1).then_some(Attachments {
            end: k,
            place: Vec::new(),
            place_text: String::new(),
            owner: Vec::new(),
            ..a
        })
    }

    /// Definite noun phrases and prepositions right before a dated name, each phrase's
    /// head no word for people or places: "the violence at | Bagua in 2009", "the
    /// reclamation for the | Cultural Center…", "the rubber concession granted to |
    /// Firestone…", "the cyanide spill from the Omai gold mine into the | Essequibo
    /// River in 1995" (two at most). The first token and the words, capitalised or not.
    fn head_before(&self, first: usize) -> Option<(usize, Vec<(String, bool)>)> {
        let mut found: Option<(usize, Vec<(String, bool)>)> = None;
        let mut at = first;
        for _ in 0..2 {
            let Some((k, mut words)) = self.phrase_before(at) else {
                break;
            };
            if let Some((_, later)) = found.take() {
                words.extend(later);
            }
            found = Some((k, words));
            at = k;
        }
        found
    }

    /// The phrase of [`Self::phrase_before`] owned by the name whose possessive is token
    /// `j`: the name's words first, capitalised.
    fn possessed(
        &self,
        j: usize,
        words: Vec<(String, bool)>,
    ) -> Option<(usize, Vec<(String, bool)>)> {
        let (head, _) = words.last()?;
        if self.people_or_place(head) || self.lx.has("non-episode-nominals", head) {
            return None;
        }
        let s = self.name_start(j);
        let mut all: Vec<(String, bool)> = self.toks[s..=j]
            .iter()
            .map(|t| (t.norm.clone(), true))
            .collect();
        all.extend(words);
        Some((s, all))
    }

    /// One step of [`Self::head_before`]: "the <up to four words> [participle] <prep>
    /// [the]" right before token `first`.
    fn phrase_before(&self, first: usize) -> Option<(usize, Vec<(String, bool)>)> {
        let mut k = first;
        if self.tok(k.checked_sub(1)?)?.norm == "the" {
            k -= 1;
        }
        if !self.is("episode-prepositions", k.checked_sub(1)?) {
            return None;
        }
        k -= 1;
        // A participle between the noun and the preposition: "granted to", "built for".
        if let Some(p) = k.checked_sub(1).and_then(|j| self.tok(j)) {
            if p.word && !p.is_cap() && self.is_past(p) {
                k -= 1;
            }
        }
        let mut words = Vec::new();
        while let Some(j) = k.checked_sub(1) {
            let w = &self.toks[j];
            if w.norm == "the" || words.len() == 4 {
                break;
            }
            if w.poss && w.is_cap() && !words.is_empty() {
                // A name's possessive stands for "the": "Ecuador's switch to | the dollar
                // in 2000", "Chile's nationalisation of | copper in 1971".
                return self.possessed(j, words);
            }
            let cap_ok = w.is_cap() && !words.is_empty() && !self.sentence_start(j);
            if !w.word || w.poss || self.function(j) || self.is_past(w) || (w.is_cap() && !cap_ok) {
                return None;
            }
            words.insert(0, (w.norm.clone(), w.is_cap()));
            k = j;
        }
        // The head is the last word, in lower case: "gold mine", not "the Omai".
        let (head, cap) = words.last()?;
        let det = self.tok(k.checked_sub(1)?)?;
        let not_episode = self.people_or_place(head) || self.lx.has("non-episode-nominals", head);
        // "the residents of the layouts annexed to the city in 2007": where people live,
        // named after "of", is a place, whatever was done to it then.
        let home =
            k >= 3 && self.toks[k - 2].norm == "of" && self.people_head(&self.toks[k - 3].norm);
        (det.norm == "the" && !cap && !not_episode && !home).then_some((k, words))
    }
}
