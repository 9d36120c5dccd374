//! `chronolens chronology FILE [--out OUT.md|OUT.html|OUT.csv|OUT.docx|OUT.json] [options]`.
//! Exit codes: 0 written, 1 invalid dataset, 2 bad arguments or unwritable
//! path (nothing is written then).

use super::{Format, Selection, entries, heading, render};
use crate::args::{LaneIds, Parsed, checked, from_date, lane_ids, parse_after, to_date, zone};
use crate::model::load_path;
use crate::model::save::write_atomic;
use crate::model::zone::Zone;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

/// The events in time order with their citations, for a briefing.
///
/// Writes the events of FILE in time order, each with its date as known, actor and
/// lane, title, kind, verification, number of (independent) sources and every
/// citation (outlet, published date, paragraph, quote, URL): Markdown, HTML and
/// DOCX (Word, LibreOffice) as a table with footnotes, CSV as one row per
/// citation, JSON as a TimelineJS3 story (publish the chronology with TimelineJS).
/// Without --out, Markdown is printed.
#[derive(Debug, Clone, clap::Parser)]
#[command(name = "chronology", bin_name = "chronolens chronology", args_override_self = true)]
pub struct ChronologyArgs {
    /// The dataset
    pub file: PathBuf,
    /// The file to write; its extension chooses the format (.md, .html, .csv, .docx, .json)
    #[arg(short, long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Events that overlap this day or later (2022-03-21, or a date-time)
    #[arg(long, value_name = "DATE", value_parser = checked(from_date))]
    pub from: Option<i64>,
    /// ... and this day or earlier, inclusive
    #[arg(long, value_name = "DATE", value_parser = checked(to_date))]
    pub to: Option<i64>,
    /// Only these lanes (ids, or labels)
    #[arg(long, value_name = "ID,ID…", value_parser = checked(lane_ids))]
    pub lanes: Option<LaneIds>,
    /// Leave out drafts nobody has reviewed
    #[arg(long)]
    pub reviewed_only: bool,
    /// Times of day in ZONE: UTC (default), local, or a name such as Europe/Kyiv
    ///
    /// Dates without a time of day stay as written.
    #[arg(long, value_name = "ZONE", value_parser = checked(zone))]
    pub tz: Option<Zone>,
}

impl ChronologyArgs {
    fn selection(&self) -> Selection {
        Selection {
            from: self.from,
            to: self.to,
            lanes: self.lanes.clone(),
            reviewed_only: self.reviewed_only,
            zone: self.tz.unwrap_or_default(),
            ..Selection::default()
        }
    }
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

/// The whole command from the arguments after `chronology` (as the binary
/// reads them); `Ok` holds the message for standard error.
pub fn run_inner(args: &[OsString], stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    match parse_after::<ChronologyArgs>(args, stdout).map_err(usage)? {
        Parsed::Args(a) => chronology(&a, stdout),
        Parsed::Helped => Ok(String::new()),
    }
}

/// The command; `Ok` holds the message for standard error.
pub fn chronology(a: &ChronologyArgs, stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    let file = &a.file;
    let selection = a.selection();
    let format = match &a.out {
        None => Format::Markdown,
        Some(out) => Format::from_path(out)
            .ok_or_else(|| usage(format!("--out {}: name the file .md, .html, .csv, .docx or .json (TimelineJS)", out.display())))?,
    };
    if a.out.as_ref().is_some_and(|o| std::fs::canonicalize(o).ok() == std::fs::canonicalize(file).ok() && o.exists()) {
        return Err(usage("--out is the dataset itself; choose another file"));
    }
    let data = load_path(file).map_err(|e| Failure { code: 1, message: e.to_string() })?;
    let list = entries(&data, &selection).map_err(usage)?;
    let bytes = render(format, &heading(&data, &list, &selection), &list);
    let n = list.len();
    match &a.out {
        Some(out) => {
            write_atomic(out, &bytes).map_err(usage)?;
            Ok(format!("chronolens: wrote a chronology of {n} event{} to {}", if n == 1 { "" } else { "s" }, out.display()))
        }
        None => {
            stdout.write_all(&bytes).map_err(|e| usage(format!("cannot write to standard output: {e}")))?;
            Ok(String::new())
        }
    }
}

pub fn run(args: ChronologyArgs) -> ExitCode {
    match chronology(&args, &mut std::io::stdout().lock()) {
        Ok(msg) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            ExitCode::SUCCESS
        }
        Err(f) => {
            eprintln!("chronolens chronology: {}", f.message);
            if f.code == 2 {
                eprintln!("(see `chronolens chronology --help`)");
            }
            ExitCode::from(f.code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_args(list: &[&str]) -> Result<(String, String), Failure> {
        let args: Vec<OsString> = list.iter().map(OsString::from).collect();
        let mut out = Vec::new();
        let msg = run_inner(&args, &mut out)?;
        Ok((msg, String::from_utf8(out).unwrap()))
    }

    fn sample_file(dir: &std::path::Path) -> PathBuf {
        let f = dir.join("sample.json");
        std::fs::write(&f, crate::model::SAMPLE_JSON).unwrap();
        f
    }

    #[test]
    fn writes_each_format_and_refuses_bad_arguments() {
        // Removed with its contents when dropped, whether the test passed or panicked.
        let scratch = tempfile::Builder::new().prefix("chronolens-chrono-").tempdir().unwrap();
        let dir = scratch.path();
        let data = sample_file(dir);
        let d = data.to_str().unwrap();
        let (_, md) = run_args(&[d, "--lanes", "us", "--from", "2022-03-25"]).unwrap();
        assert!(md.contains("| Fri 25 Mar 2022 | Jake Sullivan (US) |"), "{md}");
        assert!(!md.contains("(NATO)"), "only the US lane");
        for ext in ["md", "html", "csv", "docx"] {
            let out = dir.join(format!("c.{ext}"));
            let (msg, _) = run_args(&[d, "--out", out.to_str().unwrap()]).unwrap();
            assert!(msg.contains("wrote a chronology of 33 events"), "{msg}");
            assert!(std::fs::metadata(&out).unwrap().len() > 1000);
        }
        let e = run_args(&[d, "--out", dir.join("c.odt").to_str().unwrap()]).unwrap_err();
        assert_eq!((e.code, e.message.contains(".md, .html, .csv, .docx or .json")), (2, true), "{}", e.message);
        let e = run_args(&[d, "--lanes", "mars"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("unknown lane `mars`"), "{}", e.message);
        let e = run_args(&[d, "--from", "yesterday"]).unwrap_err();
        assert!(e.code == 2 && e.message.starts_with("error: --from: "), "{}", e.message);
        let e = run_args(&[d, "--revieved-only"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("a similar argument exists: '--reviewed-only'"), "{}", e.message);
        let e = run_args(&["--lanes", "us"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("<FILE>"), "which dataset? {}", e.message);
        let mut help = Vec::new();
        assert_eq!(run_inner(&[OsString::from("--help")], &mut help).unwrap(), "");
        let help = String::from_utf8(help).unwrap();
        assert!(help.contains("Usage: chronolens chronology") && help.contains("--reviewed-only"), "{help}");
        let e = run_args(&[dir.join("missing.json").to_str().unwrap()]).unwrap_err();
        assert_eq!(e.code, 1, "{}", e.message);
    }
}
