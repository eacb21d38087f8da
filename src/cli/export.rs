//! `acst export`: RDF dumps (graph formats come with the graph views).

use super::{io, Global};
use acst::query::results::OutputFormat;
use acst::store::Access;
use anyhow::bail;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Export the store, or one story, as RDF.
///
/// The format comes from --format, else from the -o file's extension (.ttl .nt .nq .trig
/// .jsonld .rdf). N-Quads and TriG keep every named graph; Turtle, N-Triples, JSON-LD and
/// RDF/XML merge the graphs into one. Two exports of the same store are byte-identical.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Export only this story's graph (id, IRI, file or title fragment).
    #[arg(long)]
    story: Option<String>,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let format = io::choose(
        args.format,
        args.output.as_ref(),
        OutputFormat::from_extension,
        None,
        "turtle, ntriples, nquads, trig, jsonld, rdfxml",
    )?;
    let Some(rdf) = format.rdf_format() else {
        bail!(
            "{} is not an RDF format; use turtle, ntriples, nquads, trig, jsonld or rdfxml",
            format.name()
        );
    };
    let store = g.open(Access::ReadOnly)?;
    let graph = match &args.story {
        Some(s) => Some(acst::vocab::story_graph(acst::lookup::story_id(
            &acst::lookup::story(&store, s)?,
        ))),
        None => None,
    };
    let mut out = io::writer(args.output.as_deref())?;
    let n = acst::export::rdf::dump(&store, rdf, graph.as_deref(), &mut out)?;
    out.flush()?;
    if args.output.is_some() {
        eprintln!("{n} statements written");
    }
    Ok(ExitCode::SUCCESS)
}
