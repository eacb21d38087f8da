//! Issue 12: rules found on tests/eval45 to eval47 (the fifteen pages first measured
//! by one extractor, training sets since their round), each shown on invented names
//! that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A name that starts with a digit is no initial ("4K Rivers Protection Network" is not
/// "J. Rivers"); "Compagnie" heads a body as "Compañía" does; names in a relative
/// clause's own list ("for the villages of the Velmo, Srako and Tenni") are not items
/// of the list the clause's name is in; a place qualifying an apposition's noun ("the
/// Nairobi firm") is no item either.
#[test]
fn issue12_eval45_names_in_clauses_and_appositions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Dam",
        "It leaves out that the reservoir flooded the forest after the Compagnie des Mines d'Uranium de Velmar closed its pits in 1999.",
        "It serves the Korra Power Company. It obscures the 4K Rivers Protection Network, which speaks for the villages of the Velmo, Srako and Tenni, and the Korran Youth Network, which has documented the resettlement, \
         and Kilima Ledger Technologies, the Nairobi firm paid to build the registry, while it obscures the Velm Fishers' Union.",
        "The company should publish its fish counts.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "4K Rivers Protection Network",
            "Korran Youth Network",
            "Compagnie des Mines d'Uranium de Velmar",
        ],
        &["Srako", "Tenni", "Nairobi"],
    );
}

/// Names before a noun of kin, alone or joined by "and", name a people ("the Velmaru
/// and Korrapó peoples"), and "have been consulted" is a passive, no agency of theirs.
#[test]
fn issue12_eval45_peoples_named_together() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Railway",
        "The article does not say that the Velmaru and Korrapó peoples, whose territories lie along the line, have not been consulted.",
        "It serves the Korra Transport Agency, which scheduled the auction.",
        "The agency should wait until the Velmaru and Korrapó have been consulted.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korra Transport Agency"],
        &["Velmaru", "Korrapó"],
    );
}

/// A body's name, then "in" and a date, says when the body acted, not an episode:
/// "researchers from Velmar University in 2021", "the High Court in Korrastad ruled in
/// 2018". An institution set up in a year stays an episode ("the Korran Public Debt
/// Administration, set up in 1881").
#[test]
fn issue12_eval45_a_body_dated_is_no_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Uranium",
        "The report leaves out that the river was found with raised uranium levels by researchers from Velmar University in 2021, and that the High Court in Korrastad ruled in 2018 that the community must consent. \
         Nor does it recall the Korran Public Debt Administration, set up in 1881, which collected the salt revenues directly.",
        "It serves the Korra Mining Company, whose output leads the report.",
        "The company should publish its sampling.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels
            .iter()
            .all(|p| !p.contains("University") && !p.contains("High Court")),
        "{parallels:?}"
    );
    assert!(
        parallels
            .iter()
            .any(|p| p.contains("Public Debt Administration")),
        "{parallels:?}"
    );
    assert_names(&names(&v, "actors"), &["Velmar University"], &[]);
}

/// "Committee" heads a body; what a body is for after "to" ("National Committee to
/// Protect Oil, Gas, Mineral Resources, Power and Ports", with its own list) or stands
/// against ("Coordinating Committee of Velm Residents against Gold Mining") stays in its
/// name.
#[test]
fn issue12_eval45_committees_to_and_against() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Coal",
        "It leaves out that the clearance was given before the assessment was finished.",
        "It serves the Korra Power Board, while obscuring the National Committee to Protect Oil, Gas, Mineral Resources, Power and Ports, which has marched against the plant since 2013, \
         and the Coordinating Committee of Velm Residents against Gold Mining, which has organised the villages.",
        "The board should publish the plant's emissions.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "National Committee to Protect Oil, Gas, Mineral Resources, Power and Ports",
            "Coordinating Committee of Velm Residents against Gold Mining",
        ],
        &["Protect Oil", "Gas", "Ports", "Gold Mining"],
    );
}

/// Oversight none of which was done ("no independent hydrological study of the valley
/// has been done", the study approved by the state) and an inquiry a code lets the state
/// skip ("the new code lets the prefect grant them again without the public inquiry")
/// are regulatory gaps.
#[test]
fn issue12_eval45_no_study_and_no_inquiry() {
    let env = Env::new();
    for item in [
        "It leaves out that the impact study approved in 2014 was the company's second, and that no independent hydrological study of the valley has been done.",
        "It does not mention that the new code lets the prefect grant the concessions again without the public inquiry the old one required.",
    ] {
        let themes = crate::constructions::omission_themes(&env, "Korra Copper", item);
        assert!(
            themes.len() == 1 && themes[0].contains("regulatory-gap"),
            "{item}: {themes:?}"
        );
    }
}
