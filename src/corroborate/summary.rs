//! Per event: how many sources, how many independent, whether they disagree.
//! Computed when an event is first shown and kept until the data changes, so
//! a frame only pays for events it has not shown before.

use super::contradictions::contradictions;
use super::copies::{Fingerprints, Origins, origins};
use crate::model::{Dataset, EventIndex};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub sources: usize,
    pub independent: usize,
    pub contradicted: bool,
}

impl Summary {
    /// "3 sources, 2 independent", "1 source".
    pub fn describe(&self) -> String {
        match (self.sources, self.independent) {
            (1, _) => "1 source".to_owned(),
            (n, k) if n == k => format!("{n} independent sources"),
            (n, k) => format!("{n} sources, {k} independent"),
        }
    }
}

/// Summaries of the events shown so far. Clear it when the data changes.
#[derive(Default)]
pub struct Summaries {
    by_event: HashMap<u32, Summary>,
    prints: Fingerprints,
    /// Event id → the drafts proposed as further reports of it (`same_as`);
    /// built on first use after a change.
    proposals: Option<HashMap<String, Vec<u32>>>,
    /// The number of articles the fingerprints were taken with.
    articles_seen: usize,
}

impl Summaries {
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Forgets what was learned about events after a change to `ds`. Article
    /// fingerprints stay while the list of articles is as long as it was:
    /// articles are only ever added at its end or taken from it.
    pub fn changed(&mut self, ds: &Dataset) {
        if self.articles_seen != ds.articles.len() {
            self.prints = Fingerprints::default();
            self.articles_seen = ds.articles.len();
        }
        self.by_event.clear();
        self.proposals = None;
    }

    /// Forgets what was learned about these events (after they changed);
    /// article fingerprints stay, articles do not change.
    pub fn forget(&mut self, events: impl IntoIterator<Item = u32>) {
        for e in events {
            self.by_event.remove(&e);
        }
        self.proposals = None;
    }

    /// The drafts proposed as further reports of event `e`.
    pub fn proposals_for(&mut self, ds: &Dataset, e: u32) -> &[u32] {
        let map = self.proposals.get_or_insert_with(|| {
            let mut map: HashMap<String, Vec<u32>> = HashMap::new();
            for (k, ev) in ds.events.iter().enumerate() {
                if let Some(target) = &ev.rare.same_as {
                    map.entry(target.to_string()).or_default().push(k as u32);
                }
            }
            map
        });
        map.get(ds.events[e as usize].id.as_str()).map_or(&[], |v| v.as_slice())
    }

    pub fn get(&mut self, ds: &Dataset, index: &EventIndex, e: u32) -> Summary {
        if let Some(s) = self.by_event.get(&e) {
            return *s;
        }
        let ev = &ds.events[e as usize];
        let s = if ev.sources.len() < 2 {
            Summary { sources: ev.sources.len(), independent: ev.sources.len(), contradicted: false }
        } else {
            let o = self.origins(ds, index, e);
            Summary { sources: ev.sources.len(), independent: o.independent, contradicted: !contradictions(ev).is_empty() }
        };
        self.by_event.insert(e, s);
        s
    }

    /// The sources of event `e` grouped by origin.
    pub fn origins(&mut self, ds: &Dataset, index: &EventIndex, e: u32) -> Origins {
        let articles: Vec<u32> =
            ds.events[e as usize].sources.iter().filter_map(|s| index.article_ids.get(s.article.as_str()).copied()).collect();
        origins(ds, &articles, &mut self.prints)
    }
}
