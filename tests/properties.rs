//! Property tests: arbitrary text never makes the extractor or the corpus reader
//! panic, every span lies on char boundaries inside its paragraph, output is
//! deterministic; arbitrary query text gets hits or an explained error.

use std::sync::OnceLock;

use proptest::prelude::*;

use search::corpus;
use search::extract::{extract, extract_article};
use search::search::{Filters, Request, Searcher};

/// Text likely to exercise the extractor: words, names, cues and every kind of mark.
fn newsy_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "\u{201c}",
        "\u{201d}",
        "''",
        "\u{ab}",
        "\u{bb}",
        "\u{2018}",
        "\u{2019}",
        "'",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "said",
        "says",
        "told",
        "according to",
        "he",
        "she",
        "they",
        "Mr.",
        "Sen.",
        "Maria Lopez",
        "the spokesman",
        "a senior official",
        "\u{e9}",
        "\u{1f600}",
        "\u{202a}",
        "\u{ad}",
        "\u{1b}",
        "word",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(str::to_string), any::<String>()],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// Paragraph spans of a text, split at blank lines, as the corpus reader makes them.
fn spans(text: &str) -> Vec<std::ops::Range<usize>> {
    corpus::parse_bytes("p.txt", text.as_bytes(), false)
        .map(|read| {
            read.articles
                .into_iter()
                .flat_map(|a| a.body_spans())
                .collect()
        })
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn extraction_is_safe_and_deterministic(text in newsy_text()) {
        let text = format!("Title\n\n{text}");
        let paragraphs = spans(&text);
        let first = extract(&text, &paragraphs);
        for a in &first {
            let paragraph = &paragraphs[a.paragraph];
            prop_assert!(a.quote.start <= a.quote.end);
            prop_assert!(paragraph.start <= a.quote.start && a.quote.end <= paragraph.end);
            prop_assert!(text.is_char_boundary(a.quote.start) && text.is_char_boundary(a.quote.end));
        }
        prop_assert_eq!(first, extract(&text, &paragraphs));
    }

    #[test]
    fn any_headline_is_read_safely(headline in "[^\n\r]{0,80}", text in newsy_text()) {
        let text = format!("{headline}\n\n{text}");
        if let Ok(read) = corpus::parse_bytes("h.txt", text.as_bytes(), false) {
            for article in &read.articles {
                let passages = article.paragraph_spans();
                let found = extract_article(&article.text, article.headline_span(), &article.body_spans());
                for a in &found {
                    let passage = &passages[a.paragraph];
                    prop_assert!(passage.start <= a.quote.start && a.quote.end <= passage.end);
                }
            }
        }
    }

    #[test]
    fn extraction_survives_arbitrary_spans(text in any::<String>(), cuts in prop::collection::vec(any::<usize>(), 0..8)) {
        // Spans that are out of range or off char boundaries must not panic either.
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (text.len() + 2)).collect();
        cuts.sort_unstable();
        let spans: Vec<std::ops::Range<usize>> = cuts.windows(2).map(|w| w[0]..w[1]).collect();
        let _ = extract(&text, &spans);
    }

    #[test]
    fn any_bytes_read_as_an_article_or_a_reason(bytes in prop::collection::vec(any::<u8>(), 0..400), jsonl in any::<bool>()) {
        if let Ok(read) = corpus::parse_bytes("b.txt", &bytes, jsonl) {
            for article in &read.articles {
                for span in article.paragraph_spans() {
                    prop_assert!(article.text.is_char_boundary(span.start) && article.text.is_char_boundary(span.end));
                }
            }
        }
    }

    #[test]
    fn any_query_gets_hits_or_an_explanation(query in "[ -~\u{a0}-\u{17f}\u{600}-\u{620}\u{1f600}]{0,40}") {
        let searcher = fixture_searcher();
        let filters = Filters::default();
        let request = Request { query: &query, limit: 5, filters: &filters };
        if let Err(err) = searcher.search(&request) {
            let message = format!("{err:#}");
            prop_assert!(!message.contains("failed inside the index"), "{query:?}: {message}");
        }
    }
}

/// A searcher over an index of the fixture corpus, built once.
fn fixture_searcher() -> &'static Searcher {
    static SEARCHER: OnceLock<Searcher> = OnceLock::new();
    SEARCHER.get_or_init(|| {
        // Cargo's folder for integration-test files: rebuilt each run, never left in /tmp.
        let index = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("properties-index");
        let options = search::index::BuildOptions {
            corpus: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus"),
            index: index.clone(),
            threads: 1,
            memory: None,
            rebuild: true,
        };
        search::index::build(&options, |_| {}).expect("build the fixture index");
        Searcher::new(search::index::open(&index).expect("open")).expect("searcher")
    })
}
