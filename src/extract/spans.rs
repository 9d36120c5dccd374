//! How long an occasion lasted, when its words say: "a two-day summit", "a three-day
//! visit". A meeting or journey dated to one day by the text's time expression (or by
//! the report it is the setting of) spans that many days from it; "the second day of
//! the two-day summit" started the day before.

use super::dates::Dated;
use super::events::Draft;
use crate::model::{Kind, Precision};
use chrono::Days;

/// Number words of a duration, as they stand before "-day".
const COUNTS: &[(&str, u64)] = &[("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7)];
/// Ordinals of a day of such an occasion ("the second day of …").
const ORDINALS: &[(&str, u64)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5)];
/// Nouns of occasions that last.
const OCCASIONS: &[&str] =
    &["summit", "meeting", "meetings", "talks", "visit", "trip", "tour", "conference", "session", "forum", "ministerial"];

/// The length in days an occasion's words give ("two-day summit" → 2), if any.
fn days_said(quote: &str) -> Option<(u64, Option<u64>)> {
    let words: Vec<String> = quote
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase())
        .collect();
    let k = words.iter().position(|w| {
        w.strip_suffix("-day").is_some_and(|n| COUNTS.iter().any(|(c, _)| *c == n) || n.parse::<u64>().is_ok_and(|d| (2..=14).contains(&d)))
    })?;
    let occasion = words[k + 1..].iter().take(3).any(|w| OCCASIONS.contains(&w.as_str()));
    if !occasion {
        return None;
    }
    let n = words[k].trim_end_matches("-day");
    let n = COUNTS.iter().find(|(c, _)| *c == n).map(|(_, d)| *d).or_else(|| n.parse().ok())?;
    // "on the second day of the two-day summit": which of its days the date is.
    let nth = words[..k]
        .windows(3)
        .rev()
        .find_map(|w| (w[1] == "day" && w[2] == "of").then(|| ORDINALS.iter().find(|(o, _)| *o == w[0]).map(|(_, d)| *d)).flatten());
    Some((n, nth))
}

/// Widens the day of each meeting or journey whose words give its length to the days it spans.
pub fn widen(drafts: &mut [Draft]) {
    for d in drafts.iter_mut().filter(|d| matches!(d.kind, Kind::Meeting | Kind::Other) && d.date.precision == Precision::Day) {
        let Some((n, nth)) = days_said(&d.quote) else { continue };
        let nth = nth.filter(|&i| i <= n).unwrap_or(1);
        let Some(start) = d.date.start.checked_sub_days(Days::new(nth - 1)) else { continue };
        let Some(end) = start.checked_add_days(Days::new(n - 1)) else { continue };
        d.date = Dated {
            start,
            end: Some(end),
            precision: Precision::Range,
            cue: d.date.cue.clone(),
            how: format!("{}, over the {n} days its words give it", d.date.how),
        };
        d.notes = d.notes.replace("Date: ", &format!("Date: a {n}-day occasion; "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_in_days_is_read_from_the_occasions_words() {
        assert_eq!(days_said("at a two-day summit of the Western military alliance"), Some((2, None)));
        assert_eq!(days_said("on the second day of the critical two-day NATO summit"), Some((2, Some(2))));
        assert_eq!(days_said("a 3-day visit to Kyiv"), Some((3, None)));
        // A length of something else is none of the occasion's.
        assert_eq!(days_said("a two-day delay in deliveries"), None);
        assert_eq!(days_said("the summit in Vilnius"), None);
    }
}
