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
    let cursor =
        Cursor { x: rect.left() + 8.0, y: rect.top() + LEGEND_ROW_H / 2.0 + 2.0, left: rect.left() + 8.0, right: rect.right() - 8.0 };
    let mut legend = Legend { painter, style, cursor };
    legend.lanes(data, hidden, arrangement, lane_colors);
    legend.cursor.gap();
    legend.kinds();
    legend.cursor.gap();
    legend.verifications();
    legend.cursor.gap();
    legend.dates();
    legend.cursor.gap();
    legend.sources();
    legend.cursor.y + LEGEND_ROW_H / 2.0 + 2.0 - rect.top()
}

/// The legend being painted: where, how, and the next entry's place.
struct Legend<'p> {
    painter: &'p Painter,
    style: &'p TimelineStyle,
    cursor: Cursor,
}

impl Legend<'_> {
    fn heading(&mut self, text: &str, next_w: f32) {
        heading(self.painter, &mut self.cursor, text, next_w, self.style);
    }

    /// Room for an entry: `text`'s width plus `extra` for its glyph; its left-centre.
    fn entry(&mut self, text: &str, extra: f32) -> Pos2 {
        let w = text_w(self.painter, text, self.style) + extra;
        self.cursor.take(w)
    }

    fn label(&self, p: Pos2, text: &str) {
        label(self.painter, p, text, self.style.text, self.style);
    }

    /// A mark of kind `k` and verification `v` in the legend's grey.
    fn mark(&self, k: Kind, v: Verification, at: Pos2) {
        let s = self.style;
        paint_mark(self.painter, k, v, at, MARK_R, s.weak_text, s.bg, s.text, s.line);
    }

    /// The visible lanes, each a swatch of its colour.
    fn lanes(&mut self, data: &Loaded, hidden: &[bool], arrangement: &LaneArrangement, lane_colors: &[Color32]) {
        self.heading("Lanes", 60.0);
        for i in arrangement.ordered(data.dataset.lanes.len()).into_iter().map(usize::from) {
            let lane = &data.dataset.lanes[i];
            if hidden.get(i).copied().unwrap_or(false) {
                continue;
            }
            let p = self.entry(&lane.label, 22.0);
            self.painter.rect_filled(Rect::from_center_size(p + vec2(6.0, 0.0), vec2(10.0, 10.0)), 2.0, lane_colors[i]);
            self.label(p + vec2(16.0, 0.0), &lane.label);
        }
    }

    /// Each kind's shape.
    fn kinds(&mut self) {
        self.heading("Kind", 80.0);
        for k in Kind::ALL {
            let p = self.entry(k.name(), 24.0);
            self.mark(k, Verification::Reported, p + vec2(7.0, 0.0));
            self.label(p + vec2(17.0, 0.0), k.name());
        }
    }

    /// Each verification's fill.
    fn verifications(&mut self) {
        self.heading("Verification", 80.0);
        for v in Verification::ALL {
            let p = self.entry(v.name(), 24.0);
            self.mark(Kind::Statement, v, p + vec2(7.0, 0.0));
            self.label(p + vec2(17.0, 0.0), v.name());
        }
    }

    /// How a date is known, and the draft box.
    fn dates(&mut self) {
        self.heading("Date", 130.0);
        let entries: [(&str, DateGlyph); 5] = [
            ("known day/time", DateGlyph::Known),
            ("somewhere in range", DateGlyph::Range),
            ("on or before", DateGlyph::Before),
            ("unknown", DateGlyph::Unknown),
            ("draft, not reviewed", DateGlyph::Draft),
        ];
        for (name, glyph) in entries {
            let p = self.entry(name, 46.0);
            self.date_glyph(p, glyph);
            self.label(p + vec2(40.0, 0.0), name);
        }
    }

    /// The same grey statement mark in each entry, drawn the way each date is known.
    fn date_glyph(&self, p: Pos2, glyph: DateGlyph) {
        let (painter, style, c) = (self.painter, self.style, self.style.weak_text);
        let mark = |at: Pos2| self.mark(Kind::Statement, Verification::Reported, at);
        match glyph {
            DateGlyph::Known => mark(p + vec2(16.0, 0.0)),
            DateGlyph::Range => {
                painter.rect_filled(Rect::from_min_max(p + vec2(2.0, -6.0), p + vec2(32.0, 6.0)), 3.0, with_alpha(c, 0.15));
                let s = style.stroke(1.2, c);
                painter.line_segment([p + vec2(2.0, 0.0), p + vec2(32.0, 0.0)], s);
                painter.line_segment([p + vec2(2.0, -4.0), p + vec2(2.0, 4.0)], s);
                painter.line_segment([p + vec2(32.0, -4.0), p + vec2(32.0, 4.0)], s);
                mark(p + vec2(17.0, 0.0));
            }
            DateGlyph::Before => {
                for s in 0..5 {
                    let a = 0.2 + 0.16 * s as f32;
                    painter.line_segment(
                        [p + vec2(2.0 + s as f32 * 5.0, 0.0), p + vec2(7.0 + s as f32 * 5.0, 0.0)],
                        style.stroke(1.5, with_alpha(c, a)),
                    );
                }
                mark(p + vec2(32.0, 0.0));
            }
            DateGlyph::Unknown => {
                mark(p + vec2(16.0, 0.0));
                self.label(p + vec2(24.0, 0.0), "?");
            }
            DateGlyph::Draft => {
                let centre = p + vec2(16.0, 0.0);
                mark(centre);
                paint_draft_box(painter, centre, style.text, style.line);
            }
        }
    }

    /// The count chip of independent sources and the sign of disagreement.
    fn sources(&mut self) {
        use crate::render::paint::{paint_count_chip, paint_disagreement};
        self.heading("Sources", 150.0);
        let p = self.entry("independent sources", 46.0);
        paint_count_chip(self.painter, Rect::from_center_size(p + vec2(16.0, 0.0), vec2(14.0, 14.0)), 2, self.style, 1.0);
        self.label(p + vec2(30.0, 0.0), "independent sources");
        let p = self.entry("sources disagree", 46.0);
        let centre = p + vec2(16.0, 0.0);
        self.mark(Kind::Statement, Verification::Reported, centre);
        let disagree = crate::corroborate::Summary { sources: 2, independent: 2, contradicted: true };
        paint_disagreement(self.painter, centre, disagree, self.style, 1.0);
        self.label(p + vec2(40.0, 0.0), "sources disagree");
    }
}

/// How a date-legend entry draws its mark.
#[derive(Clone, Copy)]
enum DateGlyph {
    Known,
    Range,
    Before,
    Unknown,
    Draft,
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
