//! `chronolens chronology FILE [--out OUT.md|OUT.html|OUT.csv|OUT.docx|OUT.json] [options]`.
//! Exit codes: 0 written, 1 invalid dataset, 2 bad arguments or unwritable
//! path (nothing is written then).

use super::{Format, Selection, entries, heading, render};
use crate::args::{Arg, ArgReader};
use crate::export::request::{parse_from, parse_to};
use crate::model::load_path;
use crate::model::save::write_atomic;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

pub const CHRONOLOGY_USAGE: &str = "\
Usage: chronolens chronology FILE [--out OUT.md|OUT.html|OUT.csv|OUT.docx|OUT.json] [options]

Writes the events of FILE in time order, each with its date as known, actor and
lane, title, kind, verification, number of (independent) sources and every
citation (outlet, published date, paragraph, quote, URL): Markdown, HTML and
DOCX (Word, LibreOffice) as a table with footnotes, CSV as one row per
citation, JSON as a TimelineJS3 story (publish the chronology with TimelineJS).
Without --out, Markdown is printed.

Options:
  -o, --out PATH       the file to write; its extension chooses the format
  --from DATE          events that overlap this day or later (2022-03-21, or a date-time)
  --to DATE            ... and this day or earlier, inclusive
  --lanes ID,ID…       only these lanes (ids, or labels)
  --reviewed-only      leave out drafts nobody has reviewed
  --tz ZONE            times of day in ZONE: UTC (default), local, or a name such as
                       Europe/Kyiv; dates without a time of day stay as written
  -h, --help           this help";

/// A failure to report, with its exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

fn usage(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: message.into() }
}

#[derive(Debug, Default)]
struct Args {
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    selection: Selection,
}

fn parse(args: &[OsString]) -> Result<Option<Args>, Failure> {
    let mut a = Args::default();
    let mut r = ArgReader::new(args);
    while let Some(arg) = r.next_arg() {
        let (flag, inline) = match arg.map_err(usage)? {
            Arg::Positional(p) => {
                if a.file.is_some() {
                    return Err(usage(format!("unexpected argument `{}` (one dataset FILE at a time)", p.to_string_lossy())));
                }
                a.file = Some(PathBuf::from(p));
                continue;
            }
            Arg::Flag { name, inline } => (name, inline),
        };
        let mut value = || r.text(flag, inline).map_err(usage);
        match flag {
            "-h" | "--help" => return Ok(None),
            "-o" | "--out" => a.out = Some(PathBuf::from(value()?)),
            "--from" => a.selection.from = Some(parse_from(&value()?).map_err(|e| usage(format!("--from: {e}")))?),
            "--to" => a.selection.to = Some(parse_to(&value()?).map_err(|e| usage(format!("--to: {e}")))?),
            "--lanes" => {
                let ids: Vec<String> = value()?.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
                if ids.is_empty() {
                    return Err(usage("--lanes needs at least one lane id (e.g. --lanes nato,us)"));
                }
                a.selection.lanes = Some(ids);
            }
            "--reviewed-only" if inline.is_none() => a.selection.reviewed_only = true,
            "--tz" => a.selection.zone = crate::model::zone::Zone::parse(&value()?).map_err(|e| usage(format!("--tz: {e}")))?,
            _ => return Err(usage(format!("unknown option `{flag}`"))),
        }
    }
    Ok(Some(a))
}

/// The whole command; `Ok` holds the message for standard error.
pub fn run_inner(args: &[OsString], stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    let Some(a) = parse(args)? else {
        let _ = writeln!(stdout, "{CHRONOLOGY_USAGE}");
        return Ok(String::new());
    };
    let file = a.file.ok_or_else(|| usage("which dataset? give a FILE"))?;
    let format = match &a.out {
        None => Format::Markdown,
        Some(out) => Format::from_path(out)
            .ok_or_else(|| usage(format!("--out {}: name the file .md, .html, .csv, .docx or .json (TimelineJS)", out.display())))?,
    };
    if a.out.as_ref().is_some_and(|o| std::fs::canonicalize(o).ok() == std::fs::canonicalize(&file).ok() && o.exists()) {
        return Err(usage("--out is the dataset itself; choose another file"));
    }
    let data = load_path(&file).map_err(|e| Failure { code: 1, message: e.to_string() })?;
    let list = entries(&data, &a.selection).map_err(usage)?;
    let bytes = render(format, &heading(&data, &list, &a.selection), &list);
    let n = list.len();
    match a.out {
        Some(out) => {
            write_atomic(&out, &bytes).map_err(usage)?;
            Ok(format!("chronolens: wrote a chronology of {n} event{} to {}", if n == 1 { "" } else { "s" }, out.display()))
        }
        None => {
            stdout.write_all(&bytes).map_err(|e| usage(format!("cannot write to standard output: {e}")))?;
            Ok(String::new())
        }
    }
}

pub fn run(args: &[OsString]) -> ExitCode {
    match run_inner(args, &mut std::io::stdout().lock()) {
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
        let dir = std::env::temp_dir().join(format!("chronolens-chrono-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let data = sample_file(&dir);
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
        assert!(e.code == 2 && e.message.starts_with("--from"), "{}", e.message);
        let e = run_args(&[dir.join("missing.json").to_str().unwrap()]).unwrap_err();
        assert_eq!(e.code, 1, "{}", e.message);
        std::fs::remove_dir_all(&dir).ok();
    }
}
