//! Issue 12: rules found on tests/eval48 to eval50 (fifteen pages first measured by one
//! extractor, training sets since their round), each shown on invented names that no
//! list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Long names with "and" or a Romance list inside them stay whole: remits before "and"
/// that end companies' names under a public body's head ("Regional Energy and Mines
/// Directorate of Korrastad"), a "Body" and an "Establishment" as heads, "a la" and "y
/// el" as connectors, a serial list closed by "y" ("… de la Tierra, Lago y Soberanía").
#[test]
fn issue12_eval48_long_names_stay_whole() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Gold",
        "It leaves out that the inquiry's findings were never published in full.",
        "It serves the Regional Energy and Mines Directorate of Korrastad, which renewed the licence, and the Velm Protection and Mining Inspection Body, which signed off on the plan, \
         and the Water Establishment of Korrastad and Mount Velm, which would distribute the water, while it obscures the Frente Velm de Oposición a la Minería, \
         the Comité para la Defensa del Agua y el Páramo de Velm and the Consejo Velmeño en Defensa de la Tierra, Lago y Soberanía.",
        "The directorate should publish the findings.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Regional Energy and Mines Directorate of Korrastad",
            "Velm Protection and Mining Inspection Body",
            "Water Establishment of Korrastad and Mount Velm",
            "Frente Velm de Oposición a la Minería",
            "Comité para la Defensa del Agua y el Páramo de Velm",
            "Consejo Velmeño en Defensa de la Tierra, Lago y Soberanía",
        ],
        &[
            "Regional Energy",
            "Mount Velm",
            "Lago y Soberanía",
            "Páramo de Velm",
        ],
    );
}

/// A verb between a name and its date says what was done then ("a court in Korrastad
/// upheld in 2019", an irregular past): no episode.
#[test]
fn issue12_eval48_a_verb_before_the_date_is_no_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Dam",
        "There is no word on the permit, which a court in Korrastad upheld in 2019 although the expert said he had not signed it. \
         Nor does it recall the Velm dam of 1982, built to power a smelter.",
        "It serves the Korra Hydro Company, the developer.",
        "The company should publish its flows.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().all(|p| !p.contains("Korrastad")),
        "{parallels:?}"
    );
    assert!(
        parallels.iter().any(|p| p.contains("Velm dam")),
        "{parallels:?}"
    );
}

/// Oversight wanting, in three more forms: "without" five words before the oversight
/// ("without a new environmental impact study", the state in the clause), none done four
/// words after "no" ("no public body has checked the company's compliance reports"), and
/// a law's provisions that let ("Law 840's provisions that let the state expropriate").
#[test]
fn issue12_eval48_oversight_further_away() {
    let env = Env::new();
    for item in [
        "It leaves out that the bill would let a state company contract private operators without a new environmental impact study.",
        "It does not mention that the plan promised irrigated plots, and that no public body has checked the company's compliance reports since the sale.",
        "Left out of the report: the repeal leaves in place Law 840's provisions that let the state expropriate land along the route.",
    ] {
        let themes = crate::constructions::omission_themes(&env, "Korra Mine", item);
        assert!(
            themes.len() == 1 && themes[0].contains("regulatory-gap"),
            "{item}: {themes:?}"
        );
    }
}

/// A person's possessive right before an episode's head ends its name: "Nor does it
/// recall Jon Velmar's seizure of Korra in 1856" names "Jon Velmar's seizure of Korra in
/// 1856", not "recall Jon Velmar's seizure…".
#[test]
fn issue12_eval48_a_possessive_name_ends_an_episode_name() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Canal",
        "Nor does it recall Jon Velmar's seizure of Korra in 1856, when an adventurer made himself president.",
        "It serves the Korra Canal Company, the concession holder.",
        "The company should publish its terms.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.contains("Jon Velmar's seizure of Korra in 1856"),
        "{parallels:?}"
    );
}

/// A body's head before "on" is its head, as before "of": "the Inter-Velmar Commission on
/// Human Rights noted in 2016" names a public body.
#[test]
fn issue12_eval48_a_head_before_on() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Canal",
        "There is no word on the Velmi communities of the coast, who were never consulted, as the Inter-Velmar Commission on Human Rights noted in 2016.",
        "It serves the Korra Canal Company, the concession holder.",
        "The company should publish its terms.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Inter-Velmar Commission on Human Rights"],
        &[],
    );
}

/// An apposition describes a body through a plural possessive ("Stop Korra Expansion,
/// the residents' campaign that has fought the runway") and as an initiative of people
/// ("Save Velmara, the civic initiative that led the herders' camp").
#[test]
fn issue12_eval48_campaigns_described_in_apposition() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Runway",
        "It leaves out that the plan was approved without a public hearing.",
        "It serves the Korra Airport Company, while it obscures Stop Korra Expansion, the residents' campaign that has fought the runway for twenty years, \
         and Save Velmara, the civic initiative that led the herders' camp.",
        "The company should publish its noise maps.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Stop Korra Expansion", "Save Velmara"],
        &[],
    );
}
