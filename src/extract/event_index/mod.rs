//! Resolving episode mentions: to a reference event by its core words and year (each
//! name and alias is a variant), else to an event minted earlier in the corpus, else
//! to a new event. Lookups go through an index from core words and years to entries,
//! so each costs the same whatever the number of events known.

use super::events::Candidate;
use super::lexicon::Lexicon;
use super::normalize::slug;
use super::reference::Reference;
use std::collections::{HashMap, HashSet};
use variant::{initials, shared, split_words, variant_of, Variant};

mod variant;

/// A resolved event, from the reference data or minted from text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventRef {
    pub slug: String,
    pub name: String,
    pub pattern: String,
    pub year: Option<i32>,
    /// Minted from text (declared in the story graphs that name it).
    pub minted: bool,
}

#[derive(Debug, Clone)]
struct Entry {
    event: EventRef,
    variants: Vec<Variant>,
}

/// Reference events and the events minted so far, indexed.
#[derive(Debug, Clone, Default)]
pub struct EventIndex {
    entries: Vec<Entry>,
    by_word: HashMap<String, Vec<usize>>,
    by_decade: HashMap<i32, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
    by_slug: HashMap<String, usize>,
}

/// Families of patterns whose heads may name the same episode ("dot-com bubble",
/// "dot-com crash"): mentions with heads in different families are different events.
pub(super) fn group(pattern: &str) -> Option<&'static str> {
    Some(match pattern {
        "speculative-bubble" | "financial-crisis" | "scandal" => "money",
        "disaster" => "disaster",
        "resistance-movement" => "resistance",
        "legal-precedent" | "public-programme" => "law",
        "enclosure-of-commons" | "resource-extraction" => "commons",
        "technological-displacement" | "media-revolution" | "monopoly-power" => "technology",
        _ => return None,
    })
}

/// How a mention was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// To a reference event, by core words and year.
    Reference,
    /// To an event minted earlier (this story or another).
    Corpus,
    /// A new event.
    New,
}

/// Shared words a dated mention needs with a known form of the same dates: one when
/// the mention is dated to a decade or less ("the yellow press of the 1890s"), two when
/// it names a whole century ("the kangani system of the early twentieth century" is no
/// "Bell System break-up" of 1984) or has no head to compare.
fn words_needed(years: Option<(i32, i32)>, headless: bool) -> usize {
    let broad = years.is_some_and(|(a, b)| b - a > 20);
    if headless || broad {
        2
    } else {
        1
    }
}

/// Both dated, and the spans share a year.
fn overlap(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> bool {
    matches!((a, b), (Some((a0, a1)), Some((b0, b1))) if a0 <= b1 && b0 <= a1)
}

pub(super) fn years_compatible(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.0 <= y.1 + 1 && y.0 <= x.1 + 1,
        _ => true,
    }
}

impl EventIndex {
    pub fn new(reference: &Reference, lx: &Lexicon) -> Self {
        let mut index = EventIndex::default();
        for e in &reference.events {
            let event = EventRef {
                slug: e.slug.clone(),
                name: e.name.clone(),
                pattern: e.pattern.clone(),
                year: e.year,
                minted: false,
            };
            let forms: Vec<&str> = std::iter::once(e.name.as_str())
                .chain(e.aliases.iter().map(String::as_str))
                .collect();
            index.add(event, &forms, lx);
        }
        index
    }

    /// Adds an event with the forms it is written in; returns its entry.
    pub fn add(&mut self, event: EventRef, forms: &[&str], lx: &Lexicon) -> usize {
        let id = self.entries.len();
        let year = event.year.map(|y| (y, y));
        let variants: Vec<Variant> = forms
            .iter()
            .map(|f| {
                let mut v = variant_of(f, lx);
                v.years = v.years.or(year);
                v
            })
            .collect();
        self.by_slug.insert(event.slug.clone(), id);
        self.entries.push(Entry { event, variants });
        self.index_variants(id, 0);
        id
    }

    fn index_variants(&mut self, id: usize, from: usize) {
        for v in &self.entries[id].variants[from..] {
            for w in &v.words {
                let p = self.by_word.entry(w.clone()).or_default();
                if p.last() != Some(&id) {
                    p.push(id);
                }
            }
            if let Some(i) = &v.initials {
                self.by_initials.entry(i.clone()).or_default().push(id);
            }
            if let Some((a, b)) = v.years {
                for d in (a / 10)..=(b / 10).min(a / 10 + 20) {
                    self.by_decade.entry(d).or_default().push(id);
                }
            }
        }
    }

    /// Remembers one more form of a known event (a later mention's wording), once.
    fn add_form(&mut self, id: usize, c: &Candidate) {
        let v = Variant {
            words: split_words(c.core.words()),
            years: c.core.years,
            group: c.head.as_ref().and_then(|_| group(&c.pattern)),
            initials: initials(&c.core.proper),
            proper: split_words(&c.core.proper),
            head: c.head.clone(),
            participant: c.rule == "nominal" && c.pattern != "unclassified",
        };
        let known = self.entries[id].variants.iter().any(|k| {
            k.words == v.words && k.years == v.years && k.group == v.group && k.proper == v.proper
        });
        if known {
            return;
        }
        let from = self.entries[id].variants.len();
        self.entries[id].variants.push(v);
        self.index_variants(id, from);
    }

    pub fn get(&self, slug: &str) -> Option<&EventRef> {
        self.by_slug.get(slug).map(|&i| &self.entries[i].event)
    }

    /// The best entry for a mention, if any: (entry, number of core words matched).
    /// With `parties`, a bare name of a party to a minted episode ("YPF" after "the
    /// privatisation of YPF in 1992") names that party, not the episode: outside the
    /// Historical Parallels lens, where "Lake Poopó was emptied upstream" recalls one.
    fn lookup(&self, c: &Candidate, parties: bool) -> Option<(usize, usize)> {
        let words = split_words(c.core.words());
        let group = c.head.as_ref().and_then(|_| group(&c.pattern));
        let mut ids: Vec<usize> = words
            .iter()
            .filter_map(|w| self.by_word.get(w))
            .flatten()
            .copied()
            .collect();
        if let Some((a, b)) = c.core.years {
            // Years a year apart are compatible (see `years_compatible`): so are decades.
            for d in ((a - 1) / 10)..=((b + 1) / 10).min(a / 10 + 20) {
                ids.extend(self.by_decade.get(&d).into_iter().flatten());
            }
        }
        // "WPPSS" for "the Washington Public Power Supply System".
        let acronym = match c.core.proper.as_slice() {
            [one] if one.len() >= 3 => self.by_initials.get(one),
            _ => None,
        };
        if let Some(found) = acronym {
            if let Some(&id) = found.first() {
                return Some((id, 2));
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let proper = !c.core.proper.is_empty();
        let mut best: Option<(usize, usize)> = None;
        for id in ids {
            let minted = self.entries[id].event.minted;
            for v in &self.entries[id].variants {
                if parties && minted && v.participant && c.head.is_none() && c.core.years.is_none()
                {
                    continue;
                }
                // Episodes minted from text share no curated family: two of them with
                // no common words are one only when their head nouns are the same.
                let same_kind = if minted {
                    c.head.is_some() && c.head == v.head
                } else {
                    group.is_some() && group == v.group
                };
                if !years_compatible(c.core.years, v.years) {
                    continue;
                }
                if let (Some(a), Some(b)) = (group, v.group) {
                    if a != b {
                        continue;
                    }
                }
                let score = if !v.words.is_empty() && v.words.is_subset(&words) {
                    v.words.len() * 2 + 1
                } else if !words.is_empty()
                    && words.is_subset(&v.words)
                    // By a proper word ("the Insull collapse"), or by common words and
                    // dates, then for an episode minted from text with the same head:
                    // "the service boycotts of the 1980s" is no "decline of wire-service
                    // bureaus in the 1980s".
                    && (proper
                        || (c.core.years.is_some()
                            && v.years.is_some()
                            && (!minted || c.head == v.head)))
                {
                    words.len() * 2
                } else if words.is_empty()
                    && c.core.years.is_some()
                    && v.years.is_some()
                    && same_kind
                {
                    // "the 1922 compact" after "the Colorado River Compact of 1922".
                    1
                } else if !proper
                    && v.words.is_empty()
                    && overlap(c.core.years, v.years)
                    && same_kind
                {
                    // "the stock-market collapse of 1929" and "the 1929 crash"; but not
                    // "the football pools craze of the 1930s": words the known form lacks
                    // need the very years, not the next decade.
                    1
                } else if c.core.years.is_some()
                    && v.years.is_some()
                    && (!minted || c.head == v.head)
                    && shared(&words, &v.words)
                        >= words_needed(c.core.years, minted && c.head.is_none())
                {
                    // "the yellow press of the 1890s" and "the yellow journalism of the
                    // 1890s": shared words, the same dates. Without a head noun one
                    // shared word is too little: "the English–Wabigoon river system in
                    // the 1960s" is no "Gila River in the early twentieth century".
                    shared(&words, &v.words)
                } else {
                    continue;
                };
                // Ties go to the entry listed first (reference data before minted).
                if best.is_none_or(|(_, s)| score > s) {
                    best = Some((id, score));
                }
            }
        }
        best
    }

    /// The known event a candidate names, without remembering anything.
    pub fn find(&self, c: &Candidate, parties: bool) -> Option<EventRef> {
        self.lookup(c, parties)
            .map(|(id, _)| self.entries[id].event.clone())
    }

    /// Resolves a candidate: a known event, or a new one when the evidence is strong;
    /// `None` for a weak candidate that matches nothing. (Tests' shorthand: extraction
    /// says how bare names of parties read, with [`Self::resolve_with`].)
    #[cfg(test)]
    pub fn resolve(&mut self, c: &Candidate) -> Option<(EventRef, Resolution)> {
        self.resolve_with(c, false)
    }

    /// Resolves a candidate: a known event, or a new one when the evidence is strong;
    /// `None` for a weak candidate that matches nothing. With `parties`, bare names of
    /// parties read as [`Self::lookup`] says.
    pub fn resolve_with(&mut self, c: &Candidate, parties: bool) -> Option<(EventRef, Resolution)> {
        if let Some((id, _)) = self.lookup(c, parties) {
            let how = if self.entries[id].event.minted {
                Resolution::Corpus
            } else {
                Resolution::Reference
            };
            self.add_form(id, c);
            return Some((self.entries[id].event.clone(), how));
        }
        if !c.strong {
            return None;
        }
        let mut s = slug(&c.name);
        if s.is_empty() {
            return None;
        }
        // An episode minted before under this very name is this one, though its forms,
        // read back from the store, match less than the mention they came from: the
        // same name is not minted twice with a year after it.
        if let Some(&id) = self.by_slug.get(&s) {
            if self.entries[id].event.minted && self.entries[id].event.name == c.name {
                self.add_form(id, c);
                return Some((self.entries[id].event.clone(), Resolution::Corpus));
            }
        }
        if self.by_slug.contains_key(&s) {
            let year = c.core.years.map_or(String::new(), |y| format!("-{}", y.0));
            s = format!("{s}{year}");
            while self.by_slug.contains_key(&s) {
                s.push_str("-x");
            }
        }
        let event = EventRef {
            slug: s,
            name: c.name.clone(),
            pattern: c.pattern.clone(),
            year: c.core.years.filter(|(a, b)| b - a < 10).map(|(a, _)| a),
            minted: true,
        };
        let id = self.entries.len();
        self.by_slug.insert(event.slug.clone(), id);
        self.entries.push(Entry {
            event: event.clone(),
            variants: Vec::new(),
        });
        self.add_form(id, c);
        Some((event, Resolution::New))
    }

    /// Proper words of every event known, for finding bare mentions of them ("Seveso"
    /// after "the Seveso dioxin release of 1976"): word → entries.
    pub fn event_with_proper(&self, words: &HashSet<String>, parties: bool) -> Option<EventRef> {
        if words.is_empty() {
            return None;
        }
        let mut ids: Vec<usize> = words
            .iter()
            .filter_map(|w| self.by_word.get(w))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        // The latest minted first: an episode of this page before older ones sharing
        // a word ("Child" after "the One Laptop per Child project").
        ids.into_iter()
            .rev()
            .filter(|&id| self.entries[id].event.minted)
            .find(|&id| {
                // Only the episode's own name ("Seveso", "Insull"), never one of its
                // common words ("water", "empire").
                // Two proper words are distinctive enough whatever the rest ("the
                // Cultivation System" of "the Cultivation System of the Dutch East
                // Indies"); one must be most of the name ("Insull" of "Samuel Insull").
                let named_by = |v: &Variant| !(parties && v.participant);
                self.entries[id].variants.iter().any(|v| {
                    !v.proper.is_empty()
                        && named_by(v)
                        && words.is_subset(&v.proper)
                        && (words.len() >= 2 || v.proper.len() <= words.len() + 1)
                })
            })
            .map(|id| self.entries[id].event.clone())
    }
}

#[cfg(test)]
mod tests;
