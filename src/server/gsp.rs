//! SPARQL 1.1 Graph Store HTTP Protocol on `/store`: `?graph=IRI` or `?default`.
//! Reads always; PUT (replace), POST (add) and DELETE only on a writable server.

use super::negotiate::{choose, Kind};
use super::{bytes, content_type, error, read_body, read_only, text, url_params, State};
use crate::error::Result;
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad};
use std::sync::Arc;

pub fn handle(state: &Arc<State>, req: &mut Request<Body>) -> Response<Body> {
    let params = url_params(req);
    let graph = match (
        params.iter().find(|(k, _)| k == "graph"),
        params.iter().any(|(k, _)| k == "default"),
    ) {
        (Some((_, g)), false) => match NamedNode::new(g.clone()) {
            Ok(n) => GraphName::NamedNode(n),
            Err(e) => return text(StatusCode::BAD_REQUEST, format!("graph {g:?}: {e}\n")),
        },
        (None, true) => GraphName::DefaultGraph,
        _ => {
            return text(
                StatusCode::BAD_REQUEST,
                "give either ?graph=IRI or ?default\n",
            )
        }
    };
    let m = req.method().clone();
    if m == Method::GET || m == Method::HEAD {
        return get(state, req, &graph, m == Method::HEAD);
    }
    if ![Method::PUT, Method::POST, Method::DELETE].contains(&m) {
        return super::method_not_allowed("GET, HEAD, PUT, POST, DELETE");
    }
    if !state.opts.writable {
        return read_only();
    }
    let r = write(state, req, &graph, &m).and_then(|resp| state.changed().map(|()| resp));
    r.unwrap_or_else(|e| error(&e))
}

fn exists(state: &State, graph: &GraphName) -> Result<bool> {
    Ok(match graph {
        GraphName::NamedNode(n) => state.store().has_graph(n.as_str())?,
        _ => true,
    })
}

fn get(state: &State, req: &Request<Body>, graph: &GraphName, head: bool) -> Response<Body> {
    let accept = req.headers().get("accept").and_then(|v| v.to_str().ok());
    let Some(f) = choose(accept, None, Kind::Graph) else {
        return text(
            StatusCode::NOT_ACCEPTABLE,
            "graphs are served as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML\n",
        );
    };
    match exists(state, graph) {
        Ok(false) => return text(StatusCode::NOT_FOUND, format!("no graph {graph}\n")),
        Err(e) => return error(&e),
        Ok(true) => {}
    }
    let rdf = f.rdf_format().expect("graph formats are RDF");
    let mut body = Vec::new();
    match crate::export::rdf::dump(state.store(), rdf, Some(graph.as_ref()), &mut body) {
        Ok(_) => bytes(
            StatusCode::OK,
            f.media_type(),
            if head { Vec::new() } else { body },
        ),
        Err(e) => error(&e),
    }
}

/// A body nested too deeply for the recursive parsers: refused before parsing.
fn too_deep(depth: usize) -> Response<Body> {
    text(
        StatusCode::BAD_REQUEST,
        format!(
            "body nested {depth} levels deep (at most {} are read)\n",
            crate::nesting::MAX_DEPTH
        ),
    )
}

fn write(
    state: &State,
    req: &mut Request<Body>,
    graph: &GraphName,
    m: &Method,
) -> Result<Response<Body>> {
    let existed = exists(state, graph)?;
    state.begin_write()?;
    let store = &state.store().store;
    if *m == Method::DELETE {
        if !existed {
            return Ok(text(StatusCode::NOT_FOUND, format!("no graph {graph}\n")));
        }
        match graph {
            GraphName::NamedNode(n) => store.remove_named_graph(n)?,
            _ => store.clear_graph(GraphNameRef::DefaultGraph)?,
        }
        return Ok(text(StatusCode::NO_CONTENT, ""));
    }
    let ct = content_type(req);
    let Some(format) = RdfFormat::from_media_type(&ct) else {
        return Ok(text(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("unsupported RDF media type {ct:?}\n"),
        ));
    };
    let body = match read_body(state, req) {
        Ok(b) => b,
        Err(r) => return Ok(super::refuse(r)),
    };
    // Recursive parsers overflow the stack on absurd nesting: measure it first.
    let body_text = String::from_utf8_lossy(&body);
    let depth = match format {
        RdfFormat::JsonLd { .. } => crate::nesting::json_depth(&body_text),
        RdfFormat::Turtle | RdfFormat::TriG | RdfFormat::N3 => {
            crate::nesting::sparql_depth(&body_text)
        }
        _ => 0,
    };
    if depth > crate::nesting::MAX_DEPTH {
        return Ok(too_deep(depth));
    }
    let quads: std::result::Result<Vec<Quad>, _> = RdfParser::from_format(format)
        .without_named_graphs()
        .with_default_graph(graph.clone())
        .for_slice(&body)
        .collect();
    let quads = match quads {
        Ok(q) => q,
        Err(e) => return Ok(text(StatusCode::BAD_REQUEST, format!("{e}\n"))),
    };
    let mut t = store.start_transaction()?;
    if *m == Method::PUT {
        t.clear_graph(graph.as_ref())?;
    }
    if let GraphName::NamedNode(n) = graph {
        t.insert_named_graph(n);
    }
    t.extend(&quads);
    t.commit()?;
    Ok(if existed {
        text(StatusCode::NO_CONTENT, "")
    } else {
        text(StatusCode::CREATED, "")
    })
}
