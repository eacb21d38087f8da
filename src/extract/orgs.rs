//! Organisations no list names, found by evidence. Every capitalised name on the page
//! that no alias and no episode covers is scored, over all its occurrences together:
//! for an organisation, a head noun ("… Authority", "… Securities"), a bracketed acronym
//! that it defines, an apposition ("the grid operator X", "X, the utility"), a verb of
//! agency after it, a possessive, coordination with a known organisation; against, a
//! place (gazetteer, geographic head), a person (given name, title), a law or
//! programme head, an abbreviation that is never an organisation. What scores high
//! enough is an organisation, with the strongest rule kept for the merge report.

use super::lexicon::Lexicon;
use super::reference::ActorKind;
use super::tokens::Tok;
use std::collections::{BTreeMap, HashMap};

/// Score from which a name is an organisation.
const THRESHOLD: f64 = 2.5;

/// One occurrence of a capitalised name in a section.
#[derive(Debug, Clone)]
pub struct Occurrence {
    /// Index of the section in the page's prepared sections.
    pub section: usize,
    pub start: usize,
    pub end: usize,
}

/// A name typed as an organisation on this page.
#[derive(Debug, Clone)]
pub struct Found {
    /// Canonical name (the full name when an acronym was defined).
    pub name: String,
    pub kind: ActorKind,
    /// The strongest evidence: org-head, acronym, apposition, agency, possessive,
    /// coordination, short-form, multiword.
    pub rule: &'static str,
    /// Other names it went by on the page (its acronym, its short form).
    pub aliases: Vec<String>,
    pub occurrences: Vec<Occurrence>,
}

#[derive(Debug, Default)]
struct Votes {
    surface: String,
    score: f64,
    best: (f64, &'static str),
    kinds: BTreeMap<ActorKind, f64>,
    occurrences: Vec<Occurrence>,
    acronym: Option<String>,
    person: bool,
    /// The surname, when the name starts with a given name.
    given: Option<String>,
    coordinated: bool,
    /// Keys written next to this one in a list ("X, Y and Z").
    siblings: Vec<String>,
}

impl Votes {
    fn add(&mut self, score: f64, rule: &'static str, kind: Option<ActorKind>) {
        self.score += score;
        if score > self.best.0 {
            self.best = (score, rule);
        }
        if let Some(k) = kind {
            *self.kinds.entry(k).or_default() += score.max(0.5);
        }
    }
}

fn kind_of(value: &str) -> Option<ActorKind> {
    serde_json::from_value(serde_json::Value::String(value.to_owned())).ok()
}

/// One section, tokenised, with the byte ranges already taken (aliases, episodes).
pub struct Section<'a> {
    pub toks: Vec<Tok<'a>>,
    pub taken: Vec<(usize, usize)>,
    /// Titles capitalise every word: names there prove nothing.
    pub title_case: bool,
}

pub struct Finder<'a> {
    pub lx: &'a Lexicon,
    /// Normalised names of organisations known already (reference actors on the page).
    pub known_orgs: Vec<String>,
}

impl Finder<'_> {
    fn has(&self, list: &str, t: Option<&Tok<'_>>) -> bool {
        t.is_some_and(|t| t.word && self.lx.has(list, &t.norm))
    }

    /// End of the capitalised run starting at `i`, or `None` when `i` starts no name.
    fn run(&self, toks: &[Tok<'_>], i: usize) -> Option<usize> {
        let t = &toks[i];
        if !t.is_cap() || self.lx.has("function-words", &t.norm) {
            return None;
        }
        if i > 0
            && toks[i - 1].is_cap()
            && !toks[i - 1].poss
            && !self.lx.has("function-words", &toks[i - 1].norm)
        {
            return None;
        }
        let mut e = i + 1;
        while !toks[e - 1].poss {
            match toks.get(e) {
                Some(n) if n.is_cap() && !self.lx.has("function-words", &n.norm) => e += 1,
                // "Surfers Against Sewage", "Atoms for Peace": a capitalised small word
                // inside a name, when a capitalised word follows it.
                Some(n)
                    if n.is_cap()
                        && toks.get(e + 1).is_some_and(|m| {
                            m.is_cap() && !self.lx.has("function-words", &m.norm)
                        }) =>
                {
                    e += 2
                }
                Some(n)
                    if n.word
                        && self.lx.has("connectors", &n.norm)
                        && toks.get(e + 1).is_some_and(|m| m.is_cap()) =>
                {
                    e += 2
                }
                _ => break,
            }
        }
        // Leading words that never start a name ("The", "Several", "AI").
        Some(e)
    }

    /// Finds the organisations of a page.
    pub fn find(&self, sections: &[Section<'_>]) -> Vec<Found> {
        let mut votes: HashMap<String, Votes> = HashMap::new();
        let mut acronyms: HashMap<String, String> = HashMap::new();
        let mut persons: Vec<String> = Vec::new();
        for (si, s) in sections.iter().enumerate() {
            let mut list: Vec<String> = Vec::new();
            let mut separated = false;
            let mut i = 0;
            while i < s.toks.len() {
                let Some(mut e) = self.run(&s.toks, i) else {
                    // A list goes on through commas and "and"; anything else ends it.
                    let t = &s.toks[i];
                    // "Getty versus Stability AI": the parties of a dispute are alike too.
                    if t.is_punct(",")
                        || matches!(t.norm.as_str(), "and" | "or" | "versus" | "vs" | "v")
                    {
                        separated = true;
                    } else if t.norm != "the" {
                        list.clear();
                    }
                    i += 1;
                    continue;
                };
                // Two names with no separator between them are no list ("Google’s Chilean").
                if !separated {
                    list.clear();
                }
                separated = false;
                let mut b = i;
                let at_start = i == 0
                    || s.toks[i - 1].is_punct(".")
                    || s.toks[i - 1].is_punct("“")
                    || s.toks[i - 1].is_punct("\"");
                while b < e
                    && (self.lx.has("function-words", &s.toks[b].norm)
                        || self.lx.has("connectors", &s.toks[b].norm)
                        || (self.lx.has("non-actors", &s.toks[b].norm)
                            && !s.toks[b].is_acronym()
                            && (at_start || e - b == 1)))
                {
                    b += 1;
                }
                if b < e
                    && e - b == 1
                    && self.lx.has("non-actors", &s.toks[b].norm)
                    && !s.toks[b].is_acronym()
                {
                    b = e;
                }
                if let Some(start) = self.acronym_start(&s.toks, b, e) {
                    b = start;
                } else if let Some(end) = self.joined_by_and(&s.toks, b, e) {
                    e = end;
                }
                if b == e {
                    i = e;
                    continue;
                }
                let (start, end) = (s.toks[b].start, s.toks[e - 1].end);
                let key = s.toks[b..e]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if s.title_case || s.taken.iter().any(|&(a, z)| start < z && a < end) {
                    // A known name stays in the list: "Getty versus Stability AI".
                    i = e;
                    list.push(key);
                    continue;
                }
                let v = votes.entry(key.clone()).or_default();
                if v.surface.is_empty() {
                    v.surface = s.toks[b..e]
                        .iter()
                        .map(|t| t.text)
                        .collect::<Vec<_>>()
                        .join(" ");
                }
                v.occurrences.push(Occurrence {
                    section: si,
                    start,
                    end,
                });
                self.evidence(&s.toks, b, e, v, &mut persons);
                if let Some(acr) = self.defined_acronym(&s.toks, e) {
                    v.acronym = Some(acr.clone());
                    acronyms.insert(acr.to_lowercase(), key.clone());
                    e += 3;
                }
                for other in &list {
                    v.siblings.push(other.clone());
                }
                for other in &list {
                    if let Some(o) = votes.get_mut(other) {
                        o.siblings.push(key.clone());
                    }
                }
                list.push(key);
                i = e;
            }
        }
        self.decide(votes, acronyms, persons)
    }

    /// Where a name starts when the acronym after it spells words before the run too:
    /// "Department of Occupational Safety and Health (DOSH)".
    fn acronym_start(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        let acr = self.defined_acronym(toks, e)?;
        let letters: String = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let initials = |from: usize| -> String {
            toks[from..e]
                .iter()
                .filter(|t| {
                    t.is_cap()
                        && !self.lx.has("connectors", &t.norm)
                        && !self.lx.has("function-words", &t.norm)
                })
                .filter_map(|t| t.norm.chars().next())
                .collect()
        };
        if initials(b) == letters {
            return None;
        }
        let mut k = b;
        while k > 0 && b - k < 10 {
            k -= 1;
            let t = &toks[k];
            let joins = t.is_cap() || matches!(t.norm.as_str(), "and" | "of" | "for" | "&");
            if !joins || t.poss {
                break;
            }
            if t.is_cap() && initials(k) == letters {
                return Some(k);
            }
        }
        None
    }

    /// "Food and Drug Administration": names joined by "and" are one when what follows
    /// ends like an organisation.
    fn joined_by_and(&self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<usize> {
        if !toks
            .get(e)
            .is_some_and(|t| t.norm == "and" || t.norm == "&")
            || toks[e - 1].poss
        {
            return None;
        }
        let mut k = e + 1;
        while toks
            .get(k)
            .is_some_and(|t| t.is_cap() && !self.lx.has("function-words", &t.norm))
        {
            k += 1;
            if toks[k - 1].poss {
                break;
            }
        }
        if k == e + 1 {
            return None;
        }
        // …or when the acronym after it spells the whole: "Safety and Health (DOSH)".
        let spelled = self.defined_acronym(toks, k).is_some_and(|acr| {
            let initials: String = toks[b..k]
                .iter()
                .filter(|t| {
                    t.is_cap()
                        && !self.lx.has("connectors", &t.norm)
                        && !self.lx.has("function-words", &t.norm)
                })
                .filter_map(|t| t.norm.chars().next())
                .collect();
            initials == acr.to_lowercase()
        });
        (spelled || self.lx.has("org-heads", &toks[k - 1].norm)).then_some(k)
    }

    /// `Name (ACR)` right after a name: the acronym it defines.
    fn defined_acronym(&self, toks: &[Tok<'_>], e: usize) -> Option<String> {
        let (open, acr, close) = (toks.get(e)?, toks.get(e + 1)?, toks.get(e + 2)?);
        (open.is_punct("(")
            && close.is_punct(")")
            && acr.is_acronym()
            && !self.lx.has("non-org-acronyms", &acr.norm))
        .then(|| acr.text.to_owned())
    }

    fn evidence(
        &self,
        toks: &[Tok<'_>],
        b: usize,
        e: usize,
        v: &mut Votes,
        persons: &mut Vec<String>,
    ) {
        let words: Vec<&Tok<'_>> = toks[b..e]
            .iter()
            .filter(|t| !self.lx.has("connectors", &t.norm))
            .collect();
        if words.is_empty() {
            return;
        }
        let (first, last) = (words[0], words[words.len() - 1]);
        let multi = words.len() >= 2;
        let key = toks[b..e]
            .iter()
            .map(|t| t.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let prev = b.checked_sub(1).map(|p| &toks[p]);
        // Against: people, places, laws and programmes, abbreviations of things.
        if self.has("person-titles", prev) || (multi && first.text.len() == 1) {
            v.person = true;
            v.add(-6.0, "person", None);
            persons.push(last.norm.clone());
            return;
        }
        if multi && self.lx.has("given-names", &first.norm) && !self.lx.has("org-heads", &last.norm)
        {
            // "Samuel Insull", but also "John Deere": strong evidence may still win.
            v.add(-3.0, "person", None);
            v.given = Some(last.norm.clone());
        }
        if self.lx.has("not-actor-heads", &last.norm) {
            v.add(-6.0, "law-or-programme", None);
        }
        if first.is_acronym() && !multi && self.lx.has("non-org-acronyms", &first.norm) {
            v.add(-6.0, "abbreviation", None);
        }
        if !multi
            && first.text.ends_with('s')
            && first.text[..first.text.len() - 1]
                .chars()
                .all(|c| c.is_uppercase())
        {
            v.add(-6.0, "plural-abbreviation", None);
        }
        let mid_sentence = prev.is_some_and(|p| p.word);
        let org_head = self
            .lx
            .list("org-heads")
            .get(&last.norm)
            .filter(|k| multi || last.is_acronym() || (mid_sentence && *k == "public-body"));
        if org_head.is_none() {
            if let Some(kind) = self.lx.list("places").get(&key) {
                v.add(
                    if matches!(kind, "country" | "subdivision") {
                        -4.0
                    } else {
                        -2.5
                    },
                    "place",
                    None,
                );
            }
            if self.lx.has("place-heads", &last.norm) && multi {
                v.add(-5.0, "place", None);
            }
            if multi && self.lx.has("place-prefixes", &first.norm) {
                v.add(-2.5, "place", None);
            }
        }
        // For: what organisations look like and do.
        if let Some(kind) = org_head {
            v.add(3.0, "org-head", kind_of(kind));
        }
        if self.defined_acronym(toks, e).is_some() {
            v.add(3.0, "acronym", None);
        }
        if let Some(kind) = self.apposition(toks, b, e) {
            v.add(3.0, "apposition", kind_of(kind));
        }
        let mut n = e;
        if self.defined_acronym(toks, e).is_some() {
            n += 3;
        }
        let next = toks.get(n);
        if self.has("agency-verbs", next) && !toks[e - 1].poss {
            v.add(1.5, "agency", None);
        }
        if toks[e - 1].poss && next.is_some_and(|t| t.word && !t.is_cap()) {
            v.add(1.5, "possessive", None);
        }
        // "It serves Dominion", "quotes Teleperformance", "managed by Macquarie".
        let object = self.has("object-verbs", prev)
            || (prev.is_some_and(|p| p.norm == "by")
                && b >= 2
                && toks[b - 2].word
                && !toks[b - 2].is_cap()
                && toks[b - 2].norm.ends_with("ed"));
        if object {
            v.add(1.5, "object", None);
        }
        if let Some(kind) = self.list_intro(toks, b) {
            v.add(3.0, "apposition", kind_of(kind));
        }
        if next.is_some_and(|t| t.is_punct(","))
            && toks
                .get(n + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "whose" | "which"))
        {
            v.add(1.0, "relative", None);
        }
        if multi {
            v.add(1.5, "multiword", None);
        } else if first.text.chars().skip(1).any(char::is_uppercase) && !first.is_acronym() {
            v.add(1.0, "camel-case", None);
        }
    }

    /// "the grid operator X", "state development agency X", "X, the utility": the
    /// kind the organisation noun gives.
    fn apposition<'t>(&'t self, toks: &[Tok<'_>], b: usize, e: usize) -> Option<&'t str> {
        let nouns = self.lx.list("org-nouns");
        for k in 1..=2 {
            let Some(n) = b.checked_sub(k).map(|p| &toks[p]) else {
                break;
            };
            if !n.word || n.is_cap() {
                break;
            }
            if let Some(kind) = nouns.get(&n.norm) {
                // "the utility X", "state development agency X"; not "to fund X".
                let det = b.checked_sub(k + 1).map(|p| &toks[p]);
                let ok = det.is_none_or(|d| {
                    !d.word
                        || matches!(d.norm.as_str(), "the" | "a" | "an" | "its" | "their")
                        || !self.lx.has("function-words", &d.norm)
                });
                return ok.then_some(kind);
            }
        }
        // "the BigScience collaboration", "the Teamsters union": the noun right after.
        let mut k = e;
        while toks
            .get(k)
            .is_some_and(|t| !t.word && matches!(t.text, "*" | "”" | "’"))
        {
            k += 1;
        }
        let the = b
            .checked_sub(1)
            .is_some_and(|p| toks[p].norm == "the" || matches!(toks[p].text, "*" | "“"));
        if let Some(kind) = toks
            .get(k)
            .filter(|t| t.word && !t.is_cap() && the)
            .and_then(|t| nouns.get(&t.norm))
        {
            return Some(kind);
        }
        // ", the/a [one or two words] NOUN"
        if !toks.get(e).is_some_and(|t| t.is_punct(",")) {
            return None;
        }
        if !toks
            .get(e + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "the" | "a" | "an"))
        {
            return None;
        }
        toks.get(e + 2..(e + 5).min(toks.len()))?
            .iter()
            .take_while(|t| t.word)
            .find_map(|t| nouns.get(&t.norm))
    }

    /// "platforms such as X", "the start-ups, among them X": a list introduced after an
    /// organisation noun (singular or plural).
    fn list_intro<'t>(&'t self, toks: &[Tok<'_>], b: usize) -> Option<&'t str> {
        let words: Vec<&str> = toks[b.saturating_sub(2)..b]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let skip = match words.as_slice() {
            ["such", "as"] | ["among", "them"] => 2,
            [_, "including"] | [_, "like"] => 1,
            _ => return None,
        };
        let nouns = self.lx.list("org-nouns");
        toks[b.saturating_sub(skip + 4)..b - skip]
            .iter()
            .rev()
            .filter(|t| t.word)
            .find_map(|t| {
                nouns
                    .get(&t.norm)
                    .or_else(|| nouns.get(t.norm.strip_suffix('s')?))
            })
    }

    fn decide(
        &self,
        mut votes: HashMap<String, Votes>,
        acronyms: HashMap<String, String>,
        persons: Vec<String>,
    ) -> Vec<Found> {
        // A bare acronym the page defined is the full name, wherever it stands.
        for (acr, full) in &acronyms {
            if let Some(a) = votes.remove(acr) {
                if let Some(f) = votes.get_mut(full) {
                    f.occurrences.extend(a.occurrences);
                    f.score += a.score.max(0.0);
                }
            }
        }
        // Surnames of people named in full ("Insull" after "Samuel Insull").
        for p in &persons {
            if let Some(v) = votes.get_mut(p) {
                v.person = true;
            }
        }
        // Surnames of people named in full ("Insull" after "Samuel Insull").
        let surnames: Vec<String> = votes
            .values()
            .filter(|v| v.score < THRESHOLD)
            .filter_map(|v| v.given.clone())
            .collect();
        for p in &surnames {
            if let Some(v) = votes.get_mut(p) {
                v.person = true;
            }
        }
        // Coordination with an organisation counts for the others in the list ("Dow and
        // Honeywell"), twice over so that a list of new names can carry itself.
        for _ in 0..2 {
            let orgs: Vec<String> = votes
                .iter()
                .filter(|(_, v)| v.score >= THRESHOLD && !v.person)
                .map(|(k, _)| k.clone())
                .chain(self.known_orgs.iter().cloned())
                .collect();
            for v in votes.values_mut() {
                let org = |s: &String| {
                    orgs.contains(s) || acronyms.get(s).is_some_and(|f| orgs.contains(f))
                };
                if !v.coordinated && v.siblings.iter().any(org) {
                    v.coordinated = true;
                    v.add(2.5, "coordination", None);
                }
            }
        }
        // Short forms: "Dominion" after "Dominion Energy", "Deere" after "John Deere".
        let full: Vec<(String, Vec<String>)> = votes
            .iter()
            .filter(|(k, v)| v.score >= THRESHOLD && !v.person && k.contains(' '))
            .map(|(k, _)| (k.clone(), k.split(' ').map(str::to_owned).collect()))
            .collect();
        let mut merged: Vec<(String, String)> = Vec::new();
        for (k, v) in &votes {
            if k.contains(' ')
                || v.person
                || v.score >= THRESHOLD + 3.0
                || self.lx.has("generic-capitals", k)
            {
                continue;
            }
            // "Dominion" for "Dominion Energy" (a name and one organisation word);
            // "Deere" for "John Deere" (a given name and a surname). Not "Penang" for
            // "Penang Development Corporation": the place a body is named after.
            let owners: Vec<&String> = full
                .iter()
                .filter(|(_, w)| {
                    w.len() == 2
                        && ((w[0] == *k && self.lx.has("org-heads", &w[1]))
                            || (w[1] == *k && self.lx.has("given-names", &w[0])))
                })
                .map(|(f, _)| f)
                .collect();
            if let [one] = owners.as_slice() {
                merged.push((k.clone(), (*one).clone()));
            }
        }
        for (short, long) in merged {
            if let Some(s) = votes.remove(&short) {
                if let Some(l) = votes.get_mut(&long) {
                    l.occurrences.extend(s.occurrences);
                    l.siblings.push(short);
                }
            }
        }
        let mut out: Vec<Found> = votes
            .into_iter()
            .filter(|(_, v)| v.score >= THRESHOLD && !v.person)
            .map(|(key, v)| {
                let kind = v
                    .kinds
                    .iter()
                    .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                    .map_or(ActorKind::Organisation, |(k, _)| *k);
                let mut aliases: Vec<String> = v.acronym.into_iter().collect();
                aliases.extend(
                    v.siblings
                        .into_iter()
                        .filter(|s| key.split(' ').any(|w| w == s)),
                );
                let name = v.surface.trim_start_matches("The ").to_owned();
                Found {
                    name,
                    kind,
                    rule: v.best.1,
                    aliases,
                    occurrences: v.occurrences,
                }
            })
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }
}
