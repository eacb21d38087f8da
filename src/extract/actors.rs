//! Actor mentions: exact alias hits, fuzzy variants of reference names, and the
//! organisations [`super::orgs`] finds by evidence; each with its role.

use super::matcher::Hit;
use super::normalize::Normalized;
use super::orgs::{Finder, Found};
use super::reference::ActorKind;
use super::resolve::{ActorRef, Rule};
use super::tokens::Tok;
use super::{ActorMention, Entity, Extractor, Prepared, Role};
use crate::model::Section;

/// A reference hit is no mention of that actor when it is part of a longer name: "the
/// Information" in "the Information Commissioner's Office" (a name that goes on to end
/// like an organisation), "Teachers" in "American Federation of Teachers" (a collective
/// noun inside capitalised words).
fn inside_longer_name(
    x: &Extractor,
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    kind: ActorKind,
) -> bool {
    // Tokens are in text order: the first at or after `end`, by binary search.
    let k = toks.partition_point(|t| t.start < end);
    if k == toks.len() {
        return collective_in_name(toks, start, kind);
    }
    if collective_in_name(toks, start, kind) {
        return true;
    }
    // "Warehouse Workers for Justice": a collective noun that goes on into a name.
    if kind == ActorKind::Collective
        && matches!(toks[k].norm.as_str(), "for" | "of")
        && toks.get(k + 1).is_some_and(Tok::is_cap)
    {
        return true;
    }
    if ends_headed_name(x, toks, toks.partition_point(|t| t.start < start)) {
        return true;
    }
    // A plural possessive goes on into the name ("the Musicians' Union"); a singular one
    // does not ("Malaysia’s Department").
    let plural_possessive = k > 0 && toks[k - 1].poss && toks[k - 1].text.ends_with('s');
    if toks[k].start > end + 2
        || !toks[k].is_cap()
        || k == 0
        || (toks[k - 1].poss && !plural_possessive)
    {
        return false;
    }
    // Or a law or programme named after it: "ILO Convention 169"; the name may go on
    // through a connector ("Korea Housing & Urban Guarantee Corporation").
    let run = toks[k..].iter().enumerate().take_while(|&(j, t)| {
        t.is_cap() || (j > 0 && joins_name(x, t) && toks.get(k + j + 1).is_some_and(Tok::is_cap))
    });
    run.map(|(_, t)| t)
        .any(|t| x.lexicon.has("org-heads", &t.norm) || x.lexicon.has("not-actor-heads", &t.norm))
}

/// A small word inside a name between capitalised words: "&", "of", "de" (not "and":
/// "Lucent and Nortel" are two names).
fn joins_name(x: &Extractor, t: &Tok<'_>) -> bool {
    t.word
        && (t.text == "&"
            || (t.norm != "and" && !t.is_cap() && x.lexicon.has("connectors", &t.norm)))
}

/// "Reserve Bank of India": token `first` ends a name whose organisation head comes
/// before "of" or "for"; the place it names is no actor there.
fn ends_headed_name(x: &Extractor, toks: &[Tok<'_>], first: usize) -> bool {
    first >= 2
        && matches!(toks[first - 1].norm.as_str(), "of" | "for")
        && toks[..first - 1]
            .iter()
            .rev()
            .take_while(|t| t.is_cap())
            .any(|t| x.lexicon.has("org-heads", &t.norm))
}

fn collective_in_name(toks: &[Tok<'_>], start: usize, kind: ActorKind) -> bool {
    if kind != ActorKind::Collective {
        return false;
    }
    let k = toks.partition_point(|t| t.start < start);
    if k == toks.len() {
        return false;
    }
    let capital = toks[k].is_cap();
    let before = k.checked_sub(1).map(|p| &toks[p]);
    let joined = before.is_some_and(|b| {
        b.is_cap() || (matches!(b.norm.as_str(), "of" | "for") && k >= 2 && toks[k - 2].is_cap())
    });
    capital && joined
}

/// "buyers in China and Hong Kong": a country right after a preposition of place is
/// where something happens, not a government acting; so is one people come from
/// ("labourers from India"; not "loans from China").
fn located(x: &Extractor, toks: &[Tok<'_>], start: usize) -> bool {
    let k = toks.partition_point(|t| t.start < start);
    let Some(prep) = k.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let people = |t: &Tok<'_>| {
        ["people-nouns", "worker-nouns"]
            .iter()
            .any(|l| x.lexicon.has(l, &t.norm))
            || (t.norm.len() >= 6
                && ["ers", "ors", "ists", "ians"]
                    .iter()
                    .any(|s| t.norm.ends_with(s)))
    };
    matches!(
        prep.norm.as_str(),
        "in" | "across" | "throughout" | "within"
    ) || (prep.norm == "from" && k >= 2 && people(&toks[k - 2]))
}

/// Byte ranges of the reference hits that stand for themselves (see [`known`]).
pub(super) fn covered(x: &Extractor, p: &Prepared<'_>) -> super::spans::Taken {
    let mut taken = super::spans::Taken::default();
    p.hits
        .iter()
        .filter(|h| match h.value {
            Entity::Actor(i) => {
                let (from, to) = span(&p.norm, h);
                !inside_longer_name(x, &p.toks, from, to, x.reference.actors[i].kind)
            }
            Entity::Event(_) => !event_in_name(x, p, h),
        })
        .for_each(|h| {
            let (from, to) = span(&p.norm, h);
            taken.take(from, to);
        });
    taken
}

/// Mentions of reference actors on one section: alias hits and fuzzy variants.
pub(super) fn known(
    x: &Extractor,
    p: &Prepared<'_>,
    episodes: &super::spans::Taken,
) -> Vec<ActorMention> {
    let mut out = Vec::new();
    for h in &p.hits {
        let Entity::Actor(i) = h.value else { continue };
        let (from, to) = span(&p.norm, h);
        let a = &x.reference.actors[i];
        if inside_longer_name(x, &p.toks, from, to, a.kind)
            || episodes.overlaps(from, to)
            || (a.kind == ActorKind::Government && located(x, &p.toks, from))
        {
            continue;
        }
        let actor = ActorRef {
            slug: a.slug.clone(),
            name: a.name.clone(),
            kind: a.kind,
        };
        let role = role(p, from, a.kind);
        out.push(mention(
            actor,
            h.surface,
            p.section,
            role,
            Rule::Exact,
            1.0,
            None,
        ));
    }
    out
}

/// A listed episode's alias inside an organisation's name is no mention of the episode:
/// "Coal Mining" of "Sindh Engro Coal Mining Company".
pub(super) fn event_in_name(x: &Extractor, p: &Prepared<'_>, h: &Hit<'_, Entity>) -> bool {
    let (from, to) = span(&p.norm, h);
    inside_longer_name(x, &p.toks, from, to, ActorKind::Organisation)
}

pub(super) fn span(n: &Normalized, h: &Hit<'_, Entity>) -> (usize, usize) {
    (n.origin[h.start], n.origin[h.end - 1] + 1)
}

/// Capitalised names that are variants of reference actors ("Antrhopic"): the fuzzy
/// resolver, tried on every name before the open-world finder sees it.
pub(super) fn fuzzy(
    x: &Extractor,
    p: &Prepared<'_>,
    taken: &mut super::spans::Taken,
) -> Vec<ActorMention> {
    let mut out = Vec::new();
    if p.title_case {
        return out;
    }
    let mut i = 0;
    while i < p.toks.len() {
        let t = &p.toks[i];
        if !super::opens_name(&x.lexicon, t) {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        while e < p.toks.len() && p.toks[e].is_cap() && !p.toks[e - 1].poss {
            e += 1;
        }
        let (from, to) = (p.toks[i].start, p.toks[e - 1].end);
        // "Norte" of "Davao del Norte": the end of a longer name after a connector is
        // no misspelt name of its own (it came out as "Nortel Networks").
        let tail =
            i >= 2 && x.lexicon.has("connectors", &p.toks[i - 1].norm) && p.toks[i - 2].is_cap();
        if !tail && !taken.overlaps(from, to) && !ends_headed_name(x, &p.toks, i) {
            let name = &p.text[from..to];
            // Collective aliases are common nouns: a capitalised "Teachers" is part of a
            // name ("American Federation of Teachers"), not a typo of one.
            let fuzzy = x
                .resolver
                .fuzzy(name)
                .filter(|(a, _)| a.kind != ActorKind::Collective);
            if let Some((actor, score)) = fuzzy {
                let r = role(p, from, actor.kind);
                out.push(mention(actor, name, p.section, r, Rule::Fuzzy, score, None));
                taken.take(from, to);
            }
        }
        i = e;
    }
    out
}

/// Organisations found by evidence on the whole page, resolved (earlier stories first).
pub(super) fn discovered(
    x: &mut Extractor,
    pages: &[Prepared<'_>],
    taken: &[super::spans::Taken],
    known_orgs: Vec<String>,
) -> Vec<ActorMention> {
    let sections: Vec<super::orgs::Section<'_>> = pages
        .iter()
        .zip(taken)
        .map(|(p, t)| super::orgs::Section {
            toks: p.toks.clone(),
            taken: t.clone(),
            title_case: p.title_case,
        })
        .collect();
    let found: Vec<Found> = Finder {
        lx: &x.lexicon,
        known_orgs,
    }
    .find(&sections);
    let mut out = Vec::new();
    for f in found {
        let (actor, rule, score) = match f
            .aliases
            .iter()
            .chain(std::iter::once(&f.name))
            .find_map(|n| x.resolver.known(n))
        {
            Some(a) => (a, Rule::Corpus, 1.0),
            None => x.resolver.mint(&f.name, f.kind),
        };
        let aliases: Vec<&str> = f.aliases.iter().map(String::as_str).collect();
        x.resolver.remember(actor.clone(), &aliases);
        for o in &f.occurrences {
            let p = &pages[o.section];
            let surface = &p.text[o.start..o.end];
            let r = role(p, o.start, actor.kind);
            out.push(mention(
                actor.clone(),
                surface,
                p.section,
                r,
                rule,
                score,
                Some(f.rule),
            ));
        }
    }
    out
}

fn mention(
    actor: ActorRef,
    surface: &str,
    section: Section,
    role: Role,
    rule: Rule,
    score: f64,
    found_by: Option<&'static str>,
) -> ActorMention {
    ActorMention {
        actor,
        surface: surface.to_owned(),
        section,
        role,
        rule,
        score,
        found_by,
    }
}

/// The role a mention plays, from its section and the sentence around it.
fn role(p: &Prepared<'_>, at: usize, kind: ActorKind) -> Role {
    match p.section {
        Section::Pathway(_) => return Role::Pathway,
        Section::PowerAudit => {}
        _ => return Role::Mentioned,
    }
    // Sentences are in text order: the last one starting at or before `at`.
    let i = p.sentences.partition_point(|&(s, _)| s <= at);
    let s = i
        .checked_sub(1)
        .map(|i| p.sentences[i])
        .filter(|&(_, e)| at < e)
        .map_or(0, |(s, _)| s);
    let before = p.text[s..at].to_lowercase();
    let trigger = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
    let producer = trigger(&[
        "produced by",
        "published by",
        "framed by",
        "reported by",
        "written by",
    ]);
    let audience = trigger(&[
        "audience of",
        "an audience",
        "aimed at",
        "written for",
        "for readers",
    ]);
    let benefit = trigger(&[
        "in the hands of",
        "benefit",
        "serves",
        "enrich",
        "e.g.",
        "such as",
    ]);
    match (producer, audience, benefit) {
        (_, Some(a), b) if b.is_none_or(|b| a > b) => Role::Audience,
        (Some(p), _, b) if b.is_none_or(|b| p > b) => Role::Producer,
        (_, _, Some(_)) if kind == ActorKind::Company => Role::Beneficiary,
        _ => Role::Mentioned,
    }
}

/// Resolves the outlet a page names: an alias, a fuzzy variant, an earlier outlet, or
/// a new one.
pub(super) fn resolve_outlet(x: &mut Extractor, name: &str) -> ActorRef {
    let n = super::normalize::normalize(name);
    let exact = x
        .entities
        .find(name, &n)
        .into_iter()
        .find_map(|h| match h.value {
            Entity::Actor(i) if h.start == 0 && h.end == n.text.len() => Some(i),
            _ => None,
        });
    if let Some(i) = exact {
        let a = &x.reference.actors[i];
        return ActorRef {
            slug: a.slug.clone(),
            name: a.name.clone(),
            kind: a.kind,
        };
    }
    if let Some((a, _)) = x.resolver.fuzzy(name) {
        return a;
    }
    // "NRC" the Dutch newspaper is no "Nuclear Regulatory Commission (NRC)" that another
    // story defined: an outlet named in the header is an outlet.
    if x.resolver
        .known(name)
        .is_some_and(|a| a.kind != ActorKind::Outlet)
    {
        return ActorRef {
            slug: format!("{}-outlet", super::normalize::slug(name)),
            name: name.to_owned(),
            kind: ActorKind::Outlet,
        };
    }
    x.resolver.mint(name, ActorKind::Outlet).0
}
