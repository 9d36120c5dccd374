//! A scroll area of rows of different heights (an article's paragraphs) that
//! lays out only the rows in view: each row's height is estimated until it
//! has been drawn once, then remembered, so that a frame costs the rows seen,
//! not the length of the article.

use egui::{Rect, ScrollArea, Ui, UiBuilder};

/// Heights of the rows of one list, as drawn (or estimated), with their tops.
#[derive(Clone, Default)]
struct Heights {
    /// What the heights are of (the list, and the width they were drawn at).
    key: u64,
    height: Vec<f32>,
    /// `tops[i]`: where row `i` starts; `tops[n]`: the whole height.
    tops: Vec<f32>,
    /// A row to centre once the view's height is known.
    pending: Option<usize>,
    /// The height of the view, as last shown.
    view_h: f32,
}

impl Heights {
    fn new(key: u64, height: Vec<f32>) -> Self {
        let mut h = Heights { key, height, tops: Vec::new(), pending: None, view_h: 0.0 };
        h.sum();
        h
    }

    fn sum(&mut self) {
        self.tops.clear();
        self.tops.push(0.0);
        let mut y = 0.0;
        for &h in &self.height {
            y += h;
            self.tops.push(y);
        }
    }

    /// The rows that lie (partly) within `y` (from the top of the list).
    fn rows_within(&self, y: std::ops::RangeInclusive<f32>) -> std::ops::Range<usize> {
        let n = self.height.len();
        let first = self.tops.partition_point(|&t| t <= *y.start()).saturating_sub(1).min(n);
        let last = self.tops.partition_point(|&t| t < *y.end()).min(n);
        first..last.max(first)
    }
}

/// Shows `count` rows in `scroll`, calling `row(ui, i)` only for those in view.
/// `key` names the list and what its heights depend on (e.g. the article and
/// the text width); `estimate(i)` guesses a row's height before it is drawn.
/// `scroll_to`: a row to bring to the middle of the view this frame.
pub fn show_variable_rows(
    ui: &mut Ui,
    scroll: ScrollArea,
    key: u64,
    count: usize,
    estimate: impl Fn(usize) -> f32,
    scroll_to: Option<usize>,
    mut row: impl FnMut(&mut Ui, usize),
) {
    let id = ui.scope_id().with("chronolens-variable-rows");
    let spacing = ui.spacing().item_spacing.y;
    // Taken out and put back: moved, never copied (a long article's heights, every frame).
    let mut heights =
        ui.data_mut(|d| d.remove_temp::<Heights>(id)).filter(|h| h.key == key && h.height.len() == count).unwrap_or_else(|| {
            // Estimated once per list and width: O(rows), not per frame.
            Heights::new(key, (0..count).map(|i| estimate(i) + spacing).collect())
        });
    if let Some(i) = scroll_to.filter(|&i| i < count) {
        heights.pending = Some(i);
    }
    // Centred by the heights known so far, once the view's height is known
    // (never past either end: the scroll area would spring back).
    let target = heights.pending.filter(|_| heights.view_h > 0.0);
    let scroll = match target {
        Some(i) => {
            heights.pending = None;
            let most = (heights.tops[count] - spacing - heights.view_h).max(0.0);
            scroll.vertical_scroll_offset((heights.tops[i] + heights.height[i] / 2.0 - heights.view_h / 2.0).clamp(0.0, most))
        }
        None => scroll,
    };
    let mut changed = false;
    let shown = scroll.show_viewport(ui, |ui, viewport| {
        ui.set_height(heights.tops[count] - spacing);
        let left_top = ui.max_rect().left_top();
        let width = ui.max_rect().width();
        // The first row in view is placed by the heights known; each next one
        // right below the one drawn before it, so that nothing overlaps or
        // gapes in this frame even where a height was only estimated.
        let first = heights.rows_within(viewport.min.y..=viewport.max.y).start;
        let mut y = heights.tops[first];
        for i in first..count {
            if y > viewport.max.y {
                break;
            }
            let rect = Rect::from_min_size(egui::pos2(left_top.x, left_top.y + y), egui::vec2(width, f32::INFINITY));
            let r = ui.scope_builder(UiBuilder::new().max_rect(rect).id_salt(i), |ui| row(ui, i));
            let drawn = r.response.rect.height() + spacing;
            if (drawn - heights.height[i]).abs() > 0.5 {
                heights.height[i] = drawn;
                changed = true;
            }
            y += drawn;
        }
    });
    heights.view_h = shown.inner_rect.height();
    if heights.pending.is_some() {
        // The view's height is known now: scroll to the row in the next frame.
        ui.ctx().request_repaint();
    }
    if changed {
        // For the next frame: the scroll bar's length and the rows' tops.
        heights.sum();
    }
    ui.data_mut(|d| d.insert_temp(id, heights));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_in_view_are_found_from_their_tops() {
        let h = Heights::new(1, vec![10.0, 30.0, 5.0, 100.0]);
        assert_eq!(h.tops, [0.0, 10.0, 40.0, 45.0, 145.0]);
        assert_eq!(h.rows_within(0.0..=9.0), 0..1);
        assert_eq!(h.rows_within(0.0..=10.5), 0..2);
        assert_eq!(h.rows_within(12.0..=44.0), 1..3);
        assert_eq!(h.rows_within(50.0..=60.0), 3..4);
        assert_eq!(h.rows_within(200.0..=300.0), 4..4, "below the end: nothing");
        assert_eq!(Heights::new(1, vec![]).rows_within(0.0..=100.0), 0..0);
    }
}
