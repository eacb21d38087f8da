//! Copying acst's graphs between the local store and a server, graph by graph, so a
//! copy replaces what was there instead of duplicating it.

use super::Remote;
use crate::error::Result;
use crate::store::AcstStore;

/// Triples per request: a graph larger than this (the derived graph: 3 M triples at
/// 35,000 stories) goes up as one PUT followed by POSTs of the rest.
const PER_REQUEST: usize = 50_000;
/// Pulled graphs larger than this are loaded with the bulk loader, not one transaction.
const BULK_FROM: usize = 100_000;

/// What a push or pull copied.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SyncReport {
    pub graphs: usize,
    pub triples: usize,
}

/// Copies every named graph of the local store to the server.
pub fn push(
    store: &AcstStore,
    remote: &Remote,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<SyncReport> {
    let mut graphs = Vec::new();
    for g in store.store.named_graphs() {
        if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g? {
            graphs.push(n.into_string());
        }
    }
    graphs.sort();
    let mut report = SyncReport::default();
    for (i, g) in graphs.iter().enumerate() {
        let quads = store.graph_quads(g)?;
        let mut parts = quads.chunks(PER_REQUEST);
        remote.replace_graph(g, parts.next().unwrap_or(&[]))?;
        for part in parts {
            remote.append_graph(g, part)?;
        }
        report.graphs += 1;
        report.triples += quads.len();
        progress(i + 1, graphs.len());
    }
    Ok(report)
}

/// Copies acst's graphs from the server into the local store (replacing each).
pub fn pull(
    remote: &Remote,
    store: &AcstStore,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<SyncReport> {
    let graphs = remote.acst_graphs()?;
    let mut report = SyncReport::default();
    for (i, g) in graphs.iter().enumerate() {
        let quads = remote.graph_quads(g)?;
        if quads.len() > BULK_FROM {
            let n = quads.len();
            store.clear_large_graph(g)?;
            store.bulk_insert(quads)?;
            report.graphs += 1;
            report.triples += n;
        } else if !quads.is_empty() || store.has_graph(g)? {
            store.replace_graph(g, &quads)?;
            report.graphs += 1;
            report.triples += quads.len();
        }
        progress(i + 1, graphs.len());
    }
    crate::xref::Corpus::invalidate(store)?;
    Ok(report)
}
