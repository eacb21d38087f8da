//! Issue 12: rules found on tests/eval38 (a state lithium company, tobacco tenants, a
//! blast furnace, desert canals, chip-plant water), each shown on invented names that no
//! list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A name after "of" completes the noun before it: in "the ejido of Velmora should
/// hold a share" the ejido acts, so the place is no organisation.
#[test]
fn issue12_eval38_a_name_after_of_is_not_the_subject() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Lithium",
        "It passes over the farmers of Velmora, whose land lies over the deposit.",
        "It serves Litkor, the state company whose director is quoted.",
        "Litkor should publish its contract, and the ejido of Velmora should hold a share in any mine on its land.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(&names(&v, "actors"), &["Litkor"], &["Velmora"]);
}

/// "Chamber" ends a body's name as "Council" does ("the Korrin Mining Chamber"), and
/// "the research centre" in apposition makes a single word an organisation.
#[test]
fn issue12_eval38_chambers_and_research_centres() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Concessions",
        "The report leaves out that the concessions were cancelled by decree.",
        "It serves the Korrin Mining Chamber, which welcomed the partnership, while it obscures Velbar, the research centre that has followed the contracts.",
        "The contracts should be published.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Mining Chamber", "Velbar"],
        &[],
    );
}

/// Oversight done by no one is wanting ("targets set by the companies and checked by no
/// one outside them"), and an aboriginal people is an Indigenous one.
#[test]
fn issue12_eval38_checked_by_no_one_and_aboriginal_villages() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Water",
        "It does not mention that the plants' recycling targets are set by the companies and checked by no one outside them. \
         It passes over the aboriginal villages of the upper Velm valley, whose streams feed the reservoirs.",
    );
    assert_eq!(themes.len(), 2, "{themes:?}");
    assert!(themes[0].contains("regulatory-gap"), "{themes:?}");
    assert!(themes[1].contains("indigenous-knowledge"), "{themes:?}");
}

/// A crop bought by a handful is a market held by a few ("two merchants buy most of the
/// crop"); households buying most of their food are no market power.
#[test]
fn issue12_eval38_a_crop_bought_by_a_few() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Leaf",
        "The coverage omits that two merchants buy most of the crop and grade the leaf themselves. \
         It leaves out that households buy most of their food from the same estates.",
    );
    // The households' item has no theme at all, so only the merchants' is listed.
    assert_eq!(themes.len(), 1, "{themes:?}");
    assert!(themes[0].contains("power-concentration"), "{themes:?}");
}

/// "Missing too is the work of children": an item opened by "missing" passes over the
/// people it names, as "it passes over" does.
#[test]
fn issue12_eval38_missing_people_are_passed_over() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Leaf",
        "Missing too is the work of children, who plant, pick and cure the leaf beside their parents.",
    );
    assert_eq!(themes.len(), 1, "{themes:?}");
    assert!(themes[0].contains("marginalised-voices"), "{themes:?}");
}
