//! `acst update`: SPARQL Update, saying what it changed.

use super::Global;
use acst::store::Access;
use anyhow::{bail, Context};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Run a SPARQL 1.1 Update on the store and report the change in triples.
///
/// Unlike `acst query`, updates act on the store's real graphs: name the graph you change
/// (`INSERT DATA { GRAPH <…> { … } }`). Note that re-ingesting a story replaces its graph,
/// and `acst xref` rebuilds the cross-reference graph.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst update 'DELETE WHERE { GRAPH <urn:notes> { ?s ?p ?o } }'\n  acst update -f fix.ru --timeout 600"
)]
pub struct Args {
    /// The update text.
    #[arg(conflicts_with = "file")]
    update: Option<String>,
    /// Read the update from a file (- for stdin).
    #[arg(short, long)]
    file: Option<PathBuf>,
    /// Stop the update after this many seconds (at most 86400); it runs in one
    /// transaction, so a stopped update changes nothing.
    #[arg(long, default_value = "300", value_name = "SECS", value_parser = super::io::seconds)]
    timeout: Duration,
    #[command(flatten)]
    report: super::io::ReportArgs,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let text = match (args.update, args.file) {
        (Some(u), _) => u,
        (_, Some(f)) if f.as_os_str() == "-" => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s
        }
        (_, Some(f)) => {
            std::fs::read_to_string(&f).with_context(|| format!("reading {}", f.display()))?
        }
        _ => bail!("give an update inline or with -f FILE"),
    };
    if let Some(e) = &g.endpoint {
        let remote = acst::remote::Remote::new(e.clone());
        remote.update(&acst::remote::prepare_update(&text)?)?;
        let on = remote
            .endpoint
            .update
            .as_deref()
            .unwrap_or(&remote.endpoint.query);
        if args.report.json() {
            println!("{}", serde_json::json!({ "endpoint": on }));
        } else {
            println!("update done on {on}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let store = g.open(Access::ReadWrite)?;
    let before = store.len()?;
    store.begin_write()?;
    acst::query::update(&store.store, &text, Some(args.timeout))?;
    // Written out before the process ends: left in RocksDB's log, a large update (a CLEAR
    // of the derived graph: millions of deletions) is replayed into memory by the next
    // process that opens the store (4.5 GiB and minutes at 35,000 stories). The server
    // keeps its store open, so its updates are not flushed one by one.
    store.store.flush()?;
    let after = store.len()?;
    let graphs = store.store.named_graphs().count();
    let change = after as i64 - before as i64;
    if args.report.json() {
        let v = serde_json::json!({ "before": before, "after": after, "change": change, "named_graphs": graphs });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("{before} → {after} triples ({change:+}); {graphs} named graphs");
    }
    Ok(ExitCode::SUCCESS)
}
