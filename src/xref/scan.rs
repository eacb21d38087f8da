//! Loads the inverted index by scanning the store's predicate index directly: one pass
//! per predicate instead of a SPARQL join over millions of triples (faster than the
//! equivalent SPARQL join at 35,000 stories). It relies on the IRIs acst mints: a story's omissions,
//! pathways and lens readings live under the story IRI.

use super::index::{Corpus, Item, ItemKind, StoryInfo};
use crate::error::Result;
use crate::store::AcstStore;
use crate::vocab::{self, acst, cognio, schema, skos};
use oxigraph::model::{NamedNodeRef, NamedOrBlankNode, Term};
use std::collections::{HashMap, HashSet};

/// Where the index reads triples from: the local store's predicate index, or a SPARQL
/// server (one streamed SELECT per predicate).
pub trait TripleSource {
    /// Calls `f(subject IRI, object)` for every triple with predicate `p`, any graph.
    fn each(&self, p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()>;
}

impl TripleSource for AcstStore {
    fn each(&self, p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()> {
        let p = NamedNodeRef::new_unchecked(p);
        for q in self.store.quads_for_pattern(None, Some(p), None, None) {
            let q = q?;
            if let NamedOrBlankNode::NamedNode(s) = q.subject {
                f(s.into_string(), q.object);
            }
        }
        Ok(())
    }
}

impl TripleSource for crate::remote::Remote {
    fn each(&self, p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()> {
        crate::remote::Remote::each(self, p, f)
    }
}

fn text(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
        Term::BlankNode(b) => b.to_string(),
    }
}

/// The story IRI a minted node (`…/story/ID/omission/2`) belongs to.
fn story_of(iri: &str) -> Option<&str> {
    let end = vocab::STORY_PREFIX.len() + 16;
    (iri.starts_with(vocab::STORY_PREFIX) && iri.len() >= end).then(|| &iri[..end])
}

/// subject → object text, for a predicate. The least value wins where a subject has
/// several, so the index is the same whatever order a store or server returns them in.
fn map(src: &dyn TripleSource, p: &str) -> Result<HashMap<String, String>> {
    let mut m: HashMap<String, String> = HashMap::new();
    src.each(p, &mut |s, o| {
        let t = text(&o);
        match m.get_mut(&s) {
            Some(v) if t < *v => *v = t,
            Some(_) => {}
            None => {
                m.insert(s, t);
            }
        }
    })?;
    Ok(m)
}

pub fn load(store: &dyn TripleSource) -> Result<Corpus> {
    let names = map(store, &schema("name"))?;
    let notations = map(store, &skos("notation"))?;
    let dates = map(store, &schema("datePublished"))?;
    let mut stories: Vec<StoryInfo> = Vec::new();
    store.each(&acst("storyId"), &mut |iri, obj| {
        stories.push(StoryInfo {
            title: names.get(&iri).cloned().unwrap_or_default(),
            date: dates.get(&iri).cloned(),
            id: text(&obj),
            iri,
        });
    })?;
    stories.sort_by(|a, b| a.iri.cmp(&b.iri));
    stories.dedup_by(|a, b| a.iri == b.iri);
    let label = |iri: &str, m: &HashMap<String, String>| {
        m.get(iri)
            .cloned()
            .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(iri).to_owned())
    };
    let mut rows: Vec<(String, Item)> = Vec::new();
    let mut push = |story: &str, kind: ItemKind, key: String, label: String| {
        rows.push((story.to_owned(), Item { kind, key, label }))
    };
    // Omission themes and key phrases hang off omission nodes under the story IRI.
    store.each(&acst("theme"), &mut |s, obj| {
        let t = text(&obj);
        let Some(story) = story_of(&s) else {
            return;
        };
        let l = label(&t, &notations);
        if l != "other" {
            push(story, ItemKind::Theme, t, l);
        }
    })?;
    // Omitted subjects hang off omission nodes; their labels are SKOS preferred labels.
    let pref = map(store, &skos("prefLabel"))?;
    store.each(&acst("subject"), &mut |s, obj| {
        if let Some(story) = story_of(&s) {
            let k = text(&obj);
            let l = label(&k, &pref);
            push(story, ItemKind::Omission, k, l);
        }
    })?;
    let patterns = map(store, &acst("pattern"))?;
    store.each(&acst("invokesParallel"), &mut |s, obj| {
        let e = text(&obj);
        // "unclassified" says nothing two stories share.
        if let Some(p) = patterns.get(&e).filter(|p| !p.ends_with("/unclassified")) {
            push(&s, ItemKind::Pattern, p.clone(), label(p, &notations));
        }
        let l = label(&e, &names);
        push(&s, ItemKind::Parallel, e, l);
    })?;
    let mut outlets: HashSet<(String, String)> = HashSet::new();
    store.each(&acst("outlet"), &mut |s, obj| {
        let o = text(&obj);
        push(&s, ItemKind::Outlet, o.clone(), label(&o, &names));
        outlets.insert((s, o));
    })?;
    store.each(&acst("actor"), &mut |s, obj| {
        let a = text(&obj);
        if !outlets.contains(&(s.clone(), a.clone())) {
            let l = label(&a, &names);
            push(&s, ItemKind::Actor, a, l);
        }
    })?;
    store.each(&acst("solutionType"), &mut |p, obj| {
        let t = text(&obj);
        if let Some(story) = story_of(&p) {
            let l = label(&t, &notations);
            push(story, ItemKind::Pathway, t, l);
        }
    })?;
    let lens_types = map(store, &cognio("lensType"))?;
    let mut lenses = Vec::new();
    store.each(&cognio("score"), &mut |r, obj| {
        if let (Some(story), Some(lens), Ok(score)) =
            (story_of(&r), lens_types.get(&r), text(&obj).parse::<f64>())
        {
            lenses.push((story.to_owned(), lens.clone(), score));
        }
    })?;
    // The stories' own words: what they say is missing, their synthesis, and the
    // Historical Parallels reading.
    let mut texts: Vec<(String, String)> = Vec::new();
    // What the story is about, as its page announces it: title, summary, keywords and
    // the reviewed article's headline.
    let mut topics: Vec<(String, String)> = Vec::new();
    for (iri, title) in &names {
        if iri.starts_with(vocab::STORY_PREFIX) && !iri[vocab::STORY_PREFIX.len()..].contains('/') {
            texts.push((iri.clone(), title.clone()));
            topics.push((iri.clone(), title.clone()));
        }
    }
    for p in [
        cognio("whatsMissing"),
        cognio("synthesis"),
        schema("description"),
        schema("keywords"),
    ] {
        store.each(&p, &mut |s, obj| texts.push((s, text(&obj))))?;
    }
    for p in [
        schema("description"),
        schema("keywords"),
        schema("headline"),
    ] {
        store.each(&p, &mut |s, obj| {
            if let Some(story) = story_of(&s) {
                topics.push((story.to_owned(), text(&obj)));
            }
        })?;
    }
    let historical = cognio("HistoricalParallels");
    store.each(&schema("text"), &mut |r, obj| {
        if let (Some(story), Some(lens)) = (story_of(&r), lens_types.get(&r)) {
            if *lens == historical && r.contains("/lens/") {
                texts.push((story.to_owned(), text(&obj)));
            }
        }
    })?;
    Ok(Corpus::build(stories, rows, lenses, texts, topics))
}
