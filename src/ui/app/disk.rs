//! The file on disk: saving without overwriting another program's changes,
//! noticing such changes when the window regains focus, and reloading with
//! the analyst's edits re-applied.

use super::*;
use crate::model::fingerprint::DiskState;
use crate::model::history::rebase;

impl ChronolensApp {
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

    /// Writes atomically, keeping earlier versions as `FILE.bak` …; if the
    /// file changed on disk since it was opened, asks first.
    pub fn save_to(&mut self, path: &Path) -> bool {
        if self.path.as_deref() == Some(path)
            && let Some(fp) = self.disk
            && fp.disk_state(path) == DiskState::Changed
        {
            self.conflict = Some(path.to_path_buf());
            return false;
        }
        self.write_to(path)
    }

    /// Writes without asking: large data on a background thread (then `false`:
    /// not saved yet, see `saving`), small data at once.
    fn write_to(&mut self, path: &Path) -> bool {
        self.settle_save();
        if self.data.dataset.events.len() >= self.background_save_from {
            self.start_background_save(path);
            return false;
        }
        let started = std::time::Instant::now();
        let result = crate::model::save::save(&self.data.dataset, path);
        self.saved(path, result, started)
    }

    /// The open file changed on disk: asked when Save found it.
    pub(super) fn conflict_dialog(&mut self, ui: &mut Ui) {
        let Some(path) = self.conflict.clone() else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ui.ctx(), |ui| {
            ui.heading("The file changed on disk");
            ui.label(format!(
                "{} was changed by another program since you opened it. Saving now would overwrite those changes.",
                path.display()
            ));
            let n = self.history.since_saved().count();
            ui.horizontal(|ui| {
                if ui
                    .button("Reload and re-apply my edits")
                    .on_hover_text(format!("Open the new version and make your {n} edits again"))
                    .clicked()
                {
                    answer = Some("reload");
                }
                if ui.button("Save as…").on_hover_text("Keep both: save your version under another name").clicked() {
                    answer = Some("save as");
                }
                if ui.button("Overwrite").on_hover_text("Replace the other program's version (it is kept as a backup)").clicked() {
                    answer = Some("overwrite");
                }
                if ui.button("Cancel").clicked() {
                    answer = Some("cancel");
                }
            });
        });
        let Some(answer) = answer else { return };
        self.conflict = None;
        match answer {
            "reload" => self.reload_reapplying(&path),
            "save as" => self.save_as_dialog(),
            "overwrite" => {
                self.write_to(&path);
            }
            _ => {}
        }
    }

    /// Opens the file again and makes the unsaved edits on the new version,
    /// each aimed at its event by id; says which could not be made.
    pub fn reload_reapplying(&mut self, path: &Path) {
        let edits: Vec<(String, Vec<crate::model::history::Op>, Vec<crate::model::history::Op>)> =
            self.history.since_saved().map(|(label, redo, undo)| (label.to_owned(), redo.to_vec(), undo.to_vec())).collect();
        let loaded = match load_path(path) {
            Ok(l) => l,
            Err(e) => return self.fail("Could not reload; your edits are still here, unsaved.", e.to_string()),
        };
        self.set_data(loaded);
        self.path = Some(path.to_path_buf());
        let mut failed = Vec::new();
        for (label, redo, undo) in &edits {
            let data = &self.data;
            let find = |id: &str| data.index.event_ids.get(id).copied();
            let made = rebase(redo, undo, &data.dataset, find).and_then(|ops| self.change(label.clone(), ops));
            if let Err(e) = made {
                failed.push(format!("{label}: {e}"));
            }
        }
        let done = edits.len() - failed.len();
        self.notice = Some(format!("reloaded {}; re-applied {done} of {} edits", path.display(), edits.len()));
        if !failed.is_empty() {
            self.fail("Some edits could not be re-applied to the new version:", failed.join("\n"));
        }
    }

    /// When the window regains focus, looks whether the open file changed.
    pub(super) fn watch_disk(&mut self, ui: &Ui) {
        let focused = ui.input(|i| i.raw.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(true))));
        if focused && let (Some(path), Some(fp)) = (&self.path, self.disk) {
            self.changed_on_disk = fp.disk_state(path) == DiskState::Changed;
        }
    }

    /// The bar offering to reload a file changed on disk.
    pub(super) fn changed_on_disk_bar(&mut self, ui: &mut Ui) {
        if !self.changed_on_disk || self.loading.is_some() {
            return;
        }
        let Some(path) = self.path.clone() else { return };
        let (mut reload, mut keep) = (false, false);
        egui::Frame::new().fill(ui.visuals().warn_fg_color.gamma_multiply(0.15)).inner_margin(8.0).corner_radius(4.0).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{} changed on disk.", path.display())).strong());
                if self.is_dirty() {
                    ui.label("You have unsaved edits; Save will ask what to do.");
                    reload = ui.button("Reload and re-apply my edits").clicked();
                } else {
                    reload = ui.button("Reload").clicked();
                }
                keep = ui.button("Keep this version").clicked();
            });
        });
        if reload {
            self.changed_on_disk = false;
            if self.is_dirty() { self.reload_reapplying(&path) } else { self.open_path_now(&path) }
        } else if keep {
            self.changed_on_disk = false;
        }
    }
}
