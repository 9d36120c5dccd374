//! The side panel: an overview of the sources, or the selected event's source.

use super::editing::labelled;
use super::*;
use crate::model::history::Op;

impl ChronolensApp {
    pub(super) fn overview_panel(&mut self, ui: &mut Ui) {
        self.results_list(ui);
        ui.heading("Sources");
        ui.label("Click an event to read the paragraph it was reported in, with the quote highlighted.");
        ui.add_space(6.0);
        let undated = &self.data.index.undated;
        let articles = self.data.dataset.articles.len();
        // Rows are drawn only when visible: a dataset may hold thousands of articles.
        let h = ui.available_height();
        let list_h = if undated.is_empty() { h } else { h * 0.6 };
        egui::ScrollArea::vertical().id_salt("articles").max_height(list_h).auto_shrink([false, true]).show_rows(
            ui,
            36.0,
            articles,
            |ui, rows| {
                for i in rows {
                    let a = &self.data.dataset.articles[i];
                    let n = self.data.index.by_article[i].len();
                    ui.add(egui::Label::new(RichText::new(&a.title).strong()).truncate());
                    ui.weak(format!("{} paragraphs · {} events cited", a.paragraphs.len(), n));
                }
            },
        );
        if !undated.is_empty() {
            ui.separator();
            ui.label(RichText::new(format!("Undated events ({})", undated.len())).strong());
            let mut pick = None;
            egui::ScrollArea::vertical().id_salt("undated").auto_shrink([false, true]).show_rows(ui, 18.0, undated.len(), |ui, rows| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                for &e in &undated[rows] {
                    if ui.selectable_label(false, &self.data.dataset.events[e as usize].title).clicked() {
                        pick = Some(e);
                    }
                }
            });
            if pick.is_some() {
                self.select(pick);
            }
        }
    }

    pub(super) fn selected_panel(&mut self, ui: &mut Ui, sel: u32) {
        if let Some((e, edit, error)) = &mut self.editing
            && *e == sel
        {
            let action = edit_form(ui, edit, &self.data.dataset.lanes, error.as_deref());
            ui.separator();
            match action {
                FormAction::Apply => {
                    let mut ev = (*self.data.dataset.events[sel as usize]).clone();
                    edit.apply_to(&mut ev);
                    let label = labelled("Edit", &self.data.dataset.events[sel as usize].title);
                    match self.change(label, vec![Op::Put { at: sel, event: ev }]) {
                        Ok(_) => {
                            self.editing = None;
                            self.select(Some(sel));
                        }
                        Err(msg) => {
                            if let Some((_, _, error)) = &mut self.editing {
                                *error = Some(msg);
                            }
                        }
                    }
                }
                FormAction::Cancel => self.editing = None,
                FormAction::None => {}
            }
        }
        let args = PanelArgs {
            data: &self.data,
            selected: sel,
            source: self.source,
            scroll_to_cited: self.scroll_to_cited,
            cite_mode: self.cite_mode,
            summaries: &self.corroboration,
            merge_from: self.merge_from,
            search: self.search_query(),
            zone: &self.timeline.zone,
        };
        let out = source_panel(ui, &args);
        if out.merge_with {
            self.merge_from = Some(sel);
        }
        if out.copy_markdown {
            ui.ctx().copy_text(self.event_markdown(sel));
            self.notice = Some("copied the event and its citations as Markdown".into());
        }
        if self.corroborate_action(out.corroboration, sel) {
            return;
        }
        self.scroll_to_cited = false;
        if let Some(k) = out.source {
            self.source = k;
            self.scroll_to_cited = true;
        }
        if out.toggle_cite {
            self.cite_mode = !self.cite_mode;
        }
        if out.edit {
            self.editing = Some((sel, EventEdit::from_event(&self.data.dataset.events[sel as usize]), None));
        }
        if out.accept {
            self.accept(sel);
        }
        if out.reject {
            self.reject(sel);
            return;
        }
        if let Some((article, paragraph, quote)) = out.cite {
            let ev = self.data.event_from_passage(article, paragraph, &quote, Some(sel));
            let label = labelled("Cite", &ev.title);
            match self.change(label, vec![Op::Append { lanes: Vec::new(), articles: Vec::new(), events: vec![ev] }]) {
                Ok(e) => {
                    let e = e.expect("an appended event is shown");
                    self.cite_mode = false;
                    self.select(Some(e));
                    self.editing = Some((e, EventEdit::from_event(&self.data.dataset.events[e as usize]), None));
                }
                Err(msg) => self.fail("Could not create the event.", msg),
            }
        }
        if let Some(e) = out.select {
            self.select(Some(e));
        }
    }
}

impl ChronolensApp {
    /// Accepts a draft: it is no longer marked as unreviewed.
    pub fn accept(&mut self, e: u32) {
        let mut ev = (*self.data.dataset.events[e as usize]).clone();
        ev.draft = None;
        let label = labelled("Accept", &ev.title);
        if let Err(msg) = self.change(label, vec![Op::Put { at: e, event: ev }]) {
            self.fail("Could not accept the event.", msg);
        }
    }

    /// Rejects an event: it is removed (Edit → Undo brings it back).
    pub fn reject(&mut self, e: u32) {
        let label = labelled("Reject", &self.data.dataset.events[e as usize].title);
        match self.change(label, vec![Op::Remove { at: e }]) {
            Ok(_) => {
                self.selected = None;
                self.editing = None;
            }
            Err(msg) => self.fail("Could not reject the event.", msg),
        }
    }
}
