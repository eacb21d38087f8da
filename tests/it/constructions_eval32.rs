//! Issue 12: rules found on tests/eval32 (rice tariffs, an Arctic road, cane smoke,
//! Everest permits, a plastics plant), each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: a common word opening a sentence stays in a two-word name that ends
/// in a head ("The National Assembly should pass…", where "Several PFAS" drops it); an
/// abbreviation's full stop inside a name ("RISE St. Korrin", named with the stop
/// against its word).
#[test]
fn issue12_eval32_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Cane Smoke",
        "The coverage omits that the mills pay the same for burnt cane.",
        "It serves the Korrin Sugar Board, while it obscures RISE St. Korrin, the faith-based group that has fought the plant.",
        "The National Assembly should pass the clean air bill.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["RISE St. Korrin", "National Assembly"],
        &["Korrin", "Assembly"],
    );
}

/// Themes: workers harmed and not made whole are marginalised voices ("families of
/// workers killed … have waited years for compensation"; not people flooded out, as an
/// older set's reading has it).
#[test]
fn issue12_eval32_themes() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Permits", missing);
    let workers = themes("It leaves out that the families of porters killed on the pass have waited years for compensation.");
    assert!(workers.contains("marginalised-voices"), "{workers:?}");
}
