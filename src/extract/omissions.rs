//! What's missing → omitted items, each classified under the theme scheme. A cue in a
//! clause that dismisses the topic ("…is irrelevant here") does not count.

use super::normalize::normalize;
use super::sentences::sentences;
use super::{Entity, Extractor, Omission};

/// Phrases that dismiss a topic instead of saying it was omitted.
const DISMISSALS: &[&str] = &[
    "irrelevant",
    "not relevant",
    "no relevance",
    "beside the point",
    "not at stake",
    "not applicable",
    "has no bearing",
    "no bearing",
    "not a factor",
    "not the issue",
    "matters little",
    "is not at issue",
];
/// Clause boundaries inside a sentence.
const CLAUSE_BREAKS: &[&str] = &[", but ", "; ", " but ", ", while ", " whereas ", ", yet "];

/// Fallback theme of an item no cue classifies.
pub const UNCLASSIFIED: &str = "other";

pub(super) fn split(x: &Extractor, text: &str) -> Vec<Omission> {
    let mut items: Vec<Omission> = Vec::new();
    let mut orphan: Vec<String> = Vec::new();
    for (s, e) in sentences(text) {
        let sentence = &text[s..e];
        let (themes, keys) = themes_of(x, sentence);
        if themes.is_empty() {
            // A sentence without a cue continues the item before it (or opens the next).
            match items.last_mut() {
                Some(last) => {
                    last.text.push(' ');
                    last.text.push_str(sentence);
                }
                None => orphan.push(sentence.to_owned()),
            }
            continue;
        }
        let mut text = orphan.join(" ");
        orphan.clear();
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(sentence);
        items.push(Omission { text, themes, keys });
    }
    if !orphan.is_empty() {
        items.push(Omission {
            text: orphan.join(" "),
            themes: vec![UNCLASSIFIED.to_owned()],
            keys: Vec::new(),
        });
    }
    items
}

/// Themes of a sentence, and the key phrases behind them.
fn themes_of(x: &Extractor, sentence: &str) -> (Vec<String>, Vec<String>) {
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for clause in clauses(sentence) {
        let lower = clause.to_lowercase();
        if DISMISSALS.iter().any(|d| lower.contains(d)) {
            continue;
        }
        let n = normalize(clause);
        for h in x.themes.find(clause, &n) {
            out.push(x.reference.themes[h.value].slug.clone());
            keys.push(n.text[h.start..h.end].to_owned());
        }
        for h in x.entities.find(clause, &n) {
            if let Entity::Event(i) = h.value {
                out.push("historical-parallels".to_owned());
                keys.push(x.reference.events[i].slug.clone());
            }
        }
    }
    for v in [&mut out, &mut keys] {
        v.sort();
        v.dedup();
    }
    (out, keys)
}

fn clauses(sentence: &str) -> Vec<&str> {
    let mut parts = vec![sentence];
    for brk in CLAUSE_BREAKS {
        parts = parts.into_iter().flat_map(|p| p.split(brk)).collect();
    }
    parts
}
