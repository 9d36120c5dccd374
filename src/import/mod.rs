//! Peers' formats in: a TimelineJS3 timeline (its JSON, or its Google
//! spreadsheet template saved as CSV) or an ACLED CSV export becomes draft
//! events, each with its provenance as an article it quotes. No egui here.
//!
//! One module per job:
//! - `csv`: an RFC 4180 reader (quotes, CRLF/LF, comma/semicolon/tab);
//! - `header`: a CSV header read and checked (required columns, which column
//!   is which, a row's width), for both CSV formats;
//! - `acled`: ACLED rows → records (dates, precision codes, kinds, lanes);
//! - `timelinejs`: TimelineJS JSON events and template rows → records;
//! - `lanes`: the lane of a group, an actor or a headline (existing lanes, the
//!   gazetteer, or a new lane);
//! - `assemble`: records → lanes, articles and events to append to a dataset,
//!   or replacements of records imported before (ACLED's `event_id_cnty`,
//!   TimelineJS's `unique_id`);
//! - `cli`: `chronolens import`.
//!
//! [`import_file`] is the whole of it for the window: it changes nothing,
//! and returns what to append and what to replace.

mod acled;
mod assemble;
pub mod cli;
pub mod csv;
mod header;
mod lanes;
pub mod timelinejs;

pub(crate) use header::{Header, Width};

use crate::extract::Gazetteer;
use crate::model::encoding::{line_col, other_unicode, other_unicode_message, strip_utf8_bom};
use crate::model::{Article, Dataset, Event, Lane};
use std::fmt;
use std::path::Path;

/// Files above this size are refused before reading: all of it is read into
/// memory, and the dataset it makes takes about 15 times its size (an ACLED
/// export of 256 MB is about half a million events).
pub const MAX_IMPORT_BYTES: u64 = 256 << 20;

/// The formats chronolens imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerFormat {
    /// An ACLED CSV export (acleddata.com).
    Acled,
    /// A TimelineJS3 timeline: its JSON, or its spreadsheet template as CSV.
    TimelineJs,
}

impl PeerFormat {
    /// `acled` or `timelinejs` (as `--format` takes it; case-insensitive).
    pub fn parse(s: &str) -> Option<PeerFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "acled" => Some(PeerFormat::Acled),
            "timelinejs" | "timelinejs3" | "timeline" | "tljs" => Some(PeerFormat::TimelineJs),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PeerFormat::Acled => "ACLED",
            PeerFormat::TimelineJs => "TimelineJS",
        }
    }
}

/// Where in the input a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// A CSV record, numbered from 1 for the header.
    Row(usize),
    /// `events[i]` of a TimelineJS JSON file (from 0, as in the file).
    Event(usize),
}

/// One bad row (or JSON event): the file, where, the column and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    pub file: String,
    pub at: Where,
    /// The line the row starts on, when it differs from its row number
    /// (a quoted field holding line breaks comes before it).
    pub line: Option<usize>,
    /// The column (CSV) or field (JSON, e.g. `start_date.month`); `None` for the whole row.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file)?;
        match self.at {
            Where::Row(n) => {
                write!(f, "row {n}")?;
                if let Some(l) = self.line.filter(|&l| l != n) {
                    write!(f, " (line {l})")?;
                }
                if let Some(c) = &self.column {
                    write!(f, ", column `{c}`")?;
                }
            }
            Where::Event(i) => {
                write!(f, "events[{i}]")?;
                if let Some(c) = &self.column {
                    write!(f, ", field `{c}`")?;
                }
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Why nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file cannot be used at all: unreadable, not UTF-8, too large, of
    /// no known shape, missing required columns, no events.
    File { file: String, message: String },
    /// Some rows are bad and bad rows were not to be skipped (or no row is
    /// good): every bad row, and how many good ones there are.
    Rows { file: String, problems: Vec<RowProblem>, good: usize },
}

impl ImportError {
    fn file(file: &str, message: impl Into<String>) -> ImportError {
        ImportError::File { file: file.to_owned(), message: message.into() }
    }
}

/// How many bad rows `ImportError`'s `Display` spells out before "… and N more".
pub const LISTED_PROBLEMS: usize = 50;

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::File { file, message } => write!(f, "{file}: {message}"),
            ImportError::Rows { file, problems, good } => {
                for p in problems.iter().take(LISTED_PROBLEMS) {
                    writeln!(f, "{p}")?;
                }
                if problems.len() > LISTED_PROBLEMS {
                    writeln!(f, "{file}: … and {} more bad rows", problems.len() - LISTED_PROBLEMS)?;
                }
                let n = problems.len();
                write!(f, "{file}: {n} bad row{}, {good} good; nothing imported", if n == 1 { "" } else { "s" })
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// What importing a file adds to a dataset and what it replaces; nothing of
/// the dataset has changed yet (see [`Imported::apply`]).
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// The file as named in messages.
    pub file: String,
    pub format: Option<PeerFormat>,
    /// The CSV delimiter (`None` for JSON).
    pub delimiter: Option<char>,
    /// The timeline's own title (TimelineJS), for a new dataset.
    pub title: Option<String>,
    /// Lanes to append (groups or gazetteer lanes the dataset lacks).
    pub lanes: Vec<Lane>,
    /// Articles and events to append.
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    /// Records imported before, to replace: (index in the dataset, new record).
    pub article_updates: Vec<(usize, Article)>,
    pub event_updates: Vec<(usize, Event)>,
    /// Records counted: new, replacing one imported before, or the same as before (left alone).
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Bad rows skipped (only with `skip_bad_rows`).
    pub skipped: Vec<RowProblem>,
    /// Things worth saying: a semicolon delimiter, eras left out…
    pub notes: Vec<String>,
}

impl Imported {
    /// Applies the additions and replacements to `ds`, the dataset they were
    /// computed for (indices refer to it). Sets the format and, when `ds` has
    /// none, the title.
    pub fn apply(self, ds: &mut Dataset) {
        for (i, a) in self.article_updates {
            ds.articles[i] = a;
        }
        for (i, e) in self.event_updates {
            *ds.events[i] = e;
        }
        ds.lanes.extend(self.lanes);
        ds.articles.extend(self.articles);
        ds.events.extend(self.events.into_iter().map(Box::new));
        if ds.format.is_none() {
            ds.format = Some(crate::extract::dataset::FORMAT.to_owned());
        }
        if ds.title.is_none() {
            ds.title = self.title;
        }
    }

    /// "3 added, 2 updated, 1 unchanged".
    pub fn summary(&self) -> String {
        let mut parts = vec![format!("{} added", self.added), format!("{} updated", self.updated)];
        if self.unchanged > 0 {
            parts.push(format!("{} unchanged", self.unchanged));
        }
        if !self.skipped.is_empty() {
            let n = self.skipped.len();
            parts.push(format!("{n} bad row{} skipped", if n == 1 { "" } else { "s" }));
        }
        parts.join(", ")
    }
}

/// Reads `path` as `format` (detected from the header or the JSON's shape when
/// `None`) and computes what it adds to `into` and what it replaces there,
/// lanes found through `gazetteer`. With `skip_bad_rows` the good rows are
/// imported and the bad ones listed in `skipped`; without, any bad row is an
/// error. Reads the file only; `into` is not changed.
pub fn import_file(
    path: &Path,
    format: Option<PeerFormat>,
    into: &Dataset,
    gazetteer: &Gazetteer,
    skip_bad_rows: bool,
) -> Result<Imported, ImportError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ImportError::file(&name, format!("cannot be read: {}", io_message(&e))))?;
    if meta.is_dir() {
        return Err(ImportError::file(&name, "is a folder, not a CSV or JSON file"));
    }
    if !meta.is_file() {
        return Err(ImportError::file(&name, "is not a regular file"));
    }
    check_size(&name, meta.len(), MAX_IMPORT_BYTES)?;
    let bytes = std::fs::read(path).map_err(|e| ImportError::file(&name, format!("cannot be read: {}", io_message(&e))))?;
    // It may have grown since.
    check_size(&name, bytes.len() as u64, MAX_IMPORT_BYTES)?;
    let file_name = path.file_name().map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
    import_bytes(&name, &file_name, &bytes, format, into, gazetteer, skip_bad_rows)
}

/// `import_file` of bytes already read: `name` for messages, `file_name` (the
/// bare name) for the TimelineJS outlet and ids.
pub fn import_bytes(
    name: &str,
    file_name: &str,
    bytes: &[u8],
    format: Option<PeerFormat>,
    into: &Dataset,
    gazetteer: &Gazetteer,
    skip_bad_rows: bool,
) -> Result<Imported, ImportError> {
    let text = decode(name, bytes)?;
    let parsed = match shape(name, text, format)? {
        Shape::AcledCsv(d) => acled::parse(name, text, d, gazetteer)?,
        Shape::TimelineCsv(d) => timelinejs::parse_csv(name, file_name, text, d, gazetteer)?,
        Shape::TimelineJson(v) => timelinejs::parse_json(name, file_name, &v, gazetteer)?,
    };
    assemble::assemble(name, parsed, into, gazetteer, skip_bad_rows)
}

fn check_size(name: &str, len: u64, max: u64) -> Result<(), ImportError> {
    if len > max {
        return Err(ImportError::file(
            name,
            format!(
                "is {} MB; chronolens imports files up to {} MB: split it (ACLED's export can be filtered by country or year)",
                len >> 20,
                max >> 20
            ),
        ));
    }
    Ok(())
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// The file as UTF-8 text, without its byte order mark; a clear refusal of
/// anything else.
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, ImportError> {
    if let Some(enc) = other_unicode(bytes) {
        return Err(ImportError::file(name, other_unicode_message(enc)));
    }
    let bytes = strip_utf8_bom(bytes);
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::file(name, "is empty"));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(ImportError::file(name, "is a binary file, not CSV or JSON text"));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(bytes, e.valid_up_to());
        ImportError::file(
            name,
            format!(
                "is not UTF-8 text: invalid byte at line {line}, column {col}; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again"
            ),
        )
    })
}

enum Shape {
    AcledCsv(u8),
    TimelineCsv(u8),
    TimelineJson(serde_json::Value),
}

/// Column names that only an ACLED export has.
const ACLED_MARKS: &[&str] = &["event_id_cnty", "event_date", "time_precision", "sub_event_type", "actor1", "assoc_actor_1", "inter1"];
/// Column names of the TimelineJS template.
const TIMELINE_MARKS: &[&str] = &["headline", "display date", "end year", "media credit", "media caption", "media thumbnail"];

fn shape(name: &str, text: &str, format: Option<PeerFormat>) -> Result<Shape, ImportError> {
    let first = text.trim_start().chars().next();
    let json = matches!(first, Some('{' | '['));
    if json {
        if format == Some(PeerFormat::Acled) {
            return Err(ImportError::file(name, "is JSON, not an ACLED CSV export"));
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.rfind(" at line ").map_or(msg.as_str(), |i| &msg[..i]).to_owned();
            ImportError::file(name, format!("JSON syntax error at line {}, column {}: {msg}", e.line(), e.column()))
        })?;
        let obj = value.as_object();
        if obj.is_some_and(|o| o.contains_key("lanes") && o.contains_key("articles")) {
            return Err(ImportError::file(name, "is already a chronolens dataset: open it instead of importing it"));
        }
        if !obj.is_some_and(|o| o.get("events").is_some_and(|e| e.is_array())) {
            return Err(ImportError::file(
                name,
                "is JSON but not a TimelineJS timeline: it needs an object with an `events` list ({\"events\": [{\"start_date\": …, \"text\": …}]})",
            ));
        }
        return Ok(Shape::TimelineJson(value));
    }
    let delimiter = csv::detect_delimiter(text);
    let header = Header::read(&mut csv::Reader::new(text, delimiter), name)?.names;
    match format {
        Some(PeerFormat::Acled) => return Ok(Shape::AcledCsv(delimiter)),
        Some(PeerFormat::TimelineJs) => return Ok(Shape::TimelineCsv(delimiter)),
        None => {}
    }
    let count = |marks: &[&str]| header.iter().filter(|h| marks.contains(&h.as_str())).count();
    let (a, t) = (count(ACLED_MARKS), count(TIMELINE_MARKS));
    if a >= 2 && a > t {
        Ok(Shape::AcledCsv(delimiter))
    } else if t >= 1 && header.iter().any(|h| h == "year") {
        Ok(Shape::TimelineCsv(delimiter))
    } else {
        let shown: Vec<&str> = header.iter().take(12).map(String::as_str).collect();
        Err(ImportError::file(
            name,
            format!(
                "cannot tell the format from its header ({}{}): neither an ACLED export (event_id_cnty, event_date, …) nor a TimelineJS sheet (Year, Headline, …); name the format (--format acled or timelinejs)",
                shown.join(", "),
                if header.len() > 12 { ", …" } else { "" }
            ),
        ))
    }
}

/// One row of input turned into an article and the event citing it, waiting
/// for its lane and its final ids (see `assemble`).
#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub at: Where,
    pub line: Option<usize>,
    /// The id of both the article and the event.
    pub key: Key,
    pub lane: LaneWish,
    /// `article.id` and `event.id` are the key's; the event's source cites the article.
    pub article: Article,
    pub event: Event,
    /// The key of `event.extra` holding the raw input (`acled`, `timelinejs`):
    /// a record whose raw input and article are as before is left alone.
    pub provenance: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Key {
    /// A stable id from the input: a record imported before is replaced.
    Stable(String),
    /// Made up: given a suffix when taken; an identical article already there is left alone.
    Fresh(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LaneWish {
    /// A lane named in the input (TimelineJS `group`).
    Group(String),
    /// A gazetteer lane; `None`: the gazetteer's default lane.
    Gazetteer(Option<usize>),
}

/// What a parser made of a file.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub format: Option<PeerFormat>,
    pub records: Vec<Record>,
    pub problems: Vec<RowProblem>,
    pub title: Option<String>,
    pub notes: Vec<String>,
    pub delimiter: Option<u8>,
}

/// The CSV delimiter's note for the summary, when it is not a comma.
pub(crate) fn delimiter_note(d: u8) -> Option<String> {
    (d != b',').then(|| format!("read as {}-separated values", csv::delimiter_name(d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_utf8_text_clearly() {
        let e = decode("x.csv", b"a,b\n\xE9t\xE9,1\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.csv: is not UTF-8 text: invalid byte at line 2, column 1; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again"
        );
        assert!(decode("x.csv", b"\xFF\xFEa\0").unwrap_err().to_string().contains("UTF-16"));
        assert!(decode("x.csv", b"PK\x03\x04\0\0").unwrap_err().to_string().contains("binary"));
        assert!(decode("x.csv", b" \n").unwrap_err().to_string().ends_with("is empty"));
        assert_eq!(decode("x.csv", b"\xEF\xBB\xBFa,b").unwrap(), "a,b");
        let e = check_size("big.csv", 3 << 30, MAX_IMPORT_BYTES).unwrap_err();
        assert!(e.to_string().starts_with("big.csv: is 3072 MB; chronolens imports files up to 256 MB"), "{e}");
    }

    #[test]
    fn tells_the_format_from_the_header_or_the_json() {
        assert!(matches!(shape("a", "event_id_cnty,event_date,notes\n", None), Ok(Shape::AcledCsv(b','))));
        assert!(matches!(shape("a", "EVENT_ID_CNTY;EVENT_DATE;NOTES\n", None), Ok(Shape::AcledCsv(b';'))));
        assert!(matches!(shape("a", "Year,Month,Day,Headline,Text\n", None), Ok(Shape::TimelineCsv(b','))));
        assert!(matches!(shape("a", "{\"events\": []}", None), Ok(Shape::TimelineJson(_))));
        let e = shape("a.csv", "x,y\n1,2\n", None).err().unwrap().to_string();
        assert!(e.contains("cannot tell the format from its header (x, y)"), "{e}");
        let e = shape("a.json", "{\"lanes\": [], \"articles\": [], \"events\": []}", None).err().unwrap().to_string();
        assert!(e.contains("already a chronolens dataset"), "{e}");
        let e = shape("a.json", "{\"events\": [}", None).err().unwrap().to_string();
        assert!(e.starts_with("a.json: JSON syntax error at line 1, column 13"), "{e}");
        let e = shape("a.json", "{\"title\": {}}", Some(PeerFormat::TimelineJs)).err().unwrap().to_string();
        assert!(e.contains("needs an object with an `events` list"), "{e}");
        assert!(shape("a.json", "{}", Some(PeerFormat::Acled)).err().unwrap().to_string().contains("not an ACLED CSV"));
    }

    #[test]
    fn problems_name_the_file_the_row_and_the_column() {
        let p =
            RowProblem { file: "a.csv".into(), at: Where::Row(4), line: Some(6), column: Some("event_date".into()), message: "bad".into() };
        assert_eq!(p.to_string(), "a.csv: row 4 (line 6), column `event_date`: bad");
        let p = RowProblem {
            file: "t.json".into(),
            at: Where::Event(2),
            line: None,
            column: Some("start_date.month".into()),
            message: "bad".into(),
        };
        assert_eq!(p.to_string(), "t.json: events[2], field `start_date.month`: bad");
    }
}
