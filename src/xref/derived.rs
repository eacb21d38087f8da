//! The derived cross-reference graph: for each story its top related stories, with
//! score, rank and reasons as nodes, rebuilt whole by `acst xref`.

use super::index::{Corpus, ItemKind};
use super::rank::{related_with, Related, ScoreOptions, Scratch};
use crate::error::Result;
use crate::remote::Remote;
use crate::store::AcstStore;
use crate::vocab::{self, acst, RDFS_LABEL, RDF_TYPE, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::collections::HashSet;

/// Reasons kept per cross-reference in the graph (the strongest; `acst related` lists all).
pub const MAX_REASONS: usize = 3;

/// The shape of what `rebuild` writes, stated in the derived graph
/// (`<graph> acst:derivedFormat N`) so that a query reading it can tell a graph an older
/// acst wrote: 2 added the story → theme links (`acst:omissionTheme`).
pub const FORMAT: i64 = 2;
/// Stories whose cross-references are ranked and handed to the loader at a time.
const CHUNK: usize = 2000;
/// Stories whose cross-references go to a server in one request.
const REMOTE_CHUNK: usize = 200;

fn nn(s: &str) -> NamedNode {
    NamedNode::new_unchecked(s)
}

/// A reason's node: one per distinct (kind, item, label) in the corpus, shared by every
/// cross-reference it explains. A node per cross-reference and reason made reasons
/// three quarters of the derived graph (2.3 of 3.2 million quads at 35,000 stories),
/// which xref wrote and every later ingest had to delete.
fn reason_node(kind: &str, key: &str, label: &str) -> String {
    let digest = crate::read::hex_digest(format!("{kind}\u{0}{key}\u{0}{label}").as_bytes());
    format!("{}xref/reason/{kind}/{}", vocab::BASE, &digest[..16])
}

/// The quads of one story's cross-references. A reason node is described only the first
/// time it appears in `described`, which the caller keeps across stories.
pub fn story_quads(
    c: &Corpus,
    s: usize,
    list: &[Related],
    described: &mut HashSet<String>,
) -> Vec<Quad> {
    let g: GraphName = nn(vocab::XREF_GRAPH).into();
    let mut out = Vec::new();
    let mut add = |s: &str, p: &str, o: Term| {
        out.push(Quad::new(
            NamedOrBlankNode::from(nn(s)),
            nn(p),
            o,
            g.clone(),
        ))
    };
    let story = &c.stories[s].iri;
    for (rank, r) in list.iter().enumerate() {
        let x = format!("{}xref/{}/{}", vocab::BASE, c.stories[s].id, rank + 1);
        add(story, &acst("crossReference"), nn(&x).into());
        add(&x, RDF_TYPE, nn(&acst("CrossReference")).into());
        add(
            &x,
            &acst("relatedStory"),
            nn(&c.stories[r.index].iri).into(),
        );
        let score = Literal::new_typed_literal(format!("{}", r.score), nn(&format!("{XSD}double")));
        add(&x, &acst("score"), score.into());
        add(&x, &acst("rank"), Literal::from(rank as i64 + 1).into());
        for reason in r.reasons.iter().take(MAX_REASONS) {
            let n = reason_node(reason.kind, &reason.key, &reason.item);
            add(&x, &acst("reason"), nn(&n).into());
            if !described.insert(n.clone()) {
                continue;
            }
            add(
                &n,
                &acst("reasonKind"),
                Literal::new_simple_literal(reason.kind).into(),
            );
            add(
                &n,
                RDFS_LABEL,
                Literal::new_simple_literal(&reason.item).into(),
            );
            if reason.key.starts_with("http") {
                add(&n, &acst("reasonItem"), nn(&reason.key).into());
            }
        }
    }
    out
}

/// Ranks the whole corpus, streaming: each chunk of `chunk` stories is ranked, mapped
/// and handed to `write` before the next, so memory stays flat. `each` sees every
/// story's list (for the CSV table). Returns (cross-references, triples).
pub fn rebuild(
    c: &Corpus,
    src: &dyn super::TripleSource,
    opts: ScoreOptions,
    chunk: usize,
    each: &mut dyn FnMut(usize, &[Related]) -> Result<()>,
    write: &mut dyn FnMut(Vec<Quad>) -> Result<()>,
) -> Result<(usize, usize)> {
    let (mut pairs, mut triples) = (0, 0);
    let ids: Vec<usize> = (0..c.stories.len()).collect();
    let mut described = HashSet::new();
    for part in ids.chunks(chunk.max(1)) {
        let mut quads = Vec::new();
        for (s, list) in rank_all(c, part, opts) {
            each(s, &list)?;
            pairs += list.len();
            quads.extend(story_quads(c, s, &list, &mut described));
        }
        triples += quads.len();
        write(quads)?;
    }
    let mut quads = cooccurrence_quads(c);
    quads.extend(omission_theme_quads(c));
    let g = nn(vocab::XREF_GRAPH);
    quads.push(Quad::new(
        g.clone(),
        nn(&acst("derivedFormat")),
        Literal::from(FORMAT),
        g,
    ));
    triples += quads.len();
    write(quads)?;
    let mut quads = super::summary::outlet_quads(c, src)?;
    quads.extend(super::summary::parallel_quads(c, src)?);
    quads.extend(super::summary::solution_type_quads(c, src)?);
    triples += quads.len();
    write(quads)?;
    Ok((pairs, triples))
}

/// Pairs of actors (the outlet included, as `acst:actor` has it) named together in at
/// least two stories, as acst:ActorPair nodes: the join of every story's actors with
/// every other's, which a SPARQL engine does per query in tens of seconds at 35,000
/// stories, done once here. actorA sorts before actorB as strings.
pub fn cooccurrence_quads(c: &Corpus) -> Vec<Quad> {
    let g: GraphName = nn(vocab::XREF_GRAPH).into();
    let mut counts: std::collections::BTreeMap<(&str, &str), i64> = Default::default();
    for items in &c.story_items {
        let mut actors: Vec<&str> = items
            .iter()
            .map(|&i| &c.items[i as usize])
            .filter(|it| matches!(it.kind, ItemKind::Actor | ItemKind::Outlet))
            .map(|it| it.key.as_str())
            .collect();
        actors.sort_unstable();
        actors.dedup();
        for (i, a) in actors.iter().enumerate() {
            for b in &actors[i + 1..] {
                *counts.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut out = Vec::new();
    for ((a, b), n) in counts.into_iter().filter(|(_, n)| *n >= 2) {
        let (Ok(na), Ok(nb)) = (NamedNode::new(a), NamedNode::new(b)) else {
            continue;
        };
        let slug = |iri: &str| iri.rsplit('/').next().unwrap_or("").to_owned();
        let Ok(node) = NamedNode::new(format!(
            "{}xref/actor-pair/{}/{}",
            vocab::BASE,
            slug(a),
            slug(b)
        )) else {
            continue;
        };
        let s = NamedOrBlankNode::from(node);
        for (p, o) in [
            (RDF_TYPE.to_owned(), Term::from(nn(&acst("ActorPair")))),
            (acst("actorA"), na.into()),
            (acst("actorB"), nb.into()),
            (acst("stories"), Literal::from(n).into()),
        ] {
            out.push(Quad::new(s.clone(), nn(&p), o, g.clone()));
        }
    }
    out
}

/// Each story's omission themes as direct links (`story acst:omissionTheme theme`):
/// what `shared-omission` joins, one step instead of story → omission → theme over every
/// omitted item of the corpus. The corpus index leaves the catch-all "other" out.
pub fn omission_theme_quads(c: &Corpus) -> Vec<Quad> {
    let g: GraphName = nn(vocab::XREF_GRAPH).into();
    let p = nn(&acst("omissionTheme"));
    let mut out = Vec::new();
    for (s, items) in c.story_items.iter().enumerate() {
        let Ok(story) = NamedNode::new(c.stories[s].iri.as_str()) else {
            continue;
        };
        for it in items.iter().map(|&i| &c.items[i as usize]) {
            if it.kind != ItemKind::Theme {
                continue;
            }
            if let Ok(theme) = NamedNode::new(it.key.as_str()) {
                out.push(Quad::new(story.clone(), p.clone(), theme, g.clone()));
            }
        }
    }
    out
}

/// Ranks each story of `part` on every core (ranking is read-only over the corpus and
/// the stories are independent), in `part`'s order.
fn rank_all(c: &Corpus, part: &[usize], opts: ScoreOptions) -> Vec<(usize, Vec<Related>)> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per = part.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = part
            .chunks(per)
            .map(|slice| {
                scope.spawn(move || {
                    let mut scratch = Scratch::default();
                    slice
                        .iter()
                        .map(|&s| (s, related_with(c, s, opts, &mut scratch)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// [`rebuild`] into the local store: the old graph is cleared, the chunks go through one
/// bulk loader.
pub fn rebuild_local(
    store: &AcstStore,
    c: &Corpus,
    opts: ScoreOptions,
    each: &mut dyn FnMut(usize, &[Related]) -> Result<()>,
) -> Result<(usize, usize)> {
    store.begin_partial(vocab::XREF_GRAPH)?;
    store.clear_large_graph(vocab::XREF_GRAPH)?;
    store
        .store
        .insert_named_graph(NamedNodeRef::new_unchecked(vocab::XREF_GRAPH))?;
    // One loader for every chunk: ranked and mapped a chunk at a time (flat memory), the
    // files ingested once on commit.
    let mut loader = store.bulk_loader();
    let counts = rebuild(c, store, opts, CHUNK, each, &mut |q| {
        loader.load_quads(q)?;
        Ok(())
    })?;
    loader.commit()?;
    crate::fsutil::crash_point("xref-chunk");
    store.end_partial(vocab::XREF_GRAPH)?;
    // The derived graph arrives as large files over the whole key space; until RocksDB
    // merges them, every query reads through them (actor-network 2.6 s instead of 0.8 s,
    // lens-profile 5.4 s instead of 3.5 s at 35,000 stories). A query process is open too
    // briefly for background compaction to finish, so xref compacts before it returns.
    store.store.optimize()?;
    Ok(counts)
}

/// [`rebuild`] onto a server: the graph is dropped, then each chunk is added to it
/// (Graph Store POST, or INSERT DATA). Chunks are smaller than locally so that one
/// request stays a few megabytes.
pub fn rebuild_remote(
    remote: &Remote,
    c: &Corpus,
    opts: ScoreOptions,
    each: &mut dyn FnMut(usize, &[Related]) -> Result<()>,
) -> Result<(usize, usize)> {
    remote.drop_graph(vocab::XREF_GRAPH)?;
    rebuild(c, remote, opts, REMOTE_CHUNK, each, &mut |q| {
        remote.append_graph(vocab::XREF_GRAPH, &q)
    })
}

/// Drops the derived graph (after an ingest changed the corpus), so nothing stale shows.
pub fn clear(store: &AcstStore) -> Result<bool> {
    // Cleared in batches: listed as partial first, so a kill half-way drops the rest.
    store.begin_partial(vocab::XREF_GRAPH)?;
    let removed = store.clear_large_graph(vocab::XREF_GRAPH)?;
    let g = NamedNodeRef::new_unchecked(vocab::XREF_GRAPH);
    let had = store.store.contains_named_graph(g)?;
    if had {
        store.store.remove_named_graph(g)?;
    }
    store.end_partial(vocab::XREF_GRAPH)?;
    Ok(had || removed > 0)
}
