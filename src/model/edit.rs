//! Changes made in the window (accept, reject, edit, cite a passage): each
//! keeps the dataset valid, or is refused with the reason and changes nothing.

use super::history::{Change, History, Op, apply_all};
use super::index::EventIndex;
use super::index_update::{apply_in_place, in_place};
use super::load::Loaded;
use super::problem::Problem;
use super::types::{Event, Source};
use super::validate::{validate, validate_changed};

const NO_FIT: &str = "the change no longer fits the data";

/// A change that was made, undone or redone: what it was called, the steps
/// that were applied, and the event to show.
#[derive(Debug, Clone)]
pub struct Applied {
    pub label: String,
    pub ops: Vec<Op>,
    /// The steps that take it back (they hold what it replaced or removed).
    pub inverse: Vec<Op>,
    pub focus: Option<u32>,
}

/// Problems as one line, field first: "lane: unknown lane \"x\"; …".
fn describe(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}{}{}", p.field, if p.field.is_empty() { "" } else { ": " }, p.message))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Above this many steps that each move many event numbers or ranks
/// (removing, inserting, re-dating an event), one rebuild costs less.
const IN_PLACE_MOVES: usize = 64;

impl Loaded {
    /// Rebuilds the index after the events changed.
    pub fn reindex(&mut self) -> Result<(), Vec<Problem>> {
        let resolved = validate(&self.dataset)?;
        self.index = EventIndex::build(&self.dataset, resolved);
        Ok(())
    }

    /// Applies the steps if the result is valid and returns the steps that
    /// undo them; otherwise nothing changes and the reason is returned.
    ///
    /// Changes to events and views are checked and indexed in place (only
    /// what changed is looked at); changes to lanes or articles, and very
    /// large changes, validate and index the whole dataset again.
    pub fn apply(&mut self, ops: Vec<Op>) -> Result<Vec<Op>, String> {
        if ops.iter().all(in_place) && self.moves(&ops) <= IN_PLACE_MOVES && self.articles_go_whole(&ops) {
            self.apply_in_place(ops)
        } else {
            self.apply_rebuilding(ops)
        }
    }

    /// Whether articles that `ops` take away go with every event citing them
    /// (the undo of an import): otherwise a whole validation says what is left dangling.
    fn articles_go_whole(&self, ops: &[Op]) -> bool {
        let (n, len) = (self.dataset.events.len(), self.dataset.articles.len());
        ops.iter().all(|op| match *op {
            Op::Truncate { articles, events, .. } if articles > 0 => {
                ops.len() == 1
                    && events <= n
                    && articles <= len
                    && self.index.by_article[len - articles..].iter().flatten().all(|&e| e as usize >= n - events)
            }
            _ => true,
        })
    }

    /// Roughly how many steps of `ops` cost a pass over every event.
    fn moves(&self, ops: &[Op]) -> usize {
        let ds = &self.dataset;
        let redated = |at: u32, ev: &Event| {
            ds.events.get(at as usize).is_none_or(|old| {
                (&old.lane, &old.start, &old.end, old.precision) != (&ev.lane, &ev.start, &ev.end, ev.precision)
                    || old.sources != ev.sources
            })
        };
        ops.iter()
            .map(|op| match op {
                Op::Put { at, event } => redated(*at, event) as usize,
                Op::Insert { .. } | Op::Remove { .. } => 1,
                Op::Append { events, .. } => events.len(),
                Op::Truncate { events, .. } => *events,
                Op::SetViews { .. } | Op::PutArticle { .. } => 0,
            })
            .sum()
    }

    /// `apply` changing the index in place and checking only what changed.
    fn apply_in_place(&mut self, ops: Vec<Op>) -> Result<Vec<Op>, String> {
        let views = ops.iter().any(|op| matches!(op, Op::SetViews { .. }));
        let mut changed = Vec::new();
        let mut undo = Vec::with_capacity(ops.len());
        // The fewest articles there were between steps: those after it are new.
        let mut kept_articles = self.dataset.articles.len();
        for op in ops {
            match apply_in_place(op, &mut self.dataset, &mut self.index, &mut changed) {
                Some(inverse) => {
                    undo.push(inverse);
                    kept_articles = kept_articles.min(self.dataset.articles.len());
                }
                None => {
                    self.take_back(undo.into_iter().rev());
                    return Err(NO_FIT.to_owned());
                }
            }
        }
        undo.reverse();
        // Articles only ever come at the end (an import) or go from it (its undo).
        let added = kept_articles..self.dataset.articles.len();
        match validate_changed(&self.dataset, &self.index, &changed, added, views) {
            Ok(()) => Ok(undo),
            Err(problems) => {
                self.take_back(undo.iter().cloned());
                Err(describe(&problems))
            }
        }
    }

    /// Applies steps that take back steps applied in place (they fit, and
    /// the data they lead back to was valid).
    fn take_back(&mut self, steps: impl Iterator<Item = Op>) {
        let mut changed = Vec::new();
        for op in steps {
            apply_in_place(op, &mut self.dataset, &mut self.index, &mut changed).expect("the inverse of a step that fitted fits");
        }
    }

    /// `apply` validating and indexing the whole dataset; a refused change
    /// puts the data back and keeps the index it had.
    fn apply_rebuilding(&mut self, ops: Vec<Op>) -> Result<Vec<Op>, String> {
        let undo = apply_all(ops, &mut self.dataset).ok_or(NO_FIT)?;
        match validate(&self.dataset) {
            Ok(resolved) => {
                self.index = EventIndex::build(&self.dataset, resolved);
                Ok(undo)
            }
            Err(problems) => {
                apply_all(undo, &mut self.dataset).expect("the inverse of steps that fitted fits");
                Err(describe(&problems))
            }
        }
    }

    /// Applies a change if the result is valid and records it in `history`.
    pub fn commit(&mut self, history: &mut History, change: Change) -> Result<Applied, String> {
        let focus = change.ops.first().and_then(|op| op.focus(&self.dataset));
        let undo = self.apply(change.ops.clone())?;
        history.record(change.label.clone(), change.ops.clone(), undo.clone());
        Ok(Applied { label: change.label, ops: change.ops, inverse: undo, focus })
    }

    /// Takes back the last change in `history`; `None` when there is none.
    pub fn undo(&mut self, history: &mut History) -> Option<Result<Applied, String>> {
        let (label, ops) = history.take_undo()?;
        let applied = self.apply_taken(label, ops);
        history.undone(applied.as_ref().ok().map(|(_, back)| back.clone()));
        Some(applied.map(|(a, _)| a))
    }

    /// Makes the last undone change again; `None` when there is none.
    pub fn redo(&mut self, history: &mut History) -> Option<Result<Applied, String>> {
        let (label, ops) = history.take_redo()?;
        let applied = self.apply_taken(label, ops);
        history.redone(applied.as_ref().ok().map(|(_, back)| back.clone()));
        Some(applied.map(|(a, _)| a))
    }

    /// Applies steps taken from the history: what was applied, and the steps back.
    fn apply_taken(&mut self, label: String, ops: Vec<Op>) -> Result<(Applied, Vec<Op>), String> {
        let focus = ops.first().and_then(|op| op.focus(&self.dataset));
        let back = self.apply(ops.clone())?;
        Ok((Applied { label, ops, inverse: back.clone(), focus }, back))
    }

    /// Replaces event `e` if the result is valid; otherwise nothing changes.
    pub fn replace_event(&mut self, e: u32, event: Event) -> Result<Vec<Op>, String> {
        self.apply(vec![Op::Put { at: e, event }])
    }

    /// Adds an event (validated); returns its number and the steps that undo it.
    pub fn add_event(&mut self, event: Event) -> Result<(u32, Vec<Op>), String> {
        let undo = self.apply(vec![Op::Append { lanes: Vec::new(), articles: Vec::new(), events: vec![event] }])?;
        Ok((self.dataset.events.len() as u32 - 1, undo))
    }

    /// An event id not used yet, from `prefix`.
    pub fn fresh_event_id(&self, prefix: &str) -> String {
        (1..).map(|n| format!("{prefix}{n}")).find(|id| !self.index.event_ids.contains_key(id)).expect("unbounded")
    }

    /// A new event citing `quote` in `paragraph` of `article`, in the lane of
    /// `like` (the event being read). It is a draft dated no more precisely than
    /// the article allows: "on or before" its publication, or unknown; the user
    /// sets the real date when reviewing it.
    pub fn event_from_passage(&self, article: u32, paragraph: usize, quote: &str, like: Option<u32>) -> Event {
        let a = &self.dataset.articles[article as usize];
        let words: Vec<&str> = quote.split_whitespace().take(9).collect();
        let mut title = words.join(" ");
        if quote.split_whitespace().count() > 9 {
            title.push('…');
        }
        let (start, precision) = match &a.published {
            Some(p) => (Some(p.clone()), super::Precision::Before),
            None => (None, super::Precision::Unknown),
        };
        Event {
            id: self.fresh_event_id("E-").into(),
            lane: like.map(|e| self.dataset.events[e as usize].lane.clone()).unwrap_or_else(|| self.dataset.lanes[0].id.as_str().into()),
            title: title.into(),
            kind: super::Kind::Statement,
            start: start.map(Into::into),
            precision,
            verification: super::Verification::Reported,
            sources: vec![Source { article: a.id.as_str().into(), paragraph, quote: quote.into(), ..Default::default() }],
            draft: Some(true),
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::load_sample;

    #[test]
    fn an_invalid_edit_changes_nothing() {
        let mut l = load_sample();
        let e = l.index.event_ids["S000-01"];
        let mut ev = (*l.dataset.events[e as usize]).clone();
        ev.lane = "nowhere".into();
        let err = l.replace_event(e, ev).unwrap_err();
        assert!(err.contains("unknown lane"), "{err}");
        assert_eq!(l.dataset.events[e as usize].lane, "nato");
        assert_eq!(l.index.event_ids["S000-01"], e);
    }

    #[test]
    fn editing_the_date_moves_the_event_in_the_index() {
        let mut l = load_sample();
        let e = l.index.event_ids["S000-01"];
        let mut ev = (*l.dataset.events[e as usize]).clone();
        ev.start = Some("2022-03-01".into());
        l.replace_event(e, ev).unwrap();
        assert_eq!(l.index.by_time[0], e, "now the earliest event");
    }

    #[test]
    fn a_passage_becomes_a_valid_event() {
        let mut l = load_sample();
        let a = l.index.article_ids["004_cb2f14c055118140"];
        let quote = "the White House was forced to walk back the president’s reckless remarks";
        let ev = l.event_from_passage(a, 10, quote, None);
        assert_eq!(ev.precision, crate::model::Precision::Unknown, "article 004 has no publication date");
        assert!(ev.is_draft(), "not reviewed yet");
        let from_000 = l.event_from_passage(l.index.article_ids["000_3949efd7fcb54509"], 1, "Stoltenberg", None);
        assert_eq!((from_000.precision, from_000.start.as_deref()), (crate::model::Precision::Before, Some("2022-03-24")));
        let n = l.dataset.events.len();
        let (e, undo) = l.add_event(ev).unwrap();
        assert_eq!(l.dataset.events.len(), n + 1);
        assert_eq!(l.dataset.events[e as usize].id, "E-1");
        assert!(l.index.by_article[a as usize].contains(&e));
        assert_eq!(undo, [crate::model::history::Op::Truncate { lanes: 0, articles: 0, events: 1 }]);
        // A quote that is not in the paragraph is refused.
        let bad = l.event_from_passage(a, 3, quote, None);
        assert!(l.add_event(bad).unwrap_err().contains("quote not found"));
        assert_eq!(l.dataset.events.len(), n + 1);
    }
}
