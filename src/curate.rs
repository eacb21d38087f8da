//! Curation of what extraction minted: the events and actors found in text that no
//! reference row names (`acst entities --new`), and their promotion into the reference
//! data (`acst entities --promote`), after which a re-ingest resolves to the promoted
//! entity by its reference row.
//!
//! Entities are read through the store's quad index with typed terms: a name or IRI a
//! user gives never becomes query text.

use crate::error::{Error, Result};
use crate::extract::lexicon::Lexicon;
use crate::extract::sentences::sentences;
use crate::store::AcstStore;
use crate::vocab::{self, acst, schema, RDF_TYPE};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Term};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// An entity minted from text.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct NewEntity {
    pub iri: String,
    /// `event` or `actor`.
    pub entity: &'static str,
    pub name: String,
    /// The event's pattern, or the actor's kind.
    #[serde(rename = "type")]
    pub kind: String,
    pub stories: usize,
    /// Surface forms the stories used, sorted.
    pub forms: Vec<String>,
    /// One sentence where a story names it.
    pub example: String,
}

fn nn(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new_unchecked(iri)
}

fn text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
        Term::BlankNode(b) => b.to_string(),
    }
}

/// Objects of `s p` in graph `g`.
fn objects(store: &AcstStore, s: &str, p: &str, g: &str) -> Result<Vec<Term>> {
    store
        .store
        .quads_for_pattern(
            Some(NamedOrBlankNodeRef::NamedNode(nn(s))),
            Some(nn(p)),
            None,
            Some(GraphNameRef::NamedNode(nn(g))),
        )
        .map(|q| Ok(q?.object))
        .collect()
}

fn local(iri: &str) -> &str {
    iri.rsplit('/').next().unwrap_or(iri)
}

/// Everything minted: events and actors declared in story graphs, most stories first,
/// ties by IRI.
pub fn new_entities(store: &AcstStore, lexicon: &Lexicon) -> Result<Vec<NewEntity>> {
    struct Seen {
        entity: &'static str,
        name: String,
        kind: String,
        graphs: BTreeSet<String>,
    }
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    // Minted entities are declared (typed) in the story graphs that name them.
    for class in ["HistoricalEvent", "Actor"] {
        let ty = acst(class);
        for q in store
            .store
            .quads_for_pattern(None, Some(nn(RDF_TYPE)), Some(nn(&ty).into()), None)
        {
            let q = q?;
            let (NamedOrBlankNodeRef::NamedNode(s), GraphNameRef::NamedNode(g)) =
                (q.subject.as_ref(), q.graph_name.as_ref())
            else {
                continue;
            };
            if !g.as_str().starts_with(vocab::STORY_GRAPH_PREFIX) {
                continue;
            }
            let (iri, g) = (s.as_str().to_owned(), g.as_str().to_owned());
            let (name, kind) = if class == "HistoricalEvent" {
                let pattern = objects(store, &iri, &acst("pattern"), &g)?
                    .first()
                    .map(text)
                    .unwrap_or_default();
                ("event", local(&pattern).to_owned())
            } else {
                (
                    "actor",
                    objects(store, &iri, &acst("kind"), &g)?
                        .first()
                        .map(text)
                        .unwrap_or_default(),
                )
            };
            let e = seen.entry(iri.clone()).or_insert_with(|| Seen {
                entity: name,
                name: String::new(),
                kind,
                graphs: BTreeSet::new(),
            });
            if e.name.is_empty() {
                e.name = objects(store, &iri, &schema("name"), &g)?
                    .first()
                    .map(text)
                    .unwrap_or_default();
            }
            e.graphs.insert(g);
        }
    }
    let mut out = Vec::new();
    for (iri, s) in seen {
        let (forms, example) = forms_and_example(store, &iri, &s.graphs, lexicon)?;
        out.push(NewEntity {
            iri,
            entity: s.entity,
            name: s.name,
            kind: s.kind,
            stories: s.graphs.len(),
            forms,
            example,
        });
    }
    out.sort_by(|a, b| b.stories.cmp(&a.stories).then_with(|| a.iri.cmp(&b.iri)));
    Ok(out)
}

/// The surface forms of an entity's mentions, and a sentence of the first story's text
/// that holds one of them.
fn forms_and_example(
    store: &AcstStore,
    iri: &str,
    graphs: &BTreeSet<String>,
    lexicon: &Lexicon,
) -> Result<(Vec<String>, String)> {
    let mut forms = BTreeSet::new();
    let mut example = String::new();
    for g in graphs {
        let gref = GraphNameRef::NamedNode(nn(g));
        for q in store.store.quads_for_pattern(
            None,
            Some(nn(&acst("mentionOf"))),
            Some(nn(iri).into()),
            Some(gref),
        ) {
            let q = q?;
            let NamedOrBlankNodeRef::NamedNode(m) = q.subject.as_ref() else {
                continue;
            };
            let m = m.as_str().to_owned();
            forms.extend(
                objects(store, &m, &acst("surfaceForm"), g)?
                    .iter()
                    .map(text),
            );
        }
        if example.is_empty() {
            example = sentence_naming(store, g, &forms, lexicon)?;
        }
    }
    Ok((forms.into_iter().collect(), example))
}

/// A sentence of the story graph's texts that contains one of `forms`.
fn sentence_naming(
    store: &AcstStore,
    g: &str,
    forms: &BTreeSet<String>,
    lexicon: &Lexicon,
) -> Result<String> {
    let gref = GraphNameRef::NamedNode(nn(g));
    for p in [
        vocab::cognio("whatsMissing"),
        vocab::cognio("synthesis"),
        schema("description"),
        schema("text"),
    ] {
        for q in store
            .store
            .quads_for_pattern(None, Some(nn(&p)), None, Some(gref))
        {
            let t = text(&q?.object);
            for (a, b) in sentences(&t, lexicon) {
                let s = &t[a..b];
                if forms.iter().any(|f| s.contains(f.as_str())) {
                    return Ok(s.to_owned());
                }
            }
        }
    }
    Ok(String::new())
}

/// What a promotion wrote.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Promoted {
    pub iri: String,
    pub file: PathBuf,
    pub row: Vec<String>,
}

/// Appends the minted entity `reference` (an IRI, or an event or actor slug) to the
/// reference CSVs in `dir` (`events.csv` or `actors.csv`), with the forms stories used
/// as aliases. A re-ingest then resolves its mentions to the reference row.
pub fn promote(
    store: &AcstStore,
    lexicon: &Lexicon,
    reference: &str,
    dir: &Path,
) -> Result<Promoted> {
    let all = new_entities(store, lexicon)?;
    let wanted: Vec<&NewEntity> = all
        .iter()
        .filter(|e| e.iri == reference || local(&e.iri) == reference)
        .collect();
    let e = match wanted.as_slice() {
        [one] => *one,
        [] => {
            return Err(Error::Invalid(format!(
                "{reference:?} is no minted event or actor; `acst entities --new` lists them"
            )))
        }
        _ => {
            return Err(Error::Invalid(format!(
                "{reference:?} names both an event and an actor: give the full IRI"
            )))
        }
    };
    NamedNode::new(e.iri.clone()).map_err(|err| Error::Invalid(format!("{}: {err}", e.iri)))?;
    let slug = local(&e.iri).to_owned();
    let aliases: Vec<&str> = e
        .forms
        .iter()
        .map(String::as_str)
        .filter(|f| *f != e.name)
        .collect();
    let (file, row) = if e.entity == "event" {
        let year = objects_any(store, &e.iri, &acst("year"))?
            .map(|y| text(&y))
            .unwrap_or_default();
        (
            "events.csv",
            vec![
                slug.clone(),
                e.name.clone(),
                year,
                e.kind.clone(),
                aliases.join("|"),
            ],
        )
    } else {
        (
            "actors.csv",
            vec![
                slug.clone(),
                e.name.clone(),
                e.kind.clone(),
                aliases.join("|"),
                String::new(),
            ],
        )
    };
    let path = dir.join(file);
    let existing = std::fs::read_to_string(&path).map_err(|err| Error::io(&path, err))?;
    if existing
        .lines()
        .any(|l| l.split(',').next() == Some(slug.as_str()))
    {
        return Err(Error::Invalid(format!(
            "{}: a row {slug:?} is there already",
            path.display()
        )));
    }
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    w.write_record(&row)
        .map_err(|err| Error::Invalid(err.to_string()))?;
    let line = String::from_utf8(
        w.into_inner()
            .map_err(|err| Error::Invalid(err.to_string()))?,
    )
    .unwrap_or_default();
    let mut text = existing;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&line);
    crate::fsutil::write_atomic(&path, text.as_bytes())?;
    Ok(Promoted {
        iri: e.iri.clone(),
        file: path,
        row,
    })
}

/// The first object of `s p` in any graph.
fn objects_any(store: &AcstStore, s: &str, p: &str) -> Result<Option<Term>> {
    Ok(store
        .store
        .quads_for_pattern(
            Some(NamedOrBlankNodeRef::NamedNode(nn(s))),
            Some(nn(p)),
            None,
            None,
        )
        .next()
        .transpose()?
        .map(|q| q.object))
}
