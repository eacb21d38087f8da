//! The derived cross-reference graph: for each story its top related stories, with
//! score, rank and reasons as nodes, rebuilt whole by `acst xref`.

use super::index::Corpus;
use super::rank::{related, Related, ScoreOptions};
use crate::error::Result;
use crate::store::AcstStore;
use crate::vocab::{self, acst, RDFS_LABEL, RDF_TYPE, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};

/// All stories' related lists (in story order).
pub fn compute(c: &Corpus, opts: ScoreOptions) -> Vec<Vec<Related>> {
    (0..c.stories.len()).map(|s| related(c, s, opts)).collect()
}

fn nn(s: &str) -> NamedNode {
    NamedNode::new_unchecked(s)
}

/// The quads of the derived graph.
pub fn quads(c: &Corpus, all: &[Vec<Related>]) -> Vec<Quad> {
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
    let dbl = |x: f64| -> Term {
        Literal::new_typed_literal(format!("{x}"), nn(&format!("{XSD}double"))).into()
    };
    for (s, list) in all.iter().enumerate() {
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
            add(&x, &acst("score"), dbl(r.score));
            add(&x, &acst("rank"), Literal::from(rank as i64 + 1).into());
            for (k, reason) in r.reasons.iter().enumerate() {
                let n = format!("{x}/reason/{}", k + 1);
                add(&x, &acst("reason"), nn(&n).into());
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
                add(&n, &acst("weight"), dbl(reason.weight));
            }
        }
    }
    out
}

/// Rebuilds the derived graph: cleared, then bulk-loaded.
pub fn write(store: &AcstStore, quads: Vec<Quad>) -> Result<()> {
    store
        .store
        .clear_graph(NamedNodeRef::new_unchecked(vocab::XREF_GRAPH))?;
    store
        .store
        .insert_named_graph(NamedNodeRef::new_unchecked(vocab::XREF_GRAPH))?;
    store.bulk_insert(quads)
}

/// Drops the derived graph (after an ingest changed the corpus), so nothing stale shows.
pub fn clear(store: &AcstStore) -> Result<bool> {
    let g = NamedNodeRef::new_unchecked(vocab::XREF_GRAPH);
    let had = store.store.contains_named_graph(g)?;
    if had {
        store.store.remove_named_graph(g)?;
    }
    Ok(had)
}
