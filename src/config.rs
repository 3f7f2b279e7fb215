//! Turning parsed arguments into what the commands see: resolved colour, checked
//! limits and thread counts. Everything here is fallible and explains itself.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::bail;

use crate::cli::{Cli, ColorChoice, Command, ExtractFormat};

/// The validated configuration of one run.
#[derive(Debug)]
pub enum Config {
    /// `search index`.
    Index(IndexConfig),
    /// `search query`.
    Query(QueryConfig),
    /// `search batch`.
    Batch(BatchConfig),
    /// `search extract`.
    Extract(ExtractConfig),
}

/// What `search index` needs.
#[derive(Debug)]
pub struct IndexConfig {
    /// Articles to read.
    pub corpus: PathBuf,
    /// Index folder.
    pub index: PathBuf,
    /// Worker threads.
    pub threads: usize,
    /// Summary as JSON on stdout.
    pub json: bool,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Print the summary on stderr.
    pub verbose: bool,
}

/// What `search query` needs.
#[derive(Debug)]
pub struct QueryConfig {
    /// The query text.
    pub query: String,
    /// Index folder.
    pub index: PathBuf,
    /// Whether the index folder is the default one (and may be built on first use).
    pub index_is_default: bool,
    /// Passages to return.
    pub limit: usize,
    /// Only passages quoting this speaker.
    pub speaker: Option<String>,
    /// JSON Lines output.
    pub json: bool,
    /// Colour the human output.
    pub color: bool,
}

/// What `search batch` needs.
#[derive(Debug)]
pub struct BatchConfig {
    /// Query file, `-` for stdin.
    pub file: PathBuf,
    /// Index folder.
    pub index: PathBuf,
    /// Hits per query unless a query says otherwise.
    pub limit: usize,
}

/// What `search extract` needs.
#[derive(Debug)]
pub struct ExtractConfig {
    /// Articles to read.
    pub path: PathBuf,
    /// JSON Lines rather than human output.
    pub jsonl: bool,
    /// Colour the human output.
    pub color: bool,
}

/// The default index folder, relative to the working directory.
pub const DEFAULT_INDEX: &str = "index";
/// The default corpus folder, relative to the working directory.
pub const DEFAULT_CORPUS: &str = "corpus";
/// The largest `--limit` accepted.
const MAX_LIMIT: usize = 100_000;

impl Config {
    /// Builds the configuration from parsed arguments.
    pub fn from_cli(cli: Cli) -> anyhow::Result<Config> {
        let color = wants_color(cli.color);
        Ok(match cli.command {
            Command::Index(args) => Config::Index(IndexConfig {
                corpus: args.path,
                index: args.location.index,
                threads: ensure_threads(args.threads)?,
                json: args.json,
                progress: !args.quiet && std::io::stderr().is_terminal(),
                verbose: !args.quiet,
            }),
            Command::Query(args) => Config::Query(QueryConfig {
                index_is_default: args.location.index == std::path::Path::new(DEFAULT_INDEX),
                index: args.location.index,
                limit: ensure_limit(args.limit)?,
                speaker: args.speaker.filter(|s| !s.trim().is_empty()),
                query: args.query,
                json: args.json,
                color,
            }),
            Command::Batch(args) => Config::Batch(BatchConfig {
                file: args.file,
                index: args.location.index,
                limit: ensure_limit(args.limit)?,
            }),
            Command::Extract(args) => Config::Extract(ExtractConfig {
                path: args.path,
                jsonl: args.format == ExtractFormat::Jsonl,
                color,
            }),
        })
    }
}

/// Colour on stdout: `auto` means a terminal and no `NO_COLOR` (https://no-color.org).
fn wants_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Checks a `--limit`.
pub fn ensure_limit(limit: usize) -> anyhow::Result<usize> {
    if limit == 0 {
        bail!("--limit must be at least 1");
    }
    if limit > MAX_LIMIT {
        bail!("--limit {limit} is too large (at most {MAX_LIMIT})");
    }
    Ok(limit)
}

fn ensure_threads(threads: Option<usize>) -> anyhow::Result<usize> {
    match threads {
        Some(0) => bail!("--threads must be at least 1"),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}
