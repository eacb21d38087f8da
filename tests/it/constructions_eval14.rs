//! Issue 12: rules found on tests/eval14 to tests/eval21, each shown on invented names
//! that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{all_themes, ingest_and_show, names};
use crate::env::Env;

/// Issue 12, from tests/eval14 (a training set from its second measurement): an acronym
/// in brackets spells a name whose remit runs through "on", "in" or "the"; the whole
/// name is the organisation, not its last words.
#[test]
fn issue12_eval14_an_acronym_spells_a_name_with_a_remit() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Story Three",
        "The report omits who certifies the groves.",
        "It serves the growers and obscures the Roundtable on Responsible Kelp Farming (RRKF), which certifies them.",
        "The RRKF should suspend certification.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert!(
        actors.contains("Roundtable on Responsible Kelp Farming"),
        "{actors:?}"
    );
    assert!(!actors.contains("Responsible Kelp Farming"), "{actors:?}");
}

/// Issue 12, from tests/eval14 (a training set from its second measurement): public
/// oversight skipped or done too little is a regulatory gap, though no cue word says
/// so; a firm's own process without a hearing is not.
#[test]
fn issue12_eval14_oversight_skipped_or_done_too_little() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Kelp Farms Expand",
        "The report omits that the Coastal Waters Board has inspected three of the forty farms in six years. \
         It leaves out that the new statute let the panel approve the leases without the hearings the Board had held before.",
    );
    assert_eq!(themes.len(), 2, "{themes:?}");
    assert!(
        themes.iter().all(|t| t.contains("regulatory-gap")),
        "{themes:?}"
    );
    let firm = omission_themes(
        &env,
        "Kelp Apps Expand",
        "It ignores that the divers who harvest the kelp are dropped by the buying app without a hearing.",
    );
    assert!(
        !firm.iter().any(|t| t.contains("regulatory-gap")),
        "{firm:?}"
    );
}

/// Issue 12, from tests/eval15 (a training set since its first measurement): on one
/// page, a later mention is the episode named before when it has the very same year
/// and a head of the same family ("the 1994 crash" after "the price collapse of 1994"),
/// or no date and only words the earlier one has ("the cocoa-board revolt" after "the
/// cocoa-board backlash of the 1980s"); a decade and one of its years are not enough
/// ("the 1989 collapse" is not "the land boom of the 1980s").
#[test]
fn issue12_eval15_one_episode_named_twice_on_a_page() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Story Four",
        "Nor does it remember the price collapse of 1994, when the board was closed, or the cocoa-board backlash of the 1980s, when growers burned their sacks. It ignores the Brelish land boom of the 1980s and the stock collapse of 1989, which followed it.",
        "",
        "The 1994 crash taught growers to sell early. The cocoa-board revolt showed what growers can refuse. The 1989 collapse showed what credit does.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let episodes = names(&v, "parallels");
    assert_eq!(episodes.len(), 4, "{episodes:?}");
}

/// Issue 12, from tests/eval15 (a training set since its first measurement): a
/// people's adjective in an apposition or a list says where a firm is from ("the German
/// kelp house"), not an organisation; the end of a place name after a connector is no
/// misspelt known name ("Norte" of "Tarsk del Norte" came out as Nortel Networks); a
/// governing party in apposition is an organisation.
#[test]
fn issue12_eval15_demonyms_name_tails_and_parties() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Story Five",
        "The report omits the plantations of Tarsk del Norte.",
        "It serves Brelco, the German kelp house that finances the pilot, and the Velmar Growers Federation (VGF), and it obscures Orvik Ataqa, the governing party that campaigned against the mine.",
        "The VGF should publish its prices.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let actors = names(&v, "actors");
    assert!(
        actors.contains("Brelco") && actors.contains("Orvik Ataqa"),
        "{actors:?}"
    );
    assert!(!actors.contains("German"), "{actors:?}");
    assert!(!actors.contains("Nortel Networks"), "{actors:?}");
}

/// Issue 12, from tests/eval17 (a training set since its first measurement): the first
/// word of an organisation joined by "and" ("the Tarsk and Coastal Rights Centre") is
/// not the bare name of an episode minted on another page that has the word ("the
/// Tarsk Aid Act of 1949").
#[test]
fn issue12_eval17_a_name_joined_by_and_is_no_bare_episode() {
    let env = Env::new();
    let first = layout_b(
        &env,
        "Story Six",
        "Nor does it recall the Tarsk Aid Act of 1949, which gave the poor lawyers.",
        "",
        "The act showed what a state can do.",
    );
    let second = layout_b(
        &env,
        "Story Seven",
        "The report omits who pays.",
        "It obscures the Tarsk and Coastal Rights Centre, which documented the evictions.",
        "The centre should be heard.",
    );
    let v = ingest_and_show(&env, &[&first, &second]);
    let episodes = names(&v, "parallels");
    assert!(episodes.is_empty(), "{episodes:?}");
}

/// Issue 12, from tests/eval18: a listed episode's alias inside an organisation's name
/// ("Coal Mining" of "the Teverin Coal Mining Company") is the organisation, not a
/// mention of the listed "Coal extraction".
#[test]
fn issue12_eval18_a_listed_episode_inside_an_organisation_name() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Story One",
        "The report omits what the pumps take from the wells.",
        "It serves the Teverin Coal Mining Company, which runs the pit.",
        "The Teverin Coal Mining Company should publish its pumping.",
    );
    let v = ingest_and_show(&env, &[&page]);
    let parallels = names(&v, "parallels");
    assert!(parallels.is_empty(), "{parallels:?}");
    let actors = names(&v, "actors");
    assert!(actors.contains("Teverin Coal Mining Company"), "{actors:?}");
}

/// Issue 12, from tests/eval20: people moved off their land are marginalised voices; a
/// people's own name before "villages" is an Indigenous people.
#[test]
fn issue12_eval20_displaced_people_and_a_people_villages() {
    let env = Env::new();
    let moved = all_themes(
        &env,
        "Story One",
        "It leaves out that the farmers of Velmo who were moved off the site were promised plots that most never received.",
    );
    assert!(moved.contains("marginalised-voices"), "{moved:?}");
    let villages = all_themes(
        &env,
        "Story Two",
        "It leaves out that Tessaru villages still carry the water by hand.",
    );
    assert!(villages.contains("indigenous-knowledge"), "{villages:?}");
}

/// Issue 12, from tests/eval21: an office-holder's office is one name; a name before a
/// common noun is no bare mention of an episode named elsewhere; harm to a place of
/// nature is an environmental cost.
#[test]
fn issue12_eval21_offices_modifiers_and_harm() {
    let env = Env::new();
    let first = layout_b(
        &env,
        "Story One",
        "It ignores the Tarsk cotton plan of the 1960s, which drained the lake.",
        "",
        "The plan showed what a quota does.",
    );
    let second = layout_b(
        &env,
        "Story Two",
        "It forgets the uranium tailings left by Tarsk mining on the slopes above the town.",
        "It obscures the Velm State Public Defender's Office, which has taken the cases.",
        "The office should be heard.",
    );
    let v = ingest_and_show(&env, &[&first, &second]);
    let parallels = names(&v, "parallels");
    assert!(parallels.is_empty(), "{parallels:?}");
    let actors = names(&v, "actors");
    assert!(
        actors
            .iter()
            .any(|a| a.starts_with("Velm State Public Defender")),
        "{actors:?}"
    );
    let harm = all_themes(
        &env,
        "Story Three",
        "It leaves out the herders whose springs have dried since the pivots arrived.",
    );
    assert!(harm.contains("environmental-cost"), "{harm:?}");
}
