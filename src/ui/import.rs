//! File → Import article…: plain-text articles (files, a folder, or pasted
//! text holding one or several articles separated by `===` lines) become draft
//! events on the timeline. The publication date is read from each article
//! when the text states it; a date typed in the dialog applies to them all.

use super::file_dialog::{PendingPick, take_picked_all};
use crate::extract::batch::{self, Input};
use crate::extract::{ArticleMeta, Gazetteer, InputError, extract_article, parse_published};
use crate::model::{Article, Event};
use chrono::NaiveDate;
use egui::{RichText, TextEdit, Ui};
use std::path::PathBuf;

#[derive(Default)]
pub struct ImportDialog {
    /// Pasted text: one article, or several separated by a line of `===`.
    pub text: String,
    /// Article id for pasted text (by default from its title).
    pub id: String,
    /// Applies to every article; when empty, each article's own is read from its text.
    pub published: String,
    pub outlet: String,
    pub url: String,
    pub error: Option<String>,
    /// Article files chosen (a folder adds its article files).
    pub files: Vec<PathBuf>,
    /// Extract the good articles although others are refused.
    pub skip_bad: bool,
    picking: Option<PendingPick>,
    /// What each article is and its publication date, remade when the input changes.
    preview: Option<Vec<Row>>,
}

/// One article as the dialog lists it.
struct Row {
    label: String,
    /// The publication date as known, or why the article cannot be extracted.
    status: Result<String, String>,
}

pub enum ImportAction {
    None,
    Cancel,
    Extracted(Vec<(Article, Vec<Event>)>),
}

/// An article id from its title: its first words, lower case, joined by `-`.
pub fn slug(title: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(6).map(|w| w.to_lowercase()).collect();
    let s: String = words.join("-").chars().take(48).collect();
    if s.is_empty() { "article".to_owned() } else { s.trim_end_matches('-').to_owned() }
}

impl ImportDialog {
    /// Adds article files (a folder: its article files) to the dialog.
    pub fn add_paths(&mut self, paths: &[PathBuf]) {
        for p in paths {
            match batch::article_files(p) {
                Ok(files) => self.files.extend(files.into_iter().filter(|f| !self.files.contains(f)).collect::<Vec<_>>()),
                Err(e) => self.error = Some(e.to_string()),
            }
        }
        self.preview = None;
    }

    /// Every article entered: from the files, then from the pasted text.
    fn inputs(&self) -> Vec<Result<Input, InputError>> {
        let mut out: Vec<Result<Input, InputError>> = self.files.iter().flat_map(|f| batch::inputs_from_file(f)).collect();
        if !self.text.trim().is_empty() {
            let typed = self.id.trim();
            let base = if typed.is_empty() { "pasted" } else { typed };
            let mut pasted = batch::inputs_from_text("pasted text", base, &self.text);
            if typed.is_empty() {
                for i in pasted.iter_mut().flatten() {
                    i.id = slug(i.text.lines().next().unwrap_or_default());
                }
            }
            out.extend(pasted);
        }
        // Two articles with the same title or file name: the later gets "-2".
        let mut seen = std::collections::HashSet::new();
        for i in out.iter_mut().flatten() {
            let base = i.id.clone();
            let mut n = 2;
            while !seen.insert(i.id.clone()) {
                i.id = format!("{base}-{n}");
                n += 1;
            }
        }
        out
    }

    /// The date typed, if any; an error when what was typed is not a date.
    fn typed_date(&self) -> Result<Option<NaiveDate>, String> {
        let t = self.published.trim();
        if t.is_empty() { Ok(None) } else { parse_published(t).map(Some).map_err(|e| format!("Publication date: {e}")) }
    }

    fn rows(&self) -> Vec<Row> {
        let given = self.typed_date().ok().flatten();
        self.inputs()
            .into_iter()
            .map(|i| match i {
                Err(e) => Row { label: e.file.clone(), status: Err(e.message) },
                Ok(i) => {
                    let status = match batch::publication(&i.text, given) {
                        None => Err("no publication date in the text: type one above".to_owned()),
                        Some(p) if p.is_guess() => Ok(format!("{} (guessed: check it)", p.date)),
                        Some(p) => Ok(p.date.to_string()),
                    };
                    Row { label: i.label, status }
                }
            })
            .collect()
    }

    /// Runs the extraction on what was entered; errors stay in the dialog.
    pub fn extract(&mut self) -> Option<Vec<(Article, Vec<Event>)>> {
        let given = match self.typed_date() {
            Ok(d) => d,
            Err(e) => {
                self.error = Some(e);
                return None;
            }
        };
        let inputs = self.inputs();
        if inputs.is_empty() {
            self.error = Some("Paste an article or choose files first.".to_owned());
            return None;
        }
        let opt = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_owned());
        let g = Gazetteer::builtin();
        let mut done = Vec::new();
        let mut bad = Vec::new();
        for input in inputs {
            match input {
                Err(e) => bad.push(e.to_string()),
                Ok(i) => match batch::publication(&i.text, given) {
                    None => bad.push(format!("{}: no publication date in the text; type one in Publication date", i.label)),
                    Some(published) => {
                        let meta = ArticleMeta { id: i.id.clone(), published, outlet: opt(&self.outlet), url: opt(&self.url) };
                        done.push(extract_article(&i.text, &meta, &g));
                    }
                },
            }
        }
        if !bad.is_empty() && (!self.skip_bad || done.is_empty()) {
            self.error = Some(bad.join("\n"));
            return None;
        }
        Some(done)
    }

    pub fn show(&mut self, ui: &mut Ui) -> ImportAction {
        let picked = take_picked_all(&mut self.picking, ui.ctx());
        if !picked.is_empty() {
            self.add_paths(&picked);
        }
        let mut action = ImportAction::None;
        egui::Modal::new(egui::Id::unique("import-article")).show(ui.ctx(), |ui| {
            ui.set_width(620.0);
            ui.heading("Import articles");
            ui.label("Each article: a title line, then paragraphs separated by blank lines; several articles in one text are separated by a line of ===. Each statement, claim, accusation, meeting, decision or attack becomes a draft event citing its paragraph; review them in the source panel.");
            ui.horizontal(|ui| {
                let idle = self.picking.is_none();
                if ui.add_enabled(idle, egui::Button::new("Choose files…")).clicked() {
                    let dialog = rfd::FileDialog::new().add_filter("Text", batch::ARTICLE_EXTENSIONS).add_filter("All files", &["*"]);
                    self.picking = Some(PendingPick::open_many(dialog));
                }
                if ui.add_enabled(idle, egui::Button::new("Choose folder…")).clicked() {
                    self.picking = Some(PendingPick::folder(rfd::FileDialog::new()));
                }
                if !self.files.is_empty() && ui.button("Clear files").clicked() {
                    self.files.clear();
                    self.preview = None;
                }
                ui.weak("or paste below");
            });
            egui::ScrollArea::vertical().id_salt("import-text").max_height(200.0).show(ui, |ui| {
                let l = ui.label("Article text");
                let r = ui.add(TextEdit::multiline(&mut self.text).desired_rows(7).desired_width(f32::INFINITY)).labelled_by(l.id);
                if r.changed() {
                    self.preview = None;
                }
            });
            egui::Grid::new("import-meta").num_columns(2).show(ui, |ui| {
                for (label, value, hint) in [
                    ("Publication date", &mut self.published, "read from each article; or 2022-03-24 for all"),
                    ("Article id", &mut self.id, "pasted text: from its title"),
                    ("Outlet", &mut self.outlet, "optional"),
                    ("URL", &mut self.url, "optional"),
                ] {
                    let l = ui.label(label);
                    if ui.add(TextEdit::singleline(value).hint_text(hint).desired_width(420.0)).labelled_by(l.id).changed() {
                        self.preview = None;
                    }
                    ui.end_row();
                }
            });
            self.show_preview(ui);
            if let Some(e) = &self.error {
                ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
            }
            let bad = self.preview.as_ref().map_or(0, |rows| rows.iter().filter(|r| r.status.is_err()).count());
            if bad > 0 {
                ui.checkbox(&mut self.skip_bad, format!("Extract the others and leave out the {bad} refused"));
            }
            ui.horizontal(|ui| {
                if ui.button("Extract drafts").clicked()
                    && let Some(items) = self.extract()
                {
                    action = ImportAction::Extracted(items);
                }
                if ui.button("Cancel").clicked() {
                    action = ImportAction::Cancel;
                }
            });
        });
        action
    }

    /// The articles entered, each with its publication date or what is wrong.
    fn show_preview(&mut self, ui: &mut Ui) {
        if self.preview.is_none() {
            self.preview = Some(self.rows());
        }
        let Some(rows) = &self.preview else { return };
        if rows.is_empty() {
            return;
        }
        ui.label(format!("{} article{}:", rows.len(), if rows.len() == 1 { "" } else { "s" }));
        egui::ScrollArea::vertical().id_salt("import-list").max_height(140.0).show(ui, |ui| {
            for r in rows {
                // Wrapped, not a grid: a long reason must not widen the dialog.
                ui.horizontal_wrapped(|ui| {
                    ui.label(&r.label);
                    match &r.status {
                        Ok(date) => ui.label(format!("published {date}")),
                        Err(e) => ui.label(RichText::new(e).color(ui.visuals().error_fg_color)),
                    };
                });
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_titles() {
        assert_eq!(slug("Kremlin rejects talks, says Peskov on Tuesday morning"), "kremlin-rejects-talks-says-peskov-on");
        assert_eq!(slug("???"), "article");
        assert_eq!(slug("Zelensky: «Ми вистоїмо»"), "zelensky-ми-вистоїмо");
    }

    #[test]
    fn pasted_articles_are_extracted_each_with_its_own_date() {
        let mut d = ImportDialog {
            text: "Kremlin rejects talks\n\nPublished March 11, 2025\n\nKremlin spokesman Dmitry Peskov said on Tuesday that Moscow would not join the talks.\n\
                   ===\n\
                   Kremlin rejects talks\n\nKremlin spokesman Dmitry Peskov said on Monday that Moscow would not join the talks."
                .to_owned(),
            ..Default::default()
        };
        // The second article states no date: nothing is extracted, and the dialog says which.
        assert!(d.extract().is_none());
        assert!(d.error.as_deref().unwrap().contains("pasted text, article 2: no publication date"), "{:?}", d.error);
        d.skip_bad = true;
        let got = d.extract().unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0.published.as_deref(), Some("2025-03-11"));
        assert_eq!(got[0].1[0].start.as_deref(), Some("2025-03-11"), "Tuesday is the day of publication");
        // A typed date applies to both; the same title gets distinct ids.
        d.published = "2022-03-24".to_owned();
        let got = d.extract().unwrap();
        let ids: Vec<&str> = got.iter().map(|(a, _)| a.id.as_str()).collect();
        assert_eq!(ids, ["kremlin-rejects-talks", "kremlin-rejects-talks-2"]);
        assert_eq!(got[1].1[0].start.as_deref(), Some("2022-03-21"));
        d.published = "24/03/2022".to_owned();
        assert!(d.extract().is_none() && d.error.as_deref().unwrap().starts_with("Publication date:"));
    }
}
