//! Merging reports of one event, keeping them apart, splitting a source off,
//! and the filters on sources: each change undoable like any other.

use super::editing::labelled;
use super::*;
use crate::corroborate::{merge_events, split_source};
use crate::model::history::Op;
use crate::ui::corroboration_panel::CorroborationOutput;

impl ChronolensApp {
    /// Carries out what the corroboration part of the panel asked for;
    /// `true` when the selection changed (the panel is stale).
    pub(super) fn corroborate_action(&mut self, out: CorroborationOutput, sel: u32) -> bool {
        if out.cancel_merge {
            self.merge_from = None;
        }
        if let Some((kept, other, other_lane_ok)) = out.merge {
            self.merge(kept, other, other_lane_ok);
            return true;
        }
        if let Some(d) = out.keep_separate {
            self.keep_separate(d);
        }
        if let Some(k) = out.split {
            self.split_off(sel, k);
            return true;
        }
        if let Some(e) = out.show {
            self.select(Some(e));
            return true;
        }
        false
    }

    /// Joins event `other` into `kept` (see `corroborate::merge_events`);
    /// refused with the reason when no date fits every source.
    pub fn merge(&mut self, kept: u32, other: u32, other_lane_ok: bool) {
        let ds = &self.data.dataset;
        let merged = match merge_events(&ds.events[kept as usize], &ds.events[other as usize], other_lane_ok) {
            Ok(m) => m,
            Err(reason) => return self.fail("Could not merge the events.", reason),
        };
        let label = labelled("Merge", &ds.events[other as usize].title);
        let conflicts = merged.conflicts.clone();
        match self.change(label, vec![Op::Put { at: kept, event: merged.event }, Op::Remove { at: other }]) {
            Ok(_) => {
                let now = if other < kept { kept - 1 } else { kept };
                self.select(Some(now));
                let n = self.data.dataset.events[now as usize].sources.len();
                self.notice = Some(if conflicts.is_empty() {
                    format!("merged: the event now has {n} sources")
                } else {
                    format!("merged: {n} sources; kept this event's {}", conflicts.join("; "))
                });
            }
            Err(msg) => self.fail("Could not merge the events.", msg),
        }
    }

    /// Draft `d` is not the event it was proposed to be: the proposal goes
    /// and is never made again.
    pub fn keep_separate(&mut self, d: u32) {
        let mut ev = (*self.data.dataset.events[d as usize]).clone();
        let Some(target) = ev.rare.same_as.take() else { return };
        let mut apart = ev.rare.distinct_from.take().unwrap_or_default();
        if !apart.iter().any(|a| *a == target) {
            apart.push(target.to_string());
        }
        ev.rare.distinct_from = Some(apart);
        let label = labelled("Keep separate", &ev.title);
        if let Err(msg) = self.change(label, vec![Op::Put { at: d, event: ev }]) {
            self.fail("Could not keep the events separate.", msg);
        }
    }

    /// Source `k` of event `e` becomes an event of its own, dated and
    /// verified as that source said.
    pub fn split_off(&mut self, e: u32, k: usize) {
        let ev = &self.data.dataset.events[e as usize];
        let id = self.data.fresh_event_id(&format!("{}-split-", ev.id));
        let (rest, alone) = match split_source(ev, k, &id) {
            Ok(x) => x,
            Err(reason) => return self.fail("Could not split the source off.", reason),
        };
        let label = labelled("Split off", &alone.title);
        let ops = vec![Op::Put { at: e, event: rest }, Op::Append { lanes: Vec::new(), articles: Vec::new(), events: vec![alone] }];
        match self.change(label, ops) {
            Ok(_) => {
                let new = self.data.dataset.events.len() as u32 - 1;
                self.select(Some(new));
                self.notice = Some("split off: the source is now an event of its own".into());
            }
            Err(msg) => self.fail("Could not split the source off.", msg),
        }
    }
}
