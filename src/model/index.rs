//! Lookup structures built once per load, so that a frame only touches what
//! it shows: events per lane sorted by time (binary search for the visible
//! range), events in time order (keyboard stepping), events per article.

use super::time::Span;
use super::types::Dataset;
use super::validate::Resolved;
use std::collections::HashMap;

/// The events of one lane, sorted by start.
#[derive(Debug, Clone, Default)]
pub struct LaneEvents {
    /// Event numbers (indices into `Dataset::events`).
    pub order: Vec<u32>,
    pub lo: Vec<i64>,
    pub hi: Vec<i64>,
    /// The same events grouped by length (each class up to 4× the previous), so
    /// that a few long events (a "year" or a long range) do not make every
    /// query scan everything after them.
    classes: Vec<LengthClass>,
    max_end: Option<i64>,
}

#[derive(Debug, Clone, Default)]
struct LengthClass {
    /// No event of this class is longer than this.
    max_len: i64,
    /// Starts, sorted, and the matching positions in the lane's arrays.
    lo: Vec<i64>,
    pos: Vec<u32>,
}

/// Shortest class bound: one minute; each next class is four times longer.
const FIRST_CLASS: i64 = 60;

impl LaneEvents {
    pub fn len(&self) -> usize {
        self.order.len()
    }
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The latest end of any event in the lane.
    pub fn max_end(&self) -> Option<i64> {
        self.max_end
    }

    /// Appends event `e` covering `[lo, hi)`; events must come in start order.
    pub fn push(&mut self, e: u32, lo: i64, hi: i64) {
        debug_assert!(self.lo.last().is_none_or(|&l| l <= lo), "pushed in start order");
        self.max_end = Some(self.max_end.map_or(hi, |m| m.max(hi)));
        let pos = self.order.len() as u32;
        self.order.push(e);
        self.lo.push(lo);
        self.hi.push(hi);
        let len = (hi - lo).max(1);
        let mut max_len = FIRST_CLASS;
        while max_len < len {
            max_len *= 4;
        }
        let class = match self.classes.iter_mut().find(|c| c.max_len == max_len) {
            Some(c) => c,
            None => {
                self.classes.push(LengthClass { max_len, ..Default::default() });
                self.classes.last_mut().expect("just pushed")
            }
        };
        class.lo.push(lo);
        class.pos.push(pos);
    }

    /// An upper bound of the number of events overlapping `[a, b)`, in O(classes · log n).
    pub fn overlapping_bound(&self, a: i64, b: i64) -> usize {
        self.classes.iter().map(|c| c.lo.partition_point(|&l| l < b) - c.lo.partition_point(|&l| l < a.saturating_sub(c.max_len))).sum()
    }

    /// Positions (into `order`, `lo`, `hi`) of the events overlapping `[a, b)`,
    /// in start order. Cost grows with the answer, not with the lane.
    pub fn overlapping(&self, a: i64, b: i64, out: &mut Vec<u32>) {
        out.clear();
        for c in &self.classes {
            let first = c.lo.partition_point(|&l| l < a.saturating_sub(c.max_len));
            let last = c.lo.partition_point(|&l| l < b);
            out.extend(c.pos[first..last].iter().copied().filter(|&p| self.hi[p as usize] > a));
        }
        out.sort_unstable();
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
            let s = spans[e as usize].expect("dated");
            lanes[lane_of[e as usize] as usize].push(e, s.lo, s.hi);
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

        let last_end = by_time.iter().map(|&e| spans[e as usize].expect("dated").hi).max();
        let extent = match (by_time.first(), last_end) {
            (Some(&first), Some(hi)) => Some(Span { lo: spans[first as usize].expect("dated").lo, hi }),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_finds_exactly_the_events_in_view_despite_long_ones() {
        let mut lane = LaneEvents::default();
        let day = 86_400;
        // One event a year long, then a thousand one-day events.
        lane.push(0, 0, 365 * day);
        for i in 1..=1000 {
            lane.push(i, i as i64 * day, i as i64 * day + day);
        }
        let mut out = Vec::new();
        lane.overlapping(500 * day, 502 * day, &mut out);
        let events: Vec<u32> = out.iter().map(|&p| lane.order[p as usize]).collect();
        assert_eq!(events, vec![0, 500, 501]);
        // The bound stays small: the year-long event does not drag the whole lane in.
        assert!(lane.overlapping_bound(500 * day, 502 * day) <= 8, "{}", lane.overlapping_bound(500 * day, 502 * day));
        lane.overlapping(400 * day, 401 * day, &mut out);
        assert_eq!(out.len(), 1, "only the day event: the year ended at day 365");
        assert_eq!(lane.count_starting(0, 10 * day), 10);
    }
}
