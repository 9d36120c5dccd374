//! File → Export image… (Ctrl+E): the choices, the save dialog, and the export
//! running on a background thread with progress, so the window never freezes.

use super::file_dialog::{PendingPick, take_picked};
use crate::export::{ExportJob, ExportOutput, ExportRequest, ExportTarget, Format};
use crate::model::Loaded;
use egui::{RichText, Ui};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extent {
    CurrentView,
    FullRange,
}

/// What the window knows that an export needs.
pub struct ExportContext<'a> {
    pub data: &'a Arc<Loaded>,
    pub hidden: &'a [bool],
    /// The lanes' order and which are collapsed.
    pub arrangement: &'a crate::render::LaneArrangement,
    pub selected: Option<u32>,
    /// The time range across the plot right now.
    pub view: (f64, f64),
    /// Width of the timeline as shown (gutter included), in points.
    pub shown_width: f32,
    /// The events the window's filters show (`None`: no filter).
    pub only: Option<&'a Arc<Vec<bool>>>,
    /// View -> Time zone.
    pub zone: crate::model::zone::Zone,
}

pub struct ExportDialog {
    pub extent: Extent,
    pub format: Format,
    pub scale: f32,
    pub dark: bool,
    /// The window's high contrast and lane palette (set by the window).
    pub appearance: crate::render::style::Appearance,
    pub title: String,
    pub sources: bool,
    pub width: u32,
    job: Option<(ExportJob, Purpose)>,
    picking: Option<PendingPick>,
    /// What the save dialog is choosing a file for.
    picking_for: Option<ExportRequest>,
    /// The last result or error, shown in the dialog.
    pub status: Option<Result<String, String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    File,
    Clipboard,
}

pub enum DialogAction {
    None,
    Close,
}

impl ExportDialog {
    /// An export is running (its thread holds the data).
    pub fn exporting(&self) -> bool {
        self.job.is_some()
    }

    /// `articles`: how many the data holds; a footer listing thousands would
    /// make the image taller than any slide, so it starts off for large data.
    pub fn new(dark: bool, shown_width: f32, articles: usize) -> Self {
        Self {
            extent: Extent::FullRange,
            format: Format::Png,
            scale: 2.0,
            dark,
            appearance: Default::default(),
            title: String::new(),
            sources: articles <= 40,
            width: (shown_width.round() as u32).clamp(800, 4000),
            job: None,
            picking: None,
            picking_for: None,
            status: None,
        }
    }

    pub fn is_busy(&self) -> bool {
        self.job.is_some() || self.picking.is_some()
    }

    pub fn request(&self, cx: &ExportContext) -> ExportRequest {
        ExportRequest {
            view: (self.extent == Extent::CurrentView).then_some(cx.view),
            hidden: cx.hidden.to_vec(),
            arrangement: cx.arrangement.clone(),
            width: self.width,
            scale: self.scale,
            dark: self.dark,
            appearance: self.appearance,
            title: (!self.title.trim().is_empty()).then(|| self.title.trim().to_owned()),
            sources: self.sources,
            selected: cx.selected,
            only: cx.only.cloned(),
            zone: cx.zone,
            ..Default::default()
        }
    }

    /// Starts writing `path` in the background.
    pub fn start_file(&mut self, cx: &ExportContext, req: ExportRequest, path: PathBuf, ctx: &egui::Context) {
        let job = ExportJob::spawn(cx.data.clone(), req, ExportTarget::File(path), Some(ctx.clone()));
        self.job = Some((job, Purpose::File));
        self.status = None;
    }

    fn start_clipboard(&mut self, cx: &ExportContext, ctx: &egui::Context) {
        let mut req = self.request(cx);
        req.scale = req.scale.min(2.0); // clipboards choke on huge images
        let job = ExportJob::spawn(cx.data.clone(), req, ExportTarget::Image, Some(ctx.clone()));
        self.job = Some((job, Purpose::Clipboard));
        self.status = None;
    }

    fn poll(&mut self, cx: &ExportContext, ui: &Ui) {
        if let Some(path) = take_picked(&mut self.picking, ui.ctx())
            && let Some(req) = self.picking_for.take()
        {
            self.start_file(cx, req, path, ui.ctx());
        }
        let Some((job, purpose)) = &mut self.job else { return };
        let purpose = *purpose;
        match job.poll() {
            None => {}
            Some(result) => {
                self.job = None;
                self.status = Some(match result {
                    Ok(out) => Ok(self.finished(out, purpose, ui)),
                    Err(e) => Err(e.to_string()),
                });
            }
        }
    }

    fn finished(&self, out: ExportOutput, purpose: Purpose, ui: &Ui) -> String {
        let ms = out.elapsed.as_millis();
        match purpose {
            Purpose::Clipboard => match out.color_image() {
                Some(img) => {
                    ui.ctx().copy_image(img);
                    format!("copied a {}×{} image to the clipboard ({ms} ms)", out.size_px[0], out.size_px[1])
                }
                None => "nothing to copy".to_owned(),
            },
            Purpose::File => {
                let path = out.path.map(|p| p.display().to_string()).unwrap_or_default();
                format!(
                    "wrote {path}: {}×{}, {} KB, {} events ({ms} ms)",
                    out.size_px[0],
                    out.size_px[1],
                    out.bytes.len().max(1) / 1024,
                    out.events
                )
            }
        }
    }

    /// Opens the save dialog with a name that carries the date range.
    fn save_as(&mut self, cx: &ExportContext) {
        let req = self.request(cx);
        let name = match req.default_file_name(cx.data, self.format) {
            Ok(n) => n,
            Err(e) => {
                self.status = Some(Err(e.to_string()));
                return;
            }
        };
        let (label, ext) = match self.format {
            Format::Png => ("PNG image", "png"),
            Format::Svg => ("SVG vector image", "svg"),
            Format::Pdf => ("PDF (vector, for print)", "pdf"),
        };
        self.picking = Some(PendingPick::save(rfd::FileDialog::new().add_filter(label, &[ext]).set_file_name(name)));
        self.picking_for = Some(req);
    }

    pub fn show(&mut self, ui: &mut Ui, cx: &ExportContext) -> DialogAction {
        self.poll(cx, ui);
        let mut action = DialogAction::None;
        egui::Modal::new(egui::Id::unique("export-image")).show(ui.ctx(), |ui| {
            ui.set_width(480.0);
            ui.heading("Export image");
            egui::Grid::new("export-grid").num_columns(2).spacing([10.0, 8.0]).show(ui, |ui| {
                ui.label("What");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.extent, Extent::FullRange, "Full range of the visible lanes");
                    ui.radio_value(&mut self.extent, Extent::CurrentView, "Current view");
                });
                ui.end_row();
                ui.label("Format");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.format, Format::Png, "PNG");
                    ui.radio_value(&mut self.format, Format::Svg, "SVG (vector, real text)");
                    ui.radio_value(&mut self.format, Format::Pdf, "PDF (vector, print)");
                });
                ui.end_row();
                ui.label("Scale");
                ui.horizontal(|ui| {
                    for s in [1.0, 2.0, 4.0] {
                        ui.radio_value(&mut self.scale, s, format!("{s}×"));
                    }
                    ui.weak("4× for print");
                });
                ui.end_row();
                let l = ui.label("Width (points)");
                ui.add(egui::DragValue::new(&mut self.width).range(400..=8000).suffix(" pt")).labelled_by(l.id);
                ui.end_row();
                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.dark, false, "Light");
                    ui.radio_value(&mut self.dark, true, "Dark");
                });
                ui.end_row();
                let l = ui.label("Title");
                ui.add(egui::TextEdit::singleline(&mut self.title).hint_text("optional").desired_width(300.0)).labelled_by(l.id);
                ui.end_row();
                ui.label("Footer");
                ui.checkbox(&mut self.sources, "List the sources cited (outlet, title, date, url)");
                ui.end_row();
            });
            let req = self.request(cx);
            let pixels = (req.width as f32 * req.scale) as u32;
            ui.weak(match self.format {
                Format::Png => format!("{pixels} px wide; the height fits the lanes, legend and footer."),
                Format::Pdf => format!("A page {} pt wide (vector: the scale does not apply); its height fits the content.", req.width),
                Format::Svg => format!("{} units wide (vector); the height fits the lanes, legend and footer.", req.width),
            });
            if let Some((job, _)) = &self.job {
                let (fraction, stage) = job.progress.get();
                ui.horizontal(|ui| {
                    ui.add(egui::ProgressBar::new(fraction).text(stage).desired_width(300.0).animate(true));
                    if ui.button("Cancel").clicked() {
                        job.cancel();
                    }
                });
            }
            match &self.status {
                Some(Ok(msg)) => {
                    ui.label(RichText::new(msg).color(ui.visuals().hyperlink_color));
                }
                Some(Err(msg)) => {
                    ui.label(RichText::new(msg).color(ui.visuals().error_fg_color));
                }
                None => {}
            }
            ui.separator();
            ui.horizontal(|ui| {
                let busy = self.is_busy();
                if ui.add_enabled(!busy, egui::Button::new("Export…")).clicked() {
                    self.save_as(cx);
                }
                if ui.add_enabled(!busy && self.format == Format::Png, egui::Button::new("Copy to clipboard")).clicked() {
                    self.start_clipboard(cx, ui.ctx());
                }
                if ui.button("Close").clicked() {
                    if let Some((job, _)) = &self.job {
                        job.cancel();
                    }
                    action = DialogAction::Close;
                }
            });
        });
        action
    }
}
