//! Issue 12: rules found on tests/eval23 (public finance, care, drug prices, a stadium),
//! each shown on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: the object of a verb of benefit past "the" ("serves the Dunmore
/// Cardinals"); a name the scorer surely takes for no episode ("the Harwell Fiscal
/// Project, which has published…"); a group of people as a possessor inside a name; two
/// connectors ("por la"); a two-word apposition ("the think tank"); a finite verb after
/// "which". And what is not one: the remit of another body ("Brevecare" of the "Centre for
/// Brevecare Services"). A court case by its parties is an episode, and its apposition
/// ("the 1998 ruling") the same episode; so is a dated phrase a name owns ("Dorvia's
/// switch to the franc in 1962").
#[test]
fn issue12_eval23_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Arena Deal",
        "The coverage omits who repays the bonds. Nor does it recall Brandt v. City of Orlem, the 1998 ruling that let a city take homes for a developer.",
        "It serves the Dunmore Cardinals, who will own the arena, and the Centre for Brevecare Services (CBS), while it obscures the Harwell Fiscal Project, which has published the tax's cost, the Teller Women's Movement, which represents the cleaners, the Comité Vecinal por la Vivienda, which speaks for the tenants, and Ostrand, the think tank whose economists wrote the plan.",
        "Dorvia's switch to the franc in 1962 came after its banks had failed. The CBS should set the price for Brevecare, and the county should publish the schedule.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert_names(
        &actors,
        &[
            "Dunmore Cardinals",
            "Centre for Brevecare Services",
            "Harwell Fiscal Project",
            "Teller Women's Movement",
            "Comité Vecinal por la Vivienda",
            "Ostrand",
        ],
        &["Brevecare", "Movement", "Vivienda"],
    );
    let parallels = names(&v, "parallels");
    assert!(
        parallels.contains("Brandt v. City of Orlem"),
        "{parallels:?}"
    );
    assert!(
        parallels.contains("Dorvia's switch to the franc in 1962"),
        "a name's possessive stands for \"the\": {parallels:?}"
    );
    assert!(
        !parallels.iter().any(|p| p.contains("ruling")),
        "the apposition is the case itself: {parallels:?}"
    );
}

/// Themes, from the training sets' most frequent miss: approving is the state's act, so
/// an approval without a review is a regulatory gap with no public body named; so is
/// an approval given before the review.
#[test]
fn issue12_approval_without_review_is_a_regulatory_gap() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Tailings Approved",
        "The report omits that the tailings dam's design was approved without an independent review. \
         It leaves out that the leases were granted by the district councils before anyone reviewed their effect on the bay.",
    );
    assert_eq!(themes.len(), 2, "{themes:?}");
    assert!(
        themes.iter().all(|t| t.contains("regulatory-gap")),
        "{themes:?}"
    );
}
