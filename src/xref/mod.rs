//! Cross-referencing from an inverted index (item → stories) built in Rust: related
//! stories with reasons, stories sharing an item, recurring items across the corpus,
//! and the derived graph that writes them back into the store.

pub mod derived;
pub mod index;
pub mod rank;
mod scan;
pub mod summary;
pub mod text;

pub use index::{Corpus, ItemKind};
pub use rank::{related, Reason, Related, ScoreOptions};
pub use scan::TripleSource;
