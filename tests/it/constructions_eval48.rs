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
        &["Regional Energy", "Mount Velm", "Lago y Soberanía", "Páramo de Velm"],
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
    assert!(parallels.iter().any(|p| p.contains("Velm dam")), "{parallels:?}");
}
