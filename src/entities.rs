//! Canonical entities across the corpus (`acst entities`) and the merge report: which
//! surface forms were resolved to which entity, by which rule, with what score.

use crate::error::Result;
use crate::query::{select, value};
use crate::store::AcstStore;
use serde::Serialize;

/// Entity kinds `acst entities` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EntityKind {
    Actor,
    Event,
    Theme,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityRow {
    pub iri: String,
    pub name: String,
    pub kind: String,
    /// Surface forms seen in the stories, sorted.
    pub aliases: Vec<String>,
    pub stories: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MergeRow {
    pub surface: String,
    pub entity: String,
    pub name: String,
    pub rule: String,
    pub score: f64,
    pub stories: usize,
}

const SEP: char = '\u{1f}';

pub fn entities(store: &AcstStore, kind: EntityKind) -> Result<Vec<EntityRow>> {
    let q = match kind {
        EntityKind::Actor => "SELECT ?e ?name ?kind (COUNT(DISTINCT ?s) AS ?n) (GROUP_CONCAT(DISTINCT ?sf; separator='\u{1f}') AS ?forms) WHERE {
            ?s acst:actor ?e . ?e schema:name ?name ; acst:kind ?kind .
            OPTIONAL { ?s acst:mention ?m . ?m acst:mentionOf ?e ; acst:surfaceForm ?sf } } GROUP BY ?e ?name ?kind",
        EntityKind::Event => "SELECT ?e ?name ?kind (COUNT(DISTINCT ?s) AS ?n) (GROUP_CONCAT(DISTINCT ?sf; separator='\u{1f}') AS ?forms) WHERE {
            ?s acst:invokesParallel ?e . ?e schema:name ?name ; acst:pattern/skos:notation ?kind .
            OPTIONAL { ?s acst:mention ?m . ?m acst:mentionOf ?e ; acst:surfaceForm ?sf } } GROUP BY ?e ?name ?kind",
        EntityKind::Theme => "SELECT ?e ?name ?kind (COUNT(DISTINCT ?s) AS ?n) ('' AS ?forms) WHERE {
            ?s acst:omits/acst:theme ?e . ?e skos:notation ?kind ; skos:prefLabel ?name } GROUP BY ?e ?name ?kind",
    };
    let mut rows: Vec<EntityRow> = select(&store.store, q)?
        .iter()
        .map(|r| {
            let mut aliases: Vec<String> = value(r, "forms")
                .unwrap_or_default()
                .split(SEP)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            aliases.sort();
            EntityRow {
                iri: value(r, "e").unwrap_or_default(),
                name: value(r, "name").unwrap_or_default(),
                kind: value(r, "kind").unwrap_or_default(),
                aliases,
                stories: value(r, "n").and_then(|n| n.parse().ok()).unwrap_or(0),
            }
        })
        .collect();
    rows.sort_by(|a, b| b.stories.cmp(&a.stories).then_with(|| a.iri.cmp(&b.iri)));
    Ok(rows)
}

pub fn merges(store: &AcstStore) -> Result<Vec<MergeRow>> {
    let q = "SELECT ?sf ?e ?name ?rule (MIN(?score) AS ?min) (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s acst:mention ?m . ?m acst:surfaceForm ?sf ; acst:mentionOf ?e ; acst:resolvedBy ?rule .
        OPTIONAL { ?m acst:matchScore ?sc } BIND(COALESCE(?sc, 1.0) AS ?score)
        ?e schema:name ?name } GROUP BY ?sf ?e ?name ?rule";
    let mut rows: Vec<MergeRow> = select(&store.store, q)?
        .iter()
        .map(|r| MergeRow {
            surface: value(r, "sf").unwrap_or_default(),
            entity: value(r, "e").unwrap_or_default(),
            name: value(r, "name").unwrap_or_default(),
            rule: value(r, "rule").unwrap_or_default(),
            score: value(r, "min").and_then(|n| n.parse().ok()).unwrap_or(0.0),
            stories: value(r, "n").and_then(|n| n.parse().ok()).unwrap_or(0),
        })
        .collect();
    rows.sort_by(|a, b| {
        a.entity
            .cmp(&b.entity)
            .then_with(|| a.surface.cmp(&b.surface))
            .then_with(|| a.rule.cmp(&b.rule))
    });
    Ok(rows)
}
