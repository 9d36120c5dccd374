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
}

impl SearchJob {
    pub fn spawn(data: Arc<Loaded>, q: String) -> Self {
        let (tx, rx) = channel();
        let cancelled = Arc::new(AtomicBool::new(false));
        let flag = cancelled.clone();
        let query = q.clone();
        std::thread::spawn(move || {
            if let Some(hits) = search(&data, &q, &flag) {
                let _ = tx.send(hits);
            }
        });
        SearchJob { rx, cancelled, query }
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
        let job = SearchJob::spawn(data.clone(), "stoltenberg".into());
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
}
