//! HTTP to a SPARQL server: one ureq agent (connection reuse, TLS), and basic, bearer
//! or digest authentication. Digest answers the server's last challenge up front and
//! only retries when the server sends a new one (a nonce expired), so a PUT per story
//! does not cost two round trips.

use crate::error::{Error, Result};
use std::io::Read;
use std::sync::Mutex;
use std::time::Duration;

/// How acst authenticates to the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Auth {
    #[default]
    None,
    Basic {
        user: String,
        password: String,
    },
    /// HTTP digest (Virtuoso's authenticated graph store, for instance).
    Digest {
        user: String,
        password: String,
    },
    Bearer(String),
}

/// One request. `body` is resent as is if a digest challenge must be answered.
pub struct Request<'a> {
    pub method: &'static str,
    pub url: &'a str,
    pub content_type: Option<&'a str>,
    pub accept: Option<&'a str>,
    pub body: &'a [u8],
}

pub type Response = ureq::http::Response<ureq::Body>;

pub struct Http {
    agent: ureq::Agent,
    auth: Auth,
    challenge: Mutex<Option<digest_auth::WwwAuthenticateHeader>>,
}

impl Http {
    pub fn new(auth: Auth, timeout: Option<Duration>) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(timeout)
            .build();
        Http {
            agent: ureq::Agent::new_with_config(config),
            auth,
            challenge: Mutex::new(None),
        }
    }

    /// Sends the request; any status other than 2xx is an error quoting the server.
    pub fn send(&self, r: &Request) -> Result<Response> {
        let first = self.attempt(r, self.authorization(r))?;
        let resp = match (&self.auth, first.status().as_u16()) {
            (Auth::Digest { .. }, 401) => {
                let header = first
                    .headers()
                    .get("www-authenticate")
                    .and_then(|h| h.to_str().ok())
                    .ok_or_else(|| remote(r.url, "401 without a digest challenge"))?;
                let parsed = digest_auth::parse(header)
                    .map_err(|e| remote(r.url, format!("digest challenge: {e}")))?;
                *self.challenge.lock().expect("challenge lock") = Some(parsed);
                self.attempt(r, self.authorization(r))?
            }
            _ => first,
        };
        if resp.status().is_success() {
            Ok(resp)
        } else {
            Err(status_error(r.url, resp))
        }
    }

    fn attempt(&self, r: &Request, authorization: Option<String>) -> Result<Response> {
        let mut b = ureq::http::Request::builder().method(r.method).uri(r.url);
        if let Some(ct) = r.content_type {
            b = b.header("Content-Type", ct);
        }
        if let Some(a) = r.accept {
            b = b.header("Accept", a);
        }
        if let Some(a) = authorization {
            b = b.header("Authorization", a);
        }
        let req = b.body(r.body).map_err(|e| remote(r.url, e))?;
        self.agent.run(req).map_err(|e| remote(r.url, e))
    }

    fn authorization(&self, r: &Request) -> Option<String> {
        match &self.auth {
            Auth::None => None,
            Auth::Bearer(t) => Some(format!("Bearer {t}")),
            Auth::Basic { user, password } => {
                use base64::Engine;
                let raw = format!("{user}:{password}");
                Some(format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(raw)
                ))
            }
            Auth::Digest { user, password } => {
                let mut guard = self.challenge.lock().expect("challenge lock");
                let challenge = guard.as_mut()?;
                let uri: ureq::http::Uri = r.url.parse().ok()?;
                let path = uri.path_and_query().map_or("/", |p| p.as_str());
                let ctx = digest_auth::AuthContext::new_with_method(
                    user.as_str(),
                    password.as_str(),
                    path,
                    Some(r.body),
                    digest_auth::HttpMethod(r.method.into()),
                );
                challenge.respond(&ctx).ok().map(|h| h.to_header_string())
            }
        }
    }
}

pub(crate) fn remote(url: &str, e: impl std::fmt::Display) -> Error {
    Error::Remote {
        url: url.to_owned(),
        message: e.to_string(),
    }
}

/// The server's status and the start of what it said (its error message).
fn status_error(url: &str, resp: Response) -> Error {
    let status = resp.status();
    let mut text = String::new();
    let _ = resp
        .into_body()
        .into_reader()
        .take(2000)
        .read_to_string(&mut text);
    let text = text.trim();
    remote(
        url,
        if text.is_empty() {
            format!("HTTP {status}")
        } else {
            format!("HTTP {status}: {text}")
        },
    )
}
