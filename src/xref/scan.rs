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
pub trait TripleSource: Sync {
    /// Calls `f(subject IRI, object)` for every triple with predicate `p`, any graph.
    fn each(&self, p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()>;

    /// Calls `f(subject IRI, object)` for the triples with predicate `p` whose subject
    /// is one of `subjects`: lookups by subject where the source has them.
    fn each_of(&self, subjects: &[&str], p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()> {
        let wanted: HashSet<&str> = subjects.iter().copied().collect();
        self.each(p, &mut |s, o| {
            if wanted.contains(s.as_str()) {
                f(s, o)
            }
        })
    }
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

    fn each_of(&self, subjects: &[&str], p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()> {
        let p = NamedNodeRef::new_unchecked(p);
        for s in subjects {
            let Ok(node) = NamedNodeRef::new(s) else {
                continue;
            };
            for q in self
                .store
                .quads_for_pattern(Some(node.into()), Some(p), None, None)
            {
                f((*s).to_owned(), q?.object);
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
pub(super) fn story_of(iri: &str) -> Option<&str> {
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

/// One item row as read: the story, the kind, the item's key (labels come after).
type Row = (String, ItemKind, String);

/// What one scanning thread read.
#[derive(Default)]
struct Part {
    maps: HashMap<Pass, HashMap<String, String>>,
    rows: Vec<Row>,
    story_ids: Vec<(String, String)>,
    scores: Vec<(String, String)>,
    texts: Vec<(String, String)>,
    topics: Vec<(String, String)>,
    lens_texts: Vec<(String, String)>,
}

/// One pass over the store: a map of labels, item rows, or texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Pass {
    Names,
    Notations,
    Dates,
    PrefLabels,
    Patterns,
    LensTypes,
    StoryIds,
    Items(ItemKind),
    Scores,
    Texts,
    LensTexts,
}

/// The passes each thread makes, split so the two take about as long at 35,000 stories
/// (each pass is bound by decoding terms out of RocksDB, one lookup per term).
const FIRST: &[Pass] = &[
    Pass::Names,
    Pass::Notations,
    Pass::Dates,
    Pass::StoryIds,
    Pass::Items(ItemKind::Theme),
    Pass::Items(ItemKind::Omission),
    Pass::PrefLabels,
    Pass::Items(ItemKind::Pathway),
    Pass::Items(ItemKind::Outlet),
    Pass::LensTypes,
];
const SECOND: &[Pass] = &[
    Pass::Patterns,
    Pass::Items(ItemKind::Parallel),
    Pass::Items(ItemKind::Actor),
    Pass::Scores,
    Pass::Texts,
    Pass::LensTexts,
];

fn scan_part(src: &dyn TripleSource, passes: &[Pass]) -> Result<Part> {
    let mut part = Part::default();
    for &pass in passes {
        let label_map = match pass {
            Pass::Names => Some(schema("name")),
            Pass::Notations => Some(skos("notation")),
            Pass::Dates => Some(schema("datePublished")),
            Pass::PrefLabels => Some(skos("prefLabel")),
            Pass::Patterns => Some(acst("pattern")),
            Pass::LensTypes => Some(cognio("lensType")),
            _ => None,
        };
        if let Some(p) = label_map {
            part.maps.insert(pass, map(src, &p)?);
            continue;
        }
        let rows = &mut part.rows;
        match pass {
            Pass::StoryIds => src.each(&acst("storyId"), &mut |s, o| {
                part.story_ids.push((s, text(&o)))
            })?,
            // Themes, subjects and pathways hang off nodes under the story IRI; the
            // others are said of the story itself.
            Pass::Items(kind) => {
                let p = match kind {
                    ItemKind::Theme => acst("theme"),
                    ItemKind::Omission => acst("subject"),
                    ItemKind::Pathway => acst("solutionType"),
                    ItemKind::Parallel => acst("invokesParallel"),
                    ItemKind::Outlet => acst("outlet"),
                    _ => acst("actor"),
                };
                let under = matches!(
                    kind,
                    ItemKind::Theme | ItemKind::Omission | ItemKind::Pathway
                );
                src.each(&p, &mut |s, o| {
                    let story = if under {
                        story_of(&s)
                    } else {
                        Some(s.as_str())
                    };
                    if let Some(story) = story {
                        rows.push((story.to_owned(), kind, text(&o)));
                    }
                })?
            }
            Pass::Scores => src.each(&cognio("score"), &mut |s, o| {
                part.scores.push((s, text(&o)))
            })?,
            // The stories' own words (what they say is missing, their synthesis, summary
            // and keywords), and what they say they are about (summary, keywords, the
            // reviewed article's headline).
            Pass::Texts => {
                for p in [cognio("whatsMissing"), cognio("synthesis")] {
                    src.each(&p, &mut |s, o| part.texts.push((s, text(&o))))?;
                }
                for p in [schema("description"), schema("keywords")] {
                    src.each(&p, &mut |s, o| {
                        let t = text(&o);
                        if let Some(story) = story_of(&s) {
                            part.topics.push((story.to_owned(), t.clone()));
                        }
                        part.texts.push((s, t));
                    })?;
                }
                src.each(&schema("headline"), &mut |s, o| {
                    if let Some(story) = story_of(&s) {
                        part.topics.push((story.to_owned(), text(&o)));
                    }
                })?;
            }
            // Lens texts: the Historical Parallels reading is kept once lens types are
            // known.
            _ => src.each(&schema("text"), &mut |s, o| {
                if story_of(&s).is_some() && s.contains("/lens/") {
                    part.lens_texts.push((s, text(&o)));
                }
            })?,
        }
    }
    Ok(part)
}

pub fn load(store: &dyn TripleSource) -> Result<Corpus> {
    // Two threads read disjoint predicates; everything that needs two of them (labels,
    // patterns, lens types) is joined afterwards.
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| scan_part(store, SECOND));
        let first = scan_part(store, FIRST);
        let second = other
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (first, second)
    });
    let (mut a, b) = (first?, second?);
    a.maps.extend(b.maps);
    let mut m = |k: Pass| a.maps.remove(&k).unwrap_or_default();
    let (names, notations, dates) = (m(Pass::Names), m(Pass::Notations), m(Pass::Dates));
    let (pref, patterns) = (m(Pass::PrefLabels), m(Pass::Patterns));
    let lens_types = m(Pass::LensTypes);
    let mut stories: Vec<StoryInfo> = a
        .story_ids
        .into_iter()
        .map(|(iri, id)| StoryInfo {
            title: names.get(&iri).cloned().unwrap_or_default(),
            date: dates.get(&iri).cloned(),
            id,
            iri,
        })
        .collect();
    stories.sort_by(|a, b| a.iri.cmp(&b.iri));
    stories.dedup_by(|a, b| a.iri == b.iri);
    let label = |iri: &str, m: &HashMap<String, String>| {
        m.get(iri)
            .cloned()
            .unwrap_or_else(|| iri.rsplit('/').next().unwrap_or(iri).to_owned())
    };
    // The outlet of a story is not also one of its actors.
    let outlets: HashSet<(String, String)> = a
        .rows
        .iter()
        .filter(|r| r.1 == ItemKind::Outlet)
        .map(|(s, _, o)| (s.clone(), o.clone()))
        .collect();
    let mut rows: Vec<(String, Item)> = Vec::with_capacity(a.rows.len() + b.rows.len());
    for (story, kind, key) in a.rows.into_iter().chain(b.rows) {
        let l = match kind {
            ItemKind::Theme => label(&key, &notations),
            ItemKind::Omission => label(&key, &pref),
            ItemKind::Pathway => label(&key, &notations),
            _ => label(&key, &names),
        };
        match kind {
            // "other" is what no cue classified: nothing two stories share.
            ItemKind::Theme if l == "other" => continue,
            ItemKind::Actor if outlets.contains(&(story.clone(), key.clone())) => continue,
            // "unclassified" says nothing two stories share.
            ItemKind::Parallel => {
                if let Some(p) = patterns.get(&key).filter(|p| !p.ends_with("/unclassified")) {
                    let item = Item {
                        kind: ItemKind::Pattern,
                        key: p.clone(),
                        label: label(p, &notations),
                    };
                    rows.push((story.clone(), item));
                }
            }
            _ => {}
        }
        rows.push((
            story,
            Item {
                kind,
                key,
                label: l,
            },
        ));
    }
    let lenses: Vec<(String, String, f64)> = b
        .scores
        .iter()
        .filter_map(|(r, score)| {
            let story = story_of(r)?;
            Some((
                story.to_owned(),
                lens_types.get(r)?.clone(),
                score.parse().ok()?,
            ))
        })
        .collect();
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut topics: Vec<(String, String)> = Vec::new();
    for (iri, title) in &names {
        if iri.starts_with(vocab::STORY_PREFIX) && !iri[vocab::STORY_PREFIX.len()..].contains('/') {
            texts.push((iri.clone(), title.clone()));
            topics.push((iri.clone(), title.clone()));
        }
    }
    texts.extend(b.texts);
    topics.extend(b.topics);
    let historical = cognio("HistoricalParallels");
    for (r, t) in b.lens_texts {
        if let (Some(story), Some(lens)) = (story_of(&r), lens_types.get(&r)) {
            if *lens == historical {
                texts.push((story.to_owned(), t));
            }
        }
    }
    Ok(Corpus::build(stories, rows, lenses, texts, topics))
}
