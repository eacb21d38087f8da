//! Where acst's graphs live: the embedded store, or a SPARQL server. Commands that read
//! the corpus or write derived graphs take a `Backend` and work on either.

use crate::error::Result;
use crate::remote::Remote;
use crate::store::AcstStore;
use crate::xref::{derived, Corpus, Related, ScoreOptions, TripleSource};
use oxigraph::sparql::QuerySolution;

pub enum Backend {
    Local(AcstStore),
    /// Boxed: the HTTP client is large next to a store handle.
    Remote(Box<Remote>),
}

impl Backend {
    /// "store PATH" or "endpoint URL", for messages.
    pub fn describe(&self) -> String {
        match self {
            Backend::Local(s) => format!("store {}", s.path.display()),
            Backend::Remote(r) => format!("endpoint {}", r.endpoint.query),
        }
    }

    /// The corpus index: cached next to a local store; for a server, cached on this
    /// machine and checked against the server's story count and latest ingest time.
    pub fn corpus(&self) -> Result<Corpus> {
        match self {
            Backend::Local(s) => Corpus::load(s),
            Backend::Remote(r) => crate::remote::corpus(r),
        }
    }

    /// The local store, for the commands that only work on one.
    pub fn local(&self) -> Option<&AcstStore> {
        match self {
            Backend::Local(s) => Some(s),
            Backend::Remote(_) => None,
        }
    }

    /// Runs one of acst's own SELECTs (written with `GRAPH ?g`, so the default graph's
    /// meaning does not matter) and collects the rows.
    pub fn select(&self, query: &str) -> Result<Vec<QuerySolution>> {
        match self {
            Backend::Local(s) => crate::query::select(&s.store, query),
            Backend::Remote(r) => r.select(query)?.collect(),
        }
    }

    pub fn has_graph(&self, graph: &str) -> Result<bool> {
        match self {
            Backend::Local(s) => s.has_graph(graph),
            Backend::Remote(r) => r.has_graph(graph),
        }
    }

    /// The format the derived graph says it was written in (`acst:derivedFormat`), if it
    /// says one: graphs written before the statement existed say none.
    pub fn derived_format(&self) -> Result<Option<i64>> {
        let mut found = None;
        self.source().each_of(
            &[crate::vocab::XREF_GRAPH],
            &crate::vocab::acst("derivedFormat"),
            &mut |_, o| {
                if let oxigraph::model::Term::Literal(l) = o {
                    found = found.max(l.value().parse().ok());
                }
            },
        )?;
        Ok(found)
    }

    pub fn source(&self) -> &dyn TripleSource {
        match self {
            Backend::Local(s) => s,
            Backend::Remote(r) => r.as_ref(),
        }
    }

    /// Rebuilds the derived cross-reference graph where the corpus lives.
    pub fn rebuild_xref(
        &self,
        c: &Corpus,
        opts: ScoreOptions,
        each: &mut dyn FnMut(usize, &[Related]) -> Result<()>,
    ) -> Result<(usize, usize)> {
        match self {
            Backend::Local(s) => derived::rebuild_local(s, c, opts, each),
            Backend::Remote(r) => derived::rebuild_remote(r, c, opts, each),
        }
    }
}
