//! Themes no single cue word gives, read from how a clause is built: people absent,
//! people at work, a market held by a few, something released into nature, a Global
//! South place, two words that together name a theme.

use super::super::normalize::normalize;
use super::super::places::names_global_south;
use super::super::Extractor;

/// Themes no single cue gives: a group of people with an absence predicate ("Nurses …
/// are not quoted" → marginalised voices), a Global South place, and two words in one
/// clause ("data" with "servers" → data consent). Words are compared normalised, so
/// "keeps" matches "keeps".
pub(super) fn constructions(x: &Extractor, clause: &str) -> Vec<String> {
    let n = normalize(clause).text;
    let padded = format!(" {n} ");
    // "data centres" are buildings, not data.
    let data_words = ["data centre", "data centres", "data center", "data centers"]
        .iter()
        .fold(padded.clone(), |t, p| t.replace(&format!(" {p} "), " "));
    let w_all: Vec<&str> = n.split(' ').collect();
    let words: std::collections::HashSet<&str> = w_all.iter().copied().collect();
    let pair_words: std::collections::HashSet<&str> = data_words.split(' ').collect();
    let mut out = Vec::new();
    let people = words.iter().any(|w| x.lexicon.has("people-nouns", w));
    // Where the first phrase of a list stands in the clause.
    let first_cue = |list: &str| {
        x.lexicon
            .list(list)
            .entries()
            .filter_map(|(cue, _)| padded.find(&format!(" {cue} ")))
            .min()
    };
    let absent_at = first_cue("absence-cues");
    let absent = absent_at.is_some() || nobody_quoted(&n);
    // People named by what they do, before the predicate that says they are absent:
    // "Smallholder growers, who supply most of the tea, are entirely absent".
    let agents_absent = absent_at.is_some_and(|at| padded[..at].split(' ').any(|w| worker(x, w)));
    // People moved off their land or out of their homes: "the farmers who were moved
    // off it", "forty thousand people are to be moved".
    let displaced = first_cue("displacement-cues").is_some();
    if (people && (absent || displaced))
        || agents_absent
        || people_passed_over(x, &n)
        || compensation_withheld(x, &n)
    {
        out.push("marginalised-voices".to_owned());
    }
    if released(x, &n) || harmed(x, &n) {
        out.push("environmental-cost".to_owned());
    }
    if market_share(x, &n) {
        out.push("power-concentration".to_owned());
    }
    if oversight_wanting(x, &n) || rules_silent(&n) || undisclosed(&n) {
        out.push("regulatory-gap".to_owned());
    }
    // A school wanting: "no secondary school on the island", "without title, water
    // pumps or a school".
    let school = (0..w_all.len()).any(|i| {
        matches!(w_all[i], "school" | "schools")
            && w_all[i.saturating_sub(6)..i]
                .iter()
                .any(|t| matches!(*t, "no" | "without"))
    });
    if school {
        out.push("education-equity".to_owned());
    }
    // People named by a trade (WordNet's workers, generated data): "herders", "cooks".
    let tradespeople = words.iter().any(|w| x.lexicon.has("worker-nouns", w));
    if tradespeople || workers_at_work(x, &n) {
        out.push("labour".to_owned());
    }
    // A place of the Global South named in the item ("families in Mexico and the
    // Philippines", "Pacific island states").
    if names_global_south(x, clause, &n) {
        out.push("global-south".to_owned());
    }
    for (pair, theme) in x.lexicon.list("theme-pairs").entries() {
        if pair.split(' ').all(|w| pair_words.contains(w)) {
            out.push(theme.to_owned());
        }
    }
    out
}

/// People named by what they do, with their work in the same clause: "artisanal miners
/// … work in tunnels", "interpreters' contracts", "cutting the reading specialists who
/// worked with…". An agent noun by its form (-ers, -ors, -ists, -ians, aides), not a
/// list of occupations; the agents that are no workers (users, investors…) are listed.
/// The word of work must stand within four words of the agent.
fn workers_at_work(x: &Extractor, normalised: &str) -> bool {
    let words: Vec<&str> = normalised.split(' ').collect();
    let agent = |w: &str| {
        (agent_noun(x, w) || (w.len() >= 6 && w.ends_with("aides")))
            && !x.lexicon.has("non-workers", w)
    };
    (0..words.len()).filter(|&i| agent(words[i])).any(|i| {
        words[i.saturating_sub(4)..(i + 5).min(words.len())]
            .iter()
            .any(|w| x.lexicon.has("work-cues", w))
    })
}

/// People who are themselves what the coverage leaves out: "It passes over the
/// Barkindji people of the lower Darling", "ignores the families of Tabaco". A verb of
/// omission (not one of recalling) with a group of people among the next six words,
/// before any "that" (which makes the object a fact: "omits that the farmworkers…").
fn people_passed_over(x: &Extractor, normalised: &str) -> bool {
    let w: Vec<&str> = normalised.split(' ').collect();
    let verbs = x.lexicon.list("omission-verbs");
    (0..w.len()).any(|i| {
        let verb = [1, 2].into_iter().find(|&k| {
            let phrase = w[i..(i + k).min(w.len())].join(" ");
            (verbs.contains(&phrase) && !matches!(phrase.as_str(), "recall" | "remember"))
                // "It says nothing of the pensioners" (not a verb for episodes' objects).
                || phrase == "nothing of"
        });
        verb.is_some_and(|k| {
            w[i + k..(i + k + 6).min(w.len())]
                .iter()
                .take_while(|t| **t != "that")
                // "says nothing of the coal miners and power plant workers", "of the
                // bakers".
                .any(|t| {
                    x.lexicon.has("people-nouns", t)
                        || x.lexicon.has("worker-nouns", t)
                        || worker(x, t)
                })
        })
    })
}

/// Workers harmed and not made whole: "the farmworkers … have not been compensated",
/// "families of workers killed … have waited years for compensation". A word of
/// compensation with a negation or a wait within six words before it, and people named
/// by their work in the clause.
fn compensation_withheld(x: &Extractor, normalised: &str) -> bool {
    let w: Vec<&str> = normalised.split(' ').collect();
    let people = w.iter().any(|t| {
        (x.lexicon.has("worker-nouns", t) || agent_noun(x, t)) && !x.lexicon.has("non-workers", t)
    });
    people
        && (0..w.len())
            .filter(|&i| w[i].starts_with("compensat"))
            .any(|i| {
                w[i.saturating_sub(6)..i].iter().any(|t| {
                    matches!(
                        *t,
                        "not" | "never" | "no" | "without" | "waited" | "waiting" | "denied"
                    )
                })
            })
}

/// "none of those now being chased … is quoted", "no one who lives there was asked":
/// a subject that names nobody, with a verb of being heard.
fn nobody_quoted(normalised: &str) -> bool {
    const HEARD: &[&str] = &["quoted", "heard", "asked", "consulted", "interviewed"];
    let w: Vec<&str> = normalised.split(' ').collect();
    let nobody = w
        .windows(2)
        .position(|p| matches!(p, ["none", "of"] | ["no", "one"]) || p[0] == "nobody");
    nobody.is_some_and(|i| w[i..].iter().any(|x| HEARD.contains(x)))
}

/// A person named by what they do, by the word's form (not a function word such as
/// "others"): "growers", "cutters", "technicians".
fn agent_noun(x: &Extractor, w: &str) -> bool {
    super::super::lexicon::agent_form(w) && !x.lexicon.has("function-words", w)
}

/// An agent noun that names someone at work: not a user, an investor or another agent
/// that `non-workers` lists.
fn worker(x: &Extractor, w: &str) -> bool {
    agent_noun(x, w) && !x.lexicon.has("non-workers", w)
}

/// Something let out into water, soil or air: "the nitrate that has leached into the
/// sandy soils", "the asbestos and oil … go into the same channels". A verb of release
/// or flow (`release-verbs`), then within six words "into", "onto" or "over", and a
/// place of nature (`nature-nouns`) within four words of it.
fn released(x: &Extractor, normalised: &str) -> bool {
    let w: Vec<&str> = normalised.split(' ').collect();
    let into = |k: usize| matches!(w[k], "into" | "onto" | "over");
    (0..w.len())
        .filter(|&i| x.lexicon.has("release-verbs", w[i]))
        .any(|i| {
            (i + 1..(i + 7).min(w.len())).filter(|&k| into(k)).any(|k| {
                w[k + 1..(k + 5).min(w.len())]
                    .iter()
                    .any(|n| x.lexicon.has("nature-nouns", n))
            })
        })
}

/// A place of nature harmed: "whose springs have dried", "killing fish along the lower
/// Cauca", "the fish can no longer spawn", "drowned a forest". A word of harm
/// (`harm-words`) within six words of a place of nature (`nature-nouns`).
fn harmed(x: &Extractor, normalised: &str) -> bool {
    let w: Vec<&str> = normalised.split(' ').collect();
    (0..w.len())
        .filter(|&i| x.lexicon.has("harm-words", w[i]))
        .any(|i| {
            w[i.saturating_sub(6)..(i + 7).min(w.len())]
                .iter()
                .any(|n| x.lexicon.has("nature-nouns", n))
        })
}

/// Oversight skipped or done too little: "let the panel approve the mine without the
/// hearings", "has inspected two of the twenty mills in five years", "announces its
/// inspections days in advance", "stopped publishing its audits". A word of oversight
/// (`oversight-words`) after "without" (within four words: "without the full
/// environmental assessment"), or within six words of a
/// limit: "only", "never", "stopped", "no longer", "in advance", or a share of a number
/// ("two of the twenty"); a public body or a law named in the same clause.
fn oversight_wanting(x: &Extractor, normalised: &str) -> bool {
    let w: Vec<&str> = normalised.split(' ').collect();
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
    let not_done = |i: usize| {
        w[i].ends_with("ed")
            && (w[i - 1] == "not" || (i >= 2 && matches!(w[i - 2..i], ["not" | "never", "been"])))
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
    let never = (1..w.len())
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
                && w[k + 1..]
                    .iter()
                    .take(2)
                    .any(|v| matches!(*v, "completed" | "carried" | "implemented" | "enforced"))
        })
    });
    never
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
fn undisclosed(normalised: &str) -> bool {
    const SHOWN: &[&str] = &["published", "public", "disclosed", "released"];
    const TELL: &[&str] = &["share", "publish", "disclose", "release", "report"];
    const FIGURES: &[&str] = &[
        "figures", "data", "numbers", "records", "results", "accounts",
    ];
    let w: Vec<&str> = normalised.split(' ').collect();
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
            .is_some_and(|t| matches!(*t, "none" | "nothing"));
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
    not_shown || withheld || stopped || w.contains(&"undisclosed")
}

/// A rule that does not reach what the item names: "let to tourists, which the
/// programme does not forbid", "no right to a renewal under Greek law", "Pennsylvania law
/// lets a private buyer add the price to its rate base". A negated verb of rule-making
/// with a rule named before it in the clause, "no right" and a law, or a rule that lets.
fn rules_silent(normalised: &str) -> bool {
    const RULES: &[&str] = &["law", "laws", "programme", "program", "rules", "regulation"];
    const VERBS: &[&str] = &["forbid", "forbids", "prohibit", "prohibits", "ban", "bans"];
    let w: Vec<&str> = normalised.split(' ').collect();
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

/// A market held by a few, said with numbers: "the three largest managers control about
/// four fifths of prescriptions", "chains that control almost all of the market"; or
/// bought or sold by a handful ("two merchants buy most of the crop" — but not
/// "households buy most of their food").
fn market_share(x: &Extractor, normalised: &str) -> bool {
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
    let w: Vec<&str> = normalised.split(' ').collect();
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
