//! `chronolens import FILE.csv|FILE.json (--out DATASET.json | --into DATASET.json)
//! [--format acled|timelinejs] [--skip-bad-rows] [--actors FILE]`.
//! Exit codes: 0 written, 1 invalid existing dataset, 2 bad arguments or bad
//! input (nothing is written then). The input file is only ever read.

use super::{ImportError, LISTED_PROBLEMS, PeerFormat, import_file};
use crate::args::{Parsed, one_of, parse_after};
use crate::extract::Gazetteer;
use crate::model::save::{backup_path, to_json, write_atomic};
use crate::model::{Dataset, load_path};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Import an ACLED export or a TimelineJS timeline as draft events citing their text
///
/// Turns a peer tool's data into draft events, each citing its source text:
///
///   ACLED        a CSV export (event_id_cnty, event_date, time_precision, …, notes):
///                one event per row, quoting its notes; time_precision 1/2/3 → the
///                day / the week from its Monday / the month. Importing a newer
///                export --into the same dataset replaces the events by
///                event_id_cnty (added, updated and unchanged are counted).
///
///   TimelineJS   a TimelineJS3 JSON file, or its spreadsheet template saved as CSV
///                (Year, Month, Day, Time, End Year, …, Headline, Text, Group):
///                dates as precise as given, the group as the lane.
///
/// CSV files may be comma-, semicolon- or tab-separated (read from the header).
#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "import",
    bin_name = "chronolens import",
    verbatim_doc_comment,
    after_help = "Exit codes: 0 written, 1 the --into dataset is invalid, 2 bad arguments or bad input."
)]
#[command(group = clap::ArgGroup::new("target").required(true).args(["out", "into"]))]
pub struct ImportArgs {
    /// The peer tool's file: FILE.csv or FILE.json
    pub file: PathBuf,
    /// Write a new dataset
    #[arg(short, long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Add to an existing dataset; the previous version is kept as FILE.bak
    #[arg(long, value_name = "FILE")]
    pub into: Option<PathBuf>,
    /// acled or timelinejs (default: told from the header or the JSON)
    #[arg(long, value_name = "NAME", value_parser = one_of(&["acled", "timelinejs"], |f, v| {
        PeerFormat::parse(v).ok_or_else(|| format!("{f} `{v}`: expected acled or timelinejs"))
    }))]
    pub format: Option<PeerFormat>,
    /// Import the good rows and list the bad ones
    ///
    /// By default one bad row stops the import and nothing is written.
    #[arg(long, overrides_with = "skip_bad_rows")]
    pub skip_bad_rows: bool,
    /// Gazetteer for lanes instead of the built-in assets/actors.json
    #[arg(long, value_name = "FILE")]
    pub actors: Option<PathBuf>,
}

/// A failure to report, with its exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

fn usage(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: message.into() }
}

/// Whether two paths name the same file (both existing), or are the same words.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// The whole command from the arguments after `import` (as the binary reads
/// them); `Ok` holds the messages for standard error.
pub fn run_inner(args: &[OsString], stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    match parse_after::<ImportArgs>(args, stdout).map_err(usage)? {
        Parsed::Args(a) => import(&a),
        Parsed::Helped => Ok(String::new()),
    }
}

/// The command; `Ok` holds the messages for standard error.
pub fn import(a: &ImportArgs) -> Result<String, Failure> {
    let file = &a.file;
    let target = match (&a.out, &a.into) {
        (Some(t), None) | (None, Some(t)) => t.clone(),
        // The group `target` asks for exactly one.
        _ => return Err(usage("give --out DATASET.json (a new dataset) or --into DATASET.json (add to one)")),
    };
    if same_file(file, &target) {
        return Err(usage(format!("{}: is the file being imported; choose another dataset file", target.display())));
    }
    let g = match &a.actors {
        Some(p) => Gazetteer::load(p).map_err(|e| usage(e.to_string()))?,
        None => Gazetteer::builtin(),
    };
    let mut dataset = match &a.into {
        Some(path) => {
            let loaded = load_path(path).map_err(|e| Failure { code: if e.unreadable { 2 } else { 1 }, message: e.to_string() })?;
            loaded.dataset
        }
        None => Dataset::default(),
    };
    let imported = import_file(file, a.format, &dataset, &g, a.skip_bad_rows).map_err(|e| match &e {
        ImportError::Rows { good, .. } if *good > 0 => usage(format!(
            "{e}\n(fix those rows, or give --skip-bad-rows to import the {good} good one{})",
            if *good == 1 { "" } else { "s" }
        )),
        _ => usage(e.to_string()),
    })?;
    let mut messages: Vec<String> = imported.skipped.iter().take(LISTED_PROBLEMS).map(|p| format!("skipped {p}")).collect();
    if imported.skipped.len() > LISTED_PROBLEMS {
        messages.push(format!("… and {} more bad rows skipped", imported.skipped.len() - LISTED_PROBLEMS));
    }
    let format = imported.format.map_or("", PeerFormat::name);
    let mut summary = format!("{format} {}: {}", file.display(), imported.summary());
    for n in &imported.notes {
        summary.push_str(&format!("; {n}"));
    }
    let new_lanes: Vec<String> = imported.lanes.iter().map(|l| l.label.clone()).collect();
    if !new_lanes.is_empty() {
        summary.push_str(&format!("; new lane{}: {}", if new_lanes.len() == 1 { "" } else { "s" }, new_lanes.join(", ")));
    }
    if a.out.is_some() {
        let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        dataset.title = Some(imported.title.clone().unwrap_or_else(|| format!("Imported from {name}")));
    }
    imported.apply(&mut dataset);
    if let Err(problems) = crate::model::validate::validate(&dataset) {
        let list: Vec<String> = problems.iter().take(10).map(|p| p.to_string()).collect();
        return Err(Failure {
            code: 1,
            message: format!("internal error: the import does not validate; nothing written:\n{}", list.join("\n")),
        });
    }
    write_atomic(&target, &to_json(&dataset)).map_err(usage)?;
    messages.push(match &a.into {
        Some(_) => {
            format!("chronolens: imported {summary} into {} (previous version: {})", target.display(), backup_path(&target).display())
        }
        None => format!("chronolens: imported {summary}; wrote {}", target.display()),
    });
    Ok(messages.join("\n"))
}

pub fn run(args: ImportArgs) -> ExitCode {
    match import(&args) {
        Ok(msg) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            ExitCode::SUCCESS
        }
        Err(f) => {
            eprintln!("chronolens import: {}", f.message);
            if f.code == 2 && !f.message.contains('\n') {
                eprintln!("(see `chronolens import --help`)");
            }
            ExitCode::from(f.code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(list: &[&str]) -> Result<String, Failure> {
        let args: Vec<OsString> = list.iter().map(OsString::from).collect();
        run_inner(&args, &mut Vec::new())
    }

    #[test]
    fn arguments_are_checked_before_anything_is_read() {
        let e = run_args(&["a.csv"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("<--out <FILE>|--into <FILE>>"), "{}", e.message);
        let e = run_args(&["a.csv", "--out", "x.json", "--into", "y.json"]).unwrap_err();
        assert!(e.message.contains("'--out <FILE>' cannot be used with '--into <FILE>'"), "{}", e.message);
        let e = run_args(&["a.csv", "--out", "x.json", "--out", "z.json"]).unwrap_err();
        assert!(e.message.contains("cannot be used multiple times"), "{}", e.message);
        let e = run_args(&["a.csv", "--out", "x.json", "--format", "excel"]).unwrap_err();
        assert!(e.message.contains("--format `excel`: expected acled or timelinejs"));
        let e = run_args(&["a.csv", "--out", "x.json", "--format", "TimelineJS3"]).unwrap_err();
        assert!(e.message.contains("a.csv: cannot be read"), "aliases and any case still name a format: {}", e.message);
        let e = run_args(&["a.csv", "--out", "x.json", "--frobnicate"]).unwrap_err();
        assert!(e.message.contains("unexpected argument '--frobnicate'"));
        let e = run_args(&["a.csv", "--out", "x.json", "--skip-bad-row"]).unwrap_err();
        assert!(e.message.contains("a similar argument exists: '--skip-bad-rows'"), "{}", e.message);
        let e = run_args(&["a.csv", "--out", "a.csv"]).unwrap_err();
        assert!(e.message.contains("is the file being imported"), "{}", e.message);
        let e = run_args(&["/nonexistent/a.csv", "--out", "/nonexistent/x.json"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("/nonexistent/a.csv: cannot be read: no such file"), "{}", e.message);
        let mut out = Vec::new();
        run_inner(&[OsString::from("--help")], &mut out).unwrap();
        let help = String::from_utf8(out).unwrap();
        assert!(help.contains("Usage: chronolens import") && help.contains("--skip-bad-rows"), "{help}");
    }
}
