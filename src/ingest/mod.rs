//! The ingest pipeline — read → extract → triples → store — as one library call that
//! the CLI (and later the server and remote-store paths) use. Progress goes through a
//! callback; nothing prints here.

use crate::backend::Backend;
use crate::error::{Error, Result};
use crate::extract::lexicon::Lexicon;
use crate::extract::reference::Reference;
use crate::extract::Extractor;
use crate::query::value;
use crate::read::{read_story, ContextLoader, InputFormat};
use crate::triples::{reference_quads, story_quads, Provenance};
use crate::vocab;
use oxigraph::model::Quad;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

mod inputs;
mod known;
mod write;

pub use inputs::{collect_inputs, Input, STORY_EXTENSIONS};
use known::batch_graphs;
pub use known::extractor;
use write::{flush, install_base};

/// Stories loaded per bulk-loader commit: bounds memory on large batches.
const CHUNK: usize = 1000;

/// Options of one ingest.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Force one reader instead of detecting from content.
    pub format: Option<InputFormat>,
    /// Folder with the reference CSVs; `None` uses the built-in copies.
    pub reference_dir: Option<PathBuf>,
    /// Pages larger than this many bytes are refused (0: [`DEFAULT_MAX_PAGE_BYTES`]).
    pub max_page_bytes: usize,
    /// Whether the local store is compacted once the stories are in.
    pub compaction: Compaction,
}

/// When an ingest compacts the local store (RocksDB merges the files the load wrote).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Compaction {
    /// When the ingest wrote at least [`COMPACT_MIN_STORIES`] stories and a tenth of the
    /// store: a first load or a large batch, not a daily handful.
    #[default]
    Auto,
    /// After every ingest (a whole-store merge: seconds at tens of thousands of stories).
    Always,
    /// Never; RocksDB merges in the background while some process has the store open.
    Never,
}

/// Stories an ingest must write before `Compaction::Auto` compacts.
pub const COMPACT_MIN_STORIES: usize = 1000;

impl Compaction {
    /// Whether to compact after writing `written` stories into a store of `stories`.
    pub fn applies(self, written: usize, stories: usize) -> bool {
        match self {
            Compaction::Always => true,
            Compaction::Never => false,
            Compaction::Auto => written >= COMPACT_MIN_STORIES && written * 10 >= stories,
        }
    }
}

/// Largest page read by default: real pages are a few tens of kilobytes.
pub const DEFAULT_MAX_PAGE_BYTES: usize = 2_000_000;

impl IngestOptions {
    /// The largest page read, in bytes.
    fn page_limit(&self) -> usize {
        if self.max_page_bytes == 0 {
            DEFAULT_MAX_PAGE_BYTES
        } else {
            self.max_page_bytes
        }
    }
}

/// What an ingest did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct IngestReport {
    pub added: usize,
    pub replaced: usize,
    /// Stories already in the store whose graph came out the same: not written again.
    pub unchanged: usize,
    /// (input, error) for each input that could not be ingested.
    pub failed: Vec<(String, String)>,
    /// Inputs that held a story already read earlier in the same batch (the later won).
    pub duplicates: Vec<(String, String)>,
    pub triples: usize,
    /// The derived cross-reference graph was dropped because the corpus changed.
    pub xref_cleared: bool,
    /// Seconds spent reading, extracting and mapping (reader thread).
    pub read_seconds: f64,
    /// Seconds spent writing to the store (loader thread).
    pub load_seconds: f64,
    /// Seconds spent compacting the store afterwards, when it was.
    pub compact_seconds: Option<f64>,
}

/// Loads the reference data from a folder, or the built-in copies.
pub fn load_reference(dir: Option<&Path>) -> Result<Reference> {
    match dir {
        Some(d) => Reference::from_dir(d),
        None => Reference::builtin(),
    }
}

/// Loads the lexicon from the `lexicon` folder beside the reference folder (so
/// `data/reference` goes with `data/lexicon`), or the built-in copies.
pub fn load_lexicon(reference_dir: Option<&Path>) -> Result<Lexicon> {
    match reference_dir
        .and_then(Path::parent)
        .map(|p| p.join("lexicon"))
    {
        Some(d) if d.is_dir() => Lexicon::from_dir(&d),
        _ => Lexicon::builtin(),
    }
}

/// A chunk of stories ready to load: (id, quads).
pub(crate) type Chunk = Vec<(String, Vec<Quad>)>;

/// Runs the pipeline over `inputs`. `progress(done, total)` is called as inputs are read.
///
/// Two threads: one reads, extracts and maps stories to quads (sequentially: names first
/// seen in one story resolve later ones), the other loads finished chunks into the
/// store, so extraction overlaps with RocksDB's work.
pub fn ingest(
    backend: &Backend,
    inputs: &[Input],
    opts: &IngestOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<IngestReport> {
    let reference = load_reference(opts.reference_dir.as_deref())?;
    // What is derived from the corpus goes stale before the first write, so that a
    // process killed half-way never leaves an index or a derived graph that looks fresh.
    let xref_cleared = match backend {
        Backend::Local(store) if !inputs.is_empty() => {
            store.begin_write()?;
            crate::xref::derived::clear(store)?
        }
        _ => false,
    };
    install_base(backend, &reference_quads(&reference))?;
    let lexicon = load_lexicon(opts.reference_dir.as_deref())?;
    let batch = batch_graphs(backend, inputs, opts)?;
    let extractor = extractor(backend, reference, lexicon, &batch)?;
    let mut report = IngestReport::default();
    // One chunk may wait while another loads: extraction overlaps with the store's work
    // and memory stays bounded. Progress is a counter, so it never blocks the reader.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(1);
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = inputs.len();
    std::thread::scope(|scope| -> Result<()> {
        let reader = scope.spawn(|| read_all(inputs, opts, extractor, tx, &done));
        let mut load_error = None;
        loop {
            let msg = rx.recv_timeout(std::time::Duration::from_millis(100));
            progress(done.load(std::sync::atomic::Ordering::Relaxed), total);
            match msg {
                // After a load error, keep draining so the reader can finish.
                Ok(chunk) if load_error.is_none() => {
                    let start = std::time::Instant::now();
                    if let Err(e) = flush(backend, chunk, &mut report) {
                        load_error = Some(e);
                    }
                    report.load_seconds += start.elapsed().as_secs_f64();
                }
                Ok(_) | Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        let (failed, duplicates, read_seconds) = reader.join().expect("reader thread panicked");
        report.read_seconds = read_seconds;
        report.failed = failed;
        report.duplicates = duplicates;
        progress(total, total);
        load_error.map_or(Ok(()), Err)
    })?;
    report.xref_cleared = xref_cleared;
    if report.added + report.replaced > 0 {
        report.xref_cleared = match backend {
            Backend::Local(_) => xref_cleared,
            Backend::Remote(r) => {
                let had = r.has_graph(vocab::XREF_GRAPH)?;
                r.drop_graph(vocab::XREF_GRAPH)?;
                had
            }
        };
    }
    if let Backend::Local(store) = backend {
        // Transactional writes (the derived graph's deletion above all) are written out,
        // so the next process opening the store has nothing to replay from the log.
        store.store.flush()?;
        // A large load leaves RocksDB many overlapping files that a short-lived process
        // never gives it the time to merge: every query, and xref's scan of the corpus,
        // then reads through all of them (at 35,000 stories compacting takes 12 s and
        // xref's scan drops from 21.7 s to 13.8 s).
        let stories = store.store.named_graphs().count();
        if opts
            .compaction
            .applies(report.added + report.replaced, stories)
        {
            let started = std::time::Instant::now();
            store.store.optimize()?;
            report.compact_seconds = Some(started.elapsed().as_secs_f64());
        }
    }
    Ok(report)
}

type Failures = Vec<(String, String)>;

/// The reading side: returns (failed inputs, duplicate inputs, seconds spent working).
fn read_all(
    inputs: &[Input],
    opts: &IngestOptions,
    mut extractor: Extractor,
    tx: std::sync::mpsc::SyncSender<Chunk>,
    done: &std::sync::atomic::AtomicUsize,
) -> (Failures, Failures, f64) {
    let mut busy = std::time::Duration::ZERO;
    let contexts = ContextLoader::default();
    let now = oxsdatatypes::DateTime::now().to_string();
    let provenance = Provenance { ingested_at: &now };
    let (mut failed, mut duplicates) = (Vec::new(), Vec::new());
    // Story id → the input it came from, over the whole batch (a later one wins).
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut chunk: Chunk = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let start = std::time::Instant::now();
        let name = input.name();
        let limit = opts.page_limit();
        let too_big = |n: u64| {
            format!("page of {n} bytes, over the limit of {limit} (raise it with --max-page-size)")
        };
        let bytes = match input {
            Input::File(p) => match std::fs::metadata(p) {
                Ok(m) if m.len() > limit as u64 => Err(too_big(m.len())),
                _ => std::fs::read(p).map_err(|e| Error::io(p, e).to_string()),
            },
            Input::Bytes { bytes, .. } if bytes.len() > limit => Err(too_big(bytes.len() as u64)),
            Input::Bytes { bytes, .. } => Ok(bytes.clone()),
        };
        // A bug that panics on one page is that page's error, not the batch's end.
        let page = bytes.and_then(|b| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let story =
                    read_story(&b, &name, opts.format, &contexts).map_err(|e| e.to_string())?;
                let x = extractor.extract(&story);
                let quads = story_quads(&story, &x, &extractor.reference, &provenance);
                Ok::<_, String>((story, quads))
            }))
            .unwrap_or_else(|panic| {
                Err(format!(
                    "internal error while reading this page ({}); please report it with the page",
                    panic_message(&panic)
                ))
            })
        });
        match page {
            Ok((story, quads)) => {
                if let Some(earlier) = seen.insert(story.id.clone(), name.clone()) {
                    duplicates.push((name, earlier));
                    chunk.retain(|(id, _)| *id != story.id);
                }
                chunk.push((story.id, quads));
            }
            Err(e) => failed.push((name.clone(), strip_source(&e, &name))),
        }
        busy += start.elapsed();
        done.store(i + 1, std::sync::atomic::Ordering::Relaxed);
        if chunk.len() >= CHUNK && tx.send(std::mem::take(&mut chunk)).is_err() {
            break;
        }
    }
    if !chunk.is_empty() {
        let _ = tx.send(chunk);
    }
    (failed, duplicates, busy.as_secs_f64())
}

/// The message a panic carried.
fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

/// Errors already name the input; the report keeps the input separately.
fn strip_source(e: &str, name: &str) -> String {
    e.strip_prefix(name)
        .and_then(|r| r.strip_prefix(": "))
        .unwrap_or(e)
        .to_owned()
}

#[cfg(test)]
mod compaction_tests {
    use super::Compaction;

    #[test]
    fn auto_compacts_a_large_share_of_the_store_only() {
        assert!(Compaction::Auto.applies(35_000, 35_003), "a first load");
        assert!(Compaction::Auto.applies(5_000, 40_000), "a large batch");
        assert!(!Compaction::Auto.applies(20, 35_000), "a daily handful");
        assert!(
            !Compaction::Auto.applies(26, 26),
            "a small store is cheap to read anyway"
        );
        assert!(!Compaction::Auto.applies(1_000, 35_000), "under a tenth");
        assert!(Compaction::Always.applies(1, 35_000) && !Compaction::Never.applies(9, 9));
    }
}
