//! Where an event's mark goes at the current zoom, from what is known of its date.

use crate::model::{Precision, Span};
use crate::timeline::TimeView;

use crate::render::marks::MARK_R;

/// Length of the "on or before" whisker, in points.
pub const BEFORE_WHISKER: f32 = 44.0;
/// Whiskers drawn on an uncertain mark whose span is narrower than the mark.
pub const SHORT_WHISKER: f32 = 7.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MarkKind {
    /// Point-like and certain.
    Point,
    /// A certain duration, wide enough to show as a bar.
    SolidBar,
    /// Uncertain span (range, week, month, year): faded bar with whisker caps.
    FadedBar,
    /// Uncertain span narrower than the mark: mark with short whiskers.
    FadedPoint,
    /// Known only as "on or before": a whisker reaching back in time.
    Before,
    /// Date unknown, listed at a reference date.
    Unknown,
}

/// A mark in plot coordinates (x from the plot's left edge).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkGeom {
    pub kind: MarkKind,
    /// Extent for stacking and hit-testing, label excluded.
    pub x0: f32,
    pub x1: f32,
    /// Centre of the kind icon.
    pub icon_x: f32,
    /// Bar extent, for the bar kinds.
    pub bar: (f32, f32),
}

impl MarkGeom {
    /// A bar that starts left of the plot's edge keeps its icon (and so its
    /// label) at the edge while the bar is in view, instead of scrolling them
    /// out with its start: a month seen hour by hour still says what it is.
    pub fn icon_in_view(mut self) -> Self {
        if matches!(self.kind, MarkKind::SolidBar | MarkKind::FadedBar) && self.x0 < 0.0 {
            let r = MARK_R + 1.5;
            self.icon_x = self.icon_x.max((r + 2.0).min(self.x1 - r - 2.0));
        }
        self
    }
}

pub fn mark_geometry(precision: Precision, span: Span, view: &TimeView) -> MarkGeom {
    let lo = view.x(span.lo as f64) as f32;
    let hi = view.x(span.hi as f64) as f32;
    let mid = (lo + hi) / 2.0;
    let r = MARK_R + 1.5;
    let wide = hi - lo >= 2.0 * r + 4.0;
    match precision {
        Precision::Minute | Precision::Hour | Precision::Day => {
            if wide {
                MarkGeom { kind: MarkKind::SolidBar, x0: lo, x1: hi, icon_x: lo + r + 2.0, bar: (lo, hi) }
            } else {
                MarkGeom { kind: MarkKind::Point, x0: mid - r, x1: mid + r, icon_x: mid, bar: (mid, mid) }
            }
        }
        Precision::Week | Precision::Month | Precision::Year | Precision::Range => {
            if wide {
                // The icon sits at the start, like a solid bar: a centred icon would
                // read as a best estimate that the data does not give.
                MarkGeom { kind: MarkKind::FadedBar, x0: lo, x1: hi, icon_x: lo + r + 2.0, bar: (lo, hi) }
            } else {
                let w = r + SHORT_WHISKER;
                MarkGeom { kind: MarkKind::FadedPoint, x0: mid - w, x1: mid + w, icon_x: mid, bar: (lo, hi) }
            }
        }
        Precision::Before => {
            // The anchor day is the latest possible date; the mark sits at its end.
            let anchor = if wide { hi - r } else { mid };
            MarkGeom { kind: MarkKind::Before, x0: anchor - r - BEFORE_WHISKER, x1: anchor + r, icon_x: anchor, bar: (lo, hi) }
        }
        Precision::Unknown => MarkGeom { kind: MarkKind::Unknown, x0: mid - r, x1: mid + r + 10.0, icon_x: mid, bar: (mid, mid) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::DAY;

    const D: i64 = 1_648_080_000; // 24 Mar 2022

    #[test]
    fn a_day_is_a_point_when_narrow_and_a_bar_when_wide() {
        let span = Span { lo: D, hi: D + DAY };
        let coarse = TimeView { t0: (D - 10 * DAY) as f64, secs_per_px: DAY as f64 / 4.0 };
        let g = mark_geometry(Precision::Day, span, &coarse);
        assert_eq!(g.kind, MarkKind::Point);
        assert!((g.icon_x - 42.0).abs() < 1e-3, "centre of the day, not its midnight");
        let fine = TimeView { t0: (D - DAY) as f64, secs_per_px: DAY as f64 / 200.0 };
        let g = mark_geometry(Precision::Day, span, &fine);
        assert_eq!(g.kind, MarkKind::SolidBar);
        assert_eq!((g.x0, g.x1), (200.0, 400.0));
    }

    #[test]
    fn a_bar_begun_before_the_view_keeps_its_icon_at_the_edge() {
        let span = Span { lo: D, hi: D + DAY };
        let view = TimeView { t0: (D + DAY / 2) as f64, secs_per_px: DAY as f64 / 400.0 };
        let g = mark_geometry(Precision::Day, span, &view);
        assert_eq!((g.x0, g.x1), (-200.0, 200.0));
        assert!(g.icon_x < 0.0);
        let kept = g.icon_in_view();
        assert_eq!((kept.x0, kept.x1, kept.kind), (g.x0, g.x1, g.kind), "only the icon moves");
        assert!(kept.icon_x > 0.0 && kept.icon_x < 12.0, "{}", kept.icon_x);
        // Nearly scrolled out: the icon stays inside what is left of the bar.
        let late = TimeView { t0: (D + DAY - DAY / 100) as f64, ..view };
        let g = mark_geometry(Precision::Day, span, &late).icon_in_view();
        assert!(g.icon_x <= g.x1, "{} within {}", g.icon_x, g.x1);
        // A bar in view and a point are left as they are.
        let inside = mark_geometry(Precision::Day, span, &TimeView { t0: (D - DAY) as f64, ..view });
        assert_eq!(inside.icon_in_view(), inside);
    }

    #[test]
    fn uncertain_dates_never_look_like_points() {
        let view = TimeView { t0: (D - 10 * DAY) as f64, secs_per_px: DAY as f64 / 4.0 };
        let range = mark_geometry(Precision::Range, Span { lo: D, hi: D + 3 * DAY }, &view);
        assert_ne!(range.kind, MarkKind::Point);
        let before = mark_geometry(Precision::Before, Span { lo: D, hi: D + DAY }, &view);
        assert_eq!(before.kind, MarkKind::Before);
        assert!(before.x1 - before.x0 > BEFORE_WHISKER, "the whisker reaches back in time");
        let week = mark_geometry(Precision::Week, Span { lo: D, hi: D + 7 * DAY }, &view);
        assert_eq!(week.kind, MarkKind::FadedBar);
        assert_eq!((week.x0, week.x1), (40.0, 68.0));
    }
}
