//! Issue 12: rules found on tests/eval36 (a refinery, a port beside a reserve, an
//! arbitration over a mine, a seabed licensing round, a coal mine on native title land),
//! each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A plural in -men is people, and its possessive goes on into a name as other plural
/// possessives do ("the Korrin Fishermen's Association"), where a place's does not.
#[test]
fn issue12_eval36_plural_in_men_possessive() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Seabed",
        "The coverage omits that the fishermen were not consulted.",
        "It obscures the Korrin Fishermen's Association, whose members fish above the blocks.",
        "The fishermen should be heard.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Fishermen's Association"],
        &["Korrin Fishermen", "Association"],
    );
}

/// A body's own affair, undated, is no episode ("the Korrin Water Council's licence
/// case should be heard"), and the body named alone elsewhere stays an actor.
#[test]
fn issue12_eval36_a_bodys_own_case_is_no_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Springs",
        "The coverage omits that the springs may fail.",
        "It obscures the Korrin Water Council, which has challenged the water licence.",
        "The Korrin Water Council's licence case should be heard before any expansion.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert!(names(&v, "parallels").is_empty(), "{v}");
    assert_names(&names(&v, "actors"), &["Korrin Water Council"], &[]);
}

/// "Resources" ends a company's name as "Holdings" does ("Velmora Mining and Resources",
/// "Dastra Resources").
#[test]
fn issue12_eval36_resources_heads_a_company() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Coal",
        "The coverage omits that Dastra Resources asked for four billion dollars.",
        "It serves Velmora Mining and Resources, the company that owns the mine.",
        "The mine should pay for the water.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Velmora Mining and Resources", "Dastra Resources"],
        &["Velmora Mining", "Resources"],
    );
}

/// An apposition of common words right after an episode describes it and is no episode
/// of its own ("the Korrin Bravo blowout of 1977, the first major spill in the Velm
/// Sea").
#[test]
fn issue12_eval36_apposition_describes_an_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Seabed",
        "Nor does it recall the Korrin Bravo blowout of 1977, the first major spill in the Velm Sea, which taught the rules.",
        "It serves the mining company.",
        "The seabed should be studied first.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let found = names(&v, "parallels");
    assert_eq!(found.len(), 1, "{found:?}");
}
