//! `chronolens export FILE --out OUT [options]`: renders without a window.
//! Exit codes: 0 written, 1 invalid dataset, 2 bad arguments, unwritable path
//! or no graphics adapter (nothing is written then).

use super::job::{ExportTarget, Progress, run_owned};
use super::request::{ExportRequest, Format};
use super::{ExportError, png};
use crate::args::{LaneIds, checked, from_date, lane_ids, one_of, to_date, zone};
use crate::model::load_path;
use crate::model::zone::Zone;
use std::path::PathBuf;
use std::process::ExitCode;

/// Render the timeline to a PNG, SVG or PDF without a window.
///
/// Renders the timeline of FILE to a PNG, SVG or PDF without opening a window
/// (PNG needs a GPU or Mesa's lavapipe: apt-get install mesa-vulkan-drivers libvulkan1).
#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "export",
    bin_name = "chronolens export",
    args_override_self = true,
    after_help = "The caption's export date is today's, or that of SOURCE_DATE_EPOCH when set."
)]
pub struct ExportArgs {
    /// The dataset to draw
    pub file: PathBuf,
    /// The image to write; .png (pixels), .svg or .pdf (vector)
    #[arg(short, long, value_name = "PATH", value_parser = checked(image_path))]
    pub out: PathBuf,
    /// First day shown (2022-03-21, or a date-time); default: the first event
    #[arg(long, value_name = "DATE", value_parser = checked(from_date))]
    pub from: Option<i64>,
    /// Last day shown, inclusive; default: the last event
    #[arg(long, value_name = "DATE", value_parser = checked(to_date))]
    pub to: Option<i64>,
    /// Only these lanes (ids, or labels), in this order; default: all
    #[arg(long, value_name = "ID,ID…", value_parser = checked(lane_ids))]
    pub lanes: Option<LaneIds>,
    /// Page width in pixels at 1×
    #[arg(long, value_name = "PX", default_value_t = ExportRequest::default().width, value_parser = checked(pixels))]
    pub width: u32,
    /// Page height at 1×; default: fits the lanes, legend and footer
    #[arg(long, value_name = "PX", value_parser = checked(pixels))]
    pub height: Option<u32>,
    /// Pixel density: 1, 2, 4… (the PNG is width×N by height×N pixels)
    #[arg(long, value_name = "N", value_parser = checked(scale))]
    pub scale: Option<f32>,
    /// Colours [default: light]
    #[arg(long, value_name = "THEME", value_parser = one_of(&["light", "dark"], dark_theme))]
    pub theme: Option<bool>,
    /// A title above the timeline
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Add a footer listing every article cited by the exported events
    #[arg(long)]
    pub sources: bool,
    /// Draw this event as selected
    #[arg(long, value_name = "EVENT_ID")]
    pub select: Option<String>,
    /// Leave the legend out
    #[arg(long)]
    pub no_legend: bool,
    /// Leave the caption (date range, export date) out
    #[arg(long)]
    pub no_caption: bool,
    /// Times of day in ZONE: UTC (default), local, or a name such as Europe/Kyiv
    ///
    /// Dates without a time of day stay as written.
    #[arg(long, value_name = "ZONE", value_parser = checked(zone))]
    pub tz: Option<Zone>,
    /// SVG: embed the font, so every browser draws the same glyphs (+480 KB)
    #[arg(long)]
    pub embed_font: bool,
    /// Print the time taken by each step
    #[arg(short, long)]
    pub verbose: bool,
}

fn fail(message: impl Into<String>) -> ExportError {
    ExportError::Usage(message.into())
}

fn image_path(flag: &str, v: &str) -> Result<PathBuf, String> {
    let out = PathBuf::from(v);
    match Format::from_path(&out) {
        Some(_) => Ok(out),
        None => Err(format!("{flag} {v}: name the image .png, .svg or .pdf")),
    }
}

fn pixels(flag: &str, v: &str) -> Result<u32, String> {
    let t = v.trim().trim_end_matches("px");
    match t.parse::<i64>() {
        Ok(n) if n <= 0 => Err(format!("{flag} must be a positive number of pixels, not {n}")),
        Ok(n) => u32::try_from(n).map_err(|_| format!("{flag} {n} is too large")),
        Err(_) => Err(format!("{flag} takes a number of pixels, not `{v}`")),
    }
}

fn scale(flag: &str, v: &str) -> Result<f32, String> {
    let t = v.trim().trim_end_matches(['x', 'X', '×']);
    t.parse::<f32>().map_err(|_| format!("{flag} takes a number such as 1, 2 or 4, not `{v}`"))
}

fn dark_theme(flag: &str, v: &str) -> Result<bool, String> {
    match v.to_ascii_lowercase().as_str() {
        "light" => Ok(false),
        "dark" => Ok(true),
        _ => Err(format!("{flag} is light or dark, not `{v}`")),
    }
}

impl ExportArgs {
    /// The request the flags describe; sizes checked, the selection still an id.
    pub fn request(&self) -> Result<ExportRequest, ExportError> {
        let d = ExportRequest::default();
        let req = ExportRequest {
            from: self.from,
            to: self.to,
            lanes: self.lanes.clone(),
            width: self.width,
            height: self.height,
            scale: self.scale.unwrap_or(d.scale),
            dark: self.theme.unwrap_or(d.dark),
            title: self.title.clone(),
            sources: self.sources,
            legend: !self.no_legend,
            caption: !self.no_caption,
            embed_font: self.embed_font,
            zone: self.tz.unwrap_or(d.zone),
            ..d
        };
        req.check_sizes()?;
        Ok(req)
    }
}

/// Runs `chronolens export …`; prints what was written, or why not.
pub fn run(args: ExportArgs) -> ExitCode {
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

/// The whole command: check, load, export. Returns the error to report.
pub fn run_inner(a: ExportArgs) -> Result<(), ExportError> {
    let mut req = a.request()?;
    // Fail fast, before loading a large file, if the image cannot be written.
    png::check_writable(&a.out)?;
    // While the process has one thread: quiets Mesa's lavapipe if XDG_RUNTIME_DIR is unusable.
    if Format::from_path(&a.out) == Some(Format::Png) {
        super::gpu::quiet_lavapipe();
    }
    let t_load = std::time::Instant::now();
    let data =
        load_path(&a.file).map_err(|e| if e.unreadable { ExportError::Io(e.to_string()) } else { ExportError::Data(e.to_string()) })?;
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
    use clap::Parser;

    fn parse(s: &[&str]) -> Result<(ExportArgs, ExportRequest), String> {
        let a = ExportArgs::try_parse_from(std::iter::once("chronolens export").chain(s.iter().copied())).map_err(|e| e.to_string())?;
        let req = a.request().map_err(|e| e.to_string())?;
        Ok((a, req))
    }

    #[test]
    fn parses_every_option() {
        let (a, req) = parse(&[
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
            "--tz",
            "Europe/Kyiv",
            "--no-legend",
            "-v",
        ])
        .unwrap();
        assert_eq!(a.file, PathBuf::from("data.json"));
        assert_eq!(req.lanes, Some(vec!["nato".to_owned(), "us".to_owned()]));
        assert_eq!((req.width, req.height, req.scale, req.dark), (1280, Some(720), 2.0, true));
        assert_eq!(req.to.unwrap() - req.from.unwrap(), 5 * 86_400, "--to includes its day");
        assert!(req.sources && !req.legend && req.caption && a.verbose);
        assert_eq!(req.zone.id(), "Europe/Kyiv");
        let (_, plain) = parse(&["d.json", "-o", "t.svg"]).unwrap();
        assert_eq!(plain, ExportRequest::default(), "no flag, no change");
        // A flag given again wins, as before.
        assert_eq!(parse(&["d.json", "-o", "t.svg", "--width", "1000", "--width=1100"]).unwrap().1.width, 1100);
    }

    #[test]
    fn bad_arguments_say_what_is_wrong() {
        let err = |s: &[&str]| parse(s).unwrap_err();
        assert!(err(&["d.json"]).contains("--out"));
        assert!(err(&["d.json", "-o", "x.jpg"]).contains(".png, .svg or .pdf"));
        assert!(err(&["d.json", "-o", "x.png", "--width", "0"]).contains("--width must be a positive number of pixels"));
        assert!(err(&["d.json", "-o", "x.png", "--width", "wide"]).contains("number of pixels"));
        assert!(err(&["d.json", "-o", "x.png", "--theme", "blue"]).contains("light or dark"));
        assert!(err(&["d.json", "-o", "x.png", "--from", "yesterday"]).contains("--from"));
        assert!(err(&["d.json", "-o", "x.png", "--scale", "0"]).contains("--scale must be a positive number"));
        let e = err(&["d.json", "-o", "x.png", "--bogus"]);
        assert!(e.contains("unexpected argument '--bogus'"), "{e}");
        let e = err(&["d.json", "-o", "x.png", "--titel", "T"]);
        assert!(e.contains("a similar argument exists: '--title'"), "{e}");
        assert!(err(&["d.json", "-o", "x.png", "--scale"]).contains("a value is required for '--scale <N>'"));
    }
}
