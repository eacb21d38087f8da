//! SPARQL 1.1 Protocol: queries by GET or POST (form or direct body), updates by POST.

use super::negotiate::{choose, Kind};
use super::{
    bytes, content_type, error, read_body, read_only, refuse, status_of, take_slot, text,
    url_params, Refusal, State,
};
use crate::query::results::{self, OutputFormat};
use crate::query::QueryOptions;
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::model::NamedNode;
use oxigraph::sparql::QueryResults;
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// The protocol's parameters, from the URL and, for form posts, the body.
/// The query or update text (if given) and every parameter.
type Params = (Option<String>, Vec<(String, String)>);

fn params(
    state: &State,
    req: &mut Request<Body>,
    key: &str,
    direct: &str,
) -> Result<Params, Refusal> {
    let mut params = url_params(req);
    let mut text = None;
    if req.method() == Method::POST {
        let body = read_body(state, req)?;
        let ct = content_type(req);
        if ct == "application/x-www-form-urlencoded" {
            params.extend(form_urlencoded::parse(&body).into_owned());
        } else if ct == direct {
            let utf8 = String::from_utf8(body);
            text = Some(utf8.map_err(|_| (StatusCode::BAD_REQUEST, "body not UTF-8\n".into()))?);
        } else {
            return Err((
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("POST a form (application/x-www-form-urlencoded) or {direct}\n"),
            ));
        }
    }
    let text = text.or_else(|| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    });
    Ok((text, params))
}

fn graphs(params: &[(String, String)], key: &str) -> Result<Vec<NamedNode>, Refusal> {
    params
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| {
            NamedNode::new(v.clone())
                .map_err(|e| (StatusCode::BAD_REQUEST, format!("{key} {v:?}: {e}\n")))
        })
        .collect()
}

pub fn query(state: &Arc<State>, req: &mut Request<Body>) -> Response<Body> {
    if ![Method::GET, Method::POST].contains(req.method()) {
        return super::method_not_allowed("GET, POST");
    }
    let (query, params) = match params(state, req, "query", "application/sparql-query") {
        Ok(p) => p,
        Err(r) => return refuse(r),
    };
    let Some(query) = query else {
        return text(
            StatusCode::BAD_REQUEST,
            "no query: give query=… (SPARQL 1.1 Protocol)\n",
        );
    };
    let opts = match (
        graphs(&params, "default-graph-uri"),
        graphs(&params, "named-graph-uri"),
    ) {
        (Ok(d), Ok(n)) => QueryOptions {
            timeout: Some(state.opts.timeout),
            refuse_unstoppable: true,
            default_graphs: d,
            named_graphs: n,
            ..QueryOptions::default()
        },
        (Err(r), _) | (_, Err(r)) => return refuse(r),
    };
    let accept = req
        .headers()
        .get("accept")
        .and_then(|v| v.to_str().ok())
        .map(String::from);
    let format = params
        .iter()
        .find(|(k, _)| k == "format" || k == "output")
        .map(|(_, v)| v.clone());
    let Some(worker) = take_slot(state, true) else {
        return text(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is still stopping earlier queries that timed out; retry shortly\n",
        );
    };
    let (tx, rx) = mpsc::channel();
    let worker_state = state.clone();
    std::thread::spawn(move || {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            evaluate(
                &worker_state,
                &query,
                &opts,
                accept.as_deref(),
                format.as_deref(),
            )
        }))
        .unwrap_or_else(|_| {
            Err((
                StatusCode::INTERNAL_SERVER_ERROR,
                "the query engine failed on this query; please report it with the query\n".into(),
            ))
        });
        let _ = tx.send(r);
        drop(worker);
    });
    // Oxigraph notices cancellation between results; give it a moment past the timeout.
    match rx.recv_timeout(state.opts.timeout + Duration::from_secs(1)) {
        Ok(Ok((f, body))) => bytes(StatusCode::OK, f.media_type(), body),
        Ok(Err((status, message))) => text(status, message),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            error(&crate::Error::QueryTimeout(state.opts.timeout))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => text(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the query engine failed on this query; please report it with the query\n",
        ),
    }
}

/// Runs the query and writes its results in the negotiated format; a failure is the
/// status and message to answer with (responses cannot cross threads).
fn evaluate(
    state: &State,
    query: &str,
    opts: &QueryOptions,
    accept: Option<&str>,
    format: Option<&str>,
) -> Result<(OutputFormat, Vec<u8>), (StatusCode, String)> {
    let fail = |e: crate::Error| (status_of(&e), format!("{e}\n"));
    let (results, watchdog) = crate::query::run(&state.store().store, query, opts).map_err(fail)?;
    let kind = match results {
        QueryResults::Graph(_) => Kind::Graph,
        _ => Kind::Solutions,
    };
    let Some(f) = choose(accept, format, kind) else {
        return Err((
            StatusCode::NOT_ACCEPTABLE,
            "no acceptable format: results are SPARQL JSON/XML/CSV/TSV, graphs Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML\n".into(),
        ));
    };
    let mut out = Vec::new();
    results::write(results, f, &mut out, &|e| watchdog.error(e)).map_err(fail)?;
    Ok((f, out))
}

pub fn update(state: &Arc<State>, req: &mut Request<Body>) -> Response<Body> {
    if !state.opts.writable {
        return read_only();
    }
    if req.method() != Method::POST {
        return super::method_not_allowed("POST");
    }
    let (update, _) = match params(state, req, "update", "application/sparql-update") {
        Ok(p) => p,
        Err(r) => return refuse(r),
    };
    let Some(update) = update else {
        return text(
            StatusCode::BAD_REQUEST,
            "no update: give update=… (SPARQL 1.1 Protocol)\n",
        );
    };
    let result = state
        .begin_write()
        .and_then(|()| {
            crate::query::update(&state.store().store, &update, Some(state.opts.timeout))
        })
        .and_then(|()| state.changed());
    match result {
        Ok(()) => text(StatusCode::NO_CONTENT, ""),
        Err(e) => error(&e),
    }
}
