//! The command line: the window, and the subcommands (check, export, extract, eval, generate, bench).

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
  chronolens export FILE --out OUT.png|OUT.svg [--from DATE] [--to DATE] [--lanes ID,..] [--width PX] [--height PX]
                    [--scale N] [--theme light|dark] [--title TEXT] [--sources]
                             render the timeline to an image without a window (`chronolens export --help`)
  chronolens extract ARTICLE.txt... --published DATE [--outlet NAME] [--url URL] [--actors FILE]
                     (--out FILE | --into DATASET.json)
                             turn plain-text articles into draft events (rules and gazetteer in assets/actors.json)
  chronolens eval GOLD.json --articles DIR [--published NAME=DATE]... [--published-file FILE]
                             compare extraction with reference events: precision, recall, date accuracy
  chronolens --help | --version

Exit codes: 0 success, 1 invalid data, 2 usage error or unreadable file.";

pub fn run(args: Vec<OsString>) -> ExitCode {
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
        "generate" => crate::generate::command(&args[1..]),
        "bench" => crate::bench::command(&args[1..]),
        "extract" => crate::extract::cli::extract_command(&args[1..]),
        "eval" => crate::extract::cli::eval_command(&args[1..]),
        _ => {
            if args.len() > 1 || first.starts_with('-') {
                return usage_error(&format!("unexpected arguments: {}", show_args(&args)));
            }
            window(args.first().map(PathBuf::from))
        }
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
            .with_inner_size([1440.0, 860.0])
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
