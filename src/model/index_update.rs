//! The index changed in place, step by step, as a change is applied to a few
//! events: an edit then costs a few passes over flat arrays of event numbers
//! (about a millisecond each at a million events) instead of a whole
//! validation and rebuild. The result equals `EventIndex::build` of the data
//! as it is after the change (tested in tests/incremental_edits.rs).
//!
//! Changes to lanes, and to articles other than at the end, are not handled
//! here: the caller rebuilds.

use super::history::Op;
use super::index::EventIndex;
use super::types::{Dataset, Event};
use super::validate::resolve_event;

impl EventIndex {
    /// Where event `e` sits in an article's list: dated events by time, then
    /// the undated ones in file order.
    fn article_key(&self, e: u32) -> (bool, u32) {
        match self.time_rank[e as usize] {
            u32::MAX => (true, e),
            r => (false, r),
        }
    }

    /// The known articles `ev` cites, each once.
    fn cited(&self, ev: &Event) -> Vec<u32> {
        let mut a: Vec<u32> = ev.sources.iter().filter_map(|s| self.article_ids.get(s.article.as_str()).copied()).collect();
        a.sort_unstable();
        a.dedup();
        a
    }

    /// After `by_time` changed at `rank` (an event taken out: `delta` -1, or
    /// put in: +1): the ranks of the events after it, whichever is cheaper of
    /// walking those events or one pass over all the ranks.
    fn shift_ranks(&mut self, rank: u32, delta: i64) {
        let tail = self.by_time.len().saturating_sub(rank as usize);
        if tail < self.time_rank.len() / 8 {
            for (r, &e) in self.by_time.iter().enumerate().skip(rank as usize) {
                self.time_rank[e as usize] = r as u32;
            }
        } else if delta < 0 {
            // Without branches: the ranks are in no order, a branch would be mispredicted half the time.
            self.time_rank.iter_mut().for_each(|t| *t -= ((*t > rank) & (*t != u32::MAX)) as u32);
        } else {
            let moved = self.by_time[rank as usize] as usize;
            self.time_rank.iter_mut().for_each(|t| *t += ((*t >= rank) & (*t != u32::MAX)) as u32);
            self.time_rank[moved] = rank;
        }
    }

    /// Takes event `e` (which is `ev`) out of the lanes, the time order and
    /// its articles' lists; its number and per-event entries stay.
    fn unfile(&mut self, e: u32, ev: &Event) {
        let key = self.article_key(e);
        for a in self.cited(ev) {
            let list = &self.by_article[a as usize];
            let p = list.partition_point(|&x| self.article_key(x) < key);
            if list.get(p) == Some(&e) {
                self.by_article[a as usize].remove(p);
            }
        }
        match self.spans[e as usize].get() {
            Some(s) => {
                self.lanes[self.lane_of[e as usize] as usize].remove(e, s.lo, s.hi);
                let r = self.time_rank[e as usize];
                self.by_time.remove(r as usize);
                self.time_rank[e as usize] = u32::MAX;
                self.shift_ranks(r, -1);
            }
            None => {
                let p = self.undated.binary_search(&e).expect("an undated event is listed");
                self.undated.remove(p);
            }
        }
    }

    /// Files event `e` (which is `ev`, with its lane and span already in
    /// `lane_of` and `spans`) in the lanes, the time order and its articles' lists.
    fn file(&mut self, e: u32, ev: &Event) {
        match self.spans[e as usize].get() {
            Some(s) => {
                self.lanes[self.lane_of[e as usize] as usize].insert(e, s.lo, s.hi);
                let spans = &self.spans;
                let key = |x: u32| {
                    let s = spans[x as usize].get().expect("dated");
                    (s.lo, s.hi, x)
                };
                let r = self.by_time.partition_point(|&x| key(x) < (s.lo, s.hi, e));
                self.by_time.insert(r, e);
                self.shift_ranks(r as u32, 1);
            }
            None => {
                let p = self.undated.partition_point(|&x| x < e);
                self.undated.insert(p, e);
            }
        }
        let key = self.article_key(e);
        for a in self.cited(ev) {
            let list = &self.by_article[a as usize];
            let p = list.partition_point(|&x| self.article_key(x) < key);
            if list.get(p) != Some(&e) {
                self.by_article[a as usize].insert(p, e);
            }
        }
    }

    /// Event numbers from `from` on move by `delta` in every list (an event
    /// was inserted or removed before them). Their order does not change.
    fn renumber(&mut self, from: u32, delta: i64) {
        // Without branches (see `shift_ranks`); -1 wraps around to u32::MAX.
        let step = delta as u32;
        let shift = |v: &mut [u32]| v.iter_mut().for_each(|e| *e = e.wrapping_add(((*e >= from) as u32).wrapping_mul(step)));
        for lane in &mut self.lanes {
            shift(&mut lane.order);
        }
        shift(&mut self.by_time);
        shift(&mut self.undated);
        for list in &mut self.by_article {
            shift(list);
        }
    }

    fn update_extent(&mut self) {
        let hi = self.lanes.iter().filter_map(|l| l.max_end()).max();
        self.extent = match (self.by_time.first(), hi) {
            (Some(&first), Some(hi)) => Some(super::Span { lo: self.spans[first as usize].get().expect("dated").lo, hi }),
            _ => None,
        };
    }

    /// Adds event `e` (already at its place in `ds`, later events already
    /// renumbered) to the per-event tables and files it.
    fn add(&mut self, ds: &Dataset, e: u32) {
        let ev = &ds.events[e as usize];
        let (lane, span) = resolve_event(ev, &self.lane_ids);
        self.spans.insert(e as usize, span.into());
        self.lane_of.insert(e as usize, lane);
        self.time_rank.insert(e as usize, u32::MAX);
        self.event_ids.insert(e, &ev.id);
        self.file(e, ev);
    }

    /// Files the articles of `ds` from number `from` on (just appended): the
    /// first of an id keeps it, as in a whole validation.
    fn add_articles(&mut self, ds: &Dataset, from: usize) {
        for (k, a) in ds.articles.iter().enumerate().skip(from) {
            self.article_ids.entry(a.id.clone()).or_insert(k as u32);
            self.by_article.push(Vec::new());
        }
    }

    /// Forgets the articles of `ds` from number `from` on (about to go; no
    /// event cites them any more).
    fn drop_articles(&mut self, ds: &Dataset, from: usize) {
        for (k, a) in ds.articles.iter().enumerate().skip(from) {
            if self.article_ids.get(&a.id) == Some(&(k as u32)) {
                self.article_ids.remove(&a.id);
            }
        }
        self.by_article.truncate(from);
    }

    /// Takes event `e` (still in `ds`) out of everything; later events are
    /// renumbered by the caller.
    fn take(&mut self, ds: &Dataset, e: u32) {
        self.unfile(e, &ds.events[e as usize]);
        self.event_ids.remove(e);
        self.spans.remove(e as usize);
        self.lane_of.remove(e as usize);
        self.time_rank.remove(e as usize);
    }
}

/// Whether `op` can be applied with `apply_in_place` (it leaves lanes and articles as they are).
pub(crate) fn in_place(op: &Op) -> bool {
    match op {
        Op::Put { .. } | Op::Insert { .. } | Op::Remove { .. } | Op::SetViews { .. } => true,
        Op::Append { lanes, .. } => lanes.is_empty(),
        Op::Truncate { lanes, .. } => *lanes == 0,
        Op::PutArticle { .. } => false,
    }
}

/// Applies `op` (one that is `in_place`) to `ds` and changes `index` to
/// match, without checking the result; returns the inverse step, or `None`
/// (nothing changed) when it does not fit. The numbers of the events it
/// changed or added, in `ds` as it is afterwards, are added to `changed`
/// (and those of `changed` renumbered).
pub(crate) fn apply_in_place(op: Op, ds: &mut Dataset, index: &mut EventIndex, changed: &mut Vec<u32>) -> Option<Op> {
    let n = ds.events.len() as u32;
    let inverse = match op {
        Op::Put { at, event } => {
            let old = ds.events.get(at as usize)?;
            let (lane, span) = resolve_event(&event, &index.lane_ids);
            let moves =
                (lane, span) != (index.lane_of[at as usize], index.spans[at as usize].get()) || index.cited(old) != index.cited(&event);
            if moves {
                index.unfile(at, old);
            }
            index.event_ids.set(at, &event.id);
            let inverse = Op::Put { at, event }.apply(ds)?;
            (index.lane_of[at as usize], index.spans[at as usize]) = (lane, span.into());
            if moves {
                index.file(at, &ds.events[at as usize]);
            }
            changed.push(at);
            inverse
        }
        Op::Insert { at, event } => {
            if at > n {
                return None;
            }
            index.renumber(at, 1);
            changed.iter_mut().filter(|e| **e >= at).for_each(|e| *e += 1);
            let inverse = Op::Insert { at, event }.apply(ds)?;
            index.add(ds, at);
            changed.push(at);
            inverse
        }
        Op::Remove { at } => {
            if at >= n {
                return None;
            }
            index.take(ds, at);
            index.renumber(at + 1, -1);
            changed.retain(|&e| e != at);
            changed.iter_mut().filter(|e| **e > at).for_each(|e| *e -= 1);
            Op::Remove { at }.apply(ds)?
        }
        op @ Op::Append { .. } => {
            let had = ds.articles.len();
            let inverse = op.apply(ds)?;
            index.add_articles(ds, had);
            for e in n..ds.events.len() as u32 {
                index.add(ds, e);
                changed.push(e);
            }
            inverse
        }
        Op::Truncate { lanes, articles, events } => {
            if events > n as usize {
                return None;
            }
            let keep = n - events as u32;
            let first_article = ds.articles.len().checked_sub(articles)?;
            // An article may go only with every event citing it.
            if index.by_article[first_article..].iter().flatten().any(|&e| e < keep) {
                return None;
            }
            for e in (keep..n).rev() {
                index.take(ds, e);
            }
            index.drop_articles(ds, first_article);
            changed.retain(|&e| e < keep);
            Op::Truncate { lanes, articles, events }.apply(ds)?
        }
        op @ Op::SetViews { .. } => op.apply(ds)?,
        Op::PutArticle { .. } => unreachable!("not in place: the caller rebuilds"),
    };
    index.update_extent();
    Some(inverse)
}
