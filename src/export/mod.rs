//! Exports: RDF dumps of the store or one story through Oxigraph's serialisers.

pub mod rdf;
