//! Lookup structures built once per load, so that a frame only touches what
//! it shows: events per lane sorted by time (binary search for the visible
//! range), events in time order (keyboard stepping), events per article.

use super::time::{OptSpan, Span};
use super::types::Dataset;
use super::validate::Resolved;
use std::collections::HashMap;
use std::hash::Hasher;

/// A fast, non-cryptographic hash (the "Fx" hash of rustc) for lookups during
/// loading, where the keys come from the file being loaded and the map is
/// thrown away afterwards.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Maps from ids read in the file during loading (lanes, articles): foldhash,
/// which mixes every byte into the bits the table uses. `FxHasher` alone
/// sent all 50,000 short ids like `a000123` to one home slot (its low bits
/// come from the first bytes only).
pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    // Mix the high bits down: the table uses the low ones.
    let mut z = h.finish();
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Event number by event id. Reads like a `HashMap<String, u32>` (`get`,
/// `contains_key`, `ids["S000-01"]`) but keeps all ids in one string and the
/// table in one array: about 25 bytes per event instead of about 100, and no
/// allocation per event.
#[derive(Clone, Default)]
pub struct EventIds {
    text: String,
    /// End of each event's id in `text`: 4 bytes, not 8 (4 MB at a million
    /// events; `text` stays under 4 GiB, see `MAX_TEXT`).
    ends: Vec<u32>,
    /// Open addressing, linear probing; `u32::MAX` is empty.
    slots: Vec<u32>,
}

const EMPTY_SLOT: u32 = u32::MAX;

/// The most bytes of ids `EventIds` holds (its ends are `u32`): 4 GiB of
/// event ids is far beyond any file chronolens can hold in memory.
const MAX_TEXT: usize = u32::MAX as usize;

/// `text.len()` as an end in `text`.
fn end_of(text: &str) -> u32 {
    assert!(text.len() <= MAX_TEXT, "event ids take more than 4 GiB");
    text.len() as u32
}

impl EventIds {
    /// The table of `ids` (event `i` has the `i`-th id), or the first pair of
    /// event numbers that share an id.
    pub fn build<'a>(ids: impl ExactSizeIterator<Item = &'a str>) -> Result<Self, (u32, u32)> {
        Self::build_inner(ids, false)
    }

    fn build_inner<'a>(ids: impl ExactSizeIterator<Item = &'a str>, last_wins: bool) -> Result<Self, (u32, u32)> {
        let n = ids.len();
        let ids: Vec<&str> = ids.collect();
        let text_len = ids.iter().map(|s| s.len()).sum::<usize>();
        let mut t = Self {
            text: String::with_capacity(text_len),
            ends: Vec::with_capacity(n),
            slots: vec![EMPTY_SLOT; (n * 2).next_power_of_two().max(8)],
        };
        let mask = t.slots.len() - 1;
        for (e, id) in ids.into_iter().enumerate() {
            t.text.push_str(id);
            t.ends.push(end_of(&t.text));
            let mut i = hash_str(id) as usize & mask;
            loop {
                let s = t.slots[i];
                if s == EMPTY_SLOT {
                    t.slots[i] = e as u32;
                    break;
                }
                if t.id(s) == id {
                    if !last_wins {
                        return Err((s, e as u32));
                    }
                    t.slots[i] = e as u32;
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        Ok(t)
    }

    /// The same table from the ids and their `hash_str` (computed elsewhere,
    /// e.g. on other threads). Entries go in roughly in slot order, and two
    /// ids are only compared when their hashes agree, so that building it
    /// scarcely waits for memory.
    pub(crate) fn build_hashed<'a>(ids: impl Iterator<Item = &'a str> + Clone, hashes: &[u64]) -> Result<Self, (u32, u32)> {
        let n = hashes.len();
        let mut t = Self {
            text: String::with_capacity(ids.clone().map(|s| s.len()).sum()),
            ends: Vec::with_capacity(n),
            slots: vec![EMPTY_SLOT; (n * 2).next_power_of_two().max(8)],
        };
        for id in ids {
            t.text.push_str(id);
            t.ends.push(end_of(&t.text));
        }
        assert_eq!(t.ends.len(), n, "one hash per id");
        let mask = t.slots.len() - 1;
        let bits = mask.count_ones();
        // Counting sort of the events by the top 16 bits of their home slot.
        let shift = bits.saturating_sub(16);
        let mut starts = vec![0u32; (mask >> shift) + 2];
        for &h in hashes {
            starts[((h as usize & mask) >> shift) + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut order = vec![0u32; n];
        for (e, &h) in hashes.iter().enumerate() {
            let b = &mut starts[(h as usize & mask) >> shift];
            order[*b as usize] = e as u32;
            *b += 1;
        }
        drop(starts);
        // The high half of each slot's hash, to compare before any text.
        let mut tags = vec![0u32; t.slots.len()];
        for e in order {
            let h = hashes[e as usize];
            let tag = (h >> 32) as u32;
            let mut i = h as usize & mask;
            loop {
                let s = t.slots[i];
                if s == EMPTY_SLOT {
                    t.slots[i] = e;
                    tags[i] = tag;
                    break;
                }
                if tags[i] == tag && hashes[s as usize] == h && t.id(s) == t.id(e) {
                    return Err((s.min(e), s.max(e)));
                }
                i = (i + 1) & mask;
            }
        }
        Ok(t)
    }

    fn id(&self, e: u32) -> &str {
        &self.text[self.range(e)]
    }

    pub fn get(&self, id: &str) -> Option<&u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash_str(id) as usize & mask;
        loop {
            let s = &self.slots[i];
            if *s == EMPTY_SLOT {
                return None;
            }
            if self.id(*s) == id {
                return Some(s);
            }
            i = (i + 1) & mask;
        }
    }

    /// Every event with this id (more than one only while a change is being
    /// checked, before it is refused).
    pub(crate) fn all(&self, id: &str) -> Vec<u32> {
        let mut out = Vec::new();
        if self.slots.is_empty() {
            return out;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash_str(id) as usize & mask;
        while self.slots[i] != EMPTY_SLOT {
            if self.id(self.slots[i]) == id {
                out.push(self.slots[i]);
            }
            i = (i + 1) & mask;
        }
        out.sort_unstable();
        out
    }

    /// Files event `e` (its id already in `text`) in the table; a second
    /// event with the same id is filed too (a change being checked).
    fn file(&mut self, e: u32) {
        if self.ends.len() * 4 > self.slots.len() * 3 {
            return self.grow(); // files every event, `e` too
        }
        let mask = self.slots.len() - 1;
        let mut i = hash_str(self.id(e)) as usize & mask;
        while self.slots[i] != EMPTY_SLOT {
            i = (i + 1) & mask;
        }
        self.slots[i] = e;
    }

    /// Twice the slots, filled again (rare: only after many events are added).
    fn grow(&mut self) {
        self.slots = vec![EMPTY_SLOT; (self.slots.len() * 2).max(8)];
        let mask = self.slots.len() - 1;
        for e in 0..self.ends.len() as u32 {
            let mut i = hash_str(self.id(e)) as usize & mask;
            while self.slots[i] != EMPTY_SLOT {
                i = (i + 1) & mask;
            }
            self.slots[i] = e;
        }
    }

    /// Takes event `e` out of the table (its id still in `text`), moving back
    /// the entries after it that could not sit in their home slot.
    fn unfile(&mut self, e: u32) {
        let mask = self.slots.len() - 1;
        let mut hole = hash_str(self.id(e)) as usize & mask;
        while self.slots[hole] != e {
            assert_ne!(self.slots[hole], EMPTY_SLOT, "event {e} is in the table");
            hole = (hole + 1) & mask;
        }
        self.slots[hole] = EMPTY_SLOT;
        let mut j = hole;
        loop {
            j = (j + 1) & mask;
            let s = self.slots[j];
            if s == EMPTY_SLOT {
                return;
            }
            let home = hash_str(self.id(s)) as usize & mask;
            // It may move to the hole unless its home lies after the hole, up to j (cyclically).
            let stays = if hole <= j { hole < home && home <= j } else { hole < home || home <= j };
            if !stays {
                self.slots[hole] = s;
                self.slots[j] = EMPTY_SLOT;
                hole = j;
            }
        }
    }

    /// Event numbers from `from` on move by `delta` (an event was inserted or removed before them).
    fn renumber(&mut self, from: u32, delta: i64) {
        if from as usize > self.ends.len() {
            return;
        }
        // Without branches: the slots are in no order. -1 wraps around to u32::MAX.
        let step = delta as u32;
        for s in &mut self.slots {
            *s = s.wrapping_add((((*s != EMPTY_SLOT) & (*s >= from)) as u32).wrapping_mul(step));
        }
    }

    fn range(&self, e: u32) -> std::ops::Range<usize> {
        let e = e as usize;
        (if e == 0 { 0 } else { self.ends[e - 1] as usize })..self.ends[e] as usize
    }

    /// Event `e` now has id `id`.
    pub(crate) fn set(&mut self, e: u32, id: &str) {
        if self.id(e) == id {
            return;
        }
        self.unfile(e);
        let r = self.range(e);
        let delta = id.len() as isize - r.len() as isize;
        self.text.replace_range(r, id);
        end_of(&self.text);
        self.ends[e as usize..].iter_mut().for_each(|x| *x = (*x as isize + delta) as u32);
        self.file(e);
    }

    /// An event with id `id` is inserted at `e` (the later ones move up by one).
    pub(crate) fn insert(&mut self, e: u32, id: &str) {
        if (e as usize) < self.ends.len() {
            self.renumber(e, 1);
        }
        let at = if e == 0 { 0 } else { self.ends[e as usize - 1] };
        self.text.insert_str(at as usize, id);
        end_of(&self.text);
        self.ends.insert(e as usize, at);
        self.ends[e as usize..].iter_mut().for_each(|x| *x += id.len() as u32);
        self.file(e);
    }

    /// Event `e` is removed (the later ones move down by one).
    pub(crate) fn remove(&mut self, e: u32) {
        self.unfile(e);
        let r = self.range(e);
        let len = r.len();
        self.text.replace_range(r, "");
        self.ends.remove(e as usize);
        self.ends[e as usize..].iter_mut().for_each(|x| *x -= len as u32);
        self.renumber(e + 1, -1);
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// (id, event number), in event order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        (0..self.ends.len() as u32).map(|e| (self.id(e), e))
    }
}

impl std::ops::Index<&str> for EventIds {
    type Output = u32;
    fn index(&self, id: &str) -> &u32 {
        self.get(id).unwrap_or_else(|| panic!("no event with id {id:?}"))
    }
}

impl std::fmt::Debug for EventIds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// The events of one lane, sorted by start.
#[derive(Debug, Clone, Default, PartialEq)]
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

#[derive(Debug, Clone, Default, PartialEq)]
struct LengthClass {
    /// No event of this class is longer than this.
    max_len: i64,
    /// Positions in the lane's arrays, in start order; their starts are the
    /// lane's `lo[pos]` (not kept apart: 8 bytes an event, 8 MB at a million).
    pos: Vec<u32>,
}

/// Shortest class bound: one minute; each next class is four times longer.
const FIRST_CLASS: i64 = 60;

/// The bound of the length class of an event covering `[lo, hi)`.
fn class_bound(lo: i64, hi: i64) -> i64 {
    let len = (hi - lo).max(1);
    let mut max_len = FIRST_CLASS;
    while max_len < len {
        max_len *= 4;
    }
    max_len
}

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

    /// The number of the class of an event covering `[lo, hi)`: its bound is FIRST_CLASS × 4^k.
    fn class_number(lo: i64, hi: i64) -> usize {
        ((class_bound(lo, hi) / FIRST_CLASS).trailing_zeros() / 2) as usize
    }

    /// Room for exactly the events to be pushed next, counted by class
    /// number (`class_number`): a lane built at load would otherwise keep up
    /// to half of its arrays unused (about 10 MB at a million events).
    pub(crate) fn reserve_exact(&mut self, per_class: &[usize; 32]) {
        let n = per_class.iter().sum();
        self.order.reserve_exact(n);
        self.lo.reserve_exact(n);
        self.hi.reserve_exact(n);
        for (k, &count) in per_class.iter().enumerate().filter(|(_, c)| **c > 0) {
            let class = self.class_mut(FIRST_CLASS << (2 * k));
            class.pos.reserve_exact(count);
        }
    }

    /// Appends event `e` covering `[lo, hi)`; events must come in start order.
    pub fn push(&mut self, e: u32, lo: i64, hi: i64) {
        debug_assert!(self.lo.last().is_none_or(|&l| l <= lo), "pushed in start order");
        self.max_end = Some(self.max_end.map_or(hi, |m| m.max(hi)));
        let pos = self.order.len() as u32;
        self.order.push(e);
        self.lo.push(lo);
        self.hi.push(hi);
        let class = self.class_mut(class_bound(lo, hi));
        class.pos.push(pos);
    }

    /// The class of events no longer than `max_len`, made if missing. Classes
    /// are kept by length, so that a lane changed in place equals one built anew.
    fn class_mut(&mut self, max_len: i64) -> &mut LengthClass {
        let at = self.classes.partition_point(|c| c.max_len < max_len);
        if self.classes.get(at).is_none_or(|c| c.max_len != max_len) {
            self.classes.insert(at, LengthClass { max_len, ..Default::default() });
        }
        &mut self.classes[at]
    }

    /// Where `(lo, hi, e)` is (or goes) in the lane's order: by start, end, then event number.
    fn position(&self, lo: i64, hi: i64, e: u32) -> usize {
        let (mut a, mut b) = (self.lo.partition_point(|&l| l < lo), self.lo.partition_point(|&l| l <= lo));
        while a < b {
            let m = (a + b) / 2;
            if (self.hi[m], self.order[m]) < (hi, e) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        a
    }

    /// Files event `e` covering `[lo, hi)` in its place. O(lane) moves, no search of the lane.
    pub(crate) fn insert(&mut self, e: u32, lo: i64, hi: i64) {
        let p = self.position(lo, hi, e);
        self.order.insert(p, e);
        self.lo.insert(p, lo);
        self.hi.insert(p, hi);
        self.max_end = Some(self.max_end.map_or(hi, |m| m.max(hi)));
        for c in &mut self.classes {
            let from = c.pos.partition_point(|&q| (q as usize) < p);
            c.pos[from..].iter_mut().for_each(|q| *q += 1);
        }
        let class = self.class_mut(class_bound(lo, hi));
        let k = class.pos.partition_point(|&q| (q as usize) < p);
        class.pos.insert(k, p as u32);
    }

    /// Takes event `e`, filed as covering `[lo, hi)`, out of the lane.
    pub(crate) fn remove(&mut self, e: u32, lo: i64, hi: i64) {
        let p = self.position(lo, hi, e);
        assert_eq!(self.order.get(p), Some(&e), "event {e} is filed in this lane");
        self.order.remove(p);
        self.lo.remove(p);
        self.hi.remove(p);
        let max_len = class_bound(lo, hi);
        let at = self.classes.iter().position(|c| c.max_len == max_len).expect("the event's class");
        let class = &mut self.classes[at];
        let k = class.pos.partition_point(|&q| (q as usize) < p);
        class.pos.remove(k);
        if class.pos.is_empty() {
            self.classes.remove(at);
        }
        for c in &mut self.classes {
            let from = c.pos.partition_point(|&q| (q as usize) <= p);
            c.pos[from..].iter_mut().for_each(|q| *q -= 1);
        }
        if self.max_end == Some(hi) {
            self.max_end = self.hi.iter().copied().max();
        }
    }

    /// An upper bound of the number of events overlapping `[a, b)`, in O(classes · log n).
    pub fn overlapping_bound(&self, a: i64, b: i64) -> usize {
        self.overlapping_bound_by_length(a, b, |_| true)
    }

    /// As `overlapping_bound`, counting only length classes whose bound passes `keep`
    /// (e.g. "no longer than the view": long events are drawn apart).
    pub fn overlapping_bound_by_length(&self, a: i64, b: i64, keep: impl Fn(i64) -> bool) -> usize {
        self.classes
            .iter()
            .filter(|c| keep(c.max_len))
            .map(|c| self.class_starting_before(c, b) - self.class_starting_before(c, a.saturating_sub(c.max_len)))
            .sum()
    }

    /// Positions (into `order`, `lo`, `hi`) of the events overlapping `[a, b)`,
    /// in start order. Cost grows with the answer, not with the lane.
    pub fn overlapping(&self, a: i64, b: i64, out: &mut Vec<u32>) {
        self.overlapping_by_length(a, b, |_| true, out)
    }

    /// As `overlapping`, from the length classes whose bound passes `keep`.
    pub fn overlapping_by_length(&self, a: i64, b: i64, keep: impl Fn(i64) -> bool, out: &mut Vec<u32>) {
        out.clear();
        for c in self.classes.iter().filter(|c| keep(c.max_len)) {
            let first = self.class_starting_before(c, a.saturating_sub(c.max_len));
            let last = self.class_starting_before(c, b);
            out.extend(c.pos[first..last].iter().copied().filter(|&p| self.hi[p as usize] > a));
        }
        out.sort_unstable();
    }

    /// How many events of class `c` start before `t`. O(log n).
    #[inline]
    fn class_starting_before(&self, c: &LengthClass, t: i64) -> usize {
        c.pos.partition_point(|&p| self.lo[p as usize] < t)
    }

    /// How many events start in `[a, b)`. O(log n).
    pub fn count_starting(&self, a: i64, b: i64) -> usize {
        self.lo.partition_point(|&l| l < b) - self.lo.partition_point(|&l| l < a)
    }
}

#[derive(Debug, Clone, Default)]
pub struct EventIndex {
    /// Each event's span (`get()`: `None` if undated).
    pub spans: Vec<OptSpan>,
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
    pub event_ids: EventIds,
    /// From the earliest start to the latest end.
    pub extent: Option<Span>,
}

impl EventIndex {
    pub fn build(ds: &Dataset, resolved: Resolved) -> Self {
        Self::build_cancellable(ds, resolved, &|| false).expect("never cancelled")
    }

    /// `build` that gives up (`None`) soon after `cancelled` turns true: it
    /// looks between its steps, each well under 100 ms per million events.
    pub fn build_cancellable(ds: &Dataset, resolved: Resolved, cancelled: &dyn Fn() -> bool) -> Option<Self> {
        let n = ds.events.len();
        let Resolved { lane_of, spans, lane_ids, article_ids, event_ids, cited } = resolved;
        // Dated events by (start, end, file order), sorted on two CPUs.
        let mut keys: Vec<(i64, i64, u32)> =
            spans.iter().enumerate().filter_map(|(e, s)| s.get().map(|s| (s.lo, s.hi, e as u32))).collect();
        if cancelled() {
            return None;
        }
        sort_parallel(&mut keys);
        if cancelled() {
            return None;
        }
        let by_time: Vec<u32> = keys.iter().map(|k| k.2).collect();
        // The sort keys go before the lanes are made (24 bytes an event less at the peak).
        drop(keys);
        let mut time_rank = vec![u32::MAX; n];
        for (rank, &e) in by_time.iter().enumerate() {
            time_rank[e as usize] = rank as u32;
        }
        let undated: Vec<u32> = (0..n as u32).filter(|&e| spans[e as usize].get().is_none()).collect();

        // The article lists before the lanes, so that `cited` (4 bytes a
        // source, 6 MB at a million events) is gone before the lanes take
        // their 24 bytes an event: it no longer adds to the peak of loading.
        let by_article = events_by_article(ds, &article_ids, cited, &time_rank);
        if cancelled() {
            return None;
        }

        let mut lanes: Vec<LaneEvents> = vec![LaneEvents::default(); ds.lanes.len()];
        let dated = || by_time.iter().map(|&e| (spans[e as usize].get().expect("dated"), e));
        let mut per_class = vec![[0usize; 32]; lanes.len()];
        for (s, e) in dated() {
            per_class[lane_of[e as usize] as usize][LaneEvents::class_number(s.lo, s.hi)] += 1;
        }
        lanes.iter_mut().zip(&per_class).for_each(|(lane, counts)| lane.reserve_exact(counts));
        for (s, e) in dated() {
            lanes[lane_of[e as usize] as usize].push(e, s.lo, s.hi);
        }
        if cancelled() {
            return None;
        }
        let event_ids = event_ids.unwrap_or_else(|| match EventIds::build(ds.events.iter().map(|e| e.id.as_str())) {
            Ok(ids) => ids,
            // Only data that failed validation has duplicate ids: then, as in a map, the last one counts.
            Err(_) => EventIds::build_inner(ds.events.iter().map(|e| e.id.as_str()), true).unwrap_or_default(),
        });

        let last_end = by_time.iter().map(|&e| spans[e as usize].get().expect("dated").hi).max();
        let extent = match (by_time.first(), last_end) {
            (Some(&first), Some(hi)) => Some(Span { lo: spans[first as usize].get().expect("dated").lo, hi }),
            _ => None,
        };
        Some(Self { spans, lane_of, lanes, by_time, time_rank, undated, by_article, lane_ids, article_ids, event_ids, extent })
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

/// Per article, the events citing it in time order (the undated last, in
/// file order), each once. `cited`: the article number of every source, when
/// validation found them. Each list is filled in file order at its exact
/// length, then sorted: no list of every citation is made (13 MB at a
/// million events, at the peak of loading).
fn events_by_article(ds: &Dataset, article_ids: &HashMap<String, u32>, cited: Option<Vec<u32>>, time_rank: &[u32]) -> Vec<Vec<u32>> {
    let articles: FastMap<&str, u32> =
        if cited.is_some() { FastMap::default() } else { article_ids.iter().map(|(k, &v)| (k.as_str(), v)).collect() };
    // The article of each source of each event, in file order.
    let each_cite = |f: &mut dyn FnMut(u32, u32)| match &cited {
        Some(cited) => {
            let mut next = cited.iter();
            for (e, ev) in ds.events.iter().enumerate() {
                next.by_ref().take(ev.sources.len()).for_each(|&a| f(a, e as u32));
            }
        }
        None => {
            for (e, ev) in ds.events.iter().enumerate() {
                ev.sources.iter().filter_map(|s| articles.get(s.article.as_str())).for_each(|&a| f(a, e as u32));
            }
        }
    };
    let mut counts = vec![0usize; ds.articles.len()];
    each_cite(&mut |a, _| counts[a as usize] += 1);
    let mut by_article: Vec<Vec<u32>> = counts.iter().map(|&n| Vec::with_capacity(n)).collect();
    drop(counts);
    each_cite(&mut |a, e| {
        let list = &mut by_article[a as usize];
        // An event citing the article twice is listed once (its sources come together).
        if list.last() != Some(&e) {
            list.push(e);
        }
    });
    for list in &mut by_article {
        // Undated events (rank u32::MAX) keep their file order.
        list.sort_unstable_by_key(|&e| (time_rank[e as usize], e));
        if list.capacity() > list.len() {
            list.shrink_to_fit();
        }
    }
    by_article
}

/// Sorts in place, on two threads when there is enough to sort: split around
/// the median, then sort both halves at once.
fn sort_parallel<T: Ord + Send>(v: &mut [T]) {
    if v.len() < 100_000 || std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        v.sort_unstable();
        return;
    }
    let mid = v.len() / 2;
    v.select_nth_unstable(mid);
    let (a, b) = v.split_at_mut(mid);
    std::thread::scope(|s| {
        s.spawn(|| a.sort_unstable());
        b.sort_unstable();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_ids_find_every_id_and_no_other() {
        let ids: Vec<String> = (0..5000).map(|i| format!("ev{i}")).collect();
        let t = EventIds::build(ids.iter().map(|s| s.as_str())).unwrap();
        assert_eq!(t.len(), 5000);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(t.get(id), Some(&(i as u32)));
            assert_eq!(t[id.as_str()], i as u32);
        }
        assert!(!t.contains_key("ev5000") && !t.contains_key("") && !t.contains_key("ev"));
        assert_eq!(EventIds::build(["a", "b", "a"].into_iter()).err(), Some((0, 2)));
        let hashes: Vec<u64> = ids.iter().map(|s| hash_str(s)).collect();
        let h = EventIds::build_hashed(ids.iter().map(|s| s.as_str()), &hashes).unwrap();
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(h.get(id), Some(&(i as u32)));
        }
        assert!(!h.contains_key("ev5000"));
        let dup = ["x", "y", "z", "y"];
        let dup_hashes: Vec<u64> = dup.iter().map(|s| hash_str(s)).collect();
        assert_eq!(EventIds::build_hashed(dup.into_iter(), &dup_hashes).err(), Some((1, 3)));
        let empty = EventIds::default();
        assert!(empty.get("x").is_none() && empty.is_empty());
        assert_eq!(t.iter().nth(7), Some(("ev7", 7)));
    }

    #[test]
    fn a_lane_built_at_load_has_no_spare_room() {
        let data = crate::model::load_sample();
        let rebuilt = EventIndex::build(&data.dataset, crate::model::validate::validate(&data.dataset).unwrap());
        for lane in rebuilt.lanes.iter().filter(|l| !l.is_empty()) {
            assert_eq!((lane.order.capacity(), lane.lo.capacity(), lane.hi.capacity()), (lane.len(), lane.len(), lane.len()));
            for c in &lane.classes {
                assert_eq!(c.pos.capacity(), c.pos.len());
            }
        }
        assert_eq!(rebuilt.lanes, data.index.lanes);
    }

    /// What the index keeps per event at a million events (issue 12): a
    /// 16-byte span (not `Option<Span>`, 24), a 4-byte end of each id (not
    /// 8), and per lane 24 bytes (event number, start, end, and the position
    /// in its length class; the class keeps no second copy of the start).
    #[test]
    fn per_event_index_sizes_are_pinned() {
        use std::mem::size_of;
        assert_eq!(size_of::<OptSpan>(), 16, "spans");
        let ids = EventIds::build(["a", "bb", "ccc"].into_iter()).unwrap();
        assert_eq!(size_of_val(&ids.ends[0]), 4, "EventIds::ends");
        let mut lane = LaneEvents::default();
        lane.push(7, 0, 60);
        let per_event = size_of_val(&lane.order[0]) + size_of_val(&lane.lo[0]) + size_of_val(&lane.hi[0]);
        let per_class: usize = lane.classes.iter().map(|c| size_of_val(&c.pos[0])).sum();
        assert_eq!((per_event, per_class), (20, 4), "LaneEvents per event");
        assert_eq!(size_of::<LengthClass>(), 32, "LengthClass: its bound and the positions only");
    }

    #[test]
    fn parallel_sort_sorts() {
        let mut v: Vec<(i64, i64, u32)> = (0..250_000u32).map(|i| ((i as i64 * 7919) % 1000, (i % 13) as i64, i)).collect();
        let mut want = v.clone();
        want.sort_unstable();
        sort_parallel(&mut v);
        assert_eq!(v, want);
    }

    #[test]
    fn overlapping_finds_exactly_the_events_in_view_despite_long_ones() {
        let mut lane = LaneEvents::default();
        let day = 86_400;
        // One event 600 days long, then a thousand one-day events.
        lane.push(0, 0, 600 * day);
        for i in 1..=1000 {
            lane.push(i, i as i64 * day, i as i64 * day + day);
        }
        let mut out = Vec::new();
        lane.overlapping(500 * day, 502 * day, &mut out);
        let events: Vec<u32> = out.iter().map(|&p| lane.order[p as usize]).collect();
        assert_eq!(events, vec![0, 500, 501]);
        // The bound stays small: the long event does not drag the whole lane in.
        assert!(lane.overlapping_bound(500 * day, 502 * day) <= 8, "{}", lane.overlapping_bound(500 * day, 502 * day));
        lane.overlapping(700 * day, 701 * day, &mut out);
        assert_eq!(out.len(), 1, "only the day event: the long one ended at day 600");
        assert_eq!(lane.count_starting(0, 10 * day), 10);
    }
}
