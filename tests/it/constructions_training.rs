//! Issue 12: rules found on the misses summed over all training sets (not on one set's
//! errors), each shown on invented names that no list holds.

use crate::constructions::{layout_b, omission_themes};
use crate::constructions_real::{assert_names, ingest_and_show, names};
use crate::env::Env;

/// A common noun in apposition describes a body when a relative "that" follows it
/// ("Korrinex, the flour miller that buys…") or when it names a part in another body
/// ("Velmkraft, its largest shareholder,"); not when it names a place ("Ansel, the town
/// that…") or a person's role ("Jon Velm, its chief executive,").
#[test]
fn issue12_training_bodies_described_in_apposition() {
    let env = Env::new();
    let page = layout_b(
        &env,
        "Korra Grain",
        "It leaves out that the mill's permit was never reviewed.",
        "It serves Korrinex, the flour miller that buys imported grain in bulk, and Velmkraft, its largest shareholder, while it obscures Ansel, the town that hosts the mill, and Jon Velm, its chief executive, who spoke to no one.",
        "The mill should publish its permits.",
    );
    let v = ingest_and_show(&env, &[&page]);
    assert_names(
        &names(&v, "actors"),
        &["Korrinex", "Velmkraft"],
        &["Ansel", "Jon Velm"],
    );
}

/// What the public is not told, in three more forms: figures a body does not share
/// ("committees that do not share their extraction figures"), publishing stopped
/// ("which the ministry has stopped publishing"), and no law at all ("no law sets
/// limits on the cameras").
#[test]
fn issue12_training_figures_withheld_and_no_law() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Sand",
        "The coverage omits that the dredging is licensed by provincial committees that do not share their extraction figures. \
         The deaths of Korrin's workers abroad, which the ministry has stopped publishing, go unmentioned. \
         It leaves out that no law sets limits on the cameras.",
    );
    assert_eq!(themes.len(), 3, "{themes:?}");
    for t in &themes {
        assert!(t.contains("regulatory-gap"), "{themes:?}");
    }
}

/// Oversight wanting in four more forms: a decision without consultation ("declared a
/// national road without consulting the villages"; "changed by cabinet decision without
/// a public hearing"), oversight no one can do ("spending the public cannot audit"), and
/// assessments a body published none of.
#[test]
fn issue12_training_decisions_without_oversight() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Korrin Road",
        "The coverage omits that the road through Velm was declared a national road without consulting the villages whose land it crosses. \
         It leaves out that the park's status was changed by cabinet decision without a public hearing. \
         It does not mention that the contract lets the companies recover their costs first, from spending the public cannot audit. \
         It says nothing of the fact that the Korrin Agency has published none of the impact assessments it says it approved.",
    );
    assert_eq!(themes.len(), 4, "{themes:?}");
    for t in &themes {
        assert!(t.contains("regulatory-gap"), "{themes:?}");
    }
}
