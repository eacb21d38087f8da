//! Evidence from a name's neighbours: an organisation noun in apposition, the staff or
//! pay of an employer, a list introduced by an organisation noun.

use super::evidence::Weigh;
use crate::extract::tokens::Tok;

impl Weigh<'_> {
    /// An organisation noun next to the name: "the grid operator X", "state development
    /// agency X", "X, the utility", "a private contractor, X,", "the X union", "X and
    /// other chains". Returns the kind the noun gives.
    pub(super) fn apposition<'t>(
        &'t self,
        toks: &[Tok<'_>],
        b: usize,
        n: usize,
    ) -> Option<&'t str> {
        let nouns = self.lx.list("org-nouns");
        // Before: "the utility X" (not "to fund X": a verb).
        for k in 1..=2 {
            let Some(t) = b.checked_sub(k).map(|p| &toks[p]) else {
                break;
            };
            if !t.word || t.is_cap() || self.lx.has("function-words", &t.norm) {
                // "the regulator in Ohio" is no apposition.
                break;
            }
            if let Some(kind) = self.org_noun(&t.norm) {
                let det = b.checked_sub(k + 1).map(|p| &toks[p]);
                let ok = det.is_none_or(|d| {
                    !d.word
                        || self.lx.has("determiners", &d.norm)
                        || !self.lx.has("function-words", &d.norm)
                });
                return ok.then_some(kind);
            }
        }
        // Before, with a comma: "a private contractor, Facewatch,".
        if b >= 2 && toks[b - 1].is_punct(",") {
            if let Some(kind) = toks[b.saturating_sub(4)..b - 1]
                .iter()
                .rev()
                .take_while(|t| t.word)
                .find_map(|t| nouns.get(&t.norm))
            {
                return Some(kind);
            }
        }
        // Right after, within three words: "the BigScience collaboration", "the OPZZ
        // trade union federation", "a Boeing subsidiary".
        let mut k = n;
        while toks
            .get(k)
            .is_some_and(|t| !t.word && matches!(t.text, "*" | "”" | "’"))
        {
            k += 1;
        }
        // "the Nairobi firm", "the Hyderabad company": one word that names a place, before
        // an organisation noun, says where the firm is, not what it is called.
        // "the German flavour house", "the South African group": a people's adjective
        // says the same.
        let key = super::join(&toks[b..n]);
        let place_word = (n == b + 1 && self.lx.has("places", &key))
            || crate::extract::places::place_demonym(self.lx, &key);
        let the = !place_word
            && b.checked_sub(1).is_some_and(|p| {
                matches!(toks[p].norm.as_str(), "the" | "a" | "an")
                    || matches!(toks[p].text, "*" | "“")
            });
        if let Some(kind) = toks
            .get(k..(k + 3).min(toks.len()))
            .into_iter()
            .flatten()
            .take_while(|t| {
                the && t.word && !t.is_cap() && !t.poss && !self.lx.has("function-words", &t.norm)
            })
            .find_map(|t| nouns.get(&t.norm))
        {
            return Some(kind);
        }
        // "X and other chains", "X and other makers".
        if toks.get(n).is_some_and(|t| t.norm == "and")
            && toks.get(n + 1).is_some_and(|t| t.norm == "other")
        {
            if let Some(kind) = toks
                .get(n + 2)
                .and_then(|t| self.noun("org-nouns", &t.norm))
            {
                return Some(kind);
            }
        }
        // After, with a comma: "X, the utility that…".
        if !toks.get(n).is_some_and(|t| t.is_punct(","))
            || !toks
                .get(n + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an"))
        {
            return None;
        }
        // Up to five words, through "and" but no other function word: "PISTON, the
        // drivers' and operators' federation"; not "X, a reminder of what a society…".
        // A noun may be two words: "X, the think tank whose…".
        // A possessive is the noun's owner, not the noun: "Teenagers, the service's
        // stated audience" names no service.
        let span: Vec<&Tok<'_>> = toks
            .get(n + 2..(n + 7).min(toks.len()))?
            .iter()
            .take_while(|t| t.word && (t.norm == "and" || !self.lx.has("function-words", &t.norm)))
            .collect();
        let words: Vec<&str> = span.iter().map(|t| t.norm.as_str()).collect();
        (0..words.len()).filter(|&i| !span[i].poss).find_map(|i| {
            nouns.get(words[i]).or_else(|| {
                let next = words.get(i + 1)?;
                nouns.get(&format!("{} {next}", words[i]))
            })
        })
    }

    /// A common noun in apposition that describes a body by what it does: "Gruma, the
    /// flour miller that buys…" (a relative "that" or "which", not a person's "who"), or
    /// by its part in another body, "Statkraft, its largest shareholder,". Not a place,
    /// a person's role, an episode, a law, a plan or a work ("the river that…"). Nouns
    /// of the organisation list count as an apposition already.
    pub(super) fn described(&self, toks: &[Tok<'_>], n: usize) -> bool {
        let det = toks.get(n + 1).map(|t| t.norm.as_str());
        if !toks.get(n).is_some_and(|t| t.is_punct(","))
            || !matches!(det, Some("the" | "a" | "an" | "its" | "their"))
        {
            return false;
        }
        let mut k = n + 2;
        while k < toks.len()
            && k < n + 6
            && toks[k].word
            && !toks[k].is_cap()
            // A plural possessive stays in the descriptor: "the residents' campaign that…".
            && (!toks[k].poss || toks[k].text.ends_with(['s', '\'', '’']))
            && !self.lx.has("function-words", &toks[k].norm)
        {
            k += 1;
        }
        let Some(noun) = (k > n + 2).then(|| toks[k - 1].norm.as_str()) else {
            return false;
        };
        // (Organisation nouns are left to the check of the descriptor's words below.)
        const NOT_BODIES: [&str; 10] = [
            "place-heads",
            "natural-features",
            "nature-nouns",
            "people-nouns",
            "worker-nouns",
            "staff-nouns",
            "event-heads",
            "genre-words",
            "temporal-heads",
            "not-actor-heads",
        ];
        // Settlements and undertakings, which the lists above leave to names' heads.
        let thing = matches!(
            noun,
            "town" | "city" | "village" | "capital" | "project" | "scheme" | "product" | "brand"
        );
        // People who act together are a body: "Save Sinjajevina, the civic initiative that
        // led the camp".
        let group = noun == "initiative";
        if thing
            || (!group && NOT_BODIES.iter().any(|l| self.lx.has(l, noun)))
            || toks[n + 2..k]
                .iter()
                .any(|t| self.org_noun(&t.norm).is_some())
        {
            return false;
        }
        let next = toks.get(k);
        let relative = next.is_some_and(|t| matches!(t.norm.as_str(), "that" | "which"));
        let role = matches!(det, Some("its" | "their")) && next.is_some_and(|t| t.is_punct(","));
        relative || role
    }

    /// A noun of kin after the name, or after names joined to it by "and": "the
    /// Munduruku and Kayapó peoples", "Gbaya villages" name a people or its places.
    pub(super) fn people_after(&self, toks: &[Tok<'_>], mut k: usize) -> bool {
        while toks.get(k).is_some_and(|t| t.norm == "and")
            && toks.get(k + 1).is_some_and(Tok::is_cap)
        {
            k += 2;
            while toks.get(k).is_some_and(Tok::is_cap) {
                k += 1;
            }
        }
        toks.get(k)
            .is_some_and(|t| t.word && self.lx.list("people-nouns").get(&t.norm) == Some("kin"))
    }

    /// People who work for the name, after it: "Westinghouse executives".
    pub fn staff_after(&self, toks: &[Tok<'_>], n: usize) -> bool {
        toks.get(n).is_some_and(|t| {
            t.word && !t.is_cap() && self.lx.list("staff-nouns").get(&t.norm) == Some("")
        })
    }

    /// People or pay of the name, before it and "at": "pay at Deliveroo".
    pub fn staff_before(&self, toks: &[Tok<'_>], b: usize) -> bool {
        b >= 2
            && toks[b - 1].norm == "at"
            && toks[b - 2].word
            && self.lx.has("staff-nouns", &toks[b - 2].norm)
    }

    /// "platforms such as X", "the start-ups, among them X": a list introduced after an
    /// organisation noun (singular or plural).
    pub(super) fn list_intro<'t>(&'t self, toks: &[Tok<'_>], b: usize) -> Option<&'t str> {
        let words: Vec<&str> = toks[b.saturating_sub(2)..b]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let skip = match words.as_slice() {
            ["such", "as"] | ["among", "them"] => 2,
            [_, "including"] | [_, "like"] => 1,
            _ => return None,
        };
        toks[b.saturating_sub(skip + 4)..b - skip]
            .iter()
            .rev()
            .filter(|t| t.word)
            .find_map(|t| self.noun("org-nouns", &t.norm))
    }
}
