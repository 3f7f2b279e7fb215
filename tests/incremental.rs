//! `search index` on an existing index: unchanged files are skipped, changed files
//! replace their passages, deleted files leave the index, `--rebuild` starts afresh.

use std::time::{Duration, SystemTime};

use crate::util::Dir;

/// Runs `search index --json` and returns the summary.
fn index(dir: &Dir, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["index", "corpus", "--index", "idx", "--json", "--quiet"];
    args.extend_from_slice(extra);
    let run = dir.run(&args);
    run.assert_exit(0);
    run.json_lines::<serde_json::Value>().remove(0)
}

#[test]
fn unchanged_files_are_skipped() {
    let dir = Dir::with_corpus();
    let first = index(&dir, &[]);
    assert_eq!(first["files_read"], 3);
    let meta = || std::fs::read_to_string(dir.path().join("idx/meta.json")).expect("meta");
    let committed = meta();
    let second = index(&dir, &[]);
    // Nothing changed, so nothing was committed.
    assert_eq!(meta(), committed);
    assert_eq!(second["files_read"], 0);
    assert_eq!(second["unchanged"], 3);
    assert_eq!(second["removed"], 0);
    assert_eq!(second["total"]["articles"], 4);
    assert_eq!(second["total"]["passages"], 13);
    dir.run(&["query", "--index", "idx", "quay"]).assert_exit(0);
}

#[test]
fn a_touched_file_with_the_same_content_is_not_read_again() {
    let dir = Dir::with_corpus();
    index(&dir, &[]);
    let path = dir.path().join("corpus/harbour-festival.md");
    let later = SystemTime::now() + Duration::from_secs(120);
    let file = std::fs::File::options()
        .write(true)
        .open(&path)
        .expect("open");
    file.set_modified(later).expect("set mtime");
    let before = file_tables(&dir);
    let second = index(&dir, &[]);
    assert_eq!(second["files_read"], 0);
    assert_eq!(second["unchanged"], 3);
    // The new modification time is recorded (the file table is written again), so the
    // next run finds everything current and writes nothing.
    let recorded = file_tables(&dir);
    assert_ne!(recorded, before);
    index(&dir, &[]);
    assert_eq!(file_tables(&dir), recorded);
}

/// The index's file tables (`files-<opstamp>.json.zst`): names and contents.
fn file_tables(dir: &Dir) -> Vec<(String, Vec<u8>)> {
    let folder = dir.path().join("idx");
    let mut tables: Vec<(String, Vec<u8>)> = std::fs::read_dir(&folder)
        .expect("read the index folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("files-"))
        .map(|name| {
            let bytes = std::fs::read(folder.join(&name)).expect("read a file table");
            (name, bytes)
        })
        .collect();
    tables.sort();
    tables
}

#[test]
fn a_changed_file_replaces_its_passages() {
    let dir = Dir::with_corpus();
    index(&dir, &[]);
    dir.write(
        "corpus/harbour-festival.md",
        "# Harbour festival cancelled\n\nStorms forced organisers to cancel the regatta.\n",
    );
    let second = index(&dir, &[]);
    assert_eq!(second["files_read"], 1);
    assert_eq!(second["unchanged"], 2);
    assert_eq!(second["total"]["passages"], 11);
    dir.run(&["query", "--index", "idx", "regatta"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "quay"]).assert_exit(1);
}

#[test]
fn a_deleted_file_leaves_the_index() {
    let dir = Dir::with_corpus();
    index(&dir, &[]);
    std::fs::remove_file(dir.path().join("corpus/wires.jsonl")).expect("remove");
    let second = index(&dir, &[]);
    assert_eq!(second["removed"], 1);
    assert_eq!(second["total"]["articles"], 2);
    dir.run(&["query", "--index", "idx", "rail"]).assert_exit(1);
    let stats: Vec<serde_json::Value> =
        dir.run(&["stats", "--index", "idx", "--json"]).json_lines();
    assert_eq!(stats[0]["articles"], 2);
}

#[test]
fn a_new_file_is_added() {
    let dir = Dir::with_corpus();
    index(&dir, &[]);
    dir.write(
        "corpus/new/tram.txt",
        "Tram line opens\n\nThe new tram line carried its first riders.\n",
    );
    let second = index(&dir, &[]);
    assert_eq!(second["files_read"], 1);
    assert_eq!(second["unchanged"], 3);
    dir.run(&["query", "--index", "idx", "tram"]).assert_exit(0);
}

#[test]
fn rebuild_reads_everything_again() {
    let dir = Dir::with_corpus();
    index(&dir, &[]);
    let second = index(&dir, &["--rebuild"]);
    assert_eq!(second["files_read"], 3);
    assert_eq!(second["unchanged"], 0);
    assert_eq!(second["total"]["articles"], 4);
    let hits: Vec<serde_json::Value> = dir
        .run(&["query", "--index", "idx", "--json", "-n", "100", "*"])
        .json_lines();
    assert_eq!(hits.len(), 13, "no passage is indexed twice");
}

#[test]
fn an_index_of_a_different_folder_mirrors_that_folder() {
    let dir = Dir::with_corpus();
    index(&dir, &[]);
    dir.write("other/solo.txt", "Solo article\n\nOnly this one.\n");
    let run = dir.run(&["index", "other", "--index", "idx", "--json", "--quiet"]);
    run.assert_exit(0);
    let summary = run.json_lines::<serde_json::Value>().remove(0);
    assert_eq!(summary["removed"], 3);
    assert_eq!(summary["total"]["articles"], 1);
}

#[test]
fn passages_keep_their_article_through_updates_and_merges() {
    // Every run changes one article, so every run adds a segment and deletes from an
    // older one; after eight, tantivy merges. Later passages find their article's
    // fields (and attributions their passage) by distance, which must survive that.
    let dir = Dir::new();
    let article = |n: usize, run: usize| {
        format!(
            "# Ferry report {n}\n\nThe council of isle{n} met on Monday.\n\n\
             \"We will keep the ferry,\" said Mayor Jo Lee{n}.\n\n\
             Version {run} of the minutes names harbourmaster{n}.\n"
        )
    };
    for n in 0..10 {
        dir.write(&format!("corpus/report-{n}.md"), article(n, 0));
    }
    index(&dir, &[]);
    for run in 1..=10 {
        dir.write(
            &format!("corpus/report-{}.md", run % 10),
            article(run % 10, run),
        );
        index(&dir, &[]);
    }
    let stats = dir.run(&["stats", "--index", "idx"]);
    let segments: usize = stats
        .stdout()
        .lines()
        .find_map(|l| {
            l.strip_prefix("documents")?
                .split(" in ")
                .nth(1)?
                .split(' ')
                .next()?
                .parse()
                .ok()
        })
        .expect("segment count");
    assert!(segments < 10, "no merge happened: {}", stats.stdout());
    for n in 0..10 {
        let run = dir.run(&[
            "query",
            "--index",
            "idx",
            "--json",
            &format!("harbourmaster{n}"),
        ]);
        let hits = run.json_lines::<serde_json::Value>();
        assert_eq!(hits.len(), 1, "{}", run.stdout());
        assert_eq!(hits[0]["path"], format!("corpus/report-{n}.md"));
        assert_eq!(hits[0]["title"], format!("Ferry report {n}"));
        assert_eq!(hits[0]["paragraph"], 3);
        let run = dir.run(&[
            "query",
            "--index",
            "idx",
            "--json",
            &format!("speaker:lee{n}"),
        ]);
        let hits = run.json_lines::<serde_json::Value>();
        assert_eq!(hits.len(), 1, "{}", run.stdout());
        assert_eq!(hits[0]["title"], format!("Ferry report {n}"));
        assert_eq!(
            hits[0]["attributions"][0]["quote"],
            "We will keep the ferry,"
        );
    }
}
