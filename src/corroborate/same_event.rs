//! Whether two reports are of the same real-world event: same lane, the same
//! speaker or actor where both name one, dates that can both be true, kinds
//! that fit, and content that shares what matters (who, what, where).

use super::words::{content_words, name_key, overlap, shared};
use crate::model::{Event, Kind, Precision, Span};
use std::collections::BTreeSet;

/// An event as compared with others.
pub struct Report<'a> {
    pub event: &'a Event,
    pub span: Option<Span>,
    words: BTreeSet<String>,
    actor: Option<String>,
}

impl<'a> Report<'a> {
    /// `span` is the event's place on the timeline (from the index).
    pub fn new(event: &'a Event, span: Option<Span>) -> Self {
        let span = match event.precision {
            // On or before the day drawn: compared only `OPEN_WINDOW` back.
            Precision::Before => span.map(|s| Span { lo: s.hi - OPEN_WINDOW, hi: s.hi }),
            // Listed somewhere, happened who knows when.
            Precision::Unknown => None,
            _ => span,
        };
        let mut text = event.title.clone();
        for s in &event.sources {
            text.push(' ');
            text.push_str(&s.quote);
        }
        let actor = event.actor.as_deref().and_then(name_key);
        Report { event, span, words: content_words(&text), actor }
    }
}

/// Content overlap needed when both name the same actor, and when at least one names none.
const OVERLAP_SAME_ACTOR: f32 = 0.5;
const OVERLAP_NO_ACTOR: f32 = 0.65;
/// ... and when both name the same actor on the same day.
const OVERLAP_SAME_ACTOR_DAY: f32 = 0.35;
const MIN_SHARED_SAME_DAY: usize = 5;
/// Fewer shared words than this is chance, whatever the ratio.
const MIN_SHARED: usize = 3;
/// An "on or before" or open date is compared only this far back (30 days):
/// a report of last month's event is not evidence about last year's.
pub const OPEN_WINDOW: i64 = 30 * 86_400;

/// Speech acts can be reported as a statement by one outlet and as a claim
/// or an accusation by another; a meeting is not an attack, and a visit
/// (`other`) is not the aid decision announced during it.
fn kinds_fit(a: Kind, b: Kind) -> bool {
    let group = |k: Kind| match k {
        Kind::Statement | Kind::Claim | Kind::Accusation => 0,
        Kind::Meeting => 1,
        Kind::Decision => 2,
        Kind::Attack => 3,
        Kind::Other => 4,
    };
    a == b || group(a) == group(b)
}

/// Where both dates can be true, if anywhere.
pub fn dates_fit(a: Span, b: Span) -> Option<Span> {
    let s = Span { lo: a.lo.max(b.lo), hi: a.hi.min(b.hi) };
    (!s.is_empty()).then_some(s)
}

/// How well `a` and `b` fit as reports of one event (higher is better), or
/// `None` when they cannot be one event.
pub fn same_event(a: &Report, b: &Report) -> Option<f32> {
    let (x, y) = (a.event, b.event);
    if x.lane != y.lane || !kinds_fit(x.kind, y.kind) {
        return None;
    }
    let refused = |p: &Event, q: &Event| p.distinct_from.as_ref().is_some_and(|d| d.contains(&q.id));
    if refused(x, y) || refused(y, x) {
        return None;
    }
    // Two passages of one article are two things it reports (or one badly cut,
    // which is extraction's business, not corroboration's).
    if x.sources.iter().any(|s| y.sources.iter().any(|t| t.article == s.article)) {
        return None;
    }
    let (sa, sb) = (a.span?, b.span?);
    dates_fit(sa, sb)?;
    // The same person on the same known day: reports of one appearance share
    // less wording (each outlet quotes other sentences of it).
    let one_day = |s: Span| s.len() <= 86_400;
    let (threshold, min_shared) = match (&a.actor, &b.actor) {
        (Some(p), Some(q)) if p != q => return None,
        (Some(_), Some(_)) if one_day(sa) && sa == sb => (OVERLAP_SAME_ACTOR_DAY, MIN_SHARED_SAME_DAY),
        (Some(_), Some(_)) => (OVERLAP_SAME_ACTOR, MIN_SHARED),
        _ => (OVERLAP_NO_ACTOR, MIN_SHARED),
    };
    let score = overlap(&a.words, &b.words);
    (score >= threshold && shared(&a.words, &b.words) >= min_shared).then_some(score)
}

/// Why `a` and `b` are not one event, or their score: for reports that
/// explain a missed join.
pub fn explain(a: &Report, b: &Report) -> String {
    if let Some(score) = same_event(a, b) {
        return format!("same event, overlap {score:.2}");
    }
    let (x, y) = (a.event, b.event);
    if x.lane != y.lane {
        return format!("lanes {} / {}", x.lane, y.lane);
    }
    if !kinds_fit(x.kind, y.kind) {
        return format!("kinds {} / {}", x.kind.name(), y.kind.name());
    }
    match (a.span, b.span) {
        (Some(p), Some(q)) if dates_fit(p, q).is_none() => return "dates cannot both be true".into(),
        (None, _) | (_, None) => return "undated".into(),
        _ => {}
    }
    if let (Some(p), Some(q)) = (&a.actor, &b.actor)
        && p != q
    {
        return format!("actors {p} / {q}");
    }
    format!("overlap {:.2}, {} words shared", overlap(&a.words, &b.words), shared(&a.words, &b.words))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Precision, Source};

    pub fn day(d: &str) -> Span {
        let t = crate::model::time::parse_instant(d).unwrap();
        Span { lo: t.secs, hi: t.secs + 86_400 }
    }

    pub fn report_event(id: &str, article: &str, actor: &str, quote: &str) -> Event {
        Event {
            id: id.into(),
            lane: "nato".into(),
            title: quote.split_whitespace().take(6).collect::<Vec<_>>().join(" "),
            actor: (!actor.is_empty()).then(|| actor.into()),
            kind: Kind::Statement,
            precision: Precision::Day,
            start: Some("2022-03-24".into()),
            sources: vec![Source { article: article.into(), paragraph: 1, quote: quote.into(), ..Default::default() }],
            ..Default::default()
        }
    }

    const REUTERS: &str = "Stoltenberg said any use of chemical weapons would totally change the nature of the conflict";
    const AP: &str = "Any use of chemical weapons would totally change the nature of the conflict, Stoltenberg warned in Brussels";

    #[test]
    fn one_statement_in_two_outlets_is_one_event() {
        let (a, b) = (report_event("a", "reuters", "Jens Stoltenberg", REUTERS), report_event("b", "ap", "Stoltenberg", AP));
        let s = same_event(&Report::new(&a, Some(day("2022-03-24"))), &Report::new(&b, Some(day("2022-03-24"))));
        assert!(s.is_some_and(|s| s > 0.8), "{s:?}");
    }

    #[test]
    fn what_keeps_two_reports_apart() {
        let a = report_event("a", "reuters", "Jens Stoltenberg", REUTERS);
        let same_day = Some(day("2022-03-24"));
        let check = |b: &Event, span: Option<Span>| same_event(&Report::new(&a, same_day), &Report::new(b, span));
        let b = report_event("b", "ap", "Stoltenberg", AP);
        assert!(check(&b, Some(day("2022-03-25"))).is_none(), "dates that cannot both be true");
        assert!(check(&b, None).is_none(), "an undated report is never matched");
        let other_speaker = report_event("b", "ap", "Antony Blinken", AP);
        assert!(check(&other_speaker, same_day).is_none(), "another speaker");
        let same_article = report_event("b", "reuters", "Stoltenberg", AP);
        assert!(check(&same_article, same_day).is_none(), "two passages of one article");
        let mut other_lane = b.clone();
        other_lane.lane = "us".into();
        assert!(check(&other_lane, same_day).is_none(), "another lane");
        let unrelated = report_event("b", "ap", "Stoltenberg", "Stoltenberg thanked Norway for hosting the meeting of ministers");
        assert!(check(&unrelated, same_day).is_none(), "the same speaker on another subject");
        let mut refused = b.clone();
        refused.distinct_from = Some(vec!["a".into()]);
        assert!(check(&refused, same_day).is_none(), "the analyst said they are different");
        let mut attack = b.clone();
        attack.kind = Kind::Attack;
        assert!(check(&attack, same_day).is_none(), "a statement is not an attack");
    }

    #[test]
    fn an_open_date_reaches_back_a_month_only() {
        let mut open = report_event("b", "ap", "Stoltenberg", AP);
        open.precision = Precision::Before;
        let a = report_event("a", "reuters", "Jens Stoltenberg", REUTERS);
        let check = |open: &Event, day_a: &str| same_event(&Report::new(&a, Some(day(day_a))), &Report::new(open, Some(day("2022-03-25"))));
        assert!(check(&open, "2022-03-20").is_some());
        assert!(check(&open, "2021-03-20").is_none());
        assert!(check(&open, "2022-03-26").is_none(), "after the day it was reported by");
        open.precision = Precision::Unknown;
        assert!(check(&open, "2022-03-24").is_none(), "not dated at all");
    }
}
