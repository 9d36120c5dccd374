//! What the timeline, the keyboard stepping and the chronology show: the
//! filters on sources, review state and tags (lanes are shown or hidden
//! apart). Checked per event drawn, never over all events per frame.

use crate::corroborate::Summaries;
use crate::model::Loaded;
use std::cell::RefCell;

/// Drafts only, reviewed events only, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReviewState {
    #[default]
    All,
    Drafts,
    Reviewed,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewFilter {
    /// Only events with one independent source.
    pub single_source: bool,
    /// Only events whose sources disagree.
    pub contradicted: bool,
    pub review: ReviewState,
    /// Only events with this tag (compared without case).
    pub tag: Option<String>,
}

impl ViewFilter {
    pub fn is_active(&self) -> bool {
        *self != ViewFilter::default()
    }

    /// What is filtered, for the status bar: "showing only drafts, tagged “x”".
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        match self.review {
            ReviewState::All => {}
            ReviewState::Drafts => parts.push("drafts".to_owned()),
            ReviewState::Reviewed => parts.push("reviewed events".to_owned()),
        }
        if self.single_source {
            parts.push("single-source events".into());
        }
        if self.contradicted {
            parts.push("events whose sources disagree".into());
        }
        if let Some(t) = &self.tag {
            parts.push(format!("events tagged “{t}”"));
        }
        (!parts.is_empty()).then(|| format!("showing only {}", parts.join(" and ")))
    }
}

/// The filter as the timeline asks it: `None` when nothing is filtered.
pub fn event_filter<'a>(summaries: &'a RefCell<Summaries>, data: &'a Loaded, f: &'a ViewFilter) -> Option<impl Fn(u32) -> bool + 'a> {
    f.is_active().then_some(move |e: u32| {
        let ev = &data.dataset.events[e as usize];
        let review = match f.review {
            ReviewState::All => true,
            ReviewState::Drafts => ev.is_draft(),
            ReviewState::Reviewed => !ev.is_draft(),
        };
        let tagged = f.tag.as_ref().is_none_or(|t| ev.rare.tags.iter().flatten().any(|x| x.eq_ignore_ascii_case(t)));
        if !(review && tagged) {
            return false;
        }
        if !(f.single_source || f.contradicted) {
            return true;
        }
        let s = summaries.borrow_mut().get(&data.dataset, &data.index, e);
        (!f.single_source || s.independent <= 1) && (!f.contradicted || s.contradicted)
    })
}
