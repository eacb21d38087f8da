//! The `acst` binary: parse, run, print the error chain, exit code.

mod cli;

use std::process::ExitCode;

/// See Cargo.toml: glibc's allocator dominated the profile of large queries.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) if cli::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("acst: {e:#}");
            ExitCode::FAILURE
        }
    }
}
