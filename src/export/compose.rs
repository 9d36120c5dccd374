//! Lays out and paints one export page with the window's own painters: an
//! optional title, the timeline (`render::paint`), the legend
//! (`render::legend`), a caption and an optional "Sources" footer.
//! Used by the PNG renderer, the SVG writer and the snapshot test alike.

use super::request::{Plan, Window};
use crate::model::time::{fmt_day, parse_instant};
use crate::render::legend::paint_legend_arranged;
use crate::render::paint::{AXIS_H, GUTTER_W, LANE_PAD, ROW_H, lanes_height, plot_rect, widen_for_labels};
use crate::render::style::{TimelineStyle, lane_colors};
use crate::render::{Drawn, PaintInput, Scratch, paint};
use crate::timeline::TimeView;
use egui::text::LayoutJob;
use egui::{Align2, Color32, FontId, Galley, Id, LayerId, Order, Painter, Pos2, Rect, Stroke, TextFormat, Vec2, pos2, vec2};
use std::ops::Range;
use std::sync::Arc;

/// Space around the page content, in points.
pub const MARGIN: f32 = 16.0;
/// Space between the blocks of the page.
pub const BLOCK_GAP: f32 = 12.0;
pub const TITLE_SIZE: f32 = 22.0;
const SOURCES_SIZE: f32 = 11.0;

/// The layer every export shape is painted on.
pub fn page_layer() -> LayerId {
    LayerId::new(Order::Middle, Id::unique("chronolens-export-page"))
}

/// Where each block of the page goes, in points from the page's top-left.
#[derive(Debug, Clone)]
pub struct PageLayout {
    pub size: Vec2,
    pub title: Option<Rect>,
    /// The whole timeline: axis, lane gutter and plot.
    pub timeline: Rect,
    /// The plot (right of the gutter, below the axis).
    pub plot: Rect,
    pub view: TimeView,
    pub legend: Option<Rect>,
    pub caption: Option<Rect>,
    pub sources: Option<Rect>,
    /// Footer entries that fit (all of them unless the height was fixed).
    pub sources_shown: usize,
    /// Where each shown entry goes, from the top-left of the list (below the heading).
    pub source_places: Vec<Pos2>,
    pub source_col_w: f32,
}

/// The shapes of one event's mark, as indices into the page layer.
#[derive(Debug, Clone, PartialEq)]
pub struct EventShapes {
    pub event: u32,
    pub shapes: Range<usize>,
}

/// What was painted.
#[derive(Debug)]
pub struct Composed {
    pub layout: PageLayout,
    pub drawn: Drawn,
    /// Per drawn event mark, in painting order.
    pub events: Vec<EventShapes>,
}

/// Colours and text shared by layout and painting.
struct Look {
    style: TimelineStyle,
    colors: Vec<Color32>,
    /// Independent sources and disagreements of the events drawn.
    summaries: std::cell::RefCell<crate::corroborate::Summaries>,
}

impl Look {
    fn new(plan: &Plan) -> Self {
        let look = plan.request.appearance;
        let style = TimelineStyle { zone: plan.request.zone, ..TimelineStyle::new(plan.request.dark, look) };
        let mut colors = Vec::new();
        crate::render::style::lane_colors_for(&lane_colors(&plan.data), look, &style, &mut colors);
        Self { style, colors, summaries: Default::default() }
    }
}

/// The page's background colour.
pub fn background(plan: &Plan) -> Color32 {
    Look::new(plan).style.bg
}

fn input<'a>(plan: &'a Plan, look: &'a Look, view: TimeView, matches: Option<&'a dyn Fn(u32) -> bool>) -> PaintInput<'a> {
    PaintInput {
        data: &plan.data,
        view,
        hidden: &plan.hidden,
        arrangement: &plan.request.arrangement,
        lane_colors: &look.colors,
        selected: plan.request.selected,
        hovered: None,
        matches,
        style: &look.style,
        scroll_y: 0.0,
        summaries: &look.summaries,
        keep: None,
        only: plan.request.only.as_ref().map(|m| m.as_slice()),
        generation: 0,
    }
}

/// A painter that lays text out but paints nothing (for measuring).
fn measuring(painter: &Painter) -> Painter {
    let mut p =
        Painter::new(painter.ctx().clone(), LayerId::new(Order::Background, Id::unique("chronolens-export-measure")), Rect::EVERYTHING);
    p.set_invisible();
    p
}

fn title_galley(painter: &Painter, plan: &Plan, look: &Look, width: f32) -> Option<Arc<Galley>> {
    let title = plan.request.title.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
    Some(painter.layout(title.to_owned(), FontId::proportional(TITLE_SIZE), look.style.text, width))
}

/// Caption: what, when, how many; and the export date on the right.
fn caption_galleys(painter: &Painter, plan: &Plan, look: &Look, width: f32) -> (Arc<Galley>, Arc<Galley>) {
    let n = plan.events.len();
    let lanes = plan.visible_lanes().count();
    let name = plan.data.dataset.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| {
        std::path::Path::new(&plan.data.name).file_name().map_or(plan.data.name.clone(), |f| f.to_string_lossy().into_owned())
    });
    let left = format!(
        "{} · {n} event{} in {lanes} lane{} · {name} · times in {}",
        plan.range_text(),
        if n == 1 { "" } else { "s" },
        if lanes == 1 { "" } else { "s" },
        plan.request.zone.label()
    );
    let right = format!("exported {} · chronolens", plan.export_date);
    let font = look.style.small_font();
    let right = painter.layout_no_wrap(right, font.clone(), look.style.weak_text);
    let left = painter.layout(left, font, look.style.weak_text, (width - right.size().x - 24.0).max(width * 0.5));
    (left, right)
}

/// One footer line per cited article: number, outlet, title, date, url.
fn source_galleys(painter: &Painter, plan: &Plan, look: &Look, width: f32) -> Vec<Arc<Galley>> {
    let font = FontId::proportional(SOURCES_SIZE);
    let fmt = |color| TextFormat { font_id: font.clone(), color, ..Default::default() };
    plan.articles
        .iter()
        .enumerate()
        .map(|(i, &a)| {
            let art = &plan.data.dataset.articles[a as usize];
            let mut job = LayoutJob::default();
            job.wrap.max_width = width;
            job.append(&format!("{}. ", i + 1), 0.0, fmt(look.style.weak_text));
            if let Some(outlet) = art.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
                job.append(&format!("{} — ", outlet.trim()), 0.0, fmt(look.style.text));
            }
            job.append(&format!("“{}”", art.title.trim()), 0.0, fmt(look.style.text));
            if let Some(p) = art.published.as_deref().filter(|p| !p.trim().is_empty()) {
                let day = parse_instant(p).map(|i| fmt_day(i.secs)).unwrap_or_else(|_| p.trim().to_owned());
                job.append(&format!(" · published {day}"), 0.0, fmt(look.style.weak_text));
            }
            if let Some(url) = art.url.as_deref().filter(|u| !u.trim().is_empty()) {
                job.append(&format!(" · {}", url.trim()), 0.0, fmt(look.style.weak_text));
            }
            painter.layout_job(job)
        })
        .collect()
}

const SOURCES_HEADING_H: f32 = 20.0;
const MORE_LINE_H: f32 = 16.0;
const SOURCE_COL_MIN_W: f32 = 540.0;
const SOURCE_COL_GAP: f32 = 28.0;

/// How many footer columns fit, and their width: one for a short list.
fn source_columns(inner_w: f32, n: usize) -> (usize, f32) {
    let fit = ((inner_w + SOURCE_COL_GAP) / (SOURCE_COL_MIN_W + SOURCE_COL_GAP)).floor().max(1.0) as usize;
    let cols = fit.min(n.div_ceil(4)).clamp(1, 4);
    (cols, (inner_w - SOURCE_COL_GAP * (cols - 1) as f32) / cols as f32)
}

/// Flows footer entries of `heights` down `cols` columns: balanced when
/// `budget` is `None`, else at most `budget` high (the last column keeping a
/// line for "… and N more"). Returns each placed entry's offset, how many
/// were placed, and the height used.
fn place_sources(heights: &[f32], cols: usize, col_w: f32, budget: Option<f32>) -> (Vec<Pos2>, usize, f32) {
    const GAP_Y: f32 = 2.0;
    let total: f32 = heights.iter().map(|h| h + GAP_Y).sum();
    let tallest = heights.iter().fold(0.0f32, |a, &h| a.max(h + GAP_Y));
    let limit = budget.unwrap_or_else(|| (total / cols as f32).max(tallest));
    let mut out = Vec::with_capacity(heights.len());
    let (mut col, mut y, mut used) = (0usize, 0.0f32, 0.0f32);
    for (i, &h) in heights.iter().enumerate() {
        let need = h + GAP_Y;
        loop {
            let last_col = col + 1 == cols;
            let reserve = if budget.is_some() && last_col && i + 1 < heights.len() { MORE_LINE_H } else { 0.0 };
            // Balanced: move on once past the target; bounded: only if it does not fit.
            let full = match budget {
                None => y > 0.0 && y + need / 2.0 > limit && !last_col,
                Some(_) => y + need + reserve > limit,
            };
            if !full {
                break;
            }
            if last_col {
                let placed = out.len();
                return (out, placed, used + MORE_LINE_H);
            }
            col += 1;
            y = 0.0;
        }
        out.push(pos2(col as f32 * (col_w + SOURCE_COL_GAP), y));
        y += need;
        used = used.max(y);
    }
    let placed = out.len();
    (out, placed, used)
}

/// The view for the plot. A "full range" or `--from/--to` export keeps the
/// "Fit all" margin on the left but widens the right one until the labels of
/// the last events fit: a briefing slide should not end in "…".
fn fitted_view(painter: &Painter, plan: &Plan, look: &Look, plot_w: f32) -> TimeView {
    let base = plan.window.view(plot_w);
    let Window::Fit { lo, hi } = plan.window else { return base };
    let timeline = Rect::from_min_size(Pos2::ZERO, vec2(plot_w + GUTTER_W, AXIS_H + 100_000.0));
    widen_for_labels(painter, timeline, &input(plan, look, base, None), base, lo, hi, super::request::FIT_MARGIN_PX)
}

/// Lays the page out for `plan` (`painter` only measures text). The width is the
/// request's; the height is the request's or, without one, fits the content.
pub fn layout(painter: &Painter, plan: &Plan) -> Result<PageLayout, super::ExportError> {
    let look = Look::new(plan);
    let m = measuring(painter);
    let width = plan.request.width as f32;
    let inner_w = width - 2.0 * MARGIN;
    let title = title_galley(&m, plan, &look, inner_w);
    let title_h = title.as_ref().map_or(0.0, |g| g.size().y + BLOCK_GAP);
    let legend_h = legend_height(&m, plan, &look, inner_w);
    let caption_h = if plan.request.caption { caption_galleys(&m, plan, &look, inner_w).0.size().y + BLOCK_GAP } else { 0.0 };
    let (columns, col_w) = source_columns(inner_w, plan.articles.len());
    let sources = if plan.request.sources { source_galleys(&m, plan, &look, col_w - 4.0) } else { Vec::new() };
    let heights: Vec<f32> = sources.iter().map(|g| g.size().y).collect();
    let full_list = place_sources(&heights, columns, col_w, None);
    let sources_full_h: f32 = if plan.request.sources { SOURCES_HEADING_H + full_list.2 + BLOCK_GAP } else { 0.0 };

    let view = fitted_view(&m, plan, &look, super::request::Plan::plot_width(width));
    let lanes = plan.visible_lanes().count().max(1) as f32;
    let min_timeline_h = AXIS_H + lanes * (ROW_H + 2.0 * LANE_PAD);
    let fixed = title_h + legend_h + caption_h + 2.0 * MARGIN;
    let (height, timeline_h, source_places, sources_h) = match plan.request.height {
        None => {
            let look_input = input(plan, &look, view, None);
            let fitted = lanes_height(&m, inner_w, &look_input, &mut Scratch::default()).max(min_timeline_h);
            (fixed + fitted + sources_full_h, fitted, full_list.0, sources_full_h)
        }
        Some(h) => {
            let h = h as f32;
            check_height(plan, h, fixed + min_timeline_h, lanes)?;
            // The timeline keeps what the lanes need (up to its fitted height); the
            // footer gets the rest and is cut short with a note if needed.
            let look_input = input(plan, &look, view, None);
            let wanted = lanes_height(&m, inner_w, &look_input, &mut Scratch::default()).max(min_timeline_h);
            let footer = Footer { heights: &heights, columns, col_w, full_h: sources_full_h };
            let (timeline_h, places, used) = share_fixed_height(plan, h - fixed, min_timeline_h, wanted, &footer);
            (h, timeline_h, places, used)
        }
    };

    let blocks = Heights { title: title_h, timeline: timeline_h, legend: legend_h, caption: caption_h, sources: sources_h };
    let (title_rect, timeline, legend, caption, sources_rect) = stack_blocks(plan, title.as_ref().map(|g| g.size()), inner_w, &blocks);
    Ok(PageLayout {
        size: vec2(width, height.ceil()),
        title: title_rect,
        timeline,
        plot: plot_rect(timeline),
        view,
        legend,
        caption,
        sources: sources_rect,
        sources_shown: source_places.len(),
        source_places,
        source_col_w: col_w,
    })
}

/// The legend's height on the page, with its gap (0 without a legend).
fn legend_height(m: &Painter, plan: &Plan, look: &Look, inner_w: f32) -> f32 {
    if plan.request.legend {
        paint_legend_arranged(
            m,
            Rect::from_min_size(Pos2::ZERO, vec2(inner_w, 1000.0)),
            &plan.data,
            &plan.hidden,
            &plan.request.arrangement,
            &look.colors,
            &look.style,
        ) + BLOCK_GAP
    } else {
        0.0
    }
}

/// `--height h` must leave room for the title, legend, caption and one row per lane.
fn check_height(plan: &Plan, h: f32, without_sources: f32, lanes: f32) -> Result<(), super::ExportError> {
    if h < without_sources {
        return Err(super::ExportError::Usage(format!(
            "--height {h} is too small for {} lane{}{}: use at least {} px, or leave --height out to fit the content",
            lanes,
            if lanes == 1.0 { "" } else { "s" },
            if plan.request.legend || plan.request.caption { " with the legend and caption" } else { "" },
            without_sources.ceil()
        )));
    }
    Ok(())
}

/// The footer's list of sources as measured: entry heights and columns.
struct Footer<'a> {
    heights: &'a [f32],
    columns: usize,
    col_w: f32,
    /// With every entry, heading and gap.
    full_h: f32,
}

/// Shares `avail` (the page height less the fixed blocks) between the timeline,
/// which needs `wanted`, and the footer. Returns the timeline's height, where the
/// entries that fit go, and the footer's height.
fn share_fixed_height(plan: &Plan, avail: f32, min_timeline_h: f32, wanted: f32, footer: &Footer) -> (f32, Vec<Pos2>, f32) {
    let mut room = (avail - min_timeline_h).max(0.0);
    let mut places = Vec::new();
    let mut used = 0.0;
    if plan.request.sources && !footer.heights.is_empty() {
        let want_sources = (avail - wanted).max(0.0);
        let budget = room.min(want_sources.max(room * 0.5)).min(footer.full_h);
        let list_budget = budget - SOURCES_HEADING_H - BLOCK_GAP;
        if list_budget >= MORE_LINE_H {
            let (p, _, list_h) = place_sources(footer.heights, footer.columns, footer.col_w, Some(list_budget));
            places = p;
            used = SOURCES_HEADING_H + list_h + BLOCK_GAP;
        }
        room -= used;
    }
    (min_timeline_h + room, places, used)
}

/// Heights of the page's blocks, each with the gap below it.
struct Heights {
    title: f32,
    timeline: f32,
    legend: f32,
    caption: f32,
    sources: f32,
}

/// The blocks' rectangles, top to bottom: title, timeline, legend, caption, sources.
fn stack_blocks(
    plan: &Plan,
    title_size: Option<Vec2>,
    inner_w: f32,
    h: &Heights,
) -> (Option<Rect>, Rect, Option<Rect>, Option<Rect>, Option<Rect>) {
    let mut y = MARGIN;
    let title_rect = title_size.map(|size| {
        let r = Rect::from_min_size(pos2(MARGIN, y), size);
        y += h.title;
        r
    });
    let timeline = Rect::from_min_size(pos2(MARGIN, y), vec2(inner_w, h.timeline));
    y += h.timeline + BLOCK_GAP;
    let legend = plan.request.legend.then(|| {
        let r = Rect::from_min_size(pos2(MARGIN, y), vec2(inner_w, h.legend - BLOCK_GAP));
        y += h.legend;
        r
    });
    let caption = plan.request.caption.then(|| {
        let r = Rect::from_min_size(pos2(MARGIN, y), vec2(inner_w, h.caption - BLOCK_GAP));
        y += h.caption;
        r
    });
    let sources_rect =
        (plan.request.sources && h.sources > 0.0).then(|| Rect::from_min_size(pos2(MARGIN, y), vec2(inner_w, h.sources - BLOCK_GAP)));
    (title_rect, timeline, legend, caption, sources_rect)
}

/// Paints the page laid out by [`layout`] with `painter` (whose layer must hold
/// nothing else, so that [`Composed::events`] indexes it). `painter`'s origin is
/// the page's top-left.
pub fn paint_page(painter: &Painter, plan: &Plan, layout: &PageLayout) -> Composed {
    let look = Look::new(plan);
    let style = &look.style;
    let page = Rect::from_min_size(Pos2::ZERO, layout.size);
    let painter = painter.with_clip_rect(page);
    // The page's background around the timeline (which paints its own): no
    // overdraw, which is what a software rasterizer pays for at 4K and up.
    let t = layout.timeline;
    for r in [
        Rect::from_min_max(page.min, pos2(page.right(), t.top())),
        Rect::from_min_max(pos2(page.left(), t.bottom()), page.max),
        Rect::from_min_max(pos2(page.left(), t.top()), pos2(t.left(), t.bottom())),
        Rect::from_min_max(pos2(t.right(), t.top()), pos2(page.right(), t.bottom())),
    ] {
        if r.is_positive() {
            painter.rect_filled(r, 0.0, style.bg);
        }
    }
    let inner_w = layout.timeline.width();

    if let Some(r) = layout.title
        && let Some(g) = title_galley(&painter, plan, &look, inner_w)
    {
        painter.galley(r.min, g, style.text);
    }

    // The timeline, with the window's painter; it records each mark's shapes,
    // so the SVG can group them per event.
    let paint_input = input(plan, &look, layout.view, None);
    let mut drawn = Drawn::default();
    paint(&painter, layout.timeline, &paint_input, &mut Scratch::default(), &mut drawn);
    painter.rect_stroke(layout.timeline, 0.0, Stroke::new(1.0, style.grid_major), egui::StrokeKind::Outside);
    let events = drawn.marks.iter().map(|m| EventShapes { event: m.event, shapes: m.shapes.clone() }).collect();

    if let Some(r) = layout.legend {
        paint_legend_arranged(&painter, r, &plan.data, &plan.hidden, &plan.request.arrangement, &look.colors, style);
    }
    if let Some(r) = layout.caption {
        let (left, right) = caption_galleys(&painter, plan, &look, inner_w);
        painter.hline(r.x_range(), r.top() - BLOCK_GAP / 2.0, Stroke::new(1.0, style.grid_minor));
        painter.galley(r.left_top(), left, style.weak_text);
        painter.galley(pos2(r.right() - right.size().x, r.top()), right, style.weak_text);
    }
    if let Some(r) = layout.sources {
        let galleys = source_galleys(&painter, plan, &look, layout.source_col_w - 4.0);
        let n = galleys.len();
        painter.text(
            r.left_top(),
            Align2::LEFT_TOP,
            format!("Sources ({n} article{} cited by the events shown)", if n == 1 { "" } else { "s" }),
            FontId::proportional(13.0),
            style.text,
        );
        let top = r.left_top() + vec2(4.0, SOURCES_HEADING_H);
        let mut bottom = top.y;
        for (g, p) in galleys.iter().zip(&layout.source_places) {
            bottom = bottom.max(top.y + p.y + g.size().y + 2.0);
            painter.galley(top + p.to_vec2(), g.clone(), style.text);
        }
        let more = n - layout.sources_shown.min(n);
        if more > 0 {
            let text = format!("… and {more} more article{} (export without --height to list them all)", if more == 1 { "" } else { "s" });
            let x = layout.source_places.last().map_or(0.0, |p| p.x);
            painter.text(pos2(top.x + x, bottom), Align2::LEFT_TOP, text, FontId::proportional(SOURCES_SIZE), style.weak_text);
        }
    }
    Composed { layout: layout.clone(), drawn, events }
}

/// Lays out and paints the page in one go (the layer of `painter` must be empty).
pub fn compose(painter: &Painter, plan: &Plan) -> Result<Composed, super::ExportError> {
    let layout = layout(painter, plan)?;
    Ok(paint_page(painter, plan, &layout))
}

/// The page size for `plan`, measured in a scratch egui context at the request's scale.
pub fn page_size(plan: &Plan) -> Result<Vec2, super::ExportError> {
    let ctx = egui::Context::default();
    let mut result = None;
    ctx.run_ui(super::raw_input(vec2(plan.request.width as f32, 1000.0), plan.request.scale), |ui| {
        result = Some(layout(&ui.ctx().layer_painter(page_layer()), plan).map(|l| l.size));
    })
    .drop_without_applying_deltas();
    result.expect("the pass ran")
}
