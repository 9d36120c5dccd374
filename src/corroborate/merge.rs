//! Joining two events into one with every source, and splitting a source off
//! as its own event. Each source keeps what it said of the date and of the
//! verification where that differs from the joined event, so that nothing a
//! report said is lost and disagreements stay visible.

use super::same_event::dated_by_publication;
use crate::model::time::{DAY, event_span, iso_day, parse_instant};
use crate::model::{Event, Precision, SmallText, Source, Span, Verification};

/// The interval an event's date allows: `None` when nothing is known (the
/// event is undated, or its date only says where it is listed).
pub fn possible(precision: Precision, start: Option<&str>, end: Option<&str>) -> Result<Option<Span>, String> {
    let parse = |v: Option<&str>| v.map(parse_instant).transpose();
    let span = event_span(precision, parse(start)?, parse(end)?).map_err(|e| e.to_string())?;
    Ok(match precision {
        Precision::Unknown => None,
        Precision::Before => span.map(|s| Span { lo: i64::MIN, hi: s.hi }),
        _ => span,
    })
}

/// The date fields of an event or a source.
#[derive(Debug, Clone, PartialEq)]
struct DateFields {
    start: Option<SmallText>,
    end: Option<SmallText>,
    precision: Precision,
}

impl DateFields {
    fn of(e: &Event) -> Self {
        DateFields { start: e.start.clone(), end: e.end.clone(), precision: e.precision }
    }
    /// What source `s` of event `e` says of the date.
    fn claimed(s: &Source, e: &Event) -> Self {
        match s.rare.precision {
            Some(precision) => DateFields { start: s.rare.start.clone(), end: s.rare.end.clone(), precision },
            None => Self::of(e),
        }
    }
    /// What source `s` of event `e` allows: as `claimed`, but a draft dated
    /// by its article's day only as that day or the day before (see
    /// `dated_by_publication`).
    fn allowed(s: &Source, e: &Event) -> Self {
        match (s.rare.precision, e.start.as_deref().map(parse_instant)) {
            (None, Some(Ok(t))) if dated_by_publication(e) => {
                DateFields { start: Some(iso_day(t.secs - DAY).into()), end: e.start.clone(), precision: Precision::Range }
            }
            _ => Self::claimed(s, e),
        }
    }
    fn window(&self) -> Result<Option<Span>, String> {
        possible(self.precision, self.start.as_deref(), self.end.as_deref())
    }
    /// `span` written as a date: one day, or a range of days or of times.
    fn of_span(span: Span) -> Self {
        let day_aligned = span.lo.rem_euclid(DAY) == 0 && span.hi.rem_euclid(DAY) == 0;
        let stamp = |t: i64| SmallText::from(crate::model::time::utc(t).format("%Y-%m-%dT%H:%M:%SZ").to_string());
        let day = |t: i64| SmallText::from(iso_day(t));
        if day_aligned && span.len() == DAY {
            DateFields { start: Some(day(span.lo)), end: None, precision: Precision::Day }
        } else if day_aligned {
            DateFields { start: Some(day(span.lo)), end: Some(day(span.hi - DAY)), precision: Precision::Range }
        } else {
            DateFields { start: Some(stamp(span.lo)), end: Some(stamp(span.hi)), precision: Precision::Range }
        }
    }
}

/// The most precise date that every one of `claims` allows, or why there is none.
fn common_date(claims: &[DateFields]) -> Result<DateFields, String> {
    let mut best: Option<(Span, &DateFields)> = None;
    let mut first_window: Option<(&DateFields, Span)> = None;
    for c in claims {
        let Some(w) = c.window()? else { continue };
        match best {
            None => {
                best = Some((w, c));
                first_window = Some((c, w));
            }
            Some((b, _)) => {
                let both = Span { lo: b.lo.max(w.lo), hi: b.hi.min(w.hi) };
                if both.is_empty() {
                    let (f, fw) = first_window.expect("set with best");
                    return Err(format!(
                        "no date fits every source: one says {}, another {}",
                        crate::model::time::fmt_known(f.precision, Some(shown(f.precision, fw))),
                        crate::model::time::fmt_known(c.precision, Some(shown(c.precision, w)))
                    ));
                }
                best = Some(if both == w {
                    (w, c)
                } else if both == b {
                    (b, best.expect("some").1)
                } else {
                    (both, c)
                });
            }
        }
    }
    Ok(match best {
        None => claims.first().cloned().expect("an event has a date, known or not"),
        Some((span, c)) if c.window()? == Some(span) => c.clone(),
        Some((span, _)) => DateFields::of_span(span),
    })
}

/// How a window is shown: an open one by the day it is "on or before".
fn shown(precision: Precision, w: Span) -> Span {
    if precision == Precision::Before { Span { lo: w.hi - DAY, hi: w.hi } } else { w }
}

/// The result of joining two events.
#[derive(Debug, Clone)]
pub struct Merged {
    pub event: Event,
    /// Fields the two disagreed on, with what each said; the kept event's
    /// value was used, nothing was guessed.
    pub conflicts: Vec<String>,
}

/// Joins `other` into `kept`: every source of both, the most precise date
/// that all sources allow, `kept`'s title, kind and lane. Refused with the
/// reason when no date fits every source, or when the lanes differ and
/// `other_lane_ok` is false (the window asks first).
pub fn merge_events(kept: &Event, other: &Event, other_lane_ok: bool) -> Result<Merged, String> {
    if kept.id == other.id {
        return Err("an event cannot be merged with itself".into());
    }
    if kept.lane != other.lane && !other_lane_ok {
        return Err(format!("the events are in different lanes (\"{}\" and \"{}\")", kept.lane, other.lane));
    }
    let claims: Vec<DateFields> = kept
        .sources
        .iter()
        .map(|s| DateFields::claimed(s, kept))
        .chain(other.sources.iter().map(|s| DateFields::claimed(s, other)))
        .chain([DateFields::of(kept), DateFields::of(other)])
        .collect();
    // A draft dated by its article's day only may be of the day before: asked
    // only when the dates as given do not fit.
    let loose = || {
        let of = |e: &Event| e.sources.iter().map(|s| DateFields::allowed(s, e)).collect::<Vec<_>>();
        let whole = |e: &Event| if dated_by_publication(e) { DateFields::allowed(&Source::default(), e) } else { DateFields::of(e) };
        let mut c = of(kept);
        c.extend(of(other));
        c.extend([whole(kept), whole(other)]);
        c
    };
    let date = common_date(&claims).or_else(|why| common_date(&loose()).map_err(|_| why))?;

    let mut conflicts = Vec::new();
    let mut note = |field: &str, a: String, b: String| {
        if a != b {
            conflicts.push(format!("{field}: kept \"{a}\", the other said \"{b}\""));
        }
    };
    note("title", kept.title.to_string(), other.title.to_string());
    note("kind", kept.kind.name().into(), other.kind.name().into());
    note("lane", kept.lane.to_string(), other.lane.to_string());
    note("verification", kept.verification.name().into(), other.verification.name().into());
    if let (Some(a), Some(b)) = (&kept.actor, &other.actor) {
        note("actor", a.to_string(), b.to_string());
    }

    let mut event = kept.clone();
    event.start = date.start.clone();
    event.end = date.end.clone();
    event.precision = date.precision;
    event.actor = kept.actor.clone().or_else(|| other.actor.clone());
    event.time_cue = kept.time_cue.clone().or_else(|| other.time_cue.clone());
    event.draft = (kept.is_draft() && other.is_draft()).then_some(true);
    event.rare.same_as = None;
    event.rare.notes = match (&kept.rare.notes, &other.rare.notes) {
        (Some(a), Some(b)) if a != b => Some(format!("{a}\n\n{b}")),
        (a, b) => a.clone().or_else(|| b.clone()),
    };
    let mut distinct: Vec<String> = kept.rare.distinct_from.iter().chain(&other.rare.distinct_from).flatten().cloned().collect();
    distinct.sort();
    distinct.dedup();
    event.rare.distinct_from = (!distinct.is_empty()).then_some(distinct);

    // Every source, once, each keeping what it said where the result differs.
    event.sources.clear();
    for (from, s) in kept.sources.iter().map(|s| (kept, s)).chain(other.sources.iter().map(|s| (other, s))) {
        if event.sources.iter().any(|t| t.article == s.article && t.paragraph == s.paragraph && t.quote == s.quote) {
            continue;
        }
        let mut s = s.clone();
        let mut said = DateFields::claimed(&s, from);
        let apart = |a: &DateFields| match (a.window(), date.window()) {
            (Ok(Some(p)), Ok(Some(q))) => p.hi <= q.lo || q.hi <= p.lo,
            _ => false,
        };
        if apart(&said) {
            // It gave no day of its own: it says its article's day or the day before.
            said = DateFields::allowed(&s, from);
        }
        if said != date {
            (s.rare.start, s.rare.end, s.rare.precision) = (said.start, said.end, Some(said.precision));
        } else {
            (s.rare.start, s.rare.end, s.rare.precision) = (None, None, None);
        }
        let verified = s.rare.verification.unwrap_or(from.verification);
        s.rare.verification = (verified != event.verification).then_some(verified);
        event.sources.push(s);
    }
    Ok(Merged { event, conflicts })
}

/// Splits source `k` off `event` as an event of its own with `new_id`, dated
/// and verified as that source said. Returns (what is left, the new event).
pub fn split_source(event: &Event, k: usize, new_id: &str) -> Result<(Event, Event), String> {
    if event.sources.len() < 2 {
        return Err("an event with one source has nothing to split off".into());
    }
    let Some(source) = event.sources.get(k) else {
        return Err(format!("the event has no source {}", k + 1));
    };
    let mut rest = event.clone();
    rest.sources.remove(k);
    let mut alone = event.clone();
    alone.id = new_id.into();
    let said = DateFields::claimed(source, event);
    (alone.start, alone.end, alone.precision) = (said.start, said.end, said.precision);
    alone.verification = source.rare.verification.unwrap_or(event.verification);
    alone.sources = vec![Source { rare: Default::default(), ..source.clone() }];
    alone.rare.notes = None;
    // The two are now known to be different events.
    alone.rare.distinct_from = Some(vec![event.id.to_string()]);
    Ok((rest, alone))
}

/// What source `s` of `e` says of the verification.
pub fn verification_of(s: &Source, e: &Event) -> Verification {
    s.rare.verification.unwrap_or(e.verification)
}

/// What source `s` of `e` says of the date: its window as known, and the
/// precision it was given with.
pub fn date_of(s: &Source, e: &Event) -> (Precision, Result<Option<Span>, String>) {
    let d = DateFields::claimed(s, e);
    (d.precision, d.window())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::same_event::tests::report_event;

    fn dated(mut e: Event, precision: Precision, start: &str, end: Option<&str>) -> Event {
        (e.precision, e.start, e.end) = (precision, Some(start.into()), end.map(Into::into));
        e
    }

    #[test]
    fn merging_keeps_every_source_and_the_most_precise_date() {
        let a = dated(report_event("a", "reuters", "Stoltenberg", "first quote"), Precision::Before, "2022-03-25", None);
        let b = dated(report_event("b", "ap", "Stoltenberg", "second quote"), Precision::Day, "2022-03-24", None);
        let m = merge_events(&a, &b, false).unwrap();
        assert_eq!((m.event.precision, m.event.start.as_deref()), (Precision::Day, Some("2022-03-24")));
        assert_eq!(m.event.id, "a");
        assert_eq!(m.event.sources.len(), 2);
        // Reuters only said "on or before 25 March": that is kept on its source.
        assert_eq!(m.event.sources[0].rare.precision, Some(Precision::Before));
        assert_eq!(m.event.sources[0].rare.start.as_deref(), Some("2022-03-25"));
        assert_eq!(m.event.sources[1].rare.precision, None, "AP's date is the event's");
        assert!(m.conflicts.iter().any(|c| c.starts_with("title:")), "{:?}", m.conflicts);
    }

    #[test]
    fn overlapping_ranges_narrow_to_what_both_allow() {
        let a = dated(report_event("a", "x", "", "q"), Precision::Range, "2022-03-21", Some("2022-03-23"));
        let b = dated(report_event("b", "y", "", "q"), Precision::Week, "2022-03-23", None);
        let m = merge_events(&a, &b, false).unwrap();
        assert_eq!((m.event.precision, m.event.start.as_deref(), m.event.end.as_deref()), (Precision::Day, Some("2022-03-23"), None));
        let c = dated(report_event("c", "z", "", "q"), Precision::Month, "2022-03-01", None);
        let d = dated(report_event("d", "w", "", "q"), Precision::Before, "2022-03-10", None);
        let m = merge_events(&c, &d, false).unwrap();
        assert_eq!(
            (m.event.precision, m.event.start.as_deref(), m.event.end.as_deref()),
            (Precision::Range, Some("2022-03-01"), Some("2022-03-10"))
        );
    }

    #[test]
    fn a_merge_no_date_fits_is_refused_with_the_reason() {
        let a = dated(report_event("a", "x", "", "q"), Precision::Day, "2022-03-24", None);
        let b = dated(report_event("b", "y", "", "q"), Precision::Day, "2022-03-26", None);
        let err = merge_events(&a, &b, false).unwrap_err();
        assert!(err.contains("no date fits every source") && err.contains("24 Mar 2022") && err.contains("26 Mar 2022"), "{err}");
        let mut other_lane = dated(report_event("c", "y", "", "q"), Precision::Day, "2022-03-24", None);
        other_lane.lane = "us".into();
        assert!(merge_events(&a, &other_lane, false).unwrap_err().contains("different lanes"));
        assert_eq!(merge_events(&a, &other_lane, true).unwrap().event.lane, "nato", "the kept event's lane");
    }

    #[test]
    fn a_draft_dated_by_its_article_only_joins_a_report_of_the_day_before() {
        let mut cued = dated(report_event("a", "reuters", "Peskov", "q"), Precision::Day, "2022-03-26", None);
        cued.time_cue = Some("on Saturday".into());
        let mut by_day = dated(report_event("b", "ap", "Peskov", "q"), Precision::Day, "2022-03-27", None);
        by_day.draft = Some(true);
        for (kept, other) in [(&cued, &by_day), (&by_day, &cued)] {
            let m = merge_events(kept, other, false).unwrap();
            assert_eq!((m.event.precision, m.event.start.as_deref()), (Precision::Day, Some("2022-03-26")), "the day the text gives");
            assert_eq!(m.event.time_cue.as_deref(), Some("on Saturday"));
            // AP is recorded as saying what it allows: its day or the day before.
            let ap = m.event.sources.iter().find(|s| s.article == "ap").unwrap();
            assert_eq!(
                (ap.rare.precision, ap.rare.start.as_deref(), ap.rare.end.as_deref()),
                (Some(Precision::Range), Some("2022-03-26"), Some("2022-03-27"))
            );
            assert!(crate::corroborate::contradictions(&m.event).is_empty(), "no disagreement on the date");
        }
        // Two days before its article is no longer its article's day.
        let early = dated(cued.clone(), Precision::Day, "2022-03-25", None);
        assert!(merge_events(&early, &by_day, false).unwrap_err().contains("no date fits every source"));
        // A date the text or the analyst gave is kept as given.
        let mut reviewed = by_day.clone();
        reviewed.draft = None;
        assert!(merge_events(&cued, &reviewed, false).is_err());
        // Two such drafts of one day stay of that day.
        let mut same = by_day.clone();
        (same.id, same.sources[0].article) = ("c".into(), "tass".into());
        let m = merge_events(&by_day, &same, false).unwrap();
        assert_eq!((m.event.precision, m.event.start.as_deref()), (Precision::Day, Some("2022-03-27")));
    }

    #[test]
    fn a_split_undoes_a_merge() {
        let a = dated(report_event("a", "reuters", "", "first"), Precision::Before, "2022-03-25", None);
        let mut b = dated(report_event("b", "tass", "", "second"), Precision::Day, "2022-03-24", None);
        b.verification = Verification::Denied;
        let m = merge_events(&a, &b, false).unwrap().event;
        assert_eq!(m.sources[1].rare.verification, Some(Verification::Denied));
        let (rest, alone) = split_source(&m, 1, "b2").unwrap();
        assert_eq!(rest.sources.len(), 1);
        assert_eq!(
            (alone.precision, alone.start.as_deref(), alone.verification),
            (Precision::Day, Some("2022-03-24"), Verification::Denied)
        );
        assert_eq!(alone.sources[0].article, "tass");
        assert_eq!(alone.sources[0].rare.precision, None);
        assert_eq!(alone.rare.distinct_from.as_deref(), Some(&["a".to_owned()][..]));
        assert!(split_source(&rest, 0, "x").unwrap_err().contains("one source"));
    }
}
