//! `acst completions`: shell completion scripts, generated from the clap definitions.

use clap::CommandFactory;
use std::process::ExitCode;

/// Print a completion script for a shell, to source from its startup file.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  acst completions bash > ~/.local/share/bash-completion/completions/acst\n  acst completions zsh > ~/.zfunc/_acst\n  acst completions fish > ~/.config/fish/completions/acst.fish"
)]
pub struct Args {
    /// The shell to complete for.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut cmd = super::Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "acst", &mut std::io::stdout().lock());
    Ok(ExitCode::SUCCESS)
}
