//! Saving large data on a background thread, so that the window keeps
//! drawing (a million events take a second or two to write). The thread
//! shares the data (an `Arc`); an edit made meanwhile first waits for the
//! save to end, so the data is never deep-copied for it and the history
//! marks exactly what was written as saved.

use super::*;
use crate::model::fingerprint::Fingerprint;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// Data with at least this many events is saved in the background; smaller
/// data is written within a frame or two.
pub const BACKGROUND_SAVE_EVENTS: usize = 50_000;

pub struct SaveJob {
    path: PathBuf,
    done: Receiver<Result<Fingerprint, String>>,
    /// Bytes of JSON produced so far, and about how many there will be.
    written: Arc<AtomicUsize>,
    expected: usize,
    started: Instant,
    /// What the "unsaved changes" question was about, to carry on with once saved.
    pub(super) then: Option<AfterConfirm>,
}

impl SaveJob {
    /// "Saving data.json… 40 %".
    pub fn status(&self) -> String {
        let share = (self.written.load(Ordering::Relaxed) as f64 / self.expected.max(1) as f64).min(0.99);
        let name = self.path.file_name().map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned());
        format!("Saving {name}… {:.0} %", share * 100.0)
    }
}

impl ChronolensApp {
    /// Starts writing the data to `path` on its own thread.
    pub(super) fn start_background_save(&mut self, path: &Path) {
        let data = Arc::clone(&self.data);
        let written = Arc::new(AtomicUsize::new(0));
        // The size on disk when opened is the best guess of the size to come.
        let expected = self.disk.map_or(data.dataset.events.len() * 450, |fp| fp.len as usize);
        let (tx, rx) = channel();
        let (target, counter) = (path.to_path_buf(), Arc::clone(&written));
        std::thread::spawn(move || {
            let result = crate::model::save::save_observed(&data.dataset, &target, &counter);
            // Let go of the data before saying so: the window may change it at once.
            drop(data);
            let _ = tx.send(result);
        });
        self.notice = None;
        self.saving = Some(SaveJob { path: path.to_path_buf(), done: rx, written, expected, started: Instant::now(), then: None });
    }

    /// Checks a background save each frame; once it ends, carries on with what
    /// was waiting for it.
    pub(super) fn poll_save(&mut self, ui: &Ui) {
        let Some(job) = &self.saving else { return };
        match job.done.try_recv() {
            Ok(result) => {
                let job = self.saving.take().expect("checked above");
                if self.saved(&job.path, result, job.started)
                    && let Some(then) = job.then
                {
                    self.proceed(then, ui);
                }
            }
            Err(TryRecvError::Empty) => ui.ctx().request_repaint_after(std::time::Duration::from_millis(100)),
            Err(TryRecvError::Disconnected) => {
                self.saving = None;
                self.fail("Could not save; the file on disk is unchanged.", "the save stopped unexpectedly".into());
            }
        }
    }

    /// Waits up to `bound` for a background save to end; `false` when it is
    /// still writing (it goes on). An edit waits this long, not for a whole
    /// save of a million events (seconds, during which the window would not draw).
    pub(super) fn settle_save_within(&mut self, bound: std::time::Duration) -> bool {
        let Some(job) = &self.saving else { return true };
        match job.done.recv_timeout(bound) {
            Ok(result) => {
                let job = self.saving.take().expect("checked above");
                self.saved(&job.path, result, job.started);
                true
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => false,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                self.saving = None;
                self.fail("Could not save; the file on disk is unchanged.", "the save stopped unexpectedly".into());
                true
            }
        }
    }

    /// Waits for a background save to end (before the data changes, another
    /// file opens, or the window closes).
    pub fn settle_save(&mut self) {
        let Some(job) = self.saving.take() else { return };
        let result = job.done.recv().unwrap_or_else(|_| Err("the save stopped unexpectedly".into()));
        // What waited for the save (closing, opening another file) was asked
        // for before this change: it is not carried out behind the user's back.
        self.saved(&job.path, result, job.started);
    }

    /// Whether a save is running, and how far it is.
    pub fn save_status(&self) -> Option<String> {
        self.saving.as_ref().map(SaveJob::status)
    }

    /// Records the end of a save: on success the data as written is the saved state.
    pub(super) fn saved(&mut self, path: &Path, result: Result<Fingerprint, String>, started: Instant) -> bool {
        match result {
            Ok(fp) => {
                self.history.mark_saved();
                self.journal_saved();
                self.disk = Some(fp);
                self.changed_on_disk = false;
                self.path = Some(path.to_path_buf());
                self.data_mut().name = path.display().to_string();
                let secs = started.elapsed().as_secs_f64();
                self.notice = Some(if secs >= 0.5 {
                    format!("saved {} in {secs:.1} s", path.display())
                } else {
                    format!("saved {}", path.display())
                });
                true
            }
            Err(e) => {
                self.fail("Could not save; the file on disk is unchanged.", e);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::Op;

    /// A save that goes on past the moment an edit waits is not waited for to
    /// its end (the window would stop drawing for seconds): the edit is
    /// refused with the save's progress, nothing changes; once the save has
    /// ended the same edit is made, in place.
    #[test]
    fn an_edit_during_a_long_save_is_refused_not_waited_for() {
        let mut app = ChronolensApp::new(crate::model::load_sample());
        let (tx, rx) = channel();
        let path = std::env::temp_dir().join("chronolens-never-written.json");
        let written = Arc::new(AtomicUsize::new(40));
        app.saving = Some(SaveJob { path, done: rx, written, expected: 100, started: Instant::now(), then: None });
        let e = 0u32;
        let mut ev = (*app.data.dataset.events[e as usize]).clone();
        ev.title = "Changed during the save".into();
        let before = app.data.dataset.events[e as usize].title.clone();
        let asked = Instant::now();
        let refused = app.change("edit".into(), vec![Op::Put { at: e, event: ev.clone() }]);
        assert!(asked.elapsed() < std::time::Duration::from_secs(2), "not waited for to its end");
        let why = refused.expect_err("refused while the save writes");
        assert!(why.contains("Saving chronolens-never-written.json… 40 %") && why.contains("nothing was changed"), "{why}");
        assert_eq!(app.data.dataset.events[e as usize].title, before);
        assert!(!app.is_dirty());
        app.undo();
        assert!(app.notice.as_deref().is_some_and(|n| n.contains("Saving")), "{:?}", app.notice);

        // The save ends: the edit goes through, on the same data.
        let fp = Fingerprint { len: 2, modified_ns: None, hash: 0 };
        tx.send(Ok(fp)).unwrap();
        let data = Arc::as_ptr(&app.data);
        app.change("edit".into(), vec![Op::Put { at: e, event: ev }]).expect("made once the save ended");
        assert_eq!(&*app.data.dataset.events[e as usize].title, "Changed during the save");
        assert!(std::ptr::eq(data, Arc::as_ptr(&app.data)), "changed in place");
    }
}
