//! Lookup structures built once per load, so that a frame only touches what
//! it shows: events per lane sorted by time (binary search for the visible
//! range), events in time order (keyboard stepping), events per article.

use super::time::Span;
use super::types::Dataset;
use super::validate::Resolved;
use std::collections::HashMap;
use std::ops::Range;

/// The events of one lane, sorted by start.
#[derive(Debug, Clone, Default)]
pub struct LaneEvents {
    /// Event numbers (indices into `Dataset::events`).
    pub order: Vec<u32>,
    pub lo: Vec<i64>,
    pub hi: Vec<i64>,
    /// `max_hi[i] = max(hi[0..=i])`: lets a search skip every event that ends
    /// before the view even when a few events are very long.
    pub max_hi: Vec<i64>,
}

impl LaneEvents {
    pub fn len(&self) -> usize {
        self.order.len()
    }
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Positions (into `order`) of the events that may overlap `[a, b)`:
    /// every overlapping event is inside; an event inside may still end before `a`
    /// (check `hi`). O(log n).
    pub fn candidates(&self, a: i64, b: i64) -> Range<usize> {
        let first = self.max_hi.partition_point(|&h| h <= a);
        let last = self.lo.partition_point(|&l| l < b);
        first..last.max(first)
    }

    /// How many events start in `[a, b)`. O(log n).
    pub fn count_starting(&self, a: i64, b: i64) -> usize {
        self.lo.partition_point(|&l| l < b) - self.lo.partition_point(|&l| l < a)
    }
}

#[derive(Debug, Clone, Default)]
pub struct EventIndex {
    pub spans: Vec<Option<Span>>,
    pub lane_of: Vec<u16>,
    pub lanes: Vec<LaneEvents>,
    /// Dated events by (start, end, file order).
    pub by_time: Vec<u32>,
    /// Position of each event in `by_time`; `u32::MAX` for undated ones.
    pub time_rank: Vec<u32>,
    pub undated: Vec<u32>,
    /// Per article: the events citing it, in time order.
    pub by_article: Vec<Vec<u32>>,
    pub lane_ids: HashMap<String, u16>,
    pub article_ids: HashMap<String, u32>,
    pub event_ids: HashMap<String, u32>,
    /// From the earliest start to the latest end.
    pub extent: Option<Span>,
}

impl EventIndex {
    pub fn build(ds: &Dataset, resolved: Resolved) -> Self {
        let n = ds.events.len();
        let Resolved { lane_of, spans, lane_ids, article_ids } = resolved;
        let mut by_time: Vec<u32> = (0..n as u32).filter(|&e| spans[e as usize].is_some()).collect();
        let key = |e: &u32| {
            let s = spans[*e as usize].expect("filtered to dated events");
            (s.lo, s.hi, *e)
        };
        by_time.sort_unstable_by_key(key);
        let mut time_rank = vec![u32::MAX; n];
        for (rank, &e) in by_time.iter().enumerate() {
            time_rank[e as usize] = rank as u32;
        }
        let undated = (0..n as u32).filter(|&e| spans[e as usize].is_none()).collect();

        let mut lanes: Vec<LaneEvents> = vec![LaneEvents::default(); ds.lanes.len()];
        for &e in &by_time {
            let lane = &mut lanes[lane_of[e as usize] as usize];
            let s = spans[e as usize].expect("dated");
            lane.order.push(e);
            lane.lo.push(s.lo);
            lane.hi.push(s.hi);
            let prev = lane.max_hi.last().copied().unwrap_or(i64::MIN);
            lane.max_hi.push(prev.max(s.hi));
        }

        let mut by_article: Vec<Vec<u32>> = vec![Vec::new(); ds.articles.len()];
        let in_time_order =
            by_time.iter().copied().chain(ds.events.iter().enumerate().filter_map(|(i, _)| spans[i].is_none().then_some(i as u32)));
        for e in in_time_order {
            for s in &ds.events[e as usize].sources {
                if let Some(&a) = article_ids.get(&s.article) {
                    let list = &mut by_article[a as usize];
                    if list.last() != Some(&e) {
                        list.push(e);
                    }
                }
            }
        }
        let event_ids = ds.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();

        let extent = match (by_time.first(), lanes.iter().filter_map(|l| l.max_hi.last()).max()) {
            (Some(&first), Some(&hi)) => Some(Span { lo: spans[first as usize].expect("dated").lo, hi }),
            _ => None,
        };
        Self { spans, lane_of, lanes, by_time, time_rank, undated, by_article, lane_ids, article_ids, event_ids, extent }
    }

    /// The event after (or before) `e` in time, or the first (last) with no `e`.
    pub fn step(&self, from: Option<u32>, forward: bool, visible: impl Fn(u32) -> bool) -> Option<u32> {
        let n = self.by_time.len();
        let start = from.map(|e| self.time_rank[e as usize]).filter(|&r| r != u32::MAX);
        let ranks: Box<dyn Iterator<Item = usize>> = match (start, forward) {
            (None, true) => Box::new(0..n),
            (None, false) => Box::new((0..n).rev()),
            (Some(r), true) => Box::new(r as usize + 1..n),
            (Some(r), false) => Box::new((0..r as usize).rev()),
        };
        ranks.map(|r| self.by_time[r]).find(|&e| visible(e))
    }
}
