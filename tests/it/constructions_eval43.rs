//! Issue 12: rules found on tests/eval43 (mercury in an Indigenous territory, a port's
//! fishers, a wind farm's land, a water tunnel, gas terminals on a reef passage), each
//! shown on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// One common noun capitalised is no bare mention of another story's episode:
/// "Development" ending "the Velm Center for Energy, Ecology, and Development" is not
/// "the National Development Act of 1979" of an earlier story.
#[test]
fn issue12_eval43_a_common_noun_is_no_bare_episode() {
    let env = Env::new();
    let earlier = layout_b(
        &env,
        "Korrin Mine",
        "Nor does it recall the National Development Act of 1979, which let the government of the day push projects past the planning courts.",
        "It serves the Korrin Gold Company, whose jobs estimate is the headline.",
        "The panel should hold public hearings.",
    );
    let later = layout_b(
        &env,
        "Korrin Gas",
        "It leaves out that two of the terminals began building before their certificates were issued.",
        "It obscures the Velm Center for Energy, Ecology, and Development, which has counted the plants planned for the passage.",
        "The certificates should wait for a cumulative study.",
    );
    let v = ingest_and_show(&env, &[&earlier, &later]);
    assert!(
        names(&v, "parallels").is_empty(),
        "{:?}",
        names(&v, "parallels")
    );
    assert_names(
        &names(&v, "actors"),
        &["Velm Center for Energy, Ecology, and Development"],
        &["Development"],
    );
}

/// Objects of a verb of omission listed beside an episode are no episodes when they
/// name people by the noun before "of" ("the small-boat fishers of Velm and Korra") or
/// what people do ("the fishing and flood farming that depended on it").
#[test]
fn issue12_eval43_people_and_activities_are_no_episodes() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Gas",
        "It passes over the small-boat fishers of Velm and Korra, whose catches fell after the spill of 2023. \
         It also ignores the filling of the Korrin reservoir in 2015, which cut the river's flood into the lake and the fishing and flood farming that depended on it.",
        "It serves the Korrin Gas Company, whose terminal is the news.",
        "The terminals should wait.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        !parallels
            .iter()
            .any(|p| p.contains("fishers") || p.contains("farming")),
        "{parallels:?}"
    );
    assert!(
        parallels.iter().any(|p| p.contains("Korrin reservoir")),
        "{parallels:?}"
    );
}

/// "cut" is a participle of the past: its clause dates the name before it ("the Velm
/// highway, cut into Korrani land in the 1970s"), "cut back in 2018" is no phrase of its
/// own, and where the participle went ("Korrani land in the 1970s") is no episode.
#[test]
fn issue12_eval43_cut_dates_a_participle_clause() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Port",
        "It leaves out that the port has no traffic.",
        "It serves the Korrin Port Company, which operates the port.",
        "The Velm Norte highway, cut into Korrani land in the 1970s and abandoned after the measles it brought, shows what a road does. \
         The Korra deep-sea port deal, cut back in 2018 when the debt was seen, shows where a port can lead.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().any(|p| p.contains("Velm Norte highway")),
        "{parallels:?}"
    );
    assert!(
        !parallels.iter().any(|p| p.starts_with("cut")),
        "{parallels:?}"
    );
    // Where the participle went is the clause's, not an episode of its own.
    assert!(
        !parallels.iter().any(|p| p.starts_with("Korrani")),
        "{parallels:?}"
    );
}

/// A name with an episode's head is dated by a participle's clause after it, as a
/// dated phrase is: "the Velmara canal project, halted in 2009 after the fishers showed
/// what it would do".
#[test]
fn issue12_eval43_a_headed_name_dated_by_a_participle_clause() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Port",
        "Nor does it recall the expulsion of the Velmians from Korra Island between 1968 and 1973 to make way for a base, or the Velmara canal project, halted in 2009 after the fishers of the strait showed what it would do to their grounds.",
        "It serves the Korrin Port Company, which operates the port.",
        "The jetty should be built first.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels
            .iter()
            .any(|p| p.contains("Velmara canal project")),
        "{parallels:?}"
    );
}

/// A study skipped is oversight skipped, whatever its kind: certificates "granted
/// without the cumulative study that scientists had asked for".
#[test]
fn issue12_eval43_a_study_skipped() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Gas",
        "It leaves out that the certificates were granted without the cumulative study that scientists had asked for.",
    );
    assert_eq!(themes.len(), 1, "{themes:?}");
    assert!(themes[0].contains("regulatory-gap"), "{themes:?}");
}

/// Schools in a list of the buildings a town loses are buildings, not schooling: "the
/// shops, churches and schools of streets that no longer exist".
#[test]
fn issue12_eval43_schools_among_buildings() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Salt",
        "It does not mention that the settlement pays nothing for the shops, churches and schools of streets that no longer exist.",
    );
    assert!(
        themes.iter().all(|t| !t.contains("education-equity")),
        "{themes:?}"
    );
}

/// A named place after a preposition is where something was found, not the subject of
/// the verb of lesson after it: "hair samples taken in the Velmara villages showed
/// levels above the safe limit".
#[test]
fn issue12_eval43_a_place_before_a_verb_of_lesson() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Mercury",
        "The report leaves out that the rivers still carry mercury, and that hair samples taken in the Velmara villages showed levels above the safe limit.",
        "It serves the Korrin Health Secretariat, whose figures are quoted.",
        "The bases should stay manned.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        !parallels.iter().any(|p| p.contains("Velmara")),
        "{parallels:?}"
    );
}
