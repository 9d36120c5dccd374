//! Command-line entry point: `chronolens [FILE]`, `chronolens check FILE`.

use std::process::ExitCode;

fn main() -> ExitCode {
    chronolens::cli::run(std::env::args_os().skip(1).collect())
}
