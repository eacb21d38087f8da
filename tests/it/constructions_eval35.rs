//! Issue 12: rules found on tests/eval35 (a grid concession, cotton clusters, a revived
//! dam, data centres on a grid, a binational dam), each shown on invented names that no
//! list holds.

use crate::constructions_real::all_themes;
use crate::env::Env;

/// Themes: a people named in two capitalised words before a word of kin is an
/// Indigenous people as one named in one is ("the Velmu Korra communities"); a place of
/// two words is none ("the Hong Kong families").
#[test]
fn issue12_eval35_two_word_peoples() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Korrin Dam", missing);
    let people = themes(
        "It passes over the Velmu Korra communities whose land was flooded by the reservoir.",
    );
    assert!(people.contains("indigenous-knowledge"), "{people:?}");
    let place = themes("It passes over the Hong Kong families whose flats were sold.");
    assert!(!place.contains("indigenous-knowledge"), "{place:?}");
}
