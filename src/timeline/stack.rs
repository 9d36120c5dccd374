//! Overlap stacking: events of one lane that would overlap on screen go to
//! separate sub-rows, and labels are given only the room that is really free,
//! so no label is ever drawn over another label or marker.

/// One visible event, in pixels (sorted by `x0` for best results).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub event: u32,
    /// Extent of the mark itself.
    pub x0: f32,
    pub x1: f32,
    /// Where the label starts (right of a point mark, or after the icon inside a bar).
    pub label_x: f32,
    /// Width the full label would need (0: no label).
    pub label_w: f32,
}

impl Item {
    /// Right end of the mark with its full label.
    pub fn end_with_label(&self) -> f32 {
        if self.label_w > 0.0 { self.x1.max(self.label_x + self.label_w) } else { self.x1 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub item: Item,
    pub row: u16,
    /// Width available for the label from `label_x`: the full `label_w`,
    /// less (truncate it), or 0 (no label).
    pub label_room: f32,
    /// The mark overlaps another one because the lane ran out of rows.
    pub overflow: bool,
}

/// Gap between a mark and its label, and between neighbours.
pub const GAP: f32 = 4.0;
/// A label is worth drawing truncated only with at least this much room.
pub const MIN_LABEL_ROOM: f32 = 36.0;

/// Reusable buffers, so stacking allocates nothing once warmed up.
#[derive(Debug, Default)]
pub struct Stacker {
    /// Per row: where it is taken up to (stacking), then where the next mark
    /// to the right starts (fitting labels).
    row_end: Vec<f32>,
}

impl Stacker {
    /// Places `items` into at most `max_rows` rows; returns the number of rows used.
    pub fn stack(&mut self, items: &[Item], max_rows: usize, out: &mut Vec<Placed>) -> usize {
        out.clear();
        let max_rows = max_rows.max(1);
        // First try: every label at full width, as long as the rows suffice.
        if let Some(rows) = self.greedy(items, max_rows, true, out) {
            return rows;
        }
        out.clear();
        let rows = self.greedy(items, max_rows, false, out).unwrap_or(max_rows);
        self.fit_labels(out, rows);
        rows
    }

    /// The rows the marks alone need, so that none overlaps another (labels
    /// left out), at most `max_rows`.
    pub fn rows_for_marks(&mut self, items: &[Item], max_rows: usize) -> usize {
        self.row_end.clear();
        for it in items {
            match self.row_end.iter().position(|&e| e + GAP <= it.x0) {
                Some(r) => self.row_end[r] = self.row_end[r].max(it.x1),
                None if self.row_end.len() < max_rows => self.row_end.push(it.x1),
                None => return max_rows,
            }
        }
        self.row_end.len().max(1)
    }

    /// First-fit. With `with_labels`, fails (None) if more than `max_rows` are needed;
    /// otherwise overflowing items go to the row that frees up first.
    fn greedy(&mut self, items: &[Item], max_rows: usize, with_labels: bool, out: &mut Vec<Placed>) -> Option<usize> {
        self.row_end.clear();
        for it in items {
            let end = if with_labels { it.end_with_label() } else { it.x1 };
            let free = self.row_end.iter().position(|&e| e + GAP <= it.x0);
            let (row, overflow) = match free {
                Some(r) => (r, false),
                None if self.row_end.len() < max_rows => {
                    self.row_end.push(f32::NEG_INFINITY);
                    (self.row_end.len() - 1, false)
                }
                None if with_labels => return None,
                None => {
                    let r = (0..self.row_end.len()).min_by(|&a, &b| self.row_end[a].total_cmp(&self.row_end[b])).expect("max_rows >= 1");
                    (r, true)
                }
            };
            self.row_end[row] = self.row_end[row].max(end);
            let label_room = if with_labels { it.label_w } else { 0.0 };
            out.push(Placed { item: *it, row: row as u16, label_room, overflow });
        }
        Some(self.row_end.len())
    }

    /// Gives each label the room up to the next mark in its row.
    fn fit_labels(&mut self, placed: &mut [Placed], rows: usize) {
        // Walk right to left so "the next mark in this row" is known.
        let next_x0 = &mut self.row_end;
        next_x0.clear();
        next_x0.resize(rows, f32::INFINITY);
        for i in (0..placed.len()).rev() {
            let p = &mut placed[i];
            let r = p.row as usize;
            let room = (next_x0[r] - GAP - p.item.label_x).min(p.item.label_w);
            p.label_room =
                if !p.overflow && p.item.label_w > 0.0 && (room >= p.item.label_w || room >= MIN_LABEL_ROOM) { room.max(0.0) } else { 0.0 };
            next_x0[r] = next_x0[r].min(p.item.x0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(event: u32, x0: f32, x1: f32, label_w: f32) -> Item {
        Item { event, x0, x1, label_x: x1 + GAP, label_w }
    }

    fn no_two_overlap(placed: &[Placed]) {
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                if a.row != b.row || a.overflow || b.overflow {
                    continue;
                }
                let a_end = if a.label_room > 0.0 { a.item.x1.max(a.item.label_x + a.label_room) } else { a.item.x1 };
                let b_end = if b.label_room > 0.0 { b.item.x1.max(b.item.label_x + b.label_room) } else { b.item.x1 };
                assert!(a_end <= b.item.x0 || b_end <= a.item.x0, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn the_rows_marks_need_without_labels() {
        // Three marks at once, and one later that fits after them.
        let items = [item(0, 0.0, 10.0, 50.0), item(1, 2.0, 12.0, 50.0), item(2, 4.0, 14.0, 50.0), item(3, 30.0, 40.0, 50.0)];
        let mut s = Stacker::default();
        assert_eq!(s.rows_for_marks(&items, 16), 3);
        assert_eq!(s.rows_for_marks(&items, 2), 2, "capped");
        assert_eq!(s.rows_for_marks(&[], 16), 1);
        // With that many rows, nothing overlaps.
        let mut out = Vec::new();
        s.stack(&items, 3, &mut out);
        assert!(out.iter().all(|p| !p.overflow));
        no_two_overlap(&out);
    }

    #[test]
    fn separate_events_share_one_row_with_full_labels() {
        let items = [item(0, 0.0, 10.0, 50.0), item(1, 100.0, 110.0, 50.0)];
        let mut out = Vec::new();
        assert_eq!(Stacker::default().stack(&items, 4, &mut out), 1);
        assert!(out.iter().all(|p| p.row == 0 && p.label_room == 50.0));
    }

    #[test]
    fn overlapping_events_stack_into_rows() {
        let items = [item(0, 0.0, 100.0, 0.0), item(1, 50.0, 150.0, 0.0), item(2, 120.0, 200.0, 0.0)];
        let mut out = Vec::new();
        assert_eq!(Stacker::default().stack(&items, 4, &mut out), 2);
        assert_eq!(out.iter().map(|p| p.row).collect::<Vec<_>>(), vec![0, 1, 0]);
        no_two_overlap(&out);
    }

    #[test]
    fn labels_shrink_or_vanish_when_rows_run_out_but_never_overlap() {
        // Twenty marks 30 px apart with 120 px labels in at most 2 rows.
        let items: Vec<Item> = (0..20).map(|i| item(i, i as f32 * 30.0, i as f32 * 30.0 + 8.0, 120.0)).collect();
        let mut out = Vec::new();
        let rows = Stacker::default().stack(&items, 2, &mut out);
        assert!(rows <= 2);
        no_two_overlap(&out);
        assert!(out.iter().any(|p| p.label_room > 0.0), "some labels still fit");
        assert!(out.iter().all(|p| p.label_room == 0.0 || p.label_room >= MIN_LABEL_ROOM || p.label_room == p.item.label_w));
    }

    #[test]
    fn a_label_may_start_inside_a_bar_and_run_past_it() {
        // A 100 px bar whose label starts after its icon and needs 150 px.
        let bar = Item { event: 0, x0: 0.0, x1: 100.0, label_x: 14.0, label_w: 150.0 };
        let next = item(1, 120.0, 130.0, 0.0);
        let mut out = Vec::new();
        // Room for both in separate rows: full label, the neighbour moves down.
        assert_eq!(Stacker::default().stack(&[bar, next], 2, &mut out), 2);
        assert_eq!(out[0].label_room, 150.0);
        // One row only: the label is cut at the neighbour.
        assert_eq!(Stacker::default().stack(&[bar, next], 1, &mut out), 1);
        assert_eq!(out[0].label_room, 120.0 - GAP - 14.0);
        no_two_overlap(&out);
    }

    #[test]
    fn too_many_marks_overflow_instead_of_growing_without_limit() {
        let items: Vec<Item> = (0..10).map(|i| item(i, 0.0, 10.0, 0.0)).collect();
        let mut out = Vec::new();
        assert_eq!(Stacker::default().stack(&items, 3, &mut out), 3);
        assert_eq!(out.iter().filter(|p| p.overflow).count(), 7);
    }
}
