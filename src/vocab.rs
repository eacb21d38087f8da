//! IRI constants of the ACST vocabulary, acst's own extension and the standard
//! vocabularies reused, in one place.

/// The published ACST vocabulary (`cognio:`).
pub const COGNIO: &str = "https://cognionews.com/vocab/acst#";
/// acst's own extension (`acst:`): what ACST lacks (actors, omissions, parallels…).
pub const ACST: &str = "https://w3id.org/acst/ns#";
/// Base of every resource acst mints (stories, entities, graphs).
pub const BASE: &str = "https://w3id.org/acst/";
pub const SCHEMA: &str = "https://schema.org/";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const DCT: &str = "http://purl.org/dc/terms/";
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// Named graph holding the ontology (and the SHACL shapes).
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/acst/graph/ontology";
/// Named graph holding the curated reference data.
pub const REFERENCE_GRAPH: &str = "https://w3id.org/acst/graph/reference";
/// Named graph holding derived cross-references (rebuilt by `acst xref`).
pub const XREF_GRAPH: &str = "https://w3id.org/acst/graph/xref";
/// Prefix of every story's named graph.
pub const STORY_GRAPH_PREFIX: &str = "https://w3id.org/acst/graph/story/";
/// Prefix of every story IRI.
pub const STORY_PREFIX: &str = "https://w3id.org/acst/story/";
/// CognioNews page URL prefix.
pub const COGNIO_PAGE_PREFIX: &str = "https://cognionews.com/stories/";

/// The prefixes every SPARQL query and Turtle dump gets.
pub const PREFIXES: &[(&str, &str)] = &[
    ("cognio", COGNIO),
    ("acst", ACST),
    ("schema", SCHEMA),
    ("skos", SKOS),
    ("prov", PROV),
    ("dct", DCT),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", XSD),
    ("sh", "http://www.w3.org/ns/shacl#"),
];

/// `cognio:` term.
pub fn cognio(local: &str) -> String {
    format!("{COGNIO}{local}")
}
/// `acst:` term.
pub fn acst(local: &str) -> String {
    format!("{ACST}{local}")
}
/// `schema:` term.
pub fn schema(local: &str) -> String {
    format!("{SCHEMA}{local}")
}
pub fn skos(local: &str) -> String {
    format!("{SKOS}{local}")
}
pub fn prov(local: &str) -> String {
    format!("{PROV}{local}")
}
pub fn dct(local: &str) -> String {
    format!("{DCT}{local}")
}

/// IRI of a story from its id.
pub fn story_iri(id: &str) -> String {
    format!("{STORY_PREFIX}{id}")
}
/// IRI of a story's named graph from its id.
pub fn story_graph(id: &str) -> String {
    format!("{STORY_GRAPH_PREFIX}{id}")
}
/// IRI of a reference entity: `kind` is `actor`, `event`, `theme`, `pattern`, `solution-type`.
pub fn entity_iri(kind: &str, slug: &str) -> String {
    format!("{BASE}{kind}/{slug}")
}
/// The SPARQL `PREFIX` lines for [`PREFIXES`].
pub fn sparql_prefixes() -> String {
    PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect()
}
