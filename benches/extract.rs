//! Extraction throughput: `extract::extract_article` alone (no I/O, no output) over the BBC
//! articles of `../shared/data/bbc`, on one thread, in MB/s. Prints the median of
//! several passes; skips with a message when the data is absent. It allocates with
//! mimalloc, as the `search` binary does (the system allocator is about 5% slower).
//!
//! `cargo bench --bench extract [-- --json] [-- --dir DIR]`

use std::path::{Path, PathBuf};
use std::time::Instant;

use search::corpus;
use search::extract::extract_article;

/// The allocator of the `search` binary, so the figure is the tool's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PASSES: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let json = args.iter().any(|a| a == "--json");
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc"));
    if !dir.is_dir() {
        println!("extract bench: {} not found; skipping", dir.display());
        return;
    }
    let articles: Vec<corpus::Article> = corpus::walk(&dir)
        .filter_map(Result::ok)
        .filter_map(|path| corpus::read_file(&path).ok())
        .flat_map(|read| read.articles)
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut seconds = Vec::with_capacity(PASSES);
    let mut found = 0;
    for _ in 0..PASSES {
        let started = Instant::now();
        found = 0;
        for article in &articles {
            let (headline, body) = (article.headline_span(), article.body_spans());
            found += extract_article(&article.text, headline, &body).len();
        }
        seconds.push(started.elapsed().as_secs_f64());
    }
    seconds.sort_by(f64::total_cmp);
    let median = seconds[PASSES / 2];
    let mb_per_s = bytes as f64 / 1e6 / median;
    if json {
        println!(
            "{{\"bench\":\"extract\",\"articles\":{},\"bytes\":{bytes},\"attributions\":{found},\"seconds\":{median:.4},\"mb_per_s_per_core\":{mb_per_s:.2}}}",
            articles.len()
        );
    } else {
        println!(
            "extract: {} articles, {:.1} MB, {found} attributions: median {median:.3} s of {PASSES} passes = {mb_per_s:.1} MB/s on one core",
            articles.len(),
            bytes as f64 / 1e6
        );
    }
}
