//! Running a search off the window's thread for large data, so that typing
//! never stalls a frame; small data is searched at once.

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

/// A search in progress on its own thread.
pub struct SearchJob {
    rx: Receiver<Hits>,
    cancelled: Arc<AtomicBool>,
    pub query: String,
    /// The data's generation when the search started (set by the caller).
    pub generation: u64,
}

impl SearchJob {
    /// Searches on a thread, only among `within` when given (see `search_in`).
    pub fn spawn(data: Arc<Loaded>, q: String, within: Option<Vec<u32>>) -> Self {
        let (tx, rx) = channel();
        let cancelled = Arc::new(AtomicBool::new(false));
        let flag = cancelled.clone();
        let query = q.clone();
        std::thread::spawn(move || {
            if let Some(hits) = search_in(&data, &q, within.as_deref(), &flag) {
                let _ = tx.send(hits);
            }
        });
        SearchJob { rx, cancelled, query, generation: 0 }
    }

    /// The result once ready; `Err(())` when the thread ended without one.
    pub fn poll(&self) -> Option<Result<Hits, ()>> {
        match self.rx.try_recv() {
            Ok(h) => Some(Ok(h)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(())),
        }
    }
}

impl Drop for SearchJob {
    fn drop(&mut self) {
        self.cancelled.store(true, Ordering::Relaxed);
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
