//! Where an omitted item is set: places of the Global South named in it (countries and
//! regions from a hand-kept classification, their cities and subdivisions from the
//! generated gazetteer, their demonyms), and the demonyms of any place.

use super::events::{Context, Detector};
use super::lexicon::Lexicon;
use super::tokens::{tokens, Tok};
use super::Extractor;

/// The people of a place by its name's form: "Romanian", "Kenyan", "Brazilian".
pub(super) fn place_demonym(lx: &Lexicon, word: &str) -> bool {
    let place = |w: &str| lx.has("places", w) || lx.has("global-south", w);
    // "German" of Germany, "Italian" of Italy; "French" of France, by the list.
    lx.has("demonyms", word)
        || place(&format!("{word}y"))
        || demonym_of(word, DEMONYM_ENDINGS, &|stem| {
            place(stem) || place(&format!("{stem}a")) || place(&format!("{stem}y"))
        })
}

/// Endings that turn a place into its people: Kenya-n, Nigeria-n, Brazil-ian, Java-nese.
const DEMONYM_ENDINGS: &[&str] = &["n", "an", "ian", "ese", "nese", "i", "ish", "ic"];

/// A Global South place named in `text` (`normalised` is its normalised form), or its
/// demonym ("a Nigerian village", "Ghanaian traders", "Senegalese fishers"): the place
/// with the demonym's ending taken off, not inside a name ("the Gila River Indian
/// Community" is no Indian place).
pub(super) fn names_global_south(x: &Extractor, text: &str, normalised: &str) -> bool {
    if names_south(x, normalised) {
        return true;
    }
    let toks = tokens(text);
    if names_south_place(x, text, &toks) {
        return true;
    }
    toks.iter().enumerate().any(|(i, t)| {
        let w = t.norm.as_str();
        t.is_cap()
            && w.len() > 5
            && toks.get(i + 1).is_none_or(|n| !n.is_cap())
            && demonym_of(w, GLOBAL_SOUTH_DEMONYMS, &|stem| {
                x.lexicon.has("global-south", stem)
            })
    })
}

/// A listed Global South place, not the end of a longer place elsewhere ("Mexico" of
/// "New Mexico", a state of the United States).
fn names_south(x: &Extractor, normalised: &str) -> bool {
    let words: Vec<&str> = normalised.split(' ').filter(|w| !w.is_empty()).collect();
    let listed = |l: &str, a: usize, b: usize| x.lexicon.has(l, &words[a..b].join(" "));
    (0..words.len()).any(|i| {
        (i + 1..=(i + 5).min(words.len())).any(|j| {
            listed("global-south", i, j)
                && !(i > 0 && listed("places", i - 1, j) && !listed("global-south", i - 1, j))
        })
    })
}

/// A city or region of a Global South country, written as a name ("Manila", "Metro
/// Manila", "Telangana"): the generated gazetteer `global-south-places`, matched on
/// capitalised words only, not as a sentence's first word alone ("Sale"), nor inside
/// an episode's name ("the Bhopal disaster", "the Arequipa earthquake of 1868").
fn names_south_place(x: &Extractor, text: &str, toks: &[Tok<'_>]) -> bool {
    // Episodes are looked for only when a place is there: most clauses name none.
    let episodes = std::cell::OnceCell::new();
    let in_episode = |t: &Tok<'_>| {
        let found = episodes.get_or_init(|| {
            Detector {
                lx: &x.lexicon,
                toks,
                text,
                ctx: Context {
                    historical_section: false,
                    last_historical_year: i32::MAX,
                },
            }
            .detect()
        });
        found.iter().any(|c| c.start <= t.start && t.end <= c.end)
    };
    (0..toks.len()).any(|i| {
        let first = i == 0 || toks[i - 1].is_punct(".");
        let run = toks[i..]
            .iter()
            .take(3)
            .take_while(|t| t.word && t.is_cap())
            .count();
        (1..=run).any(|n| {
            let key = toks[i..i + n]
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            !(first && n == 1)
                && x.lexicon.has("global-south-places", &key)
                && !toks[i..i + n].iter().any(in_episode)
        })
    })
}

/// Endings of the Global South demonyms, singular and plural: Kenya-n, Ghana-ians.
const GLOBAL_SOUTH_DEMONYMS: &[&str] = &["n", "an", "ian", "ese", "i", "ns", "ans", "ians"];

/// Whether `word` is a place that `place` accepts with one of `endings` added.
fn demonym_of(word: &str, endings: &[&str], place: &dyn Fn(&str) -> bool) -> bool {
    endings
        .iter()
        .any(|end| word.strip_suffix(end).is_some_and(place))
}
