use super::*;
use crate::extract::events::{Candidate, Core};

fn cand(
    proper: &[&str],
    lower: &[&str],
    years: Option<(i32, i32)>,
    head: &str,
    pattern: &str,
) -> Candidate {
    Candidate {
        start: 0,
        end: 0,
        head: (!head.is_empty()).then(|| head.to_owned()),
        pattern: pattern.to_owned(),
        core: Core {
            proper: proper.iter().map(|s| s.to_string()).collect(),
            lower: lower.iter().map(|s| s.to_string()).collect(),
            years,
        },
        name: format!("{} {} {head}", proper.join(" "), lower.join(" "))
            .trim()
            .to_owned(),
        strong: true,
        by_date: false,
        rule: "",
    }
}

/// Issue 12, found on tests/eval5: episodes minted from text are one only when they
/// share distinctive words, or a head and dates; a reference event is found through
/// a neighbouring decade ("the Depression of the 1930s" is the Great Depression).
#[test]
fn minted_episodes_do_not_merge_on_dates_alone() {
    let lx = Lexicon::builtin().unwrap();
    let mut ix = EventIndex::new(&Reference::builtin().unwrap(), &lx);
    let mut slug_of = |c: Candidate| ix.resolve(&c).map(|(e, _)| e.slug);
    let insull = slug_of(cand(
        &["insull"],
        &["utility"],
        Some((1932, 1932)),
        "collapse",
        "financial-crisis",
    ));
    let depression = slug_of(cand(
        &[],
        &[],
        Some((1930, 1939)),
        "depression",
        "financial-crisis",
    ));
    assert_eq!(depression.as_deref(), Some("great-depression"));
    assert_ne!(insull, depression);
    let bureaus = slug_of(cand(
        &[],
        &["wire", "service"],
        Some((1980, 1989)),
        "",
        "unclassified",
    ));
    let boycotts = slug_of(cand(
        &[],
        &["service"],
        Some((1980, 1989)),
        "boycotts",
        "resistance-movement",
    ));
    assert_ne!(
        bureaus, boycotts,
        "a shared common word and a decade are not enough"
    );
    let act = slug_of(cand(
        &["child", "left"],
        &[],
        Some((2002, 2002)),
        "act",
        "legal-precedent",
    ));
    let laptop = slug_of(cand(
        &["laptop", "child"],
        &[],
        Some((2005, 2009)),
        "project",
        "public-programme",
    ));
    assert_ne!(act, laptop);
}

#[test]
fn known_events_in_other_words() {
    let lx = Lexicon::builtin().unwrap();
    let mut ix = EventIndex::new(&Reference::builtin().unwrap(), &lx);
    let slug_of = |ix: &mut EventIndex, c: Candidate| ix.resolve(&c).map(|(e, _)| e.slug);
    assert_eq!(
        slug_of(
            &mut ix,
            cand(&[], &["dot com"], None, "implosion", "financial-crisis")
        )
        .as_deref(),
        Some("dot-com-bubble")
    );
    assert_eq!(
        slug_of(
            &mut ix,
            cand(&[], &["subprime"], None, "meltdown", "financial-crisis")
        )
        .as_deref(),
        Some("financial-crisis-2008")
    );
    assert_eq!(
        slug_of(
            &mut ix,
            cand(
                &[],
                &["tech"],
                Some((2000, 2000)),
                "wreck",
                "financial-crisis"
            )
        )
        .as_deref(),
        Some("dot-com-bubble")
    );
    assert_eq!(
        slug_of(
            &mut ix,
            cand(
                &[],
                &["railway"],
                Some((1840, 1849)),
                "frenzy",
                "speculative-bubble"
            )
        )
        .as_deref(),
        Some("railway-mania")
    );
    // An unlisted episode is minted once, and later phrasings find it.
    let first = ix
        .resolve(&cand(
            &["bhopal"],
            &["gas"],
            Some((1984, 1984)),
            "leak",
            "disaster",
        ))
        .unwrap();
    assert_eq!(first.1, Resolution::New);
    let again = ix
        .resolve(&cand(&["bhopal"], &[], None, "disaster", "disaster"))
        .unwrap();
    assert_eq!((again.0.slug, again.1), (first.0.slug, Resolution::Corpus));
    // Different episodes that share a year stay apart.
    let other = ix
        .resolve(&cand(
            &["seveso"],
            &["dioxin"],
            Some((1976, 1976)),
            "release",
            "disaster",
        ))
        .unwrap();
    assert_eq!(other.1, Resolution::New);
}

/// Issue 12, found on tests/eval7: a phrase with words of its own reaches a known
/// episode written without words ("the 1929 crash") only through the same years, not
/// the next decade: "the football pools craze of the 1930s" is no Great Depression.
#[test]
fn wordy_phrases_need_the_very_years() {
    let lx = Lexicon::builtin().unwrap();
    let mut ix = EventIndex::new(&Reference::builtin().unwrap(), &lx);
    let mut slug_of = |c: Candidate| ix.resolve(&c).map(|(e, _)| e.slug);
    let pools = slug_of(cand(
        &[],
        &["football", "pools"],
        Some((1930, 1939)),
        "craze",
        "speculative-bubble",
    ));
    assert_ne!(pools.as_deref(), Some("great-depression"));
    let crash = slug_of(cand(
        &[],
        &["stock", "market"],
        Some((1929, 1929)),
        "collapse",
        "financial-crisis",
    ));
    assert_eq!(crash.as_deref(), Some("great-depression"));
}

/// Issue 12, found on tests/eval11: two episodes minted from text, without head nouns,
/// are one only when they share two words and their dates: "the English–Wabigoon river
/// system in the 1960s" is no "Gila River in the early twentieth century".
#[test]
fn minted_episodes_without_heads_need_more_than_one_shared_word() {
    let lx = Lexicon::builtin().unwrap();
    let mut ix = EventIndex::new(&Reference::builtin().unwrap(), &lx);
    let mut slug_of = |c: Candidate| ix.resolve(&c).map(|(e, _)| e.slug);
    let gila = slug_of(cand(
        &["gila"],
        &["river"],
        Some((1900, 1999)),
        "",
        "unclassified",
    ));
    let wabigoon = slug_of(cand(
        &["english wabigoon"],
        &["river", "system"],
        Some((1960, 1969)),
        "",
        "unclassified",
    ));
    assert_ne!(gila, wabigoon);
    let cards = slug_of(cand(
        &[],
        &["credit", "card", "marketing"],
        Some((1990, 1999)),
        "",
        "unclassified",
    ));
    let again = slug_of(cand(
        &[],
        &["campus", "credit", "card"],
        Some((1990, 1999)),
        "",
        "unclassified",
    ));
    assert_eq!(cards, again);
}
