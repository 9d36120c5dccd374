//! Reading a dataset file: bytes → UTF-8 → typed records → validated → indexed.
//! Every failure names the file, the record and the field; nothing panics.

use super::cache::{self, CacheConfig, Lookup, Outcome};
use super::encoding;
use super::fastload::{self, Blocks};
use super::fingerprint::{ContentHash, Fingerprint};
use super::index::EventIndex;
use super::problem::{LoadError, Problem};
use super::progress::{LoadProgress, Stage};
use super::shape::shape_problems;
use super::types::Dataset;
use super::validate::validate_cancellable;
use std::path::Path;
use std::time::{Duration, Instant};

/// Files above this size are refused before reading (the whole file is parsed in memory).
pub const MAX_FILE_BYTES: u64 = 8 << 30;

/// A dataset that passed validation, with its index.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// What the user opened, for titles and messages.
    pub name: String,
    pub dataset: Dataset,
    pub index: EventIndex,
    pub timings: LoadTimings,
    /// The file as it was read, to notice changes made by other programs.
    pub origin: Option<Fingerprint>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct LoadTimings {
    pub bytes: u64,
    pub read: Duration,
    pub parse: Duration,
    pub validate: Duration,
    pub index: Duration,
}

pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    load_path_observed(path, &LoadProgress::default())
}

/// `load_path` reporting its progress and stopping early when cancelled.
/// A large file unchanged since it was last loaded comes from the cache
/// (`cache.rs`, configured by the environment).
pub fn load_path_observed(path: &Path, progress: &LoadProgress) -> Result<Loaded, LoadError> {
    load_path_cached(path, progress, &CacheConfig::from_env()).map(|(loaded, _)| loaded)
}

/// `load_path_observed` with the cache `cache`, telling what it did. After a
/// full load the cache is written (its disk writes finish in the background:
/// `cache::wait_for_writes`).
pub fn load_path_cached(path: &Path, progress: &LoadProgress, cache: &CacheConfig) -> Result<(Loaded, Outcome), LoadError> {
    let name = path.display().to_string();
    let t0 = Instant::now();
    let meta = std::fs::metadata(path).map_err(|e| LoadError::unreadable(&name, io_message(&e)))?;
    if meta.is_dir() {
        return Err(LoadError::unreadable(&name, "is a folder, not a dataset file"));
    }
    if !meta.is_file() {
        // A device or a pipe reports no size, so the size limit below cannot hold.
        return Err(LoadError::unreadable(&name, "is not a regular file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::unreadable(
            &name,
            format!("is {} MB; chronolens opens files up to {} MB", meta.len() >> 20, MAX_FILE_BYTES >> 20),
        ));
    }
    let outcome = match cache::lookup(cache, path, &meta, &name, progress) {
        Lookup::Hit(loaded) => return Ok((*loaded, Outcome::Hit)),
        Lookup::Cancelled => return Err(LoadError::unreadable(&name, "loading was cancelled")),
        Lookup::Miss(outcome) => outcome,
    };
    let blocks = read_observed(path, meta.len(), progress).map_err(|e| LoadError::unreadable(&name, io_message(&e)))?;
    let mut hash = ContentHash::default();
    blocks.chunks().for_each(|c| hash.update(c));
    let origin = Fingerprint::new(&meta, hash.finish());
    let read = t0.elapsed();
    let bytes = blocks.len() as u64;
    let t1 = Instant::now();
    // The blocks are freed while they are parsed; the ordinary parser, needed
    // only for its messages (or an unusual layout), reads the file again.
    let dataset = parse_observed(&name, blocks, progress, || {
        let bytes = std::fs::read(path).map_err(|e| LoadError::unreadable(&name, io_message(&e)))?;
        parse_dataset(&name, &bytes)
    })?;
    let parse = t1.elapsed();
    let mut loaded = finish(&name, dataset, progress)?;
    loaded.timings.bytes = bytes;
    loaded.timings.read = read;
    loaded.timings.parse = parse;
    loaded.origin = Some(origin);
    if outcome.should_store() {
        cache::store(cache, path, &loaded);
    }
    Ok((loaded, outcome))
}

/// Parses on every CPU when it can (see `fastload`), else the ordinary way.
fn parse_observed<B: AsRef<[u8]> + Clone + Send + Sync>(
    name: &str,
    blocks: Blocks<B>,
    progress: &LoadProgress,
    ordinary: impl FnOnce() -> Result<Dataset, LoadError>,
) -> Result<Dataset, LoadError> {
    progress.set_stage(Stage::Parsing);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    match fastload::parse(blocks, threads, &|| progress.is_cancelled()) {
        Some(ds) => Ok(ds),
        None if progress.is_cancelled() => Err(LoadError::unreadable(name, "loading was cancelled")),
        None => ordinary(),
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read: {e}"),
    }
}

/// Reads the whole file in blocks, so that the window can show how far it got
/// and so that parsing can free each block when it is done with it.
fn read_observed(path: &Path, len: u64, progress: &LoadProgress) -> std::io::Result<Blocks<fastload::Shared>> {
    progress.set_stage(Stage::Reading);
    progress.set_total(len);
    let f = std::fs::File::open(path)?;
    Blocks::read(f, len, |done| {
        progress.set_done(done);
        !progress.is_cancelled()
    })
}

pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Loaded, LoadError> {
    load_bytes_observed(name, bytes, &LoadProgress::default())
}

/// `load_bytes` reporting its stage and stopping between stages when cancelled.
pub fn load_bytes_observed(name: &str, bytes: &[u8], progress: &LoadProgress) -> Result<Loaded, LoadError> {
    let t0 = Instant::now();
    let dataset = parse_observed(name, Blocks::borrowed(bytes), progress, || parse_dataset(name, bytes))?;
    let parse = t0.elapsed();
    let mut loaded = finish(name, dataset, progress)?;
    loaded.timings.bytes = bytes.len() as u64;
    loaded.timings.parse = parse;
    Ok(loaded)
}

/// Validates and indexes a parsed dataset.
fn finish(name: &str, dataset: Dataset, progress: &LoadProgress) -> Result<Loaded, LoadError> {
    let cancelled = || LoadError::unreadable(name, "loading was cancelled");
    if progress.is_cancelled() {
        fastload::free_later(dataset);
        return Err(cancelled());
    }
    progress.set_stage(Stage::Validating);
    let t1 = Instant::now();
    let resolved = validate_cancellable(&dataset, &|| progress.is_cancelled());
    if progress.is_cancelled() {
        fastload::free_later((dataset, resolved));
        return Err(cancelled());
    }
    let resolved = resolved.map_err(|p| LoadError::invalid(name, p))?;
    let validate = t1.elapsed();
    progress.set_stage(Stage::Indexing);
    let t2 = Instant::now();
    let Some(index) = EventIndex::build_cancellable(&dataset, resolved, &|| progress.is_cancelled()) else {
        fastload::free_later(dataset);
        return Err(cancelled());
    };
    let timings = LoadTimings { bytes: 0, read: Duration::ZERO, parse: Duration::ZERO, validate, index: t2.elapsed() };
    Ok(Loaded { name: name.to_owned(), dataset, index, timings, origin: None })
}

/// Bytes → typed records, with precise messages on failure.
pub fn parse_dataset(name: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    let file_problem = |m: String| LoadError::invalid(name, vec![Problem::file(m)]);
    // A UTF-8 byte order mark is dropped (the fast parser leaves such files to this one).
    let bytes = encoding::strip_utf8_bom(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_problem("the file is empty".to_owned()));
    }
    if let Some(other) = encoding::other_unicode(bytes) {
        return Err(file_problem(encoding::other_unicode_message(other)));
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let (line, col) = encoding::line_col(bytes, e.valid_up_to());
        return Err(file_problem(format!(
            "is not UTF-8 text: invalid byte at line {line}, column {col} (byte offset {}); is it a JSON dataset?",
            e.valid_up_to()
        )));
    }
    match serde_json::from_slice::<Dataset>(bytes) {
        Ok(ds) => Ok(ds),
        Err(e) if e.is_syntax() || e.is_eof() => Err(file_problem(syntax_message(bytes, &e))),
        Err(e) => {
            // Valid JSON of the wrong shape: walk it to name every bad record and field.
            let (problems, more) = shape_problems(bytes);
            let problems = if problems.is_empty() {
                vec![Problem::file(format!("at line {}, column {}: {}", e.line(), e.column(), strip_position(&e)))]
            } else {
                problems
            };
            let mut err = LoadError::invalid(name, problems);
            err.more += more;
            Err(err)
        }
    }
}

/// A JSON syntax error in words an analyst reads: where, what, and a likely why.
fn syntax_message(bytes: &[u8], e: &serde_json::Error) -> String {
    let at = format!("JSON syntax error at line {}, column {}", e.line(), e.column());
    let detail = strip_position(e);
    let offset = encoding::offset_of(bytes, e.line(), e.column());
    if detail.starts_with("control character") {
        let b = bytes.get(offset.saturating_sub(1)).copied().filter(|b| *b < 0x20).unwrap_or(0);
        return format!("{at}: a control character (byte 0x{b:02X}) inside a string; JSON writes it as \\u{b:04X}");
    }
    if bytes.get(offset) == Some(&0) {
        return format!("{at}: NUL bytes where the text should go on or end; the file may be damaged (cut short while it was written?)");
    }
    match detail.as_str() {
        "trailing characters" => format!("{at}: more text after the end of the dataset (two documents in one file, or a stray character?)"),
        "recursion limit exceeded" => format!("{at}: values nested more than 128 levels deep"),
        d if d.starts_with("EOF while parsing") => format!("{at}: the file ends in the middle of {} (cut short?)", eof_what(d)),
        d => format!("{at}: {d}"),
    }
}

/// "EOF while parsing a string" → "a string".
fn eof_what(detail: &str) -> &str {
    detail.strip_prefix("EOF while parsing ").unwrap_or("a value")
}

fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}
