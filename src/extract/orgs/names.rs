//! Where a capitalised name starts and ends: runs of capitalised words with their
//! connectors, the acronym a name defines, names joined by "and" that are one.

use super::super::lexicon::Lexicon;
use super::super::tokens::Tok;

pub(super) struct Names<'a> {
    pub lx: &'a Lexicon,
}

/// A short form in mixed case that a name defines in brackets: "BNetzA", "ConEd".
fn short_form(text: &str) -> bool {
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    text.chars().next().is_some_and(char::is_uppercase)
        && upper >= 2
        && text.chars().count() <= 8
        && text.chars().all(char::is_alphanumeric)
}

impl Names<'_> {
    fn function(&self, t: &Tok<'_>) -> bool {
        self.lx.has("function-words", &t.norm)
    }

    /// A capitalised word that may continue a name: not a small word, unless another
    /// capitalised word follows it ("Surfers Against Sewage", "No Child Left Behind").
    fn continues(&self, toks: &[Tok<'_>], e: usize) -> bool {
        let Some(n) = toks.get(e) else { return false };
        n.is_cap()
            && (!self.function(n)
                || toks
                    .get(e + 1)
                    .is_some_and(|m| m.is_cap() && !self.function(m)))
    }

    /// End of the run of capitalised words starting at `i`, or `None` when `i` starts
    /// no name (not capitalised, or inside a run that started earlier).
    pub fn run(&self, toks: &[Tok<'_>], i: usize) -> Option<usize> {
        let t = &toks[i];
        if !t.is_cap() || (self.function(t) && !self.continues(toks, i + 1)) {
            return None;
        }
        if i > 0
            && toks[i - 1].is_cap()
            && !toks[i - 1].poss
            && !self.lx.has("determiners", &toks[i - 1].norm)
        {
            return None;
        }
        let mut e = i + 1;
        loop {
            if toks[e - 1].poss && toks[e - 1].text.ends_with('s') {
                // "Home Owners' Loan Corporation": a plural possessive inside a name that
                // goes on to end like an organisation (not "Malaysia’s Department").
                let mut k = e;
                while self.continues(toks, k) && !toks[k].poss {
                    k += 1;
                }
                let head = &toks[k.max(e) - 1].norm;
                if k > e && (self.lx.has("org-heads", head) || self.lx.has("org-nouns", head)) {
                    e = k;
                    continue;
                }
                break;
            } else if toks[e - 1].poss {
                break;
            }
            if self.continues(toks, e) {
                e += 1;
            } else if toks
                .get(e)
                .is_some_and(|n| n.word && self.lx.has("connectors", &n.norm))
                && toks.get(e + 1).is_some_and(|m| m.is_cap())
            {
                e += 2;
            } else if toks.get(e).is_some_and(|n| n.word && n.norm == "of")
                && toks.get(e + 1).is_some_and(|n| n.text == "the")
                && toks
                    .get(e + 2)
                    .is_some_and(|m| m.is_cap() && !self.function(m))
                && !(e - i == 1
                    && (self.lx.has("person-titles", &toks[i].norm)
                        || self.lx.has("non-actors", &toks[i].norm)))
            {
                // "Democratic Republic of the Congo", "Friends of the Earth".
                e += 3;
            } else {
                break;
            }
        }
        // A number inside or ending a name: "Rema 1000", "Il Sole 24 Ore" (not a year
        // after a name: "Amazon 2024" is no name).
        while toks.get(e).is_some_and(|t| {
            t.word
                && t.text.chars().all(|c| c.is_ascii_digit())
                && !t
                    .text
                    .parse::<u32>()
                    .is_ok_and(|n| (1500..=2099).contains(&n))
                && !toks[e - 1].poss
        }) {
            e += 1;
            while self.continues(toks, e) {
                e += 1;
            }
        }
        // A legal form in lower case ends the name: "RM plc" (not a plural: "AI labs").
        if toks.get(e).is_some_and(|t| {
            t.word
                && t.text.len() <= 4
                && !t.text.ends_with('s')
                && t.text.chars().all(|c| c.is_ascii_lowercase())
                && self.lx.list("org-heads").get(&t.norm) == Some("company")
        }) {
            e += 1;
        }
        Some(e)
    }

    /// The first word of the name in run `i..e`: determiners and connectors dropped,
    /// and a common word at a sentence's start ("Several PFAS"); `e` when nothing is left.
    pub fn start(&self, toks: &[Tok<'_>], i: usize, e: usize) -> usize {
        let at_start = i == 0
            || toks[i - 1].is_punct(".")
            || toks[i - 1].is_punct("“")
            || toks[i - 1].is_punct("\"");
        let mut b = i;
        while b < e {
            let t = &toks[b];
            let common = self.lx.has("non-actors", &t.norm) && !t.is_acronym();
            let drop = self.lx.has("determiners", &t.norm)
                || self.lx.has("connectors", &t.norm)
                || (at_start && b == i && self.function(t))
                || (common && (e - b == 1 || (at_start && e - b == 2)))
                // "Coverage of Aurora Innovation": a common word and "of" lead into it;
                // "Members of the Karuk Tribe": so do people at a sentence's start.
                || ((common || (at_start && b == i && self.lx.has("people-nouns", &t.norm)))
                    && toks.get(b + 1).is_some_and(|n| self.lx.has("connectors", &n.norm)));
            if !drop {
                break;
            }
            b += 1;
        }
        if e - b == 1 && self.lx.has("non-actors", &toks[b].norm) && !toks[b].is_acronym() {
            return e;
        }
        b
    }

    /// "the provincial government of Jujuy": when "government of" stands before the name
    /// at `b` in lower case, (where the span starts, with one modifier such as "city" or
    /// "provincial"; where its key starts, without it, so that "the government of Jujuy"
    /// is the same government).
    fn government_of(&self, toks: &[Tok<'_>], b: usize) -> Option<(usize, usize)> {
        let of = toks.get(b.checked_sub(1)?)?;
        let gov = toks.get(b.checked_sub(2)?)?;
        if of.norm != "of" || gov.norm != "government" || gov.is_cap() {
            return None;
        }
        let modifier = b.checked_sub(3).map(|k| &toks[k]).filter(|t| {
            t.word
                && !t.is_cap()
                && !self.function(t)
                && !self.lx.has("determiners", &t.norm)
                && !t.poss
        });
        Some((if modifier.is_some() { b - 3 } else { b - 2 }, b - 2))
    }

    /// The name a run of capitalised words `i..e` stands for: (span start, key start,
    /// end), or `None` when nothing of it is a name. The run is trimmed of determiners
    /// and leading common words, then widened by the rules below: an acronym spelling
    /// words before it, a name joined by "and" or listed after its head, a government
    /// "of" a place.
    pub fn span(&self, toks: &[Tok<'_>], i: usize, mut e: usize) -> Option<(usize, usize, usize)> {
        let mut b = self.start(toks, i, e);
        if b >= e {
            // "the Tax and Customs Administration": a common first word that "and" joins
            // to the rest of a name is part of it.
            let first = (i..e).find(|&k| !self.lx.has("determiners", &toks[k].norm));
            if let Some((f, end)) = first.and_then(|f| Some((f, self.joined_by_and(toks, f, e)?))) {
                (b, e) = (f, end);
            }
        }
        if let Some(start) = self.acronym_start(toks, b, e) {
            b = start;
        } else if let Some((start, end)) = self.spelled_across_and(toks, b, e) {
            (b, e) = (start, end);
        } else if let Some(end) = self.acronym_end(toks, b, e) {
            e = end;
        } else if let Some(end) = self.headed_list(toks, b, e) {
            e = end;
        } else if let Some(end) = self.joined_by_and(toks, b, e) {
            e = end;
        }
        if b >= e {
            return None;
        }
        Some(match self.government_of(toks, b) {
            Some((span, key)) => (span, key, e),
            None => (b, b, e),
        })
    }

    /// A name as written, with the words a rule took in before it capitalised:
    /// "Provincial Government of Jujuy".
    pub fn surface(&self, toks: &[Tok<'_>]) -> String {
        toks.iter()
            .map(|t| {
                if t.is_cap()
                    || !t.word
                    || self.function(t)
                    || (t.text.len() <= 4 && self.lx.has("org-heads", &t.norm))
                    || self.lx.has("connectors", &t.norm)
                    || self.lx.has("determiners", &t.norm)
                {
                    t.text.to_owned()
                } else {
                    let mut c = t.text.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `Name (ACR)` right after a name: the acronym it defines.
    pub fn defined_acronym(&self, toks: &[Tok<'_>], e: usize) -> Option<String> {
        let (open, acr, close) = (toks.get(e)?, toks.get(e + 1)?, toks.get(e + 2)?);
        (open.is_punct("(")
            && close.is_punct(")")
            && (acr.is_acronym() || short_form(acr.text))
            && !self.lx.has("non-org-acronyms", &acr.norm))
        .then(|| acr.text.to_owned())
    }

    /// Does `acr` spell the words `a..b`? Capitalised words give a letter each; small
    /// words ("of", "and") may or may not ("DOLE": Department Of Labor and Employment).
    pub fn spells(&self, toks: &[Tok<'_>], a: usize, b: usize, acr: &str) -> bool {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let words: Vec<(char, bool)> = toks[a..b]
            .iter()
            .filter(|t| t.word)
            .filter_map(|t| {
                let first = t.norm.chars().next()?;
                let optional =
                    !t.is_cap() || self.function(t) || self.lx.has("connectors", &t.norm);
                Some((first, optional))
            })
            .collect();
        // reach[j] = letters 0..j can be spelled by the words seen so far.
        let mut reach = vec![false; letters.len() + 1];
        reach[0] = true;
        for (c, optional) in words {
            let mut next = vec![false; letters.len() + 1];
            for j in 0..=letters.len() {
                if !reach[j] {
                    continue;
                }
                if optional {
                    next[j] = true;
                }
                if j < letters.len() && letters[j] == c {
                    next[j + 1] = true;
                }
            }
            reach = next;
        }
        reach[letters.len()]
    }

    /// Where a name starts when the acronym after it spells words before the run too:
    /// "Department of Occupational Safety and Health (DOSH)".
    pub fn acronym_start(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        let acr = self.defined_acronym(toks, e)?;
        if self.spells(toks, b, e, &acr) {
            return None;
        }
        // The latest start that spells it: "Philippine Department of Labor and
        // Employment (DOLE)" is the Department, not the Philippines.
        let mut k = b;
        while k > 0 && b - k < 10 {
            k -= 1;
            let t = &toks[k];
            // "Construction, Forestry and Maritime Employees Union (CFMEU)": a comma too.
            let joins = (t.word
                && (t.is_cap() || matches!(t.norm.as_str(), "and" | "of" | "for" | "&")))
                || t.is_punct(",");
            if !joins || t.poss {
                return None;
            }
            if t.is_cap() && self.spells(toks, k, e, &acr) {
                return Some(k);
            }
        }
        None
    }

    /// "Construction, Forestry and Maritime Employees Union (CFMEU)": a name that goes on
    /// through commas and "and" to an acronym that spells it from its first word.
    pub fn acronym_end(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        let mut k = e;
        while k < toks.len() && k - e < 12 {
            let t = &toks[k];
            if t.is_punct("(") {
                break;
            }
            let joins = t.is_punct(",")
                || (t.word
                    && (t.is_cap() || matches!(t.norm.as_str(), "and" | "of" | "for" | "&")));
            if !joins {
                return None;
            }
            k += 1;
        }
        if k == e || !toks[k - 1].is_cap() {
            return None;
        }
        let acr = self.defined_acronym(toks, k)?;
        self.spells(toks, b, k, &acr).then_some(k)
    }

    /// "Ministry of Industry, Energy and Mining": after an organisation head and "of", a
    /// list of capitalised words through commas to a last "and" is the name's own list.
    pub fn headed_list(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        let headed =
            (b + 1..e).any(|c| toks[c].norm == "of" && self.lx.has("org-heads", &toks[c - 1].norm));
        if !headed || !toks.get(e).is_some_and(|t| t.is_punct(",")) {
            return None;
        }
        let mut k = e;
        while toks.get(k).is_some_and(|t| t.is_punct(","))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_cap() && !self.function(t))
        {
            k += 2;
            while self.continues(toks, k) {
                k += 1;
            }
        }
        let and = toks.get(k).is_some_and(|t| t.norm == "and");
        if !and
            || !toks
                .get(k + 1)
                .is_some_and(|t| t.is_cap() && !self.function(t))
        {
            return None;
        }
        k += 2;
        while self.continues(toks, k) {
            k += 1;
        }
        // Only a short list: four items at most.
        (k - e <= 8).then_some(k)
    }

    /// "Food and Drug Administration": names joined by "and" are one when what follows
    /// ends like an organisation, or when an acronym after them spells the whole.
    pub fn joined_by_and(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        if !toks
            .get(e)
            .is_some_and(|t| t.norm == "and" || t.norm == "&")
            || toks[e - 1].poss
        {
            return None;
        }
        let mut k = e + 1;
        while self.continues(toks, k) {
            k += 1;
            if toks[k - 1].poss {
                break;
            }
        }
        if k == e + 1 {
            return None;
        }
        let spelled = self
            .defined_acronym(toks, k)
            .is_some_and(|acr| self.spells(toks, b, k, &acr));
        // "National Association of Judiciary Interpreters and Translators": an
        // organisation head before "of" or "for" carries the name across "and".
        let headed = (b + 1..e).any(|c| {
            matches!(toks[c].norm.as_str(), "of" | "for")
                && self.lx.has("org-heads", &toks[c - 1].norm)
        }) && k - e <= 4
            // Not when the second name goes on: "… and Banco de México".
            && !toks.get(k).is_some_and(|t| t.word && self.lx.has("connectors", &t.norm));
        (spelled || headed || self.lx.has("org-heads", &toks[k - 1].norm)).then_some(k)
    }

    /// A run joined by "and" to a name that defines an acronym spelling only their end:
    /// "Malaysia’s Department of Occupational Safety and Health (DOSH)" is the
    /// Department…: (start, end) of the spelled name.
    pub fn spelled_across_and(
        &self,
        toks: &[Tok<'_>],
        b: usize,
        e: usize,
    ) -> Option<(usize, usize)> {
        if !toks
            .get(e)
            .is_some_and(|t| t.norm == "and" || t.norm == "&")
        {
            return None;
        }
        let mut k = e + 1;
        while self.continues(toks, k) && !toks[k].poss {
            k += 1;
        }
        let acr = self.defined_acronym(toks, k)?;
        (b..e)
            .find(|&s| toks[s].is_cap() && self.spells(toks, s, k, &acr))
            .map(|s| (s, k))
    }
}
