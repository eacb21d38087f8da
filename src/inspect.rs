//! Read-side views of the store: `stats` counts and everything known about one story.

use crate::error::{Error, Result};
use crate::query::{select, select_bound, value};
use crate::store::AcstStore;
use oxigraph::model::{NamedNode, Term};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Stats {
    pub stories: usize,
    pub triples: usize,
    pub named_graphs: usize,
    /// (class IRI, instance count), by class.
    pub classes: Vec<(String, usize)>,
}

pub fn stats(store: &AcstStore) -> Result<Stats> {
    let rows = select(
        &store.store,
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c",
    )?;
    let classes: Vec<(String, usize)> = rows
        .iter()
        .filter_map(|r| Some((value(r, "c")?, value(r, "n")?.parse().ok()?)))
        .collect();
    let stories = store.story_graphs()?.len();
    let named_graphs = store.store.named_graphs().count();
    Ok(Stats {
        stories,
        triples: store.len()?,
        named_graphs,
        classes,
    })
}

#[derive(Debug, Serialize, PartialEq)]
pub struct LensView {
    pub lens: String,
    pub score: Option<f64>,
}
#[derive(Debug, Serialize, PartialEq)]
pub struct PathwayView {
    pub position: u32,
    pub title: String,
    #[serde(rename = "type")]
    pub solution_type: Option<String>,
    pub institutions: Vec<String>,
}
#[derive(Debug, Serialize, PartialEq)]
pub struct ActorView {
    pub iri: String,
    pub name: String,
    pub kind: String,
    /// Surface forms this story used for the actor.
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}
#[derive(Debug, Serialize, PartialEq)]
pub struct OmissionView {
    pub text: String,
    pub themes: Vec<String>,
}
#[derive(Debug, Serialize, PartialEq)]
pub struct ParallelView {
    pub iri: String,
    pub name: String,
    pub pattern: String,
    /// Surface forms this story used for the event.
    pub aliases: Vec<String>,
}

/// Everything known about one story (the `acst show --format json` object).
#[derive(Debug, Serialize)]
pub struct StoryView {
    pub id: String,
    pub iri: String,
    pub title: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub category: Option<String>,
    pub cmr_score: Option<f64>,
    pub original_headline: Option<String>,
    pub summary: Option<String>,
    pub source_file: Option<String>,
    pub lenses: Vec<LensView>,
    pub pathways: Vec<PathwayView>,
    pub actors: Vec<ActorView>,
    pub omissions: Vec<OmissionView>,
    pub parallels: Vec<ParallelView>,
}

fn split(v: Option<String>) -> Vec<String> {
    v.map(|s| {
        s.split('\u{1f}')
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect()
    })
    .unwrap_or_default()
}

pub fn story_view(store: &AcstStore, iri: &str) -> Result<StoryView> {
    let story = Term::from(
        NamedNode::new(iri).map_err(|e| Error::Invalid(format!("story IRI {iri:?}: {e}")))?,
    );
    let q = |body: &str| select_bound(&store.store, body, &[("S", &story)]);
    let main = q("SELECT ?id ?t ?url ?o ?d ?cat ?cmr ?h ?sum ?src WHERE { ?S acst:storyId ?id ; schema:name ?t .
        OPTIONAL { ?S schema:url ?url } OPTIONAL { ?S acst:outlet/schema:name ?o } OPTIONAL { ?S schema:datePublished ?d }
        OPTIONAL { ?S acst:category ?cat } OPTIONAL { ?S cognio:cmrScore ?cmr } OPTIONAL { ?S schema:itemReviewed/schema:headline ?h }
        OPTIONAL { ?S schema:description ?sum } OPTIONAL { ?g prov:wasDerivedFrom ?S ; acst:sourceFile ?src } } LIMIT 1")?;
    let m = main.first();
    let get = |v: &str| m.and_then(|r| value(r, v));
    let lenses = q(
        // DISTINCT: a lens type the ontology does not know is labelled in every story
        // graph that uses it, and the union of the graphs repeats the row per graph.
        "SELECT DISTINCT ?l ?label ?score WHERE { ?S cognio:lensAnalysis ?r . ?r cognio:lensType ?l .
        OPTIONAL { ?r cognio:score ?score } OPTIONAL { ?l rdfs:label ?label } } ORDER BY ?l",
    )?
    .iter()
    .map(|r| LensView {
        lens: value(r, "label")
            .unwrap_or_else(|| crate::read::label_from_iri(&value(r, "l").unwrap_or_default())),
        score: value(r, "score").and_then(|v| v.parse().ok()),
    })
    .collect();
    let pathways = q("SELECT ?pos ?t ?type (GROUP_CONCAT(DISTINCT ?inst; separator='\u{1f}') AS ?insts) WHERE { ?S acst:pathway ?p .
        ?p schema:position ?pos ; schema:name ?t . OPTIONAL { ?p acst:solutionType/skos:notation ?type }
        OPTIONAL { ?p acst:namesInstitution/schema:name ?inst } } GROUP BY ?pos ?t ?type ORDER BY ?pos")?
        .iter()
        .map(|r| PathwayView {
            position: value(r, "pos").and_then(|v| v.parse().ok()).unwrap_or(0),
            title: value(r, "t").unwrap_or_default(),
            solution_type: value(r, "type"),
            institutions: split(value(r, "insts")),
        })
        .collect();
    let actors = entities_of(
        store,
        &story,
        "acst:actor",
        "acst:kind",
        "; acst:role ?role",
    )?
    .into_iter()
    .map(|e| ActorView {
        iri: e.iri,
        name: e.name,
        kind: e.kind,
        aliases: e.forms,
        roles: e.roles,
    })
    .collect();
    let omissions = q("SELECT ?o ?text (GROUP_CONCAT(DISTINCT ?t; separator='\u{1f}') AS ?themes) WHERE { ?S acst:omits ?o .
        ?o schema:text ?text ; acst:theme/skos:notation ?t } GROUP BY ?o ?text")?;
    let mut omissions: Vec<(usize, OmissionView)> = omissions
        .iter()
        .map(|r| {
            let n = value(r, "o")
                .and_then(|o| o.rsplit('/').next()?.parse().ok())
                .unwrap_or(0);
            let mut themes = split(value(r, "themes"));
            themes.sort();
            (
                n,
                OmissionView {
                    text: value(r, "text").unwrap_or_default(),
                    themes,
                },
            )
        })
        .collect();
    omissions.sort_by_key(|(n, _)| *n);
    let mut parallels: Vec<ParallelView> = entities_of(
        store,
        &story,
        "acst:invokesParallel",
        "acst:pattern/skos:notation",
        "",
    )?
    .into_iter()
    .map(|e| ParallelView {
        iri: e.iri,
        name: e.name,
        pattern: e.kind,
        aliases: e.forms,
    })
    .collect();
    parallels.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.iri.cmp(&b.iri)));
    Ok(StoryView {
        id: get("id").unwrap_or_default(),
        iri: iri.to_owned(),
        title: get("t").unwrap_or_default(),
        url: get("url"),
        outlet: get("o"),
        date: get("d"),
        category: get("cat"),
        cmr_score: get("cmr").and_then(|v| v.parse().ok()),
        original_headline: get("h"),
        summary: get("sum"),
        source_file: get("src"),
        lenses,
        pathways,
        actors,
        omissions: omissions.into_iter().map(|(_, o)| o).collect(),
        parallels,
    })
}

/// An entity a story names, with what the story's mentions call it.
struct Named {
    iri: String,
    name: String,
    kind: String,
    forms: Vec<String>,
    roles: Vec<String>,
}

/// The entities a story links by `link`, each with its name, its `kind` (a property
/// path) and the surface forms (and roles, when `role` asks for them) of the story's
/// mentions of it, sorted by IRI. One small query per entity: an entity minted from text
/// is declared in every story graph naming it, and joining its name with its kind in one
/// query would multiply those copies (3,373 stories naming one event gave 11 million
/// rows for one page).
fn entities_of(
    store: &AcstStore,
    story: &Term,
    link: &str,
    kind: &str,
    role: &str,
) -> Result<Vec<Named>> {
    let linked = select_bound(
        &store.store,
        &format!("SELECT DISTINCT ?e WHERE {{ ?S {link} ?e }} ORDER BY ?e"),
        &[("S", story)],
    )?;
    let mut out = Vec::new();
    for row in &linked {
        let Some(e) = row.get("e") else { continue };
        let facts = select_bound(
            &store.store,
            &format!("SELECT ?name ?kind WHERE {{ ?e schema:name ?name ; {kind} ?kind }} LIMIT 1"),
            &[("e", e)],
        )?;
        let Some(f) = facts.first() else { continue };
        let role_var = if role.is_empty() { "" } else { "?role" };
        let mentions = select_bound(
            &store.store,
            &format!(
                "SELECT DISTINCT ?sf {role_var} WHERE {{ ?S acst:mention ?m . ?m acst:mentionOf ?e ; acst:surfaceForm ?sf {role} }}"
            ),
            &[("S", story), ("e", e)],
        )?;
        let mut forms: Vec<String> = mentions.iter().filter_map(|m| value(m, "sf")).collect();
        let mut roles: Vec<String> = mentions.iter().filter_map(|m| value(m, "role")).collect();
        for v in [&mut forms, &mut roles] {
            v.sort();
            v.dedup();
        }
        out.push(Named {
            iri: value(row, "e").unwrap_or_default(),
            name: value(f, "name").unwrap_or_default(),
            kind: value(f, "kind").unwrap_or_default(),
            forms,
            roles,
        });
    }
    Ok(out)
}

/// For an omitted subject (its IRI): each story omitting it, with the text of the
/// omitted item that names it (story IRI → text). Read through the quad index with a
/// typed term.
pub fn omitted_texts(
    store: &AcstStore,
    subject: &str,
) -> Result<std::collections::BTreeMap<String, String>> {
    use oxigraph::model::{NamedNodeRef, NamedOrBlankNodeRef, Term};
    let mut out = std::collections::BTreeMap::new();
    let Ok(concept) = NamedNodeRef::new(subject) else {
        return Ok(out);
    };
    let has_subject = crate::vocab::acst("subject");
    let text = crate::vocab::schema("text");
    for q in store.store.quads_for_pattern(
        None,
        Some(NamedNodeRef::new_unchecked(&has_subject)),
        Some(concept.into()),
        None,
    ) {
        let q = q?;
        let NamedOrBlankNodeRef::NamedNode(omission) = q.subject.as_ref() else {
            continue;
        };
        let Some((story, _)) = omission.as_str().split_once("/omission/") else {
            continue;
        };
        for t in store.store.quads_for_pattern(
            Some(omission.into()),
            Some(NamedNodeRef::new_unchecked(&text)),
            None,
            None,
        ) {
            if let Term::Literal(l) = t?.object {
                out.entry(story.to_owned())
                    .or_insert_with(|| l.value().to_owned());
            }
        }
    }
    Ok(out)
}
