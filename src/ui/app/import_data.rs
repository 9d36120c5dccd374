//! File → Import data…: ACLED and TimelineJS files added to the open data as
//! one undoable change; an ACLED file imported again updates its records.
//! Bad rows are listed, and imported without them only when asked.

use super::*;
use crate::import::{ImportError, import_file};
use crate::model::history::Op;

/// A file whose bad rows were shown: import its good rows if asked.
pub struct BadRows {
    pub path: PathBuf,
    pub message: String,
    pub good: usize,
}

impl ChronolensApp {
    pub(super) fn import_data_dialog(&mut self) {
        if self.pending_import_data.is_some() {
            return;
        }
        let dialog = rfd::FileDialog::new().add_filter("ACLED export or TimelineJS data", &["csv", "json"]).add_filter("All files", &["*"]);
        self.pending_import_data = Some(PendingPick::open(dialog));
    }

    pub(super) fn poll_import_data(&mut self, ui: &Ui) {
        if let Some(path) = take_picked(&mut self.pending_import_data, ui.ctx()) {
            self.import_data(&path, false);
        }
    }

    /// Imports `path` into the open data (one change, undoable); bad rows
    /// are skipped only when `skip_bad_rows`.
    pub fn import_data(&mut self, path: &Path, skip_bad_rows: bool) {
        if self.path.as_deref().is_some_and(|p| std::fs::canonicalize(p).ok() == std::fs::canonicalize(path).ok()) {
            return self.fail("Could not import the file.", "this is the open dataset itself".into());
        }
        let g = crate::extract::Gazetteer::builtin();
        let imported = match import_file(path, None, &self.data.dataset, &g, skip_bad_rows) {
            Ok(i) => i,
            Err(ImportError::Rows { problems, good, .. }) if good > 0 => {
                let list: Vec<String> = problems.iter().take(50).map(|p| p.to_string()).collect();
                let more = problems.len().saturating_sub(50);
                let mut message = list.join("\n");
                if more > 0 {
                    message.push_str(&format!("\n… and {more} more"));
                }
                self.bad_rows = Some(BadRows { path: path.to_path_buf(), message, good });
                return;
            }
            Err(e) => return self.fail("Could not import the file.", e.to_string()),
        };
        let summary = imported.summary();
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        let mut ops: Vec<Op> = imported.event_updates.into_iter().map(|(at, event)| Op::Put { at: at as u32, event }).collect();
        ops.extend(imported.article_updates.into_iter().map(|(at, article)| Op::PutArticle { at: at as u32, article }));
        if !(imported.lanes.is_empty() && imported.articles.is_empty() && imported.events.is_empty()) {
            ops.push(Op::Append { lanes: imported.lanes, articles: imported.articles, events: imported.events });
        }
        if ops.is_empty() {
            self.notice = Some(format!("{name}: nothing new ({summary})"));
            return;
        }
        match self.change(format!("Import '{name}'"), ops) {
            Ok(_) => {
                let skipped = imported.skipped.len();
                let also = if skipped > 0 { format!(", {skipped} bad rows skipped") } else { String::new() };
                self.notice = Some(format!("imported {name}: {summary}{also}"));
                self.timeline.request_fit();
            }
            Err(msg) => self.fail("Could not import the file.", msg),
        }
    }

    /// The bad rows of a file, and whether to import its good rows.
    pub(super) fn bad_rows_dialog(&mut self, ui: &mut Ui) {
        let Some(bad) = &self.bad_rows else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("bad-rows")).show(ui.ctx(), |ui| {
            ui.heading("Some rows cannot be imported");
            ui.label(format!("{}: {} rows are fine; these are not:", bad.path.display(), bad.good));
            egui::ScrollArea::vertical().max_height(240.0).show(ui, |ui| {
                ui.add(egui::Label::new(RichText::new(&bad.message).monospace()).wrap());
            });
            ui.horizontal(|ui| {
                if ui.button(format!("Import the {} good rows", bad.good)).clicked() {
                    answer = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                let path = self.bad_rows.take().expect("shown").path;
                self.import_data(&path, true);
            }
            Some(false) => self.bad_rows = None,
            None => {}
        }
    }
}
