//! Issue 12: rules found on tests/eval60 to eval62 (fifteen pages first measured by one
//! extractor, training sets since their round), each shown on invented names that no
//! list holds.

use crate::constructions::{layout_b, omission_themes, with_parallels_lens};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Bodies and not: a "Service" heads a body's name across "and" ("the Velm and Korra
/// Service"); a possessive in an apposition is the noun's owner ("Teenagers, the
/// service's stated audience," names no body); in the parallels lens a page episode's
/// name before a noun is that episode ("The Velmo Bank moratorium showed…" after "the
/// collapse of Velmo Bank in 2020"); the first words of the outlet's own name are the
/// outlet.
#[test]
fn issue12_eval60_services_owners_and_lens_names() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Payments",
        "It also forgets the collapse of Velmo Bank in 2020, when a moratorium on one bank took a payment app offline. \
         Teenagers, the service's stated audience, and their parents are not quoted.",
        "It serves the Velm and Korra Service, which will enforce the rules, while it obscures the Korra Payments Council.",
        "The Korra Payments Council should be heard.",
    );
    with_parallels_lens(
        &page,
        "The Velmo Bank moratorium showed how one failure can stop a payment app.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Velm and Korra Service", "Korra Payments Council"],
        &["Teenagers", "Velmo Bank", "Velm"],
    );
}

/// Themes: people never told that their messages train a model are data consent;
/// families still waiting for what they were promised are voices left out; salaries are
/// labour; how long vendors may keep the data is data consent; a law passed without a
/// vote in the assembly is a regulatory gap.
#[test]
fn issue12_eval60_themes_of_data_promises_and_votes() {
    let env = Env::new();
    for (item, theme) in [
        (
            "The report leaves out that the Velm chatbot is trained on conversations from the portal, and that users were never told their messages would be used for training.",
            "data-consent",
        ),
        (
            "The coverage omits that thousands of families are still waiting for the projects they were promised in Korrastad.",
            "marginalised-voices",
        ),
        (
            "It leaves out that the lecturers' salaries at Velm University have fallen below the poverty line.",
            "labour",
        ),
        (
            "The coverage omits that the Korra law does not say how long the vendors may keep the data.",
            "data-consent",
        ),
        (
            "It does not mention that the Korra law was passed without a vote in the National Assembly.",
            "regulatory-gap",
        ),
    ] {
        let themes = omission_themes(&env, "Korra Data", item);
        assert!(
            themes.len() == 1 && themes[0].contains(theme),
            "{item}: {themes:?}"
        );
    }
}

/// Former states are places like current ones (ISO 3166-3 in the generated gazetteer,
/// and the names English writes for them): "one of the most polluted places in the
/// Soviet Union" names no body, nor does "the mines of Yugoslavia" or "the factories of
/// East Germany"; a body named beside them still is one.
#[test]
fn issue12_former_states_are_places() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Mining",
        "Nor does it recall the Velmo smelter of the 1980s, when the city became one of the most polluted places in the Soviet Union, \
         or the mines of Yugoslavia and the factories of East Germany, whose waste still lines the rivers.",
        "It serves Korra Mining, which owns the tailings dam, while it obscures the Velmo Herders Association.",
        "Korra Mining should publish its tailings data.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korra Mining", "Velmo Herders Association"],
        &["Soviet Union", "Yugoslavia", "East Germany"],
    );
}

/// A country's possessive before "own" and a thing it has is where something is, as
/// without "own": "the Velmo smelter is Chile's own record of what tailings do" names no
/// government acting.
#[test]
fn issue12_a_country_owning_its_own_record_is_no_actor() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Mining",
        "It leaves out that the tailings dam of Korra Mining has leaked twice.",
        "It serves Korra Mining, which owns the tailings dam, while it obscures the Velmo Herders Association.",
        "Korra Mining should publish its tailings data.",
    );
    with_parallels_lens(
        &page,
        "The Velmo smelter is Chile's own record of what tailings do to a river.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korra Mining", "Velmo Herders Association"],
        &["Chile"],
    );
}

/// A programme that spoke in the past is a body, not a policy: "the Velmo Food
/// Programme warned" names a body; "the Korra Housing Programme" that only ran is still
/// no actor.
#[test]
fn issue12_a_programme_that_spoke_is_a_body() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Mining",
        "It leaves out that the Velmo Food Programme warned in 2024 that the herders would go hungry, \
         and that the Korra Housing Programme ran out of money in its second year.",
        "It serves Korra Mining, which owns the tailings dam, while it obscures the Velmo Herders Association.",
        "Korra Mining should publish its tailings data.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korra Mining", "Velmo Food Programme"],
        &["Korra Housing Programme"],
    );
}

/// A country that other evidence keeps as an actor is its government, not an
/// organisation: "the Soviet Union, which bought the ore," listed beside a company.
#[test]
fn issue12_a_country_kept_as_an_actor_is_a_government() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Mining",
        "It leaves out that the tailings dam of Korra Mining has leaked twice.",
        "It serves Korra Mining and the Soviet Union, which bought the ore for decades, while it obscures the Velmo Herders Association.",
        "Korra Mining should publish its tailings data.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let kind = |name: &str| {
        v["actors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == name)
            .map(|a| a["kind"].as_str().unwrap().to_owned())
    };
    assert_eq!(kind("Soviet Union").as_deref(), Some("government"), "{v:#}");
    assert!(kind("Korra Mining").is_some_and(|k| k != "government"));
}
