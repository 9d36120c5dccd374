//! The chronolens window: menus, toolbar, timeline, source panel, legend.

use super::edit_form::{EventEdit, FormAction, edit_form};
use super::export_dialog::{DialogAction, ExportContext, ExportDialog};
use super::file_dialog::{PendingPick, take_picked};
use super::import::{ImportAction, ImportDialog};
use super::legend::paint_legend;
use super::source_panel::{PanelArgs, source_panel};
use super::style::{TimelineStyle, lane_colors};
use super::timeline::{TimelineArgs, TimelineState, timeline_ui};
use crate::model::load::load_path_observed;
use crate::model::progress::LoadProgress;
use crate::model::time::{DAY, floor_to, fmt_day_range};
use crate::model::{LoadError, Loaded, load_path};
use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText, Ui};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

const OPEN_FAILED: &str = "Could not open the file; the data shown is unchanged.";

/// Files larger than this load on a background thread.
pub const BACKGROUND_LOAD_BYTES: u64 = 8 << 20;

/// What the export dialog needs from the window. A macro, not a method: it
/// borrows fields of the app, so the dialog (another field) stays mutable.
macro_rules! export_cx {
    ($app:ident) => {{
        let v = $app.timeline.view;
        ExportContext {
            data: &$app.data,
            hidden: &$app.hidden,
            selected: $app.selected,
            view: (v.t0, v.t($app.timeline.plot_width as f64)),
            shown_width: $app.timeline.plot_width + super::timeline::paint::GUTTER_W,
        }
    }};
}

pub struct ChronolensApp {
    /// Shared with background exports; edits copy it only if an export still holds it.
    pub data: Arc<Loaded>,
    pub timeline: TimelineState,
    pub selected: Option<u32>,
    /// Which of the selected event's sources the panel shows.
    pub source: usize,
    /// Per lane.
    pub hidden: Vec<bool>,
    lane_colors: Vec<Color32>,
    /// The last error, shown until dismissed; the data stays as it was.
    pub error: Option<String>,
    /// What failed, the banner's heading.
    error_title: &'static str,
    scroll_to_cited: bool,
    pub show_source: bool,
    pub search: String,
    search_matches: Option<Vec<bool>>,
    search_count: usize,
    loading: Option<Loading>,
    pending_dialog: Option<PendingPick>,
    title_sent: String,
    /// Where the data was loaded from; `None` for the bundled sample.
    pub path: Option<PathBuf>,
    /// Changes not yet saved.
    pub dirty: bool,
    /// The event being edited, its fields, and the last refusal.
    editing: Option<(u32, EventEdit, Option<String>)>,
    cite_mode: bool,
    /// Asked before discarding unsaved changes: what to do once answered.
    confirm: Option<AfterConfirm>,
    /// "Discard changes" was answered; cleared by the next change or load.
    discard_approved: bool,
    /// What to do once a "Save as" asked for by the question above completes.
    after_save_as: Option<AfterConfirm>,
    allow_close: bool,
    pending_save_as: Option<PendingPick>,
    /// Last save result, shown in the status bar.
    pub notice: Option<String>,
    /// File → Import article…, while open.
    pub import: Option<ImportDialog>,
    /// File → Export image…, while open.
    pub export: Option<ExportDialog>,
}

/// What was interrupted by the "unsaved changes" question.
#[derive(Debug, Clone)]
enum AfterConfirm {
    Close,
    Open(PathBuf),
    OpenDialog,
    Sample,
    /// A background load finished while there were unsaved changes.
    UseLoaded(Arc<Loaded>, PathBuf),
}

struct Loading {
    name: String,
    path: PathBuf,
    progress: Arc<LoadProgress>,
    rx: Receiver<Result<Loaded, LoadError>>,
}

impl ChronolensApp {
    pub fn new(data: Loaded) -> Self {
        let mut app = Self {
            data: Arc::new(crate::model::load_sample()),
            timeline: TimelineState::default(),
            selected: None,
            source: 0,
            hidden: Vec::new(),
            lane_colors: Vec::new(),
            error: None,
            error_title: OPEN_FAILED,
            scroll_to_cited: false,
            show_source: true,
            search: String::new(),
            search_matches: None,
            search_count: 0,
            loading: None,
            pending_dialog: None,
            title_sent: String::new(),
            path: None,
            dirty: false,
            editing: None,
            cite_mode: false,
            confirm: None,
            discard_approved: false,
            after_save_as: None,
            allow_close: false,
            pending_save_as: None,
            notice: None,
            import: None,
            export: None,
        };
        app.set_data(data);
        app
    }

    fn fail(&mut self, title: &'static str, detail: String) {
        self.error_title = title;
        self.error = Some(detail);
    }

    /// Replaces the dataset (after a successful load).
    pub fn set_data(&mut self, data: Loaded) {
        // Whatever was loading is superseded by what the user chose last.
        if let Some(l) = self.loading.take() {
            l.progress.cancel();
        }
        self.discard_approved = false;
        self.lane_colors = lane_colors(&data);
        self.hidden = vec![false; data.dataset.lanes.len()];
        self.data = Arc::new(data);
        self.dirty = false;
        self.editing = None;
        self.cite_mode = false;
        self.selected = None;
        self.source = 0;
        self.error = None;
        self.timeline.fit_pending = true;
        self.update_search();
    }

    /// Opens a file: small files at once, large ones on a background thread.
    /// On failure the current data stays and the error is shown.
    pub fn open_path(&mut self, path: &Path) {
        if self.dirty && !self.discard_approved {
            self.confirm = Some(AfterConfirm::Open(path.to_path_buf()));
            return;
        }
        self.open_path_now(path);
    }

    fn open_path_now(&mut self, path: &Path) {
        if let Some(l) = self.loading.take() {
            l.progress.cancel();
        }
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if size < BACKGROUND_LOAD_BYTES {
            match load_path(path) {
                Ok(loaded) => {
                    self.set_data(loaded);
                    self.path = Some(path.to_path_buf());
                }
                Err(e) => self.fail(OPEN_FAILED, e.to_string()),
            }
            return;
        }
        if let Some(old) = self.loading.take() {
            old.progress.cancel();
        }
        let (tx, rx) = channel();
        let p = path.to_path_buf();
        let progress = Arc::new(LoadProgress::default());
        let observed = progress.clone();
        std::thread::spawn(move || {
            let _ = tx.send(load_path_observed(&p, &observed));
        });
        self.loading = Some(Loading { name: path.display().to_string(), path: path.to_path_buf(), progress, rx });
    }

    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The data for editing (copied first if a background export still reads it).
    pub fn data_mut(&mut self) -> &mut Loaded {
        Arc::make_mut(&mut self.data)
    }

    fn lane_visible(&self, e: u32) -> bool {
        !self.hidden[self.data.index.lane_of[e as usize] as usize]
    }

    /// Selects an event (or none), shows its source and brings it into view.
    pub fn select(&mut self, e: Option<u32>) {
        self.selected = e;
        self.source = 0;
        if let Some(e) = e {
            let lane = self.data.index.lane_of[e as usize] as usize;
            self.hidden[lane] = false;
            self.scroll_to_cited = true;
            if let Some(span) = self.data.index.spans[e as usize] {
                self.timeline.bring_into_view(span);
            }
        }
    }

    /// Next / previous event in time among the visible lanes.
    pub fn step(&mut self, forward: bool) {
        let next = self.data.index.step(self.selected, forward, |e| self.lane_visible(e));
        if next.is_some() {
            self.select(next);
        }
    }

    fn update_search(&mut self) {
        let q = self.search.trim().to_lowercase();
        if q.is_empty() {
            self.search_matches = None;
            self.search_count = 0;
            return;
        }
        // O(n) once per edit of the query, never per frame.
        let matches: Vec<bool> = self
            .data
            .dataset
            .events
            .iter()
            .map(|ev| {
                ev.title.to_lowercase().contains(&q)
                    || ev.actor.as_deref().is_some_and(|a| a.to_lowercase().contains(&q))
                    || ev.sources.iter().any(|s| s.quote.to_lowercase().contains(&q))
            })
            .collect();
        self.search_count = matches.iter().filter(|&&m| m).count();
        self.search_matches = Some(matches);
    }

    fn next_match(&mut self) {
        let Some(m) = &self.search_matches else { return };
        let next =
            self.data.index.step(self.selected, true, |e| m[e as usize] && !self.hidden[self.data.index.lane_of[e as usize] as usize]);
        let next = next.or_else(|| self.data.index.step(None, true, |e| m[e as usize]));
        if next.is_some() {
            self.select(next);
        }
    }

    fn open_dialog(&mut self) {
        if self.dirty && !self.discard_approved {
            self.confirm = Some(AfterConfirm::OpenDialog);
            return;
        }
        if self.pending_dialog.is_some() {
            return;
        }
        let dialog = rfd::FileDialog::new().add_filter("chronolens dataset (JSON)", &["json"]).add_filter("All files", &["*"]);
        self.pending_dialog = Some(PendingPick::open(dialog));
    }

    /// Saves to the file the data came from (Save as… for the sample).
    pub fn save(&mut self) -> bool {
        match self.path.clone() {
            Some(p) => self.save_to(&p),
            None => {
                self.save_as_dialog();
                false
            }
        }
    }

    /// Writes atomically, keeping the previous version as `FILE.bak`.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match crate::model::save::save(&self.data.dataset, path) {
            Ok(()) => {
                self.dirty = false;
                self.path = Some(path.to_path_buf());
                self.data_mut().name = path.display().to_string();
                self.notice = Some(format!("saved {}", path.display()));
                true
            }
            Err(e) => {
                self.fail("Could not save; the file on disk is unchanged.", e);
                false
            }
        }
    }

    fn save_as_dialog(&mut self) {
        if self.pending_save_as.is_some() {
            return;
        }
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or("timeline.json".into(), |n| n.to_string_lossy().into_owned());
        let dialog = rfd::FileDialog::new().add_filter("chronolens dataset (JSON)", &["json"]).set_file_name(name);
        self.pending_save_as = Some(PendingPick::save(dialog));
    }

    /// Applies a change to the data and marks it unsaved; shows why if refused.
    fn changed(&mut self) {
        self.dirty = true;
        self.discard_approved = false;
        self.update_search();
    }

    fn poll_background(&mut self, ui: &Ui) {
        if let Some(path) = take_picked(&mut self.pending_save_as, ui.ctx()) {
            if self.save_to(&path)
                && let Some(after) = self.after_save_as.take()
            {
                self.proceed(after, ui);
            }
        } else if self.pending_save_as.is_none() {
            self.after_save_as = None; // the save dialog was cancelled
        }
        if let Some(path) = take_picked(&mut self.pending_dialog, ui.ctx()) {
            self.open_path(&path);
        }
        if let Some(l) = &self.loading {
            match l.rx.try_recv() {
                Ok(Ok(data)) => {
                    let path = l.path.clone();
                    self.loading = None;
                    if self.dirty && !self.discard_approved {
                        // Edits made while it loaded are not thrown away unasked.
                        self.confirm = Some(AfterConfirm::UseLoaded(Arc::new(data), path));
                    } else {
                        self.set_data(data);
                        self.path = Some(path);
                    }
                }
                Ok(Err(e)) => {
                    self.loading = None;
                    self.fail(OPEN_FAILED, e.to_string());
                }
                Err(TryRecvError::Disconnected) => {
                    self.loading = None;
                    self.fail(OPEN_FAILED, "loading stopped unexpectedly".to_owned());
                }
                Err(TryRecvError::Empty) => ui.ctx().request_repaint_after(std::time::Duration::from_millis(50)),
            }
        }
        let dropped: Vec<PathBuf> = ui.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
        if let Some(p) = dropped.first() {
            self.open_path(p);
        }
    }

    fn keyboard(&mut self, ui: &Ui) {
        // A dialog is open: keys belong to it, and Esc closes it.
        if self.confirm.is_some() || self.import.is_some() || self.export.is_some() {
            if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
                self.confirm = None;
                self.import = None;
                if let Some(d) = self.export.take()
                    && d.is_busy()
                {
                    self.export = Some(d); // an export is running: close it with its own button
                }
            }
            return;
        }
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
        if ui.ctx().egui_wants_keyboard_input() {
            return; // typing in the search box
        }
        let pressed = |ui: &Ui, m: Modifiers, k: Key| ui.input_mut(|i| i.consume_key(m, k));
        if pressed(ui, Modifiers::SHIFT, Key::Tab) {
            self.step(false);
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        } else if pressed(ui, Modifiers::NONE, Key::Tab) {
            self.step(true);
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
        if pressed(ui, Modifiers::NONE, Key::ArrowRight) {
            if self.selected.is_some() { self.step(true) } else { self.timeline.pan_fraction(0.2) }
        }
        if pressed(ui, Modifiers::NONE, Key::ArrowLeft) {
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
            self.timeline.fit_data(&self.data);
        }
        if pressed(ui, Modifiers::NONE, Key::Enter) {
            if self.selected.is_none() {
                self.step(true);
            }
            self.show_source = true;
            self.scroll_to_cited = true;
        }
        if pressed(ui, Modifiers::NONE, Key::Escape) {
            self.selected = None;
            self.editing = None;
            self.cite_mode = false;
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
                if ui.add(egui::Button::new("Open…").shortcut_text(ui.ctx().format_shortcut(&open))).clicked() {
                    self.open_dialog();
                }
                let export = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
                if ui.add(egui::Button::new("Export image…").shortcut_text(ui.ctx().format_shortcut(&export))).clicked() {
                    self.open_export(ui);
                }
                if ui.button("Import article…").on_hover_text("Extract draft events from a plain-text article").clicked() {
                    self.import = Some(ImportDialog::default());
                }
                if ui.button("Open the bundled sample").clicked() {
                    if self.dirty && !self.discard_approved {
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
            });
            ui.menu_button("View", |ui| {
                if ui.add(egui::Button::new("Fit all").shortcut_text("Home")).clicked() {
                    self.timeline.fit_data(&self.data);
                }
                if ui.add(egui::Button::new("Zoom in").shortcut_text("+")).clicked() {
                    self.timeline.zoom_centre(0.7);
                }
                if ui.add(egui::Button::new("Zoom out").shortcut_text("-")).clicked() {
                    self.timeline.zoom_centre(1.0 / 0.7);
                }
                ui.separator();
                ui.checkbox(&mut self.show_source, "Source panel");
                ui.separator();
                let dark = ui.visuals().dark_mode;
                if ui.radio(!dark, "Light theme").clicked() {
                    ui.ctx().set_theme(egui::Theme::Light);
                }
                if ui.radio(dark, "Dark theme").clicked() {
                    ui.ctx().set_theme(egui::Theme::Dark);
                }
            });
            ui.menu_button("Help", |ui| {
                ui.label(SHORTCUTS);
            });
        });
    }

    fn toolbar(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            if ui.button("Fit all").on_hover_text("Show every event (Home)").clicked() {
                self.timeline.fit_data(&self.data);
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
                let text = RichText::new(&lane.label).color(self.lane_colors[i]);
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
            let r = ui.add(egui::TextEdit::singleline(&mut self.search).hint_text("Search titles, actors, quotes").desired_width(200.0));
            if r.changed() {
                self.update_search();
            }
            if r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                self.next_match();
                r.request_focus();
            }
            if self.search_matches.is_some() {
                ui.label(format!("{} match{}", self.search_count, if self.search_count == 1 { "" } else { "es" }));
            }
            ui.separator();
            let dark = ui.visuals().dark_mode;
            if ui.button(if dark { "Light theme" } else { "Dark theme" }).clicked() {
                ui.ctx().set_theme(if dark { egui::Theme::Light } else { egui::Theme::Dark });
            }
        });
    }

    fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let d = &self.data.dataset;
            let name = if self.dirty { format!("{} (unsaved changes)", self.data.name) } else { self.data.name.clone() };
            ui.label(RichText::new(name).strong());
            if let Some(n) = &self.notice {
                ui.weak(n);
            }
            ui.label(format!("{} lanes · {} articles · {} events", d.lanes.len(), d.articles.len(), d.events.len()));
            if !self.data.index.undated.is_empty() {
                ui.label(format!("({} undated, listed in the source panel)", self.data.index.undated.len()));
            }
            let (a, b) = self.timeline.view.visible(self.timeline.plot_width as f64);
            ui.separator();
            ui.label(format!("view: {}", fmt_day_range(floor_to(a, DAY), floor_to(b, DAY))));
            if let Some(l) = &self.loading {
                ui.separator();
                ui.spinner();
                ui.label(format!("loading {}…", l.name));
            }
        });
    }

    fn overview_panel(&mut self, ui: &mut Ui) {
        ui.heading("Sources");
        ui.label("Click an event to read the paragraph it was reported in, with the quote highlighted.");
        ui.add_space(6.0);
        let undated = &self.data.index.undated;
        let articles = self.data.dataset.articles.len();
        // Rows are drawn only when visible: a dataset may hold thousands of articles.
        let h = ui.available_height();
        let list_h = if undated.is_empty() { h } else { h * 0.6 };
        egui::ScrollArea::vertical().id_salt("articles").max_height(list_h).auto_shrink([false, true]).show_rows(
            ui,
            36.0,
            articles,
            |ui, rows| {
                for i in rows {
                    let a = &self.data.dataset.articles[i];
                    let n = self.data.index.by_article[i].len();
                    ui.add(egui::Label::new(RichText::new(&a.title).strong()).truncate());
                    ui.weak(format!("{} paragraphs · {} events cited", a.paragraphs.len(), n));
                }
            },
        );
        if !undated.is_empty() {
            ui.separator();
            ui.label(RichText::new(format!("Undated events ({})", undated.len())).strong());
            let mut pick = None;
            egui::ScrollArea::vertical().id_salt("undated").auto_shrink([false, true]).show_rows(ui, 18.0, undated.len(), |ui, rows| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                for &e in &undated[rows] {
                    if ui.selectable_label(false, &self.data.dataset.events[e as usize].title).clicked() {
                        pick = Some(e);
                    }
                }
            });
            if pick.is_some() {
                self.select(pick);
            }
        }
    }

    fn selected_panel(&mut self, ui: &mut Ui, sel: u32) {
        if let Some((e, edit, error)) = &mut self.editing
            && *e == sel
        {
            let action = edit_form(ui, edit, &self.data.dataset.lanes, error.as_deref());
            ui.separator();
            match action {
                FormAction::Apply => {
                    let mut ev = self.data.dataset.events[sel as usize].clone();
                    edit.apply_to(&mut ev);
                    match Arc::make_mut(&mut self.data).replace_event(sel, ev) {
                        Ok(()) => {
                            self.editing = None;
                            self.changed();
                            self.select(Some(sel));
                        }
                        Err(msg) => *error = Some(msg),
                    }
                }
                FormAction::Cancel => self.editing = None,
                FormAction::None => {}
            }
        }
        let args = PanelArgs {
            data: &self.data,
            selected: sel,
            source: self.source,
            scroll_to_cited: self.scroll_to_cited,
            cite_mode: self.cite_mode,
        };
        let out = source_panel(ui, &args);
        self.scroll_to_cited = false;
        if let Some(k) = out.source {
            self.source = k;
            self.scroll_to_cited = true;
        }
        if out.toggle_cite {
            self.cite_mode = !self.cite_mode;
        }
        if out.edit {
            self.editing = Some((sel, EventEdit::from_event(&self.data.dataset.events[sel as usize]), None));
        }
        if out.accept {
            let mut ev = self.data.dataset.events[sel as usize].clone();
            ev.draft = None;
            if self.data_mut().replace_event(sel, ev).is_ok() {
                self.changed();
            }
        }
        if out.reject {
            self.data_mut().remove_event(sel);
            self.selected = None;
            self.editing = None;
            self.changed();
            return;
        }
        if let Some((article, paragraph, quote)) = out.cite {
            let ev = self.data.event_from_passage(article, paragraph, &quote, Some(sel));
            match self.data_mut().add_event(ev) {
                Ok(e) => {
                    self.changed();
                    self.cite_mode = false;
                    self.select(Some(e));
                    self.editing = Some((e, EventEdit::from_event(&self.data.dataset.events[e as usize]), None));
                }
                Err(msg) => self.fail("Could not create the event.", msg),
            }
        }
        if let Some(e) = out.select {
            self.select(Some(e));
        }
    }

    fn open_export(&mut self, ui: &Ui) {
        if self.export.is_none() {
            let shown = self.timeline.plot_width + super::timeline::paint::GUTTER_W;
            self.export = Some(ExportDialog::new(ui.visuals().dark_mode, shown, self.data.dataset.articles.len()));
        }
    }

    fn export_dialog(&mut self, ui: &mut Ui) {
        let Some(dialog) = &mut self.export else { return };
        let cx = export_cx!(self);
        if let DialogAction::Close = dialog.show(ui, &cx) {
            self.export = None;
        }
    }

    /// Starts the open export dialog's export into `path` (what its save dialog does).
    pub fn start_export_to(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some(dialog) = &mut self.export else { return };
        let cx = export_cx!(self);
        let req = dialog.request(&cx);
        dialog.start_file(&cx, req, path, ctx);
    }

    /// The file name the export dialog proposes.
    pub fn export_file_name(&self) -> Option<String> {
        let dialog = self.export.as_ref()?;
        let cx = export_cx!(self);
        dialog.request(&cx).default_file_name(&self.data, dialog.format).ok()
    }

    fn import_dialog(&mut self, ui: &mut Ui) {
        let Some(dialog) = &mut self.import else { return };
        match dialog.show(ui) {
            ImportAction::None => {}
            ImportAction::Cancel => self.import = None,
            ImportAction::Extracted(article, events) => {
                let before = self.data.dataset.clone();
                let n = events.len();
                let added = crate::extract::dataset::add_to_dataset(
                    &mut self.data_mut().dataset,
                    &crate::extract::Gazetteer::builtin(),
                    vec![(article, events)],
                )
                .map_err(|e| format!("the dataset {e}"))
                .and_then(|()| self.data_mut().reindex().map_err(|p| p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")));
                match added {
                    Ok(()) => {
                        self.import = None;
                        self.lane_colors = lane_colors(&self.data);
                        self.hidden.resize(self.data.dataset.lanes.len(), false);
                        self.changed();
                        self.notice = Some(format!("imported {n} draft events: review them in the source panel"));
                        let first = self.data.dataset.events.len().saturating_sub(n) as u32;
                        if n > 0 {
                            self.select(Some(first));
                        }
                    }
                    Err(e) => {
                        let data = self.data_mut();
                        data.dataset = before;
                        let _ = data.reindex();
                        if let Some(d) = &mut self.import {
                            d.error = Some(e);
                        }
                    }
                }
            }
        }
    }

    /// "Unsaved changes" question before closing or replacing the data.
    fn confirm_dialog(&mut self, ui: &mut Ui) {
        let Some(after) = self.confirm.clone() else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ui.ctx(), |ui| {
            ui.heading("Unsaved changes");
            ui.label(format!("{} has changes that are not saved.", self.data.name));
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    answer = Some("save");
                }
                if ui.button("Discard changes").clicked() {
                    answer = Some("discard");
                }
                if ui.button("Cancel").clicked() {
                    answer = Some("cancel");
                }
            });
        });
        let Some(answer) = answer else { return };
        self.confirm = None;
        match answer {
            "save" if self.path.is_none() => {
                // No file yet: Save as first, then carry on.
                self.after_save_as = Some(after);
                self.save_as_dialog();
            }
            "save" => {
                if self.save() {
                    self.proceed(after, ui);
                }
            }
            "discard" => {
                // `dirty` stays until new data actually replaces the old.
                self.discard_approved = true;
                self.proceed(after, ui);
            }
            _ => {}
        }
    }

    /// Carries out what the "unsaved changes" question interrupted.
    fn proceed(&mut self, after: AfterConfirm, ui: &Ui) {
        match after {
            AfterConfirm::Close => {
                self.allow_close = true;
                ui.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            AfterConfirm::Open(p) => self.open_path_now(&p),
            AfterConfirm::OpenDialog => self.open_dialog(),
            AfterConfirm::Sample => {
                self.set_data(crate::model::load_sample());
                self.path = None;
            }
            AfterConfirm::UseLoaded(data, path) => {
                self.set_data(Arc::unwrap_or_clone(data));
                self.path = Some(path);
            }
        }
    }

    /// The whole window, inside eframe or a test harness.
    pub fn show(&mut self, ui: &mut Ui) {
        if ui.input(|i| i.viewport().close_requested()) && self.dirty && !self.allow_close {
            ui.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(AfterConfirm::Close);
        }
        self.confirm_dialog(ui);
        self.import_dialog(ui);
        self.export_dialog(ui);
        self.poll_background(ui);
        self.keyboard(ui);
        let title = format!("chronolens — {}", self.data.name);
        if title != self.title_sent {
            ui.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
            self.toolbar(ui);
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        egui::Panel::bottom("legend").show(ui, |ui| {
            // The legend wraps with the width: use the height it needed last frame.
            let key = egui::Id::unique("chronolens-legend-height");
            let style = TimelineStyle::from_visuals(ui.visuals());
            let width = ui.available_width();
            let height = ui.ctx().data(|d| d.get_temp::<f32>(key)).unwrap_or(44.0);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
            let used = paint_legend(ui.painter(), rect, &self.data, &self.hidden, &self.lane_colors, &style);
            if (used - height).abs() > 0.5 {
                ui.ctx().data_mut(|d| d.insert_temp(key, used));
                ui.ctx().request_repaint();
            }
        });
        if self.show_source {
            egui::Panel::right("source").resizable(true).default_size(420.0).size_range(260.0..=900.0).show(ui, |ui| match self.selected {
                Some(sel) => self.selected_panel(ui, sel),
                None => self.overview_panel(ui),
            });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(err) = self.error.clone() {
                let mut dismiss = false;
                egui::Frame::new().fill(ui.visuals().error_fg_color.gamma_multiply(0.15)).inner_margin(8.0).corner_radius(4.0).show(
                    ui,
                    |ui| {
                        ui.horizontal_top(|ui| {
                            ui.vertical(|ui| {
                                ui.label(RichText::new(self.error_title).strong().color(ui.visuals().error_fg_color));
                                egui::ScrollArea::vertical().max_height(120.0).show(ui, |ui| {
                                    ui.label(RichText::new(&err).monospace());
                                });
                            });
                            if ui.button("Dismiss").clicked() {
                                dismiss = true;
                            }
                        });
                    },
                );
                if dismiss {
                    self.error = None;
                }
            }
            if let Some(l) = &self.loading {
                let mut cancel = false;
                ui.horizontal(|ui| {
                    let p = &l.progress;
                    let bar = egui::ProgressBar::new(p.fraction()).desired_width(260.0).text(format!("{} {}", p.stage().name(), l.name));
                    ui.add(bar.animate(true));
                    cancel = ui.button("Cancel").clicked();
                    ui.weak("the current data stays usable until the new file is ready");
                });
                if cancel {
                    l.progress.cancel();
                    self.loading = None;
                }
            }
            let matches = self.search_matches.as_ref().map(|m| move |e: u32| m[e as usize]);
            let matches_dyn: Option<&dyn Fn(u32) -> bool> = matches.as_ref().map(|f| f as &dyn Fn(u32) -> bool);
            let args = TimelineArgs {
                data: &self.data,
                hidden: &self.hidden,
                lane_colors: &self.lane_colors,
                selected: self.selected,
                matches: matches_dyn,
            };
            let out = timeline_ui(ui, &mut self.timeline, &args);
            if let Some(e) = out.clicked {
                self.selected = Some(e);
                self.source = 0;
                self.scroll_to_cited = true;
                self.show_source = true;
            } else if out.clicked_background {
                self.selected = None;
            }
        });
    }
}

pub const SHORTCUTS: &str = "Mouse wheel / pinch: zoom around the pointer\n\
Drag, Shift+wheel or horizontal scroll: pan\n\
Double-click: zoom in\n\
←/→: pan (with an event selected: previous / next event)\n\
Shift+←/→: pan\n\
+ / −: zoom in / out\n\
Home: fit all\n\
Tab / Shift+Tab: next / previous event in time\n\
Enter: open the selected event's source\n\
Esc: clear the selection\n\
Ctrl+O: open a file (or drop it on the window)\n\
Ctrl+E: export an image (PNG or SVG, or copy to the clipboard)\n\
Ctrl+S / Ctrl+Shift+S: save / save as (the previous version is kept as FILE.bak)";

impl eframe::App for ChronolensApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
