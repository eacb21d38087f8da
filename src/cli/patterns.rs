//! `acst patterns`: items that recur across the corpus.

use super::Global;
use acst::xref::rank::recurring;
use acst::xref::ItemKind;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::ExitCode;

/// List recurring items across the corpus with their story counts, the stories, and the
/// first and last dates; `--by month` gives the counts per month instead.
/// `--kind pattern` shows e.g. speculative-bubble parallels across every story invoking
/// any bubble.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst patterns\n  acst patterns --kind omission --min-stories 3\n  acst patterns --kind parallel --by month --format csv"
)]
pub struct Args {
    /// Which items: parallel, pattern, theme, actor, pathway, omission, outlet.
    #[arg(long, value_enum, default_value = "pattern")]
    kind: ItemKind,
    /// Only items in at least this many stories.
    #[arg(long, default_value_t = 2)]
    min_stories: usize,
    /// Count per month (stories without a date are counted as "undated").
    #[arg(long, value_enum)]
    by: Option<By>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: super::io::ListFormat,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum By {
    Month,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let corpus = g.data_backend()?.corpus()?;
    let items = recurring(&corpus, args.kind, args.min_stories);
    let (header, rows): (Vec<String>, Vec<Vec<String>>) = match args.by {
        Some(By::Month) => {
            let mut rows = Vec::new();
            for (item, stories) in &items {
                let mut months: BTreeMap<String, usize> = BTreeMap::new();
                for &s in stories {
                    let m = corpus.stories[s]
                        .date
                        .as_deref()
                        .map_or("undated".to_owned(), |d| d.chars().take(7).collect());
                    *months.entry(m).or_default() += 1;
                }
                rows.extend(
                    months
                        .into_iter()
                        .map(|(m, n)| vec![corpus.items[*item].label.clone(), m, n.to_string()]),
                );
            }
            (vec!["item".into(), "month".into(), "stories".into()], rows)
        }
        None => {
            let rows = items
                .iter()
                .map(|(item, stories)| {
                    let dates: Vec<&str> = stories
                        .iter()
                        .filter_map(|&s| corpus.stories[s].date.as_deref())
                        .collect();
                    let ids: Vec<&str> = stories
                        .iter()
                        .map(|&s| corpus.stories[s].id.as_str())
                        .collect();
                    vec![
                        corpus.items[*item].label.clone(),
                        stories.len().to_string(),
                        dates.iter().min().map_or(String::new(), |d| d.to_string()),
                        dates.iter().max().map_or(String::new(), |d| d.to_string()),
                        ids.join(" "),
                    ]
                })
                .collect();
            (
                ["item", "stories", "first", "last", "story ids"]
                    .map(String::from)
                    .to_vec(),
                rows,
            )
        }
    };
    let mut out = std::io::stdout().lock();
    match args.format {
        super::io::ListFormat::Table => super::io::write_rows(&mut out, true, &header, rows)?,
        super::io::ListFormat::Csv => super::io::write_rows(&mut out, false, &header, rows)?,
        super::io::ListFormat::Json => {
            let v: Vec<serde_json::Map<String, serde_json::Value>> = rows
                .into_iter()
                .map(|r| {
                    header
                        .iter()
                        .cloned()
                        .zip(r.into_iter().map(serde_json::Value::from))
                        .collect()
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
