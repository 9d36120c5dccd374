//! High contrast and the colour-blind-safe lane palette: the View menu's
//! choices, applied to egui's visuals, the timeline, the legend and exports.

use super::*;
use crate::render::style::{Appearance, lane_colors_for, window_visuals};

impl ChronolensApp {
    /// Each frame, before anything is drawn: egui's visuals follow the
    /// appearance (both themes, so that the theme switch keeps it), and the lane
    /// colours drawn are the file's as the appearance asks.
    pub(super) fn apply_appearance(&mut self, ui: &Ui) {
        if self.visuals_for != Some(self.appearance) {
            self.visuals_for = Some(self.appearance);
            ui.ctx().set_visuals_of(egui::Theme::Dark, window_visuals(true, self.appearance));
            ui.ctx().set_visuals_of(egui::Theme::Light, window_visuals(false, self.appearance));
            ui.ctx().request_repaint();
        }
        let style = self.timeline_style(ui);
        lane_colors_for(&self.lane_colors, self.appearance, &style, &mut self.shown_colors);
        self.timeline.look = self.appearance;
    }

    /// The look the timeline and legend are drawn with this frame.
    pub(super) fn timeline_style(&self, ui: &Ui) -> TimelineStyle {
        TimelineStyle::new(ui.visuals().dark_mode, self.appearance)
    }

    /// View menu: high contrast and the colour-blind-safe palette (remembered).
    pub(super) fn appearance_menu(&mut self, ui: &mut Ui) {
        let mut look: Appearance = self.appearance;
        ui.checkbox(&mut look.high_contrast, "High contrast")
            .on_hover_text("Black or white backgrounds, pure text, thicker lines and focus; exports too");
        ui.checkbox(&mut look.colour_blind, "Colour-blind-safe lane colours")
            .on_hover_text("The Okabe-Ito palette instead of the file's lane colours; exports too");
        self.appearance = look;
    }
}
