//! A validated, indexed copy of a large dataset, kept in the platform's cache
//! folder, so that reopening an unchanged file skips parsing, validation and
//! most of the indexing (issue 12).
//!
//! * Where: `$CHRONOLENS_CACHE_DIR`, else the platform's cache folder
//!   (`$XDG_CACHE_HOME/chronolens` or `~/.cache/chronolens`; `~/Library/Caches/chronolens`
//!   on macOS; `%LOCALAPPDATA%\chronolens\cache` on Windows). Never beside the
//!   user's file. `CHRONOLENS_NO_CACHE=1` turns the cache off.
//! * Which: one cache file per canonical path (`<hash of the path>.clc`), which
//!   names the path, size, modification time and content hash of the file it
//!   was made from. It is used only when all four agree with the file now: the
//!   file is read and hashed on every reopen (while the cache is decoded), so a
//!   file changed without a change of size or time is not mistaken for the old one.
//! * Damage: every part of the cache file has a checksum and every count and
//!   index is checked before use; a cache file that fails any check is ignored
//!   (the file is loaded in full and the cache written anew). It is written to
//!   a temporary file and renamed into place (`atomic.rs`).
//! * Size: files under `min_bytes` are not cached; after each write the oldest
//!   cache files (by last use) go until the folder is under `max_total_bytes`.
//!
//! Layout (little-endian; lengths and counts as LEB128 varints):
//! `header` (magic, version, key), then the parts (each with its checksum in
//! the table), then the table, then a 32-byte trailer (table offset, length,
//! checksum, magic). Bump `VERSION` whenever a record or the index changes:
//! the encoders below destructure every record without `..`, so that adding a
//! field does not compile until it is written here.

use super::atomic::AtomicFile;
use super::fastload;
use super::fingerprint::{ContentHash, Fingerprint};
use super::index::{EventIds, EventIndex, LaneEvents, hash_str};
use super::load::{LoadTimings, Loaded};
use super::progress::{LoadProgress, Stage};
use super::record::Extra;
use super::time::{OptSpan, Span};
use super::types::{Article, Dataset, Event, EventRare, Kind, Lane, Precision, SmallText, Source, SourceRare, Verification, View};
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime};

/// Format version of the cache file; a file of another version is ignored.
pub const VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"CLNSCACH";
const END_MAGIC: &[u8; 8] = b"CLNSEND\0";
const TRAILER: u64 = 32;
/// Files smaller than this are loaded in full: they load in under 0.1 s
/// anyway, and the test suites' files of a few MB in fresh temporary folders
/// would each leave a cache file behind.
pub const DEFAULT_MIN_BYTES: u64 = 16 << 20;
/// The cache folder is kept under this size (oldest used first out).
pub const DEFAULT_MAX_TOTAL_BYTES: u64 = 4 << 30;
const EXTENSION: &str = "clc";
/// Events per part: about 4 MB each, decoded on all CPUs.
const EVENTS_PER_PART: usize = 8192;
/// Bytes of article text per part, about.
const ARTICLE_BYTES_PER_PART: usize = 4 << 20;

/// Where the cache is and how large it may grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheConfig {
    /// `None`: no cache.
    pub dir: Option<PathBuf>,
    /// Files smaller than this are not cached.
    pub min_bytes: u64,
    /// The folder's cache files are kept under this total.
    pub max_total_bytes: u64,
}

impl CacheConfig {
    /// From the environment (see the module's notes). The library's own
    /// tests use no cache unless `CHRONOLENS_CACHE_DIR` names one.
    pub fn from_env() -> Self {
        if cfg!(test) && std::env::var_os("CHRONOLENS_CACHE_DIR").is_none() {
            return Self::disabled();
        }
        Self::from_vars(|k| std::env::var_os(k))
    }

    /// From variables looked up by `get`: `CHRONOLENS_NO_CACHE` (anything but
    /// empty or `0` turns the cache off), `CHRONOLENS_CACHE_DIR`,
    /// `CHRONOLENS_CACHE_MAX_MB`, then the platform's.
    pub fn from_vars(get: impl Fn(&str) -> Option<OsString>) -> Self {
        let set = |k: &str| get(k).filter(|v| !v.is_empty());
        let max_total_bytes = set("CHRONOLENS_CACHE_MAX_MB")
            .and_then(|v| v.to_str().and_then(|s| s.trim().parse::<u64>().ok()))
            .map_or(DEFAULT_MAX_TOTAL_BYTES, |mb| mb.saturating_mul(1 << 20));
        let off = set("CHRONOLENS_NO_CACHE").is_some_and(|v| v != "0");
        let dir = if off { None } else { set("CHRONOLENS_CACHE_DIR").map(PathBuf::from).or_else(|| platform_dir(&set)) };
        Self { dir, min_bytes: DEFAULT_MIN_BYTES, max_total_bytes }
    }

    /// A cache in `dir` for files of any size (tests).
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Self { dir: Some(dir.into()), min_bytes: 0, max_total_bytes: DEFAULT_MAX_TOTAL_BYTES }
    }

    pub fn disabled() -> Self {
        Self { dir: None, min_bytes: DEFAULT_MIN_BYTES, max_total_bytes: DEFAULT_MAX_TOTAL_BYTES }
    }

    /// Whether a file of `len` bytes is looked up and cached.
    pub fn applies(&self, len: u64) -> bool {
        self.dir.is_some() && len >= self.min_bytes
    }

    /// The cache file of the file at canonical path `canonical`.
    pub fn file_for(&self, canonical: &Path) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        Some(dir.join(format!("{:016x}.{EXTENSION}", ContentHash::of(&path_bytes(canonical)))))
    }
}

/// The platform's cache folder, with `chronolens` in it.
fn platform_dir(set: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let absolute = |v: OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    if cfg!(windows) {
        return set("LOCALAPPDATA").and_then(absolute).map(|d| d.join("chronolens").join("cache"));
    }
    let home = set("HOME").and_then(absolute);
    if cfg!(target_os = "macos") {
        return home.map(|h| h.join("Library").join("Caches").join("chronolens"));
    }
    set("XDG_CACHE_HOME").and_then(absolute).or_else(|| home.map(|h| h.join(".cache"))).map(|d| d.join("chronolens"))
}

fn path_bytes(p: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        p.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        p.to_string_lossy().into_owned().into_bytes()
    }
}

/// What the cache did for one load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// No cache (`CHRONOLENS_NO_CACHE`, or no cache folder).
    Disabled,
    /// The file is too small to be worth it.
    Small,
    /// No cache file for this path.
    Missing,
    /// The cache file was made from another version of the file.
    Stale,
    /// The cache file failed a check (why).
    Damaged(String),
    /// Loaded from the cache.
    Hit,
}

impl Outcome {
    /// Whether a full load should write the cache afterwards.
    pub fn should_store(&self) -> bool {
        matches!(self, Outcome::Missing | Outcome::Stale | Outcome::Damaged(_))
    }
}

pub(crate) enum Lookup {
    Hit(Box<Loaded>),
    Miss(Outcome),
    Cancelled,
}

/// What identifies the file a cache was made from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    path: Vec<u8>,
    len: u64,
    modified_ns: Option<u128>,
    hash: u64,
}

// ---------------------------------------------------------------- encoding

/// Numbers and lengths in `.0`, the text of every string in `.1`: a part is
/// `var(len of text) text numbers`, so that its text is checked as UTF-8 once.
struct Enc(Vec<u8>, Vec<u8>);

impl Enc {
    fn new() -> Self {
        Self(Vec::new(), Vec::new())
    }
    /// The part's bytes.
    fn finish(self) -> Vec<u8> {
        let mut out = Enc(Vec::with_capacity(self.0.len() + self.1.len() + 10), Vec::new());
        out.var(self.1.len() as u64);
        out.0.extend_from_slice(&self.1);
        out.0.extend_from_slice(&self.0);
        out.0
    }
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn var(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push(v as u8 | 0x80);
            v >>= 7;
        }
        self.0.push(v as u8);
    }
    fn bytes(&mut self, b: &[u8]) {
        self.var(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.var(s.len() as u64);
        self.1.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: &Option<impl AsRef<str>>) {
        match s {
            None => self.var(0),
            Some(s) => {
                let s = s.as_ref();
                self.var(s.len() as u64 + 1);
                self.1.extend_from_slice(s.as_bytes());
            }
        }
    }
    fn strs(&mut self, v: &[String]) {
        self.var(v.len() as u64);
        v.iter().for_each(|s| self.str(s));
    }
    fn opt_strs(&mut self, v: &Option<Vec<String>>) {
        match v {
            None => self.var(0),
            Some(v) => {
                self.var(v.len() as u64 + 1);
                v.iter().for_each(|s| self.str(s));
            }
        }
    }
    fn opt_bool(&mut self, v: Option<bool>) {
        self.u8(match v {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        });
    }
    /// An enum by its place in `all`; `None` is 0.
    fn opt_enum<T: PartialEq>(&mut self, v: Option<T>, all: &[T]) {
        self.u8(v.and_then(|v| all.iter().position(|a| *a == v)).map_or(0, |i| i as u8 + 1));
    }
    /// The unknown fields, as JSON (almost always none: one byte).
    fn extra(&mut self, e: &Extra) {
        if e.is_empty() {
            return self.var(0);
        }
        let json = serde_json::to_string(&**e).unwrap_or_default();
        self.var(json.len() as u64 + 1);
        self.1.extend_from_slice(json.as_bytes());
    }
    fn u32s(&mut self, v: &[u32]) {
        self.var(v.len() as u64);
        v.iter().for_each(|&x| self.u32(x));
    }

    fn lane(&mut self, l: &Lane) {
        let Lane { id, label, color, extra } = l;
        self.str(id);
        self.str(label);
        self.opt_str(color);
        self.extra(extra);
    }

    fn view(&mut self, v: &View) {
        let View {
            name,
            from,
            to,
            hidden_lanes,
            lane_order,
            collapsed_lanes,
            split_lanes,
            only_single_source,
            only_contradicted,
            review,
            tag,
            search,
            selected,
            extra,
        } = v;
        self.str(name);
        self.str(from);
        self.str(to);
        self.opt_strs(hidden_lanes);
        self.opt_strs(lane_order);
        self.opt_strs(collapsed_lanes);
        self.opt_strs(split_lanes);
        self.opt_bool(*only_single_source);
        self.opt_bool(*only_contradicted);
        self.opt_str(review);
        self.opt_str(tag);
        self.opt_str(search);
        self.opt_str(selected);
        self.extra(extra);
    }

    fn article(&mut self, a: &Article) {
        let Article { id, title, outlet, url, published, published_from, paragraphs, extra } = a;
        self.str(id);
        self.str(title);
        self.opt_str(outlet);
        self.opt_str(url);
        self.opt_str(published);
        self.opt_str(published_from);
        self.strs(paragraphs);
        self.extra(extra);
    }

    fn source(&mut self, s: &Source) {
        let Source { article, paragraph, quote, rare } = s;
        let SourceRare { start, end, precision, verification, extra } = &**rare;
        self.str(article);
        self.var(*paragraph as u64);
        self.str(quote);
        self.opt_str(start);
        self.opt_str(end);
        self.opt_enum(*precision, &Precision::ALL);
        self.opt_enum(*verification, &Verification::ALL);
        self.extra(extra);
    }

    fn event(&mut self, ev: &Event) {
        let Event { id, lane, title, actor, kind, start, end, precision, verification, sources, draft, time_cue, rare } = ev;
        let EventRare { notes, same_as, distinct_from, tags, extra } = &**rare;
        self.str(id);
        self.str(lane);
        self.str(title);
        self.opt_str(actor);
        self.opt_enum(Some(*kind), &Kind::ALL);
        self.opt_str(start);
        self.opt_str(end);
        self.opt_enum(Some(*precision), &Precision::ALL);
        self.opt_enum(Some(*verification), &Verification::ALL);
        self.var(sources.len() as u64);
        sources.iter().for_each(|s| self.source(s));
        self.opt_bool(*draft);
        self.opt_str(time_cue);
        self.opt_str(notes);
        self.opt_str(same_as);
        self.opt_strs(distinct_from);
        self.opt_strs(tags);
        self.extra(extra);
    }
}

// ---------------------------------------------------------------- decoding

type Bad = String;

struct Dec<'a> {
    b: &'a [u8],
    p: usize,
    /// The part's text, checked as UTF-8 as a whole, and how far it is read.
    text: &'a str,
    tp: usize,
}

fn bad<T>(what: &str) -> Result<T, Bad> {
    Err(what.to_owned())
}

impl<'a> Dec<'a> {
    fn new(b: &'a [u8]) -> Self {
        Self { b, p: 0, text: "", tp: 0 }
    }
    /// A part: its text, then its numbers.
    fn part(b: &'a [u8]) -> Result<Self, Bad> {
        let mut d = Self::new(b);
        let n = d.count(1)?;
        let text = std::str::from_utf8(d.take(n)?).map_err(|_| "text that is not UTF-8".to_owned())?;
        Ok(Self { text, ..d })
    }
    fn rest(&self) -> usize {
        self.b.len() - self.p
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], Bad> {
        if n > self.rest() {
            return bad("cut short");
        }
        let s = &self.b[self.p..self.p + n];
        self.p += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, Bad> {
        Ok(self.take(1)?[0])
    }
    fn fixed<const N: usize>(&mut self) -> Result<[u8; N], Bad> {
        Ok(self.take(N)?.try_into().expect("N bytes"))
    }
    fn u16(&mut self) -> Result<u16, Bad> {
        Ok(u16::from_le_bytes(self.fixed()?))
    }
    fn u32(&mut self) -> Result<u32, Bad> {
        Ok(u32::from_le_bytes(self.fixed()?))
    }
    fn u64(&mut self) -> Result<u64, Bad> {
        Ok(u64::from_le_bytes(self.fixed()?))
    }
    fn i64(&mut self) -> Result<i64, Bad> {
        Ok(i64::from_le_bytes(self.fixed()?))
    }
    fn var(&mut self) -> Result<u64, Bad> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7F) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        bad("bad number")
    }
    /// A count of things at least `min_size` bytes each: never more than the bytes left.
    fn count(&mut self, min_size: usize) -> Result<usize, Bad> {
        let n = self.var()?;
        if n > (self.rest() / min_size.max(1)) as u64 {
            return bad("a count larger than the part");
        }
        Ok(n as usize)
    }
    /// The next `len` bytes of the text, which must start and end on a character.
    fn text(&mut self, len: u64) -> Result<String, Bad> {
        self.text_slice(len).map(str::to_owned)
    }
    fn text_slice(&mut self, len: u64) -> Result<&str, Bad> {
        let start = self.tp;
        let end = match usize::try_from(len).ok().and_then(|n| start.checked_add(n)) {
            Some(end) if end <= self.text.len() => end,
            _ => return bad("text cut short"),
        };
        match self.text.get(start..end) {
            Some(s) => {
                self.tp = end;
                Ok(s)
            }
            None => bad("text cut inside a character"),
        }
    }
    fn str(&mut self) -> Result<String, Bad> {
        let n = self.var()?;
        self.text(n)
    }
    /// Short text (ids, dates) straight into its inline form, without a `String` first.
    fn small(&mut self) -> Result<SmallText, Bad> {
        let n = self.var()?;
        self.text_slice(n).map(SmallText::new)
    }
    fn opt_small(&mut self) -> Result<Option<SmallText>, Bad> {
        match self.var()? {
            0 => Ok(None),
            n => self.text_slice(n - 1).map(|s| Some(SmallText::new(s))),
        }
    }
    fn opt_str(&mut self) -> Result<Option<String>, Bad> {
        match self.var()? {
            0 => Ok(None),
            n => self.text(n - 1).map(Some),
        }
    }
    fn strs(&mut self) -> Result<Vec<String>, Bad> {
        let n = self.count(1)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Ok(v)
    }
    fn opt_strs(&mut self) -> Result<Option<Vec<String>>, Bad> {
        match self.var()? {
            0 => Ok(None),
            n if n - 1 <= self.rest() as u64 => {
                let mut v = Vec::with_capacity(n as usize - 1);
                for _ in 1..n {
                    v.push(self.str()?);
                }
                Ok(Some(v))
            }
            _ => bad("a count larger than the part"),
        }
    }
    fn opt_bool(&mut self) -> Result<Option<bool>, Bad> {
        match self.u8()? {
            0 => Ok(None),
            1 => Ok(Some(false)),
            2 => Ok(Some(true)),
            _ => bad("bad flag"),
        }
    }
    fn opt_enum<T: Copy>(&mut self, all: &[T]) -> Result<Option<T>, Bad> {
        match self.u8()? {
            0 => Ok(None),
            i => all.get(i as usize - 1).copied().map(Some).ok_or_else(|| "bad kind, precision or verification".to_owned()),
        }
    }
    fn enum_<T: Copy>(&mut self, all: &[T]) -> Result<T, Bad> {
        self.opt_enum(all)?.ok_or_else(|| "a required value missing".to_owned())
    }
    fn extra(&mut self) -> Result<Extra, Bad> {
        match self.opt_str()? {
            None => Ok(Extra::default()),
            Some(json) => match serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&json) {
                Ok(m) if !m.is_empty() => Ok(Extra::from(m)),
                _ => bad("bad unknown fields"),
            },
        }
    }
    fn u32s(&mut self) -> Result<Vec<u32>, Bad> {
        let n = self.count(4)?;
        let b = self.take(n * 4)?;
        Ok(b.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect())
    }
    fn done(&self) -> Result<(), Bad> {
        if self.rest() == 0 && self.tp == self.text.len() { Ok(()) } else { bad("bytes left over at the end of a part") }
    }

    fn lane(&mut self) -> Result<Lane, Bad> {
        Ok(Lane { id: self.str()?, label: self.str()?, color: self.opt_str()?, extra: self.extra()? })
    }

    fn view(&mut self) -> Result<View, Bad> {
        Ok(View {
            name: self.str()?,
            from: self.str()?,
            to: self.str()?,
            hidden_lanes: self.opt_strs()?,
            lane_order: self.opt_strs()?,
            collapsed_lanes: self.opt_strs()?,
            split_lanes: self.opt_strs()?,
            only_single_source: self.opt_bool()?,
            only_contradicted: self.opt_bool()?,
            review: self.opt_str()?,
            tag: self.opt_str()?,
            search: self.opt_str()?,
            selected: self.opt_str()?,
            extra: self.extra()?,
        })
    }

    fn article(&mut self) -> Result<Article, Bad> {
        Ok(Article {
            id: self.str()?,
            title: self.str()?,
            outlet: self.opt_str()?,
            url: self.opt_str()?,
            published: self.opt_str()?,
            published_from: self.opt_str()?,
            paragraphs: self.strs()?,
            extra: self.extra()?,
        })
    }

    fn source(&mut self) -> Result<Source, Bad> {
        Ok(Source {
            article: self.small()?,
            paragraph: usize::try_from(self.var()?).map_err(|_| "bad paragraph".to_owned())?,
            quote: self.str()?.into(),
            rare: SourceRare {
                start: self.opt_small()?,
                end: self.opt_small()?,
                precision: self.opt_enum(&Precision::ALL)?,
                verification: self.opt_enum(&Verification::ALL)?,
                extra: self.extra()?,
            }
            .into(),
        })
    }

    fn event(&mut self) -> Result<Event, Bad> {
        Ok(Event {
            id: self.small()?,
            lane: self.small()?,
            title: self.str()?.into(),
            actor: self.opt_small()?,
            kind: self.enum_(&Kind::ALL)?,
            start: self.opt_small()?,
            end: self.opt_small()?,
            precision: self.enum_(&Precision::ALL)?,
            verification: self.enum_(&Verification::ALL)?,
            sources: {
                let n = self.count(4)?;
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.source()?);
                }
                v
            },
            draft: self.opt_bool()?,
            time_cue: self.opt_small()?,
            rare: EventRare {
                notes: self.opt_str()?,
                same_as: self.opt_small()?,
                distinct_from: self.opt_strs()?,
                tags: self.opt_strs()?,
                extra: self.extra()?,
            }
            .into(),
        })
    }
}

// ---------------------------------------------------------------- parts

const META: u8 = 0;
const ORDER: u8 = 1;
const ARTICLES: u8 = 2;
const EVENTS: u8 = 3;

/// One part of the file: what it holds (records `first..first + count`) and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Part {
    kind: u8,
    first: u64,
    count: u64,
    offset: u64,
    len: u64,
    checksum: u64,
}

/// A part decoded.
#[allow(clippy::vec_box)] // as in `Dataset::events`
enum Decoded {
    Meta { format: Option<String>, title: Option<String>, views: Option<Vec<View>>, lanes: Vec<Lane>, extra: Extra },
    Order { by_time: Vec<u32>, undated: Vec<u32>, by_article: Vec<Vec<u32>> },
    Articles(Vec<Article>),
    Events { events: Vec<Box<Event>>, lane_of: Vec<u16>, spans: Vec<OptSpan>, hashes: Vec<u64> },
}

fn encode_part(kind: u8, first: usize, count: usize, loaded: &Loaded) -> Vec<u8> {
    let (ds, ix) = (&loaded.dataset, &loaded.index);
    let mut e = Enc::new();
    match kind {
        META => {
            let Dataset { format, title, views, lanes, articles: _, events: _, extra } = ds;
            e.opt_str(format);
            e.opt_str(title);
            match views {
                None => e.var(0),
                Some(views) => {
                    e.var(views.len() as u64 + 1);
                    views.iter().for_each(|v| e.view(v));
                }
            }
            e.var(lanes.len() as u64);
            lanes.iter().for_each(|l| e.lane(l));
            e.extra(extra);
        }
        ORDER => {
            e.u32s(&ix.by_time);
            e.u32s(&ix.undated);
            e.var(ix.by_article.len() as u64);
            ix.by_article.iter().for_each(|v| e.u32s(v));
        }
        ARTICLES => {
            e.1.reserve(ARTICLE_BYTES_PER_PART + (ARTICLE_BYTES_PER_PART >> 3));
            ds.articles[first..first + count].iter().for_each(|a| e.article(a));
        }
        _ => {
            e.0.reserve(count * 64);
            e.1.reserve(count * 512);
            for i in first..first + count {
                e.event(&ds.events[i]);
                e.u16(ix.lane_of[i]);
                match ix.spans[i].get() {
                    None => e.u8(0),
                    Some(s) => {
                        e.u8(1);
                        e.i64(s.lo);
                        e.i64(s.hi);
                    }
                }
            }
        }
    }
    e.finish()
}

fn decode_part(part: &Part, bytes: &[u8], cancelled: &dyn Fn() -> bool) -> Result<Option<Decoded>, Bad> {
    let mut d = Dec::part(bytes)?;
    let out = match part.kind {
        META => {
            let format = d.opt_str()?;
            let title = d.opt_str()?;
            let views = match d.var()? {
                0 => None,
                n if n - 1 <= d.rest() as u64 / 3 => {
                    let mut views = Vec::with_capacity(n as usize - 1);
                    for _ in 1..n {
                        views.push(d.view()?);
                    }
                    Some(views)
                }
                _ => return bad("a count larger than the part"),
            };
            let n = d.count(3)?;
            let mut lanes = Vec::with_capacity(n);
            for _ in 0..n {
                lanes.push(d.lane()?);
            }
            Decoded::Meta { format, title, views, lanes, extra: d.extra()? }
        }
        ORDER => {
            let by_time = d.u32s()?;
            let undated = d.u32s()?;
            let n = d.count(1)?;
            let mut by_article = Vec::with_capacity(n);
            for _ in 0..n {
                by_article.push(d.u32s()?);
            }
            Decoded::Order { by_time, undated, by_article }
        }
        ARTICLES => {
            let n = part.count as usize;
            let mut v = Vec::with_capacity(n);
            for _ in 0..n {
                v.push(d.article()?);
            }
            Decoded::Articles(v)
        }
        _ => {
            let n = part.count as usize;
            let (mut events, mut lane_of, mut spans, mut hashes) =
                (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
            for i in 0..n {
                if i % 1024 == 0 && cancelled() {
                    fastload::free_later(events);
                    return Ok(None);
                }
                let ev = d.event()?;
                hashes.push(hash_str(&ev.id));
                events.push(Box::new(ev));
                lane_of.push(d.u16()?);
                spans.push(match d.u8()? {
                    0 => OptSpan::NONE,
                    1 => match (Span { lo: d.i64()?, hi: d.i64()? }) {
                        s if OptSpan::fits(s) => Some(s).into(),
                        _ => return bad("bad span"),
                    },
                    _ => return bad("bad span"),
                });
            }
            Decoded::Events { events, lane_of, spans, hashes }
        }
    };
    d.done()?;
    Ok(Some(out))
}

/// The parts of a dataset: the small ones first, then articles and events in
/// pieces of a few MB, so that all CPUs share the work both ways.
fn plan(ds: &Dataset) -> Vec<(u8, usize, usize)> {
    let mut parts = vec![(META, 0, 0), (ORDER, 0, 0)];
    let (mut first, mut bytes) = (0, 0);
    for (i, a) in ds.articles.iter().enumerate() {
        bytes += 64 + a.title.len() + a.paragraphs.iter().map(|p| p.len() + 2).sum::<usize>();
        if bytes >= ARTICLE_BYTES_PER_PART {
            parts.push((ARTICLES, first, i + 1 - first));
            (first, bytes) = (i + 1, 0);
        }
    }
    if first < ds.articles.len() || ds.articles.is_empty() {
        parts.push((ARTICLES, first, ds.articles.len() - first));
    }
    let n = ds.events.len();
    for first in (0..n.max(1)).step_by(EVENTS_PER_PART) {
        parts.push((EVENTS, first, EVENTS_PER_PART.min(n - first)));
    }
    parts
}

fn encode_header(key: &Key) -> Vec<u8> {
    let mut body = Enc::new();
    body.bytes(&key.path);
    body.u64(key.len);
    match key.modified_ns {
        None => body.u8(0),
        Some(t) => {
            body.u8(1);
            body.0.extend_from_slice(&t.to_le_bytes());
        }
    }
    body.u64(key.hash);
    let mut h = Enc(Vec::with_capacity(body.0.len() + 24), Vec::new());
    h.0.extend_from_slice(MAGIC);
    h.u32(VERSION);
    h.u32(body.0.len() as u32);
    h.u64(ContentHash::of(&body.0));
    h.0.extend_from_slice(&body.0);
    h.0
}

/// The key in a cache file's header, and where the header ends.
fn read_header(f: &mut std::fs::File) -> Result<(Key, u64), Bad> {
    let mut fixed = [0u8; 24];
    f.read_exact(&mut fixed).map_err(|_| "no header".to_owned())?;
    let mut d = Dec::new(&fixed);
    if d.take(8)? != MAGIC {
        return bad("not a chronolens cache file");
    }
    if d.u32()? != VERSION {
        return bad("another version");
    }
    let len = d.u32()? as usize;
    let sum = d.u64()?;
    if len > 1 << 20 {
        return bad("header too long");
    }
    let mut body = vec![0u8; len];
    f.read_exact(&mut body).map_err(|_| "header cut short".to_owned())?;
    if ContentHash::of(&body) != sum {
        return bad("header checksum");
    }
    let mut d = Dec::new(&body);
    let n = d.count(1)?;
    let path = d.take(n)?.to_vec();
    let len_ = d.u64()?;
    let modified_ns = match d.u8()? {
        0 => None,
        1 => Some(u128::from_le_bytes(d.fixed()?)),
        _ => return bad("bad header"),
    };
    let hash = d.u64()?;
    d.done()?;
    Ok((Key { path, len: len_, modified_ns, hash }, 24 + len as u64))
}

fn encode_table(parts: &[Part], counts: [u64; 2]) -> Vec<u8> {
    let mut t = Enc(Vec::with_capacity(16 + parts.len() * 41), Vec::new());
    t.u64(counts[0]);
    t.u64(counts[1]);
    t.u32(parts.len() as u32);
    for p in parts {
        t.u8(p.kind);
        t.u64(p.first);
        t.u64(p.count);
        t.u64(p.offset);
        t.u64(p.len);
        t.u64(p.checksum);
    }
    t.0
}

/// The table of parts, checked: one META and one ORDER part, the articles and
/// the events each covered once, in order, every part inside `body`.
fn read_table(f: &mut std::fs::File, body: std::ops::Range<u64>, file_len: u64) -> Result<([u64; 2], Vec<Part>), Bad> {
    if file_len < body.start + TRAILER {
        return bad("cut short");
    }
    let mut trailer = [0u8; TRAILER as usize];
    f.seek(SeekFrom::Start(file_len - TRAILER)).and_then(|_| f.read_exact(&mut trailer)).map_err(|_| "cut short".to_owned())?;
    let mut d = Dec::new(&trailer);
    let (offset, len, sum) = (d.u64()?, d.u64()?, d.u64()?);
    if d.take(8)? != END_MAGIC {
        return bad("no end mark (cut short?)");
    }
    if offset < body.start || offset.checked_add(len) != Some(file_len - TRAILER) || len > 1 << 30 {
        return bad("bad table place");
    }
    let mut table = vec![0u8; len as usize];
    f.seek(SeekFrom::Start(offset)).and_then(|_| f.read_exact(&mut table)).map_err(|_| "cut short".to_owned())?;
    if ContentHash::of(&table) != sum {
        return bad("table checksum");
    }
    let mut d = Dec::new(&table);
    let counts = [d.u64()?, d.u64()?];
    let n = d.u32()? as usize;
    if n > d.rest() / 41 {
        return bad("bad table");
    }
    let mut parts = Vec::with_capacity(n);
    let mut next = [0u64; 2];
    let mut seen = [0usize; 2];
    for _ in 0..n {
        let p = Part { kind: d.u8()?, first: d.u64()?, count: d.u64()?, offset: d.u64()?, len: d.u64()?, checksum: d.u64()? };
        if p.offset < body.start || p.offset.checked_add(p.len).is_none_or(|end| end > offset) {
            return bad("a part outside the file");
        }
        match p.kind {
            META | ORDER => seen[p.kind as usize] += 1,
            ARTICLES | EVENTS => {
                let k = (p.kind - ARTICLES) as usize;
                if p.first != next[k] {
                    return bad("parts out of order");
                }
                next[k] = p.first.checked_add(p.count).ok_or_else(|| "bad count".to_owned())?;
            }
            _ => return bad("unknown part"),
        }
        parts.push(p);
    }
    d.done()?;
    if seen != [1, 1] || next != counts {
        return bad("parts missing");
    }
    Ok((counts, parts))
}

// ---------------------------------------------------------------- reading

fn modified_ns(meta: &std::fs::Metadata) -> Option<u128> {
    meta.modified().ok()?.duration_since(SystemTime::UNIX_EPOCH).ok().map(|d| d.as_nanos())
}

/// Hashes the file as the full load does, reporting progress; `None` when cancelled.
fn hash_file(path: &Path, len: u64, progress: &LoadProgress, failed: &AtomicBool) -> io::Result<Option<u64>> {
    let mut f = std::fs::File::open(path)?;
    // Small enough to stay in the CPU cache between the copy and the hash.
    let mut buf = vec![0u8; 256 << 10];
    let mut h = ContentHash::default();
    let mut done = 0u64;
    loop {
        if progress.is_cancelled() || failed.load(Ordering::Relaxed) {
            return Ok(None);
        }
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        done += n as u64;
        progress.set_done(done.min(len));
    }
    Ok(Some(h.finish()))
}

/// Looks for a valid cache of the file at `path` (whose metadata is `meta`)
/// and, when there is one, rebuilds the `Loaded` from it.
pub(crate) fn lookup(cfg: &CacheConfig, path: &Path, meta: &std::fs::Metadata, name: &str, progress: &LoadProgress) -> Lookup {
    if cfg.dir.is_none() {
        return Lookup::Miss(Outcome::Disabled);
    }
    if !cfg.applies(meta.len()) {
        return Lookup::Miss(Outcome::Small);
    }
    let Ok(canonical) = std::fs::canonicalize(path) else { return Lookup::Miss(Outcome::Missing) };
    let Some(file) = cfg.file_for(&canonical) else { return Lookup::Miss(Outcome::Disabled) };
    let Ok(mut f) = std::fs::File::open(&file) else { return Lookup::Miss(Outcome::Missing) };
    let file_len = match f.metadata() {
        Ok(m) => m.len(),
        Err(e) => return Lookup::Miss(Outcome::Damaged(e.to_string())),
    };
    let (key, header_end) = match read_header(&mut f) {
        Ok(k) => k,
        Err(why) if why == "another version" => return Lookup::Miss(Outcome::Stale),
        Err(why) => return Lookup::Miss(Outcome::Damaged(why)),
    };
    if key.path != path_bytes(&canonical) {
        return Lookup::Miss(Outcome::Missing); // another path with the same hash: ours is not there
    }
    if key.len != meta.len() || key.modified_ns != modified_ns(meta) {
        return Lookup::Miss(Outcome::Stale);
    }
    let (counts, parts) = match read_table(&mut f, header_end..file_len, file_len) {
        Ok(t) => t,
        Err(why) => return Lookup::Miss(Outcome::Damaged(why)),
    };
    drop(f);
    match read_parts(&file, path, meta, key.hash, counts, &parts, name, progress) {
        Ok(Some(loaded)) => {
            // Last used now: eviction takes the oldest first.
            if let Ok(f) = std::fs::File::options().append(true).open(&file) {
                let _ = f.set_modified(SystemTime::now());
            }
            Lookup::Hit(Box::new(loaded))
        }
        Ok(None) => Lookup::Cancelled,
        Err(Miss::Stale) => Lookup::Miss(Outcome::Stale),
        Err(Miss::Damaged(why)) => Lookup::Miss(Outcome::Damaged(why)),
    }
}

enum Miss {
    Stale,
    Damaged(String),
}

/// Decodes every part on all CPUs while another thread hashes the file; the
/// result is kept only if the hash is the one the cache was made from.
#[allow(clippy::too_many_arguments)]
fn read_parts(
    file: &Path,
    path: &Path,
    meta: &std::fs::Metadata,
    want_hash: u64,
    counts: [u64; 2],
    parts: &[Part],
    name: &str,
    progress: &LoadProgress,
) -> Result<Option<Loaded>, Miss> {
    let t0 = Instant::now();
    progress.set_stage(Stage::Reading);
    progress.set_total(meta.len());
    let got = read_and_hash(file, path, meta.len(), parts, progress, t0);
    let read = got.read;
    let Some((decoded, hash)) = judge(got, want_hash, progress)? else {
        return Ok(None);
    };
    let parse = t0.elapsed();
    progress.set_stage(Stage::Indexing);
    let t1 = Instant::now();
    let mut loaded = assemble(decoded, counts, name).map_err(Miss::Damaged)?;
    loaded.timings =
        LoadTimings { bytes: meta.len(), read, parse: parse.saturating_sub(read), validate: Duration::ZERO, index: t1.elapsed() };
    loaded.origin = Some(Fingerprint::new(meta, hash));
    Ok(Some(loaded))
}

/// Each part decoded, in order (`None`: not read).
type DecodedParts = Vec<Option<Decoded>>;

/// What reading the cache's parts and hashing the user's file gave.
struct PartsRead {
    decoded: DecodedParts,
    /// Why a part could not be read or decoded.
    why: Option<String>,
    /// The content hash of the user's file (`Ok(None)`: stopped before its end).
    hashed: io::Result<Option<u64>>,
    /// When hashing ended, from `t0`.
    read: Duration,
}

/// Decodes the parts of the cache file `file` on every CPU while one more
/// thread hashes the user's file `path`.
fn read_and_hash(file: &Path, path: &Path, len: u64, parts: &[Part], progress: &LoadProgress, t0: Instant) -> PartsRead {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let slots: Vec<Mutex<Option<Decoded>>> = parts.iter().map(|_| Mutex::new(None)).collect();
    let why: Mutex<Option<String>> = Mutex::new(None);
    let work = || decode_parts(file, parts, &next, &slots, &failed, &why, progress);
    let mut read = Duration::ZERO;
    let hashed = std::thread::scope(|s| {
        let hasher = s.spawn(|| {
            let r = hash_file(path, len, progress, &failed);
            (r, t0.elapsed())
        });
        let helpers: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        work();
        helpers.into_iter().for_each(|h| {
            if h.join().is_err() {
                failed.store(true, Ordering::Relaxed);
            }
        });
        match hasher.join() {
            Ok((r, t)) => {
                read = t;
                r
            }
            Err(_) => Ok(None),
        }
    });
    let decoded = slots.into_iter().map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner())).collect();
    PartsRead { decoded, why: why.into_inner().unwrap_or_else(|e| e.into_inner()), hashed, read }
}

/// One worker: decodes the next part no other worker took into its slot,
/// until none is left, loading is cancelled or a part fails (then `failed`
/// turns true and `why` says why).
fn decode_parts(
    file: &Path,
    parts: &[Part],
    next: &AtomicUsize,
    slots: &[Mutex<Option<Decoded>>],
    failed: &AtomicBool,
    why: &Mutex<Option<String>>,
    progress: &LoadProgress,
) {
    let cancelled = || progress.is_cancelled() || failed.load(Ordering::Relaxed);
    let Ok(mut f) = std::fs::File::open(file) else {
        failed.store(true, Ordering::Relaxed);
        *why.lock().unwrap_or_else(|e| e.into_inner()) = Some("cannot be opened".to_owned());
        return;
    };
    let mut buf = Vec::new();
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= parts.len() || cancelled() {
            return;
        }
        match read_part(&mut f, &parts[i], &mut buf, &cancelled) {
            Ok(Some(d)) => *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(d),
            Ok(None) => return,
            Err(e) => {
                failed.store(true, Ordering::Relaxed);
                why.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
                return;
            }
        }
    }
}

/// Part `p` of the open cache file, checked against its checksum, decoded
/// (`None`: cancelled).
fn read_part(f: &mut std::fs::File, p: &Part, buf: &mut Vec<u8>, cancelled: &dyn Fn() -> bool) -> Result<Option<Decoded>, Bad> {
    buf.clear();
    f.seek(SeekFrom::Start(p.offset)).map_err(|e| e.to_string())?;
    f.take(p.len).read_to_end(buf).map_err(|e| e.to_string())?;
    if buf.len() as u64 != p.len {
        return bad("cut short");
    }
    if ContentHash::of(buf) != p.checksum {
        return bad("part checksum");
    }
    decode_part(p, buf, cancelled)
}

/// The decoded parts and the file's hash when the cache serves; `Ok(None)`
/// when loading was cancelled; else why it does not. What is not kept is
/// freed on a thread of its own.
fn judge(got: PartsRead, want_hash: u64, progress: &LoadProgress) -> Result<Option<(DecodedParts, u64)>, Miss> {
    let PartsRead { decoded, why, hashed, read: _ } = got;
    if progress.is_cancelled() {
        fastload::free_later(decoded);
        return Ok(None);
    }
    if let Some(why) = why {
        fastload::free_later(decoded);
        return Err(Miss::Damaged(why));
    }
    let hash = match hashed {
        Ok(Some(h)) => h,
        Ok(None) => {
            fastload::free_later(decoded);
            return if progress.is_cancelled() { Ok(None) } else { Err(Miss::Damaged("not all read".to_owned())) };
        }
        Err(e) => {
            fastload::free_later(decoded);
            return Err(Miss::Damaged(format!("the file cannot be read: {e}")));
        }
    };
    if hash != want_hash {
        fastload::free_later(decoded);
        return Err(Miss::Stale);
    }
    Ok(Some((decoded, hash)))
}

/// The dataset and index from the decoded parts, with every index checked
/// against the data (so that nothing below can panic or point elsewhere).
fn assemble(decoded: Vec<Option<Decoded>>, counts: [u64; 2], name: &str) -> Result<Loaded, Bad> {
    let n = counts[1] as usize;
    let mut meta = None;
    let mut order = None;
    let mut articles = Vec::with_capacity(counts[0] as usize);
    let (mut events, mut lane_of, mut spans, mut hashes) =
        (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
    for d in decoded {
        match d {
            None => return bad("a part missing"),
            Some(Decoded::Meta { format, title, views, lanes, extra }) => meta = Some((format, title, views, lanes, extra)),
            Some(Decoded::Order { by_time, undated, by_article }) => order = Some((by_time, undated, by_article)),
            Some(Decoded::Articles(a)) => articles.extend(a),
            Some(Decoded::Events { events: e, lane_of: l, spans: s, hashes: h }) => {
                events.extend(e);
                lane_of.extend(l);
                spans.extend(s);
                hashes.extend(h);
            }
        }
    }
    let (Some((format, title, views, lanes, extra)), Some((by_time, undated, by_article))) = (meta, order) else {
        return bad("a part missing");
    };
    let ds = Dataset { format, title, views, lanes, articles, events, extra };
    if ds.events.len() != n || ds.lanes.len() > u16::MAX as usize + 1 || ds.articles.len() > u32::MAX as usize || n >= u32::MAX as usize {
        return bad("counts differ");
    }
    if lane_of.iter().any(|&l| l as usize >= ds.lanes.len()) {
        return bad("a lane number out of range");
    }
    if undated.windows(2).any(|w| w[0] >= w[1]) || undated.iter().any(|&e| e as usize >= n || spans[e as usize].get().is_some()) {
        return bad("bad undated list");
    }
    if by_time.len() + undated.len() != n {
        return bad("events missing from the time order");
    }
    if by_article.len() != ds.articles.len() || by_article.iter().flatten().any(|&e| e as usize >= n) {
        return bad("bad article lists");
    }
    // One pass over the time order (its reads of `spans` jump about): it must
    // hold the dated events, each once, by (start, end, number); each gets its
    // rank and goes into its lane, as `EventIndex::build` files them. The id
    // table is built meanwhile.
    let (by_time_pass, event_ids) = std::thread::scope(|s| {
        let ids = s.spawn(|| EventIds::build_hashed(ds.events.iter().map(|e| e.id.as_str()), &hashes));
        let pass = (|| -> Result<_, Bad> {
            let mut time_rank = vec![u32::MAX; n];
            let mut lanes: Vec<LaneEvents> = vec![LaneEvents::default(); ds.lanes.len()];
            let mut prev: Option<(i64, i64, u32)> = None;
            let mut last_end: Option<i64> = None;
            for (rank, &e) in by_time.iter().enumerate() {
                let Some(sp) = spans.get(e as usize).and_then(|s| s.get()) else { return bad("an undated or unknown event in time order") };
                if prev.is_some_and(|p| p >= (sp.lo, sp.hi, e)) {
                    return bad("time order not sorted");
                }
                prev = Some((sp.lo, sp.hi, e));
                time_rank[e as usize] = rank as u32;
                lanes[lane_of[e as usize] as usize].push(e, sp.lo, sp.hi);
                last_end = Some(last_end.map_or(sp.hi, |m| m.max(sp.hi)));
            }
            Ok((time_rank, lanes, last_end))
        })();
        (pass, ids.join())
    });
    let (time_rank, lanes, last_end) = by_time_pass?;
    let event_ids = match event_ids {
        Ok(Ok(ids)) => ids,
        _ => return bad("two events with one id"),
    };
    let lane_ids: HashMap<String, u16> = ds.lanes.iter().enumerate().map(|(i, l)| (l.id.clone(), i as u16)).collect();
    let article_ids: HashMap<String, u32> = ds.articles.iter().enumerate().map(|(i, a)| (a.id.clone(), i as u32)).collect();
    if lane_ids.len() != ds.lanes.len() || article_ids.len() != ds.articles.len() {
        return bad("two lanes or articles with one id");
    }
    let extent = match (by_time.first(), last_end) {
        (Some(&first), Some(hi)) => spans[first as usize].get().map(|s| Span { lo: s.lo, hi }),
        _ => None,
    };
    let index = EventIndex { spans, lane_of, lanes, by_time, time_rank, undated, by_article, lane_ids, article_ids, event_ids, extent };
    Ok(Loaded { name: name.to_owned(), dataset: ds, index, timings: LoadTimings::default(), origin: None })
}

// ---------------------------------------------------------------- writing

/// Cache files being written in the background, and what the last writes gave.
struct Writes {
    running: usize,
    done: Vec<io::Result<PathBuf>>,
}

static WRITES: Mutex<Writes> = Mutex::new(Writes { running: 0, done: Vec::new() });
static WRITE_ENDED: Condvar = Condvar::new();

fn writes() -> std::sync::MutexGuard<'static, Writes> {
    WRITES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waits until no cache file is being written (by any thread's load); what
/// the writes that ended since the last call gave.
pub fn wait_for_writes() -> Vec<io::Result<PathBuf>> {
    let mut w = writes();
    while w.running > 0 {
        w = WRITE_ENDED.wait(w).unwrap_or_else(|e| e.into_inner());
    }
    std::mem::take(&mut w.done)
}

fn write_ended(result: io::Result<PathBuf>) {
    let mut w = writes();
    w.running -= 1;
    if w.done.len() >= 16 {
        w.done.drain(..1); // nobody asks in the window: keep a few
    }
    w.done.push(result);
    WRITE_ENDED.notify_all();
}

/// Writes the cache of `loaded`, just loaded in full from `path`. The parts
/// are encoded here, on all CPUs (the data is borrowed), and written to disk
/// by a thread of their own, which finishes (sync, rename, eviction) after
/// this returns: `wait_for_writes` waits for it. Failures are silent: the
/// cache is an optimisation.
pub(crate) fn store(cfg: &CacheConfig, path: &Path, loaded: &Loaded) {
    let Some(origin) = loaded.origin else { return };
    if !cfg.applies(origin.len) {
        return;
    }
    let Ok(canonical) = std::fs::canonicalize(path) else { return };
    let Some(target) = cfg.file_for(&canonical) else { return };
    if make_dir(target.parent().unwrap_or(Path::new("."))).is_err() {
        return;
    }
    let key = Key { path: path_bytes(&canonical), len: origin.len, modified_ns: origin.modified_ns, hash: origin.hash };
    let plan = plan(&loaded.dataset);
    let counts = [loaded.dataset.articles.len() as u64, loaded.dataset.events.len() as u64];
    // A few parts in flight at most: the whole cache is never in memory.
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Vec<u8>, u64)>(8);
    let max_total = cfg.max_total_bytes;
    let kinds: Vec<(u8, u64, u64)> = plan.iter().map(|&(k, f, c)| (k, f as u64, c as u64)).collect();
    let write = move || -> io::Result<PathBuf> {
        let mut out = AtomicFile::create(&target)?;
        let header = encode_header(&key);
        out.write_all(&header)?;
        let mut at = header.len() as u64;
        let mut parts: Vec<Part> = Vec::with_capacity(kinds.len());
        // In plan order (the encoders may finish out of order), so that one
        // dataset always gives the same file.
        let mut early = std::collections::BTreeMap::new();
        for (i, bytes, checksum) in rx {
            early.insert(i, (bytes, checksum));
            while let Some((bytes, checksum)) = early.remove(&parts.len()) {
                out.write_all(&bytes)?;
                let (kind, first, count) = kinds[parts.len()];
                parts.push(Part { kind, first, count, offset: at, len: bytes.len() as u64, checksum });
                at += bytes.len() as u64;
            }
        }
        if parts.len() != kinds.len() {
            return Err(io::Error::other("a part was not encoded"));
        }
        let table = encode_table(&parts, counts);
        out.write_all(&table)?;
        let mut trailer = Enc(Vec::with_capacity(TRAILER as usize), Vec::new());
        trailer.u64(at);
        trailer.u64(table.len() as u64);
        trailer.u64(ContentHash::of(&table));
        trailer.0.extend_from_slice(END_MAGIC);
        out.write_all(&trailer.0)?;
        out.commit()?;
        evict(target.parent().unwrap_or(Path::new(".")), &target, max_total);
        Ok(target)
    };
    writes().running += 1;
    if std::thread::Builder::new().name("cache writer".into()).spawn(move || write_ended(write())).is_err() {
        write_ended(Err(io::Error::other("no thread for the cache writer")));
        return;
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
    let next = AtomicUsize::new(0);
    let work = |tx: std::sync::mpsc::SyncSender<(usize, Vec<u8>, u64)>| {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(kind, first, count)) = plan.get(i) else { return };
            let bytes = encode_part(kind, first, count, loaded);
            let sum = ContentHash::of(&bytes);
            if tx.send((i, bytes, sum)).is_err() {
                return; // the writer gave up
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            let tx = tx.clone();
            s.spawn(move || work(tx));
        }
        work(tx);
    });
}

/// The cache folder, private to the user (it holds copies of their data).
fn make_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Removes the cache files used longest ago until the folder's cache files
/// add up to at most `max_total` bytes (`keep`, just written, goes last), and
/// temporary files left by a writer that stopped more than an hour ago.
fn evict(dir: &Path, keep: &Path, max_total: u64) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut files: Vec<(bool, SystemTime, u64, PathBuf)> = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        let Ok(m) = e.metadata() else { continue };
        if !m.is_file() {
            continue;
        }
        let modified = m.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".tmp") && name.contains(&format!(".{EXTENSION}.")) {
            if modified.elapsed().is_ok_and(|age| age > Duration::from_secs(3600)) {
                let _ = std::fs::remove_file(&p);
            }
            continue;
        }
        if p.extension().is_some_and(|x| x == EXTENSION) {
            files.push((p == keep, modified, m.len(), p));
        }
    }
    let mut total: u64 = files.iter().map(|f| f.2).sum();
    files.sort();
    for (_, _, len, p) in files {
        if total <= max_total {
            break;
        }
        if std::fs::remove_file(&p).is_ok() {
            total -= len;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{Params, generate_bytes};
    use crate::model::load::load_path_cached;

    /// A fresh folder `chronolens-cache-<tag>-XXXXXX` in the temporary folder,
    /// removed with its contents when dropped, whether the test passed or panicked.
    fn tmpdir(tag: &str) -> tempfile::TempDir {
        tempfile::Builder::new().prefix(&format!("chronolens-cache-{tag}-")).tempdir().unwrap()
    }

    fn same(a: &Loaded, b: &Loaded) {
        assert_eq!(a.name, b.name);
        assert!(a.dataset == b.dataset, "datasets differ");
        let (x, y) = (&a.index, &b.index);
        assert_eq!(x.spans, y.spans);
        assert_eq!(x.lane_of, y.lane_of);
        assert_eq!(x.lanes, y.lanes);
        assert_eq!(x.by_time, y.by_time);
        assert_eq!(x.time_rank, y.time_rank);
        assert_eq!(x.undated, y.undated);
        assert_eq!(x.by_article, y.by_article);
        assert_eq!(x.lane_ids, y.lane_ids);
        assert_eq!(x.article_ids, y.article_ids);
        assert_eq!(format!("{:?}", x.event_ids), format!("{:?}", y.event_ids));
        for (id, e) in x.event_ids.iter() {
            assert_eq!(y.event_ids.get(id), Some(&e));
        }
        assert_eq!(x.extent, y.extent);
        assert_eq!(a.origin, b.origin);
    }

    fn load(p: &Path, cfg: &CacheConfig) -> (Loaded, Outcome) {
        let r = load_path_cached(p, &LoadProgress::default(), cfg).unwrap();
        for w in wait_for_writes() {
            w.unwrap();
        }
        r
    }

    fn data(events: usize, seed: u64) -> Vec<u8> {
        generate_bytes(&Params { events, seed, ..Default::default() }).0
    }

    #[test]
    fn a_reopen_from_the_cache_equals_a_full_load() {
        let dir = tmpdir("equal");
        let d = dir.path();
        let p = d.join("data.json");
        std::fs::write(&p, data(3000, 7)).unwrap();
        let cfg = CacheConfig::in_dir(d.join("cache"));
        let (full, o) = load(&p, &cfg);
        assert_eq!(o, Outcome::Missing);
        let (cached, o) = load(&p, &cfg);
        assert_eq!(o, Outcome::Hit);
        same(&full, &cached);
        let (none, o) = load(&p, &CacheConfig::disabled());
        assert_eq!(o, Outcome::Disabled);
        same(&none, &cached);
        // Nothing beside the user's file; one cache file in the cache folder.
        let names: Vec<_> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert_eq!(std::fs::read_dir(d.join("cache")).unwrap().count(), 1);
    }

    #[test]
    fn unknown_fields_views_and_undated_events_come_back() {
        let dir = tmpdir("extra");
        let d = dir.path();
        let p = d.join("data.json");
        let mut v: serde_json::Value = serde_json::from_slice(&data(300, 3)).unwrap();
        v["x-top"] = serde_json::json!({"a": [1, 2.5, null]});
        v["views"] = serde_json::json!([{"name": "v", "from": "2020-01-01", "to": "2021-01-01", "hidden_lanes": [], "x": 1}]);
        v["events"][0]["x-note"] = serde_json::json!("kept");
        v["events"][1]["start"] = serde_json::Value::Null;
        v["events"][1]["precision"] = serde_json::json!("unknown");
        v["events"][2]["tags"] = serde_json::json!(["a", "é"]);
        v["lanes"][0]["color"] = serde_json::json!("#123456");
        std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
        let cfg = CacheConfig::in_dir(d.join("cache"));
        let (full, _) = load(&p, &cfg);
        assert!(!full.index.undated.is_empty());
        let (cached, o) = load(&p, &cfg);
        assert_eq!(o, Outcome::Hit);
        same(&full, &cached);
    }

    #[test]
    fn a_file_changed_with_the_same_size_and_time_is_loaded_anew() {
        let dir = tmpdir("stale");
        let d = dir.path();
        let p = d.join("data.json");
        let bytes = data(2000, 11);
        std::fs::write(&p, &bytes).unwrap();
        let cfg = CacheConfig::in_dir(d.join("cache"));
        let (_, _) = load(&p, &cfg);
        let time = std::fs::metadata(&p).unwrap().modified().unwrap();
        // One title letter changed: same size; the old time put back.
        let at = bytes.windows(7).position(|w| w == b"\"title\"").unwrap() + 10;
        let mut changed = bytes.clone();
        changed[at] = if changed[at] == b'x' { b'y' } else { b'x' };
        std::fs::write(&p, &changed).unwrap();
        std::fs::File::options().write(true).open(&p).unwrap().set_modified(time).unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().len(), bytes.len() as u64);
        let (reloaded, o) = load(&p, &cfg);
        assert_eq!(o, Outcome::Stale);
        let (fresh, _) = load(&p, &CacheConfig::disabled());
        same(&reloaded, &fresh);
        // Rewritten: the next open is a hit, of the new data.
        let (again, o) = load(&p, &cfg);
        assert_eq!(o, Outcome::Hit);
        same(&again, &fresh);
        // A new modification time alone: stale too.
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&p, &changed).unwrap();
        assert_eq!(load(&p, &cfg).1, Outcome::Stale);
    }

    #[test]
    fn a_damaged_or_cut_cache_is_ignored_and_rewritten() {
        let dir = tmpdir("damaged");
        let d = dir.path();
        let p = d.join("data.json");
        std::fs::write(&p, data(2000, 5)).unwrap();
        let cfg = CacheConfig::in_dir(d.join("cache"));
        let (full, _) = load(&p, &cfg);
        let cache = cfg.file_for(&std::fs::canonicalize(&p).unwrap()).unwrap();
        let good = std::fs::read(&cache).unwrap();
        let n = good.len();
        let mut cases: Vec<Vec<u8>> = Vec::new();
        for at in [3, 30, 200, n / 3, n / 2, n - 100, n - 40, n - 5] {
            let mut b = good.clone();
            b[at] ^= 0x20;
            cases.push(b);
        }
        for cut in [0, 10, 100, n / 2, n - 1] {
            cases.push(good[..cut].to_vec());
        }
        let mut longer = good.clone();
        longer.extend_from_slice(b"junk");
        cases.push(longer);
        for (k, b) in cases.into_iter().enumerate() {
            std::fs::write(&cache, &b).unwrap();
            let (l, o) = load(&p, &cfg);
            assert!(matches!(o, Outcome::Damaged(_) | Outcome::Stale | Outcome::Missing), "case {k}: {o:?}");
            same(&full, &l);
            assert!(std::fs::read(&cache).unwrap() == good, "case {k}: rewritten as it was");
            assert_eq!(load(&p, &cfg).1, Outcome::Hit, "case {k}");
        }
    }

    #[test]
    fn a_disabled_or_small_cache_writes_nothing() {
        let dir = tmpdir("off");
        let d = dir.path();
        let p = d.join("data.json");
        std::fs::write(&p, data(200, 2)).unwrap();
        let mut cfg = CacheConfig::from_vars(|k| match k {
            "CHRONOLENS_NO_CACHE" => Some("1".into()),
            "CHRONOLENS_CACHE_DIR" => Some(d.join("cache").into()),
            _ => None,
        });
        assert_eq!(cfg.dir, None);
        assert_eq!(load(&p, &cfg).1, Outcome::Disabled);
        cfg = CacheConfig { min_bytes: 1 << 20, ..CacheConfig::in_dir(d.join("cache")) };
        assert_eq!(load(&p, &cfg).1, Outcome::Small);
        assert!(!d.join("cache").exists());
    }

    #[test]
    fn the_cache_folder_comes_from_the_environment() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            CacheConfig::from_vars(move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| OsString::from(v)))
        };
        assert_eq!(vars(&[("CHRONOLENS_CACHE_DIR", "/t/c"), ("HOME", "/h")]).dir, Some(PathBuf::from("/t/c")));
        assert_eq!(vars(&[("CHRONOLENS_NO_CACHE", "0"), ("CHRONOLENS_CACHE_DIR", "/t/c")]).dir, Some(PathBuf::from("/t/c")));
        assert_eq!(vars(&[("CHRONOLENS_NO_CACHE", "1"), ("HOME", "/h")]).dir, None);
        assert_eq!(vars(&[("CHRONOLENS_CACHE_MAX_MB", "10"), ("HOME", "/h")]).max_total_bytes, 10 << 20);
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert_eq!(vars(&[("XDG_CACHE_HOME", "/x"), ("HOME", "/h")]).dir, Some(PathBuf::from("/x/chronolens")));
            assert_eq!(vars(&[("XDG_CACHE_HOME", "relative"), ("HOME", "/h")]).dir, Some(PathBuf::from("/h/.cache/chronolens")));
            assert_eq!(vars(&[]).dir, None);
        }
    }

    #[test]
    fn the_oldest_cache_files_go_first() {
        let dir = tmpdir("evict");
        let d = dir.path();
        let old = SystemTime::now() - Duration::from_secs(100);
        for (i, name) in ["a.clc", "b.clc", "c.clc", "other.txt"].iter().enumerate() {
            let p = d.join(name);
            std::fs::write(&p, vec![0u8; 1000]).unwrap();
            std::fs::File::options().write(true).open(&p).unwrap().set_modified(old + Duration::from_secs(i as u64)).unwrap();
        }
        // "a" is the newest written (kept last), "b" the oldest of the others.
        evict(d, &d.join("a.clc"), 2000);
        let mut names: Vec<String> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["a.clc", "c.clc", "other.txt"]);
    }
}
