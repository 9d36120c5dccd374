//! The walk over an export page's shapes that the vector writers (SVG, PDF)
//! share: event groups, clipping, nested shapes, crisp axis lines, meshes cut
//! into rectangles and triangles, and galleys cut into runs of text placed at
//! egui's own glyph positions. Each writer implements [`Canvas`] for its syntax.

use super::Scene;
use egui::epaint::{
    CircleShape, ClippedShape, ColorMode, CubicBezierShape, EllipseShape, Mesh, PathShape, PathStroke, QuadraticBezierShape, RectShape,
    Shape, Stroke, TextShape,
};
use egui::{Color32, Pos2, Rect};

/// One run of glyphs that share a row and a format.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Start of the run on its baseline.
    pub pos: Pos2,
    /// From the first glyph's left to the last glyph's advance.
    pub width: f32,
    /// Font size in points.
    pub size: f32,
    /// As painted (override, fallback and opacity applied).
    pub color: Color32,
    pub text: String,
}

/// What a vector writer draws. Colours may be transparent: the writer skips those.
pub trait Canvas {
    /// The shapes of one event's mark follow, until [`Canvas::end_event`].
    fn begin_event(&mut self, event: u32);
    fn end_event(&mut self);
    /// The next shape (and everything nested in it) is clipped to `clip`
    /// (`None`: it lies inside its clip already), until [`Canvas::end_clip`].
    fn begin_clip(&mut self, clip: Option<Rect>);
    fn end_clip(&mut self);
    fn circle(&mut self, c: &CircleShape);
    fn ellipse(&mut self, e: &EllipseShape);
    /// A straight line, already on pixel centres when axis-aligned.
    fn line(&mut self, a: Pos2, b: Pos2, stroke: Stroke);
    /// A polygon (`closed`) or polyline (never filled).
    fn path(&mut self, points: &[Pos2], closed: bool, fill: Color32, stroke: Stroke);
    fn rect(&mut self, r: &RectShape);
    /// An axis-aligned quad of a mesh.
    fn fill_rect(&mut self, r: Rect, fill: Color32);
    fn triangle(&mut self, points: [Pos2; 3], fill: Color32);
    fn quadratic(&mut self, q: &QuadraticBezierShape, stroke: Stroke);
    fn cubic(&mut self, c: &CubicBezierShape, stroke: Stroke);
    /// A galley's runs (none blank); `mono` when all of it is monospace.
    fn text(&mut self, t: &TextShape, runs: &[TextRun], mono: bool);
}

/// Draws `scene` on `canvas` in painting order, each event's shapes as one group.
pub fn walk(scene: &Scene, canvas: &mut impl Canvas) {
    let groups = &scene.composed.events;
    let mut g = 0;
    let mut i = 0;
    while i < scene.shapes.len() {
        while g < groups.len() && groups[g].shapes.end <= i {
            g += 1;
        }
        match groups.get(g) {
            Some(grp) if grp.shapes.start == i && !grp.shapes.is_empty() => {
                canvas.begin_event(grp.event);
                for s in &scene.shapes[grp.shapes.clone()] {
                    clipped(canvas, s);
                }
                canvas.end_event();
                i = grp.shapes.end;
            }
            _ => {
                clipped(canvas, &scene.shapes[i]);
                i += 1;
            }
        }
    }
}

fn clipped(canvas: &mut impl Canvas, cs: &ClippedShape) {
    if matches!(cs.shape, Shape::Noop) {
        return;
    }
    let bounds = cs.shape.visual_bounding_rect();
    let clip = cs.clip_rect;
    let needed = if !bounds.is_finite() || clip.contains_rect(bounds) || clip == Rect::EVERYTHING {
        None
    } else if !clip.intersects(bounds) {
        return; // clipped away entirely
    } else {
        Some(clip)
    };
    canvas.begin_clip(needed);
    shape(canvas, &cs.shape);
    canvas.end_clip();
}

fn shape(canvas: &mut impl Canvas, shape: &Shape) {
    match shape {
        Shape::Noop | Shape::Callback(_) | Shape::Band(_) => {}
        Shape::Vec(v) => {
            for s in v {
                self::shape(canvas, s);
            }
        }
        Shape::Circle(c) => {
            if c.radius > 0.0 {
                canvas.circle(c);
            }
        }
        Shape::Ellipse(e) => canvas.ellipse(e),
        Shape::LineSegment { points, stroke } => {
            // As egui does: horizontal and vertical lines sit on pixel centres,
            // so a 1-unit line stays one crisp pixel in a viewer at 100 %.
            let mut points = *points;
            if points[0].x == points[1].x {
                let x = pixel_centre(points[0].x);
                points[0].x = x;
                points[1].x = x;
            } else if points[0].y == points[1].y {
                let y = pixel_centre(points[0].y);
                points[0].y = y;
                points[1].y = y;
            }
            canvas.line(points[0], points[1], *stroke);
        }
        Shape::Path(p) => path(canvas, p),
        Shape::Rect(r) => canvas.rect(r),
        Shape::Text(t) => {
            let runs = text_runs(t);
            if !runs.is_empty() {
                let mono = t.galley.job.sections.iter().all(|s| s.format.font_id.family == egui::FontFamily::Monospace);
                canvas.text(t, &runs, mono);
            }
        }
        Shape::Mesh(m) => mesh(canvas, m),
        Shape::QuadraticBezier(q) => canvas.quadratic(q, solid(&q.stroke, Rect::from_points(&q.points))),
        Shape::CubicBezier(c) => canvas.cubic(c, solid(&c.stroke, Rect::from_points(&c.points))),
    }
}

fn path(canvas: &mut impl Canvas, p: &PathShape) {
    if p.points.len() >= 2 {
        canvas.path(
            &p.points,
            p.closed,
            if p.closed { p.fill } else { Color32::TRANSPARENT },
            solid(&p.stroke, Rect::from_points(&p.points)),
        );
    }
}

/// A path stroke as one colour (a gradient stroke takes its colour at the centre).
pub fn solid(s: &PathStroke, bounds: Rect) -> Stroke {
    let color = match &s.color {
        ColorMode::Solid(c) => *c,
        ColorMode::UV(f) => f(bounds, bounds.center()),
    };
    Stroke::new(s.width, color)
}

/// Meshes are untextured colour here (the density strips): axis-aligned quads
/// of one colour become rectangles, anything else one triangle at a time.
fn mesh(canvas: &mut impl Canvas, m: &Mesh) {
    let v = &m.vertices;
    let idx = &m.indices;
    let mut k = 0;
    while k + 3 <= idx.len() {
        if k + 6 <= idx.len() {
            let i = idx[k];
            let quad = [i, i + 1, i + 2, i + 2, i + 1, i + 3];
            if idx[k..k + 6] == quad && (i as usize + 3) < v.len() {
                let [lt, rt, lb, rb] = [0, 1, 2, 3].map(|j| v[i as usize + j]);
                let same_color = lt.color == rt.color && lt.color == lb.color && lt.color == rb.color;
                let aligned = lt.pos.y == rt.pos.y && lb.pos.y == rb.pos.y && lt.pos.x == lb.pos.x && rt.pos.x == rb.pos.x;
                if same_color && aligned {
                    canvas.fill_rect(Rect::from_two_pos(lt.pos, rb.pos), lt.color);
                    k += 6;
                    continue;
                }
            }
        }
        let tri = [idx[k], idx[k + 1], idx[k + 2]];
        if tri.iter().all(|&t| (t as usize) < v.len()) {
            canvas.triangle(tri.map(|t| v[t as usize].pos), v[tri[0] as usize].color);
        }
        k += 3;
    }
}

/// The galley's runs of glyphs that share a row and a format, blank ones left out.
pub fn text_runs(t: &TextShape) -> Vec<TextRun> {
    let galley = &t.galley;
    let job = &galley.job;
    if job.sections.is_empty() || galley.rows.is_empty() {
        return Vec::new();
    }
    // Section of each char (one glyph per char; a row's trailing newline has none).
    let section_of_byte = |byte: usize| {
        job.sections.iter().position(|s| s.byte_range.start.0 <= byte && byte < s.byte_range.end.0).unwrap_or(job.sections.len() - 1)
    };
    let mut chars = job.text.char_indices();
    let mut runs: Vec<(usize, Pos2, f32, String)> = Vec::new(); // section, baseline start, width, text
    for placed in &galley.rows {
        let mut cur: Option<(usize, Pos2, f32, f32, String)> = None; // section, start, x0, x_end, text
        for glyph in &placed.row.glyphs {
            let sec = chars.next().map_or_else(|| cur.as_ref().map_or(0, |c| c.0), |(byte, _)| section_of_byte(byte));
            let base = t.pos + placed.pos.to_vec2() + glyph.pos.to_vec2();
            let x_end = base.x + glyph.advance_width;
            match &mut cur {
                Some(c) if c.0 == sec && (base.y - c.1.y).abs() < 0.01 => {
                    c.3 = x_end;
                    c.4.push(glyph.chr);
                }
                _ => {
                    if let Some(c) = cur.take() {
                        runs.push((c.0, c.1, c.3 - c.2, c.4));
                    }
                    cur = Some((sec, base, base.x, x_end, glyph.chr.to_string()));
                }
            }
        }
        if let Some(c) = cur.take() {
            runs.push((c.0, c.1, c.3 - c.2, c.4));
        }
        if placed.ends_with_newline {
            chars.next();
        }
    }
    runs.into_iter()
        .filter(|r| !r.3.trim().is_empty())
        .map(|(sec, pos, width, text)| {
            let format = &job.sections[sec].format;
            let mut color = t.override_text_color.unwrap_or(format.color);
            if color == Color32::PLACEHOLDER {
                color = t.fallback_color;
            }
            if t.opacity_factor < 1.0 {
                color = color.gamma_multiply(t.opacity_factor);
            }
            TextRun { pos, width, size: format.font_id.size, color, text }
        })
        .collect()
}

fn pixel_centre(v: f32) -> f32 {
    (v - 0.5).round() + 0.5
}
