//! Articles that repeat each other: a passage repeated word for word is indexed once,
//! found once, and listed with the articles that repeat it; replacing or deleting the
//! article that holds it hands it to a copy.

use crate::util::Dir;
use crate::wire::Hit;

const STORY: &str = "# Ferry stays\n\n\
    The council met on Monday to decide the future of the island ferry.\n\n\
    \"We will keep the ferry running all winter,\" said Mayor Jo Lee.\n\n";

/// The story, closed by a paragraph of its own.
fn story(ending: &str) -> String {
    format!("{STORY}{ending}\n")
}

fn index(dir: &Dir) {
    dir.run(&["index", "corpus", "--index", "idx", "--quiet"])
        .assert_exit(0);
}

fn hits(dir: &Dir, query: &str) -> Vec<Hit> {
    dir.run(&["query", "--index", "idx", "--json", "-n", "50", query])
        .json_lines()
}

/// The two files of [`two_copies`].
const COPIES: [&str; 2] = ["corpus/gazette/ferry.txt", "corpus/mirror/ferry.txt"];

/// The file of [`two_copies`] that `path` does not name.
fn other_copy(path: &str) -> &'static str {
    match path.contains("gazette") {
        true => COPIES[1],
        false => COPIES[0],
    }
}

/// Two files with the same story, each with its own last paragraph.
fn two_copies() -> Dir {
    let dir = Dir::new();
    dir.write(COPIES[0], story("Filed by the gazette desk."));
    dir.write(COPIES[1], story("Mirrored by the weekly."));
    index(&dir);
    dir
}

#[test]
fn a_repeated_passage_is_found_once_and_lists_the_other_article() {
    let dir = two_copies();
    let found = hits(&dir, "winter");
    assert_eq!(found.len(), 1, "{found:?}");
    let quote = &found[0];
    assert_eq!(quote.paragraph, 2);
    assert_eq!(quote.copies, 1);
    let other = other_copy(&quote.path);
    assert!(
        quote.also_in.len() == 1 && quote.also_in[0].ends_with(other),
        "{quote:?}"
    );
    assert_eq!(quote.attributions[0].speaker.as_deref(), Some("Jo Lee"));
    // The last paragraphs differ: each is its own passage, with no copies.
    let endings = hits(&dir, "gazette OR weekly");
    assert_eq!(endings.len(), 2);
    assert!(endings
        .iter()
        .all(|h| h.copies == 0 && h.also_in.is_empty()));
    let stats: Vec<serde_json::Value> =
        dir.run(&["stats", "--index", "idx", "--json"]).json_lines();
    assert_eq!(
        (stats[0]["passages"].as_u64(), stats[0]["copies"].as_u64()),
        (Some(6), Some(2))
    );
    let human = dir.run(&["query", "--index", "idx", "winter"]);
    assert!(
        human.stdout().contains("also in 1 other article: "),
        "{}",
        human.stdout()
    );
}

#[test]
fn quotes_of_repeated_passages_count_once_per_article() {
    let dir = two_copies();
    let run = dir.run(&["speakers", "--index", "idx", "--json"]);
    run.assert_exit(0);
    let speakers: Vec<serde_json::Value> = run.json_lines();
    let lee = speakers
        .iter()
        .find(|s| s["name"] == "Jo Lee")
        .unwrap_or_else(|| panic!("{speakers:?}"));
    assert_eq!(
        (lee["quotes"].as_u64(), lee["articles"].as_u64()),
        (Some(2), Some(2))
    );
}

#[test]
fn a_path_query_finds_the_passages_its_article_holds_as_copies() {
    let dir = two_copies();
    for path in COPIES {
        let found = hits(&dir, &format!("path:\"{path}\" winter"));
        assert_eq!(found.len(), 1, "{path}: {found:?}");
        assert_eq!(found[0].paragraph, 2);
    }
}

#[test]
fn context_around_a_hit_reads_neighbours_held_as_copies() {
    let dir = two_copies();
    // Each last paragraph is its own; the one before it may be a copy.
    for ending in ["gazette", "weekly"] {
        let run = dir.run(&["query", "--index", "idx", "-C", "1", ending]);
        run.assert_exit(0);
        assert!(
            run.stdout().contains("keep the ferry running"),
            "{}",
            run.stdout()
        );
    }
}

#[test]
fn deleting_or_changing_the_article_holding_a_passage_hands_it_to_a_copy() {
    for change in ["delete", "edit"] {
        let dir = two_copies();
        let holder = hits(&dir, "winter").remove(0).path;
        let holder = &holder[holder.find("corpus/").expect("relative path")..];
        let survivor = other_copy(holder);
        match change {
            "delete" => std::fs::remove_file(dir.path().join(holder)).expect("remove"),
            _ => {
                dir.write(holder, "# Ferry stays\n\nA different story now.\n");
            }
        }
        index(&dir);
        let found = hits(&dir, "winter");
        assert_eq!(found.len(), 1, "{change}: {found:?}");
        let quote = &found[0];
        assert!(quote.path.ends_with(survivor), "{change}: {quote:?}");
        assert_eq!((quote.paragraph, quote.copies), (2, 0), "{change}");
        assert_eq!(quote.title, "Ferry stays");
        assert_eq!(quote.attributions[0].speaker.as_deref(), Some("Jo Lee"));
        // The survivor's own paragraphs still name their article.
        let first = hits(&dir, "council monday");
        assert!(first[0].path.ends_with(survivor), "{change}: {first:?}");
        let star = hits(&dir, "*");
        let expected = if change == "delete" { 3 } else { 4 };
        assert_eq!(star.len(), expected, "{change}: every passage once");
        // And the hand-over holds through another run.
        dir.write("corpus/third/ferry.txt", story("A third copy."));
        index(&dir);
        let found = hits(&dir, "winter");
        assert_eq!(
            (found.len(), found[0].copies),
            (1, 1),
            "{change}: {found:?}"
        );
    }
}

#[test]
fn articles_of_dumps_are_copies_named_by_their_lines() {
    let dir = Dir::new();
    let line =
        serde_json::json!({"title": "Ferry stays", "text": STORY.replace("# Ferry stays\n\n", "")});
    let other = serde_json::json!({"title": "Tram line opens", "text": "The tram carried its first riders."});
    dir.write("corpus/a.jsonl", format!("{other}\n{line}\n"));
    dir.write("corpus/b.jsonl", format!("{line}\n{other}\n{line}\n"));
    index(&dir);
    let found = hits(&dir, "winter");
    assert_eq!((found.len(), found[0].copies), (1, 2), "{found:?}");
    let mut all = found[0].also_in.clone();
    all.push(found[0].path.clone());
    all.sort();
    let expected = ["corpus/a.jsonl:2", "corpus/b.jsonl:1", "corpus/b.jsonl:3"];
    assert!(
        all.iter()
            .zip(expected)
            .all(|(got, want)| got.ends_with(want)),
        "{all:?}"
    );
    // The dump holding the passage goes: an article of the other takes it over.
    let holder = if found[0].path.contains("a.jsonl") {
        "a"
    } else {
        "b"
    };
    std::fs::remove_file(dir.path().join(format!("corpus/{holder}.jsonl"))).expect("remove");
    index(&dir);
    let found = hits(&dir, "winter");
    assert_eq!(found.len(), 1, "{found:?}");
    let copies = if holder == "a" { 1 } else { 0 };
    assert_eq!(found[0].copies, copies, "{found:?}");
    assert!(
        !found[0].path.contains(&format!("{holder}.jsonl")),
        "{found:?}"
    );
    // The next run sees the hand-over as done: nothing changed, nothing read.
    let run = dir.run(&["index", "corpus", "--index", "idx", "--json", "--quiet"]);
    let summary = run.json_lines::<serde_json::Value>().remove(0);
    assert_eq!(summary["files_read"], 0);
    // The passage now belongs to the other dump's file, and goes with it.
    let other = if holder == "a" { "b" } else { "a" };
    std::fs::remove_file(dir.path().join(format!("corpus/{other}.jsonl"))).expect("remove");
    dir.write("corpus/solo.txt", "Solo\n\nNothing about boats.\n");
    index(&dir);
    dir.run(&["query", "--index", "idx", "winter"])
        .assert_exit(1);
}
