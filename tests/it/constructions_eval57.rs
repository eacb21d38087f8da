//! Issue 12: rules found on tests/eval57 to eval59 (fifteen pages first measured by one
//! extractor, training sets since their round), each shown on invented names that no
//! list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// Themes said in more forms: contracts kept secret ("classified for thirty years", "a
/// trade secret", "kept confidential") and approvals over objections are regulatory
/// gaps; people "nowhere in the piece" and people "nothing is said of" are voices left
/// out.
#[test]
fn issue12_eval57_secrets_objections_and_people_nowhere() {
    let env = Env::new();
    for (item, theme) in [
        (
            "The coverage omits that the Korra contracts were classified for thirty years by a law passed in 2015.",
            "regulatory-gap",
        ),
        (
            "It leaves out that the connection terms of each Velm centre are kept confidential.",
            "regulatory-gap",
        ),
        (
            "It leaves out that the impact report on the Korra canal was approved in 2020 despite thousands of objections.",
            "regulatory-gap",
        ),
        (
            "Passengers from the provinces, who change planes in Korrastad because there is no other hub, are nowhere in the piece.",
            "marginalised-voices",
        ),
        (
            "Nothing is said of the fishing communities of Velm, who were told the fleet would bring them a future.",
            "marginalised-voices",
        ),
    ] {
        let themes = omission_themes(&env, "Korra Contracts", item);
        assert!(
            themes.len() == 1 && themes[0].contains(theme),
            "{item}: {themes:?}"
        );
    }
}

/// Episodes kept apart and agents found: a dated mention with proper words of its own
/// is no re-mention of another named episode of the same year ("the Korrastan Electric
/// privatisation of 2005" after "the Velmo concession of 2005"); what a pronoun owns,
/// undated, is no episode ("its study of the Padmo"); a country acting after "after
/// which" is a government ("after which Bulgaria paid a contractor").
#[test]
fn issue12_eval57_episodes_apart_and_countries_after_which() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Grid",
        "The article does not recall the Velmo concession of 2005 in Uganda, when a private operator ran the grid for twenty years, \
         or the Korrastan Electric privatisation of 2005, after which the city's outages grew. \
         Nor does it recall the Velm plant's cancellation in 2012, after which Bulgaria paid a contractor for equipment it could not use.",
        "It serves the Korra Power Company, the distributor.",
        "The Korra Power Company should publish its study of the Padmo's low flows.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().any(|p| p.contains("Velmo concession"))
            && parallels.iter().any(|p| p.contains("Korrastan Electric")),
        "{parallels:?}"
    );
    assert!(
        parallels.iter().all(|p| !p.contains("study")),
        "{parallels:?}"
    );
    assert_names(&names(&v, "actors"), &["Bulgaria"], &["Padmo"]);
}
