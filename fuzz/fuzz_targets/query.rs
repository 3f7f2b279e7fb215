//! Fuzz query parsing and planning: any query text against a small index must give
//! hits or an explained error, never a panic inside the index library.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use search::search::{Filters, Request, Searcher};

fn searcher() -> &'static Searcher {
    static SEARCHER: OnceLock<Searcher> = OnceLock::new();
    SEARCHER.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("search-fuzz-{}", std::process::id()));
        let corpus = root.join("corpus");
        std::fs::create_dir_all(&corpus).expect("corpus folder");
        std::fs::write(
            corpus.join("a.txt"),
            "Vote count\n\n\"We will win,\" said Alice Brown. \"We will lose,\" said Carl Dunn.\n\nA senior official said the count was fair.\n",
        )
        .expect("article");
        let options = search::index::BuildOptions {
            corpus,
            index: root.join("idx"),
            threads: 1,
            memory: None,
            rebuild: true,
        };
        search::index::build(&options, |_| {}).expect("index");
        Searcher::new(search::index::open(&root.join("idx")).expect("open")).expect("searcher")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let filters = Filters::default();
    let request = Request {
        query,
        limit: 5,
        filters: &filters,
    };
    if let Err(err) = searcher().search(&request) {
        let message = format!("{err:#}");
        assert!(!message.contains("failed inside the index"), "{query:?}: {message}");
    }
});
