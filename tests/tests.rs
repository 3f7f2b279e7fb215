//! Integration tests: run the `search` binary in temporary folders.

mod util;
