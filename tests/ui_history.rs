//! Never losing the analyst's work, driven through the real window with
//! egui_kittest: undo and redo, saving over a file that another program
//! changed, reloading, and restoring the edits of a window that was killed.

mod common;

use chronolens::model::{Dataset, SAMPLE_JSON, load_sample};
use chronolens::ui::ChronolensApp;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

const BIDEN: &str = "Biden calls Russian chemical weapons use a real threat";
const SULLIVAN: &str = "Sullivan: US has no intention of using chemical weapons";

fn harness(app: ChronolensApp) -> Harness<'static, ChronolensApp> {
    Harness::builder().with_size(egui::vec2(1400.0, 860.0)).build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), app)
}

/// A fresh, empty folder for one test's files, removed when it ends (see `common::Scratch`).
fn scratch_dir(tag: &str) -> common::Scratch {
    common::scratch_dir(&format!("hist-{tag}"))
}

/// The sample with every event marked as a draft, written to `dir/data.json`.
fn drafts_file(dir: &Path) -> PathBuf {
    let mut ds: Dataset = serde_json::from_str(SAMPLE_JSON).unwrap();
    for e in &mut ds.events {
        e.draft = Some(true);
    }
    let file = dir.join("data.json");
    std::fs::write(&file, chronolens::model::save::to_json(&ds)).unwrap();
    file
}

fn opened(file: &Path) -> Harness<'static, ChronolensApp> {
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.run();
    h.state_mut().open_path(file);
    h.run();
    assert!(h.state().error.is_none(), "{:?}", h.state().error);
    h
}

fn has_event(h: &Harness<'_, ChronolensApp>, title: &str) -> bool {
    h.state().data.dataset.events.iter().any(|e| &*e.title == title)
}

fn event<'a>(h: &'a Harness<'_, ChronolensApp>, title: &str) -> &'a chronolens::model::Event {
    h.state().data.dataset.events.iter().find(|e| &*e.title == title).unwrap()
}

fn press(h: &mut Harness<'_, ChronolensApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

#[test]
fn reject_accept_and_import_are_undone_and_redone_from_the_menu_and_keys() {
    let dir = scratch_dir("undo");
    let file = drafts_file(&dir);
    let mut h = opened(&file);
    let n = h.state().data.dataset.events.len();

    // Reject a draft: it is gone, and Edit → Undo names what it takes back.
    h.get_by(common::mark(BIDEN, "")).click();
    h.run();
    h.get_by_label("Reject draft").click();
    h.run();
    assert!(!has_event(&h, BIDEN));
    assert!(h.state().is_dirty());
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo Reject 'Biden calls Russian chemical…'").click();
    h.run();
    assert!(has_event(&h, BIDEN), "the rejected draft is back");
    assert_eq!(h.state().data.dataset.events.len(), n);
    assert!(!h.state().is_dirty(), "undoing back to the saved state clears the unsaved mark");
    assert!(h.query_by_label_contains("(unsaved changes)").is_none());
    let e = h.state().selected.expect("the restored event is selected");
    assert_eq!(&*h.state().data.dataset.events[e as usize].title, BIDEN);

    // Redo with Ctrl+Shift+Z, undo with Ctrl+Z, redo with Ctrl+Y.
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert!(!has_event(&h, BIDEN));
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(has_event(&h, BIDEN));
    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert!(!has_event(&h, BIDEN));
    h.get_by_label_contains("(unsaved changes)");

    // Accept another draft, then undo it: a draft again.
    h.get_by(common::mark(SULLIVAN, "")).click();
    h.run();
    h.get_by_label("Accept draft").click();
    h.run();
    assert!(!event(&h, SULLIVAN).is_draft());
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(event(&h, SULLIVAN).is_draft());
    assert!(!has_event(&h, BIDEN), "only the last change was undone");

    // Import an article, then undo the import: its article and drafts go.
    let articles = h.state().data.dataset.articles.len();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Import article…").click();
    h.run();
    let multiline = egui::accesskit::Role::MultilineTextInput;
    h.get_by_role_and_label(multiline, "Article text").focus();
    h.run();
    h.get_by_role_and_label(multiline, "Article text")
        .type_text("Kremlin rejects talks\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Moscow would not join the talks.");
    h.run();
    let single = egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(single, "Publication date").focus();
    h.run();
    h.get_by_role_and_label(single, "Publication date").type_text("2022-03-24");
    h.run();
    h.get_by_label("Extract drafts").click();
    h.run();
    assert_eq!(h.state().data.dataset.articles.len(), articles + 1, "{:?}", h.state().error);
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo Import 'Kremlin rejects talks'").click();
    h.run();
    assert_eq!(h.state().data.dataset.articles.len(), articles);
    assert_eq!(h.state().data.dataset.events.len(), n - 1, "the import's draft is gone, the rejection stays");
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(h.state().data.dataset.articles.len(), articles + 1, "and redone");
}

#[test]
fn an_edit_that_is_refused_leaves_nothing_to_undo() {
    let dir = scratch_dir("refused");
    let file = drafts_file(&dir);
    let mut h = opened(&file);
    let e = h.state().data.index.event_ids["S000-01"];
    let mut ev = (*h.state().data.dataset.events[e as usize]).clone();
    ev.lane = "nowhere".into();
    let op = chronolens::model::history::Op::Put { at: e, event: ev };
    let err = h.state_mut().change("Edit".into(), vec![op]).unwrap_err();
    assert!(err.contains("unknown lane"), "{err}");
    assert_eq!(h.state().history.undo_label(), None);
    assert!(!h.state().is_dirty());
}

/// Another program changes the file: one event's title.
fn change_on_disk(file: &Path, title: &str, new_title: &str) {
    let mut ds: Dataset = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    ds.events.iter_mut().find(|e| &*e.title == title).unwrap().title = new_title.into();
    std::fs::write(file, chronolens::model::save::to_json(&ds)).unwrap();
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_and_can_reapply_the_edits() {
    let dir = scratch_dir("conflict");
    let file = drafts_file(&dir);
    let mut h = opened(&file);
    h.get_by(common::mark(BIDEN, "")).click();
    h.run();
    h.get_by_label("Reject draft").click();
    h.run();
    // Meanwhile another program (say `chronolens extract --into`) writes the file.
    change_on_disk(&file, SULLIVAN, "Sullivan, edited elsewhere");
    let theirs = std::fs::read(&file).unwrap();
    press(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label("The file changed on disk");
    assert_eq!(std::fs::read(&file).unwrap(), theirs, "nothing was overwritten");
    assert!(h.state().is_dirty());
    h.get_by_label("Reload and re-apply my edits").click();
    h.run();
    assert!(has_event(&h, "Sullivan, edited elsewhere"), "their change is in");
    assert!(!has_event(&h, BIDEN), "and so is mine");
    assert!(h.state().is_dirty(), "my edit is unsaved on top of their version");
    assert_eq!(h.state().history.undo_label(), Some("Reject 'Biden calls Russian chemical…'"));
    h.get_by_label_contains("re-applied 1 of 1 edits");
    // Now Save writes without asking, and their version is the newest backup.
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(h.query_by_label("The file changed on disk").is_none());
    assert!(!h.state().is_dirty());
    let saved = chronolens::model::load_path(&file).unwrap();
    assert!(saved.dataset.events.iter().any(|e| &*e.title == "Sullivan, edited elsewhere"));
    assert!(!saved.dataset.events.iter().any(|e| &*e.title == BIDEN));
    assert_eq!(std::fs::read(chronolens::model::save::backup_path(&file)).unwrap(), theirs);
}

#[test]
fn overwrite_and_an_edit_that_no_longer_applies_are_said_plainly() {
    let dir = scratch_dir("overwrite");
    let file = drafts_file(&dir);
    let mut h = opened(&file);
    h.get_by(common::mark(BIDEN, "")).click();
    h.run();
    h.get_by_label("Accept draft").click();
    h.run();
    // The other program removed the event I accepted.
    let mut ds: Dataset = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    ds.events.retain(|e| &*e.title != BIDEN);
    std::fs::write(&file, chronolens::model::save::to_json(&ds)).unwrap();
    press(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label("Reload and re-apply my edits").click();
    h.run();
    h.get_by_label_contains("Some edits could not be re-applied");
    h.get_by_label_contains("Accept 'Biden calls Russian chemical…': event \"S000-02\" is no longer in the file");
    assert!(!h.state().is_dirty(), "nothing was re-applied");
    // Overwrite: my version replaces theirs, which stays as the backup.
    h.get_by(common::mark(SULLIVAN, "")).click();
    h.run();
    h.get_by_label("Accept draft").click();
    h.run();
    change_on_disk(&file, "Stoltenberg: Russia may use chemical weapons, blame West", "Changed again elsewhere");
    let theirs = std::fs::read(&file).unwrap();
    press(&mut h, Modifiers::COMMAND, Key::S);
    h.get_by_label("Overwrite").click();
    h.run();
    assert!(!h.state().is_dirty());
    assert_eq!(std::fs::read(chronolens::model::save::backup_path(&file)).unwrap(), theirs);
}

#[test]
fn regaining_focus_offers_to_reload_a_file_changed_on_disk() {
    let dir = scratch_dir("focus");
    let file = drafts_file(&dir);
    let mut h = opened(&file);
    h.input_mut().events.push(egui::Event::WindowFocused(true));
    h.run();
    assert!(h.query_by_label_contains("changed on disk").is_none(), "unchanged: nothing to say");
    change_on_disk(&file, SULLIVAN, "Sullivan, edited elsewhere");
    h.input_mut().events.push(egui::Event::WindowFocused(true));
    h.run();
    h.get_by_label_contains("data.json changed on disk.");
    h.get_by_label("Reload").click();
    h.run();
    assert!(has_event(&h, "Sullivan, edited elsewhere"));
    assert!(h.query_by_label_contains("changed on disk").is_none());
}

/// Run as a separate process by the test below, which kills it: opens the
/// file named in CHRONOLENS_TEST_FILE, rejects and accepts a draft, says it
/// is ready and waits to be killed.
#[test]
#[ignore = "run by a_killed_window_leaves_edits_that_the_next_start_restores"]
fn killed_child_window() {
    let Some(file) = std::env::var_os("CHRONOLENS_TEST_FILE") else { return };
    let journal = PathBuf::from(std::env::var_os("CHRONOLENS_TEST_JOURNAL").unwrap());
    let mut app = ChronolensApp::new(load_sample());
    app.enable_journal(journal);
    let mut h = harness(app);
    h.run();
    h.state_mut().open_path(Path::new(&file));
    h.run();
    h.get_by(common::mark(BIDEN, "")).click();
    h.run();
    h.get_by_label("Reject draft").click();
    h.run();
    h.get_by(common::mark(SULLIVAN, "")).click();
    h.run();
    h.get_by_label("Accept draft").click();
    h.run();
    std::fs::write(std::env::var_os("CHRONOLENS_TEST_READY").unwrap(), "ready").unwrap();
    loop {
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
}

/// The child window's process, killed when the test ends: a failed test would
/// otherwise leave it waiting forever.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_killed_window_leaves_edits_that_the_next_start_restores() {
    let dir = scratch_dir("killed");
    let file = drafts_file(&dir);
    let journal = dir.join("journal");
    let ready = dir.join("ready");
    let mut child = KillOnDrop(
        std::process::Command::new(std::env::current_exe().unwrap())
            .args(["killed_child_window", "--exact", "--include-ignored", "--nocapture", "--test-threads=1"])
            .env("CHRONOLENS_TEST_FILE", &file)
            .env("CHRONOLENS_TEST_JOURNAL", &journal)
            .env("CHRONOLENS_TEST_READY", &ready)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while !ready.exists() {
        assert!(child.0.try_wait().unwrap().is_none(), "the child window stopped before its edits");
        assert!(std::time::Instant::now() < deadline, "the child window never got ready");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.0.kill().unwrap(); // SIGKILL: no chance to clean up
    child.0.wait().unwrap();
    let on_disk = std::fs::read(&file).unwrap();

    let mut app = ChronolensApp::new(load_sample());
    app.enable_journal(journal.clone());
    let mut h = harness(app);
    h.run();
    h.get_by_label("Unsaved edits were recovered");
    h.get_by_label_contains("2 edits to");
    h.get_by_label("Restore").click();
    h.run();
    let app = h.state();
    assert_eq!(app.path.as_deref(), Some(file.as_path()));
    assert!(!has_event(&h, BIDEN), "the rejection is back");
    assert!(!event(&h, SULLIVAN).is_draft(), "the acceptance is back");
    assert!(h.state().is_dirty(), "restored, not saved");
    assert_eq!(std::fs::read(&file).unwrap(), on_disk, "the file was not touched");
    // The edits can be undone one by one, as before the crash.
    assert_eq!(h.state().history.undo_label(), Some("Accept 'Sullivan: US has no intention of…'"));
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(event(&h, SULLIVAN).is_draft());
    // Nothing is offered twice: the old journal went, the new one is this window's.
    assert!(chronolens::model::journal::left_behind(&journal).is_empty());
}

#[test]
fn a_reopened_file_comes_back_as_it_was_left_and_is_listed_as_recent() {
    let dir = scratch_dir("settings");
    let file = drafts_file(&dir);
    let mut h = harness(ChronolensApp::new(load_sample()));
    h.state_mut().enable_settings(&dir);
    h.run();
    h.state_mut().open_path(&file);
    h.run();
    h.run();
    // Zoom in and hide a lane, then open something else.
    press(&mut h, Modifiers::NONE, Key::Plus);
    press(&mut h, Modifiers::NONE, Key::Plus);
    h.get_by_label("Russia").click();
    h.run();
    let left_with = h.state().timeline.view;
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open the bundled sample").click();
    h.run();
    h.run();
    assert_ne!(h.state().timeline.view.secs_per_px, left_with.secs_per_px, "the sample is fitted");
    // File → Open recent lists it; opening it shows the view it was left with.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open recent").click();
    h.run();
    h.get_by_label_contains("data.json").click();
    h.run();
    h.run();
    let app = h.state();
    assert_eq!(app.timeline.view.secs_per_px, left_with.secs_per_px);
    assert_eq!(app.timeline.view.t0, left_with.t0);
    assert!(app.hidden[app.data.index.lane_ids["russia"] as usize], "the hidden lane stays hidden");
    let saved = chronolens::ui::settings::Settings::load(&chronolens::ui::settings::settings_path(&dir));
    assert!(saved.recent[0].ends_with("data.json"), "{:?}", saved.recent);
}

/// Large data is saved on a background thread (here: any data, so that the
/// sample shows it): the status bar shows the progress, the window keeps
/// drawing, an edit made meanwhile waits for the save instead of copying the
/// data, and what was written is exactly the data when Save was pressed.
#[test]
fn a_background_save_writes_what_was_saved_and_an_edit_waits_for_it() {
    let dir = scratch_dir("background-save");
    let file = drafts_file(&dir);
    let mut h = opened(&file);
    h.state_mut().background_save_from = 0;
    h.get_by(common::mark(BIDEN, "")).click();
    h.run();
    h.get_by_label("Reject draft").click();
    h.run();
    let expected = chronolens::model::save::to_json(&h.state().data.dataset);

    // Frame by frame: the status bar's spinner keeps asking for frames while it runs.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    let mut frames = 0;
    while h.state().is_dirty() && frames < 500 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
        frames += 1;
    }
    assert!(!h.state().is_dirty(), "the save ended within {frames} frames");
    h.run();
    assert_eq!(std::fs::read(&file).unwrap(), expected, "the file holds the data as it was when Save was pressed");
    h.get_by_label_contains("saved ");

    // Save, then edit at once: the edit waits for the save, and the data is
    // changed in place (not copied while the save thread held it).
    h.get_by(common::mark(SULLIVAN, "")).click();
    h.run();
    let expected = chronolens::model::save::to_json(&h.state().data.dataset);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step(); // one frame: the save has started
    let before = std::sync::Arc::as_ptr(&h.state().data);
    h.get_by_label("Accept draft").click();
    h.run();
    assert_eq!(std::sync::Arc::as_ptr(&h.state().data), before, "the data was changed in place, not copied");
    assert_eq!(std::fs::read(&file).unwrap(), expected, "the save finished with the data before the edit");
    assert!(h.state().is_dirty(), "the edit after the save is unsaved");
    assert_ne!(event(&h, SULLIVAN).draft, Some(true), "the edit was made");
}
