//! Acronyms a name defines or spells: "Tennessee Valley Authority (TVA)", "DOLE" for
//! "Department Of Labor and Employment", a short form in mixed case ("BNetzA").

use super::names::Names;
use crate::extract::normalize::norm;
use crate::extract::tokens::Tok;

/// A word without the article elided before it: "environnement" of "l'environnement".
fn after_elision(word: &str) -> &str {
    match word.find(['\'', '’']) {
        Some(i) if (1..=4).contains(&i) && word[..i].chars().all(char::is_lowercase) => {
            &word[i + word[i..].chars().next().map_or(1, char::len_utf8)..]
        }
        _ => word,
    }
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
    /// A token that may stand inside a name an acronym spells: a capitalised word, a
    /// connector, a comma, or a small word of a remit ("Roundtable on Sustainable Palm
    /// Oil (RSPO)", "Organisation for the Prohibition of Chemical Weapons (OPCW)").
    fn joins_acronym_name(&self, t: &Tok<'_>) -> bool {
        t.is_punct(",")
            || (t.word
                && (t.is_cap()
                    || self.lx.has("connectors", &t.norm)
                    || matches!(t.norm.as_str(), "and" | "on" | "in" | "against" | "the")))
    }

    /// `Name (ACR)` right after a name: the acronym it defines.
    pub fn defined_acronym(&self, toks: &[Tok<'_>], e: usize) -> Option<String> {
        self.defined_short_form(toks, e).map(|(text, _)| text)
    }

    /// `Name (ACR)` or `Name (ACR Place)` right after a name: the short form it defines
    /// and how many tokens the brackets take. A regional body's acronym often carries its
    /// region ("Regional Agency for Environmental Protection of Apulia (ARPA Puglia)").
    pub fn defined_short_form(&self, toks: &[Tok<'_>], e: usize) -> Option<(String, usize)> {
        let (open, acr) = (toks.get(e)?, toks.get(e + 1)?);
        // Or one capitalised word a body goes by in its own language: "the Icelandic
        // Environment Association (Landvernd)", "Sociedad Minera de Santander (Minesa)";
        // not a place ("(Ghana)").
        let own_name = acr.is_cap()
            && acr.text.chars().count() >= 4
            && toks.get(e + 2).is_some_and(|t| t.is_punct(")"))
            && e >= 2
            && toks[e - 1].is_cap()
            && toks[e - 2].word
            && toks[e - 2].norm != "and"
            && !self.lx.has("places", &acr.norm)
            && !self.lx.has("non-actors", &acr.norm);
        if !open.is_punct("(")
            || !(acr.is_acronym() || short_form(acr.text) || own_name)
            || self.lx.has("non-org-acronyms", &acr.norm)
        {
            return None;
        }
        // At most two capitalised words after the acronym, then the closing bracket.
        let mut close = e + 2;
        while close < e + 4 && toks.get(close).is_some_and(|t| t.word && t.is_cap()) {
            close += 1;
        }
        toks.get(close)?.is_punct(")").then(|| {
            let words: Vec<&str> = toks[e + 1..close].iter().map(|t| t.text).collect();
            (words.join(" "), close + 1 - e)
        })
    }

    /// Does `acr` spell the words `a..b`? Capitalised words give a letter each; small
    /// words ("of", "and") may or may not ("DOLE": Department Of Labor and Employment).
    pub fn spells(&self, toks: &[Tok<'_>], a: usize, b: usize, acr: &str) -> bool {
        self.spells_as(toks, a, b, acr, false)
    }

    /// Like [`Self::spells`], with every word but small ones giving its letter, in lower
    /// case too: "Bureau d'audiences publiques sur l'environnement (BAPE)".
    fn spells_every_word(&self, toks: &[Tok<'_>], a: usize, b: usize, acr: &str) -> bool {
        self.spells_as(toks, a, b, acr, true)
    }

    fn spells_as(&self, toks: &[Tok<'_>], a: usize, b: usize, acr: &str, every: bool) -> bool {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let words: Vec<(char, bool)> = toks[a..b]
            .iter()
            .filter(|t| t.word)
            .filter_map(|t| {
                let first = norm(after_elision(t.text)).chars().next()?;
                let small = self.function(t) || self.lx.has("connectors", &t.norm);
                Some((first, small || (!every && !t.is_cap())))
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
            let joins = self.joins_acronym_name(t);
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
        // Words in lower case go on a name only when the acronym spells every one of
        // them: "Bureau d'audiences publiques sur l'environnement (BAPE)".
        let mut lower = false;
        while k < toks.len() && k - e < 12 {
            let t = &toks[k];
            if t.is_punct("(") {
                break;
            }
            if !self.joins_acronym_name(t) {
                if !t.word {
                    return None;
                }
                lower = true;
            }
            k += 1;
        }
        if k == e || (!lower && !toks[k - 1].is_cap()) {
            return None;
        }
        let acr = self.defined_acronym(toks, k)?;
        let spelled = if lower {
            self.spells_every_word(toks, b, k, &acr)
        } else {
            self.spells(toks, b, k, &acr)
        };
        spelled.then_some(k)
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
