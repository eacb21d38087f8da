//! acst's integration tests: the built binary on real files and a real store.

mod cli;
mod constructions;
mod constructions_eval23;
mod constructions_eval24;
mod constructions_real;
mod crash;
mod crash_derived;
mod curation;
mod env;
mod eval;
mod explorer;
mod export;
mod extraction;
mod fuzz;
mod hostile;
mod ingest;
mod params;
mod query;
mod ranking;
mod regression;
mod remote;
mod score;
mod serve;
mod server_limits;
mod servers;
mod xref;
