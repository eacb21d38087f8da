//! Issue 12: rules found on tests/eval41 (sinking neighbourhoods, a canal, coal in the
//! mountains, a dam on Indigenous land, a bridge over a strait), each shown on invented
//! names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A single word that ends another body's name after a connector is that body's remit
/// only when its own evidence is weak: "Velco" acts and is served on its own beside
/// "the Unified Movement of the Victims of Velco".
#[test]
fn issue12_eval41_a_company_named_in_another_bodys_name() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Salt",
        "The report leaves out that five neighbourhoods sank because Velco hollowed out salt caverns beneath them for four decades.",
        "It serves Velco, whose statement is the report's first paragraph, and the Korrin City Council, which signed the agreement, while it obscures the Unified Movement of the Victims of Velco, the residents' movement that has counted the people still waiting.",
        "The caverns should be inspected.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Velco",
            "Korrin City Council",
            "Unified Movement of the Victims of Velco",
        ],
        &[],
    );
}

/// A mountain range and a lagoon are places ("the ranchers of the Velm Range", "the
/// Korrin lagoon"), and a place's head alone is its short form ("the Strait's faults").
#[test]
fn issue12_eval41_ranges_lagoons_and_a_straits_short_form() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Coal",
        "It does not mention the ranchers of the Velm Range, whose water licences are fully allocated, or the fishing families of the Korrin lagoon.",
        "It serves the Korrin Energy Regulator, which will rule on the applications.",
        "The Velm earthquake of 1908 showed what the Strait's faults can do, and the Strait's promise has been broken before.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Energy Regulator"],
        &["Velm Range", "Strait"],
    );
}

/// A listed collective after "on" in a body's name is part of the name: "the National
/// Commission on Indigenous Peoples (NCIP)", not the collective "Indigenous peoples".
#[test]
fn issue12_eval41_a_collective_after_on_in_a_name() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Dam",
        "Left out of the report: the reservoir would flood the ancestral land of the Velm villages.",
        "It obscures the Korrin Commission on Indigenous Peoples (KCIP), whose certificate of consent the villages contest.",
        "The KCIP should let the villages choose who speaks for them.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Commission on Indigenous Peoples"],
        &[],
    );
}

/// "begun" is a participle of the past: its clause dates the name before it ("the Velm
/// motorway, begun in 1962 and finished only in 2017").
#[test]
fn issue12_eval41_begun_dates_a_participle_clause() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Bridge",
        "Nor does it recall the Velm-Korrin motorway, begun in 1962 and finished only in 2017.",
        "It serves the Korrin Bridge Company, whose chief executive gives the timetable.",
        "The contract should be tendered again.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().any(|p| p.contains("motorway")),
        "{parallels:?}"
    );
}

/// Awarding a contract is the state's act, as approving is: a contract "awarded in 2006
/// and revived without a new tender" is a regulatory gap.
#[test]
fn issue12_eval41_a_contract_awarded_without_a_tender() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Bridge",
        "It leaves out that the contract awarded in 2006 was revived without a new tender, although the cost has doubled.",
    );
    assert_eq!(themes.len(), 1, "{themes:?}");
    assert!(themes[0].contains("regulatory-gap"), "{themes:?}");
}

/// A country's possessive before a thing it has names a place ("India's sea lanes"),
/// where one before an act ("its decision", "its seizure") may still be the country
/// acting.
#[test]
fn issue12_eval41_a_countrys_thing_is_no_act() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Spectrum",
        "The coverage omits that the port was presented as a way to secure India's sea lanes.",
        "It serves the Korrin Spectrum Authority, whose figures are quoted.",
        "The spectrum should be shared.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Spectrum Authority"],
        &["India"],
    );
}

/// A single word that the page also names as a place with a geographic head is that
/// place's short form: "the Velmor's headwaters" beside "the Velmor River".
#[test]
fn issue12_eval41_a_rivers_short_form() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Coal",
        "It leaves out that the towns drink the Velmor River's water, and that the mine sits on the Velmor's headwaters, whose streams the Velmor's trout need.",
        "It serves the Korrin Energy Regulator, which will rule on the applications.",
        "No mine should be approved on the Velmor's headwaters.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Energy Regulator"],
        &["Velmor", "Velmor River"],
    );
}

/// A country that starts a body's name joined by "and" is part of the name: "China
/// Road and Bridge Corporation (CRBC)", not China acting; "China and India" stay two.
#[test]
fn issue12_eval41_a_country_starting_a_name_joined_by_and() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Canal",
        "The article does not say that no study of the canal's effect downstream has been shared.",
        "It serves China Road and Velm Corporation (CRVC), which is to build the canal.",
        "CRVC should publish its environmental study.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["China Road and Velm Corporation"],
        &["China"],
    );
}

/// A country that is the subject of a relative clause without its pronoun acts too:
/// "the development loans Portugal had offered for other projects".
#[test]
fn issue12_eval41_a_country_in_a_reduced_relative_clause() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Dam Loan",
        "The report is silent on the loan: the dam is financed at a higher rate than the development loans Portugal had offered for other water projects.",
        "It serves the Korrin Water Board, whose administrator announced the breakthrough.",
        "The works should be suspended.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(&names(&v, "actors"), &["Portugal"], &[]);
}

/// A dated name before a verb of rule-making in the present is a rule in force, not an
/// episode: "as the Velm Agreement of 1995 expects"; the same name recalled with a past
/// clause stays one.
#[test]
fn issue12_eval41_a_rule_in_force_is_no_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Canal",
        "The article does not say that no study of the canal's effect downstream has been shared with the basin's other countries, as the Velm Agreement of 1995 expects. \
         Nor does it recall the Korra Canal, abandoned in 1984 after war stopped the digging.",
        "It serves the Korrin Works Ministry, whose minister is quoted.",
        "The study should be published.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        !parallels.iter().any(|p| p.contains("Velm Agreement")),
        "{parallels:?}"
    );
    assert!(
        parallels.iter().any(|p| p.contains("Korra Canal")),
        "{parallels:?}"
    );
}
