//! What extraction returns for one story: its actor and event mentions, omitted items
//! and pathways, each tied to the section it came from.

use super::event_index::EventRef;
use super::resolve::{ActorRef, Rule};
use super::subjects;
use crate::model::Section;

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
    /// For organisations found by evidence: the strongest evidence (org-head, acronym,
    /// apposition, agency, possessive, coordination, multiword…).
    pub found_by: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    pub event: EventRef,
    pub surface: String,
    pub section: Section,
    pub rule: Rule,
}

/// One omitted item with its themes (slugs) and what it omits.
#[derive(Debug, Clone, PartialEq)]
pub struct Omission {
    pub text: String,
    pub themes: Vec<String>,
    /// The cue phrases (normalised) and events that classified it.
    pub keys: Vec<String>,
    /// What it omits: concepts of the subject scheme, or minted from its words.
    pub subjects: Vec<subjects::SubjectRef>,
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
    /// Every episode candidate the scorer saw, kept or not, when
    /// [`super::Extractor::trace`] is on: for training and tuning.
    pub trace: Vec<Scored>,
}

/// An episode candidate as the [`super::scorer`] saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub surface: String,
    pub name: String,
    pub section: Section,
    pub features: Vec<String>,
    pub score: f64,
    pub kept: bool,
    /// The episode it resolved to, when kept.
    pub event: Option<String>,
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
    /// Distinct events, sorted by slug.
    pub fn distinct_events(&self) -> Vec<&EventRef> {
        let mut v: Vec<&EventRef> = self.parallels.iter().map(|m| &m.event).collect();
        v.sort();
        v.dedup_by(|a, b| a.slug == b.slug);
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
