//! What the web explorer shows, computed from the corpus index: the corpus in figures,
//! an entity's page (its stories over time, the actors named with it), and search.
//! Pure functions of a [`Corpus`]: the server renders them, the tests call them.

use crate::export::graph::item_node;
use crate::xref::{Corpus, ItemKind};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// An entity as the explorer links it: its graph node id (`actor:<slug>`,
/// `event:<slug>`, `omission:<slug>`…) is also its page's address.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    pub id: String,
    pub kind: String,
    pub label: String,
    pub stories: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StoryRef {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Home {
    pub stories: usize,
    pub actors: usize,
    pub events: usize,
    pub patterns: usize,
    pub subjects: usize,
    /// The patterns of the invoked episodes, most stories first.
    pub top_patterns: Vec<Entry>,
    /// The omitted subjects shared by most stories.
    pub top_subjects: Vec<Entry>,
    /// The latest stories.
    pub latest: Vec<StoryRef>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityPage {
    #[serde(flatten)]
    pub entry: Entry,
    /// The IRI (or, for an omitted subject without a concept, the key phrase).
    pub key: String,
    /// Its stories, latest first.
    pub story_list: Vec<StoryRef>,
    /// Stories per month (`YYYY-MM`), in calendar order.
    pub by_month: Vec<(String, usize)>,
    /// Actors named in the same stories, most shared first.
    pub co_actors: Vec<Entry>,
}

fn entry(c: &Corpus, i: usize) -> Entry {
    let n = item_node(c, i);
    Entry {
        id: n.id,
        kind: n.kind,
        label: n.label,
        stories: n.stories,
    }
}

fn story_ref(c: &Corpus, s: usize) -> StoryRef {
    let st = &c.stories[s];
    StoryRef {
        id: st.id.clone(),
        title: st.title.clone(),
        date: st.date.clone(),
    }
}

/// Items of `kind` by story count, most first, ties by label.
fn top(c: &Corpus, kind: ItemKind, n: usize, min: usize) -> Vec<Entry> {
    let mut v: Vec<usize> = (0..c.items.len())
        .filter(|&i| c.items[i].kind == kind && c.postings[i].len() >= min)
        .collect();
    v.sort_by(|&a, &b| {
        c.postings[b]
            .len()
            .cmp(&c.postings[a].len())
            .then_with(|| c.items[a].label.cmp(&c.items[b].label))
    });
    v.into_iter().take(n).map(|i| entry(c, i)).collect()
}

fn latest(c: &Corpus, stories: impl Iterator<Item = usize>, n: usize) -> Vec<StoryRef> {
    let mut v: Vec<usize> = stories.collect();
    // Latest first; undated last; ties by id so the order never churns.
    v.sort_by(|&a, &b| {
        let (x, y) = (&c.stories[a], &c.stories[b]);
        y.date.cmp(&x.date).then_with(|| x.id.cmp(&y.id))
    });
    v.into_iter().take(n).map(|s| story_ref(c, s)).collect()
}

/// The `n` latest stories of the corpus.
pub fn latest_stories(c: &Corpus, n: usize) -> Vec<StoryRef> {
    latest(c, 0..c.stories.len(), n)
}

pub fn home(c: &Corpus) -> Home {
    let count = |k: ItemKind| c.items.iter().filter(|i| i.kind == k).count();
    Home {
        stories: c.stories.len(),
        actors: count(ItemKind::Actor),
        events: count(ItemKind::Parallel),
        patterns: count(ItemKind::Pattern),
        subjects: count(ItemKind::Omission),
        top_patterns: top(c, ItemKind::Pattern, 10, 1),
        top_subjects: top(c, ItemKind::Omission, 10, 2),
        latest: latest_stories(c, 10),
    }
}

/// The items a page id names: an actor is one page whether it was the outlet or was
/// named in the text.
/// Page id → the items it shows, for the whole corpus: built once per index by a server
/// (a page then costs a lookup, not a scan of every item).
pub type PageIndex = HashMap<String, Vec<usize>>;

pub fn page_index(c: &Corpus) -> PageIndex {
    let mut ix: PageIndex = HashMap::new();
    for i in 0..c.items.len() {
        ix.entry(item_node(c, i).id).or_default().push(i);
    }
    ix
}

pub fn entity(c: &Corpus, ix: &PageIndex, id: &str) -> Option<EntityPage> {
    let items = ix.get(id)?;
    let &first = items.first()?;
    let mut stories: Vec<usize> = items
        .iter()
        .flat_map(|&i| c.postings[i].iter().map(|&s| s as usize))
        .collect();
    stories.sort_unstable();
    stories.dedup();
    let mut months: BTreeMap<String, usize> = BTreeMap::new();
    for &s in &stories {
        if let Some(m) = c.stories[s].date.as_deref().and_then(|d| d.get(..7)) {
            *months.entry(m.to_owned()).or_default() += 1;
        }
    }
    let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
    for &s in &stories {
        for &i in &c.story_items[s] {
            let i = i as usize;
            if c.items[i].kind == ItemKind::Actor && !items.contains(&i) {
                *shared.entry(i).or_default() += 1;
            }
        }
    }
    let mut co: Vec<(usize, usize)> = shared.into_iter().collect();
    co.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| c.items[a.0].label.cmp(&c.items[b.0].label))
    });
    let mut e = entry(c, first);
    e.stories = stories.len();
    Some(EntityPage {
        entry: e,
        key: c.items[first].key.clone(),
        story_list: latest(c, stories.into_iter(), usize::MAX),
        by_month: months.into_iter().collect(),
        co_actors: co
            .into_iter()
            .take(15)
            .map(|(i, n)| Entry {
                stories: n,
                ..entry(c, i)
            })
            .collect(),
    })
}

/// Stories whose title, and entities whose label, contain every word of `q` (case and
/// accents aside): stories first, then entities by story count.
pub fn search(c: &Corpus, q: &str, limit: usize) -> (Vec<StoryRef>, Vec<Entry>) {
    let fold = crate::extract::normalize::norm;
    let words: Vec<String> = fold(q)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let hit = |text: &str| {
        let t = format!(" {} ", fold(text));
        words.iter().all(|w| t.contains(w.as_str()))
    };
    let stories = latest(
        c,
        (0..c.stories.len()).filter(|&s| hit(&c.stories[s].title)),
        limit,
    );
    let mut seen = std::collections::BTreeSet::new();
    let mut items: Vec<Entry> = (0..c.items.len())
        .filter(|&i| hit(&c.items[i].label))
        .map(|i| entry(c, i))
        .filter(|e| seen.insert(e.id.clone()))
        .collect();
    items.sort_by(|a, b| {
        b.stories
            .cmp(&a.stories)
            .then_with(|| a.label.cmp(&b.label))
    });
    items.truncate(limit);
    (stories, items)
}

/// The items of one kind a story has (its omitted subjects, say), by label.
pub fn story_items(c: &Corpus, story: usize, kind: ItemKind) -> Vec<Entry> {
    let mut v: Vec<Entry> = c.story_items[story]
        .iter()
        .map(|&i| i as usize)
        .filter(|&i| c.items[i].kind == kind)
        .map(|i| entry(c, i))
        .collect();
    v.sort_by(|a, b| a.label.cmp(&b.label));
    v.dedup_by(|a, b| a.id == b.id);
    v
}
