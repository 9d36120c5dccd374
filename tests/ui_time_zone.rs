//! View -> Time zone: a timed event's time moves to the chosen zone in the
//! source panel and its tooltip, the status bar names the zone, and an event
//! dated without a time of day keeps its calendar date.

mod common;

use chronolens::model::load_sample;
use chronolens::ui::ChronolensApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const TIMED: &str = "Strike on the fuel depot";
const DATED: &str = "Summit communique published";

fn harness(app: ChronolensApp) -> Harness<'static, ChronolensApp> {
    Harness::builder().with_size(egui::vec2(1400.0, 860.0)).build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), app)
}

/// Two events: one at 23:30 UTC (already the next day in Kyiv), one a bare date.
fn dataset(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("zones.json");
    let source = r#"[{"article":"a","paragraph":1,"quote":"Someone said so."}]"#;
    let json = format!(
        r#"{{"lanes":[{{"id":"ua","label":"Ukraine"}},{{"id":"eu","label":"EU"}}],
"articles":[{{"id":"a","title":"T","paragraphs":["T","Someone said so."]}}],
"events":[
{{"id":"t","lane":"ua","title":"{TIMED}","kind":"attack","verification":"reported","start":"2022-03-24T23:30:00Z","precision":"minute","sources":{source}}},
{{"id":"d","lane":"eu","title":"{DATED}","kind":"statement","verification":"reported","start":"2022-03-24","precision":"day","sources":{source}}}]}}"#
    );
    std::fs::write(&file, json).unwrap();
    file
}

/// The two events' file in a fresh folder (named after `tag`), open in the window.
fn opened(tag: &str) -> (common::Scratch, Harness<'static, ChronolensApp>) {
    let dir = common::scratch_dir(&format!("ui-{tag}"));
    let file = dataset(&dir);
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    (dir, h)
}

fn select(h: &mut Harness<'_, ChronolensApp>, title: &str) {
    h.get_by(common::mark(title, "")).click();
    h.run();
    let app = h.state();
    assert_eq!(app.selected.map(|e| app.data.dataset.events[e as usize].title.as_ref()), Some(title));
}

#[test]
fn choosing_a_zone_moves_times_and_keeps_dates() {
    let (_dir, mut h) = opened("zone");
    h.run();

    // UTC by default.
    select(&mut h, TIMED);
    h.get_by_label("Thu 24 Mar 2022, 23:30 UTC");
    h.get_by_label("times in UTC");

    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Time zone").click();
    h.run();
    h.get_by_label_contains("Europe/Kyiv (EET").click();
    h.run();
    assert_eq!(h.state().timeline.zone.id(), "Europe/Kyiv");

    // 23:30 UTC is 01:30 the next morning in Kyiv (EET, UTC+2, in March before the change).
    h.get_by_label("Fri 25 Mar 2022, 01:30 EET");
    assert!(h.query_by_label("Thu 24 Mar 2022, 23:30 UTC").is_none(), "the UTC time is gone from the panel");
    h.get_by_label("times in Europe/Kyiv");

    // The tooltip says the same.
    h.get_by(common::mark(TIMED, "")).hover();
    for _ in 0..10 {
        h.step();
    }
    h.run();
    assert!(h.query_all_by_label("Fri 25 Mar 2022, 01:30 EET").count() >= 2, "the tooltip shows the time in Kyiv as well as the panel");
    // And so does the mark's accessible name, which a screen reader reads instead.
    h.get_by_label_contains(&format!("{TIMED}; Fri 25 Mar 2022, 01:30 EET; Ukraine;"));

    // The date written without a time is the same calendar date in Kyiv.
    select(&mut h, DATED);
    h.get_by_label("Thu 24 Mar 2022");
    assert!(h.query_by_label("Fri 25 Mar 2022").is_none());

    // Back to UTC.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Time zone").click();
    h.run();
    h.get_by_label("UTC").click();
    h.run();
    select(&mut h, TIMED);
    h.get_by_label("Thu 24 Mar 2022, 23:30 UTC");
}

#[test]
fn the_chosen_zone_is_remembered() {
    let dir = common::scratch_dir("ui-zone-settings");
    let mut app = ChronolensApp::new(load_sample());
    app.enable_settings(&dir);
    let mut h = harness(app);
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Time zone").click();
    h.run();
    h.get_by_label_contains("America/New_York").click();
    h.run();
    eframe::App::on_exit(h.state_mut());
    drop(h);
    // As the real window does: settings before the first frame.
    let mut app = ChronolensApp::new(load_sample());
    app.enable_settings(&dir);
    let mut h = harness(app);
    h.run();
    assert_eq!(h.state().timeline.zone.id(), "America/New_York");
    h.get_by_label("times in America/New_York");
}

/// Seen hour by hour in Kyiv, a day written without a time runs from Kyiv's
/// midnight to Kyiv's midnight, where the axis puts them, not from UTC's.
#[test]
fn a_day_is_drawn_between_the_zones_midnights() {
    let (_dir, mut h) = opened("zone-day");
    let at = |s: &str| chronolens::model::time::parse_instant(s).unwrap().secs as f64;
    let bar_edges = |h: &mut Harness<'_, ChronolensApp>, zone: &str| {
        h.state_mut().timeline.zone = chronolens::model::zone::Zone::parse(zone).unwrap();
        // Four minutes a pixel, from noon on the 23rd: the day is 360 px wide.
        h.state_mut().timeline.view = chronolens::timeline::TimeView { t0: at("2022-03-23T12:00:00Z"), secs_per_px: 240.0 };
        h.run();
        let app = h.state();
        let e = app.data.dataset.events.iter().position(|ev| &*ev.title == DATED).unwrap() as u32;
        let mark = app.timeline.drawn.marks.iter().find(|m| m.event == e).expect("the dated event is drawn");
        let x = |t: f64| app.timeline.drawn.plot.left() + app.timeline.view.x(t) as f32;
        (mark.rect.left() - x(at("2022-03-23T22:00:00Z")), mark.rect.left() - x(at("2022-03-24T00:00:00Z")), mark.rect.width())
    };
    let (from_kyiv_midnight, _, width) = bar_edges(&mut h, "Europe/Kyiv");
    assert!(from_kyiv_midnight.abs() < 1.0, "the bar starts at 00:00 EET (22:00 UTC): {from_kyiv_midnight} px off");
    assert!(width >= 359.0, "a whole day wide: {width}");
    let (_, from_utc_midnight, _) = bar_edges(&mut h, "UTC");
    assert!(from_utc_midnight.abs() < 1.0, "in UTC it starts at 00:00 UTC: {from_utc_midnight} px off");
}
