//! Exports: graph views (petgraph) in the formats visualisation tools read, and RDF
//! dumps of the store or one story through Oxigraph's serialisers.

pub mod cyjs;
pub mod dot;
pub mod gexf;
pub mod graph;
pub mod graphml;
pub mod rdf;
pub mod table;

use crate::query::results::OutputFormat;

/// Every export format. Knows its name, file extension and media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// GraphML (yEd, networkx, Gephi), typed attribute keys.
    Graphml,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// Graphviz DOT.
    Dot,
    /// Cytoscape JSON, elements form (.cyjs).
    Cyjs,
    /// CSV node and edge lists (nodes.csv, edges.csv in the -o folder), as Gephi imports.
    Csv,
    /// RDF dumps.
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl ExportFormat {
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Graphml => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Dot => "dot",
            ExportFormat::Cyjs => "cyjs",
            ExportFormat::Csv => "csv",
            other => other.rdf().map_or("?", OutputFormat::name),
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Graphml => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Dot => "dot",
            ExportFormat::Cyjs => "cyjs",
            ExportFormat::Csv => "csv",
            other => other.rdf().map_or("?", OutputFormat::extension),
        }
    }
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Graphml => "application/graphml+xml",
            ExportFormat::Gexf => "application/gexf+xml",
            ExportFormat::Dot => "text/vnd.graphviz",
            ExportFormat::Cyjs => "application/json",
            ExportFormat::Csv => "text/csv",
            other => other.rdf().map_or("?", OutputFormat::media_type),
        }
    }
    pub fn from_extension(ext: &str) -> Option<Self> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "graphml" => ExportFormat::Graphml,
            "gexf" => ExportFormat::Gexf,
            "dot" | "gv" => ExportFormat::Dot,
            "cyjs" => ExportFormat::Cyjs,
            "ttl" => ExportFormat::Turtle,
            "nt" => ExportFormat::Ntriples,
            "nq" => ExportFormat::Nquads,
            "trig" => ExportFormat::Trig,
            "jsonld" => ExportFormat::Jsonld,
            "rdf" | "owl" => ExportFormat::Rdfxml,
            _ => return None,
        })
    }
    /// The RDF output format, for the dump formats.
    pub fn rdf(self) -> Option<OutputFormat> {
        Some(match self {
            ExportFormat::Turtle => OutputFormat::Turtle,
            ExportFormat::Ntriples => OutputFormat::Ntriples,
            ExportFormat::Nquads => OutputFormat::Nquads,
            ExportFormat::Trig => OutputFormat::Trig,
            ExportFormat::Jsonld => OutputFormat::Jsonld,
            ExportFormat::Rdfxml => OutputFormat::Rdfxml,
            _ => return None,
        })
    }
}

pub(crate) fn xml_err(e: impl std::fmt::Display) -> crate::Error {
    crate::Error::Output {
        what: "graph export".into(),
        message: e.to_string(),
    }
}

/// Loads the corpus from the store or server and builds a view of it.
pub fn load_view(
    backend: &crate::backend::Backend,
    view: graph::View,
    opts: &graph::ViewOptions,
) -> crate::Result<graph::Graph> {
    let corpus = backend.corpus()?;
    let mut cmr = std::collections::HashMap::new();
    let p = crate::vocab::cognio("cmrScore");
    backend.source().each(&p, &mut |s, o| {
        if let oxigraph::model::Term::Literal(l) = o {
            if let Ok(v) = l.value().parse::<f64>() {
                cmr.insert(s, v);
            }
        }
    })?;
    Ok(graph::build(&corpus, view, &cmr, opts))
}
