//! PNG encoding, and the atomic file write every export goes through (a
//! temporary file in the same folder, renamed over the target only when
//! complete, so a failed export never leaves a partial file behind).

use super::{ExportError, Image};
use crate::model::atomic::AtomicFile;
use std::io::Write;
use std::path::Path;

/// What goes into the PNG's text chunks.
#[derive(Debug, Clone, Default)]
pub struct PngMeta {
    pub title: Option<String>,
    pub description: Option<String>,
    /// Pixels per point: written as the resolution (96 dpi × scale), so that
    /// layout programs place a 4× image at the size of the 1× one.
    pub scale: f32,
}

/// Encodes an opaque image as 8-bit RGB PNG.
pub fn encode(image: &Image, meta: &PngMeta) -> Result<Vec<u8>, ExportError> {
    encode_with_progress(image, meta, &mut |_| true)
}

/// As [`encode`], calling `progress` with the fraction done every few rows;
/// it returns `false` to cancel.
pub fn encode_with_progress(image: &Image, meta: &PngMeta, progress: &mut dyn FnMut(f32) -> bool) -> Result<Vec<u8>, ExportError> {
    let err = |e: png::EncodingError| ExportError::Io(format!("encoding the PNG: {e}"));
    let mut out = Vec::with_capacity(image.rgba.len() / 8);
    {
        let mut enc = png::Encoder::new(&mut out, image.width, image.height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        enc.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        enc.set_source_srgb(png::SrgbRenderingIntent::Perceptual);
        if meta.scale > 0.0 {
            // 96 dpi at 1×, in pixels per metre.
            let ppm = (96.0 * meta.scale as f64 / 0.0254).round() as u32;
            enc.set_pixel_dims(Some(png::PixelDimensions { xppu: ppm, yppu: ppm, unit: png::Unit::Meter }));
        }
        enc.add_text_chunk("Software".into(), format!("chronolens {}", env!("CARGO_PKG_VERSION"))).map_err(err)?;
        if let Some(t) = &meta.title {
            enc.add_itxt_chunk("Title".into(), t.clone()).map_err(err)?;
        }
        if let Some(d) = &meta.description {
            enc.add_itxt_chunk("Description".into(), d.clone()).map_err(err)?;
        }
        let mut writer = enc.write_header().map_err(err)?;
        let mut stream = writer.stream_writer().map_err(err)?;
        let w = image.width as usize;
        let rows_per_chunk = (1 << 20) / (w * 3).max(1) + 1;
        let mut rgb = Vec::with_capacity(rows_per_chunk * w * 3);
        for (i, rows) in image.rgba.chunks(rows_per_chunk * w * 4).enumerate() {
            rgb.clear();
            rgb.extend(rows.chunks_exact(4).flat_map(|p| [p[0], p[1], p[2]]));
            stream.write_all(&rgb).map_err(|e| ExportError::Io(format!("encoding the PNG: {e}")))?;
            if !progress(((i + 1) * rows_per_chunk) as f32 / image.height.max(1) as f32) {
                return Err(ExportError::Cancelled);
            }
        }
        stream.finish().map_err(err)?;
    }
    Ok(out)
}

fn io_message(path: &Path, e: &std::io::Error) -> String {
    let what = match e.kind() {
        std::io::ErrorKind::NotFound => "the folder does not exist".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a folder".to_owned(),
        std::io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".to_owned(),
        std::io::ErrorKind::StorageFull => "the disk is full".to_owned(),
        _ => e.to_string(),
    };
    format!("cannot write {}: {what}", path.display())
}

/// Checks, before any long work, that `path` can be written: its folder exists
/// and takes a new file, and it is not a folder itself. Leaves nothing behind.
pub fn check_writable(path: &Path) -> Result<(), ExportError> {
    // Starting an atomic write and dropping it creates and removes a temporary file.
    AtomicFile::create(path).map(drop).map_err(|e| ExportError::Io(io_message(path, &e)))
}

/// Writes `bytes` to `path` atomically: all of it, or nothing (and no stray temporary file).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::model::atomic::write_atomic(path, bytes, 0).map_err(|e| ExportError::Io(io_message(path, &e)))
}
