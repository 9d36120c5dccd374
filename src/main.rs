//! Command-line entry point; everything else lives in the library (`cli::run`).

use std::process::ExitCode;

fn main() -> ExitCode {
    quiet_broken_pipe();
    chronolens::cli::run(std::env::args_os().skip(1).collect())
}

/// `chronolens check big.json | head` closes the pipe early: stop quietly, as
/// Unix tools do (status 141, as if killed by SIGPIPE), instead of printing a panic.
fn quiet_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or("");
        if message.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}
