//! Turning parsed arguments into what the commands see: resolved colour, checked
//! limits and thread counts. Everything here is fallible and explains itself.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::bail;

use crate::cli::{Cli, ColorChoice, Command, ExtractFormat, FilterArgs, KindArg, SpeakerSort};
use crate::corpus::date_key;
use crate::extract::Kind;
use crate::search::Filters;

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
    /// `search speakers`.
    Speakers(SpeakersConfig),
    /// `search show`.
    Show(ShowConfig),
    /// `search stats`.
    Stats(StatsConfig),
    /// `search completions`.
    Completions(clap_complete::Shell),
    /// `search man`.
    Man,
}

/// What `search speakers` needs.
#[derive(Debug)]
pub struct SpeakersConfig {
    /// Only speakers among the hits of this query.
    pub query: Option<String>,
    /// Index folder.
    pub index: PathBuf,
    /// Conditions on the quotes counted.
    pub filters: Filters,
    /// Order of the list.
    pub sort: SpeakerSort,
    /// Speakers per group.
    pub limit: usize,
    /// JSON Lines output.
    pub json: bool,
    /// Colour the human output.
    pub color: bool,
}

/// What `search show` needs.
#[derive(Debug)]
pub struct ShowConfig {
    /// The article and paragraphs to show.
    pub target: String,
    /// JSON Lines output.
    pub json: bool,
    /// Colour the human output.
    pub color: bool,
}

/// What `search stats` needs.
#[derive(Debug)]
pub struct StatsConfig {
    /// Index folder.
    pub index: PathBuf,
    /// JSON output.
    pub json: bool,
    /// Per-field space usage.
    pub fields: bool,
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
    /// Writer memory in bytes, if set.
    pub memory: Option<usize>,
    /// Start from an empty index.
    pub rebuild: bool,
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
    /// Conditions on hits.
    pub filters: Filters,
    /// Paragraphs of context around each hit.
    pub context: u32,
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
/// The most context paragraphs shown around a hit.
const MAX_CONTEXT: u32 = 50;
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
                memory: ensure_memory(args.memory)?,
                rebuild: args.rebuild,
                json: args.json,
                progress: !args.quiet && std::io::stderr().is_terminal(),
                verbose: !args.quiet,
            }),
            Command::Query(args) => Config::Query(QueryConfig {
                query: query_or_all(&args.query, &args.filters)?,
                index_is_default: args.location.index == std::path::Path::new(DEFAULT_INDEX),
                index: args.location.index,
                limit: ensure_limit(args.limit)?,
                filters: filters_from(args.filters)?,
                context: args.context.min(MAX_CONTEXT),
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
            Command::Speakers(args) => Config::Speakers(SpeakersConfig {
                query: args.query.filter(|q| !q.trim().is_empty()),
                index: args.location.index,
                filters: filters_from(args.filters)?,
                sort: args.sort,
                limit: ensure_limit(args.limit)?,
                json: args.json,
                color,
            }),
            Command::Show(args) => Config::Show(ShowConfig {
                target: args.target,
                json: args.json,
                color,
            }),
            Command::Stats(args) => Config::Stats(StatsConfig {
                index: args.location.index,
                json: args.json,
                fields: args.fields,
            }),
            Command::Completions(args) => Config::Completions(args.shell),
            Command::Man => Config::Man,
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

/// The query words joined; `*` (everything) when there are none but a filter narrows
/// the search.
fn query_or_all(words: &[String], filters: &FilterArgs) -> anyhow::Result<String> {
    let query = words.join(" ");
    if !query.trim().is_empty() {
        return Ok(query);
    }
    let any_filter = filters.speaker.is_some()
        || filters.kind.is_some()
        || filters.anonymous
        || filters.named
        || filters.source.is_some()
        || filters.since.is_some()
        || filters.until.is_some();
    if !any_filter {
        bail!("give a query, or a filter such as --speaker NAME: `search query \"peace talks\"`");
    }
    Ok("*".to_string())
}

/// Builds the search filters from their flags, checking dates.
pub fn filters_from(args: FilterArgs) -> anyhow::Result<Filters> {
    let nonblank = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    Ok(Filters {
        speaker: nonblank(args.speaker),
        kind: args.kind.map(|k| match k {
            KindArg::Direct => Kind::Direct,
            KindArg::Indirect => Kind::Indirect,
        }),
        anonymous: match (args.anonymous, args.named) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
        source: nonblank(args.source),
        since: args
            .since
            .as_deref()
            .map(|d| ensure_date(d, "--since"))
            .transpose()?,
        until: args
            .until
            .as_deref()
            .map(|d| ensure_date(d, "--until"))
            .transpose()?,
    })
}

/// Checks a date option: a whole `YYYY-MM-DD` date.
fn ensure_date(text: &str, option: &str) -> anyhow::Result<u32> {
    match date_key(text.trim()) {
        Some(key) if text.trim().len() == 10 => Ok(key),
        _ => {
            bail!("{option} {text:?} is not a date: write it as YYYY-MM-DD, for example 2016-09-30")
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

/// Checks `--memory` (MiB) and converts it to bytes.
fn ensure_memory(memory: Option<usize>) -> anyhow::Result<Option<usize>> {
    match memory {
        None => Ok(None),
        Some(mb) if (16..=65_536).contains(&mb) => Ok(Some(mb << 20)),
        Some(mb) => bail!("--memory {mb} is out of range: give 16 to 65536 (MiB)"),
    }
}

fn ensure_threads(threads: Option<usize>) -> anyhow::Result<usize> {
    match threads {
        Some(0) => bail!("--threads must be at least 1"),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}
