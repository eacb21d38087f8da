//! When a reference actor's name in the text is no mention of that actor: a word of a
//! longer name ("Chile" of "Sociedad Química y Minera de Chile"), or a country named as
//! a place ("buyers in China", "Chile's environmental regulator").

use super::reference::ActorKind;
use super::tokens::Tok;
use super::Extractor;

/// A reference hit is no mention of that actor when it is part of a longer name: "the
/// Information" in "the Information Commissioner's Office" (a name that goes on to end
/// like an organisation), "Teachers" in "American Federation of Teachers" (a collective
/// noun inside capitalised words).
pub(super) fn inside_longer_name(
    x: &Extractor,
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    kind: ActorKind,
) -> bool {
    // Tokens are in text order: the first at or after `end`, by binary search.
    let k = toks.partition_point(|t| t.start < end);
    if k == toks.len() {
        return collective_in_name(toks, start, kind);
    }
    if collective_in_name(toks, start, kind) {
        return true;
    }
    // "Warehouse Workers for Justice": a collective noun that goes on into a name.
    // "the Central Bank of the Republic of Turkey" too, through "the".
    let the = usize::from(toks.get(k + 1).is_some_and(|t| t.text == "the"));
    if kind == ActorKind::Collective
        && matches!(toks[k].norm.as_str(), "for" | "of")
        && toks.get(k + 1 + the).is_some_and(Tok::is_cap)
    {
        return true;
    }
    if ends_headed_name(x, toks, toks.partition_point(|t| t.start < start)) {
        return true;
    }
    // A plural possessive goes on into the name ("the Musicians' Union"); a singular one
    // does not ("Malaysia’s Department").
    let plural_possessive = k > 0 && toks[k - 1].poss && toks[k - 1].text.ends_with('s');
    if toks[k].start > end + 2
        || !toks[k].is_cap()
        || k == 0
        || (toks[k - 1].poss && !plural_possessive)
    {
        return false;
    }
    // Or a law or programme named after it: "ILO Convention 169"; the name may go on
    // through a connector ("Korea Housing & Urban Guarantee Corporation").
    let run = toks[k..].iter().enumerate().take_while(|&(j, t)| {
        t.is_cap() || (j > 0 && joins_name(x, t) && toks.get(k + j + 1).is_some_and(Tok::is_cap))
    });
    let head = |t: &Tok<'_>| {
        x.lexicon.has("org-heads", &t.norm) || x.lexicon.has("not-actor-heads", &t.norm)
    };
    if run.map(|(_, t)| t).any(head) {
        return true;
    }
    // Or through "and" to a head that ends the name: "China Road and Bridge Corporation"
    // (not "China and India").
    let mut j = k;
    while toks.get(j).is_some_and(Tok::is_cap) {
        j += 1;
    }
    let mut end = j + 1;
    while toks.get(end).is_some_and(Tok::is_cap) && end - j <= 3 {
        end += 1;
    }
    j > k
        && toks.get(j).is_some_and(|t| t.norm == "and")
        && end > j + 1
        && head(&toks[end - 1])
        && toks.get(end).is_none_or(|t| !t.is_cap())
}

/// A small word inside a name between capitalised words: "&", "of", "de" (not "and":
/// "Lucent and Nortel" are two names).
fn joins_name(x: &Extractor, t: &Tok<'_>) -> bool {
    t.word
        && (t.text == "&"
            || (t.norm != "and" && !t.is_cap() && x.lexicon.has("connectors", &t.norm)))
}

/// "Reserve Bank of India": token `first` ends a name whose organisation head comes
/// before "of" or "for"; the place it names is no actor there.
/// So is one at the end of a longer name through connectors: "National Confederation
/// of Artisanal Fishers of Chile", "Sociedad Química y Minera de Chile"; and through
/// "of the": "Court of Justice of the European Union".
pub(super) fn ends_headed_name(x: &Extractor, toks: &[Tok<'_>], mut first: usize) -> bool {
    let joins = |t: &Tok<'_>| {
        t.word && !t.is_cap() && t.norm != "and" && x.lexicon.has("connectors", &t.norm)
    };
    if first >= 3 && toks[first - 1].text == "the" && toks[first - 2].norm == "of" {
        first -= 1;
    }
    first >= 2
        && joins(&toks[first - 1])
        && toks[..first - 1]
            .iter()
            .rev()
            .take_while(|t| t.is_cap() || joins(t))
            .any(|t| t.is_cap() && x.lexicon.has("org-heads", &t.norm))
}

fn collective_in_name(toks: &[Tok<'_>], start: usize, kind: ActorKind) -> bool {
    if kind != ActorKind::Collective {
        return false;
    }
    let k = toks.partition_point(|t| t.start < start);
    if k == toks.len() {
        return false;
    }
    let capital = toks[k].is_cap();
    let before = k.checked_sub(1).map(|p| &toks[p]);
    let joined = before.is_some_and(|b| {
        // "National Commission on Indigenous Peoples" too.
        b.is_cap()
            || (matches!(b.norm.as_str(), "of" | "for" | "on") && k >= 2 && toks[k - 2].is_cap())
    });
    capital && joined
}

/// "buyers in China and Hong Kong": a country right after a preposition of place is
/// where something happens, not a government acting; so is one people come from
/// ("labourers from India"; not "loans from China").
pub(super) fn located(x: &Extractor, toks: &[Tok<'_>], start: usize) -> bool {
    let mut k = toks.partition_point(|t| t.start < start);
    // "in China and India": the preposition before a list of places.
    for _ in 0..3 {
        let listed = k >= 2 && (toks[k - 1].norm == "and" || toks[k - 1].is_punct(","));
        if !listed || !toks[k - 2].is_cap() {
            break;
        }
        k -= 1;
        while k > 0 && toks[k - 1].is_cap() {
            k -= 1;
        }
    }
    let Some(prep) = k.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // Where something goes is a place too: "exports to India", "outside China" (a place
    // receiving something is no government acting).
    matches!(
        prep.norm.as_str(),
        "in" | "across" | "throughout" | "within" | "to" | "into" | "outside"
    ) || (prep.norm == "from" && k >= 2 && x.lexicon.names_people(&toks[k - 2].norm))
}

/// "Chile's environmental regulator": a country's possessive before one of its bodies
/// names the body, not the country acting.
pub(super) fn owns_body(x: &Extractor, toks: &[Tok<'_>], end: usize) -> bool {
    let k = toks.partition_point(|t| t.start < end);
    let body = |t: &Tok<'_>| {
        ["org-nouns", "org-heads"]
            .iter()
            .any(|l| x.lexicon.has(l, &t.norm))
    };
    let lower = || {
        toks[k..]
            .iter()
            .take(3)
            .take_while(|t| t.word && !t.is_cap())
            .any(body)
    };
    // "China's Export-Import Bank": a named body the country owns, ending in a head.
    let named = || {
        let run: Vec<&Tok<'_>> = toks[k..]
            .iter()
            .take(4)
            .take_while(|t| t.word && t.is_cap())
            .collect();
        run.last().is_some_and(|t| body(t)) && toks.get(k + run.len()).is_none_or(|t| !t.is_cap())
    };
    k > 0 && toks[k - 1].poss && (lower() || named())
}

/// "India's sea lanes", "Chile's lithium", "Korea's own record": a country's possessive
/// before a thing it has, not before an act ("Argentina's seizure of the funds"), names
/// where something is, not the country acting. The words after it up to the noun, none a noun of action
/// (`action-nouns`); `name` is the country as written.
pub(super) fn owns_thing(x: &Extractor, toks: &[Tok<'_>], name: &str, end: usize) -> bool {
    if x.lexicon.list("places").get(&super::normalize::norm(name)) != Some("country") {
        return false;
    }
    let k = toks.partition_point(|t| t.start < end);
    // "Korea's own record": "own" stresses the owner and is no noun of its own.
    let after = k + usize::from(toks.get(k).is_some_and(|t| t.norm == "own"));
    let words: Vec<&Tok<'_>> = toks[after..]
        .iter()
        .take(3)
        .take_while(|t| t.word && !t.is_cap() && !x.lexicon.has("function-words", &t.norm))
        .collect();
    k > 0
        && toks[k - 1].poss
        && !words.is_empty()
        && !words
            .iter()
            .any(|t| x.lexicon.list("action-nouns").get(&t.norm) == Some("noun"))
}
