//! `acst shared`: stories sharing items with one story, grouped by item.

use super::Global;
use acst::store::Access;
use acst::xref::rank::shared;
use acst::xref::ItemKind;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

/// List the stories that share at least one item of a kind with STORY, grouped by the
/// shared item (most-shared first): `--by omission` finds the stories that omit the same
/// subject (a concept such as "Indigenous water rights", whatever words each story used,
/// shown with each story's own omitted text), `--by parallel` those invoking the same
/// historical episode.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst shared \"Google’s Data Centre in Chile\" --by omission\n  acst shared 3fa1c0d2e4b59a17 --by parallel --format json"
)]
pub struct Args {
    /// The story: id, IRI, file path or title fragment.
    story: String,
    /// What to share: omission (omitted subject), theme, parallel, pattern, actor, outlet, pathway.
    #[arg(long, value_enum, default_value = "omission")]
    by: ItemKind,
    #[command(flatten)]
    report: super::io::ReportArgs,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let (corpus, s) = g.story_in_index(&args.story)?;
    let groups = shared(&corpus, s, args.by);
    // Each story's own words for the omitted subject (the local store keeps them).
    let store = (args.by == ItemKind::Omission && !g.has_endpoint())
        .then(|| g.open(Access::ReadOnly).ok())
        .flatten();
    let texts = |item: usize| -> BTreeMap<String, String> {
        store
            .as_ref()
            .and_then(|st| acst::inspect::omitted_texts(st, &corpus.items[item].key).ok())
            .unwrap_or_default()
    };
    let mut out = std::io::stdout().lock();
    if args.report.json() {
        let v: Vec<serde_json::Value> = groups
            .iter()
            .map(|(item, stories)| {
                let t = texts(*item);
                serde_json::json!({
                    "kind": args.by.name(),
                    "item": corpus.items[*item].label,
                    "key": corpus.items[*item].key,
                    "stories": stories.iter().map(|&o| serde_json::json!({
                        "story": corpus.stories[o].id,
                        "title": corpus.stories[o].title,
                        "omitted": t.get(&corpus.stories[o].iri),
                    })).collect::<Vec<_>>(),
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
        let t = texts(*item);
        for &o in stories {
            writeln!(
                out,
                "  {}  {}",
                corpus.stories[o].id, corpus.stories[o].title
            )?;
            if let Some(text) = t.get(&corpus.stories[o].iri) {
                writeln!(out, "      omits: {}", one_line(text, 160))?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn one_line(text: &str, max: usize) -> String {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= max {
        t
    } else {
        t.chars()
            .take(max - 1)
            .chain(std::iter::once('…'))
            .collect()
    }
}
