//! `acst related`: the stories most related to one story, with reasons.

use super::Global;
use acst::query::results::write_table;
use acst::xref::{related, ScoreOptions};
use std::io::Write;
use std::process::ExitCode;

/// Rank the stories most related to STORY, with the reasons.
///
/// Scoring: for every item both stories have, weight(kind) × ln(N / df), where N is the
/// number of stories and df the number that have the item — rare shared items count
/// most, an item in every story counts nothing. Kind weights: omitted subject (a concept
/// such as "Indigenous water rights") 1.0, historical parallel 0.7, omission theme 0.5,
/// actor 0.25, pathway type 0.4, pattern 0.3, outlet 0.2 (sharing an outlet or a company
/// that many reviews name says little).
/// Plus 60 × the cosine of the two stories' own words (TF-IDF over the stems of title,
/// summary, keywords, what's missing, synthesis and the Historical Parallels reading,
/// with BM25's idf: words in half the reviews or more count for nothing), 10 × the same
/// cosine over what the pages say they are about (title, summary, keywords, reviewed
/// headline), and 0.5 × the cosine of the two lens profiles when both give at least two
/// lens scores. Ties go to the lower story id. Computed from the
/// current store, so it is never stale.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst related \"Google’s Data Centre in Chile\" --top 5\n  acst related 3fa1c0d2e4b59a17 --format json"
)]
pub struct Args {
    /// The story: id, IRI, file path or title fragment.
    story: String,
    /// How many related stories to list.
    #[arg(long, default_value_t = 10)]
    top: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: super::io::ListFormat,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let (corpus, s) = g.story_in_index(&args.story)?;
    let list = related(
        &corpus,
        s,
        ScoreOptions {
            top: args.top,
            ..ScoreOptions::default()
        },
    );
    let mut out = std::io::stdout().lock();
    match args.format {
        super::io::ListFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?,
        super::io::ListFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(["rank", "story", "title", "score", "reasons"])?;
            for (i, r) in list.iter().enumerate() {
                w.write_record([
                    (i + 1).to_string(),
                    r.story.clone(),
                    r.title.clone(),
                    r.score.to_string(),
                    r.reasons_line(),
                ])?;
            }
            w.flush()?;
        }
        super::io::ListFormat::Table => {
            writeln!(out, "Related to: {}", corpus.stories[s].title)?;
            let rows = list
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let reasons: Vec<String> = r
                        .reasons
                        .iter()
                        .take(4)
                        .map(|x| format!("{}: {}", x.kind, x.item))
                        .collect();
                    vec![
                        (i + 1).to_string(),
                        r.story.clone(),
                        format!("{:.2}", r.score),
                        r.title.clone(),
                        reasons.join(" · "),
                    ]
                })
                .collect();
            write_table(
                &mut out,
                &["#", "story", "score", "title", "top reasons"].map(String::from),
                rows,
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
