//! `search extract`: the JSON Lines contract the scorer reads.

use crate::util::Dir;
use crate::wire::ExtractRecord;

#[test]
fn missing_path_is_an_error() {
    let dir = Dir::new();
    let run = dir.run(&["extract", "nowhere", "--format", "jsonl"]);
    run.assert_exit(2);
    assert!(
        run.stderr()
            .contains("nowhere: cannot read the corpus folder"),
        "{}",
        run.stderr()
    );
}

#[test]
fn records_parse_and_offsets_point_at_the_quote() {
    let dir = Dir::with_corpus();
    let run = dir.run(&["extract", "corpus", "--format", "jsonl"]);
    let records: Vec<ExtractRecord> = run.json_lines();
    for r in &records {
        if r.path.ends_with(".jsonl") || r.path.contains(".jsonl:") {
            continue;
        }
        let text = std::fs::read_to_string(dir.path().join(&r.path)).expect("read article");
        let slice: String = text.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(slice, r.quote, "{r:?}");
    }
}
