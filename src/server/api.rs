//! JSON for applications: a story, its related stories (the ranking of `acst related`),
//! and ingesting a page on a writable server.

use super::{error, read_body, read_only, text, url_params, State};
use crate::ingest::{ingest as run_ingest, IngestOptions, Input};
use crate::xref::{related, ScoreOptions};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use std::sync::Arc;

fn json(status: StatusCode, value: &impl serde::Serialize) -> Response<Body> {
    match serde_json::to_vec_pretty(value) {
        Ok(body) => super::bytes(status, "application/json", body),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")),
    }
}

/// `/api/story/REF` and `/api/story/REF/related`; REF is an id, IRI or title fragment.
pub fn story(state: &Arc<State>, req: &Request<Body>, rest: &str) -> Response<Body> {
    if req.method() != Method::GET {
        return super::method_not_allowed("GET");
    }
    let (reference, related_list) = match rest.strip_suffix("/related") {
        Some(r) => (r, true),
        None => (rest, false),
    };
    let reference = percent_encoding::percent_decode_str(reference).decode_utf8_lossy();
    let iri = match crate::lookup::story_by_name(&state.backend, &reference) {
        Ok(i) => i,
        Err(e) => return error(&e),
    };
    if !related_list {
        return match crate::inspect::story_view(state.store(), &iri) {
            Ok(v) => json(StatusCode::OK, &v),
            Err(e) => error(&e),
        };
    }
    let top = match url_params(req).iter().find(|(k, _)| k == "top") {
        Some((_, v)) => match v.parse::<usize>() {
            Ok(n) => n,
            Err(_) => {
                return text(
                    StatusCode::BAD_REQUEST,
                    format!("top={v:?} is not a count\n"),
                )
            }
        },
        None => 10,
    };
    let corpus = match state.corpus() {
        Ok(c) => c,
        Err(e) => return error(&e),
    };
    let Some(s) = corpus.story(&iri) else {
        return text(
            StatusCode::NOT_FOUND,
            format!("{iri} is not in the index\n"),
        );
    };
    let opts = ScoreOptions {
        top,
        ..ScoreOptions::default()
    };
    json(StatusCode::OK, &related(&corpus, s, opts))
}

/// `POST /api/ingest[?name=page.txt]`: the body is one story page, read, extracted and
/// stored by the same pipeline as `acst ingest`. Answers the ingest report.
pub fn ingest(state: &Arc<State>, req: &mut Request<Body>) -> Response<Body> {
    if req.method() != Method::POST {
        return super::method_not_allowed("POST");
    }
    if !state.opts.writable {
        return read_only();
    }
    let name = url_params(req)
        .into_iter()
        .find(|(k, _)| k == "name")
        .map_or_else(|| "request body".to_owned(), |(_, v)| v);
    let bytes = match read_body(state, req) {
        Ok(b) => b,
        Err(r) => return super::refuse(r),
    };
    let opts = IngestOptions {
        format: None,
        reference_dir: state.opts.reference_dir.clone(),
        max_page_bytes: 0,
        // One page per request: never worth a compaction of the whole store.
        compaction: crate::ingest::Compaction::Never,
    };
    let input = [Input::Bytes { name, bytes }];
    match run_ingest(&state.backend, &input, &opts, &mut |_, _| {}) {
        Ok(report) => {
            if let Err(e) = state.changed() {
                return error(&e);
            }
            let status = if report.failed.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::BAD_REQUEST
            };
            json(status, &report)
        }
        Err(e) => error(&e),
    }
}
