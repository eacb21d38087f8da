//! SHACL validation of the store against `ontology/shapes.ttl`. Implements the core
//! constraints the shapes use (minCount, maxCount, datatype, class, minInclusive,
//! maxInclusive, pattern, in) by turning each into a SPARQL query over the union graph;
//! the test suite checks the same shapes with pyshacl on an RDF dump.

use crate::error::Result;
use crate::query::{select, value};
use crate::store::AcstStore;
use crate::vocab;
use oxigraph::store::Store;
use serde::Serialize;

/// One violation: the focus node, the property path, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Violation {
    pub focus: String,
    pub path: String,
    pub constraint: String,
    pub message: String,
}

struct PropertyShape {
    target: String,
    path: String,
}

impl PropertyShape {
    /// A graph pattern binding `?p` to this property shape (blank nodes cannot be named
    /// in a query, so the shape is found again by its target class and path).
    fn pattern(&self) -> String {
        format!(
            "?shape sh:targetClass <{}> ; sh:property ?p . ?p sh:path <{}> .",
            self.target, self.path
        )
    }
}

pub fn validate(store: &AcstStore) -> Result<Vec<Violation>> {
    validate_store(&store.store)
}

/// [`validate`] on any Oxigraph store holding the ontology graph (an in-memory one, say).
pub fn validate_store(store: &Store) -> Result<Vec<Violation>> {
    let g = vocab::ONTOLOGY_GRAPH;
    let shapes = select(
        store,
        &format!("SELECT DISTINCT ?target ?path WHERE {{ GRAPH <{g}> {{ ?s sh:targetClass ?target ; sh:property ?p . ?p sh:path ?path . FILTER(isIRI(?path)) }} }} ORDER BY ?target ?path"),
    )?;
    let mut out = Vec::new();
    for row in &shapes {
        let (Some(target), Some(path)) = (value(row, "target"), value(row, "path")) else {
            continue;
        };
        let shape = PropertyShape { target, path };
        out.extend(check(store, &shape)?);
    }
    out.sort();
    Ok(out)
}

/// The constraints of one property shape, each checked by a query.
fn check(store: &Store, s: &PropertyShape) -> Result<Vec<Violation>> {
    let g = vocab::ONTOLOGY_GRAPH;
    let params = select(
        store,
        &format!(
            "SELECT DISTINCT ?k ?v WHERE {{ GRAPH <{g}> {{ {} ?p ?k ?v . FILTER(?k IN (sh:minCount, sh:maxCount, sh:datatype, sh:class, sh:minInclusive, sh:maxInclusive, sh:pattern)) }} }}",
            s.pattern()
        ),
    )?;
    let (t, p) = (&s.target, &s.path);
    let mut out = Vec::new();
    let base = format!("?focus a <{t}> .");
    for row in &params {
        let (Some(k), Some(v)) = (value(row, "k"), value(row, "v")) else {
            continue;
        };
        let term = row.get("v").map(|x| x.to_string()).unwrap_or_default();
        let local = k
            .trim_start_matches("http://www.w3.org/ns/shacl#")
            .to_owned();
        let (query, message) = match local.as_str() {
            "minCount" => (format!("SELECT ?focus WHERE {{ {base} OPTIONAL {{ ?focus <{p}> ?v }} }} GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) < {v})"), format!("fewer than {v} values")),
            "maxCount" => (format!("SELECT ?focus WHERE {{ {base} ?focus <{p}> ?v }} GROUP BY ?focus HAVING (COUNT(DISTINCT ?v) > {v})"), format!("more than {v} values")),
            "datatype" => (format!("SELECT DISTINCT ?focus ?v WHERE {{ {base} ?focus <{p}> ?v . FILTER(!isLiteral(?v) || DATATYPE(?v) != <{v}>) }}"), format!("value is not a {}", crate::query::results::compact(&v))),
            "class" => (format!("SELECT DISTINCT ?focus ?v WHERE {{ {base} ?focus <{p}> ?v . FILTER NOT EXISTS {{ ?v a/rdfs:subClassOf* <{v}> }} }}"), format!("value is not a {}", crate::query::results::compact(&v))),
            "minInclusive" => (format!("SELECT DISTINCT ?focus ?v WHERE {{ {base} ?focus <{p}> ?v . FILTER(?v < {term}) }}"), format!("value below {v}")),
            "maxInclusive" => (format!("SELECT DISTINCT ?focus ?v WHERE {{ {base} ?focus <{p}> ?v . FILTER(?v > {term}) }}"), format!("value above {v}")),
            "pattern" => (format!("SELECT DISTINCT ?focus ?v WHERE {{ {base} ?focus <{p}> ?v . FILTER(!REGEX(STR(?v), {term})) }}"), format!("value does not match {v}")),
            _ => continue,
        };
        for r in select(store, &query)? {
            let found = value(&r, "v")
                .map(|v| format!(" ({v:?})"))
                .unwrap_or_default();
            out.push(Violation {
                focus: value(&r, "focus").unwrap_or_default(),
                path: p.clone(),
                constraint: format!("sh:{local}"),
                message: format!("{message}{found}"),
            });
        }
    }
    out.extend(check_in(store, s)?);
    Ok(out)
}

/// `sh:in ( … )`: every value must be one of the listed terms.
fn check_in(store: &Store, s: &PropertyShape) -> Result<Vec<Violation>> {
    let g = vocab::ONTOLOGY_GRAPH;
    let members = select(
        store,
        &format!(
            "SELECT DISTINCT ?m WHERE {{ GRAPH <{g}> {{ {} ?p sh:in/rdf:rest*/rdf:first ?m }} }}",
            s.pattern()
        ),
    )?;
    if members.is_empty() {
        return Ok(Vec::new());
    }
    let list: Vec<String> = members
        .iter()
        .filter_map(|r| r.get("m").map(|t| t.to_string()))
        .collect();
    let q = format!(
        "SELECT DISTINCT ?focus ?v WHERE {{ ?focus a <{}> ; <{}> ?v . FILTER(?v NOT IN ({})) }}",
        s.target,
        s.path,
        list.join(", ")
    );
    Ok(select(store, &q)?
        .iter()
        .map(|r| Violation {
            focus: value(r, "focus").unwrap_or_default(),
            path: s.path.clone(),
            constraint: "sh:in".into(),
            message: format!(
                "value {:?} is not one of {}",
                value(r, "v").unwrap_or_default(),
                list.join(" ")
            ),
        })
        .collect())
}
