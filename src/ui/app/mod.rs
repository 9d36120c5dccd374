//! The chronolens window: menus, toolbar, timeline, source panel, legend.

mod appearance;
mod briefing;
mod chrome;
mod corroboration;
mod dialogs;
mod disk;
mod editing;
mod filters;
mod import_data;
mod list_view;
mod panels;
mod remember;
mod review;
mod saving;
mod searching;
mod views;

pub use chrome::SHORTCUTS;
pub use saving::BACKGROUND_SAVE_EVENTS;

use super::edit_form::{EventEdit, FormAction, edit_form};
use super::export_dialog::ExportDialog;
use super::file_dialog::{PendingPick, take_picked};
use super::import::{ImportAction, ImportDialog};
use super::source_panel::{PanelArgs, source_panel};
use super::timeline::{TimelineArgs, TimelineState, timeline_ui};
use crate::model::fingerprint::Fingerprint;
use crate::model::history::History;
use crate::model::journal::{Journal, Recovered};
use crate::model::load::load_path_observed;
use crate::model::progress::LoadProgress;
use crate::model::time::{DAY, floor_to, fmt_day_range};
use crate::model::{LoadError, Loaded, load_path};
use crate::render::legend::paint_legend_arranged;
use crate::render::style::{TimelineStyle, lane_colors};
use egui::{Color32, Key, KeyboardShortcut, Modifiers, RichText, Ui};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

const OPEN_FAILED: &str = "Could not open the file; the data shown is unchanged.";

/// Files larger than this load on a background thread, so the window keeps
/// drawing and Cancel answers; smaller ones parse in a few milliseconds.
pub const BACKGROUND_LOAD_BYTES: u64 = 1 << 20;

pub struct ChronolensApp {
    /// Shared with background exports; edits copy it only if an export still holds it.
    pub data: Arc<Loaded>,
    pub timeline: TimelineState,
    pub selected: Option<u32>,
    /// Which of the selected event's sources the panel shows.
    pub source: usize,
    /// Per lane.
    pub hidden: Vec<bool>,
    /// The file's lane colours, and as drawn (after the appearance's palette and contrast).
    lane_colors: Vec<Color32>,
    shown_colors: Vec<Color32>,
    /// View → High contrast, Colour-blind-safe lane colours (remembered).
    pub appearance: crate::render::style::Appearance,
    /// The appearance egui's visuals were last set for.
    visuals_for: Option<crate::render::style::Appearance>,
    /// The last error, shown until dismissed; the data stays as it was.
    pub error: Option<String>,
    /// What failed, the banner's heading.
    error_title: &'static str,
    scroll_to_cited: bool,
    pub show_source: bool,
    /// The chronology list beside the timeline (View → Chronology list, L).
    pub show_list: bool,
    list: list_view::ListCache,
    /// Counts changes to the data (edits, loads), to know when a cache is stale.
    generation: u64,
    pub search: String,
    /// The events matching the search box, in time order (`None`: no search).
    search_hits: Option<crate::search::Hits>,
    /// The data's generation the hits were found in (typing on narrows them only then).
    hits_generation: u64,
    /// A search of large data running on its own thread.
    search_job: Option<crate::search::SearchJob>,
    search_arena: crate::search::ArenaSlot,
    loading: Option<Loading>,
    pending_dialog: Option<PendingPick>,
    title_sent: String,
    /// Where the data was loaded from; `None` for the bundled sample.
    pub path: Option<PathBuf>,
    /// The file at `path` as last opened or saved, to notice other programs' writes.
    disk: Option<Fingerprint>,
    /// Every change since the data was opened: undo, redo, and what is unsaved.
    pub history: History,
    /// Where unsaved changes are journaled for crash recovery; `None`: not journaled.
    journal_dir: Option<PathBuf>,
    journal: Option<Journal>,
    /// Journals left by a crash, offered for restoring.
    recovered: Vec<Recovered>,
    /// Save found the file changed on disk: what to do is asked.
    conflict: Option<PathBuf>,
    /// The open file changed on disk (noticed when the window regained focus).
    changed_on_disk: bool,
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
    /// File → Export chronology…, while its dialog is open.
    pending_chronology: Option<PendingPick>,
    /// File → Import data…, while its dialog is open.
    pending_import_data: Option<PendingPick>,
    /// Remembered across restarts, and where (`None`: nothing is remembered).
    settings: Option<(crate::ui::settings::Settings, PathBuf)>,
    /// The remembered view of a file just opened, shown once the plot width is known.
    pending_view: Option<crate::ui::settings::LastView>,
    theme_applied: bool,
    /// Views → Save current view…: the name being typed.
    naming_view: Option<String>,
    /// A file to import had bad rows: they are shown, the good ones imported if asked.
    bad_rows: Option<import_data::BadRows>,
    /// Last save result, shown in the status bar.
    pub notice: Option<String>,
    /// A save running on its own thread (large data).
    saving: Option<saving::SaveJob>,
    /// Data with this many events or more is saved in the background.
    pub background_save_from: usize,
    /// File → Import article…, while open.
    pub import: Option<ImportDialog>,
    /// File → Export image…, while open.
    pub export: Option<ExportDialog>,
    /// Sources and disagreements of the events shown; cleared on every change.
    pub corroboration: std::cell::RefCell<crate::corroborate::Summaries>,
    /// Show only events with one independent source / whose sources disagree.
    pub filter: filters::ViewFilter,
    /// Drafts in the data, and the tags with how many events carry each:
    /// counted after each change, not per frame.
    pub drafts_left: usize,
    pub tag_counts: Vec<(String, usize)>,
    tag_casings: review::TagCasings,
    /// "Accept / reject all shown drafts" asked first: which, and the events.
    confirm_bulk: Option<(bool, Vec<u32>)>,
    /// The events an open export dialog exports, as the filters showed them when it opened.
    export_only: Option<Arc<Vec<bool>>>,
    /// "Merge with…" was pressed on this event: the next one selected is the other.
    pub merge_from: Option<u32>,
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
            shown_colors: Vec::new(),
            appearance: Default::default(),
            visuals_for: None,
            error: None,
            error_title: OPEN_FAILED,
            scroll_to_cited: false,
            show_source: true,
            show_list: false,
            list: Default::default(),
            generation: 0,
            search: String::new(),
            search_hits: None,
            hits_generation: 0,
            search_job: None,
            search_arena: Default::default(),
            loading: None,
            pending_dialog: None,
            title_sent: String::new(),
            path: None,
            disk: None,
            history: History::default(),
            journal_dir: None,
            journal: None,
            recovered: Vec::new(),
            conflict: None,
            changed_on_disk: false,
            editing: None,
            cite_mode: false,
            confirm: None,
            discard_approved: false,
            after_save_as: None,
            saving: None,
            background_save_from: saving::BACKGROUND_SAVE_EVENTS,
            allow_close: false,
            pending_save_as: None,
            pending_chronology: None,
            pending_import_data: None,
            bad_rows: None,
            naming_view: None,
            settings: None,
            pending_view: None,
            theme_applied: false,
            notice: None,
            import: None,
            export: None,
            corroboration: Default::default(),
            filter: Default::default(),
            drafts_left: 0,
            tag_counts: Vec::new(),
            tag_casings: Default::default(),
            confirm_bulk: None,
            export_only: None,
            merge_from: None,
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
        self.settle_save();
        self.remember_view();
        self.pending_view = None;
        self.generation += 1;
        // Whatever was loading is superseded by what the user chose last.
        if let Some(l) = self.loading.take() {
            l.progress.cancel();
        }
        self.discard_approved = false;
        self.lane_colors = lane_colors(&data);
        self.hidden = vec![false; data.dataset.lanes.len()];
        self.timeline.lanes = Default::default();
        self.disk = data.origin;
        self.data = Arc::new(data);
        self.corroboration.get_mut().clear();
        self.merge_from = None;
        self.recount();
        self.history = History::default();
        if let Some(j) = self.journal.take() {
            j.discard(); // the edits it holds were saved or let go
        }
        self.conflict = None;
        self.changed_on_disk = false;
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
        if self.is_dirty() && !self.discard_approved {
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
                    self.opened(path.to_path_buf());
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
            // Marks the load finished even if it panics, so that nothing waits for ever.
            struct Finished(Arc<LoadProgress>);
            impl Drop for Finished {
                fn drop(&mut self) {
                    self.0.finish();
                }
            }
            let done = Finished(observed);
            let _ = tx.send(load_path_observed(&p, &done.0));
        });
        self.loading = Some(Loading { name: path.display().to_string(), path: path.to_path_buf(), progress, rx });
    }

    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The progress of the load under way, if any.
    pub fn loading_progress(&self) -> Option<Arc<LoadProgress>> {
        self.loading.as_ref().map(|l| l.progress.clone())
    }

    /// The data for editing (copied first if a background export still reads it).
    /// The data, to change: a save still writing it is waited for first, so
    /// that it is never copied for the change.
    pub fn data_mut(&mut self) -> &mut Loaded {
        self.settle_save();
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
            self.timeline.reveal_lane(lane as u16);
            self.scroll_to_cited = true;
            if let Some(span) = self.data.index.spans[e as usize].get() {
                let precision = self.data.dataset.events[e as usize].precision;
                self.timeline.bring_into_view(self.timeline.zone.on_clock(precision, span));
            }
        }
    }

    /// Next / previous event in time among the visible lanes.
    pub fn step(&mut self, forward: bool) {
        let keep = filters::event_filter(&self.corroboration, &self.data, &self.filter);
        let next = self.data.index.step(self.selected, forward, |e| self.lane_visible(e) && keep.as_ref().is_none_or(|k| k(e)));
        drop(keep);
        if next.is_some() {
            self.select(next);
        }
    }

    fn open_dialog(&mut self) {
        if self.is_dirty() && !self.discard_approved {
            self.confirm = Some(AfterConfirm::OpenDialog);
            return;
        }
        if self.pending_dialog.is_some() {
            return;
        }
        let dialog = rfd::FileDialog::new().add_filter("chronolens dataset (JSON)", &["json"]).add_filter("All files", &["*"]);
        self.pending_dialog = Some(PendingPick::open(dialog));
    }

    fn save_as_dialog(&mut self) {
        if self.pending_save_as.is_some() {
            return;
        }
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or("timeline.json".into(), |n| n.to_string_lossy().into_owned());
        let dialog = rfd::FileDialog::new().add_filter("chronolens dataset (JSON)", &["json"]).set_file_name(name);
        self.pending_save_as = Some(PendingPick::save(dialog));
    }

    fn poll_background(&mut self, ui: &Ui) {
        if let Some(path) = take_picked(&mut self.pending_save_as, ui.ctx()) {
            if self.save_to(&path) {
                if let Some(after) = self.after_save_as.take() {
                    self.proceed(after, ui);
                }
            } else if let Some(job) = &mut self.saving {
                job.then = self.after_save_as.take(); // carried on with once saved
            }
        } else if self.pending_save_as.is_none() {
            self.after_save_as = None; // the save dialog was cancelled
        }
        if let Some(path) = take_picked(&mut self.pending_dialog, ui.ctx()) {
            self.open_path(&path);
        }
        self.poll_chronology(ui);
        self.poll_import_data(ui);
        self.poll_search(ui);
        if let Some(l) = &self.loading {
            match l.rx.try_recv() {
                Ok(Ok(data)) => {
                    let path = l.path.clone();
                    self.loading = None;
                    if self.is_dirty() && !self.discard_approved {
                        // Edits made while it loaded are not thrown away unasked.
                        self.confirm = Some(AfterConfirm::UseLoaded(Arc::new(data), path));
                    } else {
                        self.set_data(data);
                        self.opened(path);
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

    /// The whole window, inside eframe or a test harness.
    pub fn show(&mut self, ui: &mut Ui) {
        self.dialogs_and_background(ui);
        self.update_title(ui);
        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
            self.toolbar(ui);
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        egui::Panel::bottom("legend").show(ui, |ui| self.legend_panel(ui));
        if self.show_source {
            egui::Panel::right("source").resizable(true).default_size(420.0).size_range(260.0..=900.0).show(ui, |ui| match self.selected {
                Some(sel) => self.selected_panel(ui, sel),
                None => self.overview_panel(ui),
            });
        }
        if self.show_list {
            egui::Panel::left("chronology-list")
                .resizable(true)
                .default_size(340.0)
                .size_range(220.0..=700.0)
                .show(ui, |ui| self.list_panel(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            self.error_banner(ui);
            self.changed_on_disk_bar(ui);
            self.loading_bar(ui);
            self.timeline_panel(ui);
        });
    }

    /// Everything before the panels are laid out: a close held back for unsaved
    /// edits, the modal dialogs, background jobs, settings and keys.
    fn dialogs_and_background(&mut self, ui: &mut Ui) {
        if ui.input(|i| i.viewport().close_requested()) && self.is_dirty() && !self.allow_close {
            ui.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(AfterConfirm::Close);
        }
        self.confirm_dialog(ui);
        self.bulk_dialog(ui);
        self.bad_rows_dialog(ui);
        self.name_view_dialog(ui);
        self.recovery_dialog(ui);
        self.conflict_dialog(ui);
        self.watch_disk(ui);
        self.import_dialog(ui);
        self.export_dialog(ui);
        self.poll_background(ui);
        self.poll_save(ui);
        self.settings_frame(ui);
        self.apply_appearance(ui);
        self.keyboard(ui);
    }

    /// The window title, sent only when it changes.
    fn update_title(&mut self, ui: &Ui) {
        let title = format!("chronolens — {}", self.data.name);
        if title != self.title_sent {
            ui.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
    }

    fn legend_panel(&mut self, ui: &mut Ui) {
        // The legend wraps with the width: use the height it needed last frame.
        let key = egui::Id::unique("chronolens-legend-height");
        let style = self.timeline_style(ui);
        let width = ui.available_width();
        let height = ui.ctx().data(|d| d.get_temp::<f32>(key)).unwrap_or(44.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
        let used = paint_legend_arranged(ui.painter(), rect, &self.data, &self.hidden, &self.timeline.lanes, &self.shown_colors, &style);
        if (used - height).abs() > 0.5 {
            ui.ctx().data_mut(|d| d.insert_temp(key, used));
            ui.ctx().request_repaint();
        }
    }

    /// The last error, above the timeline until dismissed.
    fn error_banner(&mut self, ui: &mut Ui) {
        let Some(err) = self.error.clone() else { return };
        let mut dismiss = false;
        egui::Frame::new().fill(ui.visuals().error_fg_color.gamma_multiply(0.15)).inner_margin(8.0).corner_radius(4.0).show(ui, |ui| {
            // The button first, so that a long message never pushes it out of reach.
            ui.horizontal(|ui| {
                dismiss = ui.button("Dismiss").clicked();
                ui.label(RichText::new(self.error_title).strong().color(ui.visuals().error_fg_color));
            });
            egui::ScrollArea::vertical().max_height(120.0).show(ui, |ui| {
                ui.add(egui::Label::new(RichText::new(&err).monospace()).wrap());
            });
        });
        if dismiss {
            self.error = None;
        }
    }

    /// The progress of a background load, with Cancel.
    fn loading_bar(&mut self, ui: &mut Ui) {
        let Some(l) = &self.loading else { return };
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

    /// The timeline, filtered and searched; a click selects an event (showing
    /// its source) or, on the background, clears the selection.
    fn timeline_panel(&mut self, ui: &mut Ui) {
        let matches = self.search_hits.as_ref().map(|h| h.mask.as_slice()).map(|m| move |e: u32| m[e as usize]);
        let matches_dyn: Option<&dyn Fn(u32) -> bool> = matches.as_ref().map(|f| f as &dyn Fn(u32) -> bool);
        let keep = filters::event_filter(&self.corroboration, &self.data, &self.filter);
        let keep_dyn: Option<&dyn Fn(u32) -> bool> = keep.as_ref().map(|f| f as &dyn Fn(u32) -> bool);
        let args = TimelineArgs {
            data: &self.data,
            hidden: &self.hidden,
            lane_colors: &self.shown_colors,
            selected: self.selected,
            matches: matches_dyn,
            summaries: &self.corroboration,
            keep: keep_dyn,
            generation: self.generation,
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
    }
}

impl eframe::App for ChronolensApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// A window closed normally: unsaved edits were saved or let go when asked.
    fn on_exit(&mut self) {
        self.settle_save();
        self.save_settings_on_exit();
        if let Some(j) = self.journal.take() {
            j.discard();
        }
    }
}
