//! Canonical entities across the corpus (`acst entities`) and the merge report: which
//! surface forms were resolved to which entity, by which rule, with what score.

use crate::error::Result;
use crate::query::{first_values, select, value};
use crate::store::AcstStore;
use serde::Serialize;
use std::collections::HashMap;

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

pub fn entities(store: &AcstStore, kind: EntityKind) -> Result<Vec<EntityRow>> {
    let (link, facts) = match kind {
        EntityKind::Actor => ("acst:actor", "acst:kind"),
        EntityKind::Event => ("acst:invokesParallel", "acst:pattern/skos:notation"),
        EntityKind::Theme => return themes(store),
    };
    // Each fact on its own, read linearly (see `first_values`): an entity minted from
    // text is declared in every story graph naming it.
    let counts = select(
        &store.store,
        &format!("SELECT ?e (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s {link} ?e }} GROUP BY ?e"),
    )?;
    let names = first_values(
        &store.store,
        "SELECT DISTINCT ?e ?v WHERE { ?e schema:name ?v }",
    )?;
    let kinds = first_values(
        &store.store,
        &format!("SELECT DISTINCT ?e ?v WHERE {{ ?e {facts} ?v }}"),
    )?;
    let mut forms: HashMap<String, Vec<String>> = HashMap::new();
    for r in select(
        &store.store,
        "SELECT DISTINCT ?e ?sf WHERE { ?m acst:mentionOf ?e ; acst:surfaceForm ?sf }",
    )? {
        if let (Some(e), Some(sf)) = (value(&r, "e"), value(&r, "sf")) {
            forms.entry(e).or_default().push(sf);
        }
    }
    let mut rows: Vec<EntityRow> = counts
        .iter()
        .filter_map(|r| {
            let iri = value(r, "e")?;
            let (name, kind) = (names.get(&iri)?.clone(), kinds.get(&iri)?.clone());
            let mut aliases = forms.remove(&iri).unwrap_or_default();
            aliases.sort();
            aliases.dedup();
            Some(EntityRow {
                stories: value(r, "n").and_then(|n| n.parse().ok()).unwrap_or(0),
                iri,
                name,
                kind,
                aliases,
            })
        })
        .collect();
    rows.sort_by(|a, b| b.stories.cmp(&a.stories).then_with(|| a.iri.cmp(&b.iri)));
    Ok(rows)
}

/// Themes live once, in the ontology graph: one query joins them safely.
fn themes(store: &AcstStore) -> Result<Vec<EntityRow>> {
    let q = "SELECT ?e ?name ?kind (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s acst:omits/acst:theme ?e . ?e skos:notation ?kind ; skos:prefLabel ?name } GROUP BY ?e ?name ?kind";
    let mut rows: Vec<EntityRow> = select(&store.store, q)?
        .iter()
        .map(|r| EntityRow {
            iri: value(r, "e").unwrap_or_default(),
            name: value(r, "name").unwrap_or_default(),
            kind: value(r, "kind").unwrap_or_default(),
            aliases: Vec::new(),
            stories: value(r, "n").and_then(|n| n.parse().ok()).unwrap_or(0),
        })
        .collect();
    rows.sort_by(|a, b| b.stories.cmp(&a.stories).then_with(|| a.iri.cmp(&b.iri)));
    Ok(rows)
}

pub fn merges(store: &AcstStore) -> Result<Vec<MergeRow>> {
    // The entity's name read on its own (see `first_values`), not joined per mention.
    let q = "SELECT ?sf ?e ?rule (MIN(?score) AS ?min) (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s acst:mention ?m . ?m acst:surfaceForm ?sf ; acst:mentionOf ?e ; acst:resolvedBy ?rule .
        OPTIONAL { ?m acst:matchScore ?sc } BIND(COALESCE(?sc, 1.0) AS ?score)
        } GROUP BY ?sf ?e ?rule";
    let names = first_values(
        &store.store,
        "SELECT DISTINCT ?e ?v WHERE { ?e schema:name ?v }",
    )?;
    let mut rows: Vec<MergeRow> = select(&store.store, q)?
        .iter()
        .filter(|r| value(r, "e").is_some_and(|e| names.contains_key(&e)))
        .map(|r| MergeRow {
            surface: value(r, "sf").unwrap_or_default(),
            entity: value(r, "e").unwrap_or_default(),
            name: value(r, "e")
                .and_then(|e| names.get(&e).cloned())
                .unwrap_or_default(),
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
