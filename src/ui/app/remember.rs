//! Glue between the window and its remembered settings: recent files, the
//! last view of each file, the theme and the window size.

use super::*;
use crate::ui::settings::{LastView, Settings, settings_path};

impl ChronolensApp {
    /// Remembers settings in `data_dir` (the real window does; tests may).
    pub fn enable_settings(&mut self, data_dir: &Path) {
        let file = settings_path(data_dir);
        self.settings = Some((Settings::load(&file), file));
    }

    pub fn settings(&self) -> Option<&Settings> {
        self.settings.as_ref().map(|(s, _)| s)
    }

    fn write_settings(&self) {
        if let Some((s, file)) = &self.settings
            && let Err(e) = s.save(file)
        {
            eprintln!("chronolens: could not remember settings: {e}");
        }
    }

    /// A file was opened: it goes first in the recent list, and its last view
    /// is shown once the window knows its width.
    pub(super) fn opened(&mut self, path: PathBuf) {
        if let Some((s, _)) = &mut self.settings {
            s.opened(&path);
            self.pending_view = s.view_of(&path).cloned();
        }
        self.path = Some(path);
        self.write_settings();
    }

    /// Keeps the open file's view, before another file replaces it or the window closes.
    pub(super) fn remember_view(&mut self) {
        let (Some(path), Some((s, _))) = (&self.path, &mut self.settings) else { return };
        let ds = &self.data.dataset;
        let hidden_lanes = ds.lanes.iter().zip(&self.hidden).filter(|(_, h)| **h).map(|(l, _)| l.id.clone()).collect();
        let (lane_order, collapsed_lanes) = self.timeline.lanes.to_ids(&ds.lanes);
        let split_lanes = self.timeline.lanes.split_ids(&ds.lanes);
        let v = self.timeline.view;
        s.remember_view(
            path,
            LastView { t0: v.t0, secs_per_px: v.secs_per_px, hidden_lanes, lane_order, collapsed_lanes, split_lanes, used: 0 },
        );
    }

    /// Each frame: apply a remembered view or theme once; note size and theme.
    pub(super) fn settings_frame(&mut self, ui: &Ui) {
        if !self.theme_applied {
            self.theme_applied = true;
            if let Some(dark) = self.settings().and_then(|s| s.dark) {
                ui.ctx().set_theme(if dark { egui::Theme::Dark } else { egui::Theme::Light });
            }
            if let Some(s) = self.settings() {
                self.appearance = crate::render::style::Appearance { high_contrast: s.high_contrast, colour_blind: s.colour_blind };
            }
            let zone = self.settings().and_then(|s| s.time_zone.as_deref()).and_then(|z| crate::model::zone::Zone::parse(z).ok());
            if let Some(zone) = zone {
                self.timeline.zone = zone;
            }
            if let Some(zoom) = self.settings().and_then(|s| s.zoom).filter(|z| (0.5..=3.0).contains(z)) {
                ui.ctx().set_zoom_factor(zoom);
            }
        }
        if self.timeline.plot_width > 0.0
            && let Some(v) = self.pending_view.take()
        {
            self.timeline.view = crate::timeline::TimeView { t0: v.t0, secs_per_px: v.secs_per_px };
            self.timeline.fit_pending = false;
            for (i, lane) in self.data.dataset.lanes.iter().enumerate() {
                self.hidden[i] = v.hidden_lanes.contains(&lane.id);
            }
            // Lanes gone from the file since are simply left out.
            let lanes = &self.data.dataset.lanes;
            self.timeline.lanes = crate::render::LaneArrangement::from_ids(lanes, &v.lane_order, &v.collapsed_lanes)
                .0
                .with_split_ids(lanes, &v.split_lanes)
                .0;
        }
        if let Some((s, _)) = &mut self.settings {
            s.dark = Some(ui.visuals().dark_mode);
            (s.high_contrast, s.colour_blind) = (self.appearance.high_contrast, self.appearance.colour_blind);
            s.zoom = Some(ui.ctx().zoom_factor());
            s.time_zone = Some(self.timeline.zone.id());
            let size = ui.ctx().content_rect().size();
            s.window = Some([size.x, size.y]);
        }
    }

    /// The window is closing: remember everything.
    pub(super) fn save_settings_on_exit(&mut self) {
        self.remember_view();
        self.write_settings();
    }

    /// File → Open recent.
    pub(super) fn recent_menu(&mut self, ui: &mut Ui) {
        let recent: Vec<PathBuf> = self.settings().map(|s| s.recent.clone()).unwrap_or_default();
        if recent.is_empty() {
            ui.weak("No recent files");
        }
        for p in recent {
            let exists = p.exists();
            let r = ui.add_enabled(exists, egui::Button::new(p.display().to_string()));
            if r.clicked() {
                self.open_path(&p);
                ui.close();
            }
        }
    }
}
