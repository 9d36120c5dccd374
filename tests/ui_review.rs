//! Working through drafts in the real window: next draft in time order with a
//! count, accept / reject from the keyboard, accepting every draft shown in
//! one undoable step, and tags added in the edit form then filtered on.

mod common;

use chronolens::model::{Dataset, SAMPLE_JSON, load_bytes};
use chronolens::ui::ChronolensApp;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The sample with every event a draft.
fn drafts() -> Harness<'static, ChronolensApp> {
    let mut ds: Dataset = serde_json::from_str(SAMPLE_JSON).unwrap();
    for e in &mut ds.events {
        e.draft = Some(true);
    }
    let loaded = load_bytes("drafts.json", &chronolens::model::save::to_json(&ds)).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 900.0))
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(loaded));
    h.run();
    h
}

fn key(h: &mut Harness<'_, ChronolensApp>, k: Key) {
    h.key_press(k);
    h.run();
}

fn selected_id(h: &Harness<'_, ChronolensApp>) -> String {
    let app = h.state();
    app.data.dataset.events[app.selected.expect("an event is selected") as usize].id.to_string()
}

/// Event ids in time order (dated first), as the review walks them.
fn in_time_order(h: &Harness<'_, ChronolensApp>) -> Vec<String> {
    let app = h.state();
    app.data.index.by_time.iter().map(|&e| app.data.dataset.events[e as usize].id.to_string()).collect()
}

#[test]
fn n_a_and_r_walk_the_drafts_in_time_order() {
    let mut h = drafts();
    let n = h.state().data.dataset.events.len();
    h.get_by_label(&format!("{n} drafts left"));
    let order = in_time_order(&h);
    key(&mut h, Key::N);
    assert_eq!(selected_id(&h), order[0], "the earliest draft first");
    // A accepts it and moves on to the next draft.
    key(&mut h, Key::A);
    assert_eq!(selected_id(&h), order[1]);
    let first = h.state().data.index.event_ids[&order[0]];
    assert!(!h.state().data.dataset.events[first as usize].is_draft());
    h.get_by_label(&format!("{} drafts left", n - 1));
    // R rejects it and moves on to the draft after it.
    key(&mut h, Key::R);
    assert!(!h.state().data.index.event_ids.contains_key(&order[1]), "rejected");
    assert_eq!(selected_id(&h), order[2]);
    h.get_by_label(&format!("{} drafts left", n - 2));
    // Shift+N goes back: no earlier draft is left (one accepted, one rejected).
    h.key_press_modifiers(Modifiers::SHIFT, Key::N);
    h.run();
    assert_eq!(selected_id(&h), order[2], "the selection stays");
    assert!(h.state().notice.as_deref().unwrap().contains("no more drafts"));
    // The keys are listed in Help (drawn with glyphs the bundled font has).
    h.get_by_label("Help").click();
    h.run();
    h.get_by_label_contains("N / Shift+N: next / previous draft to review");
}

#[test]
fn every_draft_shown_is_accepted_in_one_step_and_undone_in_one() {
    let mut h = drafts();
    let n = h.state().data.dataset.events.len();
    // Show only the US lane: seven drafts.
    for lane in ["NATO", "Russia", "Ukrainian officials", "Other"] {
        h.get_by_label(lane).click();
        h.run();
    }
    let us = h.state().shown_drafts().len();
    assert_eq!(us, 7);
    h.get_by_label("All shown…").click();
    h.run();
    h.get_by_label("Accept all drafts shown…").click();
    h.run();
    h.get_by_label("Accept 7 drafts?");
    h.get_by_label("Accept 7").click();
    h.run();
    h.get_by_label(&format!("{} drafts left", n - 7));
    assert!(h.state().data.dataset.events.iter().filter(|e| e.lane == "us").all(|e| !e.is_draft()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.get_by_label(&format!("{n} drafts left"));
}

#[test]
fn a_tag_added_in_the_form_is_offered_as_a_filter() {
    let mut h = drafts();
    let title = "Sullivan: US has no intention of using chemical weapons";
    h.get_by(common::mark(title, "")).click();
    h.run();
    h.get_by_label("Edit…").click();
    h.run();
    let text_input = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text_input, "Tags").focus();
    h.run();
    h.get_by_role_and_label(text_input, "Tags").type_text("walk-back, for-brief");
    h.run();
    let multiline = egui::accesskit::Role::MultilineTextInput;
    h.get_by_role_and_label(multiline, "Notes").focus();
    h.run();
    h.get_by_role_and_label(multiline, "Notes").type_text("Compare with Biden's remark of the day before.");
    h.run();
    h.get_by_label("Apply").click();
    h.run();
    let ev = h.state().data.dataset.events.iter().find(|e| &*e.title == title).unwrap();
    assert_eq!(ev.rare.tags.as_deref(), Some(&["walk-back".to_owned(), "for-brief".to_owned()][..]));
    let notes = ev.rare.notes.as_deref().unwrap();
    assert!(notes.starts_with("Aboard Air Force One") && notes.ends_with("Compare with Biden's remark of the day before."), "{notes}");
    h.get_by_label("Tags:");
    // Filter on the tag: only that event is drawn.
    h.get_by_label("Filter").click();
    h.run();
    h.get_by_label("walk-back (1)").click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by(common::mark(title, "")).is_some());
    assert!(h.query_by(common::mark("Biden calls Russian chemical weapons use a real threat", "")).is_none());
    h.get_by_label("showing only events tagged “walk-back”");
    h.get_by_label("Clear filters").click();
    h.run();
    assert!(h.query_by(common::mark("Biden calls Russian chemical weapons use a real threat", "")).is_some());
}

#[test]
fn search_ignores_case_and_accents_lists_results_and_steps_with_enter_and_f3() {
    let mut h = drafts();
    let text_input = egui::accesskit::Role::TextInput;
    let search = "Search:";
    h.get_by_role_and_label(text_input, search).focus();
    h.run();
    // "Kramatorsk" written with an accent and in capitals still matches.
    h.get_by_role_and_label(text_input, search).type_text("KRÁMATORSK");
    h.run();
    let hits: Vec<String> = {
        let app = h.state();
        app.data
            .dataset
            .events
            .iter()
            .filter(|e| e.title.contains("Kramatorsk") || e.sources.iter().any(|s| s.quote.contains("Kramatorsk")))
            .map(|e| e.id.to_string())
            .collect()
    };
    assert!(hits.len() >= 2, "{hits:?}");
    h.get_by_label_contains("Search results for “KRÁMATORSK”");
    // Enter selects the first result in time, F3 the next, Shift+Enter goes back.
    h.key_press(Key::Enter);
    h.run();
    let first = selected_id(&h);
    h.get_by_label(&format!("1 of {}", count_results(&h)));
    h.key_press(Key::F3);
    h.run();
    assert_ne!(selected_id(&h), first);
    h.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    h.run();
    assert_eq!(selected_id(&h), first);
}

fn count_results(h: &Harness<'_, ChronolensApp>) -> usize {
    count_of(h, "KRÁMATORSK")
}

/// How many events a whole search for `query` finds in the data as it is now.
fn count_of(h: &Harness<'_, ChronolensApp>, query: &str) -> usize {
    let app = h.state();
    let q = chronolens::search::fold(query);
    (0..app.data.dataset.events.len() as u32).filter(|&e| chronolens::search::event_matches(&app.data, e, &q)).count()
}

/// Typing on searches only the previous results, which must find exactly
/// what a whole search finds, also when an event was removed in between
/// (the earlier results then number other events).
#[test]
fn typing_on_finds_what_a_whole_search_finds_even_after_a_change() {
    let mut h = drafts();
    let text_input = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text_input, "Search:").focus();
    h.run();
    let mut typed = String::new();
    for part in ["sto", "lten", "berg"] {
        h.get_by_role_and_label(text_input, "Search:").type_text(part);
        h.run();
        typed.push_str(part);
        let n = count_of(&h, &typed);
        h.get_by_label_contains(&format!("Search results for “{typed}” ({n})"));
    }
    // Reject the first result: the events after it are numbered one lower.
    h.key_press(Key::Enter);
    h.run();
    h.get_by_label("Reject draft").click();
    h.run();
    let n = count_of(&h, "stoltenberg");
    h.get_by_label_contains(&format!("Search results for “stoltenberg” ({n})"));
    h.get_by_role_and_label(text_input, "Search:").focus();
    h.run();
    h.get_by_role_and_label(text_input, "Search:").type_text(" w");
    h.run();
    let n = count_of(&h, "stoltenberg w");
    assert!(n > 0);
    h.get_by_label_contains(&format!("Search results for “stoltenberg w” ({n})"));
}

#[test]
fn an_acled_file_is_imported_from_the_window_and_again_as_an_update_undone_in_one_step() {
    let mut h = drafts();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import");
    let n = h.state().data.dataset.events.len();
    h.state_mut().import_data(&dir.join("acled.csv"), false);
    h.run();
    let added = h.state().data.dataset.events.len() - n;
    assert!(added > 0, "{:?}", h.state().error);
    assert!(h.state().notice.as_deref().unwrap().starts_with("imported acled.csv:"), "{:?}", h.state().notice);
    // Imported again with one record changed and one added: one more event, one updated.
    h.state_mut().import_data(&dir.join("acled_update.csv"), false);
    h.run();
    assert_eq!(h.state().data.dataset.events.len(), n + added + 1, "{:?}", h.state().error);
    assert!(h.state().notice.as_deref().unwrap().contains("1 added, 1 updated"), "{:?}", h.state().notice);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().data.dataset.events.len(), n + added, "the update is undone in one step");
    // A file with a bad row: the rows are listed, and the good ones imported only when asked.
    h.state_mut().import_data(&dir.join("acled_bad_date.csv"), false);
    h.run();
    h.get_by_label("Some rows cannot be imported");
    h.get_by_label_contains("Import the").click();
    h.run();
    assert!(h.query_by_label("Some rows cannot be imported").is_none());
}

#[test]
fn a_saved_view_travels_in_the_file_and_opens_without_what_is_gone() {
    let mut h = drafts();
    // Hide a lane, filter to drafts, select an event, zoom: then save it as a view.
    h.get_by_label("Russia").click();
    h.run();
    let title = "Sullivan: US has no intention of using chemical weapons";
    h.get_by(common::mark(title, "")).click();
    h.run();
    h.key_press(Key::Plus);
    h.run();
    let view_before = h.state().timeline.view;
    h.get_by_label("Views").click();
    h.run();
    h.get_by_label("Save current view…").click();
    h.run();
    let text_input = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(text_input, "Name").focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(text_input, "Name").type_text("Walk-back, 25 March");
    h.run();
    h.get_by_label("Save view").click();
    h.run();
    let views = h.state().data.dataset.views.clone().unwrap();
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].name, "Walk-back, 25 March");
    assert_eq!(views[0].hidden_lanes.as_deref(), Some(&["russia".to_owned()][..]));
    assert!(h.state().is_dirty(), "saving a view changes the dataset");

    // Elsewhere: everything shown, nothing selected, zoomed out.
    h.get_by_label("Russia").click();
    h.key_press(Key::Escape);
    h.key_press(Key::Home);
    h.run();
    h.get_by_label("Views").click();
    h.run();
    h.get_by_label("Walk-back, 25 March").click();
    h.run();
    let app = h.state();
    assert!(app.hidden[app.data.index.lane_ids["russia"] as usize], "the lane is hidden again");
    assert_eq!(&*app.data.dataset.events[app.selected.unwrap() as usize].title, title);
    assert!((app.timeline.view.secs_per_px - view_before.secs_per_px).abs() / view_before.secs_per_px < 0.01, "the same zoom");

    // Written to disk and read back, with a lane that no longer exists.
    let mut ds = h.state().data.dataset.clone();
    ds.views.as_mut().unwrap()[0].hidden_lanes = Some(vec!["russia".into(), "mars".into()]);
    let loaded = load_bytes("views.json", &chronolens::model::save::to_json(&ds)).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1500.0, 900.0))
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(loaded));
    h.run();
    h.state_mut().open_view("Walk-back, 25 March");
    h.run();
    assert_eq!(h.state().notice.as_deref(), Some("view 'Walk-back, 25 March', without lane \"mars\" (no longer in the file)"));
    // Deleting it is undoable.
    h.state_mut().delete_view("Walk-back, 25 March");
    h.run();
    assert!(h.state().data.dataset.views.is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().data.dataset.views.as_ref().map(Vec::len), Some(1));
}

#[test]
fn the_chronology_list_reads_in_time_order_and_follows_selection_and_filters() {
    let mut h = drafts();
    key(&mut h, Key::L);
    let n = h.state().data.dataset.events.len();
    h.get_by_label(&format!("{n} events in time order, as filtered"));
    // Each row names date, lane and kind, then the title, and is a button for screen readers.
    let sullivan = "Sullivan: US has no intention of using chemical weapons";
    let label = format!("Fri 25 Mar 2022 · US · statement · draft · {sullivan}");
    // Only the rows in view exist: selecting the event on the timeline scrolls the list to it.
    assert!(h.query_by_label_contains(&label).is_none(), "near the end of the list, out of view");
    h.get_by(common::mark(sullivan, "")).click();
    // The source panel scrolls the cited paragraph into view over a few frames.
    h.run_steps(15);
    h.get_by_label_contains(&label);
    // Clicking a row selects its event.
    let earlier = "Sullivan: Biden meant US would respond accordingly";
    h.get_by_label_contains(&format!("draft · {earlier}")).click();
    h.run_steps(15);
    assert_eq!(&*h.state().data.dataset.events[h.state().selected.unwrap() as usize].title, earlier);
    // Hiding a lane takes its events out of the list.
    h.get_by_label("US").click();
    h.run();
    assert!(h.query_by_label_contains(&format!("draft · {sullivan}")).is_none());
    let us = h.state().data.dataset.events.iter().filter(|e| e.lane == "us").count();
    h.get_by_label(&format!("{} events in time order, as filtered", n - us));
    key(&mut h, Key::L);
    assert!(h.query_by_label("Chronology").is_none(), "L hides it again");
}

#[test]
fn j_and_k_step_through_events_in_time() {
    let mut h = drafts();
    let order = in_time_order(&h);
    key(&mut h, Key::J);
    key(&mut h, Key::J);
    key(&mut h, Key::J);
    assert_eq!(selected_id(&h), order[2]);
    key(&mut h, Key::K);
    assert_eq!(selected_id(&h), order[1]);
}
