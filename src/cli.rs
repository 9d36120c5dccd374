//! The command line: the window, and the subcommands (check, export, extract, eval, generate, bench, import).

use crate::model::time::{DAY, floor_to, fmt_day};
use crate::model::{load_path, load_sample};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

pub const USAGE: &str = "\
chronolens — a zoomable, source-linked timeline of events reported in the news

Usage:
  chronolens [FILE]          open the timeline window (the bundled sample without FILE)
  chronolens check FILE      validate a dataset: print its counts and date range, or every error
  chronolens generate --events N --lanes K --years Y --articles M --seed S --out FILE [--pretty]
                             write a valid, realistic synthetic dataset (the same bytes for the same arguments)
  chronolens bench FILE [--frames N] [--size WxH] [--no-python]
                             time loading FILE and drawing its timeline headlessly; print frame and load figures
  chronolens export FILE --out OUT.png|OUT.svg|OUT.pdf [--from DATE] [--to DATE] [--lanes ID,..] [--width PX] [--height PX]
                    [--scale N] [--theme light|dark] [--title TEXT] [--sources]
                             render the timeline to an image without a window (`chronolens export --help`)
  chronolens chronology FILE [--out OUT.md|OUT.html|OUT.csv|OUT.docx|OUT.json] [--from DATE] [--to DATE] [--lanes ID,..]
                        [--reviewed-only]
                             the events in time order with their citations, for a briefing
  chronolens extract ARTICLE.txt... --published DATE [--outlet NAME] [--url URL] [--actors FILE]
                     (--out FILE | --into DATASET.json) [--merge auto|propose|off]
                             turn plain-text articles into draft events (rules and gazetteer in assets/actors.json)
  chronolens eval GOLD.json --articles DIR [--published NAME=DATE]... [--published-file FILE]
                             compare extraction with reference events: precision, recall, date accuracy
  chronolens import FILE.csv|FILE.json (--out DATASET.json | --into DATASET.json) [--format acled|timelinejs]
                    [--skip-bad-rows] [--actors FILE]
                             import an ACLED export or a TimelineJS timeline as draft events citing their text
  chronolens --help | --version

Exit codes: 0 success, 1 invalid data, 2 usage error or unreadable file.";

/// The subcommands: the first argument that turns chronolens into a command-line tool.
const SUBCOMMANDS: [&str; 8] = ["check", "generate", "bench", "export", "chronology", "extract", "eval", "import"];

/// Whether `args` open the window: none, or one FILE that is neither a
/// subcommand nor an option. Everything else runs on the command line.
pub fn opens_window(args: &[OsString]) -> bool {
    match args {
        [] => true,
        [one] => {
            let first = one.to_str().unwrap_or("");
            !first.starts_with('-') && first != "help" && !SUBCOMMANDS.contains(&first)
        }
        _ => false,
    }
}

/// `chronolens check big.json | head` closes the pipe early: stop quietly, as
/// Unix tools do (status 141, as if killed by SIGPIPE), instead of printing a
/// panic. Installed by `main` for the command line only. Only std's panic for
/// printing to a closed stdout is quieted; any other panic, even one about
/// another broken pipe, is reported as usual.
pub fn quiet_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if info.payload_as_str().is_some_and(is_closed_stdout) {
            std::process::exit(141);
        }
        default(info);
    }));
}

/// Whether `message` is the panic of `print!`/`println!` (std's `print_to`) when
/// the reader of stdout has gone.
fn is_closed_stdout(message: &str) -> bool {
    message.starts_with("failed printing to stdout: ") && message.contains("Broken pipe")
}

pub fn run(args: Vec<OsString>) -> ExitCode {
    if opens_window(&args) {
        return window(args.first().map(PathBuf::from));
    }
    let first = args.first().and_then(|a| a.to_str()).unwrap_or("");
    match first {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        "-V" | "--version" => {
            println!("chronolens {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        "check" => check(&args[1..]),
        "export" => crate::export::cli::run(&args[1..]),
        "chronology" => crate::chronology::cli::run(&args[1..]),
        "generate" => crate::generate::command(&args[1..]),
        "bench" => crate::bench::command(&args[1..]),
        "extract" => crate::extract::cli::extract_command(&args[1..]),
        "eval" => crate::extract::cli::eval_command(&args[1..]),
        "import" => crate::import::cli::run(&args[1..]),
        _ => usage_error(&format!("unexpected arguments: {}", show_args(&args))),
    }
}

fn show_args(args: &[OsString]) -> String {
    args.iter().map(|a| a.to_string_lossy().into_owned()).collect::<Vec<_>>().join(" ")
}

pub fn usage_error(message: &str) -> ExitCode {
    eprintln!("chronolens: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn check(args: &[OsString]) -> ExitCode {
    let [file] = args else {
        return usage_error("`check` takes exactly one FILE");
    };
    match load_path(file.as_ref()) {
        Ok(l) => {
            let d = &l.dataset;
            let sources: usize = d.events.iter().map(|e| e.sources.len()).sum();
            let drafts = d.events.iter().filter(|e| e.is_draft()).count();
            println!("{}: valid", l.name);
            println!("  lanes:    {}", d.lanes.len());
            println!("  articles: {}", d.articles.len());
            println!("  events:   {} ({} undated, {} drafts)", d.events.len(), l.index.undated.len(), drafts);
            println!("  sources:  {sources}");
            match l.index.extent {
                Some(s) => println!("  dates:    {} to {}", fmt_day(s.lo), fmt_day(floor_to(s.hi - 1, DAY))),
                None => println!("  dates:    none"),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            let n = e.problems.len() + e.more;
            if e.unreadable {
                ExitCode::from(2)
            } else {
                eprintln!("{}: invalid ({} problem{})", e.file, n, if n == 1 { "" } else { "s" });
                ExitCode::from(1)
            }
        }
    }
}

fn window(file: Option<PathBuf>) -> ExitCode {
    let mut app = crate::ui::ChronolensApp::new(load_sample());
    // Unsaved edits are journaled for crash recovery in the platform's data folder.
    let data_dir = crate::model::journal::data_dir();
    if let Some(dir) = &data_dir {
        app.enable_journal(crate::model::journal::journal_dir(dir));
        // Recent files, each file's last view, the theme and the window size.
        app.enable_settings(dir);
    }
    let size = app.settings().and_then(|s| s.window).filter(|[w, h]| *w >= 640.0 && *h >= 400.0 && *w <= 16384.0 && *h <= 16384.0);
    if let Some(path) = &file {
        app.open_path(path);
        if let Some(err) = &app.error {
            eprintln!("{err}");
        }
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("chronolens")
            .with_app_id("chronolens")
            .with_inner_size(size.unwrap_or([1440.0, 860.0]))
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    match eframe::run_native("chronolens", options, Box::new(|_cc| Ok(Box::new(app)))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chronolens: could not open a window: {e}");
            eprintln!("(no display? `chronolens check FILE` works without one)");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn only_no_arguments_or_one_file_open_the_window() {
        assert!(opens_window(&args(&[])));
        assert!(opens_window(&args(&["data.json"])));
        for a in [&["--help"][..], &["-h"], &["help"], &["--version"], &["-V"], &["check"], &["data.json", "more.json"], &["--frames"]] {
            assert!(!opens_window(&args(a)), "{a:?}");
        }
    }

    #[test]
    fn only_printing_to_a_closed_stdout_is_quieted() {
        assert!(is_closed_stdout("failed printing to stdout: Broken pipe (os error 32)"));
        for other in [
            "failed printing to stderr: Broken pipe (os error 32)",
            "failed printing to stdout: No space left on device (os error 28)",
            "called `Result::unwrap()` on an `Err` value: Os { code: 32, kind: BrokenPipe, message: \"Broken pipe\" }",
            "writing the PNG: Broken pipe (os error 32)",
            "index out of bounds: the len is 3 but the index is 7",
        ] {
            assert!(!is_closed_stdout(other), "{other}");
        }
    }

    #[test]
    fn every_subcommand_in_the_usage_runs_on_the_command_line() {
        let listed: Vec<&str> = USAGE
            .lines()
            .filter_map(|l| l.strip_prefix("  chronolens ")?.split_whitespace().next())
            .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        assert_eq!(listed, SUBCOMMANDS);
        for s in SUBCOMMANDS {
            assert!(!opens_window(&args(&[s])), "{s}");
            assert!(!opens_window(&args(&[s, "file.json"])), "{s}");
        }
    }
}
