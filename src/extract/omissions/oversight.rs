//! Regulatory gaps said by how a clause is built: oversight skipped, hasty or left
//! undone, what the public is not told, and rules that do not reach what the item names.

use super::super::Extractor;

/// Oversight skipped or done too little: "let the panel approve the mine without the
/// hearings", "has inspected two of the twenty mills in five years", "announces its
/// inspections days in advance", "stopped publishing its audits". A word of oversight
/// (`oversight-words`) after "without" (within four words: "without the full
/// environmental assessment"), or within six words of a
/// limit: "only", "never", "stopped", "no longer", "in advance", or a share of a number
/// ("two of the twenty"); a public body or a law named in the same clause.
pub(super) fn oversight_wanting(x: &Extractor, w: &[&str]) -> bool {
    let list = x.lexicon.list("oversight-words");
    let oversight = |k: usize| list.matches(w[k]);
    let number =
        |s: &str| s.chars().all(|c| c.is_ascii_digit()) || x.lexicon.has("number-words", s);
    let limit = |k: usize| {
        matches!(
            w[k],
            "only" | "never" | "stopped" | "rarely" | "before" | "fewer"
        ) || w[k..].starts_with(&["no", "longer"])
            || w[k..].starts_with(&["in", "advance"])
            || (number(w[k])
                && w[k + 1..].starts_with(&["of", "the"])
                && w.get(k + 3).is_some_and(|n| number(n)))
            // In haste: "approved in a week", "licensed within days".
            || (matches!(w[k], "in" | "within")
                && w.get(k + 1).is_some_and(|n| *n == "a" || number(n))
                && w
                    .get(k + 2)
                    .is_some_and(|n| matches!(*n, "day" | "days" | "week" | "weeks")))
    };
    // Oversight is the state's: a public body or a law in the clause ("the ministry",
    // "the Authority", "the fast-track law"), not a firm's ("deactivated by the
    // algorithm without a hearing").
    let public = w.iter().any(|t| {
        let one = t.strip_suffix('s').unwrap_or(t);
        matches!(
            x.lexicon.list("org-heads").get(one),
            Some("public-body" | "government")
        ) || matches!(one, "law" | "statute" | "state" | "code" | "clearance")
            // Public office holders: "paid bribes to officials, magistrates and a mayor".
            || matches!(
                one,
                "official" | "mayor" | "minister" | "magistrate" | "president" | "cabinet"
            )
            // Approving is the state's act: "the dam's design was approved without…".
            || matches!(
                *t,
                "approved" | "approval" | "granted" | "licensed" | "authorised" | "authorized"
                    | "awarded"
            )
            // Deciding is too: "declared a national road without consulting…", "changed
            // by cabinet decision without a public hearing".
            || matches!(
                *t,
                "declared" | "issued" | "signed" | "decision" | "decree" | "renewed"
            )
    });
    // Oversight never done is wanting whoever was to do it: "the projects … were never
    // audited".
    // Or not done: "the tailings, which the agency has not inspected since", "have not
    // been audited" (a participle: "does not permit" is no oversight).
    // Or done to none: "no plant has been fined", "no agreement … has been approved".
    let not_done = |i: usize| {
        w[i].ends_with("ed")
            && (w[i - 1] == "not"
                || (i >= 2 && matches!(w[i - 2..i], ["not" | "never", "been"]))
                || none_has_been(w, i))
    };
    // Or done by the party itself: "a claim that the operator tested mostly in its own
    // laboratories".
    let own = (0..w.len()).any(|i| {
        oversight(i)
            && w[i + 1..(i + 6).min(w.len())]
                .windows(2)
                .any(|p| matches!(p, ["its" | "their", "own"]))
    });
    // Or not possible: "spending the public cannot audit".
    // A state act done over objections: "the impact report was approved in 2020
    // despite thousands of objections".
    let despite = (0..w.len()).any(|i| {
        matches!(
            w[i],
            "approved" | "licensed" | "granted" | "authorised" | "authorized"
        ) && w[i + 1..(i + 5).min(w.len())].contains(&"despite")
    });
    // A state act never done: "state aid that has never been approved".
    let unapproved = (1..w.len()).any(|i| {
        matches!(w[i], "approved" | "licensed" | "authorised" | "authorized") && not_done(i)
    });
    let never = unapproved
        || (1..w.len())
            .any(|i| oversight(i) && (matches!(w[i - 1], "never" | "cannot") || not_done(i)));
    // Or done by no one: "targets set by the companies and checked by no one".
    let by_no_one = (0..w.len()).any(|i| {
        oversight(i)
            && (w[i + 1..].starts_with(&["by", "no", "one"])
                || w[i + 1..].starts_with(&["by", "nobody"]))
    });
    // Or begun and left undone: "the assessment the cabinet promised has not been
    // completed", "the commission whose recommendations were never carried out".
    let unfinished = (0..w.len()).filter(|&i| oversight(i)).any(|i| {
        (i + 1..(i + 12).min(w.len())).any(|k| {
            matches!(w[k], "not" | "never")
                && w[k + 1..].iter().take(2).any(|v| {
                    matches!(
                        *v,
                        "completed" | "carried" | "implemented" | "enforced" | "applied"
                    )
                })
        })
    });
    never
        || despite
        || by_no_one
        || own
        || public && unfinished
        || public
            && (0..w.len()).filter(|&i| oversight(i)).any(|i| {
                // Within five words: "without a new environmental impact study".
                let before = &w[i.saturating_sub(5)..i];
                // Or none at all: "no independent hydrological study … has been done",
                // "no public body has checked".
                // "no independent body has ever assessed": "ever" lengthens the reach.
                let reach = if i > 0 && w[i - 1] == "ever" { 6 } else { 4 };
                before.contains(&"without")
                    || w[i.saturating_sub(reach)..i].contains(&"no")
                    || (i.saturating_sub(6)..(i + 7).min(w.len())).any(limit)
            })
}

/// What the public is not told: "the release schedules have never been published",
/// "settled out of court, with terms that were not made public", "not disclosed". A
/// negation right before a word of disclosure; or figures withheld ("committees that do
/// not share their extraction figures"); or publishing stopped ("deaths, which the
/// ministry has stopped publishing").
pub(super) fn undisclosed(w: &[&str]) -> bool {
    const SHOWN: &[&str] = &["published", "public", "disclosed", "released", "tabled"];
    const TELL: &[&str] = &["share", "publish", "disclose", "release", "report"];
    const FIGURES: &[&str] = &[
        "figures", "data", "numbers", "records", "results", "accounts",
    ];
    let negated = |i: usize| {
        w[i.saturating_sub(3)..i]
            .iter()
            .any(|t| matches!(*t, "not" | "never"))
    };
    let not_shown = (1..w.len()).filter(|&i| SHOWN.contains(&w[i])).any(|i| {
        // "made public" or a participle: not "the public", "public money".
        let verb = w[i] != "public" || w[i - 1] == "made";
        // "has published none of the assessments".
        let none = w
            .get(i + 1)
            .is_some_and(|t| matches!(*t, "none" | "nothing"))
            || none_has_been(w, i);
        (negated(i) || none) && verb
    });
    let tells = |t: &str| TELL.iter().any(|v| t.strip_suffix('s').unwrap_or(t) == *v);
    let withheld = (1..w.len()).any(|i| {
        tells(w[i])
            && negated(i)
            && w[i + 1..(i + 5).min(w.len())]
                .iter()
                .any(|t| FIGURES.contains(t))
    });
    let stopped = w.windows(2).any(|p| {
        matches!(p[0], "stopped" | "ceased")
            && matches!(
                p[1],
                "publishing" | "reporting" | "disclosing" | "releasing"
            )
    });
    // Or kept secret: "the contracts were classified for thirty years", "treats the
    // model as a trade secret", "the connection terms are kept confidential".
    let secret = w.iter().any(|t| matches!(*t, "secret" | "confidential"))
        || w.windows(2).any(|p| p == ["classified", "for"]);
    not_shown || withheld || stopped || secret || w.contains(&"undisclosed")
}

/// A rule that does not reach what the item names: "let to tourists, which the
/// programme does not forbid", "no right to a renewal under Greek law", "Pennsylvania law
/// lets a private buyer add the price to its rate base". A negated verb of rule-making
/// with a rule named before it in the clause, "no right" and a law, or a rule that lets.
pub(super) fn rules_silent(w: &[&str]) -> bool {
    const RULES: &[&str] = &["law", "laws", "programme", "program", "rules", "regulation"];
    const VERBS: &[&str] = &["forbid", "forbids", "prohibit", "prohibits", "ban", "bans"];
    let negated = (2..w.len()).any(|i| {
        VERBS.contains(&w[i])
            && matches!(w[i - 1], "not" | "never")
            && w[..i].iter().any(|t| RULES.contains(t))
    });
    let no_right = w.windows(2).any(|p| p == ["no", "right"]) && w.contains(&"law");
    // No rule at all: "no law sets limits on face recognition".
    let none = w.windows(2).any(|p| {
        p[0] == "no"
            && matches!(
                p[1],
                "law" | "laws" | "regulation" | "regulations" | "statute"
            )
    });
    // A rule that lets it happen: "Pennsylvania law lets a private buyer add…".
    // Or its provisions do: "Law 840's provisions that let the state expropriate".
    let lets = (1..w.len()).any(|i| {
        matches!(w[i], "lets" | "let" | "allows" | "permits" | "exempts")
            && w[i.saturating_sub(4)..i].iter().any(|t| RULES.contains(t))
    });
    negated || no_right || none || lets
}

/// "no <up to four words> has been <word at i>": "no plant has been fined", "no
/// agreement on water releases has been published".
fn none_has_been(w: &[&str], i: usize) -> bool {
    i >= 3
        && w[i - 1] == "been"
        && matches!(w[i - 2], "has" | "have" | "was" | "were")
        && w[i.saturating_sub(7)..i - 2].contains(&"no")
}

/// A court that found the state's acts unlawful, or whose order is not obeyed: "the
/// court found the lease of the community land to be unlawful", "the Supreme Court ruled
/// in 2021 that the licences violated the herders' right", "the court ordered a study of
/// the diversion in 2017 that the company has not done". A court and a word of its
/// finding in the same clause; an order counts only with a negation after it.
pub(super) fn overruled(w: &[&str]) -> bool {
    let court = w
        .iter()
        .any(|t| matches!(*t, "court" | "courts" | "tribunal") || t.starts_with("prosecutor"));
    let unlawful = w.iter().any(|t| {
        matches!(
            *t,
            "unlawful" | "illegal" | "illegally" | "violated" | "violates" | "unconstitutional"
        )
    });
    let defied = (0..w.len()).any(|i| {
        matches!(w[i], "ordered" | "order" | "orders")
            && w[i + 1..]
                .iter()
                .any(|t| matches!(*t, "not" | "never" | "still"))
    });
    court && (unlawful || defied)
}
