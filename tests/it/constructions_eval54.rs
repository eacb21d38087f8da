//! Issue 12: rules found on tests/eval54 to eval56 (fifteen pages first measured by one
//! extractor, training sets since their round), each shown on invented names that no
//! list holds.

use crate::constructions::omission_themes;
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
