//! Names that act: a verb of agency after a name, several names acting together, and
//! a country acting in a clause of the past, which stands for its government.

use super::evidence::Weigh;
use crate::extract::tokens::Tok;

impl Weigh<'_> {
    /// A country that acts in a clause of the past stands for its government: "when
    /// Britain closed its pits", "when France had to call back", "as Spain withdrew"
    /// (not "so that Britain will no longer make steel", "Iraq has no treaty").
    pub(super) fn country_acts(&self, toks: &[Tok<'_>], run: usize, b: usize, e: usize) -> bool {
        if self.lx.list("places").get(&super::join(&toks[b..e])) != Some("country")
            || toks[e - 1].poss
        {
            return false;
        }
        // "when Australia and Indonesia divided": two countries, one clause; the
        // second's opener is the first's.
        let mut open = run.checked_sub(1);
        if let Some(p) = open.filter(|&p| toks[p].norm == "and") {
            let mut k = p;
            while k > 0 && toks[k - 1].is_cap() {
                k -= 1;
            }
            open = (k < p).then(|| k.checked_sub(1)).flatten();
        }
        // "after which Bulgaria paid a Russian contractor": "which" after "after".
        let opens = open.is_some_and(|p| {
            matches!(
                toks[p].norm.as_str(),
                "when" | "as" | "where" | "after" | "until"
            ) || (toks[p].norm == "which" && p > 0 && toks[p - 1].norm == "after")
        });
        // Past the other country and an adverb: "Australia and Indonesia divided",
        // "Mauritius first claimed".
        let mut e = e;
        if toks.get(e).is_some_and(|t| t.norm == "and") {
            let k = (e + 1..toks.len())
                .find(|&k| !toks[k].is_cap())
                .unwrap_or(toks.len());
            if k > e + 1 {
                e = k;
            }
        }
        if self.has("adverbs", toks.get(e)) {
            e += 1;
        }
        let past = toks.get(e).is_some_and(|t| {
            t.word && !t.is_cap() && (t.norm.ends_with("ed") || self.lx.has("past-verbs", &t.norm))
        });
        // "the development loans Japan had offered": a relative clause without its
        // pronoun, the country its subject.
        let reduced = run
            .checked_sub(1)
            .is_some_and(|p| toks[p].word && !toks[p].is_cap() && toks[p].norm.ends_with('s'))
            && toks
                .get(e)
                .is_some_and(|t| matches!(t.norm.as_str(), "had" | "has"))
            && toks
                .get(e + 1)
                .is_some_and(|t| t.word && t.norm.ends_with("ed"));
        (opens && past) || reduced
    }

    /// A verb of agency after the name, past an adverb ("Gannett now uses"): `Some(false)`;
    /// after a coordinated subject of names ("Klarna and Affirm present"), which names
    /// several agents acting together: `Some(true)`.
    pub(super) fn acts(&self, toks: &[Tok<'_>], mut n: usize) -> Option<bool> {
        if self.has("adverbs", toks.get(n)) {
            n += 1;
        }
        // "have been consulted": a passive says what was done to the name.
        let passive = toks.get(n + 1).is_some_and(|t| t.norm == "been");
        if self.has("agency-verbs", toks.get(n)) && !passive {
            // Also the last name of "Klarna and Affirm present".
            let joint = n >= 3
                && toks[n - 1].is_cap()
                && toks[..n - 1]
                    .iter()
                    .rev()
                    .take_while(|t| t.is_cap())
                    .count()
                    == 0
                && toks.get(n.wrapping_sub(2)).is_some_and(|t| t.norm == "and")
                && toks.get(n.wrapping_sub(3)).is_some_and(Tok::is_cap);
            return Some(joint);
        }
        if toks.get(n).is_some_and(|t| t.norm == "and") {
            let mut k = n + 1;
            while toks.get(k).is_some_and(|t| t.is_cap()) {
                k += 1;
            }
            if k > n + 1 && !toks[k - 1].poss && self.has("agency-verbs", toks.get(k)) {
                return Some(true);
            }
        }
        None
    }
}
