//! Command-line interface: one module per subcommand, each a clap `Args` struct and a
//! `run`. Only this module prints.

mod completions;
mod entities;
mod export;
mod ingest;
mod io;
mod man;
mod patterns;
mod pull;
mod push;
mod query;
mod related;
mod remote;
mod serve;
mod shared;
mod show;
mod stats;
mod update;
mod validate;
mod xref;

use acst::backend::Backend;
use acst::store::{Access, AcstStore};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// acst: cross-reference CognioNews corrective reviews as a knowledge graph.
///
/// Ingest story pages (layout A/B text, JSON-LD, HTML) into an embedded Oxigraph store,
/// extract actors, omissions, historical parallels and solution pathways, then query
/// them with SPARQL, find related stories and export graphs.
#[derive(Debug, Parser)]
#[command(name = "acst", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Store directory (Oxigraph on RocksDB); created by `ingest` when missing.
    #[arg(long, global = true, env = "ACST_STORE", default_value = "acst-store")]
    store: PathBuf,
    /// Folder with the reference CSVs (actors, events, patterns, themes, solution types);
    /// defaults to ./data/reference when it exists, else the built-in copies.
    #[arg(long, global = true, env = "ACST_REFERENCE")]
    reference: Option<PathBuf>,
    #[command(flatten)]
    remote: remote::RemoteArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Ingest(ingest::Args),
    Stats(stats::Args),
    Show(show::Args),
    Query(query::Args),
    Update(update::Args),
    Entities(entities::Args),
    Export(export::Args),
    Validate(validate::Args),
    Related(related::Args),
    Shared(shared::Args),
    Patterns(patterns::Args),
    Xref(xref::Args),
    Serve(serve::Args),
    Push(push::Args),
    Pull(pull::Args),
    Completions(completions::Args),
    Man(man::Args),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let g = Global {
        store: cli.store,
        reference: cli.reference,
        endpoint: cli.remote.endpoint()?,
    };
    match cli.command {
        Command::Ingest(a) => ingest::run(&g, a),
        Command::Stats(a) => stats::run(&g, a),
        Command::Show(a) => show::run(&g, a),
        Command::Query(a) => query::run(&g, a),
        Command::Update(a) => update::run(&g, a),
        Command::Entities(a) => entities::run(&g, a),
        Command::Export(a) => export::run(&g, a),
        Command::Validate(a) => validate::run(&g, a),
        Command::Related(a) => related::run(&g, a),
        Command::Shared(a) => shared::run(&g, a),
        Command::Patterns(a) => patterns::run(&g, a),
        Command::Xref(a) => xref::run(&g, a),
        Command::Serve(a) => serve::run(&g, a),
        Command::Push(a) => push::run(&g, a),
        Command::Pull(a) => pull::run(&g, a),
        Command::Completions(a) => completions::run(a),
        Command::Man(a) => man::run(a),
    }
}

/// Options every subcommand shares.
pub struct Global {
    store: PathBuf,
    reference: Option<PathBuf>,
    endpoint: Option<acst::remote::Endpoint>,
}

impl Global {
    /// Whether commands work on a SPARQL server (--endpoint) instead of the local store.
    fn has_endpoint(&self) -> bool {
        self.endpoint.is_some()
    }

    fn open(&self, access: Access) -> anyhow::Result<AcstStore> {
        AcstStore::open(&self.store, access).map_err(|e| self.open_error(e, access))
    }

    /// Why the store could not be opened; a store held by `acst serve` says how to go
    /// through the server instead.
    fn open_error(&self, e: acst::Error, access: Access) -> anyhow::Error {
        let served = matches!(e, acst::Error::StoreLocked { .. })
            .then(|| acst::server::served_at(&self.store))
            .flatten();
        let Some(url) = served else {
            return anyhow::Error::new(e)
                .context(format!("opening store {}", self.store.display()));
        };
        let how = if access == Access::ReadOnly {
            format!(
                "read it through the server (`acst --endpoint {url} query …`), or stop the server"
            )
        } else {
            format!(
                "stop the server to write here, or write through it: `acst --endpoint {url} --update-endpoint {} --graph-store {} --token TOKEN ingest …` on a server started --writable",
                url.replace("/query", "/update"),
                url.replace("/query", "/store")
            )
        };
        anyhow::anyhow!(
            "store {} is served by `acst serve` at {url}: {how}",
            self.store.display()
        )
    }

    /// The server (with --endpoint) or else the local store; a store that `acst serve`
    /// holds is read through that server.
    fn backend(&self, access: Access) -> anyhow::Result<Backend> {
        if let Some(e) = &self.endpoint {
            return Ok(Backend::Remote(Box::new(acst::remote::Remote::new(
                e.clone(),
            ))));
        }
        let e = match AcstStore::open(&self.store, access) {
            Ok(s) => return Ok(Backend::Local(s)),
            Err(e) => e,
        };
        let served = (access == Access::ReadOnly && matches!(e, acst::Error::StoreLocked { .. }))
            .then(|| acst::server::served_at(&self.store))
            .flatten();
        let Some(url) = served else {
            return Err(self.open_error(e, access));
        };
        eprintln!(
            "acst: {} is served by acst serve: reading through {url}",
            self.store.display()
        );
        let endpoint = acst::remote::Endpoint {
            query: url,
            update: None,
            graph_store: None,
            auth: acst::remote::Auth::None,
            server_union: true,
            timeout: Some(std::time::Duration::from_secs(300)),
        };
        Ok(Backend::Remote(Box::new(acst::remote::Remote::new(
            endpoint,
        ))))
    }
    /// The server --endpoint names, for `command`, which needs one (`what` says why).
    fn remote(&self, command: &str, what: &str) -> anyhow::Result<acst::remote::Remote> {
        let Some(e) = &self.endpoint else {
            anyhow::bail!("`acst {command}` needs --endpoint URL ({what})");
        };
        Ok(acst::remote::Remote::new(e.clone()))
    }
    /// The local store, for commands that have no remote form.
    fn local_only(&self, access: Access, command: &str) -> anyhow::Result<AcstStore> {
        if self.endpoint.is_some() {
            anyhow::bail!(
                "`acst {command}` works on the local store; with --endpoint use `acst query`, or `acst pull` the graphs first"
            );
        }
        self.open(access)
    }
    /// The store or server read commands list from, with a note on stderr when it holds
    /// no stories yet (an empty table alone does not say why).
    fn data_backend(&self) -> anyhow::Result<Backend> {
        let backend = self.backend(Access::ReadOnly)?;
        if let Backend::Local(store) = &backend {
            note_if_empty(store);
        }
        Ok(backend)
    }
    /// The index of the corpus and the position in it of the story `reference` names.
    fn story_in_index(&self, reference: &str) -> anyhow::Result<(acst::xref::Corpus, usize)> {
        let backend = self.backend(Access::ReadOnly)?;
        let iri = acst::lookup::story(&backend, reference)?;
        let corpus = backend.corpus()?;
        let s = corpus
            .story(&iri)
            .ok_or_else(|| anyhow::anyhow!("{iri} is not in the index"))?;
        Ok((corpus, s))
    }
    /// The reference folder: the flag, else ./data/reference if present, else built-in.
    pub fn reference_dir(&self) -> Option<PathBuf> {
        self.reference.clone().or_else(|| {
            let local = PathBuf::from("data/reference");
            local.is_dir().then_some(local)
        })
    }
}

/// Says on stderr that a store holds no stories, and what to do about it.
fn note_if_empty(store: &AcstStore) {
    if store.has_story_graph().is_ok_and(|has| !has) {
        eprintln!(
            "acst: the store {} holds no stories yet: run `acst ingest PATH` (e.g. data/stories) first",
            store.path.display()
        );
    }
}

/// A broken pipe (`acst … | head`) is not an error.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.to_string().contains("Broken pipe")
    })
}
