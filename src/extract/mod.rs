//! Extraction: a [`Story`] → the actors, omissions, historical parallels and pathway
//! types it speaks of, each resolved to a shared entity and tied to its section.

mod actors;
pub mod matcher;
pub mod normalize;
mod omissions;
pub mod reference;
pub mod resolve;
pub mod sentences;

use crate::model::{Section, Story};
use matcher::Gazetteer;
use normalize::normalize;
use reference::Reference;
pub use resolve::{ActorRef, Resolver, Rule};

/// What an actor mention does in the story, where the text makes it clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Produced the framing (the outlet, in the power audit).
    Producer,
    /// The audience the framing was produced for.
    Audience,
    /// Benefits from the framing or the situation.
    Beneficiary,
    /// Named in a solution pathway.
    Pathway,
    Mentioned,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Producer => "producer",
            Role::Audience => "audience",
            Role::Beneficiary => "beneficiary",
            Role::Pathway => "pathway",
            Role::Mentioned => "mentioned",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    pub actor: ActorRef,
    pub surface: String,
    pub section: Section,
    pub role: Role,
    pub rule: Rule,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    /// Index into [`Reference::events`].
    pub event: usize,
    pub surface: String,
    pub section: Section,
}

/// One omitted item with its themes (slugs).
#[derive(Debug, Clone, PartialEq)]
pub struct Omission {
    pub text: String,
    pub themes: Vec<String>,
    /// The cue phrases (normalised) and events that classified it: what lets two
    /// stories share an omitted item, not just a theme ("water rights", "consent").
    pub keys: Vec<String>,
}

/// Per pathway: its type (slug) and the institutions it names.
#[derive(Debug, Clone, PartialEq)]
pub struct PathwayInfo {
    pub position: u32,
    pub solution_type: Option<String>,
    pub institutions: Vec<ActorRef>,
}

/// Everything extracted from one story.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extraction {
    pub actors: Vec<ActorMention>,
    pub outlet: Option<ActorRef>,
    pub parallels: Vec<EventMention>,
    pub omissions: Vec<Omission>,
    pub pathways: Vec<PathwayInfo>,
}

impl Extraction {
    /// Distinct actors, sorted by slug.
    pub fn distinct_actors(&self) -> Vec<&ActorRef> {
        let mut v: Vec<&ActorRef> = self
            .actors
            .iter()
            .map(|m| &m.actor)
            .chain(self.outlet.as_ref())
            .collect();
        v.sort();
        v.dedup();
        v
    }
    /// Distinct event indexes, sorted.
    pub fn distinct_events(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self.parallels.iter().map(|m| m.event).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
    /// Distinct omission themes, sorted.
    pub fn themes(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .omissions
            .iter()
            .flat_map(|o| o.themes.iter().map(String::as_str))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Entity {
    Actor(usize),
    Event(usize),
}

/// The extractor: reference data compiled into gazetteers, and the resolver.
pub struct Extractor {
    pub reference: Reference,
    entities: Gazetteer<Entity>,
    themes: Gazetteer<usize>,
    solutions: Gazetteer<usize>,
    pub resolver: Resolver,
}

impl Extractor {
    pub fn new(reference: Reference) -> Self {
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
            Gazetteer::new(
                cs.iter()
                    .enumerate()
                    .flat_map(|(i, c)| c.cues.iter().map(move |q| (q.as_str(), i))),
            )
        };
        Extractor {
            entities: Gazetteer::new(phrases),
            themes: cues(&reference.themes),
            solutions: cues(&reference.solution_types),
            resolver: Resolver::new(&reference),
            reference,
        }
    }

    /// Extracts from one story. Takes `&mut self` because names first seen here are
    /// remembered for the stories that follow.
    pub fn extract(&mut self, story: &Story) -> Extraction {
        let mut out = Extraction::default();
        for (section, text) in story.sections() {
            let n = normalize(text);
            let hits = self.entities.find(text, &n);
            for h in &hits {
                if let Entity::Event(i) = h.value {
                    out.parallels.push(EventMention {
                        event: i,
                        surface: h.surface.to_owned(),
                        section,
                    });
                }
            }
            out.actors
                .extend(actors::mentions(self, section, text, &n, &hits));
        }
        out.outlet = story
            .outlet
            .as_deref()
            .map(|o| actors::resolve_outlet(self, o));
        out.omissions = story
            .whats_missing
            .as_deref()
            .map(|t| omissions::split(self, t))
            .unwrap_or_default();
        out.pathways = story
            .pathways
            .iter()
            .map(|p| self.pathway_info(p, &out.actors))
            .collect();
        out
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
