//! SVG from the very shapes the PNG is rendered from (walked by [`super::walk`],
//! as for the PDF): rectangles, circles, polygons, lines and real text (one
//! `<tspan>` per run of a galley, placed at egui's own glyph positions, with
//! `textLength` so that a different fallback font still spans the same width).
//! Each event's mark is a `<g class="event" data-id="…">` with a `<title>` tooltip.

use super::walk::{Canvas, TextRun, walk};
use super::{Plan, Scene};
use crate::model::time::fmt_known_in;
use egui::epaint::{
    CircleShape, CornerRadius, CubicBezierShape, EllipseShape, QuadraticBezierShape, RectShape, Stroke, StrokeKind, TextShape,
};
use egui::{Color32, Pos2, Rect};
use std::collections::HashMap;
use std::fmt::Write;

const FONT_STACK: &str = "'Ubuntu Light', Ubuntu, 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, sans-serif";
const MONO_STACK: &str = "Hack, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
const EMBEDDED_FAMILY: &str = "chronolens-ui";

/// The page as an SVG document.
pub fn write(scene: &Scene, plan: &Plan) -> String {
    let mut w = Writer {
        plan,
        clips: HashMap::new(),
        defs: String::new(),
        body: String::with_capacity(scene.shapes.len() * 96),
        clip: String::new(),
    };
    walk(scene, &mut w);

    let (width, height) = (num(scene.size.x), num(scene.size.y));
    let mut out = String::with_capacity(w.body.len() + w.defs.len() + 2048);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">"
    );
    let _ = writeln!(out, "<title>{}</title>", esc(&plan.document_title()));
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

struct Writer<'p, 'a> {
    plan: &'p Plan<'a>,
    clips: HashMap<[u32; 4], usize>,
    defs: String,
    body: String,
    /// The `clip-path` attribute of the shape being written (or empty).
    clip: String,
}

impl Canvas for Writer<'_, '_> {
    fn begin_event(&mut self, e: u32) {
        let data = &self.plan.data;
        let e = e as usize;
        let ev = &data.dataset.events[e];
        let lane = &data.dataset.lanes[data.index.lane_of[e] as usize];
        let _ = write!(
            self.body,
            "<g class=\"event\" data-id=\"{}\" data-lane=\"{}\" data-kind=\"{}\" data-verification=\"{}\"><title>{} — {}</title>",
            esc(&ev.id),
            esc(&lane.id),
            ev.kind.name(),
            ev.verification.name(),
            esc(&ev.title),
            esc(&fmt_known_in(ev.precision, data.index.spans[e].get(), &self.plan.request.zone))
        );
    }

    fn end_event(&mut self) {
        self.body.push_str("</g>\n");
    }

    fn begin_clip(&mut self, clip: Option<Rect>) {
        self.clip = match clip {
            None => String::new(),
            Some(clip) => {
                let key = [clip.min.x.to_bits(), clip.min.y.to_bits(), clip.max.x.to_bits(), clip.max.y.to_bits()];
                let next = self.clips.len();
                let defs = &mut self.defs;
                let id = *self.clips.entry(key).or_insert_with(|| {
                    let _ = writeln!(
                        defs,
                        "<clipPath id=\"c{next}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
                        num(clip.min.x),
                        num(clip.min.y),
                        num(clip.width()),
                        num(clip.height())
                    );
                    next
                });
                format!(" clip-path=\"url(#c{id})\"")
            }
        };
    }

    fn end_clip(&mut self) {
        self.clip.clear();
    }

    fn circle(&mut self, c: &CircleShape) {
        let (f, s) = (fill(c.fill), stroke(c.stroke));
        if f.is_empty() && s.is_empty() {
            return;
        }
        let f = if f.is_empty() { " fill=\"none\"".to_owned() } else { f };
        let clip = &self.clip;
        let _ = writeln!(self.body, "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{f}{s}{clip}/>", num(c.center.x), num(c.center.y), num(c.radius));
    }

    fn ellipse(&mut self, e: &EllipseShape) {
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
            self.body,
            "<ellipse cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"{rot}{f}{s}{}/>",
            num(e.center.x),
            num(e.center.y),
            num(e.radius.x),
            num(e.radius.y),
            self.clip
        );
    }

    fn line(&mut self, a: Pos2, b: Pos2, st: Stroke) {
        let s = stroke(st);
        if s.is_empty() {
            return;
        }
        let _ =
            writeln!(self.body, "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{s}{}/>", num(a.x), num(a.y), num(b.x), num(b.y), self.clip);
    }

    fn path(&mut self, pts: &[Pos2], closed: bool, fill_color: Color32, st: Stroke) {
        let s = stroke(st);
        let clip = &self.clip;
        if closed {
            let f = fill(fill_color);
            if f.is_empty() && s.is_empty() {
                return;
            }
            let f = if f.is_empty() { " fill=\"none\"".to_owned() } else { f };
            let _ = writeln!(self.body, "<polygon points=\"{}\"{f}{s} stroke-linejoin=\"round\"{clip}/>", points(pts));
        } else if !s.is_empty() {
            let _ = writeln!(self.body, "<polyline points=\"{}\" fill=\"none\"{s} stroke-linejoin=\"round\"{clip}/>", points(pts));
        }
    }

    fn rect(&mut self, r: &RectShape) {
        rect(&mut self.body, r, &self.clip);
    }

    fn fill_rect(&mut self, r: Rect, color: Color32) {
        let f = fill(color);
        if !f.is_empty() {
            let _ = writeln!(
                self.body,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{f}{}/>",
                num(r.min.x),
                num(r.min.y),
                num(r.width()),
                num(r.height()),
                self.clip
            );
        }
    }

    fn triangle(&mut self, pts: [Pos2; 3], color: Color32) {
        let f = fill(color);
        if !f.is_empty() {
            let _ = writeln!(self.body, "<polygon points=\"{}\"{f}{}/>", points(&pts), self.clip);
        }
    }

    fn quadratic(&mut self, q: &QuadraticBezierShape, st: Stroke) {
        let [a, c, d] = q.points;
        let d =
            format!("M{} {} Q{} {} {} {}{}", num(a.x), num(a.y), num(c.x), num(c.y), num(d.x), num(d.y), if q.closed { " Z" } else { "" });
        bezier(&mut self.body, &d, q.closed, q.fill, st, &self.clip);
    }

    fn cubic(&mut self, c: &CubicBezierShape, st: Stroke) {
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
        bezier(&mut self.body, &d, c.closed, c.fill, st, &self.clip);
    }

    /// One `<text>` per galley, one `<tspan>` per run, with `textLength` so
    /// that a different fallback font still spans the same width.
    fn text(&mut self, t: &TextShape, runs: &[TextRun], mono: bool) {
        let b = &mut self.body;
        let rot = if t.angle != 0.0 {
            format!(" transform=\"rotate({} {} {})\"", num(t.angle.to_degrees()), num(t.pos.x), num(t.pos.y))
        } else {
            String::new()
        };
        let _ = write!(b, "<text{}{rot}{}>", if mono { " class=\"mono\"" } else { "" }, self.clip);
        for run in runs {
            let f = fill(run.color);
            if f.is_empty() {
                continue;
            }
            let _ = write!(
                b,
                "<tspan x=\"{}\" y=\"{}\" font-size=\"{}\" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"{f}>{}</tspan>",
                num(run.pos.x),
                num(run.pos.y),
                num(run.size),
                num(run.width.max(0.1)),
                esc(&run.text)
            );
        }
        b.push_str("</text>\n");
    }
}

fn bezier(b: &mut String, d: &str, closed: bool, fill_color: Color32, st: Stroke, clip: &str) {
    let f = if closed { fill(fill_color) } else { String::new() };
    let s = stroke(st);
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
