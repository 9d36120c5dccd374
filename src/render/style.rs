//! Colours and sizes of the timeline, derived from the egui theme, so that the
//! window and exported images share one look.

use crate::model::Loaded;
use crate::model::validate::parse_hex_color;
use egui::{Color32, Stroke, Visuals};
use serde::{Deserialize, Serialize};

/// What the View menu adds to light / dark: remembered in the settings and
/// passed to exports, so that an image looks like the window it came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appearance {
    /// Pure black / white backgrounds and text, thicker lines and focus.
    #[serde(default)]
    pub high_contrast: bool,
    /// Lanes coloured from a palette told apart with any colour vision (the file's colours are set aside).
    #[serde(default)]
    pub colour_blind: bool,
}

#[derive(Debug, Clone)]
pub struct TimelineStyle {
    pub dark: bool,
    pub high_contrast: bool,
    pub bg: Color32,
    pub gutter_bg: Color32,
    pub axis_bg: Color32,
    pub lane_alt_bg: Color32,
    pub text: Color32,
    pub weak_text: Color32,
    pub grid_major: Color32,
    pub grid_minor: Color32,
    pub selection: Color32,
    /// Sources that disagree.
    pub warning: Color32,
    /// The keyboard focus ring.
    pub focus: Color32,
    /// Multiplies the width of lines that carry meaning (mark edges, rings, whiskers).
    pub line: f32,
    pub font_size: f32,
    pub small_font_size: f32,
    /// The zone the axis and tooltips tell times of day in (View → Time zone, `--tz`).
    pub zone: crate::model::zone::Zone,
}

impl TimelineStyle {
    /// The ordinary look of the theme of `v`.
    pub fn from_visuals(v: &Visuals) -> Self {
        Self::new(v.dark_mode, Appearance::default())
    }

    pub fn new(dark: bool, look: Appearance) -> Self {
        if look.high_contrast {
            return Self::high_contrast(dark);
        }
        if dark {
            Self {
                dark,
                high_contrast: false,
                bg: Color32::from_rgb(24, 26, 30),
                gutter_bg: Color32::from_rgb(32, 35, 40),
                axis_bg: Color32::from_rgb(32, 35, 40),
                lane_alt_bg: Color32::from_rgb(28, 30, 35),
                text: Color32::from_rgb(226, 228, 232),
                weak_text: Color32::from_rgb(150, 155, 165),
                grid_major: Color32::from_rgb(70, 75, 85),
                grid_minor: Color32::from_rgb(44, 47, 54),
                selection: Color32::from_rgb(255, 200, 60),
                warning: Color32::from_rgb(255, 95, 95),
                focus: Color32::from_rgb(120, 190, 255),
                line: 1.0,
                font_size: 13.0,
                small_font_size: 11.0,
                zone: Default::default(),
            }
        } else {
            Self {
                dark,
                high_contrast: false,
                bg: Color32::from_rgb(252, 252, 253),
                gutter_bg: Color32::from_rgb(240, 241, 244),
                axis_bg: Color32::from_rgb(240, 241, 244),
                lane_alt_bg: Color32::from_rgb(246, 247, 249),
                text: Color32::from_rgb(28, 30, 36),
                weak_text: Color32::from_rgb(105, 110, 120),
                grid_major: Color32::from_rgb(200, 204, 212),
                grid_minor: Color32::from_rgb(230, 232, 237),
                selection: Color32::from_rgb(230, 120, 0),
                warning: Color32::from_rgb(200, 30, 30),
                focus: Color32::from_rgb(0, 90, 200),
                line: 1.0,
                font_size: 13.0,
                small_font_size: 11.0,
                zone: Default::default(),
            }
        }
    }

    /// Black or white ground, text in the opposite, lines at least 1.5x as thick.
    fn high_contrast(dark: bool) -> Self {
        let (bg, fg) = if dark { (Color32::BLACK, Color32::WHITE) } else { (Color32::WHITE, Color32::BLACK) };
        let grey = |l: u8| Color32::from_gray(if dark { l } else { 255 - l });
        Self {
            dark,
            high_contrast: true,
            bg,
            gutter_bg: bg,
            axis_bg: bg,
            lane_alt_bg: grey(26),
            text: fg,
            weak_text: grey(215),
            grid_major: grey(190),
            grid_minor: grey(110),
            selection: if dark { Color32::from_rgb(255, 230, 0) } else { Color32::from_rgb(200, 0, 120) },
            warning: if dark { Color32::from_rgb(255, 110, 110) } else { Color32::from_rgb(190, 0, 0) },
            focus: if dark { Color32::from_rgb(0, 255, 255) } else { Color32::from_rgb(0, 0, 230) },
            line: 1.6,
            font_size: 13.0,
            small_font_size: 11.0,
            zone: Default::default(),
        }
    }

    /// A stroke `width` wide (before the high-contrast thickening).
    pub fn stroke(&self, width: f32, color: Color32) -> Stroke {
        Stroke::new(width * self.line, color)
    }

    pub fn font(&self) -> egui::FontId {
        egui::FontId::proportional(self.font_size)
    }
    pub fn small_font(&self) -> egui::FontId {
        egui::FontId::proportional(self.small_font_size)
    }
}

/// Lane colours as the file gives them, or a readable default palette.
pub fn lane_colors(data: &Loaded) -> Vec<Color32> {
    const PALETTE: [[u8; 3]; 8] =
        [[47, 111, 208], [194, 59, 59], [122, 75, 196], [217, 154, 0], [95, 127, 111], [0, 150, 160], [200, 90, 160], [120, 120, 120]];
    data.dataset
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let [r, g, b] = l.color.as_deref().and_then(parse_hex_color).unwrap_or(PALETTE[i % PALETTE.len()]);
            Color32::from_rgb(r, g, b)
        })
        .collect()
}

/// The Okabe-Ito palette: eight colours chosen to stay distinct with the common
/// forms of colour blindness (M. Okabe and K. Ito, "Color Universal Design (CUD):
/// How to make figures and presentations that are friendly to colorblind people",
/// 2002, jfly.uni-koeln.de/color/). Ordered so that the first lanes get the most
/// distinct hues; yellow, weakest on white, comes late. The eighth, black, turns
/// white on a dark ground.
const OKABE_ITO: [[u8; 3]; 8] = [
    [0, 114, 178],   // blue
    [230, 159, 0],   // orange
    [0, 158, 115],   // bluish green
    [213, 94, 0],    // vermillion
    [204, 121, 167], // reddish purple
    [86, 180, 233],  // sky blue
    [240, 228, 66],  // yellow
    [0, 0, 0],       // black
];

/// The lane colours drawn: `base` (the file's, from [`lane_colors`]) as the
/// appearance asks. Colour-blind: the Okabe-Ito palette in lane order (it repeats
/// after eight lanes). High contrast: every colour at least 3:1 against the ground
/// (the WCAG minimum for graphics), darkened or lightened until it is.
pub fn lane_colors_for(base: &[Color32], look: Appearance, style: &TimelineStyle, out: &mut Vec<Color32>) {
    out.clear();
    out.extend(base.iter().enumerate().map(|(i, &c)| {
        let c = if look.colour_blind {
            match OKABE_ITO[i % OKABE_ITO.len()] {
                [0, 0, 0] if style.dark => Color32::WHITE,
                [r, g, b] => Color32::from_rgb(r, g, b),
            }
        } else {
            c
        };
        if look.high_contrast { with_contrast(c, style.bg, 3.0) } else { c }
    }));
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: Color32) -> f32 {
    let lin = |v: u8| {
        let v = v as f32 / 255.0;
        if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `c`, moved towards white (on a dark ground) or black (on a light one) until it
/// stands `ratio`:1 against `bg`; the hue is kept as far as the ratio allows.
fn with_contrast(c: Color32, bg: Color32, ratio: f32) -> Color32 {
    let towards = if luminance(bg) < 0.5 { Color32::WHITE } else { Color32::BLACK };
    (0..=20).map(|step| lerp(c, towards, step as f32 / 20.0)).find(|&m| contrast(m, bg) >= ratio).unwrap_or(towards)
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// The window's egui visuals for a theme and appearance. Keyboard focus is drawn
/// as a thick outline in the focus colour (egui draws a focused widget with its
/// `active` look); high contrast also makes every widget outline and text pure.
pub fn window_visuals(dark: bool, look: Appearance) -> Visuals {
    let mut v = if dark { Visuals::dark() } else { Visuals::light() };
    let style = TimelineStyle::new(dark, look);
    v.widgets.active.bg_stroke = Stroke::new(if look.high_contrast { 3.0 } else { 2.0 }, style.focus);
    if !look.high_contrast {
        return v;
    }
    let (bg, fg) = (style.bg, style.text);
    // Text takes the widgets' pure foreground (not an override, which would also
    // paint selected text white on the bright selection).
    v.weak_text_color = Some(style.weak_text);
    v.panel_fill = bg;
    v.window_fill = bg;
    v.extreme_bg_color = bg;
    v.text_edit_bg_color = Some(bg);
    v.faint_bg_color = style.lane_alt_bg;
    v.code_bg_color = style.lane_alt_bg;
    v.window_stroke = Stroke::new(2.0, fg);
    v.hyperlink_color = style.focus;
    v.warn_fg_color = style.selection;
    v.error_fg_color = style.warning;
    v.selection.bg_fill = style.focus;
    v.selection.stroke = Stroke::new(2.0, bg);
    let w = &mut v.widgets;
    w.noninteractive.bg_stroke = Stroke::new(1.0, style.grid_major);
    w.noninteractive.fg_stroke = Stroke::new(1.0, fg);
    for (x, width) in [(&mut w.inactive, 1.5), (&mut w.hovered, 2.0), (&mut w.open, 2.0)] {
        x.bg_fill = bg;
        x.weak_bg_fill = bg;
        x.bg_stroke = Stroke::new(width, fg);
        x.fg_stroke = Stroke::new(1.5, fg);
    }
    w.active.bg_fill = bg;
    w.active.weak_bg_fill = bg;
    w.active.fg_stroke = Stroke::new(2.0, fg);
    v
}

/// 1241 → "1,241".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratios_are_wcag_ones() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // WCAG's own example: #777777 on white is about 4.48:1.
        assert!((contrast(Color32::from_gray(0x77), Color32::WHITE) - 4.48).abs() < 0.02);
    }

    #[test]
    fn palettes_follow_the_appearance() {
        let base = vec![Color32::from_rgb(240, 240, 60), Color32::from_rgb(20, 20, 30), Color32::from_rgb(47, 111, 208)];
        let mut out = Vec::new();
        // Ordinary: the file's colours as they are.
        let light = TimelineStyle::new(false, Appearance::default());
        lane_colors_for(&base, Appearance::default(), &light, &mut out);
        assert_eq!(out, base);
        // Colour-blind: Okabe-Ito in lane order, whatever the file says.
        let cb = Appearance { colour_blind: true, high_contrast: false };
        lane_colors_for(&base, cb, &light, &mut out);
        assert_eq!(out, [Color32::from_rgb(0, 114, 178), Color32::from_rgb(230, 159, 0), Color32::from_rgb(0, 158, 115)]);
        // High contrast: every lane colour stands 3:1 against the ground, on black and on white.
        for dark in [false, true] {
            let hc = Appearance { high_contrast: true, colour_blind: false };
            let style = TimelineStyle::new(dark, hc);
            assert_eq!(style.bg, if dark { Color32::BLACK } else { Color32::WHITE });
            lane_colors_for(&base, hc, &style, &mut out);
            assert!(out.iter().all(|&c| contrast(c, style.bg) >= 3.0), "{out:?} on {:?}", style.bg);
            assert_ne!(out, base, "some of these needed adjusting");
        }
    }

    #[test]
    fn high_contrast_visuals_are_pure_and_focus_is_thick() {
        let v = window_visuals(true, Appearance { high_contrast: true, colour_blind: false });
        assert_eq!((v.panel_fill, v.text_color()), (Color32::BLACK, Color32::WHITE));
        assert!(contrast(v.selection.bg_fill, v.selection.stroke.color) >= 7.0, "selected text stays readable");
        assert!(v.widgets.active.bg_stroke.width >= 3.0);
        let ordinary = window_visuals(false, Appearance::default());
        assert_eq!(ordinary.panel_fill, Visuals::light().panel_fill);
        assert!(ordinary.widgets.active.bg_stroke.width >= 2.0, "focus is visible in the ordinary theme too");
    }
}
