//! Reading a dataset file: bytes → UTF-8 → typed records → validated → indexed.
//! Every failure names the file, the record and the field; nothing panics.

use super::fastload::{self, Blocks};
use super::index::EventIndex;
use super::problem::{LoadError, Problem};
use super::progress::{LoadProgress, Stage};
use super::types::{Article, Dataset, Event, Lane, Source};
use super::validate::{record_name, validate};
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
pub fn load_path_observed(path: &Path, progress: &LoadProgress) -> Result<Loaded, LoadError> {
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
    let blocks = read_observed(path, meta.len(), progress).map_err(|e| LoadError::unreadable(&name, io_message(&e)))?;
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
    Ok(loaded)
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
        return Err(cancelled());
    }
    progress.set_stage(Stage::Validating);
    let t1 = Instant::now();
    let resolved = validate(&dataset).map_err(|p| LoadError::invalid(name, p))?;
    let validate = t1.elapsed();
    if progress.is_cancelled() {
        return Err(cancelled());
    }
    progress.set_stage(Stage::Indexing);
    let t2 = Instant::now();
    let index = EventIndex::build(&dataset, resolved);
    let timings = LoadTimings { bytes: 0, read: Duration::ZERO, parse: Duration::ZERO, validate, index: t2.elapsed() };
    Ok(Loaded { name: name.to_owned(), dataset, index, timings })
}

/// Bytes → typed records, with precise messages on failure.
pub fn parse_dataset(name: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::invalid(name, vec![Problem::file("the file is empty")]));
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let (line, col) = line_col(bytes, e.valid_up_to());
        return Err(LoadError::invalid(
            name,
            vec![Problem::file(format!(
                "is not UTF-8 text: invalid byte at line {line}, column {col} (byte offset {}); is it a JSON dataset?",
                e.valid_up_to()
            ))],
        ));
    }
    match serde_json::from_slice::<Dataset>(bytes) {
        Ok(ds) => Ok(ds),
        Err(e) if e.is_syntax() || e.is_eof() => Err(LoadError::invalid(
            name,
            vec![Problem::file(format!("JSON syntax error at line {}, column {}: {}", e.line(), e.column(), strip_position(&e)))],
        )),
        Err(e) => {
            // Valid JSON of the wrong shape: walk it to name every bad record and field.
            let problems = match serde_json::from_slice::<serde_json::Value>(bytes) {
                Ok(v) => shape_problems(&v),
                Err(_) => Vec::new(),
            };
            let problems = if problems.is_empty() {
                vec![Problem::file(format!("at line {}, column {}: {}", e.line(), e.column(), strip_position(&e)))]
            } else {
                problems
            };
            Err(LoadError::invalid(name, problems))
        }
    }
}

fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
    (line, col)
}

fn type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Names each record and field whose JSON type is wrong or that is missing.
fn shape_problems(v: &serde_json::Value) -> Vec<Problem> {
    let mut out = Vec::new();
    let Some(top) = v.as_object() else {
        out.push(Problem::file(format!("the top level must be an object with `lanes`, `articles` and `events`, not {}", type_name(v))));
        return out;
    };
    for (field, message) in Dataset::field_errors(top) {
        let list_of_items = matches!(field, "lanes" | "articles" | "events") && top.get(field).is_some_and(|v| v.is_array());
        if !list_of_items {
            out.push(Problem::new("top level", field, describe(&message)));
        }
    }
    check_list::<Lane>(top, "lanes", &mut out, |_, _, _| {});
    check_list::<Article>(top, "articles", &mut out, |_, _, _| {});
    check_list::<Event>(top, "events", &mut out, |obj, rec, out| {
        if let Some(serde_json::Value::Array(sources)) = obj.get("sources") {
            for (k, s) in sources.iter().enumerate() {
                match s.as_object() {
                    None => out.push(Problem::new(rec, format!("sources[{k}]"), format!("must be an object, not {}", type_name(s)))),
                    Some(so) => {
                        for (field, message) in Source::field_errors(so) {
                            out.push(Problem::new(rec, format!("sources[{k}].{field}"), describe(&message)));
                        }
                    }
                }
            }
        }
    });
    out
}

trait Checked {
    fn field_errors(obj: &serde_json::Map<String, serde_json::Value>) -> Vec<(&'static str, String)>;
}
impl Checked for Lane {
    fn field_errors(o: &serde_json::Map<String, serde_json::Value>) -> Vec<(&'static str, String)> {
        Lane::field_errors(o)
    }
}
impl Checked for Article {
    fn field_errors(o: &serde_json::Map<String, serde_json::Value>) -> Vec<(&'static str, String)> {
        Article::field_errors(o)
    }
}
impl Checked for Event {
    fn field_errors(o: &serde_json::Map<String, serde_json::Value>) -> Vec<(&'static str, String)> {
        // `sources` is reported element by element by the caller.
        let mut errs = Event::field_errors(o);
        if matches!(o.get("sources"), Some(serde_json::Value::Array(_))) {
            errs.retain(|(f, _)| *f != "sources");
        }
        errs
    }
}

fn check_list<T: Checked>(
    top: &serde_json::Map<String, serde_json::Value>,
    key: &str,
    out: &mut Vec<Problem>,
    nested: impl Fn(&serde_json::Map<String, serde_json::Value>, &str, &mut Vec<Problem>),
) {
    let Some(list) = top.get(key).and_then(|v| v.as_array()) else { return };
    for (i, item) in list.iter().enumerate() {
        let Some(obj) = item.as_object() else {
            out.push(Problem::new(format!("{key}[{i}]"), "", format!("must be an object, not {}", type_name(item))));
            continue;
        };
        let id = obj.get("id").and_then(|v| v.as_str()).unwrap_or("");
        let rec = record_name(key, i, id);
        for (field, message) in T::field_errors(obj) {
            out.push(Problem::new(&rec, field, describe(&message)));
        }
        nested(obj, &rec, out);
    }
}

fn describe(serde_message: &str) -> String {
    if serde_message == "missing" { "is missing".to_owned() } else { serde_message.to_owned() }
}
