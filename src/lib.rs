//! acst: a knowledge-graph cross-reference engine for CognioNews's ACST corrective
//! reviews.
//!
//! Data flow: [`read`] a page into a [`model::Story`] → [`extract`] actors, omissions,
//! parallels and pathway types → [`triples`] (pure `Story` → quads) → [`store`]
//! (Oxigraph on RocksDB, one named graph per story) → query, cross-reference, export.
//! [`ingest`] runs the whole pipeline. The library never prints.

pub mod backend;
pub mod curate;
pub mod entities;
pub mod error;
pub mod explore;
pub mod export;
pub mod extract;
pub mod fsutil;
#[doc(hidden)]
pub mod fuzz;
pub mod ingest;
pub mod inspect;
pub mod lookup;
pub mod model;
pub mod nesting;
pub mod query;
pub mod read;
pub mod remote;
pub mod server;
pub mod store;
pub mod triples;
pub mod validate;
pub mod vocab;
pub mod xref;

pub use error::{Error, Result};
