//! Messy input, hostile queries and faults: every readable article indexed, every
//! problem named, no panic, no lost index.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::util::Dir;

/// Whether the tests run as root, for whom file permissions do not apply.
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Writes `files` articles of about `size` bytes each under `dir/corpus/many`, each
/// with a word of its own (`uniqueword<N>`) and a quote.
fn many_articles(dir: &Dir, files: usize, size: usize) {
    let filler = "The committee reviewed the budget line by line and the members argued about roads, schools and the harbour. ";
    for n in 0..files {
        let mut text = format!("Report number {n}\n\n\"We will publish the figures soon,\" said Clerk Dana Mills{n}. uniqueword{n}\n\n");
        while text.len() < size {
            text.push_str(filler);
            if text.len() % 700 < filler.len() {
                text.push_str("\n\n");
            }
        }
        dir.write(&format!("corpus/many/{n:05}.txt"), text);
    }
}

#[test]
fn hostile_queries_get_results_or_a_message() {
    let dir = Dir::indexed();
    let long = "bridge ".repeat(1500);
    let cases: &[(&str, i32, &str)] = &[
        ("\"unbalanced", 2, "check its quotes"),
        ("nosuchfield:x", 2, "unknown field"),
        ("- *", 1, "no passages match"),
        ("the of and", 0, ""),
        ("\u{1f600}", 1, "no passages match"),
        (
            "\u{645}\u{631}\u{62d}\u{628}\u{627}",
            1,
            "no passages match",
        ),
        ("((((", 2, "parentheses"),
        ("title:", 2, "could not parse"),
        ("date:[a TO b]", 2, "dates and numbers are digits"),
        ("text:/re.*/", 2, "invalid query"),
        ("text:*", 2, "is not supported"),
        (long.as_str(), 0, ""),
    ];
    for (query, code, message) in cases {
        let run = dir.run(&["query", "--index", "idx", "--", query]);
        run.assert_exit(*code);
        let stderr = run.stderr();
        assert!(stderr.contains(message), "{query:.40}: {stderr}");
        assert!(!stderr.contains("internal error"), "{query:.40}: {stderr}");
    }
}

/// Found by `cargo fuzz run query`: `FIELD:*` on a field that does not exist failed
/// only when the query ran, and was reported as a damaged index.
#[test]
fn r_fuzz_any_value_query_on_an_unknown_field() {
    let dir = Dir::indexed();
    let input = "{\"id\": 1, \"query\": \"\\u0000\\u0000:*\\r\"}\nzz:*\n";
    let run = dir.run_with_stdin(&["batch", "--index", "idx", "-"], input);
    run.assert_exit(2);
    let out = run.stdout();
    assert_eq!(out.matches("\"type\":\"error\"").count(), 2, "{out}");
    assert!(!out.contains("damaged"), "{out}");
}

/// Found by `cargo fuzz run query`: excluding a phrase that matches nothing beside
/// another exclusion (`-(will\0\0\0\0a) -px`) trips a debug assertion inside
/// tantivy's phrase scorer (in debug builds only; release builds answer). The answer
/// must be every passage the other exclusion leaves.
#[test]
fn r_fuzz_an_excluded_phrase_that_matches_nothing() {
    if cfg!(debug_assertions) {
        eprintln!("skipped: a debug build of tantivy asserts on this query (release answers)");
        return;
    }
    let dir = Dir::indexed();
    let count = |query: &str| {
        let input = serde_json::json!({"query": query, "limit": 1000}).to_string();
        let run = dir.run_with_stdin(&["batch", "--index", "idx", "-"], &input);
        run.assert_exit(0);
        run.stdout().matches("\"type\":\"hit\"").count()
    };
    let all_but_px = count("-px");
    assert!(all_but_px > 0);
    assert_eq!(count("-(will\u{0}\u{0}\u{0}\u{0}a) -px"), all_but_px);
    assert_eq!(count("-\"will a\" -px"), all_but_px);
}

#[test]
fn broken_paths_are_reported_and_the_rest_indexed() {
    let dir = Dir::with_corpus();
    std::os::unix::fs::symlink(
        dir.path().join("corpus/nowhere.txt"),
        dir.path().join("corpus/dangling.txt"),
    )
    .expect("symlink");
    std::fs::create_dir_all(dir.path().join("corpus/loop")).expect("mkdir");
    std::os::unix::fs::symlink(
        dir.path().join("corpus"),
        dir.path().join("corpus/loop/back"),
    )
    .expect("symlink");
    let run = dir.run(&["index", "corpus", "--index", "idx"]);
    run.assert_exit(2);
    let stderr = run.stderr();
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    assert!(stderr.contains("symbolic link loop"), "{stderr}");
    assert!(
        stderr.contains("indexed 4 articles from 3 files"),
        "{stderr}"
    );
    dir.run(&["query", "--index", "idx", "quay"]).assert_exit(0);
}

#[test]
fn a_file_without_read_permission_is_reported() {
    if is_root() {
        eprintln!("skipped: permissions do not apply to root");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::with_corpus();
    let path = dir.write("corpus/secret.txt", "Secret\n\nHidden text.\n");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let run = dir.run(&["index", "corpus", "--index", "idx"]);
    run.assert_exit(2);
    assert!(
        run.stderr().contains("secret.txt: could not read"),
        "{}",
        run.stderr()
    );
}

#[test]
fn file_names_that_are_not_utf8_are_indexed() {
    use std::os::unix::ffi::OsStrExt;
    let dir = Dir::new();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9 report.txt");
    let path = dir.path().join("corpus").join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(
        &path,
        "Caf\u{e9} opens\n\nThe new caf\u{e9} opened on the square.\n",
    )
    .expect("write");
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
    let out = dir
        .run(&["query", "--index", "idx", "--json", "square"])
        .stdout();
    assert!(out.contains("caf\u{fffd} report.txt"), "{out}");
}

#[test]
fn control_characters_and_mojibake_stay_inside_their_passage() {
    let dir = Dir::new();
    dir.write(
        "corpus/odd.txt",
        "Odd bytes\n\nThe mayor\u{1b}[2J said \u{e2}\u{80}\u{9c}no\u{e2}\u{80}\u{9d} to the\u{ad} plan.\n\nSecond paragraph.\n",
    );
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
    let run = dir.run(&["query", "--index", "idx", "mayor"]);
    run.assert_exit(0);
    let out = run.stdout();
    assert!(
        !out.contains('\u{1b}'),
        "an escape byte reached the terminal: {out:?}"
    );
    assert!(out.contains("\u{b6}1  The mayor\u{fffd}[2J said"), "{out}");
    let json: Vec<serde_json::Value> = dir
        .run(&["query", "--index", "idx", "--json", "mayor"])
        .json_lines();
    assert!(
        json[0]["text"]
            .as_str()
            .is_some_and(|t| t.contains('\u{1b}')),
        "JSON keeps the text as it is"
    );
}

#[test]
fn a_200_mb_file_is_indexed() {
    let dir = Dir::new();
    let path = dir.path().join("corpus/huge.txt");
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    writeln!(file, "A very long article\n").expect("write");
    let paragraph = "Officials said the long meeting about the port, the rail link and the new housing plan ran late into the night. \"We will keep talking,\" said Mayor Ana Ruiz.\n\n";
    let mut written = 0;
    let mut n = 0;
    while written < 200 << 20 {
        write!(file, "Item {n}: {paragraph}").expect("write");
        written += paragraph.len() + 12;
        n += 1;
    }
    writeln!(file, "The last word is zanzibarian.").expect("write");
    file.flush().expect("flush");
    drop(file);
    let run = dir.run(&["index", "corpus", "--index", "idx", "--json", "--quiet"]);
    run.assert_exit(0);
    let summary: Vec<serde_json::Value> = run.json_lines();
    assert!(
        summary[0]["passages"]
            .as_u64()
            .is_some_and(|p| p > 1_000_000),
        "{}",
        summary[0]
    );
    dir.run(&["query", "--index", "idx", "zanzibarian"])
        .assert_exit(0);
}

/// Starts `search index` on one thread with little memory, so that it runs a while and
/// flushes segments as it goes.
fn spawn_slow_index(dir: &Dir) -> std::process::Child {
    let args = [
        "index",
        "corpus",
        "--index",
        "idx",
        "--threads",
        "1",
        "--memory",
        "16",
        "--quiet",
    ];
    dir.command(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn search index")
}

/// Segment files in an index folder.
fn segment_files(index: &Path) -> Vec<String> {
    std::fs::read_dir(index)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".idx"))
                .collect()
        })
        .unwrap_or_default()
}

/// Waits (up to a minute) until a running `search index` has written a segment file
/// that was not there before.
fn wait_for_new_segment(child: &mut std::process::Child, index: &Path, before: &[String]) {
    let started = Instant::now();
    loop {
        if segment_files(index).iter().any(|f| !before.contains(f)) {
            return;
        }
        assert!(
            child.try_wait().expect("poll").is_none(),
            "the indexing run ended before it could be interrupted"
        );
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no segment was written"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn kill_9_during_indexing_leaves_the_previous_index_readable() {
    let dir = Dir::indexed();
    many_articles(&dir, 6000, 6000);
    let index = dir.path().join("idx");
    let before = segment_files(&index);
    let mut child = spawn_slow_index(&dir);
    wait_for_new_segment(&mut child, &index, &before);
    child.kill().expect("kill -9");
    child.wait().expect("reap");
    // The last good index answers, without the interrupted run's articles.
    dir.run(&["query", "--index", "idx", "quay"]).assert_exit(0);
    dir.run(&["query", "--index", "idx", "uniqueword1"])
        .assert_exit(1);
    // The next run completes.
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "uniqueword5999"])
        .assert_exit(0);
}

#[test]
fn a_second_index_run_is_refused_and_changes_nothing() {
    let dir = Dir::with_corpus();
    many_articles(&dir, 6000, 6000);
    let index = dir.path().join("idx");
    let mut first = spawn_slow_index(&dir);
    wait_for_new_segment(&mut first, &index, &[]);
    let second = dir.run(&["index", "corpus", "--index", "idx", "--rebuild"]);
    second.assert_exit(2);
    assert!(
        second
            .stderr()
            .contains("is in use by another `search index` run"),
        "{}",
        second.stderr()
    );
    assert!(first.wait().expect("wait").success());
    dir.run(&["query", "--index", "idx", "uniqueword42"])
        .assert_exit(0);
}

#[test]
fn a_damaged_index_is_reported_not_panicked() {
    let dir = Dir::indexed();
    let store = std::fs::read_dir(dir.path().join("idx"))
        .expect("list")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .expect("a store file");
    let len = std::fs::metadata(&store).expect("stat").len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&store)
        .expect("open")
        .set_len(len / 2)
        .expect("truncate");
    let run = dir.run(&["query", "--index", "idx", "bridge"]);
    run.assert_exit(2);
    let stderr = run.stderr();
    assert!(stderr.contains("may be damaged"), "{stderr}");
    assert!(
        stderr.contains("search index CORPUS --index idx --rebuild"),
        "{stderr}"
    );
    // Rebuilding mends it.
    dir.run(&["index", "corpus", "--index", "idx", "--rebuild", "--quiet"])
        .assert_exit(0);
    dir.run(&["query", "--index", "idx", "bridge"])
        .assert_exit(0);
}

#[test]
fn a_disk_error_while_writing_names_the_index_and_keeps_the_old_one() {
    let dir = Dir::indexed();
    many_articles(&dir, 300, 4000);
    // Files larger than 64 KiB cannot be written: the next segment fails midway.
    let binary = env!("CARGO_BIN_EXE_search");
    let script =
        format!("trap '' XFSZ; ulimit -f 64; exec '{binary}' index corpus --index idx --quiet");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("idx"), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
    dir.run(&["query", "--index", "idx", "quay"]).assert_exit(0);
    dir.run(&["query", "--index", "idx", "uniqueword7"])
        .assert_exit(1);
}

#[test]
fn an_index_without_write_permission_answers_queries_and_refuses_updates() {
    if is_root() {
        eprintln!("skipped: permissions do not apply to root");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = Dir::with_corpus();
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
    let idx = dir.path().join("idx");
    let mode = |m| std::fs::Permissions::from_mode(m);
    for entry in std::fs::read_dir(&idx).expect("read idx") {
        let path = entry.expect("entry").path();
        std::fs::set_permissions(&path, mode(0o444)).expect("chmod file");
    }
    std::fs::set_permissions(&idx, mode(0o555)).expect("chmod idx");
    let query = dir.run(&["query", "--index", "idx", "bridge"]);
    let update = dir.run(&["index", "corpus", "--index", "idx"]);
    std::fs::set_permissions(&idx, mode(0o755)).expect("chmod back");
    query.assert_exit(0);
    update.assert_exit(2);
    assert!(
        update.stderr().contains("not writable"),
        "{}",
        update.stderr()
    );
}
