//! From the window to a briefing: File → Export chronology… writes the
//! events shown (visible lanes, source filters) in time order with their
//! citations; "Copy as Markdown" puts one event's row and citations on the
//! clipboard, "Copy chronology as Markdown" the whole chronology of what is shown.

use super::*;
use crate::chronology::{Format, Selection, entries, heading, render, render_markdown};

impl ChronolensApp {
    /// What the chronology covers: the visible lanes, and the events the
    /// source filters keep (checked once here, not per frame).
    pub fn chronology_selection(&self) -> Selection {
        let ds = &self.data.dataset;
        let lanes = self
            .hidden
            .iter()
            .any(|&h| h)
            .then(|| ds.lanes.iter().zip(&self.hidden).filter(|(_, h)| !**h).map(|(l, _)| l.id.clone()).collect::<Vec<_>>());
        let keep = filters::event_filter(&self.corroboration, &self.data, &self.filter);
        let events = keep.map(|k| (0..ds.events.len() as u32).filter(|&e| k(e)).collect());
        Selection { lanes, events, zone: self.timeline.zone, ..Default::default() }
    }

    pub(super) fn export_chronology_dialog(&mut self) {
        if self.pending_chronology.is_some() {
            return;
        }
        let stem = self.path.as_ref().and_then(|p| p.file_stem()).map_or("timeline".into(), |n| n.to_string_lossy().into_owned());
        let dialog = rfd::FileDialog::new()
            .add_filter("Markdown", &["md"])
            .add_filter("HTML page", &["html"])
            .add_filter("Word document (DOCX)", &["docx"])
            .add_filter("CSV (one row per citation)", &["csv"])
            .add_filter("TimelineJS story (JSON)", &["json"])
            .set_file_name(format!("{stem}-chronology.md"));
        self.pending_chronology = Some(PendingPick::save(dialog));
    }

    pub(super) fn poll_chronology(&mut self, ui: &Ui) {
        if let Some(path) = take_picked(&mut self.pending_chronology, ui.ctx()) {
            self.write_chronology(&path);
        }
    }

    /// Writes the chronology of what is shown to `path` (format by extension:
    /// .md, .html, .docx, .csv, .json for TimelineJS; anything else gets Markdown
    /// with .md added). Never the open dataset's own file.
    pub fn write_chronology(&mut self, path: &Path) {
        if self.path.as_deref().is_some_and(|p| std::fs::canonicalize(p).ok() == std::fs::canonicalize(path).ok()) {
            return self.fail("Could not write the chronology.", "that is the open dataset itself; choose another file".into());
        }
        let (path, format) = match Format::from_path(path) {
            Some(f) => (path.to_path_buf(), f),
            None => (path.with_extension("md"), Format::Markdown),
        };
        let sel = self.chronology_selection();
        let result = entries(&self.data, &sel).and_then(|list| {
            let bytes = render(format, &heading(&self.data, &list, &sel), &list);
            crate::model::save::write_atomic(&path, &bytes).map(|_| list.len())
        });
        match result {
            Ok(n) => self.notice = Some(format!("wrote a chronology of {n} event{} to {}", if n == 1 { "" } else { "s" }, path.display())),
            Err(e) => self.fail("Could not write the chronology.", e),
        }
    }

    /// The chronology of what is shown (visible lanes, filters) as Markdown,
    /// heading and all, and how many events it lists.
    pub fn chronology_markdown(&self) -> Result<(String, usize), String> {
        let sel = self.chronology_selection();
        let list = entries(&self.data, &sel)?;
        Ok((render_markdown(&heading(&self.data, &list, &sel), &list), list.len()))
    }

    /// File → "Copy chronology as Markdown": the events shown, for a briefing note.
    pub(super) fn copy_chronology_markdown(&mut self, ctx: &egui::Context) {
        match self.chronology_markdown() {
            Ok((text, n)) => {
                ctx.copy_text(text);
                self.notice = Some(format!("copied a chronology of {n} event{} as Markdown", if n == 1 { "" } else { "s" }));
            }
            Err(e) => self.fail("Could not copy the chronology.", e),
        }
    }

    /// One event as a Markdown table row with its citations as footnotes.
    pub fn event_markdown(&self, e: u32) -> String {
        let sel = Selection { events: Some(vec![e]), zone: self.timeline.zone, ..Default::default() };
        let list = entries(&self.data, &sel).unwrap_or_default();
        render_markdown(&heading(&self.data, &list, &sel), &list)
            .split_once("\n\n")
            .and_then(|(_, rest)| rest.split_once("\n\n"))
            .map_or_else(String::new, |(_, table)| table.to_owned())
    }
}
