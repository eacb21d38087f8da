//! `acst export`: graph views for visualisation tools, and RDF dumps.

use super::{io, Global};
use acst::export::graph::{View, ViewOptions};
use acst::export::{cyjs, dot, gexf, graphml, load_view, table, ExportFormat};
use anyhow::{bail, Context};
use oxigraph::model::NamedNodeRef;
use std::path::PathBuf;
use std::process::ExitCode;

/// Export a graph view (GraphML, GEXF, DOT, Cytoscape JSON, CSV node/edge lists) or an
/// RDF dump of the store or one story.
///
/// The format comes from --format, else from the -o file's extension (.graphml .gexf .dot
/// .gv .cyjs .ttl .nt .nq .trig .jsonld .rdf), else it is an error. CSV writes nodes.csv
/// and edges.csv into the -o folder. Node ids are stable (story:ID, actor:SLUG,
/// theme:SLUG, event:SLUG, pattern:SLUG, pathway-type:SLUG) and output is sorted, so two
/// exports of the same store are byte-identical. N-Quads, TriG and JSON-LD keep the named
/// graphs; Turtle, N-Triples and RDF/XML merge them.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst export -o corpus.graphml\n  acst export --view actors --format gexf -o actors.gexf\n  acst export --around \"CoreWeave\" --depth 2 -o coreweave.dot\n  acst export --format nquads -o dump.nq"
)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<ExportFormat>,
    /// Output file (a folder for csv); stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Graph view: full, stories (cross-reference scores), actors (co-occurrence), omissions (story–theme).
    #[arg(long, value_enum, default_value = "full")]
    view: View,
    /// Keep only the neighbourhood of this story (id, IRI, file or title fragment).
    #[arg(long)]
    around: Option<String>,
    /// Neighbourhood radius in edges, with --around.
    #[arg(long, default_value_t = 1)]
    depth: usize,
    /// Drop edges lighter than this weight (co-occurring stories, cross-reference score).
    #[arg(long, default_value_t = 0.0)]
    min_weight: f64,
    /// Related stories per story in the stories view.
    #[arg(long, default_value_t = 5)]
    top: usize,
    /// RDF dumps only: export just this story's named graph.
    #[arg(long)]
    story: Option<String>,
}

const KNOWN: &str = "graphml, gexf, dot, cyjs, csv, turtle, ntriples, nquads, trig, jsonld, rdfxml";

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let format = io::choose(
        args.format,
        args.output.as_ref(),
        ExportFormat::from_extension,
        None,
        KNOWN,
    )?;
    let backend = g.data_backend()?;
    if let Some(rdf) = format.rdf().and_then(|f| f.rdf_format()) {
        let Some(store) = backend.local() else {
            bail!("RDF dumps read the local store; `acst pull` the graphs from the server first");
        };
        let graph = match &args.story {
            Some(s) => Some(acst::vocab::story_graph(acst::lookup::story_id(
                &acst::lookup::story(&backend, s)?,
            ))),
            None => None,
        };
        let mut out = io::writer(args.output.as_deref())?;
        let graph = graph
            .as_deref()
            .map(|g| NamedNodeRef::new_unchecked(g).into());
        let n = acst::export::rdf::dump(store, rdf, graph, &mut out)?;
        out.finish()?;
        if args.output.is_some() {
            eprintln!("{n} statements written");
        }
        return Ok(ExitCode::SUCCESS);
    }
    if args.story.is_some() {
        bail!("--story selects an RDF dump; for a graph view of one story use --around");
    }
    let around = match &args.around {
        Some(s) => Some((
            format!(
                "story:{}",
                acst::lookup::story_id(&acst::lookup::story(&backend, s)?)
            ),
            args.depth,
        )),
        None => None,
    };
    let opts = ViewOptions {
        around,
        min_weight: args.min_weight,
        top: args.top,
    };
    let graph = load_view(&backend, args.view, &opts)?;
    match format {
        ExportFormat::Csv => {
            let Some(dir) = args.output.as_ref() else {
                bail!("--format csv writes nodes.csv and edges.csv: give the folder with -o")
            };
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
            let mut nodes = io::writer(Some(&dir.join("nodes.csv")))?;
            table::write_nodes(&graph, &mut nodes)?;
            let mut edges = io::writer(Some(&dir.join("edges.csv")))?;
            table::write_edges(&graph, &mut edges)?;
            nodes.finish()?;
            edges.finish()?;
        }
        f => {
            let mut out = io::writer(args.output.as_deref())?;
            match f {
                ExportFormat::Graphml => graphml::write(&graph, &mut out)?,
                ExportFormat::Gexf => gexf::write(&graph, &mut out)?,
                ExportFormat::Dot => dot::write(&graph, &mut out)?,
                ExportFormat::Cyjs => cyjs::write(&graph, &mut out)?,
                _ => unreachable!("RDF formats handled above"),
            }
            out.finish()?;
        }
    }
    if args.output.is_some() {
        eprintln!(
            "{} nodes, {} edges ({} view, {})",
            graph.node_count(),
            graph.edge_count(),
            format!("{:?}", args.view).to_lowercase(),
            format.name()
        );
    }
    Ok(ExitCode::SUCCESS)
}
