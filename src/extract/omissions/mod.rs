//! What's missing → omitted items, each classified under the theme scheme: by the cue
//! phrases of the themes, and by what the item names (an episode → historical
//! parallels; workers or a union → labour; an Indigenous nation → Indigenous knowledge;
//! a named community → marginalised voices). A clause that dismisses the topic
//! ("…is irrelevant here") counts for nothing.

use super::events::{Context, Detector};
use super::normalize::normalize;
use super::places::{names_global_south, place_demonym};
use super::sentences::sentences;
use super::tokens::tokens;
use super::{Entity, EventMention, Extractor, Omission};

mod constructions;
mod markets;
mod oversight;
mod peoples;
use constructions::constructions;
pub(super) use peoples::link_peoples;

/// Clause boundaries inside a sentence.
const CLAUSE_BREAKS: &[&str] = &[", but ", "; ", " but ", ", while ", " whereas ", ", yet "];

/// Fallback theme of an item no cue classifies.
pub const UNCLASSIFIED: &str = "other";
const PARALLELS: &str = "historical-parallels";
const INDIGENOUS: &str = "indigenous-knowledge";
/// Words for land a people holds: consent over it is a people's consent.
const LAND: &[&str] = &[
    "land",
    "lands",
    "territory",
    "territories",
    "forest",
    "forests",
];

pub(super) fn split(x: &Extractor, text: &str, year: i32) -> Vec<Omission> {
    let mut items: Vec<Omission> = Vec::new();
    let mut orphan: Vec<String> = Vec::new();
    for (s, e) in sentences(text, &x.lexicon) {
        let sentence = &text[s..e];
        let (themes, keys) = themes_of(x, sentence, year);
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
        items.push(Omission {
            text,
            themes,
            keys,
            subjects: Vec::new(),
        });
    }
    if !orphan.is_empty() {
        items.push(Omission {
            text: orphan.join(" "),
            themes: vec![UNCLASSIFIED.to_owned()],
            keys: Vec::new(),
            subjects: Vec::new(),
        });
    }
    for item in &mut items {
        let kept: Vec<&str> = clauses(&item.text)
            .into_iter()
            .filter(|c| !dismissed(x, c))
            .collect();
        item.subjects = x.subjects.subjects(&x.reference, &x.lexicon, &kept);
    }
    items
}

/// A clause that dismisses its topic instead of saying it was omitted.
fn dismissed(x: &Extractor, clause: &str) -> bool {
    let lower = clause.to_lowercase();
    x.lexicon
        .list("dismissals")
        .entries()
        .any(|(d, _)| lower.contains(d))
}

/// Themes of a sentence, and the key phrases behind them.
fn themes_of(x: &Extractor, sentence: &str, year: i32) -> (Vec<String>, Vec<String>) {
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for clause in clauses(sentence) {
        if dismissed(x, clause) {
            continue;
        }
        let n = normalize(clause);
        let on_land = n.text.split(' ').any(|w| LAND.contains(&w));
        for h in x.themes.find(clause, &n) {
            let key = &n.text[h.start..h.end];
            if in_name(x, clause, &n, h.start, h.end) {
                continue;
            }
            let mut theme = x.reference.themes[h.value].slug.as_str();
            // Consent over land is a people's consent to what is done to its land (free,
            // prior and informed), not consent to the use of data.
            if on_land && key.starts_with("consent") && theme == "data-consent" {
                theme = INDIGENOUS;
            }
            // Consent, or permission, with nothing about people's information in the
            // clause is a party's agreement ("only with the franchisor's consent",
            // "cannot leave without permission"), no data consent.
            let agreement = key.starts_with("consent") || key.ends_with("permission");
            if agreement && theme == "data-consent" && !about_data(x, &n.text) {
                continue;
            }
            // People not told what is done with their information ("users were never told
            // their messages would be used for training") are data consent; not told what
            // is done with their land, voices left out.
            if key.ends_with(" told") && theme == "marginalised-voices" && about_data(x, &n.text) {
                theme = "data-consent";
            }
            // "the nurses, teachers and hotel workers": a trade among others is people at
            // work, not schooling.
            if theme == "education-equity"
                && (among_people(x, &n.text, h.start, h.end)
                    || among_buildings(&n.text, h.start, h.end))
            {
                continue;
            }
            out.push(theme.to_owned());
            keys.push(key.to_owned());
        }
        for h in x.entities.find(clause, &n) {
            match h.value {
                Entity::Event(i) => {
                    out.push(PARALLELS.to_owned());
                    keys.push(x.reference.events[i].slug.clone());
                }
                Entity::Actor(i) => out.extend(
                    x.reference.actors[i]
                        .themes
                        .iter()
                        .filter(|t| {
                            *t != "education-equity" || !among_people(x, &n.text, h.start, h.end)
                        })
                        .cloned(),
                ),
            }
        }
        if let Some(key) = episode(x, clause, year) {
            out.push(PARALLELS.to_owned());
            keys.push(key);
        }
        out.extend(named_themes(x, clause));
        out.extend(constructions(x, clause));
    }
    for v in [&mut out, &mut keys] {
        v.sort();
        v.dedup();
    }
    (out, keys)
}

/// The cue at `start..end` of the normalised clause stands in a list of people: another
/// group of people or agent noun within two words of it ("pensioners, teachers and
/// soldiers", "migrant workers and students").
fn among_people(x: &Extractor, normalised: &str, start: usize, end: usize) -> bool {
    let people = |w: &str| {
        x.lexicon.has("people-nouns", w)
            || x.lexicon.has("worker-nouns", w)
            || super::lexicon::agent_form(w)
    };
    let before: Vec<&str> = normalised[..start]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let after: Vec<&str> = normalised[end..].split_whitespace().take(2).collect();
    before.into_iter().chain(after).any(people)
}

/// The cue at `start..end` stands in a list of the places a town loses or keeps: "the
/// shops, churches and schools of streets that no longer exist", "their schools and
/// clinics" — buildings, not schooling.
fn among_buildings(normalised: &str, start: usize, end: usize) -> bool {
    const BUILDINGS: &[&str] = &[
        "shops",
        "churches",
        "clinics",
        "hospitals",
        "homes",
        "houses",
        "roads",
        "mosques",
        "markets",
        "temples",
    ];
    let before = normalised[..start].split_whitespace().rev().take(2);
    let after = normalised[end..].split_whitespace().take(2);
    before.chain(after).any(|w| BUILDINGS.contains(&w))
}

/// A word of `data-words` in the normalised clause ('*' ends a stem).
fn about_data(x: &Extractor, normalised: &str) -> bool {
    let list = x.lexicon.list("data-words");
    normalised.split(' ').any(|w| list.matches(w))
}

/// A cue written with a capital inside an organisation's name ("the National
/// Federation of Fisheries Cooperative Associations"): the capitalised run it starts ends
/// in an organisation's head. The name's own themes come from `name-themes`.
fn in_name(
    x: &Extractor,
    clause: &str,
    n: &super::normalize::Normalized,
    start: usize,
    end: usize,
) -> bool {
    let from = n.origin[start];
    let to = from + n.original(clause, start, end).len();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !capital(&clause[from..to]) {
        return false;
    }
    let heads = x.lexicon.list("org-heads");
    clause[to..]
        .split_whitespace()
        .take_while(|w| capital(w) || x.lexicon.has("connectors", w))
        .map(|w| super::normalize::norm(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
        .any(|w: String| {
            heads.contains(&w) || w.strip_suffix('s').is_some_and(|s| heads.contains(s))
        })
}

/// An episode the clause invokes (found by form, known or new): its slug.
fn episode(x: &Extractor, clause: &str, year: i32) -> Option<String> {
    let toks = tokens(clause);
    let d = Detector {
        lx: &x.lexicon,
        toks: &toks,
        text: clause,
        ctx: Context {
            historical_section: false,
            last_historical_year: year - 3,
        },
    };
    d.detect().into_iter().find_map(|c| {
        x.events
            .find(&c, true)
            .map(|e| e.slug)
            .or_else(|| c.strong.then(|| super::normalize::slug(&c.name)))
    })
}

/// Themes from names: "the Teamsters union", "the Gila River Indian Community", "the
/// Lickanantay communities": the word that ends the name, or the noun after it.
fn named_themes(x: &Extractor, clause: &str) -> Vec<String> {
    let toks = tokens(clause);
    let themes = x.lexicon.list("name-themes");
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is_cap() || x.lexicon.has("function-words", &t.norm) || i == 0 {
            continue;
        }
        // The word after the name, past a bracketed alternative: "X (Y) communities".
        let mut k = i + 1;
        if toks.get(k).is_some_and(|n| n.is_punct("(")) {
            while k < toks.len() && !toks[k].is_punct(")") {
                k += 1;
            }
            k += 1;
        }
        let own = themes
            .get(&t.norm)
            .filter(|_| toks.get(i + 1).is_none_or(|n| !n.is_cap()));
        let pair = toks
            .get(i + 1)
            .filter(|n| n.is_cap())
            .and_then(|n| themes.get(&format!("{} {}", t.norm, n.norm)));
        let after = toks
            .get(k)
            .filter(|n| n.word && !n.is_cap())
            .and_then(|n| themes.get(&n.norm));
        out.extend(own.or(pair).or(after).map(str::to_owned));
        if peoples::people_before_kin(x, &toks, i).is_some() {
            out.push(INDIGENOUS.to_owned());
        }
    }
    out
}

/// A capitalised word before a group of people that names a people of its own ("the
/// Kolla communities", "Sahrawi people", "Quechua speakers"): not a place, not the
/// demonym of a place ("Kenyan families", "Bolivians"), not a colour or a faith.
fn people_name(x: &Extractor, word: &str) -> bool {
    let place = |w: &str| x.lexicon.has("places", w) || x.lexicon.has("global-south", w);
    word.chars().count() >= 4
        && !place(word)
        && !x.lexicon.has("non-peoples", word)
        && !x.lexicon.has("generic-capitals", word)
        && !x.lexicon.has("function-words", word)
        && !x.lexicon.has("given-names", word)
        && !place_demonym(&x.lexicon, word)
}

/// A review of a story set in the Global South ("…Lights Up Rural Uganda") is about
/// people there: the items that name people get the theme, though they do not repeat
/// the place. The page's title, summary, headline and keywords say where it is set.
pub(super) fn link_places(x: &Extractor, items: &mut [Omission], setting: &str) {
    if !names_global_south(x, setting, &normalize(setting).text) {
        return;
    }
    for item in items.iter_mut() {
        let n = normalize(&item.text).text;
        let people = n.split(' ').any(|w| x.lexicon.has("people-nouns", w));
        if people && !item.themes.iter().any(|t| t == "global-south") {
            item.themes.retain(|t| t != UNCLASSIFIED);
            item.themes.push("global-south".to_owned());
            item.themes.sort();
        }
    }
}

/// An item that names an episode the page invokes elsewhere ("the phosphate mining of
/// Nauru" in What's Missing, "Nauru's phosphate boom" in the lens) is about a historical
/// parallel, though its own wording has no cue: it shares a proper name with one of the
/// page's episodes. Resolution across sections, not a list.
pub(super) fn link_episodes(x: &Extractor, items: &mut [Omission], parallels: &[EventMention]) {
    let names: Vec<(String, &str)> = parallels
        .iter()
        .flat_map(|m| {
            proper_names(x, &m.surface, 0)
                .into_iter()
                .chain(proper_names(x, &m.event.name, 1))
                .map(move |w| (w, m.event.slug.as_str()))
        })
        .collect();
    for item in items.iter_mut() {
        if item.themes.iter().any(|t| t == PARALLELS) {
            continue;
        }
        let words: std::collections::HashSet<String> = tokens(&item.text)
            .into_iter()
            .filter(|t| t.word)
            .map(|t| t.norm)
            .collect();
        if let Some((_, slug)) = names.iter().find(|(w, _)| words.contains(w)) {
            item.themes.retain(|t| t != UNCLASSIFIED);
            item.themes.push(PARALLELS.to_owned());
            item.themes.sort();
            item.keys.push((*slug).to_owned());
            item.keys.sort();
            item.keys.dedup();
        }
    }
}

/// The distinctive proper names of an episode's wording: capitalised words from token
/// `from` on (a canonical name's first word is capitalised by position), not function
/// words or capitals every page uses, at least four letters.
fn proper_names(x: &Extractor, text: &str, from: usize) -> Vec<String> {
    tokens(text)
        .into_iter()
        .enumerate()
        .filter(|(i, t)| {
            *i >= from
                && t.word
                && t.is_cap()
                && t.norm.chars().count() >= 4
                && !x.lexicon.has("function-words", &t.norm)
                && !x.lexicon.has("generic-capitals", &t.norm)
        })
        .map(|(_, t)| t.norm)
        .collect()
}

fn clauses(sentence: &str) -> Vec<&str> {
    let mut parts = vec![sentence];
    for brk in CLAUSE_BREAKS {
        parts = parts.into_iter().flat_map(|p| p.split(brk)).collect();
    }
    parts
}
