//! Issue 12: rules found on tests/eval35 (a grid concession, cotton clusters, a revived
//! dam, data centres on a grid, a binational dam), each shown on invented names that no
//! list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
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

/// A list goes on after a relative clause that describes one of its names ("It serves
/// the Korrin Agency, whose figures are quoted, and Velmora Agro, one of…"): the next
/// name is as much an object of "serves"; a name inside the clause is not, nor is one
/// cut short before a noun for people ("the Velmu people") or at "in" ("Host in Velm").
#[test]
fn issue12_eval35_lists_across_relative_clauses() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Cotton",
        "The coverage omits that the farmers lost their leases.",
        "It serves the Korrin Farm Agency, whose monitors certified the harvest, and Velmora Agro, one of the clusters that control the crop, while it obscures the Korrin Water Board, which measured the fish kills on the Dastra river, and the Velmu people of the valley, and Host in Velm, the industry group.",
        "The clusters' contracts should be public.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Velmora Agro", "Korrin Farm Agency", "Korrin Water Board"],
        &["Velmu", "Dastra", "Host"],
    );
}

/// A participle's clause after a comma dates the name before it however many words
/// stand before its date ("the Korrin dam, shared with Velm and finished in 1994"; "the
/// Velm Debt Administration, set up in 1881"), which makes the name an episode, and no
/// actor.
#[test]
fn issue12_eval35_participle_clause_dates_a_name() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Grid",
        "Nor does it recall the Korrin dam, shared with Velm and finished in 1994, or the Velm Debt Administration, set up in 1881, under which creditors collected the salt revenues.",
        "It serves the grid company.",
        "The grid should stay public.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "parallels"),
        &["Korrin dam", "Velm Debt Administration"],
        &[],
    );
    assert_names(&names(&v, "actors"), &[], &["Velm Debt Administration"]);
}
