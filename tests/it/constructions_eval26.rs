//! Issue 12: rules found on tests/eval26 (an earthquake's amnesties, glove factories,
//! coal mines, golden visas, olive oil), each shown on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: Portuguese "e" joins a name; a municipal chamber is a government; a
/// name goes on after an elided article ("de l'Irrigation"); "Forum" is a head that
/// carries "and" inside the remit; a listed government people come from is a place
/// ("labourers from China"). Episodes: a plural possessive before the head is part of
/// the name ("the dockers' strike of 1911") and stands for "the" before a noun of action
/// ("the spice islands' recruitment of labourers … after 1851"); a mention dated to a
/// whole century needs more than one common word to be a listed episode ("the tally
/// system of the early twentieth century" is no "Bell System break-up").
#[test]
fn issue12_eval26_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Olive Groves",
        "The coverage omits that the Câmara Municipal de Velmar suspended new licences only after the old quarter had emptied. \
         It leaves out the tally system of the early twentieth century, under which estate foremen kept pickers in debt, and the dockers' strike of 1911, when the port stopped for a month. \
         It says nothing of the labourers from China who were recruited in debt.",
        "It serves the Associação dos Profissionais e Empresas de Velmar and the Office National de l'Irrigation, while it obscures the Velmar Forum for Economic and Social Rights, which has counted the deaths.",
        "The spice islands' recruitment of labourers from Velmar after 1851 also tied workers to a debt.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert_names(
        &actors,
        &[
            "Câmara Municipal de Velmar",
            "Associação dos Profissionais e Empresas de Velmar",
            "Office National de l'Irrigation",
            "Velmar Forum for Economic and Social Rights",
        ],
        &["China", "Office National", "Social Rights"],
    );
    let parallels = names(&v, "parallels");
    assert_names(
        &parallels,
        &[
            "dockers' strike of 1911",
            "spice islands' recruitment of labourers from Velmar after 1851",
            "tally system of the early twentieth century",
        ],
        &[],
    );
}

/// A name before a participle and a noun qualifies the noun ("Soviet prefabricated
/// blocks"): no bare mention of an episode another story named with the word.
#[test]
fn issue12_participle_after_a_name_is_no_bare_mention() {
    let env = Env::new();
    let first = layout_b(
        &env,
        "Grain Deals",
        "Nor does it recall the Soviet grain purchases of 1972, when prices doubled.",
        "It serves the Courier Group.",
        "A market can be cornered.",
    );
    let second = layout_b(
        &env,
        "Tower Blocks",
        "The coverage omits that Soviet prefabricated blocks fell in seconds.",
        "It serves the Courier Group.",
        "Blocks built fast fall fast.",
    );
    let v = ingest_and_show(&env, &[&first, &second]);
    let parallels = names(&v, "parallels");
    assert!(parallels.is_empty(), "{parallels:?}");
}

/// Oversight done too little: "fewer than a hundred inspectors" is a regulatory gap.
#[test]
fn issue12_too_few_inspectors_is_a_regulatory_gap() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Inspectors",
        "It leaves out that the labour department has fewer than a hundred inspectors for the whole province.",
    );
    assert!(
        themes.iter().any(|t| t.contains("regulatory-gap")),
        "{themes:?}"
    );
}

/// A listed country is a place, not a government acting, where something goes to it
/// ("steel sold to China"), where it is one of a list after "in" ("plants in China and
/// India"), where its possessive owns a body ("Chile's environmental regulator"), and at
/// the end of a longer name ("National Confederation of Harbour Pilots of Chile", whose
/// head stands before the first "of"); "Survey" and "Confederation" are heads.
#[test]
fn issue12_listed_countries_as_places_and_inside_names() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Harbour Pilots",
        "The coverage omits that the cheap steel was sold to China, that plants in China and India earned the credits, and that Chile's environmental regulator has not set limits.",
        "It serves the Velmar Port Company, while it obscures the National Confederation of Harbour Pilots of Chile and the Anthropological Survey of Velmar, which has asked to be heard.",
        "The pilots should be heard.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert_names(
        &actors,
        &[
            "National Confederation of Harbour Pilots of Chile",
            "Anthropological Survey of Velmar",
        ],
        &["China", "India", "Chile"],
    );
}
