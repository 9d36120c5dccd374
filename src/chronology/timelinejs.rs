//! The chronology as TimelineJS3 JSON (timeline.knightlab.com), to publish
//! as an interactive timeline: one TimelineJS event per entry, its dates only
//! as precise as known, the headline the event's title, the text its
//! citations as HTML, the group its lane.
//!
//! TimelineJS draws a date as precise as its parts (a year; a month; a day; a
//! time), so each precision writes only the parts it knows. What TimelineJS
//! cannot say is written in `display_date`, in chronolens's own words, which
//! `chronolens import` reads back: a week ("c. 21–27 Mar 2022", with the 7
//! days as start and end), a range ("sometime 21–23 Mar 2022"), "on or before
//! 24 Mar 2022", "date unknown" (placed at the publication date of its first
//! source, else at the last dated event), and times ("…, 14:30 UTC").

use super::{Entry, Heading, citation_text, sources_text};
use crate::model::Precision;
use crate::model::time::{parse_instant, utc};
use chrono::{Datelike, NaiveDate, Timelike};
use serde_json::{Map, Value, json};

use crate::markup::escape_xml as esc;

/// How many parts of a date to write.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parts {
    Year,
    Month,
    Day,
    Hour,
    Minute,
}

/// A TimelineJS date object of `secs` (UTC) with the parts `parts` allows.
fn date(secs: i64, parts: Parts) -> Value {
    let d = utc(secs);
    let mut m = Map::new();
    m.insert("year".into(), Value::String(d.year().to_string()));
    if parts != Parts::Year {
        m.insert("month".into(), Value::String(d.month().to_string()));
    }
    if matches!(parts, Parts::Day | Parts::Hour | Parts::Minute) {
        m.insert("day".into(), Value::String(d.day().to_string()));
    }
    if matches!(parts, Parts::Hour | Parts::Minute) {
        m.insert("hour".into(), Value::String(d.hour().to_string()));
    }
    if parts == Parts::Minute {
        m.insert("minute".into(), Value::String(d.minute().to_string()));
    }
    Value::Object(m)
}

/// Where an undated entry is placed: its first source's publication date.
fn published_day(x: &Entry) -> Option<i64> {
    let p = x.citations.iter().find_map(|c| c.published.as_deref())?;
    let d = NaiveDate::parse_from_str(p, "%d %b %Y").ok()?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

/// (start_date, end_date, display_date) of one entry; `fallback` places an undated one.
fn dates(x: &Entry, fallback: Option<i64>) -> (Option<Value>, Option<Value>, Option<String>) {
    let precision = Precision::ALL.into_iter().find(|p| p.name() == x.precision).unwrap_or(Precision::Unknown);
    let start = x.start.as_deref().and_then(|s| parse_instant(s).ok());
    let end = x.end.as_deref().and_then(|s| parse_instant(s).ok());
    let Some(s) = start else {
        // Undated: placed where it is listed, said to be unknown.
        return (published_day(x).or(fallback).map(|d| date(d, Parts::Day)), None, Some(x.date.clone()));
    };
    // Calendar precisions use the date as written; times are in UTC.
    let day_of = |t: crate::model::Instant| t.day;
    let timed = |t: crate::model::Instant, p: Parts| if t.date_only { date(t.day, Parts::Day) } else { date(t.secs, p) };
    let shown = Some(x.date.clone());
    match precision {
        Precision::Minute | Precision::Hour => {
            let p = if precision == Precision::Minute { Parts::Minute } else { Parts::Hour };
            (Some(timed(s, p)), end.map(|e| timed(e, p)), shown)
        }
        Precision::Day => {
            let end = end
                .map(|e| date(if e.date_only { e.day } else { crate::model::time::floor_to(e.secs, crate::model::time::DAY) }, Parts::Day));
            (Some(date(day_of(s), Parts::Day)), end, None)
        }
        Precision::Week => (Some(date(day_of(s), Parts::Day)), Some(date(day_of(s) + 6 * crate::model::time::DAY, Parts::Day)), shown),
        Precision::Month => (Some(date(day_of(s), Parts::Month)), None, None),
        Precision::Year => (Some(date(day_of(s), Parts::Year)), None, None),
        Precision::Range => (Some(timed(s, Parts::Minute)), end.map(|e| timed(e, Parts::Minute)), shown),
        Precision::Before | Precision::Unknown => (Some(timed(s, Parts::Minute)), None, shown),
    }
}

/// The text of an entry: who, what kind, how verified, then each citation.
fn text(x: &Entry) -> String {
    let mut about = Vec::new();
    if let Some(a) = &x.actor {
        about.push(format!("<b>{}</b>", esc(a)));
    }
    about.push(x.kind.to_owned());
    about.push(x.verification.to_owned());
    let n = x.sources;
    about.push(format!("{} source{}", esc(&sources_text(x)), if n == 1 { "" } else { "s" }));
    if x.draft {
        about.push("<i>draft, not yet reviewed</i>".into());
    }
    let mut out = format!("<p>{}</p>", about.join(" · "));
    for c in &x.citations {
        out.push_str(&format!("<p>{}", esc(&citation_text(c))));
        if let Some(u) = &c.url {
            let u = esc(u.trim());
            out.push_str(&format!(" <a href=\"{u}\">{u}</a>"));
        }
        out.push_str("</p>");
    }
    out
}

pub fn write(h: &Heading, entries: &[Entry]) -> String {
    let last_dated = entries.iter().rev().find_map(|x| x.start.as_deref().and_then(|s| parse_instant(s).ok())).map(|t| t.day);
    let events: Vec<Value> = entries
        .iter()
        .map(|x| {
            let (start, end, display) = dates(x, last_dated);
            let mut ev = Map::new();
            if let Some(s) = start {
                ev.insert("start_date".into(), s);
            }
            if let Some(e) = end {
                ev.insert("end_date".into(), e);
            }
            if let Some(d) = display {
                if let Some(Value::Object(s)) = ev.get_mut("start_date") {
                    s.insert("display_date".into(), Value::String(d.clone()));
                }
                ev.insert("display_date".into(), Value::String(d));
            }
            ev.insert("text".into(), json!({"headline": esc(&x.title), "text": text(x)}));
            ev.insert("group".into(), Value::String(x.lane.clone()));
            ev.insert("unique_id".into(), Value::String(x.id.clone()));
            Value::Object(ev)
        })
        .collect();
    let doc = json!({
        "title": {"text": {"headline": esc(&h.title), "text": format!("<p>{}</p>", esc(&h.summary))}},
        "scale": "human",
        "events": events,
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("JSON values always serialise");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chronology::{Selection, entries, heading};
    use crate::model::load_sample;

    #[test]
    fn dates_are_only_as_precise_as_known() {
        let mut x = crate::chronology::markdown::tests::entry();
        let mut with = |start: Option<&str>, end: Option<&str>, precision: &'static str, date: &str| {
            x.start = start.map(str::to_owned);
            x.end = end.map(str::to_owned);
            x.precision = precision;
            x.date = date.to_owned();
            serde_json::to_string(&dates(&x, None)).unwrap()
        };
        assert_eq!(with(Some("2022-03-24"), None, "day", "Thu 24 Mar 2022"), r#"[{"year":"2022","month":"3","day":"24"},null,null]"#);
        assert_eq!(with(Some("2022-03-24"), None, "month", "Mar 2022"), r#"[{"year":"2022","month":"3"},null,null]"#);
        assert_eq!(with(Some("2022-03-24"), None, "year", "2022"), r#"[{"year":"2022"},null,null]"#);
        assert_eq!(
            with(Some("2022-03-24T14:30:00Z"), None, "minute", "Thu 24 Mar 2022, 14:30 UTC"),
            r#"[{"year":"2022","month":"3","day":"24","hour":"14","minute":"30"},null,"Thu 24 Mar 2022, 14:30 UTC"]"#
        );
        assert_eq!(
            with(Some("2022-03-21"), None, "week", "c. 21–27 Mar 2022"),
            r#"[{"year":"2022","month":"3","day":"21"},{"year":"2022","month":"3","day":"27"},"c. 21–27 Mar 2022"]"#
        );
        assert_eq!(
            with(Some("2022-03-24"), None, "before", "on or before 24 Mar 2022"),
            r#"[{"year":"2022","month":"3","day":"24"},null,"on or before 24 Mar 2022"]"#
        );
        // Undated: at its first source's publication date.
        assert_eq!(with(None, None, "unknown", "date unknown"), r#"[{"year":"2022","month":"3","day":"24"},null,"date unknown"]"#);
    }

    #[test]
    fn the_sample_comes_back_with_its_dates_and_titles() {
        let data = load_sample();
        let sel = Selection::default();
        let list = entries(&data, &sel).unwrap();
        let json = write(&heading(&data, &list, &sel), &list);
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["events"].as_array().unwrap().len(), 33);
        assert_eq!(v["title"]["text"]["headline"], "Seed sample: NATO and chemical weapons, March 2022");
        let g = crate::extract::Gazetteer::builtin();
        let back = crate::import::import_bytes("s.json", "s.json", json.as_bytes(), None, &Default::default(), &g, false).unwrap();
        assert_eq!(back.events.len(), 33);
        let key = |e: &crate::model::Event| (e.title.clone(), e.start.clone(), e.end.clone(), e.precision);
        let mut want: Vec<_> = data.dataset.events.iter().map(|e| key(e)).collect();
        let mut got: Vec<_> = back.events.iter().map(key).collect();
        want.sort();
        got.sort();
        assert_eq!(got, want);
        // Lanes come back by label.
        let mut ds = crate::model::Dataset { lanes: data.dataset.lanes.clone(), ..Default::default() };
        let into_lanes = crate::import::import_bytes("s.json", "s.json", json.as_bytes(), None, &ds, &g, false).unwrap();
        assert!(into_lanes.lanes.is_empty());
        let lane_of = |id: &str| data.dataset.events.iter().find(|e| e.id == id).unwrap().lane.clone();
        assert!(into_lanes.events.iter().all(|e| e.lane == lane_of(e.id.trim_start_matches("timelinejs-"))));
        into_lanes.apply(&mut ds);
        crate::model::validate::validate(&ds).unwrap();
    }
}
