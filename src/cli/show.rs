//! `acst show`: everything known about one story.

use super::Global;
use acst::inspect::{story_view, StoryView};
use acst::store::Access;
use acst::vocab;
use oxigraph::io::{RdfFormat, RdfSerializer};
use std::io::Write;
use std::process::ExitCode;

/// Show one story: fields, lenses, pathways, actors, omissions, parallels.
///
/// STORY is a 16-hex id, a story IRI or CognioNews URL, an ingested file, or a title
/// fragment that matches exactly one story (an ambiguous fragment lists the candidates).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst show \"Google’s Data Centre in Chile\"\n  acst show 3fa1c0d2e4b59a17 --format json"
)]
pub struct Args {
    /// The story: id, IRI, file path or title fragment.
    story: String,
    /// Output format: text, json, or turtle (the story's named graph).
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Turtle,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let backend = acst::backend::Backend::Local(g.local_only(Access::ReadOnly, "show")?);
    let store = backend.local().expect("a local backend");
    let iri = acst::lookup::story(&backend, &args.story)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&story_view(store, &iri)?)?
        )?,
        Format::Text => text(&mut out, &story_view(store, &iri)?)?,
        Format::Turtle => {
            let graph = vocab::story_graph(acst::lookup::story_id(&iri));
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, ns) in vocab::PREFIXES {
                ser = ser.with_prefix(*p, *ns)?;
            }
            let mut ser = ser.for_writer(&mut out);
            let mut quads = store.graph_quads(&graph)?;
            quads.sort_by_key(|q| q.to_string());
            for q in &quads {
                ser.serialize_triple(oxigraph::model::TripleRef::new(
                    q.subject.as_ref(),
                    q.predicate.as_ref(),
                    q.object.as_ref(),
                ))?;
            }
            ser.finish()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn text(out: &mut impl Write, v: &StoryView) -> std::io::Result<()> {
    writeln!(out, "{}\n  id {}  {}", v.title, v.id, v.iri)?;
    let field = |out: &mut dyn Write, k: &str, val: &Option<String>| -> std::io::Result<()> {
        match val {
            Some(val) => writeln!(out, "  {k:<18} {val}"),
            None => Ok(()),
        }
    };
    field(out, "outlet", &v.outlet)?;
    field(out, "date", &v.date)?;
    field(out, "category", &v.category)?;
    field(out, "cmr score", &v.cmr_score.map(|c| format!("{c}/10")))?;
    field(out, "original headline", &v.original_headline)?;
    field(out, "source", &v.source_file)?;
    if !v.lenses.is_empty() {
        writeln!(out, "\nLenses")?;
        for l in &v.lenses {
            writeln!(
                out,
                "  {:<28} {}",
                l.lens,
                l.score
                    .map(|s| format!("{:.0}%", s * 100.0))
                    .unwrap_or_default()
            )?;
        }
    }
    if !v.pathways.is_empty() {
        writeln!(out, "\nSolution pathways")?;
        for p in &v.pathways {
            writeln!(
                out,
                "  {}. {} [{}]",
                p.position,
                p.title,
                p.solution_type.as_deref().unwrap_or("?")
            )?;
        }
    }
    if !v.actors.is_empty() {
        writeln!(out, "\nActors")?;
        for a in &v.actors {
            writeln!(
                out,
                "  {:<32} {:<12} {}",
                a.name,
                a.kind,
                a.aliases.join(" · ")
            )?;
        }
    }
    if !v.omissions.is_empty() {
        writeln!(out, "\nOmissions")?;
        for o in &v.omissions {
            writeln!(out, "  [{}] {}", o.themes.join(", "), o.text)?;
        }
    }
    if !v.parallels.is_empty() {
        writeln!(out, "\nHistorical parallels")?;
        for p in &v.parallels {
            writeln!(out, "  {} ({})", p.name, p.pattern)?;
        }
    }
    Ok(())
}
