//! Walking a corpus folder for article files, in a stable (sorted) order.

use std::path::{Path, PathBuf};

/// One result of the walk: an article file, or a problem met on the way (a symlink
/// loop, an unreadable folder) that is reported and skipped.
pub type WalkEntry = Result<PathBuf, WalkError>;

/// A problem met while walking: where, and what.
#[derive(Debug)]
pub struct WalkError {
    /// The path that could not be entered or read.
    pub path: String,
    /// The message to show, naming the path.
    pub reason: String,
}

/// Extensions read as articles.
const EXTENSIONS: &[&str] = &["txt", "md", "jsonl", "ndjson"];

/// Whether `path` names a file the corpus reader takes, by extension.
pub fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// The article files under `root` (or `root` itself if it is a file), sorted by path.
/// Hidden files and folders (names starting with `.`) are skipped; symlinks are followed.
pub fn walk(root: &Path) -> impl Iterator<Item = WalkEntry> {
    let root_is_file = root.is_file();
    walkdir::WalkDir::new(root)
        .follow_links(true)
        // The entries sorted are those of one folder, so their paths differ only in
        // their names: comparing whole paths orders them by name, without parsing a
        // name out of each path at every comparison (a quarter of an unchanged re-run
        // over a large corpus).
        .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() && (root_is_file || is_article_file(e.path())) => {
                Some(Ok(e.into_path()))
            }
            Ok(_) => None,
            Err(err) => Some(Err(walk_error(err))),
        })
}

fn walk_error(err: walkdir::Error) -> WalkError {
    let path = err
        .path()
        .map_or_else(|| "?".to_string(), |p| p.display().to_string());
    let broken_link = err.path().is_some_and(|p| {
        std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) && !p.exists()
    });
    let reason = if err.loop_ancestor().is_some() {
        format!("{path}: skipped a symbolic link loop")
    } else if broken_link {
        format!("{path}: skipped a broken symbolic link")
    } else {
        let cause = err
            .io_error()
            .map_or_else(|| err.to_string(), |e| e.to_string());
        format!("{path}: {cause}")
    };
    WalkError { path, reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_extensions() {
        assert!(is_article_file(Path::new("a/b.txt")));
        assert!(is_article_file(Path::new("a/b.JSONL")));
        assert!(is_article_file(Path::new("b.md")));
        assert!(!is_article_file(Path::new("b.pdf")));
        assert!(!is_article_file(Path::new("README")));
    }
}
