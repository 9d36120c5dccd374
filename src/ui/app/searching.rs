//! The search box's work: results kept per query (computed at once for small
//! data, on a thread for large data), stepping through them with Enter,
//! Shift+Enter or F3, and the list of results in the side panel.
//!
//! Large data is searched through an arena of its folded text (see
//! `search::arena`), built on threads once the data is loaded and patched
//! after each change; until it is built a query waits for it (it is built
//! faster than the plain search runs).

use super::*;
use crate::search::{Found, Hits, SearchJob, fold, run};

/// Narrowing the previous hits the plain way beats a search of the arena below this many.
const NARROW_PLAIN: usize = 20_000;

impl ChronolensApp {
    /// Runs the query in the search box again (after typing or a change to the data).
    pub(super) fn update_search(&mut self) {
        let q = fold(&self.search);
        let n = self.data.dataset.events.len();
        if let Some(h) = &mut self.search_hits {
            // Shown until the new results come: never shorter than the data (events added).
            h.mask.resize(h.mask.len().max(n), false);
        }
        let large = n > run::INLINE_EVENTS;
        let arena = self.search_arena.current(self.generation);
        // Built once the data is loaded; after a change it could not follow, for a query only.
        let wanted = !q.is_empty() || self.search_arena.lazy != Some(self.generation);
        if large && arena.is_none() && wanted && self.search_arena.failed != Some(self.generation) {
            // The arena first; a build under way for this data goes on while typing.
            let building = self.search_job.as_ref().is_some_and(|j| j.building && j.generation == self.generation);
            if !building {
                let mut job = SearchJob::spawn_build(self.data.clone());
                job.generation = self.generation;
                self.search_job = Some(job);
            }
            if let Some(job) = &mut self.search_job {
                job.query = q.clone();
            }
            if q.is_empty() {
                self.search_hits = None;
            }
            return;
        }
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
        if !large {
            let never = std::sync::atomic::AtomicBool::new(false);
            self.search_hits = run::search_in(&self.data, &q, within.as_deref(), &never);
            self.hits_generation = self.generation;
            return;
        }
        let mut job = match arena {
            Some(arena) if within.as_ref().is_none_or(|w| w.len() > NARROW_PLAIN) => SearchJob::spawn_arena(self.data.clone(), arena, q),
            _ => SearchJob::spawn(self.data.clone(), q, within),
        };
        job.generation = self.generation;
        self.search_job = Some(job);
    }

    /// The data is about to count one more change, `ops` (already applied):
    /// the arena follows them, or is let go of and built again when needed.
    pub(super) fn search_data_changed(&mut self, ops: &[crate::model::history::Op]) {
        self.search_arena.patch(&self.data, ops, self.generation);
    }

    /// Takes the result of a search (or the arena) from its thread, when ready.
    pub(super) fn poll_search(&mut self, ui: &Ui) {
        if let Some(wait) = self.take_search_result() {
            ui.ctx().request_repaint_after(wait);
        }
    }

    /// `poll_search` without the window: how soon to look again while a job runs.
    fn take_search_result(&mut self) -> Option<std::time::Duration> {
        let job = self.search_job.as_ref()?;
        match job.poll_found() {
            Some(Ok(Found::Hits(hits))) => {
                self.search_hits = Some(hits);
                self.hits_generation = job.generation;
                self.search_job = None;
            }
            Some(Ok(Found::Arena(arena))) => {
                let (generation, wanted) = (job.generation, !job.query.is_empty());
                self.search_job = None;
                if generation == self.generation {
                    self.search_arena.arena = Some(arena);
                    self.search_arena.generation = generation;
                }
                if wanted {
                    self.update_search();
                }
            }
            Some(Err(())) => {
                let (generation, building, wanted) = (job.generation, job.building, !job.query.is_empty());
                self.search_job = None;
                if building && generation == self.generation {
                    self.search_arena.failed = Some(generation); // searched the plain way
                    if wanted {
                        self.update_search();
                    }
                }
            }
            None => return Some(std::time::Duration::from_millis(if job.building { 50 } else { 10 })),
        }
        self.search_job.as_ref().map(|_| std::time::Duration::from_millis(10))
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
        if self.search_job.as_ref().is_some_and(|j| !j.query.is_empty()) {
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
                    let date = crate::model::time::fmt_known_in(ev.precision, self.data.index.spans[e as usize].get(), &self.timeline.zone);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Params, generate_bytes};
    use crate::model::history::Op;

    /// Waits for the search thread (and the arena's) to deliver.
    fn settle(app: &mut ChronolensApp) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while app.take_search_result().is_some() {
            assert!(std::time::Instant::now() < deadline, "the search never ended");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    fn count(app: &ChronolensApp, q: &str) -> usize {
        let q = fold(q);
        (0..app.data.dataset.events.len() as u32).filter(|&e| crate::search::event_matches(&app.data, e, &q)).count()
    }

    fn found(app: &mut ChronolensApp, q: &str) -> usize {
        app.search = q.into();
        app.update_search();
        settle(app);
        let hits = app.search_hits.as_ref().expect("hits");
        assert_eq!(hits.query, fold(q));
        hits.events.len()
    }

    /// Large data is searched through the arena, built after the load and
    /// patched after each change, undo and redo: the counts stay a whole search's.
    #[test]
    fn large_data_is_searched_through_an_arena_that_follows_changes() {
        let params = Params { events: run::INLINE_EVENTS + 2_000, lanes: 3, years: 1.0, articles: 600, seed: 4, pretty: false };
        let (bytes, _) = generate_bytes(&params);
        let mut app = ChronolensApp::new(crate::model::load_bytes("big.json", &bytes).unwrap());
        app.update_search();
        settle(&mut app);
        assert!(app.search_arena.current(app.generation).is_some(), "built after the load, with no query");
        for q in ["said", "sai", "brussels", "moscow talks"] {
            assert_eq!(found(&mut app, q), count(&app, q), "{q}");
        }
        let n = app.data.dataset.events.len() as u32;
        let mut ev = (*app.data.dataset.events[7]).clone();
        ev.title = "Talks in Brüssels said nothing".into();
        let second = (*app.data.dataset.events[9]).clone();
        app.change("edit".into(), vec![Op::Put { at: 7, event: ev }]).unwrap();
        app.change("reject".into(), vec![Op::Remove { at: 3 }]).unwrap();
        let mut added = second.clone();
        added.id = "arena-test-added".into();
        added.title = "Brussels again".into();
        app.change("cite".into(), vec![Op::Append { lanes: vec![], articles: vec![], events: vec![added] }]).unwrap();
        assert!(app.search_arena.current(app.generation).is_some(), "patched, not dropped");
        assert_eq!(app.data.dataset.events.len() as u32, n);
        for q in ["brussels", "said", "talks in b"] {
            assert_eq!(found(&mut app, q), count(&app, q), "{q} after changes");
        }
        app.undo();
        app.undo();
        settle(&mut app);
        assert_eq!(found(&mut app, "brussels"), count(&app, "brussels"), "after undo");
        app.redo();
        settle(&mut app);
        assert_eq!(found(&mut app, "brussels"), count(&app, "brussels"), "after redo");
    }

    /// A change made while the arena is being built (just after opening a
    /// large file) waits for the building thread to let go of the data: the
    /// data is changed in place, never copied whole.
    #[test]
    fn a_change_during_the_arena_build_does_not_copy_the_data() {
        let params = Params { events: run::INLINE_EVENTS + 2_000, lanes: 3, years: 1.0, articles: 600, seed: 5, pretty: false };
        let (bytes, _) = generate_bytes(&params);
        let mut app = ChronolensApp::new(crate::model::load_bytes("big.json", &bytes).unwrap());
        for round in 0..3 {
            // After the load, and then for a query (the arena of changed data is built when asked for).
            if round > 0 {
                app.search = format!("query {round}");
            }
            app.update_search();
            assert!(app.search_job.as_ref().is_some_and(|j| j.building), "round {round}: the arena is being built");
            let before = Arc::as_ptr(&app.data);
            let mut ev = (*app.data.dataset.events[round]).clone();
            ev.title = format!("Changed while building, round {round}").into();
            app.change("edit".into(), vec![Op::Put { at: round as u32, event: ev }]).unwrap();
            assert!(std::ptr::eq(before, Arc::as_ptr(&app.data)), "round {round}: the data was copied");
        }
    }
}
