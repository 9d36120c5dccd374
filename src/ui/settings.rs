//! What the window remembers across restarts: recent files, the last view of
//! each file, the theme (with high contrast and the colour-blind palette) and
//! the window size. Kept as JSON in the platform's
//! data folder (never beside the user's files); a damaged file is ignored.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// At most this many recent files, and this many remembered views.
const RECENT: usize = 10;
const VIEWS: usize = 50;

/// The time range and the lanes (hidden, order, collapsed) a file was last looked at with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastView {
    /// Seconds since the epoch at the plot's left edge, and per pixel.
    pub t0: f64,
    pub secs_per_px: f64,
    #[serde(default)]
    pub hidden_lanes: Vec<String>,
    /// Lane ids in the order shown (empty: the file's order), and those collapsed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lane_order: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collapsed_lanes: Vec<String>,
    /// Lane ids split by actor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub split_lanes: Vec<String>,
    /// Order of use, to forget the oldest.
    #[serde(default)]
    pub used: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Most recent first.
    #[serde(default)]
    pub recent: Vec<PathBuf>,
    #[serde(default)]
    pub dark: Option<bool>,
    /// View → High contrast.
    #[serde(default)]
    pub high_contrast: bool,
    /// View → Colour-blind-safe lane colours.
    #[serde(default)]
    pub colour_blind: bool,
    /// Inner size of the window, in points.
    #[serde(default)]
    pub window: Option<[f32; 2]>,
    /// Interface scale (Ctrl+plus / Ctrl+minus).
    #[serde(default)]
    pub zoom: Option<f32>,
    /// View → Time zone: "UTC", "local" or an IANA name (`Zone::id`); absent means UTC.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// By file (its canonical path).
    #[serde(default)]
    pub views: BTreeMap<String, LastView>,
}

pub fn settings_path(data_dir: &Path) -> PathBuf {
    data_dir.join("settings.json")
}

/// A path as remembered: canonical when it exists.
pub fn key(path: &Path) -> String {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string()
}

impl Settings {
    /// The settings in `file`; defaults when it is missing or damaged (a
    /// damaged file is reported on standard error, and replaced on exit).
    pub fn load(file: &Path) -> Settings {
        match std::fs::read(file) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                eprintln!("chronolens: {}: ignored, not valid settings ({e})", file.display());
                Settings::default()
            }),
            Err(_) => Settings::default(),
        }
    }

    pub fn save(&self, file: &Path) -> Result<(), String> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let json = serde_json::to_vec_pretty(self).expect("settings serialise");
        crate::model::save::write_atomic(file, &json).map(|_| ())
    }

    /// `path` was opened: first in the recent list.
    pub fn opened(&mut self, path: &Path) {
        let k = PathBuf::from(key(path));
        self.recent.retain(|p| *p != k);
        self.recent.insert(0, k);
        self.recent.truncate(RECENT);
    }

    pub fn remember_view(&mut self, path: &Path, mut view: LastView) {
        let next = self.views.values().map(|v| v.used).max().unwrap_or(0) + 1;
        view.used = next;
        self.views.insert(key(path), view);
        while self.views.len() > VIEWS {
            let oldest = self.views.iter().min_by_key(|(_, v)| v.used).map(|(k, _)| k.clone()).expect("not empty");
            self.views.remove(&oldest);
        }
    }

    pub fn view_of(&self, path: &Path) -> Option<&LastView> {
        self.views.get(&key(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_views_and_a_damaged_file() {
        // Removed with its contents when dropped, whether the test passed or panicked.
        let scratch = tempfile::Builder::new().prefix("chronolens-settings-").tempdir().unwrap();
        let dir = scratch.path();
        let file = settings_path(dir);
        let mut s = Settings::load(&file);
        assert_eq!(s, Settings::default(), "no file yet");
        for i in 0..12 {
            s.opened(&dir.join(format!("f{i}.json")));
        }
        s.opened(&dir.join("f3.json"));
        assert_eq!(s.recent.len(), RECENT);
        assert!(s.recent[0].ends_with("f3.json"));
        assert_eq!(s.recent.iter().filter(|p| p.ends_with("f3.json")).count(), 1);
        let v = LastView {
            t0: 1.0e9,
            secs_per_px: 60.0,
            hidden_lanes: vec!["us".into()],
            lane_order: vec!["russia".into(), "nato".into()],
            collapsed_lanes: vec!["nato".into()],
            split_lanes: vec!["us".into()],
            used: 0,
        };
        s.remember_view(&dir.join("f3.json"), v.clone());
        s.dark = Some(false);
        s.high_contrast = true;
        s.time_zone = Some("Europe/Kyiv".into());
        s.zoom = Some(1.3); // the interface scale (Ctrl+plus / Ctrl+minus)
        s.save(&file).unwrap();
        let back = Settings::load(&file);
        assert_eq!(back.view_of(&dir.join("f3.json")).map(|v| v.hidden_lanes.clone()), Some(vec!["us".to_owned()]));
        assert_eq!(
            back.view_of(&dir.join("f3.json")).map(|v| (v.lane_order.len(), v.collapsed_lanes.clone())),
            Some((2, vec!["nato".into()]))
        );
        assert_eq!(back, s);
        assert!(back.high_contrast && !back.colour_blind);
        assert_eq!(back.time_zone.as_deref().map(crate::model::zone::Zone::parse), Some(crate::model::zone::Zone::parse("Europe/Kyiv")));
        // Settings written before time zones existed read as UTC.
        let old: Settings = serde_json::from_str(r#"{"recent":[],"high_contrast":true}"#).unwrap();
        assert_eq!(old.time_zone, None);
        std::fs::write(&file, b"{ not json").unwrap();
        assert_eq!(Settings::load(&file), Settings::default(), "a damaged file is ignored");
    }
}
