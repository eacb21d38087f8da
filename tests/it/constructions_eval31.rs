//! Issue 12: rules found on tests/eval28, tests/eval30 and tests/eval31 together (a
//! legislature known by one word: the Diet, the Folketing, the Abgeordnetenhaus) and on
//! tests/eval31 (a state of the United States named like a country of the Global
//! South), each shown on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// One capitalised word after "the" that is told to act ("The Velmarting should
/// publish") is an institution; a people told to be heard ("the Korrini should be
/// consulted") is not.
#[test]
fn issue12_a_body_known_by_one_word_is_told_to_act() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Waste Graves",
        "The coverage omits that the graves were never audited.",
        "It serves the Velmar Port Company.",
        "The Velmarting should publish the warnings in full, and the Korrini should be consulted on the graves.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(&names(&v, "actors"), &["Velmarting"], &["Korrini"]);
}

/// "New Mexico" is a state of the United States, not Mexico: no Global South theme.
#[test]
fn issue12_a_longer_place_is_not_the_country_it_ends_with() {
    let env = Env::new();
    let themes: std::collections::BTreeSet<String> = omission_themes(
        &env,
        "Waste Plant",
        "It leaves out that a drum burst underground at the waste plant in New Mexico and the site was never audited.",
    )
    .into_iter()
    .flatten()
    .collect();
    assert!(!themes.contains("global-south"), "{themes:?}");
    assert!(themes.contains("regulatory-gap"), "{themes:?}");
}
