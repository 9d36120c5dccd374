//! Dates as the format states them, and the honest span they cover.
//!
//! All instants are whole seconds since the Unix epoch, in UTC. A date without a
//! time of day covers the whole day: it never turns into "midnight".

use super::problem::clip;
use super::types::Precision;
use super::zone::Zone;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};

pub const MINUTE: i64 = 60;
pub const HOUR: i64 = 3600;
pub const DAY: i64 = 86_400;

/// Earliest and latest instants chronolens places on a timeline (years 1..=9999).
pub const MIN_SECS: i64 = -62_135_596_800;
pub const MAX_SECS: i64 = 253_402_300_799;

/// A parsed `start` / `end` / `published` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    pub secs: i64,
    /// The text gave only a calendar date.
    pub date_only: bool,
    /// The calendar date as written (its midnight, in seconds): with an offset
    /// such as `2022-03-24T22:00-05:00` this is the 24th, although in UTC it is
    /// already the 25th. Day, week, month and year precision use this date.
    pub day: i64,
}

/// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (no offset = UTC),
/// a date written within years 1 to 9999.
pub fn parse_instant(text: &str) -> Result<Instant, String> {
    let t = parse_written(text).map_err(|e| explain(text).unwrap_or(e))?;
    if !(MIN_SECS..=MAX_SECS).contains(&t.day) {
        let year = DateTime::from_timestamp(t.day, 0).map_or_else(|| "far".to_owned(), |d| d.year().to_string());
        return Err(format!("`{}`: year {year} is outside years 1 to 9999", clip(text)));
    }
    Ok(t)
}

fn parse_written(text: &str) -> Result<Instant, String> {
    let s = text.trim();
    if let Some(t) = parse_common(s.as_bytes()) {
        return Ok(t);
    }
    if s.len() == 10 {
        return NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|d| {
                let secs = d.and_time(NaiveTime::MIN).and_utc().timestamp();
                Instant { secs, date_only: true, day: secs }
            })
            .map_err(|e| describe_date_error(text, e));
    }
    let written_day = |d: NaiveDate| d.and_time(NaiveTime::MIN).and_utc().timestamp();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(Instant { secs: dt.timestamp(), date_only: false, day: written_day(dt.date_naive()) });
    }
    for fmt in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M%#z"] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Ok(Instant { secs: dt.timestamp(), date_only: false, day: written_day(dt.date_naive()) });
        }
    }
    let naive = s.trim_end_matches('Z');
    let mut last_err = None;
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        match NaiveDateTime::parse_from_str(naive, fmt) {
            Ok(dt) => {
                return Ok(Instant { secs: dt.and_utc().timestamp(), date_only: false, day: written_day(dt.date()) });
            }
            Err(e) => last_err = Some(e),
        }
    }
    Err(match last_err {
        Some(e) => describe_date_error(text, e),
        None => format!("`{}` is not an ISO 8601 date", clip(text)),
    })
}

/// The reason a date that looks like `YYYY-MM-DD[THH:MM[:SS][±HH:MM]]` does
/// not parse, when it is one number out of its range: a year, month, hour,
/// minute or UTC offset (not a day of the month: "not a real calendar date" says it).
fn explain(text: &str) -> Option<String> {
    let s = text.trim();
    let shown = clip(text);
    let number =
        |t: &str| -> Option<u64> { (!t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok())? };
    let (date, time) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let mut ymd = date.split('-');
    let (year, month) = (number(ymd.next()?)?, ymd.next()?);
    if !(1..=9999).contains(&year) {
        return Some(format!("`{shown}`: year {year} is outside years 1 to 9999"));
    }
    if !(1..=12).contains(&number(month)?) {
        return Some(format!("`{shown}` is not a real calendar date: there is no month {month}"));
    }
    let time = time?;
    let (clock, offset) = match time.find(['+', '-', 'Z', 'z']) {
        Some(i) => (&time[..i], &time[i..]),
        None => (time, ""),
    };
    let mut hms = clock.split(':');
    let (hour, minute) = (hms.next()?, hms.next()?);
    if number(hour)? > 23 {
        let midnight = if hour == "24" { " (midnight at the end of a day is 00:00 of the next day)" } else { "" };
        return Some(format!("`{shown}` is not a real time of day: there is no hour {hour}{midnight}"));
    }
    if number(minute)? > 59 {
        return Some(format!("`{shown}` is not a real time of day: there is no minute {minute}"));
    }
    let mut hm = offset.get(1..)?.split(':');
    let (oh, om) = match (hm.next()?, hm.next()) {
        (hhmm, None) if hhmm.len() == 4 && hhmm.is_ascii() => (number(&hhmm[..2])?, number(&hhmm[2..])?),
        (hh, m) => (number(hh)?, m.map_or(Some(0), number)?),
    };
    if oh > 23 || om > 59 {
        return Some(format!("`{shown}`: the UTC offset {offset} is impossible (real offsets run from -12:00 to +14:00)"));
    }
    None
}

/// The two most common forms, `2022-03-24` and `2022-03-24T14:30:00Z`, read
/// without chrono's format machinery (a million events have a million dates).
/// Anything else, or anything not a real date, is left to the general parser.
fn parse_common(b: &[u8]) -> Option<Instant> {
    if (b.len() != 10 && b.len() != 20) || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let d2 = |i: usize| -> Option<u32> {
        let (x, y) = (b[i].wrapping_sub(b'0'), b[i + 1].wrapping_sub(b'0'));
        (x < 10 && y < 10).then_some(x as u32 * 10 + y as u32)
    };
    let year = d2(0)? * 100 + d2(2)?;
    let date = NaiveDate::from_ymd_opt(year as i32, d2(5)?, d2(8)?)?;
    let day = date.and_time(NaiveTime::MIN).and_utc().timestamp();
    if b.len() == 10 {
        return Some(Instant { secs: day, date_only: true, day });
    }
    if b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let (h, m, sec) = (d2(11)?, d2(14)?, d2(17)?);
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    Some(Instant { secs: day + (h * 3600 + m * 60 + sec) as i64, date_only: false, day })
}

fn describe_date_error(text: &str, e: chrono::ParseError) -> String {
    use chrono::format::ParseErrorKind;
    match e.kind() {
        ParseErrorKind::OutOfRange | ParseErrorKind::Impossible => {
            format!("`{}` is not a real calendar date", clip(text))
        }
        _ => format!("`{}` is not an ISO 8601 date (expected 2022-03-24 or 2022-03-24T14:30:00Z)", clip(text)),
    }
}

/// The interval `[lo, hi)` an event may lie in, as far as its date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub lo: i64,
    pub hi: i64,
}

/// A `Span` or none (an undated event), in the 16 bytes of a `Span`: an
/// `Option<Span>` takes 24, 8 MB more at a million events (issue 12). "None"
/// is kept as a span no date can give: `lo == i64::MIN` (dates lie within
/// years 1 to 9999, far from it). Read it with `get`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct OptSpan(Span);

impl OptSpan {
    pub const NONE: OptSpan = OptSpan(Span { lo: i64::MIN, hi: i64::MIN });

    #[inline]
    pub fn get(self) -> Option<Span> {
        if self.0.lo == i64::MIN { None } else { Some(self.0) }
    }

    /// Whether `span` can be kept (every span a date gives can).
    pub fn fits(span: Span) -> bool {
        span.lo != i64::MIN
    }
}

impl From<Option<Span>> for OptSpan {
    /// Panics on a span starting at `i64::MIN`, which no date gives (see `fits`).
    #[inline]
    fn from(span: Option<Span>) -> Self {
        match span {
            None => Self::NONE,
            Some(s) => {
                assert!(Self::fits(s), "a span starting at i64::MIN");
                OptSpan(s)
            }
        }
    }
}

impl Default for OptSpan {
    fn default() -> Self {
        Self::NONE
    }
}

impl std::fmt::Debug for OptSpan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl Span {
    pub fn len(&self) -> i64 {
        self.hi - self.lo
    }
    pub fn is_empty(&self) -> bool {
        self.hi <= self.lo
    }
}

pub fn floor_to(secs: i64, unit: i64) -> i64 {
    secs.div_euclid(unit) * unit
}

pub fn utc(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs.clamp(MIN_SECS, MAX_SECS), 0).expect("clamped to chrono's range")
}

/// Start of a calendar month (1-based; 13 means January of the next year).
pub fn month_start(year: i32, month: u32) -> i64 {
    let (y, m) = if month > 12 { (year + 1, month - 12) } else { (year, month) };
    Utc.with_ymd_and_hms(y, m, 1, 0, 0, 0).single().map_or(MAX_SECS, |d| d.timestamp())
}

/// Where an event lies. `Ok(None)`: undated (precision `unknown` and no start).
pub fn event_span(precision: Precision, start: Option<Instant>, end: Option<Instant>) -> Result<Option<Span>, SpanError> {
    let Some(start) = start else {
        return match precision {
            Precision::Unknown => {
                if end.is_some() {
                    Err(SpanError::EndWithoutStart)
                } else {
                    Ok(None)
                }
            }
            _ => Err(SpanError::MissingStart),
        };
    };
    let s = start.secs;
    let end_hi = |unit_floor: i64, unit: i64| -> Result<i64, SpanError> {
        match end {
            None => Ok(unit_floor + unit),
            Some(e) => {
                let hi = if e.date_only { e.secs + DAY } else { e.secs.max(unit_floor + 1) };
                if e.secs < s { Err(SpanError::EndBeforeStart) } else { Ok(hi.max(unit_floor + 1)) }
            }
        }
    };
    if matches!(precision, Precision::Minute | Precision::Hour) && start.date_only {
        // A bare date says nothing about the time of day: never show it as 00:00.
        return Err(SpanError::TimeNeeded(precision));
    }
    let span = match precision {
        Precision::Minute => {
            let lo = floor_to(s, MINUTE);
            Span { lo, hi: end_hi(lo, MINUTE)? }
        }
        Precision::Hour => {
            let lo = floor_to(s, HOUR);
            Span { lo, hi: end_hi(lo, HOUR)? }
        }
        Precision::Day => {
            let lo = start.day;
            Span { lo, hi: end_hi(lo, DAY)? }
        }
        Precision::Range => {
            if end.is_none() {
                return Err(SpanError::RangeWithoutEnd);
            }
            Span { lo: s, hi: end_hi(s, 0)? }
        }
        Precision::Week | Precision::Month | Precision::Year | Precision::Before | Precision::Unknown => {
            if end.is_some() {
                return Err(SpanError::EndNotAllowed(precision));
            }
            let day = start.day;
            match precision {
                Precision::Week => Span { lo: day, hi: day + 7 * DAY },
                Precision::Month => {
                    let d = utc(day);
                    Span { lo: month_start(d.year(), d.month()), hi: month_start(d.year(), d.month() + 1) }
                }
                Precision::Year => {
                    let y = utc(day).year();
                    Span { lo: month_start(y, 1), hi: month_start(y + 1, 1) }
                }
                _ => {
                    if start.date_only {
                        Span { lo: day, hi: day + DAY }
                    } else {
                        Span { lo: s, hi: s + MINUTE }
                    }
                }
            }
        }
    };
    // `hi` is exclusive: the last second of 9999 ends at MAX_SECS + 1.
    if span.lo < MIN_SECS || span.hi > MAX_SECS + 1 {
        return Err(SpanError::OutOfRange);
    }
    Ok(Some(span))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanError {
    MissingStart,
    EndWithoutStart,
    EndBeforeStart,
    RangeWithoutEnd,
    EndNotAllowed(Precision),
    OutOfRange,
    /// Minute or hour precision with a bare date.
    TimeNeeded(Precision),
}

impl std::fmt::Display for SpanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpanError::MissingStart => f.write_str("`start` is required unless precision is `unknown`"),
            SpanError::EndWithoutStart => f.write_str("`end` is given without `start`"),
            SpanError::EndBeforeStart => f.write_str("`end` is before `start`"),
            SpanError::RangeWithoutEnd => f.write_str("precision `range` needs an `end`"),
            SpanError::EndNotAllowed(p) => write!(
                f,
                "`end` cannot be combined with precision `{}` (use `range` for \"somewhere between\", or minute/hour/day for a known duration)",
                p.name()
            ),
            SpanError::OutOfRange => f.write_str("date is outside years 1 to 9999"),
            SpanError::TimeNeeded(p) => {
                write!(f, "precision `{}` needs a time of day in `start` (e.g. 2022-03-24T14:30Z), or use `day`", p.name())
            }
        }
    }
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn month_name(month0: u32) -> &'static str {
    MONTHS[month0 as usize % 12]
}
pub fn weekday_name(secs: i64) -> &'static str {
    WEEKDAYS[utc(secs).weekday().num_days_from_monday() as usize]
}

/// "24 Mar 2022".
pub fn fmt_day(secs: i64) -> String {
    let d = utc(secs);
    format!("{} {} {}", d.day(), month_name(d.month0()), d.year())
}

/// "Thu 24 Mar 2022".
pub fn fmt_weekday_day(secs: i64) -> String {
    format!("{} {}", weekday_name(secs), fmt_day(secs))
}

/// "14:30".
pub fn fmt_hm(secs: i64) -> String {
    let d = utc(secs);
    format!("{:02}:{:02}", d.hour(), d.minute())
}

/// `2022-03-24`.
pub fn iso_day(secs: i64) -> String {
    utc(secs).format("%Y-%m-%d").to_string()
}

/// Inclusive day range, written compactly: "21–27 Mar 2022", "28 Mar – 3 Apr 2022".
pub fn fmt_day_range(first_day: i64, last_day: i64) -> String {
    let (a, b) = (utc(first_day), utc(last_day));
    if a.date_naive() == b.date_naive() {
        fmt_day(first_day)
    } else if a.year() == b.year() && a.month() == b.month() {
        format!("{}–{} {} {}", a.day(), b.day(), month_name(a.month0()), a.year())
    } else if a.year() == b.year() {
        format!("{} {} – {} {} {}", a.day(), month_name(a.month0()), b.day(), month_name(b.month0()), a.year())
    } else {
        format!("{} – {}", fmt_day(first_day), fmt_day(last_day))
    }
}

/// The date of an event written as precisely as it is known, and no more (times in UTC).
pub fn fmt_known(precision: Precision, span: Option<Span>) -> String {
    fmt_known_in(precision, span, &Zone::Utc)
}

/// `fmt_known` with times of day in `zone`. Only times move: a calendar date
/// (day, week, month, year, a range of whole days) is written as it was given.
pub fn fmt_known_in(precision: Precision, span: Option<Span>, zone: &Zone) -> String {
    let Some(span) = span else {
        return "date unknown".to_owned();
    };
    let last_day = floor_to(span.hi - 1, DAY);
    // A time of day, and the day it falls on, on the zone's wall clock.
    let wall = |secs: i64| zone.wall(secs);
    match precision {
        Precision::Minute => {
            if span.len() <= MINUTE {
                let w = wall(span.lo);
                format!("{}, {} {}", fmt_weekday_day(w), fmt_hm(w), zone.abbreviation(span.lo))
            } else {
                fmt_time_range(span, zone)
            }
        }
        Precision::Hour => {
            if span.len() <= HOUR {
                let w = wall(span.lo);
                format!("{}, {}–{} {}", fmt_weekday_day(w), fmt_hm(w), fmt_hm(w + HOUR - 60), zone.abbreviation(span.lo))
            } else {
                fmt_time_range(span, zone)
            }
        }
        Precision::Day => {
            if span.len() <= DAY {
                fmt_weekday_day(span.lo)
            } else {
                fmt_day_range(span.lo, last_day)
            }
        }
        Precision::Week => format!("c. {}", fmt_day_range(span.lo, last_day)),
        Precision::Month => {
            let d = utc(span.lo);
            format!("{} {}", month_name(d.month0()), d.year())
        }
        Precision::Year => utc(span.lo).year().to_string(),
        Precision::Range => {
            if span.lo % DAY == 0 && span.hi % DAY == 0 {
                format!("sometime {}", fmt_day_range(span.lo, last_day))
            } else {
                format!("sometime {}", fmt_time_range(span, zone))
            }
        }
        Precision::Before => {
            if span.len() == DAY {
                format!("on or before {}", fmt_day(span.lo))
            } else {
                let w = wall(span.lo);
                format!("on or before {}, {} {}", fmt_day(w), fmt_hm(w), zone.abbreviation(span.lo))
            }
        }
        Precision::Unknown => format!("date unknown (listed at {})", fmt_day(span.lo)),
    }
}

/// "24 Mar 2022, 14:30 – 25 Mar 2022, 02:00 UTC"; both zone names when DST changes in between.
fn fmt_time_range(span: Span, zone: &Zone) -> String {
    let (a, b) = (zone.wall(span.lo), zone.wall(span.hi));
    let (za, zb) = (zone.abbreviation(span.lo), zone.abbreviation(span.hi));
    if za == zb {
        format!("{}, {} – {}, {} {zb}", fmt_day(a), fmt_hm(a), fmt_day(b), fmt_hm(b))
    } else {
        format!("{}, {} {za} – {}, {} {zb}", fmt_day(a), fmt_hm(a), fmt_day(b), fmt_hm(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Instant {
        parse_instant(s).unwrap()
    }

    /// A span or none in 16 bytes (issue 12: 8 MB less at a million events
    /// than `Option<Span>`), and every span a date gives can be kept.
    #[test]
    fn opt_span_is_a_span_sized_option() {
        assert_eq!(std::mem::size_of::<OptSpan>(), 16);
        assert_eq!(std::mem::size_of::<Option<Span>>(), 24, "what it replaces");
        assert_eq!(OptSpan::NONE.get(), None);
        assert_eq!(OptSpan::default().get(), None);
        assert_eq!(OptSpan::from(None).get(), None);
        for span in [
            Span { lo: MIN_SECS, hi: MIN_SECS + DAY },
            Span { lo: 0, hi: 0 },
            Span { lo: -1, hi: 5 },
            Span { lo: MAX_SECS, hi: MAX_SECS + 1 },
        ] {
            assert!(OptSpan::fits(span));
            assert_eq!(OptSpan::from(Some(span)).get(), Some(span));
        }
        let earliest = event_span(Precision::Day, Some(day("0001-01-01")), None).unwrap().unwrap();
        assert!(OptSpan::fits(earliest) && earliest.lo == MIN_SECS, "{earliest:?}");
        assert!(!OptSpan::fits(Span { lo: i64::MIN, hi: 0 }));
        assert_eq!(format!("{:?}", OptSpan::from(Some(Span { lo: 1, hi: 2 }))), "Some(Span { lo: 1, hi: 2 })");
    }

    #[test]
    fn parses_dates_and_times() {
        assert_eq!(day("2022-03-24"), Instant { secs: 1_648_080_000, date_only: true, day: 1_648_080_000 });
        assert_eq!(day("2022-03-24T14:30:00Z").secs, 1_648_080_000 + 14 * HOUR + 30 * MINUTE);
        assert_eq!(day("2022-03-24T14:30").secs, 1_648_080_000 + 14 * HOUR + 30 * MINUTE);
        assert_eq!(day("2022-03-24T16:30:00+02:00").secs, 1_648_080_000 + 14 * HOUR + 30 * MINUTE);
        assert!(!day("2022-03-24T14:30:00Z").date_only);
    }

    #[test]
    fn the_quick_forms_agree_with_chrono() {
        let slow = |s: &str| -> Option<i64> {
            if s.len() == 10 {
                NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(|d| d.and_time(NaiveTime::MIN).and_utc().timestamp())
            } else {
                DateTime::parse_from_rfc3339(s).ok().map(|d| d.timestamp())
            }
        };
        for s in [
            "2022-03-24",
            "2024-02-29",
            "2023-02-29",
            "0001-01-01",
            "9999-12-31",
            "2022-13-01",
            "2022-00-10",
            "2022-03-00",
            "2022-03-24T14:30:00Z",
            "2022-03-24T23:59:59Z",
            "2022-03-24T24:00:00Z",
            "2022-03-24T14:60:00Z",
            "2022-03-24T14:30:60Z",
            "1969-12-31T23:59:59Z",
        ] {
            let quick = parse_common(s.as_bytes()).map(|t| t.secs);
            if let Some(q) = quick {
                assert_eq!(Some(q), slow(s), "{s}");
                assert_eq!(parse_instant(s).unwrap().secs, q);
            } else {
                // Left to chrono, which decides.
                assert_eq!(parse_instant(s).ok().map(|t| t.secs), slow(s), "{s}");
            }
        }
        assert!(parse_common(b"2022-03-24").unwrap().date_only);
        assert!(!parse_common(b"2022-03-24T14:30:00Z").unwrap().date_only);
        for other in ["2022-03-24T14:30:00+02:00", "2022-03-24t14:30:00z", "+2022-03-24", "2022/03/24", "2022-03-24 14:30:00Z"] {
            assert_eq!(parse_common(other.as_bytes()), None, "{other}");
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        assert!(parse_instant("2022-02-30").unwrap_err().contains("not a real calendar date"));
        assert!(parse_instant("24/03/2022").unwrap_err().contains("not an ISO 8601 date"));
        assert!(parse_instant("2022-13-01").is_err());
        assert!(parse_instant("").is_err());
    }

    #[test]
    fn a_number_out_of_its_range_is_named() {
        let e = |s: &str| parse_instant(s).unwrap_err();
        assert_eq!(e("0000-03-24"), "`0000-03-24`: year 0 is outside years 1 to 9999");
        assert_eq!(e("10000-03-24"), "`10000-03-24`: year 10000 is outside years 1 to 9999");
        // The date as written counts (in UTC this one is still in year 0).
        assert!(parse_instant("0001-01-01T00:30:00+01:00").is_ok());
        assert_eq!(e("2022-13-24"), "`2022-13-24` is not a real calendar date: there is no month 13");
        assert_eq!(e("2022-00-24"), "`2022-00-24` is not a real calendar date: there is no month 00");
        assert!(e("2022-03-23T24:00").ends_with("there is no hour 24 (midnight at the end of a day is 00:00 of the next day)"));
        assert!(e("2022-03-23T25:00:00+03:00").ends_with("is not a real time of day: there is no hour 25"));
        assert!(e("2022-03-23T16:60Z").ends_with("there is no minute 60"));
        assert!(e("2022-03-23T16:00:00+25:00").contains("the UTC offset +25:00 is impossible"));
        assert!(e("2022-03-23T16:00-2500").contains("the UTC offset -2500 is impossible"));
        assert!(e("2022-03-23T16:00+1é2").contains("is not an ISO 8601 date"));
        // A day of the month out of range, or anything else, keeps the general message.
        assert_eq!(e("2023-02-29"), "`2023-02-29` is not a real calendar date");
        assert!(e("2022-03-24T16:00 UTC").contains("is not an ISO 8601 date"));
        // A megabyte of text is not echoed whole.
        assert!(e(&"9".repeat(1 << 20)).len() < 300);
    }

    #[test]
    fn day_precision_covers_the_whole_day() {
        let s = event_span(Precision::Day, Some(day("2022-03-24")), None).unwrap().unwrap();
        assert_eq!(s.len(), DAY);
        assert_eq!(fmt_known(Precision::Day, Some(s)), "Thu 24 Mar 2022");
    }

    #[test]
    fn known_dates_are_written_no_more_precisely_than_known() {
        let range = event_span(Precision::Range, Some(day("2022-03-21")), Some(day("2022-03-23"))).unwrap();
        assert_eq!(fmt_known(Precision::Range, range), "sometime 21–23 Mar 2022");
        let week = event_span(Precision::Week, Some(day("2022-03-21")), None).unwrap();
        assert_eq!(fmt_known(Precision::Week, week), "c. 21–27 Mar 2022");
        let before = event_span(Precision::Before, Some(day("2022-03-24")), None).unwrap();
        assert_eq!(fmt_known(Precision::Before, before), "on or before 24 Mar 2022");
        let month = event_span(Precision::Month, Some(day("2022-03-17")), None).unwrap().unwrap();
        assert_eq!(fmt_known(Precision::Month, Some(month)), "Mar 2022");
        assert_eq!(month.len(), 31 * DAY);
        let dec = event_span(Precision::Month, Some(day("2021-12-05")), None).unwrap().unwrap();
        assert_eq!(dec.hi, day("2022-01-01").secs);
        let minute = event_span(Precision::Minute, Some(day("2022-03-24T14:30:45Z")), None).unwrap();
        assert_eq!(fmt_known(Precision::Minute, minute), "Thu 24 Mar 2022, 14:30 UTC");
        let hour = event_span(Precision::Hour, Some(day("2022-03-24T14:30:00Z")), None).unwrap();
        assert_eq!(fmt_known(Precision::Hour, hour), "Thu 24 Mar 2022, 14:00–14:59 UTC");
        assert_eq!(fmt_known(Precision::Unknown, None), "date unknown");
    }

    #[test]
    fn times_move_to_the_zone_and_dates_stay_as_written() {
        let kyiv = Zone::parse("Europe/Kyiv").unwrap();
        let ny = Zone::parse("America/New_York").unwrap();
        let minute = event_span(Precision::Minute, Some(day("2022-03-24T14:30:00Z")), None).unwrap();
        assert_eq!(fmt_known_in(Precision::Minute, minute, &kyiv), "Thu 24 Mar 2022, 16:30 EET");
        assert_eq!(fmt_known_in(Precision::Minute, minute, &ny), "Thu 24 Mar 2022, 10:30 EDT");
        assert_eq!(fmt_known_in(Precision::Minute, minute, &Zone::Utc), fmt_known(Precision::Minute, minute));
        let summer = event_span(Precision::Hour, Some(day("2022-07-01T22:10:00Z")), None).unwrap();
        assert_eq!(fmt_known_in(Precision::Hour, summer, &kyiv), "Sat 2 Jul 2022, 01:00–01:59 EEST");
        // Across the spring change, each end keeps its own name.
        let range = event_span(Precision::Range, Some(day("2022-03-26T20:00:00Z")), Some(day("2022-03-27T06:00:00Z"))).unwrap();
        assert_eq!(fmt_known_in(Precision::Range, range, &kyiv), "sometime 26 Mar 2022, 22:00 EET – 27 Mar 2022, 09:00 EEST");
        // Date-only events, and day precision given with a time, read the same in every zone.
        let zones = [Zone::Utc, Zone::Local, kyiv, ny, Zone::parse("Asia/Tokyo").unwrap()];
        for (p, start, end) in [
            (Precision::Day, "2022-03-24", None),
            (Precision::Day, "2022-03-24T23:30:00Z", None),
            (Precision::Week, "2022-03-21", None),
            (Precision::Month, "2022-03-01", None),
            (Precision::Year, "2022-01-01", None),
            (Precision::Range, "2022-03-21", Some("2022-03-23")),
            (Precision::Before, "2022-03-24", None),
        ] {
            let span = event_span(p, Some(day(start)), end.map(day)).unwrap();
            for z in &zones {
                assert_eq!(fmt_known_in(p, span, z), fmt_known(p, span), "{start} in {z:?}");
            }
        }
    }

    #[test]
    fn calendar_units_follow_the_date_as_written() {
        // 22:00 at UTC-5 is already the 25th in UTC, but the report says the 24th.
        let late = Some(day("2022-03-24T22:00:00-05:00"));
        let d = event_span(Precision::Day, late, None).unwrap();
        assert_eq!(fmt_known(Precision::Day, d), "Thu 24 Mar 2022");
        let y = event_span(Precision::Year, Some(day("2022-12-31T23:00:00-05:00")), None).unwrap();
        assert_eq!(fmt_known(Precision::Year, y), "2022");
        // A bare date never becomes a time of day.
        assert_eq!(event_span(Precision::Minute, Some(day("2022-03-24")), None), Err(SpanError::TimeNeeded(Precision::Minute)));
        assert_eq!(event_span(Precision::Hour, Some(day("2022-03-24")), None), Err(SpanError::TimeNeeded(Precision::Hour)));
        // The calendar's last day and year are valid.
        assert!(event_span(Precision::Day, Some(day("9999-12-31")), None).is_ok());
        assert!(event_span(Precision::Year, Some(day("9999-06-01")), None).is_ok());
        assert!(event_span(Precision::Day, Some(day("0001-01-01")), None).is_ok());
    }

    #[test]
    fn span_errors() {
        let a = Some(day("2022-03-24"));
        let b = Some(day("2022-03-20"));
        assert_eq!(event_span(Precision::Range, a, b), Err(SpanError::EndBeforeStart));
        assert_eq!(event_span(Precision::Range, a, None), Err(SpanError::RangeWithoutEnd));
        assert_eq!(event_span(Precision::Day, None, None), Err(SpanError::MissingStart));
        assert_eq!(event_span(Precision::Week, a, a), Err(SpanError::EndNotAllowed(Precision::Week)));
        assert_eq!(event_span(Precision::Unknown, None, None), Ok(None));
        // A known multi-day duration at day precision is a solid bar.
        let d = event_span(Precision::Day, a, Some(day("2022-03-25"))).unwrap().unwrap();
        assert_eq!(d.len(), 2 * DAY);
        assert_eq!(fmt_known(Precision::Day, Some(d)), "24–25 Mar 2022");
    }
}
