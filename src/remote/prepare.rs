//! Readying a query or update for a server: checked here first (a syntax error gets the
//! same line:column and caret as locally), acst's prefixes declared for the server, and
//! parameters bound in the parsed algebra as they are locally ([`crate::query::bind`]):
//! the query then goes out as spargebra writes it, with full IRIs.

use crate::error::{Error, Result};
use crate::query::{parser, syntax_message};
use crate::vocab;
use oxigraph::model::{Term, Variable};
use spargebra::Query;

/// A query as it will be sent.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub text: String,
    /// CONSTRUCT or DESCRIBE: the answer is RDF, not solutions.
    pub is_graph: bool,
    /// The query names no dataset and should see the union of acst's graphs.
    pub union: bool,
    pub is_ask: bool,
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
    crate::query::check_depth(query)?;
    let mut parsed = parser()
        .parse_query(query)
        .map_err(|e| Error::QuerySyntax(syntax_message(query, &e.to_string())))?;
    let (is_graph, names_dataset) = match &parsed {
        Query::Select { dataset, .. } | Query::Ask { dataset, .. } => (false, dataset.is_some()),
        Query::Construct { dataset, .. } | Query::Describe { dataset, .. } => {
            (true, dataset.is_some())
        }
    };
    let is_ask = matches!(parsed, Query::Ask { .. });
    let text = if params.is_empty() {
        prologue(query) + query
    } else {
        for (var, term) in params {
            if !crate::query::bind::bind(&mut parsed, var, term) {
                return Err(crate::query::unused_parameter(var));
            }
        }
        parsed.to_string()
    };
    Ok(Prepared {
        text,
        is_ask,
        is_graph,
        union: !no_union && !names_dataset,
    })
}

/// Checks an update and declares acst's prefixes for the server.
pub fn prepare_update(update: &str) -> Result<String> {
    crate::query::check_depth(update)?;
    parser()
        .parse_update(update)
        .map_err(|e| Error::QuerySyntax(syntax_message(update, &e.to_string())))?;
    Ok(prologue(update) + update)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declares_only_missing_prefixes_and_binds_in_the_algebra() {
        let q = "PREFIX schema: <http://schema.org/>\nSELECT ?s WHERE { ?s schema:name ?n }";
        let s: Term = oxigraph::model::NamedNode::new("https://w3id.org/acst/story/x")
            .unwrap()
            .into();
        let p = prepare(q, &[(Variable::new("s").unwrap(), s)], false).unwrap();
        assert!(!p.text.contains("https://schema.org/"));
        let plain = prepare(q, &[], false).unwrap();
        assert!(
            plain.text.contains("PREFIX acst: <") && !plain.text.contains("PREFIX schema: <https")
        );
        assert!(
            p.text
                .contains("<https://w3id.org/acst/story/x> <http://schema.org/name> ?n"),
            "{}",
            p.text
        );
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
