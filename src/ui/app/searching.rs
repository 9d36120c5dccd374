//! The search box's work: results kept per query (computed at once for small
//! data, on a thread for large data), stepping through them with Enter,
//! Shift+Enter or F3, and the list of results in the side panel.

use super::*;
use crate::search::{Hits, SearchJob, fold, run};

impl ChronolensApp {
    /// Runs the query in the search box again (after typing or a change to the data).
    pub(super) fn update_search(&mut self) {
        let q = fold(&self.search);
        self.search_job = None; // a running search for an older query is cancelled
        if q.is_empty() {
            self.search_hits = None;
            return;
        }
        // Typing on: only the hits of the shorter query can match (same data only).
        let within = self
            .search_hits
            .as_ref()
            .filter(|h| self.hits_generation == self.generation && !h.query.is_empty() && q.contains(h.query.as_str()))
            .map(|h| h.events.clone());
        if self.data.dataset.events.len() <= run::INLINE_EVENTS {
            let never = std::sync::atomic::AtomicBool::new(false);
            self.search_hits = run::search_in(&self.data, &q, within.as_deref(), &never);
            self.hits_generation = self.generation;
        } else {
            let mut job = SearchJob::spawn(self.data.clone(), q, within);
            job.generation = self.generation;
            self.search_job = Some(job);
        }
    }

    /// Takes the result of a search running on its thread, when ready.
    pub(super) fn poll_search(&mut self, ui: &Ui) {
        let Some(job) = &self.search_job else { return };
        match job.poll() {
            Some(Ok(hits)) => {
                self.search_hits = Some(hits);
                self.hits_generation = job.generation;
                self.search_job = None;
            }
            Some(Err(())) => self.search_job = None,
            None => ui.ctx().request_repaint_after(std::time::Duration::from_millis(30)),
        }
    }

    /// The result after (or before) the selected event, in time order, wrapping around.
    pub fn step_match(&mut self, forward: bool) {
        let Some(hits) = &self.search_hits else { return };
        if hits.events.is_empty() {
            return;
        }
        let pos = self.selected.and_then(|s| hits.events.iter().position(|&e| e == s));
        let n = hits.events.len();
        let next = match (pos, forward) {
            (Some(p), true) => (p + 1) % n,
            (Some(p), false) => (p + n - 1) % n,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        let e = hits.events[next];
        self.select(Some(e));
    }

    /// "3 of 12 results", or the count, or "searching…".
    pub fn search_status(&self) -> Option<String> {
        if self.search_job.is_some() {
            return Some("searching…".into());
        }
        let hits = self.search_hits.as_ref()?;
        let n = hits.events.len();
        let of = self.selected.and_then(|s| hits.events.iter().position(|&e| e == s));
        Some(match (n, of) {
            (0, _) => "no match".into(),
            (n, Some(p)) => format!("{} of {n}", p + 1),
            (1, None) => "1 match".into(),
            (n, None) => format!("{n} matches"),
        })
    }

    /// The results as a list (only the rows in view are laid out).
    pub(super) fn results_list(&mut self, ui: &mut Ui) {
        let Some(hits) = &self.search_hits else { return };
        ui.label(RichText::new(format!("Search results for “{}” ({})", self.search.trim(), hits.events.len())).strong());
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        let mut pick = None;
        egui::ScrollArea::vertical().id_salt("results").max_height(ui.available_height() * 0.5).auto_shrink([false, true]).show_rows(
            ui,
            row_h,
            hits.events.len(),
            |ui, rows| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                for &e in &hits.events[rows] {
                    let ev = &self.data.dataset.events[e as usize];
                    let date = crate::model::time::fmt_known_in(ev.precision, self.data.index.spans[e as usize], &self.timeline.zone);
                    if ui.selectable_label(self.selected == Some(e), format!("{date}  ·  {}", ev.title)).clicked() {
                        pick = Some(e);
                    }
                }
            },
        );
        if pick.is_some() {
            self.select(pick);
        }
        ui.separator();
    }

    /// The folded query, for highlighting matches in the source panel.
    pub(super) fn search_query(&self) -> Option<&str> {
        self.search_hits.as_ref().map(|h: &Hits| h.query.as_str()).filter(|q| !q.is_empty())
    }
}
