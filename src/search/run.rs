//! Running a search off the window's thread for large data, so that typing
//! never stalls a frame; small data is searched at once.

use super::arena::Arena;
use super::event_matches_with;
use super::fold::contains_folded;
use crate::model::Loaded;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Below this many events a search runs at once (a few milliseconds).
pub const INLINE_EVENTS: usize = 50_000;

/// The events that match, in time order (the undated after the dated ones).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hits {
    pub query: String,
    pub events: Vec<u32>,
    /// Per event: whether it matches.
    pub mask: Vec<bool>,
}

/// Searches `data` for the folded `q`; `None` when cancelled.
pub fn search(data: &Loaded, q: &str, cancelled: &AtomicBool) -> Option<Hits> {
    search_in(data, q, None, cancelled)
}

/// `search`, looking only at the events `within` (in time order) when given:
/// the hits of a query that `q` contains, as when a word is typed on (every
/// text holding "zelen" holds "zel"), so that each keystroke looks at fewer events.
pub fn search_in(data: &Loaded, q: &str, within: Option<&[u32]>, cancelled: &AtomicBool) -> Option<Hits> {
    let n = data.dataset.events.len();
    let mut mask = vec![false; n];
    // Per article and paragraph: 0 not looked at yet, 1 no, 2 yes.
    let mut seen: Vec<Vec<u8>> = data.dataset.articles.iter().map(|a| vec![0; a.paragraphs.len()]).collect();
    let mut paragraph = |a: u32, p: usize| {
        let Some(slot) = seen[a as usize].get_mut(p) else { return false };
        if *slot == 0 {
            *slot = 1 + contains_folded(&data.dataset.articles[a as usize].paragraphs[p], q) as u8;
        }
        *slot == 2
    };
    if let Some(within) = within {
        let mut events = Vec::new();
        for (i, &e) in within.iter().enumerate() {
            if i % 4096 == 0 && cancelled.load(Ordering::Relaxed) {
                return None;
            }
            if mask.get(e as usize).is_some() && event_matches_with(data, e, q, &mut paragraph) {
                mask[e as usize] = true;
                events.push(e);
            }
        }
        return Some(Hits { query: q.to_owned(), events, mask });
    }
    for (e, m) in mask.iter_mut().enumerate() {
        if e % 4096 == 0 && cancelled.load(Ordering::Relaxed) {
            return None;
        }
        *m = event_matches_with(data, e as u32, q, &mut paragraph);
    }
    let events = data.index.by_time.iter().chain(&data.index.undated).copied().filter(|&e| mask[e as usize]).collect();
    Some(Hits { query: q.to_owned(), events, mask })
}

/// `search` through the arena of the same data (see `arena`): the same
/// hits, in a fraction of the time; `None` when cancelled. A query the arena
/// cannot take (one holding its separator) is searched the plain way.
pub fn search_arena(data: &Loaded, arena: &Arena, q: &str, cancelled: &AtomicBool) -> Option<Hits> {
    let Some(mask) = arena.matches(&data.dataset, q, cancelled) else {
        return if cancelled.load(Ordering::Relaxed) { None } else { search(data, q, cancelled) };
    };
    let events = data.index.by_time.iter().chain(&data.index.undated).copied().filter(|&e| mask[e as usize]).collect();
    Some(Hits { query: q.to_owned(), events, mask })
}

/// What a search thread sends.
pub enum Found {
    /// The arena of the data the job was given, built.
    Arena(Arc<Arena>),
    Hits(Hits),
}

/// A search in progress on its own thread (or the building of an arena).
pub struct SearchJob {
    rx: Receiver<Found>,
    cancelled: Arc<AtomicBool>,
    /// The query searched, or to search once the arena is built (empty: none).
    pub query: String,
    /// The data's generation when the search started (set by the caller).
    pub generation: u64,
    /// It builds the arena (and searches nothing).
    pub building: bool,
}

impl SearchJob {
    fn start(query: String, building: bool, work: impl FnOnce(&AtomicBool) -> Option<Found> + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let cancelled = Arc::new(AtomicBool::new(false));
        let flag = cancelled.clone();
        std::thread::spawn(move || {
            if let Some(found) = work(&flag) {
                let _ = tx.send(found);
            }
        });
        SearchJob { rx, cancelled, query, generation: 0, building }
    }

    /// Searches on a thread, only among `within` when given (see `search_in`).
    pub fn spawn(data: Arc<Loaded>, q: String, within: Option<Vec<u32>>) -> Self {
        let query = q.clone();
        Self::start(query, false, move |flag| search_in(&data, &q, within.as_deref(), flag).map(Found::Hits))
    }

    /// Searches through `arena` (built from `data` as it is) on threads.
    pub fn spawn_arena(data: Arc<Loaded>, arena: Arc<Arena>, q: String) -> Self {
        let query = q.clone();
        Self::start(query, false, move |flag| {
            let hits = search_arena(&data, &arena, &q, flag);
            // The arena is let go of first: whoever waits for the data waits for both.
            drop(arena);
            drop(data);
            hits.map(Found::Hits)
        })
    }

    /// Builds the arena of `data` on threads.
    pub fn spawn_build(data: Arc<Loaded>) -> Self {
        Self::start(String::new(), true, move |flag| {
            let parts = Arena::fold_parts(&data, flag);
            // Let go of the data before joining the halves (a change waits for that).
            drop(data);
            parts.and_then(|p| p.join()).map(|a| Found::Arena(Arc::new(a)))
        })
    }

    /// What the thread found once ready; `Err(())` when it ended without it.
    pub fn poll_found(&self) -> Option<Result<Found, ()>> {
        match self.rx.try_recv() {
            Ok(f) => Some(Ok(f)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(())),
        }
    }

    /// The result of a search once ready; `Err(())` when the thread ended without one.
    pub fn poll(&self) -> Option<Result<Hits, ()>> {
        self.poll_found().map(|f| match f {
            Ok(Found::Hits(h)) => Ok(h),
            _ => Err(()),
        })
    }
}

impl Drop for SearchJob {
    fn drop(&mut self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
}

/// The window's arena, and the data (by generation) it was built or patched for.
#[derive(Default)]
pub struct ArenaSlot {
    pub arena: Option<Arc<Arena>>,
    pub generation: u64,
    /// The data of this generation could not have one (too large for the arena's offsets).
    pub failed: Option<u64>,
    /// The data of this generation came from a change the arena could not
    /// follow: it is built again only for a query (not after every change,
    /// which would cancel it each time), while a newly loaded one is built at once.
    pub lazy: Option<u64>,
}

impl ArenaSlot {
    /// The arena of the data of `generation`, if any; an older one is let go of.
    pub fn current(&mut self, generation: u64) -> Option<Arc<Arena>> {
        if self.generation != generation {
            self.arena = None;
        }
        self.arena.clone()
    }

    /// Follows `ops`, applied to the data of `generation` to give `data`, the
    /// data of `generation + 1`; otherwise the arena is let go of (built again when needed).
    pub fn patch(&mut self, data: &Loaded, ops: &[crate::model::history::Op], generation: u64) {
        let ok = self.generation == generation && self.arena.as_mut().and_then(Arc::get_mut).is_some_and(|a| a.patch(data, ops));
        if ok {
            self.generation = generation + 1;
        } else {
            self.arena = None;
            self.lazy = Some(generation + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_sample;

    #[test]
    fn hits_come_in_time_order_and_a_job_delivers_them() {
        let data = Arc::new(load_sample());
        let hits = search(&data, "stoltenberg", &AtomicBool::new(false)).unwrap();
        assert!(hits.events.len() > 5);
        let ranks: Vec<u32> = hits.events.iter().map(|&e| data.index.time_rank[e as usize]).collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1] || w[1] == u32::MAX));
        assert_eq!(hits.mask.iter().filter(|&&m| m).count(), hits.events.len());
        let job = SearchJob::spawn(data.clone(), "stoltenberg".into(), None);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let got = loop {
            if let Some(r) = job.poll() {
                break r.unwrap();
            }
            assert!(std::time::Instant::now() < deadline);
            std::thread::sleep(std::time::Duration::from_millis(5));
        };
        assert_eq!(got, hits);
        assert!(search(&data, "x", &AtomicBool::new(true)).is_none(), "cancelled");
    }

    #[test]
    fn typing_on_searches_the_previous_hits_only_and_finds_the_same() {
        let data = load_sample();
        let never = AtomicBool::new(false);
        let wide = search(&data, "sto", &never).unwrap();
        for q in ["stol", "stoltenberg w", "stoltenberg warns"] {
            let narrowed = search_in(&data, q, Some(&wide.events), &never).unwrap();
            assert_eq!(narrowed, search(&data, q, &never).unwrap(), "{q}");
        }
        // Only the events given are looked at.
        let one = &wide.events[..1];
        assert!(search_in(&data, "sto", Some(one), &never).unwrap().events == one);
    }
}
