//! The `search` binary: parse arguments, run, map the outcome to an exit code.
//!
//! Exit codes: 0 when something was found (or indexed cleanly), 1 when nothing was, 2
//! on an error, including problems with single files reported along the way. A broken
//! pipe (`search query ... | head`) is not an error.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc instead of the system allocator: indexing and batch queries allocate from
/// several threads at once, where glibc's per-thread arenas fragment (peak memory grew
/// with the corpus) and cost time (see bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the same in its v2 and v3 headers; the Rust
/// bindings do not name it).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// Milliseconds mimalloc keeps freed memory before handing it back to the system. Its
/// default, 10, made indexing return and re-fault (and the kernel zero) the same pages
/// over and over: a seventh of the CPU time of an index run went to clearing pages.
const PURGE_DELAY_MS: std::ffi::c_long = 1000;

fn main() -> ExitCode {
    // SAFETY: sets one of mimalloc's tuning options, by number, before any other
    // thread exists (the call is not thread safe); an option number mimalloc does not
    // know is ignored.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    search::messages::install_panic_hook();
    let cli = search::cli::Cli::parse();
    let outcome = std::panic::catch_unwind(|| search::run(cli));
    match outcome {
        Err(_) => {
            // A panic is a bug, never the user's fault: say so in one line.
            eprintln!(
                "search: internal error: {} (this is a bug; please report it)",
                search::messages::last_panic()
            );
            ExitCode::from(2)
        }
        Ok(Ok(_)) if search::messages::errored() => ExitCode::from(2),
        Ok(Ok(true)) => ExitCode::SUCCESS,
        Ok(Ok(false)) => ExitCode::from(1),
        Ok(Err(err)) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Ok(Err(err)) => {
            eprintln!("search: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether the error is a closed stdout, which ends output early but is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
