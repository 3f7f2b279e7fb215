//! The `search` binary: parse arguments, run, map the outcome to an exit code.
//!
//! Exit codes: 0 when something was found (or indexed cleanly), 1 when nothing was, 2
//! on an error, including problems with single files reported along the way. A broken
//! pipe (`search query ... | head`) is not an error.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = search::cli::Cli::parse();
    match search::run(cli) {
        Ok(_) if search::messages::errored() => ExitCode::from(2),
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("search: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether the error is a closed stdout, which ends output early but is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
