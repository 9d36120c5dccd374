//! File → Import article…: a plain-text article (a file, or pasted text) and
//! its publication date become draft events on the timeline.

use super::file_dialog::{PendingPick, take_picked};
use crate::extract::{ArticleMeta, Gazetteer, article_text, extract_article, parse_published};
use crate::model::{Article, Event};
use egui::{RichText, TextEdit, Ui};

#[derive(Default)]
pub struct ImportDialog {
    pub text: String,
    /// Article id (from the file name, or typed).
    pub id: String,
    pub published: String,
    pub outlet: String,
    pub url: String,
    pub error: Option<String>,
    picking: Option<PendingPick>,
}

pub enum ImportAction {
    None,
    Cancel,
    Extracted(Article, Vec<Event>),
}

impl ImportDialog {
    /// Loads a text file into the dialog (rejecting binary or non-UTF-8 files).
    pub fn load_file(&mut self, path: &std::path::Path) {
        let name = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => match article_text(&name, &bytes) {
                Ok(text) => {
                    self.text = text;
                    self.id = crate::extract::article_id(path);
                    self.error = None;
                }
                Err(e) => self.error = Some(e.to_string()),
            },
            Err(e) => self.error = Some(format!("{name}: cannot be read: {e}")),
        }
    }

    /// Runs the extraction on what was entered; errors stay in the dialog.
    pub fn extract(&mut self) -> Option<(Article, Vec<Event>)> {
        let published = match parse_published(self.published.trim()) {
            Ok(d) => d,
            Err(e) => {
                self.error = Some(e);
                return None;
            }
        };
        let label = if self.id.trim().is_empty() { "pasted text".to_owned() } else { self.id.clone() };
        let text = match article_text(&label, self.text.as_bytes()) {
            Ok(t) => t,
            Err(e) => {
                self.error = Some(e.to_string());
                return None;
            }
        };
        let id = if self.id.trim().is_empty() { format!("article-{published}") } else { self.id.trim().to_owned() };
        let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        let meta = ArticleMeta { id, published, outlet: opt(&self.outlet), url: opt(&self.url) };
        Some(extract_article(&text, &meta, &Gazetteer::builtin()))
    }

    pub fn show(&mut self, ui: &mut Ui) -> ImportAction {
        if let Some(p) = take_picked(&mut self.picking, ui.ctx()) {
            self.load_file(&p);
        }
        let mut action = ImportAction::None;
        egui::Modal::new(egui::Id::unique("import-article")).show(ui.ctx(), |ui| {
            ui.set_width(560.0);
            ui.heading("Import article");
            ui.label("A title line, then paragraphs separated by blank lines. Each statement, claim, accusation, meeting, decision or attack becomes a draft event citing its paragraph; review them in the source panel.");
            ui.horizontal(|ui| {
                if ui.button("Choose file…").clicked() && self.picking.is_none() {
                    let dialog = rfd::FileDialog::new().add_filter("Text", &["txt", "text", "md"]).add_filter("All files", &["*"]);
                    self.picking = Some(PendingPick::open(dialog));
                }
                ui.weak("or paste the text below");
            });
            egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
                let l = ui.label("Article text");
                ui.add(TextEdit::multiline(&mut self.text).desired_rows(8).desired_width(f32::INFINITY)).labelled_by(l.id);
            });
            egui::Grid::new("import-meta").num_columns(2).show(ui, |ui| {
                for (label, value, hint) in [
                    ("Publication date", &mut self.published, "2022-03-24 (required: dates like \"on Thursday\" are read from it)"),
                    ("Article id", &mut self.id, "from the file name"),
                    ("Outlet", &mut self.outlet, "optional"),
                    ("URL", &mut self.url, "optional"),
                ] {
                    let l = ui.label(label);
                    ui.add(TextEdit::singleline(value).hint_text(hint).desired_width(380.0)).labelled_by(l.id);
                    ui.end_row();
                }
            });
            if let Some(e) = &self.error {
                ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
            }
            ui.horizontal(|ui| {
                if ui.button("Extract drafts").clicked()
                    && let Some((a, events)) = self.extract()
                {
                    action = ImportAction::Extracted(a, events);
                }
                if ui.button("Cancel").clicked() {
                    action = ImportAction::Cancel;
                }
            });
        });
        action
    }
}
