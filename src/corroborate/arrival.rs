//! Matching on arrival: when articles are added, each new draft that reports
//! an event already in the dataset (or one of an earlier draft of the same
//! import) is proposed as another source of it, or joined to it at once.

use super::merge::merge_events;
use super::same_event::{OPEN_WINDOW, Report, Words, compatible, loose_span, report_words, same_event};
use crate::model::index::FastMap;
use crate::model::time::{event_span, parse_instant};
use crate::model::{Dataset, Event, EventIndex, SmallText, Span};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

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

/// Existing events kept as compared (with their words) during one import.
const MAX_KEPT: usize = 65_536;

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

/// The events already in the dataset that the drafts of one import are
/// compared with, each made into a `Report` once: its words (the costly
/// part) are worked out on first use and then serve every draft. The drafts
/// of one article mostly share lanes and dates, and so their candidates.
struct Existing<'a> {
    ds: &'a Dataset,
    index: &'a EventIndex,
    reports: RefCell<FastMap<u32, Rc<Report<'a>>>>,
    /// The candidates of a lane and span, nearest in time first (see `nearby`).
    nearby: RefCell<FastMap<LaneSpan, Rc<[u32]>>>,
}

/// A lane and a span of days: the key of a list of candidates.
type LaneSpan = (u16, i64, i64);

impl<'a> Existing<'a> {
    fn new(ds: &'a Dataset, index: &'a EventIndex) -> Self {
        Existing { ds, index, reports: RefCell::default(), nearby: RefCell::default() }
    }

    /// Event `e` as compared.
    fn report(&self, e: u32) -> Rc<Report<'a>> {
        let mut reports = self.reports.borrow_mut();
        // An import of many articles over years would otherwise keep the
        // words of a large part of the dataset: start again past this many.
        if reports.len() >= MAX_KEPT && !reports.contains_key(&e) {
            reports.clear();
        }
        let r = reports.entry(e).or_insert_with(|| Rc::new(Report::new(&self.ds.events[e as usize], self.index.spans[e as usize].get())));
        Rc::clone(r)
    }

    /// The events of lane `lane` that a report of `span` may be: at most
    /// `MAX_CANDIDATES`, nearest in time first.
    fn nearby(&self, lane: u16, span: Span) -> Rc<[u32]> {
        if let Some(found) = self.nearby.borrow().get(&(lane, span.lo, span.hi)) {
            return Rc::clone(found);
        }
        let Some(events) = self.index.lanes.get(lane as usize) else { return Rc::from([]) };
        let mut scratch = Vec::new();
        // Existing "on or before" events are drawn at their last day: look that far ahead.
        events.overlapping(span.lo, span.hi.saturating_add(OPEN_WINDOW), &mut scratch);
        let mid = span.lo / 2 + span.hi / 2;
        scratch.sort_by_key(|&p| (events.lo[p as usize] - mid).abs());
        scratch.truncate(MAX_CANDIDATES);
        let found: Rc<[u32]> = scratch.iter().map(|&p| events.order[p as usize]).collect();
        self.nearby.borrow_mut().insert((lane, span.lo, span.hi), Rc::clone(&found));
        found
    }

    /// The events `draft` may report, with their scores (see `nearby`).
    fn matches(&self, draft: &Report) -> Vec<(u32, f32)> {
        let Some(span) = draft.span.map(|s| loose_span(draft.event, s)) else { return Vec::new() };
        let Some(&lane) = self.index.lane_ids.get(draft.event.lane.as_str()) else { return Vec::new() };
        self.nearby(lane, span).iter().filter_map(|&e| same_event(draft, &self.report(e)).map(|s| (e, s))).collect()
    }
}

/// What a draft may be joined to: an event already in the dataset or another
/// draft of the import. (Existing events sort first: of two equal fits, the
/// event already there wins.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Side {
    Existing(u32),
    Draft(usize),
}

/// A possible match: a draft, what it may be joined to, how well they fit.
type Candidate = (f32, usize, Side);

/// The drafts of an import and what they are compared with.
struct Matcher<'a> {
    ds: &'a Dataset,
    existing: Existing<'a>,
    drafts: &'a [Event],
    reports: Vec<Report<'a>>,
}

impl Matcher<'_> {
    /// Whether every report of one group (drafts, and an existing event) may
    /// be one event with every report of the other (see `compatible`). A
    /// group is joined on its best matching pair, but a chain of matches must
    /// not join reports that cannot be one event (two speakers, two days).
    fn may_join(&self, a: &Group, b: &Group) -> bool {
        let existing = |e: u32| self.existing.report(e);
        let fits = |x: &Report, g: &Group| {
            g.drafts.iter().all(|&d| compatible(x, &self.reports[d])) && g.existing.is_none_or(|e| compatible(x, &existing(e)))
        };
        a.drafts.iter().all(|&d| fits(&self.reports[d], b)) && a.existing.is_none_or(|e| fits(&existing(e), b))
    }

    /// The articles cited by a group's reports.
    fn articles<'s>(&'s self, g: &'s Group) -> impl Iterator<Item = &'s str> + 's {
        let existing = g.existing.map(|e| &*self.ds.events[e as usize]);
        g.drafts.iter().map(|&d| &self.drafts[d]).chain(existing).flat_map(|e| e.sources.iter().map(|s| s.article.as_str()))
    }
}

/// Reports taken to be one event: drafts of distinct articles, and at most
/// one event already there (two events already in the dataset are never
/// joined here: the analyst kept them apart).
#[derive(Default)]
struct Group {
    /// In order; the first keeps its id when no existing event is there.
    drafts: Vec<usize>,
    existing: Option<u32>,
}

/// Matches each of `drafts` (about to be added to `ds`) against the events of
/// `ds` and the other drafts. `Auto` joins matches (removing the drafts
/// joined and returning the existing events that changed); `Propose` marks
/// them with `same_as`.
///
/// Every possible match is scored first and the best are taken first, so
/// that a draft goes with the report it fits best, not with the first one
/// that fits well enough: outlets reporting several events of one day
/// otherwise pair their reports crosswise. A group takes one report of each
/// article, so that matching between two articles is one to one.
pub fn corroborate(ds: &Dataset, index: &EventIndex, drafts: &mut Vec<Event>, mode: MergeMode) -> Outcome {
    if mode == MergeMode::Off {
        return Outcome::default();
    }
    // Each draft's words once (a long article gives hundreds of drafts, each
    // compared with all others).
    let words: Vec<Words> = drafts.iter().map(report_words).collect();
    let groups = {
        let reports = drafts.iter().zip(&words).map(|(e, w)| Report::with_words(e, span_of(e), Cow::Borrowed(w))).collect();
        let m = Matcher { ds, existing: Existing::new(ds, index), drafts, reports };
        let found = candidates(&m);
        grouped(&m, found)
    };
    apply(ds, drafts, groups, mode)
}

/// Every match of a draft with an existing event or with a draft of another
/// article in its lane, best first.
fn candidates(m: &Matcher) -> Vec<Candidate> {
    let mut out = Vec::new();
    // Earlier drafts by lane, then by the article they were drafted from: a
    // draft is compared only with the other articles' drafts of its lane, so
    // that one article of thousands of drafts costs no comparison at all.
    let mut by_lane: HashMap<&str, BTreeMap<&str, Vec<usize>>> = HashMap::new();
    let home = |d: usize| m.drafts[d].sources.first().map_or("", |s| s.article.as_str());
    for (d, me) in m.reports.iter().enumerate() {
        out.extend(m.existing.matches(me).into_iter().map(|(e, s)| (s, d, Side::Existing(e))));
        let lane = by_lane.entry(m.drafts[d].lane.as_str()).or_default();
        for k in lane.iter().filter(|(a, _)| **a != home(d)).flat_map(|(_, ks)| ks.iter().copied()) {
            out.extend(same_event(me, &m.reports[k]).map(|s| (s, d, Side::Draft(k))));
        }
        lane.entry(home(d)).or_default().push(d);
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    out
}

/// Takes the matches in order into groups: a match joins the groups of its
/// two sides unless that would cite one article twice, hold two existing
/// events, or join reports that cannot be one event.
fn grouped(m: &Matcher, candidates: Vec<Candidate>) -> Vec<Group> {
    let mut of: Vec<usize> = (0..m.drafts.len()).collect();
    let mut groups: Vec<Group> = (0..m.drafts.len()).map(|d| Group { drafts: vec![d], existing: None }).collect();
    for (_, d, with) in candidates {
        let g = of[d];
        let other = match with {
            Side::Existing(e) => Group { drafts: Vec::new(), existing: Some(e) },
            Side::Draft(k) if of[k] != g => std::mem::take(&mut groups[of[k]]),
            Side::Draft(_) => continue,
        };
        let cited: Vec<&str> = m.articles(&groups[g]).collect();
        let two_existing = groups[g].existing.is_some() && other.existing.is_some();
        let one_article_twice = m.articles(&other).any(|a| cited.contains(&a));
        let joinable = !two_existing && !one_article_twice && m.may_join(&groups[g], &other);
        match (joinable, with) {
            (true, _) => {
                for &x in &other.drafts {
                    of[x] = g;
                }
                groups[g].drafts.extend(other.drafts);
                groups[g].drafts.sort_unstable();
                groups[g].existing = groups[g].existing.or(other.existing);
            }
            (false, Side::Draft(k)) => groups[of[k]] = other, // put back
            (false, Side::Existing(_)) => {}
        }
    }
    groups.retain(|g| g.drafts.len() > 1 || g.existing.is_some());
    groups
}

/// Joins (`Auto`) or marks (`Propose`) the drafts of each group: into its
/// existing event, or else into its first draft. A draft whose date no
/// date of the others allows stays apart.
fn apply(ds: &Dataset, drafts: &mut Vec<Event>, groups: Vec<Group>, mode: MergeMode) -> Outcome {
    let mut out = Outcome::default();
    let mut updated: BTreeMap<u32, Event> = BTreeMap::new();
    let mut joined = vec![false; drafts.len()];
    for g in groups {
        let rest = if g.existing.is_some() { &g.drafts[..] } else { &g.drafts[1..] };
        for &d in rest {
            if mode == MergeMode::Propose {
                let target = g.existing.map_or_else(|| drafts[g.drafts[0]].id.clone(), |e| ds.events[e as usize].id.clone());
                drafts[d].rare.same_as = Some(target);
                out.proposed += 1;
                continue;
            }
            let merged = match g.existing {
                Some(e) => merge_events(updated.get(&e).unwrap_or(&ds.events[e as usize]), &drafts[d], false),
                None => merge_events(&drafts[g.drafts[0]], &drafts[d], false),
            };
            let Ok(m) = merged else { continue };
            match g.existing {
                Some(e) => _ = updated.insert(e, m.event),
                None => drafts[g.drafts[0]] = m.event,
            }
            joined[d] = true;
            out.merged += 1;
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
        assert_eq!(d[0].rare.same_as.as_deref(), Some("r1"));
        assert_eq!(d[1].rare.same_as.as_deref(), Some("r1"));
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

    /// Sources by article of each event left after matching, in order.
    fn joined(drafts: &[Event]) -> Vec<Vec<(String, String)>> {
        drafts.iter().map(|e| e.sources.iter().map(|s| (s.article.to_string(), s.quote.to_string())).collect()).collect()
    }

    #[test]
    fn each_draft_goes_with_the_report_it_fits_best_not_the_first_that_fits() {
        // Two outlets on two things one person said on one day. Outlet b's
        // first report mentions both; its second is the summit alone.
        let a1 = "Stoltenberg said allies agreed to send more air defence systems to Kyiv before winter";
        let a2 = "Stoltenberg said the alliance will hold its next summit in Vilnius in July";
        let b1 = "Stoltenberg said allies agreed on air defence, and that the next summit will be in Vilnius in July";
        let b2 = "The next summit will be held in Vilnius in July, Stoltenberg said of the alliance";
        let (mut ds, _) = dataset();
        ds.events.clear();
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        let mut d: Vec<Event> = [("a1", "a", a1), ("a2", "a", a2), ("b1", "b", b1), ("b2", "b", b2)]
            .iter()
            .map(|(id, article, q)| report_event(id, article, "Jens Stoltenberg", q))
            .collect();
        let r = |x: &Event, y: &Event| same_event(&Report::new(x, span_of(x)), &Report::new(y, span_of(y)));
        assert!(r(&d[2], &d[1]) > r(&d[2], &d[0]) && r(&d[2], &d[0]).is_some(), "b1 fits a2 better, and a1 too");
        corroborate(&ds, &index, &mut d, MergeMode::Auto);
        let pair = |x: &str, y: &str| vec![("a".to_string(), x.to_string()), ("b".to_string(), y.to_string())];
        assert_eq!(joined(&d), [pair(a1, b1), pair(a2, b2)], "the summit report goes with the summit report");
    }

    #[test]
    fn a_chain_of_matches_does_not_join_two_speakers() {
        // One passage without a speaker that two outlets attribute to two people.
        let q = "Allies agreed to send more air defence systems to Kyiv before winter";
        let (mut ds, _) = dataset();
        ds.events.clear();
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        let mut d =
            vec![report_event("x", "a", "", q), report_event("p", "b", "Antony Blinken", q), report_event("q", "c", "Lloyd Austin", q)];
        corroborate(&ds, &index, &mut d, MergeMode::Auto);
        let both = |e: &Event| ["b", "c"].iter().all(|a| e.sources.iter().any(|s| s.article == *a));
        assert_eq!(d.len(), 2, "one speaker joined to the passage, the other apart: {:?}", joined(&d));
        assert!(!d.iter().any(both), "Blinken and Austin are two speakers: {:?}", joined(&d));
    }

    #[test]
    fn a_draft_dated_by_its_article_only_finds_the_event_of_the_day_before() {
        // The event already there is of the 23rd, as its text said; the
        // draft's article, of the 24th, gives no day.
        let (mut ds, _) = dataset();
        ds.events[0].start = Some("2022-03-23".into());
        ds.events[0].time_cue = Some("on Wednesday".into());
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        let mut draft = report_event("a1", "ap", "Stoltenberg", AP);
        draft.draft = Some(true);
        let mut d = vec![draft.clone()];
        let out = corroborate(&ds, &index, &mut d, MergeMode::Auto);
        assert!(d.is_empty() && out.merged == 1, "joined to the event of the day before");
        assert_eq!(out.updated[0].1.start.as_deref(), Some("2022-03-23"));
        // Not when the text gave the draft its day.
        draft.time_cue = Some("on Thursday".into());
        let mut d = vec![draft];
        assert_eq!(corroborate(&ds, &index, &mut d, MergeMode::Auto).merged, 0);
    }

    #[test]
    fn propose_points_every_draft_of_a_group_at_its_first() {
        let (mut ds, _) = dataset();
        ds.events.clear();
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        let mut d = vec![
            report_event("r", "reuters", "Stoltenberg", REUTERS),
            report_event("a", "ap", "Stoltenberg", AP),
            report_event("t", "tass", "", TASS),
        ];
        let out = corroborate(&ds, &index, &mut d, MergeMode::Propose);
        assert_eq!(out.proposed, 2);
        let same: Vec<Option<&str>> = d.iter().map(|e| e.rare.same_as.as_deref()).collect();
        assert_eq!(same, [None, Some("r"), Some("r")]);
    }
}
