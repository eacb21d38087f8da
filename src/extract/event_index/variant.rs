//! How an event is written, reduced to what identifies it: its words, years, head noun
//! and pattern family, from a mention or from a name in the data.

use super::group;
use crate::extract::events::Core;
use crate::extract::lexicon::Lexicon;
use crate::extract::tokens::tokens;
use std::collections::HashSet;

/// One way an event is written, reduced to what identifies it.
#[derive(Debug, Clone)]
pub(super) struct Variant {
    pub words: HashSet<String>,
    pub years: Option<(i32, i32)>,
    pub group: Option<&'static str>,
    /// Initials of its proper words in order, when it has several ("wppss" for
    /// "Washington Public Power Supply System").
    pub initials: Option<String>,
    /// Its capitalised words: what a bare later mention ("Seveso") may repeat.
    pub proper: HashSet<String>,
    /// Its head noun ("collapse", "depression"), when it has one.
    pub head: Option<String>,
    /// Its proper words complete a curated action noun ("the privatisation of YPF"):
    /// they name a party to the episode, and alone ("It serves YPF") that party. From a
    /// mention, a curated noun is one whose pattern is not "unclassified".
    pub participant: bool,
}

pub(super) fn split_words(words: impl IntoIterator<Item = impl AsRef<str>>) -> HashSet<String> {
    words
        .into_iter()
        .flat_map(|w| {
            w.as_ref()
                .split(' ')
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

pub(super) fn shared(a: &HashSet<String>, b: &HashSet<String>) -> usize {
    a.intersection(b).count()
}

pub(super) fn initials(proper: &[String]) -> Option<String> {
    (proper.len() >= 3).then(|| proper.iter().filter_map(|w| w.chars().next()).collect())
}

/// The identity of one written form of an event (a name or alias in the data).
pub(super) fn variant_of(form: &str, lx: &Lexicon) -> Variant {
    let toks = tokens(form);
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.word)
        .map(|t| t.norm.as_str())
        .collect();
    let mut core = Core::default();
    let mut head = None;
    let mut head_word = None;
    let mut proper = Vec::new();
    for (i, t) in toks.iter().filter(|t| t.word).enumerate() {
        if let Some(y) = t.year().or_else(|| t.decade()) {
            core.years = Some(y);
        } else if i + 1 == words.len() && lx.list("event-heads").get(&t.norm).is_some() {
            head = lx.list("event-heads").get(&t.norm);
            head_word = Some(t.norm.clone());
        } else if lx.has("function-words", &t.norm) || lx.has("generic-capitals", &t.norm) {
        } else {
            if t.is_cap() {
                proper.push(t.norm.clone());
            }
            core.lower.push(t.norm.clone());
        }
    }
    Variant {
        words: split_words(core.words()),
        years: core.years,
        group: head.and_then(group),
        initials: initials(&core.lower),
        proper: split_words(&proper),
        head: head_word,
        participant: completes_action(&words, lx),
    }
}

/// "privatisation of YPF in 1992": a curated noun of what is done to a body first, then
/// "of" (see [`Variant::participant`]). Not "the drying of Lake Poopó", whose lake,
/// written alone, still recalls the episode.
fn completes_action(words: &[&str], lx: &Lexicon) -> bool {
    let words = words.strip_prefix(&["the"]).unwrap_or(words);
    matches!(words, [noun, "of", ..] if lx.has("event-nominals", noun))
}
