//! `acst query`: SPARQL, inline, from a file or by canned name.

use super::{io, Global};
use acst::backend::Backend;
use acst::query::canned::{self, ParamKind};
use acst::query::results::{self, OutputFormat};
use acst::query::{run as run_query, QueryOptions};
use anyhow::{bail, Context};
use oxigraph::model::{Literal, NamedNode, Term, Variable};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Run a read-only SPARQL query (inline, -f FILE, or -n NAME of a canned query).
///
/// The query sees the union of all graphs as its default graph: every story's graph, the
/// ontology and the reference data (and the cross-references once `acst xref` ran), so
/// plain `?s ?p ?o` patterns work; `GRAPH ?g { … }` reaches single stories (story graphs
/// are <https://w3id.org/acst/graph/story/ID>). The prefixes cognio: acst: schema: skos:
/// prov: dct: rdf: rdfs: xsd: sh: are predeclared. Parameters bind variables as typed RDF
/// terms, never by pasting text. Updates go through `acst update`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst query 'SELECT ?title WHERE { ?s a cognio:Review ; schema:name ?title }'\n  acst query -n shared-subject --param story=3fa1c0d2e4b59a17\n  acst query -f my.rq --format csv -o results.csv\n  acst query --list"
)]
pub struct Args {
    /// The query text.
    #[arg(conflicts_with_all = ["file", "name", "list"])]
    query: Option<String>,
    /// Read the query from a file (- for stdin).
    #[arg(short, long, conflicts_with_all = ["name", "list"])]
    file: Option<PathBuf>,
    /// Run the canned query with this name (see --list).
    #[arg(short, long)]
    name: Option<String>,
    /// List the canned queries with what they answer and their parameters.
    #[arg(long)]
    list: bool,
    /// Bind a variable: --param story=0123456789abcdef. Canned queries type their
    /// parameters (story, actor, theme, event); otherwise <iri>, http(s) IRIs, integers
    /// and decimals are typed as such and anything else is a string. The variable must
    /// be in the SELECT projection (Oxigraph binds projected variables).
    #[arg(long = "param", value_name = "NAME=VALUE")]
    params: Vec<String>,
    /// Output format: table (default), json, xml, csv, tsv for SELECT/ASK; turtle,
    /// ntriples, nquads, trig, jsonld, rdfxml for CONSTRUCT/DESCRIBE. Without it, the -o
    /// file's extension decides.
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Stop the query after this many seconds (at most 86400).
    #[arg(long, default_value = "60", value_name = "SECS", value_parser = io::seconds)]
    timeout: Duration,
    /// Query the store's real default graph (empty in acst) instead of the union.
    #[arg(long)]
    no_union: bool,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    if args.list {
        return list();
    }
    let (text, declared, canned) = match (&args.query, &args.file, &args.name) {
        (Some(q), _, _) => (q.clone(), Vec::new(), None),
        (_, Some(f), _) => (read_file(f)?, Vec::new(), None),
        (_, _, Some(n)) => {
            let c = canned::get(n)?;
            (c.text.to_owned(), c.params.clone(), Some(c))
        }
        _ => bail!("give a query inline, with -f FILE, or with -n NAME (see --list)"),
    };
    let format = io::choose(
        args.format,
        args.output.as_ref(),
        OutputFormat::from_extension,
        Some(OutputFormat::Table),
        "table, json, xml, csv, tsv, turtle, ntriples, nquads, trig, jsonld, rdfxml",
    )?;
    // One store opening for the check and the query: opening is 0.3 s at 35,000 stories.
    let backend = g.data_backend()?;
    // The graph's format statement answers both checks when it is there: one lookup.
    if let Some(c) = canned.filter(|c| c.needs_xref) {
        if backend.derived_format()? < Some(acst::xref::derived::FORMAT) {
            if !backend.has_graph(acst::vocab::XREF_GRAPH)? {
                bail!(
                    "{} reads the cross-reference graph, which this store does not have: run `acst xref` first",
                    c.name
                );
            }
            bail!(
                "{} reads what `acst xref` writes into the cross-reference graph, and this store's was written by an older acst: run `acst xref` again",
                c.name
            );
        }
    }
    let params = bind_params(&backend, &args.params, &declared)?;
    let opts = QueryOptions {
        timeout: Some(args.timeout),
        params,
        no_union: args.no_union,
        ..QueryOptions::default()
    };
    let done = hard_stop(opts.timeout);
    let mut out = io::writer(args.output.as_deref())?;
    match &backend {
        Backend::Local(store) => acst::query::guard(|| {
            let (results, watchdog) = run_query(&store.store, &text, &opts)?;
            results::write(results, format, &mut out, &|e| watchdog.error(e)).map(|_| ())
        })?,
        Backend::Remote(r) => {
            let prepared = acst::remote::prepare(&text, &opts.params, opts.no_union)?;
            let results = r.query(&prepared)?;
            results::write(results, format, &mut out, &|e| {
                acst::Error::QueryEvaluation(e.to_string())
            })?;
        }
    }
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The library cancels a query at its timeout, but some operators (aggregates, sorts)
/// only notice between results; if the query is still running a second later, stop the
/// process with the same message rather than hang.
fn hard_stop(timeout: Option<Duration>) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    if let Some(t) = timeout {
        let flag = done.clone();
        std::thread::spawn(move || {
            std::thread::sleep(t + Duration::from_secs(1));
            if !flag.load(std::sync::atomic::Ordering::SeqCst) {
                eprintln!("acst: {}", acst::Error::QueryTimeout(t));
                std::process::exit(1);
            }
        });
    }
    done
}

fn read_file(f: &PathBuf) -> anyhow::Result<String> {
    if f.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading the query from stdin")?;
        Ok(s)
    } else {
        std::fs::read_to_string(f).with_context(|| format!("reading query file {}", f.display()))
    }
}

fn list() -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    for c in canned::all() {
        writeln!(out, "{}\n    {}", c.name, c.answers)?;
        for p in &c.params {
            writeln!(out, "    --param {}=…  {}", p.name, p.help)?;
        }
        writeln!(out, "    columns: {}", c.columns.join(", "))?;
        if c.needs_xref {
            writeln!(
                out,
                "    reads the cross-reference graph: run `acst xref` first"
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `name=value` pairs → typed terms; every declared parameter must be given.
fn bind_params(
    store: &Backend,
    given: &[String],
    declared: &[canned::Param],
) -> anyhow::Result<Vec<(Variable, Term)>> {
    let mut out = Vec::new();
    for p in given {
        let (name, value) = p
            .split_once('=')
            .with_context(|| format!("--param {p:?}: expected NAME=VALUE"))?;
        let name = name.trim().trim_start_matches(['?', '$']);
        let var = Variable::new(name)
            .with_context(|| format!("--param {p:?}: {name:?} is not a variable name"))?;
        let kind = declared.iter().find(|d| d.name == name).map(|d| d.kind);
        out.push((
            var,
            term(store, kind, value).with_context(|| format!("--param {name}"))?,
        ));
    }
    for d in declared {
        if !out.iter().any(|(v, _)| v.as_str() == d.name) {
            bail!("this query needs --param {}=… ({})", d.name, d.help);
        }
    }
    Ok(out)
}

fn term(store: &Backend, kind: Option<ParamKind>, value: &str) -> anyhow::Result<Term> {
    let iri = |s: &str| -> anyhow::Result<Term> {
        Ok(NamedNode::new(s)
            .with_context(|| format!("{s:?} is not an IRI"))?
            .into())
    };
    Ok(match kind {
        Some(ParamKind::Story) => iri(&acst::lookup::story(store, value)?)?,
        Some(ParamKind::Actor) => iri(&acst::lookup::entity(store, "actor", value)?)?,
        Some(ParamKind::Theme) => iri(&acst::lookup::entity(store, "theme", value)?)?,
        Some(ParamKind::Event) => iri(&acst::lookup::entity(store, "event", value)?)?,
        Some(ParamKind::Iri) => iri(value.trim_start_matches('<').trim_end_matches('>'))?,
        Some(ParamKind::Integer) => Literal::from(
            value
                .parse::<i64>()
                .with_context(|| format!("{value:?} is not an integer"))?,
        )
        .into(),
        Some(ParamKind::String) => Literal::new_simple_literal(value).into(),
        None => {
            if let Some(i) = value.strip_prefix('<').and_then(|v| v.strip_suffix('>')) {
                iri(i)?
            } else if value.starts_with("http://") || value.starts_with("https://") {
                iri(value)?
            } else if let Ok(i) = value.parse::<i64>() {
                Literal::from(i).into()
            } else if value.parse::<f64>().is_ok() && value.contains('.') {
                Literal::new_typed_literal(value, oxigraph::model::vocab::xsd::DECIMAL).into()
            } else {
                Literal::new_simple_literal(value).into()
            }
        }
    })
}
