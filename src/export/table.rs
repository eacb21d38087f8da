//! CSV node and edge lists, the pair Gephi's spreadsheet import reads.

use super::graph::Graph;
use crate::error::{Error, Result};
use petgraph::visit::EdgeRef;
use std::io::Write;

fn err(e: csv::Error) -> Error {
    Error::Output {
        what: "CSV export".into(),
        message: e.to_string(),
    }
}

/// nodes.csv: Id, Label, kind, stories, date, cmrScore.
pub fn write_nodes<W: Write>(g: &Graph, w: W) -> Result<()> {
    let mut w = csv::Writer::from_writer(w);
    w.write_record(["Id", "Label", "kind", "stories", "date", "cmrScore"])
        .map_err(err)?;
    for n in g.node_weights() {
        w.write_record([
            n.id.as_str(),
            &n.label,
            &n.kind,
            &n.stories.to_string(),
            n.date.as_deref().unwrap_or(""),
            &n.cmr.map(|c| c.to_string()).unwrap_or_default(),
        ])
        .map_err(err)?;
    }
    w.flush().map_err(|e| err(e.into()))
}

/// edges.csv: Source, Target, Type (Undirected), Weight, kind.
pub fn write_edges<W: Write>(g: &Graph, w: W) -> Result<()> {
    let mut w = csv::Writer::from_writer(w);
    w.write_record(["Source", "Target", "Type", "Weight", "kind"])
        .map_err(err)?;
    for e in g.edge_references() {
        w.write_record([
            g[e.source()].id.as_str(),
            &g[e.target()].id,
            "Undirected",
            &e.weight().weight.to_string(),
            &e.weight().kind,
        ])
        .map_err(err)?;
    }
    w.flush().map_err(|e| err(e.into()))
}
