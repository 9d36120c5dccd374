//! The interactive timeline: zoom, pan, hover and click on top of `paint`.

use crate::render::arrange::LaneArrangement;
use crate::render::paint::{Drawn, PaintInput, Scratch, paint, plot_rect, widen_for_labels};

/// Room left of the first event after "Fit all", in points.
const FIT_LEFT_PX: f64 = 30.0;
use super::describe::{density_label, mark_label};
use crate::model::time::{DAY, floor_to, fmt_day_range, fmt_known_in};
use crate::model::{Loaded, Span};
use crate::render::style::{Appearance, TimelineStyle};
use crate::timeline::TimeView;
use egui::{Color32, EventFilter, Id, Key, Modifiers, Rect, Sense, Ui, UiBuilder, pos2};

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
    /// The lanes' order and which are collapsed, as the analyst arranged them.
    pub lanes: LaneArrangement,
    scratch: Scratch,
    pub drawn: Drawn,
    /// High contrast and the colour-blind palette (the lane colours come adapted in `TimelineArgs`).
    pub look: Appearance,
    /// The timeline widget, once drawn: it takes the keyboard focus (Tab) and the
    /// arrow keys while it has it.
    pub widget_id: Option<Id>,
    /// View → Time zone: times of day on the axis and in tooltips.
    pub zone: crate::model::zone::Zone,
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
    /// Bumped on each edit (lanes split by actor group their events again).
    pub generation: u64,
}

use crate::corroborate::Summary;

/// Draws the timeline in all the space left in `ui` and handles its input.
pub fn timeline_ui(ui: &mut Ui, state: &mut TimelineState, args: &TimelineArgs) -> TimelineOutput {
    let mut out = TimelineOutput::default();
    let rect = ui.available_rect_before_wrap();
    // One focusable widget (Tab reaches it once, not once per mark); while it has
    // the focus, Left / Right step or pan instead of moving the focus on.
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    state.widget_id = Some(response.id);
    let filter = EventFilter { horizontal_arrows: true, vertical_arrows: true, ..Default::default() };
    ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
    let plot = plot_rect(rect);
    let width = plot.width().max(1.0) as f64;
    state.plot_width = plot.width();

    let max_scroll = pan_and_zoom(ui, state, &response, plot, width);

    let style = TimelineStyle { zone: state.zone, ..TimelineStyle::new(ui.visuals().dark_mode, state.look) };
    let mut input = PaintInput {
        data: args.data,
        view: state.view,
        hidden: args.hidden,
        arrangement: &state.lanes,
        lane_colors: args.lane_colors,
        selected: args.selected,
        hovered: state.hovered,
        matches: args.matches,
        style: &style,
        scroll_y: state.scroll_y,
        summaries: args.summaries,
        keep: args.keep,
        only: None,
        generation: args.generation,
    };
    if state.fit_pending {
        state.fit_pending = false;
        if let Some(s) = args.data.index.extent {
            let base = TimeView::fit_margins(s.lo, s.hi, width, FIT_LEFT_PX, FIT_LEFT_PX, DAY as f64);
            state.view = widen_for_labels(ui.painter(), rect, &PaintInput { view: base, ..input }, base, s.lo, s.hi, FIT_LEFT_PX);
            input.view = state.view;
        }
    }
    scroll_lanes_by_keys(ui, &response, &mut state.scroll_y);
    state.scroll_y = state.scroll_y.clamp(0.0, max_scroll);
    input.scroll_y = state.scroll_y;
    let painter = ui.painter_at(rect);
    paint(&painter, rect, &input, &mut state.scratch, &mut state.drawn);
    scrollbar(ui, state, plot);

    focus_ring(ui, &response, rect, &style);
    let (view_a, view_b) = state.view.visible(width);
    let accessible = describe_timeline(ui, &response, state, view_a, view_b);

    // Marks are real widgets (hover, click, an accessible name each), children of
    // the timeline in the accessibility tree; only the marks drawn this frame.
    let mut marks_ui = ui.new_child(UiBuilder::new().id_salt("chronolens-marks").max_rect(rect).accessibility_parent(response.id));
    let hovered = mark_widgets(&mut marks_ui, state, args, &style, &mut out);
    if accessible {
        density_strip_nodes(ui, &mut marks_ui, state, args, view_a, view_b);
    }
    lane_labels(ui, state, args, &response, rect, plot, accessible);
    let pointer_click = response.clicked() && ui.input(|i| i.pointer.any_click());
    if hovered.is_none() && density_bucket_input(state, args, &response, pointer_click, width) {
        return out;
    }
    state.hovered = hovered;
    // Not Space on the focused timeline (egui's keyboard click): that clears nothing.
    if pointer_click && out.clicked.is_none() {
        out.clicked_background = true;
    }
    if response.hovered() {
        ui.ctx().set_cursor_icon(if response.dragged() { egui::CursorIcon::Grabbing } else { egui::CursorIcon::Default });
    }
    out
}

/// Drag, wheel, pinch and double-click move the view (or scroll the lanes);
/// returns how far the lanes can scroll.
fn pan_and_zoom(ui: &Ui, state: &mut TimelineState, response: &egui::Response, plot: Rect, width: f64) -> f32 {
    // Drag and horizontal scroll pan; wheel and pinch zoom around the pointer.
    if response.dragged() {
        state.view.pan(response.drag_delta().x as f64, width);
    }
    // Lanes taller than the plot scroll: the wheel over the lane labels, or Alt+wheel.
    let max_scroll = (state.drawn.content_height - plot.height()).max(0.0);
    // The lane labels are widgets on top of the timeline: it does not count as hovered there.
    let pointer = ui.input(|i| i.pointer.hover_pos()).filter(|_| response.contains_pointer());
    let over_gutter = pointer.is_some_and(|p| p.x < plot.left() && p.y > plot.top());
    let alt = ui.input(|i| i.modifiers.alt);
    if max_scroll > 0.0 && (over_gutter || alt && response.hovered()) {
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
    max_scroll
}

/// Up / Down scroll lanes taller than the plot, for keyboard users.
fn scroll_lanes_by_keys(ui: &mut Ui, response: &egui::Response, scroll_y: &mut f32) {
    if response.has_focus() {
        let rows =
            ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown) as i32 - i.consume_key(Modifiers::NONE, Key::ArrowUp) as i32);
        *scroll_y += rows as f32 * 3.0 * crate::render::paint::ROW_H;
    }
}

/// Names the timeline for screen readers; returns whether one listens.
fn describe_timeline(ui: &Ui, response: &egui::Response, state: &TimelineState, view_a: i64, view_b: i64) -> bool {
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Group,
            true,
            format!(
                "Timeline, {}: {} events drawn",
                fmt_day_range(floor_to(view_a, DAY), floor_to(view_b, DAY)),
                state.drawn.marks.iter().filter(|m| m.rect.is_positive()).count()
            ),
        )
    });
    // `None` when no screen reader listens (AccessKit off): then the strips below are skipped.
    ui.ctx()
        .accesskit_node_builder(response.id, |n| {
            n.set_description(concat!(
                "Left and Right arrows or J and K step through the events, Up and Down scroll the lanes, ",
                "plus and minus zoom, Home fits all, Enter opens the source"
            ))
        })
        .is_some()
}

/// One widget per mark drawn this frame; returns the mark under the pointer.
fn mark_widgets(
    marks_ui: &mut Ui,
    state: &TimelineState,
    args: &TimelineArgs,
    style: &TimelineStyle,
    out: &mut TimelineOutput,
) -> Option<u32> {
    let mut hovered = None;
    for m in &state.drawn.marks {
        if !m.rect.is_positive() {
            continue;
        }
        let id = Id::unique(("chronolens-event", m.event));
        // Clickable but not a Tab stop: the timeline is one, its marks are stepped with the arrows.
        let r = marks_ui.interact(m.rect, id, Sense::CLICK);
        let summary = args.summaries.borrow_mut().get(&args.data.dataset, &args.data.index, m.event);
        r.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::Button,
                true,
                args.selected == Some(m.event),
                mark_label(args.data, m.event, summary, &style.zone),
            )
        });
        if r.hovered() {
            hovered = Some(m.event);
        }
        let r = r.on_hover_ui(|ui| event_tooltip(ui, args.data, m.event, summary, &style.zone));
        if r.clicked() {
            out.clicked = Some(m.event);
        }
    }
    hovered
}

/// A lane drawn as a density strip is one node, named with its count and days:
/// an empty child Ui, which takes no pointer input from the buckets under it.
fn density_strip_nodes(ui: &Ui, marks_ui: &mut Ui, state: &TimelineState, args: &TimelineArgs, view_a: i64, view_b: i64) {
    for lane in state.drawn.lanes.iter().filter(|l| l.dense) {
        let text = density_label(args.data, lane.lane, view_a, view_b);
        let strip = marks_ui.new_child(
            UiBuilder::new()
                .id_salt(("chronolens-density", lane.lane))
                .max_rect(lane.rect)
                .accessibility_role(egui::accesskit::Role::Image)
                .accessibility_label(text),
        );
        let band = lane.rect.intersect(state.drawn.plot);
        ui.ctx().accesskit_node_builder(strip.unique_id(), |n| {
            let (x0, y0, x1, y1) = (band.min.x.into(), band.min.y.into(), band.max.x.into(), band.max.y.into());
            n.set_bounds(egui::accesskit::Rect { x0, y0, x1, y1 });
        });
    }
}

/// Tooltip for the density bucket under the pointer; a click on it zooms in.
/// Returns true when it zoomed (the frame's input is then done).
fn density_bucket_input(
    state: &mut TimelineState,
    args: &TimelineArgs,
    response: &egui::Response,
    pointer_click: bool,
    width: f64,
) -> bool {
    // Density buckets are hit-tested by hand: there can be thousands of them,
    // and one widget each would cost more than drawing them.
    let pointer = response.hover_pos();
    let under = pointer.and_then(|p| state.drawn.clusters.iter().find(|c| c.rect.contains(p)).copied());
    let Some(c) = under else { return false };
    egui::Tooltip::for_widget(response).at_pointer().show(|ui| cluster_tooltip(ui, args.data, &c));
    if pointer_click {
        // Zoom so that the bucket spreads over about a fifth of the plot.
        let centre = (c.t0 + c.t1) as f64 / 2.0;
        let span = ((c.t1 - c.t0).max(1) as f64 * width / 5.0 / crate::render::paint::BUCKET_PX as f64).max(60.0);
        state.view = TimeView::fit((centre - span / 2.0) as i64, (centre + span / 2.0) as i64, width, 0.0, 60.0);
        return true;
    }
    false
}

/// What the analyst did to a lane through its label.
enum LaneAction {
    Step { lane: u16, up: bool },
    Collapse { lane: u16, collapsed: bool },
    MoveBefore { lane: u16, before: Option<u16> },
    Split { lane: u16, split: bool },
}

/// The lane labels in the gutter: drag one up or down to reorder the lanes,
/// double-click it to collapse or expand the lane, or use its context menu.
fn lane_labels(
    ui: &mut Ui,
    state: &mut TimelineState,
    args: &TimelineArgs,
    timeline: &egui::Response,
    rect: Rect,
    plot: Rect,
    accessible: bool,
) {
    let labels_ui = ui.new_child(UiBuilder::new().id_salt("chronolens-lane-labels").max_rect(rect).accessibility_parent(timeline.id));
    let rows = Rect::from_min_max(pos2(rect.left(), plot.top()), pos2(plot.left(), plot.bottom()));
    let lane_count = args.data.dataset.lanes.len();
    let shown = |l: u16| !args.hidden.get(l as usize).copied().unwrap_or(false);
    let order: Vec<u16> = state.lanes.ordered(lane_count).into_iter().filter(|&l| shown(l)).collect();
    let mut action = None;
    let style = TimelineStyle::new(ui.visuals().dark_mode, state.look);
    for lane in state.drawn.lanes.clone() {
        let hit = lane.label.intersect(rows);
        if !hit.is_positive() {
            continue;
        }
        let name = &args.data.dataset.lanes[lane.lane as usize].label;
        let r = labels_ui.interact(hit, Id::unique(("chronolens-lane", lane.lane, lane.band)), Sense::click_and_drag());
        // A row header, not a button: the buttons under the timeline are its events.
        let header = match lane.band.and_then(|b| state.scratch.band_name(lane.lane, b)) {
            Some(actor) => format!("{name} · {actor} band"),
            None => format!("{name} lane"),
        };
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::RowHeader, true, &header));
        if accessible {
            ui.ctx().accesskit_node_builder(r.id, |n| {
                n.set_expanded(!lane.collapsed);
                n.set_description(
                    "Drag up or down to move the lane; double-click to collapse or expand it; more in its context menu (Menu key or Shift+F10)",
                );
            });
        }
        let r = r.on_hover_text(if lane.collapsed {
            "Collapsed: its events overlap in one row. Double-click to expand; drag to move the lane; right-click for more"
        } else {
            "Drag up or down to move the lane; double-click to collapse it to one row; right-click for more"
        });
        // Reached with Tab, a label shows it (egui draws no focus for a bare interaction).
        focus_ring(&labels_ui, &r, hit, &style);
        let (first, last) = (order.first() == Some(&lane.lane), order.last() == Some(&lane.lane));
        lane_context_menu(&r, &state.lanes, &lane, (first, last), &mut action);
        if r.double_clicked() {
            action = Some(LaneAction::Collapse { lane: lane.lane, collapsed: !lane.collapsed });
        }
        if r.hovered() || r.dragged() {
            ui.ctx().set_cursor_icon(if r.dragged() { egui::CursorIcon::Grabbing } else { egui::CursorIcon::Grab });
        }
        // While dragged: a line where the lane will land; it moves when released.
        if (r.dragged() || r.drag_stopped())
            && let Some(p) = ui.input(|i| i.pointer.interact_pos())
            && let Some(moved) = drop_marker(ui, state, &r, p, hit, (rect, plot), lane.lane)
        {
            action = Some(moved);
        }
    }
    match action {
        Some(LaneAction::Step { lane, up }) => {
            state.lanes.step(lane_count, lane, up, shown);
        }
        Some(LaneAction::Collapse { lane, collapsed }) => state.lanes.set_collapsed(lane, collapsed),
        Some(LaneAction::Split { lane, split }) => state.lanes.set_split(lane, split),
        Some(LaneAction::MoveBefore { lane, before }) if before != Some(lane) => state.lanes.move_before(lane_count, lane, before),
        _ => {}
    }
    if action.is_some() {
        ui.ctx().request_repaint();
    }
}

/// The context menu of a lane's label: move, collapse, split by actor. A
/// right-click opens it at the pointer; the keyboard too (the Menu key or
/// Shift+F10 on the focused label, as elsewhere), under the label, and its
/// items are the next Tab stops. egui opens context menus on a secondary
/// click only.
fn lane_context_menu(
    r: &egui::Response,
    lanes: &LaneArrangement,
    lane: &crate::render::paint::DrawnLane,
    (first, last): (bool, bool),
    action: &mut Option<LaneAction>,
) {
    let id = egui::Popup::default_response_id(r);
    let by_keyboard =
        r.has_focus() && r.ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Menu) || i.consume_key(Modifiers::SHIFT, Key::F10));
    let mut popup = egui::Popup::context_menu(r);
    if by_keyboard {
        popup = popup.open_memory(Some(egui::SetOpenCommand::Bool(true)));
    }
    // Opened from the keyboard there is no pointer position: it hangs under the label.
    let at_label = by_keyboard || (egui::Popup::is_id_open(&r.ctx, id) && egui::Popup::position_of_id(&r.ctx, id).is_none());
    if at_label {
        popup = popup.anchor(egui::PopupAnchor::ParentRect(r.rect));
    }
    let shown = popup.show(|ui| {
        let mut chose = |ui: &mut Ui, a: LaneAction| {
            *action = Some(a);
            // A keyboard press is no pointer click: close the menu here, and
            // give the focus back to the label it was opened from.
            ui.close();
            if at_label {
                r.request_focus();
            }
        };
        if ui.add_enabled(!first, egui::Button::new("Move lane up")).clicked() {
            chose(ui, LaneAction::Step { lane: lane.lane, up: true });
        }
        if ui.add_enabled(!last, egui::Button::new("Move lane down")).clicked() {
            chose(ui, LaneAction::Step { lane: lane.lane, up: false });
        }
        let text = if lane.collapsed { "Expand lane" } else { "Collapse lane" };
        if ui.button(text).on_hover_text("A collapsed lane takes one row; its marks overlap").clicked() {
            chose(ui, LaneAction::Collapse { lane: lane.lane, collapsed: !lane.collapsed });
        }
        let split = lanes.is_split(lane.lane);
        let text = if split { "Merge actors" } else { "Split by actor" };
        if ui.button(text).on_hover_text("One band per actor of the lane's events, in the order of their first event").clicked() {
            chose(ui, LaneAction::Split { lane: lane.lane, split: !split });
        }
    });
    // Esc closes it (egui's own); the focus goes back to the label too.
    if shown.is_some() && at_label && r.ctx.input(|i| i.key_pressed(Key::Escape)) {
        r.request_focus();
    }
}

/// Marks where the dragged lane would land (at pointer `p`); returns the move
/// when the drag ends there.
fn drop_marker(
    ui: &Ui,
    state: &TimelineState,
    r: &egui::Response,
    p: egui::Pos2,
    hit: Rect,
    (rect, plot): (Rect, Rect),
    lane: u16,
) -> Option<LaneAction> {
    let before = state.drawn.lanes.iter().find(|l| p.y < l.rect.center().y);
    let y = before.map_or_else(|| state.drawn.lanes.last().map_or(plot.top(), |l| l.rect.bottom()), |l| l.rect.top());
    let style = TimelineStyle::new(ui.visuals().dark_mode, state.look);
    ui.painter().hline(rect.left()..=plot.right(), y, egui::Stroke::new(3.0, style.selection));
    ui.painter().rect_stroke(hit, 2.0, egui::Stroke::new(1.5, style.selection), egui::StrokeKind::Inside);
    // A click also ends a "drag" that never moved: that is no move.
    (r.drag_stopped() && !r.clicked()).then(|| LaneAction::MoveBefore { lane, before: before.map(|l| l.lane) })
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
fn cluster_tooltip(ui: &mut Ui, data: &Loaded, c: &crate::render::paint::DrawnCluster) {
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

/// The keyboard focus, drawn: egui gives a custom widget none of its own.
fn focus_ring(ui: &Ui, response: &egui::Response, rect: egui::Rect, style: &TimelineStyle) {
    if response.has_focus() {
        ui.painter().rect_stroke(rect.shrink(2.0), 3.0, style.stroke(2.5, style.focus), egui::StrokeKind::Inside);
    }
}

pub fn event_tooltip(ui: &mut Ui, data: &Loaded, e: u32, summary: Summary, zone: &crate::model::zone::Zone) {
    let ev = &data.dataset.events[e as usize];
    let lane = &data.dataset.lanes[data.index.lane_of[e as usize] as usize];
    ui.set_max_width(360.0);
    ui.strong(&ev.title);
    ui.label(fmt_known_in(ev.precision, data.index.spans[e as usize].get(), zone));
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
