//! The fast way to parse a large dataset: the `events` array is cut into one
//! piece per CPU and the pieces are parsed at the same time, while the rest of
//! the file (lanes, articles) is parsed on its own. When the file was read in
//! blocks, each block is freed as soon as it has been parsed, so the file and
//! the parsed records are never both fully in memory.
//!
//! Nothing here reports errors: any surprise (a syntax error, an unexpected
//! layout, a cut that was not between two events) returns `None`, and the
//! caller parses the file the ordinary way, which gives the precise message.
//! A successful result is always exactly what `serde_json::from_slice::<Dataset>`
//! would give: every byte of the file is read by serde_json except the commas
//! and white space between events, which are checked here.
//!
//! One difference remains, on purpose: serde_json refuses values nested more
//! than 128 deep, counted from the top of the document; an event is counted
//! here from its own start, so an event nested 127 or 128 deep (in unknown
//! fields) is accepted here and refused by the ordinary parser.
//!
//! Each block is checked as UTF-8 once, where a piece enters it, and events
//! are parsed from `&str` so that serde_json does not check every string again.
//!
//! Cutting the array: a cut is guessed at the first `}`, `,`, `{"` after an
//! even share of the bytes. That could be inside a string, so a piece's
//! parse is only used if the piece before it, parsed from a known-good
//! position, ends exactly where the guessed cut begins.

use super::types::{Dataset, Event};
use std::io::Read;
use std::sync::Arc;

/// File blocks of this size (above glibc's largest mmap threshold, so that
/// each is returned to the system when freed).
pub const BLOCK: usize = 32 << 20;

/// Files below this size are parsed in one piece.
const MIN_PIECE: usize = 4 << 20;

/// The file as blocks: all `block_len` long except the last.
#[derive(Clone)]
pub struct Blocks<B> {
    blocks: Vec<Option<B>>,
    block_len: usize,
    len: usize,
}

impl<'a> Blocks<&'a [u8]> {
    pub fn borrowed(bytes: &'a [u8]) -> Self {
        Self { blocks: vec![Some(bytes)], block_len: bytes.len().max(1), len: bytes.len() }
    }
}

/// A block read from a file, shared by the pieces that parse it.
#[derive(Clone)]
pub struct Shared(Arc<Vec<u8>>);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Blocks<Shared> {
    /// Reads a whole file in `BLOCK`-sized blocks, calling `go_on` with the
    /// bytes read so far every few megabytes; it stops with an error when that
    /// returns `false`.
    pub fn read(mut f: impl Read, size_hint: u64, mut go_on: impl FnMut(u64) -> bool) -> std::io::Result<Self> {
        const STEP: u64 = 4 << 20;
        let mut blocks = Vec::with_capacity((size_hint as usize).div_ceil(BLOCK) + 1);
        let mut len = 0;
        'blocks: loop {
            let mut block = Vec::with_capacity(BLOCK);
            while block.len() < BLOCK {
                let n = (&mut f).take(STEP.min((BLOCK - block.len()) as u64)).read_to_end(&mut block)?;
                len += n;
                if !go_on(len as u64) {
                    return Err(std::io::Error::other("cancelled"));
                }
                if n == 0 {
                    if !block.is_empty() {
                        blocks.push(Some(Shared(Arc::new(block))));
                    }
                    break 'blocks;
                }
            }
            blocks.push(Some(Shared(Arc::new(block))));
        }
        Ok(Self { blocks, block_len: BLOCK, len })
    }
}

impl<B: AsRef<[u8]>> Blocks<B> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The blocks still held, in order.
    pub fn chunks(&self) -> impl Iterator<Item = &[u8]> {
        self.blocks.iter().flatten().map(|b| b.as_ref())
    }

    /// The bytes from `pos` to the end of its block; `None` past the end or in a freed block.
    fn chunk(&self, pos: usize) -> Option<&[u8]> {
        if pos >= self.len {
            return Some(&[]);
        }
        let b = self.blocks.get(pos / self.block_len)?.as_ref()?;
        Some(&b.as_ref()[pos % self.block_len..])
    }

    fn byte(&self, pos: usize) -> Option<u8> {
        self.chunk(pos)?.first().copied()
    }

    /// Copies `[from, to)`; `None` if part of it was freed.
    fn gather(&self, from: usize, to: usize) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(to.saturating_sub(from));
        let mut pos = from;
        while pos < to {
            let c = self.chunk(pos)?;
            let n = c.len().min(to - pos);
            out.extend_from_slice(&c[..n]);
            pos += n;
        }
        Some(out)
    }

    /// The first position at or after `pos` that is not JSON white space.
    fn skip_ws(&self, mut pos: usize) -> Option<usize> {
        loop {
            let c = self.chunk(pos)?;
            if c.is_empty() {
                return Some(pos);
            }
            match c.iter().position(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t')) {
                Some(i) => return Some(pos + i),
                None => pos += c.len(),
            }
        }
    }

    /// The end of the bytes kept from `pos` on without a gap.
    fn kept_until(&self, pos: usize) -> usize {
        let mut i = pos / self.block_len;
        while self.blocks.get(i).is_some_and(|b| b.is_some()) {
            i += 1;
        }
        (i * self.block_len).min(self.len)
    }

    /// Frees the blocks that end at or before `pos`.
    fn release_before(&mut self, pos: usize) {
        for b in self.blocks.iter_mut().take(pos / self.block_len) {
            *b = None;
        }
    }

    /// Keeps only the blocks that hold `[from, to)`.
    fn keep_only(&mut self, from: usize, to: usize) {
        let (first, last) = (from / self.block_len, to.saturating_sub(1) / self.block_len);
        for (i, b) in self.blocks.iter_mut().enumerate() {
            if i < first || i > last {
                *b = None;
            }
        }
    }
}

/// Index of the first `"` or `\` in `s`.
fn find_quote_or_backslash(s: &[u8]) -> Option<usize> {
    memchr::memchr2(b'"', b'\\', s)
}

/// The position after the string whose opening quote is at `pos`.
fn skip_string<B: AsRef<[u8]>>(b: &Blocks<B>, pos: usize) -> Option<usize> {
    let mut pos = pos + 1;
    loop {
        let c = b.chunk(pos)?;
        if c.is_empty() {
            return None;
        }
        match find_quote_or_backslash(c) {
            Some(i) if c[i] == b'"' => return Some(pos + i + 1),
            Some(i) => pos += i + 2,
            None => pos += c.len(),
        }
    }
}

/// The position after the JSON value starting at `pos` (structure only; not validated).
fn skip_value<B: AsRef<[u8]>>(b: &Blocks<B>, mut pos: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        let c = b.byte(pos)?;
        match c {
            b'"' => pos = skip_string(b, pos)?,
            b'{' | b'[' => {
                depth += 1;
                pos += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                pos += 1;
            }
            _ if depth == 0 => {
                // A number or literal.
                let start = pos;
                while let Some(c) = b.byte(pos) {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                        break;
                    }
                    pos += 1;
                }
                return (pos > start).then_some(pos);
            }
            _ => pos += 1,
        }
        if depth == 0 {
            return Some(pos);
        }
    }
}

/// The position of the `[` that opens the top-level `events` array.
fn find_events<B: AsRef<[u8]>>(b: &Blocks<B>) -> Option<usize> {
    let mut pos = b.skip_ws(0)?;
    if b.byte(pos)? != b'{' {
        return None;
    }
    pos += 1;
    loop {
        pos = b.skip_ws(pos)?;
        if b.byte(pos)? != b'"' {
            return None;
        }
        let end = skip_string(b, pos)?;
        let key = b.gather(pos + 1, end - 1)?;
        if key.contains(&b'\\') {
            return None;
        }
        pos = b.skip_ws(end)?;
        if b.byte(pos)? != b':' {
            return None;
        }
        pos = b.skip_ws(pos + 1)?;
        if key == b"events" {
            return (b.byte(pos)? == b'[').then_some(pos);
        }
        pos = b.skip_ws(skip_value(b, pos)?)?;
        match b.byte(pos)? {
            b',' => pos += 1,
            _ => return None,
        }
    }
}

/// A guessed start of an event at or after `from`: the `{` of `}`, `,`, `{"`
/// (white space allowed between) where an event parses.
fn guess_cut<B: AsRef<[u8]>>(b: &Blocks<B>, from: usize, limit: usize) -> Option<usize> {
    let mut pos = from;
    while pos < limit {
        let c = b.chunk(pos)?;
        if c.is_empty() {
            return None;
        }
        let Some(i) = memchr::memchr(b'}', c) else {
            pos += c.len();
            continue;
        };
        pos += i + 1;
        let p = b.skip_ws(pos)?;
        if b.byte(p) != Some(b',') {
            continue;
        }
        let p = b.skip_ws(p + 1)?;
        if b.byte(p) != Some(b'{') {
            continue;
        }
        let q = b.skip_ws(p + 1)?;
        if b.byte(q) != Some(b'"') {
            continue;
        }
        // `},{"` also separates the sources of one event: only an event will do,
        // followed by another or by the end of the list.
        if let Some((_, used)) = parse_one(b, p)
            && matches!(b.skip_ws(p + used).and_then(|e| b.byte(e)), Some(b',' | b']'))
        {
            return Some(p);
        }
    }
    None
}

enum End {
    /// Stopped at the start of piece `j`: the cut was right.
    Landed(usize),
    /// Reached the `]`: the bytes from there to the end of the file.
    Closed(Vec<u8>),
    Failed,
}

struct Piece {
    events: Vec<Vec<Event>>,
    count: usize,
    end: End,
}

/// Events per output chunk: about 40 MB, so that each chunk is its own
/// mapping and is returned to the system once moved into the final list.
fn chunk_events() -> usize {
    (40 << 20) / std::mem::size_of::<Event>().max(1)
}

/// Parses the events from `start` (the first event, or for piece 0 the
/// position after `[`) until the array ends or a later cut is reached exactly.
fn parse_piece<B: AsRef<[u8]> + Clone>(
    mut b: Blocks<B>,
    start: usize,
    first: bool,
    cuts: &[(usize, usize)],
    chunked: bool,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Piece {
    let mut piece = Piece { events: vec![Vec::new()], count: 0, end: End::Failed };
    let chunk_cap = if chunked { chunk_events() } else { usize::MAX };
    let Some(mut pos) = b.skip_ws(start) else { return piece };
    if first && b.byte(pos) == Some(b']') {
        piece.end = match b.gather(pos, b.len()) {
            Some(rest) => End::Closed(rest),
            None => End::Failed,
        };
        return piece;
    }
    let mut next_cut = 0;
    // Per block: its text from where this piece enters it, checked as UTF-8 once,
    // so that serde_json need not check every string again.
    loop {
        let bi = pos / b.block_len;
        let Some(block) = b.blocks.get(bi).cloned().flatten() else { return piece };
        // Each pass must move on: bytes that are not UTF-8 where an event
        // should start leave `text` empty, and the ordinary parser names them.
        let entered_at = pos;
        let bytes = &block.as_ref()[pos - bi * b.block_len..];
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            // Up to a character cut by the end of the block (or a bad byte: the parse stops there).
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
        };
        let entry = pos;
        while pos < entry + text.len() {
            let mut it = serde_json::Deserializer::from_str(&text[pos - entry..]).into_iter::<Event>();
            let (ev, used) = match it.next() {
                Some(Ok(ev)) => (ev, it.byte_offset()),
                Some(Err(e)) if !e.is_eof() => return piece,
                _ => match parse_one(&b, pos) {
                    Some(x) => x,
                    None => return piece,
                },
            };
            match piece_step(&mut b, &mut piece, ev, pos + used, cuts, &mut next_cut, chunk_cap, cancelled) {
                Step::Next(p) => pos = p,
                Step::Done => return piece,
            }
        }
        if pos == entered_at {
            return piece;
        }
    }
}

enum Step {
    Next(usize),
    Done,
}

/// Keeps `ev` and moves past the comma after it (`end` is where `ev` ended).
#[allow(clippy::too_many_arguments)]
fn piece_step<B: AsRef<[u8]>>(
    b: &mut Blocks<B>,
    piece: &mut Piece,
    ev: Event,
    end: usize,
    cuts: &[(usize, usize)],
    next_cut: &mut usize,
    chunk_cap: usize,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Step {
    {
        let out = piece.events.last_mut().expect("one chunk at least");
        if out.len() == chunk_cap {
            let mut fresh = Vec::with_capacity(chunk_cap);
            fresh.push(ev);
            piece.events.push(fresh);
        } else {
            if chunk_cap != usize::MAX && out.capacity() == 0 {
                out.reserve_exact(chunk_cap);
            }
            out.push(ev);
        }
        piece.count += 1;
        // One atomic load per event: Cancel answers within a few milliseconds.
        if cancelled() {
            return Step::Done;
        }
        let Some(p) = b.skip_ws(end) else { return Step::Done };
        match b.byte(p) {
            Some(b',') => {
                let Some(pos) = b.skip_ws(p + 1) else { return Step::Done };
                while *next_cut < cuts.len() && cuts[*next_cut].1 < pos {
                    *next_cut += 1;
                }
                if *next_cut < cuts.len() && cuts[*next_cut].1 == pos {
                    piece.end = End::Landed(cuts[*next_cut].0);
                    return Step::Done;
                }
                b.release_before(pos);
                Step::Next(pos)
            }
            Some(b']') => {
                piece.end = match b.gather(p, b.len()) {
                    Some(rest) => End::Closed(rest),
                    None => End::Failed,
                };
                Step::Done
            }
            _ => Step::Done,
        }
    }
}

/// One event at `pos` and the bytes it took.
fn parse_one<B: AsRef<[u8]>>(b: &Blocks<B>, pos: usize) -> Option<(Event, usize)> {
    let chunk = b.chunk(pos)?;
    let mut it = serde_json::Deserializer::from_slice(chunk).into_iter::<Event>();
    match it.next() {
        Some(Ok(ev)) => return Some((ev, it.byte_offset())),
        Some(Err(e)) if !e.is_eof() => return None,
        _ => {}
    }
    // The event runs past the end of this block: copy it out, growing the copy until it parses.
    let end = b.kept_until(pos);
    if pos + chunk.len() >= end {
        return None;
    }
    let mut want = chunk.len() + (64 << 10);
    loop {
        let to = (pos + want).min(end);
        let bytes = b.gather(pos, to)?;
        let mut it = serde_json::Deserializer::from_slice(&bytes).into_iter::<Event>();
        match it.next() {
            Some(Ok(ev)) => return Some((ev, it.byte_offset())),
            Some(Err(e)) if e.is_eof() && to < end => want *= 4,
            _ => return None,
        }
    }
}

/// Frees `x` on a thread of its own: after Cancel, freeing a million parsed
/// events takes longer than the 100 ms in which loading should stop.
pub(crate) fn free_later<T: Send + 'static>(x: T) {
    std::thread::spawn(move || drop(x));
}

/// Parses a whole dataset on up to `threads` threads, or returns `None` (then
/// parse it the ordinary way). Also `None` soon after `cancelled` turns true.
pub fn parse<B: AsRef<[u8]> + Clone + Send + Sync>(b: Blocks<B>, threads: usize, cancelled: &(dyn Fn() -> bool + Sync)) -> Option<Dataset> {
    let pieces = threads.clamp(1, 16).min((b.len() / MIN_PIECE).max(1));
    parse_in_pieces(b, pieces, cancelled)
}

fn parse_in_pieces<B: AsRef<[u8]> + Clone + Send + Sync>(
    mut b: Blocks<B>,
    pieces: usize,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Dataset> {
    if cancelled() {
        return None;
    }
    let open = find_events(&b)?;
    let len = b.len();
    let cuts = guess_cuts(&b, open, pieces);
    // Everything before the events, then `]}`: the rest of the file, in the usual layout.
    let mut top_doc = b.gather(0, open + 1)?;
    top_doc.extend_from_slice(b"]}");
    let starts: Vec<usize> = std::iter::once(open + 1).chain(cuts.iter().map(|c| c.1)).collect();
    let chunked = len >= BLOCK / 4;
    let views = piece_views(&b, &starts);
    // The file's own copy goes: from now on a block lives as long as a piece needs it.
    b.blocks.clear();
    drop(b);

    let (mut parsed, top, top_doc) = parse_all_pieces(views, &starts, &cuts, chunked, cancelled, top_doc);
    if cancelled() {
        free_later((parsed, top));
        return None;
    }
    let (chain, rest) = follow_pieces(&mut parsed)?;
    let mut ds = top_with_rest(top, top_doc, &rest)?;
    ds.events = join_events(parsed, &chain);
    Some(ds)
}

/// Guessed cuts: (piece number, position of the `{` of its first event).
fn guess_cuts<B: AsRef<[u8]>>(b: &Blocks<B>, open: usize, pieces: usize) -> Vec<(usize, usize)> {
    let len = b.len();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for i in 1..pieces {
        let from = open + (len - open) * i / pieces;
        let from = from.max(cuts.last().map_or(0, |c| c.1 + 1));
        if let Some(p) = guess_cut(b, from, (from + (16 << 20)).min(len)) {
            cuts.push((cuts.len() + 1, p));
        }
    }
    cuts
}

/// Each piece keeps only the blocks up to the next cut (the last one: to the end).
fn piece_views<B: AsRef<[u8]> + Clone>(b: &Blocks<B>, starts: &[usize]) -> Vec<Blocks<B>> {
    let len = b.len();
    starts
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let mut v = b.clone();
            v.keep_only(s, starts.get(i + 1).map_or(len, |&n| n + 1));
            v
        })
        .collect()
}

/// Above this size, the text before the events is freed once parsed (it is
/// mostly the articles: 100 MB of a 500 MB file, held while the events are
/// parsed); the rare keys after the events are then read on their own.
const KEEP_TOP: usize = 1 << 20;

/// Parses every piece (on a thread each when there are several) and, meanwhile,
/// everything but the events. Gives `top_doc` back unless it was freed (see `KEEP_TOP`).
fn parse_all_pieces<B: AsRef<[u8]> + Clone + Send + Sync>(
    views: Vec<Blocks<B>>,
    starts: &[usize],
    cuts: &[(usize, usize)],
    chunked: bool,
    cancelled: &(dyn Fn() -> bool + Sync),
    top_doc: Vec<u8>,
) -> (Vec<Piece>, Option<Dataset>, Option<Vec<u8>>) {
    let parse_top = |top_doc: Vec<u8>| {
        let top = serde_json::from_slice::<Dataset>(&top_doc).ok();
        let keep = top.is_none() || top_doc.len() <= KEEP_TOP;
        (top, keep.then_some(top_doc))
    };
    if views.len() == 1 {
        // Small file: no threads (starting one can cost more than the parse).
        let v = views.into_iter().next().expect("one view");
        let piece = parse_piece(v, starts[0], true, cuts, chunked, cancelled);
        let (top, top_doc) = parse_top(top_doc);
        return (vec![piece], top, top_doc);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = views
            .into_iter()
            .zip(starts)
            .enumerate()
            .map(|(i, (v, &start))| {
                let later = &cuts[i.min(cuts.len())..];
                s.spawn(move || parse_piece(v, start, i == 0, later, chunked, cancelled))
            })
            .collect();
        // Meanwhile: everything but the events, assuming the file ends right after them.
        let (top, top_doc) = parse_top(top_doc);
        let parsed: Vec<Piece> =
            handles.into_iter().map(|h| h.join().unwrap_or(Piece { events: Vec::new(), count: 0, end: End::Failed })).collect();
        (parsed, top, top_doc)
    })
}

/// Follow the pieces from the first: each ends where another begins, or at `]`.
/// Returns the pieces in file order and the bytes after the `]`.
fn follow_pieces(parsed: &mut [Piece]) -> Option<(Vec<usize>, Vec<u8>)> {
    let mut chain = Vec::new();
    let mut i = 0;
    let rest = loop {
        chain.push(i);
        match &mut parsed[i].end {
            End::Landed(j) => i = *j,
            End::Closed(rest) => break std::mem::take(rest),
            End::Failed => return None,
        }
    };
    Some((chain, rest))
}

/// The dataset without its events: `top` if the file ends right after them,
/// else `top_doc` parsed again with what follows (`rest`), or, when `top_doc`
/// was freed, `top` with the unknown keys that follow.
fn top_with_rest(top: Option<Dataset>, top_doc: Option<Vec<u8>>, rest: &[u8]) -> Option<Dataset> {
    match (top, top_doc) {
        (Some(ds), _)
            if rest.len() >= 2
                && rest[1..].iter().all(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'}'))
                && rest[1..].iter().filter(|&&b| b == b'}').count() == 1 =>
        {
            Some(ds)
        }
        (_, Some(mut top_doc)) => {
            // Something follows the events: parse the rest again with it.
            top_doc.truncate(top_doc.len() - 2);
            top_doc.extend_from_slice(rest);
            serde_json::from_slice::<Dataset>(&top_doc).ok()
        }
        (Some(ds), None) => with_keys_after(ds, rest),
        (None, None) => None,
    }
}

/// `ds` with the keys after its events (`rest` starts at the `]` that ends
/// them), as the ordinary parser would read them: unknown keys only (a known
/// one, given twice or not, is left to the ordinary parser).
fn with_keys_after(mut ds: Dataset, rest: &[u8]) -> Option<Dataset> {
    let after = rest.strip_prefix(b"]")?;
    let after = after.trim_ascii_start().strip_prefix(b",")?;
    let mut doc = Vec::with_capacity(after.len() + 1);
    doc.push(b'{');
    doc.extend_from_slice(after);
    let keys: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(&doc).ok()?;
    // No key after the comma (`],}`) is a syntax error.
    if keys.is_empty() || keys.keys().any(|k| Dataset::KEYS.contains(&k.as_str())) {
        return None;
    }
    for (k, v) in keys {
        ds.extra.insert(k, v);
    }
    Some(ds)
}

/// The events of the pieces in `chain`, in order, moved into one list.
// Boxed on purpose: removing or inserting an event moves 8 bytes per later event (see `Dataset::events`).
#[allow(clippy::vec_box)]
fn join_events(mut parsed: Vec<Piece>, chain: &[usize]) -> Vec<Box<Event>> {
    let total: usize = chain.iter().map(|&i| parsed[i].count).sum();
    let mut events = Vec::with_capacity(total);
    for &i in chain {
        for chunk in std::mem::take(&mut parsed[i].events) {
            events.extend(chunk.into_iter().map(Box::new));
        }
    }
    drop(parsed);
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_quotes_and_backslashes() {
        assert_eq!(find_quote_or_backslash(b"abcdefghij\"k"), Some(10));
        assert_eq!(find_quote_or_backslash(b"ab\\cdefghij\"k"), Some(2));
        assert_eq!(find_quote_or_backslash(b"abcdefgh"), None);
        assert_eq!(find_quote_or_backslash("é€\"".as_bytes()), Some(5));
        for n in 0..40 {
            let mut v = vec![b'x'; n];
            v.push(b'"');
            assert_eq!(find_quote_or_backslash(&v), Some(n));
        }
    }

    fn parse_in_blocks(text: &str, block_len: usize, pieces: usize) -> Option<Dataset> {
        let bytes = text.as_bytes();
        let blocks = bytes.chunks(block_len).map(|c| Some(Shared(Arc::new(c.to_vec())))).collect();
        parse_in_pieces(Blocks { blocks, block_len, len: bytes.len() }, pieces, &|| false)
    }

    #[test]
    fn same_result_as_serde_for_any_block_size_and_cut() {
        let text = crate::model::SAMPLE_JSON;
        let want: Dataset = serde_json::from_str(text).unwrap();
        for block_len in [7, 64, 1000, 4096, 1 << 20] {
            for pieces in [1, 2, 3, 7] {
                let got = parse_in_blocks(text, block_len, pieces).unwrap_or_else(|| panic!("block {block_len}, {pieces} pieces"));
                assert_eq!(got, want, "block {block_len}, {pieces} pieces");
            }
        }
        assert_eq!(parse(Blocks::borrowed(text.as_bytes()), 2, &|| false), Some(want.clone()));
        assert_eq!(parse(Blocks::borrowed(text.as_bytes()), 2, &|| true), None, "cancelled");
        let read = Blocks::read(text.as_bytes(), text.len() as u64, |_| true).unwrap();
        assert_eq!(parse(read, 2, &|| false), Some(want));
        assert!(Blocks::read(text.as_bytes(), 0, |_| false).is_err());
        // Cuts anywhere, with pieces this small.
        let bytes = text.as_bytes();
        let open = find_events(&Blocks::borrowed(bytes)).unwrap();
        for from in (open..bytes.len()).step_by(97) {
            let b = Blocks::borrowed(bytes);
            let Some(cut) = guess_cut(&b, from, bytes.len()) else { continue };
            let piece = parse_piece(b.clone(), cut, false, &[], false, &|| false);
            // Every guessed cut in the sample is a real event start.
            assert!(matches!(piece.end, End::Closed(_)), "cut at {cut}");
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_where_an_event_starts_end_the_parse() {
        // Once an endless loop: the piece made no progress on an empty `str`.
        for bytes in [&b"{\"lanes\":[],\"articles\":[],\"events\":[\xFF]}"[..], b"{\"lanes\":[],\"articles\":[],\"events\":[{}, \xC3]}"] {
            for block_len in [1, 2, 5, 1 << 20] {
                let blocks = bytes.chunks(block_len).map(|c| Some(Shared(Arc::new(c.to_vec())))).collect();
                assert_eq!(parse_in_pieces(Blocks { blocks, block_len, len: bytes.len() }, 1, &|| false), None);
            }
        }
    }

    #[test]
    fn a_long_number_in_an_unknown_field_reads_the_same_both_ways() {
        // Found by the fuzz harness: without serde_json's `float_roundtrip`, a
        // number with more digits than an f64 holds was rounded differently by
        // the two parsers, so saving and loading again changed it.
        let digits = "1".repeat(200);
        let text = format!(
            r#"{{"lanes":[{{"id":"l","label":"L"}}],"articles":[],"events":[{{"id":"a","lane":"l","title":"t","kind":"claim","precision":"unknown","verification":"reported","sources":[],"x":[{digits}2]}}]}}"#
        );
        let fast = parse(Blocks::borrowed(text.as_bytes()), 1, &|| false).expect("the fast parser reads it");
        let slow: Dataset = serde_json::from_str(&text).unwrap();
        assert_eq!(fast.events[0].rare.extra, slow.events[0].rare.extra);
    }

    #[test]
    fn keys_after_the_events_are_kept_when_the_text_before_them_was_freed() {
        // More than `KEEP_TOP` before the events: that text is freed once parsed.
        let long = "x".repeat(KEEP_TOP + 10);
        let event = r#"{"id":"a","lane":"l","title":"t","kind":"claim","precision":"unknown","verification":"reported","sources":[]}"#;
        for after in [r#","after":[1,{"a":"]"}],"x":2 }"#, r#" , "x" : 3 } "#, r#","lanes":[]}"#, r#","events":[]}"#, r#",}"#] {
            let text = format!(r#"{{"title":"{long}","lanes":[],"articles":[],"x":1,"events":[{event},{event}]{after}"#);
            let want = serde_json::from_str::<Dataset>(&text).ok();
            for pieces in [1, 2] {
                let got = parse_in_blocks(&text, 1 << 20, pieces);
                assert!(got.is_none() || got == want, "{after}");
                if after.contains("\"x\"") {
                    assert_eq!(got.map(|d| d.extra.clone()), want.as_ref().map(|d| d.extra.clone()), "{after}");
                }
            }
        }
    }

    #[test]
    fn odd_layouts_fall_back_or_match() {
        for text in [
            r#"{"events":[],"lanes":[],"articles":[]}"#,
            r#" { "lanes" : [ ] , "x" : { "events" : [1] } , "events" : [ ] , "articles" : [ ] , "after": [1,2,{"a":"]"}] } "#,
            r#"{"lanes":[],"articles":[],"events":[{"id":"a","lane":"l","title":"t","kind":"claim","precision":"unknown","verification":"reported","sources":[]} ,
               {"id":"b","lane":"l","title":"},{\"x","kind":"claim","precision":"unknown","verification":"reported","sources":[],"more":{"n":[1,2]}}]}"#,
        ] {
            let want: Dataset = serde_json::from_str(text).unwrap();
            for block_len in [3, 16, 1 << 20] {
                assert_eq!(parse_in_blocks(text, block_len, 1), Some(want.clone()), "{text}");
                // With cuts, a wrong guess may send it the ordinary way, but never to another result.
                for pieces in [2, 3, 5] {
                    let got = parse_in_blocks(text, block_len, pieces);
                    assert!(got.is_none() || got == Some(want.clone()), "{text}");
                }
            }
        }
        // An escaped key is left to the ordinary way.
        let escaped = r#"{"lanes":[],"articles":[],"\u0065vents":[]}"#;
        assert!(serde_json::from_str::<Dataset>(escaped).is_ok());
        assert_eq!(parse_in_blocks(escaped, 1 << 20, 1), None);
        // A string ending in `},{` looks like a cut; the result is still right.
        let tricky = r#"{"lanes":[],"articles":[],"events":[{"id":"a","lane":"l","title":"t},{","kind":"claim","precision":"unknown","verification":"reported","sources":[]},{"id":"b","lane":"l","title":"t","kind":"claim","precision":"unknown","verification":"reported","sources":[]}]}"#;
        let want: Dataset = serde_json::from_str(tricky).unwrap();
        for pieces in 1..6 {
            let got = parse_in_blocks(tricky, 1 << 20, pieces);
            assert!(got.is_none() || got == Some(want.clone()));
        }
        for bad in [
            r#"{"lanes":[],"articles":[],"events":[{"id":"a"},]}"#,
            r#"{"lanes":[],"articles":[],"events":[] "#,
            r#"{"lanes":[],"articles":[],"events":[],"events":[]}"#,
            r#"{"lanes":[],"articles":[],"events":[]}}"#,
            r#"[]"#,
            "",
        ] {
            assert!(serde_json::from_str::<Dataset>(bad).is_err());
            for pieces in [1, 2] {
                assert_eq!(parse_in_blocks(bad, 5, pieces), None, "{bad}");
            }
        }
    }
}
