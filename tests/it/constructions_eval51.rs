//! Issue 12: rules found on tests/eval51 to eval53 (fifteen pages first measured by one
//! extractor, training sets since their round), each shown on invented names that no
//! list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// What a page tells to act is an agent, not an episode: a bare name described as a
/// company ("VELMAR STRAIT, the national oil company") though a treaty minted before
/// holds its words, and a programme told what it "should" do. Countries act side by side
/// ("when Norway and Chile divided") or past an adverb ("when Peru first claimed"). A
/// listed event's alias inside a longer episode ("the Korrastan oil boom of the late
/// 1990s") is that episode, not the listed one.
#[test]
fn issue12_eval51_agents_are_no_episodes() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Velmar Base",
        "It also ignores the Velmar Strait Treaty of 1979, when Norway and Chile divided the seabed between them, \
         the Korrastan oil boom of the late 1990s, when a small state's oil money was spent on a capital, \
         and the Dorrin island dispute of 1976, when Peru first claimed an island.",
        "It serves VELMAR STRAIT, the national oil company that leads the project, and the Dorrin Water Recovery Scheme.",
        "The Korrastan oil boom showed how fast a fund can go. The Dorrin Water Recovery Scheme should publish the releases, and VELMAR STRAIT should publish its costs.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.contains("Velmar Strait Treaty of 1979")
            && parallels.iter().any(|p| p.contains("Korrastan oil boom")),
        "{parallels:?}"
    );
    assert!(
        parallels
            .iter()
            .all(|p| p != "Oil extraction" && !p.contains("Recovery Scheme")),
        "{parallels:?}"
    );
    assert_names(
        &names(&v, "actors"),
        &["VELMAR STRAIT", "Norway", "Chile", "Peru"],
        &[],
    );
}

/// A date after a past verb's object is the verb's: "broke up the camp in March 2013",
/// "resettled for the first quarry in 2011", "flooded the villages and orchards in 2009"
/// name no episode. A place after "along" is where the episode was: "the Velm fever of
/// the 1950s along the Korra river, when…" names one episode, not the river.
#[test]
fn issue12_eval51_dates_of_clauses_and_places_of_episodes() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Reservoir",
        "The report leaves out that the reservoir flooded the villages and orchards in 2009, and that the families resettled for the first quarry in 2011 were never paid. \
         There is no word on the villagers hurt when the police broke up the camp in March 2013. \
         Nor does it recall the Velm fever of the 1950s along the Korra river, when a smelter's cadmium crippled farmers.",
        "It serves the Korra Hydro Company, the developer.",
        "The company should publish its flows.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().any(|p| p.contains("Velm fever")),
        "{parallels:?}"
    );
    for wrong in ["orchards", "quarry", "camp", "Korra river"] {
        assert!(
            parallels.iter().all(|p| !p.contains(wrong)),
            "{wrong}: {parallels:?}"
        );
    }
}

/// Bodies and not: a demonym of two words before an organisation noun is an adjective
/// ("Korrbank, the South African group"); a name less its last word is its short form
/// ("Velm Ha Dorrin" of "Velm Ha Dorrin Steel"); a faith's plural names people ("Malay
/// Muslims"); "ek" joins a Creole name ("Rezistans ek Lalit").
#[test]
fn issue12_eval51_bodies_and_people() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Velm Steel",
        "It does not mention the small-scale fishers, many of them Malay Muslims, who were not consulted on the rezoning.",
        "It serves Korrbank, the South African group that owns the estate, and Velm Ha Dorrin Steel, the plant, \
         while it obscures Rezistans ek Lalit, the party that has demanded the agreement be published.",
        "Velm Ha Dorrin promised jobs. Velm Ha Dorrin Steel should pay the families.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrbank", "Velm Ha Dorrin Steel", "Rezistans ek Lalit"],
        &["South African", "Velm Ha Dorrin", "Malay Muslims", "Lalit"],
    );
}

/// Oversight wanting, in more forms: an approval in haste ("approved in a week"),
/// oversight begun and left undone ("recommendations … were never carried out", "the
/// assessment the cabinet promised has not been completed"), none ever done ("no
/// independent body has ever assessed"), and the state as a president.
#[test]
fn issue12_eval51_oversight_hasty_or_undone() {
    let env = Env::new();
    for item in [
        "It does not mention that the environmental impact assessment was approved in a week.",
        "There is no word on the investigation commission whose recommendations on compensation were never carried out.",
        "It leaves out that the strategic assessment the cabinet promised after the march has not been completed.",
        "It does not mention that no independent body has ever assessed the compensation it paid.",
        "The report is silent on the park bill the president vetoed, and on the fact that no new environmental study has been ordered since.",
    ] {
        let themes = omission_themes(&env, "Korra Lagoon", item);
        assert!(
            themes.len() == 1 && themes[0].contains("regulatory-gap"),
            "{item}: {themes:?}"
        );
    }
}

/// A school wanting is schooling unequal ("still have no secondary school", "without
/// title, water pumps or a school"); people not told what is done with their land are
/// voices left out, not data consent.
#[test]
fn issue12_eval51_a_school_wanting_and_people_not_told() {
    let env = Env::new();
    for item in [
        "It leaves out that the islanders of Korra still have no secondary school.",
        "It does not mention that the families who refused to move stayed on the shore without title, water pumps or a school.",
    ] {
        let themes = omission_themes(&env, "Korra Airstrip", item);
        assert!(
            themes.len() == 1 && themes[0].contains("education-equity"),
            "{item}: {themes:?}"
        );
    }
    let item = "It leaves out that the families of Velm who lost their land to the base were paid once, and that several say they were not told what the land would be used for.";
    let themes = omission_themes(&env, "Korra Base", item);
    assert!(
        themes.len() == 1
            && themes[0].contains("marginalised-voices")
            && !themes[0].contains("data-consent"),
        "{themes:?}"
    );
}
