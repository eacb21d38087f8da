//! Names joined by "and" that are one name: a head's own list ("Ministry of Industry,
//! Energy and Mining"), a remit after "and the", and two runs an organisation's head or
//! an acronym carries across "and".

use super::names::Names;
use crate::extract::tokens::Tok;

impl Names<'_> {
    /// An organisation head before "of", "for" or "to" (or "of" in another language)
    /// inside `b..e`: "Ministry of…", "Agency for…", "Committee to Protect…", "Consejo
    /// Nacional en Defensa de…".
    fn head_before_of(&self, toks: &[Tok<'_>], b: usize, e: usize) -> bool {
        (b + 1..e).any(|c| {
            matches!(
                toks[c].norm.as_str(),
                "of" | "for" | "to" | "de" | "del" | "des" | "du" | "da" | "do" | "di" | "en"
            ) && (b..c).any(|h| self.lx.has("org-heads", &toks[h].norm))
        })
    }

    /// "Ministry of Industry, Energy and Mining", "Regulatory Authority for Energy, Waste
    /// and Water", "Department of Climate Change, Energy, the Environment and Water":
    /// after an organisation head and "of" or "for", a list of capitalised words (each
    /// perhaps after "the") through commas to a last "and" is the name's own list.
    pub fn headed_list(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        if !self.head_before_of(toks, b, e) || !toks.get(e).is_some_and(|t| t.is_punct(",")) {
            return None;
        }
        // Where the item after the separator at `k` ends, if one follows: not one after
        // "the" that ends like an organisation ("…, the Treasury and the Central Bank"
        // are bodies; "Energy" and "Local Government" are remits).
        let item = |k: usize| {
            let from = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.text == "the"));
            if !toks
                .get(from)
                .is_some_and(|t| t.is_cap() && !self.function(t))
            {
                return None;
            }
            let mut at = from + 1;
            while self.continues(toks, at) {
                at += 1;
            }
            let body = from > k + 1 && self.lx.has("org-heads", &toks[at - 1].norm);
            (!body).then_some(at)
        };
        let mut k = e;
        while toks.get(k).is_some_and(|t| t.is_punct(",")) {
            let Some(end) = item(k) else { break };
            k = end;
        }
        // A serial comma before the last "and": "… for Energy, Ecology, and Development".
        if k > e
            && toks.get(k).is_some_and(|t| t.is_punct(","))
            && toks.get(k + 1).is_some_and(|t| t.norm == "and")
        {
            k += 1;
        }
        // The last item after "and", or its word in the name's language: "Consejo
        // Nacional en Defensa de la Tierra, Lago y Soberanía".
        if toks
            .get(k)
            .is_none_or(|t| !matches!(t.norm.as_str(), "and" | "y" | "e" | "et"))
        {
            return None;
        }
        k = item(k)?;
        // Only a short list: four items at most.
        (k - e <= 9).then_some(k)
    }

    /// "National Institute for Public Health and the Environment": a remit after "for"
    /// goes on past "and the" when one or two capitalised words close it that do not end
    /// like an organisation ("… for Racial Equality and the Home Office" is two bodies).
    fn remit_and_the(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        let remit = (b + 1..e)
            .any(|c| toks[c].norm == "for" && self.lx.has("org-heads", &toks[c - 1].norm));
        let the = toks.get(e + 1).is_some_and(|t| t.text == "the");
        if !remit || toks.get(e).is_none_or(|t| t.norm != "and") || !the {
            return None;
        }
        let from = e + 2;
        let mut k = from;
        while k < from + 3 && toks.get(k).is_some_and(|t| t.is_cap() && !t.is_acronym()) {
            k += 1;
        }
        let closes = (1..=2).contains(&(k - from))
            && !self.lx.has("org-heads", &toks[k - 1].norm)
            && !toks
                .get(k)
                .is_some_and(|t| t.word && self.lx.has("connectors", &t.norm));
        closes.then_some(k)
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
        if let Some(k) = self.remit_and_the(toks, b, e) {
            return Some(k);
        }
        let mut k = e + 1;
        while self.continues(toks, k) {
            k += 1;
            // A plural possessive goes on into the name: "Medical Workers' Union".
            if toks[k - 1].poss && !toks[k - 1].text.ends_with(['s', 'S']) {
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
        // Not when the second name goes on: "… and Banco de México".
        let goes_on = toks
            .get(k)
            .is_some_and(|t| t.word && self.lx.has("connectors", &t.norm));
        let headed = self.head_before_of(toks, b, e) && k - e <= 4 && !goes_on;
        if self.lx.has("org-heads", &toks[k - 1].norm) && self.remit_before_of(toks, b, e, k) {
            // Through "of" to the end of the name: "… Authority of India".
            let mut end = k + 1;
            while self.continues(toks, end) {
                end += 1;
            }
            return (end > k + 1).then_some(end);
        }
        if let Some(end) = self.remits_of(toks, b, e, k) {
            return Some(end);
        }
        let head_last = self.lx.has("org-heads", &toks[k - 1].norm) && !goes_on;
        (spelled || headed || head_last).then_some(k)
    }

    /// "Agency for Protection and Development of Competition": after a head and "for"
    /// or "of", remits joined by "and" go on through "of" when the second has no head of
    /// its own (where "… and Bank of Korea" is a second body). `k` ends the second's
    /// capitalised words.
    fn remits_of(&self, toks: &[Tok<'_>], b: usize, e: usize, k: usize) -> Option<usize> {
        let head = |c: usize| self.lx.has("org-heads", &toks[c].norm);
        if !self.head_before_of(toks, b, e)
            || toks.get(k).is_none_or(|t| t.norm != "of")
            || (e + 1..k).any(head)
        {
            return None;
        }
        let mut end = k + 1;
        while self.continues(toks, end) && end - k <= 2 {
            end += 1;
        }
        (end > k + 1 && end - e <= 6 && !(k + 1..end).any(head)).then_some(end)
    }

    /// "Food Safety and Standards Authority of India": words with no head among them
    /// before "and" (not "the Velm Commission for Ports and Bank of Velm"), and a short
    /// English name after it whose head stands before "of", are one name (where "… and
    /// Banco de México" is a second one).
    fn remit_before_of(&self, toks: &[Tok<'_>], b: usize, e: usize, k: usize) -> bool {
        let heads = self.lx.list("org-heads");
        // A public body's remits may be words that end companies' names: "Regional
        // Energy and Mines Directorate of Arequipa".
        let public = matches!(
            heads.get(&toks[k - 1].norm),
            Some("public-body" | "government")
        );
        toks.get(k).is_some_and(|t| t.norm == "of")
            && k - e <= 4
            && !(b..e).any(|c| match heads.get(&toks[c].norm) {
                None => false,
                Some("company") => !public,
                Some(_) => true,
            })
    }
}
