//! Commands that inspect: `search stats`, `search show`, `search completions`, `search man`.

use crate::util::Dir;
use crate::wire::ExtractRecord;

#[test]
fn stats_describe_the_index() {
    let dir = Dir::indexed();
    let run = dir.run(&["stats", "--index", "idx", "--json"]);
    run.assert_exit(0);
    let stats: Vec<serde_json::Value> = run.json_lines();
    let stats = &stats[0];
    assert_eq!(stats["type"], "stats");
    assert_eq!(stats["articles"], 4);
    assert_eq!(stats["passages"], 13);
    assert_eq!(
        stats["built_by"],
        format!("search {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(stats["bytes_on_disk"].as_u64().is_some_and(|b| b > 0));
    let human = dir.run(&["stats", "--index", "idx"]).stdout();
    assert!(human.contains("articles    4\n"), "{human}");
}

#[test]
fn show_prints_the_chosen_paragraphs() {
    let dir = Dir::with_corpus();
    let run = dir.run(&["show", "corpus/council-bridge.txt:4-5"]);
    let out = run.stdout();
    assert!(out.starts_with("corpus/council-bridge.txt\n"), "{out}");
    assert!(
        out.contains("\u{b6}4  According to two city engineers"),
        "{out}"
    );
    assert!(out.contains("\u{b6}5  The council meets"), "{out}");
    assert!(!out.contains("\u{b6}3 "), "{out}");
}

#[test]
fn show_reads_an_article_of_a_dump() {
    let dir = Dir::with_corpus();
    let out = dir.run(&["show", "corpus/wires.jsonl:2"]).stdout();
    assert!(out.contains("Library extends opening hours"), "{out}");
    assert!(!out.contains("Rail strike"), "{out}");
}

#[test]
fn show_json_records_are_extract_records() {
    let dir = Dir::with_corpus();
    let run = dir.run(&["show", "--json", "corpus/council-bridge.txt:2"]);
    let records: Vec<ExtractRecord> = run.json_lines();
    assert!(records.iter().all(|r| r.paragraph == 2));
}

#[test]
fn show_explains_a_bad_target() {
    let dir = Dir::with_corpus();
    for (target, expected) in [
        ("corpus/nope.txt", "no such article file"),
        ("corpus/council-bridge.txt:99", "has 5 paragraphs, not 99"),
    ] {
        let run = dir.run(&["show", target]);
        run.assert_exit(2);
        assert!(
            run.stderr().contains(expected),
            "{target}: {}",
            run.stderr()
        );
    }
}

#[test]
fn completions_and_man_page() {
    let dir = Dir::new();
    let bash = dir.run(&["completions", "bash"]);
    bash.assert_exit(0);
    assert!(bash.stdout().contains("_search()"));
    assert!(bash.stdout().contains("--speaker"));
    let man = dir.run(&["man"]);
    man.assert_exit(0);
    assert!(man.stdout().contains(".TH search 1"));
}

#[test]
fn json_records_keep_their_shape() {
    use crate::wire::{Speaker, Stats, Summary};
    let dir = Dir::with_corpus();
    dir.write("corpus/empty.txt", "");
    let index = dir.run(&["index", "corpus", "--index", "idx", "--json", "--quiet"]);
    index.assert_exit(2);
    let summary: Vec<Summary> = index.json_lines();
    assert_eq!(summary[0].kind, "summary");
    assert_eq!(summary[0].skipped[0].kind, "empty");
    assert_eq!(summary[0].total.articles, 4);
    let stats: Vec<Stats> = dir.run(&["stats", "--index", "idx", "--json"]).json_lines();
    assert_eq!(stats[0].kind, "stats");
    let speakers: Vec<Speaker> = dir
        .run(&["speakers", "--index", "idx", "--json"])
        .json_lines();
    assert!(speakers
        .iter()
        .all(|s| s.kind == "speaker" && s.quotes >= 1 && s.articles >= 1));
}
