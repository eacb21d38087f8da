//! Issue 12: rules found on tests/eval11, pages in the real page's register, each shown
//! on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::env::Env;
use serde_json::Value;
use std::collections::BTreeSet;

/// Ingests the pages, then shows the last one as JSON.
pub fn ingest_and_show(env: &Env, pages: &[&std::path::Path]) -> Value {
    let mut args = vec!["ingest"];
    args.extend(pages.iter().map(|p| p.to_str().unwrap()));
    env.ok(&args);
    let last = pages.last().unwrap().to_str().unwrap();
    env.json(&["show", last, "--format", "json"])
}

/// The themes of all omitted items of a page whose What's Missing is `missing`.
pub fn all_themes(env: &Env, title: &str, missing: &str) -> BTreeSet<String> {
    omission_themes(env, title, missing)
        .into_iter()
        .flatten()
        .collect()
}

/// Asserts that `found` holds every name of `has` and none of `lacks`.
pub fn assert_names(found: &BTreeSet<String>, has: &[&str], lacks: &[&str]) {
    for want in has {
        assert!(found.contains(*want), "{want} missing from {found:?}");
    }
    for not in lacks {
        assert!(!found.contains(*not), "{not} is among {found:?}");
    }
}

/// The names of a shown story's `key` list ("actors", "parallels").
pub fn names(v: &Value, key: &str) -> BTreeSet<String> {
    v[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap().to_owned())
        .collect()
}

/// Issue 12, from tests/eval11: an organisation whose first words look like an episode
/// of another page ("the Velmar Tea Trade" of "the Velmar Tea Trade Association", after
/// "the Velmar tea plantations of the colonial era") is an organisation, not a mention
/// of the episode; so is a union whose name runs on past "and" and a possessive (its
/// full name is not yet kept across the "and": a known limit).
#[test]
fn issue12_eval11_an_organisation_is_not_the_start_of_an_episode() {
    let env = Env::new();
    let first = layout_b(
        &env,
        "Story One",
        "It ignores the Velmar tea plantations of the colonial era, whose pickers were bonded to the estates.",
        "",
        "The plantations showed who carries the risk.",
    );
    let second = layout_b(
        &env,
        "Story Two",
        "The report omits who sees the bids.",
        "It serves the Velmar Tea Trade Association (VTTA), which runs the auction, and it obscures the Velmar Plantation and Allied Workers' Union.",
        "The VTTA should publish every bid.",
    );
    let v = ingest_and_show(&env, &[&first, &second]);
    let actors = names(&v, "actors");
    assert!(
        actors.contains("Velmar Tea Trade Association"),
        "{actors:?}"
    );
    assert!(
        actors.iter().any(|a| a.contains("Allied Workers")),
        "{actors:?}"
    );
    assert!(names(&v, "parallels").is_empty(), "{:#}", v["parallels"]);
}

/// Issue 12, from tests/eval11: a demonym ("Moldovan milkers") is no bare mention of an
/// episode minted with the same word ("the surveillance of Moldovan dissidents in 1985").
#[test]
fn issue12_eval11_a_demonym_is_no_episode() {
    let env = Env::new();
    let first = layout_b(
        &env,
        "Story One",
        "It forgets the surveillance of Moldovan dissidents in 1985, when letters were opened by the thousand.",
        "",
        "The surveillance showed how records outlive a regime.",
    );
    let second = layout_b(
        &env,
        "Story Two",
        "It passes over the Moldovan milkers who live on the farms.",
        "",
        "The milkers should be rehoused.",
    );
    let v = ingest_and_show(&env, &[&first, &second]);
    assert!(names(&v, "parallels").is_empty(), "{:#}", v["parallels"]);
    let v = env.json(&["show", first.to_str().unwrap(), "--format", "json"]);
    assert_eq!(names(&v, "parallels").len(), 1, "{:#}", v["parallels"]);
}

/// Issue 12, from tests/eval11: people absent from the story in the real pages' other
/// words: named by what they do before the predicate ("Smallholder growers … are
/// entirely absent"), a subject naming nobody ("none of those … is quoted"), a group
/// that "goes unmentioned". Marginalised voices; not for things ("the meters are absent").
#[test]
fn issue12_eval11_people_absent_in_other_words() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Grids Expand", missing);
    let voices = "marginalised-voices";
    for missing in [
        "Smallholder growers, who supply most of the leaf, are entirely absent from the story.",
        "The piece passes over the tenants entirely: none of those now being evicted is quoted.",
        "The herders' own grazing councils, which have met for decades, go unmentioned.",
    ] {
        assert!(themes(missing).contains(voices), "{missing}");
    }
    for missing in [
        "The smart meters are absent from the budget.",
        "The regulators' own figures go unmentioned.",
    ] {
        assert!(!themes(missing).contains(voices), "{missing}");
    }
}

/// Issue 12, from tests/eval11: a city or region of a Global South country, from the
/// generated gazetteer (`data/lexicon/global-south-places.csv`), gives the item the
/// theme as the country would ("the drivers of Arequipa"); the same name inside an
/// episode's name ("the Arequipa earthquake of 1868") does not.
#[test]
fn issue12_eval11_global_south_from_cities_and_regions() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Buses Modernise", missing);
    let south = "global-south";
    assert!(
        themes("It leaves out the drivers of Arequipa who must take the loans.").contains(south)
    );
    assert!(
        !themes("It forgets the Arequipa earthquake of 1868, when the cathedral fell.")
            .contains(south)
    );
}

/// Issue 12, from tests/eval11: a remit after "for" goes on past "and the" when one or
/// two capitalised words close it ("the Tessaly Institute for Coastal Health and the
/// Environment"); not when they end like an organisation ("… and the Home Office").
#[test]
fn issue12_eval11_a_remit_goes_on_past_and_the() {
    let env = Env::new();
    let p = layout_b(
        &env,
        "Farms Are Bought Out",
        "The report omits the nitrate in the soil.",
        "It obscures the maps of the Tessaly Institute for Coastal Health and the Environment, and the objections of the Varnholt Commission for Racial Equality and the Home Office.",
        "The maps should decide.",
    );
    let v = ingest_and_show(&env, &[&p]);
    let actors = names(&v, "actors");
    assert!(
        actors.contains("Tessaly Institute for Coastal Health and the Environment"),
        "{actors:?}"
    );
    assert!(
        actors.contains("Varnholt Commission for Racial Equality"),
        "{actors:?}"
    );
    assert!(actors.contains("Home Office"), "{actors:?}");
}

/// Issue 12: people named by a trade that WordNet files under workers (the generated
/// `data/lexicon/worker-nouns.csv`) make an omitted item about labour without a word of
/// work beside them; people named by what they own or where they live do not.
#[test]
fn issue12_tradespeople_are_labour() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Looms Modernise", missing);
    for missing in [
        "It leaves out the weavers of the valley, who will lose the contract.",
        "The ferrymen on the estuary are never mentioned.",
    ] {
        assert!(themes(missing).contains("labour"), "{missing}");
    }
    for missing in [
        "It leaves out the landowners of the valley, who will lose the contract.",
        "The residents on the estuary are never mentioned.",
    ] {
        assert!(!themes(missing).contains("labour"), "{missing}");
    }
}

/// Issue 12, from tests/eval11: one word naming a place before an organisation noun says
/// where a firm is ("Osei Ledger Works, the Kumasi firm paid to build it"), so the place
/// is no organisation; an unknown word in the same frame still names one.
#[test]
fn issue12_eval11_the_place_firm_is_no_organisation() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Ledgers Arrive",
        "The report omits who sees the bids.",
        "It serves Osei Ledger Works, the Kumasi firm paid to build the platform, and the Brantove firm that audits it.",
        "The platform should publish every bid.",
    );
    let actors = names(&ingest_and_show(&env, &[&page]), "actors");
    assert!(!actors.contains("Kumasi"), "{actors:?}");
    assert!(actors.contains("Osei Ledger Works"), "{actors:?}");
    assert!(actors.contains("Brantove"), "{actors:?}");
}

/// Issue 12, from tests/eval10 and tests/eval11: an apposition after a comma reaches past
/// possessives joined by "and" ("ZORVA, the drivers' and operators' federation") and
/// past a place ("the Tbilisi processor"), with nouns of trade that name firms
/// ("processor", "brewer"); it stops at other function words ("…, a reminder of what a
/// society…" names no organisation).
#[test]
fn issue12_appositions_past_possessives_and_places() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Wool Is Traced",
        "It ignores the Stasi's files on millions of Velnarians, a reminder of what a society of watching does to trust.",
        "It serves Korvath, the Tbilisi processor that will read the codes.",
        "ZORVA, the drivers' and operators' federation, should sit on the board.",
    );
    let actors = names(&ingest_and_show(&env, &[&page]), "actors");
    assert!(actors.contains("Korvath"), "{actors:?}");
    assert!(actors.contains("ZORVA"), "{actors:?}");
    assert!(
        !actors.iter().any(|a| a.contains("Velnarian")),
        "{actors:?}"
    );
}

/// Issue 12, from tests/eval2: a remit after an organisation's head goes on past "for
/// the" ("the Velmar Council for the Coastal Fisheries"), as "of the" did ("Friends of
/// the Earth"); a verb's "for the" does not join two names.
#[test]
fn issue12_a_remit_after_for_the() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Credits Are Certified",
        "The report omits who sets the rules.",
        "It obscures the delays of the Velmar Council for the Coastal Fisheries (VCCF) in approving methods, and Korrin Trust Pays for the Harbour Review.",
        "The VCCF should publish its reviews.",
    );
    let actors = names(&ingest_and_show(&env, &[&page]), "actors");
    assert!(
        actors.contains("Velmar Council for the Coastal Fisheries"),
        "{actors:?}"
    );
    assert!(!actors.iter().any(|a| a.contains("Pays for")), "{actors:?}");
}

/// Issue 12, from tests/eval11: something released into water, soil or air is an
/// environmental cost without a cue word ("the chromium has seeped into the river");
/// money pouring into firms is not.
#[test]
fn issue12_released_into_nature_is_an_environmental_cost() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Tanneries Expand", missing);
    let cost = "environmental-cost";
    assert!(themes(
        "It ignores that the Velmoor tanneries' chromium has seeped into the river for decades."
    )
    .contains(cost));
    assert!(
        !themes("It ignores that money has poured into the Velmoor tanneries for decades.")
            .contains(cost)
    );
}
