//! The interactive timeline: zoom, pan, hover and click on top of `paint`.

use super::paint::{Drawn, PaintInput, Scratch, paint, plot_rect, widen_for_labels};

/// Room left of the first event after "Fit all", in points.
const FIT_LEFT_PX: f64 = 30.0;
use crate::model::time::{DAY, floor_to, fmt_day_range, fmt_known};
use crate::model::{Loaded, Span};
use crate::timeline::TimeView;
use crate::ui::style::TimelineStyle;
use egui::{Color32, Id, Sense, Ui};

/// What the timeline keeps between frames.
#[derive(Default)]
pub struct TimelineState {
    pub view: TimeView,
    /// Fit the data on the next frame (the plot width is only known then).
    pub fit_pending: bool,
    /// Plot width of the last frame, for keyboard zoom and fitting outside a frame.
    pub plot_width: f32,
    pub hovered: Option<u32>,
    /// Vertical scroll of the lanes, when they are taller than the plot.
    pub scroll_y: f32,
    scratch: Scratch,
    pub drawn: Drawn,
}

#[derive(Debug, Default)]
pub struct TimelineOutput {
    pub clicked: Option<u32>,
    pub clicked_background: bool,
}

impl TimelineState {
    /// "Fit all" on the next frame (it needs the painter to measure labels).
    pub fn request_fit(&mut self) {
        self.fit_pending = true;
    }

    /// Zoom by `factor` around the middle of the plot (keyboard, buttons).
    pub fn zoom_centre(&mut self, factor: f64) {
        let w = self.plot_width.max(1.0) as f64;
        self.view.zoom_around(w / 2.0, factor, w);
    }

    /// Pan by a fraction of the plot width (keyboard).
    pub fn pan_fraction(&mut self, fraction: f64) {
        let w = self.plot_width.max(1.0) as f64;
        self.view.pan(-fraction * w, w);
    }

    /// Scrolls the lanes so that `lane` is in view (as laid out last frame).
    pub fn reveal_lane(&mut self, lane: u16) {
        let plot_h = self.drawn.plot.height();
        if let Some(&(_, top, h)) = self.drawn.lane_spans.iter().find(|l| l.0 == lane)
            && plot_h > 0.0
        {
            if top < self.scroll_y {
                self.scroll_y = top;
            } else if top + h > self.scroll_y + plot_h {
                self.scroll_y = top + h - plot_h;
            }
        }
    }

    pub fn bring_into_view(&mut self, span: Span) {
        let w = self.plot_width.max(1.0) as f64;
        // Zoom out if the event is wider than most of the plot.
        if (span.hi - span.lo) as f64 > 0.8 * w * self.view.secs_per_px {
            self.view = TimeView::fit(span.lo, span.hi, w, 60.0, DAY as f64);
        } else {
            self.view.bring_into_view(span.lo as f64, span.hi as f64, w);
        }
    }
}

pub struct TimelineArgs<'a> {
    pub data: &'a Loaded,
    pub hidden: &'a [bool],
    pub lane_colors: &'a [Color32],
    pub selected: Option<u32>,
    pub matches: Option<&'a dyn Fn(u32) -> bool>,
    pub summaries: &'a std::cell::RefCell<crate::corroborate::Summaries>,
    pub keep: Option<&'a dyn Fn(u32) -> bool>,
}

use crate::corroborate::Summary;

/// Draws the timeline in all the space left in `ui` and handles its input.
pub fn timeline_ui(ui: &mut Ui, state: &mut TimelineState, args: &TimelineArgs) -> TimelineOutput {
    let mut out = TimelineOutput::default();
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    let plot = plot_rect(rect);
    let width = plot.width().max(1.0) as f64;
    state.plot_width = plot.width();

    // Drag and horizontal scroll pan; wheel and pinch zoom around the pointer.
    if response.dragged() {
        state.view.pan(response.drag_delta().x as f64, width);
    }
    // Lanes taller than the plot scroll: the wheel over the lane labels, or Alt+wheel.
    let max_scroll = (state.drawn.content_height - plot.height()).max(0.0);
    let over_gutter = response.hover_pos().is_some_and(|p| p.x < plot.left() && p.y > plot.top());
    let alt = ui.input(|i| i.modifiers.alt);
    if max_scroll > 0.0 && (over_gutter || alt) && response.hovered() {
        let dy = ui.input(|i| i.smooth_scroll_delta.y + i.smooth_scroll_delta.x);
        state.scroll_y -= dy;
    } else if let Some(pointer) = response.hover_pos() {
        let (scroll, zoom, shift) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.modifiers.shift));
        let x = (pointer.x - plot.left()).clamp(0.0, plot.width()) as f64;
        let (mut pan_x, mut zoom_y) = (scroll.x, scroll.y);
        if shift && pan_x == 0.0 {
            // Shift+wheel pans, as in most timeline tools.
            pan_x = zoom_y;
            zoom_y = 0.0;
        }
        let factor = (1.0 / zoom as f64) * (-(zoom_y as f64) * 0.0025).exp();
        if (factor - 1.0).abs() > 1e-6 {
            state.view.zoom_around(x, factor, width);
        }
        if pan_x != 0.0 {
            state.view.pan(pan_x as f64, width);
        }
    }
    if response.double_clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        state.view.zoom_around((p.x - plot.left()) as f64, 0.5, width);
    }

    let style = TimelineStyle::from_visuals(ui.visuals());
    let mut input = PaintInput {
        data: args.data,
        view: state.view,
        hidden: args.hidden,
        lane_colors: args.lane_colors,
        selected: args.selected,
        hovered: state.hovered,
        matches: args.matches,
        style: &style,
        scroll_y: state.scroll_y,
        summaries: args.summaries,
        keep: args.keep,
        only: None,
    };
    if state.fit_pending {
        state.fit_pending = false;
        if let Some(s) = args.data.index.extent {
            let base = TimeView::fit_margins(s.lo, s.hi, width, FIT_LEFT_PX, FIT_LEFT_PX, DAY as f64);
            state.view = widen_for_labels(ui.painter(), rect, &PaintInput { view: base, ..input }, base, s.lo, s.hi, FIT_LEFT_PX);
            input.view = state.view;
        }
    }
    state.scroll_y = state.scroll_y.clamp(0.0, max_scroll);
    input.scroll_y = state.scroll_y;
    let painter = ui.painter_at(rect);
    paint(&painter, rect, &input, &mut state.scratch, &mut state.drawn);
    scrollbar(ui, state, plot);

    // Marks are real widgets: hover, click, and an accessible name each.
    let mut hovered = None;
    for m in &state.drawn.marks {
        if !m.rect.is_positive() {
            continue;
        }
        let ev = &args.data.dataset.events[m.event as usize];
        let id = Id::unique(("chronolens-event", m.event));
        let r = ui.interact(m.rect, id, Sense::click());
        let summary = args.summaries.borrow_mut().get(&args.data.dataset, &args.data.index, m.event);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, mark_label(&ev.title, summary)));
        if r.hovered() {
            hovered = Some(m.event);
        }
        let r = r.on_hover_ui(|ui| event_tooltip(ui, args.data, m.event, summary));
        if r.clicked() {
            out.clicked = Some(m.event);
        }
    }
    // Density buckets are hit-tested by hand: there can be thousands of them,
    // and one widget each would cost more than drawing them.
    let pointer = response.hover_pos();
    let under = pointer.and_then(|p| state.drawn.clusters.iter().find(|c| c.rect.contains(p)).copied());
    if let Some(c) = under
        && hovered.is_none()
    {
        egui::Tooltip::for_widget(&response).at_pointer().show(|ui| cluster_tooltip(ui, args.data, &c));
        if response.clicked() {
            // Zoom so that the bucket spreads over about a fifth of the plot.
            let centre = (c.t0 + c.t1) as f64 / 2.0;
            let span = ((c.t1 - c.t0).max(1) as f64 * width / 5.0 / super::paint::BUCKET_PX as f64).max(60.0);
            state.view = TimeView::fit((centre - span / 2.0) as i64, (centre + span / 2.0) as i64, width, 0.0, 60.0);
            return out;
        }
    }
    state.hovered = hovered;
    if response.clicked() && out.clicked.is_none() {
        out.clicked_background = true;
    }
    if response.hovered() {
        ui.ctx().set_cursor_icon(if response.dragged() { egui::CursorIcon::Grabbing } else { egui::CursorIcon::Default });
    }
    out
}

/// A scrollbar at the plot's right edge when the lanes are taller than the plot.
fn scrollbar(ui: &mut Ui, state: &mut TimelineState, plot: egui::Rect) {
    let content = state.drawn.content_height;
    if content <= plot.height() + 0.5 {
        state.scroll_y = 0.0;
        return;
    }
    let track = egui::Rect::from_min_max(egui::pos2(plot.right() - 8.0, plot.top()), plot.right_bottom());
    let thumb_h = (plot.height() / content * track.height()).max(24.0);
    let max_scroll = content - plot.height();
    let thumb_y = track.top() + (track.height() - thumb_h) * (state.scroll_y / max_scroll);
    let thumb = egui::Rect::from_min_size(egui::pos2(track.left() + 1.0, thumb_y), egui::vec2(6.0, thumb_h));
    let r = ui.interact(track, Id::unique("chronolens-lanes-scrollbar"), Sense::drag());
    if r.dragged() {
        state.scroll_y = (state.scroll_y + r.drag_delta().y * content / track.height()).clamp(0.0, max_scroll);
    }
    let color =
        if r.hovered() || r.dragged() { ui.visuals().widgets.hovered.fg_stroke.color } else { ui.visuals().widgets.inactive.bg_fill };
    ui.painter().rect_filled(thumb, 3.0, color);
}

/// How many events a density bucket holds, and the first few of them.
fn cluster_tooltip(ui: &mut Ui, data: &Loaded, c: &super::paint::DrawnCluster) {
    let lane = &data.index.lanes[c.lane as usize];
    let first = lane.lo.partition_point(|&l| l < c.t0);
    let last = floor_to((c.t1 - 1).max(c.t0), DAY);
    ui.set_max_width(360.0);
    ui.strong(format!("{} events, {}", c.count, data.dataset.lanes[c.lane as usize].label));
    ui.label(format!("starting {}", fmt_day_range(floor_to(c.t0, DAY), last)));
    for &e in lane.order[first..].iter().take(c.count.min(5)) {
        ui.label(format!("• {}", data.dataset.events[e as usize].title));
    }
    if c.count > 5 {
        ui.weak(format!("… and {} more", c.count - 5));
    }
    ui.weak("Click to zoom in");
}

/// Title, date as known, actor, kind, verification and sources of one event.
/// The accessible name of a mark: its title, and its sources where several.
fn mark_label(title: &str, s: Summary) -> String {
    let mut label = title.to_owned();
    if s.sources > 1 {
        label.push_str(&format!(", {}", s.describe()));
    }
    if s.contradicted {
        label.push_str(", sources disagree");
    }
    label
}

pub fn event_tooltip(ui: &mut Ui, data: &Loaded, e: u32, summary: Summary) {
    let ev = &data.dataset.events[e as usize];
    let lane = &data.dataset.lanes[data.index.lane_of[e as usize] as usize];
    ui.set_max_width(360.0);
    ui.strong(&ev.title);
    ui.label(fmt_known(ev.precision, data.index.spans[e as usize]));
    let who = match &ev.actor {
        Some(a) => format!("{} · {}", a, lane.label),
        None => lane.label.clone(),
    };
    ui.label(who);
    ui.label(format!("{} · {}", ev.kind.name(), ev.verification.name()));
    ui.weak(summary.describe());
    if summary.contradicted {
        ui.colored_label(ui.visuals().error_fg_color, "sources disagree: see the source panel");
    }
    if ev.is_draft() {
        ui.colored_label(ui.visuals().warn_fg_color, "draft: not yet reviewed");
    }
}
