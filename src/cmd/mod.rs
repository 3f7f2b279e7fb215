//! One module per subcommand. Each is thin: configuration in, domain calls, printer out.
//! Each returns whether it found something (exit 0) or nothing (exit 1); errors are
//! exit 2.

pub mod batch;
pub mod docs;
pub mod extract;
pub mod index;
pub mod query;
pub mod show;
pub mod speakers;
pub mod stats;
