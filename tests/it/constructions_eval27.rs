//! Issue 12: rules found on tests/eval27 (water buybacks, Dharavi, chlordecone, water
//! rights after a fire, a coal mine and the Wayuu), each shown on invented names that
//! no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: a department's own list goes on through "the" ("Department of
/// Harbours, Fisheries, the Coast and Islands"); French "et" joins a name ("… de l'Eau
/// et de la Forêt"); "Electric" is a company's head; a word written with a leading
/// ʻokina is capitalised and Hawaiian "o" joins a name ("Nā Kiaʻi o Korrin", a group by
/// apposition, not the place); the part of a name after a connector, used alone, is that
/// name ("Ngāti Korrin" for "Te Kaunihera o Ngāti Korrin").
#[test]
fn issue12_eval27_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Harbour Dredging",
        "The coverage omits that Korrin Electric kept its lines live during the storm.",
        "It serves the Department of Harbours, Fisheries, the Coast and Islands and the Association Civique de Défense de l'Eau et de la Forêt, while it obscures Nā ʻOhana o Korrin, a cultural group whose members mapped the reefs, and Te Kaunihera o Ngāti Korrin, whose waters the harbour sits in.",
        "Ngāti Korrin should hold a veto over the dredging.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert_names(
        &actors,
        &[
            "Department of Harbours, Fisheries, the Coast and Islands",
            "Association Civique de Défense de l'Eau et de la Forêt",
            "Korrin Electric",
            "Nā ʻOhana o Korrin",
            "Te Kaunihera o Ngāti Korrin",
        ],
        &[
            "Department of Harbours",
            "Fisheries",
            "Islands",
            "Korrin",
            "Ngāti Korrin",
        ],
    );
}

/// Themes: people who are themselves what the coverage passes over are marginalised
/// voices ("It passes over the Korrin people"), not when the object is a fact ("omits
/// that the farmworkers…"); oversight never done is a regulatory gap whoever was to do
/// it ("were never audited"); so is a special exemption.
#[test]
fn issue12_people_passed_over_oversight_never_done_and_exemptions() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Dredging",
        "It passes over the families of the upper valley, who hold no licence. \
         It leaves out that the dredging works were never audited for what they returned to the bay. \
         It does not mention that the compound was kept in use for three more years by special exemption.",
    );
    assert!(themes[0].contains("marginalised-voices"), "{themes:?}");
    assert!(themes[1].contains("regulatory-gap"), "{themes:?}");
    assert!(themes[2].contains("regulatory-gap"), "{themes:?}");
}

/// A place a body is named after is the place: "readers in Lagos" are no short form of
/// "the Lagos Harbour Herald" (as "Dominion" is of "Dominion Energy").
#[test]
fn issue12_a_place_is_no_short_form_of_the_body_named_after_it() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Harbour News",
        "The coverage omits that the harbour was never audited.",
        "It serves the Lagos Harbour Herald, which is read by officials in Lagos.",
        "The harbour should be audited.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let herald = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Lagos Harbour Herald")
        .unwrap_or_else(|| panic!("{:?}", names(&v, "actors")));
    let aliases: Vec<&str> = herald["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    assert!(!aliases.contains(&"Lagos"), "{aliases:?}");
}
