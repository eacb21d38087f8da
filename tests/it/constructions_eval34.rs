//! Issue 12: rules found on tests/eval34 (car-gas prices, bread subsidies, rebuilding
//! after an earthquake, golden visas, a lignite mine), each shown on invented names that
//! no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
use crate::env::Env;

/// After a head and "for", remits joined by "and" go on through "of" when the second
/// has no head of its own ("Korrin Office for Safety and Care of Rivers"); a second
/// body with a head stays apart ("the Velm Commission for Ports and the Bank of Velm").
#[test]
fn issue12_eval34_remits_joined_through_of() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Rivers",
        "The coverage omits that the rivers ran dry.",
        "It obscures the Korrin Office for Safety and Care of Rivers, whose inquiry was never published, and the Velm Commission for Ports and Bank of Velm, which lent the money.",
        "The rivers should be measured.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Office for Safety and Care of Rivers"],
        &[
            "Korrin Office for Safety",
            "Care of Rivers",
            "Velm Commission for Ports and Bank of Velm",
        ],
    );
}

/// A head noun of episodes ("trade") at the end of a body's remit is no episode that
/// takes the body's name: "the Ministry of Supply and Foreign Trade" is a ministry.
#[test]
fn issue12_eval34_episode_head_inside_a_remit() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Bread",
        "The coverage omits that the loaf's price rose fourfold.",
        "It serves the Ministry of Supply and Foreign Trade, which set the new price.",
        "The bakers should be paid more.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Ministry of Supply and Foreign Trade"],
        &[],
    );
    assert!(names(&v, "parallels").is_empty(), "{v}");
}

/// A listed actor at the end of a body's name through "of the" is part of that name:
/// "the Korrin Council of the European Union" is one body, and no mention of the Union.
#[test]
fn issue12_eval34_listed_actor_ends_a_name_through_of_the() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Mine",
        "The coverage omits that the Korrin Council of the European Union ordered the mining stopped in 2021.",
        "It serves the mine's owner.",
        "The mine should be closed.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Council of the European Union"],
        &["European Union"],
    );
}

/// A span of years right after an episode dates it from the last year its sentence
/// named ("the Velm protests twelve years later", after an earthquake of 1960).
#[test]
fn issue12_eval34_relative_date() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Rebuilding",
        "It also ignores the Korrin earthquake of 1960, whose slow reconstruction fed the anger of the Velm protests twelve years later.",
        "It serves the agency.",
        "The villages should be rebuilt in earth.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(&names(&v, "parallels"), &["Velm protests"], &[]);
}

/// Themes: people named by their work, as a noun of agent, passed over by an omission
/// verb are marginalised voices ("It says nothing of the bakers").
#[test]
fn issue12_eval34_agents_passed_over() {
    let env = Env::new();
    let themes = all_themes(
        &env,
        "Korrin Bread",
        "It says nothing of the bakers, who are paid a fixed fee per sack of flour.",
    );
    assert!(themes.contains("marginalised-voices"), "{themes:?}");
}

/// Themes: oversight skipped may stand four words after "without" ("extended without the
/// full environmental assessment that the law requires").
#[test]
fn issue12_eval34_oversight_four_words_after_without() {
    let env = Env::new();
    let themes = all_themes(
        &env,
        "Korrin Mine",
        "It does not mention that the licence was extended without the full environmental assessment that the law requires.",
    );
    assert!(themes.contains("regulatory-gap"), "{themes:?}");
}

/// Themes: a rule that does not reach what the item names is a regulatory gap ("let to
/// tourists, which the programme does not forbid"; "no right to a renewal under the
/// law"); a firm that does not forbid something is none.
#[test]
fn issue12_eval34_rules_silent() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Korrin Flats", missing);
    let programme = themes(
        "It leaves out that the flats were let to tourists, which the programme does not forbid.",
    );
    assert!(programme.contains("regulatory-gap"), "{programme:?}");
    let renewal = themes(
        "It says nothing of the families evicted, who have no right to a renewal under Korrin law.",
    );
    assert!(renewal.contains("regulatory-gap"), "{renewal:?}");
    let firm = themes(
        "It leaves out that the flats were let to tourists, which the owners do not forbid.",
    );
    assert!(!firm.contains("regulatory-gap"), "{firm:?}");
}
