//! [GraphML](http://graphml.graphdrawing.org/specification.html) with typed attribute keys
//! declared once, written with quick-xml (escaping included).

use super::graph::Graph;
use super::xml_err;
use crate::error::Result;
use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::Write;

const KEYS: [(&str, &str, &str, &str); 7] = [
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("stories", "node", "stories", "int"),
    ("date", "node", "date", "string"),
    ("cmr", "node", "cmrScore", "double"),
    ("ekind", "edge", "kind", "string"),
    ("weight", "edge", "weight", "double"),
];

fn data<W: Write>(w: &mut Writer<W>, key: &str, value: &str) -> std::io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

pub fn write<W: Write>(g: &Graph, out: W) -> Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    (|| -> std::io::Result<()> {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        w.write_event(Event::Start(BytesStart::new("graphml").with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
        ])))?;
        for (id, on, name, ty) in KEYS {
            w.create_element("key")
                .with_attributes([
                    ("id", id),
                    ("for", on),
                    ("attr.name", name),
                    ("attr.type", ty),
                ])
                .write_empty()?;
        }
        w.write_event(Event::Start(
            BytesStart::new("graph")
                .with_attributes([("id", "acst"), ("edgedefault", "undirected")]),
        ))?;
        for n in g.node_weights() {
            w.write_event(Event::Start(
                BytesStart::new("node").with_attributes([("id", n.id.as_str())]),
            ))?;
            data(&mut w, "label", &n.label)?;
            data(&mut w, "kind", &n.kind)?;
            data(&mut w, "stories", &n.stories.to_string())?;
            if let Some(d) = &n.date {
                data(&mut w, "date", d)?;
            }
            if let Some(c) = n.cmr {
                data(&mut w, "cmr", &c.to_string())?;
            }
            w.write_event(Event::End(BytesEnd::new("node")))?;
        }
        for (k, e) in g.edge_references().enumerate() {
            let (s, t) = (&g[e.source()].id, &g[e.target()].id);
            let id = format!("e{k}");
            w.write_event(Event::Start(BytesStart::new("edge").with_attributes([
                ("id", id.as_str()),
                ("source", s.as_str()),
                ("target", t.as_str()),
            ])))?;
            data(&mut w, "ekind", &e.weight().kind)?;
            data(&mut w, "weight", &e.weight().weight.to_string())?;
            w.write_event(Event::End(BytesEnd::new("edge")))?;
        }
        w.write_event(Event::End(BytesEnd::new("graph")))?;
        w.write_event(Event::End(BytesEnd::new("graphml")))?;
        w.get_mut().write_all(b"\n")
    })()
    .map_err(xml_err)
}
