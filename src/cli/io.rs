//! Output plumbing: stdout or `-o FILE`, and the format chosen by flag, else by the
//! output file's extension, else a default or a clear error.

use anyhow::{bail, Context};
use std::fs::File;
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

/// Where output goes.
pub fn writer(output: Option<&Path>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match output {
        Some(p) if p != Path::new("-") => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        _ => Box::new(BufWriter::new(std::io::stdout().lock())),
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
