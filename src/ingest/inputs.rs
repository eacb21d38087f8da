//! What an ingest reads: files named, folders walked in sorted order, or bytes (stdin).

use crate::error::{Error, Result};
use std::path::PathBuf;

/// File endings read when walking a folder (files named explicitly are always read).
pub const STORY_EXTENSIONS: [&str; 6] = ["txt", "json", "jsonld", "html", "htm", "md"];
/// One input: a file, or bytes already read (stdin).
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf),
    Bytes { name: String, bytes: Vec<u8> },
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Bytes { name, .. } => name.clone(),
        }
    }
}

/// Expands files and folders (recursively, sorted) into inputs.
pub fn collect_inputs(paths: &[PathBuf]) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if !meta.is_dir() {
            out.push(Input::File(p.clone()));
            continue;
        }
        for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(p).to_owned();
                Error::io(path, e.into())
            })?;
            let ext = entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("");
            if entry.file_type().is_file()
                && STORY_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
            {
                out.push(Input::File(entry.into_path()));
            }
        }
    }
    Ok(out)
}
