//! The publication date an article states about itself: a date line under the
//! headline ("Published March 11, 2025 7:17 pm CET", "Posted at 4:48 AM, May 04,
//! 2023", "03/11/2025 04:15 PM EDT"), a date closing the headline ("Department
//! Press Briefing – June 26, 2023"), or a dateline opening the story ("MOSCOW,
//! February 21. /TASS/.", "BRUSSELS, March 23 (Reuters) -").
//!
//! Relative dates ("on Tuesday", "last week") count from it, so a wrong one moves
//! every draft: a date is only *found* when the text gives day, month and year
//! in a line that holds nothing else; a dateline without a year, or an "Updated"
//! stamp, is a *guess*, and says why.

use super::dates::month_of;
use chrono::{Datelike, NaiveDate, NaiveTime};

/// A date line is short: anything longer is a paragraph that mentions a date.
const MAX_LINE_CHARS: usize = 90;
/// Paragraphs after the headline searched for a date line or a dateline.
const HEAD_PARAGRAPHS: usize = 6;

/// Where an article's publication date came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublishedFrom {
    /// Given by the user (`--published`, the import dialog, a sidecar file).
    Given,
    /// Read from the text: the words, and the paragraph they are in.
    Text { words: String, paragraph: usize },
    /// Read from the text, but not certain: the words and what was assumed.
    Guessed { words: String, paragraph: usize, why: String },
}

/// An article's publication date and how it is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub date: NaiveDate,
    pub from: PublishedFrom,
}

impl Published {
    pub fn given(date: NaiveDate) -> Published {
        Published { date, from: PublishedFrom::Given }
    }

    pub fn is_guess(&self) -> bool {
        matches!(self.from, PublishedFrom::Guessed { .. })
    }

    /// One line for the article record and the messages: `None` when given.
    pub fn describe(&self) -> Option<String> {
        match &self.from {
            PublishedFrom::Given => None,
            PublishedFrom::Text { words, paragraph } => Some(format!("from the text, ¶{paragraph}: \"{words}\"")),
            PublishedFrom::Guessed { words, paragraph, why } => Some(format!("guessed from the text, ¶{paragraph}: \"{words}\" ({why})")),
        }
    }
}

/// The publication date `paragraphs` (paragraph 0 the headline) state, if any.
pub fn find_published(paragraphs: &[String]) -> Option<Published> {
    let mut best: Option<(u8, Published)> = None;
    let consider = |best: &mut Option<(u8, Published)>, rank: u8, p: Published| {
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            *best = Some((rank, p));
        }
    };
    if let Some(title) = paragraphs.first()
        && let Some((words, date)) = title_date(title)
    {
        consider(&mut best, 3, Published { date, from: PublishedFrom::Text { words, paragraph: 0 } });
    }
    let head = paragraphs.iter().enumerate().skip(1).take(HEAD_PARAGRAPHS);
    for (i, p) in head.clone() {
        let Some(line) = LineDate::read(p) else { continue };
        let words = p.trim().to_owned();
        match (line.year_given, line.label) {
            (true, Label::Published) => {
                consider(&mut best, 5, Published { date: line.date, from: PublishedFrom::Text { words, paragraph: i } })
            }
            (true, Label::None) => consider(&mut best, 4, Published { date: line.date, from: PublishedFrom::Text { words, paragraph: i } }),
            (true, Label::Updated) => {
                let why = "the time it was updated: it may first have been published earlier".to_owned();
                consider(&mut best, 1, Published { date: line.date, from: PublishedFrom::Guessed { words, paragraph: i, why } })
            }
            (false, _) => {}
        }
    }
    let line = head.filter_map(|(i, p)| dateline(p).map(|d| (i, d))).next();
    let stamp = best.as_ref().filter(|(r, _)| *r >= 3).map(|(_, p)| p.clone());
    match (stamp, line) {
        // The dateline is the story's own day; a page's stamp may be a day
        // off (another zone) and gives the year the dateline leaves out.
        (Some(stamp), Some((i, (words, month, day, year)))) => {
            let years = year.map_or_else(|| vec![stamp.date.year() - 1, stamp.date.year(), stamp.date.year() + 1], |y| vec![y]);
            let close =
                years.into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, month, day)).find(|d| (*d - stamp.date).num_days().abs() <= 2);
            Some(close.map_or(stamp, |date| Published { date, from: PublishedFrom::Text { words, paragraph: i } }))
        }
        (Some(stamp), None) => Some(stamp),
        (None, Some((i, (words, month, day, year)))) => {
            let from_line = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, month, day).map(|date| (date, PublishedFrom::Text { words, paragraph: i })),
                None => latest_year(paragraphs).and_then(|y| {
                    let why = format!("the year is the latest the text mentions, {y}");
                    NaiveDate::from_ymd_opt(y, month, day).map(|date| (date, PublishedFrom::Guessed { words, paragraph: i, why }))
                }),
            };
            match from_line {
                Some((date, from)) => Some(Published { date, from }),
                None => best.map(|(_, p)| p),
            }
        }
        (None, None) => best.map(|(_, p)| p),
    }
}

/// The day a news story tells of, from which its reports of no date of their own
/// are dated (news style leaves out "today"): the day of its dateline ("MOSCOW,
/// May 4 (Xinhua) --") when that falls on or up to two days before `published`,
/// else `published`. The words that set it come along (`None` for publication).
pub fn story_day(paragraphs: &[String], published: NaiveDate) -> (NaiveDate, Option<String>) {
    let line = paragraphs.iter().skip(1).take(HEAD_PARAGRAPHS).find_map(|p| dateline(p));
    let Some((words, month, day, year)) = line else { return lead_weekday(paragraphs, published).unwrap_or((published, None)) };
    let years = year.map_or_else(|| vec![published.year() - 1, published.year()], |y| vec![y]);
    let close =
        years.into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, month, day)).find(|d| (0..=2).contains(&(published - *d).num_days()));
    match close {
        // "MOSCOW, Feb 22 — Putin on Monday signed …": the dateline says when the copy was filed, the
        // lead's own verb when its news happened; the story is of that day.
        Some(d) => lead_weekday(paragraphs, d).filter(|(lead, _)| *lead < d).unwrap_or((d, Some(words))),
        None => (published, None),
    }
}

/// The story's day from its lead when no dateline gives it: the first weekday the
/// lead's first sentence names ("President Joe Biden on Saturday escalated …"),
/// when that day is at most two days before publication (a Sunday paper's story of
/// Saturday); "next Monday" or a weekday further back says when something else was.
fn lead_weekday(paragraphs: &[String], published: NaiveDate) -> Option<(NaiveDate, Option<String>)> {
    let lead = paragraphs.iter().skip(1).take(HEAD_PARAGRAPHS).find(|p| p.split_whitespace().count() >= 10)?;
    let first = lead.split_inclusive(['.', '!', '?']).next().unwrap_or(lead);
    let words: Vec<String> = first.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    let (at, wd) = words.iter().enumerate().find_map(|(i, w)| super::dates::weekday_of(w).map(|wd| (i, wd)))?;
    if at > 0 && matches!(words[at - 1].as_str(), "next" | "last" | "this" | "until" | "by" | "since" | "from") {
        return None;
    }
    // The lead's own verb's day ("Biden on Saturday escalated", "agreed on Thursday to"),
    // not a day that describes something it names ("the drone attack on the Kremlin on Wednesday").
    let past = |w: &str| {
        w.ends_with("ed")
            || super::clauses::IRREGULAR_PAST.contains(&w)
            || matches!(w, "said" | "told" | "made" | "gave" | "spoke" | "wrote" | "rose" | "fell" | "sought" | "ran" | "became")
    };
    let before = if at > 0 && words[at - 1] == "on" { at.checked_sub(2) } else { at.checked_sub(1) };
    // ("Finland on Tuesday formally became …": a manner word may come first.)
    let verb_at = if words.get(at + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ly")) { at + 2 } else { at + 1 };
    let verb_next = words.get(verb_at).is_some_and(|w| past(w));
    // "Biden directly blamed Russian leader Vladimir Putin on Friday for …": the day closing the
    // object of the sentence's first verb, in its clause, with no event named between them.
    let raw: Vec<&str> = first.split_whitespace().collect();
    let after_object = (0..at.saturating_sub(1)).find(|&v| past(&words[v])).is_some_and(|v| {
        at - v <= 8
            && (v..at).all(|k| !raw[k].ends_with([',', ';', ':']) && !super::mentioned::names_an_event(&words[k]) && words[k] != "that")
            // ("Zelensky said Russia attacked Kyiv on Sunday": the day of the act told, not of the telling.)
            && (v + 1..at).all(|k| !past(&words[k]))
    });
    if !(before.is_some_and(|b| past(&words[b])) || verb_next || after_object) {
        return None;
    }
    let back = (published.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    let cue = if at > 0 && words[at - 1] == "on" {
        format!("on {}", super::titles::capitalise(&words[at]))
    } else {
        super::titles::capitalise(&words[at])
    };
    (back <= 2).then(|| (published - chrono::Days::new(back.into()), Some(cue)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    None,
    Published,
    Updated,
}

/// A line that is only a date, maybe with a label, weekday, time and zone.
#[derive(Debug)]
struct LineDate {
    date: NaiveDate,
    year_given: bool,
    label: Label,
}

const PUBLISHED_WORDS: &[&str] = &["published", "posted", "released", "issued", "first"];
const UPDATED_WORDS: &[&str] = &["updated", "modified", "last"];
/// Words a date line may hold besides the date.
const FILLER: &[&str] = &["on", "at", "of", "the", "date", "time", "and", "by"];
const WEEKDAY_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];
/// Time-zone abbreviations. The date is kept as written, not moved to UTC:
/// "on Tuesday" in the story counts from the day where it was stamped.
const ZONES: &[&str] = &[
    "utc", "gmt", "z", "et", "edt", "est", "ct", "cdt", "cst", "mt", "mdt", "mst", "pt", "pdt", "pst", "cet", "cest", "eet", "eest", "wet",
    "west", "bst", "msk", "jst", "kst", "aest", "aedt", "sast", "ist",
];

impl LineDate {
    fn read(line: &str) -> Option<LineDate> {
        let line = line.trim();
        if line.is_empty() || line.contains('\n') || line.chars().count() > MAX_LINE_CHARS {
            return None;
        }
        let mut label = Label::None;
        let mut parts = DateParts::default();
        let line = without_byline(line);
        let line = without_reading_time(line);
        for raw in words(line) {
            let w = raw.to_lowercase();
            let w = w.trim_end_matches('.');
            if w.is_empty() {
                continue;
            }
            if PUBLISHED_WORDS.contains(&w) {
                label = if label == Label::Updated { label } else { Label::Published };
            } else if UPDATED_WORDS.contains(&w) {
                label = Label::Updated;
            } else if !(FILLER.contains(&w) || WEEKDAY_WORDS.contains(&w) || is_time_word(w) || parts.take(raw)) {
                return None;
            }
        }
        let (date, year_given) = parts.date()?;
        Some(LineDate { date, year_given, label })
    }
}

/// A line may open with the author: "By Jane Doe, March 3, 2024" or "by Jane
/// Doe August 12, 2024 9:07 PM 2 min read"; the name is up to four capitalised
/// words that are not a month.
fn without_byline(line: &str) -> &str {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("by ")) else { return line };
    let mut at = rest;
    for _ in 0..4 {
        let w = at.split_whitespace().next().unwrap_or_default();
        let bare = w.trim_end_matches([',', '.']);
        if !bare.chars().next().is_some_and(char::is_uppercase) || month_of(bare).is_some() || bare.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        at = at.trim_start()[w.len()..].trim_start();
    }
    if at.len() == rest.len() { line } else { at }
}

/// "… 2 min read" at the end of a byline.
fn without_reading_time(line: &str) -> &str {
    let Some(rest) = line.strip_suffix(" read") else { return line };
    let rest = rest.trim_end_matches(|c: char| c.is_alphabetic()).trim_end();
    let rest = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    if rest.len() == line.len() { line } else { rest.trim_end() }
}

/// Day, month and year collected from the words of a line, in any order.
#[derive(Debug, Default)]
struct DateParts {
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
    /// A numeric date (`2025-03-11`, `03/11/2025`) gives all three.
    full: Option<NaiveDate>,
}

impl DateParts {
    /// Takes `word` if it is part of a date; false when it is something else.
    fn take(&mut self, word: &str) -> bool {
        let w = word.trim_end_matches('.');
        if let Some(d) = numeric_date(w) {
            return self.full.replace(d).is_none();
        }
        if let Some(m) = month_of(w) {
            return self.month.replace(m).is_none();
        }
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let Ok(n) = digits.parse::<u32>() else { return false };
        if digits.len() == 4 && suffix.is_empty() && (1900..=2100).contains(&n) {
            return self.year.replace(n as i32).is_none();
        }
        if (1..=31).contains(&n) && matches!(suffix, "" | "st" | "nd" | "rd" | "th") && digits.len() <= 2 {
            return self.day.replace(n).is_none();
        }
        false
    }

    /// The date, and whether its year was given.
    fn date(&self) -> Option<(NaiveDate, bool)> {
        if let Some(d) = self.full {
            return (self.day.is_none() && self.month.is_none() && self.year.is_none()).then_some((d, true));
        }
        let (day, month) = (self.day?, self.month?);
        let year = self.year?;
        NaiveDate::from_ymd_opt(year, month, day).map(|d| (d, true))
    }
}

/// `2025-03-11`, `11.03.2025`, or `03/11/2025` (month first, as the U.S.
/// government's pages write it; day first when the first number is over 12).
fn numeric_date(w: &str) -> Option<NaiveDate> {
    if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
        return Some(d);
    }
    let sep = ['/', '.'].into_iter().find(|s| w.matches(*s).count() == 2)?;
    let n: Vec<u32> = w.split(sep).map(|x| x.parse().ok()).collect::<Option<_>>()?;
    let (a, b, y) = (n[0], n[1], n[2] as i32);
    if !(1900..=2100).contains(&y) || w.split(sep).nth(2).is_none_or(|y| y.len() != 4) {
        return None;
    }
    if sep == '.' || a > 12 { NaiveDate::from_ymd_opt(y, b, a) } else { NaiveDate::from_ymd_opt(y, a, b) }
}

/// "4:48", "04:15", "10:49", "pm", "a.m.", "7:17pm", zones, "GMT+10".
fn is_time_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    if matches!(w, "am" | "pm" | "a.m" | "p.m" | "noon" | "midnight") || ZONES.contains(&w) {
        return true;
    }
    if let Some(rest) = w.strip_prefix("gmt").or_else(|| w.strip_prefix("utc")) {
        return rest.starts_with(['+', '-']) && rest[1..].chars().all(|c| c.is_ascii_digit() || c == ':') && rest.len() > 1;
    }
    let clock = w.trim_end_matches("am").trim_end_matches("pm");
    clock.contains(':') && NaiveTime::parse_from_str(clock, "%H:%M").or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M:%S")).is_ok()
}

/// The words of a line: split at white space, commas, pipes, brackets and dashes.
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | ';' | '–' | '—' | '·'))
        .map(|w| w.trim_matches(|c: char| matches!(c, ':' | '-' | '"' | '\'' | '“' | '”')))
        .filter(|w| !w.is_empty())
}

/// "… – June 26, 2023", "… (March 3, 2024)", "…: 21 February 2023".
fn title_date(title: &str) -> Option<(String, NaiveDate)> {
    let t = title.trim().trim_end_matches(')');
    let at = t.rfind([':', '–', '—', '(', '|']).or_else(|| t.rfind(" - ").map(|i| i + 1))?;
    let tail = &t[at..];
    let tail = tail.trim_start_matches([':', '–', '—', '(', '|', '-']);
    let line = LineDate::read(tail)?;
    (line.year_given && line.label != Label::Updated).then(|| (tail.trim().to_owned(), line.date))
}

/// A dateline opening a paragraph: a place in capitals or title case, then the
/// date, then the wire's name or a dash: "MOSCOW, February 21. /TASS/.",
/// "BRUSSELS, March 23 (Reuters) -", "KYIV, Ukraine, Feb. 20, 2023 (AP) —".
/// Returns the words, month, day and year if given.
fn dateline(paragraph: &str) -> Option<(String, u32, u32, Option<i32>)> {
    let p = paragraph.trim_start();
    let end = dateline_end(p)?;
    let head = p[..end].trim_end().trim_end_matches('.');
    let mut pieces = head.split(',').map(str::trim);
    let place = pieces.next()?;
    if !is_place(place) {
        return None;
    }
    let rest: Vec<&str> = pieces.collect();
    // The place may go on ("KYIV, Ukraine, Feb. 20"): the date is the first piece that reads as one.
    for start in 0..rest.len().min(3) {
        if !rest[..start].iter().all(|p| is_place(p)) {
            break;
        }
        let date_text = rest[start..].join(", ");
        let date_text = strip_wire(&date_text);
        let mut parts = DateParts::default();
        let all_date = words(date_text).all(|w| parts.take(w));
        if all_date
            && parts.full.is_none()
            && let (Some(d), Some(m)) = (parts.day, parts.month)
        {
            if parts.year.is_none() && NaiveDate::from_ymd_opt(2024, m, d).is_none() {
                return None; // no such day in any year
            }
            return Some((p[..end].trim().to_owned(), m, d, parts.year));
        }
    }
    None
}

/// Where a dateline's head ends: at the wire's mark or a dash, within the first 80 characters.
fn dateline_end(p: &str) -> Option<usize> {
    let window = &p[..p.char_indices().nth(80).map_or(p.len(), |(i, _)| i)];
    let marks = [" — ", " – ", " -- ", " - ", " /", "(", "—", "–"];
    marks.iter().filter_map(|m| window.find(m)).min()
}

/// Drops a wire's name the head may still hold: "(Reuters)", "/TASS/".
fn strip_wire(s: &str) -> &str {
    s.split(['(', '/']).next().unwrap_or(s).trim().trim_end_matches('.')
}

/// "MOSCOW", "Kyiv", "Ukraine", "New York", "WASHINGTON D.C.": at most four
/// words, each capitalised, no digits.
fn is_place(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    !ws.is_empty()
        && ws.len() <= 4
        && ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit()))
        && month_of(ws[0].trim_end_matches('.')).is_none()
}

/// The latest year from 1900 to this year that the text names.
fn latest_year(paragraphs: &[String]) -> Option<i32> {
    let this_year = chrono::Utc::now().year();
    paragraphs
        .iter()
        .flat_map(|p| p.split(|c: char| !c.is_ascii_digit()))
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=this_year).contains(y))
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_dateline_the_story_day_is_the_leads_weekday_when_close_to_publication() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let lead = "President Joe Biden on Saturday escalated his rhetoric against Russia's Vladimir Putin, calling him a butcher.";
        let text = paras(&format!("Headline\n\n{lead}\n\nMore."));
        assert_eq!(story_day(&text, d("2022-03-27")), (d("2022-03-26"), Some("on Saturday".to_owned())));
        // A weekday three days back, or one ahead, is not the story's day.
        assert_eq!(story_day(&text, d("2022-03-29")), (d("2022-03-29"), None));
        let named =
            paras("Headline\n\nPutin's spokesman accused the United States of the drone attack on the Kremlin on Wednesday.\n\nMore.");
        assert_eq!(story_day(&named, d("2023-05-04")).0, d("2023-05-04"), "the attack's day, not the lead's");
        let ahead = paras("Headline\n\nThe leaders agreed on Sunday that they will meet again next Monday in Brussels.\n\nMore.");
        assert_eq!(story_day(&ahead, d("2022-03-27")).0, d("2022-03-27"));
        // The day closing the verb's object.
        let object = paras(
            "Headline\n\nPresident Joe Biden directly blamed Russian leader Vladimir Putin on Friday for the death of Alexei Navalny.",
        );
        assert_eq!(story_day(&object, d("2024-02-17")), (d("2024-02-16"), Some("on Friday".to_owned())));
        // Nor the day of an act told by the first verb.
        let told = paras("Headline\n\nZelensky said Russia attacked Kyiv with drones on Sunday, killing two people.");
        assert_eq!(story_day(&told, d("2025-02-17")).0, d("2025-02-17"));
        // Not the day of a clause set off after the first verb.
        let relative = paras("Headline\n\nLavrov met with Rubio, who arrived in Riyadh on Monday, to prepare the next round of talks.");
        assert_eq!(story_day(&relative, d("2025-02-18")).0, d("2025-02-18"));
        // A manner word before the verb, and a past that is not "-ed".
        let became =
            paras("Headline\n\nFinland on Tuesday formally became the 31st member state of the alliance, ending its non-alignment.");
        assert_eq!(story_day(&became, d("2023-04-05")), (d("2023-04-04"), Some("on Tuesday".to_owned())));
    }

    #[test]
    fn the_story_day_is_the_datelines_when_close_to_publication() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let p = paras("A headline\n\nOSLO, June 3 (Wire) -- The minister spoke at noon.\n\nMore text.");
        assert_eq!(story_day(&p, d("2021-06-04")), (d("2021-06-03"), Some("OSLO, June 3".to_owned())));
        // A dateline far from publication is not the story's day.
        assert_eq!(story_day(&p, d("2021-09-04")), (d("2021-09-04"), None));
        let plain = paras("A headline\n\nThe minister spoke at noon.");
        assert_eq!(story_day(&plain, d("2021-06-04")), (d("2021-06-04"), None));
    }

    #[test]
    fn a_lead_that_dates_its_news_before_the_dateline_sets_the_story_day() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // 2022-02-21 was a Monday: filed on Tuesday, the news is of Monday.
        let p = paras("A headline\n\nMOSCOW, Feb 22 — Russian President Vladimir Putin on Monday signed two decrees recognising them.");
        assert_eq!(story_day(&p, d("2022-02-22")), (d("2022-02-21"), Some("on Monday".to_owned())));
        // A weekday ahead of the dateline is no day of the news.
        let ahead = paras("A headline\n\nMOSCOW, Feb 22 — Putin will travel on Friday to Minsk, the Kremlin said.");
        assert_eq!(story_day(&ahead, d("2022-02-22")).0, d("2022-02-22"));
    }

    fn paras(text: &str) -> Vec<String> {
        crate::model::paragraphs::split_paragraphs(text)
    }

    fn found(text: &str) -> Option<(String, bool)> {
        find_published(&paras(text)).map(|p| (p.date.to_string(), p.is_guess()))
    }

    fn day(s: &str) -> Option<(String, bool)> {
        Some((s.to_owned(), false))
    }

    #[test]
    fn a_date_line_under_the_headline() {
        assert_eq!(found("Title\n\nJANUARY 21, 2022\n\nBody said on Friday."), day("2022-01-21"));
        assert_eq!(found("Title\n\n03/11/2025 04:15 PM EDT\n\nMarco Rubio\n\nBody."), day("2025-03-11"));
        assert_eq!(found("Title\n\nPosted at 4:48 AM, May 04, 2023\n\nBody."), day("2023-05-04"));
        assert_eq!(found("Title\n\nMonday 20 February 2023 10:14\n\nBody."), day("2023-02-20"));
        assert_eq!(found("Title\n\nStandfirst of the story.\n\nMarch 11, 2025 7:17 pm CET\n\nBody."), day("2025-03-11"));
        assert_eq!(found("Title\n\n12 Mar 2025, 03:17 GMT+10\n\nBody."), day("2025-03-12"));
        assert_eq!(found("Title\n\nPublished: 2023-07-17\n\nBody."), day("2023-07-17"));
        assert_eq!(found("Title\n\nby Jane Q. Doe August 12, 2024 9:07 PM 2 min read\n\nBody."), day("2024-08-12"));
        assert_eq!(found("Title\n\nBy Jane Doe, March 3, 2024\n\nBody."), day("2024-03-03"));
        assert_eq!(found("Title\n\n19.09.2023 18:39\n\nBody."), day("2023-09-19"));
        assert_eq!(found("Title\n\nJanuary 25, 2023 - 5:13 PM\n\nBody."), day("2023-01-25"));
    }

    #[test]
    fn published_wins_over_updated_and_updated_alone_is_a_guess() {
        let both = "Title\n\nUpdated March 12, 2025 9:00 am\n\nPublished March 11, 2025\n\nBody.";
        assert_eq!(found(both), day("2025-03-11"));
        assert_eq!(found("Title\n\nLast updated: March 12, 2025\n\nBody."), Some(("2025-03-12".to_owned(), true)));
    }

    #[test]
    fn a_date_closing_the_headline() {
        assert_eq!(found("Department Press Briefing – June 26, 2023\n\nMatthew Miller\n\nBody."), day("2023-06-26"));
        assert_eq!(found("Remarks to the press (March 3, 2024)\n\nBody."), day("2024-03-03"));
        // A date inside a headline is news, not a stamp.
        assert_eq!(found("Russia marks June 26, 2023 with parades\n\nBody."), None);
    }

    #[test]
    fn datelines_with_and_without_a_year() {
        let tass = "Title\n\nMOSCOW, February 21. /TASS/. The Kremlin said it had seen the 2022 and 2023 reports.";
        let p = find_published(&paras(tass)).unwrap();
        assert_eq!(p.date.to_string(), "2023-02-21");
        assert!(p.is_guess());
        assert!(p.describe().unwrap().contains("MOSCOW, February 21"), "{:?}", p.describe());
        let reuters = "Title\n\nBRUSSELS, March 23, 2022 (Reuters) - NATO leaders met.";
        assert_eq!(found(reuters), day("2022-03-23"));
        let ap = "Title\n\nKYIV, Ukraine, Feb. 20, 2023 (AP) — President Joe Biden made a visit.";
        assert_eq!(found(ap), day("2023-02-20"));
        let xinhua = "Title\n\nMOSCOW/WASHINGTON, May 4 (Xinhua) -- The Kremlin said on Thursday, May 4, 2023 ...";
        assert_eq!(found(xinhua), Some(("2023-05-04".to_owned(), true)));
        // A page stamp a day off (another zone) gives the year; the dateline the day.
        let stamped = "Title\n\n12 Mar 2025, 03:17 GMT+10\n\nJEDDAH, Saudi Arabia, March 11 (Xinhua) -- Ukraine said on Tuesday.";
        assert_eq!(found(stamped), day("2025-03-11"));
        let new_year = "Title\n\nJanuary 1, 2025 01:00 GMT+3\n\nKYIV, December 31 (Wire) -- Officials said.";
        assert_eq!(found(new_year), day("2024-12-31"));
        // A dateline far from the stamp is not this story's day: the stamp wins.
        let far = "Title\n\nMarch 20, 2025\n\nKYIV, March 11 (Wire) -- Officials said.";
        assert_eq!(found(far), day("2025-03-20"));
    }

    #[test]
    fn no_year_anywhere_and_no_stamp_find_nothing() {
        assert_eq!(found("Title\n\nMOSCOW, February 21. /TASS/. The Kremlin said."), None);
        assert_eq!(found("Title\n\nKYIV, Ukraine (AP) — Biden arrived on Monday."), None);
        assert_eq!(found("Title\n\nThe minister said on March 3, 2022 that talks would go on."), None);
        assert_eq!(found("Title\n\nMOSCOW, February 30. /TASS/. In 2022 it said."), None);
    }

    #[test]
    fn lines_that_say_more_than_a_date_are_not_stamps() {
        assert_eq!(found("Title\n\nMeeting of March 3, 2022 ended\n\nBody."), None);
        assert_eq!(found("Title\n\nJeddah, Saudi Arabia\n\nBody."), None);
        assert_eq!(found("Title\n\n10:49 A.M. EET\n\nBody."), None);
        assert_eq!(found("Title\n\n2022\n\nBody."), None);
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(numeric_date("03/11/2025"), NaiveDate::from_ymd_opt(2025, 3, 11));
        assert_eq!(numeric_date("25/11/2025"), NaiveDate::from_ymd_opt(2025, 11, 25));
        assert_eq!(numeric_date("11.03.2025"), NaiveDate::from_ymd_opt(2025, 3, 11));
        assert_eq!(numeric_date("13/13/2025"), None);
        assert_eq!(numeric_date("3/11/25"), None);
    }
}
