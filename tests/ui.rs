//! Drives the real window with egui_kittest: open the sample, click events
//! by their accessible names, read the source panel, use the keyboard.

mod common;

use chronolens::model::history::Op;
use chronolens::model::load_sample;
use chronolens::model::progress::Stage;
use chronolens::ui::ChronolensApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn app_harness() -> Harness<'static, ChronolensApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(load_sample()))
}

/// A fresh folder for one test's files, removed when it ends (see `common::Scratch`).
fn scratch_dir(tag: &str) -> common::Scratch {
    common::scratch_dir(tag)
}

/// Steps the window until a background load has finished (at most a minute).
fn wait_for_load(h: &mut Harness<'_, ChronolensApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while h.state().is_loading() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
}

fn selected_id(h: &Harness<'_, ChronolensApp>) -> Option<String> {
    let app = h.state();
    app.selected.map(|e| app.data.dataset.events[e as usize].id.to_string())
}

#[test]
fn clicking_an_event_shows_its_paragraph_with_the_quote() {
    let mut h = app_harness();
    h.run();
    h.get_by(common::mark("Stoltenberg: Russia may use chemical weapons, blame West", "")).click();
    h.run();
    assert_eq!(selected_id(&h).as_deref(), Some("S000-01"));
    // The cited paragraph is shown (its text contains the quote), with the article title.
    let quote = "NATO Secretary-General Jens Stoltenberg said on Thursday that Russia itself could try to use chemical weapons in Ukraine";
    h.get_by_label_contains(quote);
    h.get_by_label_contains("published 24 Mar 2022");
    // And the date as known.
    h.get_by_label("Thu 24 Mar 2022");
}

#[test]
fn keyboard_steps_through_events_in_time_order() {
    let mut h = app_harness();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Tab);
    h.run();
    let first = selected_id(&h).expect("Ctrl+Tab selects the earliest event");
    let app = h.state();
    let order = &app.data.index.by_time;
    assert_eq!(app.data.dataset.events[order[0] as usize].id, first);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Tab);
    h.run();
    assert_eq!(selected_id(&h), Some(app_id(&h, 1)));
    // → with a selection steps forward too, Ctrl+Shift+Tab and ← step back.
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(selected_id(&h), Some(app_id(&h, 2)));
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Tab);
    h.run();
    assert_eq!(selected_id(&h), Some(app_id(&h, 1)));
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(selected_id(&h), Some(first.clone()));
    // Esc clears the selection and the panel returns to the overview.
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(selected_id(&h), None);
    h.get_by_label("Undated events (1)");
}

fn app_id(h: &Harness<'_, ChronolensApp>, rank: usize) -> String {
    let app = h.state();
    app.data.dataset.events[app.data.index.by_time[rank] as usize].id.to_string()
}

#[test]
fn keyboard_zoom_pan_and_fit() {
    let mut h = app_harness();
    h.run();
    let fitted = h.state().timeline.view;
    h.key_press(egui::Key::Plus);
    h.run();
    let zoomed = h.state().timeline.view;
    assert!(zoomed.secs_per_px < fitted.secs_per_px * 0.8, "+ zooms in");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert!(h.state().timeline.view.t0 > zoomed.t0, "→ pans forward in time without a selection");
    h.key_press(egui::Key::Minus);
    h.run();
    assert!(h.state().timeline.view.secs_per_px > zoomed.secs_per_px, "- zooms out");
    h.key_press(egui::Key::Home);
    h.run();
    let home = h.state().timeline.view;
    assert!((home.secs_per_px - fitted.secs_per_px).abs() < 1e-6 && (home.t0 - fitted.t0).abs() < 1e-3, "Home fits all again");
}

#[test]
fn hiding_a_lane_removes_its_events() {
    let mut h = app_harness();
    h.run();
    let biden = "Biden calls Russian chemical weapons use a real threat";
    assert!(h.query_by(common::mark(biden, "")).is_some());
    h.get_by_label("US").click();
    h.run();
    let us = h.state().data.index.lane_ids["us"] as usize;
    assert!(h.state().hidden[us]);
    assert!(h.query_by(common::mark(biden, "")).is_none(), "events of a hidden lane are not drawn");
    // Ctrl+Tab visits every dated event of the shown lanes, and never one of a hidden lane.
    let mut visited = std::collections::BTreeSet::new();
    for _ in 0..40 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Tab);
        h.run();
        let app = h.state();
        let e = app.selected.expect("Ctrl+Tab selects an event");
        assert_ne!(app.data.index.lane_of[e as usize] as usize, us);
        visited.insert(e);
    }
    let index = &h.state().data.index;
    let shown =
        (0..h.state().data.dataset.events.len()).filter(|&e| index.lane_of[e] as usize != us && index.spans[e].get().is_some()).count();
    assert_eq!(visited.len(), shown);
    h.get_by_label("US").click();
    h.run();
    assert!(h.query_by(common::mark(biden, "")).is_some());
}

#[test]
fn other_events_of_the_article_are_listed_and_selectable() {
    let mut h = app_harness();
    h.run();
    h.get_by(common::mark("Sullivan: US has no intention of using chemical weapons", "")).click();
    h.run();
    assert_eq!(selected_id(&h).as_deref(), Some("S004-14"));
    h.get_by_label_contains("Events cited from this article (15)");
    // Pick another event of the same article from the list: it becomes selected
    // and its paragraph is shown.
    h.get_by_label_contains("Biloshytskiy alleges phosphorus bombs used in Kramatorsk  —").click();
    h.run();
    assert_eq!(selected_id(&h).as_deref(), Some("S004-03"));
    h.get_by_label_contains("In a Telegram post on Monday, the deputy head of police in Kyiv");
    // It is in view on the timeline.
    let app = h.state();
    let span = app.data.index.spans[app.selected.unwrap() as usize].get().unwrap();
    let v = app.timeline.view;
    assert!(v.x(span.lo as f64) >= 0.0 && v.x(span.hi as f64) <= app.timeline.plot_width as f64);
}

#[test]
fn a_broken_file_shows_an_error_and_keeps_the_data() {
    let dir = scratch_dir("ui");
    let bad = dir.join("broken.json");
    std::fs::write(&bad, "{\"lanes\": [ {\"id\": \"a\", \"label\": \"A\"} ], \"articles\": [], \"events\": [ {\"id\": \"e1\" ").unwrap();
    let mut h = app_harness();
    h.run();
    let before = h.state().data.dataset.events.len();
    h.state_mut().open_path(&bad);
    h.run();
    assert_eq!(h.state().data.dataset.events.len(), before, "the sample stays loaded");
    h.get_by_label("Could not open the file; the data shown is unchanged.");
    h.get_by_label_contains("broken.json: JSON syntax error at line 1");
    // The timeline still works.
    h.get_by(common::mark("Biden calls Russian chemical weapons use a real threat", "")).click();
    h.run();
    assert_eq!(selected_id(&h).as_deref(), Some("S000-02"));
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.query_by_label("Could not open the file; the data shown is unchanged.").is_none());
}

#[test]
fn a_dropped_file_is_opened() {
    #[derive(Debug)]
    struct Dropped(std::path::PathBuf);
    impl egui::DroppedFile for Dropped {
        fn path(&self) -> &std::path::Path {
            &self.0
        }
        fn bytes(&self) -> Result<Vec<u8>, String> {
            std::fs::read(&self.0).map_err(|e| e.to_string())
        }
    }
    let dir = scratch_dir("drop");
    let file = dir.join("two.json");
    let json = r#"{"lanes":[{"id":"x","label":"Lane X"}],
        "articles":[{"id":"a","title":"T","paragraphs":["T","Alpha said hello on Monday."]}],
        "events":[{"id":"e","lane":"x","title":"Alpha says hello","kind":"statement","start":"2021-05-03","precision":"day",
                   "verification":"reported","sources":[{"article":"a","paragraph":1,"quote":"Alpha said hello"}]}]}"#;
    std::fs::write(&file, json).unwrap();
    let mut h = app_harness();
    h.run();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(file.clone())));
    h.run();
    assert_eq!(h.state().data.dataset.events.len(), 1);
    h.get_by(common::mark("Alpha says hello", "")).click();
    h.run();
    h.get_by_label_contains("Alpha said hello on Monday.");
}

#[test]
fn editing_an_event_then_saving_keeps_a_backup() {
    let dir = scratch_dir("edit");
    let file = dir.join("data.json");
    std::fs::write(&file, chronolens::model::SAMPLE_JSON).unwrap();
    let mut h = app_harness();
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    h.get_by(common::mark("Sullivan: US has no intention of using chemical weapons", "")).click();
    h.run();
    h.get_by_label("Edit…").click();
    h.run();
    let text_input = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text_input, "Title").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(text_input, "Title").type_text("Sullivan rules out chemical weapons use");
    h.run();
    // An impossible date is refused before anything changes.
    h.get_by_role_and_label(text_input, "Start").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(text_input, "Start").type_text("2022-02-30");
    h.run();
    h.get_by_label_contains("is not a real calendar date");
    h.get_by_role_and_label(text_input, "Start").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(text_input, "Start").type_text("2022-03-25");
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    let app = h.state();
    let e = app.data.index.event_ids["S004-14"];
    assert_eq!(&*app.data.dataset.events[e as usize].title, "Sullivan rules out chemical weapons use");
    assert!(app.is_dirty());
    h.get_by_label_contains("(unsaved changes)");
    // Save: the new version is written, the old one kept as data.json.bak.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(!h.state().is_dirty());
    let saved = chronolens::model::load_path(&file).unwrap();
    assert_eq!(&*saved.dataset.events[saved.index.event_ids["S004-14"] as usize].title, "Sullivan rules out chemical weapons use");
    let bak = chronolens::model::save::backup_path(&file);
    assert_eq!(std::fs::read_to_string(bak).unwrap(), chronolens::model::SAMPLE_JSON);
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut h = app_harness();
    h.run();
    h.get_by(common::mark("Biden calls Russian chemical weapons use a real threat", "")).click();
    h.run();
    h.get_by_label("Edit…").click();
    h.run();
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().is_dirty(), "cancelling an edit changes nothing");
    // Make a real change through the model, then ask to close.
    let e = h.state().selected.unwrap();
    let mut ev = (*h.state().data.dataset.events[e as usize]).clone();
    ev.title = "Changed".into();
    h.state_mut().change("Edit".into(), vec![Op::Put { at: e, event: ev }]).unwrap();
    h.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(h.state().is_dirty(), "nothing was lost");
}

/// A valid dataset of `n` events, large enough to load in the background.
fn big_dataset(n: usize) -> String {
    let mut events = Vec::with_capacity(n);
    for i in 0..n {
        events.push(format!(
            r#"{{"id":"g{i}","lane":"{}","title":"Generated event number {i} with a long enough title to take some room","kind":"statement","start":"2021-{:02}-{:02}","precision":"day","verification":"reported","sources":[{{"article":"a","paragraph":1,"quote":"said"}}]}}"#,
            if i % 2 == 0 { "x" } else { "y" },
            1 + i % 12,
            1 + i % 28
        ));
    }
    format!(
        r#"{{"lanes":[{{"id":"x","label":"Lane X"}},{{"id":"y","label":"Lane Y"}}],"articles":[{{"id":"a","title":"T","paragraphs":["T","Someone said something."]}}],"events":[{}]}}"#,
        events.join(",\n")
    )
}

/// The sample window, with a 60,000-event file (large enough for a background
/// load) just opened. Returns the scratch folder, the file and the harness.
fn start_loading_a_big_file(tag: &str) -> (common::Scratch, std::path::PathBuf, Harness<'static, ChronolensApp>) {
    let dir = scratch_dir(tag);
    let file = dir.join("big.json");
    std::fs::write(&file, big_dataset(60_000)).unwrap();
    let mut h = app_harness();
    h.run();
    h.state_mut().open_path(&file);
    (dir, file, h)
}

#[test]
fn large_files_load_in_the_background_while_the_old_data_stays_usable() {
    let (_dir, file, mut h) = start_loading_a_big_file("bg");
    assert!(std::fs::metadata(&file).unwrap().len() > chronolens::ui::app::BACKGROUND_LOAD_BYTES);
    assert!(h.state().is_loading());
    h.step();
    // The sample is still there and still answers clicks while loading.
    h.get_by(common::mark("Biden calls Russian chemical weapons use a real threat", "")).click();
    h.step();
    h.step();
    assert!(h.state().is_loading(), "still loading two frames later");
    assert_eq!(selected_id(&h).as_deref(), Some("S000-02"), "the old data is usable while loading");
    wait_for_load(&mut h);
    assert!(!h.state().is_loading(), "loading finished");
    assert_eq!(h.state().data.dataset.events.len(), 60_000);
    assert_eq!(h.state().path.as_deref(), Some(file.as_path()));
}

#[test]
fn a_background_load_can_be_cancelled() {
    let (_dir, _file, mut h) = start_loading_a_big_file("cancel");
    h.step();
    let progress = h.state().loading_progress().expect("the big file loads in the background");
    h.get_by_label("Cancel").click();
    h.step();
    assert!(!h.state().is_loading(), "the window lets go at once");
    assert!(progress.is_cancelled());
    // The loading thread itself stops: clearing the window's state alone would
    // leave it parsing on for nothing.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !progress.is_finished() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(progress.is_finished(), "the loading thread ended within 5 s of Cancel");
    // A load that ran to its end would have reached the last stage (a full load of
    // this file takes about ten times as long as the two frames before Cancel).
    assert_ne!(progress.stage(), Stage::Indexing, "Cancel cut the load short");
    h.step();
    assert_eq!(h.state().data.dataset.events.len(), 33, "the sample stays");
    assert!(h.state().error.is_none(), "a cancelled load is not an error: {:?}", h.state().error);
}

/// File → Import article…, then `text` typed into its text box.
fn paste_into_import_dialog(h: &mut Harness<'static, ChronolensApp>, text: &str) {
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Import article…").click();
    h.run();
    let text_input = egui::accesskit::Role::MultilineTextInput;
    h.get_by_role_and_label(text_input, "Article text").focus();
    h.run();
    h.get_by_role_and_label(text_input, "Article text").type_text(text);
    h.run();
}

#[test]
fn importing_an_article_adds_drafts_to_review() {
    let mut h = app_harness();
    paste_into_import_dialog(
        &mut h,
        "Kremlin rejects talks\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Moscow would not join the talks.\n\nLeave a Reply",
    );
    h.run();
    // The text states no publication date: the dialog says so before and after Extract.
    h.get_by_label_contains("no publication date in the text: type one above");
    h.get_by_label("Extract drafts").click();
    h.run();
    h.get_by_label_contains("no publication date in the text; type one in Publication date");
    assert_eq!(h.state().data.dataset.events.len(), 33, "nothing is extracted");
    let single = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(single, "Publication date").focus();
    h.run();
    h.get_by_role_and_label(single, "Publication date").type_text("2022-03-24");
    h.run();
    let before = h.state().data.dataset.events.len();
    h.get_by_label("Extract drafts").click();
    h.run();
    let app = h.state();
    assert!(app.import.is_none(), "the dialog closes");
    assert!(app.is_dirty());
    let drafts: Vec<_> = app.data.dataset.events[before..].iter().collect();
    assert_eq!(drafts.len(), 1, "one statement; the boilerplate yields none");
    let d = drafts[0];
    assert!(d.is_draft());
    assert_eq!((d.lane.as_str(), d.start.as_deref(), d.time_cue.as_deref()), ("russia", Some("2022-03-22"), Some("on Tuesday")));
    // The draft is selected: its paragraph and review buttons are shown.
    h.get_by_label_contains("Draft: extracted automatically");
    h.get_by_label_contains("Kremlin spokesman Dmitry Peskov said on Tuesday");
    h.get_by_label("Accept draft").click();
    h.run();
    let app = h.state();
    assert!(!app.data.dataset.events[before].is_draft());
    assert!(h.query_by_label("Accept draft").is_none());
}

#[test]
fn importing_several_pasted_articles_reads_each_ones_date() {
    let mut h = app_harness();
    paste_into_import_dialog(
        &mut h,
        "Kremlin rejects talks\n\nPublished March 11, 2025\n\nKremlin spokesman Dmitry Peskov said on Monday that Moscow would not join the talks.\n\
         ===\n\
         NATO answers\n\nBRUSSELS, March 12, 2025 (Wire) - NATO Secretary General Mark Rutte said on Wednesday that the alliance would keep its support.",
    );
    h.run();
    // The dialog lists both articles with the date each states.
    h.get_by_label("2 articles:");
    h.get_by_label("published 2025-03-11");
    h.get_by_label("published 2025-03-12");
    let before = (h.state().data.dataset.articles.len(), h.state().data.dataset.events.len());
    h.get_by_label("Extract drafts").click();
    h.run();
    let app = h.state();
    assert!(app.import.is_none(), "the dialog closes: {:?}", app.import.as_ref().and_then(|d| d.error.clone()));
    let ds = &app.data.dataset;
    assert_eq!(ds.articles.len(), before.0 + 2);
    let ids: Vec<&str> = ds.articles[before.0..].iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["kremlin-rejects-talks", "nato-answers"]);
    let starts: Vec<Option<&str>> = ds.events[before.1..].iter().map(|e| e.start.as_deref()).collect();
    assert_eq!(starts, [Some("2025-03-10"), Some("2025-03-12")], "each counted from its own publication date");
    assert!(app.notice.as_deref().unwrap_or_default().contains("from 2 articles"), "{:?}", app.notice);
    // One undo takes the whole import back.
    h.state_mut().undo();
    h.run();
    assert_eq!(h.state().data.dataset.articles.len(), before.0);
}

#[test]
fn an_event_with_several_sources_lists_each_and_switches_between_them() {
    let dir = scratch_dir("multi");
    let file = dir.join("multi.json");
    let json = r#"{"lanes":[{"id":"us","label":"US"}],
        "articles":[
          {"id":"a","title":"First report","outlet":"Daily One","published":"2022-03-25","paragraphs":["First report","Sullivan said the US has no intention of using chemical weapons."]},
          {"id":"b","title":"Second report","outlet":"Weekly Two","paragraphs":["Second report","Intro.","On Friday Jake Sullivan told reporters the US would respond accordingly."]}],
        "events":[{"id":"e","lane":"us","title":"Sullivan walks back the remark","kind":"statement","start":"2022-03-25","precision":"day",
                   "verification":"reported","sources":[
                     {"article":"a","paragraph":1,"quote":"no intention of using chemical weapons"},
                     {"article":"b","paragraph":2,"quote":"the US would respond accordingly"}]}]}"#;
    std::fs::write(&file, json).unwrap();
    let mut h = app_harness();
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    // The mark's accessible name counts its sources.
    h.get_by(common::mark("Sullivan walks back the remark", "; 2 independent sources")).click();
    h.run();
    h.get_by_label("2 independent sources");
    h.get_by_label_contains("Sullivan said the US has no intention");
    h.get_by_label_contains("published 25 Mar 2022");
    h.get_by_label("Weekly Two ¶2").click();
    h.run();
    assert_eq!(h.state().source, 1);
    h.get_by_label_contains("On Friday Jake Sullivan told reporters");
    h.get_by_label_contains("publication date unknown");
    assert!(h.query_by_label_contains("Sullivan said the US has no intention").is_none());
}

#[test]
fn selecting_text_in_a_paragraph_creates_an_event_citing_it() {
    let mut h = app_harness();
    h.run();
    h.get_by(common::mark("Sullivan: US has no intention of using chemical weapons", "")).click();
    h.run();
    h.get_by_label("Cite a passage…").click();
    h.run();
    // Select the start of the cited paragraph by dragging across its first line.
    let paragraph = h.state().data.dataset.articles[1].paragraphs[10].clone();
    let rect = h.get_by_value(&paragraph).rect();
    let from = rect.left_top() + egui::vec2(6.0, 8.0);
    let to = rect.left_top() + egui::vec2(150.0, 8.0);
    h.hover_at(from);
    h.drag_at(from);
    h.hover_at(to);
    h.drop_at(to);
    h.run();
    let before = h.state().data.dataset.events.len();
    // The button sits below the paragraph, maybe outside the scrolled view.
    h.get_by_label_contains("Create event from “Immediately").scroll_to_me();
    h.run();
    h.get_by_label_contains("Create event from “Immediately").click();
    h.run();
    let app = h.state();
    assert_eq!(app.data.dataset.events.len(), before + 1, "error: {:?}", app.error);
    let e = app.selected.expect("the new event is selected");
    let ev = &app.data.dataset.events[e as usize];
    let src = &ev.sources[0];
    assert_eq!((src.article.as_str(), src.paragraph), ("004_cb2f14c055118140", 10));
    assert!(src.quote.starts_with("Immediately") && paragraph.contains(&*src.quote), "{:?}", src.quote);
    // It takes the lane of the event being read but no date it does not have:
    // the article's publication date is unknown, so the date is unknown too,
    // it is a draft, and it opens for editing.
    assert_eq!((ev.lane.as_str(), ev.start.as_deref(), ev.precision), ("us", None, chronolens::model::Precision::Unknown));
    assert!(ev.is_draft());
    h.get_by_label("Edit event");
    assert!(app.is_dirty());
}

#[test]
fn exporting_from_the_window_writes_the_png_in_the_background() {
    let Some(_gpu) = common::gpu_or_skip("PNG export from the window") else { return };
    let dir = scratch_dir("winexport");
    let mut h = app_harness();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("Export image");
    h.get_by_label("1×").click();
    h.run();
    // The save dialog is the platform's: hand the path over as it would.
    assert_eq!(h.state().export_file_name().as_deref(), Some("timeline_2022-03-21_2022-03-25.png"));
    let out = dir.join("timeline.png");
    common::export_and_wait(&mut h, &out);
    h.step();
    let status = h.state().export.as_ref().unwrap().status.clone();
    assert!(matches!(&status, Some(Ok(m)) if m.starts_with("wrote")), "{status:?}");
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let dialog_width = h.state().export.as_ref().unwrap().width;
    assert_eq!(width, dialog_width, "1× scale: one pixel per point");
    h.get_by_label("Close").click();
    h.run();
    assert!(h.state().export.is_none());
}

#[test]
fn edits_made_while_a_large_file_loads_are_not_thrown_away_unasked() {
    let (_dir, _file, mut h) = start_loading_a_big_file("bg-edit");
    h.step();
    // An edit while it loads.
    let e = h.state().data.index.event_ids["S000-01"];
    let mut ev = (*h.state().data.dataset.events[e as usize]).clone();
    ev.title = "Edited while loading".into();
    h.state_mut().change("Edit".into(), vec![Op::Put { at: e, event: ev }]).unwrap();
    wait_for_load(&mut h);
    h.run();
    // The question is asked; the edit is still there.
    h.get_by_label("Unsaved changes");
    assert_eq!(h.state().data.dataset.events.len(), 33);
    assert_eq!(&*h.state().data.dataset.events[e as usize].title, "Edited while loading");
    h.get_by_label("Discard changes").click();
    h.run();
    assert_eq!(h.state().data.dataset.events.len(), 60_000);
    assert!(!h.state().is_dirty());
}

#[test]
fn discarding_changes_for_a_file_that_fails_to_open_keeps_them_unsaved() {
    let dir = scratch_dir("discard");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let mut h = app_harness();
    h.run();
    let e = h.state().data.index.event_ids["S000-01"];
    let mut ev = (*h.state().data.dataset.events[e as usize]).clone();
    ev.title = "Changed".into();
    h.state_mut().change("Edit".into(), vec![Op::Put { at: e, event: ev }]).unwrap();
    h.state_mut().open_path(&bad);
    h.run();
    h.get_by_label("Discard changes").click();
    h.run();
    // The file did not open: the data on screen is the edited one, still unsaved.
    h.get_by_label_contains("bad.json: JSON syntax error");
    assert!(h.state().is_dirty(), "still marked unsaved, so closing will ask");
}

#[test]
fn lanes_taller_than_the_window_scroll_and_follow_the_selection() {
    let dir = scratch_dir("many-lanes");
    let file = dir.join("lanes.json");
    common::write_forty_lanes(&file);
    let mut h = app_harness();
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    assert!(h.query_by(common::mark("Event in lane 0", "")).is_some());
    assert!(h.query_by(common::mark("Event in lane 39", "")).is_none(), "the last lane is below the plot");
    // Selecting it (as the "other events" list does) scrolls its lane into view.
    let e = h.state().data.index.event_ids["e39"];
    h.state_mut().select(Some(e));
    h.run();
    assert!(h.state().timeline.scroll_y > 0.0);
    assert!(h.query_by(common::mark("Event in lane 39", "")).is_some(), "scrolled into view");
    // The wheel over the lane labels scrolls back up.
    let gutter = h.state().timeline.drawn.plot.left_top() + egui::vec2(-60.0, 40.0);
    h.hover_at(gutter);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 5000.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
    h.run_steps(30); // the wheel scrolls smoothly over several frames
    assert_eq!(h.state().timeline.scroll_y, 0.0);
    assert!(h.query_by(common::mark("Event in lane 0", "")).is_some());
    assert!(h.query_by(common::mark("Event in lane 39", "")).is_none());
}

/// An article of thousands of paragraphs: the source panel lays out those in
/// view around the cited one, not the whole article.
#[test]
fn a_long_article_shows_the_cited_paragraph_without_laying_out_the_rest() {
    const PARAGRAPHS: usize = 4000;
    const CITED: usize = 3217;
    let paragraphs: Vec<String> = std::iter::once("A very long transcript".to_owned())
        .chain((1..PARAGRAPHS).map(|i| format!("Speaker {i} said that paragraph {i} of the hearing was read into the record.")))
        .collect();
    let doc = serde_json::json!({
        "format": "chronolens/1",
        "title": "Long article",
        "lanes": [{"id": "us", "label": "US"}],
        "articles": [{"id": "hearing", "title": "A very long transcript", "paragraphs": paragraphs}],
        "events": [{
            "id": "E-1", "lane": "us", "title": "Speaker said the hearing was read into the record",
            "kind": "statement", "verification": "reported", "precision": "day", "start": "2024-05-02",
            "sources": [{"article": "hearing", "paragraph": CITED, "quote": format!("paragraph {CITED} of the hearing")}]
        }]
    });
    let data = chronolens::model::load_bytes("long.json", doc.to_string().as_bytes()).expect("a valid file");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(data));
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Tab);
    h.run();
    assert_eq!(selected_id(&h).as_deref(), Some("E-1"));
    let cited = format!("Speaker {CITED} said that paragraph {CITED} of the hearing was read into the record.");
    h.get_by_label(&cited);
    // A label's text is its accessible value.
    let laid_out = h.query_all_by(|n| n.value().is_some_and(|l| l.starts_with("Speaker ") && l.contains(" of the hearing"))).count();
    assert!((1..200).contains(&laid_out), "{laid_out} of {PARAGRAPHS} paragraphs laid out");
    assert!(h.query_by_label("Speaker 5 said that paragraph 5 of the hearing was read into the record.").is_none(), "far from the view");
}
