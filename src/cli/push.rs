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
#[command(
    after_help = "Examples:\n  acst push --endpoint http://localhost:7878/query --graph-store http://localhost:7878/store"
)]
pub struct Args {
    #[command(flatten)]
    report: super::io::ReportArgs,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let remote = g.remote("push", "the server to copy to")?;
    let store = g.open(Access::ReadOnly)?;
    let mut bar = super::io::LazyProgress::new("graphs");
    let report = sync::push(&store, &remote, &mut |done, total| bar.update(done, total))
        .with_context(|| format!("pushing to {}", remote.endpoint.query))?;
    bar.finish();
    super::pull::print(
        &report,
        args.report.json(),
        "pushed to",
        &remote.endpoint.query,
    )?;
    Ok(ExitCode::SUCCESS)
}
