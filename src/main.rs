//! Command-line entry point; everything else lives in the library (`cli::run`).

use std::ffi::OsString;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    // Only the command line's output goes to a pipe; the window's panics are never hidden.
    if !chronolens::cli::opens_window(&args) {
        chronolens::cli::quiet_closed_stdout();
    }
    chronolens::cli::run(args)
}
