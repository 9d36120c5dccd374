//! What a screen-reader or keyboard user gets, read from the AccessKit tree
//! through kittest: events by their full names, density strips, the
//! chronology list in step with the timeline, the focus order under Tab, and
//! the high-contrast and colour-blind-safe appearances.

mod common;

use chronolens::model::load_sample;
use chronolens::ui::ChronolensApp;
use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT, Queryable};

fn harness(app: ChronolensApp) -> Harness<'static, ChronolensApp> {
    Harness::builder().with_size(egui::vec2(1400.0, 860.0)).build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), app)
}

fn press(h: &mut Harness<'_, ChronolensApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn selected_title(h: &Harness<'_, ChronolensApp>) -> Option<String> {
    let app = h.state();
    app.selected.map(|e| app.data.dataset.events[e as usize].title.to_string())
}

/// The accessible name of the node with the keyboard focus ("" when none has it).
fn focused(h: &Harness<'_, ChronolensApp>) -> String {
    let node = h.query_by(|n: &AccessKitNode<'_>| n.is_focused());
    node.and_then(|n| n.accesskit_node().label()).unwrap_or_default()
}

const STOLTENBERG: &str = "Stoltenberg: Russia may use chemical weapons, blame West";

#[test]
fn an_event_is_found_by_its_full_label() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    // Title, date as known, lane, kind and verification, review, sources: what the mark and its tooltip show.
    let full = format!("{STOLTENBERG}; Thu 24 Mar 2022; NATO; statement, reported; reviewed; 1 source");
    h.get_by_role_and_label(Role::Button, &full).click();
    h.run();
    assert_eq!(selected_title(&h).as_deref(), Some(STOLTENBERG));
    // The marks belong to the timeline, itself one named node.
    let timeline = h.get_by(|n: &AccessKitNode<'_>| n.label().is_some_and(|l| l.starts_with("Timeline, ")));
    let events = timeline.get_all_by_role(Role::Button).count();
    let drawn = h.state().timeline.drawn.marks.iter().filter(|m| m.rect.is_positive()).count();
    assert_eq!(events, drawn, "one node per mark drawn, under the timeline");
    assert!(events > 5);
}

#[test]
fn a_dense_lane_is_one_labelled_strip_not_thousands_of_nodes() {
    // 3,000 events in one lane over a fortnight: drawn as a density strip when everything is fitted.
    let dir = common::scratch_dir("a11y-dense");
    let file = dir.join("dense.json");
    let events: Vec<String> = (0..3000)
        .map(|i| {
            let (day, minute) = (1 + i % 14, i % 1400);
            format!(
                r#"{{"id":"e{i}","lane":"crowd","title":"Report {i}","kind":"claim","verification":"claimed","start":"2022-07-{day:02}T{:02}:{:02}:00Z","precision":"minute","sources":[{{"article":"a","paragraph":1,"quote":"Someone said so."}}]}}"#,
                minute / 60,
                minute % 60
            )
        })
        .collect();
    let json = format!(
        r#"{{"lanes":[{{"id":"crowd","label":"Crowd"}},{{"id":"one","label":"One"}}],"articles":[{{"id":"a","title":"T","paragraphs":["T","Someone said so."]}}],"events":[{},{}]}}"#,
        events.join(","),
        r#"{"id":"solo","lane":"one","title":"A lone statement","kind":"statement","verification":"reported","start":"2022-07-05","precision":"day","sources":[{"article":"a","paragraph":1,"quote":"Someone said so."}]}"#
    );
    std::fs::write(&file, json).unwrap();
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    h.run();
    let strip = h.get_by_label_contains("Crowd: 3,000 events, ");
    let label = strip.accesskit_node().label().unwrap();
    assert!(label.ends_with("1–14 Jul 2022; zoom in to see them"), "{label}");
    // It covers the strip, for a screen reader's highlight.
    let plot = h.state().timeline.drawn.plot;
    assert!(strip.rect().width() > 0.9 * plot.width() && strip.rect().height() > 20.0, "{:?}", strip.rect());
    // Only what is drawn has a node: the lone event, not three thousand.
    assert_eq!(
        h.query_all_by_role(Role::Button).filter(|n| n.accesskit_node().label().is_some_and(|l| l.starts_with("Report "))).count(),
        0
    );
    h.get_by_label_contains("A lone statement; Tue 5 Jul 2022; One; statement, reported; reviewed; 1 source");
}

#[test]
fn the_chronology_list_follows_the_selection_both_ways() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    press(&mut h, Modifiers::NONE, Key::L);
    let selected_row = |h: &Harness<'_, ChronolensApp>| {
        let rows: Vec<String> = h
            .query_all_by(|n: &AccessKitNode<'_>| n.toggled() == Some(Toggled::True) && n.label().is_some_and(|l| l.contains(" · ")))
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect();
        rows
    };
    assert!(selected_row(&h).is_empty(), "nothing selected yet");
    // J selects the first event in time: its row is the selected one.
    press(&mut h, Modifiers::NONE, Key::J);
    h.run_steps(5);
    let first = selected_title(&h).expect("J selects an event");
    let rows = selected_row(&h);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].ends_with(&first), "{rows:?} for {first}");
    // The selected mark says so too.
    assert!(
        h.query_by(|n: &AccessKitNode<'_>| n.role() == Role::Button
            && n.toggled() == Some(Toggled::True)
            && n.label().is_some_and(|l| l.starts_with(&format!("{first}; "))))
            .is_some()
    );
    // Clicking another row selects its event on the timeline.
    h.get_by_label_contains(&format!("· {STOLTENBERG}")).click();
    h.run_steps(5);
    assert_eq!(selected_title(&h).as_deref(), Some(STOLTENBERG));
    let rows = selected_row(&h);
    assert!(rows.len() == 1 && rows[0].ends_with(STOLTENBERG), "{rows:?}");
}

#[test]
fn tab_moves_the_focus_through_the_controls_and_ctrl_tab_steps_events() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    // The menus, then the toolbar, in reading order; the selection is left alone.
    let mut order = Vec::new();
    for _ in 0..8 {
        press(&mut h, Modifiers::NONE, Key::Tab);
        order.push(focused(&h));
    }
    assert_eq!(order, ["File", "Edit", "View", "Views", "Help", "Fit all", "−", "+"]);
    assert_eq!(h.state().selected, None, "Tab moves the focus, not the selection");
    press(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(focused(&h), "−", "Shift+Tab goes back");
    // Enter presses the focused button (zoom out) instead of opening a source.
    let before = h.state().timeline.view.secs_per_px;
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(h.state().timeline.view.secs_per_px > before, "the focused - button was pressed");
    assert_eq!(h.state().selected, None);
    // Ctrl+Tab and Ctrl+Shift+Tab step through the events in time.
    press(&mut h, Modifiers::COMMAND, Key::Tab);
    let app = h.state();
    let first = app.data.dataset.events[app.data.index.by_time[0] as usize].title.to_string();
    assert_eq!(selected_title(&h), Some(first.clone()));
    press(&mut h, Modifiers::COMMAND, Key::Tab);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Tab);
    assert_eq!(selected_title(&h), Some(first.clone()));
    // The timeline is one stop: reached by Tab, it keeps the focus under the arrows, which step.
    let mut stops = 0;
    while !focused(&h).starts_with("Timeline, ") {
        press(&mut h, Modifiers::NONE, Key::Tab);
        stops += 1;
        assert!(stops < 80, "Tab never reached the timeline");
    }
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    let app = h.state();
    let second = app.data.dataset.events[app.data.index.by_time[1] as usize].title.to_string();
    assert_eq!(selected_title(&h), Some(second));
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert!(focused(&h).starts_with("Timeline, "), "the arrows do not move the focus off the timeline");
    // One more Tab leaves it: the marks are not Tab stops.
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert!(!focused(&h).starts_with("Timeline, ") && !focused(&h).contains("; reviewed; "), "{}", focused(&h));
}

#[test]
fn high_contrast_and_colour_blind_palette_change_the_window_and_exports() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    let dark = h.ctx.global_style().visuals.dark_mode;
    let ordinary = h.ctx.global_style().visuals.panel_fill;
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("High contrast").click();
    h.run();
    h.run();
    let v = h.ctx.global_style().visuals.clone();
    let (ground, ink) = if dark { (egui::Color32::BLACK, egui::Color32::WHITE) } else { (egui::Color32::WHITE, egui::Color32::BLACK) };
    assert_ne!(ordinary, ground);
    assert_eq!((v.panel_fill, v.text_color()), (ground, ink));
    assert!(v.widgets.active.bg_stroke.width >= 3.0, "a thick focus outline");
    assert!(h.state().appearance.high_contrast);
    // The theme switch keeps it.
    h.get_by_label(if dark { "Light theme" } else { "Dark theme" }).click();
    h.run();
    h.run();
    let v = h.ctx.global_style().visuals.clone();
    assert_eq!((v.panel_fill, v.text_color()), (ink, ground));
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Colour-blind-safe lane colours").click();
    h.run();
    assert!(h.state().appearance.colour_blind);
    // An export drawn from the window looks the same.
    press(&mut h, Modifiers::COMMAND, Key::E);
    let look = h.state().export.as_ref().expect("Ctrl+E opens the export dialog").appearance;
    assert!(look.high_contrast && look.colour_blind);
    // And back.
    press(&mut h, Modifiers::NONE, Key::Escape);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("High contrast").click();
    h.run();
    h.run();
    assert_ne!(h.ctx.global_style().visuals.panel_fill, ink);
    assert_ne!(h.ctx.global_style().visuals.text_color(), ground, "text is no longer pure");
}

#[test]
fn the_appearance_is_remembered() {
    let dir = common::scratch_dir("a11y-settings");
    let mut app = ChronolensApp::new(load_sample());
    app.enable_settings(&dir);
    let mut h = harness(app);
    h.run();
    h.state_mut().appearance.colour_blind = true;
    h.run();
    eframe::App::on_exit(h.state_mut());
    drop(h);
    // As the real window does: settings before the first frame.
    let mut app = ChronolensApp::new(load_sample());
    app.enable_settings(&dir);
    let mut h = harness(app);
    h.run();
    assert!(h.state().appearance.colour_blind && !h.state().appearance.high_contrast);
}

#[test]
fn an_export_is_drawn_with_the_windows_appearance() {
    use chronolens::export::{ExportRequest, render_svg};
    use chronolens::render::style::Appearance;
    let data = load_sample();
    let plain = ExportRequest { export_date: Some("2026-12-02".into()), dark: true, ..Default::default() };
    let look = Appearance { high_contrast: true, colour_blind: true };
    let (ordinary, _) = render_svg(&data, &plain).unwrap();
    let (svg, _) = render_svg(&data, &ExportRequest { appearance: look, ..plain.clone() }).unwrap();
    // Okabe-Ito blue for the first lane, on a pure black page.
    assert!(svg.contains("\"#0072b2\"") && !ordinary.contains("\"#0072b2\""));
    assert!(svg.contains("fill=\"#000000\"") && !ordinary.contains("fill=\"#000000\""));
}

#[test]
fn up_and_down_scroll_tall_lanes_from_the_focused_timeline() {
    let dir = common::scratch_dir("a11y-lanes");
    let file = dir.join("lanes.json");
    common::write_forty_lanes(&file);
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    // A screen reader moves the focus to the timeline (the AccessKit focus action).
    h.get_by(|n: &AccessKitNode<'_>| n.label().is_some_and(|l| l.starts_with("Timeline, "))).focus();
    h.run();
    assert!(focused(&h).starts_with("Timeline, "));
    assert_eq!(h.state().timeline.scroll_y, 0.0);
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    let down = h.state().timeline.scroll_y;
    assert!(down > 0.0, "Down scrolls the lanes");
    press(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert!(h.state().timeline.scroll_y < down, "Up scrolls back");
    assert!(focused(&h).starts_with("Timeline, "), "and the focus stays");
}

#[test]
fn marks_say_the_date_as_known_not_more_precisely_and_whether_a_draft() {
    use chronolens::model::{Dataset, SAMPLE_JSON, load_bytes};
    // One event of the sample made a draft, as extraction leaves it.
    let mut ds: Dataset = serde_json::from_str(SAMPLE_JSON).unwrap();
    ds.events.iter_mut().find(|e| e.id == "S004-02").unwrap().draft = Some(true);
    let loaded = load_bytes("drafts.json", &chronolens::model::save::to_json(&ds)).unwrap();
    let mut h = harness(ChronolensApp::new(loaded));
    h.run();
    // As the tooltip writes it: a range is "sometime …", an upper bound "on or before …".
    h.get_by_role_and_label(
        Role::Button,
        "Russian forces accused of white phosphorus use; sometime 21–23 Mar 2022; Ukrainian officials; claim, unverified; draft, not reviewed; 1 source",
    );
    h.get_by_role_and_label(
        Role::Button,
        "Alleged phosphorus bombing of Kramatorsk; on or before 21 Mar 2022; Russia; attack, unverified; reviewed; 1 source",
    );
}

#[test]
fn ctrl_plus_minus_and_0_scale_the_interface_and_the_scale_is_remembered() {
    let dir = common::scratch_dir("a11y-scale");
    let mut app = ChronolensApp::new(load_sample());
    app.enable_settings(&dir);
    let mut h = harness(app);
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.0);
    let view = h.state().timeline.view.secs_per_px;
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    let larger = h.ctx.zoom_factor();
    assert!(larger > 1.15, "Ctrl+plus makes everything larger: {larger}");
    assert_eq!(h.state().timeline.view.secs_per_px, view, "the interface, not the timeline (plain + zooms that)");
    press(&mut h, Modifiers::COMMAND, Key::Minus);
    assert!(h.ctx.zoom_factor() < larger && h.ctx.zoom_factor() > 1.0, "Ctrl+minus: {}", h.ctx.zoom_factor());
    press(&mut h, Modifiers::COMMAND, Key::Num0);
    assert_eq!(h.ctx.zoom_factor(), 1.0, "Ctrl+0: normal size");
    press(&mut h, Modifiers::COMMAND, Key::Plus);
    let kept = h.ctx.zoom_factor();
    assert!(kept > 1.0);
    assert_eq!(h.state().timeline.view.secs_per_px, view);
    eframe::App::on_exit(h.state_mut());
    drop(h);
    // The next window starts at that scale.
    let mut app = ChronolensApp::new(load_sample());
    app.enable_settings(&dir);
    let mut h = harness(app);
    h.run();
    assert_eq!(h.ctx.zoom_factor(), kept);
}

#[test]
fn a_lanes_menu_opens_and_works_from_the_keyboard() {
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    let order = |h: &Harness<'_, ChronolensApp>| {
        let app = h.state();
        app.timeline.drawn.lanes.iter().map(|l| app.data.dataset.lanes[l.lane as usize].id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(order(&h)[..3], ["nato", "us", "russia"]);
    // Tab reaches the lane labels (row headers under the timeline).
    let mut stops = 0;
    while focused(&h) != "NATO lane" {
        press(&mut h, Modifiers::NONE, Key::Tab);
        stops += 1;
        assert!(stops < 80, "Tab never reached the NATO lane's label");
    }
    // The Menu key opens its menu; its items are the next Tab stops; Enter chooses one.
    press(&mut h, Modifiers::NONE, Key::Menu);
    assert!(h.query_by_label("Move lane down").is_some(), "the menu is open");
    while focused(&h) != "Move lane down" {
        press(&mut h, Modifiers::NONE, Key::Tab);
        stops += 1;
        assert!(stops < 90, "Tab never reached the menu's items: {}", focused(&h));
    }
    press(&mut h, Modifiers::NONE, Key::Enter);
    h.run();
    assert_eq!(order(&h)[..3], ["us", "nato", "russia"]);
    assert!(h.query_by_label("Move lane down").is_none(), "the menu closed");
    assert_eq!(focused(&h), "NATO lane", "the focus is back on the label");
    // Shift+F10 too, and Esc closes the menu without a change.
    press(&mut h, Modifiers::SHIFT, Key::F10);
    assert!(h.query_by_label("Collapse lane").is_some());
    press(&mut h, Modifiers::NONE, Key::Escape);
    h.run();
    assert!(h.query_by_label("Collapse lane").is_none());
    assert_eq!(order(&h)[..3], ["us", "nato", "russia"]);
    assert_eq!(focused(&h), "NATO lane");
    // While a menu is open its keys are its own: J does not step through the events.
    press(&mut h, Modifiers::NONE, Key::Menu);
    press(&mut h, Modifiers::NONE, Key::J);
    assert_eq!(h.state().selected, None);
    press(&mut h, Modifiers::NONE, Key::Escape);
}
