//! The chronology as a list: every event shown (visible lanes, filters) in
//! time order, one row each, in step with the timeline's selection. Rows are
//! laid out only when scrolled into view; the list itself is rebuilt only
//! when the data, the lanes shown or the filters change.

use super::*;
use crate::model::time::fmt_known_in;

/// The events listed, and what they were listed for.
#[derive(Default)]
pub struct ListCache {
    key: Option<(u64, Vec<bool>, super::filters::ViewFilter)>,
    pub events: Vec<u32>,
    /// The selection the list last scrolled to.
    scrolled_to: Option<u32>,
}

impl ChronolensApp {
    fn listed(&mut self) -> &[u32] {
        let key = (self.generation, self.hidden.clone(), self.filter.clone());
        if self.list.key.as_ref() != Some(&key) {
            let keep = super::filters::event_filter(&self.corroboration, &self.data, &self.filter);
            let idx = &self.data.index;
            let shown = |e: u32| !self.hidden[idx.lane_of[e as usize] as usize] && keep.as_ref().is_none_or(|k| k(e));
            let events: Vec<u32> = idx.by_time.iter().chain(&idx.undated).copied().filter(|&e| shown(e)).collect();
            drop(keep);
            self.list.events = events;
            self.list.key = Some(key);
        }
        &self.list.events
    }

    /// The panel: a heading with the count, then the rows.
    pub(super) fn list_panel(&mut self, ui: &mut Ui) {
        let n = self.listed().len();
        ui.heading("Chronology");
        ui.weak(format!("{} event{} in time order, as filtered", crate::render::style::thousands(n), if n == 1 { "" } else { "s" }));
        ui.separator();
        let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let scroll_to =
            self.selected.filter(|&s| self.list.scrolled_to != Some(s)).and_then(|s| self.list.events.iter().position(|&e| e == s));
        self.list.scrolled_to = self.selected;
        let mut area = egui::ScrollArea::vertical().id_salt("chronology-list").auto_shrink([false, false]).animated(false);
        if let Some(row) = scroll_to {
            area = area.vertical_scroll_offset((row as f32 * row_h - ui.available_height() / 3.0).max(0.0));
        }
        let mut pick = None;
        area.show_rows(ui, row_h, n, |ui, rows| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for &e in &self.list.events[rows] {
                let ev = &self.data.dataset.events[e as usize];
                let lane = &self.data.dataset.lanes[self.data.index.lane_of[e as usize] as usize].label;
                let date = fmt_known_in(ev.precision, self.data.index.spans[e as usize].get(), &self.timeline.zone);
                let mut facts = vec![lane.clone(), ev.kind.name().to_owned()];
                if ev.sources.len() > 1 {
                    facts.push(self.corroboration.borrow_mut().get(&self.data.dataset, &self.data.index, e).describe());
                }
                if ev.is_draft() {
                    facts.push("draft".into());
                }
                // One line: what a reader needs first; the rest in the accessible name and tooltip.
                let line = format!("{date} · {lane} · {}", ev.title);
                let full = format!("{date} · {} · {}", facts.join(" · "), ev.title);
                let r = ui.selectable_label(self.selected == Some(e), line);
                r.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, self.selected == Some(e), &full));
                let r = r.on_hover_text(&full);
                if r.clicked() {
                    pick = Some(e);
                }
            }
        });
        if let Some(e) = pick {
            self.list.scrolled_to = Some(e); // clicked here: already in view
            self.select(Some(e));
        }
    }
}
