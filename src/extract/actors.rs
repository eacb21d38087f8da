//! Actor mentions in one section: exact alias hits, then capitalised names that no alias
//! covers (fuzzy to a reference actor, else a new actor), each with its role.

use super::matcher::Hit;
use super::normalize::{norm, Normalized};
use super::reference::ActorKind;
use super::resolve::{ActorRef, Rule};
use super::sentences::sentences;
use super::{ActorMention, Entity, Extractor, Role};
use crate::model::Section;

/// Capitalised words that start sentences or name things other than actors.
const NOT_ACTORS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "they",
    "their",
    "we",
    "our",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "as",
    "with",
    "without",
    "while",
    "when",
    "where",
    "what",
    "which",
    "who",
    "how",
    "why",
    "but",
    "and",
    "or",
    "if",
    "so",
    "yet",
    "also",
    "such",
    "instead",
    "meanwhile",
    "however",
    "moreover",
    "despite",
    "unlike",
    "like",
    "ai",
    "acst",
    "cmr",
    "gpu",
    "gpus",
    "ceo",
    "ceos",
    "llm",
    "llms",
    "ip",
    "api",
    "esg",
    "gdp",
    "r&d",
    "us",
    "uk",
    "governments",
    "government",
    "public",
    "financial",
    "indigenous",
    "global",
    "western",
    "european",
    "american",
    "african",
    "asian",
    "chinese",
    "korean",
    "marginalized",
    "marginalised",
    "cross",
    "historical",
    "historically",
    "scientific",
    "artistic",
    "future",
    "integrated",
    "synthesis",
    "power",
    "knowledge",
    "lens",
    "lenses",
    "signal",
    "regulate",
    "promote",
    "tax",
    "mandate",
    "fund",
    "build",
    "create",
    "require",
    "establish",
    "invest",
    "protect",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "original",
    "mainstream",
    "solution",
    "pathways",
    "structural",
    "correction",
    "coverage",
    "missing",
    "policy",
    "countries",
    "big",
    "tech",
];
/// Last words that make a capitalised span a law, programme or idea, not an actor.
const NOT_ACTOR_HEADS: &[&str] = &[
    "act",
    "acts",
    "bill",
    "directive",
    "law",
    "factories",
    "crisis",
    "bubble",
    "mania",
    "revolution",
    "model",
    "models",
    "program",
    "programme",
    "initiative",
    "accords",
    "agreement",
    "treaty",
    "index",
    "report",
];

/// First words of place names ("South Memphis", "Latin America", "San Francisco"):
/// places are where things happen, not actors.
const PLACE_HEADS: &[&str] = &[
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "latin", "san", "santa", "los", "las", "new", "saint", "st", "lake", "mount", "port", "fort",
];

/// Connectors allowed inside a multi-word name ("Bank of England"). Not "and": "Lucent
/// and Nortel" are two names.
const CONNECTORS: &[&str] = &["of", "for", "de", "&"];

pub(super) fn mentions(
    x: &mut Extractor,
    section: Section,
    text: &str,
    n: &Normalized,
    hits: &[Hit<Entity>],
) -> Vec<ActorMention> {
    let mut out = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for h in hits {
        let (from, to) = (n.origin[h.start], n.origin[h.end - 1] + 1);
        covered.push((from, to));
        if let Entity::Actor(i) = h.value {
            let a = &x.reference.actors[i];
            let actor = ActorRef {
                slug: a.slug.clone(),
                name: a.name.clone(),
                kind: a.kind,
            };
            out.push(mention(
                actor,
                h.surface,
                section,
                role(section, text, from, a.kind),
                Rule::Exact,
                1.0,
            ));
        }
    }
    if is_title_case(text) {
        // Titles capitalise every word: spans there say nothing about names.
        return out;
    }
    let starts: Vec<usize> = sentences(text).into_iter().map(|(s, _)| s).collect();
    for (from, to) in capitalised_spans(text) {
        if covered.iter().any(|&(a, b)| from < b && a < to) {
            continue;
        }
        let name = &text[from..to];
        // At a sentence start when only punctuation stands between the start and the name.
        let start = starts
            .iter()
            .copied()
            .filter(|&s| s <= from)
            .max()
            .unwrap_or(0);
        let at_start = text[start..from].chars().all(|c| !c.is_alphanumeric());
        let role = |kind| role(section, text, from, kind);
        if let Some((actor, score)) = x.resolver.fuzzy(name) {
            let r = role(actor.kind);
            out.push(mention(actor, name, section, r, Rule::Fuzzy, score));
        } else if !at_start && is_new_actor_name(name) {
            let (actor, rule, score) = x.resolver.mint(name, ActorKind::Unknown);
            let r = role(actor.kind);
            out.push(mention(actor, name, section, r, rule, score));
        }
    }
    out
}

fn mention(
    actor: ActorRef,
    surface: &str,
    section: Section,
    role: Role,
    rule: Rule,
    score: f64,
) -> ActorMention {
    ActorMention {
        actor,
        surface: surface.to_owned(),
        section,
        role,
        rule,
        score,
    }
}

/// Most words capitalised: a headline or pathway title.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

fn is_new_actor_name(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(norm).collect();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let camel = name.chars().skip(1).any(char::is_uppercase);
    // "AI-generated", "AI-driven": a lowercase part after a hyphen is no name.
    let hyphen_lower = name
        .split('-')
        .skip(1)
        .any(|p| p.chars().next().is_some_and(char::is_lowercase));
    let all_common = words
        .iter()
        .all(|w| NOT_ACTORS.contains(&w.as_str()) || CONNECTORS.contains(&w.as_str()));
    let idea = words
        .last()
        .is_some_and(|w| NOT_ACTOR_HEADS.contains(&w.as_str()));
    let place = words.len() > 1 && PLACE_HEADS.contains(&words[0].as_str());
    letters >= 3 && !hyphen_lower && !all_common && !idea && !place && (words.len() > 1 || camel)
}

/// Byte ranges of runs of capitalised words (with connectors inside), leading
/// determiners dropped.
pub(super) fn capitalised_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut pending_connector = false;
    for (start, raw) in words(text) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let lead = raw.find(word).unwrap_or(0);
        let (ws, we) = (start + lead, start + lead + word.len());
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let ends_clause = raw.ends_with([',', '.', ';', ':', ')', '?', '!', '—'])
            || raw.starts_with(['(', '“', '"']);
        if capital
            && !(current.is_none()
                && NOT_ACTORS.contains(&norm(word).as_str())
                && !word.chars().skip(1).any(char::is_uppercase))
        {
            if raw.starts_with(['(', '“', '"']) {
                if let Some(s) = current.take() {
                    spans.push(s);
                }
            }
            current = Some(match current {
                Some((s, _)) => (s, we),
                None => (ws, we),
            });
            pending_connector = false;
            if raw.ends_with([',', '.', ';', ':', ')', '?', '!', '—', '”', '"']) {
                spans.extend(current.take());
            }
        } else if current.is_some()
            && CONNECTORS.contains(&word)
            && !pending_connector
            && !ends_clause
        {
            pending_connector = true;
        } else {
            spans.extend(current.take());
            pending_connector = false;
        }
    }
    spans.extend(current.take());
    spans
}

fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive(char::is_whitespace)
        .scan(0usize, |pos, w| {
            let start = *pos;
            *pos += w.len();
            Some((start, w.trim_end()))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// The role a mention plays, from its section and the sentence around it.
fn role(section: Section, text: &str, at: usize, kind: ActorKind) -> Role {
    match section {
        Section::Pathway(_) => return Role::Pathway,
        Section::PowerAudit => {}
        _ => return Role::Mentioned,
    }
    let (s, _) = sentences(text)
        .into_iter()
        .find(|&(s, e)| s <= at && at < e)
        .unwrap_or((0, text.len()));
    let before = text[s..at].to_lowercase();
    let trigger = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
    let producer = trigger(&[
        "produced by",
        "published by",
        "framed by",
        "reported by",
        "written by",
    ]);
    let audience = trigger(&[
        "audience of",
        "an audience",
        "aimed at",
        "written for",
        "for readers",
    ]);
    let benefit = trigger(&[
        "in the hands of",
        "benefit",
        "serves the interests",
        "enrich",
        "e.g.",
        "such as",
    ]);
    match (producer, audience, benefit) {
        (_, Some(a), b) if b.is_none_or(|b| a > b) => Role::Audience,
        (Some(p), _, b) if b.is_none_or(|b| p > b) => Role::Producer,
        (_, _, Some(_)) if kind == ActorKind::Company => Role::Beneficiary,
        _ => Role::Mentioned,
    }
}

/// Resolves the outlet a page names: an alias, a fuzzy variant, or a new outlet.
pub(super) fn resolve_outlet(x: &mut Extractor, name: &str) -> ActorRef {
    let n = super::normalize::normalize(name);
    let exact = x
        .entities
        .find(name, &n)
        .into_iter()
        .find_map(|h| match h.value {
            Entity::Actor(i) if h.start == 0 && h.end == n.text.len() => Some(i),
            _ => None,
        });
    if let Some(i) = exact {
        let a = &x.reference.actors[i];
        return ActorRef {
            slug: a.slug.clone(),
            name: a.name.clone(),
            kind: a.kind,
        };
    }
    if let Some((a, _)) = x.resolver.fuzzy(name) {
        return a;
    }
    x.resolver.mint(name, ActorKind::Outlet).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_capitalised_names() {
        let t = "projects like the *BigScience* collaboration, the Bank of England and The Verge, Lucent and Nortel.";
        let s: Vec<&str> = capitalised_spans(t)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            s,
            ["BigScience", "Bank of England", "Verge", "Lucent", "Nortel"]
        );
    }
}
