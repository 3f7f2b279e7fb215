//! `search batch`: many queries, JSON Lines out in input order.

use crate::util::Dir;
use crate::wire::BatchLine;

fn indexed() -> Dir {
    Dir::indexed()
}

#[test]
fn runs_each_line_in_order_with_line_number_ids() {
    let dir = indexed();
    dir.write("q.txt", "bridge\n\nzeppelin\nnosuchfield:x\nquay\n");
    let run = dir.run(&["batch", "--index", "idx", "-n", "2", "q.txt"]);
    // A bad query is reported, the others still run: exit 2 at the end.
    run.assert_exit(2);
    let lines: Vec<BatchLine> = run.json_lines();
    let mut ends = Vec::new();
    for line in &lines {
        match line {
            BatchLine::Hit(hit) => assert!(hit.rank <= 2),
            BatchLine::Query(end) => ends.push((end.id.clone(), end.hits)),
            BatchLine::Error(err) => {
                assert_eq!(err.id, 4);
                assert!(err.message.contains("unknown field"), "{}", err.message);
                ends.push((err.id.clone(), usize::MAX));
            }
        }
    }
    let ids: Vec<serde_json::Value> = ends.iter().map(|(id, _)| id.clone()).collect();
    assert_eq!(ids, [1, 3, 4, 5].map(serde_json::Value::from));
    assert_eq!(ends[0].1, 2);
    assert_eq!(ends[1].1, 0);
    assert!(run.stderr().contains("query 4:"), "{}", run.stderr());
}

#[test]
fn hits_are_tagged_and_precede_their_query_record() {
    let dir = indexed();
    let input = "{\"id\": \"a\", \"query\": \"bridge\", \"limit\": 1}\n{\"id\": \"b\", \"query\": \"quay\"}\n";
    let run = dir.run_with_stdin(&["batch", "--index", "idx", "-"], input);
    run.assert_exit(0);
    let lines: Vec<BatchLine> = run.json_lines();
    let tags: Vec<String> = lines
        .iter()
        .map(|l| match l {
            BatchLine::Hit(h) => format!("hit {}", h.id),
            BatchLine::Query(q) => format!("end {} {}", q.id, q.hits),
            BatchLine::Error(e) => format!("error {}", e.id),
        })
        .collect();
    assert_eq!(
        tags,
        ["hit \"a\"", "end \"a\" 1", "hit \"b\"", "end \"b\" 1"]
    );
}

#[test]
fn a_bad_json_line_is_an_error_record() {
    let dir = indexed();
    let run = dir.run_with_stdin(
        &["batch", "--index", "idx", "-"],
        "{\"query\": 5}\nbridge\n",
    );
    run.assert_exit(2);
    let lines: Vec<BatchLine> = run.json_lines();
    assert!(matches!(&lines[0], BatchLine::Error(e) if e.id == 1));
    assert!(matches!(lines.last(), Some(BatchLine::Query(q)) if q.id == 2 && q.hits > 0));
}

#[test]
fn nothing_found_exits_1() {
    let dir = indexed();
    dir.run_with_stdin(&["batch", "--index", "idx", "-"], "zeppelin\n")
        .assert_exit(1);
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // The output is written by its own thread while the next queries run; a closed
    // pipe must still end the run quietly, with success.
    let dir = indexed();
    dir.write("q.txt", "bridge\nquay\nferry\n".repeat(2000));
    let mut child = dir
        .command(&["batch", "--index", "idx", "q.txt"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn search batch");
    let mut first = [0u8; 64];
    std::io::Read::read_exact(child.stdout.as_mut().expect("stdout"), &mut first)
        .expect("some output");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    assert!(
        out.status.success(),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
}
