//! The folded text of every event in one buffer, so that a search is a few
//! `memchr::memmem` scans of contiguous memory (on both CPUs) instead of a
//! walk over millions of small strings.
//!
//! Built once per loaded dataset, off the window's thread, and patched after
//! each change to the events (`patch`); a change it cannot follow (articles
//! changed, too much text left dead) asks for a rebuild. A search through it
//! finds exactly what `run::search` finds (the reference, kept; see the tests).
//!
//! Layout: each event is a *segment* of `text`: its folded title, actor,
//! notes, tags and quotes, each followed by `SEP`. A quote that is, byte for
//! byte, part of the paragraph it cites is left out (the paragraph holds every
//! match the quote could hold); every generated and extracted quote is. Cited
//! paragraphs are folded once each into `para_text`, and each segment lists
//! the paragraphs it cites. A changed event gets a new segment at the end and
//! its old one is marked dead.

use super::fold::fold_char;
use crate::model::Loaded;
use crate::model::history::Op;
use crate::model::{Dataset, Event};
use memchr::memmem;
use std::sync::atomic::{AtomicBool, Ordering};

/// Ends every field: a query holding it is not searched here.
pub const SEP: u8 = 0;
const DEAD: u32 = u32::MAX;
/// Text is scanned in pieces this long between looks at the cancel flag.
const PIECE: usize = 4 << 20;

#[derive(Debug, Clone, Default)]
pub struct Arena {
    text: Vec<u8>,
    /// Per segment, in text order: where it starts (it ends where the next starts).
    seg_start: Vec<u32>,
    /// Per segment: its event, or `DEAD`.
    seg_event: Vec<u32>,
    /// Per segment: where its cited paragraphs start in `cites` (one more entry at the end).
    cites_start: Vec<u32>,
    /// Paragraph numbers (see `para_start`), per segment.
    cites: Vec<u32>,
    /// Per event: its segment.
    event_seg: Vec<u32>,
    /// Folded paragraphs, each followed by `SEP`; paragraph `k` starts at `para_start[k]`.
    para_text: Vec<u8>,
    para_start: Vec<u32>,
    /// Per article: its first paragraph's number.
    article_base: Vec<u32>,
    /// Bytes of `text` in dead segments.
    dead: usize,
}

/// Appends `s` folded (see `fold_char`), then `SEP`.
fn push_folded(out: &mut Vec<u8>, s: &str) {
    if s.is_ascii() {
        let at = out.len();
        out.extend_from_slice(s.as_bytes());
        out[at..].make_ascii_lowercase();
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            out.extend_from_slice(fold_char(c).encode_utf8(&mut buf).as_bytes());
        }
    }
    out.push(SEP);
}

/// Every paragraph folded, each followed by `SEP`, and where each starts.
fn fold_paragraphs(ds: &Dataset, count: usize, cancelled: &AtomicBool) -> Option<(Vec<u8>, Vec<u32>)> {
    let mut text = Vec::new();
    let mut start = Vec::with_capacity(count);
    for (i, art) in ds.articles.iter().enumerate() {
        if i % 1024 == 0 && cancelled.load(Ordering::Relaxed) {
            return None;
        }
        for p in &art.paragraphs {
            start.push(off(text.len())?);
            push_folded(&mut text, p);
        }
    }
    off(text.len())?;
    text.shrink_to_fit();
    Some((text, start))
}

/// `paragraph.contains(quote)`, for a short quote in a paragraph: ends and
/// start first (quotes often end their paragraph), then each place the first
/// byte is (setting up a general searcher per quote costs more than this).
fn quote_in(paragraph: &[u8], quote: &[u8]) -> bool {
    let n = quote.len();
    if n == 0 || paragraph.ends_with(quote) || paragraph.starts_with(quote) {
        return true;
    }
    if n > paragraph.len() {
        return false;
    }
    let last = paragraph.len() - n;
    memchr::memchr_iter(quote[0], &paragraph[..=last]).any(|i| &paragraph[i..i + n] == quote)
}

fn off(n: usize) -> Option<u32> {
    u32::try_from(n).ok().filter(|&n| n != DEAD)
}

impl Arena {
    /// Bytes of folded event text and of folded paragraphs (the rest of `bytes` are tables).
    pub fn text_bytes(&self) -> (usize, usize) {
        (self.text.len(), self.para_text.len())
    }

    /// Bytes held (buffers' lengths).
    pub fn bytes(&self) -> usize {
        self.text.len()
            + self.para_text.len()
            + 4 * (self.seg_start.len() + self.seg_event.len() + self.cites_start.len() + self.cites.len())
            + 4 * (self.event_seg.len() + self.para_start.len() + self.article_base.len())
    }

    /// Builds the arena of `data` on two threads (each folds half of the
    /// events, then one the paragraphs); `None` when cancelled or too large
    /// for 32-bit offsets.
    pub fn build(data: &Loaded, cancelled: &AtomicBool) -> Option<Arena> {
        Self::fold_parts(data, cancelled).and_then(Parts::join)
    }

    /// `build` up to the joining of the halves, which needs the data no more.
    pub fn fold_parts(data: &Loaded, cancelled: &AtomicBool) -> Option<Parts> {
        let ds = &data.dataset;
        let mut article_base = Vec::with_capacity(ds.articles.len());
        let mut base = 0u32;
        for art in &ds.articles {
            article_base.push(base);
            base = base.checked_add(off(art.paragraphs.len())?)?;
        }
        let n = ds.events.len();
        let mid = n / 2;
        let (first, second, paras) = std::thread::scope(|s| {
            let second = s.spawn(|| Self::build_part(data, &article_base, mid..n, cancelled));
            let first = Self::build_part(data, &article_base, 0..mid, cancelled);
            let paras = first.as_ref().and_then(|_| fold_paragraphs(ds, base as usize, cancelled));
            (first, second.join().ok().flatten(), paras)
        });
        Some(Parts { first: first?, second: second?, paras: paras?, article_base, mid })
    }
}

/// The arena's halves, folded from the data; `join` makes the arena.
pub struct Parts {
    first: Arena,
    second: Arena,
    paras: (Vec<u8>, Vec<u32>),
    article_base: Vec<u32>,
    mid: usize,
}

impl Parts {
    /// The second half after the first; `None` when too large for 32-bit offsets.
    pub fn join(self) -> Option<Arena> {
        let Parts { first: mut a, second: b, paras, article_base, mid } = self;
        let (text_at, cites_at, segs_at) = (off(a.text.len())?, off(a.cites.len())?, off(a.seg_start.len())?);
        // Room for the changes to come (a new or changed event is added at the end).
        a.text.reserve_exact(b.text.len() + (1 << 20));
        a.cites.reserve_exact(b.cites.len() + (1 << 14));
        a.text.extend_from_slice(&b.text);
        drop(b.text);
        off(a.text.len())?;
        a.seg_start.extend(b.seg_start.iter().map(|&s| s + text_at));
        a.seg_event.extend_from_slice(&b.seg_event);
        a.cites_start.extend(b.cites_start.iter().map(|&c| c + cites_at));
        a.cites.extend_from_slice(&b.cites);
        a.cites_start.push(off(a.cites.len())?);
        a.event_seg.extend(b.event_seg[mid..].iter().map(|&k| k + segs_at));
        (a.para_text, a.para_start) = paras;
        a.article_base = article_base;
        Some(a)
    }
}

impl Arena {
    /// The segments of events `range` (numbered as in the data, from 0 in
    /// this part's text), without `cites_start`'s end marker.
    fn build_part(data: &Loaded, article_base: &[u32], range: std::ops::Range<usize>, cancelled: &AtomicBool) -> Option<Arena> {
        let mut a = Arena { article_base: article_base.to_vec(), ..Default::default() };
        let n = range.len();
        a.seg_start.reserve_exact(n);
        a.seg_event.reserve_exact(n);
        a.cites_start.reserve_exact(n + 1);
        a.event_seg = vec![DEAD; range.start];
        a.event_seg.reserve_exact(n);
        let mut last = None;
        for e in range {
            if e % 4096 == 0 && cancelled.load(Ordering::Relaxed) {
                return None;
            }
            a.push_event(data, &data.dataset.events[e], e as u32, &mut last)?;
        }
        Some(a)
    }

    /// Appends a segment for `ev`, numbered `e`, and returns it.
    fn push_event<'d>(&mut self, data: &Loaded, ev: &'d Event, e: u32, last: &mut Option<(&'d str, u32)>) -> Option<u32> {
        let seg = off(self.seg_start.len())?;
        self.seg_start.push(off(self.text.len())?);
        self.seg_event.push(e);
        // (`cites_start` has no end marker while segments are added: see `patch`.)
        self.cites_start.push(off(self.cites.len())?);
        let t = &mut self.text;
        push_folded(t, &ev.title);
        if let Some(a) = &ev.actor {
            push_folded(t, a);
        }
        if let Some(n) = &ev.rare.notes {
            push_folded(t, n);
        }
        for tag in ev.rare.tags.iter().flatten() {
            push_folded(t, tag);
        }
        for s in &ev.sources {
            // Events next to each other often cite one article: one look-up for them.
            let a = match last {
                Some((id, a)) if *id == s.article => Some(*a),
                _ => data.index.article_ids.get(s.article.as_str()).copied(),
            };
            if let Some(a) = a {
                *last = Some((s.article.as_str(), a));
            }
            let para = a.and_then(|a| {
                let art = data.dataset.articles.get(a as usize)?;
                let text = art.paragraphs.get(s.paragraph)?;
                Some((self.article_base.get(a as usize)? + s.paragraph as u32, text))
            });
            match para {
                Some((k, text)) => {
                    self.cites.push(k);
                    if !quote_in(text.as_bytes(), s.quote.as_bytes()) {
                        push_folded(t, &s.quote);
                    }
                }
                None => push_folded(t, &s.quote),
            }
        }
        off(self.text.len())?;
        off(self.cites.len())?;
        if self.event_seg.len() <= e as usize {
            self.event_seg.resize(e as usize + 1, DEAD);
        }
        self.event_seg[e as usize] = seg;
        Some(seg)
    }

    fn seg_end(&self, k: usize) -> usize {
        self.seg_start.get(k + 1).map_or(self.text.len(), |&s| s as usize)
    }

    fn cite_range(&self, k: usize) -> std::ops::Range<usize> {
        self.cites_start[k] as usize..self.cites_start[k + 1] as usize
    }

    fn kill(&mut self, seg: u32) {
        let k = seg as usize;
        if self.seg_event[k] != DEAD {
            self.seg_event[k] = DEAD;
            self.dead += self.seg_end(k) - self.seg_start[k] as usize;
        }
    }

    /// Follows `ops`, just applied to the data now in `data` (in that order).
    /// `false`: it cannot (articles changed, or much dead text): build again.
    pub fn patch(&mut self, data: &Loaded, ops: &[Op]) -> bool {
        // The end marker of `cites_start` is taken off while segments are added.
        self.cites_start.pop();
        let ok = self.patch_ops(data, ops);
        self.cites_start.push(self.cites.len() as u32);
        ok && self.event_seg.len() == data.dataset.events.len()
            && self.article_base.len() == data.dataset.articles.len()
            && self.dead < 64 << 20
            && self.dead < self.text.len() / 3
    }

    fn patch_ops(&mut self, data: &Loaded, ops: &[Op]) -> bool {
        for op in ops {
            match op {
                Op::Put { at, event } => {
                    let Some(&old) = self.event_seg.get(*at as usize) else { return false };
                    self.kill(old);
                    if self.push_event(data, event, *at, &mut None).is_none() {
                        return false;
                    }
                }
                Op::Insert { at, event } => {
                    let at = *at;
                    if at as usize > self.event_seg.len() {
                        return false;
                    }
                    self.seg_event.iter_mut().filter(|e| **e != DEAD && **e >= at).for_each(|e| *e += 1);
                    self.event_seg.insert(at as usize, DEAD);
                    if self.push_event(data, event, at, &mut None).is_none() {
                        return false;
                    }
                }
                Op::Remove { at } => {
                    let at = *at;
                    if at as usize >= self.event_seg.len() {
                        return false;
                    }
                    let seg = self.event_seg.remove(at as usize);
                    self.kill(seg);
                    self.seg_event.iter_mut().filter(|e| **e != DEAD && **e > at).for_each(|e| *e -= 1);
                }
                Op::Append { lanes: _, articles, events } => {
                    if !articles.is_empty() {
                        return false;
                    }
                    for ev in events {
                        let e = self.event_seg.len() as u32;
                        if self.push_event(data, ev, e, &mut None).is_none() {
                            return false;
                        }
                    }
                }
                Op::Truncate { lanes: _, articles, events } => {
                    if *articles > 0 || *events > self.event_seg.len() {
                        return false;
                    }
                    for _ in 0..*events {
                        let seg = self.event_seg.pop().unwrap_or(DEAD);
                        self.kill(seg);
                    }
                }
                Op::PutArticle { .. } => return false,
                Op::SetViews { .. } => {}
            }
        }
        true
    }

    /// Per event of `ds`: whether it holds the folded `q` (the same answer as
    /// `event_matches`). `None` when cancelled, or when `q` cannot be searched
    /// here (empty, or holding `SEP`).
    pub fn matches(&self, ds: &Dataset, q: &str, cancelled: &AtomicBool) -> Option<Vec<bool>> {
        let n = ds.events.len();
        if q.is_empty() || q.as_bytes().contains(&SEP) || n != self.event_seg.len() {
            return None;
        }
        let finder = memmem::Finder::new(q.as_bytes());
        // Text cut in two at a segment's start, paragraphs in two at a paragraph's.
        let cut = self.seg_start.partition_point(|&s| (s as usize) < self.text.len() / 2);
        let pcut = self.para_start.partition_point(|&s| (s as usize) < self.para_text.len() / 2);
        let (mut segs, paras) = std::thread::scope(|s| {
            let other = s.spawn(|| {
                let segs = self.scan_segments(&finder, cut..self.seg_start.len(), cancelled)?;
                let paras = self.scan_paragraphs(&finder, pcut..self.para_start.len(), cancelled)?;
                Some((segs, paras))
            });
            let segs = self.scan_segments(&finder, 0..cut, cancelled);
            let paras = self.scan_paragraphs(&finder, 0..pcut, cancelled);
            let (segs2, paras2) = other.join().ok().flatten()?;
            let (mut segs, mut paras) = (segs?, paras?);
            segs.extend(segs2);
            paras.extend(paras2);
            Some((segs, paras))
        })?;
        let mut mask = vec![false; n];
        if !paras.is_empty() {
            let mut hit = vec![false; self.para_start.len()];
            for k in paras {
                hit[k as usize] = true;
            }
            for (k, &e) in self.seg_event.iter().enumerate() {
                if e != DEAD && self.cites[self.cite_range(k)].iter().any(|&p| hit[p as usize]) {
                    mask[e as usize] = true;
                }
            }
        }
        segs.retain(|&k| self.seg_event[k as usize] != DEAD);
        for k in segs {
            mask[self.seg_event[k as usize] as usize] = true;
        }
        if cancelled.load(Ordering::Relaxed) {
            return None;
        }
        Some(mask)
    }

    /// The segments among `segs` whose text holds the needle.
    fn scan_segments(&self, finder: &memmem::Finder, segs: std::ops::Range<usize>, cancelled: &AtomicBool) -> Option<Vec<u32>> {
        let starts = &self.seg_start;
        let end = if segs.end < starts.len() { starts[segs.end] as usize } else { self.text.len() };
        let begin = if segs.start < starts.len() { starts[segs.start] as usize } else { end };
        scan(&self.text, starts, finder, begin, end, cancelled)
    }

    fn scan_paragraphs(&self, finder: &memmem::Finder, paras: std::ops::Range<usize>, cancelled: &AtomicBool) -> Option<Vec<u32>> {
        let starts = &self.para_start;
        let end = if paras.end < starts.len() { starts[paras.end] as usize } else { self.para_text.len() };
        let begin = if paras.start < starts.len() { starts[paras.start] as usize } else { end };
        scan(&self.para_text, starts, finder, begin, end, cancelled)
    }
}

/// The pieces (numbered by `starts`, which begin pieces of `text`) that hold
/// the needle, looking at `text[begin..end]` (`begin`, `end` at pieces' starts
/// or the end), each piece once.
fn scan(text: &[u8], starts: &[u32], finder: &memmem::Finder, begin: usize, end: usize, cancelled: &AtomicBool) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let mut at = begin;
    // The piece holding `at` (a piece's start, or the end).
    let mut k = starts.partition_point(|&s| (s as usize) < begin).min(starts.len().saturating_sub(1));
    let mut checked = begin;
    while at < end {
        if at >= checked + PIECE {
            if cancelled.load(Ordering::Relaxed) {
                return None;
            }
            checked = at;
        }
        let Some(i) = finder.find(&text[at..end]) else { break };
        let hit = at + i;
        // The piece holding the hit: galloping on from the last one (hits of
        // a common word are near each other), then a binary search.
        let mut step = 1;
        while k + step < starts.len() && starts[k + step] as usize <= hit {
            step *= 2;
        }
        let lo = k + step / 2;
        let hi = (k + step).min(starts.len());
        k = lo + starts[lo..hi].partition_point(|&s| s as usize <= hit) - 1;
        out.push(k as u32);
        at = starts.get(k + 1).map_or(text.len(), |&s| s as usize);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Params, Shape, generate_bytes_shaped};
    use crate::model::history::{Change, History};
    use crate::model::load_bytes;
    use crate::search::{fold, run};

    fn generated(events: usize, seed: u64, shape: Shape) -> Loaded {
        let params = Params { events, lanes: 4, years: 2.0, articles: events / 20, seed, pretty: false };
        let (bytes, _) = generate_bytes_shaped(&params, shape);
        load_bytes("generated", &bytes).expect("generated data is valid")
    }

    // The generator's own random numbers (uniform in 0..n; 0 for n = 0).
    use crate::generate::Rng;

    /// Words and pieces of words from the data, and some that fold.
    fn queries(data: &Loaded, r: &mut Rng) -> Vec<String> {
        let mut qs: Vec<String> = ["said", "zel", "kyiv", "irpin", "brussels", "'s", "-", "e", "zz no such", "talks'", "\u{0}", " "]
            .iter()
            .map(|q| fold(q))
            .collect();
        let ds = &data.dataset;
        for _ in 0..12 {
            let ev = &ds.events[r.below(ds.events.len())];
            let s = &ev.sources[r.below(ev.sources.len())];
            let para = data.index.article_ids.get(s.article.as_str()).and_then(|&a| ds.articles[a as usize].paragraphs.get(s.paragraph));
            let text = match r.below(4) {
                0 => ev.title.to_string(),
                1 => s.quote.to_string(),
                2 => para.cloned().unwrap_or_default(),
                _ => ev.actor.as_deref().unwrap_or_default().to_owned(),
            };
            let text = fold(&text);
            let chars: Vec<char> = text.chars().collect();
            if chars.len() > 3 {
                let a = r.below(chars.len() - 3);
                let len = 3 + r.below(12.min(chars.len() - a - 2));
                qs.push(chars[a..(a + len).min(chars.len())].iter().collect::<String>().trim().to_owned());
            }
        }
        qs.retain(|q| !q.is_empty());
        qs
    }

    fn assert_same(data: &Loaded, arena: &Arena, qs: &[String], label: &str) {
        let never = AtomicBool::new(false);
        for q in qs {
            let want = run::search(data, q, &never).unwrap();
            let got = run::search_arena(data, arena, q, &never).unwrap();
            assert!(got == want, "{label}: {q:?}: {} hits, want {}", got.events.len(), want.events.len());
        }
    }

    /// Event `e` with something changed that search sees (some with letters that fold).
    fn edited(data: &Loaded, r: &mut Rng, e: u32, fresh: &mut usize) -> Event {
        let ds = &data.dataset;
        let mut ev = (*ds.events[e as usize]).clone();
        let other = &ds.events[r.below(ds.events.len())];
        match r.below(8) {
            0 => ev.title = format!("{} in KYÏV and Irpín", ev.title).into(),
            1 => ev.actor = Some("Volodymyr Zelenskyy’s “office” — İstanbul".into()),
            2 => ev.rare.notes = Some(format!("noted: {}", other.title)),
            3 => ev.rare.tags = Some(vec!["Brussels".into(), "ŁÓDŹ talks".into()]),
            4 => ev.sources.extend(other.sources.iter().cloned()),
            5 => ev.sources[0].quote = ev.sources[0].quote.to_uppercase().into(),
            6 => ev.actor = None,
            _ => {
                *fresh += 1;
                ev.title = format!("new title {fresh} ZEL").into();
            }
        }
        ev
    }

    fn random_change(data: &Loaded, r: &mut Rng, fresh: &mut usize) -> Vec<Op> {
        let ds = &data.dataset;
        let n = ds.events.len();
        let new_id = |fresh: &mut usize| {
            *fresh += 1;
            format!("search-new-{fresh}")
        };
        match r.below(7) {
            0 | 1 => {
                let e = r.below(n) as u32;
                vec![Op::Put { at: e, event: edited(data, r, e, fresh) }]
            }
            2 => vec![Op::Remove { at: r.below(n) as u32 }],
            3 => {
                let e = r.below(n) as u32;
                let mut ev = edited(data, r, e, fresh);
                ev.id = new_id(fresh).into();
                vec![Op::Insert { at: r.below(n + 1) as u32, event: ev }]
            }
            4 => {
                let events = (0..1 + r.below(3))
                    .map(|_| {
                        let e = r.below(n) as u32;
                        let mut ev = edited(data, r, e, fresh);
                        ev.id = new_id(fresh).into();
                        ev
                    })
                    .collect();
                vec![Op::Append { lanes: vec![], articles: vec![], events }]
            }
            5 => vec![Op::Truncate { lanes: 0, articles: 0, events: 1 + r.below(2) }],
            _ => {
                // A merge.
                let (a, b) = (r.below(n) as u32, r.below(n) as u32);
                let mut kept = (*ds.events[a as usize]).clone();
                kept.sources.extend(ds.events[b as usize].sources.iter().cloned());
                if a == b { vec![Op::Put { at: a, event: kept }] } else { vec![Op::Put { at: a, event: kept }, Op::Remove { at: b }] }
            }
        }
    }

    #[test]
    fn the_arena_finds_what_the_plain_search_finds_after_random_edits() {
        for (seed, shape) in [(3, Shape::Synthetic), (5, Shape::News)] {
            let mut data = generated(1500, seed, shape);
            let never = AtomicBool::new(false);
            let mut arena = Arena::build(&data, &never).unwrap();
            let mut r = Rng(0x9e37_79b9 + seed);
            assert_same(&data, &arena, &queries(&data, &mut r), "as built");
            let mut history = History::default();
            let (mut fresh, mut patched, mut rebuilt) = (0, 0, 0);
            for step in 0..120 {
                let applied = if step % 9 == 8 {
                    data.undo(&mut history).map(|a| a.map(|a| a.ops))
                } else {
                    let ops = random_change(&data, &mut r, &mut fresh);
                    Some(data.commit(&mut history, Change { label: format!("step {step}"), ops }).map(|a| a.ops))
                };
                let Some(Ok(ops)) = applied else { continue };
                if arena.patch(&data, &ops) {
                    patched += 1;
                } else {
                    arena = Arena::build(&data, &never).unwrap();
                    rebuilt += 1;
                }
                if step % 4 == 0 {
                    assert_same(&data, &arena, &queries(&data, &mut r), &format!("step {step}"));
                }
            }
            assert_same(&data, &arena, &queries(&data, &mut r), "at the end");
            assert!(patched > 60, "{patched} patched, {rebuilt} rebuilt");
            // Rebuilt from scratch, the same answers.
            let fresh_arena = Arena::build(&data, &never).unwrap();
            assert_same(&data, &fresh_arena, &queries(&data, &mut r), "rebuilt");
        }
    }

    #[test]
    fn folded_letters_quotes_and_dashes_are_found_as_the_plain_search_finds_them() {
        let mut data = crate::model::load_sample();
        let mut history = History::default();
        let mut ev = (*data.dataset.events[0]).clone();
        ev.title = "Zelenskyy’s visit to KYÏV — ŁÓDŹ after İstanbul".into();
        ev.actor = Some("Mykola Točytskyj".into());
        ev.rare.tags = Some(vec!["Straße".into()]);
        let ops = vec![Op::Put { at: 0, event: ev }];
        let never = AtomicBool::new(false);
        let mut arena = Arena::build(&data, &never).unwrap();
        let applied = data.commit(&mut history, Change { label: "unicode".into(), ops }).unwrap();
        assert!(arena.patch(&data, &applied.ops));
        let qs: Vec<String> = ["zelenskyy's", "kyiv -", "lodz", "istanbul", "i", "tocytskyj", "straße", "strasse", "’", "—"]
            .iter()
            .map(|q| fold(q))
            .collect();
        assert_same(&data, &arena, &qs, "unicode");
        let hit = |q: &str| run::search_arena(&data, &arena, &fold(q), &never).unwrap().mask[0];
        assert!(hit("zelenskyy's") && hit("kyiv - lodz") && hit("tocytskyj") && hit("straße") && !hit("strasse"));
        // The query's separator byte is searched the plain way.
        assert_same(&data, &arena, &["a\u{0}b".to_owned()], "separator");
    }

    #[test]
    fn a_quote_is_found_in_its_paragraph_as_contains_finds_it() {
        for (p, q) in [
            ("abc said x", "said"),
            ("said", "said"),
            ("aab", "ab"),
            ("ab", "abc"),
            ("", ""),
            ("x", ""),
            ("aaab", "aab"),
            ("Kyïv", "ïv"),
            ("xaby", "ab"),
        ] {
            assert_eq!(quote_in(p.as_bytes(), q.as_bytes()), p.contains(q), "{p:?} {q:?}");
        }
    }

    #[test]
    fn a_cancelled_build_or_search_gives_nothing() {
        let data = crate::model::load_sample();
        assert!(Arena::build(&data, &AtomicBool::new(true)).is_none());
        let arena = Arena::build(&data, &AtomicBool::new(false)).unwrap();
        assert!(arena.bytes() > 0);
        assert!(arena.matches(&data.dataset, "kyiv", &AtomicBool::new(true)).is_none());
    }
}

/// `CHRONOLENS_ARENA_FILE=/tmp/big/1m.json cargo test --lib arena_build_time -- --ignored --nocapture`:
/// the arena's build and search times on a large file (for profiling).
#[cfg(test)]
#[test]
#[ignore]
fn arena_build_time() {
    let Ok(path) = std::env::var("CHRONOLENS_ARENA_FILE") else { return };
    let data = crate::model::load_path(std::path::Path::new(&path)).unwrap();
    let never = AtomicBool::new(false);
    for _ in 0..3 {
        let t0 = std::time::Instant::now();
        let parts = Arena::fold_parts(&data, &never).unwrap();
        let t1 = t0.elapsed();
        let a = parts.join().unwrap();
        eprintln!("fold {:?}, join {:?}, {} bytes", t1, t0.elapsed() - t1, a.bytes());
    }
    // Patching after a change at the front (every later event renumbered).
    let mut data = data;
    let mut a = Arena::build(&data, &never).unwrap();
    let mut history = crate::model::history::History::default();
    let first = (*data.dataset.events[0]).clone();
    for ops in [vec![Op::Remove { at: 0 }], vec![Op::Insert { at: 0, event: first }]] {
        let applied = data.commit(&mut history, crate::model::history::Change { label: "bench".into(), ops }).unwrap();
        let t0 = std::time::Instant::now();
        assert!(a.patch(&data, &applied.ops));
        eprintln!("patch {:?}: {:?}", applied.ops.first().map(std::mem::discriminant), t0.elapsed());
    }
}
