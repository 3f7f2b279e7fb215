//! `search query`: ranking, output formats, exit codes, bad queries.

use crate::util::Dir;
use crate::wire::Hit;

fn indexed() -> Dir {
    Dir::indexed()
}

#[test]
fn json_hits_parse_and_point_at_the_passage() {
    let dir = indexed();
    let run = dir.run(&["query", "--index", "idx", "--json", "bridge traffic"]);
    run.assert_exit(0);
    let hits: Vec<Hit> = run.json_lines();
    assert!(!hits.is_empty());
    let first = &hits[0];
    assert_eq!(first.kind, "hit");
    assert_eq!(first.rank, 1);
    assert_eq!(first.path, "corpus/council-bridge.txt");
    assert_eq!(first.paragraph, 4);
    assert_eq!(first.source.as_deref(), Some("Riverside Gazette"));
    assert!(first.text.starts_with("According to two city engineers"));
    let marked: Vec<String> = first
        .highlights
        .iter()
        .map(|[s, e]| first.text.chars().skip(*s).take(e - s).collect())
        .collect();
    assert_eq!(marked, ["bridge", "traffic"]);
    let ranks: Vec<usize> = hits.iter().map(|h| h.rank).collect();
    assert_eq!(ranks, (1..=hits.len()).collect::<Vec<_>>());
}

#[test]
fn passages_with_every_term_come_first() {
    let dir = indexed();
    // "bridge" alone is in several passages; only one also has "decade".
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "bridge decade"])
        .json_lines();
    assert!(hits.len() > 1);
    assert!(hits[0].text.contains("decade"));
    assert!(hits[1..].iter().all(|h| !h.text.contains("decade")));
}

#[test]
fn each_passage_appears_once() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "-n", "50", "bridge"])
        .json_lines();
    let mut keys: Vec<(String, u32)> = hits.iter().map(|h| (h.path.clone(), h.paragraph)).collect();
    let before = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), before);
}

#[test]
fn limit_caps_the_hits() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "-n", "1", "the"])
        .json_lines();
    assert_eq!(hits.len(), 1);
}

#[test]
fn stemming_and_folding_match_other_forms() {
    let dir = indexed();
    dir.run(&["query", "--index", "idx", "complaining"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "FESTIVALS"])
        .assert_exit(0);
}

#[test]
fn title_field_and_phrases() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "title:library"])
        .json_lines();
    assert!(
        !hits.is_empty()
            && hits
                .iter()
                .all(|h| h.title == "Library extends opening hours")
    );
    dir.run(&["query", "--index", "idx", "\"river bridge\""])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "\"bridge river\""])
        .assert_exit(1);
}

#[test]
fn boolean_operators() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "bridge AND NOT spring"])
        .json_lines();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| !h.text.contains("spring")));
}

#[test]
fn human_output_names_article_and_paragraph() {
    let dir = indexed();
    let run = dir.run(&["query", "--index", "idx", "quay"]);
    run.assert_exit(0);
    let out = run.stdout();
    assert!(
        out.starts_with("corpus/harbour-festival.md\nHarbour festival draws record crowds\n"),
        "{out}"
    );
    assert!(out.contains("\u{b6}2  "), "{out}");
    assert!(!out.contains('\x1b'), "NO_COLOR is set: {out:?}");
}

#[test]
fn color_always_highlights_matches() {
    let dir = indexed();
    let out = dir
        .run(&["query", "--index", "idx", "--color", "always", "quay"])
        .stdout();
    assert!(out.contains("\x1b[1;31mquay\x1b[0m"), "{out:?}");
}

#[test]
fn nothing_found_exits_1() {
    let dir = indexed();
    let run = dir.run(&["query", "--index", "idx", "zeppelin"]);
    run.assert_exit(1);
    assert_eq!(run.stdout(), "");
}

#[test]
fn bad_queries_are_explained_with_exit_2() {
    let dir = indexed();
    for (query, expected) in [
        ("nosuchfield:x", "unknown field `nosuchfield:`"),
        ("\"unclosed", "check its quotes"),
        ("bridge AND (NOT spring)", "only excludes"),
        ("  ", "give a query, or a filter"),
    ] {
        let run = dir.run(&["query", "--index", "idx", query]);
        run.assert_exit(2);
        assert!(run.stderr().contains(expected), "{query}: {}", run.stderr());
        assert!(
            !run.stderr().contains("panicked"),
            "{query}: {}",
            run.stderr()
        );
    }
}

#[test]
fn missing_index_is_explained() {
    let dir = Dir::new();
    let run = dir.run(&["query", "--index", "nope", "bridge"]);
    run.assert_exit(2);
    assert!(
        run.stderr().contains("no index at nope: build one with"),
        "{}",
        run.stderr()
    );
}

#[test]
fn first_query_builds_the_default_index_from_corpus() {
    let dir = Dir::with_corpus();
    let run = dir.run(&["query", "bridge"]);
    run.assert_exit(0);
    assert!(
        run.stderr()
            .contains("no index yet: building index from corpus/ first"),
        "{}",
        run.stderr()
    );
    assert!(dir.path().join("index/meta.json").is_file());
    let again = dir.run(&["query", "bridge"]);
    again.assert_exit(0);
    assert_eq!(again.stderr(), "");
}

#[test]
fn bad_limit_is_refused() {
    let dir = indexed();
    let run = dir.run(&["query", "--index", "idx", "-n", "0", "bridge"]);
    run.assert_exit(2);
    assert!(
        run.stderr().contains("--limit must be at least 1"),
        "{}",
        run.stderr()
    );
}

#[test]
fn several_words_without_quotes_form_one_query() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "bridge", "decade"])
        .json_lines();
    assert!(hits[0].text.contains("decade"));
}

#[test]
fn date_and_source_filters() {
    let dir = indexed();
    let run = dir.run(&[
        "query",
        "--index",
        "idx",
        "--json",
        "--since",
        "2025-03-01",
        "rail",
    ]);
    let hits: Vec<Hit> = run.json_lines();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.date.as_deref() == Some("2025-03-02")));
    dir.run(&["query", "--index", "idx", "--until", "2025-03-01", "rail"])
        .assert_exit(1);
    dir.run(&["query", "--index", "idx", "--source", "metro", "rail"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "--source", "gazette", "rail"])
        .assert_exit(1);
    dir.run(&["query", "--index", "idx", "date:[20250301 TO 20250302]"])
        .assert_exit(0);
    let bad = dir.run(&["query", "--index", "idx", "--since", "March", "rail"]);
    bad.assert_exit(2);
    assert!(
        bad.stderr().contains("write it as YYYY-MM-DD"),
        "{}",
        bad.stderr()
    );
}

#[test]
fn context_adds_neighbouring_paragraphs() {
    let dir = indexed();
    let out = dir
        .run(&["query", "--index", "idx", "-C", "1", "quay"])
        .stdout();
    assert!(out.contains("\u{b6}1-  The harbour festival"), "{out}");
    assert!(out.contains("\u{b6}2  "), "{out}");
    assert!(out.contains("\u{b6}3-  Local traders"), "{out}");
}

#[test]
fn no_match_suggests_close_words() {
    let dir = indexed();
    let run = dir.run(&["query", "--index", "idx", "brigde", "festivel"]);
    run.assert_exit(1);
    assert!(
        run.stderr().contains("did you mean: bridge festival"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_filter_alone_lists_every_matching_passage() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "--source", "metro"])
        .json_lines();
    assert_eq!(hits.len(), 3);
    assert!(hits.iter().all(|h| h.path == "corpus/wires.jsonl:1"));
}

#[test]
fn exclusions_alone_list_every_other_passage() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&[
            "query",
            "--index",
            "idx",
            "--json",
            "-n",
            "100",
            "NOT bridge",
        ])
        .json_lines();
    assert_eq!(
        hits.len(),
        8,
        "13 passages, 5 of them in the bridge article"
    );
    assert!(hits.iter().all(|h| h.path != "corpus/council-bridge.txt"));
}
