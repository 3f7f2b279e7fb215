//! A one-line progress indicator on stderr for long runs, redrawn at most ten times a
//! second, and only when stderr is a terminal (the caller decides).

use std::io::Write;
use std::time::{Duration, Instant};

/// A progress line, or nothing when disabled.
pub struct Progress {
    enabled: bool,
    last: Option<Instant>,
    drawn: bool,
}

const INTERVAL: Duration = Duration::from_millis(100);

impl Progress {
    /// A progress line that draws only if `enabled`.
    pub fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            last: None,
            drawn: false,
        }
    }

    /// Redraws the line with `message` if enough time has passed.
    pub fn update(&mut self, message: impl FnOnce() -> String) {
        if !self.enabled || self.last.is_some_and(|t| t.elapsed() < INTERVAL) {
            return;
        }
        self.last = Some(Instant::now());
        let mut err = std::io::stderr().lock();
        // Progress is best effort: a closed stderr is not worth failing the run.
        let _ = write!(err, "\r\x1b[2K{}", message());
        let _ = err.flush();
        self.drawn = true;
    }

    /// Erases the line.
    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
            self.drawn = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
