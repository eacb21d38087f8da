//! Issue 12: rules found on tests/eval30 (holiday flats, frozen deposits, a uranium mine,
//! a doctors' walkout, a mink cull), each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
use crate::env::Env;

/// Organisations: French "sur" joins a name; a plural possessive goes on into a name
/// joined by "and" ("Velmar Health and Medical Workers' Union"); "Daily" ends an
/// outlet's name, so a country at its start is no government ("Kenya Morning Daily");
/// "French" is a people's adjective, not a company ("the French company"). A country
/// in a title-case title is where the story is set, not a government acting.
#[test]
fn issue12_eval30_constructions() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Kenya's Nurses Return to the Wards",
        "The coverage omits that Velmar Mining, the French company that ran the mine, kept the records.",
        "It serves the Velmar Health and Medical Workers' Union and the Kenya Morning Daily, while it obscures the Comité de Vigilance sur la Radioactivité de Velmar, which measured the dust.",
        "The records should be published.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Velmar Health and Medical Workers' Union",
            "Kenya Morning Daily",
            "Comité de Vigilance sur la Radioactivité de Velmar",
        ],
        &["French", "Kenya", "Velmar Health", "Medical Workers' Union"],
    );
}

/// Themes: a school word among other people is people at work, not schooling ("the
/// nurses, teachers and hotel workers"); "says nothing of" people passes them over ("the families whose savings…"); an
/// order with no legal basis is a regulatory gap.
#[test]
fn issue12_eval30_themes() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Holiday Flats", missing);
    let trades =
        themes("It passes over the nurses, teachers and hotel workers who live in caravans.");
    assert!(!trades.contains("education-equity"), "{trades:?}");
    let savers = themes("It says nothing of the families whose savings were frozen.");
    assert!(savers.contains("marginalised-voices"), "{savers:?}");
    let order = themes("It leaves out that the order had no legal basis when it was given.");
    assert!(order.contains("regulatory-gap"), "{order:?}");
}
