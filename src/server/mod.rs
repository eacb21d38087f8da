//! `acst serve`: the local store over HTTP — the SPARQL 1.1 Protocol (`/query`,
//! `/update`), the Graph Store Protocol (`/store`), and JSON for applications
//! (`/api/story/ID`, `/api/story/ID/related`, `/api/ingest`).
//!
//! Built on oxhttp (one thread per connection, bounded). Every request takes a slot
//! while it is handled; when all slots are taken the answer is 503 at once rather than
//! a queue. Queries run on a worker thread: past the timeout the client gets 504 and the
//! worker is cancelled. Oxigraph notices cancellation when it reads from the store, so a
//! query looping over data already in memory (an aggregate over a cartesian product)
//! may run on for a while: such workers are counted, and once `max_concurrent` of them
//! are running, new queries get 503 while every other endpoint keeps answering. Bodies
//! are read up to the size limit and no further (413).

mod api;
mod auth;
mod gsp;
mod http;
mod negotiate;
mod sparql;
mod web;

use auth::authorize;
pub(crate) use http::*;

use crate::backend::Backend;
use crate::error::Result;
use crate::store::AcstStore;
use crate::xref::Corpus;
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    pub bind: SocketAddr,
    /// Accept updates, graph writes and ingests.
    pub writable: bool,
    /// Largest request body accepted, in bytes.
    pub max_body: usize,
    /// Longest a query or update may run.
    pub timeout: Duration,
    /// Requests worked on at once; more get 503.
    pub max_concurrent: usize,
    /// Reference data for ingests through `/api/ingest`.
    pub reference_dir: Option<PathBuf>,
    /// The bearer token writes need (and, beyond loopback, every request).
    pub token: Option<String>,
}

impl ServerOptions {
    /// Refuses settings that would expose the store: writes without a token, or any
    /// address beyond loopback without one.
    pub fn check(&self) -> Result<()> {
        if self.token.as_deref().is_some_and(|t| t.trim().len() < 12) {
            return Err(crate::Error::Invalid(
                "the token is too short: use 12 characters or more".into(),
            ));
        }
        if self.writable && self.token.is_none() {
            return Err(crate::Error::Invalid(
                "--writable needs a token that writes must present (Authorization: Bearer …): give --token-file FILE or set ACST_SERVE_TOKEN".into(),
            ));
        }
        if !self.bind.ip().is_loopback() && self.token.is_none() {
            return Err(crate::Error::Invalid(format!(
                "{} is reachable beyond this machine: serving it needs a token (--token-file FILE or ACST_SERVE_TOKEN), which every request must then present",
                self.bind
            )));
        }
        Ok(())
    }
}

/// How long a connection may stay silent (no byte in or out) before it is closed.
const IDLE: Duration = Duration::from_secs(15);
/// Connections served at once (one thread each, mostly parked); more wait to be accepted.
const MAX_CONNECTIONS: usize = 1024;
/// The longest a request body may take to arrive, however it trickles.
const BODY_DEADLINE: Duration = Duration::from_secs(60);

/// Something derived from one corpus index, with the index it came from.
type PerIndex<T> = Option<(Arc<Corpus>, Arc<T>)>;

/// What every handler shares.
pub(crate) struct State {
    pub backend: Backend,
    pub opts: ServerOptions,
    busy: AtomicUsize,
    /// Query workers running, including those whose client already got a 504.
    queries: AtomicUsize,
    /// The index of the corpus, loaded on first use and dropped by every write.
    corpus: Mutex<Option<Arc<Corpus>>>,
    /// The explorer's full graph view and page ids, one per index (see `per_index`).
    graph: Mutex<PerIndex<crate::export::graph::Graph>>,
    pages: Mutex<PerIndex<crate::explore::PageIndex>>,
}

impl State {
    pub fn store(&self) -> &AcstStore {
        self.backend
            .local()
            .expect("the server runs on a local store")
    }
    pub fn corpus(&self) -> Result<Arc<Corpus>> {
        let mut c = self.corpus.lock().expect("corpus lock");
        if let Some(c) = c.as_ref() {
            return Ok(c.clone());
        }
        let loaded = Arc::new(self.backend.corpus()?);
        *c = Some(loaded.clone());
        Ok(loaded)
    }
    /// `build` of the current index, kept in `slot` and built again only when the index
    /// was reloaded (after a write): what the explorer derives from the whole corpus
    /// costs one build per index, not one per request.
    fn per_index<T>(
        &self,
        slot: &Mutex<PerIndex<T>>,
        build: impl FnOnce(&Corpus) -> T,
    ) -> Result<(Arc<Corpus>, Arc<T>)> {
        let corpus = self.corpus()?;
        let mut cached = slot.lock().expect("per-index lock");
        if let Some((c, v)) = cached.as_ref() {
            if Arc::ptr_eq(c, &corpus) {
                return Ok((corpus, v.clone()));
            }
        }
        let built = Arc::new(build(&corpus));
        *cached = Some((corpus.clone(), built.clone()));
        Ok((corpus, built))
    }
    /// The full graph view (a neighbourhood is then a search in it).
    pub fn full_graph(&self) -> Result<Arc<crate::export::graph::Graph>> {
        use crate::export::graph::{build, View, ViewOptions};
        let opts = ViewOptions {
            around: None,
            min_weight: 0.0,
            top: 5,
        };
        let (_, g) = self.per_index(&self.graph, |c| {
            build(c, View::Full, &Default::default(), &opts)
        })?;
        Ok(g)
    }
    /// The index and its explorer page ids.
    pub fn pages(&self) -> Result<(Arc<Corpus>, Arc<crate::explore::PageIndex>)> {
        self.per_index(&self.pages, crate::explore::page_index)
    }
    /// Before a write: the on-disk index is stale from now on.
    pub fn begin_write(&self) -> Result<()> {
        self.store().begin_write()
    }

    /// After any write: the in-memory and on-disk indexes are stale.
    pub fn changed(&self) -> Result<()> {
        *self.corpus.lock().expect("corpus lock") = None;
        Corpus::invalidate(self.store())
    }
}

/// One of `max_concurrent` places in a counter, given back on drop.
pub(crate) struct Slot {
    state: Arc<State>,
    query: bool,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let counter = if self.query {
            &self.state.queries
        } else {
            &self.state.busy
        };
        counter.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A request slot, or a query-worker slot.
pub(crate) fn take_slot(state: &Arc<State>, query: bool) -> Option<Slot> {
    let counter = if query { &state.queries } else { &state.busy };
    let before = counter.fetch_add(1, Ordering::SeqCst);
    let slot = Slot {
        state: state.clone(),
        query,
    };
    (before < state.opts.max_concurrent).then_some(slot)
}

/// The file `acst serve` leaves beside the store's lock: where other acst commands can
/// read the store it holds.
pub const SERVED_BY: &str = "acst-serve.json";

/// Where a store is being served, if an `acst serve` said so: its query URL.
pub fn served_at(store_path: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(store_path.join(SERVED_BY)).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["query"].as_str().map(str::to_owned)
}

/// Starts serving in background threads; `join` the result to wait.
pub fn start(store: AcstStore, opts: ServerOptions) -> Result<oxhttp::ListeningServer> {
    opts.check()?;
    let host = if opts.bind.ip().is_unspecified() {
        std::net::SocketAddr::new(std::net::Ipv4Addr::LOCALHOST.into(), opts.bind.port())
    } else {
        opts.bind
    };
    let served =
        serde_json::json!({ "query": format!("http://{host}/query"), "pid": std::process::id() });
    crate::fsutil::write_atomic(&store.path.join(SERVED_BY), served.to_string().as_bytes())?;
    let state = Arc::new(State {
        backend: Backend::Local(store),
        busy: AtomicUsize::new(0),
        queries: AtomicUsize::new(0),
        corpus: Mutex::new(None),
        graph: Mutex::new(None),
        pages: Mutex::new(None),
        opts: opts.clone(),
    });
    let server = oxhttp::Server::new(move |req| handle(&state, req))
        .bind(opts.bind)
        .with_server_name(concat!("acst/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| crate::Error::Invalid(e.to_string()))?
        // A connection that sends or takes nothing for this long is closed. OxHTTP
        // restarts this clock with each byte, so bodies also have a deadline (read_body).
        .with_global_timeout(IDLE)
        // A connection costs a parked thread, not one of the `max_concurrent` slots
        // that do the work: idle clients cannot starve the ones that ask something.
        .with_max_concurrent_connections(MAX_CONNECTIONS);
    server
        .spawn()
        .map_err(|e| crate::Error::io(format!("bind {}", opts.bind), e))
}

fn handle(state: &Arc<State>, req: &mut Request<Body>) -> Response<Body> {
    let path = req.uri().path().to_owned();
    if path == "/" && req.method() == Method::GET && !web::wants_html(req) {
        return text(StatusCode::OK, INDEX);
    }
    if let Some(refused) = authorize(state, req, &path) {
        return refused;
    }
    let Some(_slot) = take_slot(state, false) else {
        let mut r = text(
            StatusCode::SERVICE_UNAVAILABLE,
            "the server is busy: too many requests at once; retry shortly\n",
        );
        r.headers_mut()
            .insert("retry-after", HeaderValue::from_static("1"));
        return r;
    };
    if let Some(r) = web::route(state, req, &path) {
        return r;
    }
    match path.as_str() {
        "/query" | "/sparql" => sparql::query(state, req),
        "/update" => sparql::update(state, req),
        "/store" => gsp::handle(state, req),
        "/api/ingest" => api::ingest(state, req),
        p if p.starts_with("/api/story/") => api::story(state, req, &p["/api/story/".len()..]),
        _ => text(
            StatusCode::NOT_FOUND,
            "no such endpoint; GET / lists them\n",
        ),
    }
}

const INDEX: &str = "acst SPARQL server
  GET/POST /query     SPARQL 1.1 Protocol query (default graph: union of all graphs)
  POST     /update    SPARQL 1.1 Update (only with --writable)
  GET      /store?graph=IRI | ?default   Graph Store Protocol (PUT/POST/DELETE with --writable)
  GET      /api/story/ID                 a story as JSON
  GET      /api/story/ID/related?top=N   related stories with reasons, as JSON
  POST     /api/ingest                   a story page, ingested (only with --writable)
  GET      / (from a browser), /story/ID, /entity/KIND/SLUG, /graph, /editor, /search?q=
                                         the web explorer (HTML)
  GET      /api/home, /api/entity/KIND/SLUG, /api/graph?around=ID&depth=N, /api/canned
                                         the explorer's data, as JSON
";
