//! `acst entities`: canonical entities, or the merge report.

use super::Global;
use acst::entities::{entities, merges, EntityKind};
use acst::store::Access;
use std::io::Write;
use std::process::ExitCode;

/// List canonical entities (actors, events, themes) with the surface forms seen, their
/// kind and the number of stories; or, with --merges, which surface forms were resolved
/// to which entity by which rule (exact alias, fuzzy Jaro-Winkler ≥ 0.93, or new) and
/// with what score.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which entities to list.
    #[arg(long, value_enum, default_value = "actor")]
    kind: EntityKind,
    /// Show the merge report instead.
    #[arg(long)]
    merges: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: super::io::ListFormat,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let store = g.local_only(Access::ReadOnly, "entities")?;
    let mut out = std::io::stdout().lock();
    let (header, rows): (Vec<&str>, Vec<Vec<String>>) = if args.merges {
        let m = merges(&store)?;
        if matches!(args.format, super::io::ListFormat::Json) {
            writeln!(out, "{}", serde_json::to_string_pretty(&m)?)?;
            return Ok(ExitCode::SUCCESS);
        }
        (
            vec!["surface", "entity", "rule", "score", "stories"],
            m.into_iter()
                .map(|r| {
                    vec![
                        r.surface,
                        r.name,
                        r.rule,
                        format!("{:.3}", r.score),
                        r.stories.to_string(),
                    ]
                })
                .collect(),
        )
    } else {
        let e = entities(&store, args.kind)?;
        if matches!(args.format, super::io::ListFormat::Json) {
            writeln!(out, "{}", serde_json::to_string_pretty(&e)?)?;
            return Ok(ExitCode::SUCCESS);
        }
        (
            vec!["name", "kind", "stories", "aliases seen", "iri"],
            e.into_iter()
                .map(|r| {
                    vec![
                        r.name,
                        r.kind,
                        r.stories.to_string(),
                        r.aliases.join(" | "),
                        r.iri,
                    ]
                })
                .collect(),
        )
    };
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let table = !matches!(args.format, super::io::ListFormat::Csv);
    super::io::write_rows(&mut out, table, &header, rows)?;
    Ok(ExitCode::SUCCESS)
}
