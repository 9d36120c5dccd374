//! Time expressions ("on Thursday", "last week", "March 22") and the calendar
//! dates they mean, given the publication date and the week the article has
//! placed its story in ("Last week, …" makes a later "on Monday" that week's).

use super::sentences::Sentence;
use crate::model::Precision;
use chrono::{Datelike, Days, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    None,
    Last,
    Next,
    This,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueWhat {
    Weekday(Weekday, Modifier),
    /// Days relative to publication: yesterday −1, today 0, tomorrow +1, "3 days ago" −3.
    DayOffset(i64),
    LastWeek,
    ThisWeek,
    EarlierThisWeek,
    NextWeek,
    Weekend,
    Date {
        month: u32,
        day: u32,
        year: Option<i32>,
    },
    Month {
        month: u32,
        year: Option<i32>,
    },
    LastMonth,
    LastYear,
    /// "Earlier, …": some time before the story's present.
    Earlier,
}

/// A time expression in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Token range.
    pub start: usize,
    pub end: usize,
    /// The exact words.
    pub text: String,
    pub what: CueWhat,
    /// Its clause looks ahead ("will travel on Friday").
    pub future: bool,
    /// Its clause is future-in-the-past ("the summit on Thursday would agree").
    pub would: bool,
}

/// A date as the event records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub start: NaiveDate,
    /// Only for `Range`.
    pub end: Option<NaiveDate>,
    pub precision: Precision,
    /// The words it was read from.
    pub cue: Option<String>,
    /// How, in words, for the event's notes.
    pub how: String,
}

impl Dated {
    /// First and last day covered, `None` for an open start.
    pub fn days(&self) -> (Option<NaiveDate>, NaiveDate) {
        match self.precision {
            Precision::Before => (None, self.start),
            Precision::Range => (Some(self.start), self.end.unwrap_or(self.start)),
            Precision::Week => (Some(self.start), self.start + Days::new(6)),
            Precision::Month => {
                let next = if self.start.month() == 12 {
                    NaiveDate::from_ymd_opt(self.start.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(self.start.year(), self.start.month() + 1, 1)
                };
                (Some(self.start), next.expect("valid month") - Days::new(1))
            }
            Precision::Year => (Some(self.start), NaiveDate::from_ymd_opt(self.start.year(), 12, 31).expect("valid")),
            _ => (Some(self.start), self.start),
        }
    }
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];
const MONTHS: [(&str, u32); 23] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
];
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
const NUMBERS: &[&str] = &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

fn month_of(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m).or((w == "dec").then_some(12))
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let d: u32 = digits.parse().ok()?;
    let suffix = &word[digits.len()..];
    ((1..=31).contains(&d) && matches!(suffix, "" | "st" | "nd" | "rd" | "th")).then_some(d)
}

fn year_number(word: &str) -> Option<i32> {
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

/// The time expressions of a sentence, outside quoted speech.
pub fn find_cues(s: &Sentence, paragraph: &str) -> Vec<Cue> {
    let t = &s.tokens;
    let w = |k: usize| t.get(k).filter(|tok| tok.is_word() && !s.quoted[k]).map(|tok| tok.lower.as_str()).unwrap_or("");
    let mut out: Vec<Cue> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let here = w(i);
        let mut found: Option<(usize, usize, CueWhat)> = None;
        if let Some(&(_, wd)) = WEEKDAYS.iter().find(|(n, _)| *n == here) {
            let modifier = match w(i.wrapping_sub(1)) {
                "last" => Modifier::Last,
                "next" => Modifier::Next,
                "this" => Modifier::This,
                _ => Modifier::None,
            };
            let mut a = if modifier == Modifier::None { i } else { i - 1 };
            if w(a.wrapping_sub(1)) == "on" {
                a -= 1;
                if matches!(w(a.wrapping_sub(1)), "earlier" | "later" | "late" | "early") {
                    a -= 1;
                }
            } else if matches!(w(a.wrapping_sub(1)), "earlier" | "late" | "early") {
                a -= 1;
            }
            let b = if PARTS_OF_DAY.contains(&w(i + 1)) { i + 2 } else { i + 1 };
            // "Monday, March 21": the explicit date that follows decides.
            let date_follows =
                t.get(i + 1).is_some_and(|c| c.is_punct(',')) && month_of(w(i + 2)).is_some() && day_number(w(i + 3)).is_some();
            if !date_follows {
                found = Some((a, b, CueWhat::Weekday(wd, modifier)));
            }
        } else if matches!(here, "yesterday" | "today" | "tomorrow" | "tonight") {
            let off = match here {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            let a = if matches!(w(i.wrapping_sub(1)), "earlier" | "later") { i - 1 } else { i };
            let b = if PARTS_OF_DAY.contains(&w(i + 1)) { i + 2 } else { i + 1 };
            found = Some((a, b, CueWhat::DayOffset(off)));
        } else if here == "last" && w(i + 1) == "night" {
            found = Some((i, i + 2, CueWhat::DayOffset(-1)));
        } else if here == "week" && matches!(w(i.wrapping_sub(1)), "last" | "this" | "next") {
            let a = i - 1;
            let what = match w(a) {
                "last" => CueWhat::LastWeek,
                "next" => CueWhat::NextWeek,
                _ if w(a.wrapping_sub(1)) == "earlier" => CueWhat::EarlierThisWeek,
                _ => CueWhat::ThisWeek,
            };
            let a = if what == CueWhat::EarlierThisWeek { a - 1 } else { a };
            found = Some((a, i + 1, what));
        } else if here == "weekend" && matches!(w(i.wrapping_sub(1)), "the" | "last" | "this") {
            let a = if matches!(w(i.wrapping_sub(2)), "over" | "at") && w(i - 1) == "the" { i - 2 } else { i - 1 };
            found = Some((a, i + 1, CueWhat::Weekend));
        } else if here == "ago" && matches!(w(i.wrapping_sub(1)), "day" | "days") {
            let n = w(i.wrapping_sub(2));
            let count =
                n.parse::<i64>().ok().or_else(|| NUMBERS.iter().position(|x| *x == n).map(|p| p as i64)).or((n == "a").then_some(1));
            // Ten years back at most: a larger count is not a date cue worth trusting.
            if let Some(c) = count.filter(|c| (0..=3660).contains(c)) {
                found = Some((i - 2, i + 1, CueWhat::DayOffset(-c)));
            }
        } else if matches!(here, "month" | "year") && w(i.wrapping_sub(1)) == "last" {
            found = Some((i - 1, i + 1, if here == "month" { CueWhat::LastMonth } else { CueWhat::LastYear }));
        } else if let Some(month) = month_of(here).filter(|_| t[i].is_capitalized()) {
            // "March 22", "Feb. 24", "March 24, 2022"; "22 March 2022"; "in March".
            let mut k = i + 1;
            if t.get(k).is_some_and(|p| p.is_punct('.')) {
                k += 1;
            }
            let before_day = i.checked_sub(1).and_then(|p| day_number(w(p)));
            if let Some(day) = day_number(w(k)) {
                let mut end = k + 1;
                let mut year = None;
                let y_at = if t.get(end).is_some_and(|c| c.is_punct(',')) { end + 1 } else { end };
                if let Some(y) = year_number(w(y_at)) {
                    year = Some(y);
                    end = y_at + 1;
                }
                let a = if w(i.wrapping_sub(1)) == "on" { i - 1 } else { i };
                found = Some((a, end, CueWhat::Date { month, day, year }));
            } else if let Some(day) = before_day {
                let year = year_number(w(i + 1));
                let a = if w(i.wrapping_sub(2)) == "on" { i - 2 } else { i - 1 };
                found = Some((a, if year.is_some() { i + 2 } else { i + 1 }, CueWhat::Date { month, day, year }));
            } else if w(i.wrapping_sub(1)) == "in" && here != "may" && here != "mar" {
                let year = year_number(w(i + 1));
                found = Some((i - 1, if year.is_some() { i + 2 } else { i + 1 }, CueWhat::Month { month, year }));
            }
        } else if here == "earlier" && i == 0 && t.get(1).is_some_and(|c| c.is_punct(',')) {
            found = Some((0, 1, CueWhat::Earlier));
        }
        match found {
            Some((a, b, what)) => {
                let (future, would) = clause_tense(s, a, b);
                let text = paragraph[t[a].start..t[b - 1].end].to_owned();
                out.push(Cue { start: a, end: b, text, what, future, would });
                i = b;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether the clause around tokens `a..b` speaks of the future ("will"), or of
/// the future as seen from the past ("would").
fn clause_tense(s: &Sentence, a: usize, b: usize) -> (bool, bool) {
    let t = &s.tokens;
    let stop = |k: usize| t[k].is_punct(',') || t[k].is_punct(';') || t[k].lower == "that" || s.quoted[k];
    let from = (0..a).rev().find(|&k| stop(k)).map_or(0, |k| k + 1);
    let to = (b..t.len()).find(|&k| stop(k)).unwrap_or(t.len());
    let words: Vec<&str> = t[from..to].iter().map(|w| w.lower.as_str()).collect();
    let future = words.iter().any(|w| matches!(*w, "will" | "'ll" | "shall" | "scheduled" | "plans" | "due"))
        || words.windows(2).any(|p| p == ["is", "to"] || p == ["are", "to"] || p == ["set", "to"]);
    let would = words.contains(&"would");
    (future, would)
}

/// The article's publication date and the week its story is set in.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub published: NaiveDate,
    /// Monday of the week the text has moved to, and the words that did it.
    pub anchor: Option<(NaiveDate, String)>,
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Days::new(d.weekday().num_days_from_monday() as u64)
}

/// `d` moved by `days`, saturating at the calendar's ends instead of panicking.
fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 { d.checked_add_days(Days::new(days as u64)) } else { d.checked_sub_days(Days::new(days.unsigned_abs())) };
    moved.unwrap_or(if days >= 0 { NaiveDate::MAX } else { NaiveDate::MIN })
}

/// Whether a dataset can hold `d` (years 1 to 9999, see FORMAT.md).
fn in_calendar(d: NaiveDate) -> bool {
    (1..=9999).contains(&d.year())
}

impl Calendar {
    pub fn new(published: NaiveDate) -> Calendar {
        Calendar { published, anchor: None }
    }

    /// The date a cue means. Week expressions move the anchor for later cues;
    /// "today"/"yesterday" move it back to the publication week.
    pub fn resolve(&mut self, cue: &Cue) -> Dated {
        let before = self.anchor.clone();
        let d = self.resolve_inner(cue);
        // Only what the story reports as past sets its week; plans do not, nor
        // does a week before the calendar's first.
        if cue.future || cue.would || cue.what == CueWhat::NextWeek || self.anchor.as_ref().is_some_and(|(m, _)| !in_calendar(*m)) {
            self.anchor = before;
        }
        self.within_calendar(d)
    }

    /// `d`, or, when it reaches past years 1 to 9999 (near the ends of the
    /// calendar), only what is sure: on or before publication.
    pub fn within_calendar(&self, d: Dated) -> Dated {
        let (first, last) = d.days();
        if in_calendar(d.start) && first.is_none_or(in_calendar) && in_calendar(last) {
            return d;
        }
        let how = format!("{}, which falls outside years 1 to 9999: on or before publication", d.how);
        self.before(d.cue, how)
    }

    fn resolve_inner(&mut self, cue: &Cue) -> Dated {
        let p = self.published;
        let day = |d: NaiveDate, how: String| Dated { start: d, end: None, precision: Precision::Day, cue: Some(cue.text.clone()), how };
        let range = |a: NaiveDate, b: NaiveDate, how: String| {
            if a >= b {
                day(a.min(b), how)
            } else {
                Dated { start: a, end: Some(b), precision: Precision::Range, cue: Some(cue.text.clone()), how }
            }
        };
        let week = |m: NaiveDate, how: String| Dated { start: m, end: None, precision: Precision::Week, cue: Some(cue.text.clone()), how };
        match cue.what {
            CueWhat::Weekday(wd, modifier) => {
                let back = (7 + p.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64) % 7;
                let ahead = (7 - back) % 7;
                match (modifier, &self.anchor) {
                    (Modifier::None, Some((monday, words))) if !cue.future && shift(*monday, wd.num_days_from_monday() as i64) <= p => {
                        let d = shift(*monday, wd.num_days_from_monday() as i64);
                        day(d, format!("{} of the week of “{words}”", wd_name(wd)))
                    }
                    (Modifier::Next, _) => day(shift(p, if ahead == 0 { 7 } else { ahead }), "the next one after publication".to_owned()),
                    (Modifier::This, _) => day(shift(monday_of(p), wd.num_days_from_monday() as i64), "in the publication week".to_owned()),
                    (Modifier::Last, _) => day(shift(p, -(if back == 0 { 7 } else { back })), "the last one before publication".to_owned()),
                    _ if cue.future => {
                        day(shift(p, if ahead == 0 { 7 } else { ahead }), "future tense: the next one after publication".to_owned())
                    }
                    _ => day(shift(p, -back), "the last one on or before publication".to_owned()),
                }
            }
            CueWhat::DayOffset(n) => {
                self.anchor = None;
                day(shift(p, n), "counted from publication".to_owned())
            }
            CueWhat::LastWeek => {
                let m = shift(monday_of(p), -7);
                self.anchor = Some((m, cue.text.clone()));
                week(m, "the week before publication".to_owned())
            }
            CueWhat::NextWeek => {
                let m = shift(monday_of(p), 7);
                self.anchor = Some((m, cue.text.clone()));
                week(m, "the week after publication".to_owned())
            }
            CueWhat::ThisWeek | CueWhat::EarlierThisWeek => {
                let m = monday_of(p);
                self.anchor = Some((m, cue.text.clone()));
                let how = "the publication week".to_owned();
                match (cue.what, cue.future) {
                    (_, true) => range(p, shift(m, 6), how),
                    (CueWhat::EarlierThisWeek, _) => range(m, shift(p, -1).max(m), how),
                    _ => range(m, p, how),
                }
            }
            CueWhat::Weekend => {
                let back_to_sunday = (p.weekday().num_days_from_monday() as i64 + 1) % 7;
                let sunday =
                    if cue.future { shift(p, (6 - p.weekday().num_days_from_monday() as i64).max(0)) } else { shift(p, -back_to_sunday) };
                range(shift(sunday, -1), sunday, "the nearest weekend".to_owned())
            }
            CueWhat::Date { month, day: d, year } => {
                let pick = |y: i32| NaiveDate::from_ymd_opt(y, month, d);
                let date = match year {
                    Some(y) => pick(y),
                    // No year: the publication year, unless that lands well after
                    // publication for a past event (then the year before).
                    None => pick(p.year()).and_then(|x| if !cue.future && x > shift(p, 7) { pick(p.year() - 1) } else { Some(x) }),
                };
                match date {
                    Some(x) => {
                        day(x, if year.is_some() { "explicit date".to_owned() } else { "explicit date, year of publication".to_owned() })
                    }
                    None => self.before(Some(cue.text.clone()), format!("“{}” is not a calendar date", cue.text)),
                }
            }
            CueWhat::Month { month, year } => {
                let y = year.unwrap_or(if month > p.month() && !cue.future { p.year() - 1 } else { p.year() });
                let start = NaiveDate::from_ymd_opt(y, month, 1).expect("valid month");
                Dated { start, end: None, precision: Precision::Month, cue: Some(cue.text.clone()), how: "the month named".to_owned() }
            }
            CueWhat::LastMonth => {
                let first = NaiveDate::from_ymd_opt(p.year(), p.month(), 1).expect("valid");
                let prev = first - Days::new(1);
                let start = NaiveDate::from_ymd_opt(prev.year(), prev.month(), 1).expect("valid");
                Dated {
                    start,
                    end: None,
                    precision: Precision::Month,
                    cue: Some(cue.text.clone()),
                    how: "the month before publication".to_owned(),
                }
            }
            CueWhat::LastYear => {
                let start = NaiveDate::from_ymd_opt(p.year() - 1, 1, 1).expect("valid");
                Dated {
                    start,
                    end: None,
                    precision: Precision::Year,
                    cue: Some(cue.text.clone()),
                    how: "the year before publication".to_owned(),
                }
            }
            CueWhat::Earlier => self.before(Some(cue.text.clone()), "“earlier”: some time before publication".to_owned()),
        }
    }

    /// "On or before publication": what is known of an undated report.
    pub fn before(&self, cue: Option<String>, how: String) -> Dated {
        Dated { start: self.published, end: None, precision: Precision::Before, cue, how }
    }
}

fn wd_name(wd: Weekday) -> &'static str {
    WEEKDAYS[wd.num_days_from_monday() as usize].0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split_sentences;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Resolves every cue of every sentence in order; returns (cue text, start, end, precision).
    fn dates(text: &str, published: &str) -> Vec<(String, String, Option<String>, Precision)> {
        let mut cal = Calendar::new(d(published));
        let mut out = Vec::new();
        for s in split_sentences(text) {
            for c in find_cues(&s, text) {
                let r = cal.resolve(&c);
                out.push((c.text, r.start.to_string(), r.end.map(|e| e.to_string()), r.precision));
            }
        }
        out
    }

    fn day(cue: &str, date: &str) -> (String, String, Option<String>, Precision) {
        (cue.to_owned(), date.to_owned(), None, Precision::Day)
    }

    #[test]
    fn weekdays_are_the_last_one_on_or_before_publication() {
        // 2022-03-24 was a Thursday.
        let r = dates("Stoltenberg said on Thursday it. Earlier on Wednesday, Biden said so. He spoke Monday evening.", "2022-03-24");
        assert_eq!(r, [day("on Thursday", "2022-03-24"), day("Earlier on Wednesday", "2022-03-23"), day("Monday evening", "2022-03-21")]);
    }

    #[test]
    fn last_week_anchors_later_weekdays_in_that_week() {
        // Published Monday 28 March 2022: "on Monday" alone would be the 28th.
        let r = dates("Last week, troops were accused. In a post on Monday, he claimed it. Sullivan said on Friday it.", "2022-03-28");
        assert_eq!(
            r,
            [
                ("Last week".to_owned(), "2022-03-21".to_owned(), None, Precision::Week),
                day("on Monday", "2022-03-21"),
                day("on Friday", "2022-03-25")
            ]
        );
        let r = dates("This week, it rained. On Sunday, it stopped.", "2022-06-15");
        assert_eq!(r[1], day("On Sunday", "2022-06-12"), "a past weekday is never after publication");
        let r = dates("He said on Monday it.", "2022-03-28");
        assert_eq!(r, [day("on Monday", "2022-03-28")]);
    }

    #[test]
    fn future_tense_points_forward() {
        let r = dates("Biden will travel to Poland on Friday.", "2022-03-24");
        assert_eq!(r, [day("on Friday", "2022-03-25")]);
        let r = dates("Last week, it rained. Biden will travel on Friday.", "2022-03-28");
        assert_eq!(r[1], day("on Friday", "2022-04-01"), "the anchor is for the past, not for plans");
    }

    #[test]
    fn relative_days_and_weeks() {
        let r = dates("Yesterday it rained. Today, he said so. This week, they met. Earlier this week, it was cold.", "2022-03-24");
        assert_eq!(r[0], day("Yesterday", "2022-03-23"));
        assert_eq!(r[1], day("Today", "2022-03-24"));
        assert_eq!(r[2], ("This week".to_owned(), "2022-03-21".to_owned(), Some("2022-03-24".to_owned()), Precision::Range));
        assert_eq!(r[3], ("Earlier this week".to_owned(), "2022-03-21".to_owned(), Some("2022-03-23".to_owned()), Precision::Range));
        let r = dates("Two days ago, it happened over the weekend.", "2022-03-24");
        assert_eq!(r[0], day("Two days ago", "2022-03-22"));
        assert_eq!(r[1], ("over the weekend".to_owned(), "2022-03-19".to_owned(), Some("2022-03-20".to_owned()), Precision::Range));
    }

    #[test]
    fn explicit_dates() {
        let r = dates(
            "On March 22, it began. By 22 March 2022 it was over. On Feb. 24, Russia invaded. On March 24, 2022, NATO met.",
            "2022-03-28",
        );
        assert_eq!(
            r,
            [
                day("On March 22", "2022-03-22"),
                day("22 March 2022", "2022-03-22"),
                day("On Feb. 24", "2022-02-24"),
                day("On March 24, 2022", "2022-03-24")
            ]
        );
        let r = dates("On December 30, it began.", "2023-01-02");
        assert_eq!(r, [day("On December 30", "2022-12-30")], "a past date without a year is not in the future");
        assert_eq!(dates("It happened in March.", "2022-05-02")[0].3, Precision::Month);
    }

    #[test]
    fn words_that_are_not_dates() {
        assert!(dates("Russia may use them. The march was long.", "2022-03-24").is_empty());
    }

    #[test]
    fn future_in_the_past_is_flagged() {
        let s = &split_sentences("He said that the NATO summit on Thursday would agree to help.")[0];
        let c = find_cues(s, "He said that the NATO summit on Thursday would agree to help.");
        assert!(c[0].would && !c[0].future);
    }

    #[test]
    fn dates_past_the_calendars_ends_are_only_on_or_before_publication() {
        // Datasets hold years 1 to 9999: "yesterday" on 1 January of year 1 has no day.
        let before = |cue: &str, published: &str| (cue.to_owned(), published.to_owned(), None, Precision::Before);
        assert_eq!(dates("Yesterday it rained.", "0001-01-01"), [before("Yesterday", "0001-01-01")]);
        assert_eq!(dates("Last week, it rained.", "0001-01-03"), [before("Last week", "0001-01-03")]);
        assert_eq!(dates("It happened in December.", "0001-06-01"), [before("in December", "0001-06-01")]);
        assert_eq!(dates("He will go tomorrow.", "9999-12-31"), [before("tomorrow", "9999-12-31")]);
        assert_eq!(dates("Talks will be held next week.", "9999-12-27"), [before("next week", "9999-12-27")]);
        // A week out of the calendar does not become the story's week.
        let r = dates("Last week, it rained. On Monday, it stopped.", "0001-01-03");
        assert_eq!(r[1], day("On Monday", "0001-01-01"));
    }

    #[test]
    fn plans_do_not_move_the_story_week() {
        let r = dates("He said inspectors would visit next week. On Monday, it rained.", "2022-08-31");
        assert_eq!(r[1], day("On Monday", "2022-08-29"));
        let r = dates("Last week, it rained. Talks will be held next week. On Monday, it stopped.", "2022-08-31");
        assert_eq!(r[2], day("On Monday", "2022-08-22"), "“Last week” still holds");
    }
}
