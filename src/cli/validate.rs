//! `acst validate`: SHACL check of the store.

use super::Global;
use acst::query::results::{compact, write_table};
use acst::store::Access;
use std::process::ExitCode;

/// Check every story (and the entities it names) against the SHACL shapes in
/// ontology/shapes.ttl and list the violations; exit status 1 when there are any.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print violations as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(g: &Global, args: Args) -> anyhow::Result<ExitCode> {
    let store = g.local_only(Access::ReadOnly, "validate")?;
    let violations = acst::validate::validate(&store)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &violations)?;
        println!();
    } else if violations.is_empty() {
        println!("conforms: no SHACL violations");
    } else {
        let rows = violations
            .iter()
            .map(|v| {
                vec![
                    compact(&v.focus),
                    compact(&v.path),
                    v.constraint.clone(),
                    v.message.clone(),
                ]
            })
            .collect();
        write_table(
            &mut out,
            &[
                "focus".into(),
                "path".into(),
                "constraint".into(),
                "problem".into(),
            ],
            rows,
        )?;
        eprintln!("{} violations", violations.len());
    }
    Ok(if violations.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
