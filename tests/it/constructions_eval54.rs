//! Issue 12: rules found on tests/eval54 to eval56 (fifteen pages first measured by one
//! extractor, training sets since their round), each shown on invented names that no
//! list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

fn assert_theme(env: &Env, item: &str, theme: &str) {
    let themes = omission_themes(env, "Korra Tolls", item);
    assert!(
        themes.len() == 1 && themes[0].contains(theme),
        "{item}: {themes:?}"
    );
}

/// Themes said without their cue words: a return guaranteed to investors
/// (financialisation), a few holders that decide or lease most (power concentration),
/// pollution over its limit (environmental cost), people who migrate to work (labour),
/// guarantees never tabled and aid never approved (regulatory gap), and people a page
/// is "silent on" (marginalised voices).
#[test]
fn issue12_eval54_themes_without_cue_words() {
    let env = Env::new();
    for (item, theme) in [
        (
            "Nothing is said of the payments, guaranteed in dollars at returns of up to fifteen per cent, that Korra Power receives.",
            "financialisation",
        ),
        (
            "The piece does not say that a few suppliers in each ward decide who gets water in a dry week.",
            "power-concentration",
        ),
        (
            "The coverage omits that a handful of holdings already lease most of the valley's farmland.",
            "power-concentration",
        ),
        (
            "Omitted as well: the smoke from the Velm plants, which keeps the air of Korrastad above the national limit on most days.",
            "environmental-cost",
        ),
        (
            "Absent from the piece are the borrowers who migrate to work on distant farms to keep up their repayments.",
            "labour",
        ),
        (
            "The report leaves out that the road's revenue guarantees have never been tabled before the national assembly.",
            "regulatory-gap",
        ),
        (
            "The report leaves out that the extension rests on state aid that has never been approved.",
            "regulatory-gap",
        ),
        (
            "It is silent on the families in Korrastad who disconnect themselves in summer because the bills exceed their rent.",
            "marginalised-voices",
        ),
        (
            "Nor is anything written about the smallholders whose seed arrived after the rains.",
            "marginalised-voices",
        ),
    ] {
        assert_theme(&env, item, theme);
    }
}

/// Bodies found or kept whole: a name at a sentence's start that goes on past "and"
/// keeps its first word ("The Financial Oversight and Management Board should…"); what
/// a page says a body should do counts for it ("KORRAREG should hold hearings",
/// "Velmesp should publish"), not for a common noun ("Patients should"); a capitalised
/// word in brackets after a name is the name a body goes by ("the Velmish Environment
/// Association (Landvernda)"). Not bodies: a river by what it has ("the Velmo's water"),
/// a company named inside an episode the page names again with the episode's own noun
/// ("The Velmar Energy contract showed").
#[test]
fn issue12_eval54_bodies_by_what_they_should_do() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Grid",
        "The coverage omits that the estates take most of the Velmo's water. Nor does it recall the Velmar Energy contract of 2017, when a small company was given the grid to rebuild.",
        "It serves the Korra Grid Company, the operator, while it obscures the Velmish Environment Association (Landvernda), which has measured the river.",
        "The Velmar Energy contract showed how a crisis hands a grid to whoever is in the room. \
         The Financial Oversight and Management Board should reopen the debt plan. KORRAREG should hold full public hearings, \
         Velmesp should publish the tariff formula, and Landvernda should be heard. Patients should not pay for the outages.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Financial Oversight and Management Board",
            "KORRAREG",
            "Velmesp",
            "Velmish Environment Association",
        ],
        &[
            "Oversight and Management Board",
            "Landvernda",
            "Patients",
            "Velmo",
            "Velmar Energy",
        ],
    );
}

/// No episode: a body's name after a cue word ("since the Korra Water Supply and
/// Sewerage Board has no inspectors") or where people live, dated by what was done to
/// it ("the residents of the layouts annexed to the city in 2007").
#[test]
fn issue12_eval54_bodies_and_homes_are_no_episodes() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Tankers",
        "The piece does not say that the cap is enforced by no one, since the Korra Water Supply and Sewerage Board has no inspectors for private tankers. \
         It ignores the residents of the layouts annexed to the city in 2007, who still have no piped connection. \
         It also forgets the Velm water crisis of 2018, when a hill city's taps ran dry for weeks.",
        "It serves the Korra Water Supply and Sewerage Board, whose cap is the story.",
        "The board should register every borewell.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(
        parallels.iter().any(|p| p.contains("Velm water crisis")),
        "{parallels:?}"
    );
    for wrong in ["Sewerage Board", "layouts"] {
        assert!(
            parallels.iter().all(|p| !p.contains(wrong)),
            "{wrong}: {parallels:?}"
        );
    }
}

/// Oversight found wanting by a court ("the court found the lease to be unlawful", "the
/// Supreme Court ruled that the licences violated the herders' right"), done to none
/// ("no plant has been fined", "no agreement on releases has been published"), or a
/// finding without a penalty ("found that the chains had abused their position but
/// issued no penalty").
#[test]
fn issue12_eval54_oversight_by_courts_and_none_done() {
    let env = Env::new();
    for item in [
        "The coverage omits that the court found the lease of the Korra grazing land to be unlawful.",
        "The report leaves out that the Supreme Court of Velmar ruled in 2021 that the licences violated the herders' right to their culture.",
        "The article does not say that the plants' smoke settles on the Korra neighbourhood, and that no plant has been fined.",
        "It leaves out that no agreement on water releases has been published.",
        "It leaves out that the Velmar Trade Commission found that the chains had abused their position, but issued no penalty.",
    ] {
        assert_theme(&env, item, "regulatory-gap");
    }
}

/// Harm to nature in more forms (a pipeline that "leaked into rice fields and streams",
/// a heap "that drains toward the Korra river", "mangroves cleared along the coast"), and
/// people left out by "does not mention" or paid too little ("the herders who were paid
/// once for pastures their families had used").
#[test]
fn issue12_eval54_harm_and_people_in_more_forms() {
    let env = Env::new();
    for (item, theme) in [
        (
            "Missing from the report: the Velm pipeline has leaked into rice fields and streams at least three times.",
            "environmental-cost",
        ),
        (
            "The article does not say that the cyanide heap sits in a basin that drains toward the Korra river.",
            "environmental-cost",
        ),
        (
            "It does not mention the mangroves cleared along the coast for the base.",
            "environmental-cost",
        ),
        (
            "It does not mention the herders of Korrastad, who grazed the slopes every summer until the site was fenced.",
            "marginalised-voices",
        ),
        (
            "The report leaves out that the herders were paid once for pastures their families had used for generations.",
            "marginalised-voices",
        ),
    ] {
        assert_theme(&env, item, theme);
    }
}
