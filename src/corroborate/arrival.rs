//! Matching on arrival: when articles are added, each new draft that reports
//! an event already in the dataset (or one of an earlier draft of the same
//! import) is proposed as another source of it, or joined to it at once.

use super::merge::merge_events;
use super::same_event::{OPEN_WINDOW, Report, Words, report_words, same_event};
use crate::model::time::{event_span, parse_instant};
use crate::model::{Dataset, Event, EventIndex, SmallText, Span};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// What to do with a draft that reports an event already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MergeMode {
    /// Join it to that event at once (its source is added; the draft goes).
    Auto,
    /// Keep it, with `same_as` naming that event, to confirm in the window.
    #[default]
    Propose,
    /// Keep it as it is.
    Off,
}

impl MergeMode {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "auto" => Some(MergeMode::Auto),
            "propose" => Some(MergeMode::Propose),
            "off" => Some(MergeMode::Off),
            _ => None,
        }
    }
}

/// Candidates looked at per draft, nearest in time first; a draft that
/// matches none of this many in its lane and dates matches nothing useful.
const MAX_CANDIDATES: usize = 4096;

/// A draft's proposed match.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// Position of the draft in the new events.
    pub draft: usize,
    /// Id of the event it reports too.
    pub target: String,
    pub score: f32,
}

/// What matching did to a list of new drafts.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Existing events (by number) that gained sources, as they are now (auto).
    pub updated: Vec<(u32, Event)>,
    /// Drafts joined to another event (auto) or proposed (propose).
    pub merged: usize,
    pub proposed: usize,
}

/// Where an event lies on the timeline, from its own fields.
fn span_of(e: &Event) -> Option<Span> {
    let parse = |v: &Option<SmallText>| v.as_deref().map(parse_instant).transpose().ok();
    event_span(e.precision, parse(&e.start)?, parse(&e.end)?).ok().flatten()
}

/// Whether two events cite one article (`same_event` never joins those).
fn same_article(a: &Event, b: &Event) -> bool {
    a.sources.iter().any(|s| b.sources.iter().any(|t| t.article == s.article))
}

/// The best match of `draft` among the events of `ds` in its lane, if any.
fn best_existing(ds: &Dataset, index: &EventIndex, draft: &Report, scratch: &mut Vec<u32>) -> Option<(u32, f32)> {
    let span = draft.span?;
    let &lane = index.lane_ids.get(draft.event.lane.as_str())?;
    let events = index.lanes.get(lane as usize)?;
    // Existing "on or before" events are drawn at their last day: look that far ahead.
    events.overlapping(span.lo, span.hi.saturating_add(OPEN_WINDOW), scratch);
    let mid = span.lo / 2 + span.hi / 2;
    scratch.sort_by_key(|&p| (events.lo[p as usize] - mid).abs());
    scratch.truncate(MAX_CANDIDATES);
    let mut best: Option<(u32, f32)> = None;
    for &p in scratch.iter() {
        let e = events.order[p as usize];
        let other = Report::new(&ds.events[e as usize], index.spans[e as usize]);
        if let Some(score) = same_event(draft, &other)
            && best.is_none_or(|(_, b)| score > b)
        {
            best = Some((e, score));
        }
    }
    best
}

/// Matches each of `drafts` (about to be added to `ds`) against the events of
/// `ds` and the drafts before it. `Auto` joins matches (removing the drafts
/// joined and returning the existing events that changed); `Propose` marks
/// them with `same_as`.
pub fn corroborate(ds: &Dataset, index: &EventIndex, drafts: &mut Vec<Event>, mode: MergeMode) -> Outcome {
    let mut out = Outcome::default();
    if mode == MergeMode::Off {
        return out;
    }
    let mut updated: BTreeMap<u32, Event> = BTreeMap::new();
    let mut joined = vec![false; drafts.len()];
    let mut scratch = Vec::new();
    // Each draft's words and span once (a long article gives hundreds of
    // drafts, each compared with all before it); redone for a draft that a
    // later one joins. Drafts citing one article are never compared (two
    // passages of one article are two reports), before any work is done.
    let mut words: Vec<Words> = drafts.iter().map(report_words).collect();
    let mut spans: Vec<Option<Span>> = drafts.iter().map(span_of).collect();
    // Earlier drafts by lane, then by the article they were drafted from: a
    // draft looks only at the other articles' drafts of its lane, so that one
    // article of thousands of drafts costs no comparison at all.
    let mut earlier_by_lane: HashMap<&str, BTreeMap<&str, Vec<usize>>> = HashMap::new();
    let first_article = |e: &Event| e.sources.first().map_or(String::new(), |s| s.article.to_string());
    let homes: Vec<String> = drafts.iter().map(first_article).collect();
    let lanes: Vec<String> = drafts.iter().map(|e| e.lane.to_string()).collect();
    for d in 0..drafts.len() {
        let (existing, earlier) = {
            let me = Report::with_words(&drafts[d], spans[d], Cow::Borrowed(&words[d]));
            let existing = best_existing(ds, index, &me, &mut scratch);
            let others = earlier_by_lane.get(lanes[d].as_str()).into_iter().flatten().filter(|(a, _)| **a != homes[d]);
            let earlier = others
                .flat_map(|(_, ks)| ks.iter().copied())
                .filter(|&k| !joined[k] && !same_article(&drafts[k], &drafts[d]))
                .filter_map(|k| same_event(&me, &Report::with_words(&drafts[k], spans[k], Cow::Borrowed(&words[k]))).map(|s| (k, s)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
            (existing, earlier)
        };
        earlier_by_lane.entry(lanes[d].as_str()).or_default().entry(homes[d].as_str()).or_default().push(d);
        let to_existing = match (existing, earlier) {
            (Some((e, s)), Some((_, t))) => (s >= t).then_some(e),
            (Some((e, _)), None) => Some(e),
            _ => None,
        };
        match (mode, to_existing, earlier) {
            (MergeMode::Propose, Some(e), _) => {
                drafts[d].same_as = Some(ds.events[e as usize].id.clone());
                out.proposed += 1;
            }
            (MergeMode::Propose, None, Some((k, _))) => {
                drafts[d].same_as = Some(drafts[k].id.clone());
                out.proposed += 1;
            }
            (MergeMode::Auto, Some(e), _) => {
                let current = updated.get(&e).unwrap_or(&ds.events[e as usize]);
                if let Ok(m) = merge_events(current, &drafts[d], false) {
                    updated.insert(e, m.event);
                    joined[d] = true;
                    out.merged += 1;
                }
            }
            (MergeMode::Auto, None, Some((k, _))) => {
                if let Ok(m) = merge_events(&drafts[k], &drafts[d], false) {
                    drafts[k] = m.event;
                    words[k] = report_words(&drafts[k]);
                    spans[k] = span_of(&drafts[k]);
                    joined[d] = true;
                    out.merged += 1;
                }
            }
            _ => {}
        }
    }
    let mut k = 0;
    drafts.retain(|_| {
        k += 1;
        !joined[k - 1]
    });
    out.updated = updated.into_iter().collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::same_event::tests::report_event;
    use crate::model::{Article, Lane, validate::validate};

    const REUTERS: &str = "Stoltenberg said any use of chemical weapons would totally change the nature of the conflict";
    const AP: &str = "Any use of chemical weapons would totally change the nature of the conflict, Stoltenberg warned in Brussels";
    const TASS: &str = "Totally change the nature of the conflict, Stoltenberg said of any use of chemical weapons";

    fn dataset() -> (Dataset, EventIndex) {
        let article = |id: &str, text: &str| Article {
            id: id.into(),
            title: "T".into(),
            paragraphs: vec!["T".into(), text.into()],
            ..Default::default()
        };
        let ds = Dataset {
            lanes: vec![Lane { id: "nato".into(), label: "NATO".into(), ..Default::default() }],
            articles: vec![article("reuters", REUTERS), article("ap", AP), article("tass", TASS)],
            events: vec![Box::new(report_event("r1", "reuters", "Jens Stoltenberg", REUTERS))],
            ..Default::default()
        };
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        (ds, index)
    }

    fn drafts() -> Vec<Event> {
        vec![report_event("a1", "ap", "Stoltenberg", AP), report_event("t1", "tass", "", TASS)]
    }

    #[test]
    fn propose_marks_the_drafts_and_changes_nothing_else() {
        let (ds, index) = dataset();
        let mut d = drafts();
        let out = corroborate(&ds, &index, &mut d, MergeMode::Propose);
        assert_eq!((out.proposed, out.merged, out.updated.len()), (2, 0, 0));
        assert_eq!(d[0].same_as.as_deref(), Some("r1"));
        assert_eq!(d[1].same_as.as_deref(), Some("r1"));
    }

    #[test]
    fn auto_joins_the_sources_to_the_event_already_there() {
        let (ds, index) = dataset();
        let mut d = drafts();
        let out = corroborate(&ds, &index, &mut d, MergeMode::Auto);
        assert!(d.is_empty(), "both drafts joined");
        assert_eq!(out.merged, 2);
        let (e, ev) = &out.updated[0];
        assert_eq!(*e, 0);
        let articles: Vec<&str> = ev.sources.iter().map(|s| s.article.as_str()).collect();
        assert_eq!(articles, ["reuters", "ap", "tass"]);
    }

    #[test]
    fn drafts_of_one_import_join_each_other_and_off_does_nothing() {
        let (mut ds, _) = dataset();
        ds.events.clear();
        ds.events.push(Box::new(report_event("x", "reuters", "Jens Stoltenberg", REUTERS)));
        ds.events[0].start = Some("2021-01-01".into()); // another day: no match
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        let mut d = drafts();
        let out = corroborate(&ds, &index, &mut d, MergeMode::Auto);
        assert_eq!((d.len(), out.merged, out.updated.len()), (1, 1, 0));
        assert_eq!(d[0].sources.len(), 2);
        let mut d = drafts();
        corroborate(&ds, &index, &mut d, MergeMode::Off);
        assert_eq!(d, drafts());
    }
}
