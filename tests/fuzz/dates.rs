//! Date parsing: the format's `parse_instant` (and `parse_published` on top of
//! it) on random and mutated date strings, and the extractor's calendar
//! (`Calendar::resolve`) on every kind of time expression it can be given.

use super::guard::Target;
use super::rng::Rng;
use chrono::{Datelike, NaiveDate};
use chronolens::extract::dates::{Calendar, Cue, Dated, find_cues};
use chronolens::extract::parse_published;
use chronolens::extract::sentences::split_sentences;
use chronolens::model::Precision;
use chronolens::model::time::{DAY, MAX_SECS, MIN_SECS, event_span, fmt_known, iso_day, parse_instant, utc};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// parse_instant

fn two(rng: &mut Rng, lo: i64, hi: i64) -> String {
    format!("{:02}", rng.range(lo, hi))
}

/// A date or date-time, mostly well formed, often at or past a limit.
pub fn random_date_text(rng: &mut Rng) -> String {
    let year = match rng.below(12) {
        0 => {
            (rng.choose(&["0000", "0001", "9999", "10000", "+2022", "-0001", "-001", "+10000", "202", "20222", "1900", "2100"])).to_owned()
        }
        1 => (rng.choose(&["٢٠٢٢", "２０２２", "2O22", " 2022", "-2022", "+002022", "99999", "+99999", "-99999", "0", ""])).to_owned(),
        2 => format!("{:04}", rng.range(0, 9999)),
        3 => rng.range(-300_000, 300_000).to_string(),
        _ => format!("{:04}", rng.range(1, 9999)),
    };
    let sep = if rng.below(20) == 0 { rng.choose(&["/", "", "−", "--", ".", " "]) } else { "-" };
    let month = match rng.below(8) {
        0 => (rng.choose(&["00", "13", "1", "001", "99", "Mar", "+1", "-1", "1 "])).to_owned(),
        _ => two(rng, 1, 12),
    };
    let day = match rng.below(8) {
        0 => (rng.choose(&["00", "32", "29", "30", "31", "1", "001", "+1", "1 ", "99"])).to_owned(),
        _ => two(rng, 1, 31),
    };
    let mut s = format!("{year}{sep}{month}{sep}{day}");
    if rng.below(3) != 0 {
        s.push_str(rng.choose(&["T", "T", "T", "t", " ", "  ", "_"]));
        let hour = if rng.one_in(8) { (rng.choose(&["24", "25", "99", "-1", "1", "+1"])).to_owned() } else { two(rng, 0, 23) };
        let minute = if rng.one_in(8) { (rng.choose(&["60", "99", "5", ""])).to_owned() } else { two(rng, 0, 59) };
        s.push_str(&format!("{hour}:{minute}"));
        if rng.below(3) != 0 {
            let sec = if rng.one_in(6) { (rng.choose(&["60", "61", "99", "5"])).to_owned() } else { two(rng, 0, 59) };
            s.push_str(&format!(":{sec}"));
            if rng.one_in(3) {
                s.push('.');
                for _ in 0..1 + rng.small(20) {
                    s.push(char::from(b'0' + rng.below(10) as u8));
                }
            }
        }
        let zone = match rng.below(6) {
            0 => String::new(),
            1 | 2 => "Z".to_owned(),
            3 => format!("{}{}:{}", rng.pick(&["+", "-"]), two(rng, 0, 23), two(rng, 0, 59)),
            4 => format!("{}{}{}", rng.pick(&["+", "-"]), two(rng, 0, 23), two(rng, 0, 59)),
            _ => (rng.choose(&["z", "+24:00", "-23:59", "+99:99", "+14:00", " UTC", "+0", "+01", "-00:00", "Z "])).to_owned(),
        };
        s.push_str(&zone);
    }
    if rng.one_in(10) {
        s = format!("{}{s}{}", rng.pick(&[" ", "\t", "\u{A0}", "\u{3000}", "\n", ""]), rng.pick(&[" ", "\u{2028}", "", "\r"]));
    }
    if rng.one_in(5) {
        mutate_date_text(rng, &mut s);
    }
    s
}

/// A small edit: a digit changed, a character dropped, doubled or added.
fn mutate_date_text(rng: &mut Rng, s: &mut String) {
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    if bounds.is_empty() {
        s.push('1');
        return;
    }
    let i = rng.choose(&bounds);
    let c = s[i..].chars().next().expect("a character here");
    match rng.below(5) {
        0 => s.replace_range(i..i + c.len_utf8(), &char::from(b'0' + rng.below(10) as u8).to_string()),
        1 => {
            s.remove(i);
        }
        2 => s.insert(i, c),
        3 => s.insert(i, rng.choose(&['-', ':', 'T', 'Z', '+', '.', '0', '9', ' ', 'é', '\u{0301}'])),
        _ => s.truncate(i),
    }
}

/// A publication date as a user types it: mostly a real day, often at the calendar's ends.
pub fn random_published(rng: &mut Rng) -> String {
    let pick_day = |rng: &mut Rng, y: i32| -> String {
        let start = NaiveDate::from_ymd_opt(y, 1, 1).expect("a year");
        let d = start + chrono::Days::new(rng.below(if start.leap_year() { 366 } else { 365 }) as u64);
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    };
    match rng.below(10) {
        0 => format!("0001-01-{:02}", rng.range(1, 14)),
        1 => format!("9999-12-{:02}", rng.range(18, 31)),
        2 => (rng.choose(&[
            "0001-01-01",
            "9999-12-31",
            "2024-02-29",
            "1900-02-28",
            "2100-03-01",
            "2022-03-24T23:30:00-02:00",
            "9999-12-31T23:00:00-05:00",
            "0001-01-01T00:30:00+01:00",
        ]))
        .to_owned(),
        3 => random_date_text(rng),
        4 => {
            let y = rng.range(1, 9999) as i32;
            pick_day(rng, y)
        }
        _ => {
            let y = rng.range(1990, 2030) as i32;
            pick_day(rng, y)
        }
    }
}

/// `2022-03-24…`: the calendar date as written, if the text starts with one.
fn written_date(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    (digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10)).then(|| &s[..10])
}

/// `parse_instant` and what depends on it, for one date text (two, `|`-separated: start and end).
pub fn check_instant(input: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    let mut parts = text.splitn(2, '|');
    let (a, b) = (parts.next().unwrap_or(""), parts.next());
    let start = check_one(a)?;
    let end = match b {
        Some(b) => check_one(b)?,
        None => None,
    };
    // Every precision, with and without the end: a span that is not empty, inside the calendar.
    for p in Precision::ALL {
        for e in [None, end] {
            if let Ok(Some(span)) = event_span(p, start, e) {
                if span.is_empty() || span.lo < MIN_SECS || span.hi > MAX_SECS + 1 {
                    return Err(format!("event_span gives an empty or out-of-range span\n{p:?} {span:?}"));
                }
                if fmt_known(p, Some(span)).is_empty() {
                    return Err("fmt_known writes nothing".to_owned());
                }
            }
        }
    }
    Ok(())
}

fn check_one(s: &str) -> Result<Option<chronolens::model::Instant>, String> {
    let published = parse_published(s);
    let i = match parse_instant(s) {
        Ok(i) => i,
        Err(e) => {
            if e.trim().is_empty() {
                return Err("parse_instant fails with an empty message".to_owned());
            }
            if published.is_ok() {
                return Err("parse_published accepts what parse_instant refuses".to_owned());
            }
            return Ok(None);
        }
    };
    // The calendar date as written: a midnight within years 1 to 9999.
    if i.day % DAY != 0 {
        return Err(format!("the written day is not a midnight\n{i:?}"));
    }
    if !(MIN_SECS..=MAX_SECS).contains(&i.day) {
        return Err(format!("parse_instant accepts a date outside years 1 to 9999\n{i:?}"));
    }
    if (i.secs - i.day).abs() > 2 * DAY {
        return Err(format!("the instant is more than two days from its written date\n{i:?}"));
    }
    if i.date_only && i.secs != i.day {
        return Err(format!("a date without a time is not its day's midnight\n{i:?}"));
    }
    if let Some(w) = written_date(s.trim())
        && iso_day(i.day) != w
    {
        return Err(format!("the written day is not the date written\n{w} against {}", iso_day(i.day)));
    }
    // Round trips: the day as ISO text; the instant as UTC date-time text.
    let again = parse_instant(&iso_day(i.day)).map_err(|e| format!("the written day, formatted, does not parse again\n{e}"))?;
    if again.day != i.day || !again.date_only {
        return Err(format!("the written day does not round-trip\n{i:?} / {again:?}"));
    }
    if !i.date_only && (MIN_SECS..=MAX_SECS).contains(&i.secs) {
        let z = utc(i.secs).format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let again = parse_instant(&z).map_err(|e| format!("the instant, formatted as UTC, does not parse again\n{z}: {e}"))?;
        if again.secs != i.secs {
            return Err(format!("the instant does not round-trip through UTC text\n{z}: {i:?} / {again:?}"));
        }
    }
    match published {
        Ok(d) if !(1..=9999).contains(&d.year()) => Err(format!("parse_published gives a date outside years 1 to 9999\n{d}")),
        Ok(_) => Ok(Some(i)),
        Err(e) => Err(format!("parse_published refuses what parse_instant accepts\n{e}")),
    }
}

// ---------------------------------------------------------------------------------------------
// The extractor's calendar, on the time expressions `find_cues` reads from sentences

/// An input for `check_calendar`: the publication date, `:`, then the text.
pub fn encode_text(published: NaiveDate, text: &str) -> Vec<u8> {
    format!("{}:{text}", published.format("%Y-%m-%d")).into_bytes()
}

/// Every date the calendar gives for the cues of a text is one an event can
/// carry (as `to_event` writes it), whatever the publication date.
pub fn check_calendar(input: &[u8]) -> Result<(), String> {
    let Some(date) = input.get(..10).and_then(|d| std::str::from_utf8(d).ok()) else { return Ok(()) };
    // Publication dates are within years 1 to 9999 (`parse_published` gives no other).
    let Some(published) = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok().filter(|d| (1..=9999).contains(&d.year())) else {
        return Ok(());
    };
    let text = String::from_utf8_lossy(input.get(11..).unwrap_or_default());
    let mut cal = Calendar::new(published);
    for s in split_sentences(&text) {
        for cue in find_cues(&s, &text) {
            let d = cal.resolve(&cue);
            let _ = d.days();
            check_dated(&d, published, &cue)?;
        }
    }
    Ok(())
}

fn check_dated(d: &Dated, published: NaiveDate, cue: &Cue) -> Result<(), String> {
    let iso = |x: NaiveDate| x.format("%Y-%m-%d").to_string();
    let start = parse_instant(&iso(d.start));
    let end = if d.precision == Precision::Range { d.end.map(|e| parse_instant(&iso(e))) } else { None };
    // The first line names the kind of failure and of cue; the details follow.
    let what = format!("{:?}", cue.what);
    let what = &what[..what.find([' ', '(', '{']).unwrap_or(what.len())];
    let fail = |why: &str, detail: String| Err(format!("{why} ({what} cue)\n{detail}\npublished {published}, cue {cue:?} → {d:?}"));
    let (start, end) = match (start, end.transpose()) {
        (Ok(s), Ok(e)) => (s, e),
        (Err(e), _) | (_, Err(e)) => return fail("the calendar gives a date the format refuses", e),
    };
    match event_span(d.precision, Some(start), end) {
        Ok(Some(_)) => {}
        Ok(None) => return fail("the calendar gives an undated date", String::new()),
        Err(e) => return fail("the calendar gives a date that does not validate", e.to_string()),
    }
    if d.precision == Precision::Range && d.end.is_none_or(|e| e <= d.start) {
        return fail("a range that is not one", String::new());
    }
    Ok(())
}

/// Words that time expressions are made of, and the words around them that decide their tense.
const TIME_WORDS: &[&str] = &[
    "on",
    "last",
    "next",
    "this",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "night",
    "morning",
    "evening",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "day",
    "days",
    "ago",
    "earlier",
    "later",
    "early",
    "mid",
    "mid-",
    "late",
    "the",
    "end",
    "of",
    "beginning",
    "middle",
    "start",
    "in",
    "over",
    "past",
    "coming",
    "recent",
    "that",
    "into",
    "overnight",
    "within",
    "since",
    "by",
    "until",
    "from",
    "between",
    "and",
    "to",
    "through",
    "-",
    "–",
    "1",
    "2",
    "3",
    "10",
    "24th",
    "31st",
    "29",
    "30",
    "0",
    "3660",
    "3661",
    "a",
    "an",
    "two",
    "twelve",
    "2022",
    "1900",
    "2100",
    "1899",
    "January",
    "Feb.",
    "February",
    "March",
    "Dec",
    "December",
    "May",
    "Sept.",
    "will",
    "would",
    "said",
    "is",
    "expected",
    "was",
    "due",
    "plans",
    "scheduled",
    "meets",
    "he",
    "Biden",
    "NATO",
    ",",
    ".",
    "“",
    "”",
];

/// Phrases a sentence is made of: whole time expressions as reporters write them.
const TIME_PHRASES: &[&str] = &[
    "Biden said on Monday that",
    "the summit on Thursday would agree",
    "will travel on Friday",
    "Last week,",
    "This week,",
    "Earlier this week,",
    "next week",
    "over the weekend",
    "last weekend",
    "three days ago",
    "3661 days ago",
    "two weeks ago",
    "last month",
    "earlier this month",
    "later this month",
    "last year",
    "next year",
    "in March",
    "in mid-March",
    "in early 2022",
    "in late December",
    "in July of last year",
    "at the end of March",
    "by the end of March",
    "on March 22",
    "on Feb. 29",
    "22 March 2022",
    "December 31, 2100",
    "January 1, 1900",
    "from February 20 to 22",
    "Feb. 20-22",
    "between 3 and 5 March",
    "on the 24th",
    "the 31st",
    "overnight",
    "overnight into Wednesday",
    "in recent days",
    "over the past two weeks",
    "in the coming days",
    "over the next two weeks",
    "The next day,",
    "a day earlier",
    "that day",
    "a week later",
    "Earlier,",
    "yesterday",
    "tomorrow",
    "tonight",
    "last night",
    "is expected to meet on Tuesday",
    "was due to arrive on Monday",
    "in 2022",
];

/// A sentence of time words and phrases in random order.
pub fn random_time_text(rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.small(16) {
        let piece = if rng.one_in(2) { rng.choose(TIME_PHRASES) } else { rng.choose(TIME_WORDS) };
        if !out.is_empty() && !matches!(piece, "," | "." | "-" | "”") {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out.push_str(rng.choose(&[".", ". The next day, it rained.", "", "\n\nOn Monday, he said so."]));
    out
}

/// A publication date that is a real day, often at the calendar's ends.
fn random_day(rng: &mut Rng) -> NaiveDate {
    loop {
        if let Ok(d) = NaiveDate::parse_from_str(&random_published(rng), "%Y-%m-%d") {
            return d;
        }
    }
}

pub fn random_calendar_input(rng: &mut Rng) -> Vec<u8> {
    let published = random_day(rng);
    encode_text(published, &random_time_text(rng))
}

/// Every phrase alone, after each week- or date-setting one, at the calendar's edges.
pub fn calendar_exhaustive(t: &mut Target) {
    let days: Vec<NaiveDate> = [
        (1, 1, 1),
        (1, 1, 3),
        (1, 1, 7),
        (1, 2, 1),
        (1, 12, 31),
        (9999, 12, 31),
        (9999, 12, 27),
        (9999, 1, 1),
        (2024, 2, 29),
        (2023, 1, 1),
    ]
    .iter()
    .map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("a day"))
    .collect();
    let setters = ["", "Last week, it rained. ", "On March 22, it rained. ", "Next week, it will rain. ", "Yesterday it rained. "];
    for &p in &days {
        for phrase in TIME_PHRASES {
            for setter in setters {
                t.run(encode_text(p, &format!("{setter}He said it happened {phrase}.")));
                t.run(encode_text(p, &format!("{setter}He will go {phrase}.")));
            }
        }
    }
}

pub fn instant_exhaustive(t: &mut Target) {
    let texts = [
        "2022-03-24",
        "0001-01-01",
        "9999-12-31",
        "0000-01-01",
        "0000-12-31",
        "10000-01-01",
        "+10000-1-1",
        "-0001-1-01",
        "+2022-3-24",
        "2022-3-24",
        "2022-03-24T24:00:00Z",
        "2022-03-24T23:59:60Z",
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59-05:00",
        "0001-01-01T00:00:00+01:00",
        "0001-01-01T00:30+01:00",
        "2022-03-24T14:30",
        "2022-03-24 14:30",
        "2022-03-24T14:30:00.123456789123Z",
        "2022-02-29",
        "2024-02-29",
        "1900-02-29",
        "",
        " ",
        "T",
        "2022-03-24T",
        "2022-03-24TZ",
        "2022-03-24T14:30:00+24:00",
    ];
    for s in texts {
        t.run(s.as_bytes().to_vec());
        for e in texts {
            t.run(format!("{s}|{e}").into_bytes());
        }
    }
}

pub fn random(instants: &mut Target, calendar: &mut Target, rng: &mut Rng, budget: Duration) {
    let until = Instant::now() + budget;
    while Instant::now() < until && !instants.stopped && !calendar.stopped {
        let s = if rng.one_in(3) { format!("{}|{}", random_date_text(rng), random_date_text(rng)) } else { random_date_text(rng) };
        instants.run(s.into_bytes());
        calendar.run(random_calendar_input(rng));
    }
}
