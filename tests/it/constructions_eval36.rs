//! Issue 12: rules found on tests/eval36 (a refinery, a port beside a reserve, an
//! arbitration over a mine, a seabed licensing round, a coal mine on native title land),
//! each shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A plural in -men is people, and its possessive goes on into a name as other plural
/// possessives do ("the Korrin Fishermen's Association"), where a place's does not.
#[test]
fn issue12_eval36_plural_in_men_possessive() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Seabed",
        "The coverage omits that the fishermen were not consulted.",
        "It obscures the Korrin Fishermen's Association, whose members fish above the blocks.",
        "The fishermen should be heard.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrin Fishermen's Association"],
        &["Korrin Fishermen", "Association"],
    );
}

/// A body's own affair, undated, is no episode ("the Korrin Water Council's licence
/// case should be heard"), and the body named alone elsewhere stays an actor.
#[test]
fn issue12_eval36_a_bodys_own_case_is_no_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Springs",
        "The coverage omits that the springs may fail.",
        "It obscures the Korrin Water Council, which has challenged the water licence.",
        "The Korrin Water Council's licence case should be heard before any expansion.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert!(names(&v, "parallels").is_empty(), "{v}");
    assert_names(&names(&v, "actors"), &["Korrin Water Council"], &[]);
}

/// "Resources" ends a company's name as "Holdings" does ("Velmora Mining and Resources",
/// "Dastra Resources").
#[test]
fn issue12_eval36_resources_heads_a_company() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Coal",
        "The coverage omits that Dastra Resources asked for four billion dollars.",
        "It serves Velmora Mining and Resources, the company that owns the mine.",
        "The mine should pay for the water.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Velmora Mining and Resources", "Dastra Resources"],
        &["Velmora Mining", "Resources"],
    );
}

/// An apposition of common words right after an episode describes it and is no episode
/// of its own ("the Korrin Bravo blowout of 1977, the first major spill in the Velm
/// Sea").
#[test]
fn issue12_eval36_apposition_describes_an_episode() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Seabed",
        "Nor does it recall the Korrin Bravo blowout of 1977, the first major spill in the Velm Sea, which taught the rules.",
        "It serves the mining company.",
        "The seabed should be studied first.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let found = names(&v, "parallels");
    assert_eq!(found.len(), 1, "{found:?}");
}

/// A sentence's capitalised first word alone is no new episode, whatever the scorer's
/// weights say ("Analysts quoted in the piece repeat…" in a Historical Parallels lens
/// had become one episode shared by 3,373 generated stories in the benchmark).
#[test]
fn issue12_lone_initial_word_is_no_new_episode() {
    let env = Env::new();
    let page = env.path("lens.txt");
    std::fs::write(
        &page,
        "policy//2026-11-10//The Courier//Medium omission
#test
Korrin Shares
Original framing: “A listing” — The Courier
Structural correction
The coverage omits the costs.
The 8 Epistemic Lenses
Historical Parallels Signal: 83%
Analysts quoted in the piece repeated the company's own projections.
Power-Knowledge Audit
The framing was produced by The Courier for an audience of investors.
🔗
",
    )
    .unwrap();
    let v = ingest_and_show(&env, &[&page]);
    assert!(names(&v, "parallels").is_empty(), "{v}");
}

/// An episode minted from text that many stories name is declared in each of their
/// graphs; `show` and `entities` read its facts without multiplying those copies, and
/// list it once with every story counted.
#[test]
fn issue12_minted_episode_named_by_many_stories() {
    let env = Env::new();
    let pages: Vec<_> = (0..30)
        .map(|k| {
            layout_b(
                &env,
                &format!("Korrin Dam {k}"),
                "Nor does it recall the Velmora dam collapse of 1961, when the valley flooded.",
                "It serves the Korrin Water Board.",
                "The dam should be inspected.",
            )
        })
        .collect();
    let refs: Vec<&std::path::Path> = pages.iter().map(|p| p.as_path()).collect();
    let v = ingest_and_show(&env, &refs);
    assert_eq!(names(&v, "parallels").len(), 1, "{v}");
    let rows = env.json(&["entities", "--kind", "event", "--format", "json"]);
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"].as_str().unwrap_or("").contains("Velmora"))
        .expect("the minted episode is listed");
    assert_eq!(row["stories"], 30, "{row}");
}
