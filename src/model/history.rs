//! Every change to the data as a list of small invertible steps, so that it
//! can be undone, redone, journaled for crash recovery and re-applied to a
//! file that changed on disk. No egui here.

use super::types::{Article, Dataset, Event, Lane, View};
use serde::{Deserialize, Serialize};

/// One step. Applying it returns the step that takes it back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// Event `at` becomes this one.
    Put { at: u32, event: Event },
    /// This event is inserted at `at` (later events move up by one).
    Insert { at: u32, event: Event },
    /// Event `at` is removed (later events move down by one).
    Remove { at: u32 },
    /// Records added at the ends of the three lists.
    Append {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        lanes: Vec<Lane>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        articles: Vec<Article>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        events: Vec<Event>,
    },
    /// The last records of the three lists removed, this many of each.
    Truncate { lanes: usize, articles: usize, events: usize },
    /// Article `at` becomes this one (a record imported again, updated).
    PutArticle { at: u32, article: Article },
    /// The saved views become these.
    SetViews { views: Vec<View> },
}

impl Op {
    /// Applies the step to `ds`; returns its inverse, or `None` (and changes
    /// nothing) when it does not fit `ds`, such as an index past the end.
    pub fn apply(self, ds: &mut Dataset) -> Option<Op> {
        match self {
            Op::Put { at, event } => {
                let slot = ds.events.get_mut(at as usize)?;
                Some(Op::Put { at, event: std::mem::replace(&mut **slot, event) })
            }
            Op::Insert { at, event } => {
                if at as usize > ds.events.len() {
                    return None;
                }
                ds.events.insert(at as usize, Box::new(event));
                Some(Op::Remove { at })
            }
            Op::Remove { at } => {
                if at as usize >= ds.events.len() {
                    return None;
                }
                Some(Op::Insert { at, event: *ds.events.remove(at as usize) })
            }
            Op::Append { lanes, articles, events } => {
                let inverse = Op::Truncate { lanes: lanes.len(), articles: articles.len(), events: events.len() };
                ds.lanes.extend(lanes);
                ds.articles.extend(articles);
                ds.events.extend(events.into_iter().map(Box::new));
                Some(inverse)
            }
            Op::SetViews { views } => {
                let old = std::mem::replace(&mut ds.views, (!views.is_empty()).then_some(views));
                Some(Op::SetViews { views: old.unwrap_or_default() })
            }
            Op::PutArticle { at, article } => {
                let slot = ds.articles.get_mut(at as usize)?;
                Some(Op::PutArticle { at, article: std::mem::replace(slot, article) })
            }
            Op::Truncate { lanes, articles, events } => {
                if lanes > ds.lanes.len() || articles > ds.articles.len() || events > ds.events.len() {
                    return None;
                }
                Some(Op::Append {
                    lanes: ds.lanes.split_off(ds.lanes.len() - lanes),
                    articles: ds.articles.split_off(ds.articles.len() - articles),
                    events: ds.events.split_off(ds.events.len() - events).into_iter().map(|e| *e).collect(),
                })
            }
        }
    }

    /// The event this step will leave in place to look at, if any, given
    /// the data before it is applied.
    pub fn focus(&self, before: &Dataset) -> Option<u32> {
        match self {
            Op::Put { at, .. } | Op::Insert { at, .. } => Some(*at),
            Op::Append { events, .. } if !events.is_empty() => Some(before.events.len() as u32),
            _ => None,
        }
    }
}

/// Applies `ops` in order; returns the steps that undo them (in the order to
/// apply them). If one does not fit, the ones before it are taken back and
/// `None` is returned: `ds` is as it was.
pub fn apply_all(ops: Vec<Op>, ds: &mut Dataset) -> Option<Vec<Op>> {
    let mut inverse = Vec::with_capacity(ops.len());
    for op in ops {
        match op.apply(ds) {
            Some(inv) => inverse.push(inv),
            None => {
                for inv in inverse.into_iter().rev() {
                    inv.apply(ds).expect("the inverse of a step that fitted fits");
                }
                return None;
            }
        }
    }
    inverse.reverse();
    Some(inverse)
}

/// A change as the user named it ("Reject 'Biden calls…'") and its steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub label: String,
    pub ops: Vec<Op>,
}

/// A change applied, with what takes it back.
#[derive(Debug, Clone)]
struct Entry {
    /// Identifies the state of the data after this change.
    id: u64,
    label: String,
    /// The steps that take it back, and that make it again.
    undo: Vec<Op>,
    redo: Vec<Op>,
}

/// Undo and redo stacks, and which state was last saved.
#[derive(Debug, Clone)]
pub struct History {
    done: Vec<Entry>,
    undone: Vec<Entry>,
    next_id: u64,
    /// The state below the oldest change kept (0: as opened).
    base: u64,
    /// The state on disk, if it can still be reached.
    saved: Option<u64>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self { done: Vec::new(), undone: Vec::new(), next_id: 1, base: 0, saved: Some(0), limit: 1000 }
    }
}

impl History {
    /// The state the data is in now.
    fn state(&self) -> u64 {
        self.done.last().map_or(self.base, |e| e.id)
    }

    /// Changes since the last save (or open).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.state())
    }

    /// The current state is what is on disk now.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.state());
    }

    /// Records a change that was applied: the steps that made it and those
    /// that take it back.
    pub fn record(&mut self, label: String, redo: Vec<Op>, undo: Vec<Op>) {
        let id = self.next_id;
        self.next_id += 1;
        self.done.push(Entry { id, label, undo, redo });
        if self.undone.iter().any(|e| Some(e.id) == self.saved) {
            // The saved state can no longer be reached.
            self.saved = None;
        }
        self.undone.clear();
        if self.done.len() > self.limit {
            // Ids grow along the stack: states older than the new base are gone.
            let dropped = self.done.remove(0);
            self.base = dropped.id;
            if self.saved.is_some_and(|s| s < dropped.id) {
                self.saved = None;
            }
        }
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.done.last().map(|e| e.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.undone.last().map(|e| e.label.as_str())
    }

    /// The labels of the changes that can be undone, oldest first.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.done.iter().map(|e| e.label.as_str())
    }

    /// The steps to undo the last change; report how it went with `undone`.
    pub fn take_undo(&mut self) -> Option<(String, Vec<Op>)> {
        let e = self.done.last()?;
        Some((e.label.clone(), e.undo.clone()))
    }

    /// After `take_undo`: `Some(steps that redo it)` moves the change to the
    /// redo stack; `None` (undoing was refused) leaves it where it was.
    pub fn undone(&mut self, redo: Option<Vec<Op>>) {
        let Some(redo) = redo else { return };
        let mut e = self.done.pop().expect("take_undo came first");
        e.redo = redo;
        self.undone.push(e);
    }

    pub fn take_redo(&mut self) -> Option<(String, Vec<Op>)> {
        let e = self.undone.last()?;
        Some((e.label.clone(), e.redo.clone()))
    }

    pub fn redone(&mut self, undo: Option<Vec<Op>>) {
        let Some(undo) = undo else { return };
        let mut e = self.undone.pop().expect("take_redo came first");
        e.undo = undo;
        self.done.push(e);
    }

    /// The changes made since the saved state (all kept ones if it cannot
    /// be reached), oldest first: the label, the steps that made each, and
    /// the steps that took it back.
    pub fn since_saved(&self) -> impl Iterator<Item = (&str, &[Op], &[Op])> {
        let saved = self.saved.unwrap_or(0);
        self.done.iter().filter(move |e| e.id > saved).map(|e| (e.label.as_str(), e.redo.as_slice(), e.undo.as_slice()))
    }
}

/// The steps of a change made to another version of the data, aimed again
/// at `ds` by event id (`find` gives an id's event number in `ds`); the reason
/// when it no longer applies. `undo` are the steps that took it back, which
/// name what it replaced or removed. Each step is aimed at `ds` as it is
/// before the change, as the window's changes have one step each.
pub fn rebase(redo: &[Op], undo: &[Op], ds: &Dataset, find: impl Fn(&str) -> Option<u32>) -> Result<Vec<Op>, String> {
    let gone = |id: &str| format!("event \"{id}\" is no longer in the file");
    let mut out = Vec::with_capacity(redo.len());
    for (op, inverse) in redo.iter().zip(undo.iter().rev()) {
        out.push(match (op, inverse) {
            (Op::Put { event, .. }, Op::Put { event: old, .. }) => {
                Op::Put { at: find(&old.id).ok_or_else(|| gone(&old.id))?, event: event.clone() }
            }
            (Op::PutArticle { article, .. }, Op::PutArticle { article: old, .. }) => {
                let at = ds
                    .articles
                    .iter()
                    .position(|a| a.id == old.id)
                    .ok_or_else(|| format!("article \"{}\" is no longer in the file", old.id))?;
                Op::PutArticle { at: at as u32, article: article.clone() }
            }
            (Op::SetViews { views }, _) => Op::SetViews { views: views.clone() },
            (Op::Remove { .. }, Op::Insert { event: old, .. }) => Op::Remove { at: find(&old.id).ok_or_else(|| gone(&old.id))? },
            (Op::Insert { at, event }, _) => {
                if find(&event.id).is_some() {
                    return Err(format!("an event \"{}\" is already in the file", event.id));
                }
                Op::Insert { at: (*at).min(ds.events.len() as u32), event: event.clone() }
            }
            (Op::Append { lanes, articles, events }, _) => {
                if let Some(a) = articles.iter().find(|a| ds.articles.iter().any(|x| x.id == a.id)) {
                    return Err(format!("the file already holds article \"{}\"", a.id));
                }
                let lanes = lanes.iter().filter(|l| !ds.lanes.iter().any(|x| x.id == l.id)).cloned().collect();
                let mut taken = std::collections::HashSet::new();
                let events = events
                    .iter()
                    .map(|e| {
                        let mut e = e.clone();
                        let base = e.id.clone();
                        let mut n = 2;
                        while find(&e.id).is_some() || taken.contains(&e.id) {
                            e.id = format!("{base}-{n}").into();
                            n += 1;
                        }
                        taken.insert(e.id.clone());
                        e
                    })
                    .collect();
                Op::Append { lanes, articles: articles.clone(), events }
            }
            _ => return Err("this kind of change cannot be re-applied to another version of the file".to_owned()),
        });
    }
    Ok(out)
}

/// A short quoted name for labels: `'Biden calls…'`.
pub fn quoted(title: &str) -> String {
    const MAX: usize = 32;
    let t = title.trim();
    match t.char_indices().nth(MAX) {
        Some((cut, next)) => {
            // Whole words only, unless one word is longer than the label.
            let head = &t[..cut];
            let head = if next.is_whitespace() { head } else { head.rsplit_once(char::is_whitespace).map_or(head, |(h, _)| h) };
            format!("'{}…'", head.trim_end())
        }
        None => format!("'{t}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(id: &str) -> Event {
        Event { id: id.into(), title: id.into(), ..Default::default() }
    }

    fn ids(ds: &Dataset) -> Vec<&str> {
        ds.events.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn every_step_is_undone_by_its_inverse() {
        let mut ds = Dataset { events: ["a", "b", "c"].map(|id| Box::new(ev(id))).into(), ..Default::default() };
        let before = ds.clone();
        let ops = vec![
            Op::Put { at: 1, event: ev("B") },
            Op::Remove { at: 0 },
            Op::Insert { at: 2, event: ev("d") },
            Op::Append { lanes: vec![Lane { id: "l".into(), ..Default::default() }], articles: vec![], events: vec![ev("e")] },
        ];
        let undo = apply_all(ops.clone(), &mut ds).unwrap();
        assert_eq!(ids(&ds), ["B", "c", "d", "e"]);
        assert_eq!(ds.lanes.len(), 1);
        let redo = apply_all(undo, &mut ds).unwrap();
        assert_eq!(ds, before);
        assert_eq!(redo, ops, "undoing gives back the original steps");
    }

    #[test]
    fn an_article_put_is_taken_back_by_its_inverse() {
        let art =
            |id: &str, p: &str| Article { id: id.into(), title: "t".into(), paragraphs: vec!["t".into(), p.into()], ..Default::default() };
        let mut ds = Dataset { articles: vec![art("a", "old notes")], ..Default::default() };
        let back = apply_all(vec![Op::PutArticle { at: 0, article: art("a", "new notes") }], &mut ds).unwrap();
        assert_eq!(ds.articles[0].paragraphs[1], "new notes");
        apply_all(back, &mut ds).unwrap();
        assert_eq!(ds.articles[0].paragraphs[1], "old notes");
    }

    #[test]
    fn a_step_that_does_not_fit_changes_nothing() {
        let mut ds = Dataset { events: vec![Box::new(ev("a"))], ..Default::default() };
        let before = ds.clone();
        assert!(apply_all(vec![Op::Remove { at: 0 }, Op::Put { at: 3, event: ev("x") }], &mut ds).is_none());
        assert_eq!(ds, before);
        assert!(apply_all(vec![Op::Truncate { lanes: 1, articles: 0, events: 0 }], &mut ds).is_none());
        assert!(apply_all(vec![Op::PutArticle { at: 99, article: Default::default() }], &mut ds).is_none(), "no article 99");
        assert_eq!(ds, before);
    }

    #[test]
    fn undoing_back_to_the_saved_state_is_clean() {
        let mut h = History::default();
        assert!(!h.is_dirty());
        h.record("one".into(), vec![], vec![]);
        assert!(h.is_dirty());
        h.mark_saved();
        h.record("two".into(), vec![], vec![]);
        assert_eq!(h.undo_label(), Some("two"));
        let (_, ops) = h.take_undo().unwrap();
        h.undone(Some(ops));
        assert!(!h.is_dirty(), "back at the saved state");
        assert_eq!(h.redo_label(), Some("two"));
        let (_, ops) = h.take_undo().unwrap();
        h.undone(Some(ops));
        assert!(h.is_dirty(), "before the saved state");
        let (_, ops) = h.take_redo().unwrap();
        h.redone(Some(ops));
        assert!(!h.is_dirty());
        // A new change after undoing the saved state makes it unreachable.
        let (_, ops) = h.take_undo().unwrap();
        h.undone(Some(ops));
        h.record("three".into(), vec![], vec![]);
        assert_eq!(h.redo_label(), None);
        let (_, ops) = h.take_undo().unwrap();
        h.undone(Some(ops));
        assert!(h.is_dirty(), "the saved state ('two') is gone");
    }

    #[test]
    fn the_oldest_changes_fall_off() {
        let mut h = History { limit: 2, ..Default::default() };
        for label in ["a", "b", "c"] {
            h.record(label.into(), vec![], vec![]);
        }
        assert_eq!(h.labels().collect::<Vec<_>>(), ["b", "c"]);
        for _ in 0..2 {
            let (_, ops) = h.take_undo().unwrap();
            h.undone(Some(ops));
        }
        assert!(h.take_undo().is_none());
        assert!(h.is_dirty(), "'a' is still applied: this is not the state opened");
    }

    #[test]
    fn changes_are_aimed_again_by_event_id() {
        // Made to [a, b, c]; the file now holds [x, c, a].
        let now = Dataset { events: ["x", "c", "a"].map(|id| Box::new(ev(id))).into(), ..Default::default() };
        let find = |id: &str| now.events.iter().position(|e| e.id == id).map(|i| i as u32);
        let mut edited = ev("a");
        edited.title = "edited".into();
        let put = rebase(&[Op::Put { at: 0, event: edited.clone() }], &[Op::Put { at: 0, event: ev("a") }], &now, find).unwrap();
        assert_eq!(put, [Op::Put { at: 2, event: edited }]);
        let remove = rebase(&[Op::Remove { at: 2 }], &[Op::Insert { at: 2, event: ev("c") }], &now, find).unwrap();
        assert_eq!(remove, [Op::Remove { at: 1 }]);
        let err = rebase(&[Op::Remove { at: 1 }], &[Op::Insert { at: 1, event: ev("b") }], &now, find).unwrap_err();
        assert_eq!(err, "event \"b\" is no longer in the file");
        let append = Op::Append { lanes: vec![], articles: vec![], events: vec![ev("c"), ev("d")] };
        let got = rebase(&[append], &[Op::Truncate { lanes: 0, articles: 0, events: 2 }], &now, find).unwrap();
        let Op::Append { events, .. } = &got[0] else { panic!("{got:?}") };
        assert_eq!(events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["c-2", "d"], "a clashing id gets a suffix");
    }

    #[test]
    fn labels_are_short() {
        assert_eq!(quoted("Biden calls Putin a war criminal at the White House"), "'Biden calls Putin a war criminal…'");
        assert_eq!(quoted(" short "), "'short'");
        assert_eq!(quoted("Biden calls Russian chemical weapons use a real threat"), "'Biden calls Russian chemical…'");
        assert_eq!(quoted(&"x".repeat(40)), format!("'{}…'", "x".repeat(32)));
    }

    #[test]
    fn steps_round_trip_as_json() {
        let ops = vec![Op::Put { at: 2, event: ev("x") }, Op::Truncate { lanes: 0, articles: 1, events: 2 }];
        let json = serde_json::to_string(&ops).unwrap();
        assert_eq!(serde_json::from_str::<Vec<Op>>(&json).unwrap(), ops);
    }
}
