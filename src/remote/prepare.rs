//! Readying a query or update for a server: checked here first (a syntax error gets the
//! same line:column and caret as locally), acst's prefixes declared for the server, and
//! parameters bound with a trailing `VALUES` clause — which, like Oxigraph's local
//! substitution, binds projected variables.

use crate::error::{Error, Result};
use crate::query::syntax_message;
use crate::vocab;
use oxigraph::model::{Term, Variable};
use spargebra::{Query, SparqlParser};

/// A query as it will be sent.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub text: String,
    /// CONSTRUCT or DESCRIBE: the answer is RDF, not solutions.
    pub is_graph: bool,
    /// The query names no dataset and should see the union of acst's graphs.
    pub union: bool,
}

fn parser() -> SparqlParser {
    let mut p = SparqlParser::new();
    for (prefix, iri) in vocab::PREFIXES {
        p = p.with_prefix(*prefix, *iri).expect("valid prefix IRIs");
    }
    p
}

/// The `PREFIX` lines of acst's prefixes the text does not declare itself.
fn prologue(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    vocab::PREFIXES
        .iter()
        .filter(|(p, _)| {
            !lower
                .match_indices("prefix")
                .any(|(i, _)| lower[i + 6..].trim_start().starts_with(&format!("{p}:")))
        })
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect()
}

pub fn prepare(query: &str, params: &[(Variable, Term)], no_union: bool) -> Result<Prepared> {
    let parsed = parser()
        .parse_query(query)
        .map_err(|e| Error::QuerySyntax(syntax_message(query, &e.to_string())))?;
    let (is_graph, dataset) = match &parsed {
        Query::Select { dataset, .. } | Query::Ask { dataset, .. } => (false, dataset),
        Query::Construct { dataset, .. } | Query::Describe { dataset, .. } => (true, dataset),
    };
    let mut text = prologue(query) + query;
    if !params.is_empty() {
        let vars: Vec<String> = params.iter().map(|(v, _)| v.to_string()).collect();
        let terms: Vec<String> = params.iter().map(|(_, t)| t.to_string()).collect();
        text.push_str(&format!(
            "\nVALUES ({}) {{ ({}) }}\n",
            vars.join(" "),
            terms.join(" ")
        ));
    }
    Ok(Prepared {
        text,
        is_graph,
        union: !no_union && dataset.is_none(),
    })
}

/// Checks an update and declares acst's prefixes for the server.
pub fn prepare_update(update: &str) -> Result<String> {
    parser()
        .parse_update(update)
        .map_err(|e| Error::QuerySyntax(syntax_message(update, &e.to_string())))?;
    Ok(prologue(update) + update)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declares_only_missing_prefixes_and_binds_with_values() {
        let q = "PREFIX schema: <http://schema.org/>\nSELECT ?s WHERE { ?s schema:name ?n }";
        let s: Term = oxigraph::model::NamedNode::new("https://w3id.org/acst/story/x")
            .unwrap()
            .into();
        let p = prepare(q, &[(Variable::new("s").unwrap(), s)], false).unwrap();
        assert!(!p.text.contains("PREFIX schema: <https://schema.org/>"));
        assert!(p.text.contains("PREFIX acst: <"));
        assert!(p
            .text
            .ends_with("VALUES (?s) { (<https://w3id.org/acst/story/x>) }\n"));
        assert!(p.union && !p.is_graph);
        // The prepared text parses again, as a server would parse it.
        parser().parse_query(&p.text).unwrap();
    }

    #[test]
    fn a_dataset_in_the_query_is_left_to_the_server() {
        let p = prepare("CONSTRUCT WHERE { ?s ?p ?o } ", &[], false).unwrap();
        assert!(p.is_graph && p.union);
        let p = prepare("SELECT * FROM <http://g> WHERE { ?s ?p ?o }", &[], false).unwrap();
        assert!(!p.union);
    }

    #[test]
    fn syntax_errors_are_caught_before_sending() {
        let e = prepare("SELECT ?s WHERE { ?s ?p }", &[], false).unwrap_err();
        assert!(e.to_string().contains('^'), "{e}");
    }
}
