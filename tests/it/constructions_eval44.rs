//! Issue 12: rules found on tests/eval44 (nickel on a lake, wells among orchards, mineral
//! sands through market gardens, dams on a sacred river, a railway across an isthmus),
//! each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A listed company's name written as a common word is that word ("the pear and apple
/// orchards"), and a bare name of the party to an episode minted from "the
/// privatisation of KVO in 1992" names the party when the framing serves it.
#[test]
fn issue12_eval44_common_words_and_parties_to_an_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Wells",
        "The report leaves out that the wells were drilled among the pear and apple orchards of Velm. \
         Nor does it recall the privatisation of KVO in 1992, which sold the state oil company.",
        "It serves KVO, whose chief executive announced the record, and the Energy Secretariat of Korra, which licensed the wells.",
        "KVO should publish its spill records.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["KVO", "Energy Secretariat of Korra"],
        &["Apple"],
    );
    assert_eq!(
        names(&v, "parallels").into_iter().collect::<Vec<_>>(),
        ["privatisation of KVO in 1992"]
    );
}

/// A dated name past "at" after an episode, and the common words that end the
/// episode's phrase, say where and when it was: one episode, not two. An owner's name
/// keeps its small words before the possessive ("the Office du Velm's scheme"). A listed
/// episode's words after "an" are any such episode ("what an oil boom leaves").
#[test]
fn issue12_eval44_where_an_episode_was_and_whose_it_was() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Sands",
        "Nor does it recall the contamination of the Velmi community's water at Loma de la Korra in the 1990s, when families found metals in their children's blood. \
         It also ignores the Office du Velm's irrigation scheme of 1932, which moved farmers onto land along the river.",
        "It serves the Korra Mining Company, whose output leads the report.",
        "A record in tonnes is what an oil boom leaves when it moves on.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert_eq!(parallels.len(), 2, "{parallels:?}");
    assert!(
        parallels
            .iter()
            .any(|p| p.contains("Velmi") && p.contains("Loma de la Korra")),
        "{parallels:?}"
    );
    assert!(
        parallels.iter().any(|p| p.starts_with("Office du Velm")),
        "{parallels:?}"
    );
}

/// A name inside a relative clause is no item of the list its clause's name is in
/// ("COPINH, which led the resistance to Agua Korra, and the FMO"); a relative clause
/// after "the assembly of X" says what the assembly did; French articles join a name
/// ("Lumière Velm pour le Développement").
#[test]
fn issue12_eval44_names_inside_clauses() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Dam",
        "It leaves out that the licences were granted without consultation.",
        "It serves the Korra Energy Board. It obscures the Velm Civic Council (VCC), which led the resistance to Agua Korra, and the Korra Development Finance Company (KDFC), which withdrew its loan, \
         and the communal assembly of Puente Velm, which refused the industrial park, and Lumière Velm pour le Développement (LVD), which has followed the resettled villages.",
        "The board should reopen the licences.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Velm Civic Council",
            "Korra Development Finance Company",
            "Lumière Velm pour le Développement",
        ],
        &["Agua Korra", "Puente Velm", "Développement", "Lumière Velm"],
    );
}
