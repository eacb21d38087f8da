//! Issue 12: rules found on tests/eval33 (the Taranto steelworks, climate finance for
//! Vietnam, Québec's export dams, refugees moved to an island, a media foundation), each
//! shown on invented names that no list holds.

use crate::constructions::layout_b;
use crate::constructions_real::{all_themes, assert_names, ingest_and_show, names};
use crate::env::Env;

/// A regional body's short form in brackets may carry its region after the acronym
/// ("Regional Agency for Water of Korrin (AGRA Korrin)"): it names the body, and the
/// short form used again bare is no second actor.
#[test]
fn issue12_eval33_acronym_with_region() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Water",
        "The coverage omits that AGRA Korrin found the wells polluted.",
        "It obscures the Regional Agency for Water of Korrin (AGRA Korrin), whose gauges record the drop.",
        "AGRA Korrin should publish every reading.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Regional Agency for Water of Korrin"],
        &["AGRA Korrin", "AGRA"],
    );
}

/// A name nobody curated that another story spells one letter differently is another
/// actor ("la Repubblica" of Rome is not "La República" of Lima); the same name spaced
/// differently is the same actor.
#[test]
fn issue12_eval33_minted_names_resolve_by_form_not_letters() {
    let env = Env::new();
    let story = |title: &str, body: &str| {
        layout_b(
            &env,
            title,
            "The coverage omits the residents' complaints.",
            &format!("It serves {body}, the association of mill owners, while it obscures the residents."),
            "Regulators should publish the readings.",
        )
    };
    let first = story("Mill One", "the Velmora Institute");
    let second = story("Mill Two", "the Vellmora Institute");
    let third = story("Mill Three", "the Vel Mora Institute");
    let v = ingest_and_show(&env, &[&first, &second]);
    assert_names(
        &names(&v, "actors"),
        &["Vellmora Institute"],
        &["Velmora Institute"],
    );
    let v = ingest_and_show(&env, &[&third]);
    assert_names(
        &names(&v, "actors"),
        &["Velmora Institute"],
        &["Vel Mora Institute"],
    );
}

/// A participle after a verb of the present is a state, so the clause after a plan is
/// no past one that makes it an episode ("the dispatch plan that decides which wind
/// farms stay connected").
#[test]
fn issue12_eval33_present_state_is_no_past_clause() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Grid",
        "The coverage omits that the wind farms are curtailed.",
        "It serves Korrin Power, the state utility.",
        "Korrin Power should publish the dispatch plan that decides which wind farms stay connected.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let found = names(&v, "parallels");
    assert!(found.iter().all(|n| !n.contains("plan")), "{found:?}");
}

/// A name in another language's case goes on through words in lower case when the
/// acronym after it spells every one of them, an elided article's word by its own
/// letter ("Office d'études publiques sur l'eau (OEPE)", kept as written); an office
/// ending in "Commissioner" after a list joined by "and" is one body ("the Korrin
/// Relief and Return Commissioner").
#[test]
fn issue12_eval33_lowercase_names_and_offices() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Dams",
        "The coverage omits that the OEPE was never asked.",
        "It serves the Korrin Relief and Return Commissioner, whose figures are quoted, while it obscures the Office d'études publiques sur l'eau (OEPE), whose reviews were shortened.",
        "The OEPE should review every dam.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &[
            "Office d'études publiques sur l'eau",
            "Korrin Relief and Return Commissioner",
        ],
        &["Office", "OEPE", "Korrin Relief", "Return Commissioner"],
    );
}

/// A people's adjective after an episode's "of" is no object of its own; the noun after
/// it is ("the consolidation of Kenyan radio", not "of Kenyan").
#[test]
fn issue12_eval33_demonym_takes_its_noun() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Press",
        "Nor does it recall the consolidation of Kenyan radio under one owner in the 1980s.",
        "It serves the Korrin Media Council.",
        "The consolidation of Kenyan radio showed how fast a market closes.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "parallels"),
        &["consolidation of Kenyan radio"],
        &["consolidation of Kenyan"],
    );
}

/// Themes: workers an omission verb passes over are marginalised voices as other people
/// are ("It says nothing of the coal miners and power plant workers in Korrin").
#[test]
fn issue12_eval33_workers_passed_over() {
    let env = Env::new();
    let themes = all_themes(
        &env,
        "Korrin Coal",
        "It says nothing of the coal miners and power plant workers in Korrin, for whom no retraining has been published.",
    );
    assert!(themes.contains("marginalised-voices"), "{themes:?}");
}

/// Themes: a people the page names with a word of kin elsewhere ("the Velmu
/// communities" in the audit) is named by an omitted item without one ("the Velmu of
/// Korrin were never compensated"): the item is about an Indigenous people too.
#[test]
fn issue12_eval33_people_named_elsewhere_on_the_page() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korrin Dams",
        "The coverage omits that the Velmu of Korrin were never compensated for the dam.",
        "It obscures the Velmu communities along the river.",
        "The dam moved the cost to the river.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let themes: Vec<&str> = v["omissions"][0]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    assert!(themes.contains(&"indigenous-knowledge"), "{themes:?}");
}

/// Themes: permission, like consent, is about data only with a word of data in the
/// clause ("cannot leave the island without permission" is no data consent; "recordings
/// shared without permission" is).
#[test]
fn issue12_eval33_permission_needs_data() {
    let env = Env::new();
    let themes = |missing: &str| all_themes(&env, "Korrin Island", missing);
    let leave =
        themes("It leaves out that the families on Korrin cannot leave without permission.");
    assert!(!leave.contains("data-consent"), "{leave:?}");
    let shared =
        themes("It leaves out that recordings of the families were shared without permission.");
    assert!(shared.contains("data-consent"), "{shared:?}");
}
