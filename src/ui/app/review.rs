//! Working through drafts: the next draft in time order with a count, accept
//! / reject / edit from the keyboard (each moves on to the next draft), and
//! accepting or rejecting every draft shown at once, as one undoable change.
//! Also the filter menu (review state, tags) and the counts behind it.

use super::filters::{ReviewState, event_filter};
use super::*;
use crate::model::Event;
use crate::model::history::Op;

/// Per tag in lower case: the way it is shown (as first written in file
/// order) and how many times each way of writing it occurs.
pub type TagCasings = std::collections::BTreeMap<String, (String, std::collections::BTreeMap<String, usize>)>;

impl ChronolensApp {
    /// Recounts drafts and tags (after a load: O(events), once).
    pub(super) fn recount(&mut self) {
        let events = &self.data.dataset.events;
        self.drafts_left = events.iter().filter(|e| e.is_draft()).count();
        let mut tags = TagCasings::default();
        for t in events.iter().filter_map(|e| e.rare.tags.as_ref()).flatten() {
            // The first way of writing it in file order is the one shown.
            let (_, casings) = tags.entry(t.to_lowercase()).or_insert_with(|| (t.clone(), Default::default()));
            *casings.entry(t.clone()).or_default() += 1;
        }
        self.tag_casings = tags;
        self.tags_counted();
    }

    /// Brings the drafts and tag counts up to date after a change, from the
    /// events it added (`ops`) and those it replaced or removed (`inverse`,
    /// the steps that take it back): O(events changed), not O(events).
    pub(super) fn count_change(&mut self, ops: &[Op], inverse: &[Op]) {
        fn added(op: &Op) -> &[Event] {
            match op {
                Op::Put { event, .. } | Op::Insert { event, .. } => std::slice::from_ref(event),
                Op::Append { events, .. } => events,
                _ => &[],
            }
        }
        let gained = ops.iter().flat_map(added);
        let lost = inverse.iter().flat_map(added);
        let drafts = |events: &mut dyn Iterator<Item = &Event>| events.filter(|e| e.is_draft()).count();
        self.drafts_left = (self.drafts_left + drafts(&mut gained.clone())).saturating_sub(drafts(&mut lost.clone()));
        // Each tag as written, with how many more (or fewer) events carry it.
        let mut delta: std::collections::BTreeMap<&str, isize> = Default::default();
        for (events, d) in [(gained.collect::<Vec<_>>(), 1), (lost.collect::<Vec<_>>(), -1)] {
            for t in events.into_iter().filter_map(|e| e.rare.tags.as_ref()).flatten() {
                *delta.entry(t.as_str()).or_default() += d;
            }
        }
        delta.retain(|_, d| *d != 0);
        if delta.is_empty() {
            return;
        }
        let mut recount = false;
        for (&tag, &d) in &delta {
            let key = tag.to_lowercase();
            let (_, casings) = self.tag_casings.entry(key.clone()).or_insert_with(|| (tag.to_owned(), Default::default()));
            let n = casings.entry(tag.to_owned()).or_default();
            *n = n.checked_add_signed(d).unwrap_or(0);
            casings.retain(|_, n| *n > 0);
            match casings.len() {
                0 => drop(self.tag_casings.remove(&key)),
                1 => {
                    let only = casings.keys().next().expect("one").clone();
                    self.tag_casings.get_mut(&key).expect("present").0 = only;
                }
                // Written several ways: the one shown is the first in file
                // order, which only a look at every event tells (rare).
                _ => recount = true,
            }
        }
        if recount {
            self.recount();
        } else {
            self.tags_counted();
        }
    }

    /// `tag_counts` from `tag_casings`; a tag filter on a tag no event has any more is dropped.
    fn tags_counted(&mut self) {
        self.tag_counts = self.tag_casings.values().map(|(display, casings)| (display.clone(), casings.values().sum())).collect();
        if let Some(t) = &self.filter.tag
            && !self.tag_counts.iter().any(|(x, _)| x.eq_ignore_ascii_case(t))
        {
            self.filter.tag = None; // the last event with that tag is gone
        }
    }

    /// The draft after (or before) `from` in time among the events shown;
    /// undated drafts come after the dated ones.
    fn draft_after(&self, from: Option<u32>, forward: bool) -> Option<u32> {
        let keep = event_filter(&self.corroboration, &self.data, &self.filter);
        let ds = &self.data.dataset;
        let shown = |e: u32| ds.events[e as usize].is_draft() && self.lane_visible(e) && keep.as_ref().is_none_or(|k| k(e));
        let from_undated = from.is_some_and(|e| self.data.index.time_rank[e as usize] == u32::MAX);
        let undated = &self.data.index.undated;
        if from_undated {
            // Among the undated, in file order; going back from the first reaches the dated ones.
            let at = undated.iter().position(|&e| Some(e) == from).unwrap_or(0);
            return if forward {
                undated[at + 1..].iter().copied().find(|&e| shown(e))
            } else {
                undated[..at].iter().rev().copied().find(|&e| shown(e)).or_else(|| self.data.index.step(None, false, shown))
            };
        }
        let dated = self.data.index.step(from, forward, shown);
        // Undated drafts come after every dated one.
        dated.or_else(|| if forward { undated.iter().copied().find(|&e| shown(e)) } else { None })
    }

    /// Selects the next (or previous) draft in time order among the events shown.
    pub fn next_draft(&mut self, forward: bool) {
        match self.draft_after(self.selected, forward) {
            Some(e) => self.select(Some(e)),
            None => self.notice = Some("no more drafts to review among the events shown".into()),
        }
    }

    /// Accepts the selected draft and moves on to the next one.
    pub(super) fn accept_and_next(&mut self) {
        let Some(e) = self.selected.filter(|&e| self.data.dataset.events[e as usize].is_draft()) else { return };
        self.accept(e);
        self.next_draft(true);
    }

    /// Rejects the selected draft and moves on to the draft after it.
    pub(super) fn reject_and_next(&mut self) {
        let Some(e) = self.selected.filter(|&e| self.data.dataset.events[e as usize].is_draft()) else { return };
        // Found by id: removing an event renumbers the ones after it.
        let next = self.draft_after(Some(e), true).map(|n| self.data.dataset.events[n as usize].id.clone());
        self.reject(e);
        match next.and_then(|id| self.data.index.event_ids.get(&id).copied()) {
            Some(n) => self.select(Some(n)),
            None => self.notice = Some("no more drafts to review among the events shown".into()),
        }
    }

    /// The drafts the timeline shows (visible lanes, filters).
    pub fn shown_drafts(&self) -> Vec<u32> {
        let keep = event_filter(&self.corroboration, &self.data, &self.filter);
        (0..self.data.dataset.events.len() as u32)
            .filter(|&e| self.data.dataset.events[e as usize].is_draft() && self.lane_visible(e) && keep.as_ref().is_none_or(|k| k(e)))
            .collect()
    }

    /// Accepts or rejects every draft in `events` as one change.
    pub fn bulk_review(&mut self, accept: bool, mut events: Vec<u32>) {
        let n = events.len();
        let ops: Vec<Op> = if accept {
            events
                .iter()
                .map(|&e| {
                    let mut ev = (*self.data.dataset.events[e as usize]).clone();
                    ev.draft = None;
                    Op::Put { at: e, event: ev }
                })
                .collect()
        } else {
            // From the end, so that each removal leaves the numbers still to come valid.
            events.sort_unstable_by(|a, b| b.cmp(a));
            events.iter().map(|&e| Op::Remove { at: e }).collect()
        };
        let verb = if accept { "Accept" } else { "Reject" };
        let label = format!("{verb} {n} draft{}", if n == 1 { "" } else { "s" });
        match self.change(label, ops) {
            Ok(_) => {
                if !accept {
                    self.selected = None;
                    self.editing = None;
                }
                self.notice = Some(format!("{}ed {n} drafts (Edit > Undo takes it back)", verb.to_lowercase()));
            }
            Err(msg) => self.fail("Could not review the drafts.", msg),
        }
    }

    /// The review part of the toolbar: drafts left, next / previous, all shown.
    pub(super) fn review_bar(&mut self, ui: &mut Ui) {
        if self.drafts_left == 0 {
            return;
        }
        ui.separator();
        let n = self.drafts_left;
        ui.label(format!("{} draft{} left", crate::render::style::thousands(n), if n == 1 { "" } else { "s" }));
        if ui.button("Previous").on_hover_text("Previous draft in time (Shift+N)").clicked() {
            self.next_draft(false);
        }
        if ui.button("Next draft").on_hover_text("Next draft in time (N); then A accepts, R rejects, E edits").clicked() {
            self.next_draft(true);
        }
        ui.menu_button("All shown…", |ui| {
            if ui.button("Accept all drafts shown…").clicked() {
                self.confirm_bulk = Some((true, self.shown_drafts()));
                ui.close();
            }
            if ui.button("Reject all drafts shown…").clicked() {
                self.confirm_bulk = Some((false, self.shown_drafts()));
                ui.close();
            }
        });
    }

    /// Filters on review state and tags, in a drop-down.
    pub(super) fn filter_menu(&mut self, ui: &mut Ui) {
        let label = if self.filter.review != ReviewState::All || self.filter.tag.is_some() { "Filter (on)" } else { "Filter" };
        ui.menu_button(label, |ui| {
            ui.label(RichText::new("Review").strong());
            ui.radio_value(&mut self.filter.review, ReviewState::All, "drafts and reviewed");
            ui.radio_value(&mut self.filter.review, ReviewState::Drafts, format!("drafts only ({})", self.drafts_left));
            ui.radio_value(&mut self.filter.review, ReviewState::Reviewed, "reviewed only");
            ui.separator();
            ui.label(RichText::new("Tag").strong());
            if self.tag_counts.is_empty() {
                ui.weak("no tags yet: add them with Edit… in the source panel");
            }
            if ui.radio(self.filter.tag.is_none(), "any").clicked() {
                self.filter.tag = None;
            }
            for (t, n) in self.tag_counts.clone() {
                let on = self.filter.tag.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(&t));
                if ui.radio(on, format!("{t} ({n})")).clicked() {
                    self.filter.tag = Some(t);
                }
            }
            ui.separator();
            if ui.button("Clear all filters").clicked() {
                self.filter = Default::default();
                ui.close();
            }
        });
    }

    /// "Accept / reject N drafts?" asked before a bulk review.
    pub(super) fn bulk_dialog(&mut self, ui: &mut Ui) {
        let Some((accept, events)) = self.confirm_bulk.clone() else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("bulk-review")).show(ui.ctx(), |ui| {
            let verb = if accept { "Accept" } else { "Reject" };
            ui.heading(format!("{verb} {} drafts?", events.len()));
            ui.label(if accept {
                "Every draft shown (visible lanes and filters) is marked as reviewed."
            } else {
                "Every draft shown (visible lanes and filters) is removed."
            });
            ui.label("Edit > Undo takes it back in one step.");
            ui.horizontal(|ui| {
                let go = ui.add_enabled(!events.is_empty(), egui::Button::new(format!("{verb} {}", events.len())));
                if go.clicked() {
                    answer = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.confirm_bulk = None;
                self.bulk_review(accept, events);
            }
            Some(false) => self.confirm_bulk = None,
            None => {}
        }
    }
}
