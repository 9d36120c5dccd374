//! Saved views: the time range, hidden, reordered and collapsed lanes, filters, search and selection
//! under a name, kept in the dataset (its `views` field) so that they travel
//! with the file. Saving or deleting one is an undoable change like any other.

use super::filters::ReviewState;
use super::*;
use crate::model::View;
use crate::model::history::Op;
use crate::model::time::{parse_instant, utc};
use crate::render::LaneArrangement;
use crate::timeline::TimeView;

fn stamp(secs: i64) -> String {
    utc(secs).format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

impl ChronolensApp {
    /// What the window shows now, as a view named `name`.
    pub fn current_view(&self, name: &str) -> View {
        let (a, b) = self.timeline.view.visible(self.timeline.plot_width.max(1.0) as f64);
        let ds = &self.data.dataset;
        let hidden: Vec<String> = ds.lanes.iter().zip(&self.hidden).filter(|(_, h)| **h).map(|(l, _)| l.id.clone()).collect();
        let (order, collapsed) = self.timeline.lanes.to_ids(&ds.lanes);
        let f = &self.filter;
        View {
            name: name.trim().to_owned(),
            from: stamp(a),
            to: stamp(b.max(a + 1)),
            hidden_lanes: (!hidden.is_empty()).then_some(hidden),
            lane_order: (!order.is_empty()).then_some(order),
            collapsed_lanes: (!collapsed.is_empty()).then_some(collapsed),
            split_lanes: Some(self.timeline.lanes.split_ids(&ds.lanes)).filter(|s| !s.is_empty()),
            only_single_source: f.single_source.then_some(true),
            only_contradicted: f.contradicted.then_some(true),
            review: match f.review {
                ReviewState::All => None,
                ReviewState::Drafts => Some("drafts".into()),
                ReviewState::Reviewed => Some("reviewed".into()),
            },
            tag: f.tag.clone(),
            search: (!self.search.trim().is_empty()).then(|| self.search.trim().to_owned()),
            selected: self.selected.map(|e| ds.events[e as usize].id.to_string()),
            ..Default::default()
        }
    }

    /// Saves the current view as `name` (replacing a view of that name).
    pub fn save_view(&mut self, name: &str) {
        let view = self.current_view(name);
        if view.name.is_empty() {
            return self.fail("Could not save the view.", "give the view a name".into());
        }
        let mut views = self.data.dataset.views.clone().unwrap_or_default();
        match views.iter_mut().find(|v| v.name == view.name) {
            Some(v) => *v = view,
            None => views.push(view),
        }
        match self.change(format!("Save view '{}'", name.trim()), vec![Op::SetViews { views }]) {
            Ok(_) => self.notice = Some(format!("saved the view '{}' in the dataset (save the file to keep it)", name.trim())),
            Err(msg) => self.fail("Could not save the view.", msg),
        }
    }

    pub fn delete_view(&mut self, name: &str) {
        let views: Vec<View> = self.data.dataset.views.iter().flatten().filter(|v| v.name != name).cloned().collect();
        if let Err(msg) = self.change(format!("Delete view '{name}'"), vec![Op::SetViews { views }]) {
            self.fail("Could not delete the view.", msg);
        }
    }

    /// Shows the view named `name`; lanes or an event it names that are no
    /// longer in the file are left out, and the status bar says so.
    pub fn open_view(&mut self, name: &str) {
        let Some(v) = self.data.dataset.views.iter().flatten().find(|v| v.name == name).cloned() else { return };
        let mut dropped = Vec::new();
        let ds = &self.data.dataset;
        self.hidden = vec![false; ds.lanes.len()];
        for id in v.hidden_lanes.iter().flatten() {
            match ds.lanes.iter().position(|l| l.id == *id) {
                Some(i) => self.hidden[i] = true,
                None => dropped.push(format!("lane \"{id}\"")),
            }
        }
        let none = Vec::new();
        let (arrangement, unknown) =
            LaneArrangement::from_ids(&ds.lanes, v.lane_order.as_ref().unwrap_or(&none), v.collapsed_lanes.as_ref().unwrap_or(&none));
        let (arrangement, unknown_split) = arrangement.with_split_ids(&ds.lanes, v.split_lanes.as_ref().unwrap_or(&none));
        self.timeline.lanes = arrangement;
        for id in unknown.into_iter().chain(unknown_split) {
            let text = format!("lane \"{id}\"");
            if !dropped.contains(&text) {
                dropped.push(text);
            }
        }
        self.filter = super::filters::ViewFilter {
            single_source: v.only_single_source.unwrap_or(false),
            contradicted: v.only_contradicted.unwrap_or(false),
            review: match v.review.as_deref() {
                Some("drafts") => ReviewState::Drafts,
                Some("reviewed") => ReviewState::Reviewed,
                _ => ReviewState::All,
            },
            tag: v.tag.clone(),
        };
        self.search = v.search.clone().unwrap_or_default();
        self.update_search();
        let selected = v.selected.as_deref().and_then(|id| {
            let e = self.data.index.event_ids.get(id).copied();
            if e.is_none() {
                dropped.push(format!("event \"{id}\""));
            }
            e
        });
        self.selected = selected.filter(|&e| !self.hidden[self.data.index.lane_of[e as usize] as usize]);
        self.source = 0;
        self.scroll_to_cited = true;
        if let (Ok(a), Ok(b)) = (parse_instant(&v.from), parse_instant(&v.to)) {
            let width = self.timeline.plot_width.max(1.0) as f64;
            self.timeline.view = TimeView { t0: a.secs as f64, secs_per_px: (b.secs - a.secs).max(1) as f64 / width };
        }
        self.notice = Some(if dropped.is_empty() {
            format!("view '{name}'")
        } else {
            format!("view '{name}', without {} (no longer in the file)", dropped.join(", "))
        });
    }

    /// The Views menu: save the current view, open or delete a saved one.
    pub(super) fn views_menu(&mut self, ui: &mut Ui) {
        if ui.button("Save current view…").on_hover_text("Name what the window shows; it is kept in the dataset").clicked() {
            let n = self.data.dataset.views.as_ref().map_or(0, Vec::len) + 1;
            self.naming_view = Some(format!("View {n}"));
            ui.close();
        }
        let names: Vec<String> = self.data.dataset.views.iter().flatten().map(|v| v.name.clone()).collect();
        if names.is_empty() {
            ui.weak("No saved views yet");
            return;
        }
        ui.separator();
        for name in &names {
            if ui.button(name).clicked() {
                self.open_view(name);
                ui.close();
            }
        }
        ui.separator();
        ui.menu_button("Delete a view", |ui| {
            for name in &names {
                if ui.button(name).clicked() {
                    self.delete_view(name);
                    ui.close();
                }
            }
        });
    }

    /// Asks the name of the view to save.
    pub(super) fn name_view_dialog(&mut self, ui: &mut Ui) {
        let Some(name) = &mut self.naming_view else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("name-view")).show(ui.ctx(), |ui| {
            ui.heading("Save the current view");
            let l = ui.label("Name");
            let r = ui.add(egui::TextEdit::singleline(name).desired_width(260.0)).labelled_by(l.id);
            if !r.has_focus() && !r.lost_focus() {
                r.request_focus();
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                if ui.add_enabled(!name.trim().is_empty(), egui::Button::new("Save view")).clicked() || enter && !name.trim().is_empty() {
                    answer = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                let name = self.naming_view.take().expect("shown");
                self.save_view(&name);
            }
            Some(false) => self.naming_view = None,
            None => {}
        }
    }
}
