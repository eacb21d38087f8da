//! Cytoscape JSON in its `elements` form (`.cyjs`), through serde_json.

use super::graph::Graph;
use crate::error::{Error, Result};
use petgraph::visit::EdgeRef;
use serde_json::json;
use std::io::Write;

pub fn write<W: Write>(g: &Graph, w: W) -> Result<()> {
    let nodes: Vec<_> = g
        .node_weights()
        .map(|n| json!({"data": {"id": n.id, "label": n.label, "kind": n.kind, "stories": n.stories, "date": n.date, "cmrScore": n.cmr}}))
        .collect();
    let edges: Vec<_> = g
        .edge_references()
        .enumerate()
        .map(|(k, e)| json!({"data": {"id": format!("e{k}"), "source": g[e.source()].id, "target": g[e.target()].id, "kind": e.weight().kind, "weight": e.weight().weight}}))
        .collect();
    let doc = json!({"format_version": "1.0", "generated_by": concat!("acst ", env!("CARGO_PKG_VERSION")), "data": {"name": "acst"}, "elements": {"nodes": nodes, "edges": edges}});
    serde_json::to_writer_pretty(w, &doc).map_err(|e| Error::Output {
        what: "Cytoscape JSON".into(),
        message: e.to_string(),
    })
}
