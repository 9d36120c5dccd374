//! The record format (see FORMAT.md). Plain data: no validation here.

use super::record::record;
use serde::{Deserialize, Serialize};

/// Short text kept inline (up to 23 bytes, no heap allocation): the ids, lane
/// ids, dates and actors that every event and source carries. At a million
/// events this saves about 200 MB against one `String` allocation each;
/// longer text falls back to one shared allocation.
pub type SmallText = smol_str::SmolStr;

/// What kind of thing an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Statement,
    Claim,
    Accusation,
    Meeting,
    Decision,
    Attack,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] = [Kind::Statement, Kind::Claim, Kind::Accusation, Kind::Meeting, Kind::Decision, Kind::Attack, Kind::Other];
    pub fn name(self) -> &'static str {
        match self {
            Kind::Statement => "statement",
            Kind::Claim => "claim",
            Kind::Accusation => "accusation",
            Kind::Meeting => "meeting",
            Kind::Decision => "decision",
            Kind::Attack => "attack",
            Kind::Other => "other",
        }
    }
}

/// How far a report has been checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Verification {
    #[default]
    Reported,
    Claimed,
    Unverified,
    Denied,
}

impl Verification {
    pub const ALL: [Verification; 4] = [Verification::Reported, Verification::Claimed, Verification::Unverified, Verification::Denied];
    pub fn name(self) -> &'static str {
        match self {
            Verification::Reported => "reported",
            Verification::Claimed => "claimed",
            Verification::Unverified => "unverified",
            Verification::Denied => "denied",
        }
    }
}

/// How well the date of an event is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Minute,
    Hour,
    #[default]
    Day,
    Week,
    Month,
    Year,
    /// Somewhere between `start` and `end`.
    Range,
    /// On or before `start`.
    Before,
    /// Not known; `start`, if given, is only where the event is listed.
    Unknown,
}

impl Precision {
    pub const ALL: [Precision; 9] = [
        Precision::Minute,
        Precision::Hour,
        Precision::Day,
        Precision::Week,
        Precision::Month,
        Precision::Year,
        Precision::Range,
        Precision::Before,
        Precision::Unknown,
    ];
    pub fn name(self) -> &'static str {
        match self {
            Precision::Minute => "minute",
            Precision::Hour => "hour",
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Range => "range",
            Precision::Before => "before",
            Precision::Unknown => "unknown",
        }
    }
    /// Precisions whose drawing must look uncertain.
    pub fn is_uncertain(self) -> bool {
        !matches!(self, Precision::Minute | Precision::Hour | Precision::Day)
    }
}

record! {
    /// One swim lane: an actor or group of actors.
    pub struct Lane {
        req id: String => "id",
        req label: String => "label",
        /// `#rrggbb`.
        opt color: String => "color",
    }
}

record! {
    /// A news article, split into paragraphs (paragraph 0 is the title line).
    pub struct Article {
        req id: String => "id",
        req title: String => "title",
        opt outlet: String => "outlet",
        opt url: String => "url",
        /// ISO 8601 date or date-time.
        opt published: String => "published",
        /// How the publication date is known when extraction read it from the
        /// text ("from the text, ¶1: …" or "guessed from the text, …").
        opt published_from: String => "published_from",
        req paragraphs: Vec<String> => "paragraphs",
    }
}

record! {
    /// Where an event was reported: an exact quote in one paragraph.
    pub struct Source {
        req article: SmallText => "article",
        req paragraph: usize => "paragraph",
        req quote: Box<str> => "quote",
    }
    /// What a source says of the event where it differs from the event itself:
    /// set only on reports of one event that were merged (see FORMAT.md), so
    /// kept behind one pointer (`source.rare.start`).
    rare SourceRare {
        /// What this source says of the date.
        opt start: SmallText => "start",
        opt end: SmallText => "end",
        opt precision: Precision => "precision",
        /// How this source reports the event.
        opt verification: Verification => "verification",
    }
}

record! {
    /// One real-world event, with every report of it.
    pub struct Event {
        req id: SmallText => "id",
        req lane: SmallText => "lane",
        req title: Box<str> => "title",
        opt actor: SmallText => "actor",
        req kind: Kind => "kind",
        /// ISO 8601 date (`2022-03-24`) or date-time (`2022-03-24T14:30:00Z`).
        opt start: SmallText => "start",
        opt end: SmallText => "end",
        req precision: Precision => "precision",
        req verification: Verification => "verification",
        req sources: Vec<Source> => "sources",
        /// Produced by extraction and not yet reviewed.
        opt draft: bool => "draft",
        /// The words the date was read from, e.g. "on Thursday".
        opt time_cue: SmallText => "time_cue",
    }
    /// The analyst's notes and labels and extraction's proposals: set on few
    /// events, so kept behind one pointer (`event.rare.notes`).
    rare EventRare {
        opt notes: String => "notes",
        /// Proposed by extraction: this draft may report the same real-world
        /// event as the event with this id (confirm or refuse in the window).
        opt same_as: SmallText => "same_as",
        /// Events the analyst said are not this one: never proposed again.
        opt distinct_from: Vec<String> => "distinct_from",
        /// The analyst's free labels, to filter on.
        opt tags: Vec<String> => "tags",
    }
}

record! {
    /// A named view of the timeline, kept in the file so that it travels with
    /// it: the time range, the lanes hidden, the filters, the search and the
    /// selected event.
    pub struct View {
        req name: String => "name",
        /// The time range across the plot: ISO 8601 dates or date-times.
        req from: String => "from",
        req to: String => "to",
        /// Lane ids hidden in this view (ids no longer in the file are ignored).
        opt hidden_lanes: Vec<String> => "hidden_lanes",
        /// Lane ids in the order shown, top to bottom (absent: the file's order;
        /// lanes it leaves out follow in the file's order).
        opt lane_order: Vec<String> => "lane_order",
        /// Lane ids collapsed to one row.
        opt collapsed_lanes: Vec<String> => "collapsed_lanes",
        /// Lane ids drawn as one band per actor.
        opt split_lanes: Vec<String> => "split_lanes",
        opt only_single_source: bool => "only_single_source",
        opt only_contradicted: bool => "only_contradicted",
        /// `drafts` or `reviewed`; absent: both.
        opt review: String => "review",
        opt tag: String => "tag",
        opt search: String => "search",
        /// The id of the event selected.
        opt selected: String => "selected",
    }
}

record! {
    /// A whole file.
    pub struct Dataset {
        opt format: String => "format",
        opt title: String => "title",
        /// Saved views (before the events, so that a large file's fast
        /// reader, which reads everything before the events, keeps them).
        opt views: Vec<View> => "views",
        req lanes: Vec<Lane> => "lanes",
        req articles: Vec<Article> => "articles",
        /// Boxed, so that removing or inserting one moves 8 bytes per later
        /// event rather than the whole record (a million events: ~1 ms, not ~20).
        req events: Vec<Box<Event>> => "events",
    }
}

impl Event {
    pub fn is_draft(&self) -> bool {
        self.draft.unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sizes that memory at a million events rests on (issue 12): one
    /// boxed `Event` each and a `Source` or two. A field added inline to
    /// either shows here; a rarely set one belongs in `EventRare` / `SourceRare`.
    #[test]
    fn record_sizes_are_pinned() {
        assert_eq!(std::mem::size_of::<Event>(), 200, "Event");
        assert_eq!(std::mem::size_of::<Source>(), 56, "Source");
    }
}
