//! TimelineJS3 timelines: the JSON (`{"title", "events": [{"start_date",
//! "end_date", "display_date", "text": {"headline", "text"}, "media",
//! "group", "unique_id"}]}`) and the Google spreadsheet template saved as CSV
//! (Year, Month, Day, Time, End Year, …, Display Date, Headline, Text, Media,
//! …, Type, Group, Background).
//!
//! Dates are as precise as given: a year → `year`, and a month → `month`, and a
//! day → `day`, and an hour → `hour`, and a minute → `minute` (times in UTC).
//! An end date makes a known duration when both ends are days or times, else
//! a `range` from the first day of the start to the last day of the end. The
//! display dates chronolens writes itself (see `chronology::timelinejs`) are
//! read back: "on or before …" → `before`, "sometime …" → `range`, "c. …" over
//! 7 days → `week`, "date unknown" → `unknown`.
//!
//! Each event's provenance is an article titled with the headline whose
//! paragraph 1 is the text (HTML tags stripped), outlet "TimelineJS import:
//! FILE"; the event quotes that paragraph (the headline, when there is no text).

use super::csv::Reader;
use super::lanes::headline_actor;
use super::{Header, ImportError, Key, LaneWish, Parsed, PeerFormat, Record, RowProblem, Where, Width, delimiter_note};
use crate::extract::Gazetteer;
use crate::model::time::{event_span, parse_instant};
use crate::model::{Article, Event, EventRare, Kind, Precision, Source, Verification};
use chrono::NaiveDate;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;

/// An event's (start, end, precision).
type Dated = (Option<String>, Option<String>, Precision);
/// The field at fault and why.
type Fault = (String, String);
/// One date part as read: (field name, text).
type Part = Option<(String, String)>;

/// How finely a TimelineJS date is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Year,
    Month,
    Day,
    Hour,
    Minute,
}

/// A TimelineJS date: the parts given, each checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parts {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    hour: Option<u32>,
    minute: Option<u32>,
    second: Option<u32>,
}

impl Parts {
    fn unit(&self) -> Unit {
        match (self.month, self.day, self.hour, self.minute) {
            (None, ..) => Unit::Year,
            (_, None, ..) => Unit::Month,
            (_, _, None, _) => Unit::Day,
            (_, _, _, None) => Unit::Hour,
            _ => Unit::Minute,
        }
    }
    fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).expect("checked when read")
    }
    fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (_, Some(d)) => NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), d),
            (Some(m), None) => {
                NaiveDate::from_ymd_opt(if m == 12 { self.year + 1 } else { self.year }, m % 12 + 1, 1).and_then(|d| d.pred_opt())
            }
            (None, None) => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .expect("checked when read")
    }
    fn day_iso(&self) -> String {
        self.first_day().format("%Y-%m-%d").to_string()
    }
    /// As written in `start`/`end`: a date, or a date-time in UTC for hours and minutes.
    fn iso(&self) -> String {
        match self.unit() {
            Unit::Hour | Unit::Minute => {
                let (h, m, s) = (self.hour.unwrap_or(0), self.minute.unwrap_or(0), self.second.unwrap_or(0));
                format!("{}T{h:02}:{m:02}:{s:02}Z", self.day_iso())
            }
            _ => self.day_iso(),
        }
    }
}

/// A date's parts as read, before checking: (field name for messages, text).
#[derive(Debug, Default)]
struct RawParts {
    /// The year's field name, for "is missing".
    year_name: &'static str,
    year: Option<(String, String)>,
    month: Option<(String, String)>,
    day: Option<(String, String)>,
    hour: Option<(String, String)>,
    minute: Option<(String, String)>,
    second: Option<(String, String)>,
}

impl RawParts {
    fn is_empty(&self) -> bool {
        [&self.year, &self.month, &self.day, &self.hour, &self.minute, &self.second].iter().all(|p| p.is_none())
    }

    /// The checked parts; `Ok(None)` when none is given. Errors name the field.
    fn check(&self) -> Result<Option<Parts>, (String, String)> {
        if self.is_empty() {
            return Ok(None);
        }
        let num = |p: &Option<(String, String)>, lo: i64, hi: i64, what: &str| -> Result<Option<i64>, (String, String)> {
            let Some((field, text)) = p else { return Ok(None) };
            let n: i64 = match text.trim().parse::<i64>() {
                Ok(n) => n,
                Err(_) if what == "month" => match month_number(text) {
                    Some(m) => m as i64,
                    None => return Err((field.clone(), format!("`{text}` is not a month (1 to 12, or its name)"))),
                },
                Err(_) => match text.trim().parse::<f64>() {
                    Ok(f) if f.fract() == 0.0 && f.abs() < 1e9 => f as i64,
                    _ => return Err((field.clone(), format!("`{text}` is not a whole number"))),
                },
            };
            if !(lo..=hi).contains(&n) {
                let why = if what == "year" { "outside years 1 to 9999".to_owned() } else { format!("there is no {what} {n}") };
                return Err((field.clone(), format!("`{}`: {why}", text.trim())));
            }
            Ok(Some(n))
        };
        let Some(year) = num(&self.year, 1, 9999, "year")? else {
            return Err((self.year_name.to_owned(), "is missing: a date needs at least a year".into()));
        };
        let month = num(&self.month, 1, 12, "month")?;
        let day = num(&self.day, 1, 31, "day")?;
        let hour = num(&self.hour, 0, 23, "hour")?;
        let minute = num(&self.minute, 0, 59, "minute")?;
        let second = num(&self.second, 0, 59, "second")?;
        let without = |part: &Option<(String, String)>, needs: &str| -> Result<(), (String, String)> {
            match part {
                Some((f, _)) => Err((f.clone(), format!("is given without a {needs}"))),
                None => Ok(()),
            }
        };
        if month.is_none() {
            without(&self.day, "month")?;
        }
        if day.is_none() {
            without(&self.hour, "day")?;
            without(&self.minute, "day")?;
        }
        if hour.is_none() {
            without(&self.minute, "hour")?;
        }
        if minute.is_none() {
            without(&self.second, "minute")?;
        }
        let (year, month, day) = (year as i32, month.map(|m| m as u32), day.map(|d| d as u32));
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year, m, d).is_none()
        {
            let (field, text) = self.day.clone().expect("day given");
            return Err((field, format!("`{text}` is not a day of {}-{m:02} (not a real calendar date)", year)));
        }
        Ok(Some(Parts {
            year,
            month,
            day,
            hour: hour.map(|h| h as u32),
            minute: minute.map(|m| m as u32),
            second: second.map(|s| s as u32),
        }))
    }
}

/// "March", "Mar", "Mar.", "sept" → its number.
fn month_number(text: &str) -> Option<u32> {
    let w = text.trim().trim_end_matches('.').to_lowercase();
    let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    (w.len() >= 3).then(|| months.iter().position(|m| m.starts_with(&w)).map(|i| i as u32 + 1))?
}

/// The event's date: (start, end, precision), or the field at fault and why.
fn dates(start: &RawParts, end: &RawParts, display: Option<&str>) -> Result<Dated, Fault> {
    let fields = (start.year_name, end.year_name);
    let display = display.map(|d| strip_html(d).to_lowercase()).filter(|d| !d.is_empty());
    let shown = display.as_deref().unwrap_or("");
    let start = start.check()?;
    let end = end.check()?;
    if shown.starts_with("date unknown") {
        let listed = shown.contains("listed at");
        return Ok((start.filter(|_| listed).map(|s| s.day_iso()), None, Precision::Unknown));
    }
    let Some(start) = start else {
        return Err((fields.0.to_owned(), "is missing: TimelineJS needs a start date (at least a year)".into()));
    };
    if shown.starts_with("on or before") {
        let s = match start.unit() {
            Unit::Hour | Unit::Minute => start.iso(),
            _ => start.last_day().format("%Y-%m-%d").to_string(),
        };
        return Ok((Some(s), None, Precision::Before));
    }
    let result = match end.filter(|e| *e != start) {
        None => {
            let p = match start.unit() {
                Unit::Year => Precision::Year,
                Unit::Month => Precision::Month,
                Unit::Day => Precision::Day,
                Unit::Hour => Precision::Hour,
                Unit::Minute => Precision::Minute,
            };
            (Some(start.iso()), None, p)
        }
        Some(end) => {
            let (su, eu) = (start.unit(), end.unit());
            let days = |p: &Parts| p.unit() >= Unit::Day;
            if end.last_day() < start.first_day() {
                return Err((fields.1.to_owned(), format!("ends ({}) before the start ({})", end.iso(), start.iso())));
            }
            if shown.starts_with("sometime") || !days(&start) || !days(&end) {
                (
                    Some(start.first_day().format("%Y-%m-%d").to_string()),
                    Some(end.last_day().format("%Y-%m-%d").to_string()),
                    Precision::Range,
                )
            } else if shown.starts_with("c.")
                && su == Unit::Day
                && eu == Unit::Day
                && end.first_day() - start.first_day() == chrono::Duration::days(6)
            {
                (Some(start.iso()), None, Precision::Week)
            } else if (su == Unit::Day) != (eu == Unit::Day) {
                // A time at one end only: the days are known, the duration in hours is not.
                (Some(start.day_iso()), Some(end.day_iso()), Precision::Day)
            } else {
                let p = match su {
                    Unit::Day => Precision::Day,
                    Unit::Hour => Precision::Hour,
                    _ => Precision::Minute,
                };
                (Some(start.iso()), Some(end.iso()), p)
            }
        }
    };
    // The model's own check (the end not before the start, within 1..9999).
    let parse = |s: &Option<String>| s.as_deref().map(parse_instant).transpose();
    let (s, e) = (parse(&result.0).map_err(|m| (fields.0.to_owned(), m))?, parse(&result.1).map_err(|m| (fields.1.to_owned(), m))?);
    event_span(result.2, s, e).map_err(|m| (fields.1.to_owned(), m.to_string()))?;
    Ok(result)
}

/// Text of an HTML fragment: tags dropped (line breaks at `<br>` and block
/// ends), entities decoded, white space runs made one space, blank lines dropped.
pub fn strip_html(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            // A tag: `<` then a letter, `/` or `!`, up to the next `>`. The scan stops at
            // another `<` too, so that text full of `<` is read in one pass.
            let close = rest[1..].find(['>', '<']).map(|j| j + 1).filter(|&j| rest.as_bytes()[j] == b'>');
            let opens_tag = rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
            match close {
                Some(j) if opens_tag => {
                    let name = rest[1..j].trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>();
                    if matches!(
                        name.to_ascii_lowercase().as_str(),
                        "br" | "p" | "div" | "li" | "ul" | "ol" | "tr" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                    ) {
                        text.push('\n');
                    }
                    rest = &rest[j + 1..];
                }
                _ => {
                    // "a < b > c": not a tag.
                    text.push('<');
                    rest = &rest[1..];
                }
            }
        } else {
            let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|k| k + 1);
            let decoded = end.filter(|&k| rest[k..].starts_with(';')).and_then(|k| entity(&rest[1..k]).map(|c| (c, k + 1)));
            match decoded {
                Some((c, len)) => {
                    text.push(c);
                    rest = &rest[len..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    text.push_str(rest);
    text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "middot" => '·',
        "para" => '¶',
        _ => return None,
    })
}

/// The kind when the headline makes it obvious, else `other`: a speaker and a
/// colon ("Stoltenberg: …") or a reporting verb make a statement; the words
/// of an attack, an accusation, a claim, a meeting or a decision make those.
pub fn obvious_kind(headline: &str) -> Kind {
    if headline.split_once(": ").is_some_and(|(who, _)| !who.trim().is_empty() && who.split_whitespace().count() <= 6) {
        return Kind::Statement;
    }
    let words: Vec<String> = headline.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(&["accuses", "accused", "accuse", "accusation", "accusations", "blames", "blamed"]) {
        Kind::Accusation
    } else if has(&[
        "attack",
        "attacks",
        "attacked",
        "strike",
        "strikes",
        "struck",
        "shelling",
        "shelled",
        "bombing",
        "bombed",
        "bombs",
        "explosion",
        "explosions",
        "missile",
        "missiles",
        "airstrike",
        "airstrikes",
        "killed",
        "raid",
    ]) {
        Kind::Attack
    } else if has(&["claims", "claimed", "alleges", "alleged"]) {
        Kind::Claim
    } else if has(&["meet", "meets", "met", "meeting", "talks", "summit", "visits", "visited"]) {
        Kind::Meeting
    } else if has(&[
        "approves",
        "approved",
        "signs",
        "signed",
        "decides",
        "decided",
        "votes",
        "voted",
        "sanctions",
        "announces",
        "announced",
        "bans",
        "banned",
    ]) {
        Kind::Decision
    } else if has(&["says", "said", "warns", "warned", "tells", "told", "calls", "called", "states", "stated"]) {
        Kind::Statement
    } else {
        Kind::Other
    }
}

/// One TimelineJS event as read, JSON or CSV.
struct Raw {
    at: Where,
    line: Option<usize>,
    start: RawParts,
    end: RawParts,
    display: Option<String>,
    headline: String,
    text: String,
    group: Option<String>,
    unique_id: Option<String>,
    /// Everything but the headline and text, kept in the event's `timelinejs` field.
    keep: serde_json::Map<String, Value>,
}

/// The bare file name without its extension, as an id part.
fn stem(file_name: &str) -> String {
    let stem = std::path::Path::new(file_name).file_stem().map_or_else(|| file_name.to_owned(), |s| s.to_string_lossy().into_owned());
    let s: String = stem.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let s = s.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if s.is_empty() { "timeline".into() } else { s }
}

fn record(file: &str, file_name: &str, raw: Raw, n: usize, g: &Gazetteer, out: &mut Parsed, ids: &mut HashMap<String, Where>) {
    let bad = |out: &mut Parsed, column: Option<String>, message: String| {
        out.problems.push(RowProblem { file: file.into(), at: raw.at, line: raw.line, column, message });
    };
    let (start, end, precision) = match dates(&raw.start, &raw.end, raw.display.as_deref()) {
        Ok(d) => d,
        Err((field, message)) => return bad(out, Some(field), message),
    };
    let text = strip_html(&raw.text);
    let headline = strip_html(&raw.headline).split_whitespace().collect::<Vec<_>>().join(" ");
    let title = if !headline.is_empty() {
        headline.clone()
    } else if !text.is_empty() {
        crate::extract::titles::fit(text.lines().next().unwrap_or(""), crate::extract::titles::MAX_TITLE)
    } else {
        let field = if matches!(raw.at, Where::Event(_)) { "text.headline" } else { "headline" };
        return bad(out, Some(field.into()), "the event has neither a headline nor a text".into());
    };
    let key = match raw.unique_id.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
        Some(u) => {
            let id = format!("timelinejs-{u}");
            if let Some(first) = ids.get(&id) {
                let first = match first {
                    Where::Row(r) => format!("row {r}"),
                    Where::Event(i) => format!("events[{i}]"),
                };
                return bad(out, Some("unique_id".into()), format!("`{u}` is also the unique_id of {first}"));
            }
            ids.insert(id.clone(), raw.at);
            Key::Stable(id)
        }
        None => Key::Fresh(format!("timelinejs-{}-{n}", stem(file_name))),
    };
    let id = match &key {
        Key::Stable(k) | Key::Fresh(k) => k.clone(),
    };
    let (paragraph, quote) = if text.is_empty() { (0, title.clone()) } else { (1, text.clone()) };
    let mut paragraphs = vec![title.clone()];
    if !text.is_empty() {
        paragraphs.push(text);
    }
    let article = Article {
        id: id.as_str().into(),
        title: title.clone(),
        outlet: Some(format!("TimelineJS import: {file_name}")),
        url: None,
        published: None,
        published_from: None,
        paragraphs,
        extra: Default::default(),
    };
    let (actor, lane) = match raw.group.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
        Some(group) => (headline_actor(g, &title).0, LaneWish::Group(group.to_owned())),
        None => {
            let (actor, lane) = headline_actor(g, &title);
            (actor, LaneWish::Gazetteer(lane))
        }
    };
    let mut extra = serde_json::Map::new();
    extra.insert("timelinejs".into(), Value::Object(raw.keep));
    let event = Event {
        id: id.as_str().into(),
        lane: Default::default(),
        title: title.as_str().into(),
        actor: actor.map(Into::into),
        kind: obvious_kind(&title),
        start: start.map(Into::into),
        end: end.map(Into::into),
        precision,
        verification: Verification::Reported,
        sources: vec![Source { article: id.into(), paragraph, quote: quote.into(), ..Default::default() }],
        draft: Some(true),
        time_cue: raw.display.as_deref().map(strip_html).filter(|d| !d.is_empty()).map(Into::into),
        rare: EventRare { extra: extra.into(), ..Default::default() }.into(),
    };
    out.records.push(Record { at: raw.at, line: raw.line, key, lane, article, event, provenance: "timelinejs" });
}

/// A JSON date part: a number or a numeric string; `null` and "" are absent.
fn part(obj: Option<&serde_json::Map<String, Value>>, prefix: &str, key: &str) -> Option<(String, String)> {
    let v = obj?.get(key)?;
    let text = match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) if !s.trim().is_empty() => s.trim().to_owned(),
        Value::Null | Value::String(_) => return None,
        other => other.to_string(),
    };
    Some((format!("{prefix}.{key}"), text))
}

fn raw_parts(obj: Option<&serde_json::Map<String, Value>>, prefix: &'static str) -> RawParts {
    RawParts {
        year_name: if prefix == "start_date" { "start_date.year" } else { "end_date.year" },
        year: part(obj, prefix, "year"),
        month: part(obj, prefix, "month"),
        day: part(obj, prefix, "day"),
        hour: part(obj, prefix, "hour"),
        minute: part(obj, prefix, "minute"),
        second: part(obj, prefix, "second"),
    }
}

fn string_at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v str> {
    path.iter().try_fold(v, |v, k| v.get(k)).and_then(Value::as_str)
}

pub(super) fn parse_json(file: &str, file_name: &str, v: &Value, g: &Gazetteer) -> Result<Parsed, ImportError> {
    let events = v.get("events").and_then(Value::as_array).expect("checked by `shape`");
    let mut out = Parsed { format: Some(PeerFormat::TimelineJs), ..Default::default() };
    out.title = string_at(v, &["title", "text", "headline"])
        .map(|h| strip_html(h).split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|h| !h.is_empty());
    if let Some(n) = v.get("eras").and_then(Value::as_array).map(Vec::len).filter(|&n| n > 0) {
        out.notes.push(format!("{n} era{} left out (chronolens has no eras)", if n == 1 { "" } else { "s" }));
    }
    if events.is_empty() {
        return Err(ImportError::file(file, "has no events (its `events` list is empty)"));
    }
    let mut ids = HashMap::new();
    for (i, ev) in events.iter().enumerate() {
        let at = Where::Event(i);
        let Some(obj) = ev.as_object() else {
            out.problems.push(RowProblem { file: file.into(), at, line: None, column: None, message: "is not an object".into() });
            continue;
        };
        let text_of = |key: &str| -> Option<String> {
            match obj.get(key) {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            }
        };
        let display = text_of("display_date").or_else(|| string_at(ev, &["start_date", "display_date"]).map(str::to_owned));
        let mut keep = obj.clone();
        if let Some(Value::Object(t)) = keep.get_mut("text") {
            t.remove("headline");
            t.remove("text");
            if t.is_empty() {
                keep.remove("text");
            }
        }
        let raw = Raw {
            at,
            line: None,
            start: raw_parts(obj.get("start_date").and_then(Value::as_object), "start_date"),
            end: raw_parts(obj.get("end_date").and_then(Value::as_object), "end_date"),
            display,
            headline: string_at(ev, &["text", "headline"]).unwrap_or("").to_owned(),
            text: string_at(ev, &["text", "text"]).unwrap_or("").to_owned(),
            group: text_of("group"),
            unique_id: text_of("unique_id"),
            keep,
        };
        record(file, file_name, raw, i + 1, g, &mut out, &mut ids);
    }
    Ok(out)
}

/// The template's columns, as a spreadsheet names them.
const COLUMNS: &[&str] = &[
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// `14:30`, `14:30:15`, `2:30 PM`, `2 PM`: hour, minute, second (as given).
fn parse_time(field: &str, s: &str) -> Result<(Part, Part, Part), Fault> {
    let t = s.trim().to_lowercase();
    let (clock, pm) = if let Some(c) = t.strip_suffix("pm").or_else(|| t.strip_suffix("p.m.")) {
        (c.trim(), Some(true))
    } else if let Some(c) = t.strip_suffix("am").or_else(|| t.strip_suffix("a.m.")) {
        (c.trim(), Some(false))
    } else {
        (t.as_str(), None)
    };
    let bad = || (field.to_owned(), format!("`{s}` is not a time of day (14:30, 2:30 PM)"));
    let parts: Vec<&str> = clock.split(':').collect();
    if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit())) {
        return Err(bad());
    }
    let mut hour: u32 = parts[0].parse().map_err(|_| bad())?;
    if let Some(pm) = pm {
        if !(1..=12).contains(&hour) {
            return Err(bad());
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    if parts.len() == 1 && pm.is_none() {
        return Err(bad());
    }
    let f = |v: String| Some((field.to_owned(), v));
    Ok((f(hour.to_string()), parts.get(1).and_then(|m| f(m.to_string())), parts.get(2).and_then(|s| f(s.to_string()))))
}

pub(super) fn parse_csv(file: &str, file_name: &str, text: &str, delimiter: u8, g: &Gazetteer) -> Result<Parsed, ImportError> {
    let mut reader = Reader::new(text, delimiter);
    let header = read_sheet_header(&mut reader, file)?;
    let mut out = Parsed { format: Some(PeerFormat::TimelineJs), delimiter: Some(delimiter), ..Default::default() };
    out.notes.extend(delimiter_note(delimiter));
    let mut ids = HashMap::new();
    let mut eras = 0;
    let mut rows = 0;
    while let Some(rec) = super::csv::next_row(&mut reader, file, &mut out.problems) {
        let at = Where::Row(rec.number);
        let problem = |column: Option<String>, message: String| RowProblem { file: file.into(), at, line: Some(rec.line), column, message };
        // Empty cells past the header are a spreadsheet's trailing commas, not a fault.
        if let Some(message) = header.misfit(&rec.fields, Width::UpTo) {
            out.problems.push(problem(None, message));
            continue;
        }
        let row = SheetRow { header: &header, fields: &rec.fields };
        match row.value("Type").map(|t| t.to_lowercase()).as_deref() {
            Some("title") => {
                if out.title.is_none() {
                    out.title = row.value("Headline").map(|h| strip_html(&h)).filter(|h| !h.is_empty());
                }
                continue;
            }
            Some("era") => {
                eras += 1;
                continue;
            }
            _ => {}
        }
        rows += 1;
        match raw_of_row(&row, at, rec.line) {
            Ok(raw) => record(file, file_name, raw, rec.number, g, &mut out, &mut ids),
            Err((column, message)) => out.problems.push(problem(Some(column), message)),
        }
    }
    if eras > 0 {
        out.notes.push(format!("{eras} era row{} left out (chronolens has no eras)", if eras == 1 { "" } else { "s" }));
    }
    if rows == 0 && out.problems.is_empty() {
        return Err(ImportError::file(file, "has no events (no rows under the header)"));
    }
    Ok(out)
}

/// The sheet's header row, refused without the Year and Headline columns.
fn read_sheet_header(reader: &mut Reader<'_>, file: &str) -> Result<Header, ImportError> {
    let header = Header::read(reader, file)?;
    header.require(file, &["Year", "Headline"], "is not a TimelineJS sheet", "")?;
    Ok(header)
}

/// One row of the sheet, read by the template's column names.
struct SheetRow<'r> {
    header: &'r Header,
    fields: &'r [Cow<'r, str>],
}

impl SheetRow<'_> {
    /// The display name of a column (as the template spells it) and its value;
    /// `None` when the sheet lacks the column or the cell is empty.
    fn cell(&self, name: &str) -> Part {
        let i = self.header.index(name)?;
        let v = self.fields.get(i)?.trim();
        (!v.is_empty()).then(|| (name.to_owned(), v.to_owned()))
    }

    fn value(&self, name: &str) -> Option<String> {
        self.cell(name).map(|(_, v)| v)
    }

    /// A time column read into (hour, minute, second).
    fn time(&self, name: &str) -> Result<(Part, Part, Part), Fault> {
        match self.cell(name) {
            None => Ok((None, None, None)),
            Some((f, v)) => parse_time(&f, &v),
        }
    }

    /// Every non-empty cell but the headline and text, under the template's
    /// spelling of its column, kept in the event's `timelinejs` field.
    fn kept(&self) -> serde_json::Map<String, Value> {
        let mut keep = serde_json::Map::new();
        for (name, v) in self.header.cells(self.fields) {
            if name != "headline" && name != "text" {
                let shown = COLUMNS.iter().find(|c| c.to_lowercase() == name).map_or(name, |c| *c);
                keep.insert(shown.to_owned(), Value::String(v.to_owned()));
            }
        }
        keep
    }
}

/// An event row as read, its dates still in parts; `Err`: a time that is not one.
fn raw_of_row(row: &SheetRow<'_>, at: Where, line: usize) -> Result<Raw, Fault> {
    let (start_time, end_time) = match (row.time("Time"), row.time("End Time")) {
        (Ok(s), Ok(e)) => (s, e),
        (Err(fault), _) | (_, Err(fault)) => return Err(fault),
    };
    let start = RawParts {
        year_name: "Year",
        year: row.cell("Year"),
        month: row.cell("Month"),
        day: row.cell("Day"),
        hour: start_time.0,
        minute: start_time.1,
        second: start_time.2,
    };
    let end = RawParts {
        year_name: "End Year",
        year: row.cell("End Year"),
        month: row.cell("End Month"),
        day: row.cell("End Day"),
        hour: end_time.0,
        minute: end_time.1,
        second: end_time.2,
    };
    Ok(Raw {
        at,
        line: Some(line),
        start,
        end,
        display: row.value("Display Date"),
        headline: row.value("Headline").unwrap_or_default(),
        text: row.value("Text").unwrap_or_default(),
        group: row.value("Group"),
        unique_id: row.value("unique_id"),
        keep: row.kept(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(y: &str, m: &str, d: &str, h: &str, min: &str) -> RawParts {
        let p = |f: &str, v: &str| (!v.is_empty()).then(|| (f.to_owned(), v.to_owned()));
        RawParts {
            year_name: "Year",
            year: p("Year", y),
            month: p("Month", m),
            day: p("Day", d),
            hour: p("Time", h),
            minute: p("Time", min),
            second: None,
        }
    }
    const NONE: (&str, &str, &str, &str, &str) = ("", "", "", "", "");

    fn when(s: (&str, &str, &str, &str, &str), e: (&str, &str, &str, &str, &str), display: Option<&str>) -> Result<Dated, Fault> {
        let mut end = parts(e.0, e.1, e.2, e.3, e.4);
        end.year_name = "End Year";
        dates(&parts(s.0, s.1, s.2, s.3, s.4), &end, display)
    }

    fn ok(s: &str, e: Option<&str>, p: Precision) -> Result<Dated, Fault> {
        Ok((Some(s.to_owned()), e.map(str::to_owned), p))
    }

    #[test]
    fn precision_follows_what_is_given() {
        assert_eq!(when(("2022", "", "", "", ""), NONE, None), ok("2022-01-01", None, Precision::Year));
        assert_eq!(when(("2022", "3", "", "", ""), NONE, None), ok("2022-03-01", None, Precision::Month));
        assert_eq!(when(("2022", "March", "24", "", ""), NONE, None), ok("2022-03-24", None, Precision::Day));
        assert_eq!(when(("2022", "3", "24", "14", ""), NONE, None), ok("2022-03-24T14:00:00Z", None, Precision::Hour));
        assert_eq!(when(("2022", "3", "24", "14", "30"), NONE, None), ok("2022-03-24T14:30:00Z", None, Precision::Minute));
        // An end: a known duration between days or times, else a range.
        assert_eq!(
            when(("2022", "3", "21", "", ""), ("2022", "3", "23", "", ""), None),
            ok("2022-03-21", Some("2022-03-23"), Precision::Day)
        );
        assert_eq!(
            when(("2022", "3", "24", "14", "30"), ("2022", "3", "24", "16", "0"), None),
            ok("2022-03-24T14:30:00Z", Some("2022-03-24T16:00:00Z"), Precision::Minute)
        );
        assert_eq!(
            when(("2022", "3", "", "", ""), ("2022", "5", "", "", ""), None),
            ok("2022-03-01", Some("2022-05-31"), Precision::Range)
        );
        assert_eq!(when(("2021", "", "", "", ""), ("2022", "2", "", "", ""), None), ok("2021-01-01", Some("2022-02-28"), Precision::Range));
        assert_eq!(
            when(("2022", "3", "24", "", ""), ("2022", "3", "24", "", ""), None),
            ok("2022-03-24", None, Precision::Day),
            "the same day twice"
        );
        // chronolens's own display dates.
        assert_eq!(when(("2022", "3", "24", "", ""), NONE, Some("on or before 24 Mar 2022")), ok("2022-03-24", None, Precision::Before));
        assert_eq!(
            when(("2022", "3", "23", "", ""), ("2022", "3", "24", "", ""), Some("sometime 23–24 Mar 2022")),
            ok("2022-03-23", Some("2022-03-24"), Precision::Range)
        );
        assert_eq!(
            when(("2022", "3", "21", "", ""), ("2022", "3", "27", "", ""), Some("c. 21–27 Mar 2022")),
            ok("2022-03-21", None, Precision::Week)
        );
        assert_eq!(when(("2022", "3", "24", "", ""), NONE, Some("date unknown")), Ok((None, None, Precision::Unknown)));
        assert_eq!(
            when(("2022", "3", "24", "", ""), NONE, Some("date unknown (listed at 24 Mar 2022)")),
            Ok((Some("2022-03-24".into()), None, Precision::Unknown))
        );
    }

    #[test]
    fn bad_dates_name_their_field() {
        let err = |r: Result<_, (String, String)>| r.unwrap_err();
        assert_eq!(err(when(("2022", "13", "", "", ""), NONE, None)), ("Month".into(), "`13`: there is no month 13".into()));
        assert_eq!(
            err(when(("2022", "2", "30", "", ""), NONE, None)),
            ("Day".into(), "`30` is not a day of 2022-02 (not a real calendar date)".into())
        );
        assert_eq!(err(when(("", "2", "3", "", ""), NONE, None)).1, "is missing: a date needs at least a year");
        assert_eq!(err(when(("2022", "", "3", "", ""), NONE, None)), ("Day".into(), "is given without a month".into()));
        assert_eq!(err(when(NONE, NONE, None)).0, "Year");
        assert_eq!(err(when(("0", "", "", "", ""), NONE, None)).1, "`0`: outside years 1 to 9999");
        assert!(
            err(when(("2022", "3", "24", "", ""), ("2022", "3", "20", "", ""), None)).1.starts_with("ends (2022-03-20) before the start")
        );
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(strip_html("<p>One &amp; <b>two</b></p><p>three&nbsp;four<br/>five</p>"), "One & two\nthree four\nfive");
        assert_eq!(strip_html("a < b and c > d &copy; &#8220;q&#x201D;"), "a < b and c > d &copy; “q”");
        assert_eq!(strip_html("  spaced \n\n  out  "), "spaced\nout");
        assert_eq!(strip_html("x <<b>y</b> <3 &amp"), "x <y <3 &amp");
        // Linear on text full of `<` or `&`.
        let many = "<a ".repeat(200_000) + &"&x".repeat(200_000);
        let t = std::time::Instant::now();
        assert_eq!(strip_html(&many).len(), many.len());
        assert!(t.elapsed().as_secs() < 2);
    }

    #[test]
    fn times_as_spreadsheets_write_them() {
        let t = |s: &str| parse_time("Time", s).map(|(h, m, s)| (h.map(|x| x.1), m.map(|x| x.1), s.map(|x| x.1)));
        assert_eq!(t("14:30"), Ok((Some("14".into()), Some("30".into()), None)));
        assert_eq!(t("2:30 PM"), Ok((Some("14".into()), Some("30".into()), None)));
        assert_eq!(t("12 am"), Ok((Some("0".into()), None, None)));
        assert_eq!(t("14:30:05"), Ok((Some("14".into()), Some("30".into()), Some("05".into()))));
        assert!(t("noon").is_err() && t("14").is_err() && t("13 pm").is_err());
    }

    #[test]
    fn obvious_kinds_only() {
        assert_eq!(obvious_kind("Stoltenberg: Russia may use chemical weapons"), Kind::Statement);
        assert_eq!(obvious_kind("Russia claims US assisting Ukraine"), Kind::Claim);
        assert_eq!(obvious_kind("Russian forces accused of white phosphorus use"), Kind::Accusation);
        assert_eq!(obvious_kind("Missile strike on Kramatorsk station"), Kind::Attack);
        assert_eq!(obvious_kind("Leaders meet in Brussels"), Kind::Meeting);
        assert_eq!(obvious_kind("Kachroo posts video"), Kind::Other);
    }

    #[test]
    fn json_problems_name_the_event_and_the_field() {
        let json = serde_json::json!({"events": [
            "not an object",
            {"text": {"headline": "No date"}},
            {"start_date": {"year": 2022, "month": "13"}, "text": {"headline": "Bad month"}},
            {"start_date": {"year": 2022}, "text": {"headline": "One"}, "unique_id": "u"},
            {"start_date": {"year": 2022}, "text": {"headline": "Two"}, "unique_id": "u"},
            {"start_date": {"year": 2022}, "text": {}},
            {"start_date": {"year": 2022}, "end_date": {"year": 2021}, "text": {"headline": "Backwards"}},
        ]});
        let p = parse_json("t.json", "t.json", &json, &Gazetteer::builtin()).unwrap();
        let shown: Vec<String> = p.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            shown,
            [
                "t.json: events[0]: is not an object",
                "t.json: events[1], field `start_date.year`: is missing: TimelineJS needs a start date (at least a year)",
                "t.json: events[2], field `start_date.month`: `13`: there is no month 13",
                "t.json: events[4], field `unique_id`: `u` is also the unique_id of events[3]",
                "t.json: events[5], field `text.headline`: the event has neither a headline nor a text",
                "t.json: events[6], field `end_date.year`: ends (2021-01-01) before the start (2022-01-01)",
            ]
        );
        assert_eq!(p.records.len(), 1);
    }
}
