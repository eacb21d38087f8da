//! `acst ingest`: read story pages into the store.

use super::Global;
use acst::ingest::{collect_inputs, ingest, Compaction, IngestOptions, Input};
use acst::read::InputFormat;
use acst::store::Access;
use anyhow::Context;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

/// Read story pages (files, folders recursively, or - for stdin) into the store.
///
/// Each story gets its own named graph; ingesting a story again replaces its graph, so
/// re-running on the same folder changes nothing. Folders are walked in name order and
/// files ending in .txt .json .jsonld .html .htm .md are read. A page that cannot be
/// read gets one line on stderr and the rest of the batch still goes in; the exit status
/// is then 1.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst ingest data/stories\n  acst ingest page.html another.jsonld --format json\n  curl -s https://example.org/page.txt | acst ingest - --reader layout-b"
)]
pub struct Args {
    /// Files or folders to read; - reads one page from stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Force a reader instead of detecting the layout from content.
    #[arg(long, value_enum, value_name = "LAYOUT")]
    reader: Option<InputFormat>,
    #[command(flatten)]
    report: super::io::ReportArgs,
    /// Refuse pages larger than this many bytes (real pages are tens of kilobytes).
    #[arg(long, value_name = "BYTES", default_value_t = acst::ingest::DEFAULT_MAX_PAGE_BYTES)]
    max_page_size: usize,
    /// Compact the store after loading: auto does it when this ingest wrote at least
    /// 1,000 stories and a tenth of the store (a first load, a large batch), which makes
    /// the queries and the `acst xref` that follow read fewer files.
    #[arg(long, value_enum, default_value_t = Compaction::Auto, value_name = "WHEN")]
    compact: Compaction,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let mut inputs = Vec::new();
    let (stdin, files): (Vec<PathBuf>, Vec<PathBuf>) =
        args.paths.into_iter().partition(|p| p.as_os_str() == "-");
    if !stdin.is_empty() {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("reading stdin")?;
        inputs.push(Input::Bytes {
            name: "-".into(),
            bytes,
        });
    }
    inputs.extend(collect_inputs(&files)?);
    let backend = g.backend(Access::ReadWrite)?;
    let opts = IngestOptions {
        format: args.reader,
        reference_dir: g.reference_dir(),
        max_page_bytes: args.max_page_size,
        compaction: args.compact,
    };
    let bar = super::io::progress(inputs.len(), "stories");
    let report = ingest(&backend, &inputs, &opts, &mut |done, _| {
        if let Some(b) = &bar {
            b.set_position(done as u64);
        }
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for (input, error) in &report.failed {
        eprintln!("acst: {input}: {error}");
    }
    for (later, earlier) in &report.duplicates {
        eprintln!("acst: {later}: same story as {earlier}; the later one was kept");
    }
    if args.report.json() {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!(
            "{} stories added, {} replaced{}, {} failed; {} triples in story graphs; {} (reading {:.1} s, loading {:.1} s)",
            report.added,
            report.replaced,
            if report.unchanged > 0 {
                format!(" ({} unchanged, not written)", report.unchanged)
            } else {
                String::new()
            },
            report.failed.len(),
            report.triples,
            backend.describe(),
            report.read_seconds,
            report.load_seconds
        );
        if let Some(s) = report.compact_seconds {
            eprintln!("acst: compacted the store in {s:.1} s");
        }
    }
    if report.xref_cleared {
        eprintln!("acst: the corpus changed, so the cross-reference graph was dropped; run `acst xref` to rebuild it");
    }
    Ok(if report.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
