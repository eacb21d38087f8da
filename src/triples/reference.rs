//! The reference data (actors, patterns, omitted subjects, solution types, themes,
//! events) as quads in the reference graph.

use super::{actor_node, Out};
use crate::extract::reference::Reference;
use crate::extract::ActorRef;
use crate::vocab::{self, acst, entity_iri, schema, skos, RDF_TYPE};
use oxigraph::model::{Literal, Quad};

/// The reference data as quads in the reference graph.
pub fn reference_quads(r: &Reference) -> Vec<Quad> {
    let mut o = Out::new(vocab::REFERENCE_GRAPH);
    for a in &r.actors {
        let iri = actor_node(
            &mut o,
            &ActorRef {
                slug: a.slug.clone(),
                name: a.name.clone(),
                kind: a.kind,
            },
            true,
        );
        for alias in &a.aliases {
            o.text(&iri, &skos("altLabel"), alias);
        }
    }
    let scheme = |o: &mut Out, kind: &str, scheme: &str, slug: &str, label: &str| -> String {
        let iri = entity_iri(kind, slug);
        o.iri(&iri, RDF_TYPE, &skos("Concept"));
        o.iri(&iri, &skos("inScheme"), &acst(scheme));
        o.text(&iri, &skos("notation"), slug);
        o.add(
            &iri,
            &skos("prefLabel"),
            Literal::new_language_tagged_literal_unchecked(label, "en"),
        );
        iri
    };
    for p in &r.patterns {
        scheme(&mut o, "pattern", "Patterns", &p.slug, &p.label);
    }
    for s in &r.subjects {
        let iri = scheme(&mut o, "subject", "OmittedSubjects", &s.slug, &s.label);
        for l in &s.cues {
            o.add(
                &iri,
                &skos("altLabel"),
                Literal::new_language_tagged_literal_unchecked(l.trim_end_matches('*'), "en"),
            );
        }
        for t in &s.broader {
            o.iri(&iri, &skos("broader"), &entity_iri("theme", t));
        }
    }
    for t in &r.solution_types {
        let iri = scheme(&mut o, "solution-type", "SolutionTypes", &t.slug, &t.label);
        for c in &t.cues {
            o.text(&iri, &acst("cue"), c);
        }
    }
    for t in &r.themes {
        let iri = entity_iri("theme", &t.slug);
        if t.label != t.slug {
            scheme(&mut o, "theme", "OmissionThemes", &t.slug, &t.label);
        }
        for c in &t.cues {
            o.text(&iri, &acst("cue"), c);
        }
    }
    for e in &r.events {
        let iri = entity_iri("event", &e.slug);
        o.iri(&iri, RDF_TYPE, &acst("HistoricalEvent"));
        o.text(&iri, &schema("name"), &e.name);
        o.iri(&iri, &acst("pattern"), &entity_iri("pattern", &e.pattern));
        if let Some(y) = e.year {
            o.typed(&iri, &acst("year"), format!("{y:04}"), "gYear");
        }
        for alias in &e.aliases {
            o.text(&iri, &skos("altLabel"), alias);
        }
    }
    o.quads
}
