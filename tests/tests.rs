//! Integration tests: run the `search` binary in temporary folders. One test binary
//! (see `autotests = false` in Cargo.toml); each module covers one command.

mod attributions;
mod batch;
mod copies;
mod extract;
mod incremental;
mod index;
mod inspect;
mod properties;
mod query;
mod robustness;
mod util;
mod wire;
