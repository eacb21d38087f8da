//! `acst man`: manual pages, generated from the clap definitions.

use anyhow::Context;
use clap::CommandFactory;
use std::path::PathBuf;
use std::process::ExitCode;

/// Print the acst(1) manual page, or write one page per command into a folder.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst man | man -l -\n  acst man --dir ~/.local/share/man/man1"
)]
pub struct Args {
    /// Write acst.1 and acst-COMMAND.1 for every command into this folder instead.
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let cmd = super::Cli::command();
    match args.dir {
        None => clap_mangen::Man::new(cmd).render(&mut std::io::stdout().lock())?,
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            clap_mangen::generate_to(cmd, &dir)
                .with_context(|| format!("writing manual pages into {}", dir.display()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
