//! Issue 12: a rule found on tests/eval31 (a state of the United States named like a
//! country of the Global South), shown on an invented page.

use crate::constructions_real::all_themes;
use crate::env::Env;

/// "New Mexico" is a state of the United States, not Mexico: no Global South theme.
#[test]
fn issue12_a_longer_place_is_not_the_country_it_ends_with() {
    let env = Env::new();
    let themes = all_themes(
        &env,
        "Waste Plant",
        "It leaves out that a drum burst underground at the waste plant in New Mexico and the site was never audited.",
    );
    assert!(!themes.contains("global-south"), "{themes:?}");
    assert!(themes.contains("regulatory-gap"), "{themes:?}");
}
