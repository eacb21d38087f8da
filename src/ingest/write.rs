//! Where an ingest writes: the local store (bulk loader for new stories, one
//! transaction per replaced story) or a server's Graph Store Protocol.

use super::{Chunk, IngestReport};
use crate::backend::Backend;
use crate::error::Result;
use crate::vocab;
use oxigraph::model::Quad;

/// The ontology and reference graphs, replaced.
pub(super) fn install_base(backend: &Backend, reference: &[Quad]) -> Result<()> {
    match backend {
        Backend::Local(store) => store.install_base(reference),
        Backend::Remote(r) => {
            r.replace_graph(vocab::ONTOLOGY_GRAPH, &crate::store::ontology_quads()?)?;
            r.replace_graph(vocab::REFERENCE_GRAPH, reference)?;
            Ok(())
        }
    }
}

/// Story graphs PUT to a server at once: each PUT waits on the server's round trip,
/// and different stories' graphs never conflict.
const REMOTE_WRITERS: usize = 4;

/// PUTs a chunk's story graphs with [`REMOTE_WRITERS`] requests in flight.
fn put_all(r: &crate::remote::Remote, chunk: Chunk, report: &mut IngestReport) -> Result<()> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<Result<Vec<(usize, bool)>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..REMOTE_WRITERS)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((id, quads)) = chunk.get(i) else {
                            return Ok(done);
                        };
                        done.push((
                            quads.len(),
                            r.replace_graph(&vocab::story_graph(id), quads)?,
                        ));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("writer thread panicked"))
            .collect()
    });
    for result in results {
        for (triples, created) in result? {
            report.triples += triples;
            if created {
                report.added += 1;
            } else {
                report.replaced += 1;
            }
        }
    }
    Ok(())
}

/// Writes a chunk. Locally, stories already in the store are replaced one transaction
/// each and new ones go through the bulk loader together; on a server each story's
/// graph is PUT (Graph Store Protocol), which replaces it.
pub(super) fn flush(backend: &Backend, chunk: Chunk, report: &mut IngestReport) -> Result<()> {
    let store = match backend {
        Backend::Local(store) => store,
        Backend::Remote(r) => return put_all(r, chunk, report),
    };
    let mut fresh = Vec::new();
    for (id, quads) in chunk {
        report.triples += quads.len();
        let graph = vocab::story_graph(&id);
        if store.has_graph(&graph)? {
            // A page read again as it was is not written again: replacing a graph costs
            // a delete and an insert per quad (35 of the 45 s of re-reading 3,500
            // unchanged pages).
            if same_content(&store.graph_quads(&graph)?, &quads) {
                report.triples -= quads.len();
                report.unchanged += 1;
            } else {
                store.replace_graph(&graph, &quads)?;
                report.replaced += 1;
            }
        } else {
            fresh.extend(quads);
            report.added += 1;
        }
    }
    if !fresh.is_empty() {
        store.bulk_insert(fresh)?;
    }
    Ok(())
}

/// Whether two versions of a story graph say the same, the time of the ingest aside.
/// The store keeps numbers and dates by value ("1.0" of a double comes back as "1"), so
/// the new graph's literals are compared in the same canonical form.
fn same_content(old: &[Quad], new: &[Quad]) -> bool {
    let when = vocab::prov("generatedAtTime");
    let content = |quads: &[Quad]| -> std::collections::HashSet<Quad> {
        quads
            .iter()
            .filter(|q| q.predicate.as_str() != when)
            .map(canonical)
            .collect()
    };
    // As sets: the store keeps a quad written twice once.
    content(old) == content(new)
}

/// A quad whose literal object is written in its datatype's canonical form.
fn canonical(q: &Quad) -> Quad {
    use oxigraph::model::{vocab::xsd, Literal, Term};
    use std::str::FromStr;
    let Term::Literal(l) = &q.object else {
        return q.clone();
    };
    let (v, dt) = (l.value(), l.datatype());
    fn lexical<T: FromStr + std::fmt::Display>(v: &str) -> Option<String> {
        T::from_str(v).ok().map(|x| x.to_string())
    }
    let form = match dt {
        d if d == xsd::DOUBLE => lexical::<oxsdatatypes::Double>(v),
        d if d == xsd::DECIMAL => lexical::<oxsdatatypes::Decimal>(v),
        d if d == xsd::INTEGER => lexical::<oxsdatatypes::Integer>(v),
        d if d == xsd::DATE_TIME => lexical::<oxsdatatypes::DateTime>(v),
        d if d == xsd::DATE => lexical::<oxsdatatypes::Date>(v),
        _ => None,
    };
    match form {
        Some(f) if f != v => Quad {
            object: Literal::new_typed_literal(f, dt.into_owned()).into(),
            ..q.clone()
        },
        _ => q.clone(),
    }
}
