//! Lanes the analyst arranges: moved through a label's context menu or by
//! dragging it, collapsed to one row, kept in saved views and in exports.

use chronolens::export::{ExportRequest, render_svg};
use chronolens::model::{load_bytes, load_sample};
use chronolens::render::LaneArrangement;
use chronolens::render::paint::{LANE_PAD, ROW_H};
use chronolens::ui::ChronolensApp;
use egui::{Event, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

mod common;

fn harness(app: ChronolensApp) -> Harness<'static, ChronolensApp> {
    harness_stepping(app, 0.25)
}

/// kittest runs one frame per event, each `step` seconds after the last: two
/// clicks make a double click only if they are less than 0.3 s apart.
fn harness_stepping(app: ChronolensApp, step: f32) -> Harness<'static, ChronolensApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 900.0))
        .with_step_dt(step)
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), app);
    h.run();
    h
}

/// The lane labels' tops on screen, read from the accessibility tree.
fn label_top(h: &Harness<'_, ChronolensApp>, lane: &str) -> f32 {
    h.get_by_label(&format!("{lane} lane")).rect().top()
}

/// Lane ids in the order drawn.
fn drawn_order(h: &Harness<'_, ChronolensApp>) -> Vec<String> {
    let app = h.state();
    app.timeline.drawn.lanes.iter().map(|l| app.data.dataset.lanes[l.lane as usize].id.clone()).collect()
}

fn menu(h: &mut Harness<'_, ChronolensApp>, lane: &str, item: &str) {
    h.get_by_label(&format!("{lane} lane")).click_secondary();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

#[test]
fn a_lane_moves_up_and_down_through_its_context_menu() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    assert_eq!(drawn_order(&h), ["nato", "us", "russia", "ukraine", "other"]);
    assert!(label_top(&h, "US") < label_top(&h, "Russia"));
    menu(&mut h, "Russia", "Move lane up");
    assert_eq!(drawn_order(&h), ["nato", "russia", "us", "ukraine", "other"]);
    assert!(label_top(&h, "Russia") < label_top(&h, "US"), "the label is drawn above the US one now");
    // Up again, then it is first: "Move lane up" is greyed out.
    menu(&mut h, "Russia", "Move lane up");
    assert_eq!(drawn_order(&h)[0], "russia");
    h.get_by_label("Russia lane").click_secondary();
    h.run();
    assert!(h.get_by_label("Move lane up").accesskit_node().is_disabled());
    h.get_by_label("Move lane down").click();
    h.run();
    assert_eq!(drawn_order(&h), ["nato", "russia", "us", "ukraine", "other"]);
    // A hidden lane is stepped over: hide US, move Ukrainian officials up past it.
    h.get_by_label("US").click();
    h.run();
    menu(&mut h, "Ukrainian officials", "Move lane up");
    assert_eq!(drawn_order(&h), ["nato", "ukraine", "russia", "other"]);
    // The dataset is not edited: arranging lanes is view state.
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().data.dataset.lanes[0].id, "nato");
}

#[test]
fn dragging_a_label_moves_the_lane_where_it_is_dropped() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    let from = h.get_by_label("Other lane").rect().center();
    let onto = h.get_by_label("US lane").rect();
    // Drop on the upper half of the US label: the lane lands just before US.
    let to = Pos2::new(from.x, onto.top() + 3.0);
    h.event(Event::PointerMoved(from));
    h.run();
    h.event(Event::PointerButton { pos: from, button: PointerButton::Primary, pressed: true, modifiers: Default::default() });
    h.run();
    for i in 1..=10 {
        h.event(Event::PointerMoved(from + (to - from) * (i as f32 / 10.0)));
        h.run();
    }
    assert_eq!(drawn_order(&h)[1], "us", "nothing moves before the label is let go");
    h.event(Event::PointerButton { pos: to, button: PointerButton::Primary, pressed: false, modifiers: Default::default() });
    h.run();
    h.run();
    assert_eq!(drawn_order(&h), ["nato", "other", "us", "russia", "ukraine"]);
    // The time range did not pan while dragging a label.
    assert!(label_top(&h, "Other") < label_top(&h, "US"));
}

#[test]
fn a_collapsed_lane_takes_one_row_and_expands_again() {
    let mut h = harness_stepping(ChronolensApp::new(load_sample()), 1.0 / 60.0);
    // The tallest lane of the sample, fitted: several rows of stacked marks.
    let tallest = h.state().timeline.drawn.lanes.iter().max_by(|a, b| a.rect.height().total_cmp(&b.rect.height())).copied().unwrap();
    let label = h.state().data.dataset.lanes[tallest.lane as usize].label.clone();
    assert!(tallest.rect.height() > 2.0 * ROW_H + 2.0 * LANE_PAD, "the sample has a lane of several rows");
    let marks_before = h.state().timeline.drawn.marks.len();
    let before = h.get_by_label(&format!("{label} lane")).rect().height();
    menu(&mut h, &label, "Collapse lane");
    let one_row = ROW_H + 2.0 * LANE_PAD;
    let lane = *h.state().timeline.drawn.lanes.iter().find(|l| l.lane == tallest.lane).unwrap();
    assert!(lane.collapsed);
    assert!((lane.rect.height() - one_row).abs() < 0.5, "one row: {} vs {one_row}", lane.rect.height());
    let after = h.get_by_label(&format!("{label} lane")).rect().height();
    assert!(after < before - ROW_H, "the label shrinks with its lane: {before} -> {after}");
    // Its events are still drawn, in that one row.
    assert_eq!(h.state().timeline.drawn.marks.len(), marks_before, "no event is lost");
    let rows: std::collections::BTreeSet<i32> = h
        .state()
        .timeline
        .drawn
        .marks
        .iter()
        .filter(|m| h.state().data.index.lane_of[m.event as usize] == tallest.lane)
        .map(|m| m.rect.center().y.round() as i32)
        .collect();
    assert_eq!(rows.len(), 1, "every mark of the lane on one row: {rows:?}");
    // Double-clicking the label expands it again.
    // Half a second after the menu's clicks, or this would count as a triple click.
    h.run_steps(30);
    let at = h.get_by_label(&format!("{label} lane")).rect().center();
    h.event(Event::PointerMoved(at));
    // kittest runs one frame per event (quick ones here: see the harness above).
    for pressed in [true, false, true, false] {
        h.event(Event::PointerButton { pos: at, button: PointerButton::Primary, pressed, modifiers: Default::default() });
    }
    h.run();
    let lane = *h.state().timeline.drawn.lanes.iter().find(|l| l.lane == tallest.lane).unwrap();
    assert!(!lane.collapsed);
    assert!((lane.rect.height() - tallest.rect.height()).abs() < 0.5, "{} vs {}", lane.rect.height(), tallest.rect.height());
}

#[test]
fn a_saved_view_restores_order_and_collapsed_lanes_and_drops_unknown_ones() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    menu(&mut h, "Other", "Move lane up");
    menu(&mut h, "Other", "Move lane up");
    menu(&mut h, "NATO", "Collapse lane");
    h.state_mut().save_view("Arranged");
    h.run();
    let view = h.state().data.dataset.views.clone().unwrap().remove(0);
    assert_eq!(view.lane_order.as_deref().unwrap(), ["nato", "us", "other", "russia", "ukraine"]);
    assert_eq!(view.collapsed_lanes.as_deref().unwrap(), ["nato"]);

    // Through the file, with a lane that no longer exists.
    let mut ds = h.state().data.dataset.clone();
    let v = &mut ds.views.as_mut().unwrap()[0];
    v.lane_order.as_mut().unwrap().insert(0, "mars".into());
    let loaded = load_bytes("lanes.json", &chronolens::model::save::to_json(&ds)).unwrap();
    let mut h = harness(ChronolensApp::new(loaded));
    assert_eq!(drawn_order(&h), ["nato", "us", "russia", "ukraine", "other"], "a saved view is only applied when opened");
    h.state_mut().open_view("Arranged");
    h.run();
    assert_eq!(drawn_order(&h), ["nato", "us", "other", "russia", "ukraine"]);
    assert!(label_top(&h, "Other") < label_top(&h, "Russia"));
    assert!(h.state().timeline.drawn.lanes[0].collapsed);
    assert_eq!(h.state().notice.as_deref(), Some("view 'Arranged', without lane \"mars\" (no longer in the file)"));
}

#[test]
fn the_last_view_of_a_file_keeps_its_lanes_across_restarts() {
    let dir = common::scratch_dir("lanes-remember");
    let file = dir.join("sample.json");
    std::fs::write(&file, chronolens::model::SAMPLE_JSON).unwrap();
    let open = |dir: &std::path::Path| {
        let mut app = ChronolensApp::new(load_sample());
        app.enable_settings(dir);
        app.open_path(&file);
        app
    };
    let mut h = harness(open(&dir));
    // Background loads finish over a few frames.
    for _ in 0..50 {
        if h.state().loading_progress().is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run();
    }
    menu(&mut h, "Ukrainian officials", "Move lane up");
    menu(&mut h, "US", "Collapse lane");
    menu(&mut h, "NATO", "Split by actor");
    let order = drawn_order(&h);
    eframe::App::on_exit(h.state_mut());
    drop(h);
    let mut h = harness(open(&dir));
    h.run();
    assert_eq!(drawn_order(&h), order);
    let us = h.state().data.index.lane_ids["us"];
    assert!(h.state().timeline.lanes.is_collapsed(us));
    assert!(h.query_by_label("NATO · Jens Stoltenberg band").is_some(), "the split lane too");
}

#[test]
fn exports_draw_the_lanes_as_arranged() {
    let data = load_sample();
    let lane = |id: &str| data.index.lane_ids[id];
    let mut arrangement = LaneArrangement::default();
    arrangement.move_before(data.dataset.lanes.len(), lane("other"), Some(lane("nato")));
    arrangement.set_collapsed(lane("us"), true);
    let plain = ExportRequest { export_date: Some("2026-11-21".into()), ..Default::default() };
    let arranged = ExportRequest { arrangement, ..plain.clone() };
    let (_, before) = render_svg(&data, &plain).unwrap();
    let (svg, after) = render_svg(&data, &arranged).unwrap();
    let ids = |c: &chronolens::export::compose::Composed| -> Vec<String> {
        c.drawn.lanes.iter().map(|l| data.dataset.lanes[l.lane as usize].id.clone()).collect()
    };
    assert_eq!(ids(&before), ["nato", "us", "russia", "ukraine", "other"]);
    assert_eq!(ids(&after), ["other", "nato", "us", "russia", "ukraine"]);
    let us = |c: &chronolens::export::compose::Composed| c.drawn.lanes.iter().find(|l| l.lane == lane("us")).unwrap().rect.height();
    assert!(us(&before) > ROW_H + 2.0 * LANE_PAD + 0.5, "US has several rows in the plain export");
    assert!((us(&after) - (ROW_H + 2.0 * LANE_PAD)).abs() < 0.5, "and one when collapsed");
    // The SVG's lane labels come in the arranged order too.
    let at = |label: &str| svg.find(&format!(">{label}<")).unwrap_or_else(|| panic!("{label} in the SVG"));
    assert!(at("Other") < at("NATO"));
    // On the command line, `--lanes` lists the lanes in the order wanted.
    let listed = ExportRequest { lanes: Some(vec!["russia".into(), "nato".into()]), ..plain.clone() };
    assert_eq!(ids(&render_svg(&data, &listed).unwrap().1), ["russia", "nato"]);
}

/// Where the event titled `title` is drawn, and in which lane entry (lane, band).
fn mark_at(h: &Harness<'_, ChronolensApp>, title: &str) -> (Pos2, Option<u16>) {
    let app = h.state();
    let e = app.data.dataset.events.iter().position(|ev| &*ev.title == title).unwrap() as u32;
    let drawn = &app.timeline.drawn;
    let c = drawn.marks.iter().find(|m| m.event == e).unwrap_or_else(|| panic!("{title} drawn")).rect.center();
    let band = drawn.lanes.iter().find(|l| l.rect.contains(c)).unwrap_or_else(|| panic!("{title} in a lane")).band;
    (c, band)
}

#[test]
fn a_lane_splits_into_one_band_per_actor_and_merges_back() {
    let summit = "Extraordinary NATO summit in Brussels";
    let warning = "Stoltenberg: Russia may use chemical weapons, blame West";
    let mut h = harness(ChronolensApp::new(load_sample()));
    let (before, band) = mark_at(&h, summit);
    assert_eq!(band, None);
    menu(&mut h, "NATO", "Split by actor");
    assert!(h.query_by_label("NATO lane").is_none(), "the lane is drawn as its bands");
    // Stoltenberg speaks first (23 March), the summit has no actor.
    let stoltenberg = h.get_by_label("NATO · Jens Stoltenberg band").rect();
    let no_actor = h.get_by_label("NATO · (no actor) band").rect();
    assert!(stoltenberg.top() < no_actor.top());
    let (after, band) = mark_at(&h, summit);
    assert_eq!(band, Some(1), "the summit is in the band of events without an actor");
    assert!(after.y > before.y + 1.0, "and moved down into it: {before:?} -> {after:?}");
    assert_eq!(mark_at(&h, warning).1, Some(0));
    assert!(after.y > no_actor.top() && after.y < no_actor.bottom());
    // The lanes below follow the bands.
    assert!(label_top(&h, "US") >= no_actor.bottom() - 0.5);
    // Any band's menu merges the lane back.
    h.get_by_label("NATO · (no actor) band").click_secondary();
    h.run();
    h.get_by_label("Merge actors").click();
    h.run();
    assert!(h.query_by_label("NATO · Jens Stoltenberg band").is_none());
    assert_eq!(mark_at(&h, summit).1, None);
    assert!(!h.state().timeline.lanes.is_split(h.state().data.index.lane_ids["nato"]));
}

#[test]
fn a_saved_view_restores_split_lanes() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    menu(&mut h, "NATO", "Split by actor");
    h.state_mut().save_view("By actor");
    h.run();
    let ds = h.state().data.dataset.clone();
    assert_eq!(ds.views.as_ref().unwrap()[0].split_lanes.as_deref().unwrap(), ["nato"]);
    let loaded = load_bytes("split.json", &chronolens::model::save::to_json(&ds)).unwrap();
    let mut h = harness(ChronolensApp::new(loaded));
    assert!(h.query_by_label("NATO · Jens Stoltenberg band").is_none(), "only when the view is opened");
    h.state_mut().open_view("By actor");
    h.run();
    assert!(h.query_by_label("NATO · Jens Stoltenberg band").is_some());
    assert!(h.query_by_label("NATO · (no actor) band").is_some());
    assert_eq!(mark_at(&h, "Extraordinary NATO summit in Brussels").1, Some(1));
}

#[test]
fn exports_draw_split_lanes_as_bands() {
    let data = load_sample();
    let mut arrangement = LaneArrangement::default();
    arrangement.set_split(data.index.lane_ids["nato"], true);
    let req = ExportRequest { export_date: Some("2026-11-21".into()), arrangement, ..Default::default() };
    let (svg, composed) = render_svg(&data, &req).unwrap();
    let bands: Vec<_> = composed.drawn.lanes.iter().filter(|l| l.lane == data.index.lane_ids["nato"]).map(|l| l.band).collect();
    assert_eq!(bands, [Some(0), Some(1)]);
    assert!(svg.contains(">NATO · Jens Stoltenberg<"), "the band's label is in the SVG");
}

/// When the lanes are taller than the window, labels give way and the lanes
/// scroll, but no mark is ever drawn over another one (the sample's NATO lane
/// holds fifteen events at once at the default zoom).
#[test]
fn marks_never_hide_one_another_when_lanes_run_out_of_room() {
    for height in [900.0, 600.0] {
        let mut h = Harness::builder()
            .with_size(egui::vec2(1500.0, height))
            .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(load_sample()));
        h.run();
        let drawn = &h.state().timeline.drawn;
        assert!(drawn.content_height > drawn.plot.height(), "the lanes are taller than the plot at {height} px: they scroll");
        for lane in &drawn.lanes {
            // Marks are clipped to the plot; compare the ones fully inside this lane.
            let marks: Vec<_> = drawn.marks.iter().filter(|m| lane.rect.contains_rect(m.rect.shrink(1.0))).collect();
            for (i, a) in marks.iter().enumerate() {
                for b in &marks[i + 1..] {
                    let overlap = a.rect.shrink(1.0).intersect(b.rect.shrink(1.0));
                    assert!(
                        !overlap.is_positive(),
                        "at {height} px, events {} and {} overlap: {:?} {:?}",
                        a.event,
                        b.event,
                        a.rect,
                        b.rect
                    );
                }
            }
        }
    }
}
