//! Fuzz targets: the functions `examples/fuzz.rs` drives with mutated inputs and the
//! regression tests replay with every input that ever broke one (`tests/fuzz/`).
//!
//! Each target takes arbitrary bytes. Errors are fine; a panic, a hang, or a story that
//! acst would store but `acst validate` would reject is a bug.

use crate::error::Result;
use crate::extract::{lexicon::Lexicon, reference::Reference, Extractor};
use crate::query::{results, QueryOptions};
use crate::read::{read_story, ContextLoader, InputFormat};
use crate::triples::{story_quads, Provenance};
use crate::validate::{validate_store, Violation};
use oxigraph::model::{NamedNode, NamedNodeRef, Quad, Term, Variable};
use oxigraph::store::Store;
use std::time::Duration;

/// What a target can be asked to exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Every reader (auto-detected, and each format forced) on the bytes.
    Read,
    /// Read, extract, map to triples, and validate what would be stored.
    Extract,
    /// Parse, check and run a query (or parse an update) on a store of sample stories.
    Sparql,
}

impl Target {
    pub const ALL: [Target; 3] = [Target::Read, Target::Extract, Target::Sparql];

    pub fn name(self) -> &'static str {
        match self {
            Target::Read => "read",
            Target::Extract => "extract",
            Target::Sparql => "sparql",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// The state the targets share: an extractor, and an in-memory store holding the
/// ontology and the sample stories (queries run on it, stories are validated in it).
pub struct Harness {
    extractor: Extractor,
    contexts: ContextLoader,
    store: Store,
    /// The ontology and reference graphs, which validation needs beside a story.
    base: Vec<Quad>,
}

const SCRATCH: &str = "https://w3id.org/acst/graph/story/fuzz";

impl Harness {
    /// A harness whose store holds the ontology and the given sample pages.
    pub fn new(samples: &[(String, Vec<u8>)]) -> Result<Self> {
        let reference = Reference::builtin()?;
        let mut base = crate::store::ontology_quads()?;
        base.extend(crate::triples::reference_quads(&reference));
        let store = Store::new()?;
        store.extend(base.iter().cloned())?;
        let mut h = Harness {
            extractor: Extractor::new(reference, Lexicon::builtin()?),
            contexts: ContextLoader::default(),
            store,
            base,
        };
        for (name, bytes) in samples {
            if let Ok(quads) = h.story(name, bytes) {
                h.store.extend(quads)?;
            }
        }
        Ok(h)
    }

    /// Every quad of the harness's store (the ontology and the sample stories).
    pub fn quads(&self) -> Vec<Quad> {
        self.store.iter().filter_map(|q| q.ok()).collect()
    }

    /// Runs one target on one input.
    pub fn run(&mut self, target: Target, bytes: &[u8]) -> Outcome {
        match target {
            Target::Read => {
                read(bytes, &self.contexts);
                Outcome::Done
            }
            Target::Extract => self.extract(bytes),
            Target::Sparql => {
                self.sparql(bytes);
                Outcome::Done
            }
        }
    }

    fn story(&mut self, name: &str, bytes: &[u8]) -> std::result::Result<Vec<Quad>, String> {
        let story = read_story(bytes, name, None, &self.contexts).map_err(|e| e.to_string())?;
        let x = self.extractor.extract(&story);
        let now = "2026-01-01T00:00:00Z";
        Ok(story_quads(
            &story,
            &x,
            &self.extractor.reference,
            &Provenance { ingested_at: now },
        ))
    }

    /// Reads and extracts; a story that would be stored is loaded alone into a scratch
    /// graph and validated there, as `acst validate` would.
    fn extract(&mut self, bytes: &[u8]) -> Outcome {
        let Ok(quads) = self.story("fuzz.txt", bytes) else {
            return Outcome::Refused;
        };
        let check = Store::new().and_then(|s| {
            s.extend(self.base.iter().cloned())?;
            s.extend(quads.into_iter().map(|q| {
                Quad::new(
                    q.subject,
                    q.predicate,
                    q.object,
                    NamedNodeRef::new_unchecked(SCRATCH),
                )
            }))?;
            Ok(s)
        });
        match check
            .map_err(crate::Error::from)
            .and_then(|s| validate_store(&s))
        {
            Ok(v) if v.is_empty() => Outcome::Accepted,
            Ok(v) => Outcome::Invalid(v),
            Err(e) => Outcome::Invalid(vec![Violation {
                focus: String::new(),
                path: String::new(),
                constraint: "load".into(),
                message: e.to_string(),
            }]),
        }
    }

    /// Parses the text as a query (checked, shape-tested, bound to a parameter the
    /// remote way, run with a short timeout) and as an update (parsed only).
    fn sparql(&self, bytes: &[u8]) {
        let text = String::from_utf8_lossy(bytes);
        let _ = crate::remote::prepare_update(&text);
        let param = (
            Variable::new_unchecked("story"),
            Term::from(NamedNode::new_unchecked(SCRATCH)),
        );
        let _ = crate::remote::prepare(&text, std::slice::from_ref(&param), false);
        let opts = QueryOptions {
            timeout: Some(Duration::from_millis(200)),
            params: vec![param],
            refuse_unstoppable: true,
            ..QueryOptions::default()
        };
        if let Ok((r, w)) = crate::query::run(&self.store, &text, &opts) {
            let _ = results::write(r, results::OutputFormat::Json, &mut std::io::sink(), &|e| {
                w.error(e)
            });
        }
    }
}

/// What a target made of an input.
#[derive(Debug)]
pub enum Outcome {
    /// The target ran (read and sparql have no verdict beyond not failing).
    Done,
    /// The page was refused with an error: fine.
    Refused,
    /// The page was accepted, and what would be stored validates.
    Accepted,
    /// The page was accepted, and what would be stored does not validate: a bug.
    Invalid(Vec<Violation>),
}

/// Every reader on the bytes: auto-detected, then each format forced.
fn read(bytes: &[u8], contexts: &ContextLoader) {
    let forced = [
        None,
        Some(InputFormat::LayoutA),
        Some(InputFormat::LayoutB),
        Some(InputFormat::JsonLd),
        Some(InputFormat::Html),
    ];
    for f in forced {
        let _ = read_story(bytes, "fuzz", f, contexts);
    }
}
