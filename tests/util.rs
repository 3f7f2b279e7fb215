//! Test helpers: a temporary folder per test, the `search` binary, and assertions on
//! its output and exit code.
