//! Peoples a page names with a word of kin ("the Innu communities" in the summary):
//! an omitted item that names the same people without one ("the Innu of Pessamit were
//! never compensated") is about them too.

use super::{people_name, place_demonym, Omission, INDIGENOUS, UNCLASSIFIED};
use crate::extract::tokens::{tokens, Tok};
use crate::extract::Extractor;
use std::collections::BTreeSet;

/// The name of a people right before a word of kin at `i + 1` ("the Innu communities",
/// "the Avá Guaraní communities"): where it starts, when it is one or two capitalised
/// words after a lower-case word, a determiner or a comma, and names no place, people
/// of a place or common capital. Not a heading's "Fishing communities" (after a full
/// stop) or a title-case title's "the Cerrado Communities".
pub(super) fn people_before_kin(x: &Extractor, toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let kin = toks.get(i + 1)?;
    if kin.is_cap()
        || x.lexicon.list("people-nouns").get(&kin.norm) != Some("kin")
        || !toks[i].is_cap()
        || !people_name(x, &toks[i].norm)
    {
        return None;
    }
    let opens = |k: usize| {
        k > 0 && {
            let b = &toks[k - 1];
            b.is_punct(",") || (b.word && (!b.is_cap() || x.lexicon.has("determiners", &b.norm)))
        }
    };
    if opens(i) {
        return Some(i);
    }
    let first = &toks[i.checked_sub(1)?];
    let pair = format!("{} {}", first.norm, toks[i].norm);
    let place = |w: &str| x.lexicon.has("places", w) || x.lexicon.has("global-south", w);
    (first.is_cap()
        && opens(i - 1)
        && !x.lexicon.has("function-words", &first.norm)
        && !x.lexicon.has("determiners", &first.norm)
        && !place(&first.norm)
        && !place(&pair)
        && !place_demonym(&x.lexicon, &first.norm))
    .then_some(i - 1)
}

/// The peoples a section names before a word of kin, by their last word.
fn peoples_named<'a>(x: &'a Extractor, toks: &'a [Tok<'_>]) -> impl Iterator<Item = String> + 'a {
    (0..toks.len())
        .filter(move |&i| people_before_kin(x, toks, i).is_some())
        .map(move |i| toks[i].norm.clone())
}

/// Gives the Indigenous-knowledge theme to the items that name a people the page names
/// with a word of kin anywhere (`sections`: the page's sections, already tokenised).
pub(in crate::extract) fn link_peoples(
    x: &Extractor,
    items: &mut [Omission],
    sections: &[&[Tok<'_>]],
) {
    let peoples: BTreeSet<String> = sections.iter().flat_map(|t| peoples_named(x, t)).collect();
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
