//! What a store folder holds before anything is opened, and the files a killed bulk load
//! leaves behind.

use super::MARKER;
use crate::error::{Error, Result};
use std::path::Path;

/// Oxigraph's bulk loader writes `bulk-*.sst` files beside the database and ingests
/// them on commit; a process killed before that leaves them behind. Holding acst's lock,
/// no other acst process is loading: they are orphans.
pub(super) fn remove_orphaned_bulk_files(path: &Path) -> Result<()> {
    for e in std::fs::read_dir(path).map_err(|e| Error::io(path, e))? {
        let e = e.map_err(|e| Error::io(path, e))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            std::fs::remove_file(e.path()).map_err(|err| Error::io(e.path(), err))?;
        }
    }
    Ok(())
}

/// What a folder holds, before anything is opened or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Folder {
    /// Missing or empty: a store may be created here.
    Empty,
    /// An acst store (marked, or made by an older acst: RocksDB files and acst's lock).
    Store,
    /// An acst store whose CURRENT file is gone.
    Damaged,
    /// Other files: never written into.
    Foreign,
}

impl Folder {
    pub(super) fn of(path: &Path) -> Result<Self> {
        let entries: Vec<String> = match std::fs::read_dir(path) {
            Ok(d) => d
                .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect::<std::io::Result<_>>()
                .map_err(|e| Error::io(path, e))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Folder::Empty),
            Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
                return Err(Error::NotAStore {
                    path: path.to_owned(),
                })
            }
            Err(e) => return Err(Error::io(path, e)),
        };
        let has = |n: &str| entries.iter().any(|e| e == n);
        let manifest = entries.iter().any(|e| e.starts_with("MANIFEST-"));
        let ours = has(MARKER) || (has("acst.lock") && (has("CURRENT") || manifest));
        // A lock left by a first open that failed is no content.
        let empty = entries.iter().all(|e| e == "acst.lock" || e == "LOCK");
        Ok(match (empty, ours, has("CURRENT")) {
            (true, _, _) => Folder::Empty,
            (_, true, true) => Folder::Store,
            (_, true, false) => Folder::Damaged,
            (_, false, _) => Folder::Foreign,
        })
    }
}
