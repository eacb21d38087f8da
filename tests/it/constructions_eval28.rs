//! Issue 12: rules found on tests/eval28 (museum returns, bathing in a river after the
//! Games, medicine prices, convenience-store hours, a housing levy), each shown on
//! invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
use crate::env::Env;

/// French "au" joins a name ("Droit au Littoral"); "Cour" heads one ("Cour des
/// marées", named as written); a listed place and a date right after an episode, past a
/// preposition, say where and when it was ("the return of the Velmar Stele to Ethiopia
/// in 2005" is one episode, not also "Ethiopia in 2005").
#[test]
fn issue12_eval28_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Museum Returns",
        "Nor does it recall the return of the Velmar Stele to Ethiopia in 2005, which took decades.",
        "It serves Droit au Littoral, the association that brought the case, and the Cour des marées, which ruled on it.",
        "A return can wait decades.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Droit au Littoral", "Cour des marées"],
        &["Littoral"],
    );
    let parallels = names(&v, "parallels");
    assert_eq!(parallels.len(), 1, "{parallels:?}");
}

/// "Consent" is data consent where the clause says what is taken is information about
/// people ("recordings made without consent"), not a party's agreement ("only with the
/// franchisor's consent").
#[test]
fn issue12_consent_without_data_is_no_data_consent() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Night Hours", missing);
    let agreement =
        themes("It leaves out that a store may close at night only with the franchisor's consent.");
    assert!(!agreement.contains("data-consent"), "{agreement:?}");
    let data = themes(
        "It does not mention that the recordings were made without the consent of the shoppers.",
    );
    assert!(data.contains("data-consent"), "{data:?}");
}
