//! Time expressions ("on Thursday", "last week", "in mid-March", "the next
//! day") and the calendar dates they mean, given the publication date, the
//! week the article has placed its story in ("Last week, …" makes a later "on
//! Monday" that week's) and the last date it named ("The next day, …").
//!
//! Direction: words that say it decide ("last", "next", "ago", "earlier this
//! month"); otherwise the tense of the cue's clause. Past looks back from
//! publication; the future ("will", "plans to", "is expected to", a scheduled
//! "meets on Tuesday") looks ahead from it; a plan in reported speech ("said he
//! would travel on Friday") looks ahead from the date of the report.
//!
//! Precision is never more than the words give: a day only where one is named
//! or counted, "in July" a month, "in mid-March" the 11th to the 20th,
//! "earlier this month" the 1st to the day before publication. A period that
//! contains publication is cut at publication by the tense: "in March" in the
//! past tense, published on 24 March, is 1–24 March.

use super::sentences::Sentence;
use crate::model::Precision;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    None,
    Last,
    Next,
    This,
}

/// A calendar unit counted from the publication's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Monday to Sunday.
    Week,
    Month,
    Year,
}

/// Which part of a week, month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Whole,
    /// The first third: Monday–Wednesday, the 1st–10th, January–April.
    Early,
    /// The middle third: Tuesday–Thursday, the 11th–20th, May–August.
    Mid,
    /// The last third: Thursday–Sunday, the 21st–last, September–December.
    Late,
    /// Before publication, within the publication's unit ("earlier this month").
    Earlier,
    /// After publication, within it ("later this month").
    Later,
}

/// The year of a month named without a number ("in July", "in July of last year").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhichYear {
    /// The tense decides: the last one for the past, the next one for plans.
    Nearest,
    /// Years from publication's: "of last year" −1.
    Offset(i32),
    /// "last July": the latest such month before publication's month.
    Previous,
    Number(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueWhat {
    Weekday(Weekday, Modifier),
    /// Days relative to publication: yesterday −1, today 0, tomorrow +1, "3 days ago" −3.
    DayOffset(i64),
    /// A week, month or year `offset` units from publication's ("last month" −1,
    /// "three weeks ago" −3, "next year" +1), or a part of it ("earlier this month").
    Period {
        unit: Unit,
        offset: i32,
        part: Part,
    },
    /// "the weekend", "last weekend", "next weekend".
    Weekend(Modifier),
    Date {
        month: u32,
        day: u32,
        year: Option<i32>,
    },
    /// "From February 20 to 22", "Feb. 20-22", "between 3 and 5 March".
    DateRange {
        month: u32,
        day: u32,
        end_month: u32,
        end_day: u32,
        year: Option<i32>,
    },
    /// "the 24th": that day of the month the story is in.
    DayOfMonth(u32),
    /// "in March", "in mid-March 2022", "in July of last year".
    Month {
        month: u32,
        year: WhichYear,
        part: Part,
    },
    /// "in 2022", "in early 2022".
    Year {
        year: i32,
        part: Part,
    },
    /// "overnight": the night before publication; "overnight into Wednesday".
    Overnight(Option<Weekday>),
    /// "in recent days", "over the past two weeks": the last `n` days up to publication.
    Recent(i64),
    /// "in the coming days", "over the next two weeks": the `n` days from publication.
    Coming(i64),
    /// Days from the last date the text named: "the next day" +1, "a day
    /// earlier" −1, "that day" 0, "a week later" +7.
    StoryOffset(i64),
    /// Some days from the last date the text named, as a span of offsets:
    /// "a few days later" (+1, +7), "weeks earlier" (−42, −7).
    StorySpan(i64, i64),
    /// The calendar week after (+1) or before (−1) the week of the last date
    /// the text named: "the following week", "the previous week".
    StoryWeek(i64),
    /// "Earlier, …": some time before the story's present.
    Earlier,
    /// "more than five months ago", "over a year ago": on or before the day that many units
    /// (in days) back from publication.
    MoreThanAgo(i64),
}

impl CueWhat {
    /// The direction the words themselves give, whatever the tense: `Some(true)`
    /// ahead of publication ("next week"), `Some(false)` before it ("ago").
    fn says_ahead(&self) -> Option<bool> {
        use CueWhat::*;
        match *self {
            Weekday(_, Modifier::Last) | Weekend(Modifier::Last) | Recent(_) | Earlier | MoreThanAgo(_) => Some(false),
            Weekday(_, Modifier::Next) | Weekend(Modifier::Next) | Coming(_) => Some(true),
            DayOffset(n) if n != 0 => Some(n > 0),
            Period { part: Part::Earlier, .. } => Some(false),
            Period { part: Part::Later, .. } => Some(true),
            Period { offset, .. } if offset != 0 => Some(offset > 0),
            Month { year: WhichYear::Offset(o), .. } if o != 0 => Some(o > 0),
            Month { year: WhichYear::Previous, .. } => Some(false),
            _ => None,
        }
    }
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
    /// It points ahead of publication: by its words ("next week", "tomorrow")
    /// or by its clause ("will travel on Friday", "is expected to meet on
    /// Tuesday", "meets on Tuesday").
    pub future: bool,
    /// Its clause is future-in-the-past ("the summit on Thursday would agree",
    /// "was due to arrive on Monday"): ahead of the report it is told in.
    pub would: bool,
    /// For a cue that counts from the report it is told in (one that points
    /// ahead, "overnight"): the first token of the cue of the same sentence
    /// that dates that report ("said on Tuesday that the summit on Thursday
    /// would …", "said on Monday that troops shelled the city overnight").
    pub report: Option<usize>,
    /// It dates a report ("said on Monday that …", "On Monday, … said"), not
    /// what the report tells of.
    pub dates_report: bool,
    /// For "overnight" with no report dated before it: the cue that dates the report told after it
    /// ("Russia launched 30 drones overnight, the air force said on Saturday").
    pub report_after: Option<Box<Cue>>,
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
const MONTHS: [(&str, u32); 24] = [
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
    ("dec", 12),
];
const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];
pub(super) const NUMBERS: &[&str] =
    &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/// Words before a cue that belong to it: "on Monday", "in March", "over the weekend".
const LEAD_INS: &[&str] = &["on", "in", "over", "during", "within", "for", "at"];
/// Words that leave a four-digit number after "in" a year: "in 2022, …", "in 2022 alone".
const AFTER_YEAR: &[&str] = &[
    "and", "or", "but", "when", "as", "after", "before", "to", "that", "which", "the", "a", "alone", "while", "with", "at", "in", "on",
    "of",
];

pub(crate) fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == word).map(|&(_, wd)| wd)
}

/// "on Aug. 6": the point after a month's short name, before the day, is no break.
pub(crate) fn month_point(s: &Sentence, b: usize) -> bool {
    let t = &s.tokens;
    t[b].is_punct('.')
        && b > 0
        && month_of(&t[b - 1].lower).is_some()
        && t.get(b + 1).is_some_and(|w| w.lower.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// Whether a lower-case word only says when: a weekday, a month, a number, or a
/// word of a time phrase ("on Saturday", "later today", "this week", "Friday
/// morning"). For telling a time between words from the words themselves.
pub(crate) fn says_when(w: &str) -> bool {
    weekday_of(w).is_some()
        || month_of(w).is_some()
        || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
        || matches!(
            w,
            "on" | "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "earlier"
                | "later"
                | "this"
                | "last"
                | "next"
                | "week"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
        )
}

pub(crate) fn month_of(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let d: u32 = digits.parse().ok()?;
    let suffix = &word[digits.len()..];
    ((1..=31).contains(&d) && matches!(suffix, "" | "st" | "nd" | "rd" | "th")).then_some(d)
}

/// "24th", not "24".
fn ordinal_day(word: &str) -> Option<u32> {
    day_number(word).filter(|_| word.ends_with(|c: char| c.is_ascii_alphabetic()))
}

fn year_number(word: &str) -> Option<i32> {
    let y: i32 = word.parse().ok()?;
    (word.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

/// "two", "2", "a" → 2, 2, 1.
fn count_of(word: &str) -> Option<i64> {
    word.parse::<i64>()
        .ok()
        .or_else(|| NUMBERS.iter().position(|x| *x == word).map(|p| p as i64))
        .or(matches!(word, "a" | "an").then_some(1))
}

/// The words of one sentence as the recognizers see them: quoted speech and
/// the words of the cue before (up to `floor`) are invisible.
struct Scan<'a> {
    s: &'a Sentence,
    paragraph: &'a str,
    floor: usize,
}

/// A cue found: its first token, the token after it, and what it says.
type Hit = (usize, usize, CueWhat);

impl<'a> Scan<'a> {
    /// The lower-case word at `k`, or "" for punctuation, quoted speech, a
    /// token of the cue before, or past the sentence's ends.
    fn w(&self, k: usize) -> &'a str {
        match self.s.tokens.get(k) {
            Some(t) if k >= self.floor && t.is_word() && !self.s.quoted[k] => t.lower.as_str(),
            _ => "",
        }
    }

    /// The word `n` tokens before `i`.
    fn back(&self, i: usize, n: usize) -> &'a str {
        i.checked_sub(n).map_or("", |k| self.w(k))
    }

    fn cap(&self, k: usize) -> bool {
        !self.w(k).is_empty() && self.s.tokens[k].is_capitalized()
    }

    fn punct(&self, k: usize, c: char) -> bool {
        self.s.tokens.get(k).is_some_and(|t| t.is_punct(c))
    }

    /// The end of a sentence or clause at `k`: not a word.
    fn no_word(&self, k: usize) -> bool {
        self.s.tokens.get(k).is_none_or(|t| !t.is_word())
    }

    /// `a` moved back over one of `words` before it.
    fn lead_in(&self, a: usize, words: &[&str]) -> usize {
        if words.contains(&self.back(a, 1)) { a - 1 } else { a }
    }

    /// The token after a range separator that follows token `k`: "20-22",
    /// "20–22", "20 to 22", "20 through 22"; "20 and 22" only when `and`
    /// ("between 20 and 22").
    fn range_sep(&self, k: usize, and: bool) -> Option<usize> {
        let t = &self.s.tokens;
        let next = t.get(k + 1)?;
        // The tokenizer drops hyphens: "20-22" is two adjacent words.
        if matches!(self.paragraph[t[k].end..next.start].trim(), "-" | "‐") {
            return Some(k + 1);
        }
        if next.is_punct('–') || matches!(self.w(k + 1), "to" | "through" | "until" | "till") || and && self.w(k + 1) == "and" {
            return Some(k + 2);
        }
        None
    }

    /// "early March", "the end of March", "by the end of March" (a deadline: the whole).
    /// Returns the part and the first token of its words, for the word at `i`.
    fn part_before(&self, i: usize) -> (Part, usize) {
        let (part, a) = match self.back(i, 1) {
            "early" => (Part::Early, i - 1),
            "mid" => (Part::Mid, i - 1),
            "late" => (Part::Late, i - 1),
            "of" if self.back(i, 3) == "the" => match self.back(i, 2) {
                "beginning" | "start" => (Part::Early, i - 3),
                "middle" => (Part::Mid, i - 3),
                "end" => (Part::Late, i - 3),
                _ => return (Part::Whole, i),
            },
            _ => return (Part::Whole, i),
        };
        match self.back(a, 1) {
            "by" | "until" => (Part::Whole, a - 1),
            "in" | "at" | "from" | "since" => (part, a - 1),
            _ => (part, a),
        }
    }

    /// The time expression that token `i` completes, if any. Each recognizer
    /// keys on one word (a weekday, "ago", a month name) and takes in the words
    /// around it.
    fn at(&self, i: usize) -> Option<Hit> {
        self.overnight(i)
            .or_else(|| self.weekday(i))
            .or_else(|| self.day_word(i))
            .or_else(|| self.part_of_day(i))
            .or_else(|| self.counted(i))
            .or_else(|| self.period(i))
            .or_else(|| self.weekend(i))
            .or_else(|| self.ordinal(i))
            .or_else(|| self.month(i))
            .or_else(|| self.holiday(i))
            .or_else(|| self.year(i))
            .or_else(|| self.earlier(i))
    }

    /// "overnight", "overnight into Wednesday"; not the figure of speech ("not … overnight").
    fn overnight(&self, i: usize) -> Option<Hit> {
        let figure = |w: &str| matches!(w, "not" | "never" | "almost" | "virtually" | "literally") || w.ends_with("n't") || w == "cannot";
        if self.w(i) != "overnight" || (1..=3).any(|n| figure(self.back(i, n))) {
            return None;
        }
        if self.w(i + 1) == "into"
            && let Some(wd) = weekday_of(self.w(i + 2))
        {
            return Some((i, i + 3, CueWhat::Overnight(Some(wd))));
        }
        Some((i, i + 1, CueWhat::Overnight(None)))
    }

    /// "on Thursday", "last Monday", "this past Sunday", "Earlier on Wednesday", "Tuesday night".
    fn weekday(&self, i: usize) -> Option<Hit> {
        let wd = weekday_of(self.w(i))?;
        let (modifier, mut a) = match (self.back(i, 2), self.back(i, 1)) {
            ("this", "past") => (Modifier::Last, i - 2),
            ("this", "coming") => (Modifier::Next, i - 2),
            (_, "last") => (Modifier::Last, i - 1),
            (_, "next") => (Modifier::Next, i - 1),
            (_, "this") => (Modifier::This, i - 1),
            _ => (Modifier::None, i),
        };
        if self.back(a, 1) == "on" {
            a -= 1;
        }
        a = self.lead_in(a, &["earlier", "later", "late", "early"]);
        let b = if PARTS_OF_DAY.contains(&self.w(i + 1)) { i + 2 } else { i + 1 };
        // "Monday, March 21": the explicit date that follows decides.
        let date_follows = self.punct(i + 1, ',') && month_of(self.w(i + 2)).is_some() && day_number(self.w(i + 3)).is_some();
        (!date_follows).then_some((a, b, CueWhat::Weekday(wd, modifier)))
    }

    /// "yesterday", "earlier today", "tomorrow morning", "tonight".
    fn day_word(&self, i: usize) -> Option<Hit> {
        let off = match self.w(i) {
            "yesterday" => -1,
            "today" | "tonight" => 0,
            "tomorrow" => 1,
            _ => return None,
        };
        let a = self.lead_in(i, &["earlier", "later"]);
        let b = if PARTS_OF_DAY.contains(&self.w(i + 1)) { i + 2 } else { i + 1 };
        Some((a, b, CueWhat::DayOffset(off)))
    }

    /// "this morning", "last night", "later that evening", "the next morning", "the night before".
    fn part_of_day(&self, i: usize) -> Option<Hit> {
        let part = self.w(i);
        if !matches!(part, "morning" | "afternoon" | "evening" | "night") {
            return None;
        }
        let (what, a) = match (self.back(i, 2), self.back(i, 1)) {
            (_, "this") => (CueWhat::DayOffset(0), i - 1),
            // "At 02:50 last night": the small hours are the day of publication's; any other night spans
            // two days ("last night" said on the 6th may be the evening of the 5th or after midnight).
            (_, "last") if part == "night" => {
                let (what, a, b) = match self.clock_near(i - 1, i + 1) {
                    Some((hour, a, b)) if hour < 6 => (CueWhat::DayOffset(0), a, b),
                    Some((_, a, b)) => (CueWhat::DayOffset(-1), a, b),
                    None => (CueWhat::Overnight(None), i - 1, i + 1),
                };
                return Some((self.lead_in(a, &["late"]), b, what));
            }
            (_, "last") if part == "evening" => (CueWhat::DayOffset(-1), i - 1),
            (_, "that") => (CueWhat::StoryOffset(0), i - 1),
            ("the", "next" | "following") => (CueWhat::StoryOffset(1), i - 2),
            ("the", "previous" | "prior") => (CueWhat::StoryOffset(-1), i - 2),
            (_, "the") if self.w(i + 1) == "before" && self.no_word(i + 2) => return Some((i - 1, i + 2, CueWhat::StoryOffset(-1))),
            _ => return None,
        };
        Some((self.lead_in(a, &["early", "earlier", "later", "late"]), i + 1, what))
    }

    /// A clock time just before token `a` or just after `b` ("at 02:50 last night", "last night at 11 p.m."):
    /// its hour on a 24-hour clock and the span grown to hold it.
    fn clock_near(&self, a: usize, b: usize) -> Option<(u32, usize, usize)> {
        let hour = |k: usize| self.w(k).parse::<u32>().ok().filter(|&h| h <= 23 && self.w(k).len() <= 2);
        let meridian = |k: usize| match self.w(k) {
            "a.m." | "am" => Some(false),
            "p.m." | "pm" => Some(true),
            _ => None,
        };
        let in_24 = |h: u32, pm: Option<bool>| match pm {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        // Before: "[at] H:MM", "[at] H a.m.".
        let before = if a >= 3 && self.punct(a - 2, ':') && self.w(a - 1).len() == 2 {
            hour(a - 3).map(|h| (in_24(h, None), a - 3))
        } else if a >= 2 && meridian(a - 1).is_some() {
            hour(a - 2).map(|h| (in_24(h, meridian(a - 1)), a - 2))
        } else {
            None
        };
        if let Some((h, k)) = before {
            return Some((h, if self.back(k, 1) == "at" { k - 1 } else { k }, b));
        }
        // After: "at H:MM", "at H a.m.".
        if self.w(b) != "at" {
            return None;
        }
        let h = hour(b + 1)?;
        if self.punct(b + 2, ':') && self.w(b + 3).len() == 2 {
            let pm = meridian(b + 4);
            return Some((in_24(h, pm), a, b + if pm.is_some() { 5 } else { 4 }));
        }
        let pm = meridian(b + 2)?;
        Some((in_24(h, Some(pm)), a, b + 3))
    }

    /// Counted hours, days, weeks, months, years.
    fn counted(&self, i: usize) -> Option<Hit> {
        let unit = CountUnit::of(self.w(i))?;
        self.ago(i, unit).or_else(|| self.story_step(i, unit)).or_else(|| self.window(i, unit))
    }

    /// "two days ago", "a week ago", "three months ago", "a few days ago".
    fn ago(&self, i: usize, unit: CountUnit) -> Option<Hit> {
        if self.w(i + 1) != "ago" {
            return None;
        }
        let before = self.back(i, 1);
        if matches!(before, "few" | "several") {
            let a = if self.back(i, 2) == "a" { i - 2 } else { i - 1 };
            return Some((a, i + 2, CueWhat::Recent(unit.vague_days()?)));
        }
        let n = count_of(before).filter(|&n| n <= unit.max_count())?;
        // "more than five months ago", "over two years ago": only a bound, not the period.
        let more = (self.back(i, 2) == "than" && self.back(i, 3) == "more") || self.back(i, 2) == "over";
        if more && unit != CountUnit::Hour {
            let a = if self.back(i, 2) == "over" { i - 2 } else { i - 3 };
            let days = match unit {
                CountUnit::Day => n,
                CountUnit::Week => 7 * n,
                CountUnit::Month => 30 * n,
                _ => 365 * n,
            };
            return Some((a, i + 2, CueWhat::MoreThanAgo(days)));
        }
        let what = match unit {
            CountUnit::Hour => CueWhat::Recent(unit.days(n)),
            CountUnit::Day => CueWhat::DayOffset(-n),
            CountUnit::Week => CueWhat::Period { unit: Unit::Week, offset: -(n as i32), part: Part::Whole },
            CountUnit::Month => CueWhat::Period { unit: Unit::Month, offset: -(n as i32), part: Part::Whole },
            CountUnit::Year => CueWhat::Period { unit: Unit::Year, offset: -(n as i32), part: Part::Whole },
        };
        Some((i - 1, i + 2, what))
    }

    /// Days from the story's last date: "a day earlier", "the day before",
    /// "two days later", "a week later", "the next day", "later that day",
    /// "the same day"; and "the day before yesterday".
    fn story_step(&self, i: usize, unit: CountUnit) -> Option<Hit> {
        let per = match unit {
            CountUnit::Day => 1,
            CountUnit::Week => 7,
            _ => return None,
        };
        let (before, after) = (self.back(i, 1), self.w(i + 1));
        if unit == CountUnit::Day && before == "the" && matches!((after, self.w(i + 2)), ("before", "yesterday") | ("after", "tomorrow")) {
            let off = if after == "before" { -2 } else { 2 };
            return Some((i - 1, i + 3, CueWhat::DayOffset(off)));
        }
        if matches!(after, "earlier" | "later" | "before" | "after") {
            let sign = if matches!(after, "earlier" | "before") { -1 } else { 1 };
            // "a few days later", "weeks earlier": some days, as a span.
            if let Some((a, vague)) = self.vague_count(i, unit) {
                if matches!(after, "earlier" | "later") {
                    let (lo, hi) = if sign > 0 { (1, vague) } else { (-vague, -1) };
                    return Some((a, i + 2, CueWhat::StorySpan(lo, hi)));
                }
                // "Xi's visit comes days after the court issued a warrant": the clause is some
                // days before (after) the day the text last named.
                if !self.no_word(i + 2) && self.relative_clause(a, i, 0, sign).is_some() {
                    let (lo, hi) = if sign > 0 { (-vague, -1) } else { (1, vague) };
                    return Some((a, i + 2, CueWhat::StorySpan(lo, hi)));
                }
            }
            let n = if before == "the" && unit.singular(self.w(i)) { 1 } else { count_of(before).filter(|&n| n <= 366)? };
            let first = i - 1;
            if matches!(after, "before" | "after") && !self.no_word(i + 2) {
                // "Putin's remarks came the day after Zelensky visited": what follows
                // happened that many days before (after) what the sentence is about,
                // the day the text last named. "The day before the summit" counts from
                // a day the text does not give.
                return self.relative_clause(first, i, n * per, sign);
            }
            return Some((first, i + 2, CueWhat::StoryOffset(sign * n * per)));
        }
        if unit != CountUnit::Day {
            return None;
        }
        let (off, a) = match (self.back(i, 2), before) {
            ("the", "next" | "following") => (1, i - 2),
            ("the", "previous" | "prior") => (-1, i - 2),
            ("the", "same") => (0, i - 2),
            (_, "that") => (0, i - 1),
            _ => return None,
        };
        Some((self.lead_in(a, &["on", "later", "earlier"]), i + 1, CueWhat::StoryOffset(off)))
    }

    /// "a few days", "several weeks", "days" (a plural with no count): the
    /// first token of the words and the most days they may stand for.
    fn vague_count(&self, i: usize, unit: CountUnit) -> Option<(usize, i64)> {
        if unit.singular(self.w(i)) || !matches!(unit, CountUnit::Day | CountUnit::Week) {
            return None;
        }
        let days = unit.vague_days()?;
        match self.back(i, 1) {
            "few" | "several" => Some((if self.back(i, 2) == "a" { i - 2 } else { i - 1 }, days)),
            // "Days later", "comes days after": a plural with no count.
            "" => Some((i, days)),
            w if count_of(w).is_none() && !matches!(w, "the" | "those" | "these" | "many" | "some" | "more" | "fewer") => Some((i, days)),
            _ => None,
        }
    }

    /// "came the day after <a clause>", "was two days before <a clause>": the
    /// clause is dated from the day the text last named, the other way round.
    /// Only after a verb that places its subject in time (came, followed, was):
    /// "Putin spoke the day after Zelensky visited" gives neither day.
    fn relative_clause(&self, first: usize, i: usize, days: i64, sign: i64) -> Option<Hit> {
        const PLACING: &[&str] = &["came", "comes", "come", "followed", "follows", "was", "were", "is", "are"];
        // "… on Monday, two days after Russia shelled the city": set off after the day it counts from.
        let named_day = |w: &str| weekday_of(w).is_some() || day_number(w).is_some() || matches!(w, "today" | "yesterday");
        // (The day is the cue before: read from the tokens.)
        let after_day = first >= 2 && self.punct(first - 1, ',') && named_day(&self.s.tokens[first - 2].lower);
        if !PLACING.contains(&self.back(first, 1)) && !after_day {
            return None;
        }
        let t = &self.s.tokens;
        let clause_end = (i + 2..t.len()).find(|&k| !t[k].is_word() || self.s.quoted[k]).unwrap_or(t.len());
        has_verb(self.s, i + 2..clause_end, 0..0).then_some((first, i + 2, CueWhat::StoryOffset(-sign * days)))
    }

    /// A window up to or from publication: "in recent days", "over the past
    /// two weeks", "in the last 24 hours", "in the coming days", "over the next few weeks".
    fn window(&self, i: usize, unit: CountUnit) -> Option<Hit> {
        if unit.singular(self.w(i)) {
            return None;
        }
        let before = self.back(i, 1);
        let (days, ahead, mut a) = match before {
            "recent" => (unit.vague_days()?, false, i - 1),
            "coming" => (unit.vague_days()?, true, i - 1),
            _ => {
                let days = if matches!(before, "few" | "several") {
                    unit.vague_days()?
                } else {
                    unit.days(count_of(before).filter(|&n| n <= unit.max_count())?)
                };
                let ahead = match self.back(i, 2) {
                    "past" | "last" => false,
                    "next" => true,
                    _ => return None,
                };
                (days, ahead, i - 2)
            }
        };
        if self.back(a, 1) == "the" {
            a -= 1;
        }
        a = self.lead_in(a, LEAD_INS);
        Some((a, i + 1, if ahead { CueWhat::Coming(days) } else { CueWhat::Recent(days) }))
    }

    /// "last week", "this month", "next year", "earlier this week", "later this
    /// month", "early last month", "by the end of this year"; "the past week".
    fn period(&self, i: usize) -> Option<Hit> {
        // "over the past day" (a war's daily report): the day up to publication.
        if self.w(i) == "day" && self.back(i, 1) == "past" && matches!(self.back(i, 2), "the" | "this") && self.w(i + 1) != "of" {
            let a = self.lead_in(i - 2, LEAD_INS);
            return Some((a, i + 1, CueWhat::Recent(1)));
        }
        let unit = match self.w(i) {
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            _ => return None,
        };
        let modifier = self.back(i, 1);
        // "the past week", "this past month", "over the coming year": a window, not the calendar's.
        let window = match (self.back(i, 2), modifier) {
            ("the" | "this", "past") | ("the", "last") => Some(false),
            ("the", "coming") => Some(true),
            ("the", "next") if LEAD_INS.contains(&self.back(i, 3)) => Some(true),
            _ => None,
        };
        // "the last week of March", "the next year of talks": not counted from publication.
        if window.is_some() && self.w(i + 1) == "of" {
            return None;
        }
        if let Some(ahead) = window {
            let days = CountUnit::of(self.w(i)).map_or(7, |u| u.days(1));
            let a = self.lead_in(i - 2, LEAD_INS);
            return Some((a, i + 1, if ahead { CueWhat::Coming(days) } else { CueWhat::Recent(days) }));
        }
        // "The next week, …", "the previous week": counted from the story's last date.
        if self.back(i, 2) == "the" {
            let step = match modifier {
                "next" | "following" => 7,
                "previous" | "prior" => -7,
                _ => return None,
            };
            return (unit == Unit::Week && self.w(i + 1) != "of").then_some((i - 2, i + 1, CueWhat::StoryWeek(step / 7)));
        }
        let offset = match modifier {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        let (part, a) = match self.back(i, 2) {
            "earlier" => (if offset == 0 { Part::Earlier } else { Part::Whole }, i - 2),
            "later" => (if offset == 0 { Part::Later } else { Part::Whole }, i - 2),
            _ => self.part_before(i - 1),
        };
        Some((a, i + 1, CueWhat::Period { unit, offset, part }))
    }

    /// "over the weekend", "last weekend", "this past weekend", "next weekend".
    fn weekend(&self, i: usize) -> Option<Hit> {
        if self.w(i) != "weekend" {
            return None;
        }
        let (modifier, a) = match (self.back(i, 2), self.back(i, 1)) {
            ("this", "past") => (Modifier::Last, i - 2),
            (_, "last") => (Modifier::Last, i - 1),
            (_, "next" | "coming") => (Modifier::Next, i - 1),
            (_, "the" | "this") => (Modifier::None, i - 1),
            _ => return None,
        };
        let a = if self.back(a, 1) == "the" { a - 1 } else { a };
        Some((self.lead_in(a, LEAD_INS), i + 1, CueWhat::Weekend(modifier)))
    }

    /// "the 24th of February", and "the 24th" alone (not "the 20th meeting").
    fn ordinal(&self, i: usize) -> Option<Hit> {
        let day = ordinal_day(self.w(i))?;
        if self.back(i, 1) != "the" {
            return None;
        }
        let a = self.lead_in(i - 1, &["on", "by"]);
        if self.w(i + 1) == "of"
            && let Some(month) = month_of(self.w(i + 2)).filter(|_| self.cap(i + 2))
        {
            let (year, end) = self.year_after(i + 3).map_or((None, i + 3), |(y, e)| (Some(y), e));
            return Some((a, end, CueWhat::Date { month, day, year }));
        }
        self.no_word(i + 1).then_some((a, i + 1, CueWhat::DayOfMonth(day)))
    }

    /// A year number at `k`, after an optional comma: (year, token after it).
    fn year_after(&self, k: usize) -> Option<(i32, usize)> {
        let at = if self.punct(k, ',') { k + 1 } else { k };
        year_number(self.w(at)).map(|y| (y, at + 1))
    }

    /// Expressions with a month name: dates ("March 22", "22 March 2022",
    /// "Feb. 24"), ranges ("Feb. 20-22", "from 20 to 22 February") and months
    /// ("in March", "July 2023", "in mid-March", "in July of last year").
    fn month(&self, i: usize) -> Option<Hit> {
        let month = month_of(self.w(i)).filter(|_| self.cap(i))?;
        let k = if self.punct(i + 1, '.') { i + 2 } else { i + 1 };
        if let Some(day) = day_number(self.w(k)) {
            return Some(self.month_day(i, month, day, k));
        }
        if let Some(hit) = self.day_month(i, month) {
            return Some(hit);
        }
        self.month_alone(i, month, k)
    }

    /// "on Christmas Day", "Christmas Eve", "Christmas morning", "on New Year's Eve",
    /// "Orthodox Christmas": a holiday on a fixed day of the calendar, dated as that day of the
    /// month is ("on Dec. 25"). A bare "Christmas" only after "on" ("calling Christmas a time of
    /// peace" says no time).
    fn holiday(&self, i: usize) -> Option<Hit> {
        if !self.cap(i) {
            return None;
        }
        let possessive = |k: usize| self.s.tokens.get(k).is_some_and(|t| t.kind == super::text::TokKind::Possessive);
        let (month, day, end) = match self.w(i) {
            "christmas" => match self.w(i + 1) {
                "eve" if self.cap(i + 1) => (12, 24, i + 2),
                "day" if self.cap(i + 1) => (12, 25, i + 2),
                "morning" | "night" | "evening" => (12, 25, i + 1),
                _ if self.back(i, 1) == "on" => (12, 25, i + 1),
                _ => return None,
            },
            "orthodox" if self.w(i + 1) == "christmas" && self.cap(i + 1) => (1, 7, i + 2),
            "boxing" if self.w(i + 1) == "day" && self.cap(i + 1) => (12, 26, i + 2),
            "new" if self.w(i + 1) == "year" && possessive(i + 2) && self.cap(i + 3) => match self.w(i + 3) {
                "eve" => (12, 31, i + 4),
                "day" => (1, 1, i + 4),
                _ => return None,
            },
            _ => return None,
        };
        Some((self.lead_in(i, &["on"]), end, CueWhat::Date { month, day, year: None }))
    }

    /// "March 22", "on Feb. 24, 2022", "February 20-22", "from February 27 to
    /// March 2", "between March 3 and 5"; the day at `k`.
    fn month_day(&self, i: usize, month: u32, day: u32, k: usize) -> Hit {
        let between = self.back(i, 1) == "between";
        let mut end = k + 1;
        let mut end_date = None;
        if let Some(j) = self.range_sep(k, between) {
            if let Some(d2) = day_number(self.w(j)).filter(|&d2| d2 > day) {
                end_date = Some((month, d2));
                end = j + 1;
            } else if let Some(m2) = month_of(self.w(j)).filter(|_| self.cap(j)) {
                let k2 = if self.punct(j + 1, '.') { j + 2 } else { j + 1 };
                if let Some(d2) = day_number(self.w(k2)) {
                    end_date = Some((m2, d2));
                    end = k2 + 1;
                }
            }
        }
        let (year, end) = self.year_after(end).map_or((None, end), |(y, e)| (Some(y), e));
        match end_date {
            Some((end_month, end_day)) => {
                let a = self.lead_in(i, &["from", "between"]);
                (a, end, CueWhat::DateRange { month, day, end_month, end_day, year })
            }
            None => (self.lead_in(i, &["on"]), end, CueWhat::Date { month, day, year }),
        }
    }

    /// "22 March", "on 24 February 2022", "20-22 February", "from 20 to 22
    /// February", "between 3 and 5 March": the day just before the month at `i`.
    fn day_month(&self, i: usize, month: u32) -> Option<Hit> {
        let last = i.checked_sub(1)?;
        let day = day_number(self.back(i, 1))?;
        let (year, end) = self.year_after(i + 1).filter(|_| !self.punct(i + 1, ',')).map_or((None, i + 1), |(y, e)| (Some(y), e));
        // The first day of a range: two tokens back ("20-22") or three ("20 to 22", "20 – 22").
        let first = [2, 3].into_iter().filter_map(|n| i.checked_sub(n)).find(|&f| {
            let between = self.back(f, 1) == "between";
            f >= self.floor && self.range_sep(f, between) == Some(last) && day_number(self.w(f)).is_some_and(|d| d < day)
        });
        Some(match first {
            Some(f) => {
                let what = CueWhat::DateRange { month, day: day_number(self.w(f))?, end_month: month, end_day: day, year };
                (self.lead_in(f, &["from", "between"]), end, what)
            }
            None => (self.lead_in(last, &["on"]), end, CueWhat::Date { month, day, year }),
        })
    }

    /// "in March", "July 2023", "in July of last year", "in July last year",
    /// "in mid-March", "at the end of March 2022". Without a year or a part,
    /// only after "in" or "during" ("the March offensive" is not a date).
    fn month_alone(&self, i: usize, month: u32, k: usize) -> Option<Hit> {
        let relative = |w: &str| match w {
            "last" => Some(-1),
            "this" => Some(0),
            "next" => Some(1),
            _ => None,
        };
        let (year, end) = if let Some(y) = year_number(self.w(k)) {
            (WhichYear::Number(y), k + 1)
        } else if self.w(k) == "of" && year_number(self.w(k + 1)).is_some() {
            (WhichYear::Number(year_number(self.w(k + 1))?), k + 2)
        } else if self.w(k) == "of" && self.w(k + 2) == "year" && relative(self.w(k + 1)).is_some() {
            (WhichYear::Offset(relative(self.w(k + 1))?), k + 3)
        } else if self.w(k + 1) == "year" && relative(self.w(k)).is_some() {
            (WhichYear::Offset(relative(self.w(k))?), k + 2)
        } else if self.back(i, 1) == "last" && !(i + 1..i + 4).any(|k| super::kinds::MEETING_OBJECTS.contains(&self.w(k))) {
            // "proposed a prisoner exchange last July" (not "the last July summit", named below).
            (WhichYear::Previous, i + 1)
        } else {
            (WhichYear::Nearest, i + 1)
        };
        let (part, a) = self.part_before(i);
        let a = if year == WhichYear::Previous { i - 1 } else { a };
        let a = if a == i && matches!(self.back(i, 1), "in" | "during") { i - 1 } else { a };
        // "The July NATO summit", "the February talks": a meeting named by its month (names may
        // stand between) was held then; "the March offensive" stays no date.
        // ("said after the July summit": a bound of the act, not its time.)
        let meeting_of_month = year == WhichYear::Nearest
            && matches!(self.back(i, 1), "the" | "last")
            && !matches!(self.back(i, 2), "after" | "before" | "since" | "following" | "until" | "of" | "ahead")
            && (i + 1..i + 4)
                .take_while(|&k| k == i + 1 || self.cap(k - 1))
                .any(|k| super::kinds::MEETING_OBJECTS.contains(&self.w(k)) || self.w(k) == "summits");
        let a = if meeting_of_month { i - 1 } else { a };
        let named = year != WhichYear::Nearest || a < i;
        // "Mar" and "May" alone are too often something else.
        let ambiguous = matches!(self.w(i), "mar" | "may") && year == WhichYear::Nearest && part == Part::Whole && self.back(i, 1) != "in";
        (named && !ambiguous).then_some((a, end, CueWhat::Month { month, year, part }))
    }

    /// "in 2022", "in early 2022", "in mid-2022", "by the end of 2022".
    fn year(&self, i: usize) -> Option<Hit> {
        let year = year_number(self.w(i))?;
        let (part, a) = match self.part_before(i) {
            (Part::Whole, a) if a == i && matches!(self.back(i, 1), "in" | "during") => (Part::Whole, i - 1),
            found => found,
        };
        let next = self.w(i + 1);
        // "in 2022 alone", "in 2022, …", "in 2022 Russia …"; not "in 2000 cases".
        let ends = next.is_empty() || self.cap(i + 1) || AFTER_YEAR.contains(&next);
        (a < i && ends).then_some((a, i + 1, CueWhat::Year { year, part }))
    }

    /// "Earlier, …" opening a sentence.
    fn earlier(&self, i: usize) -> Option<Hit> {
        (i == 0 && self.w(0) == "earlier" && self.punct(1, ',')).then_some((0, 1, CueWhat::Earlier))
    }
}

/// Units that are counted: "two days ago", "the past 24 hours".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CountUnit {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl CountUnit {
    fn of(word: &str) -> Option<CountUnit> {
        Some(match word {
            "hour" | "hours" => CountUnit::Hour,
            "day" | "days" => CountUnit::Day,
            "week" | "weeks" => CountUnit::Week,
            "month" | "months" => CountUnit::Month,
            "year" | "years" => CountUnit::Year,
            _ => return None,
        })
    }

    fn singular(self, word: &str) -> bool {
        !word.ends_with('s')
    }

    /// Days that `n` units span at most (a part of a day counts as one).
    fn days(self, n: i64) -> i64 {
        match self {
            CountUnit::Hour => (n + 23) / 24,
            CountUnit::Day => n,
            CountUnit::Week => 7 * n,
            CountUnit::Month => 31 * n,
            CountUnit::Year => 366 * n,
        }
    }

    /// What "recent" or "a few" of them stands for, in days: recent days a
    /// week, recent weeks six weeks, recent months half a year; recent years
    /// are too vague to draw.
    fn vague_days(self) -> Option<i64> {
        match self {
            CountUnit::Hour => Some(1),
            CountUnit::Day => Some(7),
            CountUnit::Week => Some(42),
            CountUnit::Month => Some(182),
            CountUnit::Year => None,
        }
    }

    /// Larger counts are not date cues worth trusting (ten years at most).
    fn max_count(self) -> i64 {
        match self {
            CountUnit::Hour => 240,
            CountUnit::Day => 3660,
            CountUnit::Week => 520,
            CountUnit::Month => 120,
            CountUnit::Year => 10,
        }
    }
}

/// The time expressions of a sentence, outside quoted speech.
pub fn find_cues(s: &Sentence, paragraph: &str) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    // Cues that date a report ("said on Tuesday"): a plan told in it counts from there.
    let mut reports: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < s.tokens.len() {
        let scan = Scan { s, paragraph, floor: out.last().map_or(0, |c| c.end) };
        let Some((a, b, what)) = scan.at(i) else {
            i += 1;
            continue;
        };
        let tense = clause_tense(s, a, b);
        let (future, would) = match what.says_ahead() {
            Some(false) => (false, false),
            Some(true) => (true, tense.would),
            None => (tense.future, tense.would),
        };
        let from_report = future || would || matches!(what, CueWhat::Overnight(None));
        let report = if from_report { reports.last().copied() } else { None };
        let dates_report = tense.dates_report && !future && !would;
        if dates_report {
            reports.push(a);
        }
        let text = paragraph[s.tokens[a].start..s.tokens[b - 1].end].to_owned();
        out.push(Cue { start: a, end: b, text, what, future, would, report, dates_report, report_after: None });
        i = b;
    }
    for k in 0..out.len() {
        if matches!(out[k].what, CueWhat::Overnight(None)) && out[k].report.is_none() {
            out[k].report_after = out[k + 1..].iter().find(|c| c.dates_report).map(|c| Box::new(c.clone()));
        }
    }
    out
}

/// What the clause around a cue says of its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Tense {
    /// Ahead of publication: "will travel on Friday", "is expected to meet on Tuesday".
    future: bool,
    /// Ahead of a report: "said the summit on Thursday would agree".
    would: bool,
    /// The cue dates a report: "said on Tuesday", "told reporters on Tuesday", "On Tuesday, … said".
    dates_report: bool,
}

/// Words that open a new clause: a marker of tense beyond them is not the cue's.
const CLAUSE_OPENERS: &[&str] =
    &["that", "but", "while", "whereas", "although", "though", "because", "who", "which", "whether", "if", "when"];
/// Verbs of saying: a cue right next to one dates the report, not what it reports.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "announced",
    "announces",
    "added",
    "adds",
    "stated",
    "declared",
    "noted",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "warned",
    "warns",
    "insisted",
    "claimed",
    "claims",
    "argued",
    "stressed",
    "confirmed",
    "confirms",
    "reported",
    "explained",
    "acknowledged",
    "admitted",
    "pledged",
    "promised",
    "vowed",
    "signaled",
    "signalled",
    "suggested",
    "indicated",
    "predicted",
    "revealed",
    "urged",
    "accused",
    "denied",
    "informed",
    "assured",
    "briefed",
    "asked",
    "reminded",
];
/// Reporting verbs with an object before their date: "told reporters on Tuesday".
pub(crate) const TELLING: &[&str] =
    &["told", "tells", "tell", "telling", "informed", "assured", "briefed", "asked", "urged", "warned", "reminded"];
/// Verbs that put out words as a thing ("issued a statement", "delivered an address").
const ISSUING: &[&str] = &["issued", "released", "published", "delivered", "gave", "made"];
/// Nouns of words put out that way.
const WORDS_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "declaration",
    "communique",
    "communiqué",
    "address",
    "speech",
    "remarks",
    "interview",
    "warning",
    "appeal",
];
/// Prepositions that open a phrase between a reporting verb and its date: "said in a statement on Tuesday".
const PREPOSITIONS: &[&str] = &["in", "at", "during", "after", "before", "via", "through", "with", "from", "on", "following"];
/// Present tense of scheduled events: "NATO meets on Tuesday", "Biden travels to Warsaw on Friday".
const SCHEDULED: &[&str] = &[
    "meets", "travels", "visits", "arrives", "departs", "leaves", "begins", "starts", "opens", "convenes", "hosts", "flies", "resumes",
    "returns", "holds", "votes", "gathers", "attends",
];
/// Words before a noun: "his visits", "the votes" are not verbs.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "whose", "two", "several", "many", "to",
];

/// The tense of the clause around tokens `a..b`.
fn clause_tense(s: &Sentence, a: usize, b: usize) -> Tense {
    let (from, to) = clause_of(s, a, b);
    let word = |k: usize| if (from..to).contains(&k) { s.tokens[k].lower.as_str() } else { "" };
    let reporting = |k: usize| REPORTING.contains(&word(k));
    let markers = ahead_markers(s, from, to, a..b);
    // A marker governs a place unless a reporting verb stands between them
    // ("on Tuesday said he would": the date is the saying's).
    let governs = |m: usize, lo: usize, hi: usize| if m < lo { !(m + 1..lo).any(reporting) } else { !(hi..m).any(reporting) };
    let tense_at = |lo: usize, hi: usize, before_only: bool| Tense {
        future: markers.iter().any(|&(m, w)| !w && (!before_only || m < lo) && governs(m, lo, hi)),
        would: markers.iter().any(|&(m, w)| w && (!before_only || m < lo) && governs(m, lo, hi)),
        dates_report: false,
    };
    if let Some(r) = report_verb(s, from, to, a, b) {
        // The cue dates the saying; what is said is another clause. The saying
        // itself may lie ahead: "will say on Tuesday".
        return Tense { dates_report: true, ..tense_at(r, r + 1, true) };
    }
    let mut tense = tense_at(a, b, false);
    // "On Tuesday, NATO said …": an opening phrase dates the report of its sentence.
    tense.dates_report = from == a && (from..to).any(|k| k >= b && reporting(k)) && s.tokens.get(b).is_some_and(|t| t.is_punct(','));
    tense
}

/// The clause of tokens `a..b`: up to punctuation, quoted speech or a word
/// opening another clause. An opening phrase ("On Friday, NATO will …") takes
/// the clause after its comma.
fn clause_of(s: &Sentence, a: usize, b: usize) -> (usize, usize) {
    let t = &s.tokens;
    let stop = |k: usize| {
        let tok = &t[k];
        [',', ';', ':', '(', ')'].iter().any(|&c| tok.is_punct(c)) || s.quoted[k] || CLAUSE_OPENERS.contains(&tok.lower.as_str())
    };
    let start_before = |k: usize| (0..k).rev().find(|&j| stop(j)).map_or(0, |j| j + 1);
    let mut from = start_before(a);
    let mut to = (b..t.len()).find(|&k| stop(k)).unwrap_or(t.len());
    let opening = from == a && to == b && t.get(b).is_some_and(|c| c.is_punct(','));
    if opening {
        to = (b + 1..t.len()).find(|&k| stop(k)).unwrap_or(t.len());
    }
    // A piece without a verb of its own after a comma ("will meet with Bosnia,
    // Georgia and Moldova on Wednesday") goes on with the clause before it.
    // Each step looks at the new piece only (the rest had no verb), and at most a
    // few pieces back: a list of dates must not make this quadratic.
    let mut verbless = !has_verb(s, from..to, a..b);
    let mut steps = 0;
    while verbless && !opening && from >= 2 && t[from - 1].is_punct(',') && steps < MAX_PIECES_BACK {
        let piece_end = from - 1;
        from = start_before(piece_end);
        verbless = !has_verb(s, from..piece_end, a..b);
        steps += 1;
    }
    (from, to)
}

/// How many verbless pieces before a comma a clause may take in.
const MAX_PIECES_BACK: usize = 4;

/// Words that are verbs whatever their place.
const VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "must", "should", "met", "began",
    "struck", "took", "went", "held", "came", "made", "left", "fought", "fell", "won", "lost", "sent", "spoke", "saw", "gave", "shot",
    "flew", "ran", "led", "brought", "became", "rose", "sought", "knew", "thought", "meet", "begin", "take", "hold",
];

/// Whether the tokens `range`, the cue's (`cue`) aside, hold a verb: one of
/// `VERBS`, a tense marker, a reporting verb, or a lower-case "-ed" word not
/// after a determiner ("attacked", not "the armed forces").
/// "On May 9, …", "Earlier on May 9, …", "Last week, …": the past time that opens sentence `s`
/// (nothing but quote marks and connectives before it) and is set off by a comma: the time of
/// what the sentence tells, for the acts told inside it that have none of their own.
/// "issued a joint statement before the February 2022 invasion", "met Putin days before Russia
/// invaded Ukraine in February 2022": an act (its verb ending at `v_end`) told as before a
/// time, in its own clause, with no other time in `within` before that one, was on or before
/// that time's last day (never the story's day).
pub(super) fn before_a_time(
    s: &Sentence,
    v_end: usize,
    within: std::ops::Range<usize>,
    cues: &[(Cue, Dated)],
    published: NaiveDate,
) -> Option<Dated> {
    let t = &s.tokens;
    let cues = || cues.iter().filter(|(c, _)| c.start >= within.start && c.end <= within.end);
    let punct = |r: std::ops::Range<usize>| r.into_iter().any(|k| t[k].kind == super::text::TokKind::Punct || s.quoted[k]);
    let (c, d) = cues().find(|(c, _)| c.start > v_end && !c.future && !c.would)?;
    // No time of the act's own before it.
    if cues().any(|(o, _)| o.start < c.start) {
        return None;
    }
    let b = (v_end..c.start).find(|&k| t[k].lower == "before")?;
    // ("on the day before": a time of its own.)
    let day_before = b >= 2 && t[b - 1].lower == "day" && t[b - 2].lower == "the";
    if day_before || punct(v_end..c.start) || has_verb(s, v_end..b, 0..0) {
        return None;
    }
    let last = d.days().1.min(published);
    let how = format!("told as before a time (“before … {}”): on or before its last day", c.text);
    Some(Dated { start: last, end: None, precision: Precision::Before, cue: Some(c.text.clone()), how })
}

/// A word of a clock time: "at", "0:00", "a.m.", "midnight", "GMT".
pub(crate) fn clock_word(lower: &str) -> bool {
    let w = lower.trim_end_matches('.');
    matches!(w, "at" | "around" | "about" | "a.m" | "p.m" | "am" | "pm" | "midnight" | "noon" | "gmt" | "utc" | "local" | "time")
        || !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ':')
}

pub(crate) fn opening_time<'c>(s: &Sentence, cues: &'c [(Cue, Dated)], published: NaiveDate) -> Option<&'c (Cue, Dated)> {
    let t = &s.tokens;
    // ("At 0:00 a.m. on November 7, 2023 [9:00 p.m. November 6 GMT], Russia …": the hour before
    // the day, and the same time in another zone after it, are part of it.)
    let clock = |k: usize| clock_word(&t[k].lower) || t[k].is_punct(':') || t[k].is_punct('.');
    let connective = |k: usize| {
        if t[k].is_word() {
            matches!(t[k].lower.as_str(), "earlier" | "later" | "then" | "also" | "and" | "but") || clock(k)
        } else {
            t[k].is_quote() || clock(k)
        }
    };
    // The comma that ends the time, after a bracketed other zone at most.
    let comma_after = |end: usize| {
        let bracket = t.get(end).is_some_and(|w| w.is_punct('[') || w.is_punct('('));
        let end = if bracket {
            (end..t.len().min(end + 12)).find(|&k| t[k].is_punct(']') || t[k].is_punct(')')).map_or(end, |k| k + 1)
        } else {
            end
        };
        t.get(end).is_some_and(|w| w.is_punct(','))
    };
    cues.iter().find(|(c, d)| (0..c.start).all(connective) && comma_after(c.end) && !c.future && !c.would && d.start <= published)
}

pub(crate) fn has_verb(s: &Sentence, range: std::ops::Range<usize>, cue: std::ops::Range<usize>) -> bool {
    let t = &s.tokens;
    range.clone().filter(|k| !cue.contains(k)).any(|k| {
        let w = t[k].lower.as_str();
        let after_determiner = k > range.start && DETERMINERS.contains(&t[k - 1].lower.as_str());
        VERBS.contains(&w)
            || REPORTING.contains(&w)
            || SCHEDULED.contains(&w)
            || !ahead_markers(s, k, k + 1, 0..0).is_empty()
            || t[k].is_word() && !t[k].is_capitalized() && w.len() > 4 && w.ends_with("ed") && !after_determiner
    })
}

/// The reporting verb that a cue at `a..b` dates: right after it ("said on
/// Tuesday", "said in a statement on Tuesday", "told reporters on Tuesday")
/// or right before it ("on Tuesday said", "on Tuesday also said").
fn report_verb(s: &Sentence, from: usize, to: usize, a: usize, b: usize) -> Option<usize> {
    let t = &s.tokens;
    let word = |k: usize| t[k].lower.as_str();
    let all_words = |r: std::ops::Range<usize>| t[r].iter().all(|x| x.is_word());
    if let Some(r) = (from..a).rev().find(|&k| REPORTING.contains(&word(k))) {
        // "said later in April", "said again on Monday": an adverb before the phrase.
        let adverbs = (r + 1..a).take_while(|&k| matches!(word(k), "later" | "earlier" | "again" | "also" | "first" | "then")).count();
        let gap = r + 1 + adverbs..a;
        let n = gap.len();
        let prep_at = gap.clone().position(|k| PREPOSITIONS.contains(&word(k)));
        let fits =
            n == 0 || prep_at == Some(0) && n <= 6 || TELLING.contains(&word(r)) && (n <= 3 || prep_at.is_some_and(|p| p <= 3) && n <= 7);
        if fits && all_words(gap) {
            return Some(r);
        }
    }
    // "issued a joint statement in early February 2022": the time after the words' noun dates them.
    if let Some(r) = (from..a).rev().find(|&k| ISSUING.contains(&word(k))) {
        let gap = r + 1..a;
        if (1..=4).contains(&gap.len()) && all_words(gap.clone()) && WORDS_NOUNS.contains(&word(a - 1)) {
            return Some(r);
        }
    }
    let after = (b..to).find(|&k| REPORTING.contains(&word(k)))?;
    let adverb = |k: usize| word(k).ends_with("ly") || matches!(word(k), "also" | "again" | "then");
    (after == b || after == b + 1 && adverb(b)).then_some(after)
}

/// Words that make a clause look ahead, with their positions; `true` for the
/// future seen from the past ("would", "was to", "was due to", "planned").
/// The cue's own words (`cue`: "In May") are not markers.
fn ahead_markers(s: &Sentence, from: usize, to: usize, cue: std::ops::Range<usize>) -> Vec<(usize, bool)> {
    let t = &s.tokens;
    let w = |k: usize| if (from..to).contains(&k) { t[k].lower.as_str() } else { "" };
    let prev = |k: usize| k.checked_sub(1).map_or("", w);
    // "would have met", "may not have known": the past.
    let then_have = |k: usize| {
        let mut j = k + 1;
        while matches!(w(j), "not" | "also" | "still" | "probably" | "likely" | "never") {
            j += 1;
        }
        w(j) == "have"
    };
    let was = |k: usize| matches!(prev(k), "was" | "were" | "had") || prev(k) == "been";
    let be = |k: usize| matches!(prev(k), "is" | "are" | "am" | "was" | "were" | "be" | "been" | "'s");
    let mut out = Vec::new();
    for k in (from..to).filter(|k| !cue.contains(k)) {
        let x = w(k);
        let marker = match x {
            "will" | "shall" | "won't" => Some(false),
            _ if x.ends_with("'ll") => Some(false),
            "would" | "wouldn't" if !then_have(k) => Some(true),
            "may" | "might" if !then_have(k) => Some(false),
            "scheduled" => Some(was(k)),
            // Not "the attack was planned": only a plan "to" do something.
            "planned" | "intended" if w(k + 1) == "to" => Some(true),
            "plans" | "plan" | "planning" | "intends" | "intend" | "expects" | "aims" if w(k + 1) == "to" => Some(false),
            "expected" | "set" | "about" if w(k + 1) == "to" => Some(was(k)),
            "going" if w(k + 1) == "to" && be(k) => Some(was(k)),
            // "is heading to Washington on Monday": a journey under way is one arranged.
            "heading" | "travelling" | "traveling" if w(k + 1) == "to" && matches!(prev(k), "is" | "are" | "am" | "'s") => Some(false),
            "due" if be(k) && !(w(k + 1) == "to" && DETERMINERS.contains(&w(k + 2))) => Some(was(k)),
            "is" | "are" | "was" | "were" if w(k + 1) == "to" && !matches!(w(k + 2), "blame" | "") => Some(matches!(x, "was" | "were")),
            "takes" if w(k + 1) == "place" => Some(false),
            // "rescheduled his trip for March 10", "postponed the vote until May": the
            // date a plan was moved to lies ahead, whatever the tense of the moving.
            _ if MOVED.contains(&x)
                && cue.start > k + 1
                && [prev(cue.start), w(cue.start)].iter().any(|p| matches!(*p, "for" | "until" | "till" | "to")) =>
            {
                Some(false)
            }
            _ if SCHEDULED.contains(&x) && !DETERMINERS.contains(&prev(k)) => Some(false),
            // "a NATO summit starting Tuesday": a participle of beginning right before its day.
            // ("the bridge's opening in 2018", "the opening in May": a noun after a determiner dates a past event.)
            "starting" | "beginning" | "opening"
                if (k + 1 == cue.start || k + 2 == cue.start && w(k + 1) == "on") && !DETERMINERS.contains(&prev(k)) && prev(k) != "'s" =>
            {
                Some(false)
            }
            _ => None,
        };
        if let Some(would) = marker {
            out.push((k, would));
        }
    }
    out
}

/// Verbs that move a plan to a new date ("rescheduled … for March 10").
const MOVED: &[&str] = &["rescheduled", "postponed", "delayed", "deferred", "moved", "pushed", "reschedules", "postpones", "delays"];

/// The article's publication date, the week its story is set in and the last
/// date it named.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub published: NaiveDate,
    /// Monday of the week the text has moved to, and the words that did it.
    pub anchor: Option<(NaiveDate, String)>,
    /// The last date a cue gave, and the first token of that cue: "the next
    /// day" and "the 24th" count from it, a plan from the report it dates.
    story: Option<(usize, Dated)>,
}

/// Which way a cue points, and from which day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Toward {
    /// Back from publication: the past tense, and the default.
    Back,
    /// Ahead from publication, or from the day of the report a plan is told in.
    Ahead(NaiveDate),
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d - Days::new(d.weekday().num_days_from_monday() as u64)
}

/// `d` moved by `days`, saturating at the calendar's ends instead of panicking.
fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 { d.checked_add_days(Days::new(days as u64)) } else { d.checked_sub_days(Days::new(days.unsigned_abs())) };
    moved.unwrap_or(if days >= 0 { NaiveDate::MAX } else { NaiveDate::MIN })
}

/// The first of the month `n` months from `d`'s.
fn month_from(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let first = d.with_day(1)?;
    if n >= 0 { first.checked_add_months(Months::new(n as u32)) } else { first.checked_sub_months(Months::new(n.unsigned_abs())) }
}

/// The last day of `d`'s month.
fn month_last(d: NaiveDate) -> Option<NaiveDate> {
    month_from(d, 1)?.pred_opt()
}

/// Whether a dataset can hold `d` (years 1 to 9999, see FORMAT.md).
fn in_calendar(d: NaiveDate) -> bool {
    (1..=9999).contains(&d.year())
}

fn dated(start: NaiveDate, end: Option<NaiveDate>, precision: Precision, cue: &Cue, how: String) -> Dated {
    Dated { start, end, precision, cue: Some(cue.text.clone()), how }
}

fn day(d: NaiveDate, cue: &Cue, how: String) -> Dated {
    dated(d, None, Precision::Day, cue, how)
}

/// Days `a` to `b`; one day when they meet.
fn range(a: NaiveDate, b: NaiveDate, cue: &Cue, how: String) -> Dated {
    if a >= b { day(a.min(b), cue, how) } else { dated(a, Some(b), Precision::Range, cue, how) }
}

/// The first and last day of the week, month or year `offset` units from `d`'s.
fn unit_span(d: NaiveDate, unit: Unit, offset: i32) -> Option<(NaiveDate, NaiveDate)> {
    match unit {
        Unit::Week => {
            let m = monday_of(d).checked_add_signed(chrono::TimeDelta::try_weeks(offset as i64)?)?;
            Some((m, m.checked_add_days(Days::new(6))?))
        }
        Unit::Month => {
            let first = month_from(d, offset)?;
            Some((first, month_last(first)?))
        }
        Unit::Year => {
            let y = d.year().checked_add(offset)?;
            Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?))
        }
    }
}

/// The part of the span `first..=last` of a `unit` (see `Part`).
fn part_of(first: NaiveDate, last: NaiveDate, unit: Unit, part: Part) -> Option<(NaiveDate, NaiveDate)> {
    let thirds: [(i64, i64); 3] = match unit {
        Unit::Week => [(0, 2), (1, 3), (3, 6)],
        Unit::Month => [(0, 9), (10, 19), (20, 30)],
        Unit::Year => return year_part(first.year(), part).or(Some((first, last))),
    };
    let (a, b) = match part {
        Part::Early => thirds[0],
        Part::Mid => thirds[1],
        Part::Late => thirds[2],
        _ => return Some((first, last)),
    };
    Some((shift(first, a), shift(first, b).min(last)))
}

fn year_part(y: i32, part: Part) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = match part {
        Part::Early => ((1, 1), (4, 30)),
        Part::Mid => ((5, 1), (8, 31)),
        Part::Late => ((9, 1), (12, 31)),
        _ => return None,
    };
    Some((NaiveDate::from_ymd_opt(y, a.0, a.1)?, NaiveDate::from_ymd_opt(y, b.0, b.1)?))
}

impl Unit {
    fn precision(self) -> Precision {
        match self {
            Unit::Week => Precision::Week,
            Unit::Month => Precision::Month,
            Unit::Year => Precision::Year,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

impl Calendar {
    pub fn new(published: NaiveDate) -> Calendar {
        Calendar { published, anchor: None, story: None }
    }

    /// The date a cue means. Week expressions move the anchor for later cues;
    /// "today"/"yesterday" move it back to the publication week. Cues must come
    /// in the order of the text: "the next day" counts from the last date given.
    pub fn resolve(&mut self, cue: &Cue) -> Dated {
        let before = self.anchor.clone();
        let toward = self.toward(cue);
        let d = self
            .resolve_inner(cue, toward)
            .unwrap_or_else(|| self.before(Some(cue.text.clone()), format!("“{}” is not a calendar date", cue.text)));
        // Only what the story reports as past sets its week; plans do not, nor
        // does a week before the calendar's first.
        if cue.future || cue.would || self.anchor.as_ref().is_some_and(|(m, _)| !in_calendar(*m)) {
            self.anchor = before;
        }
        let d = self.within_calendar(d);
        if !matches!(d.precision, Precision::Before | Precision::Unknown) {
            self.story = Some((cue.start, d.clone()));
        }
        d
    }

    /// Back for the past; ahead for a plan, from the day of the report it is
    /// told in when the same sentence gives that day, else from publication.
    fn toward(&self, cue: &Cue) -> Toward {
        if !cue.future && !cue.would {
            return Toward::Back;
        }
        Toward::Ahead(self.report_day(cue).unwrap_or(self.published))
    }

    /// The day of the report a cue is told in, when the cue dating it came
    /// just before (see `Cue::report`).
    /// The day of the report told after `cue` (see `Cue::report_after`), read as that cue alone would be.
    fn day_of_report_after(&self, cue: &Cue) -> Option<NaiveDate> {
        let d = self.clone().resolve(cue.report_after.as_deref()?);
        (d.precision == Precision::Day && d.start <= self.published).then_some(d.start)
    }

    fn report_day(&self, cue: &Cue) -> Option<NaiveDate> {
        let (at, d) = self.story.as_ref()?;
        (Some(*at) == cue.report && d.precision == Precision::Day && d.start <= self.published).then_some(d.start)
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

    /// `None` when the words name no calendar date ("February 30").
    fn resolve_inner(&mut self, cue: &Cue, toward: Toward) -> Option<Dated> {
        let p = self.published;
        Some(match cue.what {
            CueWhat::Weekday(wd, modifier) => self.weekday(cue, wd, modifier, toward),
            CueWhat::DayOffset(n) => {
                self.anchor = None;
                day(shift(p, n), cue, "counted from publication".to_owned())
            }
            CueWhat::Period { unit, offset, part } => self.period(cue, unit, offset, part, toward)?,
            CueWhat::Weekend(modifier) => self.weekend(cue, modifier, toward),
            CueWhat::Date { month, day: d, year } => {
                let y = year.unwrap_or_else(|| self.nearest_year(month, d, toward));
                let how = if year.is_some() { "explicit date" } else { "explicit date, the year by tense" };
                day(NaiveDate::from_ymd_opt(y, month, d)?, cue, how.to_owned())
            }
            CueWhat::DateRange { month, day: d, end_month, end_day, year } => {
                let y = year.unwrap_or_else(|| self.nearest_year(month, d, toward));
                let a = NaiveDate::from_ymd_opt(y, month, d)?;
                let b = NaiveDate::from_ymd_opt(if end_month < month { y + 1 } else { y }, end_month, end_day)?;
                range(a, b, cue, "explicit days".to_owned())
            }
            CueWhat::DayOfMonth(d) => self.day_of_month(cue, d, toward)?,
            CueWhat::Month { month, year, part } => {
                let y = match year {
                    WhichYear::Number(y) => y,
                    WhichYear::Offset(o) => p.year() + o,
                    WhichYear::Previous if month < p.month() => p.year(),
                    WhichYear::Previous => p.year() - 1,
                    WhichYear::Nearest => match toward {
                        Toward::Back if month <= p.month() => p.year(),
                        Toward::Back => p.year() - 1,
                        Toward::Ahead(from) if month >= from.month() => from.year(),
                        Toward::Ahead(from) => from.year() + 1,
                    },
                };
                let first = NaiveDate::from_ymd_opt(y, month, 1)?;
                let (a, b) = part_of(first, month_last(first)?, Unit::Month, part)?;
                let natural = if part == Part::Whole { Precision::Month } else { Precision::Range };
                let how = if year == WhichYear::Nearest { "the month named, the year by tense" } else { "the month named" };
                self.bounded(a, b, natural, toward, cue, how.to_owned())
            }
            CueWhat::Year { year, part } => {
                let (first, last) = unit_span(NaiveDate::from_ymd_opt(year, 1, 1)?, Unit::Year, 0)?;
                let (a, b) = part_of(first, last, Unit::Year, part)?;
                let natural = if part == Part::Whole { Precision::Year } else { Precision::Range };
                self.bounded(a, b, natural, toward, cue, "the year named".to_owned())
            }
            CueWhat::Overnight(into) => {
                // The night is not one calendar day: both days it spans.
                let morning = match (into, toward) {
                    (Some(wd), _) => self.weekday(cue, wd, Modifier::None, toward).start,
                    (None, Toward::Back) => self.report_day(cue).or_else(|| self.day_of_report_after(cue)).unwrap_or(p),
                    (None, Toward::Ahead(from)) => shift(from, 1),
                };
                range(shift(morning, -1), morning, cue, "the night: the evening and the morning it spans".to_owned())
            }
            CueWhat::Recent(n) => range(shift(p, -n), p, cue, format!("the {n} days up to publication")),
            CueWhat::Coming(n) => range(p, shift(p, n), cue, format!("the {n} days from publication")),
            CueWhat::StoryOffset(n) => self.story_offset(cue, n, toward),
            CueWhat::StorySpan(lo, hi) => self.story_span(cue, lo, hi, toward),
            CueWhat::StoryWeek(n) => match self.story.clone() {
                Some((_, s)) => {
                    // Like "last week", it sets the week later weekdays fall in.
                    let monday = shift(monday_of(s.start), 7 * n);
                    self.anchor = Some((monday, cue.text.clone()));
                    let how = format!("the week {n:+} from that of “{}”", s.cue.unwrap_or_default());
                    dated(monday, None, Precision::Week, cue, how)
                }
                None => self.story_offset(cue, 7 * n, toward),
            },
            CueWhat::Earlier => self.before(Some(cue.text.clone()), "“earlier”: some time before publication".to_owned()),
            CueWhat::MoreThanAgo(n) => Dated {
                start: shift(p, -n),
                end: None,
                precision: Precision::Before,
                cue: Some(cue.text.clone()),
                how: format!("more than that long ago: on or before the day {n} days before publication"),
            },
        })
    }

    fn weekday(&self, cue: &Cue, wd: Weekday, modifier: Modifier, toward: Toward) -> Dated {
        let p = self.published;
        let n = wd.num_days_from_monday() as i64;
        let back_from = |d: NaiveDate| (7 + d.weekday().num_days_from_monday() as i64 - n) % 7;
        let ahead_from = |d: NaiveDate| (7 - back_from(d)) % 7;
        let from = match toward {
            Toward::Ahead(from) => from,
            Toward::Back => p,
        };
        let whose = if from == p { "publication".to_owned() } else { format!("the report ({from})") };
        match (modifier, toward) {
            (Modifier::Last, _) => {
                let back = back_from(p);
                day(shift(p, -(if back == 0 { 7 } else { back })), cue, "the last one before publication".to_owned())
            }
            (Modifier::Next, _) => {
                let ahead = ahead_from(from);
                day(shift(from, if ahead == 0 { 7 } else { ahead }), cue, format!("the next one after {whose}"))
            }
            (Modifier::This, _) => day(shift(monday_of(p), n), cue, "in the publication week".to_owned()),
            (Modifier::None, Toward::Ahead(_)) => {
                day(shift(from, ahead_from(from)), cue, format!("looking ahead: the first one on or after {whose}"))
            }
            (Modifier::None, Toward::Back) => match &self.anchor {
                Some((monday, words)) if shift(*monday, n) <= p => {
                    day(shift(*monday, n), cue, format!("{} of the week of “{words}”", wd_name(wd)))
                }
                _ => day(shift(p, -back_from(p)), cue, "the last one on or before publication".to_owned()),
            },
        }
    }

    /// A week, month or year from publication's, or a part of it.
    fn period(&mut self, cue: &Cue, unit: Unit, offset: i32, part: Part, toward: Toward) -> Option<Dated> {
        let p = self.published;
        let (first, last) = unit_span(p, unit, offset)?;
        if unit == Unit::Week {
            self.anchor = Some((first, cue.text.clone()));
        }
        let name = match offset {
            0 => format!("the publication {}", unit.name()),
            -1 => format!("the {} before publication", unit.name()),
            1 => format!("the {} after publication", unit.name()),
            n if n < 0 => format!("{} {}s before publication's", -n, unit.name()),
            n => format!("{n} {}s after publication's", unit.name()),
        };
        Some(match part {
            Part::Earlier if first < p => range(first, shift(p, -1), cue, format!("{name}, before publication")),
            Part::Later if p < last => range(shift(p, 1), last, cue, format!("{name}, after publication")),
            Part::Early | Part::Mid | Part::Late => {
                let (a, b) = part_of(first, last, unit, part)?;
                self.bounded(a, b, Precision::Range, toward, cue, format!("part of {name}"))
            }
            _ => self.bounded(first, last, unit.precision(), toward, cue, name),
        })
    }

    /// The span `first..=last` as `natural` (a week, month, year or range),
    /// cut at publication when it contains it: a past event is not after
    /// publication, a plan not before the day it was told.
    fn bounded(&self, first: NaiveDate, last: NaiveDate, natural: Precision, toward: Toward, cue: &Cue, how: String) -> Dated {
        let p = self.published;
        match toward {
            Toward::Back if first < p && p < last => range(first, p, cue, format!("{how}, up to publication")),
            Toward::Ahead(from) if first < from && from < last => range(from, last, cue, format!("{how}, from {from} on")),
            _ if natural == Precision::Range => range(first, last, cue, how),
            _ => dated(first, None, natural, cue, how),
        }
    }

    /// The weekend that the past tense or a plan means; "last weekend" the
    /// one before publication's, "next weekend" the first after it.
    fn weekend(&self, cue: &Cue, modifier: Modifier, toward: Toward) -> Dated {
        let p = self.published;
        let wd = |d: NaiveDate| d.weekday().num_days_from_monday() as i64;
        let sunday = match (modifier, toward) {
            (Modifier::Last, _) => {
                let back = (wd(p) + 1) % 7;
                shift(p, -(if back == 0 { 7 } else { back }))
            }
            (_, Toward::Ahead(from)) => shift(from, 6 - wd(from)),
            (_, Toward::Back) => shift(p, -((wd(p) + 2) % 7) + 1),
        };
        let how = match modifier {
            Modifier::Last => "the weekend before publication's",
            _ if matches!(toward, Toward::Back) => "the last weekend on or before publication",
            _ => "the first weekend on or after publication",
        };
        self.bounded(shift(sunday, -1), sunday, Precision::Range, toward, cue, how.to_owned())
    }

    /// "the 24th": of the month of the story's last date, else of publication's,
    /// moved a month where the tense rules that one out.
    fn day_of_month(&self, cue: &Cue, d: u32, toward: Toward) -> Option<Dated> {
        let p = self.published;
        let mut month = month_from(self.story.as_ref().map_or(p, |(_, s)| s.start), 0)?;
        let step = if toward == Toward::Back { -1 } else { 1 };
        for _ in 0..4 {
            if let Some(x) = month.with_day(d) {
                let fits = match toward {
                    Toward::Back => x <= p,
                    Toward::Ahead(from) => x >= from,
                };
                if fits {
                    return Some(day(x, cue, "that day of the story's month".to_owned()));
                }
            }
            month = month_from(month, step)?;
        }
        None
    }

    /// Days from the story's last date, all of its span moved; without one,
    /// only what is sure.
    fn story_offset(&self, cue: &Cue, n: i64, toward: Toward) -> Dated {
        let p = self.published;
        match (&self.story, toward) {
            (Some((_, s)), _) => {
                let (first, last) = s.days();
                let how = format!("{n:+} days from “{}”", s.cue.clone().unwrap_or_default());
                match first {
                    Some(first) if s.precision == Precision::Day => day(shift(first, n), cue, how),
                    Some(first) => range(shift(first, n), shift(last, n), cue, how),
                    None => {
                        Dated { start: shift(last, n).min(p), end: None, precision: Precision::Before, cue: Some(cue.text.clone()), how }
                    }
                }
            }
            (None, Toward::Ahead(from)) if n > 0 => day(shift(from, n), cue, "no date given before: counted from publication".to_owned()),
            (None, _) => Dated {
                start: shift(p, n.min(0)),
                end: None,
                precision: Precision::Before,
                cue: Some(cue.text.clone()),
                how: if n < 0 {
                    let days = if n == -1 { "the day".to_owned() } else { format!("{} days", -n) };
                    format!("no date given before to count from: on or before {days} before publication")
                } else {
                    "no date given before to count from: on or before publication".to_owned()
                },
            },
        }
    }

    /// Some days from the story's last date (`lo..=hi` days from its span); a past
    /// act not after publication. Without a date to count from, only what is sure.
    fn story_span(&self, cue: &Cue, lo: i64, hi: i64, toward: Toward) -> Dated {
        let p = self.published;
        let Some((_, s)) = &self.story else {
            // From a day no later than publication, at most `hi` days on: what is sure.
            return self.story_offset(cue, hi.min(0), toward);
        };
        let (first, last) = s.days();
        let how = format!("some days ({lo:+} to {hi:+}) from “{}”", s.cue.clone().unwrap_or_default());
        let end = if toward == Toward::Back { shift(last, hi).min(p) } else { shift(last, hi) };
        match first {
            Some(first) if shift(first, lo) <= end => range(shift(first, lo), end, cue, how),
            _ => Dated { start: end, end: None, precision: Precision::Before, cue: Some(cue.text.clone()), how },
        }
    }

    /// The year of a date named without one: publication's, unless that puts
    /// a past event more than a week after publication (then the year before)
    /// or a plan more than a week before the day it was told (the year after).
    fn nearest_year(&self, month: u32, d: u32, toward: Toward) -> i32 {
        let p = self.published;
        match toward {
            Toward::Back => {
                let late = NaiveDate::from_ymd_opt(p.year(), month, d).is_some_and(|x| x > shift(p, 7));
                if late { p.year() - 1 } else { p.year() }
            }
            Toward::Ahead(from) => {
                let early = NaiveDate::from_ymd_opt(from.year(), month, d).is_some_and(|x| x < shift(from, -7));
                if early { from.year() + 1 } else { from.year() }
            }
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

    #[test]
    fn a_clause_takes_in_a_few_verbless_pieces_at_most() {
        // Found by the fuzz harness: a list of hundreds of dates made clause_of
        // walk back over every piece for every date (10 s for 400 of them).
        let text = "Ministers will meet Bosnia, Georgia, Moldova, Armenia, Serbia, Kosovo, Albania, Montenegro on Monday.";
        let s = &split_sentences(text)[0];
        let monday = s.tokens.iter().position(|t| t.lower == "monday").unwrap();
        let (from, _) = clause_of(s, monday - 1, monday + 1);
        let pieces = s.tokens[from..monday].iter().filter(|t| t.is_punct(',')).count();
        assert_eq!(pieces, MAX_PIECES_BACK, "{}", &text[s.tokens[from].start..]);
        // Fewer pieces: back to the verb, as before.
        let s = &split_sentences("Ministers will meet Bosnia, Georgia and Moldova on Monday.")[0];
        let monday = s.tokens.iter().position(|t| t.lower == "monday").unwrap();
        assert_eq!(clause_of(s, monday - 1, monday + 1).0, 0);
    }

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
    fn holidays_on_a_fixed_day_are_that_day() {
        let r = dates(
            "Biden on Christmas Day said so. Russia struck on Christmas morning. He said it on Christmas. They called Christmas a time of peace.",
            "2024-12-26",
        );
        assert_eq!(r, [day("on Christmas Day", "2024-12-25"), day("on Christmas", "2024-12-25"), day("on Christmas", "2024-12-25")]);
        let r = dates("On New Year's Eve, drones struck Kyiv. Putin spoke on Orthodox Christmas.", "2025-01-08");
        assert_eq!(r, [day("On New Year's Eve", "2024-12-31"), day("on Orthodox Christmas", "2025-01-07")]);
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
    fn a_date_a_plan_was_moved_to_lies_ahead() {
        let r = dates("He said he has rescheduled his trip to Riyadh for March 10.", "2025-02-19");
        assert_eq!(r, [day("March 10", "2025-03-10")]);
        let r = dates("The vote was postponed until March 10.", "2025-02-19");
        assert_eq!(r, [day("March 10", "2025-03-10")]);
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

    type Row = (String, String, Option<String>, Precision);

    fn first(text: &str, published: &str) -> Row {
        dates(text, published).into_iter().next().unwrap_or_else(|| panic!("no cue in {text:?}"))
    }

    fn span(cue: &str, from: &str, to: &str) -> Row {
        (cue.to_owned(), from.to_owned(), Some(to.to_owned()), Precision::Range)
    }

    fn at(cue: &str, start: &str, precision: Precision) -> Row {
        (cue.to_owned(), start.to_owned(), None, precision)
    }

    fn cues(text: &str) -> Vec<Cue> {
        split_sentences(text).iter().flat_map(|s| find_cues(s, text)).collect()
    }

    // Publication on Thursday 24 March 2022 unless said otherwise.
    const THU: &str = "2022-03-24";

    #[test]
    fn earlier_and_later_in_the_publication_month_week_and_year() {
        assert_eq!(first("Earlier this month, Russia said so.", THU), span("Earlier this month", "2022-03-01", "2022-03-23"));
        assert_eq!(first("The talks collapsed earlier this month.", THU), span("earlier this month", "2022-03-01", "2022-03-23"));
        assert_eq!(first("Earlier this year, it rained.", THU), span("Earlier this year", "2022-01-01", "2022-03-23"));
        // On the 1st nothing of the month lies before publication: only the month is sure.
        assert_eq!(first("Earlier this month, Russia said so.", "2022-03-01"), at("Earlier this month", "2022-03-01", Precision::Month));
        assert_eq!(first("NATO leaders will meet later this month.", THU), span("later this month", "2022-03-25", "2022-03-31"));
        assert_eq!(first("He expects a deal at a summit later this month.", THU), span("later this month", "2022-03-25", "2022-03-31"));
        assert_eq!(first("Later this week, he travels to Warsaw.", THU), span("Later this week", "2022-03-25", "2022-03-27"));
        assert_eq!(first("Talks are due later this month.", "2022-03-31"), at("later this month", "2022-03-01", Precision::Month));
        let c = &cues("He said the summit later this month would agree.")[0];
        assert!(c.future, "“later” looks ahead whatever the tense");
    }

    #[test]
    fn this_week_month_and_year_end_at_publication_in_the_past_and_start_there_for_plans() {
        assert_eq!(first("This week, they met.", THU), span("This week", "2022-03-21", "2022-03-24"));
        assert_eq!(first("Prices rose this month.", THU), span("this month", "2022-03-01", "2022-03-24"));
        assert_eq!(first("The economy shrank this year.", THU), span("this year", "2022-01-01", "2022-03-24"));
        assert_eq!(first("The economy will shrink this year.", THU), span("this year", "2022-03-24", "2022-12-31"));
        assert_eq!(first("They will meet this week.", THU), span("this week", "2022-03-24", "2022-03-27"));
        assert_eq!(
            first("Deliveries will be finished by the end of this year.", THU).1,
            "2022-03-24",
            "a deadline: all of the rest of the year"
        );
    }

    #[test]
    fn last_and_next_month_and_year() {
        assert_eq!(first("Last month, Russia invaded.", THU), at("Last month", "2022-02-01", Precision::Month));
        assert_eq!(first("Sanctions were imposed last month.", "2022-01-10"), at("last month", "2021-12-01", Precision::Month));
        assert_eq!(first("NATO meets again next month.", THU), at("next month", "2022-04-01", Precision::Month));
        assert_eq!(first("He visited Kyiv last year.", THU), at("last year", "2021-01-01", Precision::Year));
        assert_eq!(first("Elections are due next year.", THU), at("next year", "2023-01-01", Precision::Year));
        assert_eq!(first("Early last month, troops massed.", THU), span("Early last month", "2022-02-01", "2022-02-10"));
        assert_eq!(first("It began late last year.", THU), span("late last year", "2021-09-01", "2021-12-31"));
    }

    #[test]
    fn a_month_named_alone_is_the_last_one_for_the_past_and_the_next_one_for_plans() {
        let p = "2022-05-02";
        assert_eq!(first("It happened in March.", p), at("in March", "2022-03-01", Precision::Month));
        assert_eq!(first("The deal was signed in July.", p), at("in July", "2021-07-01", Precision::Month));
        assert_eq!(first("NATO will meet in July.", p), at("in July", "2022-07-01", Precision::Month));
        assert_eq!(first("Talks are scheduled to resume in February.", p), at("in February", "2023-02-01", Precision::Month));
        assert_eq!(first("He said talks would resume in February.", p), at("in February", "2023-02-01", Precision::Month));
        assert_eq!(first("In May, troops withdrew.", p), span("In May", "2022-05-01", "2022-05-02"), "never after publication");
        assert_eq!(first("In July of last year, he resigned.", p), at("In July of last year", "2021-07-01", Precision::Month));
        assert_eq!(first("He resigned in July last year.", p), at("in July last year", "2021-07-01", Precision::Month));
        assert_eq!(first("It opens in September of this year.", p), at("in September of this year", "2022-09-01", Precision::Month));
        assert_eq!(first("The offensive began in July 2023.", p), at("in July 2023", "2023-07-01", Precision::Month));
        assert_eq!(first("The group met July 2023 in Brussels.", p), at("July 2023", "2023-07-01", Precision::Month));
        assert_eq!(first("It was founded in April of 2014.", p), at("in April of 2014", "2014-04-01", Precision::Month));
        // "last July": the latest July before publication's month, whatever the tense.
        assert_eq!(first("Washington proposed an exchange last July.", "2022-12-08"), at("last July", "2022-07-01", Precision::Month));
        assert_eq!(first("Washington proposed an exchange last July.", "2022-07-20"), at("last July", "2021-07-01", Precision::Month));
        assert!(dates("The March offensive failed. Russia may try again.", p).is_empty());
    }

    #[test]
    fn years() {
        assert_eq!(first("Russia invaded Crimea in 2014.", THU), at("in 2014", "2014-01-01", Precision::Year));
        assert_eq!(first("In 2022, the war began.", "2023-05-02"), at("In 2022", "2022-01-01", Precision::Year));
        assert_eq!(first("Prices rose in 2023 alone.", "2023-05-02"), span("in 2023", "2023-01-01", "2023-05-02"));
        assert_eq!(first("It started in early 2021.", THU), span("in early 2021", "2021-01-01", "2021-04-30"));
        assert_eq!(first("It ended in mid-2021.", THU), span("in mid-2021", "2021-05-01", "2021-08-31"));
        assert!(dates("He was named in 2000 cases.", THU).is_empty());
    }

    #[test]
    fn ranges_of_days() {
        assert_eq!(first("From February 20 to 22, talks were held.", THU), span("From February 20 to 22", "2022-02-20", "2022-02-22"));
        assert_eq!(first("Talks were held between March 3 and 5.", THU), span("between March 3 and 5", "2022-03-03", "2022-03-05"));
        assert_eq!(first("Exercises ran Feb. 20-22 near Minsk.", THU), span("Feb. 20-22", "2022-02-20", "2022-02-22"));
        assert_eq!(first("Exercises ran on Feb. 20–22, 2021.", THU), span("Feb. 20–22, 2021", "2021-02-20", "2021-02-22"));
        assert_eq!(first("It was held from 20 to 22 February.", THU), span("from 20 to 22 February", "2022-02-20", "2022-02-22"));
        assert_eq!(first("It was held between 3 and 5 March 2021.", THU), span("between 3 and 5 March 2021", "2021-03-03", "2021-03-05"));
        assert_eq!(first("It was held 20-22 February.", THU), span("20-22 February", "2022-02-20", "2022-02-22"));
        assert_eq!(first("It lasted from February 27 to March 2.", THU), span("from February 27 to March 2", "2022-02-27", "2022-03-02"));
        assert_eq!(
            first("It lasted from December 30 to January 2.", THU),
            span("from December 30 to January 2", "2021-12-30", "2022-01-02")
        );
        // Two days, not a span: "and" makes a range only after "between".
        assert_eq!(dates("Strikes hit on March 3 and 5.", THU), [day("on March 3", "2022-03-03")]);
        assert_eq!(dates("Troops arrived on March 3 to help.", THU), [day("on March 3", "2022-03-03")]);
    }

    #[test]
    fn named_days_in_every_order() {
        for (text, cue) in [
            ("On Feb. 24, Russia invaded.", "On Feb. 24"),
            ("Russia invaded Feb. 24.", "Feb. 24"),
            ("Russia invaded on February 24th.", "on February 24th"),
            ("Russia invaded on 24 February.", "on 24 February"),
            ("Russia invaded on the 24th of February.", "on the 24th of February"),
        ] {
            assert_eq!(first(text, THU), day(cue, "2022-02-24"), "{text}");
        }
        assert_eq!(first("Russia invaded on 24 February 2022.", "2023-01-10"), day("on 24 February 2022", "2022-02-24"));
        assert_eq!(first("Russia invaded on February 24.", "2023-01-10"), day("on February 24", "2022-02-24"), "a past date is not ahead");
        assert_eq!(first("NATO will meet on March 20.", "2022-04-10"), day("on March 20", "2023-03-20"), "a plan is not behind");
        assert_eq!(first("NATO met on March 20.", "2022-04-10"), day("on March 20", "2022-03-20"));
    }

    #[test]
    fn the_24th_is_in_the_story_month() {
        assert_eq!(first("Troops left on the 24th.", "2022-03-28"), day("on the 24th", "2022-03-24"));
        assert_eq!(first("Troops left on the 24th.", "2022-03-10"), day("on the 24th", "2022-02-24"), "the past is not ahead");
        let r = dates("In January, talks began. They collapsed on the 20th.", THU);
        assert_eq!(r[1], day("on the 20th", "2022-01-20"));
        assert!(dates("It was the 25th meeting of the group. The 20th century ended.", THU).is_empty());
    }

    #[test]
    fn parts_of_months() {
        assert_eq!(first("In mid-March, troops massed.", "2022-04-05"), span("In mid-March", "2022-03-11", "2022-03-20"));
        assert_eq!(first("Troops massed in early March.", "2022-04-05"), span("in early March", "2022-03-01", "2022-03-10"));
        assert_eq!(first("Troops massed in late March.", "2022-04-05"), span("in late March", "2022-03-21", "2022-03-31"));
        assert_eq!(first("Troops massed in late February.", THU), span("in late February", "2022-02-21", "2022-02-28"));
        assert_eq!(first("It ended at the end of February.", THU), span("at the end of February", "2022-02-21", "2022-02-28"));
        assert_eq!(first("Troops massed in late March.", THU), span("in late March", "2022-03-21", "2022-03-24"), "not after publication");
        assert_eq!(first("Talks will resume in late March.", THU), span("in late March", "2022-03-24", "2022-03-31"));
        assert_eq!(first("Talks will resume in mid-April.", THU), span("in mid-April", "2022-04-11", "2022-04-20"));
        assert_eq!(first("It happened in mid March 2021.", THU), span("in mid March 2021", "2021-03-11", "2021-03-20"));
    }

    #[test]
    fn the_night_the_morning_and_today() {
        assert_eq!(first("Russia shelled Kyiv overnight.", THU), span("overnight", "2022-03-23", "2022-03-24"));
        // The report told after it dates the night: said on Tuesday, it was Monday's night.
        assert_eq!(
            first("Russia shelled Kyiv overnight, the governor said on Tuesday.", THU),
            span("overnight", "2022-03-21", "2022-03-22")
        );
        assert_eq!(first("Overnight, missiles hit Lviv.", THU), span("Overnight", "2022-03-23", "2022-03-24"));
        assert_eq!(first("Missiles hit Lviv overnight into Tuesday.", THU), span("overnight into Tuesday", "2022-03-21", "2022-03-22"));
        assert_eq!(first("He will fly overnight to Warsaw.", THU), span("overnight", "2022-03-24", "2022-03-25"));
        // In reported speech, the night before the report.
        let r = dates("Zelensky said on Monday that troops shelled Kharkiv overnight.", THU);
        assert_eq!(r[1], span("overnight", "2022-03-20", "2022-03-21"));
        assert!(dates("Peace will not come overnight.", THU).is_empty());
        for text in [
            "He spoke this morning.",
            "He spoke this afternoon.",
            "He speaks tonight.",
            "He spoke today.",
            "He spoke earlier this morning.",
        ] {
            assert_eq!(first(text, THU).1, THU, "{text}");
            assert_eq!(first(text, THU).3, Precision::Day, "{text}");
        }
        assert_eq!(first("Strikes hit on Tuesday night.", THU), day("on Tuesday night", "2022-03-22"));
        // A night spans two days; the small hours are the second's.
        assert_eq!(first("Strikes hit last night.", THU), span("last night", "2022-03-23", "2022-03-24"));
        assert_eq!(first("At 02:50 last night, troops blew up the dam.", THU), day("At 02:50 last night", THU));
        assert_eq!(first("Strikes hit late last night at 11 p.m. in Kyiv.", THU), day("late last night at 11 p.m.", "2022-03-23"));
        assert_eq!(first("Strikes hit at 3 a.m. last night.", THU), day("at 3 a.m. last night", THU));
        assert_eq!(first("He spoke last evening.", THU), day("last evening", "2022-03-23"));
    }

    #[test]
    fn the_past_day_is_the_day_up_to_publication() {
        // Thursday 24 March 2022.
        assert_eq!(
            first("Russian forces attacked 37 times over the past day.", THU),
            span("over the past day", "2022-03-23", "2022-03-24")
        );
        // "the past day of talks" is not counted from publication.
        assert!(dates("It was the past day of talks.", THU).is_empty());
    }

    #[test]
    fn weekends() {
        // Thursday 24, Sunday 27, Monday 28 March 2022.
        assert_eq!(first("Protests spread last weekend.", THU), span("last weekend", "2022-03-19", "2022-03-20"));
        assert_eq!(first("Protests spread last weekend.", "2022-03-27"), span("last weekend", "2022-03-19", "2022-03-20"));
        assert_eq!(first("Protests spread last weekend.", "2022-03-28"), span("last weekend", "2022-03-26", "2022-03-27"));
        assert_eq!(first("Protests spread this past weekend.", "2022-03-28"), span("this past weekend", "2022-03-26", "2022-03-27"));
        assert_eq!(first("Protests spread over the weekend.", "2022-03-28"), span("over the weekend", "2022-03-26", "2022-03-27"));
        assert_eq!(first("Protests will spread this weekend.", THU), span("this weekend", "2022-03-26", "2022-03-27"));
        assert_eq!(first("Talks resume next weekend.", THU), span("next weekend", "2022-03-26", "2022-03-27"));
    }

    #[test]
    fn recent_and_coming_days_and_weeks() {
        assert_eq!(first("In recent days, shelling grew.", THU), span("In recent days", "2022-03-17", "2022-03-24"));
        assert_eq!(first("Shelling grew in recent weeks.", THU), span("in recent weeks", "2022-02-10", "2022-03-24"));
        assert_eq!(first("Shelling grew over the past two weeks.", THU), span("over the past two weeks", "2022-03-10", "2022-03-24"));
        assert_eq!(first("Shelling grew in the last 24 hours.", THU), span("in the last 24 hours", "2022-03-23", "2022-03-24"));
        assert_eq!(first("Shelling grew over the past week.", THU), span("over the past week", "2022-03-17", "2022-03-24"));
        assert_eq!(first("Shelling may grow in the coming days.", THU), span("in the coming days", "2022-03-24", "2022-03-31"));
        assert_eq!(first("Aid arrives over the next few weeks.", THU), span("over the next few weeks", "2022-03-24", "2022-05-05"));
    }

    #[test]
    fn days_counted_from_the_story() {
        let r = dates("On March 3, troops entered the city. The next day, they left. Two days later, they came back.", THU);
        assert_eq!(r[1], day("The next day", "2022-03-04"));
        assert_eq!(r[2], day("Two days later", "2022-03-06"));
        let r = dates("On March 3, troops entered the city. A day earlier, talks had failed.", THU);
        assert_eq!(r[1], day("A day earlier", "2022-03-02"));
        let r = dates("On March 3, troops entered the city. The day before, talks had failed.", THU);
        assert_eq!(r[1], day("The day before", "2022-03-02"));
        let r = dates("On Monday, troops entered the city. Later that day, they left. On the same day, Kyiv protested.", THU);
        assert_eq!((r[1].clone(), r[2].clone()), (day("Later that day", "2022-03-21"), day("On the same day", "2022-03-21")));
        let r = dates("On March 3, troops entered the city. The following week, they left.", THU);
        assert_eq!(r[1], at("The following week", "2022-03-07", Precision::Week));
        let r = dates("On March 3, troops entered the city. The following week, they left. On Tuesday, talks began.", THU);
        assert_eq!(r[2], day("On Tuesday", "2022-03-08"), "the story's week moved");
        assert!(dates("It was the last week of March. The next year of talks began.", THU).is_empty());
        let r = dates("Last week, talks began. A week later, they ended.", THU);
        assert_eq!(r[1], span("A week later", "2022-03-21", "2022-03-27"), "a span moved keeps its length");
        // With nothing to count from, only what is sure.
        assert_eq!(first("The next day, they left.", THU), at("The next day", THU, Precision::Before));
        assert!(dates("The day before the summit, they left.", THU).is_empty(), "a day the text does not give");
        assert_eq!(first("It happened the day before yesterday.", THU), day("the day before yesterday", "2022-03-22"));
    }

    #[test]
    fn counted_back_from_publication() {
        assert_eq!(first("Two days ago, it rained.", THU), day("Two days ago", "2022-03-22"));
        assert_eq!(first("It began three weeks ago.", THU), at("three weeks ago", "2022-02-28", Precision::Week));
        assert_eq!(first("It began a week ago.", THU), at("a week ago", "2022-03-14", Precision::Week));
        assert_eq!(first("It began two months ago.", THU), at("two months ago", "2022-01-01", Precision::Month));
        assert_eq!(first("It began a year ago.", THU), at("a year ago", "2021-01-01", Precision::Year));
        assert_eq!(first("It began a few days ago.", THU), span("a few days ago", "2022-03-17", "2022-03-24"));
        // "more than"/"over" bounds it: on or before, not within that month.
        assert_eq!(first("It began more than two months ago.", THU), at("more than two months ago", "2022-01-23", Precision::Before));
        assert_eq!(first("It began over a year ago.", THU), at("over a year ago", "2021-03-24", Precision::Before));
        assert_eq!(first("It began two hours ago.", THU), span("two hours ago", "2022-03-23", "2022-03-24"));
        // "Three weeks ago" sets the story's week, like "last week".
        let r = dates("Three weeks ago, talks began. On Tuesday, they failed.", THU);
        assert_eq!(r[1], day("On Tuesday", "2022-03-01"));
    }

    #[test]
    fn the_tense_of_the_clause_decides_the_direction() {
        // Wednesday 23 March 2022; the Tuesdays around it are the 22nd and the 29th.
        let p = "2022-03-23";
        let ahead = day("on Tuesday", "2022-03-29");
        let back = day("on Tuesday", "2022-03-22");
        for text in [
            "Biden will travel to Poland on Tuesday.",
            "Biden would travel to Poland on Tuesday, officials said.",
            "Biden said he would travel to Poland on Tuesday.",
            "Biden said that he’ll travel to Poland on Tuesday.",
            "NATO is scheduled to meet on Tuesday.",
            "NATO plans to meet on Tuesday.",
            "Ministers are expected to meet on Tuesday.",
            "Ministers are set to meet on Tuesday.",
            "NATO meets on Tuesday in Brussels.",
            "The summit is due to open on Tuesday.",
            "Biden is going to travel on Tuesday.",
        ] {
            assert_eq!(first(text, p), ahead, "{text}");
        }
        for text in [
            "NATO met on Tuesday.",
            "Biden said on Tuesday he would travel to Poland.",
            "Biden said on Tuesday that he would travel to Poland.",
            "Biden told reporters on Tuesday he would travel to Poland.",
            "Biden said in a statement on Tuesday that he will travel.",
            "Biden on Tuesday said he would travel to Poland.",
            "On Tuesday Biden said he would travel to Poland.",
            "The talks would have ended on Tuesday.",
            "The vote was postponed on Tuesday due to the weather.",
            "His visits on Tuesday were short.",
            "Russia is to blame for the attack on Tuesday.",
        ] {
            let r = first(text, p);
            assert_eq!((r.1.as_str(), r.3), (back.1.as_str(), back.3), "{text}");
        }
        assert_eq!(
            first("On Tuesday, NATO will meet again.", p),
            day("On Tuesday", "2022-03-29"),
            "an opening phrase takes its clause's tense"
        );
        let r = first("Allies will meet Georgia, Moldova and Bosnia on Tuesday.", p);
        assert_eq!(r.1, "2022-03-29", "a list goes on with its clause");
        let r = first("NATO will send troops, after Russia attacked on Tuesday.", p);
        assert_eq!(r.1, "2022-03-22", "a piece with a verb of its own is a clause of its own");
        assert_eq!(first("He will travel on Wednesday.", p), day("on Wednesday", p), "a plan for the day of publication is today's");
        assert_eq!(first("He will travel next Wednesday.", p), day("next Wednesday", "2022-03-30"));
    }

    #[test]
    fn a_plan_in_reported_speech_counts_from_the_report() {
        // Published on Friday 25 March 2022, after the Thursday summit.
        let p = "2022-03-25";
        let r = dates("Stoltenberg said on Tuesday that the summit on Thursday would agree to help.", p);
        assert_eq!(r, [day("on Tuesday", "2022-03-22"), day("on Thursday", "2022-03-24")]);
        let r = dates("On Tuesday, Stoltenberg said the summit on Thursday would agree to help.", p);
        assert_eq!(r, [day("On Tuesday", "2022-03-22"), day("on Thursday", "2022-03-24")]);
        // No day for the report: ahead from publication.
        assert_eq!(dates("Stoltenberg said the summit on Thursday would agree to help.", p), [day("on Thursday", "2022-03-31")]);
        // The report's day must be of the same sentence.
        let r = dates("On Tuesday, it rained. He said the summit on Thursday would agree.", p);
        assert_eq!(r[1], day("on Thursday", "2022-03-31"));
        let c = cues("Russia said on Monday it would withdraw.");
        assert!(!c[0].would && !c[0].future && c[0].dates_report, "the date is the saying's");
        let c = cues("Zelensky said on Monday that troops shelled Kharkiv overnight.");
        assert!(c[0].dates_report && !c[1].dates_report);
    }
}
