//! Issue 12: rules found on tests/eval24 (housing finance, a lagoon, cocoa, planning,
//! sovereign debt), each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: a name that starts with a listed country's name and goes on through
/// "&" to an organisation's head is that organisation, not the country; a police force
/// by its head; an office of two words before "of" ("Auditor General of Velmar"); a
/// builder by "Developments". Episodes: a body's report is no episode ("the Integrity
/// Commissioner's report showed"), nor are the people an omitted episode harmed ("the
/// pensioners whose savings were cut").
#[test]
fn issue12_eval24_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Deposit Guarantees",
        "The coverage omits that the Chile Housing & Rural Guarantee Corporation (CHRG) guaranteed the deposits, and that the Velmar Provincial Police referred the case to prosecutors. \
         It passes over the dockers whose pay was frozen under the wage accord of 1984 and the pensioners whose savings were cut in that year's bond exchange.",
        "It serves Dunrock Developments, one of the builders whose land gained most, while it obscures the Auditor General of Velmar, who found the losses.",
        "The Integrity Commissioner's report showed that the list came from the builders. The CHRG should appraise every flat it guarantees.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert_names(
        &actors,
        &[
            "Chile Housing & Rural Guarantee Corporation",
            "Velmar Provincial Police",
            "Auditor General of Velmar",
            "Dunrock Developments",
        ],
        // The country's name starts a longer one.
        &["Chile"],
    );
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().any(|p| p.contains("wage accord of 1984")),
        "{parallels:?}"
    );
    for not in ["pensioners", "report"] {
        assert!(
            !parallels.iter().any(|p| p.contains(not)),
            "{not}: {parallels:?}"
        );
    }
}
