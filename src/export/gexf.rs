//! [GEXF 1.3](https://gexf.net/) for Gephi: node kinds and counts as attributes, edge
//! weights native, written with quick-xml.

use super::graph::Graph;
use super::xml_err;
use crate::error::Result;
use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};
use quick_xml::Writer;
use std::io::Write;

const NODE_ATTRS: [(&str, &str, &str); 4] = [
    ("0", "kind", "string"),
    ("1", "stories", "integer"),
    ("2", "date", "string"),
    ("3", "cmrScore", "double"),
];

pub fn write<W: Write>(g: &Graph, out: W) -> Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    (|| -> std::io::Result<()> {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.write_event(Event::Start(BytesStart::new("gexf").with_attributes([
            ("xmlns", "http://gexf.net/1.3"),
            ("version", "1.3"),
        ])))?;
        w.create_element("meta").write_inner_content(|w| {
            w.create_element("creator")
                .write_text_content(quick_xml::events::BytesText::new(concat!(
                    "acst ",
                    env!("CARGO_PKG_VERSION")
                )))?;
            Ok(())
        })?;
        w.write_event(Event::Start(BytesStart::new("graph").with_attributes([
            ("mode", "static"),
            ("defaultedgetype", "undirected"),
        ])))?;
        w.create_element("attributes")
            .with_attributes([("class", "node"), ("mode", "static")])
            .write_inner_content(|w| {
                for (id, title, ty) in NODE_ATTRS {
                    w.create_element("attribute")
                        .with_attributes([("id", id), ("title", title), ("type", ty)])
                        .write_empty()?;
                }
                Ok(())
            })?;
        w.create_element("attributes")
            .with_attributes([("class", "edge"), ("mode", "static")])
            .write_inner_content(|w| {
                w.create_element("attribute")
                    .with_attributes([("id", "k"), ("title", "kind"), ("type", "string")])
                    .write_empty()?;
                Ok(())
            })?;
        w.write_event(Event::Start(BytesStart::new("nodes")))?;
        for n in g.node_weights() {
            let values = [
                Some(n.kind.clone()),
                Some(n.stories.to_string()),
                n.date.clone(),
                n.cmr.map(|c| c.to_string()),
            ];
            w.create_element("node")
                .with_attributes([("id", n.id.as_str()), ("label", n.label.as_str())])
                .write_inner_content(|w| {
                    w.create_element("attvalues").write_inner_content(|w| {
                        for ((id, _, _), v) in NODE_ATTRS.iter().zip(&values) {
                            if let Some(v) = v {
                                w.create_element("attvalue")
                                    .with_attributes([("for", *id), ("value", v.as_str())])
                                    .write_empty()?;
                            }
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
        }
        w.write_event(Event::End(BytesEnd::new("nodes")))?;
        w.write_event(Event::Start(BytesStart::new("edges")))?;
        for (k, e) in g.edge_references().enumerate() {
            let (id, weight) = (format!("e{k}"), e.weight().weight.to_string());
            w.create_element("edge")
                .with_attributes([
                    ("id", id.as_str()),
                    ("source", g[e.source()].id.as_str()),
                    ("target", g[e.target()].id.as_str()),
                    ("weight", weight.as_str()),
                ])
                .write_inner_content(|w| {
                    w.create_element("attvalues").write_inner_content(|w| {
                        w.create_element("attvalue")
                            .with_attributes([("for", "k"), ("value", e.weight().kind.as_str())])
                            .write_empty()?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
        }
        w.write_event(Event::End(BytesEnd::new("edges")))?;
        w.write_event(Event::End(BytesEnd::new("graph")))?;
        w.write_event(Event::End(BytesEnd::new("gexf")))?;
        w.get_mut().write_all(b"\n")
    })()
    .map_err(xml_err)
}
