//! The window's dialogs: export, import, and "unsaved changes".

use super::*;
use crate::model::history::Op;
use crate::model::{Article, Event};
use crate::ui::export_dialog::{DialogAction, ExportContext};

/// What the export dialog needs from the window. A macro, not a method: it
/// borrows fields of the app, so the dialog (another field) stays mutable.
macro_rules! export_cx {
    ($app:ident) => {{
        let v = $app.timeline.view;
        ExportContext {
            data: &$app.data,
            hidden: &$app.hidden,
            arrangement: &$app.timeline.lanes,
            selected: $app.selected,
            view: (v.t0, v.t($app.timeline.plot_width as f64)),
            shown_width: $app.timeline.plot_width + crate::render::paint::GUTTER_W,
            only: $app.export_only.as_ref(),
            zone: $app.timeline.zone,
        }
    }};
}

impl ChronolensApp {
    pub(super) fn open_export(&mut self, ui: &Ui) {
        if self.export.is_none() {
            // What the filters show, fixed for this export (checked once, not per frame).
            let keep = super::filters::event_filter(&self.corroboration, &self.data, &self.filter);
            self.export_only = keep.map(|k| Arc::new((0..self.data.dataset.events.len() as u32).map(k).collect()));
            let shown = self.timeline.plot_width + crate::render::paint::GUTTER_W;
            let mut dialog = ExportDialog::new(ui.visuals().dark_mode, shown, self.data.dataset.articles.len());
            dialog.appearance = self.appearance;
            self.export = Some(dialog);
        }
    }

    pub(super) fn export_dialog(&mut self, ui: &mut Ui) {
        let Some(dialog) = &mut self.export else { return };
        let cx = export_cx!(self);
        if let DialogAction::Close = dialog.show(ui, &cx) {
            self.export = None;
        }
    }

    /// Starts the open export dialog's export into `path` (what its save dialog does).
    pub fn start_export_to(&mut self, path: PathBuf, ctx: &egui::Context) {
        let Some(dialog) = &mut self.export else { return };
        let cx = export_cx!(self);
        let req = dialog.request(&cx);
        dialog.start_file(&cx, req, path, ctx);
    }

    /// The file name the export dialog proposes.
    pub fn export_file_name(&self) -> Option<String> {
        let dialog = self.export.as_ref()?;
        let cx = export_cx!(self);
        dialog.request(&cx).default_file_name(&self.data, dialog.format).ok()
    }

    pub(super) fn import_dialog(&mut self, ui: &mut Ui) {
        let Some(dialog) = &mut self.import else { return };
        match dialog.show(ui) {
            ImportAction::None => {}
            ImportAction::Cancel => self.import = None,
            ImportAction::Extracted(items) => {
                let n: usize = items.iter().map(|(_, e)| e.len()).sum();
                let n_articles = items.len();
                let guessed = items.iter().filter(|(a, _)| a.published_from.as_deref().is_some_and(|f| f.starts_with("guessed"))).count();
                let label = match items.as_slice() {
                    [(article, _)] => super::editing::labelled("Import", &article.title),
                    _ => format!("Import {n_articles} articles"),
                };
                let made = self.import_extracted(label, items);
                match made {
                    Ok((first, proposed)) => {
                        self.import = None;
                        let mut also = String::new();
                        if proposed > 0 {
                            also.push_str(&format!(
                                "; {proposed} may report events already here (see \"Probably the same event\" in the panel)"
                            ));
                        }
                        if guessed > 0 {
                            also.push_str(&format!(
                                "; the publication date of {guessed} article(s) was guessed: their drafts say so in their notes"
                            ));
                        }
                        let from = if n_articles == 1 { String::new() } else { format!(" from {n_articles} articles") };
                        self.notice = Some(format!("imported {n} draft events{from}: review them in the source panel{also}"));
                        if n > 0 {
                            self.select(first);
                        }
                    }
                    Err(e) => {
                        if let Some(d) = &mut self.import {
                            d.error = Some(e);
                        }
                    }
                }
            }
        }
    }

    /// Adds extracted articles and their drafts as one undoable change, the
    /// drafts that report an event already here proposed as its further
    /// sources (Merge / Keep separate in the panel), never joined silently.
    /// The number of the first new event and how many were proposed.
    pub fn import_extracted(&mut self, label: String, items: Vec<(Article, Vec<Event>)>) -> Result<(Option<u32>, usize), String> {
        let data = &self.data;
        let mut more = crate::extract::dataset::additions(&data.dataset, &crate::extract::Gazetteer::builtin(), items, |id| {
            data.index.event_ids.contains_key(id)
        })
        .map_err(|e| format!("the dataset {e}"))?;
        let out =
            crate::corroborate::arrival::corroborate(&data.dataset, &data.index, &mut more.events, crate::corroborate::MergeMode::Propose);
        let first = self
            .change(label, vec![Op::Append { lanes: more.lanes, articles: more.articles, events: more.events }])
            .map_err(|e| e.replace("; ", "\n"))?;
        Ok((first, out.proposed))
    }

    /// "Unsaved changes" question before closing or replacing the data.
    pub(super) fn confirm_dialog(&mut self, ui: &mut Ui) {
        let Some(after) = self.confirm.clone() else { return };
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ui.ctx(), |ui| {
            ui.heading("Unsaved changes");
            ui.label(format!("{} has changes that are not saved.", self.data.name));
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    answer = Some("save");
                }
                if ui.button("Discard changes").clicked() {
                    answer = Some("discard");
                }
                if ui.button("Cancel").clicked() {
                    answer = Some("cancel");
                }
            });
        });
        let Some(answer) = answer else { return };
        self.confirm = None;
        match answer {
            "save" if self.path.is_none() => {
                // No file yet: Save as first, then carry on.
                self.after_save_as = Some(after);
                self.save_as_dialog();
            }
            "save" => {
                if self.save() {
                    self.proceed(after, ui);
                } else if let Some(job) = &mut self.saving {
                    job.then = Some(after); // carried on with once saved
                }
            }
            "discard" => {
                // The changes stay unsaved until new data actually replaces them.
                self.discard_approved = true;
                self.proceed(after, ui);
            }
            _ => {}
        }
    }

    /// Carries out what the "unsaved changes" question interrupted.
    pub(super) fn proceed(&mut self, after: AfterConfirm, ui: &Ui) {
        match after {
            AfterConfirm::Close => {
                self.allow_close = true;
                ui.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            AfterConfirm::Open(p) => self.open_path_now(&p),
            AfterConfirm::OpenDialog => self.open_dialog(),
            AfterConfirm::Sample => {
                self.set_data(crate::model::load_sample());
                self.path = None;
            }
            AfterConfirm::UseLoaded(data, path) => {
                self.set_data(Arc::unwrap_or_clone(data));
                self.opened(path);
            }
        }
    }
}
