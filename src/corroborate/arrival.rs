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

/// Every event of `ds` in the lane of `draft` that it may report, with the
/// score (`same_event`); at most `MAX_CANDIDATES` looked at, nearest in time first.
fn existing_matches(ds: &Dataset, index: &EventIndex, draft: &Report, scratch: &mut Vec<u32>, out: &mut Vec<(u32, f32)>) {
    let Some(span) = draft.span else { return };
    let Some(&lane) = index.lane_ids.get(draft.event.lane.as_str()) else { return };
    let Some(events) = index.lanes.get(lane as usize) else { return };
    // Existing "on or before" events are drawn at their last day: look that far ahead.
    events.overlapping(span.lo, span.hi.saturating_add(OPEN_WINDOW), scratch);
    let mid = span.lo / 2 + span.hi / 2;
    scratch.sort_by_key(|&p| (events.lo[p as usize] - mid).abs());
    scratch.truncate(MAX_CANDIDATES);
    for &p in scratch.iter() {
        let e = events.order[p as usize];
        let other = Report::new(&ds.events[e as usize], index.spans[e as usize]);
        if let Some(score) = same_event(draft, &other) {
            out.push((e, score));
        }
    }
}

/// What a draft may be joined to: another draft of the import or an event
/// already in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Node {
    Draft(usize),
    Existing(u32),
}

/// A draft and an event it may report, with how well they fit.
struct Candidate {
    score: f32,
    draft: usize,
    with: Node,
}

/// Every pair of a draft and an event (already there, or an earlier draft of
/// another article in its lane) that `same_event` accepts.
fn candidates(ds: &Dataset, index: &EventIndex, drafts: &[Event], words: &[Words], spans: &[Option<Span>]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut scratch = Vec::new();
    let mut found = Vec::new();
    // Earlier drafts by lane, then by the article they were drafted from: a
    // draft looks only at the other articles' drafts of its lane, so that one
    // article of thousands of drafts costs no comparison at all.
    let mut earlier_by_lane: HashMap<&str, BTreeMap<&str, Vec<usize>>> = HashMap::new();
    for (d, draft) in drafts.iter().enumerate() {
        let me = Report::with_words(draft, spans[d], Cow::Borrowed(&words[d]));
        found.clear();
        existing_matches(ds, index, &me, &mut scratch, &mut found);
        out.extend(found.iter().map(|&(e, score)| Candidate { score, draft: d, with: Node::Existing(e) }));
        let home = home_article(draft);
        let others = earlier_by_lane.get(draft.lane.as_str()).into_iter().flatten().filter(|(a, _)| **a != home);
        for k in others.flat_map(|(_, ks)| ks.iter().copied()) {
            let other = Report::with_words(&drafts[k], spans[k], Cow::Borrowed(&words[k]));
            if let Some(score) = same_event(&me, &other) {
                out.push(Candidate { score, draft: d, with: Node::Draft(k) });
            }
        }
        earlier_by_lane.entry(draft.lane.as_str()).or_default().entry(home).or_default().push(d);
    }
    out
}

/// The article a draft was drafted from (its first source's).
fn home_article(e: &Event) -> &str {
    e.sources.first().map_or("", |s| s.article.as_str())
}

/// Drafts (and events already there) joined so far: a union-find whose
/// groups each hold the event they make together.
struct Groups {
    parent: Vec<usize>,
    group: Vec<Group>,
    /// Existing events by their node (after the drafts').
    existing_node: HashMap<u32, usize>,
}

struct Group {
    /// The event already there in the group: at most one, since two events
    /// already in the dataset are never joined here (the analyst kept them apart).
    existing: Option<u32>,
    /// The group's first draft, which keeps its id when no event is there.
    first: Option<usize>,
    /// The group's event as joined so far.
    event: Event,
    size: usize,
}

impl Groups {
    fn new(drafts: &[Event]) -> Self {
        let group = drafts.iter().enumerate().map(|(d, e)| Group { existing: None, first: Some(d), event: e.clone(), size: 1 }).collect();
        Groups { parent: (0..drafts.len()).collect(), group, existing_node: HashMap::new() }
    }

    fn node(&mut self, ds: &Dataset, n: Node) -> usize {
        match n {
            Node::Draft(d) => d,
            Node::Existing(e) => *self.existing_node.entry(e).or_insert_with(|| {
                self.parent.push(self.parent.len());
                let event = (*ds.events[e as usize]).clone();
                self.group.push(Group { existing: Some(e), first: None, event, size: 1 });
                self.parent.len() - 1
            }),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the groups of `a` and `b` when they can be one event: not two
    /// events already there, no article twice (two passages of one article
    /// are two reports; this also keeps matching one-to-one between any two
    /// articles), and a date that every source allows.
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (a, b) = (self.root(a), self.root(b));
        let (ga, gb) = (&self.group[a], &self.group[b]);
        if a == b || ga.existing.is_some() && gb.existing.is_some() || same_article(&ga.event, &gb.event) {
            return false;
        }
        // The event already there, or else the earlier draft, is kept.
        let a_kept = ga.existing.is_some() || gb.existing.is_none() && ga.first < gb.first;
        let (kept, other) = if a_kept { (a, b) } else { (b, a) };
        let Ok(m) = merge_events(&self.group[kept].event, &self.group[other].event, false) else { return false };
        let first = match (self.group[kept].first, self.group[other].first) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        let existing = self.group[kept].existing;
        let size = self.group[kept].size + self.group[other].size;
        self.group[kept] = Group { existing, first, event: m.event, size };
        self.parent[other] = kept;
        true
    }
}

/// Matches each of `drafts` (about to be added to `ds`) against the events of
/// `ds` and the other drafts. The pairs that fit are taken best first, so
/// that a draft goes with the report it fits best even when a worse fit came
/// first. `Auto` joins matches (removing the drafts joined and returning the
/// existing events that changed); `Propose` marks them with `same_as`.
pub fn corroborate(ds: &Dataset, index: &EventIndex, drafts: &mut Vec<Event>, mode: MergeMode) -> Outcome {
    let mut out = Outcome::default();
    if mode == MergeMode::Off {
        return out;
    }
    // Each draft's words and span once (a long article gives hundreds of
    // drafts, each compared with all others).
    let words: Vec<Words> = drafts.iter().map(report_words).collect();
    let spans: Vec<Option<Span>> = drafts.iter().map(span_of).collect();
    let mut pairs = candidates(ds, index, drafts, &words, &spans);
    pairs.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.draft.cmp(&b.draft)).then(a.with.cmp(&b.with)));
    let mut groups = Groups::new(drafts);
    for c in &pairs {
        let with = groups.node(ds, c.with);
        groups.join(c.draft, with);
    }
    // Each draft in a group kept by another: joined (auto) or pointed at it (propose).
    let mut updated: BTreeMap<u32, Event> = BTreeMap::new();
    let mut joined = vec![false; drafts.len()];
    for d in 0..drafts.len() {
        let r = groups.root(d);
        let g = &groups.group[r];
        if g.size == 1 {
            continue;
        }
        let kept_id = match (g.existing, g.first) {
            (Some(e), _) => ds.events[e as usize].id.clone(),
            (None, Some(f)) if f != d => drafts[f].id.clone(),
            _ => {
                if mode == MergeMode::Auto {
                    drafts[d] = g.event.clone();
                }
                continue;
            }
        };
        match mode {
            MergeMode::Auto => {
                joined[d] = true;
                out.merged += 1;
                if let Some(e) = g.existing {
                    updated.insert(e, g.event.clone());
                }
            }
            _ => {
                drafts[d].same_as = Some(kept_id);
                out.proposed += 1;
            }
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

    #[test]
    fn the_best_pair_is_taken_first_not_the_first_draft() {
        // Two quotes of one appearance in each of two articles: the second
        // article's first draft fits both of the first article's, the one of
        // its own quote best; first-come matching would pair them crosswise.
        let (mut ds, _) = dataset();
        ds.events.clear();
        let index = EventIndex::build(&ds, validate(&ds).unwrap());
        let q1 = "Stoltenberg said allies agreed to send more air defence systems and artillery shells to Kyiv";
        let q2 = "Stoltenberg warned that any use of chemical weapons would change the nature of the conflict in Ukraine";
        let mixed = "Stoltenberg warned allies that chemical weapons would change the conflict, as air defence systems go to Kyiv";
        let mut d = vec![
            report_event("r1", "reuters", "Stoltenberg", q1),
            report_event("r2", "reuters", "Stoltenberg", q2),
            report_event("a1", "ap", "Stoltenberg", mixed),
            report_event("a2", "ap", "Stoltenberg", q2),
        ];
        corroborate(&ds, &index, &mut d, MergeMode::Propose);
        assert_eq!(d[3].same_as.as_deref(), Some("r2"), "the identical quote pairs first");
        assert_eq!(d[2].same_as.as_deref(), Some("r1"), "then the other, one-to-one between two articles");
    }
}
