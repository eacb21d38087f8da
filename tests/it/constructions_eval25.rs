//! Issue 12: rules found on tests/eval25 (treated water, pension funds, rail
//! concessions, a flood barrier, corn), each shown on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Names in Romance languages: the head first ("Contraloría General de Velmar"), an
/// article that begins the name ("La Hermandad"), a remit in lower case ("Tribunale dei
/// ricorsi"), three connectors ("del Río y de la Vida"), and a head first after "and"
/// that is a second name ("… and Banco de Velmar"). A country after "in" is a place.
/// Episodes: a capitalised small word after "the" is a name ("the Only rail disaster"),
/// a month before a year dates ("the flood of March 1911"), and a name's possessive
/// stands for "the" before a noun of action ("Velmaria's seizure of its water utilities").
#[test]
fn issue12_eval25_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Harbour Concessions",
        "The coverage omits that the Contraloría General de Velmar found the investment was never made, and that the Tribunale dei ricorsi has warned about the hinges. \
         It leaves out the Only rail disaster of 1988, when a train with failing brakes killed forty people, and Velmaria's seizure of its private water utilities in 1999, when the state took the reserves. \
         It passes over the fishing families whose buyers in China stopped ordering.",
        "It serves the Secretaría de Puertos, which wrote the tender, while obscuring La Hermandad, the dockers' union that has warned about the cranes, and the Comisión Nacional en Defensa del Río y de la Vida, which has gone to court.",
        "The flood of March 1911 showed what a harbour wall is for. The Bank for Harbour Settlements and Banco de Velmar should publish the loans.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert_names(
        &actors,
        &[
            "Contraloría General de Velmar",
            "Secretaría de Puertos",
            "La Hermandad",
            "Comisión Nacional en Defensa del Río y de la Vida",
            "Banco de Velmar",
            "Bank for Harbour Settlements",
        ],
        &["Hermandad", "Banco", "China"],
    );
    assert!(
        actors
            .iter()
            .any(|a| a.to_lowercase() == "tribunale dei ricorsi"),
        "{actors:?}"
    );
    let parallels = names(&v, "parallels");
    assert_names(
        &parallels,
        &[
            "Only rail disaster of 1988",
            "flood of March 1911",
            "Velmaria's seizure of its private water utilities in 1999",
        ],
        &[],
    );
}

/// Themes: a cue word inside an organisation's name is part of the name ("the Harwick
/// Federation of Fishing Cooperative Associations" is no cooperative alternative); a
/// contract held without a tender by a firm that paid officials is a regulatory gap.
#[test]
fn issue12_cue_inside_a_name_and_officials_paid() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Harbour Promise",
        "It does not mention that the Harwick Federation of Fishing Cooperative Associations was promised in writing that nothing would be dredged. \
         It leaves out that the consortium held the contract without a tender for twenty years and paid bribes to officials.",
    );
    assert!(
        !themes.iter().any(|t| t.contains("open-source-commons")),
        "a cue inside a name: {themes:?}"
    );
    assert!(
        themes.iter().any(|t| t.contains("regulatory-gap")),
        "{themes:?}"
    );
}
