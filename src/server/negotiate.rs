//! Content negotiation: the `Accept` header (with q-values), or a `format` parameter as
//! Virtuoso, Fuseki and SPARQLWrapper send it, picks one of the formats a result kind
//! can be written in.

use crate::query::results::OutputFormat;
use OutputFormat as F;

/// What a response holds: solutions/booleans, or RDF triples (quads for whole stores).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Solutions,
    Graph,
}

impl Kind {
    /// Formats offered, the default first.
    fn offered(self) -> &'static [OutputFormat] {
        match self {
            Kind::Solutions => &[F::Json, F::Xml, F::Csv, F::Tsv],
            Kind::Graph => &[
                F::Turtle,
                F::Ntriples,
                F::Nquads,
                F::Trig,
                F::Jsonld,
                F::Rdfxml,
            ],
        }
    }
}

/// A `format=` value: the names SPARQLWrapper and common servers use.
fn by_name(name: &str, kind: Kind) -> Option<OutputFormat> {
    let n = name.to_ascii_lowercase();
    if let Some(f) = kind
        .offered()
        .iter()
        .find(|f| f.name() == n || f.media_type() == n)
    {
        return Some(*f);
    }
    Some(match (kind, n.as_str()) {
        (Kind::Solutions, "srj") => F::Json,
        (Kind::Solutions, "srx") => F::Xml,
        (Kind::Graph, "ttl" | "n3") => F::Turtle,
        (Kind::Graph, "nt") => F::Ntriples,
        (Kind::Graph, "json-ld") => F::Jsonld,
        (Kind::Graph, "xml" | "rdf" | "rdf+xml") => F::Rdfxml,
        _ => return None,
    })
}

/// Media types a format also answers to.
fn aliases(f: OutputFormat) -> &'static [&'static str] {
    match f {
        F::Json => &["application/json"],
        F::Xml => &["application/xml", "text/xml"],
        F::Csv => &[],
        F::Tsv => &[],
        F::Turtle => &["application/x-turtle"],
        F::Ntriples => &["text/plain"],
        F::Jsonld => &["application/json"],
        F::Rdfxml => &["application/xml", "text/xml"],
        _ => &[],
    }
}

/// The format to answer in, or `None` when nothing acceptable is offered (406).
pub fn choose(accept: Option<&str>, format: Option<&str>, kind: Kind) -> Option<OutputFormat> {
    if let Some(f) = format.and_then(|n| by_name(n, kind)) {
        return Some(f);
    }
    let offered = kind.offered();
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Some(offered[0]);
    };
    let mut best: Option<(f32, usize, OutputFormat)> = None;
    for range in accept.split(',') {
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|v| v.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        for (rank, f) in offered.iter().enumerate() {
            let matches = media == "*/*"
                || media == f.media_type()
                || aliases(*f).contains(&media.as_str())
                || media
                    .strip_suffix("/*")
                    .is_some_and(|t| f.media_type().starts_with(&format!("{t}/")));
            // Higher q wins; among equals, the range's own type before wildcards, then
            // our order of preference.
            let specific = if media.contains('*') { 1 } else { 0 };
            if matches && best.is_none_or(|(bq, br, _)| q > bq || (q == bq && specific + rank < br))
            {
                best = Some((q, specific + rank, *f));
            }
        }
    }
    best.map(|(_, _, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_headers_pick_the_format() {
        let c = |a: &str, k| choose(Some(a), None, k);
        assert_eq!(
            c("application/sparql-results+xml", Kind::Solutions),
            Some(F::Xml)
        );
        assert_eq!(
            c("text/csv;q=0.5, text/tab-separated-values", Kind::Solutions),
            Some(F::Tsv)
        );
        assert_eq!(c("*/*", Kind::Solutions), Some(F::Json));
        assert_eq!(c("text/*", Kind::Graph), Some(F::Turtle));
        assert_eq!(
            c("application/rdf+xml, */*;q=0.1", Kind::Graph),
            Some(F::Rdfxml)
        );
        assert_eq!(c("image/png", Kind::Solutions), None);
        assert_eq!(choose(None, None, Kind::Graph), Some(F::Turtle));
    }

    #[test]
    fn format_parameters_as_sparqlwrapper_sends_them() {
        assert_eq!(
            choose(Some("*/*"), Some("json"), Kind::Solutions),
            Some(F::Json)
        );
        assert_eq!(choose(None, Some("xml"), Kind::Graph), Some(F::Rdfxml));
        assert_eq!(choose(None, Some("n3"), Kind::Graph), Some(F::Turtle));
    }
}
