//! Votes that carry over between names of one page: coordination with a known
//! organisation ("Dow and Honeywell"), short forms merged into the full name
//! ("Dominion" into "Dominion Energy"), and single words that another name of the page
//! shows to be a place's short form or a body's remit.

use super::{compound_adjective, Finder, Votes, THRESHOLD};
use std::collections::HashMap;

impl Finder<'_> {
    /// Coordination with an organisation counts for the others in the list ("Dow and
    /// Honeywell"), twice over so that a list of new names can carry itself. Surnames
    /// of people named in full are people too ("Insull" after "Samuel Insull").
    pub(super) fn coordinate(
        &self,
        votes: &mut HashMap<String, Votes>,
        acronyms: &HashMap<String, String>,
    ) {
        let surnames: Vec<String> = votes
            .iter()
            .filter(|(k, v)| v.score < THRESHOLD && v.best.1 != "org-head" && k.contains(' '))
            .filter(|(k, _)| {
                self.lx
                    .has("given-names", k.split(' ').next().unwrap_or(""))
            })
            .filter_map(|(k, _)| k.rsplit(' ').next().map(str::to_owned))
            .collect();
        for p in &surnames {
            if let Some(v) = votes.get_mut(p) {
                v.person = true;
            }
        }
        for _ in 0..2 {
            let orgs: Vec<String> = votes
                .iter()
                .filter(|(_, v)| {
                    v.score >= THRESHOLD && !v.person && !compound_adjective(&v.surface)
                })
                .map(|(k, _)| k.clone())
                .chain(self.known_orgs.iter().cloned())
                .collect();
            let is_org =
                |s: &String| orgs.contains(s) || acronyms.get(s).is_some_and(|f| orgs.contains(f));
            for v in votes.values_mut() {
                if !v.coordinated && v.bounded && v.siblings.iter().any(is_org) {
                    v.coordinated = true;
                    v.add((2.5, "coordination", None));
                }
            }
        }
    }

    /// Short forms of an organisation named in full on the page: "Dominion" for
    /// "Dominion Energy" (a name and an organisation word), "Deere" for "John Deere"
    /// (a given name and a surname), "State Corporation Commission" for "Virginia State
    /// Corporation Commission" (the full name less a place), "Ngāti Ruanui" for "Te Rūnanga
    /// o Ngāti Ruanui" (the name after a connector), "Formosa Ha Tinh" for "Formosa Ha Tinh
    /// Steel" (the full name less its last word). Not "Penang" for "Penang
    /// Development Corporation": the place a body is named after.
    pub(super) fn merge_short_forms(&self, votes: &mut HashMap<String, Votes>) {
        let full: Vec<(String, Vec<String>)> = votes
            .iter()
            .filter(|(k, v)| v.score >= THRESHOLD && !v.person && k.contains(' '))
            .map(|(k, _)| (k.clone(), k.split(' ').map(str::to_owned).collect()))
            .collect();
        let mut merges: Vec<(String, String)> = Vec::new();
        for (k, v) in votes.iter() {
            // A place a body is named after is the place: "readers in Sydney" are no
            // readers of "The Sydney Morning Herald".
            if v.person || self.lx.has("generic-capitals", k) || self.lx.has("places", k) {
                continue;
            }
            let words: Vec<&str> = k.split(' ').collect();
            let owners: Vec<&String> = full
                .iter()
                .filter(|(f, w)| {
                    f != k
                        && if words.len() == 1 {
                            // "Lloyds" for "Lloyds Banking Group".
                            (w.len() == 2 || w.len() == 3 && !self.lx.has("connectors", &w[1]))
                                && ((w[0] == *k && self.lx.has("org-heads", &w[w.len() - 1]))
                                    || (w[1] == *k && self.lx.has("given-names", &w[0])))
                        } else {
                            let words: Vec<String> = words.iter().map(|s| s.to_string()).collect();
                            w.len() > words.len()
                                && (w.ends_with(&words)
                                    && self.lx.has("places", &w[..w.len() - words.len()].join(" "))
                                    // "Ngāti Ruanui" for "Te Rūnanga o Ngāti Ruanui": what
                                    // follows a connector, with no head of its own.
                                    || w.ends_with(&words)
                                        && self.lx.has("connectors", &w[w.len() - words.len() - 1])
                                        && !self.lx.has("org-heads", &words[words.len() - 1])
                                    // "Brennan Center" for "Brennan Center for Justice".
                                    || w.starts_with(&words)
                                        && self.lx.has("connectors", &w[words.len()])
                                        && self.lx.has("org-heads", &words[words.len() - 1])
                                    // "Formosa Ha Tinh" for "Formosa Ha Tinh Steel": the
                                    // full name less its last word, when that word is
                                    // what the short form lacks of a name.
                                    || w.starts_with(&words)
                                        && w.len() == words.len() + 1
                                        && !self.lx.has("org-heads", &words[words.len() - 1])
                                        && !self.lx.has("connectors", &w[words.len()]))
                        }
                })
                .map(|(f, _)| f)
                .collect();
            if let [one] = owners.as_slice() {
                merges.push((k.clone(), (*one).clone()));
            }
        }
        for (short, long) in merges {
            if let Some(s) = votes.remove(&short) {
                if let Some(l) = votes.get_mut(&long) {
                    l.absorb(s, short);
                }
            }
        }
    }

    /// A single word that the page also names as a place with a geographic head ("the
    /// Oldman" beside "the Oldman River", "the Livingstone" beside "the Livingstone
    /// Range") is that place's short form.
    pub(super) fn drop_place_short_forms(&self, votes: &mut HashMap<String, Votes>) {
        let places: Vec<String> = votes
            .keys()
            .filter_map(|k| {
                let (first, last) = k.split_once(' ')?;
                self.lx.has("place-heads", last).then(|| first.to_owned())
            })
            .collect();
        for p in places {
            votes.remove(&p);
        }
    }

    /// A single word found only by weak evidence that is the remit of another name on
    /// the page, after its connector ("Medicare" of "Centers for Medicare & Medicaid
    /// Services"), is what that body works on, not a body. Not one with twice the
    /// evidence a body needs of its own ("It serves Braskem, whose statement…", "because
    /// Braskem hollowed out…" beside "the Movement of the Victims of Braskem").
    pub(super) fn remit_word(&self, key: &str, v: &Votes, accepted: &[String]) -> bool {
        const STRONG: [&str; 3] = ["org-head", "acronym", "apposition"];
        !key.contains(' ')
            && !STRONG.contains(&v.best.1)
            && v.score < 2.0 * THRESHOLD
            && accepted.iter().any(|other| {
                let words: Vec<&str> = other.split_whitespace().collect();
                words
                    .windows(2)
                    .any(|w| w[1] == key && self.lx.has("connectors", w[0]))
            })
    }
}
