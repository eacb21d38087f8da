//! Who may do what: writes need the token and the server's own web origin; beyond
//! loopback every request needs the token.

use super::{text, State};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};

/// Whether a request may go on: writes need the token and must not come from another
/// web origin (a page the operator visits cannot POST `DROP ALL` to a loopback server);
/// beyond loopback every request needs the token.
pub(super) fn authorize(state: &State, req: &Request<Body>, path: &str) -> Option<Response<Body>> {
    let m = req.method();
    let write = path == "/update"
        || path == "/api/ingest"
        || (path == "/store" && [Method::PUT, Method::POST, Method::DELETE].contains(m));
    let header = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    if write && state.opts.writable {
        let host = header("host").unwrap_or_default();
        let cross_origin = header("origin").is_some_and(|o| {
            o == "null"
                || o.split("://")
                    .nth(1)
                    .is_none_or(|rest| rest.trim_end_matches('/') != host)
        }) || header("sec-fetch-site").is_some_and(|s| s == "cross-site");
        if cross_origin {
            return Some(text(
                StatusCode::FORBIDDEN,
                "writes from another web origin are refused\n",
            ));
        }
    }
    let needs_token = (write && state.opts.writable) || !state.opts.bind.ip().is_loopback();
    let token = state.opts.token.as_deref().filter(|_| needs_token)?;
    let given = header("authorization").and_then(|a| a.strip_prefix("Bearer ").map(str::to_owned));
    if given.is_some_and(|g| same(g.trim().as_bytes(), token.trim().as_bytes())) {
        return None;
    }
    let mut r = text(
        StatusCode::UNAUTHORIZED,
        "this needs the server's token: Authorization: Bearer TOKEN\n",
    );
    r.headers_mut()
        .insert("www-authenticate", HeaderValue::from_static("Bearer"));
    Some(r)
}

/// Compares secrets in time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
