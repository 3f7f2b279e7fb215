//! `search`: index news articles and search who said what.
//!
//! The pipeline: `corpus` reads article files, `extract` finds quotes, speakers and
//! attributions, `index` writes them to tantivy, `search` answers queries, and `output`
//! prints results. `cli`, `config` and `cmd` make the command-line tool of it.

pub mod analyze;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod corpus;
pub mod extract;
pub mod index;
pub mod messages;
pub mod output;
pub mod pipeline;
pub mod search;

use config::Config;

/// Runs a parsed command line; returns whether something was found.
pub fn run(cli: cli::Cli) -> anyhow::Result<bool> {
    match Config::from_cli(cli)? {
        Config::Index(config) => cmd::index::run(&config),
        Config::Query(config) => cmd::query::run(&config),
        Config::Batch(config) => cmd::batch::run(&config),
        Config::Extract(config) => cmd::extract::run(&config),
        Config::Speakers(config) => cmd::speakers::run(&config),
        Config::Show(config) => cmd::show::run(&config),
        Config::Stats(config) => cmd::stats::run(&config),
        Config::Completions(shell) => cmd::docs::completions(shell),
        Config::Man => cmd::docs::man(),
    }
}
