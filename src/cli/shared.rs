//! `acst shared`: stories sharing items with one story, grouped by item.

use super::Global;
use acst::xref::rank::shared;
use acst::xref::ItemKind;
use std::io::Write;
use std::process::ExitCode;

/// List the stories that share at least one item of a kind with STORY, grouped by the
/// shared item (most-shared first): e.g. `--by omission` finds the stories that omit
/// the same thing, `--by parallel` those invoking the same historical event.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The story: id, IRI, file path or title fragment.
    story: String,
    /// What to share: omission (omitted item), theme, parallel, pattern, actor, outlet, pathway.
    #[arg(long, value_enum, default_value = "omission")]
    by: ItemKind,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let (corpus, s) = g.story_in_index(&args.story)?;
    let groups = shared(&corpus, s, args.by);
    let mut out = std::io::stdout().lock();
    if args.json {
        let v: Vec<serde_json::Value> = groups
            .iter()
            .map(|(item, stories)| {
                serde_json::json!({
                    "kind": args.by.name(),
                    "item": corpus.items[*item].label,
                    "stories": stories.iter().map(|&o| serde_json::json!({"story": corpus.stories[o].id, "title": corpus.stories[o].title})).collect::<Vec<_>>(),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    if groups.is_empty() {
        writeln!(
            out,
            "no other story shares a {} with this one",
            args.by.name()
        )?;
    }
    for (item, stories) in &groups {
        writeln!(
            out,
            "{} {:?} — {} stories",
            args.by.name(),
            corpus.items[*item].label,
            stories.len()
        )?;
        for &o in stories {
            writeln!(
                out,
                "  {}  {}",
                corpus.stories[o].id, corpus.stories[o].title
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
