//! Colours and sizes of the timeline, derived from the egui theme, so that the
//! window and exported images share one look.

use crate::model::Loaded;
use crate::model::validate::parse_hex_color;
use egui::{Color32, Visuals};

#[derive(Debug, Clone)]
pub struct TimelineStyle {
    pub dark: bool,
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
    pub font_size: f32,
    pub small_font_size: f32,
}

impl TimelineStyle {
    pub fn from_visuals(v: &Visuals) -> Self {
        let dark = v.dark_mode;
        if dark {
            Self {
                dark,
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
                font_size: 13.0,
                small_font_size: 11.0,
            }
        } else {
            Self {
                dark,
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
                font_size: 13.0,
                small_font_size: 11.0,
            }
        }
    }

    pub fn font(&self) -> egui::FontId {
        egui::FontId::proportional(self.font_size)
    }
    pub fn small_font(&self) -> egui::FontId {
        egui::FontId::proportional(self.small_font_size)
    }
}

/// Lane colours: the file's, or a readable default palette.
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
