//! Story (+ extraction) → quads in the story's named graph. Pure: no store.

use crate::extract::reference::Reference;
use crate::extract::{ActorRef, Extraction};
use crate::model::Story;
use crate::vocab::{self, acst, cognio, entity_iri, prov, schema, skos, RDFS_LABEL, RDF_TYPE, XSD};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

mod reference;
pub use reference::reference_quads;

/// Lenses ACST publishes by IRI.
const KNOWN_LENSES: [&str; 6] = [
    "IndigenousKnowledge",
    "HistoricalParallels",
    "CrossCulturalWisdom",
    "ScientificEvidence",
    "ArtisticSpiritual",
    "FutureModelling",
];

fn nn(iri: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

/// Collects quads for one graph.
struct Out {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Out {
    fn new(graph: &str) -> Self {
        Out {
            graph: nn(graph).into(),
            quads: Vec::new(),
        }
    }
    fn add(&mut self, s: &str, p: &str, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::from(nn(s)),
            nn(p),
            o,
            self.graph.clone(),
        ));
    }
    fn iri(&mut self, s: &str, p: &str, o: &str) {
        self.add(s, p, nn(o));
    }
    fn text(&mut self, s: &str, p: &str, o: &str) {
        self.add(s, p, Literal::new_simple_literal(o));
    }
    fn typed(&mut self, s: &str, p: &str, value: impl Into<String>, datatype: &str) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(value, nn(format!("{XSD}{datatype}"))),
        );
    }
    fn opt(&mut self, s: &str, p: &str, o: Option<&str>) {
        if let Some(o) = o.filter(|o| !o.is_empty()) {
            self.text(s, p, o);
        }
    }
}

/// A decimal literal lexical form for a score.
fn decimal(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0');
    if s.ends_with('.') {
        format!("{s}0")
    } else {
        s.to_owned()
    }
}

/// The lens IRI for a label: ACST's own where published, else one minted under acst.
pub fn lens_iri(label: &str) -> (String, bool) {
    let camel: String = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| {
                    f.to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect::<String>()
                })
                .unwrap_or_default()
        })
        .collect();
    if KNOWN_LENSES.contains(&camel.as_str()) {
        (vocab::cognio(&camel), true)
    } else {
        (format!("{}lens/{camel}", vocab::BASE), false)
    }
}

/// The ingest provenance recorded with a story.
pub struct Provenance<'a> {
    /// `xsd:dateTime` of the ingest.
    pub ingested_at: &'a str,
}

/// All quads of one story's graph.
pub fn story_quads(
    story: &Story,
    x: &Extraction,
    reference: &Reference,
    prov_info: &Provenance,
) -> Vec<Quad> {
    let g = vocab::story_graph(&story.id);
    let s = vocab::story_iri(&story.id);
    let mut o = Out::new(&g);
    o.iri(&s, RDF_TYPE, &cognio("Review"));
    o.iri(&s, RDF_TYPE, &schema("Review"));
    o.text(&s, &acst("storyId"), &story.id);
    o.text(&s, &schema("name"), &story.title);
    o.text(&s, &acst("layout"), story.layout.name());
    o.opt(&s, &schema("description"), story.summary.as_deref());
    o.opt(&s, &acst("category"), story.category.as_deref());
    o.opt(&s, &acst("omissionLevel"), story.omission_level.as_deref());
    o.opt(&s, &acst("verdict"), story.verdict.as_deref());
    o.opt(&s, &cognio("whatsMissing"), story.whats_missing.as_deref());
    o.opt(&s, &cognio("synthesis"), story.synthesis.as_deref());
    if let Some(url) = story.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
        o.add(&s, &schema("url"), url);
    }
    if let Some(d) = &story.date {
        o.typed(&s, &schema("datePublished"), d, "date");
    }
    for k in &story.keywords {
        o.text(&s, &schema("keywords"), k);
    }
    if let Some(c) = story.cmr_score {
        o.typed(&s, &cognio("cmrScore"), decimal(c), "decimal");
    }
    original_article(&mut o, &s, story, x);
    lenses(&mut o, &s, story);
    power_audit(&mut o, &s, story, x);
    actors(&mut o, &s, x, reference);
    omissions(&mut o, &s, x);
    parallels(&mut o, &s, x);
    pathways(&mut o, &s, story, x);
    o.iri(&g, RDF_TYPE, &prov("Entity"));
    o.iri(&g, &prov("wasDerivedFrom"), &s);
    o.text(&g, &acst("sourceFile"), &story.source.name);
    o.text(&g, &acst("contentHash"), &story.source.sha256);
    o.typed(
        &g,
        &prov("generatedAtTime"),
        prov_info.ingested_at,
        "dateTime",
    );
    o.text(&g, &acst("acstVersion"), env!("CARGO_PKG_VERSION"));
    o.quads
}

fn original_article(o: &mut Out, s: &str, story: &Story, x: &Extraction) {
    let a = format!("{s}/original");
    o.iri(s, &schema("itemReviewed"), &a);
    o.iri(&a, RDF_TYPE, &schema("NewsArticle"));
    o.opt(&a, &schema("headline"), story.original_headline.as_deref());
    if let Some(outlet) = &x.outlet {
        // Declared (and linked with acst:actor) with the other actors, in `actors`.
        let iri = entity_iri("actor", &outlet.slug);
        o.iri(&a, &schema("publisher"), &iri);
        o.iri(s, &acst("outlet"), &iri);
    }
}

fn lenses(o: &mut Out, s: &str, story: &Story) {
    let mut used: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for l in &story.lenses {
        let (lens, known) = lens_iri(&l.label);
        let local = lens.rsplit(['#', '/']).next().unwrap_or("lens");
        // A page naming one lens twice gets two readings, not one node with two scores.
        let n = used.entry(local.to_owned()).or_default();
        *n += 1;
        let r = match *n {
            1 => format!("{s}/lens/{local}"),
            k => format!("{s}/lens/{local}-{k}"),
        };
        o.iri(s, &cognio("lensAnalysis"), &r);
        o.iri(&r, RDF_TYPE, &cognio("LensReading"));
        o.iri(&r, &cognio("lensType"), &lens);
        if !known {
            o.iri(&lens, RDF_TYPE, &cognio("Lens"));
            o.text(&lens, RDFS_LABEL, &l.label);
        }
        if let Some(score) = l.score {
            o.typed(&r, &cognio("score"), decimal(score), "decimal");
        }
        o.opt(&r, &schema("text"), l.text.as_deref());
    }
}

/// Returns an actor's IRI, declaring it (name, kind, class) when `declare`: reference
/// actors are declared once, in the reference graph; actors minted from text in each
/// story graph that names them.
fn actor_node(o: &mut Out, a: &ActorRef, declare: bool) -> String {
    let iri = entity_iri("actor", &a.slug);
    if !declare {
        return iri;
    }
    o.iri(&iri, RDF_TYPE, &acst(a.kind.class()));
    o.iri(&iri, RDF_TYPE, &acst("Actor"));
    o.text(&iri, &schema("name"), &a.name);
    o.text(&iri, &acst("kind"), a.kind.slug());
    iri
}

fn power_audit(o: &mut Out, s: &str, story: &Story, x: &Extraction) {
    let Some(text) = story.power_audit.as_deref() else {
        return;
    };
    let pa = format!("{s}/power-audit");
    o.iri(s, &acst("powerAudit"), &pa);
    o.iri(&pa, RDF_TYPE, &acst("PowerAudit"));
    o.text(&pa, &schema("text"), text);
    if let Some(outlet) = &x.outlet {
        o.iri(
            &pa,
            &acst("framingProducedBy"),
            &entity_iri("actor", &outlet.slug),
        );
    }
    use crate::extract::Role;
    for m in &x.actors {
        let p = match m.role {
            Role::Producer => "framingProducedBy",
            Role::Audience => "framingAudience",
            Role::Beneficiary => "framingBeneficiary",
            _ => continue,
        };
        o.iri(&pa, &acst(p), &entity_iri("actor", &m.actor.slug));
    }
}

fn actors(o: &mut Out, s: &str, x: &Extraction, reference: &Reference) {
    for a in x.distinct_actors() {
        let iri = actor_node(o, a, reference.actor(&a.slug).is_none());
        o.iri(s, &acst("actor"), &iri);
    }
    for (i, m) in x.actors.iter().enumerate() {
        let mi = format!("{s}/mention/{}", i + 1);
        o.iri(s, &acst("mention"), &mi);
        o.iri(&mi, RDF_TYPE, &acst("Mention"));
        o.iri(&mi, &acst("mentionOf"), &entity_iri("actor", &m.actor.slug));
        o.text(&mi, &acst("surfaceForm"), &m.surface);
        o.text(&mi, &acst("inSection"), &m.section.slug());
        o.text(&mi, &acst("role"), m.role.name());
        o.text(&mi, &acst("resolvedBy"), m.rule.name());
        if let Some(rule) = m.found_by {
            o.text(&mi, &acst("foundBy"), rule);
        }
        o.typed(
            &mi,
            &acst("matchScore"),
            format!("{:.3}", m.score),
            "double",
        );
    }
}

fn omissions(o: &mut Out, s: &str, x: &Extraction) {
    for (i, om) in x.omissions.iter().enumerate() {
        let oi = format!("{s}/omission/{}", i + 1);
        o.iri(s, &acst("omits"), &oi);
        o.iri(&oi, RDF_TYPE, &acst("Omission"));
        o.text(&oi, &schema("text"), &om.text);
        for t in &om.themes {
            o.iri(&oi, &acst("theme"), &entity_iri("theme", t));
        }
        for k in &om.keys {
            o.text(&oi, &acst("keyPhrase"), k);
        }
        for sub in &om.subjects {
            let iri = entity_iri("subject", &sub.slug);
            o.iri(&oi, &acst("subject"), &iri);
            if sub.minted {
                // Minted subjects are declared in the story graphs that name them.
                o.iri(&iri, RDF_TYPE, &skos("Concept"));
                o.iri(&iri, &skos("inScheme"), &acst("OmittedSubjects"));
                o.add(
                    &iri,
                    &skos("prefLabel"),
                    Literal::new_language_tagged_literal_unchecked(&sub.label, "en"),
                );
            }
        }
    }
}

fn parallels(o: &mut Out, s: &str, x: &Extraction) {
    for e in x.distinct_events() {
        let iri = entity_iri("event", &e.slug);
        o.iri(s, &acst("invokesParallel"), &iri);
        if e.minted {
            // Events minted from text are declared in each story graph naming them,
            // as minted actors are; reference events live in the reference graph.
            o.iri(&iri, RDF_TYPE, &acst("HistoricalEvent"));
            o.text(&iri, &schema("name"), &e.name);
            o.iri(&iri, &acst("pattern"), &entity_iri("pattern", &e.pattern));
            if let Some(y) = e.year {
                o.typed(&iri, &acst("year"), format!("{y:04}"), "gYear");
            }
        }
    }
    let base = x.actors.len();
    for (i, m) in x.parallels.iter().enumerate() {
        let mi = format!("{s}/mention/{}", base + i + 1);
        o.iri(s, &acst("mention"), &mi);
        o.iri(&mi, RDF_TYPE, &acst("Mention"));
        o.iri(&mi, &acst("mentionOf"), &entity_iri("event", &m.event.slug));
        o.text(&mi, &acst("surfaceForm"), &m.surface);
        o.text(&mi, &acst("inSection"), &m.section.slug());
        o.text(&mi, &acst("resolvedBy"), m.rule.name());
    }
}

fn pathways(o: &mut Out, s: &str, story: &Story, x: &Extraction) {
    // Nodes are numbered in page order: a page repeating a pathway number still gets one
    // node per pathway; schema:position keeps the number the page shows.
    for (i, p) in story.pathways.iter().enumerate() {
        let pi = format!("{s}/pathway/{}", i + 1);
        o.iri(s, &acst("pathway"), &pi);
        o.iri(&pi, RDF_TYPE, &acst("SolutionPathway"));
        o.typed(&pi, &schema("position"), p.position.to_string(), "integer");
        o.text(&pi, &schema("name"), &p.title);
        o.opt(&pi, &schema("text"), Some(&p.body));
        let Some(info) = x.pathways.get(i) else {
            continue;
        };
        if let Some(t) = &info.solution_type {
            o.iri(&pi, &acst("solutionType"), &entity_iri("solution-type", t));
        }
        for a in &info.institutions {
            o.iri(
                &pi,
                &acst("namesInstitution"),
                &entity_iri("actor", &a.slug),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lens_iris_and_decimals() {
        assert_eq!(
            lens_iri("Historical Parallels"),
            (vocab::cognio("HistoricalParallels"), true)
        );
        assert!(!lens_iri("Trickster Knowledge").1);
        assert_eq!(decimal(0.95), "0.95");
        assert_eq!(decimal(8.0), "8.0");
    }
}
