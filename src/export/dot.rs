//! Graphviz DOT: quoted ids, escaped labels, node kinds as shapes and colours.

use super::graph::Graph;
use super::xml_err;
use crate::error::Result;
use petgraph::visit::EdgeRef;
use std::io::Write;

/// A DOT double-quoted string (the DOT language escapes only `"`; backslashes are
/// doubled so that label escapes such as `\n` are not invented by titles).
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "story" => ("box", "#fde9c8"),
        "actor" => ("ellipse", "#cfe3f7"),
        "outlet" => ("ellipse", "#d9d2f0"),
        "theme" => ("hexagon", "#f6cfd2"),
        "event" => ("diamond", "#d5efd0"),
        "pattern" => ("octagon", "#bfe6df"),
        "pathway-type" => ("component", "#eeeeee"),
        _ => ("ellipse", "#ffffff"),
    }
}

pub fn write<W: Write>(g: &Graph, mut w: W) -> Result<()> {
    (|| -> std::io::Result<()> {
        writeln!(w, "graph acst {{")?;
        writeln!(w, "  graph [overlap=false, splines=true];")?;
        writeln!(
            w,
            "  node [style=filled, fontname=\"Helvetica\", fontsize=10];"
        )?;
        for n in g.node_weights() {
            let (shape, colour) = style(&n.kind);
            writeln!(
                w,
                "  {} [label={}, kind={}, shape={shape}, fillcolor=\"{colour}\"];",
                quote(&n.id),
                quote(&n.label),
                quote(&n.kind)
            )?;
        }
        for e in g.edge_references() {
            let ew = e.weight();
            let pen = (1.0 + ew.weight.ln_1p()).min(6.0);
            writeln!(
                w,
                "  {} -- {} [kind={}, weight={}, penwidth={pen:.2}];",
                quote(&g[e.source()].id),
                quote(&g[e.target()].id),
                quote(&ew.kind),
                ew.weight
            )?;
        }
        writeln!(w, "}}")
    })()
    .map_err(xml_err)
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_and_backslashes_are_escaped() {
        assert_eq!(super::quote(r#"a "b" \n"#), r#""a \"b\" \\n""#);
    }
}
