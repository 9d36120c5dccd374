//! What to export, shared by the command line and the window's export dialog,
//! and its validation into a [`Plan`]: which lanes, which time window, which
//! events, which articles. No egui here.

use super::ExportError;
use crate::model::time::{DAY, MAX_SECS, MIN_SECS, floor_to, fmt_day, fmt_day_range, iso_day, parse_instant};
use crate::model::{EventIndex, Lane, LaneEvents, Loaded, Span};
use crate::render::paint::GUTTER_W;
use crate::timeline::TimeView;
use std::borrow::Cow;

/// Same margins as "Fit all" in the window.
pub const FIT_MARGIN_PX: f64 = 40.0;
/// Narrowest page, in points: the lane gutter plus a usable plot.
pub const MIN_WIDTH: u32 = 400;
/// Largest scale factor (4× is print quality; 8× leaves headroom).
pub const MAX_SCALE: f32 = 8.0;
/// Largest side of an exported image, in pixels.
pub const MAX_SIDE_PX: u64 = 32_768;
/// Largest exported image, in pixels (1.2 GB of RGBA in memory).
pub const MAX_PIXELS: u64 = 300_000_000;

/// Which file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
    /// Vector, for print: the SVG's shapes as a one-page PDF.
    Pdf,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pdf => "pdf",
        }
    }
    /// From a file name's extension (`.png`, `.svg`, `.pdf`, any case).
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }
}

/// Everything the user chose. Sizes are in points (logical pixels): the PNG is
/// `width × scale` by `height × scale` pixels, the SVG `width` by `height` units.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    /// First instant shown (inclusive), seconds since the epoch. With `from` or `to`,
    /// events wholly outside `[from, to)` are left out.
    pub from: Option<i64>,
    /// End of the range (exclusive).
    pub to: Option<i64>,
    /// Exactly this time range `[t_left, t_right]` across the plot, as in the
    /// window's current view: no margins, nothing left out ("current view" export).
    /// Overrides `from`/`to`.
    pub view: Option<(f64, f64)>,
    /// Lane ids to export (the command line). `None`: every lane not `hidden`.
    pub lanes: Option<Vec<String>>,
    /// Per lane, as in the window (ignored when `lanes` is given).
    pub hidden: Vec<bool>,
    /// The lanes' order and which are collapsed, as arranged in the window.
    pub arrangement: crate::render::LaneArrangement,
    pub width: u32,
    /// `None`: the height fits the content (lanes, legend, caption, sources).
    pub height: Option<u32>,
    pub scale: f32,
    pub dark: bool,
    /// High contrast and the colour-blind-safe lane palette, as in the window.
    pub appearance: crate::render::style::Appearance,
    pub title: Option<String>,
    /// Adds the "Sources" footer: every article cited by the exported events.
    pub sources: bool,
    pub legend: bool,
    pub caption: bool,
    /// The event drawn as selected (an index into `Dataset::events`).
    pub selected: Option<u32>,
    /// Date written in the caption (`2026-11-21`). `None`: today, or
    /// `SOURCE_DATE_EPOCH` when set (reproducible exports).
    pub export_date: Option<String>,
    /// SVG only: embed the timeline font so that any browser draws the very same glyphs.
    pub embed_font: bool,
    /// Per event: drawn (and cited in the footer) only where `true`, as the
    /// window's filters show them. `None`: every event.
    pub only: Option<std::sync::Arc<Vec<bool>>>,
    /// Times of day on the axis and in event titles in this zone (`--tz`, View -> Time zone).
    pub zone: crate::model::zone::Zone,
}

impl Default for ExportRequest {
    fn default() -> Self {
        Self {
            from: None,
            to: None,
            view: None,
            lanes: None,
            hidden: Vec::new(),
            arrangement: Default::default(),
            width: 1920,
            height: None,
            scale: 1.0,
            dark: false,
            appearance: Default::default(),
            title: None,
            sources: false,
            legend: true,
            caption: true,
            selected: None,
            export_date: None,
            embed_font: false,
            only: None,
            zone: Default::default(),
        }
    }
}

/// A `--from` value: `2022-03-24` is that day's start.
pub fn parse_from(text: &str) -> Result<i64, String> {
    parse_instant(text).map(|i| i.secs)
}

/// A `--to` value: `2022-03-25` includes that whole day (the range ends at its end).
pub fn parse_to(text: &str) -> Result<i64, String> {
    parse_instant(text).map(|i| if i.date_only { i.secs + DAY } else { i.secs })
}

/// A validated request, resolved against one dataset: what `compose` draws.
#[derive(Debug, Clone)]
pub struct Plan<'a> {
    /// The data as painted: with `from`/`to`, a copy whose lane index holds only
    /// the events that overlap the range (so nothing outside can leave a mark).
    pub data: Cow<'a, Loaded>,
    pub hidden: Vec<bool>,
    /// Time at the plot's left and right edges, when the plot width is known.
    pub window: Window,
    /// The day range named in the caption and the file name (inclusive days).
    pub first_day: i64,
    pub last_day: i64,
    /// Dated events of the visible lanes inside the exported range, in time order.
    pub events: Vec<u32>,
    /// Articles cited by `events`, in the order they are listed in the footer.
    pub articles: Vec<u32>,
    pub request: ExportRequest,
    pub export_date: String,
}

/// How the time axis is chosen once the plot width is known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Window {
    /// Fit `[lo, hi)` with the "Fit all" margins.
    Fit { lo: i64, hi: i64 },
    /// Exactly `[t0, t1]` across the plot.
    Exact { t0: f64, t1: f64 },
}

impl Window {
    /// The view for a plot `plot_width` points wide.
    pub fn view(&self, plot_width: f32) -> TimeView {
        let w = plot_width.max(1.0) as f64;
        match *self {
            Window::Fit { lo, hi } => TimeView::fit(lo, hi, w, FIT_MARGIN_PX, DAY as f64),
            Window::Exact { t0, t1 } => TimeView { t0, secs_per_px: ((t1 - t0) / w).max(1e-3) },
        }
    }
}

impl ExportRequest {
    /// Checks the request against `data` and resolves it. Every error is a
    /// sentence the user can act on.
    pub fn plan<'a>(&self, data: &'a Loaded) -> Result<Plan<'a>, ExportError> {
        plan(Cow::Borrowed(data), self)
    }

    /// As [`Self::plan`], taking the data by value (no copy when a range filter is needed).
    pub fn plan_owned(&self, data: Loaded) -> Result<Plan<'static>, ExportError> {
        plan(Cow::Owned(data), self)
    }

    /// The file name to propose in a save dialog (`timeline_2022-03-21_2022-03-25.png`),
    /// or why this request cannot be exported.
    pub fn default_file_name(&self, data: &Loaded, format: Format) -> Result<String, ExportError> {
        self.plan(data).map(|p| p.default_file_name(format))
    }

    /// Checks what does not depend on the data: sizes and scale.
    pub fn check_sizes(&self) -> Result<(), ExportError> {
        let usage = |m: String| Err(ExportError::Usage(m));
        if self.width == 0 {
            return usage("--width must be a positive number of pixels, not 0".into());
        }
        if self.width < MIN_WIDTH {
            return usage(format!("--width {} is too narrow: the timeline needs at least {MIN_WIDTH} px", self.width));
        }
        if self.height == Some(0) {
            return usage("--height must be a positive number of pixels, not 0".into());
        }
        if !self.scale.is_finite() || self.scale <= 0.0 {
            return usage(format!("--scale must be a positive number (1, 2, 4…), not {}", self.scale));
        }
        if self.scale > MAX_SCALE {
            return usage(format!("--scale {} is too large (at most {MAX_SCALE})", self.scale));
        }
        let w = (self.width as f64 * self.scale as f64).round() as u64;
        if w > MAX_SIDE_PX {
            return usage(format!(
                "{} px × {} is {w} px wide; exports are at most {MAX_SIDE_PX} px on a side (lower --width or --scale)",
                self.width, self.scale
            ));
        }
        if let Some(h) = self.height {
            let hp = (h as f64 * self.scale as f64).round() as u64;
            if hp > MAX_SIDE_PX {
                return usage(format!(
                    "{h} px × {} is {hp} px high; exports are at most {MAX_SIDE_PX} px on a side (lower --height or --scale)",
                    self.scale
                ));
            }
            if hp * w > MAX_PIXELS {
                return usage(format!("{w}×{hp} px is more than {} megapixels; lower the size or the scale", MAX_PIXELS / 1_000_000));
            }
        }
        Ok(())
    }
}

fn plan<'a>(data: Cow<'a, Loaded>, req: &ExportRequest) -> Result<Plan<'a>, ExportError> {
    req.check_sizes()?;
    let (hidden, listed) = hidden_lanes(&data.dataset.lanes, req)?;
    let index = &data.index;
    let extent = visible_extent(index, &hidden);
    let TimeRange { window, filter, first_day, last_day } = time_range(req, extent)?;
    let events = exported_events(index, req.only.as_deref().map(Vec::as_slice), &hidden, filter);
    let articles = cited_articles(&data, &events);

    // With an explicit range, the painted data holds only the events inside it
    // (the "current view" export keeps everything: it is what the window shows).
    let data = match (filter, req.view) {
        (Some((a, b)), None) => {
            let mut owned = data.into_owned();
            for le in &mut owned.index.lanes {
                *le = filter_lane(le, a, b);
            }
            Cow::Owned(owned)
        }
        _ => data,
    };

    let export_date = req.export_date.clone().unwrap_or_else(today);
    let mut request = req.clone();
    if request.arrangement.order.is_empty() {
        request.arrangement.order = listed;
    }
    Ok(Plan { data, hidden, window, first_day, last_day, events, articles, request, export_date })
}

/// Which lanes are hidden, and the lanes `--lanes` listed in its order.
fn hidden_lanes(lanes: &[Lane], req: &ExportRequest) -> Result<(Vec<bool>, Vec<u16>), ExportError> {
    // `--lanes us,nato` also orders the lanes (unless the window arranged them).
    let mut listed = Vec::new();
    let hidden: Vec<bool> = match &req.lanes {
        Some(ids) => {
            let mut shown = vec![false; lanes.len()];
            for id in ids {
                let id = id.trim();
                if id.is_empty() {
                    continue;
                }
                let found = lanes
                    .iter()
                    .position(|l| l.id == id)
                    .or_else(|| lanes.iter().position(|l| l.id.eq_ignore_ascii_case(id) || l.label.eq_ignore_ascii_case(id)));
                match found {
                    Some(i) => {
                        shown[i] = true;
                        listed.push(i as u16);
                    }
                    None => {
                        let known: Vec<&str> = lanes.iter().map(|l| l.id.as_str()).collect();
                        return Err(ExportError::Usage(format!("unknown lane `{id}`; the lanes are: {}", known.join(", "))));
                    }
                }
            }
            shown.iter().map(|s| !s).collect()
        }
        None => (0..lanes.len()).map(|i| req.hidden.get(i).copied().unwrap_or(false)).collect(),
    };
    if lanes.is_empty() {
        return Err(ExportError::Usage("the dataset has no lanes: there is nothing to draw".into()));
    }
    if hidden.iter().all(|&h| h) {
        return Err(ExportError::Usage(match &req.lanes {
            Some(_) => "--lanes names no lane: give at least one lane id".into(),
            None => "every lane is hidden: show at least one lane to export".into(),
        }));
    }
    Ok((hidden, listed))
}

/// The visible lanes' extent.
fn visible_extent(index: &EventIndex, hidden: &[bool]) -> Option<Span> {
    let mut extent: Option<Span> = None;
    for (l, le) in index.lanes.iter().enumerate() {
        if hidden[l] || le.is_empty() {
            continue;
        }
        let s = Span { lo: le.lo[0], hi: le.max_end().expect("non-empty") };
        extent = Some(match extent {
            Some(e) => Span { lo: e.lo.min(s.lo), hi: e.hi.max(s.hi) },
            None => s,
        });
    }
    extent
}

/// The time window to draw, the range events are filtered to (if any) and its first and last days.
struct TimeRange {
    window: Window,
    filter: Option<(i64, i64)>,
    first_day: i64,
    last_day: i64,
}

/// The window from the view, or from `--from` / `--to` and the lanes' extent.
fn time_range(req: &ExportRequest, extent: Option<Span>) -> Result<TimeRange, ExportError> {
    let clamp = |t: i64| t.clamp(MIN_SECS, MAX_SECS);
    if let Some((t0, t1)) = req.view {
        if !(t0.is_finite() && t1.is_finite() && t1 > t0) {
            return Err(ExportError::Usage(format!("the view to export is empty ({t0} to {t1})")));
        }
        let (a, b) = (clamp(t0.floor() as i64), clamp(t1.ceil() as i64));
        return Ok(TimeRange {
            window: Window::Exact { t0, t1 },
            filter: Some((a, b)),
            first_day: floor_to(a, DAY),
            last_day: floor_to((b - 1).max(a), DAY),
        });
    }
    if let (Some(f), Some(t)) = (req.from, req.to)
        && f >= t
    {
        return Err(ExportError::Usage(format!(
            "--from {} is not before --to {}: the range is empty",
            fmt_day(f),
            fmt_day(floor_to(t - 1, DAY))
        )));
    }
    let lo = match (req.from, extent) {
        (Some(f), _) => f,
        (None, Some(e)) => e.lo.min(req.to.unwrap_or(i64::MAX) - DAY),
        (None, None) => {
            return Err(ExportError::Usage(match req.to {
                Some(_) => "the exported lanes have no dated events: give --from as well as --to".into(),
                None => "the exported lanes have no dated events: give --from and --to to export an empty timeline".into(),
            }));
        }
    };
    let hi = match (req.to, extent) {
        (Some(t), _) => t,
        (None, Some(e)) => e.hi.max(lo + DAY),
        (None, None) => lo + DAY,
    };
    let (lo, hi) = (clamp(lo), clamp(hi));
    if hi <= lo {
        return Err(ExportError::Usage("the time range to export is empty".into()));
    }
    let filter = (req.from.is_some() || req.to.is_some()).then_some((lo, hi));
    Ok(TimeRange { window: Window::Fit { lo, hi }, filter, first_day: floor_to(lo, DAY), last_day: floor_to(hi - 1, DAY) })
}

/// Events of the exported lanes inside the range, in time order.
fn exported_events(index: &EventIndex, only: Option<&[bool]>, hidden: &[bool], filter: Option<(i64, i64)>) -> Vec<u32> {
    let inside = |e: u32| {
        only.is_none_or(|m| m.get(e as usize).copied().unwrap_or(false))
            && match (index.spans[e as usize].get(), filter) {
                (Some(s), Some((a, b))) => s.hi > a && s.lo < b,
                (Some(_), None) => true,
                (None, _) => false,
            }
    };
    index.by_time.iter().copied().filter(|&e| !hidden[index.lane_of[e as usize] as usize] && inside(e)).collect()
}

/// The events of one lane that overlap `[a, b)`.
fn filter_lane(le: &LaneEvents, a: i64, b: i64) -> LaneEvents {
    let mut out = LaneEvents::default();
    for i in 0..le.len() {
        if le.hi[i] > a && le.lo[i] < b {
            out.push(le.order[i], le.lo[i], le.hi[i]);
        }
    }
    out
}

/// Articles cited by `events`: by published date (undated last), then title.
fn cited_articles(data: &Loaded, events: &[u32]) -> Vec<u32> {
    let mut seen = vec![false; data.dataset.articles.len()];
    let mut out = Vec::new();
    for &e in events {
        for s in &data.dataset.events[e as usize].sources {
            if let Some(&a) = data.index.article_ids.get(s.article.as_str())
                && !std::mem::replace(&mut seen[a as usize], true)
            {
                out.push(a);
            }
        }
    }
    let published = |a: u32| data.dataset.articles[a as usize].published.as_deref().and_then(|p| parse_instant(p).ok()).map(|i| i.secs);
    out.sort_by(|&x, &y| {
        let (px, py) = (published(x), published(y));
        let key = |p: Option<i64>| (p.is_none(), p.unwrap_or(0));
        key(px).cmp(&key(py)).then_with(|| data.dataset.articles[x as usize].title.cmp(&data.dataset.articles[y as usize].title))
    });
    out
}

/// Today's date (UTC), or the date of `SOURCE_DATE_EPOCH` when it is set.
pub fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| chrono::Utc::now().timestamp());
    iso_day(secs)
}

impl Plan<'_> {
    /// "21–25 Mar 2022".
    pub fn range_text(&self) -> String {
        fmt_day_range(self.first_day, self.last_day)
    }

    /// The title given, else "Timeline, 21–25 Mar 2022" (for the SVG's and the PDF's metadata).
    pub fn document_title(&self) -> String {
        self.request.title.clone().unwrap_or_else(|| format!("Timeline, {}", self.range_text()))
    }

    /// `timeline_2022-03-21_2022-03-25.png` (one date when the range is one day).
    pub fn default_file_name(&self, format: Format) -> String {
        default_file_name(self.first_day, self.last_day, format)
    }

    /// Lanes drawn.
    pub fn visible_lanes(&self) -> impl Iterator<Item = usize> + '_ {
        self.hidden.iter().enumerate().filter(|(_, h)| !**h).map(|(i, _)| i)
    }

    /// Width of the plot (right of the lane gutter) on a page `page_width` wide.
    pub fn plot_width(page_width: f32) -> f32 {
        page_width - 2.0 * super::compose::MARGIN - GUTTER_W
    }
}

/// `timeline_2022-03-21_2022-03-25.png`.
pub fn default_file_name(first_day: i64, last_day: i64, format: Format) -> String {
    if first_day == last_day {
        format!("timeline_{}.{}", iso_day(first_day), format.extension())
    } else {
        format!("timeline_{}_{}.{}", iso_day(first_day), iso_day(last_day), format.extension())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_sample;

    #[test]
    fn the_default_range_is_the_visible_lanes_extent_and_names_the_file() {
        let data = load_sample();
        let plan = ExportRequest::default().plan(&data).unwrap();
        assert_eq!(plan.default_file_name(Format::Png), "timeline_2022-03-21_2022-03-25.png");
        assert_eq!(plan.range_text(), "21–25 Mar 2022");
        assert!(matches!(plan.data, Cow::Borrowed(_)), "no copy without a range");
        let dated = data.index.by_time.len();
        assert_eq!(plan.events.len(), dated);
        assert_eq!(plan.articles.len(), 2);

        let us_only = ExportRequest { lanes: Some(vec!["us".into()]), ..Default::default() }.plan(&data).unwrap();
        assert_eq!(us_only.default_file_name(Format::Svg), "timeline_2022-03-23_2022-03-25.svg");
    }

    #[test]
    fn a_range_keeps_only_the_events_inside_it() {
        let data = load_sample();
        let req = ExportRequest {
            from: Some(parse_from("2022-03-24").unwrap()),
            to: Some(parse_to("2022-03-24").unwrap()),
            ..Default::default()
        };
        let plan = req.plan(&data).unwrap();
        assert_eq!(plan.default_file_name(Format::Png), "timeline_2022-03-24.png");
        for le in &plan.data.index.lanes {
            for i in 0..le.len() {
                assert!(le.hi[i] > req.from.unwrap() && le.lo[i] < req.to.unwrap());
            }
        }
        let painted: usize = plan.data.index.lanes.iter().map(|l| l.len()).sum();
        assert_eq!(painted, plan.events.len());
        assert!(plan.events.len() < data.index.by_time.len());
    }

    #[test]
    fn bad_requests_say_what_is_wrong() {
        let data = load_sample();
        let msg = |r: ExportRequest| r.plan(&data).unwrap_err().to_string();
        assert!(
            msg(ExportRequest { lanes: Some(vec!["nato".into(), "mars".into()]), ..Default::default() }).contains("unknown lane `mars`")
        );
        let m = msg(ExportRequest {
            from: Some(parse_from("2022-03-26").unwrap()),
            to: Some(parse_to("2022-03-21").unwrap()),
            ..Default::default()
        });
        assert!(m.contains("not before"), "{m}");
        assert!(msg(ExportRequest { width: 0, ..Default::default() }).contains("not 0"));
        assert!(msg(ExportRequest { height: Some(0), ..Default::default() }).contains("not 0"));
        assert!(msg(ExportRequest { scale: 0.0, ..Default::default() }).contains("--scale"));
        assert!(msg(ExportRequest { width: 30_000, scale: 4.0, ..Default::default() }).contains("at most"));
        assert!(msg(ExportRequest { hidden: vec![true; 5], ..Default::default() }).contains("hidden"));
    }
}
