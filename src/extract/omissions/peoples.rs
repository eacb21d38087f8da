//! Peoples a page names with a word of kin ("the Innu communities" in the summary):
//! an omitted item that names the same people without one ("the Innu of Pessamit were
//! never compensated") is about them too.

use super::{people_name, Omission, INDIGENOUS, UNCLASSIFIED};
use crate::extract::tokens::{tokens, Tok};
use crate::extract::Extractor;
use std::collections::BTreeSet;

/// A single capitalised word before a word of kin that names a people of its own.
fn peoples_named(x: &Extractor, text: &str) -> BTreeSet<String> {
    let toks = tokens(text);
    let kin = |t: &Tok<'_>| x.lexicon.list("people-nouns").get(&t.norm) == Some("kin");
    (1..toks.len().saturating_sub(1))
        .filter(|&i| {
            toks[i].is_cap()
                // "The Innu communities"; not a heading's "Fishing communities".
                && toks[i - 1].word
                && (!toks[i - 1].is_cap() || x.lexicon.has("determiners", &toks[i - 1].norm))
                // "the Cerrado Communities It Replaced": no title-case title.
                && kin(&toks[i + 1])
                && !toks[i + 1].is_cap()
                && people_name(x, &toks[i].norm)
        })
        .map(|i| toks[i].norm.clone())
        .collect()
}

/// Gives the Indigenous-knowledge theme to the items that name a people the page names
/// with a word of kin anywhere (`texts`: the page's sections).
pub(in crate::extract) fn link_peoples(x: &Extractor, items: &mut [Omission], texts: &[&str]) {
    let peoples: BTreeSet<String> = texts.iter().flat_map(|t| peoples_named(x, t)).collect();
    if peoples.is_empty() {
        return;
    }
    for item in items.iter_mut() {
        let names_one = tokens(&item.text)
            .iter()
            .any(|t| t.is_cap() && peoples.contains(&t.norm));
        if names_one && !item.themes.iter().any(|t| t == INDIGENOUS) {
            item.themes.retain(|t| t != UNCLASSIFIED);
            item.themes.push(INDIGENOUS.to_owned());
            item.themes.sort();
        }
    }
}
