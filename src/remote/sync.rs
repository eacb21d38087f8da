//! Copying acst's graphs between the local store and a server, graph by graph, so a
//! copy replaces what was there instead of duplicating it.

use super::Remote;
use crate::error::Result;
use crate::store::AcstStore;
use oxigraph::model::{GraphNameRef, Quad};

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

/// Copies every named graph of the local store to the server. Each graph is read in
/// parts of [`PER_REQUEST`] triples: the first replaces the server's graph, the rest add.
pub fn push(
    store: &AcstStore,
    remote: &Remote,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<SyncReport> {
    let mut graphs = Vec::new();
    for g in store.store.named_graphs() {
        if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g? {
            graphs.push(n);
        }
    }
    graphs.sort();
    let mut report = SyncReport::default();
    for (i, g) in graphs.iter().enumerate() {
        let mut part = Vec::new();
        let mut first = true;
        let quads = store.store.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(g.as_ref())),
        );
        for q in quads {
            part.push(q?);
            if part.len() == PER_REQUEST {
                send(remote, g.as_str(), &part, first)?;
                report.triples += part.len();
                part.clear();
                first = false;
            }
        }
        if first || !part.is_empty() {
            send(remote, g.as_str(), &part, first)?;
            report.triples += part.len();
        }
        report.graphs += 1;
        progress(i + 1, graphs.len());
    }
    Ok(report)
}

fn send(remote: &Remote, graph: &str, part: &[Quad], first: bool) -> Result<()> {
    if first {
        remote.replace_graph(graph, part).map(|_| ())
    } else {
        remote.append_graph(graph, part)
    }
}

/// Copies acst's graphs from the server into the local store, replacing each: a small
/// graph in one transaction, a large one (the derived graph) cleared and then loaded
/// in parts of [`BULK_FROM`] triples as they stream in.
pub fn pull(
    remote: &Remote,
    store: &AcstStore,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<SyncReport> {
    let graphs = remote.acst_graphs()?;
    let mut report = SyncReport::default();
    store.begin_write()?;
    for (i, g) in graphs.iter().enumerate() {
        let mut stream = remote.graph_stream(g)?;
        let mut part: Vec<Quad> = Vec::new();
        let mut large = false;
        for q in stream.by_ref() {
            part.push(q?);
            if part.len() == BULK_FROM {
                if !large {
                    store.begin_partial(g)?;
                    store.clear_large_graph(g)?;
                    large = true;
                }
                report.triples += part.len();
                store.bulk_insert(std::mem::take(&mut part))?;
                crate::fsutil::crash_point("pull-part");
            }
        }
        if large {
            report.triples += part.len();
            store.bulk_insert(part)?;
            store.end_partial(g)?;
            report.graphs += 1;
        } else if !part.is_empty() || store.has_graph(g)? {
            store.replace_graph(g, &part)?;
            report.graphs += 1;
            report.triples += part.len();
        }
        progress(i + 1, graphs.len());
    }
    crate::xref::Corpus::invalidate(store)?;
    Ok(report)
}
