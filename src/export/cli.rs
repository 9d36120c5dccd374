//! `chronolens export FILE --out OUT [options]`: renders without a window.
//! Exit codes: 0 written, 1 invalid dataset, 2 bad arguments, unwritable path
//! or no graphics adapter (nothing is written then).

use super::job::{ExportTarget, Progress, run_owned};
use super::request::{ExportRequest, Format, parse_from, parse_to};
use super::{ExportError, png};
use crate::model::load_path;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

pub const EXPORT_USAGE: &str = "\
Usage: chronolens export FILE --out OUT.png|OUT.svg|OUT.pdf [options]

Renders the timeline of FILE to a PNG, SVG or PDF without opening a window
(PNG needs a GPU or Mesa's lavapipe: apt-get install mesa-vulkan-drivers libvulkan1).

Options:
  -o, --out PATH       the image to write; .png (pixels), .svg or .pdf (vector)
  --from DATE          first day shown (2022-03-21, or a date-time); default: the first event
  --to DATE            last day shown, inclusive; default: the last event
  --lanes ID,ID…       only these lanes (ids, or labels), in this order; default: all
  --width PX           page width in pixels at 1× (default 1920)
  --height PX          page height at 1×; default: fits the lanes, legend and footer
  --scale N            pixel density: 1, 2, 4… (the PNG is width×N by height×N pixels)
  --theme light|dark   colours (default light)
  --title TEXT         a title above the timeline
  --sources            add a footer listing every article cited by the exported events
  --select EVENT_ID    draw this event as selected
  --no-legend          leave the legend out
  --no-caption         leave the caption (date range, export date) out
  --tz ZONE            times of day in ZONE: UTC (default), local, or a name such as
                       Europe/Kyiv; dates without a time of day stay as written
  --embed-font         SVG: embed the font, so every browser draws the same glyphs (+480 KB)
  -v, --verbose        print the time taken by each step
  -h, --help           this help

The caption's export date is today's, or that of SOURCE_DATE_EPOCH when set.";

/// Parsed command line.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportArgs {
    pub file: PathBuf,
    pub out: PathBuf,
    pub request: ExportRequest,
    /// Event id given with --select (resolved once the data is loaded).
    pub select: Option<String>,
    pub verbose: bool,
}

fn fail(message: impl Into<String>) -> ExportError {
    ExportError::Usage(message.into())
}

/// Parses the arguments after `export`.
pub fn parse(args: &[OsString]) -> Result<Option<ExportArgs>, ExportError> {
    let mut file = None;
    let mut out = None;
    let mut req = ExportRequest::default();
    let mut select = None;
    let mut verbose = false;
    let mut i = 0;
    let mut positional_only = false;
    while i < args.len() {
        let raw = args[i].to_str().ok_or_else(|| fail(format!("argument {} is not valid UTF-8", args[i].to_string_lossy())))?;
        i += 1;
        if positional_only || !raw.starts_with('-') || raw == "-" {
            if file.is_some() {
                return Err(fail(format!("unexpected argument `{raw}` (one dataset FILE at a time)")));
            }
            file = Some(PathBuf::from(&args[i - 1]));
            continue;
        }
        if raw == "--" {
            positional_only = true;
            continue;
        }
        let (flag, inline) = match raw.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (raw, None),
        };
        let takes_value = matches!(
            flag,
            "-o" | "--out"
                | "--from"
                | "--to"
                | "--lanes"
                | "--width"
                | "--height"
                | "--scale"
                | "--theme"
                | "--title"
                | "--select"
                | "--tz"
        );
        let value = if takes_value {
            match inline {
                Some(v) => Some(v),
                None => {
                    let v = args.get(i).ok_or_else(|| fail(format!("{flag} needs a value")))?;
                    i += 1;
                    Some(v.to_str().ok_or_else(|| fail(format!("the value of {flag} is not valid UTF-8")))?.to_owned())
                }
            }
        } else {
            if inline.is_some() {
                return Err(fail(format!("{flag} takes no value")));
            }
            None
        };
        let v = value.unwrap_or_default();
        match flag {
            "-h" | "--help" => return Ok(None),
            "-o" | "--out" => out = Some(PathBuf::from(v)),
            "--from" => req.from = Some(parse_from(&v).map_err(|e| fail(format!("--from: {e}")))?),
            "--to" => req.to = Some(parse_to(&v).map_err(|e| fail(format!("--to: {e}")))?),
            "--lanes" => {
                let ids: Vec<String> = v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
                if ids.is_empty() {
                    return Err(fail("--lanes needs at least one lane id (e.g. --lanes nato,us)"));
                }
                req.lanes = Some(ids);
            }
            "--width" => req.width = pixels(flag, &v)?,
            "--height" => req.height = Some(pixels(flag, &v)?),
            "--scale" => {
                let t = v.trim().trim_end_matches(['x', 'X', '×']);
                req.scale = t.parse::<f32>().map_err(|_| fail(format!("--scale takes a number such as 1, 2 or 4, not `{v}`")))?;
            }
            "--theme" => {
                req.dark = match v.to_ascii_lowercase().as_str() {
                    "light" => false,
                    "dark" => true,
                    _ => return Err(fail(format!("--theme is light or dark, not `{v}`"))),
                }
            }
            "--title" => req.title = Some(v),
            "--tz" => req.zone = crate::model::zone::Zone::parse(&v).map_err(|e| fail(format!("--tz: {e}")))?,
            "--select" => select = Some(v),
            "--sources" => req.sources = true,
            "--no-legend" => req.legend = false,
            "--no-caption" => req.caption = false,
            "--embed-font" => req.embed_font = true,
            "-v" | "--verbose" => verbose = true,
            _ => return Err(fail(format!("unknown option `{flag}`"))),
        }
    }
    let file = file.ok_or_else(|| fail("which dataset? give a FILE to export"))?;
    let out = out.ok_or_else(|| fail("where to? give --out timeline.png or --out timeline.svg"))?;
    if Format::from_path(&out).is_none() {
        return Err(fail(format!("--out {}: name the image .png, .svg or .pdf", out.display())));
    }
    req.check_sizes()?;
    Ok(Some(ExportArgs { file, out, request: req, select, verbose }))
}

fn pixels(flag: &str, v: &str) -> Result<u32, ExportError> {
    let t = v.trim().trim_end_matches("px");
    match t.parse::<i64>() {
        Ok(n) if n <= 0 => Err(fail(format!("{flag} must be a positive number of pixels, not {n}"))),
        Ok(n) => u32::try_from(n).map_err(|_| fail(format!("{flag} {n} is too large"))),
        Err(_) => Err(fail(format!("{flag} takes a number of pixels, not `{v}`"))),
    }
}

/// Runs `chronolens export …`; prints what was written, or why not.
pub fn run(args: &[OsString]) -> ExitCode {
    match run_inner(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match &e {
                ExportError::Usage(_) => eprintln!("chronolens export: {e}\n(see `chronolens export --help`)"),
                _ => eprintln!("chronolens export: {e}"),
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// The whole command: parse, load, export. Returns the error to report.
pub fn run_inner(args: &[OsString]) -> Result<(), ExportError> {
    let Some(a) = parse(args)? else {
        println!("{EXPORT_USAGE}");
        return Ok(());
    };
    // Fail fast, before loading a large file, if the image cannot be written.
    png::check_writable(&a.out)?;
    // While the process has one thread: quiets Mesa's lavapipe if XDG_RUNTIME_DIR is unusable.
    if Format::from_path(&a.out) == Some(Format::Png) {
        super::gpu::quiet_lavapipe();
    }
    let t_load = std::time::Instant::now();
    let data =
        load_path(&a.file).map_err(|e| if e.unreadable { ExportError::Io(e.to_string()) } else { ExportError::Data(e.to_string()) })?;
    let mut req = a.request;
    if let Some(id) = &a.select {
        let e = data.index.event_ids.get(id).ok_or_else(|| fail(format!("--select: no event with id `{id}` in {}", a.file.display())))?;
        req.selected = Some(*e);
    }
    let load_time = t_load.elapsed();
    let out = run_owned(data, &req, &ExportTarget::File(a.out.clone()), &Progress::default())?;
    if out.events == 0 {
        eprintln!("note: no dated event of the exported lanes falls in this range; the timeline is empty");
    }
    if a.verbose {
        eprintln!("  {:<18} {:>8.3} s", "load", load_time.as_secs_f64());
        for (name, d) in &out.stages {
            eprintln!("  {name:<18} {:>8.3} s", d.as_secs_f64());
        }
    }
    let kb = out.bytes.len() as f64 / 1024.0;
    let size = if kb >= 1024.0 { format!("{:.1} MB", kb / 1024.0) } else { format!("{kb:.0} KB") };
    let dims = match out.format {
        Format::Png => format!(
            "{}×{} px ({}×{} at {}×)",
            out.size_px[0],
            out.size_px[1],
            out.page.x.round(),
            out.page.y.round(),
            trim_float(out.scale)
        ),
        Format::Svg => format!("{}×{}", out.size_px[0], out.size_px[1]),
        Format::Pdf => format!("{}×{} pt", out.size_px[0], out.size_px[1]),
    };
    println!(
        "wrote {}: {dims}, {} events ({} marks), {size}, in {:.2} s{}",
        a.out.display(),
        out.events,
        out.marks,
        out.elapsed.as_secs_f64(),
        out.adapter.map(|a| format!(" on {a}")).unwrap_or_default()
    );
    Ok(())
}

fn trim_float(v: f32) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &[&str]) -> Vec<OsString> {
        s.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_every_option() {
        let a = parse(&args(&[
            "data.json",
            "--out",
            "t.png",
            "--from=2022-03-21",
            "--to",
            "2022-03-25",
            "--lanes",
            "nato, us",
            "--width",
            "1280",
            "--height",
            "720",
            "--scale",
            "2x",
            "--theme",
            "dark",
            "--title",
            "Briefing",
            "--sources",
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(a.file, PathBuf::from("data.json"));
        assert_eq!(a.request.lanes, Some(vec!["nato".to_owned(), "us".to_owned()]));
        assert_eq!((a.request.width, a.request.height, a.request.scale, a.request.dark), (1280, Some(720), 2.0, true));
        assert_eq!(a.request.to.unwrap() - a.request.from.unwrap(), 5 * 86_400, "--to includes its day");
        assert!(a.request.sources);
        assert!(parse(&args(&["--help"])).unwrap().is_none());
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        let err = |s: &[&str]| parse(&args(s)).unwrap_err().to_string();
        assert!(err(&["d.json"]).contains("--out"));
        assert!(err(&["d.json", "-o", "x.jpg"]).contains(".png, .svg or .pdf"));
        assert!(err(&["d.json", "-o", "x.png", "--width", "0"]).contains("positive"));
        assert!(err(&["d.json", "-o", "x.png", "--width", "wide"]).contains("number of pixels"));
        assert!(err(&["d.json", "-o", "x.png", "--theme", "blue"]).contains("light or dark"));
        assert!(err(&["d.json", "-o", "x.png", "--from", "yesterday"]).contains("--from"));
        assert!(err(&["d.json", "-o", "x.png", "--bogus"]).contains("unknown option"));
        assert!(err(&["d.json", "-o", "x.png", "--scale"]).contains("needs a value"));
    }
}
