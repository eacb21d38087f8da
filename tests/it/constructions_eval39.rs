//! Issue 12: rules found on tests/eval39 (nickel on an island, cane leases, a coffee
//! auction, an iron ore mine, a fast-tracked gold mine), each shown on invented names
//! that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A remit after "for" joined by "and" stays in the name when the head stands earlier
/// than the word before "for" ("the Network Movement for Justice and Development").
#[test]
fn issue12_eval39_a_remit_after_an_earlier_head() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Iron",
        "The report is silent on the workers laid off when the mine closed.",
        "It obscures the Network Velm for Justice and Development, which has recorded the villages' complaints since 2012.",
        "The wages should be paid.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Network Velm for Justice and Development"],
        &["Development", "Network Velm for Justice"],
    );
}

/// Oversight not done is wanting, as oversight never done is: "the tailings, which the
/// agency has not inspected since the restart", "accounts that have not been audited".
#[test]
fn issue12_eval39_oversight_not_done() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Tailings",
        "There is no word on the tailings, which the agency has not inspected since the restart. \
         It leaves out that the fund's accounts have not been audited in four years.",
    );
    assert_eq!(themes.len(), 2, "{themes:?}");
    assert!(
        themes.iter().all(|t| t.contains("regulatory-gap")),
        "{themes:?}"
    );
}

/// A mention in common words dated by the very year of an episode named on the page is
/// that episode ("The expiry of the first leases in 1997 showed…" after "the expiry of
/// the first leases under the Velm Tenancy Act in 1997").
#[test]
fn issue12_eval39_common_words_dated_as_an_episode_of_the_page() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Cane",
        "Nor does it recall the expiry of the first leases under the Velm Tenancy Act in 1997, when thousands of cane families left their farms.",
        "It serves the Korrin Sugar Corporation, whose figures are the headline.",
        "The expiry of the first leases in 1997 showed how quickly a cane belt empties when tenure ends.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert_eq!(parallels.len(), 1, "{parallels:?}");
}

/// A capitalised name's possessive before a dated phrase is part of the episode ("the
/// Velm Cross mine's tailings dam, found creeping downhill in 1995"), where a lower-case
/// owner's is what someone owns ("the authority's management rights in the 1990s").
#[test]
fn issue12_eval39_a_named_owner_of_a_dated_phrase() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Gold",
        "Nor does it recall the Velm Cross mine's tailings dam, found creeping downhill in 1995 and made safe at the public's cost.",
        "It serves the Korrin Gold Company, whose jobs estimate is the headline.",
        "The tunnels should be bonded.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels
            .iter()
            .any(|p| p.contains("Velm Cross") && p.contains("tailings dam")),
        "{parallels:?}"
    );
}

/// A name whose relative clause opens on a people's land ("the Velm Mangor Tagal, whose
/// ancestral domain claim covers the concession") is a people, not an organisation.
#[test]
fn issue12_eval39_a_people_by_its_ancestral_land() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Nickel",
        "The piece passes over the Velm Mangor Tagal, whose ancestral domain claim covers part of the concession and who were never asked for their consent.",
        "It serves the Korrin Nickel Corporation, whose shipment figures lead the report.",
        "The shipments should stop.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Nickel Corporation"],
        &["Velm Mangor Tagal"],
    );
}

/// A country acting in a clause of the past stands for its government ("when Portugal
/// closed its mines", "as Chile withdrew"); a country that will do something, or is where
/// something was done, stays a place.
#[test]
fn issue12_eval39_a_country_acting_in_the_past_is_a_government() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Coal",
        "Nor does it recall the pit closures of 1986, when Portugal closed its mines with no plan for the towns, as Chile withdrew its offer. \
         It leaves out that the coal would be shipped to Norway, so that Peru will no longer buy it.",
        "It serves the Korrin Coal Board, whose figures are quoted.",
        "The towns should be funded.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Portugal", "Chile"],
        &["Norway", "Peru"],
    );
}

/// What the public is not told is a regulatory gap: "the authority's release schedules
/// have never been published", "terms that were not made public"; "public money" is not.
#[test]
fn issue12_eval39_what_is_not_disclosed() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Dam",
        "It leaves out that the authority's release schedules have never been published. \
         It does not say that the case was settled out of court, with terms that were not made public. \
         The report omits that the dam cost more public money than the budget allowed.",
    );
    let gaps = themes
        .iter()
        .filter(|t| t.contains("regulatory-gap"))
        .count();
    assert_eq!(gaps, 2, "{themes:?}");
}

/// A rule that lets the harm happen is a regulatory gap: "state law lets a private
/// buyer add the full purchase price to its rate base".
#[test]
fn issue12_eval39_a_law_that_lets() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Water Sale",
        "The article leaves out that state law lets a private buyer add the full purchase price to its rate base.",
    );
    assert_eq!(themes.len(), 1, "{themes:?}");
    assert!(themes[0].contains("regulatory-gap"), "{themes:?}");
}

/// Oversight done by the party itself is wanting ("a claim that the operator tested
/// mostly in its own laboratories"), as is oversight that has never been done ("the
/// accounts have never been audited").
#[test]
fn issue12_eval39_oversight_by_the_party_itself() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Canisters",
        "The coverage omits that the safety case rests on canisters that the operator tested mostly in its own laboratories. \
         It leaves out that the fund's accounts have never been audited.",
    );
    assert_eq!(themes.len(), 2, "{themes:?}");
    assert!(
        themes.iter().all(|t| t.contains("regulatory-gap")),
        "{themes:?}"
    );
}
