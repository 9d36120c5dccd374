//! SVG from the very shapes the PNG is rendered from: rectangles, circles,
//! polygons, lines and real text (one `<tspan>` per run of a galley, placed at
//! egui's own glyph positions, with `textLength` so that a different fallback
//! font still spans the same width). Each event's mark is a
//! `<g class="event" data-id="…">` with a `<title>` tooltip.

use super::{Plan, Scene};
use crate::model::time::fmt_known;
use egui::epaint::{ClippedShape, ColorMode, CornerRadius, Mesh, PathStroke, RectShape, Shape, Stroke, StrokeKind, TextShape};
use egui::{Color32, Pos2, Rect};
use std::collections::HashMap;
use std::fmt::Write;

const FONT_STACK: &str = "'Ubuntu Light', Ubuntu, 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";
const MONO_STACK: &str = "Hack, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
const EMBEDDED_FAMILY: &str = "chronolens-ui";

/// The page as an SVG document.
pub fn write(scene: &Scene, plan: &Plan) -> String {
    let mut w = Writer { clips: HashMap::new(), defs: String::new(), body: String::with_capacity(scene.shapes.len() * 96) };
    let data = &plan.data;
    let groups = &scene.composed.events;
    let mut g = 0;
    let mut i = 0;
    while i < scene.shapes.len() {
        while g < groups.len() && groups[g].shapes.end <= i {
            g += 1;
        }
        match groups.get(g) {
            Some(grp) if grp.shapes.start == i && !grp.shapes.is_empty() => {
                let e = grp.event as usize;
                let ev = &data.dataset.events[e];
                let lane = &data.dataset.lanes[data.index.lane_of[e] as usize];
                let _ = write!(
                    w.body,
                    "<g class=\"event\" data-id=\"{}\" data-lane=\"{}\" data-kind=\"{}\" data-verification=\"{}\"><title>{} — {}</title>",
                    esc(&ev.id),
                    esc(&lane.id),
                    ev.kind.name(),
                    ev.verification.name(),
                    esc(&ev.title),
                    esc(&fmt_known(ev.precision, data.index.spans[e]))
                );
                for s in &scene.shapes[grp.shapes.clone()] {
                    w.clipped(s);
                }
                w.body.push_str("</g>\n");
                i = grp.shapes.end;
            }
            _ => {
                w.clipped(&scene.shapes[i]);
                i += 1;
            }
        }
    }

    let (width, height) = (num(scene.size.x), num(scene.size.y));
    let mut out = String::with_capacity(w.body.len() + w.defs.len() + 2048);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
    );
    let title = plan.request.title.clone().unwrap_or_else(|| format!("Timeline, {}", plan.range_text()));
    let _ = writeln!(out, "<title>{}</title>", esc(&title));
    let _ = writeln!(
        out,
        "<desc>{} events from {}, exported {} by chronolens {}</desc>",
        plan.events.len(),
        esc(&plan.data.name),
        esc(&plan.export_date),
        env!("CARGO_PKG_VERSION")
    );
    let family = if plan.request.embed_font { format!("{EMBEDDED_FAMILY}, {FONT_STACK}") } else { FONT_STACK.to_owned() };
    out.push_str("<style>\n");
    if plan.request.embed_font
        && let Some(font) = ui_font()
    {
        let _ = writeln!(out, "@font-face {{ font-family: {EMBEDDED_FAMILY}; src: url(data:font/ttf;base64,{}); }}", base64(&font));
    }
    let _ = writeln!(out, "text {{ font-family: {family}; font-weight: 300; white-space: pre; }}");
    let _ = writeln!(out, "text.mono {{ font-family: {MONO_STACK}; font-weight: 400; }}");
    out.push_str("</style>\n");
    if !w.defs.is_empty() {
        out.push_str("<defs>\n");
        out.push_str(&w.defs);
        out.push_str("</defs>\n");
    }
    out.push_str(&w.body);
    out.push_str("</svg>\n");
    out
}

/// The font egui draws proportional text with (Ubuntu Light).
fn ui_font() -> Option<Vec<u8>> {
    let defs = egui::FontDefinitions::default();
    let name = defs.families.get(&egui::FontFamily::Proportional)?.first()?.clone();
    let data = defs.font_data.get(&name)?;
    Some((*data.font).as_ref().to_vec())
}

struct Writer {
    clips: HashMap<[u32; 4], usize>,
    defs: String,
    body: String,
}

impl Writer {
    /// A `clip-path` attribute for `clip` when `bounds` is not inside it;
    /// `None` when the shape is clipped away entirely.
    fn clip_attr(&mut self, clip: Rect, bounds: Rect) -> Option<String> {
        if !bounds.is_finite() || clip.contains_rect(bounds) || clip == Rect::EVERYTHING {
            return Some(String::new());
        }
        if !clip.intersects(bounds) {
            return None;
        }
        let key = [clip.min.x.to_bits(), clip.min.y.to_bits(), clip.max.x.to_bits(), clip.max.y.to_bits()];
        let next = self.clips.len();
        let id = *self.clips.entry(key).or_insert_with(|| {
            let _ = writeln!(
                self.defs,
                "<clipPath id=\"c{next}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                num(clip.min.x),
                num(clip.min.y),
                num(clip.width()),
                num(clip.height())
            );
            next
        });
        Some(format!(" clip-path=\"url(#c{id})\""))
    }

    fn clipped(&mut self, cs: &ClippedShape) {
        if matches!(cs.shape, Shape::Noop) {
            return;
        }
        let bounds = cs.shape.visual_bounding_rect();
        let Some(clip) = self.clip_attr(cs.clip_rect, bounds) else { return };
        self.shape(&cs.shape, &clip);
    }

    fn shape(&mut self, shape: &Shape, clip: &str) {
        let b = &mut self.body;
        match shape {
            Shape::Noop | Shape::Callback(_) => {}
            Shape::Vec(v) => {
                for s in v {
                    self.shape(s, clip);
                }
            }
            Shape::Circle(c) => {
                if c.radius <= 0.0 {
                    return;
                }
                let (f, s) = (fill(c.fill), stroke(c.stroke));
                if f.is_empty() && s.is_empty() {
                    return;
                }
                let f = if f.is_empty() { " fill=\"none\"".to_owned() } else { f };
                let _ = writeln!(b, "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{f}{s}{clip}/>", num(c.center.x), num(c.center.y), num(c.radius));
            }
            Shape::Ellipse(e) => {
                let (f, s) = (fill(e.fill), stroke(e.stroke));
                if f.is_empty() && s.is_empty() {
                    return;
                }
                let f = if f.is_empty() { " fill=\"none\"".to_owned() } else { f };
                let rot = if e.angle != 0.0 {
                    format!(" transform=\"rotate({} {} {})\"", num(e.angle.to_degrees()), num(e.center.x), num(e.center.y))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    b,
                    "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{rot}{f}{s}{clip}/>",
                    num(e.center.x),
                    num(e.center.y),
                    num(e.radius.x),
                    num(e.radius.y)
                );
            }
            Shape::LineSegment { points, stroke: st } => {
                let s = stroke(*st);
                if s.is_empty() {
                    return;
                }
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
                let _ = writeln!(
                    b,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{s}{clip}/>",
                    num(points[0].x),
                    num(points[0].y),
                    num(points[1].x),
                    num(points[1].y)
                );
            }
            Shape::Path(p) => {
                if p.points.len() < 2 {
                    return;
                }
                let pts = points(&p.points);
                let s = path_stroke(&p.stroke, Rect::from_points(&p.points));
                if p.closed {
                    let f = fill(p.fill);
                    if f.is_empty() && s.is_empty() {
                        return;
                    }
                    let f = if f.is_empty() { " fill=\"none\"".to_owned() } else { f };
                    let _ = writeln!(b, "<polygon points=\"{pts}\"{f}{s} stroke-linejoin=\"round\"{clip}/>");
                } else if !s.is_empty() {
                    let _ = writeln!(b, "<polyline points=\"{pts}\" fill=\"none\"{s} stroke-linejoin=\"round\"{clip}/>");
                }
            }
            Shape::Rect(r) => rect(b, r, clip),
            Shape::Text(t) => text(b, t, clip),
            Shape::Mesh(m) => mesh(b, m, clip),
            Shape::QuadraticBezier(q) => {
                let [a, c, d] = q.points;
                let d = format!(
                    "M{} {} Q{} {} {} {}{}",
                    num(a.x),
                    num(a.y),
                    num(c.x),
                    num(c.y),
                    num(d.x),
                    num(d.y),
                    if q.closed { " Z" } else { "" }
                );
                bezier(b, &d, q.closed, q.fill, &q.stroke, Rect::from_points(&q.points), clip);
            }
            Shape::CubicBezier(c) => {
                let [a, p, q, d] = c.points;
                let d = format!(
                    "M{} {} C{} {} {} {} {} {}{}",
                    num(a.x),
                    num(a.y),
                    num(p.x),
                    num(p.y),
                    num(q.x),
                    num(q.y),
                    num(d.x),
                    num(d.y),
                    if c.closed { " Z" } else { "" }
                );
                bezier(b, &d, c.closed, c.fill, &c.stroke, Rect::from_points(&c.points), clip);
            }
            Shape::Band(_) => {}
        }
    }
}

fn bezier(b: &mut String, d: &str, closed: bool, fill_color: Color32, st: &PathStroke, bounds: Rect, clip: &str) {
    let f = if closed { fill(fill_color) } else { String::new() };
    let s = path_stroke(st, bounds);
    if f.is_empty() && s.is_empty() {
        return;
    }
    let f = if f.is_empty() { " fill=\"none\"".to_owned() } else { f };
    let _ = writeln!(b, "<path d=\"{d}\"{f}{s}{clip}/>");
}

fn rect(b: &mut String, r: &RectShape, clip: &str) {
    let rot = if r.angle != 0.0 {
        let c = r.rect.center();
        format!(" transform=\"rotate({} {} {})\"", num(r.angle.to_degrees()), num(c.x), num(c.y))
    } else {
        String::new()
    };
    let radius = |cr: CornerRadius, d: f32| {
        let avg = (cr.nw as f32 + cr.ne as f32 + cr.sw as f32 + cr.se as f32) / 4.0 + d;
        if avg > 0.0 { format!(" rx=\"{}\"", num(avg)) } else { String::new() }
    };
    let f = fill(r.fill);
    if !f.is_empty() && r.blur_width <= 0.0 && r.rect.is_positive() {
        let rr = r.rect;
        let _ = writeln!(
            b,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{}{f}{rot}{clip}/>",
            num(rr.min.x),
            num(rr.min.y),
            num(rr.width()),
            num(rr.height()),
            radius(r.corner_radius, 0.0)
        );
    }
    let s = stroke(r.stroke);
    if !s.is_empty() {
        let half = r.stroke.width / 2.0;
        let (rr, d) = match r.stroke_kind {
            StrokeKind::Inside => (r.rect.shrink(half), -half),
            StrokeKind::Middle => (r.rect, 0.0),
            StrokeKind::Outside => (r.rect.expand(half), half),
        };
        let _ = writeln!(
            b,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{} fill=\"none\"{s}{rot}{clip}/>",
            num(rr.min.x),
            num(rr.min.y),
            num(rr.width().max(0.0)),
            num(rr.height().max(0.0)),
            radius(r.corner_radius, d)
        );
    }
}

/// Meshes are untextured colour here (the density strips): axis-aligned quads
/// become `<rect>`s, anything else one `<polygon>` per triangle.
fn mesh(b: &mut String, m: &Mesh, clip: &str) {
    let v = &m.vertices;
    let mut k = 0;
    let idx = &m.indices;
    while k + 3 <= idx.len() {
        if k + 6 <= idx.len() {
            let i = idx[k];
            let quad = [i, i + 1, i + 2, i + 2, i + 1, i + 3];
            if idx[k..k + 6] == quad && (i as usize + 3) < v.len() {
                let [lt, rt, lb, rb] = [0, 1, 2, 3].map(|j| v[i as usize + j]);
                let same_color = lt.color == rt.color && lt.color == lb.color && lt.color == rb.color;
                let aligned = lt.pos.y == rt.pos.y && lb.pos.y == rb.pos.y && lt.pos.x == lb.pos.x && rt.pos.x == rb.pos.x;
                if same_color && aligned {
                    let f = fill(lt.color);
                    if !f.is_empty() {
                        let r = Rect::from_two_pos(lt.pos, rb.pos);
                        let _ = writeln!(
                            b,
                            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{f}{clip}/>",
                            num(r.min.x),
                            num(r.min.y),
                            num(r.width()),
                            num(r.height())
                        );
                    }
                    k += 6;
                    continue;
                }
            }
        }
        let tri = [idx[k], idx[k + 1], idx[k + 2]];
        if tri.iter().all(|&t| (t as usize) < v.len()) {
            let f = fill(v[tri[0] as usize].color);
            if !f.is_empty() {
                let pts: Vec<Pos2> = tri.iter().map(|&t| v[t as usize].pos).collect();
                let _ = writeln!(b, "<polygon points=\"{}\"{f}{clip}/>", points(&pts));
            }
        }
        k += 3;
    }
}

/// One `<text>` per galley, one `<tspan>` per run of glyphs that share a row and a format.
fn text(b: &mut String, t: &TextShape, clip: &str) {
    let galley = &t.galley;
    let job = &galley.job;
    if job.sections.is_empty() || galley.rows.is_empty() {
        return;
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
    runs.retain(|r| !r.3.trim().is_empty());
    if runs.is_empty() {
        return;
    }
    let mono = job.sections.iter().all(|s| s.format.font_id.family == egui::FontFamily::Monospace);
    let rot = if t.angle != 0.0 {
        format!(" transform=\"rotate({} {} {})\"", num(t.angle.to_degrees()), num(t.pos.x), num(t.pos.y))
    } else {
        String::new()
    };
    let _ = write!(b, "<text{}{rot}{clip}>", if mono { " class=\"mono\"" } else { "" });
    for (sec, pos, width, s) in runs {
        let format = &job.sections[sec].format;
        let mut color = t.override_text_color.unwrap_or(format.color);
        if color == Color32::PLACEHOLDER {
            color = t.fallback_color;
        }
        if t.opacity_factor < 1.0 {
            color = color.gamma_multiply(t.opacity_factor);
        }
        let f = fill(color);
        if f.is_empty() {
            continue;
        }
        let _ = write!(
            b,
            "<tspan x=\"{}\" y=\"{}\" font-size=\"{}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"{f}>{}</tspan>",
            num(pos.x),
            num(pos.y),
            num(format.font_id.size),
            num(width.max(0.1)),
            esc(&s)
        );
    }
    b.push_str("</text>\n");
}

/// ` fill="#rrggbb"` (+ opacity), or empty for a transparent colour.
fn fill(c: Color32) -> String {
    paint_attr("fill", c)
}

fn paint_attr(what: &str, c: Color32) -> String {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    if a == 0 {
        return String::new();
    }
    if a == 255 {
        format!(" {what}=\"#{r:02x}{g:02x}{b:02x}\"")
    } else {
        format!(" {what}=\"#{r:02x}{g:02x}{b:02x}\" {what}-opacity=\"{}\"", num(a as f32 / 255.0))
    }
}

fn stroke(s: Stroke) -> String {
    if s.width <= 0.0 || s.color.a() == 0 {
        return String::new();
    }
    format!("{} stroke-width=\"{}\"", paint_attr("stroke", s.color), num(s.width))
}

fn path_stroke(s: &PathStroke, bounds: Rect) -> String {
    let color = match &s.color {
        ColorMode::Solid(c) => *c,
        ColorMode::UV(f) => f(bounds, bounds.center()),
    };
    stroke(Stroke::new(s.width, color))
}

fn points(pts: &[Pos2]) -> String {
    let mut s = String::with_capacity(pts.len() * 12);
    for (i, p) in pts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", num(p.x), num(p.y));
    }
    s
}

fn pixel_centre(v: f32) -> f32 {
    (v - 0.5).round() + 0.5
}

/// A coordinate with at most two decimals.
fn num(v: f32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() { "0".to_owned() } else { s.to_owned() }
}

pub use crate::markup::escape_xml as esc;

fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        out.push(T[(n >> 18) as usize & 63] as char);
        out.push(T[(n >> 12) as usize & 63] as char);
        out.push(if c.len() > 1 { T[(n >> 6) as usize & 63] as char } else { '=' });
        out.push(if c.len() > 2 { T[n as usize & 63] as char } else { '=' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_escapes_and_base64() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(esc("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }
}
