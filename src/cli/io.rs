//! Output plumbing: stdout or `-o FILE`, and the format chosen by flag, else by the
//! output file's extension, else a default or a clear error.

use acst::fsutil::AtomicFile;
use anyhow::{bail, Context};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Output of the listing commands (related, patterns, entities).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ListFormat {
    /// Aligned text table.
    Table,
    Json,
    Csv,
}

/// Output of the commands that report what they did (ingest, xref, update, validate's
/// verdict, push, pull): text for people, JSON for scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// One line (or a table) for people.
    Text,
    /// One JSON document.
    Json,
}

/// `--format text|json`, with the old `--json` flag kept hidden for one release.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// Output: text for people, json for scripts.
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
    /// Same as --format json (kept for one release).
    #[arg(long, hide = true)]
    json: bool,
}

impl ReportArgs {
    pub fn json(&self) -> bool {
        self.json || self.format == ReportFormat::Json
    }
}

/// A progress bar on stderr for `len` steps of `what`, when stderr is a terminal and
/// the work is long enough to need one.
pub fn progress(len: usize, what: &str) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    (std::io::stderr().is_terminal() && len > 1).then(|| {
        let b = indicatif::ProgressBar::new(len as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{bar:40}} {{pos}}/{{len}} {what} {{elapsed}} (eta {{eta}})"
            ))
            .expect("valid template"),
        );
        b
    })
}

/// A progress bar made once the total is known (push and pull learn it from the
/// server as they start).
pub struct LazyProgress {
    what: &'static str,
    bar: Option<Option<indicatif::ProgressBar>>,
}

impl LazyProgress {
    pub fn new(what: &'static str) -> Self {
        LazyProgress { what, bar: None }
    }

    pub fn update(&mut self, done: usize, total: usize) {
        let what = self.what;
        if let Some(b) = self.bar.get_or_insert_with(|| progress(total, what)) {
            b.set_position(done as u64);
        }
    }

    pub fn finish(self) {
        if let Some(Some(b)) = self.bar {
            b.finish_and_clear();
        }
    }
}

/// Writes a header and rows as a table or CSV (callers handle JSON with their own types).
pub fn write_rows(
    out: impl Write,
    table: bool,
    header: &[String],
    rows: Vec<Vec<String>>,
) -> anyhow::Result<()> {
    if table {
        let mut out = out;
        acst::query::results::write_table(&mut out, header, rows)?;
        return Ok(());
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(header)?;
    for r in rows {
        w.write_record(&r)?;
    }
    w.flush()?;
    Ok(())
}

/// A duration in seconds as a flag takes it: a finite number above zero, at most a day
/// (`NaN`, `inf`, `1e300` or `-1` are errors, not panics).
pub fn seconds(text: &str) -> Result<std::time::Duration, String> {
    let s: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !s.is_finite() || s <= 0.0 || s > 86_400.0 {
        return Err(format!(
            "{text:?}: give a number of seconds above 0 and at most 86400 (a day)"
        ));
    }
    Ok(std::time::Duration::from_secs_f64(s))
}

/// Where output goes: stdout, or a file that is replaced only when [`Output::finish`]
/// runs, so a failed or timed-out command leaves an existing file as it was.
pub enum Output {
    Stdout(BufWriter<std::io::StdoutLock<'static>>),
    File(BufWriter<AtomicFile>),
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File(w) => w.flush(),
        }
    }
}

impl Output {
    /// Flushes, and for a file puts it in place of the target.
    pub fn finish(self) -> anyhow::Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush()?,
            Output::File(w) => w
                .into_inner()
                .map_err(|e| anyhow::anyhow!("writing output: {}", e.error()))?
                .commit()?,
        }
        Ok(())
    }
}

/// Where output goes (`-` or nothing: stdout).
pub fn writer(output: Option<&Path>) -> anyhow::Result<Output> {
    Ok(match output {
        Some(p) if p != Path::new("-") => Output::File(BufWriter::new(
            AtomicFile::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        _ => Output::Stdout(BufWriter::new(std::io::stdout().lock())),
    })
}

/// The format: the flag, else the output extension, else `default` (None: an error). An
/// output file whose extension names no format is an error, not a silent default.
pub fn choose<F: Copy>(
    flag: Option<F>,
    output: Option<&PathBuf>,
    from_ext: impl Fn(&str) -> Option<F>,
    default: Option<F>,
    known: &str,
) -> anyhow::Result<F> {
    if let Some(f) = flag {
        return Ok(f);
    }
    if let Some(p) = output.filter(|p| p.as_path() != Path::new("-")) {
        if let Some(ext) = p.extension().and_then(|e| e.to_str()) {
            return match from_ext(ext) {
                Some(f) => Ok(f),
                None => bail!(
                    "cannot tell the format from {:?}; pass --format ({known})",
                    p.display().to_string()
                ),
            };
        }
    }
    match default {
        Some(f) => Ok(f),
        None => {
            bail!("no output format: pass --format ({known}) or an -o file with a known extension")
        }
    }
}
