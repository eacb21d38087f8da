//! Extraction: a [`Story`] → the actors, omissions, historical parallels and pathway
//! types it speaks of, each resolved to a shared entity and tied to its section.
//!
//! Lists recognise what is known; the rest is found by form and context: episodes by
//! the event grammar of [`events`] (resolved by [`event_index`]), organisations by the
//! evidence [`orgs`] weighs. Linguistic knowledge lives in `data/lexicon/`
//! ([`lexicon`]), reference entities in `data/reference/` ([`reference`]).

mod actors;
mod bare;
mod episodes;
pub mod event_index;
pub mod events;
mod extraction;
pub mod lexicon;
pub mod matcher;
pub mod normalize;
mod not_mentions;
mod omissions;
mod orgs;
mod places;
pub mod reference;
pub mod resolve;
pub mod scorer;
pub mod sentences;
mod spans;
pub mod subjects;
pub mod tokens;

use crate::model::{Section, Story};
pub use event_index::{EventIndex, EventRef};
pub use extraction::{ActorMention, EventMention, Extraction, Omission, PathwayInfo, Role, Scored};
use lexicon::Lexicon;
use matcher::{Gazetteer, Hit};
use normalize::{normalize, Normalized};
use reference::Reference;
pub use resolve::{ActorRef, Resolver, Rule};
use tokens::{tokens, Tok};

/// A capitalised word that may open a name: not a function word ("The", "In") and not
/// a capitalised common word the lexicon knows is no actor ("Monday", "Section").
pub(crate) fn opens_name(lexicon: &Lexicon, t: &Tok<'_>) -> bool {
    t.is_cap() && !lexicon.has("function-words", &t.norm) && !lexicon.has("non-actors", &t.norm)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Entity {
    Actor(usize),
    Event(usize),
}

/// One section, prepared once: normalised text, alias hits, tokens, sentences.
pub(crate) struct Prepared<'a> {
    pub section: Section,
    pub text: &'a str,
    pub norm: Normalized,
    pub hits: Vec<Hit<'a, Entity>>,
    pub toks: Vec<Tok<'a>>,
    pub sentences: Vec<(usize, usize)>,
    pub title_case: bool,
    /// The Historical Parallels lens reading: names there are mostly episodes.
    pub historical: bool,
}

/// The extractor: reference data compiled into gazetteers, the lexicon, and the
/// resolvers that remember what earlier stories named.
pub struct Extractor {
    pub reference: Reference,
    pub lexicon: Lexicon,
    entities: Gazetteer<Entity>,
    themes: Gazetteer<usize>,
    solutions: Gazetteer<usize>,
    pub resolver: Resolver,
    pub events: EventIndex,
    pub subjects: subjects::SubjectIndex,
    /// Keep every scored episode candidate in [`Extraction::trace`] (for
    /// `scripts/train-scorer`); off for ingest.
    pub trace: bool,
}

impl Extractor {
    pub fn new(reference: Reference, lexicon: Lexicon) -> Self {
        let mut phrases: Vec<(&str, Entity)> = Vec::new();
        for (i, a) in reference.actors.iter().enumerate() {
            phrases.extend(
                std::iter::once(&a.name)
                    .chain(&a.aliases)
                    .map(|n| (n.as_str(), Entity::Actor(i))),
            );
        }
        for (i, e) in reference.events.iter().enumerate() {
            phrases.extend(
                std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .map(|n| (n.as_str(), Entity::Event(i))),
            );
        }
        let cues = |cs: &[reference::Concept]| -> Gazetteer<usize> {
            let phrases: Vec<(String, usize)> = cs
                .iter()
                .enumerate()
                .flat_map(|(i, c)| c.cues.iter().flat_map(move |q| matcher::with_plural(q, i)))
                .collect();
            Gazetteer::new(phrases.iter().map(|(q, i)| (q.as_str(), *i)))
        };
        Extractor {
            entities: Gazetteer::new(phrases),
            themes: cues(&reference.themes),
            solutions: cues(&reference.solution_types),
            resolver: Resolver::new(&reference),
            events: EventIndex::new(&reference, &lexicon),
            subjects: subjects::SubjectIndex::new(&reference),
            reference,
            lexicon,
            trace: false,
        }
    }

    /// Remembers an event minted by an earlier ingest, with the forms stories used.
    pub fn remember_event(&mut self, event: EventRef, forms: &[String]) {
        let name = event.name.clone();
        let mut all: Vec<&str> = vec![name.as_str()];
        all.extend(forms.iter().map(String::as_str));
        self.events.add(event, &all, &self.lexicon);
    }

    fn prepare<'a>(&self, section: Section, text: &'a str, historical: bool) -> Prepared<'a> {
        let norm = normalize(text);
        let hits = self.entities.find(text, &norm);
        Prepared {
            section,
            text,
            hits,
            toks: tokens(text),
            sentences: sentences::sentences(text, &self.lexicon),
            title_case: is_title_case(text),
            historical,
            norm,
        }
    }

    /// Extracts from one story. Takes `&mut self` because names first seen here are
    /// remembered for the stories that follow.
    pub fn extract(&mut self, story: &Story) -> Extraction {
        let sections: Vec<(Section, &str)> = story.sections();
        let historical: Vec<&str> = story
            .lenses
            .iter()
            .filter(|l| normalize::norm(&l.label).contains("historical"))
            .filter_map(|l| l.text.as_deref())
            .collect();
        let pages: Vec<Prepared<'_>> = sections
            .iter()
            .map(|&(s, t)| self.prepare(s, t, historical.iter().any(|h| std::ptr::eq(*h, t))))
            .collect();
        let year = story
            .date
            .as_deref()
            .and_then(|d| d.get(..4)?.parse::<i32>().ok())
            .unwrap_or(2026);
        let mut out = Extraction::default();
        // Episodes first: their names are never actors.
        let mut taken: Vec<spans::Taken> = pages.iter().map(|p| actors::covered(self, p)).collect();
        let mut episode_spans: Vec<spans::Taken> = vec![spans::Taken::default(); pages.len()];
        let mut local = Vec::new();
        for ((p, t), e) in pages.iter().zip(taken.iter_mut()).zip(&mut episode_spans) {
            let found = self.episodes(p, year, t, e, &mut local, &mut out.trace);
            out.parallels.extend(self.reference_events(p, e));
            out.parallels.extend(found);
        }
        for (p, t) in pages.iter().zip(taken.iter_mut()) {
            let found = self.bare_episodes(p, t);
            out.parallels.extend(found);
        }
        // Actors: reference aliases, fuzzy variants, then organisations by evidence.
        let mut known_orgs: Vec<String> = Vec::new();
        for ((p, t), e) in pages.iter().zip(taken.iter_mut()).zip(&episode_spans) {
            let k = actors::known(self, p, e);
            let f = actors::fuzzy(self, p, t);
            for m in k.iter().chain(&f) {
                if m.actor.kind != reference::ActorKind::Collective {
                    known_orgs.push(normalize::norm(&m.surface));
                }
            }
            out.actors.extend(k);
            out.actors.extend(f);
        }
        out.outlet = story
            .outlet
            .as_deref()
            .map(|o| actors::resolve_outlet(self, o));
        if let Some(o) = &out.outlet {
            known_orgs.push(normalize::norm(&o.name));
        }
        let found = actors::discovered(self, &pages, &taken, known_orgs);
        out.actors.extend(found);
        // The first words of the outlet's own name, cut where it goes on past a space or
        // a slash, are the outlet: "The Hindu" of "The Hindu BusinessLine", "Página" of
        // "Página/12".
        let outlets: Vec<String> = story
            .outlet
            .iter()
            .map(|o| normalize::norm(o))
            .chain(
                out.actors
                    .iter()
                    .filter(|m| m.actor.kind == reference::ActorKind::Outlet)
                    .map(|m| normalize::norm(&m.surface)),
            )
            .collect();
        out.actors.retain(|m| {
            let s = normalize::norm(&m.surface);
            !outlets.iter().any(|o| {
                o.len() > s.len() && o.starts_with(&s) && o[s.len()..].starts_with([' ', '/'])
            })
        });
        out.omissions = story
            .whats_missing
            .as_deref()
            .map(|t| omissions::split(self, t, year))
            .unwrap_or_default();
        omissions::link_episodes(self, &mut out.omissions, &out.parallels);
        let setting = [
            Some(story.title.as_str()),
            story.summary.as_deref(),
            story.original_headline.as_deref(),
        ]
        .into_iter()
        .flatten()
        .chain(story.keywords.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(". ");
        omissions::link_places(self, &mut out.omissions, &setting);
        let section_toks: Vec<&[Tok<'_>]> = pages.iter().map(|p| p.toks.as_slice()).collect();
        omissions::link_peoples(self, &mut out.omissions, &section_toks);
        out.pathways = story
            .pathways
            .iter()
            .map(|p| self.pathway_info(p, &out.actors))
            .collect();
        cap_mentions(&mut out);
        out
    }

    /// Reference events named by an alias, save inside a longer episode kept in
    /// `episodes`: "the Equatorial Guinea oil boom of the late 1990s" is its own
    /// episode, not the listed "oil boom" of 1901.
    fn reference_events(&self, p: &Prepared<'_>, episodes: &spans::Taken) -> Vec<EventMention> {
        let within = |h: &Hit<'_, Entity>| {
            let (from, to) = actors::span(&p.norm, h);
            episodes.overlaps(from, to) && !episodes.inside(from, to)
        };
        p.hits
            .iter()
            .filter(|h| !actors::event_in_name(self, p, h) && !indefinite(p, h) && !within(h))
            .filter_map(|h| match h.value {
                Entity::Event(i) => Some(EventMention {
                    event: self.events.get(&self.reference.events[i].slug)?.clone(),
                    surface: h.surface.to_owned(),
                    section: p.section,
                    rule: Rule::Exact,
                }),
                Entity::Actor(_) => None,
            })
            .collect()
    }

    fn pathway_info(&self, p: &crate::model::Pathway, actors: &[ActorMention]) -> PathwayInfo {
        let mut scores = vec![0u32; self.reference.solution_types.len()];
        for (text, weight) in [(&p.title, 2), (&p.body, 1)] {
            let n = normalize(text);
            for h in self.solutions.find(text, &n) {
                scores[h.value] += weight;
            }
        }
        // Highest score; ties go to the type listed first in the reference data.
        let best = scores
            .iter()
            .enumerate()
            .filter(|(_, s)| **s > 0)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)));
        let mut institutions: Vec<ActorRef> = actors
            .iter()
            .filter(|m| {
                m.section == Section::Pathway(p.position)
                    && m.actor.kind != reference::ActorKind::Collective
            })
            .map(|m| m.actor.clone())
            .collect();
        institutions.sort();
        institutions.dedup();
        PathwayInfo {
            position: p.position,
            solution_type: best.map(|(i, _)| self.reference.solution_types[i].slug.clone()),
            institutions,
        }
    }
}

/// Mentions kept per entity and section: enough to show where and how a story names
/// it; a page repeating a name thousands of times does not make thousands of nodes.
const MENTIONS_PER_SECTION: usize = 10;

fn cap_mentions(x: &mut Extraction) {
    let mut seen: std::collections::HashMap<(String, Section), usize> =
        std::collections::HashMap::new();
    x.actors.retain(|m| {
        let n = seen
            .entry((format!("actor:{}", m.actor.slug), m.section))
            .or_default();
        *n += 1;
        *n <= MENTIONS_PER_SECTION
    });
    x.parallels.retain(|m| {
        let n = seen
            .entry((format!("event:{}", m.event.slug), m.section))
            .or_default();
        *n += 1;
        *n <= MENTIONS_PER_SECTION
    });
}

/// Most words capitalised: a headline or pathway title.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

/// A listed episode's alias in common words after an indefinite article is any such
/// episode, not the one listed: "what an oil boom leaves when it moves on".
fn indefinite(p: &Prepared<'_>, h: &Hit<'_, Entity>) -> bool {
    let (from, _) = actors::span(&p.norm, h);
    let before = p.text[..from].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !h.surface.chars().any(char::is_uppercase)
        && matches!(
            word.to_lowercase().as_str(),
            "a" | "an" | "another" | "any" | "every"
        )
}
