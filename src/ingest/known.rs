//! What earlier ingests minted (episodes and actors found in text, declared in their
//! story graphs), read back into a new extractor so that later stories resolve to them;
//! and which of the batch's stories the store holds already, whose own mints are left
//! out so that a re-ingest gives the same graphs.

use super::{value, Backend, IngestOptions, Input, Result};
use crate::extract::lexicon::Lexicon;
use crate::extract::reference::{ActorKind, Reference};
use crate::extract::{ActorRef, EventRef, Extractor};
use crate::read::{read_story, ContextLoader};
use crate::vocab;
use std::collections::HashSet;

/// An extractor that knows the events and actors earlier ingests minted, so a later
/// story resolves to them instead of minting them again. What the stories of this batch
/// minted when they were ingested before (`batch`: their graphs) is left out: they mint
/// it again in the same order, so re-ingesting a corpus gives the same graphs (a story
/// would otherwise see episodes that stories after it minted, and resolve to them).
pub fn extractor(
    backend: &Backend,
    reference: Reference,
    lexicon: Lexicon,
    batch: &HashSet<String>,
) -> Result<Extractor> {
    let mut x = Extractor::new(reference, lexicon);
    let story = |g: &str| g.starts_with(vocab::STORY_GRAPH_PREFIX) && !batch.contains(g);
    let mut events: Vec<(EventRef, Vec<String>)> = Vec::new();
    for r in backend.select(MINTED_EVENTS)? {
        let (Some(g), Some(e), Some(name), Some(pattern)) = (
            value(&r, "g"),
            value(&r, "e"),
            value(&r, "name"),
            value(&r, "pattern"),
        ) else {
            continue;
        };
        if !story(&g) {
            continue;
        }
        let slug = e.rsplit('/').next().unwrap_or(&e).to_owned();
        if x.reference.event(&slug).is_some() {
            // Promoted into the reference data since: the reference row wins.
            continue;
        }
        let form = value(&r, "sf");
        match events.last_mut() {
            Some((last, forms)) if last.slug == slug => forms.extend(form),
            _ => events.push((
                EventRef {
                    slug,
                    name,
                    pattern: pattern.rsplit('/').next().unwrap_or(&pattern).to_owned(),
                    year: value(&r, "year").and_then(|y| y.parse().ok()),
                    minted: true,
                },
                form.into_iter().collect(),
            )),
        }
    }
    for (e, forms) in events {
        x.remember_event(e, &forms);
    }
    for r in backend.select(MINTED_ACTORS)? {
        let (Some(g), Some(a), Some(name), Some(kind)) = (
            value(&r, "g"),
            value(&r, "a"),
            value(&r, "name"),
            value(&r, "kind"),
        ) else {
            continue;
        };
        let Ok(kind) = serde_json::from_value::<ActorKind>(serde_json::Value::String(kind)) else {
            continue;
        };
        if !story(&g) {
            continue;
        }
        let actor = ActorRef {
            slug: a.rsplit('/').next().unwrap_or(&a).to_owned(),
            name,
            kind,
        };
        if x.reference.actor(&actor.slug).is_some() {
            continue;
        }
        let form = value(&r, "sf");
        x.resolver
            .remember(actor, &form.iter().map(String::as_str).collect::<Vec<_>>());
    }
    Ok(x)
}

/// Events declared in story graphs (minted from text), with the forms stories used.
const MINTED_EVENTS: &str = "PREFIX acst: <https://w3id.org/acst/ns#> PREFIX schema: <https://schema.org/>
SELECT ?g ?e ?name ?pattern ?year ?sf WHERE { GRAPH ?g { ?e a acst:HistoricalEvent ; schema:name ?name ; acst:pattern ?pattern .
  OPTIONAL { ?e acst:year ?year } OPTIONAL { ?m acst:mentionOf ?e ; acst:surfaceForm ?sf } } } ORDER BY ?e ?sf";
/// The story graphs in the store.
const STORY_GRAPHS: &str = "PREFIX cognio: <https://cognionews.com/vocab/acst#>
SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a cognio:Review } }";
/// Actors declared in story graphs (minted from text), with the forms stories used.
const MINTED_ACTORS: &str =
    "PREFIX acst: <https://w3id.org/acst/ns#> PREFIX schema: <https://schema.org/>
SELECT ?g ?a ?name ?kind ?sf WHERE { GRAPH ?g { ?a acst:kind ?kind ; schema:name ?name .
  OPTIONAL { ?m acst:mentionOf ?a ; acst:surfaceForm ?sf } } } ORDER BY ?a ?sf";

/// The graphs of the batch's stories that the store holds already: the pages are read
/// (not extracted) once more for their ids. Nothing to read into an empty store.
pub(super) fn batch_graphs(
    backend: &Backend,
    inputs: &[Input],
    opts: &IngestOptions,
) -> Result<HashSet<String>> {
    let stored: HashSet<String> = backend
        .select(STORY_GRAPHS)?
        .iter()
        .filter_map(|r| value(r, "g"))
        .collect();
    if stored.is_empty() {
        return Ok(HashSet::new());
    }
    let contexts = ContextLoader::default();
    // A page over the size limit is never read: the reader reports it.
    let limit = opts.page_limit();
    let graph = |input: &Input| {
        let file;
        let bytes: &[u8] = match input {
            Input::File(p) => {
                if std::fs::metadata(p).ok()?.len() > limit as u64 {
                    return None;
                }
                file = std::fs::read(p).ok()?;
                &file
            }
            Input::Bytes { bytes, .. } if bytes.len() > limit => return None,
            Input::Bytes { bytes, .. } => bytes,
        };
        // A page that makes the reader panic is that page's error, reported by the
        // reader later; here it only has no id.
        let read = || read_story(bytes, &input.name(), opts.format, &contexts);
        let story = std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
            .ok()?
            .ok()?;
        Some(vocab::story_graph(&story.id))
    };
    Ok(inputs
        .iter()
        .filter_map(graph)
        .filter(|g| stored.contains(g))
        .collect())
}
