//! `acst push`: copy the local store's graphs to a SPARQL server.

use super::Global;
use acst::remote::sync;
use acst::store::Access;
use anyhow::Context;
use std::process::ExitCode;

/// Copy every graph of the local store (stories, ontology, reference data,
/// cross-references) to the server given by --endpoint, one graph at a time, each
/// replacing the server's copy (Graph Store PUT, or DROP + INSERT DATA).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let remote = g.remote("push", "the server to copy to")?;
    let store = g.open(Access::ReadOnly)?;
    let report = sync::push(&store, &remote, &mut |_, _| {})
        .with_context(|| format!("pushing to {}", remote.endpoint.query))?;
    super::pull::print(&report, args.json, "pushed to", &remote.endpoint.query)?;
    Ok(ExitCode::SUCCESS)
}
