//! Who said what, end to end: the extractor's attributions as the index, the query
//! fields and filters, `search speakers` and `search show` see them.

use crate::util::Dir;
use crate::wire::{ExtractRecord, Hit};

const VOTE: &str = "Vote count goes to a second day\n\n\
\"We will win the vote easily,\" said Alice Brown. \"We will lose the vote,\" said Carl Dunn.\n\n\
Brown later added that she expected a recount. \"Every ballot matters,\" she said.\n\n\
A senior election official said the count was fair.\n";

fn indexed() -> Dir {
    let dir = Dir::new();
    dir.write("corpus/vote.txt", VOTE);
    dir.index();
    dir
}

#[test]
fn extract_names_speakers_and_resolves_pronouns() {
    let dir = indexed();
    let records: Vec<ExtractRecord> = dir
        .run(&["extract", "corpus", "--format", "jsonl"])
        .json_lines();
    let direct: Vec<(&str, &str, &str)> = records
        .iter()
        .filter(|r| r.kind == "direct")
        .map(|r| {
            (
                r.quote.as_str(),
                r.speaker.as_deref().unwrap_or(""),
                r.speaker_mention.as_str(),
            )
        })
        .collect();
    assert_eq!(
        direct,
        [
            ("We will win the vote easily,", "Alice Brown", "Alice Brown"),
            ("We will lose the vote,", "Carl Dunn", "Carl Dunn"),
            ("Every ballot matters,", "Alice Brown", "she"),
        ]
    );
    let official = records
        .iter()
        .find(|r| r.quote == "the count was fair")
        .expect("the indirect attribution");
    assert_eq!(official.kind, "indirect");
    assert!(official.anonymous);
    assert_eq!(official.cue, "said");
}

#[test]
fn field_clauses_pair_within_one_quote() {
    let dir = indexed();
    let q = |query: &str| dir.run(&["query", "--index", "idx", "--json", query]);
    let hits: Vec<Hit> = q("speaker:dunn quote:lose").json_lines();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].paragraph, 1);
    // Alice Brown is quoted in the same passage, and "lose" is in it, but not in her quote.
    q("speaker:brown quote:lose").assert_exit(1);
    q("speaker:\"Alice Brown\" quote:win").assert_exit(0);
}

#[test]
fn speaker_filter_finds_every_quote_of_a_name() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "--speaker", "brown"])
        .json_lines();
    let paragraphs: Vec<u32> = hits.iter().map(|h| h.paragraph).collect();
    assert_eq!(paragraphs, [1, 2]);
    dir.run(&["query", "--index", "idx", "--speaker", "dunn", "recount"])
        .assert_exit(1);
}

#[test]
fn kind_and_anonymity_filters() {
    let dir = indexed();
    let run = |args: &[&str]| -> Vec<u32> {
        let mut all = vec!["query", "--index", "idx", "--json"];
        all.extend_from_slice(args);
        dir.run(&all)
            .json_lines::<Hit>()
            .iter()
            .map(|h| h.paragraph)
            .collect()
    };
    assert_eq!(run(&["--anonymous"]), [3]);
    assert_eq!(run(&["--kind", "indirect", "fair"]), [3]);
    assert_eq!(run(&["kind:direct AND anonymous:false"]), [1, 2]);
    assert_eq!(run(&["--named", "--kind", "direct", "ballot"]), [2]);
}

#[test]
fn speakers_lists_named_and_unnamed_sources_apart() {
    let dir = indexed();
    let run = dir.run(&["speakers", "--index", "idx", "--json"]);
    run.assert_exit(0);
    let speakers: Vec<serde_json::Value> = run.json_lines();
    let first = &speakers[0];
    assert_eq!(first["name"], "Alice Brown");
    assert_eq!(first["articles"], 1);
    assert!(first["quotes"].as_u64().is_some_and(|q| q >= 3), "{first}");
    let official = speakers
        .iter()
        .find(|s| s["anonymous"] == true)
        .expect("an unnamed source");
    assert_eq!(official["name"], "a senior election official");
    let human = dir.run(&["speakers", "--index", "idx"]).stdout();
    let named = human.find("Named sources").expect("named heading");
    let unnamed = human.find("Unnamed sources").expect("unnamed heading");
    assert!(
        named < human.find("Alice Brown").expect("brown") && unnamed > named,
        "{human}"
    );
    // Among the hits of a query only.
    let dunn: Vec<serde_json::Value> = dir
        .run(&["speakers", "--index", "idx", "--json", "lose"])
        .json_lines();
    assert!(dunn.iter().any(|s| s["name"] == "Carl Dunn"));
    assert!(!dunn.iter().any(|s| s["anonymous"] == true));
}

#[test]
fn show_marks_quotes_and_names_speakers() {
    let dir = indexed();
    let out = dir.run(&["show", "corpus/vote.txt:1"]).stdout();
    assert!(out.contains("\"We will win the vote easily,[1]\""), "{out}");
    assert!(out.contains("[1] Alice Brown [direct]"), "{out}");
    assert!(out.contains("[2] Carl Dunn [direct]"), "{out}");
}

#[test]
fn json_hits_carry_their_attributions() {
    let dir = indexed();
    let hits: Vec<Hit> = dir
        .run(&["query", "--index", "idx", "--json", "recount"])
        .json_lines();
    let speakers: Vec<&str> = hits[0]
        .attributions
        .iter()
        .filter_map(|a| a.speaker.as_deref())
        .collect();
    assert!(speakers.iter().all(|s| *s == "Alice Brown"), "{speakers:?}");
    let quote = hits[0]
        .attributions
        .iter()
        .find(|a| a.kind == "direct")
        .expect("the direct quote");
    let text: String = VOTE
        .chars()
        .skip(quote.start)
        .take(quote.end - quote.start)
        .collect();
    assert_eq!(text, quote.quote);
}

#[test]
fn a_headline_that_quotes_someone_is_passage_zero() {
    let dir = Dir::new();
    dir.write(
        "corpus/bridge.txt",
        "Whitcombe: The bridge plan is dead\n\n\
         Senator Dana Whitcombe spoke in Tulsa on Monday.\n",
    );
    dir.write(
        "corpus/outlet.txt",
        "Harbor News: The bridge plan is dead\n\nThe council met on Monday.\n",
    );
    let records: Vec<ExtractRecord> = dir
        .run(&["extract", "corpus", "--format", "jsonl"])
        .json_lines();
    let headlines: Vec<(&str, u32, &str)> = records
        .iter()
        .map(|r| (r.path.as_str(), r.paragraph, r.quote.as_str()))
        .collect();
    // The outlet's own label is no source; the article says where it is from.
    assert_eq!(
        headlines,
        [("corpus/bridge.txt", 0, "The bridge plan is dead")]
    );
    dir.index();
    let hits: Vec<Hit> = dir
        .run(&[
            "query",
            "--index",
            "idx",
            "--json",
            "--speaker",
            "Dana Whitcombe",
        ])
        .json_lines();
    let found: Vec<(&str, u32)> = hits
        .iter()
        .map(|h| (h.path.as_str(), h.paragraph))
        .collect();
    assert_eq!(found, [("corpus/bridge.txt", 0)]);
    let stats: Vec<serde_json::Value> =
        dir.run(&["stats", "--index", "idx", "--json"]).json_lines();
    assert_eq!(
        stats[0]["passages"], 3,
        "a headline with no quote is no passage"
    );
}
