//! Plain HTTP helpers the endpoints share: responses, errors to statuses, the request
//! body within its limits, URL parameters, content types.

use super::{State, BODY_DEADLINE};
use oxhttp::model::{Body, HeaderValue, Request, Response, StatusCode};
use std::io::Read;

pub(crate) fn text(status: StatusCode, body: impl Into<String>) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(body.into()))
        .expect("valid response")
}

pub(crate) fn bytes(status: StatusCode, media_type: &str, body: Vec<u8>) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", media_type)
        .body(Body::from(body))
        .expect("valid response")
}

/// The error response for a library error: syntax → 400, lookups → 404, timeout → 504.
pub(crate) fn error(e: &crate::Error) -> Response<Body> {
    text(status_of(e), format!("{e}\n"))
}

pub(crate) fn status_of(e: &crate::Error) -> StatusCode {
    use crate::Error as E;
    match e {
        E::QuerySyntax(_) | E::QueryRefused(_) | E::Invalid(_) | E::Page { .. } => {
            StatusCode::BAD_REQUEST
        }
        E::StoryLookup(_) => StatusCode::NOT_FOUND,
        E::QueryTimeout(_) => StatusCode::GATEWAY_TIMEOUT,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Why a request is refused: the status and the message to answer with. Plain data,
/// so it can cross threads (responses cannot).
pub(crate) type Refusal = (StatusCode, String);

pub(crate) fn refuse((status, message): Refusal) -> Response<Body> {
    text(status, message)
}

/// The request body, or why it is refused (413 past the limit).
pub(crate) fn read_body(
    state: &State,
    req: &mut Request<Body>,
) -> std::result::Result<Vec<u8>, Refusal> {
    let max = state.opts.max_body;
    let too_large = || {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request body larger than the {max}-byte limit (--max-body)\n"),
        )
    };
    let declared = req
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|n| n > max) {
        return Err(too_large());
    }
    let mut buf = Vec::new();
    let started = std::time::Instant::now();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if started.elapsed() > BODY_DEADLINE {
            return Err((
                StatusCode::REQUEST_TIMEOUT,
                format!("the request body took longer than {BODY_DEADLINE:?} to arrive\n"),
            ));
        }
        let n = match req.body_mut().read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err((StatusCode::BAD_REQUEST, format!("reading the body: {e}\n"))),
        };
        if n == 0 || buf.len() > max {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    if buf.len() > max {
        return Err(too_large());
    }
    Ok(buf)
}

/// The request's `name=value` pairs from the URL query string.
pub(crate) fn url_params(req: &Request<Body>) -> Vec<(String, String)> {
    form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes())
        .into_owned()
        .collect()
}

/// The media type of the request body, lower case, without parameters.
pub(crate) fn content_type(req: &Request<Body>) -> String {
    req.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

pub(crate) fn read_only() -> Response<Body> {
    text(
        StatusCode::FORBIDDEN,
        "this server is read-only; start it with `acst serve --writable` to accept writes\n",
    )
}

pub(crate) fn method_not_allowed(allowed: &str) -> Response<Body> {
    let mut r = text(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("allowed: {allowed}\n"),
    );
    if let Ok(v) = HeaderValue::from_str(allowed) {
        r.headers_mut().insert("allow", v);
    }
    r
}
