//! `acst xref`: cross-reference the whole corpus and write the derived graph.

use super::{io, Global};
use acst::store::Access;
use acst::xref::ScoreOptions;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Compute every story's related stories (the `acst related` ranking) and write them into
/// the derived graph <https://w3id.org/acst/graph/xref>, replacing what was there: each
/// story gets acst:crossReference nodes with acst:relatedStory, acst:score, acst:rank and
/// acst:reason links to the strongest three reasons (nodes shared across the corpus, with
/// acst:reasonKind, rdfs:label and acst:reasonItem), so SPARQL and exports see them; the
/// reasons' weights are in `acst related` and the -o table. Ingesting changes the corpus and drops this graph; run
/// xref again afterwards. Before it returns, xref compacts the store (a third of its time
/// at 35,000 stories), so that the queries that follow do not read through the files it
/// has just written.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  acst xref\n  acst xref --top 10 -o related.csv --format json")]
pub struct Args {
    /// Related stories kept per story.
    #[arg(long, default_value_t = 5)]
    top: usize,
    /// Also write the full table (story, rank, related, score, reasons) as CSV.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Items in more than this share of the stories are not used to find candidate pairs
    /// (they still count in scores): keeps the run near-linear on large corpora.
    #[arg(long, default_value_t = 0.05)]
    candidate_share: f64,
    #[command(flatten)]
    report: io::ReportArgs,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let backend = g.backend(Access::ReadWrite)?;
    let started = std::time::Instant::now();
    let corpus = backend.corpus()?;
    let indexed = started.elapsed().as_secs_f64();
    let n = corpus.stories.len();
    // Small corpora are ranked exactly; the cap only bites past 2,000 stories.
    let cap = ((n as f64 * args.candidate_share) as usize).max(100);
    let mut table = match &args.output {
        Some(path) => {
            let mut w = csv::Writer::from_writer(io::writer(Some(path))?);
            w.write_record(["story", "rank", "related", "score", "reasons"])?;
            Some(w)
        }
        None => None,
    };
    let bar = io::progress(n, "stories");
    let mut write_rows = |s: usize, list: &[acst::xref::Related]| -> acst::Result<()> {
        if let Some(b) = &bar {
            b.inc(1);
        }
        let Some(w) = table.as_mut() else {
            return Ok(());
        };
        for (i, r) in list.iter().enumerate() {
            w.write_record([
                corpus.stories[s].id.clone(),
                (i + 1).to_string(),
                r.story.clone(),
                r.score.to_string(),
                r.reasons_line(),
            ])
            .map_err(|e| acst::Error::Output {
                what: "xref table".into(),
                message: e.to_string(),
            })?;
        }
        Ok(())
    };
    let (pairs, triples) = backend.rebuild_xref(
        &corpus,
        ScoreOptions {
            top: args.top,
            max_candidate_df: cap,
        },
        &mut write_rows,
    )?;
    if let Some(w) = table {
        w.into_inner()
            .map_err(|e| anyhow::anyhow!("writing the xref table: {}", e.error()))?
            .finish()?;
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let ranked = started.elapsed().as_secs_f64() - indexed;
    // Where the time went, beside the result (stdout stays the same from run to run).
    eprintln!("acst xref: index {indexed:.1} s, ranking and writing {ranked:.1} s");
    let mut out = std::io::stdout().lock();
    if args.report.json() {
        let v = serde_json::json!({
            "stories": n, "cross_references": pairs, "triples": triples,
            "graph": acst::vocab::XREF_GRAPH,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        writeln!(
            out,
            "{n} stories, {pairs} cross-references, {triples} triples in <{}>",
            acst::vocab::XREF_GRAPH
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
