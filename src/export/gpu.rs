//! Headless rendering of an export [`Scene`] to pixels with egui-wgpu: on a GPU
//! when there is one, else on Mesa's lavapipe (Vulkan on the CPU). Images larger
//! than one texture are rendered tile by tile and stitched.

use super::{ExportError, Image, Progress, Scene};
use egui::epaint::{ClippedPrimitive, Primitive};
use egui_wgpu::{RendererOptions, ScreenDescriptor, wgpu};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The font atlas never grows past this side (it stays far smaller in practice).
pub const FONT_ATLAS_MAX_SIDE: usize = 4096;
/// Side of the tiles an image is rendered in (at most the device's limit).
pub const DEFAULT_TILE: u32 = 2048;
const WAIT: Duration = Duration::from_secs(120);

pub const INSTALL_HINT: &str = "no graphics adapter found to render the image.\n\
PNG export renders with wgpu: on a machine without a GPU it needs Mesa's software \
Vulkan driver (lavapipe). On Debian or Ubuntu: `sudo apt-get install mesa-vulkan-drivers libvulkan1`; \
on Fedora: `sudo dnf install mesa-vulkan-drivers vulkan-loader`.\n\
SVG export needs no adapter: use --out FILE.svg";

/// A device, a queue and an egui renderer that draws into offscreen textures.
pub struct Gpu {
    device: wgpu::Device,
    queue: wgpu::Queue,
    renderer: Mutex<egui_wgpu::Renderer>,
    /// "llvmpipe (LLVM 19.1.7, 256 bits) (Vulkan, Cpu)".
    pub adapter: String,
    /// Largest texture side the device takes.
    pub max_side: u32,
}

impl std::fmt::Debug for Gpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gpu({})", self.adapter)
    }
}

fn describe(info: &wgpu::AdapterInfo) -> String {
    format!("{} ({:?}, {:?})", info.name, info.backend, info.device_type)
}

impl Gpu {
    /// Opens the best adapter without a window. `CHRONOLENS_ADAPTER=cpu` picks the
    /// software one even when a GPU exists (reproducible pixels).
    pub fn new() -> Result<Gpu, ExportError> {
        quiet_lavapipe();
        let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
        let adapters = pollster::block_on(instance.enumerate_adapters(wgpu::Backends::all()));
        let want_cpu = std::env::var("CHRONOLENS_ADAPTER").is_ok_and(|v| v.eq_ignore_ascii_case("cpu"));
        let rank = |a: &wgpu::Adapter| {
            let i = a.get_info();
            let kind = match i.device_type {
                wgpu::DeviceType::DiscreteGpu => 0,
                wgpu::DeviceType::IntegratedGpu => 1,
                wgpu::DeviceType::VirtualGpu => 2,
                wgpu::DeviceType::Cpu => 3,
                wgpu::DeviceType::Other => 4,
            };
            let kind = if want_cpu && i.device_type == wgpu::DeviceType::Cpu { -1 } else { kind };
            // GL last: offscreen GL needs a display on many systems.
            let backend = if i.backend == wgpu::Backend::Gl { 1 } else { 0 };
            (backend, kind)
        };
        let Some(adapter) = adapters.into_iter().min_by_key(rank) else {
            return Err(ExportError::NoAdapter(INSTALL_HINT.to_owned()));
        };
        let base = if adapter.get_info().backend == wgpu::Backend::Gl {
            wgpu::Limits::downlevel_webgl2_defaults()
        } else {
            wgpu::Limits::downlevel_defaults()
        };
        let limits = base.using_resolution(adapter.limits());
        let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
            label: Some("chronolens export"),
            required_limits: limits.clone(),
            ..Default::default()
        }))
        .map_err(|e| ExportError::NoAdapter(format!("{}: could not open it: {e}\n{INSTALL_HINT}", describe(&adapter.get_info()))))?;
        Ok(Self::from_device(device, queue, describe(&adapter.get_info())))
    }

    /// Renders with the window's device (eframe's `wgpu_render_state`), with a
    /// renderer of its own.
    pub fn from_render_state(rs: &egui_wgpu::RenderState) -> Gpu {
        Self::from_device(rs.device.clone(), rs.queue.clone(), describe(&rs.adapter.get_info()))
    }

    pub fn from_device(device: wgpu::Device, queue: wgpu::Queue, adapter: String) -> Gpu {
        let max_side = device.limits().max_texture_dimension_2d;
        let options = RendererOptions { predictable_texture_filtering: false, ..RendererOptions::PREDICTABLE };
        let renderer = egui_wgpu::Renderer::new(&device, wgpu::TextureFormat::Rgba8Unorm, options);
        Gpu { device, queue, renderer: Mutex::new(renderer), adapter, max_side }
    }

    /// One headless device for the whole process, opened on first use.
    pub fn shared() -> Result<Arc<Gpu>, ExportError> {
        static SHARED: OnceLock<Result<Arc<Gpu>, ExportError>> = OnceLock::new();
        SHARED.get_or_init(|| Gpu::new().map(Arc::new)).clone()
    }

    /// Renders the scene to pixels in tiles of at most [`DEFAULT_TILE`].
    pub fn render(&self, scene: &Scene, progress: &Progress) -> Result<Image, ExportError> {
        self.render_tiled(scene, DEFAULT_TILE, progress)
    }

    /// Renders in tiles of at most `tile` pixels a side (tests use small tiles).
    pub fn render_tiled(&self, scene: &Scene, tile: u32, progress: &Progress) -> Result<Image, ExportError> {
        let [w, h] = scene.size_px();
        if w == 0 || h == 0 {
            return Err(ExportError::Usage(format!("the image would be {w}×{h} px")));
        }
        let (side, pixels) = (super::request::MAX_SIDE_PX, super::request::MAX_PIXELS);
        if w as u64 > side || h as u64 > side || w as u64 * h as u64 > pixels {
            return Err(ExportError::Usage(format!(
                "the image would be {w}×{h} px, more than PNG export allows ({side} px a side, {} megapixels): \
                 give --height (a long Sources list is then cut short), fewer lanes, a lower --scale, or export SVG",
                pixels / 1_000_000
            )));
        }
        let ppp = scene.pixels_per_point;
        // Whole points per tile keep every tile's pixel grid identical.
        let step = ppp.round().max(1.0) as u32;
        let tile = (tile.min(self.max_side).max(64) / step * step).max(step);
        let mut renderer = self.renderer.lock().map_err(|_| ExportError::Gpu("the renderer was poisoned by an earlier panic".into()))?;
        for delta in &scene.textures.0 {
            for (id, deltas) in &delta.set {
                for d in deltas {
                    renderer.update_texture(&self.device, &self.queue, *id, d);
                }
            }
        }
        progress.set(0.05, "tessellating");
        let primitives = scene.ctx.tessellate(scene.shapes.clone(), ppp);
        let bg = scene.background.to_srgba_unmultiplied().map(|c| c as f64 / 255.0);
        let clear = wgpu::Color { r: bg[0], g: bg[1], b: bg[2], a: 1.0 };

        let mut rgba = vec![0u8; w as usize * h as usize * 4];
        let (nx, ny) = (w.div_ceil(tile), h.div_ceil(tile));
        let total = (nx * ny) as f32;
        for ty in 0..ny {
            for tx in 0..nx {
                if progress.cancelled() {
                    return Err(ExportError::Cancelled);
                }
                let (ox, oy) = (tx * tile, ty * tile);
                let (tw, th) = (tile.min(w - ox), tile.min(h - oy));
                let offset = egui::vec2(ox as f32, oy as f32) / ppp;
                let area = egui::Rect::from_min_size(offset.to_pos2(), egui::vec2(tw as f32, th as f32) / ppp);
                let jobs: Vec<ClippedPrimitive> = primitives
                    .iter()
                    .filter(|p| p.clip_rect.intersects(area))
                    .map(|p| {
                        let mut p = p.clone();
                        p.clip_rect = p.clip_rect.translate(-offset);
                        if let Primitive::Mesh(m) = &mut p.primitive {
                            m.translate(-offset);
                        }
                        p
                    })
                    .collect();
                let pixels = self.render_one(&mut renderer, &jobs, [tw, th], ppp, clear)?;
                let row = tw as usize * 4;
                for y in 0..th as usize {
                    let dst = ((oy as usize + y) * w as usize + ox as usize) * 4;
                    rgba[dst..dst + row].copy_from_slice(&pixels[y * row..(y + 1) * row]);
                }
                progress.set(0.1 + 0.75 * (ty * nx + tx + 1) as f32 / total, "rendering");
            }
        }
        for delta in &scene.textures.0 {
            for id in &delta.free {
                renderer.free_texture(id);
            }
        }
        Ok(Image { width: w, height: h, rgba })
    }

    fn render_one(
        &self,
        renderer: &mut egui_wgpu::Renderer,
        jobs: &[ClippedPrimitive],
        [w, h]: [u32; 2],
        ppp: f32,
        clear: wgpu::Color,
    ) -> Result<Vec<u8>, ExportError> {
        let screen = ScreenDescriptor { size_in_pixels: [w, h], pixels_per_point: ppp };
        let mut enc = self.device.create_command_encoder(&wgpu::CommandEncoderDescriptor { label: Some("export") });
        let user = renderer.update_buffers(&self.device, &self.queue, &mut enc, jobs, &screen);
        let tex = self.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("export tile"),
            size: wgpu::Extent3d { width: w, height: h, depth_or_array_layers: 1 },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: wgpu::TextureFormat::Rgba8Unorm,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = tex.create_view(&wgpu::TextureViewDescriptor::default());
        {
            let mut pass = enc
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("export"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations { load: wgpu::LoadOp::Clear(clear), store: wgpu::StoreOp::Store },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            renderer.render(&mut pass, jobs, &screen);
        }
        let unpadded = w as usize * 4;
        let align = wgpu::COPY_BYTES_PER_ROW_ALIGNMENT as usize;
        let padded = unpadded.div_ceil(align) * align;
        let buf = self.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("export readback"),
            size: (padded * h as usize) as u64,
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        enc.copy_texture_to_buffer(
            tex.as_image_copy(),
            wgpu::TexelCopyBufferInfo {
                buffer: &buf,
                layout: wgpu::TexelCopyBufferLayout { offset: 0, bytes_per_row: Some(padded as u32), rows_per_image: None },
            },
            wgpu::Extent3d { width: w, height: h, depth_or_array_layers: 1 },
        );
        let idx = self.queue.submit(user.into_iter().chain(std::iter::once(enc.finish())));
        let slice = buf.slice(..);
        let (tx, rx) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
        self.device
            .poll(wgpu::PollType::Wait { submission_index: Some(idx), timeout: Some(WAIT) })
            .map_err(|e| ExportError::Gpu(format!("waiting for the adapter: {e}")))?;
        rx.recv()
            .map_err(|_| ExportError::Gpu("the read-back never finished".into()))?
            .map_err(|e| ExportError::Gpu(format!("reading the image back: {e}")))?;
        let data = slice.get_mapped_range().map_err(|e| ExportError::Gpu(format!("reading the image back: {e}")))?;
        let mut out = Vec::with_capacity(unpadded * h as usize);
        for row in data.chunks_exact(padded) {
            out.extend_from_slice(&row[..unpadded]);
        }
        drop(data);
        buf.unmap();
        Ok(out)
    }
}

/// Mesa's lavapipe warns on stderr when `XDG_RUNTIME_DIR` is unset or unusable.
/// Points it to a fresh private folder in that case. Only changes the environment
/// while the process has a single thread (the command line).
pub(crate) fn quiet_lavapipe() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let ok = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| {
            std::fs::metadata(&d).is_ok_and(|m| m.is_dir() && m.permissions().mode() & 0o077 == 0 && m.uid() == own_uid())
        });
        if ok || !single_threaded() {
            return;
        }
        let dir = std::env::temp_dir().join(format!("chronolens-runtime-{}", own_uid()));
        let _ = std::fs::create_dir(&dir);
        let private = std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir() && m.uid() == own_uid());
        if private && std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).is_ok() {
            // SAFETY: the process has one thread (checked above), so nothing reads
            // the environment concurrently.
            unsafe { std::env::set_var("XDG_RUNTIME_DIR", &dir) };
        }
    }
}

/// The uid owning this process's files (read from a file we just made, no libc).
#[cfg(unix)]
fn own_uid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(0)
}

#[cfg(unix)]
fn single_threaded() -> bool {
    std::fs::read_dir("/proc/self/task").map(|d| d.count() == 1).unwrap_or(false)
}
