//! The corpus as an inverted index: each story's items (themes, omitted-item key
//! phrases, parallels, patterns, actors, outlet, pathway types) and each item's stories.

use crate::error::Result;
use crate::store::AcstStore;
use std::collections::HashMap;

/// Kinds of items stories share. Each knows its name and its weight in the ranking.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// An omitted subject: a concept of the subject scheme, or one minted from an
    /// omitted item's words.
    Omission,
    /// An omission theme.
    Theme,
    /// A historical event invoked as a parallel.
    Parallel,
    /// The pattern of an invoked event (speculative bubble, …).
    Pattern,
    /// An actor named in the story (other than its outlet).
    Actor,
    /// The outlet whose article is reviewed.
    Outlet,
    /// A solution pathway type.
    Pathway,
}

impl ItemKind {
    pub const ALL: [ItemKind; 7] = [
        ItemKind::Omission,
        ItemKind::Theme,
        ItemKind::Parallel,
        ItemKind::Pattern,
        ItemKind::Actor,
        ItemKind::Outlet,
        ItemKind::Pathway,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Omission => "omission",
            ItemKind::Theme => "theme",
            ItemKind::Parallel => "parallel",
            ItemKind::Pattern => "pattern",
            ItemKind::Actor => "actor",
            ItemKind::Outlet => "outlet",
            ItemKind::Pathway => "pathway",
        }
    }

    /// How much one shared item of this kind counts before its rarity is applied.
    /// A shared omitted subject says most, then a shared episode; the outlet says least:
    /// two stories reviewing the same outlet are not thereby related. Set against the
    /// related-story truth of tests/eval/related.json (which is therefore tuned to).
    pub fn weight(self) -> f64 {
        match self {
            ItemKind::Omission => 1.0,
            ItemKind::Parallel => 0.7,
            ItemKind::Theme => 0.5,
            ItemKind::Actor => 0.25,
            ItemKind::Pathway => 0.4,
            ItemKind::Pattern => 0.3,
            ItemKind::Outlet => 0.2,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StoryInfo {
    pub iri: String,
    pub id: String,
    pub title: String,
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Item {
    pub kind: ItemKind,
    /// The IRI of the entity, or the key phrase itself.
    pub key: String,
    pub label: String,
}

/// The whole corpus, indexed. Stories and items are numbered in sorted order.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Corpus {
    pub stories: Vec<StoryInfo>,
    pub items: Vec<Item>,
    /// Per story, its item ids, sorted.
    pub story_items: Vec<Vec<u32>>,
    /// Per item, its story ids, sorted.
    pub postings: Vec<Vec<u32>>,
    /// Per story, (lens IRI, score), sorted by lens.
    pub lenses: Vec<Vec<(String, f64)>>,
    /// The stories' own words (omission, synthesis, Historical Parallels texts).
    #[serde(default)]
    pub text: super::text::TextIndex,
    /// What each story is about: its title, summary, keywords and the reviewed headline.
    #[serde(default)]
    pub topic: super::text::TextIndex,
    /// Per item, kind weight × idf: computed once, read for every pair scored.
    #[serde(skip)]
    weights: std::sync::OnceLock<Vec<f64>>,
    /// Per item in more than half the stories, the stories without it.
    #[serde(skip)]
    complements: std::sync::OnceLock<Vec<Option<Vec<u32>>>>,
}

fn cache_path(store: &AcstStore) -> std::path::PathBuf {
    store.path.join("acst-index.json")
}

/// Bumped whenever the cached index's layout or weights change (3: BM25 idf for words;
/// 4: word stems, and the topic vectors).
const CACHE_VERSION: u32 = 4;

#[derive(serde::Serialize)]
struct CacheOut<'a> {
    version: u32,
    generation: u64,
    corpus: &'a Corpus,
}

#[derive(serde::Deserialize)]
struct CacheIn {
    version: u32,
    generation: u64,
    corpus: Corpus,
}

impl Corpus {
    /// The index of the store: from its cache file when one is there, else scanned from
    /// the store (see [`super::scan`]) and cached. Reading 35,000 stories' items out of
    /// RocksDB takes seconds (every term is decoded); the cache takes a fraction of one.
    /// Everything that writes to the store through acst drops the cache.
    pub fn load(store: &AcstStore) -> Result<Self> {
        let path = cache_path(store);
        let generation = store.generation();
        // Used only if it is this version's layout, made at this generation of the
        // store, and consistent: anything else is rebuilt.
        let cached = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<CacheIn>(&bytes).ok())
            .filter(|c| c.version == CACHE_VERSION && c.generation == generation)
            .map(|c| c.corpus.finish())
            .filter(Corpus::is_consistent);
        if let Some(c) = cached {
            return Ok(c);
        }
        let c = super::scan::load(store)?;
        // Best effort: a store folder we cannot write to still answers, uncached.
        let out = CacheOut {
            version: CACHE_VERSION,
            generation,
            corpus: &c,
        };
        if let Ok(json) = serde_json::to_vec(&out) {
            let _ = crate::fsutil::write_atomic(&path, &json);
        }
        Ok(c)
    }

    /// Completes an index read from a cache (the text postings are not stored).
    pub fn finish(mut self) -> Self {
        self.text.rebuild_postings();
        self.topic.rebuild_postings();
        self
    }

    /// Every id in range: a cache that fails this (a bug, a truncated or edited file)
    /// is rebuilt, never trusted.
    pub fn is_consistent(&self) -> bool {
        let (n, m) = (self.stories.len(), self.items.len());
        self.story_items.len() == n
            && self.postings.len() == m
            && self.lenses.len() == n
            && self.story_items.iter().flatten().all(|&i| (i as usize) < m)
            && self.postings.iter().flatten().all(|&s| (s as usize) < n)
            && self.text.is_consistent(n)
            && self.topic.is_consistent(n)
    }

    /// The index read straight from a source, uncached (a server others may write to).
    pub fn scan(src: &dyn super::TripleSource) -> Result<Self> {
        super::scan::load(src)
    }

    /// Drops the cached index after a write.
    pub fn invalidate(store: &AcstStore) -> Result<()> {
        match std::fs::remove_file(cache_path(store)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(crate::Error::io(cache_path(store), e))
            }
            _ => Ok(()),
        }
    }

    /// Builds the index from (story IRI, item) rows; pure, for tests and benchmarks.
    pub fn build(
        stories: Vec<StoryInfo>,
        rows: Vec<(String, Item)>,
        lenses: Vec<(String, String, f64)>,
        texts: Vec<(String, String)>,
        topics: Vec<(String, String)>,
    ) -> Self {
        let by_iri: HashMap<&str, u32> = stories
            .iter()
            .enumerate()
            .map(|(i, s)| (s.iri.as_str(), i as u32))
            .collect();
        let mut items: Vec<Item> = rows.iter().map(|(_, i)| i.clone()).collect();
        items.sort_by(|a, b| (a.kind, &a.key).cmp(&(b.kind, &b.key)));
        items.dedup_by(|a, b| a.kind == b.kind && a.key == b.key);
        let item_id: HashMap<(ItemKind, &str), u32> = items
            .iter()
            .enumerate()
            .map(|(i, it)| ((it.kind, it.key.as_str()), i as u32))
            .collect();
        let mut story_items = vec![Vec::new(); stories.len()];
        let mut postings = vec![Vec::new(); items.len()];
        for (s, it) in &rows {
            let (Some(&si), Some(&ii)) = (
                by_iri.get(s.as_str()),
                item_id.get(&(it.kind, it.key.as_str())),
            ) else {
                continue;
            };
            story_items[si as usize].push(ii);
            postings[ii as usize].push(si);
        }
        for v in story_items.iter_mut().chain(postings.iter_mut()) {
            v.sort_unstable();
            v.dedup();
        }
        let mut lens = vec![Vec::new(); stories.len()];
        for (s, l, score) in lenses {
            if let Some(&si) = by_iri.get(s.as_str()) {
                lens[si as usize].push((l, score));
            }
        }
        for v in &mut lens {
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v.dedup_by(|a, b| a.0 == b.0);
        }
        let per_story = |texts: Vec<(String, String)>| {
            let mut out = vec![String::new(); stories.len()];
            for (s, t) in texts {
                if let Some(&si) = by_iri.get(s.as_str()) {
                    let text = &mut out[si as usize];
                    text.push_str(&t);
                    text.push('\n');
                }
            }
            out
        };
        let story_text = per_story(texts);
        let lexicon = crate::extract::lexicon::Lexicon::builtin().expect("built-in lexicon");
        let stop = |w: &str| {
            lexicon.has("function-words", w)
                || lexicon.has("non-actors", w)
                || lexicon.has("genre-words", w)
        };
        // One set of texts in memory at a time: the corpus's are large.
        let text = super::text::TextIndex::build(&story_text, &stop);
        drop(story_text);
        let topic = super::text::TextIndex::build(&per_story(topics), &stop);
        Corpus {
            stories,
            items,
            story_items,
            postings,
            lenses: lens,
            text,
            topic,
            weights: Default::default(),
            complements: Default::default(),
        }
    }

    /// The index of a story by IRI.
    pub fn story(&self, iri: &str) -> Option<usize> {
        self.stories
            .binary_search_by(|s| s.iri.as_str().cmp(iri))
            .ok()
    }

    /// Per item, its kind's weight × [`Corpus::idf`].
    pub fn item_weights(&self) -> &[f64] {
        self.weights.get_or_init(|| {
            (0..self.items.len())
                .map(|i| self.items[i].kind.weight() * self.idf(i as u32))
                .collect()
        })
    }

    /// The stories without `item`, for an item in more than half of them: adding its
    /// weight to every story and taking it back from these is the same sum in fewer
    /// steps (an actor in 31,000 of 35,000 stories: 4,000 instead of 31,000).
    pub fn complement(&self, item: u32) -> Option<&[u32]> {
        let all = self.complements.get_or_init(|| {
            let n = self.stories.len() as u32;
            self.postings
                .iter()
                .map(|p| {
                    (p.len() as u32 > n / 2).then(|| {
                        let mut has = p.iter().peekable();
                        (0..n).filter(|s| has.next_if_eq(&s).is_none()).collect()
                    })
                })
                .collect()
        });
        all.get(item as usize)?.as_deref()
    }

    /// Inverse document frequency of an item: ln(N / df); 0 for an item every story has.
    pub fn idf(&self, item: u32) -> f64 {
        let df = self.postings[item as usize].len().max(1) as f64;
        (self.stories.len() as f64 / df).ln().max(0.0)
    }
}
