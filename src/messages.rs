//! Messages to the user on stderr: warnings about skipped input, and a record of
//! whether any were given, so the run can end with exit code 2.

use std::sync::atomic::{AtomicBool, Ordering};

static ERRORED: AtomicBool = AtomicBool::new(false);

/// Reports a problem that did not stop the run (a file skipped), and remembers that the
/// run is not clean.
pub fn error(message: impl std::fmt::Display) {
    ERRORED.store(true, Ordering::SeqCst);
    eprintln!("search: {message}");
}

/// Reports a note that is not a failure (a file decoded from a legacy encoding).
pub fn note(message: impl std::fmt::Display) {
    eprintln!("search: {message}");
}

/// Whether [`error`] was called during this run.
pub fn errored() -> bool {
    ERRORED.load(Ordering::SeqCst)
}
