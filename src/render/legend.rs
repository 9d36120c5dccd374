//! The legend: lanes, kinds (shape), verification (fill) and precision marks.
//! Painted, so that exported images carry the same legend as the window.

use crate::model::{Kind, Loaded, Verification};
use crate::render::LaneArrangement;
use crate::render::marks::{MARK_R, paint_draft_box, paint_mark, with_alpha};
use crate::render::style::TimelineStyle;
use egui::{Color32, Painter, Pos2, Rect, pos2, vec2};

pub const LEGEND_ROW_H: f32 = 20.0;

/// Paints the legend in rows that wrap at `rect`'s width, the lanes in the
/// order the analyst arranged them (as the timeline shows them); returns the height used.
pub fn paint_legend_arranged(
    painter: &Painter,
    rect: Rect,
    data: &Loaded,
    hidden: &[bool],
    arrangement: &LaneArrangement,
    lane_colors: &[Color32],
    style: &TimelineStyle,
) -> f32 {
    let mut cursor =
        Cursor { x: rect.left() + 8.0, y: rect.top() + LEGEND_ROW_H / 2.0 + 2.0, left: rect.left() + 8.0, right: rect.right() - 8.0 };
    let grey = style.weak_text;
    heading(painter, &mut cursor, "Lanes", 60.0, style);
    for i in arrangement.ordered(data.dataset.lanes.len()).into_iter().map(usize::from) {
        let lane = &data.dataset.lanes[i];
        if hidden.get(i).copied().unwrap_or(false) {
            continue;
        }
        let w = text_w(painter, &lane.label, style) + 22.0;
        let p = cursor.take(w);
        painter.rect_filled(Rect::from_center_size(p + vec2(6.0, 0.0), vec2(10.0, 10.0)), 2.0, lane_colors[i]);
        label(painter, p + vec2(16.0, 0.0), &lane.label, style.text, style);
    }
    cursor.gap();
    heading(painter, &mut cursor, "Kind", 80.0, style);
    for k in Kind::ALL {
        let w = text_w(painter, k.name(), style) + 24.0;
        let p = cursor.take(w);
        paint_mark(painter, k, Verification::Reported, p + vec2(7.0, 0.0), MARK_R, grey, style.bg, style.text, style.line);
        label(painter, p + vec2(17.0, 0.0), k.name(), style.text, style);
    }
    cursor.gap();
    heading(painter, &mut cursor, "Verification", 80.0, style);
    for v in Verification::ALL {
        let w = text_w(painter, v.name(), style) + 24.0;
        let p = cursor.take(w);
        paint_mark(painter, Kind::Statement, v, p + vec2(7.0, 0.0), MARK_R, grey, style.bg, style.text, style.line);
        label(painter, p + vec2(17.0, 0.0), v.name(), style.text, style);
    }
    cursor.gap();
    heading(painter, &mut cursor, "Date", 130.0, style);
    let entries: [(&str, u8); 5] =
        [("known day/time", 0), ("somewhere in range", 1), ("on or before", 2), ("unknown", 3), ("draft, not reviewed", 4)];
    for (name, glyph) in entries {
        let w = text_w(painter, name, style) + 46.0;
        let p = cursor.take(w);
        let c = grey;
        // The same grey statement mark in each entry, drawn the way each date is known.
        let mark = |at: Pos2| paint_mark(painter, Kind::Statement, Verification::Reported, at, MARK_R, c, style.bg, style.text, style.line);
        match glyph {
            0 => mark(p + vec2(16.0, 0.0)),
            1 => {
                painter.rect_filled(Rect::from_min_max(p + vec2(2.0, -6.0), p + vec2(32.0, 6.0)), 3.0, with_alpha(c, 0.15));
                let s = style.stroke(1.2, c);
                painter.line_segment([p + vec2(2.0, 0.0), p + vec2(32.0, 0.0)], s);
                painter.line_segment([p + vec2(2.0, -4.0), p + vec2(2.0, 4.0)], s);
                painter.line_segment([p + vec2(32.0, -4.0), p + vec2(32.0, 4.0)], s);
                mark(p + vec2(17.0, 0.0));
            }
            2 => {
                for s in 0..5 {
                    let a = 0.2 + 0.16 * s as f32;
                    painter.line_segment(
                        [p + vec2(2.0 + s as f32 * 5.0, 0.0), p + vec2(7.0 + s as f32 * 5.0, 0.0)],
                        style.stroke(1.5, with_alpha(c, a)),
                    );
                }
                mark(p + vec2(32.0, 0.0));
            }
            3 => {
                mark(p + vec2(16.0, 0.0));
                label(painter, p + vec2(24.0, 0.0), "?", style.text, style);
            }
            _ => {
                let centre = p + vec2(16.0, 0.0);
                mark(centre);
                paint_draft_box(painter, centre, style.text, style.line);
            }
        }
        label(painter, p + vec2(40.0, 0.0), name, style.text, style);
    }
    cursor.gap();
    heading(painter, &mut cursor, "Sources", 150.0, style);
    let p = cursor.take(text_w(painter, "independent sources", style) + 46.0);
    use crate::render::paint::{paint_count_chip, paint_disagreement};
    paint_count_chip(painter, Rect::from_center_size(p + vec2(16.0, 0.0), vec2(14.0, 14.0)), 2, style, 1.0);
    label(painter, p + vec2(30.0, 0.0), "independent sources", style.text, style);
    let p = cursor.take(text_w(painter, "sources disagree", style) + 46.0);
    let centre = p + vec2(16.0, 0.0);
    paint_mark(painter, Kind::Statement, Verification::Reported, centre, MARK_R, grey, style.bg, style.text, style.line);
    let disagree = crate::corroborate::Summary { sources: 2, independent: 2, contradicted: true };
    paint_disagreement(painter, centre, disagree, style, 1.0);
    label(painter, p + vec2(40.0, 0.0), "sources disagree", style.text, style);
    cursor.y + LEGEND_ROW_H / 2.0 + 2.0 - rect.top()
}

struct Cursor {
    x: f32,
    y: f32,
    left: f32,
    right: f32,
}

impl Cursor {
    /// Room for an entry `w` wide; wraps to a new row when needed. Returns its left-centre.
    fn take(&mut self, w: f32) -> Pos2 {
        if self.x + w > self.right && self.x > self.left {
            self.x = self.left;
            self.y += LEGEND_ROW_H;
        }
        let p = pos2(self.x, self.y);
        self.x += w + 6.0;
        p
    }
    fn gap(&mut self) {
        self.x += 14.0;
    }
}

/// A group heading, kept on the same row as the group's first entry (`next_w` wide).
fn heading(painter: &Painter, c: &mut Cursor, text: &str, next_w: f32, style: &TimelineStyle) {
    let w = text_w(painter, text, style) + 4.0;
    if c.x + w + 6.0 + next_w > c.right && c.x > c.left {
        c.x = c.left;
        c.y += LEGEND_ROW_H;
    }
    let p = c.take(w);
    painter.text(p, egui::Align2::LEFT_CENTER, text, style.small_font(), style.weak_text);
}

fn label(painter: &Painter, p: Pos2, text: &str, color: Color32, style: &TimelineStyle) {
    painter.text(p, egui::Align2::LEFT_CENTER, text, style.small_font(), color);
}

fn text_w(painter: &Painter, text: &str, style: &TimelineStyle) -> f32 {
    painter.layout_no_wrap(text.to_owned(), style.small_font(), style.text).size().x
}
