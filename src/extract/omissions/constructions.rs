//! Themes no single cue word gives, read from how a clause is built: people absent,
//! people at work, a market held by a few, something released into nature, a Global
//! South place, two words that together name a theme.

use super::super::normalize::normalize;
use super::super::places::names_global_south;
use super::super::Extractor;
use super::{markets, oversight};

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
    // The clause's words, split once for every reading below.
    let w: Vec<&str> = n.split(' ').collect();
    let words: std::collections::HashSet<&str> = w.iter().copied().collect();
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
    let absent = absent_at.is_some() || nobody_quoted(&w);
    // People named by what they do, before the predicate that says they are absent:
    // "Smallholder growers, who supply most of the tea, are entirely absent".
    let agents_absent = absent_at.is_some_and(|at| padded[..at].split(' ').any(|w| worker(x, w)));
    // People moved off their land or out of their homes: "the farmers who were moved
    // off it", "forty thousand people are to be moved".
    let displaced = first_cue("displacement-cues").is_some();
    if (people && (absent || displaced))
        || agents_absent
        || people_passed_over(x, &w)
        || compensation_withheld(x, &w)
    {
        out.push("marginalised-voices".to_owned());
    }
    if released(x, &w) || harmed(x, &w) || over_limit(x, &w) {
        out.push("environmental-cost".to_owned());
    }
    if markets::market_share(x, &w) || markets::held_by_few(&w) {
        out.push("power-concentration".to_owned());
    }
    if markets::guaranteed_return(&w) {
        out.push("financialisation".to_owned());
    }
    if oversight::oversight_wanting(x, &w)
        || oversight::rules_silent(&w)
        || oversight::undisclosed(&w)
        || oversight::overruled(&w)
    {
        out.push("regulatory-gap".to_owned());
    }
    if school_wanting(&w) {
        out.push("education-equity".to_owned());
    }
    // People named by a trade (WordNet's workers, generated data): "herders", "cooks".
    let tradespeople = words.iter().any(|w| x.lexicon.has("worker-nouns", w));
    if tradespeople || workers_at_work(x, &w) || migrating_to_work(&w) {
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
fn workers_at_work(x: &Extractor, words: &[&str]) -> bool {
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
fn people_passed_over(x: &Extractor, w: &[&str]) -> bool {
    let verbs = x.lexicon.list("omission-verbs");
    (0..w.len()).any(|i| {
        // "It does not mention the herders of Gndevaz", "never mentions the villagers".
        let mention =
            matches!(w[i], "mention" | "mentions") && i > 0 && matches!(w[i - 1], "not" | "never");
        let verb = [1, 2].into_iter().find(|&k| {
            let phrase = w[i..(i + k).min(w.len())].join(" ");
            (verbs.contains(&phrase) && !matches!(phrase.as_str(), "recall" | "remember"))
                // "It says nothing of the pensioners", "is silent on the families",
                // "nothing is written about the smallholders" (not verbs for episodes'
                // objects).
                || matches!(
                    phrase.as_str(),
                    "nothing of"
                        | "nothing on"
                        | "silent on"
                        | "written about"
                        | "word on"
                        | "said of"
                        | "said about"
                )
        });
        verb.or(mention.then_some(1)).is_some_and(|k| {
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
fn compensation_withheld(x: &Extractor, w: &[&str]) -> bool {
    let people = w.iter().any(|t| {
        (x.lexicon.has("worker-nouns", t) || agent_noun(x, t)) && !x.lexicon.has("non-workers", t)
    });
    let withheld = (0..w.len())
        .filter(|&i| w[i].starts_with("compensat"))
        .any(|i| {
            w[i.saturating_sub(6)..i].iter().any(|t| {
                matches!(
                    *t,
                    "not" | "never" | "no" | "without" | "waited" | "waiting" | "denied"
                )
            })
        });
    // Or paid too little: "the herders who were paid once for pastures their families
    // had used", "whose owners have been paid nothing", "offered compensation below the
    // value of their land" (people of any kind).
    // Or still waiting for what they were promised: "families … are still waiting for
    // the productive projects they were promised".
    let underpaid = w.windows(2).any(|p| {
        matches!(
            p,
            ["paid", "once" | "nothing"]
                | ["offered", "nothing"]
                | ["compensation", "below"]
                | ["still", "waiting"]
        )
    });
    let anyone = people || w.iter().any(|t| x.lexicon.has("people-nouns", t));
    (people && withheld) || (anyone && underpaid)
}

/// "none of those now being chased … is quoted", "no one who lives there was asked":
/// a subject that names nobody, with a verb of being heard.
fn nobody_quoted(w: &[&str]) -> bool {
    const HEARD: &[&str] = &["quoted", "heard", "asked", "consulted", "interviewed"];
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
fn released(x: &Extractor, w: &[&str]) -> bool {
    let into = |k: usize| matches!(w[k], "into" | "onto" | "over" | "toward" | "towards");
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
fn harmed(x: &Extractor, w: &[&str]) -> bool {
    (0..w.len())
        .filter(|&i| x.lexicon.has("harm-words", w[i]))
        .any(|i| {
            w[i.saturating_sub(6)..(i + 7).min(w.len())]
                .iter()
                .any(|n| x.lexicon.has("nature-nouns", n))
        })
}

/// A school wanting: "no secondary school on the island", "without title, water pumps
/// or a school". "no" or "without" within six words before "school".
fn school_wanting(w: &[&str]) -> bool {
    (0..w.len()).any(|i| {
        matches!(w[i], "school" | "schools")
            && w[i.saturating_sub(6)..i]
                .iter()
                .any(|t| matches!(*t, "no" | "without"))
    })
}

/// Pollution measured over its limit: "keeps the air of Galabovo above the European
/// limit", "fine particles many times the safe limit". A word of excess within four
/// words before "limit", with air, water or soil (`nature-nouns`) or particles in the
/// clause.
fn over_limit(x: &Extractor, w: &[&str]) -> bool {
    let excess = |t: &str| matches!(t, "above" | "over" | "exceed" | "exceeds" | "times");
    let limit = (0..w.len()).any(|i| {
        matches!(w[i], "limit" | "limits") && w[i.saturating_sub(4)..i].iter().any(|t| excess(t))
    });
    limit
        && w.iter()
            .any(|t| x.lexicon.has("nature-nouns", t) || *t == "particles")
}

/// People who leave to find work: "borrowers who migrate to work on Thai farms".
fn migrating_to_work(w: &[&str]) -> bool {
    (0..w.len())
        .any(|i| w[i].starts_with("migrat") && w[i + 1..(i + 3).min(w.len())].contains(&"work"))
}
