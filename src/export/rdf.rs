//! RDF dumps: the whole store (every named graph) or one story's graph, in any RDF
//! format Oxigraph serialises. Dataset formats (N-Quads, TriG, JSON-LD) keep the graphs;
//! triple formats merge them (duplicates across graphs written once).

use crate::error::{Error, Result};
use crate::store::AcstStore;
use crate::vocab;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, Quad, Triple};
use std::collections::BTreeSet;
use std::io::Write;

fn err(e: impl std::fmt::Display) -> Error {
    Error::Output {
        what: "RDF dump".into(),
        message: e.to_string(),
    }
}

/// Writes the store (or only `graph`) in `format`. Returns the number of statements.
pub fn dump<W: Write>(
    store: &AcstStore,
    format: RdfFormat,
    graph: Option<GraphNameRef<'_>>,
    w: W,
) -> Result<usize> {
    let quads = store.store.quads_for_pattern(None, None, None, graph);
    let mut ser = RdfSerializer::from_format(format);
    for (p, iri) in vocab::PREFIXES {
        ser = ser.with_prefix(*p, *iri).map_err(err)?;
    }
    let mut ser = ser.for_writer(w);
    let mut n = 0;
    if format.supports_datasets() {
        for q in quads {
            ser.serialize_quad(&q?).map_err(err)?;
            n += 1;
        }
    } else {
        // Sorted and deduplicated so that the merge of graphs is deterministic.
        let triples: BTreeSet<String> = BTreeSet::new();
        let mut seen = triples;
        let mut all: Vec<Triple> = Vec::new();
        for q in quads {
            let Quad {
                subject,
                predicate,
                object,
                ..
            } = q?;
            let t = Triple::new(subject, predicate, object);
            if seen.insert(t.to_string()) {
                all.push(t);
            }
        }
        all.sort_by_cached_key(|t| t.to_string());
        for t in &all {
            ser.serialize_triple(t).map_err(err)?;
            n += 1;
        }
    }
    ser.finish().map_err(err)?;
    Ok(n)
}
