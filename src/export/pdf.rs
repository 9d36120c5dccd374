//! A one-page vector PDF, for print, from the very shapes the SVG is written
//! from (walked by [`super::walk`]). Written by hand: a handful of objects, an
//! uncompressed content stream (m/l/c/re/f/S/B, q/Q/cm, colours with alpha
//! through ExtGState) and a cross-reference table.
//!
//! Text is real text. When all of it is in WinAnsi (Windows-1252), it is set
//! in the standard Helvetica (Courier for monospace), which every reader has,
//! so nothing is embedded; otherwise (Cyrillic, Polish names…) all of it is set
//! in the window's own fonts, embedded and cut down to the glyphs used
//! ([`super::pdf_font`]), so one page never mixes two typefaces. Each run sits
//! at egui's glyph positions and is scaled horizontally (`Tz`) to span the
//! galley's width, as the SVG does with `textLength`. Each event's mark is a
//! marked-content sequence `/Event <</ID (…)>> BDC … EMC`.

use super::pdf_font::EmbeddedFonts;
use super::walk::{Canvas, TextRun, walk};
use super::{Plan, Scene};
use egui::epaint::{
    CircleShape, CornerRadius, CubicBezierShape, EllipseShape, QuadraticBezierShape, RectShape, Stroke, StrokeKind, TextShape,
};
use egui::{Color32, Pos2, Rect, Vec2};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Control-point distance of a quarter circle drawn as one cubic Bézier.
const KAPPA: f32 = 0.552_284_8;

/// The page as PDF bytes; the page is the export's size in points.
pub fn write(scene: &Scene, plan: &Plan) -> Vec<u8> {
    let fonts = needs_embedded_fonts(scene).then(EmbeddedFonts::new);
    let mut w =
        Writer { plan, ops: String::with_capacity(scene.shapes.len() * 80), states: BTreeMap::new(), clip_depth: Vec::new(), fonts };
    let (width, height) = (scene.size.x.max(1.0), scene.size.y.max(1.0));
    // egui's y points down: flip once, so every shape is written in egui's coordinates.
    let _ = writeln!(w.ops, "1 0 0 -1 0 {} cm 1 j", num(height));
    walk(scene, &mut w);

    let mut states = String::new();
    for ((ca, stroke_ca), name) in &w.states {
        let _ = write!(states, "/{name} <</ca {} /CA {}>> ", alpha(*ca), alpha(*stroke_ca));
    }
    // Embedded fonts come after the seven fixed objects, five objects each.
    let mut embedded: Vec<Vec<u8>> = Vec::new();
    // The standard fonts are named only when used: a print shop's preflight flags fonts that are not embedded.
    let mut font_refs = if w.fonts.is_some() { String::new() } else { " /F1 4 0 R /F2 5 0 R".to_owned() };
    if let Some(fonts) = &w.fonts {
        for face in fonts.used() {
            let first = 8 + embedded.len();
            let objs = fonts.objects(face, first);
            if !objs.is_empty() {
                let _ = write!(font_refs, " /E{face} {first} 0 R");
                embedded.extend(objs);
            }
        }
    }
    let info_date = plan.export_date.replace('-', "");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {} {}] /Resources << /Font <<{font_refs} >> /ExtGState << {states}>> >> /Contents 6 0 R >>",
            num(width),
            num(height)
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_owned(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>".to_owned(),
        // The line break before `endstream` is not part of the stream.
        format!("<< /Length {} >>\nstream\n{}\nendstream", w.ops.len(), w.ops),
        format!(
            "<< /Title {} /Subject {} /Producer (chronolens {}){} >>",
            utf16_string(&plan.document_title()),
            utf16_string(&format!("{} events from {}", plan.events.len(), plan.data.name)),
            env!("CARGO_PKG_VERSION"),
            if info_date.len() == 8 && info_date.bytes().all(|b| b.is_ascii_digit()) {
                format!(" /CreationDate (D:{info_date})")
            } else {
                String::new()
            }
        ),
    ];
    // Binary marker comment: tells transfer tools the file is binary.
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let count = objects.len() + embedded.len();
    let mut offsets = Vec::with_capacity(count);
    let bodies = objects.into_iter().map(String::into_bytes).chain(embedded);
    for (i, body) in bodies.enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(&body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    let mut tail = format!("xref\n0 {}\n0000000000 65535 f \n", count + 1);
    for o in offsets {
        let _ = writeln!(tail, "{o:010} 00000 n ");
    }
    let _ = write!(tail, "trailer\n<< /Size {} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n", count + 1);
    out.extend_from_slice(tail.as_bytes());
    out
}

struct Writer<'p, 'a> {
    plan: &'p Plan<'a>,
    /// The content stream (ASCII).
    ops: String,
    /// ExtGState names by (fill alpha, stroke alpha).
    states: BTreeMap<(u8, u8), String>,
    /// Per `begin_clip`, whether it pushed a clip (to pop in `end_clip`).
    clip_depth: Vec<bool>,
    /// Set when some text is outside WinAnsi: then all text uses these.
    fonts: Option<EmbeddedFonts>,
}

/// Whether some text of `scene` has a character the standard fonts lack.
fn needs_embedded_fonts(scene: &Scene) -> bool {
    fn any(shape: &egui::Shape) -> bool {
        match shape {
            egui::Shape::Vec(v) => v.iter().any(any),
            egui::Shape::Text(t) => t.galley.job.text.chars().any(|c| !c.is_control() && winansi_code(c).is_none()),
            _ => false,
        }
    }
    scene.shapes.iter().any(|s| any(&s.shape))
}

impl Writer<'_, '_> {
    /// Paints the path that `path` writes: filled with `fill` and/or stroked
    /// with `stroke`, each left out when transparent. Nothing when neither shows.
    fn paint(&mut self, fill: Color32, stroke: Stroke, path: impl FnOnce(&mut String)) {
        let fills = fill.a() > 0;
        let strokes = stroke.width > 0.0 && stroke.color.a() > 0;
        if !fills && !strokes {
            return;
        }
        self.ops.push_str("q ");
        let fa = if fills { fill.to_srgba_unmultiplied()[3] } else { 255 };
        let sa = if strokes { stroke.color.to_srgba_unmultiplied()[3] } else { 255 };
        self.alpha_state(fa, sa);
        if fills {
            let _ = write!(self.ops, "{} rg ", rgb(fill));
        }
        if strokes {
            let _ = write!(self.ops, "{} RG {} w ", rgb(stroke.color), num(stroke.width));
        }
        path(&mut self.ops);
        self.ops.push_str(match (fills, strokes) {
            (true, true) => " B Q\n",
            (true, false) => " f Q\n",
            _ => " S Q\n",
        });
    }

    /// Selects an ExtGState with these alphas (none needed when both are opaque).
    fn alpha_state(&mut self, fill: u8, stroke: u8) {
        if fill == 255 && stroke == 255 {
            return;
        }
        let next = self.states.len();
        let name = self.states.entry((fill, stroke)).or_insert_with(|| format!("A{next}")).clone();
        let _ = write!(self.ops, "/{name} gs ");
    }
}

impl Canvas for Writer<'_, '_> {
    fn begin_event(&mut self, e: u32) {
        let id = self.plan.data.dataset.events.get(e as usize).map_or("", |ev| ev.id.as_str());
        let _ = writeln!(self.ops, "/Event <</ID {}>> BDC", literal(&winansi(id)));
    }

    fn end_event(&mut self) {
        self.ops.push_str("EMC\n");
    }

    fn begin_clip(&mut self, clip: Option<Rect>) {
        if let Some(c) = clip {
            let _ = writeln!(self.ops, "q {} {} {} {} re W n", num(c.min.x), num(c.min.y), num(c.width()), num(c.height()));
        }
        self.clip_depth.push(clip.is_some());
    }

    fn end_clip(&mut self) {
        if self.clip_depth.pop() == Some(true) {
            self.ops.push_str("Q\n");
        }
    }

    fn circle(&mut self, c: &CircleShape) {
        self.paint(c.fill, c.stroke, |o| ellipse_path(o, c.center, Vec2::splat(c.radius)));
    }

    fn ellipse(&mut self, e: &EllipseShape) {
        if e.angle == 0.0 {
            self.paint(e.fill, e.stroke, |o| ellipse_path(o, e.center, e.radius));
        } else {
            let _ = writeln!(self.ops, "q {}", rotation(e.angle, e.center));
            self.paint(e.fill, e.stroke, |o| ellipse_path(o, Pos2::ZERO, e.radius));
            self.ops.push_str("Q\n");
        }
    }

    fn line(&mut self, a: Pos2, b: Pos2, stroke: Stroke) {
        self.paint(Color32::TRANSPARENT, stroke, |o| {
            let _ = write!(o, "{} {} m {} {} l", num(a.x), num(a.y), num(b.x), num(b.y));
        });
    }

    fn path(&mut self, points: &[Pos2], closed: bool, fill: Color32, stroke: Stroke) {
        let fill = if closed { fill } else { Color32::TRANSPARENT };
        self.paint(fill, stroke, |o| polyline(o, points, closed));
    }

    fn rect(&mut self, r: &RectShape) {
        let rotated = r.angle != 0.0;
        if rotated {
            let _ = writeln!(self.ops, "q {}", rotation(r.angle, r.rect.center()));
        }
        // Rotated: draw around the origin, the rotation's centre.
        let at = |rect: Rect| if rotated { rect.translate(-r.rect.center().to_vec2()) } else { rect };
        let radius = |cr: CornerRadius, d: f32| (cr.nw as f32 + cr.ne as f32 + cr.sw as f32 + cr.se as f32) / 4.0 + d;
        if r.blur_width <= 0.0 && r.rect.is_positive() {
            let rr = at(r.rect);
            self.paint(r.fill, Stroke::NONE, |o| rounded_rect(o, rr, radius(r.corner_radius, 0.0)));
        }
        let half = r.stroke.width / 2.0;
        let (rr, d) = match r.stroke_kind {
            StrokeKind::Inside => (r.rect.shrink(half), -half),
            StrokeKind::Middle => (r.rect, 0.0),
            StrokeKind::Outside => (r.rect.expand(half), half),
        };
        let rr = at(rr);
        self.paint(Color32::TRANSPARENT, r.stroke, |o| rounded_rect(o, rr, radius(r.corner_radius, d)));
        if rotated {
            self.ops.push_str("Q\n");
        }
    }

    fn fill_rect(&mut self, r: Rect, fill: Color32) {
        self.paint(fill, Stroke::NONE, |o| {
            let _ = write!(o, "{} {} {} {} re", num(r.min.x), num(r.min.y), num(r.width()), num(r.height()));
        });
    }

    fn triangle(&mut self, points: [Pos2; 3], fill: Color32) {
        self.paint(fill, Stroke::NONE, |o| polyline(o, &points, true));
    }

    fn quadratic(&mut self, q: &QuadraticBezierShape, stroke: Stroke) {
        // The same curve as a cubic: control points two thirds of the way to the quadratic's.
        let [a, c, d] = q.points;
        let p1 = a + (c - a) * (2.0 / 3.0);
        let p2 = d + (c - d) * (2.0 / 3.0);
        let fill = if q.closed { q.fill } else { Color32::TRANSPARENT };
        self.paint(fill, stroke, |o| cubic_path(o, [a, p1, p2, d], q.closed));
    }

    fn cubic(&mut self, c: &CubicBezierShape, stroke: Stroke) {
        let fill = if c.closed { c.fill } else { Color32::TRANSPARENT };
        self.paint(fill, stroke, |o| cubic_path(o, c.points, c.closed));
    }

    fn text(&mut self, t: &TextShape, runs: &[TextRun], mono: bool) {
        let rotated = t.angle != 0.0;
        if rotated {
            let _ = writeln!(self.ops, "q {}", rotation(t.angle, t.pos));
        }
        let origin = if rotated { t.pos.to_vec2() } else { Vec2::ZERO };
        for run in runs {
            let [_, _, _, a] = run.color.to_srgba_unmultiplied();
            if a == 0 {
                continue;
            }
            // The glyphs, in one or several fonts, and their natural width in thousandths of the size.
            let (shows, natural) = match &mut self.fonts {
                Some(fonts) => {
                    let segments = fonts.encode(&run.text, mono);
                    let natural = segments.iter().map(|s| s.advance).sum::<f32>();
                    let shows =
                        segments.iter().map(|s| format!("/E{} {} Tf <{}> Tj", s.font, num(run.size), s.hex)).collect::<Vec<_>>().join(" ");
                    (shows, natural)
                }
                None => {
                    let bytes = winansi(&run.text);
                    let natural = bytes.iter().map(|&b| if mono { 600.0 } else { helvetica_width(b) }).sum::<f32>();
                    (format!("/{} {} Tf {} Tj", if mono { "F2" } else { "F1" }, num(run.size), literal(&bytes)), natural)
                }
            };
            let natural = natural * run.size / 1000.0;
            let scale = if natural > 0.0 { 100.0 * run.width.max(0.1) / natural } else { 100.0 };
            let pos = run.pos - origin;
            self.ops.push_str("q ");
            self.alpha_state(a, 255);
            // The text matrix flips y back, so glyphs stand upright in the flipped page.
            let _ = writeln!(self.ops, "{} rg BT {} Tz 1 0 0 -1 {} {} Tm {shows} ET Q", rgb(run.color), num(scale), num(pos.x), num(pos.y));
        }
        if rotated {
            self.ops.push_str("Q\n");
        }
    }
}

/// `cm` operands rotating by `angle` (radians, clockwise on screen as in egui) about `centre`.
fn rotation(angle: f32, centre: Pos2) -> String {
    let (s, c) = angle.sin_cos();
    format!("{} {} {} {} {} {} cm", fixed(c), fixed(s), fixed(-s), fixed(c), num(centre.x), num(centre.y))
}

fn polyline(o: &mut String, points: &[Pos2], closed: bool) {
    for (i, p) in points.iter().enumerate() {
        let _ = write!(o, "{} {} {} ", num(p.x), num(p.y), if i == 0 { "m" } else { "l" });
    }
    if closed {
        o.push('h');
    }
}

fn cubic_path(o: &mut String, [a, b, c, d]: [Pos2; 4], closed: bool) {
    let _ = write!(o, "{} {} m {} {} {} {} {} {} c", num(a.x), num(a.y), num(b.x), num(b.y), num(c.x), num(c.y), num(d.x), num(d.y));
    if closed {
        o.push_str(" h");
    }
}

/// An ellipse as four cubic Béziers.
fn ellipse_path(o: &mut String, c: Pos2, r: Vec2) {
    let (kx, ky) = (r.x * KAPPA, r.y * KAPPA);
    let _ = write!(o, "{} {} m ", num(c.x + r.x), num(c.y));
    let quarter = |o: &mut String, p1: (f32, f32), p2: (f32, f32), p3: (f32, f32)| {
        let _ = write!(o, "{} {} {} {} {} {} c ", num(p1.0), num(p1.1), num(p2.0), num(p2.1), num(p3.0), num(p3.1));
    };
    quarter(o, (c.x + r.x, c.y + ky), (c.x + kx, c.y + r.y), (c.x, c.y + r.y));
    quarter(o, (c.x - kx, c.y + r.y), (c.x - r.x, c.y + ky), (c.x - r.x, c.y));
    quarter(o, (c.x - r.x, c.y - ky), (c.x - kx, c.y - r.y), (c.x, c.y - r.y));
    quarter(o, (c.x + kx, c.y - r.y), (c.x + r.x, c.y - ky), (c.x + r.x, c.y));
    o.push('h');
}

/// A rectangle with corners of radius `radius` (the SVG's average of egui's four).
fn rounded_rect(o: &mut String, r: Rect, radius: f32) {
    let rad = radius.min(r.width() / 2.0).min(r.height() / 2.0);
    if rad <= 0.0 {
        let _ = write!(o, "{} {} {} {} re", num(r.min.x), num(r.min.y), num(r.width().max(0.0)), num(r.height().max(0.0)));
        return;
    }
    let (x0, y0, x1, y1) = (r.min.x, r.min.y, r.max.x, r.max.y);
    let k = rad * (1.0 - KAPPA);
    let _ = write!(o, "{} {} m {} {} l ", num(x0 + rad), num(y0), num(x1 - rad), num(y0));
    let _ = write!(o, "{} {} {} {} {} {} c ", num(x1 - k), num(y0), num(x1), num(y0 + k), num(x1), num(y0 + rad));
    let _ = write!(o, "{} {} l ", num(x1), num(y1 - rad));
    let _ = write!(o, "{} {} {} {} {} {} c ", num(x1), num(y1 - k), num(x1 - k), num(y1), num(x1 - rad), num(y1));
    let _ = write!(o, "{} {} l ", num(x0 + rad), num(y1));
    let _ = write!(o, "{} {} {} {} {} {} c ", num(x0 + k), num(y1), num(x0), num(y1 - k), num(x0), num(y1 - rad));
    let _ = write!(o, "{} {} l ", num(x0), num(y0 + rad));
    let _ = write!(o, "{} {} {} {} {} {} c h", num(x0), num(y0 + k), num(x0 + k), num(y0), num(x0 + rad), num(y0));
}

/// `r g b` operands (sRGB, straight alpha left to the ExtGState).
fn rgb(c: Color32) -> String {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    format!("{} {} {}", fixed(r as f32 / 255.0), fixed(g as f32 / 255.0), fixed(b as f32 / 255.0))
}

fn alpha(a: u8) -> String {
    fixed(a as f32 / 255.0)
}

/// A coordinate with at most two decimals.
fn num(v: f32) -> String {
    trimmed(v, 2)
}

/// A colour component or a rotation coefficient, with at most four decimals.
fn fixed(v: f32) -> String {
    trimmed(v, 4)
}

fn trimmed(v: f32, decimals: usize) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let s = format!("{v:.decimals$}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() { "0".to_owned() } else { s.to_owned() }
}

/// `text` in Windows-1252, the encoding of the standard fonts: every other character becomes `?`.
pub fn winansi(text: &str) -> Vec<u8> {
    text.chars().map(|c| winansi_code(c).unwrap_or(b'?')).collect()
}

/// The WinAnsi code of `c`, if it has one.
fn winansi_code(c: char) -> Option<u8> {
    match c as u32 {
        0x20..=0x7E | 0xA0..=0xFF => Some(c as u32 as u8),
        _ if c != '\0' => WINANSI_HIGH.iter().position(|&h| h == c).map(|i| 0x80 + i as u8),
        _ => None,
    }
}

/// Characters of WinAnsi codes 0x80–0x9F (NUL where the code is unused).
const WINANSI_HIGH: [char; 32] = [
    '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™',
    'š', '›', 'œ', '\0', 'ž', 'Ÿ',
];

/// A PDF literal string: parentheses and backslashes escaped, anything not printable ASCII in octal.
fn literal(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() + 2);
    s.push('(');
    for &b in bytes {
        match b {
            b'(' | b')' | b'\\' => {
                s.push('\\');
                s.push(b as char);
            }
            0x20..=0x7E => s.push(b as char),
            _ => {
                let _ = write!(s, "\\{b:03o}");
            }
        }
    }
    s.push(')');
    s
}

/// A text string for the document information: UTF-16BE with its byte-order mark, in hex.
fn utf16_string(text: &str) -> String {
    let mut s = String::from("<FEFF");
    for unit in text.encode_utf16() {
        let _ = write!(s, "{unit:04X}");
    }
    s.push('>');
    s
}

/// Advance width of a WinAnsi code in Helvetica, per 1000 units of em (Adobe's metrics).
fn helvetica_width(code: u8) -> f32 {
    match code {
        32..=255 => HELVETICA[code as usize - 32] as f32,
        _ => 0.0,
    }
}

/// Helvetica's advance widths for WinAnsi codes 32–255 (from Adobe's core-font metrics).
#[rustfmt::skip]
const HELVETICA: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,
    556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,
    350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_encoded_for_the_standard_fonts() {
        assert_eq!(winansi("Kyiv – “é” €"), b"Kyiv \x96 \x93\xe9\x94 \x80");
        assert_eq!(winansi("Київ ✓"), b"???? ?");
        assert_eq!(literal(b"a(b)\\c\x96"), "(a\\(b\\)\\\\c\\226)");
        assert_eq!(utf16_string("Aé"), "<FEFF004100E9>");
        assert_eq!(helvetica_width(b'A'), 667.0);
        assert_eq!(helvetica_width(0xE9), 556.0);
        assert_eq!(num(2.0), "2");
        assert_eq!(fixed(0.5), "0.5");
    }

    #[test]
    fn shapes_become_path_operators() {
        let mut o = String::new();
        rounded_rect(&mut o, Rect::from_min_max(Pos2::new(1.0, 2.0), Pos2::new(11.0, 7.0)), 0.0);
        assert_eq!(o, "1 2 10 5 re");
        let mut o = String::new();
        ellipse_path(&mut o, Pos2::new(10.0, 10.0), Vec2::splat(2.0));
        assert!(o.starts_with("12 10 m ") && o.ends_with(" 12 10 c h") && o.matches(" c ").count() == 4, "{o}");
    }
}
