//! A SPARQL server as acst's store: queries and updates through the SPARQL 1.1 Protocol,
//! story graphs through the Graph Store Protocol (or SPARQL Update when the server has
//! no graph store endpoint). Everything acst itself reads from a server is written with
//! `GRAPH ?g { … }`, so it does not depend on what the server's default graph is.

mod cache;
pub mod http;
mod prepare;
pub mod sync;

pub use cache::corpus;
pub use http::Auth;
pub use prepare::{prepare, prepare_update, Prepared};

use crate::error::{Error, Result};
use crate::vocab;
use http::{remote, Http, Request};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{Quad, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QuerySolution, QueryTripleIter};
use std::time::Duration;

/// Where the server is and how to talk to it.
#[derive(Debug, Clone, Default)]
pub struct Endpoint {
    /// SPARQL query endpoint.
    pub query: String,
    /// SPARQL update endpoint; the query endpoint when `None`.
    pub update: Option<String>,
    /// Graph Store Protocol endpoint; without one, graphs are written with SPARQL Update.
    pub graph_store: Option<String>,
    pub auth: Auth,
    /// The server's default graph already is the union of its named graphs (Virtuoso,
    /// GraphDB, `oxigraph serve --union-default-graph`). Otherwise acst names its graphs
    /// as `default-graph-uri`, so queries see the union as they do locally.
    pub server_union: bool,
    /// Give up on one HTTP exchange after this long.
    pub timeout: Option<Duration>,
}

/// A connected SPARQL server.
pub struct Remote {
    pub endpoint: Endpoint,
    http: Http,
}

/// Result formats acst asks for. JSON, not TSV: Virtuoso writes IRIs in TSV as quoted
/// strings, which reads back as literals.
const SOLUTIONS: &str = "application/sparql-results+json, application/sparql-results+xml;q=0.9";
const GRAPHS: &str = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8";

impl Remote {
    pub fn new(endpoint: Endpoint) -> Self {
        let http = Http::new(endpoint.auth.clone(), endpoint.timeout);
        Remote { endpoint, http }
    }

    /// Runs a prepared query; results stream from the response.
    pub fn query(&self, q: &Prepared) -> Result<QueryResults<'static>> {
        let mut form = vec![("query".to_owned(), q.text.clone())];
        if q.union && !self.endpoint.server_union {
            // The protocol's dataset: every named graph as the default graph, and as the
            // named graphs too (naming only default graphs would leave none for GRAPH).
            for g in self.named_graphs()? {
                form.push(("default-graph-uri".to_owned(), g.clone()));
                form.push(("named-graph-uri".to_owned(), g));
            }
        }
        let accept = if q.is_graph { GRAPHS } else { SOLUTIONS };
        let resp = self.post_form(&self.endpoint.query, &form, accept)?;
        let results = self.results(resp, q.is_graph)?;
        if q.is_ask {
            return ask_answer(results).map_err(|e| remote(&self.endpoint.query, e));
        }
        Ok(results)
    }

    fn results(&self, resp: Body, is_graph: bool) -> Result<QueryResults<'static>> {
        if is_graph {
            let triples = RdfParser::from_format(self.rdf_format(&resp)?)
                .for_reader(resp.reader)
                .map(|q| {
                    q.map(Into::into)
                        .map_err(|e| QueryEvaluationError::Unexpected(e.to_string().into()))
                });
            return Ok(QueryTripleIter::new(triples).into());
        }
        let (url, media) = (&self.endpoint.query, resp.media_type.as_str());
        let format = QueryResultsFormat::from_media_type(media)
            .ok_or_else(|| remote(url, format!("unexpected results media type {media:?}")))?;
        QueryResultsParser::from_format(format)
            .for_reader(resp.reader)
            .map(Into::into)
            .map_err(|e| remote(url, e))
    }

    /// The RDF format of a graph answer, from its media type.
    fn rdf_format(&self, resp: &Body) -> Result<RdfFormat> {
        RdfFormat::from_media_type(&resp.media_type).ok_or_else(|| {
            remote(
                &self.endpoint.query,
                format!("unexpected RDF media type {:?}", resp.media_type),
            )
        })
    }

    /// Runs one of acst's own SELECTs; rows stream from the response.
    pub fn select(
        &self,
        text: &str,
    ) -> Result<impl Iterator<Item = Result<QuerySolution>> + 'static> {
        let form = vec![("query".to_owned(), text.to_owned())];
        let resp = self.post_form(&self.endpoint.query, &form, SOLUTIONS)?;
        let url = self.endpoint.query.clone();
        match self.results(resp, false)? {
            QueryResults::Solutions(s) => Ok(s.map(move |r| r.map_err(|e| remote(&url, e)))),
            _ => Err(remote(&self.endpoint.query, "expected solutions")),
        }
    }

    /// Runs an update (already checked by [`prepare`]'s update counterpart).
    pub fn update(&self, text: &str) -> Result<()> {
        let url = self
            .endpoint
            .update
            .as_deref()
            .unwrap_or(&self.endpoint.query);
        self.post_form(url, &[("update".to_owned(), text.to_owned())], "*/*")?;
        Ok(())
    }

    /// IRIs of every named graph on the server.
    pub fn named_graphs(&self) -> Result<Vec<String>> {
        let mut graphs = Vec::new();
        for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")? {
            if let Some(Term::NamedNode(g)) = r?.get("g") {
                graphs.push(g.as_str().to_owned());
            }
        }
        Ok(graphs)
    }

    /// IRIs of acst's graphs on the server: every story graph, the ontology, reference
    /// and cross-reference graphs. Found through the story ids, not by listing every
    /// graph (servers keep system graphs of their own).
    pub fn acst_graphs(&self) -> Result<Vec<String>> {
        let mut graphs = Vec::new();
        for r in self.select(&format!(
            "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s <{}> ?id }} }}",
            vocab::acst("storyId")
        ))? {
            if let Some(g) = crate::query::value(&r?, "g") {
                if g.starts_with(vocab::STORY_GRAPH_PREFIX) {
                    graphs.push(g);
                }
            }
        }
        graphs.extend(
            [
                vocab::ONTOLOGY_GRAPH,
                vocab::REFERENCE_GRAPH,
                vocab::XREF_GRAPH,
            ]
            .map(String::from),
        );
        graphs.sort();
        graphs.dedup();
        Ok(graphs)
    }

    /// Replaces a graph. Returns whether it was new (GSP answers 201 Created for those).
    pub fn replace_graph(&self, graph: &str, quads: &[Quad]) -> Result<bool> {
        retrying(|| self.write_graph(graph, quads, true))
    }

    /// Adds triples to a graph. Adding a triple twice changes nothing, so a deadlocked
    /// attempt is repeated like a replacement.
    pub fn append_graph(&self, graph: &str, quads: &[Quad]) -> Result<()> {
        retrying(|| self.write_graph(graph, quads, false)).map(|_| ())
    }

    /// Graph Store PUT (`replace`) or POST; without a graph store, SPARQL Update
    /// (DROP + INSERT DATA, or INSERT DATA). Returns whether the graph was new.
    fn write_graph(&self, graph: &str, quads: &[Quad], replace: bool) -> Result<bool> {
        if let Some(gs) = &self.endpoint.graph_store {
            let body = ntriples(quads)?;
            let resp = self.http.send(&Request {
                method: if replace { "PUT" } else { "POST" },
                url: &graph_url(gs, graph),
                content_type: Some("application/n-triples"),
                accept: None,
                body: &body,
            })?;
            return Ok(resp.status().as_u16() == 201);
        }
        let existed = replace && self.has_graph(graph)?;
        // Built as a typed update, serialised by spargebra: no value of a page or of a
        // server's answer is pasted into its text.
        let g = iri(graph)?;
        let mut operations = Vec::new();
        if replace {
            operations.push(spargebra::GraphUpdateOperation::Drop {
                silent: true,
                graph: spargebra::algebra::GraphTarget::NamedNode(g.clone()),
            });
        }
        operations.push(spargebra::GraphUpdateOperation::InsertData {
            data: quads
                .iter()
                .map(|q| spargebra::term::Quad {
                    subject: q.subject.clone(),
                    predicate: q.predicate.clone(),
                    object: q.object.clone(),
                    graph_name: spargebra::term::GraphName::NamedNode(g.clone()),
                })
                .collect(),
        });
        let update = spargebra::Update {
            base_iri: None,
            operations,
        };
        self.update(&update.to_string())?;
        Ok(!existed)
    }

    /// Drops a graph; a graph that is not there is not an error. Through the graph
    /// store when there is one (its credentials may be the only ones allowed to drop).
    pub fn drop_graph(&self, graph: &str) -> Result<()> {
        let Some(gs) = &self.endpoint.graph_store else {
            return self.update(&format!("DROP SILENT GRAPH {}", iri(graph)?));
        };
        let request = Request {
            method: "DELETE",
            url: &graph_url(gs, graph),
            content_type: None,
            accept: None,
            body: b"",
        };
        match self.http.send(&request) {
            Ok(_) => Ok(()),
            Err(Error::Remote { message, .. }) if message.starts_with("HTTP 404") => Ok(()),
            Err(e) => Err(e),
        }
    }

    pub fn has_graph(&self, graph: &str) -> Result<bool> {
        let mut rows = self.select(&format!(
            "SELECT ?s WHERE {{ GRAPH {} {{ ?s ?p ?o }} }} LIMIT 1",
            iri(graph)?
        ))?;
        Ok(rows.next().transpose()?.is_some())
    }

    /// A graph's triples as quads in that graph, streamed from the response.
    pub fn graph_stream(
        &self,
        graph: &str,
    ) -> Result<impl Iterator<Item = Result<Quad>> + 'static> {
        let q = format!(
            "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {} {{ ?s ?p ?o }} }}",
            iri(graph)?
        );
        let resp = self.post_form(&self.endpoint.query, &[("query".to_owned(), q)], GRAPHS)?;
        let format = self.rdf_format(&resp)?;
        let g =
            oxigraph::model::NamedNode::new(graph).map_err(|e| Error::Invalid(e.to_string()))?;
        let url = self.endpoint.query.clone();
        Ok(RdfParser::from_format(format)
            .without_named_graphs()
            .with_default_graph(g)
            .for_reader(resp.reader)
            .map(move |q| q.map_err(|e| remote(&url, e))))
    }

    /// Calls `f(subject, object)` for every triple with predicate `p` in any named graph.
    pub fn each(&self, p: &str, f: &mut dyn FnMut(String, Term)) -> Result<()> {
        for r in self.select(&format!(
            "SELECT ?s ?o WHERE {{ GRAPH ?g {{ ?s {} ?o }} }}",
            iri(p)?
        ))? {
            let r = r?;
            if let (Some(Term::NamedNode(s)), Some(o)) = (r.get("s"), r.get("o")) {
                f(s.as_str().to_owned(), o.clone());
            }
        }
        Ok(())
    }

    fn post_form(&self, url: &str, form: &[(String, String)], accept: &str) -> Result<Body> {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let resp = self.http.send(&Request {
            method: "POST",
            url,
            content_type: Some("application/x-www-form-urlencoded"),
            accept: Some(accept),
            body: body.as_bytes(),
        })?;
        let media_type = resp
            .headers()
            .get("content-type")
            .and_then(|h| h.to_str().ok())
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let reader = resp.into_body().into_with_config().limit(u64::MAX).reader();
        Ok(Body { media_type, reader })
    }
}

/// A response being read: its media type (without parameters) and its body.
struct Body {
    media_type: String,
    reader: ureq::BodyReader<'static>,
}

/// Runs a write again when the server says it deadlocked with a concurrent one
/// (Virtuoso: SQL state 40001): the write replaces or adds whole graphs, so repeating it
/// is safe.
fn retrying<T>(mut write: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        match write() {
            Err(Error::Remote { message, .. })
                if tries < 8 && (message.contains("40001") || message.contains("deadlock")) =>
            {
                tries += 1;
                std::thread::sleep(Duration::from_millis(20 * tries));
            }
            other => return other,
        }
    }
}

/// An ASK answer. Virtuoso answers a POSTed ASK as one solution binding
/// `__ASK_RETVAL` to 0 or 1; that is read as the boolean it stands for.
fn ask_answer(
    results: QueryResults<'static>,
) -> std::result::Result<QueryResults<'static>, String> {
    let QueryResults::Solutions(mut rows) = results else {
        return Ok(results);
    };
    if !rows
        .variables()
        .iter()
        .any(|v| v.as_str() == "__ASK_RETVAL")
    {
        return Err("expected a boolean answer to ASK".into());
    }
    match rows.next() {
        Some(Ok(row)) => Ok(QueryResults::Boolean(
            !matches!(row.get("__ASK_RETVAL"), Some(Term::Literal(l)) if l.value() == "0"),
        )),
        Some(Err(e)) => Err(e.to_string()),
        None => Ok(QueryResults::Boolean(false)),
    }
}

/// `…?graph=IRI` on a graph store endpoint.
fn graph_url(graph_store: &str, graph: &str) -> String {
    let sep = if graph_store.contains('?') { '&' } else { '?' };
    let enc: String = form_urlencoded::byte_serialize(graph.as_bytes()).collect();
    format!("{graph_store}{sep}graph={enc}")
}

/// Quads → N-Triples (their graph is the request's target, not in the body).
fn ntriples(quads: &[Quad]) -> Result<Vec<u8>> {
    let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for q in quads {
        w.serialize_triple(q.as_ref())
            .map_err(|e| Error::Invalid(e.to_string()))?;
    }
    w.finish().map_err(|e| Error::Invalid(e.to_string()))
}

/// A graph or predicate IRI as a typed term: a name that is not a valid IRI (one a
/// hostile page or server made up, with `>` or spaces in it) is an error, never text
/// in a query.
fn iri(value: &str) -> Result<oxigraph::model::NamedNode> {
    oxigraph::model::NamedNode::new(value)
        .map_err(|e| Error::Invalid(format!("{value:?} is not an IRI: {e}")))
}
