//! The web explorer of `acst serve`: HTML pages over a small JSON API, every asset
//! compiled into the binary, nothing that writes. Pages render on the server (they
//! work without JavaScript); the graph view and the SPARQL editor add scripts.

mod charts;
mod pages;

use super::{bytes, error, text, url_params, State};
use crate::explore;
use crate::xref::{related, ScoreOptions};
use maud::Markup;
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use std::collections::HashMap;
use std::sync::Arc;

/// The files under `assets/web/`, with their media types.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "acst.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../assets/web/acst.css"),
    ),
    (
        "graph.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../assets/web/graph.js"),
    ),
    (
        "editor.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../assets/web/editor.js"),
    ),
    (
        "vendor/cytoscape.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../assets/web/vendor/cytoscape.min.js"),
    ),
];

/// Only this server's own files run in these pages: no request leaves the origin.
/// Inline styles are allowed (Cytoscape.js sets its canvas's style); scripts are not.
const CSP: &str = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The most nodes a graph view draws (see `around_capped`).
const GRAPH_CAP: usize = 250;

/// Does the client ask for HTML (a browser) rather than the protocol listing (curl)?
pub fn wants_html(req: &Request<Body>) -> bool {
    req.headers()
        .get("accept")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
}

fn html(status: StatusCode, page: Markup) -> Response<Body> {
    let mut r = bytes(
        status,
        "text/html; charset=utf-8",
        page.into_string().into_bytes(),
    );
    let h = r.headers_mut();
    h.insert(
        "content-security-policy",
        CSP.parse().expect("valid header"),
    );
    h.insert(
        "x-content-type-options",
        "nosniff".parse().expect("valid header"),
    );
    r
}

fn json(value: &impl serde::Serialize) -> Response<Body> {
    match serde_json::to_vec(value) {
        Ok(b) => bytes(StatusCode::OK, "application/json", b),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")),
    }
}

fn param(req: &Request<Body>, key: &str) -> Option<String> {
    url_params(req)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

fn decode(segment: &str) -> String {
    percent_encoding::percent_decode_str(segment)
        .decode_utf8_lossy()
        .into_owned()
}

/// The explorer's answer for `path`, or `None` when the path is not one of its own.
pub fn route(state: &Arc<State>, req: &Request<Body>, path: &str) -> Option<Response<Body>> {
    if req.method() != Method::GET {
        return None;
    }
    let page = |r: crate::Result<Response<Body>>| Some(r.unwrap_or_else(|e| html_error(&e)));
    match path {
        "/" => page(home(state)),
        "/search" => page(search(state, req)),
        "/graph" => page(graph_page(state, req)),
        "/editor" => Some(html(
            StatusCode::OK,
            pages::editor(&crate::query::canned::all()),
        )),
        "/api/home" => Some(
            state
                .corpus()
                .map_or_else(|e| error(&e), |c| json(&explore::home(&c))),
        ),
        "/api/graph" => Some(graph_json(state, req)),
        "/api/canned" => Some(json(&canned_list())),
        p => {
            if let Some(id) = p.strip_prefix("/story/") {
                page(story(state, &decode(id)))
            } else if let Some(rest) = p.strip_prefix("/entity/") {
                page(entity(state, rest).map(|(p, a)| html(StatusCode::OK, pages::entity(&p, &a))))
            } else if let Some(rest) = p.strip_prefix("/api/entity/") {
                Some(entity(state, rest).map_or_else(
                    |e| error(&e),
                    |(p, a)| json(&serde_json::json!({"entity": p, "aliases": a})),
                ))
            } else {
                p.strip_prefix("/assets/").map(asset)
            }
        }
    }
}

fn html_error(e: &crate::Error) -> Response<Body> {
    html(
        super::status_of(e),
        pages::message("Not available", &e.to_string()),
    )
}

fn asset(name: &str) -> Response<Body> {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, media, body)) => {
            let mut r = bytes(StatusCode::OK, media, body.to_vec());
            r.headers_mut().insert(
                "cache-control",
                "max-age=3600".parse().expect("valid header"),
            );
            r
        }
        None => text(StatusCode::NOT_FOUND, "no such asset\n"),
    }
}

fn home(state: &Arc<State>) -> crate::Result<Response<Body>> {
    let c = state.corpus()?;
    Ok(html(StatusCode::OK, pages::home(&explore::home(&c))))
}

fn search(state: &Arc<State>, req: &Request<Body>) -> crate::Result<Response<Body>> {
    let q = param(req, "q").unwrap_or_default();
    let c = state.corpus()?;
    let (stories, entries) = explore::search(&c, &q, 50);
    Ok(html(StatusCode::OK, pages::search(&q, &stories, &entries)))
}

fn story(state: &Arc<State>, reference: &str) -> crate::Result<Response<Body>> {
    let iri = crate::lookup::story_by_name(&state.backend, reference)?;
    let view = crate::inspect::story_view(state.store(), &iri)?;
    let c = state.corpus()?;
    let (subjects, list) = match c.story(&iri) {
        Some(s) => (
            explore::story_items(&c, s, crate::xref::ItemKind::Omission),
            related(
                &c,
                s,
                ScoreOptions {
                    top: 5,
                    ..ScoreOptions::default()
                },
            ),
        ),
        None => (Vec::new(), Vec::new()),
    };
    // A reason names an item by key: its page is the item's node id.
    let keys: std::collections::HashSet<&str> = list
        .iter()
        .flat_map(|r| r.reasons.iter().map(|x| x.key.as_str()))
        .collect();
    let ids: HashMap<&str, String> = (0..c.items.len())
        .filter(|&i| keys.contains(c.items[i].key.as_str()))
        .map(|i| {
            (
                c.items[i].key.as_str(),
                crate::export::graph::item_node(&c, i).id,
            )
        })
        .collect();
    let related: Vec<_> = list
        .iter()
        .map(|r| {
            let reasons = r
                .reasons
                .iter()
                .filter_map(|x| Some((x.item.clone(), ids.get(x.key.as_str())?.clone(), x.kind)))
                .collect();
            (r.clone(), reasons)
        })
        .collect();
    Ok(html(
        StatusCode::OK,
        pages::story(&view, &subjects, &related),
    ))
}

/// `/entity/KIND/SLUG`: the page, and the surface forms the stories used for it.
fn entity(state: &Arc<State>, rest: &str) -> crate::Result<(explore::EntityPage, Vec<String>)> {
    let (kind, slug) = rest.split_once('/').unwrap_or((rest, ""));
    let id = format!("{kind}:{}", decode(slug));
    let (c, ix) = state.pages()?;
    let page = explore::entity(&c, &ix, &id)
        .ok_or_else(|| crate::Error::StoryLookup(format!("no entity {id} in this corpus")))?;
    let aliases = surface_forms(state, &page.key)?;
    Ok((page, aliases))
}

/// The surface forms of the mentions of an IRI, sorted (none for a key phrase).
fn surface_forms(state: &Arc<State>, key: &str) -> crate::Result<Vec<String>> {
    use oxigraph::model::{NamedNode, NamedNodeRef, Term};
    let Ok(entity) = NamedNode::new(key) else {
        return Ok(Vec::new());
    };
    let of = NamedNode::new_unchecked(crate::vocab::acst("mentionOf"));
    let surface = NamedNode::new_unchecked(crate::vocab::acst("surfaceForm"));
    let store = &state.store().store;
    let mut forms = std::collections::BTreeSet::new();
    for q in store
        .quads_for_pattern(None, Some(of.as_ref()), Some(entity.as_ref().into()), None)
        .take(2000)
    {
        let q = q.map_err(crate::Error::from)?;
        for f in store.quads_for_pattern(
            Some(q.subject.as_ref()),
            Some(NamedNodeRef::from(&surface)),
            None,
            None,
        ) {
            if let Term::Literal(l) = f.map_err(crate::Error::from)?.object {
                forms.insert(l.value().to_owned());
            }
        }
    }
    Ok(forms.into_iter().take(50).collect())
}

/// The node a graph is drawn around: `around=story:ID` or an entity id; by default the
/// latest story.
fn around(state: &Arc<State>, req: &Request<Body>) -> crate::Result<(String, usize)> {
    let depth = match param(req, "depth").as_deref() {
        None | Some("1") => 1,
        Some("2") => 2,
        Some(d) => return Err(crate::Error::Invalid(format!("depth={d:?}: 1 or 2"))),
    };
    let around = match param(req, "around") {
        Some(a) if !a.is_empty() => a,
        _ => {
            let c = state.corpus()?;
            let latest = explore::latest_stories(&c, 1).into_iter().next();
            latest
                .map(|s| format!("story:{}", s.id))
                .unwrap_or_default()
        }
    };
    Ok((around, depth))
}

fn graph_page(state: &Arc<State>, req: &Request<Body>) -> crate::Result<Response<Body>> {
    let (around, depth) = around(state, req)?;
    Ok(html(StatusCode::OK, pages::graph(&around, depth)))
}

/// `/api/graph?around=ID&depth=N`: the full view's neighbourhood, as Cytoscape JSON
/// (the same graph as `acst export --around … --format cyjs`).
fn graph_json(state: &Arc<State>, req: &Request<Body>) -> Response<Body> {
    let run = || -> crate::Result<(Vec<u8>, usize, usize)> {
        let (around, depth) = around(state, req)?;
        let full = state.full_graph()?;
        let (g, total) = crate::export::graph::around_capped(&full, &around, depth, GRAPH_CAP);
        if g.node_count() == 0 {
            return Err(crate::Error::StoryLookup(format!(
                "no node {around} in this corpus"
            )));
        }
        let mut out = Vec::new();
        crate::export::cyjs::write(&g, &mut out)?;
        Ok((out, g.node_count(), total))
    };
    match run() {
        Ok((b, shown, total)) => {
            let mut r = bytes(StatusCode::OK, "application/json", b);
            let h = r.headers_mut();
            h.insert("x-acst-nodes-shown", shown.into());
            h.insert("x-acst-nodes-total", total.into());
            r
        }
        Err(e) => error(&e),
    }
}

fn canned_list() -> Vec<serde_json::Value> {
    crate::query::canned::all()
        .into_iter()
        .map(|c| {
            serde_json::json!({
                "name": c.name, "answers": c.answers, "needsXref": c.needs_xref,
                "params": c.params.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
                "text": c.text,
            })
        })
        .collect()
}
