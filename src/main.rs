//! Command-line entry point; everything else lives in the library (`cli::run`).

fn main() -> std::process::ExitCode {
    chronolens::cli::run(std::env::args_os())
}
