//! Where a capitalised name starts and ends: runs of capitalised words with their
//! connectors (names joined by "and" are in [`super::joins`], acronyms in
//! [`super::acronyms`]).

use super::super::lexicon::Lexicon;
use super::super::tokens::Tok;

pub(super) struct Names<'a> {
    pub lx: &'a Lexicon,
}

impl Names<'_> {
    pub(super) fn function(&self, t: &Tok<'_>) -> bool {
        self.lx.has("function-words", &t.norm)
    }

    /// A capitalised word that may continue a name: not a small word, unless another
    /// capitalised word follows it ("Surfers Against Sewage", "No Child Left Behind").
    pub(super) fn continues(&self, toks: &[Tok<'_>], e: usize) -> bool {
        let Some(n) = toks.get(e) else { return false };
        n.is_cap()
            && (!self.function(n)
                || toks
                    .get(e + 1)
                    .is_some_and(|m| m.is_cap() && !self.function(m)))
    }

    /// A word for one who holds an office, by its form or as a title: "Defender",
    /// "Prosecutor", "Ombudsman", "President" — not a place or a given name.
    fn office_holder(&self, word: &str) -> bool {
        let agent = ["er", "or", "man", "ist"].iter().any(|s| word.ends_with(s));
        (agent || self.lx.has("person-titles", word))
            && !self.lx.has("places", word)
            && !self.lx.has("given-names", word)
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
            let next = if toks[e - 1].poss {
                self.past_possessive(toks, e)
            } else {
                self.joined(toks, i, e)
            };
            match next {
                Some(n) => e = n,
                None => break,
            }
        }
        Some(self.tail(toks, i, e))
    }

    /// After a possessive at `e - 1`: where the name goes on to, or `None` where it ends.
    fn past_possessive(&self, toks: &[Tok<'_>], e: usize) -> Option<usize> {
        // A group of people as the possessor ("Red Flag Women's Movement") is part of
        // the name, whatever its last word.
        // "Fishermen's", "Craftsmen's": a plural in -men is people too (not "Yemen's").
        let word = toks[e - 1].norm.as_str();
        let men = word.len() > 5 && word.ends_with("men") && !self.lx.has("places", word);
        let people = self.lx.has("people-nouns", word) || men;
        if toks[e - 1].text.ends_with('s') || people {
            // "Home Owners' Loan Corporation": a plural possessive inside a name that
            // goes on to end like an organisation (not "Malaysia’s Department").
            let mut k = e;
            while self.continues(toks, k) && !toks[k].poss {
                k += 1;
            }
            let head = &toks[k.max(e) - 1].norm;
            let headed = people || self.lx.has("org-heads", head) || self.lx.has("org-nouns", head);
            (k > e && headed).then_some(k)
        } else {
            // "the Public Defender's Office", "the Ombudsman's Office": an office-
            // holder's office is one name; "Malaysia's Department" is two.
            let office = self.office_holder(&toks[e - 1].norm)
                && toks
                    .get(e)
                    .is_some_and(|n| n.is_cap() && self.lx.has("org-heads", &n.norm));
            office.then_some(e + 1)
        }
    }

    /// Past a run's word at `e - 1`: the next capitalised word or a connector and one,
    /// or `None` where the run of name `i..e` ends.
    fn joined(&self, toks: &[Tok<'_>], i: usize, e: usize) -> Option<usize> {
        if self.continues(toks, e) {
            Some(e + 1)
        } else if toks.get(e).is_some_and(|p| p.is_punct("."))
            && toks[e - 1].is_cap()
            && toks[e - 1].norm.len() <= 3
            && self.lx.has("abbreviations", &toks[e - 1].norm)
            && toks
                .get(e + 1)
                .is_some_and(|m| m.is_cap() && !self.function(m))
        {
            // An abbreviation's full stop inside a name: "RISE St. James".
            Some(e + 2)
        } else if toks
            .get(e)
            .is_some_and(|n| n.word && self.lx.has("connectors", &n.norm))
            && toks.get(e + 1).is_some_and(|m| m.is_cap())
        {
            Some(e + 2)
        } else if let Some(n) = (2..=3).find(|&n| {
            (e..e + n).all(|k| {
                toks.get(k)
                    .is_some_and(|c| c.word && !c.is_cap() && self.lx.has("connectors", &c.norm))
            }) && toks.get(e + n).is_some_and(|m| m.is_cap())
        }) {
            // Two or three connectors: "Coordinadora Campesina por la Vida", "de la
            // República", "del Agua y de la Vida".
            Some(e + n + 1)
        } else if toks
            .get(e)
            .is_some_and(|n| n.word && matches!(n.norm.as_str(), "on" | "to"))
            && self.lx.has("org-heads", &toks[e - 1].norm)
            && toks.get(e + 1).is_some_and(|m| {
                // A verb after "to" ("to Protect") is among the non-actors; a place is no
                // body's purpose ("the Commission to Brazil").
                let to = toks[e].norm == "to";
                m.is_cap()
                    && !self.function(m)
                    && !(to && self.lx.has("places", &m.norm))
                    && (to || !self.lx.has("non-actors", &m.norm))
            })
        {
            // What a body is on or for, after its head word: "Commission on
            // Sentencing", "Council on Foreign Relations", "Committee to Protect
            // Journalists" (not "Congress on Tuesday": days and months are among the
            // non-actors).
            Some(e + 2)
        } else if toks.get(e).is_some_and(|n| n.word && n.norm == "against")
            && (i..e).any(|h| self.lx.has("org-heads", &toks[h].norm))
            && toks
                .get(e + 1)
                .is_some_and(|m| m.is_cap() && !self.function(m) && !self.lx.has("places", &m.norm))
        {
            // What a body stands against, after its head: "Coordinating Committee of
            // Halkidiki Residents against Gold Mining", "Committee against Torture".
            Some(e + 2)
        } else if toks.get(e).is_some_and(|n| {
            n.word
                && (n.norm == "of"
                    || (n.norm == "for" && self.lx.has("org-heads", &toks[e - 1].norm)))
        }) && toks.get(e + 1).is_some_and(|n| n.text == "the")
            && toks
                .get(e + 2)
                .is_some_and(|m| m.is_cap() && !self.function(m))
            && !(e - i == 1
                && (self.lx.has("person-titles", &toks[i].norm)
                    || self.lx.has("non-actors", &toks[i].norm)))
        {
            // "Democratic Republic of the Congo", "Friends of the Earth"; a remit
            // after an organisation's head: "Integrity Council for the Voluntary
            // Carbon Market".
            Some(e + 3)
        } else {
            None
        }
    }

    /// What may follow a run of capitalised words `i..e` and still be its name: a
    /// number, a Romance remit in lower case, a legal form. Returns the new end.
    fn tail(&self, toks: &[Tok<'_>], i: usize, mut e: usize) -> usize {
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
        // A Romance body's head and its remit in lower case: "Corte dei conti",
        // "Tribunal de cuentas" (not "Commission of inquiry": English connectors stay out).
        let romance = |t: &Tok<'_>| {
            t.word
                && !t.is_cap()
                && !matches!(t.norm.as_str(), "of" | "for" | "and")
                && self.lx.has("connectors", &t.norm)
        };
        if e == i + 1
            && self.lx.has("org-heads", &toks[i].norm)
            && toks.get(e).is_some_and(romance)
            && toks
                .get(e + 1)
                .is_some_and(|t| t.word && !t.is_cap() && !self.function(t) && t.text.len() > 3)
        {
            e += 2;
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
        e
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
            // A capitalised article or connector inside a sentence begins a name in its
            // own language: "La Fraternidad", "De Beers".
            let foreign = t.is_cap() && !at_start && !self.function(t) && e - b >= 2;
            let drop = self.lx.has("determiners", &t.norm)
                || (self.lx.has("connectors", &t.norm) && !foreign)
                || (at_start && b == i && self.function(t))
                // ("The National Assembly should…": not before a head of its own, nor
                // before "and" and more of the name: "The Financial Oversight and
                // Management Board should…".)
                || (common
                    && (e - b == 1
                        || (at_start
                            && e - b == 2
                            && !self.lx.has("org-heads", &toks[e - 1].norm)
                            && !self.name_goes_on(toks, e))))
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

    /// The capitalised run ending before token `e` goes on past "and" or a connector
    /// into more capitalised words.
    fn name_goes_on(&self, toks: &[Tok<'_>], e: usize) -> bool {
        toks.get(e)
            .is_some_and(|t| t.norm == "and" || self.lx.has("connectors", &t.norm))
            && toks.get(e + 1).is_some_and(Tok::is_cap)
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

    /// Does the name `b..e` stand whole, as an item of a list would: after punctuation,
    /// a small word or a verb that takes names, and not before a noun for people ("the
    /// Juruna people") or a name cut at "in" ("Host in Ireland")?
    pub fn bounded(&self, toks: &[Tok<'_>], b: usize, e: usize) -> bool {
        let before = b == 0 || {
            let t = &toks[b - 1];
            !t.word
                || self.function(t)
                || self.lx.has("determiners", &t.norm)
                || self.lx.has("object-verbs", &t.norm)
        };
        let cut = toks.get(e).is_some_and(|t| {
            t.word
                && (self.lx.has("people-nouns", &t.norm)
                    || (t.norm == "in" && toks.get(e + 1).is_some_and(|n| n.is_cap())))
        });
        // A head alone after a lowercase word is the end of a name cut short: "Holdings"
        // of "Seven & i Holdings".
        let tail = e == b + 1
            && b > 0
            && toks[b - 1].word
            && !toks[b - 1].is_cap()
            && self.lx.has("org-heads", &toks[b].norm);
        before && !cut && !tail
    }

    /// A name as written, with the words a rule took in before it capitalised:
    /// "Provincial Government of Jujuy". A name that starts capitalised is written as
    /// it is: "Bureau d'audiences publiques sur l'environnement".
    pub fn surface(&self, toks: &[Tok<'_>]) -> String {
        let as_written = toks.first().is_some_and(|t| t.is_cap());
        let words: Vec<String> = toks
            .iter()
            .enumerate()
            .map(|(k, t)| {
                // A possessive inside the name stays: "Red Flag Women's Movement"; one
                // that ends it is the sentence's ("Insull's").
                let mark = match (t.poss && k + 1 < toks.len(), t.text.ends_with('s')) {
                    (false, _) => "",
                    (true, true) => "'",
                    (true, false) => "'s",
                };
                let word = if as_written {
                    t.text.to_owned()
                } else {
                    self.cased(t)
                };
                format!("{word}{mark}")
            })
            .collect();
        spaced(toks, &words)
    }

    /// A word of a name as the name writes it: common words capitalised.
    fn cased(&self, t: &Tok<'_>) -> String {
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
    }
}

/// Words apart, a comma or an abbreviation's full stop against the word before it:
/// "Energy, Waste and Water", "RISE St. James".
fn spaced(toks: &[Tok<'_>], words: &[String]) -> String {
    let mut out = String::new();
    for (t, w) in toks.iter().zip(words) {
        if !out.is_empty() && !t.is_punct(",") && !t.is_punct(";") && !t.is_punct(".") {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
