//! Changes to the data, made, undone and redone through one path that keeps
//! the history for undo and journals each change for crash recovery.

use super::*;
use crate::model::edit::Applied;
use crate::model::history::{Change, Op};
use crate::model::journal::{Act, Header, Line};

impl ChronolensApp {
    /// Changes not yet saved (undoing back to the saved state clears it).
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Journals unsaved changes in `dir` (the platform's data folder in the
    /// real window) and offers to restore what a crashed window left there.
    pub fn enable_journal(&mut self, dir: PathBuf) {
        self.recovered = crate::model::journal::left_behind(&dir);
        self.journal_dir = Some(dir);
    }

    /// Makes a change named `label` (as shown in Edit → Undo); on refusal
    /// nothing changes and the reason is returned.
    pub fn change(&mut self, label: String, ops: Vec<Op>) -> Result<Option<u32>, String> {
        self.wait_for_save()?;
        self.let_go_of_data();
        let applied = Arc::make_mut(&mut self.data).commit(&mut self.history, Change { label, ops })?;
        Ok(self.after_change(Act::Do, applied))
    }

    /// Edit → Undo (Ctrl+Z).
    pub fn undo(&mut self) {
        if let Err(why) = self.wait_for_save() {
            self.notice = Some(why);
            return;
        }
        self.let_go_of_data();
        if let Some(result) = Arc::make_mut(&mut self.data).undo(&mut self.history) {
            self.after_history_step(Act::Undo, result);
        }
    }

    /// Edit → Redo (Ctrl+Shift+Z, Ctrl+Y).
    pub fn redo(&mut self) {
        if let Err(why) = self.wait_for_save() {
            self.notice = Some(why);
            return;
        }
        self.let_go_of_data();
        if let Some(result) = Arc::make_mut(&mut self.data).redo(&mut self.history) {
            self.after_history_step(Act::Redo, result);
        }
    }

    /// A save writing the data (on its thread) is given a moment to end: the
    /// data is changed in place once it has, never copied for the change and
    /// never changed under the save. A save that goes on longer (a million
    /// events take seconds) refuses the change with its progress, so that the
    /// window keeps drawing; nothing is queued to be made later behind the
    /// analyst's back (a queued "reject" would remove whatever event then
    /// sits at that place).
    fn wait_for_save(&mut self) -> Result<(), String> {
        if self.settle_save_within(std::time::Duration::from_millis(250)) {
            return Ok(());
        }
        let status = self.save_status().unwrap_or_default();
        Err(format!("{status}: nothing was changed; the data can change again once the save ends"))
    }

    /// Before the data is changed in place: a search running on its thread
    /// holds the data too (and is run again after the change anyway), so it
    /// is cancelled and waited for; otherwise the change would copy the whole
    /// dataset. A save that holds it is waited for (see `saving`). An export
    /// that still holds it gets the copy.
    fn let_go_of_data(&mut self) {
        self.settle_save();
        if self.search_job.take().is_some() {
            // The search looks at its cancel flag every few thousand events,
            // a few milliseconds apart; but on a busy machine its thread may
            // not run for a while (200 ms measured while a build shared the
            // two cores). Copying a million events costs more (0.6 s, and
            // twice the memory), so it is waited for up to that; with an
            // export also holding the data the copy cannot be avoided and
            // only a moment is given.
            let exporting = self.export.as_ref().is_some_and(|d| d.exporting());
            let bound = std::time::Duration::from_millis(if exporting { 50 } else { 600 });
            let waited = std::time::Instant::now();
            while Arc::strong_count(&self.data) > 1 && waited.elapsed() < bound {
                std::thread::sleep(std::time::Duration::from_micros(200));
            }
        }
    }

    fn after_history_step(&mut self, act: Act, result: Result<Applied, String>) {
        match result {
            Ok(applied) => {
                let verb = if act == Act::Undo { "undid" } else { "redid" };
                self.notice = Some(format!("{verb} {}", applied.label));
                self.editing = None;
                self.cite_mode = false;
                if let Some(e) = self.after_change(act, applied) {
                    self.select(Some(e));
                }
            }
            Err(e) => self.fail(if act == Act::Undo { "Could not undo." } else { "Could not redo." }, e),
        }
    }

    /// Bookkeeping after any change: journal, search, selection, lanes.
    fn after_change(&mut self, act: Act, applied: Applied) -> Option<u32> {
        let focus = applied.focus;
        self.search_data_changed(&applied.ops);
        self.count_change(&applied.ops, &applied.inverse);
        self.journal_line(Line { act, change: Change { label: applied.label, ops: applied.ops } });
        self.discard_approved = false;
        self.corroboration.get_mut().changed(&self.data.dataset);
        self.generation += 1;
        self.merge_from = None;
        if self.selected.is_some_and(|e| e as usize >= self.data.dataset.events.len()) {
            self.selected = None;
        }
        if self.hidden.len() != self.data.dataset.lanes.len() {
            self.lane_colors = lane_colors(&self.data);
            self.hidden.resize(self.data.dataset.lanes.len(), false);
        }
        self.update_search();
        focus
    }

    /// Appends to the crash-recovery journal, starting one at the first
    /// unsaved change; back at the saved state there is nothing to recover.
    fn journal_line(&mut self, line: Line) {
        let Some(dir) = &self.journal_dir else { return };
        if !self.is_dirty() {
            if let Some(j) = self.journal.take() {
                j.discard();
            }
            return;
        }
        if self.journal.is_none() {
            let header = Header {
                chronolens_journal: 1,
                file: self.path.clone(),
                name: self.data.name.clone(),
                origin: self.disk,
                pid: std::process::id(),
                pid_start: crate::model::journal::process_start(std::process::id()),
                started: chrono::Utc::now().to_rfc3339(),
            };
            match Journal::start(dir, &header) {
                Ok(j) => self.journal = Some(j),
                Err(e) => {
                    self.notice = Some(format!("crash recovery is off: cannot write in {}: {e}", dir.display()));
                    return;
                }
            }
        }
        if let Some(j) = &mut self.journal
            && let Err(e) = j.append(&line)
        {
            self.notice = Some(format!("crash recovery is off: cannot write {}: {e}", j.path().display()));
            self.journal = None;
        }
    }

    /// The journal was written up to a save: the saved file holds it all.
    pub(super) fn journal_saved(&mut self) {
        if let Some(j) = self.journal.take() {
            j.discard();
        }
    }

    /// "Restore" in the recovery question: opens the file the edits were
    /// made to and replays them. The journal stays unless it was replayed.
    pub(super) fn restore(&mut self, r: Recovered) {
        let loaded = match &r.header.file {
            Some(p) => load_path(p).map_err(|e| e.to_string()),
            None => Ok(crate::model::load_sample()),
        };
        let kept = format!("The recovered edits are kept in {}.", r.journal.display());
        let mut loaded = match loaded {
            Ok(l) => l,
            Err(e) => return self.fail("Could not restore the unsaved edits.", format!("{e}\n{kept}")),
        };
        if r.header.file.is_some() && r.header.origin.map(|o| o.hash) != loaded.origin.map(|o| o.hash) {
            let msg = format!("{} changed on disk since the edits were made; they were not applied.\n{kept}", r.what());
            return self.fail("Could not restore the unsaved edits.", msg);
        }
        let mut history = History::default();
        if let Err(e) = crate::model::journal::replay(&r.lines, &mut loaded, &mut history) {
            return self.fail("Could not restore the unsaved edits.", format!("{e}\n{kept}"));
        }
        self.set_data(loaded);
        self.path = r.header.file.clone();
        self.history = history;
        // The restored edits are unsaved again: journal them anew, then let the old journal go.
        for line in &r.lines {
            self.journal_line(line.clone());
        }
        r.discard();
        let n = r.lines.len();
        self.notice = Some(format!("restored {n} unsaved edit{} to {}", if n == 1 { "" } else { "s" }, r.what()));
    }

    /// Asks whether to restore what a crashed window left unsaved.
    pub(super) fn recovery_dialog(&mut self, ui: &mut Ui) {
        let Some(r) = self.recovered.first() else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("recover-unsaved-edits")).show(ui.ctx(), |ui| {
            ui.heading("Unsaved edits were recovered");
            let when = r.modified.map(|t| chrono::DateTime::<chrono::Utc>::from(t).format("%Y-%m-%d %H:%M UTC").to_string());
            ui.label(format!(
                "chronolens stopped before {} to {} {} saved{}.",
                if r.lines.len() == 1 { "1 edit".to_owned() } else { format!("{} edits", r.lines.len()) },
                r.what(),
                if r.lines.len() == 1 { "was" } else { "were" },
                when.map(|w| format!(" (last edit {w})")).unwrap_or_default()
            ));
            let last: Vec<&str> = r.lines.iter().rev().take(5).map(|l| l.change.label.as_str()).collect();
            ui.weak(format!("Latest: {}", last.join(" · ")));
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    answer = Some(0);
                }
                if ui.button("Discard").on_hover_text("Delete the recovered edits").clicked() {
                    answer = Some(1);
                }
                if ui.button("Not now").on_hover_text("Ask again at the next start").clicked() {
                    answer = Some(2);
                }
            });
        });
        let Some(answer) = answer else { return };
        let r = self.recovered.remove(0);
        match answer {
            0 => self.restore(r),
            1 => r.discard(),
            _ => {}
        }
    }
}

/// Names a change for Edit → Undo: `Reject 'Biden calls…'`.
pub(super) fn labelled(verb: &str, title: &str) -> String {
    format!("{verb} {}", crate::model::history::quoted(title))
}
