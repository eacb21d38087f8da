//! `acst entities`: canonical entities, the merge report, and the curation of what
//! extraction minted.

use super::Global;
use acst::curate::{new_entities, promote};
use acst::entities::{entities, merges, EntityKind};
use acst::store::Access;
use anyhow::Context;
use std::io::Write;
use std::process::ExitCode;

/// List canonical entities (actors, events, themes) with the surface forms seen, their
/// kind and the number of stories; or, with --merges, which surface forms were resolved
/// to which entity by which rule (exact alias, fuzzy Jaro-Winkler ≥ 0.93, core words and
/// year of a reference event, corpus: first seen in an earlier story, or new) and with
/// what score.
///
/// Curation: --new lists the events and actors extraction minted from text (no
/// reference row names them), most frequent first, with an example sentence each;
/// --promote IRI|SLUG adds one to the reference CSVs (events.csv or actors.csv in the
/// reference folder, its surface forms as aliases), after which `acst ingest` of the
/// same pages resolves to the reference row.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst entities --kind event\n  acst entities --new --format csv > new.csv\n  acst entities --promote bhopal-gas-leak && acst ingest data/stories"
)]
pub struct Args {
    /// Which entities to list.
    #[arg(long, value_enum, default_value = "actor")]
    kind: EntityKind,
    /// Show the merge report instead.
    #[arg(long, conflicts_with_all = ["new", "promote"])]
    merges: bool,
    /// List the events and actors minted from text, for curation.
    #[arg(long, conflicts_with = "promote")]
    new: bool,
    /// Add this minted event or actor (IRI or slug) to the reference data.
    #[arg(long, value_name = "IRI|SLUG")]
    promote: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: super::io::ListFormat,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let store = g.local_only(Access::ReadOnly, "entities")?;
    super::note_if_empty(&store);
    let mut out = std::io::stdout().lock();
    let json = matches!(args.format, super::io::ListFormat::Json);
    let (header, rows): (Vec<&str>, Vec<Vec<String>>) = if let Some(what) = &args.promote {
        let dir = g.reference_dir().context(
            "--promote writes to the reference folder: pass --reference DIR (a copy of data/reference)",
        )?;
        let lexicon = acst::ingest::load_lexicon(Some(&dir))?;
        let p = promote(&store, &lexicon, what, &dir)?;
        if json {
            writeln!(out, "{}", serde_json::to_string_pretty(&p)?)?;
        } else {
            writeln!(
                out,
                "{} added to {}: {}",
                p.iri,
                p.file.display(),
                p.row.join(",")
            )?;
            writeln!(
                out,
                "re-ingest the stories (`acst ingest …`) to resolve them to it"
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    } else if args.new {
        let lexicon = acst::ingest::load_lexicon(g.reference_dir().as_deref())?;
        let n = new_entities(&store, &lexicon)?;
        if json {
            writeln!(out, "{}", serde_json::to_string_pretty(&n)?)?;
            return Ok(ExitCode::SUCCESS);
        }
        (
            vec![
                "name", "entity", "type", "stories", "forms", "example", "iri",
            ],
            n.into_iter()
                .map(|e| {
                    vec![
                        e.name,
                        e.entity.to_owned(),
                        e.kind,
                        e.stories.to_string(),
                        e.forms.join(" | "),
                        e.example,
                        e.iri,
                    ]
                })
                .collect(),
        )
    } else if args.merges {
        let m = merges(&store)?;
        if json {
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
        if json {
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
