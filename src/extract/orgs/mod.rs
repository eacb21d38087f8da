//! Organisations no list names, found by evidence. Every capitalised name on the page
//! that no alias and no episode covers is scored over all its occurrences together
//! ([`evidence`]): for an organisation, a head noun ("… Authority"), an acronym it
//! defines, an apposition ("the grid operator X"), a verb of agency, a possessive,
//! coordination with a known organisation; against, a place, a person, a law, an
//! abbreviation that is never an organisation. What scores high enough is an
//! organisation, with its strongest rule kept for the merge report.

mod acronyms;
mod agency;
mod context;
mod evidence;
mod joins;
mod lists;
mod merge;
mod names;

use super::lexicon::Lexicon;
use super::reference::ActorKind;
use super::tokens::Tok;
use evidence::{Evidence, Weigh};
use names::Names;
use std::collections::{BTreeMap, HashMap};

/// Score from which a name is an organisation.
const THRESHOLD: f64 = 2.5;

/// One occurrence of a name in a section.
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
    /// The strongest evidence: org-head, acronym, apposition, agency, object,
    /// possessive, coordination, multiword, camel-case.
    pub rule: &'static str,
    /// Other names it went by on the page (its acronym, its short forms).
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
    /// Evidence of the name itself was counted (once per page).
    named: bool,
    person: bool,
    coordinated: bool,
    /// Written once at least as a whole item of a list: punctuation or a small word
    /// before it and after it ("…, and Indorama Agro, one of…"), not a fragment of a
    /// longer phrase ("Host" of "Host in Ireland", "the Juruna people").
    bounded: bool,
    /// Keys written next to this one in a list ("X, Y and Z").
    siblings: Vec<String>,
    /// Other keys merged into this one (short forms, acronyms).
    merged: Vec<String>,
}

impl Votes {
    fn add(&mut self, (score, rule, kind): Evidence) {
        self.score += score;
        if score > self.best.0 {
            self.best = (score, rule);
        }
        if let Some(k) = kind {
            *self.kinds.entry(k).or_default() += score.max(0.5);
        }
    }
    fn absorb(&mut self, other: Votes, key: String) {
        self.occurrences.extend(other.occurrences);
        self.score += other.score.max(0.0);
        self.merged.push(key);
    }
}

/// One section, tokenised, with the byte ranges already taken (aliases, episodes).
pub struct Section<'a> {
    pub toks: Vec<Tok<'a>>,
    pub taken: super::spans::Taken,
    /// Titles capitalise every word: names there prove nothing.
    pub title_case: bool,
}

pub struct Finder<'a> {
    pub lx: &'a Lexicon,
    /// Normalised names of organisations known already (reference actors on the page).
    pub known_orgs: Vec<String>,
}

/// One word whose last hyphenated part is lower case is an adjective made from a name
/// ("London-listed", "Paris-based", "state-owned"), not a name ("Coca-Cola",
/// "Rolls-Royce", "Chick-fil-A" end in a capital).
fn compound_adjective(surface: &str) -> bool {
    !surface.contains(' ')
        && surface
            .rsplit_once('-')
            .is_some_and(|(_, last)| !last.is_empty() && last.chars().all(char::is_lowercase))
}

fn join(toks: &[Tok<'_>]) -> String {
    toks.iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Barclays and Lloyds Banking Group" was read as one name (it ends like an
/// organisation), but the page names Barclays on its own too: two names. The joined
/// key's occurrences go to its last part.
fn split_lists(votes: &mut HashMap<String, Votes>) {
    let alone = |k: &str, votes: &HashMap<String, Votes>| {
        votes
            .get(k)
            .is_some_and(|v| v.score >= THRESHOLD && !v.person)
    };
    let joined: Vec<(String, String)> = votes
        .keys()
        .filter_map(|k| {
            let (a, b) = k.split_once(" and ")?;
            (alone(a, votes) || alone(b, votes)).then(|| (k.clone(), b.to_owned()))
        })
        .collect();
    for (k, last) in joined {
        let Some(mut v) = votes.remove(&k) else {
            continue;
        };
        if let Some((_, tail)) = v.surface.split_once(" and ") {
            v.surface = tail.to_owned();
        }
        match votes.get_mut(&last) {
            Some(l) => {
                l.occurrences.extend(v.occurrences);
                l.score += v.score.max(0.0);
            }
            None => {
                votes.insert(last, v);
            }
        }
    }
}

impl Finder<'_> {
    fn names(&self) -> Names<'_> {
        Names { lx: self.lx }
    }

    /// Finds the organisations of a page.
    pub fn find(&self, sections: &[Section<'_>]) -> Vec<Found> {
        let names = self.names();
        let weigh = Weigh {
            lx: self.lx,
            names: self.names(),
        };
        let mut votes: HashMap<String, Votes> = HashMap::new();
        let mut acronyms: HashMap<String, String> = HashMap::new();
        // Lists of names that are the object of a verb such as "serves" (see below).
        let mut objects: Vec<Vec<String>> = Vec::new();
        for (si, s) in sections.iter().enumerate() {
            let toks = &s.toks;
            let mut lists = lists::Lists::default();
            let mut i = 0;
            while i < toks.len() {
                let Some(e) = names.run(toks, i) else {
                    lists.between(self.lx, toks, i, &mut objects);
                    i += 1;
                    continue;
                };
                let in_clause = lists.at_name(&mut objects);
                let at_start = i == 0 || toks[i - 1].is_punct(".");
                let Some((b, kb, mut e)) = names.span(toks, i, e) else {
                    i = e.max(i + 1);
                    continue;
                };
                let (start, end) = (toks[b].start, toks[e - 1].end);
                let key = join(&toks[kb..e]);
                if s.title_case || s.taken.overlaps(start, end) {
                    // A known name stays in the list: "Getty versus Stability AI".
                    i = e;
                    lists.list.push(key);
                    continue;
                }
                // Lists a verb of benefit or "pay at" introduces, and lists that "X and
                // Y executives" ends, are alike throughout.
                if weigh.staff_after(toks, e) && !lists.list.is_empty() {
                    for k in &lists.list {
                        if let Some(v) = votes.get_mut(k) {
                            v.add((2.0, "staff", None));
                        }
                    }
                    objects.push(lists.list.iter().cloned().chain([key.clone()]).collect());
                }
                let intro = i.min(b);
                if evidence::skip_the(toks, intro)
                    .is_some_and(|p| self.lx.has("object-verbs", &toks[p].norm))
                    || weigh.staff_before(toks, intro)
                {
                    objects.push(std::mem::take(&mut lists.object));
                    lists.object.push(key.clone());
                } else if !lists.object.is_empty() && !in_clause {
                    lists.object.push(key.clone());
                }
                let v = votes.entry(key.clone()).or_default();
                v.bounded |= names.bounded(toks, b, e);
                if !v.named {
                    v.named = true;
                    v.surface = names.surface(&toks[b..e]);
                    let (evidence, person) = weigh.of_name(toks, b, e, at_start);
                    v.person |= person;
                    evidence.into_iter().for_each(|x| v.add(x));
                }
                weigh
                    .of_context(toks, i.min(b), b, e)
                    .into_iter()
                    .for_each(|x| v.add(x));
                if !v.occurrences.is_empty() && key.contains(' ') && v.occurrences.len() <= 2 {
                    // A multi-word name the page comes back to is more likely a body.
                    v.add((0.75, "recurrence", None));
                }
                v.occurrences.push(Occurrence {
                    section: si,
                    start,
                    end,
                });
                if let Some((acr, len)) = names.defined_short_form(toks, e) {
                    acronyms.insert(super::normalize::norm(&acr), key.clone());
                    v.acronym = Some(acr);
                    e += len;
                }
                lists.item(self.lx, toks, (i.min(b), b, e), in_clause, key, &mut votes);
                i = e;
            }
            objects.push(lists.object);
        }
        // "It serves Afterpay and Zip": several names that one verb of benefit takes
        // together are alike, each the kind of party a framing serves.
        for list in objects.iter().filter(|l| l.len() >= 2) {
            for key in list {
                if let Some(v) = votes.get_mut(key) {
                    v.add((1.5, "joint-object", None));
                }
            }
        }
        self.decide(votes, acronyms)
    }

    fn decide(
        &self,
        mut votes: HashMap<String, Votes>,
        acronyms: HashMap<String, String>,
    ) -> Vec<Found> {
        // A bare acronym the page defined is the full name, wherever it stands.
        for (acr, full) in &acronyms {
            if let Some(a) = votes.remove(acr) {
                if let Some(f) = votes.get_mut(full) {
                    f.absorb(a, acr.clone());
                }
            }
        }
        split_lists(&mut votes);
        self.coordinate(&mut votes, &acronyms);
        self.merge_short_forms(&mut votes);
        self.drop_place_short_forms(&mut votes);
        let accepted: Vec<String> = votes
            .iter()
            .filter(|(_, v)| v.score >= THRESHOLD)
            .map(|(k, _)| k.clone())
            .collect();
        let mut out: Vec<Found> = votes
            .into_iter()
            .filter(|(_, v)| v.score >= THRESHOLD && !v.person && !compound_adjective(&v.surface))
            .filter(|(k, v)| !self.remit_word(k, v, &accepted))
            .map(|(key, v)| {
                let kind = v
                    .kinds
                    .iter()
                    .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                    .map_or(ActorKind::Organisation, |(k, _)| *k);
                let mut aliases: Vec<String> = v.acronym.into_iter().collect();
                aliases.extend(v.merged.into_iter().filter(|m| *m != key));
                Found {
                    name: v.surface.trim_start_matches("The ").to_owned(),
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

#[cfg(test)]
mod tests {
    use super::compound_adjective;

    #[test]
    fn adjectives_made_from_names_are_not_names() {
        for a in ["London-listed", "Paris-based", "Oslo-owned"] {
            assert!(compound_adjective(a), "{a}");
        }
        for n in [
            "Coca-Cola",
            "Rolls-Royce",
            "Chick-fil-A",
            "Savannah Resources",
            "Airbus",
        ] {
            assert!(!compound_adjective(n), "{n}");
        }
    }
}
