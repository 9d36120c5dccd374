//! The time ↔ x mapping, zoom and pan. Pure f64 arithmetic: at one second per
//! pixel a 2022 timestamp still keeps sub-microsecond precision.

use crate::model::time::{DAY, MAX_SECS, MIN_SECS};

/// Narrowest zoom: this many seconds per pixel (a minute spans 600 px).
pub const MIN_SECS_PER_PX: f64 = 0.1;

/// Which instant is at the left edge, and how many seconds a pixel covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeView {
    /// Seconds since the epoch (UTC) at x = 0.
    pub t0: f64,
    pub secs_per_px: f64,
}

impl Default for TimeView {
    fn default() -> Self {
        // 2022-03-01, one day per 60 px: only used before any data is loaded.
        Self { t0: 1_646_092_800.0, secs_per_px: DAY as f64 / 60.0 }
    }
}

impl TimeView {
    /// x (pixels from the left edge of the plot) of instant `t`.
    pub fn x(&self, t: f64) -> f64 {
        (t - self.t0) / self.secs_per_px
    }

    /// Instant at x pixels from the left edge.
    pub fn t(&self, x: f64) -> f64 {
        self.t0 + x * self.secs_per_px
    }

    /// The time range covered by a plot `width` pixels wide, rounded outwards.
    pub fn visible(&self, width: f64) -> (i64, i64) {
        (self.t0.floor() as i64, self.t(width).ceil() as i64)
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the instant under `x` in place.
    pub fn zoom_around(&mut self, x: f64, factor: f64, width: f64) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let anchor = self.t(x);
        let spp = (self.secs_per_px * factor).clamp(MIN_SECS_PER_PX, max_secs_per_px(width));
        self.secs_per_px = spp;
        self.t0 = anchor - x * spp;
        self.clamp(width);
    }

    /// Moves the content right by `dx` pixels (drag to the right = go back in time).
    pub fn pan(&mut self, dx: f64, width: f64) {
        if dx.is_finite() {
            self.t0 -= dx * self.secs_per_px;
            self.clamp(width);
        }
    }

    /// Shows `[lo, hi)` with `margin_px` free on both sides; at least `min_secs` wide.
    pub fn fit(lo: i64, hi: i64, width: f64, margin_px: f64, min_secs: f64) -> Self {
        Self::fit_margins(lo, hi, width, margin_px, margin_px, min_secs)
    }

    /// Like `fit`, with different margins left and right (labels extend to the right).
    pub fn fit_margins(lo: i64, hi: i64, width: f64, left_px: f64, right_px: f64, min_secs: f64) -> Self {
        // On a narrow plot the margins give way: together at most half the width.
        let k = if left_px + right_px > width * 0.5 { width * 0.5 / (left_px + right_px) } else { 1.0 };
        let (left_px, right_px) = (left_px * k, right_px * k);
        let usable = (width - left_px - right_px).max(1.0);
        let len = ((hi - lo) as f64).max(min_secs);
        let secs_per_px = (len / usable).clamp(MIN_SECS_PER_PX, max_secs_per_px(width));
        let start = if (hi - lo) as f64 >= min_secs { lo as f64 } else { (lo as f64 + hi as f64) / 2.0 - len / 2.0 };
        let mut view = Self { t0: start - left_px * secs_per_px, secs_per_px };
        view.clamp(width);
        view
    }

    /// Centres `t` if it is outside the middle of the plot; keeps the zoom.
    pub fn bring_into_view(&mut self, lo: f64, hi: f64, width: f64) {
        let margin = width * 0.1;
        if self.x(lo) < margin || self.x(hi) > width - margin {
            self.t0 = (lo + hi) / 2.0 - width / 2.0 * self.secs_per_px;
            self.clamp(width);
        }
    }

    fn clamp(&mut self, width: f64) {
        self.secs_per_px = self.secs_per_px.clamp(MIN_SECS_PER_PX, max_secs_per_px(width));
        let max_t0 = MAX_SECS as f64 - width * self.secs_per_px;
        self.t0 = self.t0.clamp(MIN_SECS as f64, max_t0.max(MIN_SECS as f64));
    }
}

/// Widest zoom: the whole supported calendar across the plot.
fn max_secs_per_px(width: f64) -> f64 {
    (MAX_SECS - MIN_SECS) as f64 / width.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_and_t_are_inverse() {
        let v = TimeView { t0: 1_648_080_000.0, secs_per_px: 37.5 };
        for x in [0.0, 1.0, 123.456, 1920.0, -50.0] {
            assert!((v.x(v.t(x)) - x).abs() < 1e-6);
        }
        assert_eq!(v.x(1_648_080_000.0 + 3750.0), 100.0);
    }

    #[test]
    fn zoom_keeps_the_instant_under_the_pointer() {
        let mut v = TimeView { t0: 1_648_080_000.0, secs_per_px: 600.0 };
        let before = v.t(300.0);
        v.zoom_around(300.0, 0.5, 1000.0);
        assert_eq!(v.secs_per_px, 300.0);
        assert!((v.t(300.0) - before).abs() < 1e-6);
    }

    #[test]
    fn deep_zoom_stays_exact() {
        let mut v = TimeView { t0: 1_648_080_000.0, secs_per_px: 86_400.0 };
        for _ in 0..200 {
            v.zoom_around(512.0, 0.8, 1000.0);
        }
        assert_eq!(v.secs_per_px, MIN_SECS_PER_PX);
        // One second is still ten distinct pixels apart, and positions stay exact.
        let t = v.t(512.0).round();
        assert!((v.x(t + 1.0) - v.x(t) - 10.0).abs() < 1e-6);
    }

    #[test]
    fn zoom_and_pan_are_limited() {
        let mut v = TimeView::default();
        v.zoom_around(0.0, 1e30, 1000.0);
        assert!(v.secs_per_px <= (MAX_SECS - MIN_SECS) as f64 / 1000.0 + 1.0);
        assert!(v.t0 >= MIN_SECS as f64);
        v.pan(-1e30, 1000.0);
        assert!(v.t(1000.0) <= MAX_SECS as f64 + 1.0);
        v.zoom_around(0.0, f64::NAN, 1000.0);
        assert!(v.secs_per_px.is_finite());
    }

    #[test]
    fn fit_shows_the_whole_span_with_margins() {
        let (lo, hi) = (1_647_820_800, 1_648_252_800); // 21..26 Mar 2022
        let v = TimeView::fit(lo, hi, 1000.0, 40.0, 0.0);
        assert!(v.x(lo as f64) >= 39.9 && v.x(hi as f64) <= 960.1, "{} {}", v.x(lo as f64), v.x(hi as f64));
        // A single instant still gets a sensible window.
        let one = TimeView::fit(lo, lo, 1000.0, 40.0, DAY as f64);
        assert!((one.secs_per_px - DAY as f64 / 920.0).abs() < 1e-6);
        assert!((one.x(lo as f64) - 500.0).abs() < 1e-6, "a lone instant is centred");
        // Room for labels on the right.
        let v = TimeView::fit_margins(lo, hi, 1000.0, 30.0, 250.0, 0.0);
        assert!((v.x(lo as f64) - 30.0).abs() < 1e-6 && (v.x(hi as f64) - 750.0).abs() < 1e-6);
    }
}
