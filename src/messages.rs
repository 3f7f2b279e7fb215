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

/// The message of the last panic, kept by [`install_panic_hook`] for whoever catches it.
static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Replaces the default panic output (a backtrace for developers) by keeping the
/// panic's message and place, which the code that catches the panic reports in words.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_string());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(format!("{message}{at}"));
        }
    }));
}

/// The message of the last panic caught, for an error report.
pub fn last_panic() -> String {
    LAST_PANIC
        .lock()
        .ok()
        .and_then(|mut last| last.take())
        .unwrap_or_else(|| "unknown cause".to_string())
}
