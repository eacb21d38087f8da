//! Curated reference data: actors, historical events, patterns, omission-theme cues and
//! solution types, read from CSV files users can edit (`data/reference/`), with the
//! shipped copies compiled in as the fallback.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Actor kinds (`acst:kind` values and classes).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    Company,
    PublicBody,
    Outlet,
    Government,
    Collective,
    /// Another organisation (a union, an NGO, a university), or one whose kind the
    /// text does not tell.
    Organisation,
}

impl ActorKind {
    pub fn slug(self) -> &'static str {
        match self {
            ActorKind::Company => "company",
            ActorKind::PublicBody => "public-body",
            ActorKind::Outlet => "outlet",
            ActorKind::Government => "government",
            ActorKind::Collective => "collective",
            ActorKind::Organisation => "organisation",
        }
    }
    /// The acst class of this kind (local name).
    pub fn class(self) -> &'static str {
        match self {
            ActorKind::Company => "Company",
            ActorKind::PublicBody => "PublicBody",
            ActorKind::Outlet => "Outlet",
            ActorKind::Government => "Government",
            ActorKind::Collective => "CollectiveActor",
            ActorKind::Organisation => "Organisation",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Actor {
    pub slug: String,
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
    /// Omission themes an omitted item naming this actor carries (workers → labour).
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub slug: String,
    pub name: String,
    pub year: Option<i32>,
    pub pattern: String,
    pub aliases: Vec<String>,
}

/// A SKOS concept of one of the schemes (theme, pattern, solution type, omitted
/// subject) with its cues (alternative labels).
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    pub slug: String,
    pub label: String,
    pub cues: Vec<String>,
    /// Broader concepts: the themes an omitted subject sits under.
    pub broader: Vec<String>,
}

/// All reference data.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    pub patterns: Vec<Concept>,
    pub themes: Vec<Concept>,
    pub solution_types: Vec<Concept>,
    pub subjects: Vec<Concept>,
}

const FILES: [(&str, &str); 6] = [
    (
        "actors.csv",
        include_str!("../../data/reference/actors.csv"),
    ),
    (
        "events.csv",
        include_str!("../../data/reference/events.csv"),
    ),
    (
        "patterns.csv",
        include_str!("../../data/reference/patterns.csv"),
    ),
    (
        "themes.csv",
        include_str!("../../data/reference/themes.csv"),
    ),
    (
        "solution_types.csv",
        include_str!("../../data/reference/solution_types.csv"),
    ),
    (
        "subjects.csv",
        include_str!("../../data/reference/subjects.csv"),
    ),
];

#[derive(Deserialize)]
struct ActorRow {
    id: String,
    name: String,
    kind: ActorKind,
    #[serde(default)]
    aliases: String,
    #[serde(default)]
    themes: String,
}
#[derive(Deserialize)]
struct EventRow {
    id: String,
    name: String,
    year: Option<i32>,
    pattern: String,
    #[serde(default)]
    aliases: String,
}
#[derive(Deserialize)]
struct ConceptRow {
    id: String,
    #[serde(default)]
    label: String,
    #[serde(default, alias = "labels")]
    cues: String,
    #[serde(default)]
    themes: String,
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

fn rows<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<T>> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    rdr.deserialize()
        .map(|r| {
            r.map_err(|e| Error::Reference {
                path: path.to_owned(),
                line: e.position().map_or(0, |p| p.line()),
                problem: e.to_string(),
            })
        })
        .collect()
}

impl Reference {
    /// The copies compiled into the binary.
    pub fn builtin() -> Result<Self> {
        Self::from_texts(|name| Ok((PathBuf::from(format!("<builtin>/{name}")), None)))
    }

    /// Reads the five CSV files from `dir`; a file missing there falls back to the
    /// built-in copy.
    pub fn from_dir(dir: &Path) -> Result<Self> {
        Self::from_texts(|name| {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(t) => Ok((path, Some(t))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((path, None)),
                Err(e) => Err(Error::io(path, e)),
            }
        })
    }

    fn from_texts(mut get: impl FnMut(&str) -> Result<(PathBuf, Option<String>)>) -> Result<Self> {
        let mut texts = Vec::new();
        for (name, builtin) in FILES {
            let (path, text) = get(name)?;
            texts.push((path, text.unwrap_or_else(|| builtin.to_owned())));
        }
        let actors = rows::<ActorRow>(&texts[0].0, &texts[0].1)?
            .into_iter()
            .map(|r| Actor {
                slug: r.id,
                name: r.name,
                kind: r.kind,
                aliases: list(&r.aliases),
                themes: list(&r.themes),
            })
            .collect();
        let events: Vec<Event> = rows::<EventRow>(&texts[1].0, &texts[1].1)?
            .into_iter()
            .map(|r| Event {
                slug: r.id,
                name: r.name,
                year: r.year,
                pattern: r.pattern,
                aliases: list(&r.aliases),
            })
            .collect();
        let concepts = |i: usize| -> Result<Vec<Concept>> {
            Ok(rows::<ConceptRow>(&texts[i].0, &texts[i].1)?
                .into_iter()
                .map(|r| Concept {
                    label: if r.label.is_empty() {
                        r.id.clone()
                    } else {
                        r.label
                    },
                    slug: r.id,
                    cues: list(&r.cues),
                    broader: list(&r.themes),
                })
                .collect())
        };
        let reference = Reference {
            actors,
            patterns: concepts(2)?,
            themes: concepts(3)?,
            solution_types: concepts(4)?,
            subjects: concepts(5)?,
            events,
        };
        reference.check(&texts[1].0)?;
        Ok(reference)
    }

    /// Every event names a known pattern; every subject and actor theme is a theme.
    fn check(&self, events_path: &Path) -> Result<()> {
        let theme = |t: &String| self.themes.iter().any(|c| &c.slug == t);
        for c in &self.subjects {
            if let Some(t) = c.broader.iter().find(|t| !theme(t)) {
                return Err(Error::Reference {
                    path: PathBuf::from("subjects.csv"),
                    line: 0,
                    problem: format!("subject {:?} names unknown theme {t:?}", c.slug),
                });
            }
        }
        for a in &self.actors {
            if let Some(t) = a.themes.iter().find(|t| !theme(t)) {
                return Err(Error::Reference {
                    path: PathBuf::from("actors.csv"),
                    line: 0,
                    problem: format!("actor {:?} names unknown theme {t:?}", a.slug),
                });
            }
        }
        for (i, e) in self.events.iter().enumerate() {
            if !self.patterns.iter().any(|p| p.slug == e.pattern) {
                return Err(Error::Reference {
                    path: events_path.to_owned(),
                    line: i as u64 + 2,
                    problem: format!("event {:?} names unknown pattern {:?}", e.slug, e.pattern),
                });
            }
        }
        Ok(())
    }

    pub fn actor(&self, slug: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.slug == slug)
    }
    pub fn event(&self, slug: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.slug == slug)
    }
}
