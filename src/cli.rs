//! The command line: the window, and the subcommands. The top level is here;
//! each subcommand's flags (a clap `Args` struct) live beside the command that
//! uses them, so a command's options, their help and their meaning are read
//! in one file: `export::cli`, `chronology::cli`, `extract::cli` (extract and
//! eval), `import::cli`, `generate`, `bench`.

use crate::model::time::{DAY, floor_to, fmt_day};
use crate::model::{load_path, load_sample};
use clap::error::{ContextKind, ErrorKind};
use clap::{CommandFactory, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

/// A zoomable, source-linked timeline of events reported in the news.
///
/// Without a COMMAND, opens the timeline window on FILE (the bundled sample
/// without FILE).
#[derive(Debug, Parser)]
#[command(
    name = "chronolens",
    bin_name = "chronolens",
    version,
    override_usage = "chronolens [FILE]\n       chronolens <COMMAND> [ARGS]",
    after_help = "`chronolens COMMAND --help` tells more about each command.\n\
                  Exit codes: 0 success, 1 invalid data, 2 usage error or unreadable file.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// A dataset to open in the window
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check(CheckArgs),
    Generate(crate::generate::GenerateArgs),
    Bench(crate::bench::BenchArgs),
    Export(crate::export::cli::ExportArgs),
    Chronology(crate::chronology::cli::ChronologyArgs),
    Extract(crate::extract::cli::ExtractArgs),
    Eval(crate::extract::cli::EvalArgs),
    Import(crate::import::cli::ImportArgs),
    Completions(CompletionsArgs),
}

/// Validate a dataset: print its counts and date range, or every error.
#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// The dataset (JSON, see FORMAT.md)
    pub file: PathBuf,
}

/// Print a shell completion script (bash: `source <(chronolens completions bash)`).
#[derive(Debug, Clone, clap::Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

/// `chronolens check big.json | head` closes the pipe early: stop quietly, as
/// Unix tools do (status 141, as if killed by SIGPIPE), instead of printing a
/// panic. Installed for the command line only. Only std's panic for printing
/// to a closed stdout is quieted; any other panic, even one about another
/// broken pipe, is reported as usual.
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

/// Runs the program: `args` as from `std::env::args_os()`, the program's name first.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    match Cli::try_parse_from(&args) {
        Ok(Cli { command: None, file: Some(f) }) if let Some(e) = mistyped_command(&f, &args) => report(e),
        Ok(Cli { command: None, file }) => window(file),
        Ok(Cli { command: Some(command), .. }) => {
            // Only the command line's output goes to a pipe; the window's panics are never hidden.
            quiet_closed_stdout();
            dispatch(command)
        }
        Err(e) => {
            quiet_closed_stdout();
            report(clearer(e, &args))
        }
    }
}

fn dispatch(command: Command) -> ExitCode {
    match command {
        Command::Check(a) => check(&a.file),
        Command::Generate(a) => crate::generate::command(&a),
        Command::Bench(a) => crate::bench::command(&a),
        Command::Export(a) => crate::export::cli::run(a),
        Command::Chronology(a) => crate::chronology::cli::run(a),
        Command::Extract(a) => crate::extract::cli::extract_command(a),
        Command::Eval(a) => crate::extract::cli::eval_command(a),
        Command::Import(a) => crate::import::cli::run(a),
        Command::Completions(a) => completions(a.shell),
    }
}

/// `chronolens chek data.json` reads as a FILE and a second argument, which
/// clap calls a conflict; say instead that `chek` is no command and which one
/// is near (clap's own suggestion, from the subcommands without the FILE
/// positional), or that the window takes one FILE.
fn clearer(e: clap::Error, args: &[OsString]) -> clap::Error {
    let first = args.get(1).and_then(|a| a.to_str()).unwrap_or("");
    let is_command = Cli::command().get_subcommands().any(|c| c.get_name() == first);
    if e.kind() != ErrorKind::ArgumentConflict || first.starts_with('-') || is_command {
        return e;
    }
    match Cli::command().mut_arg("file", |a| a.long("file").hide(true)).try_get_matches_from(args) {
        Err(better) if better.get(ContextKind::SuggestedSubcommand).is_some() => better,
        _ => Cli::command()
            .error(ErrorKind::UnknownArgument, format!("`{first}` is not a command, and the window opens one FILE; a COMMAND comes first")),
    }
}

/// `chronolens exprt` names no file there is and is near a command: say so
/// (with clap's suggestion) rather than open a window on a missing file.
fn mistyped_command(file: &std::path::Path, args: &[OsString]) -> Option<clap::Error> {
    if file.exists() || file.extension().is_some() || file.components().count() != 1 {
        return None;
    }
    match Cli::command().mut_arg("file", |a| a.long("file").hide(true)).try_get_matches_from(args) {
        Err(e) if e.get(ContextKind::SuggestedSubcommand).is_some() => Some(e),
        _ => None,
    }
}

/// Prints clap's message (help and version to stdout, errors to stderr, in
/// colour on a terminal) and returns its exit code: 0 for help and version, 2
/// for a usage error. A failed print fails as `println!` does, so a closed
/// stdout ends quietly with 141 like every other command.
fn report(e: clap::Error) -> ExitCode {
    if let Err(io) = e.print() {
        panic!("failed printing to {}: {io}", if e.use_stderr() { "stderr" } else { "stdout" });
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "chronolens", &mut script);
    print!("{}", String::from_utf8_lossy(&script));
    ExitCode::SUCCESS
}

fn check(file: &std::path::Path) -> ExitCode {
    match load_path(file) {
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

    fn parse(a: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("chronolens").chain(a.iter().copied()))
    }

    #[test]
    fn the_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn only_no_arguments_or_one_file_open_the_window() {
        assert!(matches!(parse(&[]), Ok(Cli { file: None, command: None })));
        assert!(matches!(parse(&["data.json"]), Ok(Cli { file: Some(f), command: None }) if f.as_os_str() == "data.json"));
        for a in [&["--help"][..], &["-h"], &["help"], &["--version"], &["-V"], &["check"], &["data.json", "more.json"], &["--frames"]] {
            assert!(!matches!(parse(a), Ok(Cli { command: None, .. })), "{a:?}");
        }
    }

    #[test]
    fn every_subcommand_runs_on_the_command_line() {
        let names: Vec<String> = Cli::command().get_subcommands().map(|c| c.get_name().to_owned()).collect();
        assert_eq!(names, ["check", "generate", "bench", "export", "chronology", "extract", "eval", "import", "completions"]);
        for s in &names {
            // Missing arguments are a usage error, never the window.
            assert!(!matches!(parse(&[s, "file.json"]), Ok(Cli { command: None, .. })), "{s}");
        }
    }

    #[test]
    fn a_mistyped_command_is_named_with_the_nearest_one() {
        let args: Vec<OsString> = ["chronolens", "chek", "data.json"].iter().map(OsString::from).collect();
        let e = clearer(Cli::try_parse_from(&args).unwrap_err(), &args);
        let text = e.render().to_string();
        assert!(text.contains("unrecognized subcommand 'chek'") && text.contains("'check'"), "{text}");
        assert_eq!(e.exit_code(), 2);
        let args: Vec<OsString> = ["chronolens", "a.json", "b.json"].iter().map(OsString::from).collect();
        let e = clearer(Cli::try_parse_from(&args).unwrap_err(), &args);
        let text = e.render().to_string();
        assert!(text.contains("`a.json` is not a command, and the window opens one FILE"), "{text}");
        // A lone word near a command is that command mistyped, not a file to open.
        let e = mistyped_command(std::path::Path::new("exprt"), &["chronolens".into(), "exprt".into()]).expect("a suggestion");
        assert!(e.to_string().contains("export"), "{e}");
        assert!(mistyped_command(std::path::Path::new("data.json"), &["chronolens".into(), "data.json".into()]).is_none());
        assert!(
            mistyped_command(std::path::Path::new("zzzzzz"), &["chronolens".into(), "zzzzzz".into()]).is_none(),
            "not near any command"
        );
        assert_eq!(e.exit_code(), 2);
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
}
