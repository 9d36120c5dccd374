//! The time zone times of day are shown in: UTC, the computer's own zone, or
//! one named in the IANA database ("Europe/Kyiv").
//!
//! Only instants move between zones. A date written without a time of day is
//! a calendar date, the same in every zone: callers convert only the times of
//! minute- and hour-precise events (see `time::fmt_known_in`). The DST rules
//! come from the tz database compiled into `chrono-tz`, never from hand-written
//! rules, which go wrong at the first government decree.

use super::time::{DAY, MAX_SECS, MIN_SECS, Span, utc};
use super::types::Precision;
use chrono::{Local, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetName, Tz};

/// Zones offered in menus, besides UTC and the computer's own.
pub const CHOICES: &[&str] = &[
    "Europe/Kyiv",
    "Europe/Moscow",
    "Europe/Warsaw",
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Jerusalem",
    "Asia/Tokyo",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zone {
    #[default]
    Utc,
    /// The computer's zone, as chrono's `Local` sees it (TZ or /etc/localtime).
    Local,
    Named(Tz),
}

impl Zone {
    /// "UTC", "local" or an IANA name such as "Europe/Kyiv" (case-insensitive).
    pub fn parse(text: &str) -> Result<Zone, String> {
        let t = text.trim();
        if t.eq_ignore_ascii_case("utc") || t.eq_ignore_ascii_case("z") || t.eq_ignore_ascii_case("gmt") {
            return Ok(Zone::Utc);
        }
        if t.eq_ignore_ascii_case("local") {
            return Ok(Zone::Local);
        }
        if let Ok(tz) = t.parse::<Tz>() {
            return Ok(Zone::Named(tz));
        }
        // The database spells names in mixed case; accept any case.
        if let Some(tz) = chrono_tz::TZ_VARIANTS.iter().find(|z| z.name().eq_ignore_ascii_case(t)) {
            return Ok(Zone::Named(*tz));
        }
        Err(format!("unknown time zone `{}`: use UTC, local, or an IANA name such as {}", super::problem::clip(t), CHOICES[..5].join(", ")))
    }

    /// What `parse` reads back: "UTC", "local", "Europe/Kyiv" (for settings and the command line).
    pub fn id(&self) -> String {
        match self {
            Zone::Utc => "UTC".to_owned(),
            Zone::Local => "local".to_owned(),
            Zone::Named(tz) => tz.name().to_owned(),
        }
    }

    /// For menus and notes: "UTC", "Europe/Kyiv (EET/EEST)", "Local: Europe/Kyiv (UTC+02:00)".
    pub fn label(&self) -> String {
        match self {
            Zone::Utc => "UTC".to_owned(),
            Zone::Named(tz) => {
                // Winter and summer names of this year (the same name twice without DST).
                let year = chrono::Utc::now().format("%Y").to_string().parse().unwrap_or(2024);
                let at = |m: u32| chrono::Utc.with_ymd_and_hms(year, m, 1, 12, 0, 0).single().map(|d| d.timestamp());
                let names: Vec<String> = [at(1), at(7)].into_iter().flatten().map(|s| self.abbreviation(s)).collect();
                match names.as_slice() {
                    [w, s] if w != s => format!("{} ({w}/{s})", tz.name()),
                    [w, ..] => format!("{} ({w})", tz.name()),
                    [] => tz.name().to_owned(),
                }
            }
            Zone::Local => {
                let now = chrono::Utc::now().timestamp();
                match local_name() {
                    Some(name) => format!("Local: {name} ({})", utc_offset(self.offset_at(now))),
                    None => format!("Local ({})", utc_offset(self.offset_at(now))),
                }
            }
        }
    }

    /// Seconds east of UTC at the instant `secs`.
    pub fn offset_at(&self, secs: i64) -> i64 {
        let naive = utc(secs).naive_utc();
        match self {
            Zone::Utc => 0,
            Zone::Local => Local.offset_from_utc_datetime(&naive).fix().local_minus_utc() as i64,
            Zone::Named(tz) => tz.offset_from_utc_datetime(&naive).fix().local_minus_utc() as i64,
        }
    }

    /// The wall clock at `secs`, as seconds since 1970-01-01 00:00 *of that clock*:
    /// format it with the UTC helpers of `time` to write the local date and time.
    pub fn wall(&self, secs: i64) -> i64 {
        (secs + self.offset_at(secs)).clamp(MIN_SECS, MAX_SECS)
    }

    /// The instant a wall-clock time (as from `wall`) names: the earlier one
    /// when clocks go back, `None` in the hour skipped when they go forward.
    pub fn from_wall(&self, wall: i64) -> Option<i64> {
        let naive: NaiveDateTime = utc(wall).naive_utc();
        let earliest = |r: chrono::LocalResult<i64>| r.earliest();
        match self {
            Zone::Utc => Some(wall),
            Zone::Local => earliest(Local.from_local_datetime(&naive).map(|d| d.timestamp())),
            Zone::Named(tz) => earliest(tz.from_local_datetime(&naive).map(|d| d.timestamp())),
        }
    }

    /// Where an event's span sits on this zone's clock. Times of day (minute-
    /// and hour-precise events, ranges between two instants) are instants and
    /// stay put; a calendar date (a day, week, month, year, a range of whole
    /// days) is the date as written, so it runs from that date's midnight *on
    /// this clock*: 24 Mar in Kyiv starts at 22:00 UTC on the 23rd.
    pub fn on_clock(&self, precision: Precision, span: Span) -> Span {
        let calendar = match precision {
            Precision::Minute | Precision::Hour => false,
            Precision::Range => span.lo % DAY == 0 && span.hi % DAY == 0,
            _ => true,
        };
        if !calendar || *self == Zone::Utc {
            return span;
        }
        // A midnight skipped by a clock change (rare: some zones move at 00:00)
        // falls back on the offset just before it.
        let instant = |wall: i64| self.from_wall(wall).unwrap_or_else(|| wall - self.offset_at(wall - DAY));
        Span { lo: instant(span.lo), hi: instant(span.hi) }
    }

    /// The zone's short name at `secs`, written after a time: "UTC", "EEST",
    /// "MSK"; a plain offset ("UTC+03:00") where the database has no letters,
    /// and "local, UTC+02:00" for the computer's zone.
    pub fn abbreviation(&self, secs: i64) -> String {
        match self {
            Zone::Utc => "UTC".to_owned(),
            Zone::Local => format!("local, {}", utc_offset(self.offset_at(secs))),
            Zone::Named(tz) => {
                let off = tz.offset_from_utc_datetime(&utc(secs).naive_utc());
                match off.abbreviation() {
                    Some(a) if a.starts_with(|c: char| c.is_ascii_alphabetic()) => a.to_owned(),
                    _ => utc_offset(self.offset_at(secs)),
                }
            }
        }
    }
}

/// "UTC+02:00", "UTC-04:00", "UTC+05:30".
pub fn utc_offset(secs: i64) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.abs() / 60;
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// The IANA name of the computer's zone, when it can be told: `TZ`, or the
/// target of /etc/localtime. Only for the label; times come from chrono's `Local`.
pub fn local_name() -> Option<String> {
    let valid = |s: &str| s.parse::<Tz>().ok().map(|tz| tz.name().to_owned());
    if let Ok(tz) = std::env::var("TZ")
        && let Some(name) = valid(tz.trim_start_matches(':'))
    {
        return Some(name);
    }
    let target = std::fs::read_link("/etc/localtime").ok()?;
    let text = target.to_string_lossy();
    let (_, name) = text.split_once("zoneinfo/")?;
    valid(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::{fmt_hm, fmt_weekday_day, parse_instant};

    fn at(s: &str) -> i64 {
        parse_instant(s).unwrap().secs
    }

    fn kyiv() -> Zone {
        Zone::parse("Europe/Kyiv").unwrap()
    }

    #[test]
    fn parses_names_and_explains_a_bad_one() {
        assert_eq!(Zone::parse("UTC"), Ok(Zone::Utc));
        assert_eq!(Zone::parse(" utc "), Ok(Zone::Utc));
        assert_eq!(Zone::parse("Local"), Ok(Zone::Local));
        assert_eq!(Zone::parse("europe/kyiv"), Ok(kyiv()));
        assert_eq!(Zone::parse("America/New_York").unwrap().id(), "America/New_York");
        for z in [Zone::Utc, Zone::Local, kyiv()] {
            assert_eq!(Zone::parse(&z.id()), Ok(z), "{z:?} reads back");
        }
        for name in CHOICES {
            assert!(Zone::parse(name).is_ok(), "{name}");
        }
        let e = Zone::parse("Europe/Kiev-ish").unwrap_err();
        assert!(e.contains("unknown time zone `Europe/Kiev-ish`") && e.contains("Europe/Kyiv"), "{e}");
    }

    #[test]
    fn kyiv_is_two_hours_ahead_in_winter_and_three_in_summer() {
        let k = kyiv();
        let winter = at("2022-01-15T12:00:00Z");
        assert_eq!(k.offset_at(winter), 2 * 3600);
        assert_eq!(fmt_hm(k.wall(winter)), "14:00");
        assert_eq!(k.abbreviation(winter), "EET");
        let summer = at("2022-07-15T12:00:00Z");
        assert_eq!(k.offset_at(summer), 3 * 3600);
        assert_eq!(fmt_hm(k.wall(summer)), "15:00");
        assert_eq!(k.abbreviation(summer), "EEST");
        // Late in the evening in UTC is already the next day in Kyiv.
        assert_eq!(fmt_weekday_day(k.wall(at("2022-03-23T23:30:00Z"))), "Thu 24 Mar 2022");
        assert_eq!(k.label().split(' ').next(), Some("Europe/Kyiv"));
        assert!(k.label().contains("EET/EEST"), "{}", k.label());
        assert_eq!(Zone::Utc.offset_at(summer), 0);
        assert_eq!(utc_offset(-4 * 3600), "UTC-04:00");
        assert_eq!(utc_offset(5 * 3600 + 1800), "UTC+05:30");
    }

    #[test]
    fn a_calendar_date_runs_from_midnight_to_midnight_on_the_zones_clock() {
        let day = Span { lo: at("2022-03-24T00:00:00Z"), hi: at("2022-03-25T00:00:00Z") };
        let k = kyiv();
        assert_eq!(k.on_clock(Precision::Day, day), Span { lo: at("2022-03-23T22:00:00Z"), hi: at("2022-03-24T22:00:00Z") });
        // The DST change of 27 Mar falls inside these days: each end keeps its own offset.
        let days = Span { lo: at("2022-03-26T00:00:00Z"), hi: at("2022-03-28T00:00:00Z") };
        assert_eq!(k.on_clock(Precision::Range, days), Span { lo: at("2022-03-25T22:00:00Z"), hi: at("2022-03-27T21:00:00Z") });
        let ny = Zone::parse("America/New_York").unwrap();
        let march = Span { lo: at("2022-03-01T00:00:00Z"), hi: at("2022-04-01T00:00:00Z") };
        assert_eq!(ny.on_clock(Precision::Month, march), Span { lo: at("2022-03-01T05:00:00Z"), hi: at("2022-04-01T04:00:00Z") });
        // Instants stay where they are; so does everything in UTC.
        let hour = Span { lo: at("2022-03-24T09:00:00Z"), hi: at("2022-03-24T10:00:00Z") };
        assert_eq!(k.on_clock(Precision::Hour, hour), hour);
        let between = Span { lo: at("2022-03-24T09:30:00Z"), hi: at("2022-03-25T10:00:00Z") };
        assert_eq!(k.on_clock(Precision::Range, between), between);
        assert_eq!(Zone::Utc.on_clock(Precision::Day, day), day);
    }

    #[test]
    fn the_dst_day_has_a_gap_and_a_repeat() {
        let k = kyiv();
        // 27 Mar 2022: clocks went from 03:00 to 04:00 in Kyiv (01:00 UTC).
        assert_eq!(k.offset_at(at("2022-03-27T00:59:59Z")), 2 * 3600);
        assert_eq!(k.offset_at(at("2022-03-27T01:00:00Z")), 3 * 3600);
        assert_eq!(k.from_wall(at("2022-03-27T03:30:00Z")), None, "03:30 never happened");
        assert_eq!(k.from_wall(at("2022-03-27T04:00:00Z")), Some(at("2022-03-27T01:00:00Z")));
        // 30 Oct 2022: 03:00 to 04:00 came twice; the earlier is meant.
        assert_eq!(k.from_wall(at("2022-10-30T03:30:00Z")), Some(at("2022-10-30T00:30:00Z")));
        for s in ["2022-03-26T22:15:00Z", "2022-07-01T09:00:00Z", "2022-10-30T02:00:00Z"] {
            assert_eq!(k.from_wall(k.wall(at(s))), Some(at(s)), "{s} round-trips");
        }
    }

    #[test]
    fn new_york_is_behind() {
        let ny = Zone::parse("America/New_York").unwrap();
        let t = at("2022-03-24T02:30:00Z");
        assert_eq!(fmt_weekday_day(ny.wall(t)), "Wed 23 Mar 2022");
        assert_eq!(fmt_hm(ny.wall(t)), "22:30");
        assert_eq!(ny.abbreviation(t), "EDT");
    }
}
