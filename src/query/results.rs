//! Writing query results: a readable table, the W3C result formats for SELECT/ASK, and
//! RDF formats for CONSTRUCT/DESCRIBE. Writers go to any `W: Write`.

use crate::error::{Error, Result};
use crate::vocab;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

/// Every output format of `acst query`. Knows its name, file extension and media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned text table (SELECT/ASK; CONSTRUCT prints N-Triples-like rows).
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl OutputFormat {
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Xml => "xml",
            OutputFormat::Csv => "csv",
            OutputFormat::Tsv => "tsv",
            OutputFormat::Turtle => "turtle",
            OutputFormat::Ntriples => "ntriples",
            OutputFormat::Nquads => "nquads",
            OutputFormat::Trig => "trig",
            OutputFormat::Jsonld => "jsonld",
            OutputFormat::Rdfxml => "rdfxml",
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Table => "txt",
            OutputFormat::Json => "srj",
            OutputFormat::Xml => "srx",
            OutputFormat::Csv => "csv",
            OutputFormat::Tsv => "tsv",
            OutputFormat::Turtle => "ttl",
            OutputFormat::Ntriples => "nt",
            OutputFormat::Nquads => "nq",
            OutputFormat::Trig => "trig",
            OutputFormat::Jsonld => "jsonld",
            OutputFormat::Rdfxml => "rdf",
        }
    }
    pub fn media_type(self) -> &'static str {
        match self {
            OutputFormat::Table => "text/plain",
            OutputFormat::Json => "application/sparql-results+json",
            OutputFormat::Xml => "application/sparql-results+xml",
            OutputFormat::Csv => "text/csv",
            OutputFormat::Tsv => "text/tab-separated-values",
            OutputFormat::Turtle => "text/turtle",
            OutputFormat::Ntriples => "application/n-triples",
            OutputFormat::Nquads => "application/n-quads",
            OutputFormat::Trig => "application/trig",
            OutputFormat::Jsonld => "application/ld+json",
            OutputFormat::Rdfxml => "application/rdf+xml",
        }
    }
    /// The format an output file's extension names.
    pub fn from_extension(ext: &str) -> Option<Self> {
        let ext = ext.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" => OutputFormat::Table,
            "json" | "srj" => OutputFormat::Json,
            "xml" | "srx" => OutputFormat::Xml,
            "csv" => OutputFormat::Csv,
            "tsv" => OutputFormat::Tsv,
            "ttl" => OutputFormat::Turtle,
            "nt" => OutputFormat::Ntriples,
            "nq" => OutputFormat::Nquads,
            "trig" => OutputFormat::Trig,
            "jsonld" => OutputFormat::Jsonld,
            "rdf" | "owl" => OutputFormat::Rdfxml,
            _ => return None,
        })
    }
    fn results_format(self) -> Option<QueryResultsFormat> {
        Some(match self {
            OutputFormat::Json => QueryResultsFormat::Json,
            OutputFormat::Xml => QueryResultsFormat::Xml,
            OutputFormat::Csv => QueryResultsFormat::Csv,
            OutputFormat::Tsv => QueryResultsFormat::Tsv,
            _ => return None,
        })
    }
    /// The RDF format, for graph results and dumps.
    pub fn rdf_format(self) -> Option<RdfFormat> {
        Some(match self {
            OutputFormat::Turtle => RdfFormat::Turtle,
            OutputFormat::Ntriples => RdfFormat::NTriples,
            OutputFormat::Nquads => RdfFormat::NQuads,
            OutputFormat::Trig => RdfFormat::TriG,
            OutputFormat::Jsonld => RdfFormat::JsonLd {
                profile: oxigraph::io::JsonLdProfileSet::empty(),
            },
            OutputFormat::Rdfxml => RdfFormat::RdfXml,
            _ => return None,
        })
    }
}

/// A term as the table shows it: prefixed IRIs, bare literal values.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => compact(n.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        Term::BlankNode(b) => b.to_string(),
    }
}

/// `https://w3id.org/acst/ns#actor` → `acst:actor`; other IRIs in angle brackets.
pub fn compact(iri: &str) -> String {
    for (p, ns) in vocab::PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            return format!("{p}:{local}");
        }
    }
    iri.strip_prefix(vocab::BASE)
        .map_or_else(|| format!("<{iri}>"), |rest| format!("<{rest}>"))
}

fn out_err(format: OutputFormat, e: impl std::fmt::Display) -> Error {
    Error::Output {
        what: format!("{} results", format.name()),
        message: e.to_string(),
    }
}

/// Writes results; returns the number of rows (or triples) written.
pub fn write<W: Write>(
    results: QueryResults<'static>,
    format: OutputFormat,
    w: &mut W,
    on_err: &dyn Fn(oxigraph::sparql::QueryEvaluationError) -> Error,
) -> Result<usize> {
    match results {
        QueryResults::Boolean(b) => {
            if let Some(f) = format.results_format() {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *w, b)
                    .map_err(|e| out_err(format, e))?;
            } else if format == OutputFormat::Table {
                writeln!(w, "{b}").map_err(|e| out_err(format, e))?;
            } else {
                return Err(Error::Invalid(format!(
                    "an ASK result cannot be written as {}; use table, json, xml, csv or tsv",
                    format.name()
                )));
            }
            Ok(1)
        }
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            if let Some(f) = format.results_format() {
                let mut ser = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut *w, vars)
                    .map_err(|e| out_err(format, e))?;
                let mut n = 0;
                for s in solutions {
                    ser.serialize(&s.map_err(on_err)?)
                        .map_err(|e| out_err(format, e))?;
                    n += 1;
                }
                ser.finish().map_err(|e| out_err(format, e))?;
                Ok(n)
            } else if format == OutputFormat::Table {
                let header: Vec<String> = vars.iter().map(|v| v.as_str().to_owned()).collect();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(on_err)?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v).map(display_term).unwrap_or_default())
                            .collect(),
                    );
                }
                let n = rows.len();
                write_table(w, &header, rows).map_err(|e| out_err(format, e))?;
                Ok(n)
            } else {
                Err(Error::Invalid(format!(
                    "SELECT results cannot be written as {}; use table, json, xml, csv or tsv",
                    format.name()
                )))
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = match format {
                OutputFormat::Table => RdfFormat::NTriples,
                f => f.rdf_format().ok_or_else(|| {
                    Error::Invalid(format!("CONSTRUCT/DESCRIBE results cannot be written as {}; use turtle, ntriples, nquads, trig, jsonld or rdfxml", f.name()))
                })?,
            };
            let mut ser = RdfSerializer::from_format(rdf);
            for (p, iri) in vocab::PREFIXES {
                ser = ser.with_prefix(*p, *iri).expect("valid prefix");
            }
            let mut ser = ser.for_writer(&mut *w);
            let mut n = 0;
            for t in triples {
                ser.serialize_triple(&t.map_err(on_err)?)
                    .map_err(|e| out_err(format, e))?;
                n += 1;
            }
            ser.finish().map_err(|e| out_err(format, e))?;
            Ok(n)
        }
    }
}

/// Compact table styles: one rule under the header, none between rows.
const TERMINAL_STYLE: &str = "     ─             ";
const PLAIN_STYLE: &str = "     -             ";

/// An aligned table with a header row. On a terminal it fits the terminal's width
/// (long cells wrap); elsewhere (a pipe, a file) it is plain ASCII, no box characters,
/// no colours.
pub fn write_table<W: Write>(
    w: &mut W,
    header: &[String],
    rows: Vec<Vec<String>>,
) -> std::io::Result<()> {
    use std::io::IsTerminal;
    let mut t = comfy_table::Table::new();
    if std::io::stdout().is_terminal() {
        t.load_preset(TERMINAL_STYLE)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    } else {
        t.load_preset(PLAIN_STYLE).force_no_tty();
    }
    t.set_header(header);
    for r in rows {
        t.add_row(r.into_iter().map(|c| truncate(&c, 80)));
    }
    writeln!(w, "{t}")
}

fn truncate(s: &str, max: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= max {
        s
    } else {
        s.chars()
            .take(max - 1)
            .chain(std::iter::once('…'))
            .collect()
    }
}
