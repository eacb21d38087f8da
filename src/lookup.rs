//! Finding a story from what a user types: an id, an IRI or page URL, an ingested file,
//! or a title fragment that matches exactly one story.

use crate::backend::Backend;
use crate::error::{Error, Result};
use crate::query::value;
use crate::read::{cognio_id, read_story, ContextLoader};
use crate::vocab;
use crate::xref::TripleSource;
use std::path::Path;

/// The IRI of the story `reference` names: an id, IRI or page URL, an ingested file, or a
/// title fragment.
pub fn story(backend: &Backend, reference: &str) -> Result<String> {
    story_named(backend, reference, true)
}

/// As [`story`], but never by file: for references that come from a request, which
/// must not reach the filesystem.
pub fn story_by_name(backend: &Backend, reference: &str) -> Result<String> {
    story_named(backend, reference, false)
}

fn story_named(backend: &Backend, reference: &str, files: bool) -> Result<String> {
    let r = reference.trim();
    let by_id = |id: &str| -> Result<Option<String>> {
        Ok(backend
            .has_graph(&vocab::story_graph(id))?
            .then(|| vocab::story_iri(id)))
    };
    if let Some(id) = r.strip_prefix(vocab::STORY_PREFIX) {
        return by_id(id)?
            .ok_or_else(|| Error::StoryLookup(format!("no story <{r}> in the store")));
    }
    if r.len() == 16 && r.chars().all(|c| c.is_ascii_hexdigit()) {
        if let Some(iri) = by_id(&r.to_ascii_lowercase())? {
            return Ok(iri);
        }
    }
    if let Some(id) = cognio_id(r) {
        return by_id(&id)?.ok_or_else(|| {
            Error::StoryLookup(format!("no story with CognioNews id {id} in the store"))
        });
    }
    let path = Path::new(r);
    if files && path.is_file() {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let s = read_story(&bytes, r, None, &ContextLoader::default())?;
        return by_id(&s.id)?.ok_or_else(|| {
            Error::StoryLookup(format!(
                "{r} has not been ingested (its story id is {})",
                s.id
            ))
        });
    }
    by_title(backend, r)
}

fn by_title(backend: &Backend, fragment: &str) -> Result<String> {
    let rows = backend.select(&format!(
        "SELECT ?s ?t WHERE {{ GRAPH ?g {{ ?s a <{}> ; <{}> ?t }} }} ORDER BY ?s",
        vocab::cognio("Review"),
        vocab::schema("name")
    ))?;
    let needle = fragment.to_lowercase();
    let hits: Vec<(String, String)> = rows
        .iter()
        .filter_map(|r| Some((value(r, "s")?, value(r, "t")?)))
        .filter(|(_, t)| t.to_lowercase().contains(&needle))
        .collect();
    match hits.as_slice() {
        [(iri, _)] => Ok(iri.clone()),
        [] if rows.is_empty() => Err(Error::StoryLookup(
            "the store holds no stories yet: run `acst ingest PATH` first".into(),
        )),
        [] => {
            let titles: Vec<(String, String)> = rows
                .iter()
                .filter_map(|r| Some((value(r, "s")?, value(r, "t")?)))
                .collect();
            let close = closest_titles(fragment, &titles, 3);
            let hint = if close.is_empty() {
                String::new()
            } else {
                let list: Vec<String> = close
                    .iter()
                    .map(|(i, t)| format!("  {}  {t}", story_id(i)))
                    .collect();
                format!("; the closest titles:\n{}", list.join("\n"))
            };
            Err(Error::StoryLookup(format!(
                "no story matches {fragment:?} (by id, IRI, file or title){hint}"
            )))
        }
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|(i, t)| format!("  {}  {t}", i.trim_start_matches(vocab::STORY_PREFIX)))
                .collect();
            Err(Error::StoryLookup(format!(
                "{fragment:?} matches {} stories; give one of these ids:\n{}",
                many.len(),
                list.join("\n")
            )))
        }
    }
}

/// The titles nearest to what was typed: the best of whole-title similarity and of
/// word-by-word similarity (each typed word against its best title word), so that a
/// misspelt fragment ("Coreweave debt binj") still finds its story.
fn closest_titles(fragment: &str, titles: &[(String, String)], n: usize) -> Vec<(String, String)> {
    let typed = fragment.to_lowercase();
    let words: Vec<&str> = typed.split_whitespace().collect();
    let mut scored: Vec<(f64, &(String, String))> = titles
        .iter()
        .map(|t| {
            let title = t.1.to_lowercase();
            let whole = strsim::jaro_winkler(&typed, &title);
            let title_words: Vec<&str> = title.split_whitespace().collect();
            let per_word = words
                .iter()
                .map(|w| {
                    title_words
                        .iter()
                        .map(|tw| strsim::normalized_levenshtein(w, tw))
                        .fold(0.0, f64::max)
                })
                .sum::<f64>()
                / words.len().max(1) as f64;
            (whole.max(per_word), t)
        })
        .filter(|(score, _)| *score >= 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1 .0.cmp(&b.1 .0)));
    scored.into_iter().take(n).map(|(_, t)| t.clone()).collect()
}

/// The id at the end of a story IRI.
pub fn story_id(iri: &str) -> &str {
    iri.strip_prefix(vocab::STORY_PREFIX).unwrap_or(iri)
}

/// The IRI of an entity (`kind` = actor, theme, event, pattern…) from its slug, its
/// name or one of its aliases; an unknown one lists what exists.
pub fn entity(backend: &Backend, kind: &str, reference: &str) -> Result<String> {
    let slug = crate::extract::normalize::slug(reference);
    let iri = vocab::entity_iri(kind, &slug);
    let base = vocab::entity_iri(kind, "");
    // The common case first: a slug naming an entity that has a label, looked up by
    // subject in the local store; the scan below reads every label in the store (1 s
    // of a 1.9 s stories-by-theme at 35,000 stories).
    if let Some(store) = backend.local() {
        let predicates = [
            vocab::schema("name"),
            vocab::skos("prefLabel"),
            vocab::skos("altLabel"),
            vocab::skos("notation"),
        ];
        let mut labelled = false;
        for p in &predicates {
            store.each_of(&[iri.as_str()], p, &mut |_, _| labelled = true)?;
            if labelled {
                return Ok(iri);
            }
        }
    }
    let labels = format!(
        "<{}>|<{}>|<{}>|<{}>",
        vocab::schema("name"),
        vocab::skos("prefLabel"),
        vocab::skos("altLabel"),
        vocab::skos("notation")
    );
    let rows = backend.select(&format!(
        "SELECT DISTINCT ?e ?label WHERE {{ GRAPH ?g {{ ?e {labels} ?label }} FILTER(STRSTARTS(STR(?e), \"{base}\")) }} ORDER BY ?e"
    ))?;
    let want = crate::extract::normalize::norm(reference);
    let mut known: Vec<String> = Vec::new();
    for r in &rows {
        let (Some(e), Some(label)) = (value(r, "e"), value(r, "label")) else {
            continue;
        };
        if e == iri || crate::extract::normalize::norm(&label) == want {
            return Ok(e);
        }
        known.push(e.trim_start_matches(&base).to_owned());
    }
    known.dedup();
    Err(Error::StoryLookup(format!(
        "no {kind} {reference:?}; known: {}",
        known.join(", ")
    )))
}
