//! Running an export: synchronously ([`run`], the command line) or on a
//! background thread with progress and cancel ([`ExportJob`], the window).

use super::request::Format;
use super::{ExportError, ExportRequest, Gpu, Image, Plan, Scene, pdf, png, svg};
use crate::model::Loaded;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the result goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportTarget {
    /// Write this file (PNG, SVG or PDF by its extension), atomically.
    File(PathBuf),
    /// Return the encoded file in [`ExportOutput::bytes`].
    Bytes(Format),
    /// Return only the pixels (for the clipboard or a preview): no encoding.
    Image,
}

/// Progress of a running export, shared between the worker and the UI.
#[derive(Debug, Default)]
pub struct Progress {
    /// Fraction done × 1e6.
    done: AtomicU32,
    stage: Mutex<&'static str>,
    cancel: AtomicBool,
    repaint: Mutex<Option<egui::Context>>,
}

impl Progress {
    /// Asks the UI to repaint (through `ctx`) on every update.
    pub fn with_repaint(ctx: egui::Context) -> Self {
        Self { repaint: Mutex::new(Some(ctx)), ..Default::default() }
    }
    pub fn set(&self, fraction: f32, stage: &'static str) {
        self.done.store((fraction.clamp(0.0, 1.0) * 1e6) as u32, Ordering::Relaxed);
        if let Ok(mut s) = self.stage.lock() {
            *s = stage;
        }
        if let Ok(r) = self.repaint.lock()
            && let Some(ctx) = r.as_ref()
        {
            ctx.request_repaint();
        }
    }
    /// Fraction done (0..=1) and what is happening ("rendering", "encoding"…).
    pub fn get(&self) -> (f32, &'static str) {
        let stage = self.stage.lock().map(|s| *s).unwrap_or("");
        (self.done.load(Ordering::Relaxed) as f32 / 1e6, if stage.is_empty() { "starting" } else { stage })
    }
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// A finished export.
#[derive(Debug, Clone)]
pub struct ExportOutput {
    pub format: Format,
    /// The encoded file (empty for [`ExportTarget::Image`]).
    pub bytes: Vec<u8>,
    /// The file written, for [`ExportTarget::File`].
    pub path: Option<PathBuf>,
    /// The pixels, for PNG and [`ExportTarget::Image`] (not for SVG or PDF).
    pub image: Option<Image>,
    /// Image size in pixels (SVG: in user units; PDF: in points).
    pub size_px: [u32; 2],
    /// Page size in points.
    pub page: egui::Vec2,
    pub scale: f32,
    /// Events in the exported range and lanes.
    pub events: usize,
    /// Events drawn as individual marks (the rest are in density strips).
    pub marks: usize,
    pub elapsed: Duration,
    /// The graphics adapter that rendered a PNG.
    pub adapter: Option<String>,
    /// The name proposed for the file (`timeline_2022-03-21_2022-03-25.png`).
    pub file_name: String,
    /// Wall time of each step ("layout", "gpu init", "render", "encode", "write").
    pub stages: Vec<(&'static str, Duration)>,
}

impl ExportOutput {
    /// The pixels as an egui image, for `ctx.copy_image` (the clipboard).
    pub fn color_image(&self) -> Option<egui::ColorImage> {
        self.image.as_ref().map(Image::to_color_image)
    }
}

/// Exports synchronously, using the shared headless GPU for PNGs.
pub fn run(data: &Loaded, req: &ExportRequest, target: &ExportTarget, progress: &Progress) -> Result<ExportOutput, ExportError> {
    run_with(data, req, target, progress, None)
}

/// As [`run`], rendering PNGs with `gpu` (e.g. the window's device) when given.
pub fn run_with(
    data: &Loaded,
    req: &ExportRequest,
    target: &ExportTarget,
    progress: &Progress,
    gpu: Option<Arc<Gpu>>,
) -> Result<ExportOutput, ExportError> {
    let t0 = Instant::now();
    let format = target_format(target)?;
    let plan = req.plan(data)?;
    run_plan(&plan, target, format, progress, gpu, t0)
}

/// As [`run`], taking the data by value (the command line: no copy of a large dataset).
pub fn run_owned(data: Loaded, req: &ExportRequest, target: &ExportTarget, progress: &Progress) -> Result<ExportOutput, ExportError> {
    let t0 = Instant::now();
    let format = target_format(target)?;
    let plan = req.plan_owned(data)?;
    run_plan(&plan, target, format, progress, None, t0)
}

fn target_format(target: &ExportTarget) -> Result<Format, ExportError> {
    match target {
        ExportTarget::File(path) => {
            let format = Format::from_path(path)
                .ok_or_else(|| ExportError::Usage(format!("cannot tell the format of {}: name it .png, .svg or .pdf", path.display())))?;
            // Before any long work: fail now on a path that cannot be written.
            png::check_writable(path)?;
            Ok(format)
        }
        ExportTarget::Bytes(f) => Ok(*f),
        ExportTarget::Image => Ok(Format::Png),
    }
}

fn run_plan(
    plan: &Plan,
    target: &ExportTarget,
    format: Format,
    progress: &Progress,
    gpu: Option<Arc<Gpu>>,
    t0: Instant,
) -> Result<ExportOutput, ExportError> {
    let mut run = Run { plan, target, progress, stages: Stages::new() };
    run.stages.lap("plan");
    progress.set(0.01, "laying out");
    let scene = Scene::build(plan)?;
    run.stages.lap("layout and paint");
    run.check_cancel()?;
    let encoded = match format {
        Format::Png => run.png(&scene, gpu)?,
        Format::Svg => run.svg(&scene),
        Format::Pdf => run.pdf(&scene),
    };
    run.check_cancel()?;
    let path = run.write(&encoded.bytes)?;
    progress.set(1.0, "done");
    Ok(ExportOutput {
        format,
        bytes: encoded.bytes,
        path,
        image: encoded.image,
        size_px: encoded.size_px,
        page: scene.size,
        scale: plan.request.scale,
        events: plan.events.len(),
        marks: scene.composed.drawn.marks.len(),
        elapsed: t0.elapsed(),
        adapter: encoded.adapter,
        file_name: plan.default_file_name(format),
        stages: run.stages.done,
    })
}

/// The wall time of each step, for [`ExportOutput::stages`].
struct Stages {
    done: Vec<(&'static str, Duration)>,
    since: Instant,
}

impl Stages {
    fn new() -> Self {
        Stages { done: Vec::new(), since: Instant::now() }
    }

    /// Records step `name` as ending now.
    fn lap(&mut self, name: &'static str) {
        self.done.push((name, self.since.elapsed()));
        self.since = Instant::now();
    }
}

/// The scene as drawn and encoded.
struct Encoded {
    bytes: Vec<u8>,
    image: Option<Image>,
    size_px: [u32; 2],
    adapter: Option<String>,
}

/// One export under way: what it draws, where it goes, and its progress.
struct Run<'a> {
    plan: &'a Plan<'a>,
    target: &'a ExportTarget,
    progress: &'a Progress,
    stages: Stages,
}

impl Run<'_> {
    fn check_cancel(&self) -> Result<(), ExportError> {
        if self.progress.cancelled() { Err(ExportError::Cancelled) } else { Ok(()) }
    }

    /// Renders on the GPU (`gpu`, else the shared one) and encodes a PNG,
    /// unless only the pixels are wanted.
    fn png(&mut self, scene: &Scene, gpu: Option<Arc<Gpu>>) -> Result<Encoded, ExportError> {
        self.progress.set(0.03, "opening the graphics adapter");
        let gpu = match gpu {
            Some(g) => g,
            None => Gpu::shared()?,
        };
        let adapter = Some(gpu.adapter.clone());
        self.stages.lap("gpu init");
        let image = gpu.render(scene, self.progress)?;
        self.stages.lap("render");
        let size_px = [image.width, image.height];
        let bytes = if *self.target == ExportTarget::Image { Vec::new() } else { self.encode_png(&image)? };
        Ok(Encoded { bytes, image: Some(image), size_px, adapter })
    }

    /// The PNG file of `image`, its metadata naming the timeline; encoding
    /// stops early when the export is cancelled.
    fn encode_png(&mut self, image: &Image) -> Result<Vec<u8>, ExportError> {
        let (plan, progress) = (self.plan, self.progress);
        progress.set(0.87, "encoding");
        let meta = png::PngMeta {
            title: plan.request.title.clone(),
            description: Some(format!("{} · {} events · {}", plan.range_text(), plan.events.len(), plan.data.name)),
            scale: plan.request.scale,
        };
        let bytes = png::encode_with_progress(image, &meta, &mut |f| {
            progress.set(0.87 + 0.08 * f.min(1.0), "encoding");
            !progress.cancelled()
        })?;
        self.stages.lap("encode");
        Ok(bytes)
    }

    fn svg(&mut self, scene: &Scene) -> Encoded {
        self.progress.set(0.5, "writing SVG");
        let text = svg::write(scene, self.plan);
        self.stages.lap("svg");
        vector(text.into_bytes(), scene)
    }

    fn pdf(&mut self, scene: &Scene) -> Encoded {
        self.progress.set(0.5, "writing PDF");
        let bytes = pdf::write(scene, self.plan);
        self.stages.lap("pdf");
        vector(bytes, scene)
    }

    /// Writes `bytes` to the target file, if it is one: the path written.
    fn write(&mut self, bytes: &[u8]) -> Result<Option<PathBuf>, ExportError> {
        let ExportTarget::File(path) = self.target else { return Ok(None) };
        self.progress.set(0.95, "writing the file");
        png::write_atomic(path, bytes)?;
        self.stages.lap("write");
        Ok(Some(path.clone()))
    }
}

/// An SVG or PDF file: no pixels, its size the page's in its own units.
fn vector(bytes: Vec<u8>, scene: &Scene) -> Encoded {
    Encoded { bytes, image: None, size_px: [scene.size.x.round() as u32, scene.size.y.round() as u32], adapter: None }
}

/// An export running on a background thread. Poll [`ExportJob::poll`] each frame;
/// the window stays responsive, and [`ExportJob::cancel`] stops it between steps.
pub struct ExportJob {
    pub progress: Arc<Progress>,
    rx: Receiver<Result<ExportOutput, ExportError>>,
    done: bool,
}

impl ExportJob {
    /// Starts exporting `req` over `data`. With `repaint`, the UI is woken on
    /// progress and when the result is ready.
    pub fn spawn(data: Arc<Loaded>, req: ExportRequest, target: ExportTarget, repaint: Option<egui::Context>) -> ExportJob {
        Self::spawn_with(data, req, target, repaint, None)
    }

    /// As [`Self::spawn`], rendering with `gpu` (e.g. `Gpu::from_render_state` of the window).
    pub fn spawn_with(
        data: Arc<Loaded>,
        req: ExportRequest,
        target: ExportTarget,
        repaint: Option<egui::Context>,
        gpu: Option<Arc<Gpu>>,
    ) -> ExportJob {
        let progress = Arc::new(match &repaint {
            Some(ctx) => Progress::with_repaint(ctx.clone()),
            None => Progress::default(),
        });
        let (tx, rx) = std::sync::mpsc::channel();
        let p = progress.clone();
        std::thread::Builder::new()
            .name("chronolens-export".into())
            .spawn(move || {
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_with(&data, &req, &target, &p, gpu)))
                    .unwrap_or_else(|_| Err(ExportError::Gpu("the export stopped unexpectedly (internal error)".into())));
                let _ = tx.send(result);
                if let Some(ctx) = repaint {
                    ctx.request_repaint();
                }
            })
            .expect("spawning a thread");
        ExportJob { progress, rx, done: false }
    }

    /// The result once the export has finished (returned once), else `None`.
    pub fn poll(&mut self) -> Option<Result<ExportOutput, ExportError>> {
        if self.done {
            return None;
        }
        match self.rx.try_recv() {
            Ok(r) => {
                self.done = true;
                Some(r)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.done = true;
                Some(Err(ExportError::Gpu("the export stopped unexpectedly".into())))
            }
        }
    }

    /// Waits for the result (tests, scripts). Not after [`Self::poll`] has returned it.
    pub fn wait(self) -> Result<ExportOutput, ExportError> {
        if self.done {
            return Err(ExportError::Gpu("the result was already taken with poll()".into()));
        }
        self.rx.recv().unwrap_or_else(|_| Err(ExportError::Gpu("the export stopped unexpectedly".into())))
    }

    pub fn cancel(&self) {
        self.progress.cancel();
    }

    pub fn is_done(&self) -> bool {
        self.done
    }
}
