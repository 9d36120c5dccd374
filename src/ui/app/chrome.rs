//! Menus, toolbar, status bar and the keyboard shortcuts of the window.

use super::*;

impl ChronolensApp {
    pub(super) fn keyboard(&mut self, ui: &Ui) {
        if self.dialog_keys(ui) {
            return;
        }
        self.file_and_search_keys(ui);
        if ui.ctx().text_edit_focused() {
            return; // typing in the search box (which has its own undo)
        }
        if ui.input_mut(|i| {
            i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z))
                || i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y))
        }) {
            self.redo();
        }
        if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Z))) {
            self.undo();
        }
        if egui::Popup::is_any_open(ui.ctx()) {
            return; // a menu is open (the menu bar's, a lane's): Esc closes it, letters and Enter are not shortcuts
        }
        self.timeline_keys(ui);
        self.review_keys(ui);
    }

    /// A dialog is open: keys belong to it, and Esc closes it. Returns whether one is open.
    fn dialog_keys(&mut self, ui: &Ui) -> bool {
        if self.confirm.is_some()
            || self.confirm_bulk.is_some()
            || self.bad_rows.is_some()
            || self.naming_view.is_some()
            || self.import.is_some()
            || self.export.is_some()
            || self.conflict.is_some()
            || !self.recovered.is_empty()
        {
            if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
                self.confirm = None;
                self.confirm_bulk = None;
                self.bad_rows = None;
                self.naming_view = None;
                self.conflict = None;
                self.import = None;
                if let Some(d) = self.export.take()
                    && d.is_busy()
                {
                    self.export = Some(d); // an export is running: close it with its own button
                }
            }
            return true;
        }
        false
    }

    /// Open, export, save and search shortcuts: these work even while typing.
    fn file_and_search_keys(&mut self, ui: &Ui) {
        if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O))) {
            self.open_dialog();
        }
        if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::E))) {
            self.open_export(ui);
        }
        if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S))) {
            self.save_as_dialog();
        }
        if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S))) {
            self.save();
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::F3)) {
            self.step_match(false);
        } else if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F3)) {
            self.step_match(true);
        }
    }

    /// Stepping through the events, panning, zooming and opening the source.
    fn timeline_keys(&mut self, ui: &Ui) {
        // Tab and Shift+Tab move the focus through the controls (egui's own);
        // Ctrl+Tab / Ctrl+Shift+Tab step through the events. Shift first: the
        // plain check also matches with Shift held.
        if pressed(ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::Tab) {
            self.step(false);
        } else if pressed(ui, Modifiers::COMMAND, Key::Tab) {
            self.step(true);
        }
        // A focused control keeps the keys it works with (Enter and Space press it,
        // the arrows move the focus on); with the timeline focused, or nothing, they
        // work the timeline.
        let focus = ui.memory(|m| m.focused());
        let on_timeline = focus.is_none() || focus == self.timeline.widget_id;
        if on_timeline && pressed(ui, Modifiers::NONE, Key::ArrowRight) {
            if self.selected.is_some() { self.step(true) } else { self.timeline.pan_fraction(0.2) }
        }
        if on_timeline && pressed(ui, Modifiers::NONE, Key::ArrowLeft) {
            if self.selected.is_some() { self.step(false) } else { self.timeline.pan_fraction(-0.2) }
        }
        if pressed(ui, Modifiers::SHIFT, Key::ArrowRight) {
            self.timeline.pan_fraction(0.2);
        }
        if pressed(ui, Modifiers::SHIFT, Key::ArrowLeft) {
            self.timeline.pan_fraction(-0.2);
        }
        if pressed(ui, Modifiers::NONE, Key::Plus)
            || pressed(ui, Modifiers::NONE, Key::Equals)
            || pressed(ui, Modifiers::SHIFT, Key::Equals)
        {
            self.timeline.zoom_centre(0.7);
        }
        if pressed(ui, Modifiers::NONE, Key::Minus) {
            self.timeline.zoom_centre(1.0 / 0.7);
        }
        if pressed(ui, Modifiers::NONE, Key::Home) {
            self.timeline.request_fit();
        }
        if on_timeline && pressed(ui, Modifiers::NONE, Key::Enter) {
            if self.selected.is_none() {
                self.step(true);
            }
            self.show_source = true;
            self.scroll_to_cited = true;
        }
        // J / K: next / previous event in time (as in mail and feed readers).
        if pressed(ui, Modifiers::NONE, Key::J) {
            self.step(true);
        }
        if pressed(ui, Modifiers::NONE, Key::K) {
            self.step(false);
        }
        if pressed(ui, Modifiers::NONE, Key::L) {
            self.show_list = !self.show_list;
        }
    }

    /// Reviewing drafts, editing, and Esc clearing the selection.
    fn review_keys(&mut self, ui: &Ui) {
        // Reviewing drafts: N / Shift+N next / previous draft, A accept, R or Delete reject, E edit.
        // Shift first: a plain-key check also matches the key with Shift held.
        if pressed(ui, Modifiers::SHIFT, Key::N) {
            self.next_draft(false);
        } else if pressed(ui, Modifiers::NONE, Key::N) {
            self.next_draft(true);
        }
        if pressed(ui, Modifiers::NONE, Key::A) {
            self.accept_and_next();
        }
        if pressed(ui, Modifiers::NONE, Key::R) || pressed(ui, Modifiers::NONE, Key::Delete) {
            self.reject_and_next();
        }
        if pressed(ui, Modifiers::NONE, Key::E)
            && let Some(e) = self.selected
        {
            self.editing = Some((e, EventEdit::from_event(&self.data.dataset.events[e as usize]), None));
            self.show_source = true;
        }
        if pressed(ui, Modifiers::NONE, Key::Escape) {
            self.selected = None;
            self.editing = None;
            self.cite_mode = false;
        }
    }

    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| self.file_menu(ui));
            ui.menu_button("Edit", |ui| self.edit_menu(ui));
            ui.menu_button("View", |ui| self.view_menu(ui));
            ui.menu_button("Views", |ui| self.views_menu(ui));
            ui.menu_button("Help", |ui| {
                ui.label(SHORTCUTS);
            });
        });
    }

    /// File: open, export, import, save and quit.
    fn file_menu(&mut self, ui: &mut Ui) {
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        if ui.add(egui::Button::new("Open…").shortcut_text(ui.ctx().format_shortcut(&open))).clicked() {
            self.open_dialog();
        }
        ui.menu_button("Open recent", |ui| self.recent_menu(ui));
        let export = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
        if ui.add(egui::Button::new("Export image…").shortcut_text(ui.ctx().format_shortcut(&export))).clicked() {
            self.open_export(ui);
        }
        if ui
            .button("Export chronology…")
            .on_hover_text("The events shown, in time order with their citations: Markdown, HTML, Word (DOCX) or CSV")
            .clicked()
        {
            self.export_chronology_dialog();
        }
        if ui.button("Copy chronology as Markdown").on_hover_text("The events shown (filters honoured) with their citations").clicked() {
            self.copy_chronology_markdown(ui.ctx());
        }
        if ui
            .button("Import data…")
            .on_hover_text("Add an ACLED export (CSV) or TimelineJS data (JSON or its spreadsheet CSV); importing an ACLED file again updates its records")
            .clicked()
        {
            self.import_data_dialog();
        }
        if ui.button("Import article…").on_hover_text("Extract draft events from a plain-text article").clicked() {
            self.import = Some(ImportDialog::default());
        }
        if ui.button("Open the bundled sample").clicked() {
            if self.is_dirty() && !self.discard_approved {
                self.confirm = Some(AfterConfirm::Sample);
            } else {
                self.set_data(crate::model::load_sample());
                self.path = None;
            }
        }
        ui.separator();
        let save = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
        if ui.add(egui::Button::new("Save").shortcut_text(ui.ctx().format_shortcut(&save))).clicked() {
            self.save();
        }
        let save_as = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        if ui.add(egui::Button::new("Save as…").shortcut_text(ui.ctx().format_shortcut(&save_as))).clicked() {
            self.save_as_dialog();
        }
        ui.separator();
        if ui.button("Quit").clicked() {
            ui.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// View: zoom, panels, theme, appearance and time zone.
    fn view_menu(&mut self, ui: &mut Ui) {
        if ui.add(egui::Button::new("Fit all").shortcut_text("Home")).clicked() {
            self.timeline.request_fit();
        }
        if ui.add(egui::Button::new("Zoom in").shortcut_text("+")).clicked() {
            self.timeline.zoom_centre(0.7);
        }
        if ui.add(egui::Button::new("Zoom out").shortcut_text("-")).clicked() {
            self.timeline.zoom_centre(1.0 / 0.7);
        }
        ui.separator();
        ui.checkbox(&mut self.show_source, "Source panel");
        ui.checkbox(&mut self.show_list, "Chronology list (L)");
        ui.separator();
        let dark = ui.visuals().dark_mode;
        if ui.radio(!dark, "Light theme").clicked() {
            ui.ctx().set_theme(egui::Theme::Light);
        }
        if ui.radio(dark, "Dark theme").clicked() {
            ui.ctx().set_theme(egui::Theme::Dark);
        }
        self.appearance_menu(ui);
        ui.separator();
        ui.menu_button("Time zone", |ui| self.zone_menu(ui));
    }

    /// View -> Time zone: UTC, the computer's zone, or one of a few named ones.
    /// Times of day move; dates written without one stay as written.
    fn zone_menu(&mut self, ui: &mut Ui) {
        use crate::model::zone::{CHOICES, Zone};
        let current = self.timeline.zone;
        let mut choices = vec![Zone::Utc, Zone::Local];
        choices.extend(CHOICES.iter().filter_map(|n| Zone::parse(n).ok()));
        if !choices.contains(&current) {
            choices.push(current); // chosen on an earlier run, from settings
        }
        for z in choices {
            if ui.radio(z == current, z.label()).clicked() {
                self.timeline.zone = z;
                ui.close();
            }
        }
        ui.separator();
        ui.weak("Dates without a time of day stay as written");
    }

    fn edit_menu(&mut self, ui: &mut Ui) {
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let text = self.history.undo_label().map_or("Undo".to_owned(), |l| format!("Undo {l}"));
        let button = egui::Button::new(text).shortcut_text(ui.ctx().format_shortcut(&undo));
        if ui.add_enabled(self.history.undo_label().is_some(), button).clicked() {
            self.undo();
        }
        let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let text = self.history.redo_label().map_or("Redo".to_owned(), |l| format!("Redo {l}"));
        let button = egui::Button::new(text).shortcut_text(ui.ctx().format_shortcut(&redo));
        if ui.add_enabled(self.history.redo_label().is_some(), button).clicked() {
            self.redo();
        }
    }

    pub(super) fn toolbar(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            if ui.button("Fit all").on_hover_text("Show every event (Home)").clicked() {
                self.timeline.request_fit();
            }
            if ui.button("−").on_hover_text("Zoom out (-)").clicked() {
                self.timeline.zoom_centre(1.0 / 0.7);
            }
            if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
                self.timeline.zoom_centre(0.7);
            }
            ui.separator();
            ui.label("Lanes:");
            for (i, lane) in self.data.dataset.lanes.iter().enumerate() {
                let mut shown = !self.hidden[i];
                let text = RichText::new(&lane.label).color(self.shown_colors.get(i).copied().unwrap_or(self.lane_colors[i]));
                if ui.checkbox(&mut shown, text).changed() {
                    self.hidden[i] = !shown;
                    if let Some(e) = self.selected
                        && self.data.index.lane_of[e as usize] as usize == i
                        && !shown
                    {
                        self.selected = None;
                    }
                }
            }
            ui.separator();
            ui.label("Only:");
            ui.toggle_value(&mut self.filter.single_source, "single-source")
                .on_hover_text("Show only events with one independent source (copies of one story count once)");
            ui.toggle_value(&mut self.filter.contradicted, "sources disagree")
                .on_hover_text("Show only events whose sources disagree on the date, the verification or a number");
            self.filter_menu(ui);
            ui.separator();
            let dark = ui.visuals().dark_mode;
            if ui.button(if dark { "Light theme" } else { "Dark theme" }).clicked() {
                ui.ctx().set_theme(if dark { egui::Theme::Light } else { egui::Theme::Dark });
            }
        });
        // Second row: finding events and working through drafts.
        ui.horizontal_wrapped(|ui| {
            ui.horizontal(|ui| {
                let l = ui.label("Search:");
                let r = ui
                    .add(egui::TextEdit::singleline(&mut self.search).hint_text("titles, actors, quotes, notes, text").desired_width(180.0))
                    .labelled_by(l.id);
                if r.changed() {
                    self.update_search();
                }
                // Enter: next result, Shift+Enter: previous; the box keeps the focus.
                if r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    self.step_match(!ui.input(|i| i.modifiers.shift));
                    r.request_focus();
                }
                if let Some(status) = self.search_status() {
                    ui.label(status);
                    if self.search_hits.as_ref().is_some_and(|h| !h.events.is_empty()) {
                        if ui.small_button("Previous").on_hover_text("Previous result (Shift+Enter, Shift+F3)").clicked() {
                            self.step_match(false);
                        }
                        if ui.small_button("Next").on_hover_text("Next result (Enter, F3)").clicked() {
                            self.step_match(true);
                        }
                    }
                }
            });
            self.review_bar(ui);
        });
    }

    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let d = &self.data.dataset;
            let name = if self.is_dirty() { format!("{} (unsaved changes)", self.data.name) } else { self.data.name.clone() };
            ui.label(RichText::new(name).strong());
            if let Some(status) = self.save_status() {
                ui.spinner();
                ui.label(status);
            } else if let Some(n) = &self.notice {
                ui.weak(n);
            }
            ui.label(format!("{} lanes · {} articles · {} events", d.lanes.len(), d.articles.len(), d.events.len()));
            if !self.data.index.undated.is_empty() {
                ui.label(format!("({} undated, listed in the source panel)", self.data.index.undated.len()));
            }
            if let Some(only) = self.filter.describe() {
                ui.separator();
                ui.label(RichText::new(only).color(ui.visuals().warn_fg_color));
                if ui.small_button("Clear filters").clicked() {
                    self.filter = Default::default();
                }
            }
            let (a, b) = self.timeline.view.visible(self.timeline.plot_width as f64);
            ui.separator();
            ui.label(format!("view: {}", fmt_day_range(floor_to(a, DAY), floor_to(b, DAY))));
            ui.separator();
            let zone = &self.timeline.zone;
            ui.label(format!("times in {}", zone.id())).on_hover_text(format!("{} (View > Time zone)", zone.label()));
            if let Some(l) = &self.loading {
                ui.separator();
                ui.spinner();
                ui.label(format!("loading {}…", l.name));
            }
        });
    }
}
pub const SHORTCUTS: &str = "Mouse wheel / pinch: zoom around the pointer\n\
Drag, Shift+wheel or horizontal scroll: pan\n\
Double-click: zoom in\n\
Tab / Shift+Tab: move the keyboard focus through the controls (the timeline is one)\n\
Left / Right arrow (nothing or the timeline focused): pan; with an event selected: previous / next event\n\
Shift+Left / Right arrow: pan\n\
Up / Down arrow (timeline focused): scroll the lanes when they are taller than the window\n\
+ / −: zoom in / out\n\
Home: fit all\n\
J / K, Ctrl+Tab / Ctrl+Shift+Tab: next / previous event in time\n\
Enter: open the selected event's source\n\
Esc: clear the selection\n\
L: show or hide the chronology list (the events in time order, as filtered)\n\
Menu key or Shift+F10 (a lane label focused): the lane's menu (move, collapse, split by actor)\n\
Ctrl+plus / Ctrl+minus / Ctrl+0: larger / smaller / normal interface (remembered)\n\
View menu: high contrast, colour-blind-safe lane colours, time zone (remembered, and used by exports)\n\
N / Shift+N: next / previous draft to review; A: accept it, R or Delete: reject it, E: edit it\n\
Ctrl+O: open a file (or drop it on the window)\n\
Ctrl+E: export an image (PNG or SVG, or copy to the clipboard)\n\
Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y): undo / redo any change to the data\n\
Ctrl+S / Ctrl+Shift+S: save / save as (earlier versions are kept as FILE.bak … FILE.bak5)";

/// Consumes key `k` pressed with exactly the modifiers `m`.
fn pressed(ui: &Ui, m: Modifiers, k: Key) -> bool {
    ui.input_mut(|i| i.consume_key(m, k))
}
