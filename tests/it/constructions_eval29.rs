//! Issue 12: rules found on tests/eval29 (home insurance, betting sites, student rents,
//! antibiotics in feed, climate visas), each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: a department's own list holds a remit that ends like a body ("…,
/// Local Government and Heritage"); words with no head of their own before "and" join a
/// short name whose head stands before "of" ("Water Safety and Standards Authority of
/// Velmar"); "Foods" and "Commissioners" are heads. Episodes: a name and a date right
/// after an episode, past a preposition, belong to it ("the relocation of the Korrini to
/// Tobi Island in 1945"); a connector of another language inside an episode's name ("the
/// ban on the Jogo do Korrin in 1946").
#[test]
fn issue12_eval29_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Island Visas",
        "Nor does it recall the relocation of the Korrini to Tobi Island in 1945, after their island was mined, or the ban on the Jogo do Korrin in 1946, which pushed a lottery underground.",
        "It serves the Department of Ports, Local Government and Heritage and Korrin Foods, while it obscures the Water Safety and Standards Authority of Velmar, which tests the wells, and the Velmar Salt Commissioners, who sold the land.",
        "The islanders should be heard.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Department of Ports, Local Government and Heritage",
            "Korrin Foods",
            "Water Safety and Standards Authority of Velmar",
            "Velmar Salt Commissioners",
        ],
        &["Water Safety", "Heritage", "Local Government"],
    );
    let parallels = names(&v, "parallels");
    assert_names(
        &parallels,
        &[
            // The place and date say where and when (the eval44 round names them).
            "relocation of the Korrini to Tobi Island in 1945",
            "ban on the Jogo do Korrin in 1946",
        ],
        &["Tobi Island in 1945"],
    );
    assert_eq!(parallels.len(), 2, "{parallels:?}");
}

/// Themes: people up to six words after a verb of omission ("passes over the retirees
/// and low-wage households"); a public body testing in only a few places is oversight
/// done too little, and "a handful of" laboratories is no market held by a few; betting
/// is the gambling of financialisation; waste washed into ponds is released into nature.
#[test]
fn issue12_eval29_themes() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Feed Shops", missing);
    let people = themes("It passes over the retirees and low-wage households in flood zones.");
    assert!(people.contains("marginalised-voices"), "{people:?}");
    let tests = themes("It leaves out that the Food Standards Authority tests meat in only a handful of laboratories.");
    assert!(tests.contains("regulatory-gap"), "{tests:?}");
    assert!(!tests.contains("power-concentration"), "{tests:?}");
    let bets = themes("It does not mention that benefit money goes to betting sites.");
    assert!(bets.contains("financialisation"), "{bets:?}");
    let ponds = themes("It leaves out that the manure is washed into village ponds.");
    assert!(ponds.contains("environmental-cost"), "{ponds:?}");
}
