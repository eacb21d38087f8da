//! `acst pull`: copy acst's graphs from a SPARQL server into the local store.

use super::Global;
use acst::remote::sync;
use acst::store::Access;
use anyhow::Context;
use std::process::ExitCode;

/// Copy acst's graphs (every story graph, ontology, reference data, cross-references)
/// from the server given by --endpoint into the local store (--store), each replacing
/// the local copy. Other graphs on the server are left alone.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst --store copy pull --endpoint http://127.0.0.1:7878/query --graph-store http://127.0.0.1:7878/store"
)]
pub struct Args {
    #[command(flatten)]
    report: super::io::ReportArgs,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let remote = g.remote("pull", "the server to copy from")?;
    let store = g.open(Access::ReadWrite)?;
    let mut bar = super::io::LazyProgress::new("graphs");
    let report = sync::pull(&remote, &store, &mut |done, total| bar.update(done, total))
        .with_context(|| format!("pulling from {}", remote.endpoint.query))?;
    bar.finish();
    print(
        &report,
        args.report.json(),
        "pulled from",
        &remote.endpoint.query,
    )?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn print(
    report: &sync::SyncReport,
    json: bool,
    verb: &str,
    url: &str,
) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
    } else {
        println!(
            "{} graphs, {} triples {verb} {url}",
            report.graphs, report.triples
        );
    }
    Ok(())
}
