//! Paints the timeline (axis, lanes, marks, labels) into a rectangle. It is
//! the one painter for the window and for exported images: the widget adds
//! interaction on top of what this returns, the exporter only calls it.

use super::actors::{ActorBands, group_by_actor};
use super::geometry::{BEFORE_WHISKER, MarkGeom, MarkKind, SHORT_WHISKER, mark_geometry};
use crate::corroborate::Summaries;
use crate::model::Loaded;
use crate::model::zone::Zone;
use crate::render::marks::{MARK_R, paint_draft_box, paint_mark, with_alpha};
use crate::render::style::TimelineStyle;
use crate::timeline::stack::{GAP, MIN_LABEL_ROOM};
use crate::timeline::{Item, Placed, Stacker, TimeView};
use egui::text::{LayoutJob, TextWrapping};
use egui::{Align2, Color32, Galley, Mesh, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};
use std::cell::RefCell;
use std::sync::Arc;

pub const GUTTER_W: f32 = 150.0;
pub const AXIS_H: f32 = 40.0;
pub const ROW_H: f32 = 22.0;
pub const LANE_PAD: f32 = 5.0;
pub const MAX_ROWS: usize = 16;
/// Above this many events longer than the view, a lane notes them instead of drawing each.
const MAX_LONG_MARKS: usize = 24;
/// Height, in rows, of a lane drawn as a density strip.
pub const DENSE_ROWS: usize = 2;
/// Pixel width of one density bucket when a lane is drawn as a density strip.
pub const BUCKET_PX: f32 = 3.0;
/// A lane switches to a density strip above this many marks per 100 px.
const MARKS_PER_100PX: f32 = 12.0;

/// Everything that decides what the picture shows.
pub struct PaintInput<'a> {
    pub data: &'a Loaded,
    pub view: TimeView,
    /// Per lane.
    pub hidden: &'a [bool],
    /// The order of the lanes and which are collapsed to one row.
    pub arrangement: &'a super::arrange::LaneArrangement,
    pub lane_colors: &'a [Color32],
    pub selected: Option<u32>,
    pub hovered: Option<u32>,
    /// Events not matching the current search are faded; `None`: no search.
    pub matches: Option<&'a dyn Fn(u32) -> bool>,
    pub style: &'a TimelineStyle,
    /// How far the lanes are scrolled up, when they are taller than the plot.
    pub scroll_y: f32,
    /// Sources per event, independent ones, disagreements: learned for the
    /// events drawn, kept until the data changes.
    pub summaries: &'a RefCell<Summaries>,
    /// Events left out by a filter are not drawn; `None`: no filter.
    pub keep: Option<&'a dyn Fn(u32) -> bool>,
    /// The same, as a mask over all events (exports: computed once).
    pub only: Option<&'a [bool]>,
    /// Bumped on each edit: lanes split by actor group their events again.
    pub generation: u64,
}

/// A mark as drawn, for hit-testing and accessibility.
#[derive(Debug, Clone)]
pub struct DrawnMark {
    pub event: u32,
    pub rect: Rect,
    /// The mark's shapes in the painter's layer (for grouping them in an SVG).
    pub shapes: std::ops::Range<usize>,
    /// The label was shortened or left out because the plot ended.
    pub label_cut: bool,
}

/// A density bucket of a dense lane.
#[derive(Debug, Clone, Copy)]
pub struct DrawnCluster {
    pub lane: u16,
    pub rect: Rect,
    pub t0: i64,
    pub t1: i64,
    pub count: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct DrawnLane {
    pub lane: u16,
    /// The lane band across the plot.
    pub rect: Rect,
    /// Drawn as a density strip (too many events for marks).
    pub dense: bool,
    /// Its label in the gutter (for dragging it and its context menu).
    pub label: Rect,
    pub collapsed: bool,
    /// One actor's band of a lane split by actor.
    pub band: Option<u16>,
}

/// What was drawn this frame (buffers reused across frames).
#[derive(Debug)]
pub struct Drawn {
    pub plot: Rect,
    pub marks: Vec<DrawnMark>,
    pub clusters: Vec<DrawnCluster>,
    pub lanes: Vec<DrawnLane>,
    /// Triangles-worth of work, for the benchmark.
    pub mark_count: usize,
    /// Height of all the lanes, which may exceed the plot (then they scroll).
    pub content_height: f32,
    /// Every shown lane's top and height within that content (scrolled or not).
    pub lane_spans: Vec<(u16, f32, f32)>,
}

impl Default for Drawn {
    fn default() -> Self {
        Self {
            plot: Rect::NOTHING,
            marks: Vec::new(),
            clusters: Vec::new(),
            lanes: Vec::new(),
            mark_count: 0,
            content_height: 0.0,
            lane_spans: Vec::new(),
        }
    }
}

/// Buffers kept between frames so that painting allocates nothing in steady state.
#[derive(Default)]
pub struct Scratch {
    stacker: Stacker,
    positions: Vec<u32>,
    lanes: Vec<LaneLayout>,
    /// Lanes split by actor: their bands, as of a data generation.
    actors: Vec<(u16, u64, ActorBands)>,
}

impl Scratch {
    /// The actor of a band of a split lane, as last laid out.
    pub fn band_name(&self, lane: u16, band: u16) -> Option<&str> {
        let (_, _, b) = self.actors.iter().find(|a| a.0 == lane)?;
        b.names.get(band as usize).map(String::as_str)
    }
}

/// Groups the events of the split lanes by actor, unless done for this generation.
fn update_actor_bands(cache: &mut Vec<(u16, u64, ActorBands)>, input: &PaintInput, lanes: &[u16]) {
    cache.retain(|(l, g, b)| {
        lanes.contains(l)
            && input.arrangement.is_split(*l)
            && *g == input.generation
            && b.band_of.len() == input.data.index.lanes[*l as usize].order.len()
    });
    for &l in lanes.iter().filter(|&&l| input.arrangement.is_split(l)) {
        if !cache.iter().any(|a| a.0 == l) {
            let events = &input.data.dataset.events;
            let order = &input.data.index.lanes[l as usize].order;
            cache.push((l, input.generation, group_by_actor(order.iter().map(|&e| events[e as usize].actor.as_deref()))));
        }
    }
}

#[derive(Default)]
struct LaneLayout {
    lane: u16,
    /// One actor's band of a split lane.
    band: Option<u16>,
    dense: bool,
    /// Drawn in one row (the analyst collapsed it): marks overlap.
    collapsed: bool,
    /// About how many events longer than the view were left out (0: none).
    long_hidden: usize,
    rows: usize,
    placed: Vec<Placed>,
    items: Vec<Item>,
    /// Per slot (`Item::event`): the event, its mark and its label.
    events: Vec<u32>,
    geoms: Vec<MarkGeom>,
    galleys: Vec<Arc<Galley>>,
    /// Independent sources of each slot's event where more than one (0: none shown).
    counts: Vec<usize>,
}

/// The plot area (right of the gutter, below the axis) of a timeline drawn in `rect`.
pub fn plot_rect(rect: Rect) -> Rect {
    Rect::from_min_max(pos2(rect.left() + GUTTER_W, rect.top() + AXIS_H), rect.max)
}

/// Paints the whole timeline into `rect` and records what was drawn in `out`.
pub fn paint(painter: &Painter, rect: Rect, input: &PaintInput, scratch: &mut Scratch, out: &mut Drawn) {
    out.marks.clear();
    out.clusters.clear();
    out.lanes.clear();
    out.lane_spans.clear();
    out.mark_count = 0;
    let style = input.style;
    let plot = plot_rect(rect);
    out.plot = plot;
    painter.rect_filled(rect, 0.0, style.bg);

    let visible_lanes = visible_lanes(input);
    layout_lanes(painter, plot, input, &visible_lanes, scratch, true);

    let (bands, y) = paint_lane_bands(painter, plot, input, scratch, out);
    paint_axis(painter, rect, plot, input, y);

    let gutter = Rect::from_min_max(pos2(rect.left(), plot.top()), pos2(plot.left(), rect.bottom()));
    painter.rect_filled(gutter, 0.0, style.gutter_bg);
    let gutter_clip = painter.with_clip_rect(Rect::from_min_max(gutter.min, pos2(plot.right(), rect.bottom())));
    let painter = &gutter_clip;
    paint_lane_labels(painter, rect, plot, input, scratch, &bands, out);
    painter.line_segment([pos2(plot.left(), rect.top()), pos2(plot.left(), rect.bottom())], Stroke::new(1.0, style.grid_major));

    paint_lane_contents(painter, plot, input, scratch, &bands, out);
    if input.data.dataset.events.is_empty() {
        painter.text(plot.center(), Align2::CENTER_CENTER, "No events in this dataset", style.font(), style.weak_text);
    } else if scratch.lanes.is_empty() {
        painter.text(plot.center(), Align2::CENTER_CENTER, "All lanes are hidden", style.font(), style.weak_text);
    }
}

/// Lane bands: alternate backgrounds, and where each lane lies. Returns the
/// bands and the bottom of the last one.
fn paint_lane_bands(painter: &Painter, plot: Rect, input: &PaintInput, scratch: &Scratch, out: &mut Drawn) -> (Vec<Rect>, f32) {
    let mut y = plot.top() - input.scroll_y;
    let mut bands = Vec::with_capacity(scratch.lanes.len());
    let lanes_clip = painter.with_clip_rect(plot);
    for (i, ll) in scratch.lanes.iter().enumerate() {
        let h = ll.rows.max(1) as f32 * ROW_H + 2.0 * LANE_PAD;
        let band = Rect::from_min_max(pos2(plot.left(), y), pos2(plot.right(), y + h));
        if i % 2 == 1 {
            lanes_clip.rect_filled(band, 0.0, input.style.lane_alt_bg);
        }
        bands.push(band);
        out.lane_spans.push((ll.lane, y + input.scroll_y - plot.top(), h));
        y += h;
    }
    out.content_height = y + input.scroll_y - plot.top();
    (bands, y)
}

/// The gutter: each lane's colour, label and bottom rule.
fn paint_lane_labels(painter: &Painter, rect: Rect, plot: Rect, input: &PaintInput, scratch: &Scratch, bands: &[Rect], out: &mut Drawn) {
    let style = input.style;
    for (ll, band) in scratch.lanes.iter().zip(bands) {
        if band.bottom() < plot.top() || band.top() > plot.bottom() {
            continue; // scrolled out of view
        }
        let color = input.lane_colors[ll.lane as usize];
        let label_rect = Rect::from_min_max(pos2(rect.left(), band.top()), pos2(plot.left(), band.bottom()));
        painter.rect_filled(Rect::from_min_size(label_rect.min + vec2(0.0, 1.0), vec2(5.0, label_rect.height() - 2.0)), 0.0, color);
        let text_pos = pos2(label_rect.left() + 12.0, label_rect.top() + LANE_PAD + ROW_H / 2.0);
        // A collapsed lane shows a small right-pointing triangle before its label.
        let indent = if ll.collapsed { 10.0 } else { 0.0 };
        if ll.collapsed {
            let c = text_pos + vec2(2.0, 0.0);
            let tri = vec![c + vec2(-3.0, -4.5), c + vec2(3.5, 0.0), c + vec2(-3.0, 4.5)];
            painter.add(Shape::convex_polygon(tri, style.weak_text, Stroke::NONE));
        }
        let (label, font) = lane_label(input, scratch, ll);
        let galley = elided(painter, &label, font, style.text, GUTTER_W - 18.0 - indent);
        painter.galley(text_pos + vec2(indent, -galley.size().y / 2.0), galley, style.text);
        painter.line_segment([pos2(rect.left(), band.bottom()), pos2(plot.right(), band.bottom())], Stroke::new(1.0, style.grid_minor));
        out.lanes.push(DrawnLane {
            lane: ll.lane,
            rect: *band,
            dense: ll.dense,
            label: label_rect,
            collapsed: ll.collapsed,
            band: ll.band,
        });
    }
}

/// A lane's label and its font: with the actor for a band of a split lane.
fn lane_label(input: &PaintInput, scratch: &Scratch, ll: &LaneLayout) -> (String, egui::FontId) {
    let style = input.style;
    let lane = &input.data.dataset.lanes[ll.lane as usize];
    let actor = ll.band.and_then(|b| scratch.actors.iter().find(|a| a.0 == ll.lane).map(|a| (b, &a.2)));
    // Its marks overlap in one row: say how many events the lane holds.
    match actor {
        Some((b, bands)) => {
            let name = &bands.names[b as usize];
            let size = bands.sizes[b as usize];
            let label = if ll.collapsed { format!("{} · {name} ({size})", lane.label) } else { format!("{} · {name}", lane.label) };
            (label, style.small_font())
        }
        None if ll.collapsed => (format!("{} ({})", lane.label, input.data.index.lanes[ll.lane as usize].order.len()), style.font()),
        None => (lane.label.clone(), style.font()),
    }
}

/// Marks or density strips of each lane in view, clipped to the plot.
fn paint_lane_contents(painter: &Painter, plot: Rect, input: &PaintInput, scratch: &Scratch, bands: &[Rect], out: &mut Drawn) {
    let clip = painter.with_clip_rect(plot);
    for (ll, band) in scratch.lanes.iter().zip(bands) {
        if band.bottom() < plot.top() || band.top() > plot.bottom() {
            continue;
        }
        let color = input.lane_colors[ll.lane as usize];
        if ll.dense {
            paint_density(&clip, *band, ll.lane, input, color, out);
        } else {
            paint_marks(&clip, *band, ll, input, color, out);
            if ll.long_hidden > 0 {
                lane_note(
                    &clip,
                    *band,
                    &format!("up to {} longer events (weeks to years) span this view: zoom out to see them", ll.long_hidden),
                    input.style,
                );
            }
        }
    }
}

/// `fill`: density strips take the height the other lanes leave (when drawing,
/// not when measuring the height the lanes need).
fn layout_lanes(painter: &Painter, plot: Rect, input: &PaintInput, visible_lanes: &[u16], scratch: &mut Scratch, fill: bool) {
    let view = &input.view;
    let (a, b) = reach(view, plot.width(), &input.style.zone);
    let dense_limit = dense_limit(plot.width());

    let view_len = b.saturating_sub(a);
    let short = |max_len: i64| max_len / 4 < view_len;
    // A split lane: one entry per actor band, unless it is a density strip now
    // (telling its bands apart would mean visiting every event in view).
    update_actor_bands(&mut scratch.actors, input, visible_lanes);
    let entries = lane_entries(input, &scratch.actors, visible_lanes, (a, b), dense_limit);
    scratch.lanes.resize_with(entries.len(), LaneLayout::default);
    scratch.lanes.truncate(entries.len());
    for (slot, &(lane, band)) in entries.iter().enumerate() {
        let events = &input.data.index.lanes[lane as usize];
        let band_of = band.and_then(|_| scratch.actors.iter().find(|x| x.0 == lane)).map(|x| x.2.band_of.as_slice());
        let ll = &mut scratch.lanes[slot];
        reset_lane(ll, lane, band, input);
        // Events longer than the view (a month seen at the scale of hours) are
        // not what makes a view dense: count them apart, and show them one by
        // one only while they are few.
        // A length class holds events from a quarter of its bound up to the bound:
        // only classes whose every member is longer than the view count as long.
        ll.long_hidden = 0;
        if events.overlapping_bound_by_length(a, b, short) > dense_limit {
            ll.dense = true;
            ll.rows = if ll.collapsed { 1 } else { DENSE_ROWS };
            continue;
        }
        ll.dense = false;
        let long = events.overlapping_bound_by_length(a, b, |m| !short(m));
        if long > MAX_LONG_MARKS {
            events.overlapping_by_length(a, b, short, &mut scratch.positions);
            ll.long_hidden = long;
        } else {
            events.overlapping(a, b, &mut scratch.positions);
        }
        for &pos in &scratch.positions {
            if band_of.is_some_and(|bo| band.is_some_and(|b| bo.get(pos as usize) != Some(&b))) {
                continue; // another actor's band
            }
            let e = events.order[pos as usize];
            if input.keep.is_some_and(|keep| !keep(e)) || input.only.is_some_and(|m| !m.get(e as usize).copied().unwrap_or(false)) {
                continue;
            }
            lay_out_mark(painter, input, ll, e);
        }
        // Collapsed: one row, the note (if any) in the same row as the marks.
        let max_rows = if ll.collapsed { 1 } else { MAX_ROWS };
        ll.rows = scratch.stacker.stack(&ll.items, max_rows, &mut ll.placed).max(1) + note_rows(ll);
    }
    share_lane_height(scratch, plot, fill);
}

/// The lanes to lay out: a lane, or each actor band of a split lane.
fn lane_entries(
    input: &PaintInput,
    actors: &[(u16, u64, ActorBands)],
    visible_lanes: &[u16],
    (a, b): (i64, i64),
    dense_limit: usize,
) -> Vec<(u16, Option<u16>)> {
    let view_len = b.saturating_sub(a);
    let short = |max_len: i64| max_len / 4 < view_len;
    let mut entries = Vec::with_capacity(visible_lanes.len());
    for &lane in visible_lanes {
        let bands = actors.iter().find(|x| x.0 == lane).map_or(0, |x| x.2.names.len());
        if bands > 0 && input.data.index.lanes[lane as usize].overlapping_bound_by_length(a, b, short) <= dense_limit {
            entries.extend((0..bands as u16).map(|band| (lane, Some(band))));
        } else {
            entries.push((lane, None));
        }
    }
    entries
}

/// Reuses a slot of the layout for `lane` (or one of its bands): its buffers keep their capacity.
fn reset_lane(ll: &mut LaneLayout, lane: u16, band: Option<u16>, input: &PaintInput) {
    ll.lane = lane;
    ll.band = band;
    ll.collapsed = input.arrangement.is_collapsed(lane);
    ll.placed.clear();
    ll.items.clear();
    ll.geoms.clear();
    ll.galleys.clear();
    ll.events.clear();
    ll.counts.clear();
}

/// Measures event `e`'s mark and label and adds them to the lane `ll`.
fn lay_out_mark(painter: &Painter, input: &PaintInput, ll: &mut LaneLayout, e: u32) {
    let ev = &input.data.dataset.events[e as usize];
    let span = input.data.index.spans[e as usize].get().expect("indexed events are dated");
    let g = mark_geometry(ev.precision, input.style.zone.on_clock(ev.precision, span), &input.view).icon_in_view();
    let galley = painter.layout_no_wrap(ev.title.to_string(), input.style.font(), input.style.text);
    // Several independent sources: a count chip just before the label.
    let count =
        if ev.sources.len() > 1 { input.summaries.borrow_mut().get(&input.data.dataset, &input.data.index, e).independent } else { 1 };
    let chip = if count > 1 { CHIP_W } else { 0.0 };
    // Inside a bar when the whole label fits there; otherwise after the mark,
    // so that no bar edge or whisker ever crosses the text.
    let inside = g.icon_x + MARK_R + 5.0;
    let (label_x, x1) = match g.kind {
        MarkKind::SolidBar | MarkKind::FadedBar if inside + chip + galley.size().x + 3.0 <= g.x1 => (inside + chip, g.x1),
        // The chip belongs to the mark: the stacker keeps it clear even when the label has no room.
        _ => (g.x1 + GAP + chip, g.x1 + chip),
    };
    // `Item::event` is the slot in this lane's vectors; `placed` keeps item order.
    ll.items.push(Item { event: ll.events.len() as u32, x0: g.x0, x1, label_x, label_w: galley.size().x });
    ll.counts.push(if count > 1 { count } else { 0 });
    ll.events.push(e);
    ll.geoms.push(g);
    ll.galleys.push(galley);
}

/// Gives density strips the height left over, then caps the tallest lanes
/// when they do not all fit.
fn share_lane_height(scratch: &mut Scratch, plot: Rect, fill: bool) {
    // Density strips take the height the other lanes leave (up to MAX_ROWS each):
    // six dense lanes of a large file would otherwise sit in the top third.
    let lane_h = |rows: usize| rows as f32 * ROW_H + 2.0 * LANE_PAD;
    let used: f32 = scratch.lanes.iter().map(|l| lane_h(l.rows)).sum();
    let dense = scratch.lanes.iter().filter(|l| l.dense && !l.collapsed).count();
    if fill && dense > 0 && used < plot.height() {
        let extra = ((plot.height() - used) / ROW_H / dense as f32).floor() as usize;
        for ll in scratch.lanes.iter_mut().filter(|l| l.dense && !l.collapsed) {
            ll.rows = (DENSE_ROWS + extra).min(MAX_ROWS);
        }
    }

    // Share the height: if the lanes do not fit, cap the tallest ones (water-filling)
    // and stack them again with fewer rows: labels shrink, but a lane keeps the
    // rows its marks need not to hide one another (the lanes scroll instead).

    let total: f32 = scratch.lanes.iter().map(|l| lane_h(l.rows)).sum();
    if total > plot.height() {
        let fits = |cap: usize| scratch.lanes.iter().map(|l| lane_h(l.rows.min(cap))).sum::<f32>() <= plot.height();
        let cap = (1..MAX_ROWS).rev().find(|&c| fits(c)).unwrap_or(1);
        for ll in scratch.lanes.iter_mut().filter(|l| !l.dense && l.rows > cap) {
            let note = note_rows(ll);
            let marks = if ll.collapsed { 1 } else { scratch.stacker.rows_for_marks(&ll.items, MAX_ROWS) };
            let rows = cap.saturating_sub(note).max(marks).max(1);
            ll.rows = scratch.stacker.stack(&ll.items, rows, &mut ll.placed).max(1) + note;
        }
    }
}

/// A lane that notes left-out long events keeps its first row for the note
/// (a collapsed lane has one row only, the note over its marks).
fn note_rows(ll: &LaneLayout) -> usize {
    usize::from(ll.long_hidden > 0 && !ll.collapsed)
}

/// The time range whose events may show: the view plus room for whiskers and labels.
/// In a zone east of UTC calendar dates are drawn earlier by the offset
/// (`Zone::on_clock`), west of it later: dates that far past the view's other
/// edge may be drawn in it (an hour more for a clock change within the view).
fn reach(view: &TimeView, width: f32, zone: &Zone) -> (i64, i64) {
    let pad = ((BEFORE_WHISKER + 20.0) as f64 * view.secs_per_px) as i64;
    let (a, b) = view.visible(width as f64);
    let off = if *zone == Zone::Utc { 0 } else { zone.offset_at(a / 2 + b / 2) };
    let (before, after) = match off {
        0 => (0, 0),
        o if o > 0 => (0, o + 3600),
        o => (3600 - o, 0),
    };
    (a.saturating_sub(pad + before), b.saturating_add(pad + after))
}

/// Above this many candidate events a lane is drawn as a density strip.
pub fn dense_limit(plot_width: f32) -> usize {
    (plot_width / 100.0 * MARKS_PER_100PX).max(20.0) as usize
}

fn paint_axis(painter: &Painter, rect: Rect, plot: Rect, input: &PaintInput, lanes_bottom: f32) {
    let style = input.style;
    let axis_rect = Rect::from_min_max(pos2(plot.left(), rect.top()), pos2(rect.right(), plot.top()));
    painter.rect_filled(Rect::from_min_max(rect.min, pos2(rect.right(), plot.top())), 0.0, style.axis_bg);
    let char_px = 7.0 * style.font_size / 13.0;
    let ax = crate::timeline::ticks::axis_in(&input.view, plot.width() as f64, char_px as f64, &style.zone);
    let grid_bottom = lanes_bottom.max(plot.bottom());
    let clip = painter.with_clip_rect(Rect::from_min_max(axis_rect.min, pos2(rect.right(), grid_bottom)));
    let mut last_label_end = f32::NEG_INFINITY;
    let mut last_minor_end = f32::NEG_INFINITY;
    // Majors first so that minor labels give way to them.
    for major_pass in [true, false] {
        for t in ax.ticks.iter().filter(|t| t.major == major_pass) {
            let x = plot.left() + input.view.x(t.t as f64) as f32;
            if x < plot.left() - 1.0 || x > plot.right() + 1.0 {
                continue;
            }
            let (grid, tick_h) = if t.major { (style.grid_major, 10.0) } else { (style.grid_minor, 5.0) };
            clip.line_segment([pos2(x, plot.top()), pos2(x, grid_bottom)], Stroke::new(1.0, grid));
            clip.line_segment([pos2(x, plot.top() - tick_h), pos2(x, plot.top())], Stroke::new(1.0, style.weak_text));
            let Some(label) = &t.label else { continue };
            let (font, color) = if t.major { (style.font(), style.text) } else { (style.small_font(), style.weak_text) };
            let galley = painter.layout_no_wrap(label.clone(), font, color);
            let lx = x + 3.0;
            let w = galley.size().x;
            if lx + w > rect.right() - 2.0 {
                continue; // would be cut at the edge
            }
            if t.major {
                if lx < last_label_end + 4.0 {
                    continue;
                }
                last_label_end = lx + w;
                clip.galley(pos2(lx, plot.top() - 12.0 - galley.size().y), galley, color);
            } else {
                if lx < last_minor_end + 4.0 || ax.ticks.iter().any(|m| m.major && overlaps_label(&input.view, plot, m.t, lx, w)) {
                    continue;
                }
                last_minor_end = lx + w;
                clip.galley(pos2(lx, plot.top() - 7.0 - galley.size().y), galley, color);
            }
        }
    }
    if !ax.context.is_empty() {
        let galley = painter.layout_no_wrap(ax.context.clone(), style.small_font(), style.weak_text);
        let pos = pos2(rect.left() + 12.0, plot.top() - 8.0 - galley.size().y);
        painter.galley(pos, galley, style.weak_text);
    }
    let zone = elided(painter, &ax.zone, style.small_font(), style.weak_text, GUTTER_W - 18.0);
    painter.galley(pos2(rect.left() + 12.0, rect.top() + 6.0), zone, style.weak_text);
    painter.line_segment([pos2(rect.left(), plot.top()), pos2(rect.right(), plot.top())], Stroke::new(1.0, style.grid_major));
}

/// Whether a minor label at `[lx, lx + w]` would run into the major label of the tick at `t`.
fn overlaps_label(view: &TimeView, plot: Rect, t: i64, lx: f32, w: f32) -> bool {
    let mx = plot.left() + view.x(t as f64) as f32;
    lx < mx + 80.0 && lx + w > mx - 2.0
}

fn paint_marks(painter: &Painter, band: Rect, ll: &LaneLayout, input: &PaintInput, color: Color32, out: &mut Drawn) {
    let style = input.style;
    let left = band.left();
    let layer = painter.layer_id();
    let shape_count = || painter.ctx().graphics(|g| g.get(layer).map_or(0, |l| l.next_idx().0));
    for p in &ll.placed {
        let first_shape = shape_count();
        let slot = p.item.event as usize;
        let e = ll.events[slot];
        let g = &ll.geoms[slot];
        let ev = &input.data.dataset.events[e as usize];
        let cy = band.top() + LANE_PAD + (p.row as usize + note_rows(ll)) as f32 * ROW_H + ROW_H / 2.0;
        let faded = input.matches.is_some_and(|m| !m(e));
        let alpha = if faded { 0.25 } else { 1.0 };
        let lane_color = with_alpha(color, alpha);
        let text_color = with_alpha(style.text, alpha);
        let ix = left + g.icon_x;
        let (x0, x1) = (left + g.bar.0, left + g.bar.1);
        let bar_rect = Rect::from_min_max(pos2(x0, cy - ROW_H / 2.0 + 3.0), pos2(x1, cy + ROW_H / 2.0 - 3.0));
        // A mark that overflowed the lane's rows shows its icon over a hairline of
        // its extent: stacked bars would cover the lane in solid colour.
        let kind = if p.overflow { MarkKind::Point } else { g.kind };
        if p.overflow && g.bar.1 - g.bar.0 > 1.0 {
            painter.line_segment([pos2(x0, cy), pos2(x1, cy)], Stroke::new(1.0, with_alpha(color, 0.5 * alpha)));
        }
        paint_extent(painter, kind, bar_rect, pos2(ix, cy), color, alpha, style);
        paint_mark(painter, ev.kind, ev.verification, pos2(ix, cy), MARK_R, lane_color, style.bg, text_color, style.line);
        if ev.is_draft() {
            paint_draft_box(painter, pos2(ix, cy), text_color, style.line);
        }
        if ev.sources.len() > 1 {
            let summary = input.summaries.borrow_mut().get(&input.data.dataset, &input.data.index, e);
            paint_disagreement(painter, pos2(ix, cy), summary, style, alpha);
        }
        if ll.counts[slot] > 1 {
            let chip = Rect::from_min_size(pos2(left + p.item.label_x - CHIP_W, cy - 7.0), vec2(CHIP_W - 3.0, 14.0));
            paint_count_chip(painter, chip, ll.counts[slot], style, alpha);
        }
        let hit = Rect::from_min_max(pos2(left + g.x0, cy - ROW_H / 2.0 + 2.0), pos2(left + g.x1, cy + ROW_H / 2.0 - 2.0));
        let mut hit = hit.union(Rect::from_center_size(pos2(ix, cy), vec2(2.0 * MARK_R + 6.0, ROW_H - 4.0)));
        // Label: from `label_x`, in the room the stacker left.
        // Labels end at the plot's edge rather than being cut mid-letter.
        let edge_room = band.width() - p.item.label_x - 2.0;
        let label_cut = p.label_room > 0.0 && edge_room < p.label_room;
        let room = p.label_room.min(edge_room);
        if let Some(galley) = ll.galleys.get(slot)
            && room >= MIN_LABEL_ROOM.min(galley.size().x)
        {
            let size = galley.size();
            let pos = pos2(left + p.item.label_x, cy - size.y / 2.0);
            let galley = if room + 0.5 >= size.x { galley.clone() } else { elided(painter, &ev.title, style.font(), style.text, room) };
            hit = hit.union(Rect::from_min_size(pos, galley.size()));
            painter.galley(pos, galley, text_color);
        }
        if input.selected == Some(e) || input.hovered == Some(e) {
            let c = if input.selected == Some(e) { style.selection } else { style.weak_text };
            painter.rect_stroke(hit.expand(2.0), 4.0, style.stroke(2.0, c), StrokeKind::Outside);
        }
        out.marks.push(DrawnMark { event: e, rect: hit.intersect(painter.clip_rect()), shapes: first_shape..shape_count(), label_cut });
        out.mark_count += 1;
    }
}

/// What a mark shows of its dates besides its icon at `at`: a bar, a whisker,
/// a fading line into the past, or a question mark.
fn paint_extent(painter: &Painter, kind: MarkKind, bar_rect: Rect, at: Pos2, color: Color32, alpha: f32, style: &TimelineStyle) {
    let (ix, cy) = (at.x, at.y);
    let (x0, x1) = (bar_rect.left(), bar_rect.right());
    let lane_color = with_alpha(color, alpha);
    let text_color = with_alpha(style.text, alpha);
    match kind {
        MarkKind::Point => {}
        MarkKind::SolidBar => {
            painter.rect(bar_rect, 3.0, with_alpha(color, 0.30 * alpha), style.stroke(1.0, lane_color), StrokeKind::Inside);
        }
        MarkKind::FadedBar => {
            painter.rect_filled(bar_rect, 3.0, with_alpha(color, 0.13 * alpha));
            // Along the bottom edge, clear of a label inside the bar.
            whisker(painter, x0, x1, bar_rect.bottom() - 1.0, style.stroke(1.2, lane_color));
        }
        MarkKind::FadedPoint => {
            let w = MARK_R + 1.5 + SHORT_WHISKER;
            whisker(painter, ix - w, ix + w, cy, style.stroke(1.2, lane_color));
        }
        MarkKind::Before => {
            let x_end = ix - MARK_R - 2.0;
            let x_start = x_end - BEFORE_WHISKER;
            // Fades out into the past: the earliest date is open.
            let steps = 6;
            for s in 0..steps {
                let xa = x_start + (x_end - x_start) * s as f32 / steps as f32;
                let xb = x_start + (x_end - x_start) * (s + 1) as f32 / steps as f32;
                let a = alpha * (0.15 + 0.85 * (s + 1) as f32 / steps as f32);
                painter.line_segment([pos2(xa, cy), pos2(xb, cy)], style.stroke(1.5, with_alpha(color, a)));
            }
            painter.line_segment([pos2(x_start, cy), pos2(x_start + 5.0, cy - 4.0)], style.stroke(1.2, with_alpha(color, 0.3 * alpha)));
            painter.line_segment([pos2(x_start, cy), pos2(x_start + 5.0, cy + 4.0)], style.stroke(1.2, with_alpha(color, 0.3 * alpha)));
        }
        MarkKind::Unknown => {
            painter.text(pos2(ix + MARK_R + 2.0, cy), Align2::LEFT_CENTER, "?", style.font(), text_color);
        }
    }
}

/// Width a count chip takes before a label.
pub const CHIP_W: f32 = 17.0;

/// Sources that disagree: a ring in the warning colour around the mark.
pub(crate) fn paint_disagreement(painter: &Painter, c: Pos2, s: crate::corroborate::Summary, style: &TimelineStyle, alpha: f32) {
    if s.contradicted {
        painter.circle_stroke(c, MARK_R + 3.5, style.stroke(1.6, with_alpha(style.warning, alpha)));
    }
}

/// The number of independent sources, in a small rounded chip.
pub(crate) fn paint_count_chip(painter: &Painter, chip: Rect, count: usize, style: &TimelineStyle, alpha: f32) {
    painter.rect(
        chip,
        4.0,
        with_alpha(style.weak_text, 0.22 * alpha),
        style.stroke(1.0, with_alpha(style.weak_text, 0.8 * alpha)),
        StrokeKind::Inside,
    );
    let text = if count > 9 { "9+".to_owned() } else { count.to_string() };
    painter.text(chip.center(), Align2::CENTER_CENTER, text, egui::FontId::proportional(10.0), with_alpha(style.text, alpha));
}

fn whisker(painter: &Painter, x0: f32, x1: f32, y: f32, s: Stroke) {
    painter.line_segment([pos2(x0, y), pos2(x1, y)], s);
    painter.line_segment([pos2(x0, y - 4.0), pos2(x0, y + 4.0)], s);
    painter.line_segment([pos2(x1, y - 4.0), pos2(x1, y + 4.0)], s);
}

/// A dense lane: one bar per few pixels whose height grows with the number of
/// events starting there, built as a single mesh (cost grows with the plot
/// width, not with the number of events).
fn paint_density(painter: &Painter, band: Rect, lane: u16, input: &PaintInput, color: Color32, out: &mut Drawn) {
    let events = &input.data.index.lanes[lane as usize];
    let view = &input.view;
    let plot_w = band.width();
    let buckets = (plot_w / BUCKET_PX).ceil() as usize;
    let t_at = |x: f32| view.t(x as f64).floor() as i64;
    let start = out.clusters.len();
    let mut max = 1usize;
    for i in 0..buckets {
        let (xa, xb) = (i as f32 * BUCKET_PX, (i + 1) as f32 * BUCKET_PX);
        let (t0, t1) = (t_at(xa), t_at(xb));
        let count = events.count_starting(t0, t1);
        if count > 0 {
            max = max.max(count);
            out.clusters.push(DrawnCluster { lane, rect: Rect::NOTHING, t0, t1, count });
        }
    }
    let inner = band.shrink2(vec2(0.0, LANE_PAD));
    let mut mesh = Mesh::default();
    let log_max = (max as f32 + 1.0).ln();
    for c in &mut out.clusters[start..] {
        let frac = ((c.count as f32 + 1.0).ln() / log_max).clamp(0.15, 1.0);
        let x = band.left() + view.x(c.t0 as f64) as f32;
        let h = inner.height() * frac;
        let r = Rect::from_min_max(pos2(x, inner.bottom() - h), pos2((x + BUCKET_PX - 0.5).max(x + 1.0), inner.bottom()));
        mesh.add_colored_rect(r, with_alpha(color, 0.35 + 0.65 * frac));
        c.rect = Rect::from_min_max(pos2(x, inner.top()), pos2(x + BUCKET_PX, inner.bottom()));
    }
    out.mark_count += out.clusters.len() - start;
    painter.add(Shape::mesh(mesh));
    let total = events.count_starting(t_at(0.0), t_at(plot_w));
    let text = format!(
        "{} event{} in view; zoom in to see them one by one",
        crate::render::style::thousands(total),
        if total == 1 { "" } else { "s" }
    );
    lane_note(painter, band, &text, input.style);
}

/// A small note in the top-left corner of a lane band.
fn lane_note(painter: &Painter, band: Rect, text: &str, style: &TimelineStyle) {
    let g = painter.layout_no_wrap(text.to_owned(), style.small_font(), style.weak_text);
    let pos = pos2(band.left() + 6.0, band.top() + 2.0);
    painter.rect_filled(Rect::from_min_size(pos, g.size()).expand(2.0), 2.0, with_alpha(style.bg, 0.8));
    painter.galley(pos, g, style.weak_text);
}

/// Text that fits in `max_w`, elided with "…" if needed.
fn elided(painter: &Painter, text: &str, font: egui::FontId, color: Color32, max_w: f32) -> Arc<Galley> {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = TextWrapping { max_width: max_w.max(1.0), max_rows: 1, break_anywhere: true, overflow_character: Some('…') };
    painter.layout_job(job)
}

/// Total height of the lanes as laid out for `input`, for exports whose height fits the lanes.
pub fn lanes_height(painter: &Painter, width: f32, input: &PaintInput, scratch: &mut Scratch) -> f32 {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(width, AXIS_H + 10_000.0));
    let plot = plot_rect(rect);
    let visible = visible_lanes(input);
    let plot = Rect::from_min_size(plot.min, vec2(plot.width(), (MAX_ROWS as f32 * ROW_H + 2.0 * LANE_PAD) * visible.len().max(1) as f32));
    layout_lanes(painter, plot, input, &visible, scratch, false);
    AXIS_H + scratch.lanes.iter().map(|l| l.rows.max(1) as f32 * ROW_H + 2.0 * LANE_PAD).sum::<f32>()
}

/// The lanes not hidden, in display order (as the analyst arranged them).
fn visible_lanes(input: &PaintInput) -> Vec<u16> {
    let mut lanes = input.arrangement.ordered(input.data.dataset.lanes.len());
    lanes.retain(|&l| !input.hidden.get(l as usize).copied().unwrap_or(false));
    lanes
}

/// Whether laying out `input` in `rect` would cut a label at the plot's right
/// edge, ignoring events that end after `until` (zooming out cannot help those).
/// Lays out only: nothing is painted.
pub fn labels_cut(painter: &Painter, rect: Rect, input: &PaintInput, until: i64, scratch: &mut Scratch) -> bool {
    let plot = plot_rect(rect);
    layout_lanes(painter, plot, input, &visible_lanes(input), scratch, false);
    scratch.lanes.iter().any(|ll| {
        ll.placed.iter().any(|p| {
            let e = ll.events[p.item.event as usize];
            let ends = input.data.index.spans[e as usize].get().map_or(i64::MAX, |s| s.hi);
            p.label_room > 0.0 && plot.width() - p.item.label_x - 2.0 < p.label_room && ends <= until
        })
    })
}

/// "Fit all" that keeps `left_px` before `lo` and zooms out from `base` (by at
/// most 1.5×) just enough for the labels of the last events to end inside the
/// plot: a chronology should not end in "…". Shared by the window and exports.
pub fn widen_for_labels(painter: &Painter, rect: Rect, input: &PaintInput, base: TimeView, lo: i64, hi: i64, left_px: f64) -> TimeView {
    let mut scratch = Scratch::default();
    let view_at = |spp: f64| TimeView { t0: lo as f64 - left_px * spp, secs_per_px: spp };
    let mut cut = |spp: f64| labels_cut(painter, rect, &PaintInput { view: view_at(spp), ..*input }, hi, &mut scratch);
    if !cut(base.secs_per_px) {
        return base;
    }
    let (mut ok, mut bad) = (base.secs_per_px * 1.5, base.secs_per_px);
    if cut(ok) {
        return view_at(ok);
    }
    for _ in 0..12 {
        let mid = (ok + bad) / 2.0;
        if cut(mid) { bad = mid } else { ok = mid }
    }
    view_at(ok)
}
