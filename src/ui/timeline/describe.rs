//! What the timeline says to a screen reader: the accessible name of each
//! event mark and of each density strip, in words for what a sighted user sees.

use crate::corroborate::Summary;
use crate::model::Loaded;
use crate::model::time::{DAY, floor_to, fmt_day_range, fmt_known_in};
use crate::model::zone::Zone;
use crate::render::style::thousands;

/// "Title; Thu 24 Mar 2022; NATO; statement, reported; reviewed; 2 sources, 1 independent"
/// (and "; sources disagree" where they do): the title first, so that a
/// screen reader's list of marks reads as a chronology. Times are in `zone`,
/// as the tooltip and the source panel show them.
pub fn mark_label(data: &Loaded, e: u32, s: Summary, zone: &Zone) -> String {
    let ev = &data.dataset.events[e as usize];
    let lane = &data.dataset.lanes[data.index.lane_of[e as usize] as usize].label;
    let date = fmt_known_in(ev.precision, data.index.spans[e as usize].get(), zone);
    let review = if ev.is_draft() { "draft, not reviewed" } else { "reviewed" };
    let mut label = format!("{}; {date}; {lane}; {}, {}; {review}; {}", ev.title, ev.kind.name(), ev.verification.name(), s.describe());
    if s.contradicted {
        label.push_str("; sources disagree");
    }
    label
}

/// "NATO: 1,241 events, 24 Jul – 6 Aug 2022; zoom in to see them": a lane drawn
/// as a density strip, with the days its events in `[a, b)` start on.
pub fn density_label(data: &Loaded, lane: u16, a: i64, b: i64) -> String {
    let events = &data.index.lanes[lane as usize];
    let name = &data.dataset.lanes[lane as usize].label;
    let n = events.count_starting(a, b);
    let first = events.lo.partition_point(|&t| t < a);
    let last = events.lo.partition_point(|&t| t < b);
    let days = if n == 0 || last == 0 {
        "none in view".to_owned()
    } else {
        fmt_day_range(floor_to(events.lo[first.min(last - 1)], DAY), floor_to(events.lo[last - 1], DAY))
    };
    format!("{name}: {} event{}, {days}; zoom in to see them", thousands(n), if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_sample;

    #[test]
    fn a_mark_says_title_date_lane_kind_verification_review_and_sources() {
        let data = load_sample();
        let e = data.index.event_ids["S000-01"];
        let one = Summary { sources: 1, independent: 1, contradicted: false };
        assert_eq!(
            mark_label(&data, e, one, &Zone::Utc),
            "Stoltenberg: Russia may use chemical weapons, blame West; Thu 24 Mar 2022; NATO; statement, reported; reviewed; 1 source"
        );
        let disputed = Summary { sources: 3, independent: 2, contradicted: true };
        assert!(mark_label(&data, e, disputed, &Zone::Utc).ends_with("; reviewed; 3 sources, 2 independent; sources disagree"));
    }

    #[test]
    fn a_density_strip_counts_the_events_starting_in_view() {
        let data = load_sample();
        let lane = data.index.lane_of[data.index.event_ids["S000-01"] as usize];
        let events = &data.index.lanes[lane as usize];
        let (a, b) = (events.lo[0], events.lo[events.lo.len() - 1] + 1);
        let label = density_label(&data, lane, a, b);
        let n = events.lo.len();
        assert!(label.starts_with(&format!("NATO: {n} event{}, ", if n == 1 { "" } else { "s" })), "{label}");
        assert!(label.ends_with("; zoom in to see them"), "{label}");
        assert!(label.contains(&fmt_day_range(floor_to(a, DAY), floor_to(b - 1, DAY))), "{label}");
        assert!(density_label(&data, lane, 0, 1).contains(": 0 events, none in view"));
    }
}
