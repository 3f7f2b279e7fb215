//! Command-line definition: clap derive types only. Validation that needs more than
//! clap happens in `config`, which turns these into what the commands see.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Index news articles and search who said what.
///
/// `search` reads a folder of articles, finds every quotation and attribution in
/// them (the quote, the speaker resolved to a name, and the attribution as written),
/// and answers ranked queries over passages, speakers and quotes.
#[derive(Debug, Parser)]
#[command(name = "search", version, about, long_about, max_term_width = 100)]
#[command(after_help = "Examples:
  search index corpus/                        build or update the index in index/
  search query \"secure communications\"        ranked passages, highlighted
  search query 'speaker:\"Marco Rubio\" quote:talented'
  search query --speaker rubio --kind direct  every direct quote of Rubio
  search query --json security | jq .path     JSON Lines for scripts
  search batch queries.txt                    many queries, JSON Lines out
  search speakers \"peace talks\"               who is quoted about peace talks
  search show corpus/a.txt:12-14              paragraphs with quotes marked
  search extract corpus/ --format jsonl       what the extractor finds, no index

Exit codes: 0 something found, 1 nothing found, 2 an error (after doing what it could).")]
pub struct Cli {
    /// When to use colour: auto (only on a terminal, and not when NO_COLOR is set),
    /// always, or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build (or rebuild) the index from a folder of articles.
    ///
    /// Reads every .txt, .md and .jsonl file under PATH, splits articles into
    /// passages, extracts quotes, speakers and attributions, and writes a tantivy
    /// index. Files that cannot be read are reported and skipped; the rest is indexed.
    Index(IndexArgs),
    /// Search the index: ranked passages with their speakers and attributions.
    ///
    /// Query syntax: words, "exact phrases", AND / OR / NOT (or +word / -word), and
    /// fields. About quotes: speaker:, quote:, attribution:, mention:, kind:
    /// (direct|indirect), anonymous: (true|false); clauses about quotes must hold for
    /// the same quote, so 'speaker:rubio quote:talented' is a quote Rubio said holding
    /// "talented". About passages: text:, title:, source:, path:, date:[20160101 TO
    /// 20161231]. Passages holding every word rank first; a match in a quote or a
    /// speaker's name ranks above one in the text or the title.
    Query(QueryArgs),
    /// Run many queries at once, printing JSON Lines.
    ///
    /// FILE holds one query per line, or JSON Lines objects such as
    /// {"id": "q1", "query": "speaker:rubio", "limit": 5}. Use - for stdin.
    Batch(BatchArgs),
    /// Print the attributions found in articles, without indexing.
    Extract(ExtractArgs),
    /// List the speakers in the index, or among the hits of a query.
    ///
    /// Each speaker with the number of quotes and articles, named sources and
    /// anonymous sources ("a senior official") listed apart.
    Speakers(SpeakersArgs),
    /// Print an article with every quote marked and its speaker named beside it.
    ///
    /// TARGET is an article path, optionally with a paragraph (corpus/a.txt:12) or a
    /// range of paragraphs (corpus/a.txt:12-14). Reads the file itself; no index needed.
    Show(ShowArgs),
    /// What the index holds: articles, passages, quotes, speakers, size, when and by
    /// which version it was built.
    Stats(StatsArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    ///
    /// For bash: search completions bash > ~/.local/share/bash-completion/completions/search
    Completions(CompletionsArgs),
    /// Print the man page (roff) on stdout: search man > search.1 && man ./search.1
    Man,
}

/// Where the index lives.
#[derive(Debug, Args)]
pub struct IndexLocation {
    /// The index folder.
    #[arg(long, value_name = "DIR", default_value = "index")]
    pub index: PathBuf,
}

/// `search index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folder (or file) of articles to index.
    #[arg(value_name = "PATH", default_value = "corpus")]
    pub path: PathBuf,

    #[command(flatten)]
    pub location: IndexLocation,

    /// Worker threads for extraction and indexing (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Memory for the index writer, in MiB, shared by its threads (default: 64 per
    /// thread).
    #[arg(long, value_name = "MB")]
    pub memory: Option<usize>,

    /// Rebuild the index from scratch instead of updating it. By default a run skips
    /// files unchanged since the last one (same size and modification time, or same
    /// content), re-reads changed files and drops deleted ones.
    #[arg(long)]
    pub rebuild: bool,

    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,

    /// Print nothing on stderr but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// `search query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query. Several words may be given without quotes (they are joined with
    /// spaces); quote the whole query for phrases or fields: 'speaker:"Marco Rubio"'.
    /// May be left out when a filter is given: `search query --speaker rubio` lists
    /// every passage quoting Rubio.
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    #[command(flatten)]
    pub location: IndexLocation,

    /// How many passages to show.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    pub limit: usize,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Show N paragraphs before and after each hit (human output).
    #[arg(long, short = 'C', value_name = "N", default_value_t = 0)]
    pub context: u32,

    /// Print one JSON object per hit (JSON Lines).
    #[arg(long)]
    pub json: bool,
}

/// Filters that narrow any query. Those about quotes (speaker, kind, anonymity) must
/// hold for the same quote.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only passages quoting this speaker: every word of NAME must be in the speaker's
    /// name, so `--speaker rubio` finds "Marco Rubio".
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,

    /// Only passages with a quote of this kind.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,

    /// Only passages quoting an unnamed source ("a senior official").
    #[arg(long, conflicts_with = "named")]
    pub anonymous: bool,

    /// Only passages quoting a named source.
    #[arg(long)]
    pub named: bool,

    /// Only articles from this outlet (every word must match its name).
    #[arg(long, value_name = "OUTLET")]
    pub source: Option<String>,

    /// Only articles dated on or after DATE (YYYY-MM-DD), where the date is known.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only articles dated on or before DATE (YYYY-MM-DD), where the date is known.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

/// The `--kind` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Words inside quote marks.
    Direct,
    /// Reported speech ("according to ...", "said that ...").
    Indirect,
}

/// `search batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// File of queries, one per line or JSON Lines; - reads stdin.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    #[command(flatten)]
    pub location: IndexLocation,

    /// Hits per query when a query gives no limit of its own.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    pub limit: usize,
}

/// `search extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Folder or file of articles.
    #[arg(value_name = "PATH", default_value = "corpus")]
    pub path: PathBuf,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
    pub format: ExtractFormat,
}

/// `search speakers`.
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Only speakers quoted in passages matching this query.
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,

    #[command(flatten)]
    pub location: IndexLocation,

    #[command(flatten)]
    pub filters: FilterArgs,

    /// Order of the list.
    #[arg(long, value_enum, default_value_t = SpeakerSort::Quotes)]
    pub sort: SpeakerSort,

    /// How many speakers to list (of each group, named and anonymous).
    #[arg(long, short = 'n', value_name = "N", default_value_t = 50)]
    pub limit: usize,

    /// Print one JSON object per speaker (JSON Lines).
    #[arg(long)]
    pub json: bool,
}

/// Orders of `search speakers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SpeakerSort {
    /// Most quotes first.
    Quotes,
    /// Most articles first.
    Articles,
    /// Alphabetical.
    Name,
}

/// `search show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An article file, optionally with :PARAGRAPH or :FIRST-LAST.
    #[arg(value_name = "TARGET")]
    pub target: String,

    /// Print the article's attributions as JSON Lines instead.
    #[arg(long)]
    pub json: bool,
}

/// `search stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub location: IndexLocation,

    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,

    /// Also show the space each field takes on disk, by component.
    #[arg(long)]
    pub fields: bool,
}

/// `search completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Output formats of `search extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Readable, grouped by article.
    Human,
    /// One JSON object per attribution.
    Jsonl,
}

/// The `--color` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
