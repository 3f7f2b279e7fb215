//! `search completions` and `search man`: generated from the clap definition, so they
//! never drift from the real options.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::Cli;

/// Prints a completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<bool> {
    // Generate into memory: clap_complete panics if its writer fails (a closed pipe).
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "search", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(true)
}

/// Prints the man page.
pub fn man() -> anyhow::Result<bool> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    let mut out = std::io::stdout().lock();
    out.write_all(&page)?;
    out.flush()?;
    Ok(true)
}
