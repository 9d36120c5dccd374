//! Time-axis ticks that adapt from centuries down to seconds: "2022",
//! "Mar 2022", "Thu 24 Mar", "14:00". Steps are calendar-aware (months and
//! years are not fixed lengths) and labels are spaced so they never collide.

use super::transform::TimeView;
use crate::model::time::{DAY, HOUR, MINUTE, floor_to, fmt_weekday_day, month_name, month_start, utc, weekday_name};
use crate::model::zone::Zone;
use chrono::Datelike;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Secs(i64),
    /// Monday-aligned weeks.
    Weeks,
    Months(u32),
    Years(u32),
}

const STEPS: &[Step] = &[
    Step::Secs(1),
    Step::Secs(5),
    Step::Secs(10),
    Step::Secs(30),
    Step::Secs(MINUTE),
    Step::Secs(5 * MINUTE),
    Step::Secs(15 * MINUTE),
    Step::Secs(30 * MINUTE),
    Step::Secs(HOUR),
    Step::Secs(3 * HOUR),
    Step::Secs(6 * HOUR),
    Step::Secs(12 * HOUR),
    Step::Secs(DAY),
    Step::Weeks,
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
];

/// 1970-01-05 was a Monday.
const MONDAY_OFFSET: i64 = 4 * DAY;

impl Step {
    pub fn approx_secs(self) -> f64 {
        match self {
            Step::Secs(s) => s as f64,
            Step::Weeks => 7.0 * DAY as f64,
            Step::Months(n) => n as f64 * 30.44 * DAY as f64,
            Step::Years(n) => n as f64 * 365.25 * DAY as f64,
        }
    }

    /// Whether every tick of `self` is also a boundary of the smaller `minor`.
    fn contains(self, minor: Step) -> bool {
        match (minor, self) {
            (Step::Secs(a), Step::Secs(b)) => b % a == 0,
            (Step::Secs(a), Step::Weeks) => (7 * DAY) % a == 0,
            (Step::Secs(a), Step::Months(_) | Step::Years(_)) => DAY % a == 0,
            (Step::Months(a), Step::Months(b)) => b % a == 0,
            (Step::Months(a), Step::Years(_)) => 12 % a == 0,
            (Step::Years(a), Step::Years(b)) => b % a == 0,
            _ => false,
        }
    }

    /// Tick instants of this step in `[a, b]`, at most `cap` of them.
    pub fn ticks_in(self, a: i64, b: i64, cap: usize, out: &mut Vec<i64>) {
        let push = |t: i64, out: &mut Vec<i64>| {
            if t >= a && t <= b && out.len() < cap {
                out.push(t);
            }
        };
        match self {
            Step::Secs(s) => {
                let mut t = floor_to(a, s);
                while t <= b && out.len() < cap {
                    push(t, out);
                    t += s;
                }
            }
            Step::Weeks => {
                let mut t = floor_to(a - MONDAY_OFFSET, 7 * DAY) + MONDAY_OFFSET;
                while t <= b && out.len() < cap {
                    push(t, out);
                    t += 7 * DAY;
                }
            }
            Step::Months(n) => {
                let d = utc(a);
                let n = n as i64;
                let mut idx = (d.year() as i64 * 12 + d.month0() as i64).div_euclid(n) * n;
                loop {
                    let t = month_start(idx.div_euclid(12) as i32, idx.rem_euclid(12) as u32 + 1);
                    if t > b || out.len() >= cap {
                        break;
                    }
                    push(t, out);
                    idx += n;
                }
            }
            Step::Years(n) => {
                let n = n as i64;
                let mut y = (utc(a).year() as i64).div_euclid(n) * n;
                loop {
                    let t = month_start(y as i32, 1);
                    if t > b || out.len() >= cap || y > 9999 {
                        break;
                    }
                    push(t, out);
                    y += n;
                }
            }
        }
    }

    /// `ticks_in` on the wall clock of `zone`: whole hours, days and so on there
    /// (a wall time skipped when clocks go forward has no tick). Weeks, months and
    /// years stay calendar dates, as written, whatever the zone.
    pub fn ticks_in_zone(self, a: i64, b: i64, cap: usize, zone: &Zone, out: &mut Vec<i64>) {
        let Step::Secs(s) = self else {
            return self.ticks_in(a, b, cap, out);
        };
        if *zone == Zone::Utc {
            return self.ticks_in(a, b, cap, out);
        }
        let mut w = floor_to(zone.wall(a), s);
        let last = zone.wall(b);
        while w <= last && out.len() < cap {
            if let Some(t) = zone.from_wall(w).filter(|t| (a..=b).contains(t)) {
                out.push(t);
            }
            w += s;
        }
    }

    /// The label of a major tick at `t`.
    pub fn major_label(self, t: i64) -> String {
        let d = utc(t);
        match self {
            Step::Secs(s) if s < MINUTE => format!("{:02}:{:02}:{:02}", d.hour_(), d.minute_(), d.second_()),
            Step::Secs(s) if s < DAY => {
                if t.rem_euclid(DAY) == 0 {
                    // Midnight names the day that starts (the context line names the year);
                    // with quarter- or half-day steps the view spans days: name the weekday too.
                    if s >= 6 * HOUR {
                        format!("{} {} {}", weekday_name(t), d.day(), month_name(d.month0()))
                    } else {
                        format!("{} {}", d.day(), month_name(d.month0()))
                    }
                } else {
                    format!("{:02}:{:02}", d.hour_(), d.minute_())
                }
            }
            Step::Secs(_) | Step::Weeks => format!("{} {} {}", weekday_name(t), d.day(), month_name(d.month0())),
            Step::Months(_) => format!("{} {}", month_name(d.month0()), d.year()),
            Step::Years(_) => d.year().to_string(),
        }
    }

    /// The (shorter) label of a minor tick at `t`.
    pub fn minor_label(self, t: i64) -> String {
        let d = utc(t);
        match self {
            Step::Secs(s) if s < MINUTE => format!(":{:02}", d.second_()),
            Step::Secs(s) if s < DAY => format!("{:02}:{:02}", d.hour_(), d.minute_()),
            Step::Secs(_) | Step::Weeks => d.day().to_string(),
            Step::Months(_) => month_name(d.month0()).to_owned(),
            Step::Years(_) => d.year().to_string(),
        }
    }

    fn major_label_chars(self) -> usize {
        match self {
            Step::Secs(s) if s < MINUTE => 8,
            // Quarter- and half-day majors only when days alone would be too sparse.
            Step::Secs(s) if s < 6 * HOUR => 6,
            Step::Secs(_) | Step::Weeks => 10,
            Step::Months(_) => 8,
            Step::Years(_) => 5,
        }
    }

    fn minor_label_chars(self) -> usize {
        match self {
            Step::Secs(s) if s < MINUTE => 3,
            Step::Secs(s) if s < DAY => 5,
            Step::Secs(_) | Step::Weeks => 2,
            Step::Months(_) => 3,
            Step::Years(_) => 4,
        }
    }
}

/// chrono's Timelike, without importing it everywhere.
trait Hms {
    fn hour_(&self) -> u32;
    fn minute_(&self) -> u32;
    fn second_(&self) -> u32;
}
impl Hms for chrono::DateTime<chrono::Utc> {
    fn hour_(&self) -> u32 {
        chrono::Timelike::hour(self)
    }
    fn minute_(&self) -> u32 {
        chrono::Timelike::minute(self)
    }
    fn second_(&self) -> u32 {
        chrono::Timelike::second(self)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub t: i64,
    pub major: bool,
    pub label: Option<String>,
}

/// Everything the axis painter needs for one frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub major: Step,
    pub minor: Option<Step>,
    pub ticks: Vec<Tick>,
    /// The larger unit around the view's centre ("Mar 2022" when ticks are days).
    pub context: String,
    /// The zone the axis is read in: "UTC", "Europe/Kyiv (EET)" (its name at the view's centre).
    pub zone: String,
}

/// Minimum spacing of minor ticks, in pixels.
const MIN_MINOR_PX: f64 = 6.0;
const MAX_TICKS: usize = 4000;

/// Chooses steps so that labels (about `char_px` wide per character) fit, and lists the ticks.
pub fn axis(view: &TimeView, width: f64, char_px: f64) -> Axis {
    axis_in(view, width, char_px, &Zone::Utc)
}

/// `axis` with clock times (hours, minutes, the midnights between days) in
/// `zone`, which the context line then names. Zoomed out to weeks and more the
/// axis is a calendar of dates as written, the same in every zone.
pub fn axis_in(view: &TimeView, width: f64, char_px: f64, zone: &Zone) -> Axis {
    let px = |s: Step| s.approx_secs() / view.secs_per_px;
    let major = STEPS.iter().copied().find(|&s| px(s) >= s.major_label_chars() as f64 * char_px + 24.0).unwrap_or(Step::Years(1000));
    let minor = STEPS.iter().copied().rev().find(|&s| s.approx_secs() < major.approx_secs() && major.contains(s) && px(s) >= MIN_MINOR_PX);
    let minor_labelled = minor.is_some_and(|m| px(m) >= m.minor_label_chars() as f64 * char_px + 12.0);

    let clock = matches!(major, Step::Secs(_));
    let z = if clock { *zone } else { Zone::Utc };
    let (a, b) = view.visible(width);
    let mut majors = Vec::new();
    major.ticks_in_zone(a, b, MAX_TICKS, &z, &mut majors);
    let mut ticks: Vec<Tick> = Vec::with_capacity(majors.len() * 4);
    if let Some(m) = minor {
        let mut minors = Vec::new();
        m.ticks_in_zone(a, b, MAX_TICKS, &z, &mut minors);
        let mut j = 0;
        for t in minors {
            while j < majors.len() && majors[j] < t {
                j += 1;
            }
            if majors.get(j) != Some(&t) {
                // Labels read the zone's wall clock (the same instant in UTC when the zone is).
                ticks.push(Tick { t, major: false, label: minor_labelled.then(|| m.minor_label(z.wall(t))) });
            }
        }
    }
    ticks.extend(majors.into_iter().map(|t| Tick { t, major: true, label: Some(major.major_label(z.wall(t))) }));
    ticks.sort_by_key(|t| t.t);

    let centre = view.t(width / 2.0) as i64;
    let wall = z.wall(centre);
    let d = utc(wall);
    let context = match major {
        Step::Secs(s) if s < 6 * HOUR => fmt_weekday_day(floor_to(wall, DAY)),
        Step::Secs(_) | Step::Weeks => format!("{} {}", month_name(d.month0()), d.year()),
        Step::Months(_) => d.year().to_string(),
        Step::Years(_) => String::new(),
    };
    // Dates are drawn on the zone's clock at every zoom (see `Zone::on_clock`), so it is named at every zoom.
    let zone = match zone {
        Zone::Utc | Zone::Local => zone.abbreviation(centre), // "UTC", "local, UTC+02:00"
        Zone::Named(_) => format!("{} ({})", zone.id(), zone.abbreviation(centre)),
    };
    Axis { major, minor, ticks, context, zone }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::parse_instant;

    fn at(s: &str) -> i64 {
        parse_instant(s).unwrap().secs
    }

    fn view_of(from: &str, to: &str, width: f64) -> TimeView {
        let (a, b) = (at(from), at(to));
        TimeView { t0: a as f64, secs_per_px: (b - a) as f64 / width }
    }

    fn labels(ax: &Axis, major: bool) -> Vec<String> {
        ax.ticks.iter().filter(|t| t.major == major).filter_map(|t| t.label.clone()).collect()
    }

    #[test]
    fn years_view_labels_years() {
        let ax = axis(&view_of("2015-01-01", "2025-01-01", 1000.0), 1000.0, 7.0);
        assert_eq!(ax.major, Step::Years(1));
        assert_eq!(labels(&ax, true).first().map(String::as_str), Some("2015"));
        assert!(labels(&ax, true).contains(&"2022".to_owned()));
    }

    #[test]
    fn months_view_labels_months() {
        let ax = axis(&view_of("2022-01-01", "2022-12-31", 1200.0), 1200.0, 7.0);
        assert_eq!(ax.major, Step::Months(1));
        assert!(labels(&ax, true).contains(&"Mar 2022".to_owned()));
        assert_eq!(ax.context, "2022");
    }

    #[test]
    fn days_view_labels_weekdays() {
        let ax = axis(&view_of("2022-03-20", "2022-03-27", 1000.0), 1000.0, 7.0);
        assert_eq!(ax.major, Step::Secs(DAY));
        assert!(labels(&ax, true).contains(&"Thu 24 Mar".to_owned()), "{:?}", labels(&ax, true));
        assert_eq!(ax.context, "Mar 2022");
        // Minor ticks split the days into hours.
        assert!(matches!(ax.minor, Some(Step::Secs(s)) if s < DAY));
    }

    #[test]
    fn hours_view_labels_clock_times() {
        let ax = axis(&view_of("2022-03-24T08:00:00Z", "2022-03-24T20:00:00Z", 1000.0), 1000.0, 7.0);
        assert!(labels(&ax, true).contains(&"14:00".to_owned()), "{:?}", labels(&ax, true));
        assert_eq!(ax.context, "Thu 24 Mar 2022");
    }

    #[test]
    fn half_day_steps_still_name_the_days() {
        let ax = axis(&view_of("2022-03-21", "2022-03-27", 1300.0), 1300.0, 7.0);
        assert_eq!(ax.major, Step::Secs(12 * HOUR));
        assert!(labels(&ax, true).contains(&"Thu 24 Mar".to_owned()), "{:?}", labels(&ax, true));
        assert_eq!(ax.context, "Mar 2022");
    }

    #[test]
    fn minutes_view_labels_minutes() {
        let ax = axis(&view_of("2022-03-24T14:00:00Z", "2022-03-24T14:30:00Z", 1000.0), 1000.0, 7.0);
        assert!(labels(&ax, true).contains(&"14:15".to_owned()), "{:?}", labels(&ax, true));
    }

    #[test]
    fn midnight_in_an_hours_view_names_the_day() {
        let ax = axis(&view_of("2022-03-23T18:00:00Z", "2022-03-24T06:00:00Z", 1000.0), 1000.0, 7.0);
        assert!(labels(&ax, true).contains(&"24 Mar".to_owned()), "{:?}", labels(&ax, true));
    }

    #[test]
    fn major_labels_never_collide_at_any_zoom() {
        let char_px = 7.0;
        let width = 1000.0;
        let mut spp = 0.1;
        // Up to the widest zoom the transform allows at this width.
        let widest = (crate::model::time::MAX_SECS - crate::model::time::MIN_SECS) as f64 / width;
        while spp <= widest {
            let view = TimeView { t0: at("2022-03-24") as f64 - 500.0 * spp, secs_per_px: spp };
            let ax = axis(&view, width, char_px);
            let mut last_end = f64::NEG_INFINITY;
            for t in ax.ticks.iter().filter(|t| t.major) {
                let x = view.x(t.t as f64);
                let w = t.label.as_ref().unwrap().chars().count() as f64 * char_px;
                assert!(x > last_end, "labels overlap at {spp} s/px: {:?}", ax.ticks);
                last_end = x + w;
            }
            assert!(ax.ticks.iter().filter(|t| t.major).count() >= 2, "too few ticks at {spp} s/px: {:?}", ax.ticks);
            spp *= 1.7;
        }
    }

    #[test]
    fn hours_and_midnights_follow_the_zone() {
        let kyiv = Zone::parse("Europe/Kyiv").unwrap();
        // 18:00 to 06:00 UTC is 20:00 to 08:00 in Kyiv (EET, UTC+2).
        let view = view_of("2022-03-23T18:00:00Z", "2022-03-24T06:00:00Z", 1000.0);
        let ax = axis_in(&view, 1000.0, 7.0, &kyiv);
        let midnight = ax.ticks.iter().find(|t| t.label.as_deref() == Some("24 Mar")).expect("Kyiv's midnight is labelled");
        assert_eq!(midnight.t, at("2022-03-23T22:00:00Z"));
        assert!(ax.ticks.iter().filter(|t| t.major).all(|t| (t.t - at("2022-03-23T22:00:00Z")).rem_euclid(HOUR) == 0), "on Kyiv's hours");
        assert!(labels(&ax, true).contains(&"04:00".to_owned()), "{:?}", labels(&ax, true));
        assert_eq!(ax.zone, "Europe/Kyiv (EET)");
        assert!(!ax.context.contains("Kyiv"), "the date line stays short: {}", ax.context);
        // The same view in UTC: midnight two hours later, and no zone note.
        let ax = axis(&view, 1000.0, 7.0);
        assert_eq!(ax.ticks.iter().find(|t| t.label.as_deref() == Some("24 Mar")).map(|t| t.t), Some(at("2022-03-24")));
        assert_eq!(ax.zone, "UTC");
        // Zoomed out to months, the axis is a calendar: the same ticks in every zone.
        let year = view_of("2022-01-01", "2022-12-31", 1200.0);
        assert_eq!(axis_in(&year, 1200.0, 7.0, &kyiv).ticks, axis(&year, 1200.0, 7.0).ticks);
    }

    #[test]
    fn every_zoom_works_in_other_zones() {
        let width = 1000.0;
        let widest = (crate::model::time::MAX_SECS - crate::model::time::MIN_SECS) as f64 / width;
        for zone in [Zone::parse("Europe/Kyiv").unwrap(), Zone::parse("America/New_York").unwrap(), Zone::Local] {
            let mut spp = 0.1;
            while spp <= widest {
                let view = TimeView { t0: at("2022-10-30") as f64 - 500.0 * spp, secs_per_px: spp };
                let ax = axis_in(&view, width, 7.0, &zone);
                assert!(ax.ticks.windows(2).all(|w| w[0].t < w[1].t), "ticks in order at {spp} s/px in {zone:?}");
                assert!(ax.ticks.iter().filter(|t| t.major).count() >= 2, "too few ticks at {spp} s/px in {zone:?}: {:?}", ax.ticks);
                spp *= 1.7;
            }
        }
    }

    #[test]
    fn the_hour_skipped_in_spring_has_no_tick() {
        let kyiv = Zone::parse("Europe/Kyiv").unwrap();
        let mut out = Vec::new();
        // 27 Mar 2022 in Kyiv: 02:00, then 03:00 is skipped, then 04:00.
        Step::Secs(HOUR).ticks_in_zone(at("2022-03-26T23:30:00Z"), at("2022-03-27T02:30:00Z"), 100, &kyiv, &mut out);
        let walls: Vec<String> = out.iter().map(|&t| crate::model::time::fmt_hm(kyiv.wall(t))).collect();
        assert_eq!(walls, ["02:00", "04:00", "05:00"]);
        assert!(out.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn month_and_week_ticks_are_calendar_aligned() {
        let mut out = Vec::new();
        Step::Months(1).ticks_in(at("2022-01-15"), at("2022-04-15"), 100, &mut out);
        assert_eq!(out, vec![at("2022-02-01"), at("2022-03-01"), at("2022-04-01")]);
        out.clear();
        Step::Weeks.ticks_in(at("2022-03-20"), at("2022-04-01"), 100, &mut out);
        assert_eq!(out, vec![at("2022-03-21"), at("2022-03-28")]); // Mondays
        out.clear();
        Step::Months(3).ticks_in(at("2021-12-01"), at("2022-12-01"), 100, &mut out);
        assert_eq!(out, vec![at("2022-01-01"), at("2022-04-01"), at("2022-07-01"), at("2022-10-01")]);
    }
}
