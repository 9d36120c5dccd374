//! The visual language of an event mark: shape by kind, fill by
//! verification. Used by the timeline, the legend and exports alike.

use crate::model::{Kind, Verification};
use egui::{Color32, Painter, Pos2, Shape, Stroke, pos2, vec2};

/// Half the size of a mark, in points.
pub const MARK_R: f32 = 5.5;

fn polygon(center: Pos2, r: f32, corners: usize, rotation: f32) -> Vec<Pos2> {
    (0..corners)
        .map(|i| {
            let a = rotation + i as f32 * std::f32::consts::TAU / corners as f32;
            center + vec2(a.cos(), a.sin()) * r
        })
        .collect()
}

/// Outline of a mark of `kind` (a circle is approximated for uniform handling).
pub fn outline(kind: Kind, c: Pos2, r: f32) -> Vec<Pos2> {
    use std::f32::consts::{FRAC_PI_2, FRAC_PI_4};
    match kind {
        Kind::Statement => polygon(c, r, 16, 0.0),
        Kind::Claim => polygon(c, r * 1.25, 4, 0.0),
        Kind::Accusation => polygon(c, r * 1.25, 3, FRAC_PI_2),
        Kind::Meeting => polygon(c, r * 1.3, 4, FRAC_PI_4),
        Kind::Decision => polygon(c, r * 1.15, 6, 0.0),
        Kind::Attack => polygon(c, r * 1.25, 3, -FRAC_PI_2),
        Kind::Other => polygon(c, r * 1.1, 5, -FRAC_PI_2),
    }
}

/// Paints one mark. `bg` is the colour behind it (hollow marks are filled with it);
/// `line` thickens its outlines (high contrast).
#[allow(clippy::too_many_arguments)]
pub fn paint_mark(
    painter: &Painter,
    kind: Kind,
    verification: Verification,
    c: Pos2,
    r: f32,
    color: Color32,
    bg: Color32,
    text: Color32,
    line: f32,
) {
    let pts = outline(kind, c, r);
    let edge = Stroke::new(line, darken(color));
    match verification {
        Verification::Reported => {
            painter.add(Shape::convex_polygon(pts, color, edge));
        }
        Verification::Claimed => {
            // Half-filled: the upper half solid.
            painter.add(Shape::convex_polygon(pts.clone(), bg, Stroke::NONE));
            let half: Vec<Pos2> = clip_below(&pts, c.y);
            if half.len() >= 3 {
                painter.add(Shape::convex_polygon(half, color, Stroke::NONE));
            }
            painter.add(Shape::closed_line(pts, Stroke::new(1.3 * line, color)));
        }
        Verification::Unverified => {
            painter.add(Shape::convex_polygon(pts, bg, Stroke::new(1.6 * line, color)));
        }
        Verification::Denied => {
            painter.add(Shape::convex_polygon(pts, color, edge));
            let d = r * 1.25;
            painter.line_segment([c + vec2(-d, d), c + vec2(d, -d)], Stroke::new(1.8 * line, text));
        }
    }
}

/// The part of a convex polygon above `y` (smaller y).
fn clip_below(pts: &[Pos2], y: f32) -> Vec<Pos2> {
    let mut out = Vec::with_capacity(pts.len() + 2);
    for i in 0..pts.len() {
        let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
        if a.y <= y {
            out.push(a);
        }
        if (a.y < y) != (b.y < y) {
            let t = (y - a.y) / (b.y - a.y);
            out.push(pos2(a.x + t * (b.x - a.x), y));
        }
    }
    out
}

pub fn darken(c: Color32) -> Color32 {
    Color32::from_rgb((c.r() as f32 * 0.65) as u8, (c.g() as f32 * 0.65) as u8, (c.b() as f32 * 0.65) as u8)
}

pub fn with_alpha(c: Color32, alpha: f32) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), (alpha.clamp(0.0, 1.0) * 255.0) as u8)
}

/// The dashed box that marks a draft (extracted, not yet reviewed).
pub fn paint_draft_box(painter: &Painter, centre: Pos2, color: Color32, line: f32) {
    let r = egui::Rect::from_center_size(centre, vec2(2.0 * MARK_R + 6.0, 2.0 * MARK_R + 6.0));
    let pts = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()];
    painter.extend(Shape::dashed_line(&pts, Stroke::new(line, color), 3.0, 2.0));
}
