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
            store.replace_graph(&graph, &quads)?;
            report.replaced += 1;
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
