//! The Oxigraph store on RocksDB: opening (with clear errors for locks and missing
//! stores), the ontology and reference graphs, and atomic per-story graph replacement.

use crate::error::{Error, Result};
use crate::vocab;
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, Quad};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

mod folder;
use folder::{remove_orphaned_bulk_files, Folder};

/// The ontology files shipped in `ontology/`, loaded into the ontology graph.
const ONTOLOGY: [(&str, &str); 3] = [
    ("acst.ttl", include_str!("../ontology/acst.ttl")),
    ("themes.ttl", include_str!("../ontology/themes.ttl")),
    ("shapes.ttl", include_str!("../ontology/shapes.ttl")),
];

/// The quads of the ontology graph: the files of `ontology/`, built in.
pub fn ontology_quads() -> Result<Vec<Quad>> {
    let mut ontology = Vec::new();
    let graph = NamedNode::new_unchecked(vocab::ONTOLOGY_GRAPH);
    for (name, ttl) in ONTOLOGY {
        for q in oxigraph::io::RdfParser::from_format(RdfFormat::Turtle)
            .without_named_graphs()
            .with_default_graph(graph.clone())
            .for_slice(ttl.as_bytes())
        {
            ontology.push(q.map_err(|e| Error::Invalid(format!("ontology/{name}: {e}")))?);
        }
    }
    Ok(ontology)
}

/// The file acst writes into every store it creates.
pub const MARKER: &str = "ACST-STORE";
/// The store's write generation (see [`AcstStore::begin_write`]).
const GENERATION: &str = "acst-generation";
/// Graphs being written in several steps (see [`AcstStore::begin_partial`]).
const PARTIAL: &str = "acst-partial-graphs";

/// The graphs listed as being written in several steps (see
/// [`AcstStore::begin_partial`]) in the store at `path`.
fn partial_graphs(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path.join(PARTIAL))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// How a command uses the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Create if missing; takes RocksDB's lock (one writer at a time).
    ReadWrite,
    /// Must exist already. Still takes the lock: RocksDB's read-only mode is undefined
    /// behaviour while another process writes, so one process uses a store at a time
    /// (`acst serve` is the way to share one).
    ReadOnly,
}

/// An open store and where it lives.
pub struct AcstStore {
    pub store: Store,
    pub path: PathBuf,
    /// acst's own lock, held while the store is open (see [`AcstStore::open`]).
    _lock: std::fs::File,
}

impl AcstStore {
    /// Opens (or, for [`Access::ReadWrite`], creates) the store at `path`.
    ///
    /// acst takes its own lock file before RocksDB opens anything: RocksDB reads the
    /// manifest before taking its own lock, so a second process would otherwise fail
    /// with a misleading "Corruption" error while the first one compacts.
    pub fn open(path: &Path, access: Access) -> Result<Self> {
        let state = Folder::of(path)?;
        let created = match (state, access) {
            (Folder::Store, _) => false,
            (Folder::Damaged, _) => {
                return Err(Error::StoreDamaged {
                    path: path.to_owned(),
                    missing: "CURRENT",
                })
            }
            (Folder::Foreign, _) => {
                return Err(Error::NotAStore {
                    path: path.to_owned(),
                })
            }
            (Folder::Empty, Access::ReadOnly) => {
                return Err(Error::NoStore {
                    path: path.to_owned(),
                })
            }
            (Folder::Empty, Access::ReadWrite) => {
                std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
                true
            }
        };
        let lock_path = path.join("acst.lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(&lock_path, e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::StoreLocked {
                    path: path.to_owned(),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(&lock_path, e)),
        }
        if access == Access::ReadWrite {
            remove_orphaned_bulk_files(path)?;
        }
        // A reader opens RocksDB read-only (no locks or background work to start; the
        // log is still read): unless a killed writer left a graph half-written, which
        // only a writable open can drop.
        let read_only = access == Access::ReadOnly && !created && partial_graphs(path).is_empty();
        let opened = if read_only {
            Store::open_read_only(path)
        } else {
            Store::open(path)
        };
        let store = opened.map_err(|e| {
            if e.to_string().contains("lock") {
                Error::StoreLocked {
                    path: path.to_owned(),
                }
            } else {
                Error::StoreOpen {
                    path: path.to_owned(),
                    source: e,
                }
            }
        })?;
        if created || !path.join(MARKER).exists() {
            // Written once RocksDB has made its files: from now on the folder is known
            // to be an acst store (stores made before the marker existed are adopted).
            let marker = path.join(MARKER);
            std::fs::write(
                &marker,
                "acst store: RocksDB files of an Oxigraph store, written by acst\nformat 1\n",
            )
            .map_err(|e| Error::io(&marker, e))?;
        }
        let opened = AcstStore {
            store,
            path: path.to_owned(),
            _lock: lock,
        };
        opened.drop_partial_graphs()?;
        Ok(opened)
    }

    /// Names a graph about to be written in several steps (bulk loads too large for one
    /// transaction: the derived graph, a large pulled graph). Until [`end_partial`]
    /// says it is complete, a process killed half-way leaves it listed, and the next
    /// open drops it: such a graph is complete or absent, never half there.
    ///
    /// [`end_partial`]: AcstStore::end_partial
    pub fn begin_partial(&self, graph: &str) -> Result<()> {
        let mut graphs = self.partial_graphs();
        graphs.push(graph.to_owned());
        graphs.sort();
        graphs.dedup();
        crate::fsutil::write_atomic(&self.path.join(PARTIAL), graphs.join("\n").as_bytes())
    }

    /// Marks a graph named by [`AcstStore::begin_partial`] as complete.
    pub fn end_partial(&self, graph: &str) -> Result<()> {
        let graphs: Vec<String> = self
            .partial_graphs()
            .into_iter()
            .filter(|g| g != graph)
            .collect();
        let file = self.path.join(PARTIAL);
        if graphs.is_empty() {
            return std::fs::remove_file(&file).or_else(|e| match e.kind() {
                std::io::ErrorKind::NotFound => Ok(()),
                _ => Err(Error::io(&file, e)),
            });
        }
        crate::fsutil::write_atomic(&file, graphs.join("\n").as_bytes())
    }

    fn partial_graphs(&self) -> Vec<String> {
        partial_graphs(&self.path)
    }

    /// Drops the graphs a killed process left half-written.
    fn drop_partial_graphs(&self) -> Result<()> {
        for g in self.partial_graphs() {
            if NamedNodeRef::new(&g).is_ok() {
                self.clear_large_graph(&g)?;
                self.store
                    .remove_named_graph(NamedNodeRef::new_unchecked(&g))?;
            }
            self.end_partial(&g)?;
        }
        Ok(())
    }

    /// The store's write generation: bumped before every write acst makes, so that
    /// anything derived from the store (the index cache) knows it may be stale even if a
    /// write was killed half-way.
    pub fn generation(&self) -> u64 {
        std::fs::read_to_string(self.path.join(GENERATION))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Marks what is derived from the store stale, before a write begins: the
    /// generation moves on and the cached index goes.
    pub fn begin_write(&self) -> Result<()> {
        let next = self.generation() + 1;
        crate::fsutil::write_atomic(&self.path.join(GENERATION), next.to_string().as_bytes())?;
        crate::xref::Corpus::invalidate(self)
    }

    /// Replaces the ontology and reference graphs (cheap: a few thousand triples).
    pub fn install_base(&self, reference_quads: &[Quad]) -> Result<()> {
        let ontology = ontology_quads()?;
        let mut t = self.store.start_transaction()?;
        t.clear_graph(NamedNodeRef::new_unchecked(vocab::ONTOLOGY_GRAPH))?;
        t.clear_graph(NamedNodeRef::new_unchecked(vocab::REFERENCE_GRAPH))?;
        t.extend(ontology.iter().chain(reference_quads));
        t.commit()?;
        Ok(())
    }

    /// Empties a large graph in batched transactions: Oxigraph's `clear_graph` builds one
    /// write batch for the whole graph, which for millions of triples costs gigabytes.
    ///
    /// One iterator reads the whole graph: it sees the store as it was when it opened,
    /// so the batches removed behind it cost it nothing, where a fresh read per batch
    /// stepped over the tombstones of every batch removed before. Each quad goes as a
    /// plain write: a `Transaction` indexes its batch for reads it does not need here.
    /// Dropping the derived graph of 35,000 stories (3.2 million quads): 138 s → 102 s.
    pub fn clear_large_graph(&self, graph: &str) -> Result<usize> {
        let g = NamedNodeRef::new_unchecked(graph);
        let mut quads =
            self.store
                .quads_for_pattern(None, None, None, Some(GraphNameRef::NamedNode(g)));
        let mut removed = 0;
        loop {
            let batch: Vec<Quad> = quads
                .by_ref()
                .take(50_000)
                .collect::<std::result::Result<_, _>>()?;
            if batch.is_empty() {
                if removed > 0 {
                    // Deletions left in RocksDB's log are replayed into memory by the
                    // next process that opens the store: write them out now.
                    self.store.flush()?;
                }
                return Ok(removed);
            }
            removed += batch.len();
            for q in &batch {
                self.store.remove(q)?;
            }
            if removed % 500_000 < batch.len() {
                // Tombstones pile up in RocksDB's memtables otherwise: writing them out
                // every 500,000 quads keeps a large graph's removal in bounded memory.
                self.store.flush()?;
            }
        }
    }

    pub fn has_graph(&self, graph: &str) -> Result<bool> {
        Ok(self
            .store
            .contains_named_graph(NamedNodeRef::new_unchecked(graph))?)
    }

    /// Replaces one graph's content atomically (clear + insert in one transaction).
    pub fn replace_graph(&self, graph: &str, quads: &[Quad]) -> Result<()> {
        let g = NamedNodeRef::new_unchecked(graph);
        let mut t = self.store.start_transaction()?;
        t.clear_graph(g)?;
        t.insert_named_graph(g);
        t.extend(quads);
        t.commit()?;
        Ok(())
    }

    /// Loads many new graphs at once through the bulk loader (atomic on `commit`).
    pub fn bulk_insert(&self, quads: impl IntoIterator<Item = Quad>) -> Result<()> {
        let mut loader = self.bulk_loader();
        loader.load_quads(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// A bulk loader to feed in several parts and commit once: its files enter the
    /// store in one ingestion, where a commit per part would leave the store to merge
    /// many small overlapping files with everything it holds.
    pub fn bulk_loader(&self) -> oxigraph::store::BulkLoader<'_> {
        self.store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(256)
    }

    pub fn len(&self) -> Result<usize> {
        Ok(self.store.len()?)
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.store.is_empty()?)
    }

    /// Quads of one graph.
    pub fn graph_quads(&self, graph: &str) -> Result<Vec<Quad>> {
        self.store
            .quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(NamedNodeRef::new_unchecked(graph))),
            )
            .map(|q| q.map_err(Error::from))
            .collect()
    }

    /// IRIs of all story graphs, sorted.
    /// Whether the store holds at least one story graph: stops at the first, where
    /// [`story_graphs`](Self::story_graphs) decodes every graph's name (0.2 s of every
    /// command at 35,000 stories, for a check that only needs one).
    pub fn has_story_graph(&self) -> Result<bool> {
        for g in self.store.named_graphs() {
            let g = g?.to_string();
            let iri = g.trim_start_matches('<').trim_end_matches('>');
            if iri.starts_with(vocab::STORY_GRAPH_PREFIX) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn story_graphs(&self) -> Result<Vec<String>> {
        let mut v = Vec::new();
        for g in self.store.named_graphs() {
            let g = g?.to_string();
            let iri = g.trim_start_matches('<').trim_end_matches('>');
            if iri.starts_with(vocab::STORY_GRAPH_PREFIX) {
                v.push(iri.to_owned());
            }
        }
        v.sort();
        Ok(v)
    }
}
