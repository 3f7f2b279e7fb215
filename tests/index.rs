//! `search index`: building, bad files, incompatible indexes.

use crate::util::Dir;

#[test]
fn indexes_a_folder_and_reports_counts() {
    let dir = Dir::with_corpus();
    let run = dir.run(&["index", "corpus", "--index", "idx"]);
    run.assert_exit(0);
    let stderr = run.stderr();
    assert!(
        stderr.contains("indexed 4 articles from 3 files"),
        "{stderr}"
    );
    assert!(dir.path().join("idx/meta.json").is_file());
}

#[test]
fn json_summary_counts_files_and_passages() {
    let dir = Dir::with_corpus();
    let run = dir.run(&["index", "corpus", "--index", "idx", "--json", "--quiet"]);
    run.assert_exit(0);
    let lines: Vec<serde_json::Value> = run.json_lines();
    assert_eq!(lines.len(), 1);
    let summary = &lines[0];
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["files"], 3);
    assert_eq!(summary["articles"], 4);
    // 5 + 3 paragraphs in the text files, 3 + 2 in the dump.
    assert_eq!(summary["passages"], 13);
    assert_eq!(run.stderr(), "");
}

#[test]
fn broken_files_are_reported_and_the_rest_indexed() {
    let dir = Dir::with_corpus();
    dir.write("corpus/empty.txt", "");
    dir.write("corpus/binary.txt", b"Title\n\n\x00\x01\x02 data");
    dir.write(
        "corpus/broken.jsonl",
        "{\"text\": \"Ferry service resumes\"}\n{oops\n",
    );
    dir.write(
        "corpus/latin1.txt",
        b"Prices rise\n\nA coffee now costs \xA34 in the city centre.",
    );
    let run = dir.run(&["index", "corpus", "--index", "idx"]);
    run.assert_exit(2);
    let stderr = run.stderr();
    assert!(stderr.contains("empty.txt: file is empty"), "{stderr}");
    assert!(
        stderr.contains("binary.txt: looks like a binary file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.jsonl:2: skipped a broken JSON line"),
        "{stderr}"
    );
    assert!(
        stderr.contains("latin1.txt: not valid UTF-8, decoded as Windows-1252"),
        "{stderr}"
    );
    let found = dir.run(&["query", "--index", "idx", "--json", "coffee"]);
    found.assert_exit(0);
    assert!(
        found.stdout().contains("costs \u{a3}4"),
        "{}",
        found.stdout()
    );
    dir.run(&["query", "--index", "idx", "ferry"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "bridge"])
        .assert_exit(0);
}

#[test]
fn missing_corpus_is_an_error() {
    let dir = Dir::new();
    let run = dir.run(&["index", "nowhere", "--index", "idx"]);
    run.assert_exit(2);
    assert!(
        run.stderr()
            .contains("nowhere: cannot read the corpus folder"),
        "{}",
        run.stderr()
    );
}

#[test]
fn refuses_to_write_into_a_folder_of_other_files() {
    let dir = Dir::with_corpus();
    dir.write("notes/todo.txt", "keep me");
    let run = dir.run(&["index", "corpus", "--index", "notes"]);
    run.assert_exit(2);
    assert!(
        run.stderr().contains("is not empty and holds no index"),
        "{}",
        run.stderr()
    );
    assert!(dir.path().join("notes/todo.txt").is_file());
}

#[test]
fn reindexing_replaces_the_old_contents() {
    let dir = Dir::with_corpus();
    dir.run(&["index", "corpus", "--index", "idx"])
        .assert_exit(0);
    std::fs::remove_file(dir.path().join("corpus/harbour-festival.md")).expect("remove");
    dir.run(&["index", "corpus", "--index", "idx"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "harbour"])
        .assert_exit(1);
    dir.run(&["query", "--index", "idx", "bridge"])
        .assert_exit(0);
}

#[test]
fn an_index_of_another_format_is_refused_with_how_to_rebuild() {
    let dir = Dir::with_corpus();
    dir.run(&["index", "corpus", "--index", "idx"])
        .assert_exit(0);
    let meta_path = dir.path().join("idx/meta.json");
    let meta = std::fs::read_to_string(&meta_path).expect("read meta");
    // The payload is JSON inside meta.json's JSON: `\"format\":N`.
    let key = "\\\"format\\\":";
    let at = meta.find(key).expect("the payload records the format") + key.len();
    let digits = meta[at..].chars().take_while(char::is_ascii_digit).count();
    let tampered = format!("{}999{}", &meta[..at], &meta[at + digits..]);
    std::fs::write(&meta_path, tampered).expect("write meta");
    let run = dir.run(&["query", "--index", "idx", "bridge"]);
    run.assert_exit(2);
    let stderr = run.stderr();
    assert!(stderr.contains("index format 999"), "{stderr}");
    assert!(
        stderr.contains("rebuild it with `search index CORPUS --index idx`"),
        "{stderr}"
    );
    // Building again replaces it.
    dir.run(&["index", "corpus", "--index", "idx"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "bridge"])
        .assert_exit(0);
}

#[test]
fn a_text_shared_by_passages_is_stored_once_and_outlives_its_first_file() {
    let dir = Dir::new();
    let wire = "Storm closes the coastal road for a second night.";
    dir.write(
        "corpus/a.txt",
        format!("Outlet A report\n\n{wire}\n\nOnly in A: the ferry ran late.\n"),
    );
    dir.write(
        "corpus/b.txt",
        format!("Outlet B report\n\n{wire}\n\nOnly in B: schools stay open.\n"),
    );
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
    let stats: Vec<serde_json::Value> =
        dir.run(&["stats", "--index", "idx", "--json"]).json_lines();
    // Four passages, no quotes: the text seen twice gets one text document.
    assert_eq!(stats[0]["passages"], 4);
    assert_eq!(stats[0]["documents"], 5);
    std::fs::remove_file(dir.path().join("corpus/a.txt")).expect("remove");
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
    let hits: Vec<serde_json::Value> = dir
        .run(&["query", "--index", "idx", "--json", "coastal road"])
        .json_lines();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["path"], "corpus/b.txt");
    assert_eq!(hits[0]["text"], wire);
}
