//! Issue 12: rules found on tests/eval37 (a garment trade, blackouts and a dam, a crude
//! oil pipeline, a rent cap, bauxite at a forest's edge), each shown on invented names
//! that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A participle's clause dates the name before it through "in the" and a decade ("the
/// Velm dams on the Korrin, built in the 1970s and 1980s").
#[test]
fn issue12_eval37_participle_dated_by_a_decade() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Blackouts",
        "Nor does it recall the Velm dams on the Korrin, built in the 1970s and running at a fraction of their capacity ever since.",
        "It serves the state utility.",
        "The turbines should be inspected.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(&names(&v, "parallels"), &["Velm dams on the Korrin"], &[]);
}

/// A country's possessive before a named body it owns makes the country no actor
/// ("Korrin's Export-Import Bank" is the bank's name); a listed collective at the start
/// of a longer name through "of the" is part of it ("the Central Bank of the Republic of
/// Korrin").
#[test]
fn issue12_eval37_owned_bodies_and_names_through_of_the() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Loans",
        "The coverage omits that the plant was financed by loans from China's Export-Import Bank, repaid in oil.",
        "It serves the Central Bank of the Republic of Korrin, whose forecast is quoted.",
        "The loans should be published.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Central Bank of the Republic of Korrin",
            "Export-Import Bank",
        ],
        &["China", "Central banks"],
    );
}

/// "Division" and "Consortium" end a body's name as "Agency" and "Coalition" do ("the
/// Mines and Quarries Division", "the Worker Safety Consortium" — not the listed
/// collective "workers").
#[test]
fn issue12_eval37_division_and_consortium_heads() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Bauxite",
        "The coverage omits that the forest supplies the island's water.",
        "It serves the Korrin Mines and Quarries Division, which recommended the lease, while it obscures the Worker Safety Consortium, whose investigation found the abuses.",
        "The lease should be reviewed.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Korrin Mines and Quarries Division",
            "Worker Safety Consortium",
        ],
        &["Quarries Division", "Korrin Mines"],
    );
}
