//! Linguistic knowledge as data: the word lists extraction reasons with (head nouns of
//! events and organisations, cue phrases, places, given names, words that are never
//! names…), read from `data/lexicon/*.csv` beside the reference data, in one format:
//! a CSV with columns `entry,value` and `#` comments. A file missing from the folder
//! falls back to the copy compiled into the binary, so users can edit any list without
//! a rebuild.

use super::normalize::norm;
use crate::error::{Error, Result};
use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};

/// The lists, by file stem, with the shipped copies.
macro_rules! lists {
    ($($name:literal),* $(,)?) => {
        const FILES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../data/lexicon/", $name, ".csv")))),*
        ];
    };
}
lists!(
    "non-actors",
    "connectors",
    "not-actor-heads",
    "place-heads",
    "place-prefixes",
    "places",
    "given-names",
    "person-titles",
    "org-heads",
    "org-nouns",
    "agency-verbs",
    "non-org-acronyms",
    "event-heads",
    "temporal-heads",
    "event-nominals",
    "action-nouns",
    "non-episode-nominals",
    "historical-cues",
    "lesson-verbs",
    "current-modifiers",
    "generic-capitals",
    "past-verbs",
    "dismissals",
    "abbreviations",
    "indigenous-cues",
    "function-words",
    "name-themes",
    "object-verbs",
    "determiners",
    "adverbs",
    "people-nouns",
    "absence-cues",
    "theme-pairs",
    "genre-words",
    "global-south",
    "global-south-places",
    "staff-nouns",
    "historical-modifiers",
    "work-cues",
    "non-workers",
    "worker-nouns",
    "release-verbs",
    "nature-nouns",
    "omission-verbs",
    "oversight-words",
    "number-words",
    "non-peoples",
    "parallel-weights",
    "natural-features",
    "episode-prepositions",
    "displacement-cues",
    "harm-words",
    "data-words",
    "demonyms",
);

/// One list: normalised entry → value (empty when the list has no values).
#[derive(Debug, Clone, Default)]
pub struct List {
    map: HashMap<String, String>,
}

impl List {
    pub fn contains(&self, word: &str) -> bool {
        self.map.contains_key(word)
    }
    /// An entry, or a stem entry ("audit*": a trailing '*' lets the word go on) that
    /// the word begins with.
    pub fn matches(&self, word: &str) -> bool {
        self.contains(word)
            || self
                .map
                .keys()
                .filter_map(|k| k.strip_suffix('*'))
                .any(|stem| word.starts_with(stem))
    }
    /// The value of a normalised entry.
    pub fn get(&self, word: &str) -> Option<&str> {
        self.map.get(word).map(String::as_str)
    }
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Every list of `data/lexicon/`.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    lists: HashMap<&'static str, List>,
}

impl Lexicon {
    /// The copies compiled into the binary.
    pub fn builtin() -> Result<Self> {
        Self::load(None)
    }

    /// Reads the lists from `dir`; a file missing there falls back to the built-in copy.
    pub fn from_dir(dir: &Path) -> Result<Self> {
        Self::load(Some(dir))
    }

    fn load(dir: Option<&Path>) -> Result<Self> {
        let mut lists = HashMap::default();
        for &(name, builtin) in FILES {
            let file = format!("{name}.csv");
            let (path, text) = match dir.map(|d| d.join(&file)) {
                Some(p) => match std::fs::read_to_string(&p) {
                    Ok(t) => (p, t),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => (
                        PathBuf::from(format!("<builtin>/{file}")),
                        builtin.to_owned(),
                    ),
                    Err(e) => return Err(Error::io(p, e)),
                },
                None => (
                    PathBuf::from(format!("<builtin>/{file}")),
                    builtin.to_owned(),
                ),
            };
            lists.insert(name, parse(&path, &text)?);
        }
        // Rivers, lakes and mountains are places for every test that asks for one.
        if let Some(features) = lists.get("natural-features").cloned() {
            if let Some(places) = lists.get_mut("places") {
                for (k, v) in features.map {
                    // "Severn" is a town in Maryland too; the river is what a page means.
                    let town = places
                        .map
                        .get(&k)
                        .is_none_or(|p| p == "city" || p == "county");
                    if town {
                        places.map.insert(k, v);
                    }
                }
            }
        }
        Ok(Lexicon { lists })
    }

    /// The list of that name (file stem); empty for a name that is not a list.
    pub fn list(&self, name: &str) -> &List {
        static EMPTY: std::sync::OnceLock<List> = std::sync::OnceLock::new();
        self.lists
            .get(name)
            .unwrap_or_else(|| EMPTY.get_or_init(List::default))
    }

    /// Shorthand: is the normalised `word` in list `name`?
    pub fn has(&self, name: &str, word: &str) -> bool {
        self.list(name).contains(word)
    }

    /// A past verb of speaking ("said", "warned"; `speech` in `agency-verbs`), which an
    /// agent does and a law, a programme or an episode does not.
    pub fn spoke(&self, word: &str) -> bool {
        self.list("agency-verbs").get(word) == Some("speech")
    }

    /// A group of people, by the lists or by the word's form: "farmers", "pensioners".
    pub fn names_people(&self, word: &str) -> bool {
        self.has("people-nouns", word) || self.has("worker-nouns", word) || agent_form(word)
    }
}

/// A person named by what they do, by the word's form: "growers", "herders",
/// "organisers", "economists", "technicians".
pub fn agent_form(word: &str) -> bool {
    word.len() >= 6
        && ["ers", "ors", "ists", "ians"]
            .iter()
            .any(|s| word.ends_with(s))
}

fn parse(path: &Path, text: &str) -> Result<List> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut map = HashMap::default();
    for record in rdr.records() {
        let r = record.map_err(|e| Error::Reference {
            path: path.to_owned(),
            line: e.position().map_or(0, |p| p.line()),
            problem: e.to_string(),
        })?;
        // Entries are matched normalised, as text is; a trailing * is kept (prefix).
        let raw = r.get(0).unwrap_or("");
        let star = if raw.ends_with('*') { "*" } else { "" };
        let key = format!("{}{star}", norm(raw.trim_end_matches('*')));
        if key.is_empty() || key == "*" {
            continue;
        }
        let value = r.get(1).unwrap_or("").to_owned();
        if let Some(name) = uninverted(raw) {
            // "Congo, The Democratic Republic of the" is written in text the other way.
            map.insert(norm(&name), value.clone());
        }
        map.insert(key, value);
    }
    Ok(List { map })
}

/// An ISO-style inverted name in natural order: "Congo, The Democratic Republic of the"
/// → "Democratic Republic of the Congo", "Korea, Republic of" → "Republic of Korea".
fn uninverted(raw: &str) -> Option<String> {
    let (head, tail) = raw.split_once(", ")?;
    let tail = tail.strip_prefix("The ").unwrap_or(tail);
    let of = tail.ends_with(" of") || tail.ends_with(" of the");
    of.then(|| format!("{tail} {head}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_loads_and_is_normalised() {
        let l = Lexicon::builtin().unwrap();
        for (name, _) in FILES {
            assert!(!l.list(name).is_empty(), "{name} is empty");
        }
        assert_eq!(l.list("event-heads").get("scandal"), Some("scandal"));
        assert!(l.has("places", "chile"));
        assert!(l.list("nope").is_empty());
    }
}
