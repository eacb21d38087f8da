//! Markets held by a few and money that goes first to investors: themes an item says
//! with numbers, a handful of holders, or a guaranteed return, not with a cue word.

use super::super::Extractor;

/// A market held by a few, said with numbers: "the three largest managers control about
/// four fifths of prescriptions", "chains that control almost all of the market"; or
/// bought or sold by a handful ("two merchants buy most of the crop" — but not
/// "households buy most of their food").
pub(super) fn market_share(x: &Extractor, w: &[&str]) -> bool {
    const TRADE: &[&str] = &["buy", "buys", "bought", "sell", "sells", "sold"];
    const HOLD: &[&str] = &[
        "control",
        "controls",
        "controlled",
        "hold",
        "holds",
        "own",
        "owns",
    ];
    const SHARE: &[&str] = &[
        "all", "most", "half", "thirds", "quarters", "fifths", "majority",
    ];
    let few = |i: usize| {
        w[i.saturating_sub(3)..i].iter().any(|t| {
            *t == "few"
                || x.lexicon
                    .list("number-words")
                    .get(t)
                    .and_then(|v| v.parse::<u32>().ok())
                    .is_some_and(|v| (2..=5).contains(&v))
        })
    };
    let verb = |i: usize| HOLD.contains(&w[i]) || (TRADE.contains(&w[i]) && few(i));
    (0..w.len()).filter(|&i| verb(i)).any(|i| {
        let near = &w[i + 1..(i + 5).min(w.len())];
        near.iter()
            .any(|x| SHARE.contains(x) || *x == "cent" || *x == "percent")
            && w[i + 1..(i + 7).min(w.len())].contains(&"of")
    })
}

/// A few holders that decide or hold: "a few suppliers in each ward decide who gets
/// water", "a handful of agroholdings already lease most of the farmland". "few" or
/// "handful" with a verb of holding or deciding within five words after it.
pub(super) fn held_by_few(w: &[&str]) -> bool {
    const VERBS: &[&str] = &[
        "decide", "decides", "control", "controls", "hold", "holds", "lease", "leases", "own",
        "owns", "set", "sets",
    ];
    (1..w.len()).any(|i| {
        (w[i] == "handful" || (w[i] == "few" && w[i - 1] == "a"))
            && w[i + 1..(i + 6).min(w.len())]
                .iter()
                .any(|t| VERBS.contains(t))
    })
}

/// A return guaranteed to investors: "guaranteed in dollars at returns of up to fifteen
/// per cent", "guarantees Sabesp a return on every real it invests". A word of
/// guarantee with "return" or "returns" within five words after it.
pub(super) fn guaranteed_return(w: &[&str]) -> bool {
    (0..w.len()).any(|i| {
        w[i].starts_with("guarant")
            && w[i + 1..(i + 6).min(w.len())]
                .iter()
                .any(|t| matches!(*t, "return" | "returns"))
    })
}
