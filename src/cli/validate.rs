//! `acst validate`: SHACL check of the store.

use super::io::{write_rows, ListFormat};
use super::Global;
use acst::query::results::compact;
use acst::store::Access;
use std::io::Write;
use std::process::ExitCode;

/// Check every story (and the entities it names) against the SHACL shapes in
/// ontology/shapes.ttl and list the violations; exit status 1 when there are any.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  acst validate\n  acst validate --format csv > violations.csv")]
pub struct Args {
    /// Output: table, json or csv (the violations; the verdict goes to stderr).
    #[arg(long, value_enum, default_value = "table")]
    format: ListFormat,
    /// Same as --format json (kept for one release).
    #[arg(long, hide = true)]
    json: bool,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let store = g.local_only(Access::ReadOnly, "validate")?;
    let violations = acst::validate::validate(&store)?;
    let out = std::io::stdout().lock();
    let format = if args.json {
        ListFormat::Json
    } else {
        args.format
    };
    match format {
        ListFormat::Json => {
            let mut out = out;
            serde_json::to_writer_pretty(&mut out, &violations)?;
            writeln!(out)?;
        }
        ListFormat::Table if violations.is_empty() => {
            let mut out = out;
            writeln!(out, "conforms: no SHACL violations")?;
        }
        f => {
            let rows = violations
                .iter()
                .map(|v| {
                    vec![
                        compact(&v.focus),
                        compact(&v.path),
                        v.constraint.clone(),
                        v.message.clone(),
                    ]
                })
                .collect();
            let header = ["focus", "path", "constraint", "problem"].map(String::from);
            write_rows(out, matches!(f, ListFormat::Table), &header, rows)?;
        }
    }
    if !violations.is_empty() {
        eprintln!("{} violations", violations.len());
    }
    Ok(if violations.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
