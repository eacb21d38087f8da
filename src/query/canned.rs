//! Canned queries: the `queries/*.rq` files, compiled in, each with a comment header
//! (name, what it answers, parameters, result columns).

use crate::error::{Error, Result};

/// The shipped queries, by file.
const FILES: &[(&str, &str)] = &[
    (
        "actor-network",
        include_str!("../../queries/actor-network.rq"),
    ),
    (
        "actor-stories",
        include_str!("../../queries/actor-stories.rq"),
    ),
    (
        "bubble-parallels",
        include_str!("../../queries/bubble-parallels.rq"),
    ),
    (
        "high-omission",
        include_str!("../../queries/high-omission.rq"),
    ),
    (
        "lens-profile",
        include_str!("../../queries/lens-profile.rq"),
    ),
    (
        "outlet-summary",
        include_str!("../../queries/outlet-summary.rq"),
    ),
    (
        "recurring-parallels",
        include_str!("../../queries/recurring-parallels.rq"),
    ),
    (
        "shared-omission",
        include_str!("../../queries/shared-omission.rq"),
    ),
    (
        "shared-subject",
        include_str!("../../queries/shared-subject.rq"),
    ),
    (
        "solution-types",
        include_str!("../../queries/solution-types.rq"),
    ),
    (
        "stories-by-theme",
        include_str!("../../queries/stories-by-theme.rq"),
    ),
];

/// How a parameter's value is turned into an RDF term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A story reference (id, IRI, file, title fragment) → the story IRI.
    Story,
    /// An actor slug or name → the actor IRI.
    Actor,
    /// A theme slug → the theme IRI.
    Theme,
    /// An event slug → the event IRI.
    Event,
    /// Any IRI.
    Iri,
    /// A plain string literal.
    String,
    /// An xsd:integer.
    Integer,
}

impl ParamKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "story" => ParamKind::Story,
            "actor" => ParamKind::Actor,
            "theme" => ParamKind::Theme,
            "event" => ParamKind::Event,
            "iri" => ParamKind::Iri,
            "string" => ParamKind::String,
            "integer" => ParamKind::Integer,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub kind: ParamKind,
    pub help: String,
}

/// One canned query with its parsed header.
#[derive(Debug, Clone, PartialEq)]
pub struct Canned {
    pub name: String,
    pub answers: String,
    pub params: Vec<Param>,
    pub columns: Vec<String>,
    /// True when the query has ORDER BY (golden tests then compare in order).
    pub ordered: bool,
    /// True when it reads the derived graph that `acst xref` writes (`# needs: xref`).
    pub needs_xref: bool,
    pub text: &'static str,
}

/// Parses the `# key: value` header lines.
fn parse(file: &str, text: &'static str) -> Canned {
    let mut c = Canned {
        name: file.to_owned(),
        answers: String::new(),
        params: Vec::new(),
        columns: Vec::new(),
        ordered: text.contains("ORDER BY"),
        needs_xref: false,
        text,
    };
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let line = line.trim_start_matches('#').trim();
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim() {
            "name" => c.name = value.to_owned(),
            "answers" => c.answers = value.to_owned(),
            "columns" => c.columns = value.split(',').map(|s| s.trim().to_owned()).collect(),
            "needs" => c.needs_xref = value == "xref",
            k if k.starts_with("param ") => {
                // "# param story (story): help"
                let spec = &k["param ".len()..];
                let (name, kind) = match spec.split_once('(') {
                    Some((n, k)) => (
                        n.trim(),
                        ParamKind::parse(k.trim_end_matches(')').trim())
                            .unwrap_or(ParamKind::String),
                    ),
                    None => (spec.trim(), ParamKind::String),
                };
                c.params.push(Param {
                    name: name.to_owned(),
                    kind,
                    help: value.to_owned(),
                });
            }
            _ => {}
        }
    }
    c
}

/// All canned queries, sorted by name.
pub fn all() -> Vec<Canned> {
    FILES.iter().map(|(f, t)| parse(f, t)).collect()
}

/// The canned query called `name`; an unknown name lists the known ones.
pub fn get(name: &str) -> Result<Canned> {
    all().into_iter().find(|c| c.name == name).ok_or_else(|| {
        let known: Vec<String> = all().into_iter().map(|c| c.name).collect();
        Error::Invalid(format!(
            "no canned query named {name:?}; known: {}",
            known.join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_is_complete() {
        for c in all() {
            assert!(!c.answers.is_empty(), "{} lacks `answers`", c.name);
            assert!(!c.columns.is_empty(), "{} lacks `columns`", c.name);
            for p in &c.params {
                assert!(
                    c.text.contains(&format!("?{}", p.name)),
                    "{} never uses ?{}",
                    c.name,
                    p.name
                );
            }
        }
        assert!(get("nope")
            .unwrap_err()
            .to_string()
            .contains("bubble-parallels"));
    }
}
