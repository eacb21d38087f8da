//! `acst serve`: the local store over HTTP (SPARQL Protocol, Graph Store, JSON API).

use super::Global;
use acst::server::{start, ServerOptions};
use acst::store::Access;
use anyhow::Context;
use std::net::SocketAddr;
use std::process::ExitCode;

/// Serve the store over HTTP until stopped (Ctrl-C).
///
/// Endpoints: /query (SPARQL 1.1 Protocol: GET or POST, form or
/// application/sparql-query; results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle,
/// N-Triples, N-Quads, TriG, JSON-LD or RDF/XML by Accept header or format=), /update,
/// /store?graph=IRI (Graph Store Protocol), /api/story/ID and /api/story/ID/related
/// (JSON), /api/ingest (POST a page). Queries see the union of all graphs unless they
/// name a dataset (default-graph-uri / named-graph-uri or FROM). Read-only unless
/// --writable, which needs a token (--token-file or ACST_SERVE_TOKEN) that writes present
/// as `Authorization: Bearer TOKEN`; writes from another web origin are refused.
/// Beyond loopback (--bind 0.0.0.0:7878) a token is required and every request needs it.
/// The server holds the store: read commands on the same store (query, related, export…)
/// go through it by themselves; write commands ask you to stop it first.
///
/// Limits: queries and updates stop at --timeout (504; an update then changes nothing).
/// Queries joining parts that share no variable (cartesian products) are refused with
/// 400, because the engine cannot stop them at the timeout; `acst query` runs them
/// locally. Silent connections close after 15 s, request bodies must arrive within 60 s.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst serve\n  ACST_SERVE_TOKEN=$(cat ~/.acst-token) acst serve --writable"
)]
pub struct Args {
    /// Address to listen on. Loopback by default; 0.0.0.0:7878 exposes it to the network.
    #[arg(long, default_value = "127.0.0.1:7878")]
    bind: SocketAddr,
    /// Accept SPARQL updates, Graph Store writes and /api/ingest.
    #[arg(long)]
    writable: bool,
    /// Largest request body in bytes (larger ones get 413).
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    max_body: usize,
    /// Seconds a query or update may run before the client gets 504 (at most 86400).
    #[arg(long, default_value = "30", value_name = "SECS", value_parser = super::io::seconds)]
    timeout: std::time::Duration,
    /// Requests worked on at once; more get 503 with Retry-After.
    #[arg(long, default_value_t = 16)]
    max_concurrent: usize,
    /// File holding the bearer token that writes (and, beyond loopback, all requests)
    /// must present; ACST_SERVE_TOKEN may hold the token itself instead.
    #[arg(long, value_name = "FILE")]
    token_file: Option<std::path::PathBuf>,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let token = match &args.token_file {
        Some(f) => Some(
            std::fs::read_to_string(f)
                .with_context(|| format!("reading the token from {}", f.display()))?
                .trim()
                .to_owned(),
        ),
        None => std::env::var("ACST_SERVE_TOKEN")
            .ok()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty()),
    };
    let store = g.local_only(
        if args.writable {
            Access::ReadWrite
        } else {
            Access::ReadOnly
        },
        "serve",
    )?;
    let path = store.path.clone();
    let opts = ServerOptions {
        bind: args.bind,
        writable: args.writable,
        max_body: args.max_body,
        timeout: args.timeout,
        max_concurrent: args.max_concurrent.max(1),
        reference_dir: g.reference_dir(),
        token,
    };
    let server = start(store, opts).with_context(|| format!("listening on {}", args.bind))?;
    eprintln!(
        "acst: serving {} on http://{}/ ({}); SPARQL endpoint http://{}/query",
        path.display(),
        args.bind,
        if args.writable {
            "writable"
        } else {
            "read-only"
        },
        args.bind
    );
    server.join().context("server stopped")?;
    Ok(ExitCode::SUCCESS)
}
