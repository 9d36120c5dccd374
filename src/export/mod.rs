//! Exporting the timeline as an image: PNG at any resolution (rendered with
//! egui-wgpu, headless, on a GPU or Mesa's lavapipe), SVG and PDF (the same
//! shapes written as vector elements and real text, through one [`walk`]).
//!
//! Every export paints with the window's own code (`render::paint`,
//! `render::legend`) through [`compose`], so a picture never drifts from
//! what the window shows.
//!
//! From the window, run [`ExportJob::spawn`] on a background thread, poll it each
//! frame, and use [`ExportOutput::color_image`] for the clipboard. From a
//! script, `chronolens export` ([`cli::run`]).

pub mod cli;
pub mod compose;
pub mod gpu;
pub mod job;
pub mod pdf;
mod pdf_font;
pub mod png;
pub mod request;
pub mod svg;
pub mod walk;

pub use compose::{Composed, EventShapes, PageLayout};
pub use gpu::Gpu;
pub use job::{ExportJob, ExportOutput, ExportTarget, Progress};
pub use request::{ExportRequest, Format, Plan};

use crate::model::Loaded;
use egui::TexturesDelta;
use egui::epaint::ClippedShape;
use egui::{Color32, Pos2, Rect, Vec2};
use std::fmt;

/// Why an export failed. [`ExportError::exit_code`] gives the command line's exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// A bad argument or request: the message says which and why.
    Usage(String),
    /// The dataset is invalid.
    Data(String),
    /// Reading or writing a file failed.
    Io(String),
    /// No graphics adapter (GPU or software) could be opened.
    NoAdapter(String),
    /// The adapter failed while rendering.
    Gpu(String),
    Cancelled,
}

impl ExportError {
    /// 1 for invalid data, 2 for everything else (usage, I/O, no adapter).
    pub fn exit_code(&self) -> u8 {
        match self {
            ExportError::Data(_) => 1,
            _ => 2,
        }
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Usage(m) | ExportError::Data(m) | ExportError::Io(m) | ExportError::NoAdapter(m) => f.write_str(m),
            ExportError::Gpu(m) => write!(f, "rendering failed: {m}"),
            ExportError::Cancelled => f.write_str("the export was cancelled"),
        }
    }
}

impl std::error::Error for ExportError {}

/// An egui frame input of `size` points at `pixels_per_point`.
pub(crate) fn raw_input(size: Vec2, pixels_per_point: f32) -> egui::RawInput {
    let mut raw = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, size)),
        max_texture_side: Some(gpu::FONT_ATLAS_MAX_SIDE),
        ..Default::default()
    };
    raw.viewports.entry(egui::ViewportId::ROOT).or_default().native_pixels_per_point = Some(pixels_per_point);
    raw
}

/// One export page as egui shapes: what the PNG, the SVG and the PDF are made from.
pub struct Scene {
    /// Page size in points.
    pub size: Vec2,
    pub pixels_per_point: f32,
    pub background: Color32,
    /// The page's shapes in painting order (see [`Composed::events`]).
    pub shapes: Vec<ClippedShape>,
    pub textures: TextureUploads,
    pub composed: Composed,
    pub ctx: egui::Context,
}

impl Scene {
    /// Lays out and paints `plan` in a fresh, windowless egui context.
    pub fn build(plan: &Plan) -> Result<Scene, ExportError> {
        let ctx = egui::Context::default();
        let ppp = plan.request.scale;
        let width = plan.request.width as f32;
        // Pass 1 measures the page; pass 2 paints it at its exact size.
        let mut layout = None;
        let out1 = ctx.run_ui(raw_input(egui::vec2(width, 1000.0), ppp), |ui| {
            layout = Some(compose::layout(&ui.ctx().layer_painter(compose::page_layer()), plan));
        });
        let mut uploads = TextureUploads(vec![out1.textures_delta]);
        let layout = layout.expect("the pass ran")?;
        let mut composed = None;
        let mut shapes = Vec::new();
        let out2 = ctx.run_ui(raw_input(layout.size, ppp), |ui| {
            let painter = ui.ctx().layer_painter(compose::page_layer());
            composed = Some(compose::paint_page(&painter, plan, &layout));
            shapes = ui.ctx().graphics(|g| g.get(compose::page_layer()).map(|l| l.all_entries().cloned().collect()).unwrap_or_default());
        });
        uploads.0.push(out2.textures_delta);
        Ok(Scene {
            size: layout.size,
            pixels_per_point: ppp,
            background: compose::background(plan),
            shapes,
            textures: uploads,
            composed: composed.expect("the pass ran"),
            ctx,
        })
    }

    /// Size of the PNG in pixels.
    pub fn size_px(&self) -> [u32; 2] {
        [(self.size.x * self.pixels_per_point).round() as u32, (self.size.y * self.pixels_per_point).round() as u32]
    }
}

/// Font atlas uploads of a scene, in order (handled by the renderer, which copies them).
#[derive(Default)]
pub struct TextureUploads(pub Vec<TexturesDelta>);

impl Drop for TextureUploads {
    fn drop(&mut self) {
        // egui insists that deltas are handled before they are dropped.
        for t in &mut self.0 {
            t.clear();
        }
    }
}

/// RGBA pixels, 8 bits per channel, opaque (so straight and premultiplied alpha agree).
#[derive(Clone, PartialEq, Eq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl fmt::Debug for Image {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Image({}×{})", self.width, self.height)
    }
}

impl Image {
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 4] {
        let i = (y as usize * self.width as usize + x as usize) * 4;
        [self.rgba[i], self.rgba[i + 1], self.rgba[i + 2], self.rgba[i + 3]]
    }

    /// For `egui::Context::copy_image` (the clipboard) or a preview texture.
    pub fn to_color_image(&self) -> egui::ColorImage {
        egui::ColorImage::from_rgba_premultiplied([self.width as usize, self.height as usize], &self.rgba)
    }
}

/// Renders `req` over `data` to pixels (the PNG's content), on the shared headless GPU.
pub fn render_image(data: &Loaded, req: &ExportRequest) -> Result<(Image, Composed), ExportError> {
    let plan = req.plan(data)?;
    let scene = Scene::build(&plan)?;
    let image = Gpu::shared()?.render(&scene, &Progress::default())?;
    Ok((image, scene.composed))
}

/// Writes `req` over `data` as SVG text.
pub fn render_svg(data: &Loaded, req: &ExportRequest) -> Result<(String, Composed), ExportError> {
    let plan = req.plan(data)?;
    let scene = Scene::build(&plan)?;
    let text = svg::write(&scene, &plan);
    Ok((text, scene.composed))
}

/// Writes `req` over `data` as PDF bytes (one page, the export's size in points).
pub fn render_pdf(data: &Loaded, req: &ExportRequest) -> Result<(Vec<u8>, Composed), ExportError> {
    let plan = req.plan(data)?;
    let scene = Scene::build(&plan)?;
    let bytes = pdf::write(&scene, &plan);
    Ok((bytes, scene.composed))
}
