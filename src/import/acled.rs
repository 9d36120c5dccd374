//! ACLED CSV exports: one event per row, its `notes` the text cited.
//!
//! - Dates: `event_date` as `24-03-2022`, `24 March 2022` or `2022-03-24`.
//! - `time_precision` 1 → `day`; 2 → `week`, starting on the Monday of the
//!   date's week; 3 → `month`. ACLED codes 2 when a report names a week or a
//!   weekend and records a day inside it: the 7 days are approximate, which
//!   `week` says ("c. 21–27 Mar 2022"); `range` would claim the event lies
//!   surely within exactly those 7 days ("sometime …"), more than is known.
//! - Kind from `event_type`: Battles, Explosions/Remote violence and Violence
//!   against civilians → attack; Strategic developments → decision for an
//!   Agreement or a Change to group/activity, else other; Protests, Riots and
//!   anything else → other.
//! - Lane: `actor1` through the gazetteer (its parentheses left out), else the
//!   gazetteer's default lane (Other).
//! - Provenance: article `acled-<event_id_cnty>`, paragraph 1 the notes, outlet
//!   the `source` column; the other columns are kept in the event's `acled` field
//!   (but for the id, the year and the country's codes).

use super::csv::Reader;
use super::lanes::actor_lane;
use super::{Header, ImportError, Key, LaneWish, Parsed, PeerFormat, Record, RowProblem, Where, Width, delimiter_note};
use crate::extract::Gazetteer;
use crate::model::{Article, Event, EventRare, Kind, Precision, Source, Verification};
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::collections::HashMap;

/// The columns an import needs (others are kept when present).
pub const REQUIRED: &[&str] =
    &["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "location", "source", "notes"];

/// Columns not kept in the event's `acled` field: they are the id, the
/// article (notes, source, timestamp as its publication) or follow from others.
const LEFT_OUT: &[&str] = &["event_id_cnty", "notes", "source", "timestamp", "year", "iso", "region"];

pub(super) fn parse(file: &str, text: &str, delimiter: u8, g: &Gazetteer) -> Result<Parsed, ImportError> {
    let mut reader = Reader::new(text, delimiter);
    let header = read_header(&mut reader, file, delimiter)?;
    let mut out = Parsed { format: Some(PeerFormat::Acled), delimiter: Some(delimiter), ..Default::default() };
    out.notes.extend(delimiter_note(delimiter));
    let mut seen: HashMap<String, usize> = HashMap::new();
    while let Some(rec) = super::csv::next_row(&mut reader, file, &mut out.problems) {
        let at = Where::Row(rec.number);
        let line = Some(rec.line);
        let problem =
            |column: Option<&str>, message: String| RowProblem { file: file.into(), at, line, column: column.map(str::to_owned), message };
        if let Some(message) = header.misfit(&rec.fields, Width::Exact) {
            out.problems.push(problem(None, message));
            continue;
        }
        let row = Row { header: &header, fields: &rec.fields };
        let Some(checked) = check_row(&row, &seen, |column, message| out.problems.push(problem(Some(column), message))) else {
            continue;
        };
        seen.insert(checked.id.to_owned(), rec.number);
        let key = format!("acled-{}", checked.id);
        let (article, event) = article_and_event(&row, &key, checked);
        let lane = LaneWish::Gazetteer(actor_lane(g, row.get("actor1")));
        out.records.push(Record { at, line, key: Key::Stable(key), lane, article, event, provenance: "acled" });
    }
    Ok(out)
}

/// The header row, refused when it lacks a column the import needs.
fn read_header(reader: &mut Reader<'_>, file: &str, delimiter: u8) -> Result<Header, ImportError> {
    let header = Header::read(reader, file)?;
    // A wrong delimiter reads the whole header as one column: say which one was used.
    let sep = delimiter_note(delimiter).map_or(String::new(), |n| format!(" (header {n})"));
    header.require(file, REQUIRED, "is not a complete ACLED export", &sep)?;
    Ok(header)
}

/// One data row with as many fields as the header, read by column name.
struct Row<'r> {
    header: &'r Header,
    fields: &'r [Cow<'r, str>],
}

impl<'r> Row<'r> {
    /// A required column's trimmed value.
    fn get(&self, name: &str) -> &'r str {
        let i = self.header.index(name).expect("required columns are present");
        self.fields[i].trim()
    }

    /// An optional column's trimmed value, `None` when the export lacks the column.
    fn optional(&self, name: &str) -> Option<&'r str> {
        self.header.index(name).map(|i| self.fields[i].trim())
    }
}

/// The cells of a row that passed every check.
struct Checked<'r> {
    id: &'r str,
    date: NaiveDate,
    precision: Precision,
    notes: String,
}

/// Checks every cell the import reads, reporting each bad one through `bad`
/// (column, message) so that a row's problems are all named at once; `None`
/// when any was bad.
fn check_row<'r>(row: &Row<'r>, seen: &HashMap<String, usize>, mut report: impl FnMut(&str, String)) -> Option<Checked<'r>> {
    let mut clean = true;
    let mut bad = |column: &str, message: String| {
        clean = false;
        report(column, message);
    };
    let id = row.get("event_id_cnty");
    if id.is_empty() {
        bad("event_id_cnty", "is empty: every ACLED event has an id".into());
    } else if let Some(first) = seen.get(id) {
        bad("event_id_cnty", format!("`{id}` is also on row {first}: one row per event"));
    }
    let date = match parse_date(row.get("event_date")) {
        Ok(d) => Some(d),
        Err(m) => {
            bad("event_date", m);
            None
        }
    };
    if let (Some(d), Some(year)) = (date, row.optional("year"))
        && !year.is_empty()
        && year.parse::<i32>().ok() != Some(d.year())
    {
        bad("year", format!("`{year}` is not the year of event_date `{}`", row.get("event_date")));
    }
    let precision = match row.get("time_precision") {
        "1" => Some(Precision::Day),
        "2" => Some(Precision::Week),
        "3" => Some(Precision::Month),
        "" => {
            bad("time_precision", "is empty: ACLED codes 1 (the day), 2 (the week) or 3 (the month)".into());
            None
        }
        other => {
            bad("time_precision", format!("unknown code `{other}`: ACLED codes 1 (the day), 2 (the week) or 3 (the month)"));
            None
        }
    };
    let notes = row.get("notes").replace("\r\n", "\n");
    if notes.is_empty() {
        bad("notes", "is empty: the event would have no text to cite".into());
    }
    let (Some(date), Some(precision)) = (date, precision) else { return None };
    clean.then_some(Checked { id, date, precision, notes })
}

/// "Armed clash in Izium by …": the sub-event type (else the event type), place and actor.
fn title_of(row: &Row<'_>) -> String {
    let (event_type, sub, actor, location) = (row.get("event_type"), row.get("sub_event_type"), row.get("actor1"), row.get("location"));
    let what = if !sub.is_empty() {
        sub
    } else if !event_type.is_empty() {
        event_type
    } else {
        "ACLED event"
    };
    let mut title = what.to_owned();
    if !location.is_empty() {
        title.push_str(&format!(" in {location}"));
    }
    if !actor.is_empty() {
        title.push_str(&format!(" by {actor}"));
    }
    title
}

/// The row's other columns, kept in the event's `acled` field.
fn kept_columns(row: &Row<'_>) -> serde_json::Map<String, serde_json::Value> {
    let mut raw = serde_json::Map::new();
    for (name, value) in row.header.cells(row.fields) {
        if !LEFT_OUT.contains(&name) {
            raw.insert(name.to_owned(), serde_json::Value::String(value.to_owned()));
        }
    }
    raw
}

/// The article (the notes, cited as paragraph 1) and the draft event of a checked row.
fn article_and_event(row: &Row<'_>, key: &str, checked: Checked<'_>) -> (Article, Event) {
    let Checked { date, precision, notes, .. } = checked;
    let start = match precision {
        Precision::Week => date - chrono::Duration::days(date.weekday().num_days_from_monday() as i64),
        _ => date,
    };
    let title = title_of(row);
    let source_col = row.get("source");
    let published = row
        .optional("timestamp")
        .and_then(|t| t.parse::<i64>().ok())
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string());
    let article = Article {
        id: key.into(),
        title: title.clone(),
        outlet: (!source_col.is_empty()).then(|| source_col.to_owned()),
        url: None,
        published,
        published_from: None,
        paragraphs: vec![title.clone(), notes.clone()],
        extra: Default::default(),
    };
    let mut extra = serde_json::Map::new();
    extra.insert("acled".into(), serde_json::Value::Object(kept_columns(row)));
    let cue = match precision {
        Precision::Week => "a week or weekend",
        Precision::Month => "the month",
        _ => "the day",
    };
    let actor = row.get("actor1");
    let event = Event {
        id: key.into(),
        lane: Default::default(),
        title: title.into(),
        actor: (!actor.is_empty()).then(|| actor.into()),
        kind: kind_of(row.get("event_type"), row.get("sub_event_type")),
        start: Some(start.format("%Y-%m-%d").to_string().into()),
        end: None,
        precision,
        verification: Verification::Reported,
        sources: vec![Source { article: key.into(), paragraph: 1, quote: notes.into(), ..Default::default() }],
        draft: Some(true),
        time_cue: Some(format!("ACLED event_date {}, time_precision {} ({cue})", row.get("event_date"), row.get("time_precision")).into()),
        rare: EventRare { extra: extra.into(), ..Default::default() }.into(),
    };
    (article, event)
}

/// `24-03-2022`, `24 March 2022` (or `24 Mar 2022`, `24-March-2022`) or `2022-03-24`.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("is empty".into());
    }
    let forms = ["%d-%m-%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y"];
    for f in forms {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return if (1..=9999).contains(&d.year()) { Ok(d) } else { Err(format!("`{s}`: the year is outside 1 to 9999")) };
        }
    }
    // Shaped like a date but not a real one: 31-02-2022.
    let digits: Vec<&str> = s.split(['-', ' ']).collect();
    if digits.len() == 3 && digits.iter().all(|d| !d.is_empty()) {
        let numeric = |i: usize| digits[i].chars().all(|c| c.is_ascii_digit());
        if (numeric(0) && numeric(2)) && (numeric(1) || month_word(digits[1])) {
            return Err(format!("`{s}` is not a real calendar date"));
        }
    }
    Err(format!("`{s}` is not a date as ACLED writes them (24-03-2022, 24 March 2022 or 2022-03-24)"))
}

fn month_word(w: &str) -> bool {
    let w = w.to_lowercase();
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].iter().any(|m| w.starts_with(m))
}

/// The kind of an ACLED event.
pub fn kind_of(event_type: &str, sub_event_type: &str) -> Kind {
    let t = event_type.to_lowercase();
    let sub = sub_event_type.to_lowercase();
    match t.as_str() {
        "battles" | "explosions/remote violence" | "violence against civilians" => Kind::Attack,
        "strategic developments" if sub == "agreement" || sub == "change to group/activity" => Kind::Decision,
        _ => Kind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_three_date_forms_and_refuses_others() {
        let d = NaiveDate::from_ymd_opt(2022, 3, 24).unwrap();
        for s in ["24-03-2022", "24 March 2022", "24 Mar 2022", "2022-03-24", " 24-March-2022 "] {
            assert_eq!(parse_date(s), Ok(d), "{s}");
        }
        assert_eq!(parse_date("31-02-2022").unwrap_err(), "`31-02-2022` is not a real calendar date");
        assert_eq!(parse_date("30 February 2022").unwrap_err(), "`30 February 2022` is not a real calendar date");
        assert!(parse_date("03/24/2022").unwrap_err().contains("not a date as ACLED writes them"));
        assert!(parse_date("yesterday").unwrap_err().contains("not a date as ACLED writes them"));
        assert_eq!(parse_date(""), Err("is empty".into()));
    }

    #[test]
    fn kinds_follow_the_event_type() {
        assert_eq!(kind_of("Battles", "Armed clash"), Kind::Attack);
        assert_eq!(kind_of("Explosions/Remote violence", "Air/drone strike"), Kind::Attack);
        assert_eq!(kind_of("Violence against civilians", "Attack"), Kind::Attack);
        assert_eq!(kind_of("Protests", "Peaceful protest"), Kind::Other);
        assert_eq!(kind_of("Riots", "Mob violence"), Kind::Other);
        assert_eq!(kind_of("Strategic developments", "Agreement"), Kind::Decision);
        assert_eq!(kind_of("Strategic developments", "Looting/property destruction"), Kind::Other);
        assert_eq!(kind_of("Something new", ""), Kind::Other);
    }

    fn one(csv: &str) -> Parsed {
        parse("a.csv", csv, super::super::csv::detect_delimiter(csv), &Gazetteer::builtin()).unwrap()
    }

    const HEAD: &str = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,location,source,notes\n";

    #[test]
    fn week_precision_starts_on_the_monday() {
        // 24 March 2022 was a Thursday.
        let p = one(&format!(
            "{HEAD}UKR1,24-03-2022,2022,2,Battles,Armed clash,Military Forces of Russia (2022-),Izium,Src,Fighting near Izium.\n"
        ));
        let e = &p.records[0].event;
        assert_eq!((e.start.as_deref(), e.precision), (Some("2022-03-21"), Precision::Week));
        assert_eq!(&*e.title, "Armed clash in Izium by Military Forces of Russia (2022-)");
        assert_eq!(p.records[0].lane, LaneWish::Gazetteer(Gazetteer::builtin().lane_index("russia")));
        let p = one(&format!("{HEAD}UKR2,24 March 2022,2022,3,Protests,Peaceful protest,Protesters (Ukraine),Lviv,Src,A rally.\n"));
        let e = &p.records[0].event;
        assert_eq!((e.start.as_deref(), e.precision, e.kind), (Some("2022-03-24"), Precision::Month, Kind::Other));
        assert_eq!(p.records[0].lane, LaneWish::Gazetteer(None));
    }

    #[test]
    fn every_bad_cell_of_a_row_is_named() {
        let p = one(&format!(
            "{HEAD}UKR1,32-03-2022,2022,7,Battles,Armed clash,X,Y,Src,\nUKR2,2022-03-24,2021,1,Battles,Armed clash,X,Y,Src,n\nUKR2,2022-03-24,2022,1,Battles,Armed clash,X,Y,Src,n\nUKR3,2022-03-24\n"
        ));
        let shown: Vec<String> = p.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            shown,
            [
                "a.csv: row 2, column `event_date`: `32-03-2022` is not a real calendar date",
                "a.csv: row 2, column `time_precision`: unknown code `7`: ACLED codes 1 (the day), 2 (the week) or 3 (the month)",
                "a.csv: row 2, column `notes`: is empty: the event would have no text to cite",
                "a.csv: row 3, column `year`: `2021` is not the year of event_date `2022-03-24`",
                "a.csv: row 5: has 2 fields where the header has 10 (a stray delimiter, or a quote not closed?)",
            ]
        );
        assert_eq!(p.records.len(), 1, "row 4 is good");
        let e = parse("a.csv", "event_id_cnty,event_date,notes\n", b',', &Gazetteer::builtin()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.csv: is not a complete ACLED export: missing the columns `time_precision`, `event_type`, `sub_event_type`, `actor1`, `location`, `source`"
        );
    }
}
