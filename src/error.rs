//! The library's typed errors: each names the file, line or value at fault.

use std::path::PathBuf;

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A page that cannot be read as a story.
    #[error("{source_name}: {problem}")]
    Page {
        source_name: String,
        problem: String,
    },
    /// A file or folder that cannot be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Another process holds the store's lock.
    #[error("store {} is in use by another acst process (RocksDB lock held); wait for it to finish, or share the store through `acst serve`", path.display())]
    StoreLocked { path: PathBuf },
    /// A read-only command on a store that does not exist yet.
    #[error("no store at {}: run `acst ingest` first, or point --store / ACST_STORE at one", path.display())]
    NoStore { path: PathBuf },
    /// An acst store whose RocksDB files are incomplete: acst never creates a new
    /// database over them.
    #[error("store {} is damaged: RocksDB's {missing} file is missing, so the database cannot be opened, and acst will not create a new one over the old files. To recover without losing data: restore {missing} from a backup; or write into it the name of the newest manifest (`ls {}/MANIFEST-*`, then e.g. `echo MANIFEST-000042 > {}/CURRENT`); or rebuild it from the data files with RocksDB's `ldb repair --db={}`", path.display(), path.display(), path.display(), path.display())]
    StoreDamaged {
        path: PathBuf,
        missing: &'static str,
    },
    /// A folder that holds other files than an acst store's.
    #[error("{} is not an acst store (it holds other files and no {marker} marker); point --store / ACST_STORE at an empty or new folder", path.display(), marker = crate::store::MARKER)]
    NotAStore { path: PathBuf },
    #[error("store {}: {source}", path.display())]
    StoreOpen {
        path: PathBuf,
        #[source]
        source: oxigraph::store::StorageError,
    },
    #[error(transparent)]
    Storage(#[from] oxigraph::store::StorageError),
    /// A malformed line in the curated reference data.
    #[error("reference data {}, line {line}: {problem}", path.display())]
    Reference {
        path: PathBuf,
        line: u64,
        problem: String,
    },
    /// A SPARQL query or update that does not parse.
    #[error("SPARQL syntax error: {0}")]
    QuerySyntax(String),
    #[error("query evaluation failed: {0}")]
    QueryEvaluation(String),
    /// A query this server will not run (a shape it could not stop at the timeout).
    #[error("query refused: {0}")]
    QueryRefused(String),
    #[error("query stopped after the {0:?} timeout (raise it with --timeout)")]
    QueryTimeout(std::time::Duration),
    /// A story reference that matches no story, or several.
    #[error("{0}")]
    StoryLookup(String),
    /// A value given on the command line or in a file that is not acceptable.
    #[error("{0}")]
    Invalid(String),
    /// A SPARQL server that could not be reached or answered with an error.
    #[error("{url}: {message}")]
    Remote { url: String, message: String },
    /// Serialising output failed.
    #[error("writing {what}: {message}")]
    Output { what: String, message: String },
}

impl Error {
    pub(crate) fn page(source_name: &str, problem: impl Into<String>) -> Self {
        Error::Page {
            source_name: source_name.to_owned(),
            problem: problem.into(),
        }
    }
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
