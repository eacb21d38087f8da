//! `acst stats`: what the store holds.

use super::Global;
use acst::query::results::{compact, write_table};
use acst::store::Access;
use std::io::Write;
use std::process::ExitCode;

/// Count stories, triples, named graphs and instances per class.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  acst stats\n  acst stats --format json")]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Table,
    Json,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let store = g.local_only(Access::ReadOnly, "stats")?;
    super::note_if_empty(&store);
    let s = acst::inspect::stats(&store)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?,
        Format::Table => {
            writeln!(
                out,
                "stories       {}\ntriples       {}\nnamed graphs  {}",
                s.stories, s.triples, s.named_graphs
            )?;
            let rows = s
                .classes
                .iter()
                .map(|(c, n)| vec![compact(c), n.to_string()])
                .collect();
            write_table(&mut out, &["class".into(), "instances".into()], rows)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
