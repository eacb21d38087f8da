//! The explorer's HTML: one function per page, over the data the library computes.
//! maud escapes every interpolated value; links are built from ids, never from text.

use super::charts;
use crate::explore::{EntityPage, Entry, Home, StoryRef};
use crate::inspect::StoryView;
use crate::query::canned::Canned;
use crate::xref::Related;
use maud::{html, Markup, DOCTYPE};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// A path segment or query value: everything but unreserved characters encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The address of an entity page from its node id (`actor:openai` → `/entity/actor/openai`).
pub fn entity_href(id: &str) -> String {
    let (kind, slug) = id.split_once(':').unwrap_or(("entity", id));
    format!("/entity/{kind}/{}", utf8_percent_encode(slug, SEGMENT))
}

pub fn story_href(id: &str) -> String {
    format!("/story/{}", utf8_percent_encode(id, SEGMENT))
}

fn graph_href(around: &str) -> String {
    format!("/graph?around={}", utf8_percent_encode(around, SEGMENT))
}

pub fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — acst" }
                link rel="stylesheet" href="/assets/acst.css";
            }
            body {
                header {
                    nav aria-label="main" {
                        a href="/" { strong { "acst" } }
                        a href="/graph" { "Graph" }
                        a href="/editor" { "SPARQL" }
                        form action="/search" method="get" role="search" {
                            label for="q" class="visually-hidden" { "Search" }
                            input id="q" name="q" type="search" placeholder="Search titles, actors, events";
                            button type="submit" { "Search" }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

fn story_list(stories: &[StoryRef]) -> Markup {
    html! {
        ul class="stories" {
            @for s in stories {
                li {
                    a href=(story_href(&s.id)) { (s.title) }
                    @if let Some(d) = &s.date { " " span class="date" { (d) } }
                }
            }
        }
    }
}

fn entry_list(entries: &[Entry]) -> Markup {
    html! {
        ul class="entries" {
            @for e in entries {
                li {
                    a href=(entity_href(&e.id)) { (e.label) }
                    " " span class="kind" { (e.kind) } " "
                    span class="count" { (e.stories) " stories" }
                }
            }
        }
    }
}

pub fn home(h: &Home) -> Markup {
    layout(
        "Explorer",
        html! {
            h1 { "CognioNews reviews, cross-referenced" }
            dl class="figures" {
                div { dt { "Stories" } dd id="n-stories" { (h.stories) } }
                div { dt { "Actors" } dd id="n-actors" { (h.actors) } }
                div { dt { "Historical episodes" } dd id="n-events" { (h.events) } }
                div { dt { "Patterns" } dd id="n-patterns" { (h.patterns) } }
                div { dt { "Omitted subjects" } dd id="n-subjects" { (h.subjects) } }
            }
            section id="patterns" { h2 { "Recurring patterns" } (entry_list(&h.top_patterns)) }
            section id="subjects" { h2 { "Most shared omitted subjects" } (entry_list(&h.top_subjects)) }
            section id="latest" { h2 { "Latest stories" } (story_list(&h.latest)) }
        },
    )
}

/// `text` with each surface form of `marks` (surface, class, link) wrapped in a link,
/// longest forms first, occurrences never overlapping.
fn marked(text: &str, marks: &[(String, &'static str, String)]) -> Markup {
    let mut order: Vec<&(String, &str, String)> =
        marks.iter().filter(|m| m.0.chars().count() >= 3).collect();
    order.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for (k, m) in order.iter().enumerate() {
        for (at, _) in text.match_indices(m.0.as_str()) {
            let end = at + m.0.len();
            if spans.iter().all(|&(a, b, _)| end <= a || at >= b) {
                spans.push((at, end, k));
            }
        }
    }
    spans.sort_unstable();
    let mut parts: Vec<(&str, Option<usize>)> = Vec::new();
    let mut pos = 0;
    for (a, b, k) in spans {
        parts.push((&text[pos..a], None));
        parts.push((&text[a..b], Some(k)));
        pos = b;
    }
    parts.push((&text[pos..], None));
    html! {
        @for (part, mark) in parts {
            @match mark {
                Some(k) => a class={"mark " (order[k].1)} href=(order[k].2) { (part) },
                None => (part),
            }
        }
    }
}

/// A related story with its reasons as (label, entity page id, kind).
pub type RelatedRow = (Related, Vec<(String, String, &'static str)>);

pub fn story(v: &StoryView, subjects: &[Entry], related: &[RelatedRow]) -> Markup {
    let mut marks: Vec<(String, &'static str, String)> = Vec::new();
    for a in &v.actors {
        let href = entity_href(&format!("actor:{}", slug_of(&a.iri)));
        for s in a.aliases.iter().chain([&a.name]) {
            marks.push((s.clone(), "actor", href.clone()));
        }
    }
    for p in &v.parallels {
        let href = entity_href(&format!("event:{}", slug_of(&p.iri)));
        for s in p.aliases.iter().chain([&p.name]) {
            marks.push((s.clone(), "event", href.clone()));
        }
    }
    let lenses: Vec<(String, f64)> = v
        .lenses
        .iter()
        .filter_map(|l| Some((l.lens.clone(), l.score? * 100.0)))
        .collect();
    layout(
        &v.title,
        html! {
            article class="story" {
                h1 { (v.title) }
                p class="meta" {
                    @if let Some(o) = &v.outlet { "Framed by " strong class="outlet" { (o) } }
                    @if let Some(d) = &v.date { " · " span class="date" { (d) } }
                    @if let Some(c) = v.cmr_score { " · cmrScore " strong id="cmr" { (c) } }
                    " · " a href=(graph_href(&format!("story:{}", v.id))) { "graph view" }
                }
                @if let Some(h) = &v.original_headline { p class="original" { "Original framing: “" (h) "”" } }
                @if !lenses.is_empty() {
                    section id="lenses" { h2 { "Lens signals" } (charts::bars("Lens signals", &lenses, 100.0, "%")) }
                }
                section id="omissions" {
                    h2 { "What the coverage omitted" }
                    ol {
                        @for o in &v.omissions {
                            li {
                                (marked(&o.text, &marks))
                                @for t in &o.themes {
                                    " " a class="theme" href=(entity_href(&format!("theme:{t}"))) { (t) }
                                }
                            }
                        }
                    }
                }
                @if !subjects.is_empty() {
                    section id="subjects" {
                        h2 { "Omitted subjects" }
                        p class="small" { "What each omission leaves out, as concepts other stories share." }
                        (entry_list(subjects))
                    }
                }
                section id="parallels" {
                    h2 { "Historical parallels" }
                    ul {
                        @for p in &v.parallels {
                            li {
                                a class="event" href=(entity_href(&format!("event:{}", slug_of(&p.iri)))) { (p.name) }
                                " " a class="pattern" href=(entity_href(&format!("pattern:{}", p.pattern))) { (p.pattern) }
                            }
                        }
                    }
                }
                section id="actors" {
                    h2 { "Actors" }
                    ul {
                        @for a in &v.actors {
                            li {
                                a class="actor" href=(entity_href(&format!("actor:{}", slug_of(&a.iri)))) { (a.name) }
                                " " span class="kind" { (a.kind) }
                                @if !a.roles.is_empty() { " " span class="roles" { (a.roles.join(", ")) } }
                            }
                        }
                    }
                }
                @if !v.pathways.is_empty() {
                    section id="pathways" {
                        h2 { "Solution pathways" }
                        ol { @for p in &v.pathways { li { (p.title) @if let Some(t) = &p.solution_type { " " span class="kind" { (t) } } } } }
                    }
                }
                section id="related" {
                    h2 { "Related stories" }
                    @if related.is_empty() { p { "No related story in this corpus." } }
                    ol {
                        @for (r, reasons) in related {
                            li {
                                a class="related" href=(story_href(&r.story)) { (r.title) }
                                " " span class="score" { (format!("{:.2}", r.score)) }
                                ul class="reasons" {
                                    @for (label, id, kind) in reasons {
                                        li { span class="kind" { (kind) } " " a href=(entity_href(id)) { (label) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn slug_of(iri: &str) -> &str {
    iri.rsplit('/').next().unwrap_or(iri)
}

/// The most stories an entity page lists (a pattern can have thousands).
const STORY_CAP: usize = 200;

pub fn entity(p: &EntityPage, aliases: &[String]) -> Markup {
    let e = &p.entry;
    layout(
        &e.label,
        html! {
            h1 { (e.label) }
            p class="meta" {
                span class="kind" { (e.kind) } " · " span id="n-stories" { (e.stories) } " stories · "
                a href=(graph_href(&e.id)) { "graph view" }
            }
            @if !aliases.is_empty() {
                section id="aliases" { h2 { "Written as" } ul { @for a in aliases { li { (a) } } } }
            }
            @if !p.by_month.is_empty() {
                section id="timeline" { h2 { "Stories by month" } (charts::months("Stories by month", &p.by_month)) }
            }
            @if !p.co_actors.is_empty() {
                section id="co-actors" { h2 { "Actors named with it" } (entry_list(&p.co_actors)) }
            }
            section id="entity-stories" {
                h2 { "Stories" }
                (story_list(&p.story_list[..p.story_list.len().min(STORY_CAP)]))
                @if p.story_list.len() > STORY_CAP {
                    p class="small" { "The latest " (STORY_CAP) " of " (p.story_list.len()) "; all of them in " a href={"/api" (entity_href(&e.id))} { "the JSON" } "." }
                }
            }
        },
    )
}

pub fn search(q: &str, stories: &[StoryRef], entries: &[Entry]) -> Markup {
    layout(
        "Search",
        html! {
            h1 { "Search: " (q) }
            section id="found-stories" { h2 { "Stories" } (story_list(stories)) }
            section id="found-entities" { h2 { "Entities" } (entry_list(entries)) }
        },
    )
}

pub fn graph(around: &str, depth: usize) -> Markup {
    layout(
        "Graph",
        html! {
            h1 { "Graph around " code { (around) } }
            form method="get" action="/graph" class="inline" {
                label { "Around " input name="around" value=(around); }
                label { " depth " select name="depth" {
                    @for d in [1usize, 2] { option value=(d) selected[d == depth] { (d) } }
                } }
                button type="submit" { "Show" }
            }
            p class="legend" {
                @for k in ["story", "actor", "outlet", "event", "pattern", "theme", "omission", "pathway-type"] {
                    span class={"dot " (k)} {} " " (k) " "
                }
            }
            div id="graph" data-around=(around) data-depth=(depth) aria-label="graph view" {}
            noscript { p { "The graph view needs JavaScript; " a href={"/api/graph?around=" (utf8_percent_encode(around, SEGMENT)) "&depth=" (depth)} { "its data as Cytoscape JSON" } "." } }
            script src="/assets/vendor/cytoscape.min.js" {}
            script src="/assets/graph.js" {}
        },
    )
}

pub fn editor(canned: &[Canned]) -> Markup {
    layout(
        "SPARQL",
        html! {
            h1 { "SPARQL" }
            div class="editor" {
                aside {
                    h2 { "Canned queries" }
                    ul id="canned" {
                        @for c in canned {
                            li {
                                button type="button" class="canned" data-name=(c.name) { (c.name) }
                                p class="small" { (c.answers) }
                                @if !c.params.is_empty() { p class="small" { "Unbound here: the server has no parameters; edit the query to fix one." } }
                                @if c.needs_xref { p class="small" { "Reads the derived graph: empty until acst xref has run." } }
                                template id={"q-" (c.name)} { (c.text) }
                            }
                        }
                    }
                }
                section {
                    label for="query" { "Query" }
                    textarea id="query" rows="14" spellcheck="false" {
                        "PREFIX acst: <https://w3id.org/acst/ns#>\nPREFIX schema: <https://schema.org/>\nSELECT ?story ?title WHERE { ?story a acst:Story ; schema:name ?title } LIMIT 20\n"
                    }
                    p {
                        button type="button" id="run" { "Run" }
                        " " label { input type="radio" name="view" value="table" checked; " table" }
                        " " label { input type="radio" name="view" value="chart"; " chart" }
                        " " label { input type="radio" name="view" value="graph"; " graph" }
                    }
                    p id="status" role="status" {}
                    div id="results" {}
                }
            }
            script src="/assets/vendor/cytoscape.min.js" {}
            script src="/assets/editor.js" {}
        },
    )
}

pub fn message(title: &str, text: &str) -> Markup {
    layout(title, html! { h1 { (title) } p { (text) } })
}
