//! Actor mentions: exact alias hits, fuzzy variants of reference names, and the
//! organisations [`super::orgs`] finds by evidence; each with its role.

use super::matcher::Hit;
use super::normalize::{norm, Normalized};
use super::not_mentions::{ends_headed_name, inside_longer_name, located, owns_body, owns_thing};
use super::orgs::{Finder, Found};
use super::reference::ActorKind;
use super::resolve::{ActorRef, Rule};
use super::{ActorMention, Entity, Extractor, Prepared, Role};
use crate::model::Section;

/// Byte ranges of the reference hits that stand for themselves (see [`known`]).
pub(super) fn covered(x: &Extractor, p: &Prepared<'_>) -> super::spans::Taken {
    let mut taken = super::spans::Taken::default();
    p.hits
        .iter()
        .filter(|h| match h.value {
            Entity::Actor(i) => {
                let (from, to) = span(&p.norm, h);
                !as_common_word(x, i, h.surface)
                    && !inside_longer_name(x, &p.toks, from, to, x.reference.actors[i].kind)
            }
            Entity::Event(_) => !event_in_name(x, p, h),
        })
        .for_each(|h| {
            let (from, to) = span(&p.norm, h);
            taken.take(from, to);
        });
    taken
}

/// A body's name written as a common word is that word: "the pear and apple orchards"
/// name no Apple. Collectives ("workers") and bodies the data spells in lower case
/// ("senators") match in any case.
fn as_common_word(x: &Extractor, i: usize, surface: &str) -> bool {
    let a = &x.reference.actors[i];
    if a.kind == ActorKind::Collective || surface.chars().any(char::is_uppercase) {
        return false;
    }
    let key = norm(surface);
    !std::iter::once(&a.name)
        .chain(&a.aliases)
        .any(|n| !n.chars().any(char::is_uppercase) && norm(n) == key)
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
        if as_common_word(x, i, h.surface)
            || inside_longer_name(x, &p.toks, from, to, a.kind)
            || episodes.overlaps(from, to)
            || (a.kind == ActorKind::Government
                && (located(x, &p.toks, from)
                    || owns_body(x, &p.toks, to)
                    || owns_thing(x, &p.toks, h.surface, to)
                    // A title in title case says where a story is set ("Korea's Trainee
                    // Doctors Return…"); possessives and verbs there tell nothing.
                    || (p.section == Section::Title && p.title_case)))
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
