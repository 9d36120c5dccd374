//! The export engine: PNG sizes and pixels, SVG structure, the command line's
//! errors, and a snapshot of the sample's export.
//!
//! Rendering tests need a wgpu adapter (a GPU, or Mesa's lavapipe:
//! `apt-get install mesa-vulkan-drivers libvulkan1`). Without one they print a
//! SKIPPED line (see `common::skip`) instead of failing, unless
//! `CHRONOLENS_REQUIRE_GPU=1`.

use chronolens::export::compose::{self, page_layer};
use chronolens::export::job::{ExportTarget, Progress, run};
use chronolens::export::request::{parse_from, parse_to};
use chronolens::export::{ExportError, ExportRequest, Format, Gpu, Image, Scene, render_image, render_svg};
use chronolens::model::{Loaded, load_sample};
use chronolens::render::geometry::mark_geometry;
use chronolens::render::style::lane_colors;
use egui::{Color32, Rect};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

mod common;

/// The headless GPU, or `None` after a visible SKIPPED line (a failure under `.ci/run`).
fn gpu() -> Option<Arc<Gpu>> {
    common::gpu_or_skip("PNG rendering")
}

fn sample() -> Loaded {
    load_sample()
}

fn request() -> ExportRequest {
    ExportRequest { export_date: Some("2026-11-21".into()), ..Default::default() }
}

fn lane_index(data: &Loaded, id: &str) -> usize {
    data.dataset.lanes.iter().position(|l| l.id == id).unwrap()
}

fn close(p: [u8; 4], c: Color32, tol: i32) -> bool {
    (p[0] as i32 - c.r() as i32).abs() <= tol && (p[1] as i32 - c.g() as i32).abs() <= tol && (p[2] as i32 - c.b() as i32).abs() <= tol
}

/// Whether any pixel of `img` inside `r` (in points) is within `tol` of `c`.
fn any_pixel(img: &Image, scale: f32, r: Rect, c: Color32, tol: i32) -> Option<(u32, u32)> {
    let x0 = (r.left() * scale).floor().max(0.0) as u32;
    let y0 = (r.top() * scale).floor().max(0.0) as u32;
    let x1 = ((r.right() * scale).ceil() as u32).min(img.width);
    let y1 = ((r.bottom() * scale).ceil() as u32).min(img.height);
    for y in y0..y1 {
        for x in x0..x1 {
            if close(img.pixel(x, y), c, tol) {
                return Some((x, y));
            }
        }
    }
    None
}

fn decode_png(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a valid PNG");
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn png_size_equals_the_request() {
    let Some(_) = gpu() else { return };
    let data = sample();
    for (width, height, scale) in [(1200, Some(700), 1.0), (1000, Some(600), 2.0), (640, None, 4.0), (800, Some(450), 1.5)] {
        let req = ExportRequest { width, height, scale, ..request() };
        let out = run(&data, &req, &ExportTarget::Bytes(Format::Png), &Progress::default()).unwrap();
        let want_w = (width as f32 * scale).round() as u32;
        let (w, h) = decode_png(&out.bytes);
        assert_eq!(w, want_w, "width × scale for {width}@{scale}");
        assert_eq!([w, h], out.size_px);
        match height {
            Some(hh) => assert_eq!(h, (hh as f32 * scale).round() as u32, "height × scale"),
            None => assert_eq!(h, (out.page.y * scale).round() as u32, "fitted height × scale"),
        }
    }
}

#[test]
fn every_exported_event_has_a_pixel_of_its_lane_colour_where_the_transform_puts_it() {
    let Some(_) = gpu() else { return };
    let data = sample();
    let colors = lane_colors(&data);
    for (scale, dark) in [(1.0, false), (2.0, true)] {
        let req = ExportRequest { scale, dark, ..request() };
        let plan = req.plan(&data).unwrap();
        let (img, composed) = render_image(&data, &req).unwrap();
        let layout = &composed.layout;
        assert!(!plan.events.is_empty());
        let lane_bands: HashMap<u16, Rect> = composed.drawn.lanes.iter().map(|l| (l.lane, l.rect)).collect();
        for &e in &plan.events {
            let ev = &data.dataset.events[e as usize];
            let lane = data.index.lane_of[e as usize];
            let span = data.index.spans[e as usize].get().unwrap();
            // x from the time transform, y from the lane's band and the mark's row.
            let g = mark_geometry(ev.precision, span, &layout.view);
            let x = layout.plot.left() + g.icon_x;
            let mark = composed.drawn.marks.iter().find(|m| m.event == e).unwrap_or_else(|| panic!("{} is drawn", ev.id));
            let cy = mark.rect.center().y;
            let band = lane_bands[&lane];
            assert!(band.y_range().contains(cy), "{}: its row lies in its lane", ev.id);
            assert!(layout.plot.x_range().contains(x), "{}: inside the plot", ev.id);
            let r = 5.5 * 1.3 + 1.0;
            let around = Rect::from_min_max(egui::pos2(x - r, cy - r), egui::pos2(x + r, cy + r));
            assert!(
                any_pixel(&img, scale, around, colors[lane as usize], 24).is_some(),
                "{} ({}): no pixel of lane colour {:?} near ({x:.1}, {cy:.1}) at {scale}×",
                ev.id,
                ev.title,
                colors[lane as usize]
            );
        }
    }
}

#[test]
fn an_event_outside_from_to_leaves_no_mark() {
    let Some(_) = gpu() else { return };
    let data = sample();
    let colors = lane_colors(&data);
    let from = parse_from("2022-03-24").unwrap();
    let req = ExportRequest { from: Some(from), to: Some(parse_to("2022-03-25").unwrap()), scale: 2.0, ..request() };
    let (img, composed) = render_image(&data, &req).unwrap();
    let plan = req.plan(&data).unwrap();
    let id = |e: u32| data.dataset.events[e as usize].id.as_str();
    let drawn: BTreeSet<&str> = composed.drawn.marks.iter().map(|m| id(m.event)).collect();
    // S000-02 (US, 23 Mar) is just before the range; its label would reach into it.
    // Every Ukrainian-officials event is on 21-23 Mar.
    for outside in ["S000-02", "S004-02", "S004-03", "S004-07", "S004-08"] {
        assert!(!drawn.contains(outside), "{outside} is outside the range but drawn");
        assert!(!plan.events.iter().any(|&e| id(e) == outside));
    }
    assert_eq!(drawn.len(), plan.events.len());
    let plot = composed.layout.plot;
    let ukraine = colors[lane_index(&data, "ukraine")];
    assert_eq!(any_pixel(&img, 2.0, plot, ukraine, 30), None, "no mark of the Ukrainian-officials lane");
    let us = lane_index(&data, "us");
    let band = composed.drawn.lanes.iter().find(|l| l.lane as usize == us).unwrap().rect;
    let x_from = plot.left() + composed.layout.view.x(from as f64) as f32;
    let before = Rect::from_min_max(egui::pos2(plot.left(), band.top()), egui::pos2(x_from - 2.0, band.bottom()));
    assert_eq!(any_pixel(&img, 2.0, before, colors[us], 30), None, "nothing of the US lane before --from");
    let label_before = Rect::from_min_max(egui::pos2(plot.left(), band.top()), egui::pos2(x_from - 2.0, band.bottom()));
    let text = if req.dark { Color32::WHITE } else { Color32::from_rgb(28, 30, 36) };
    assert_eq!(any_pixel(&img, 2.0, label_before, text, 40), None, "no label text before --from either");
    // And the SVG has no element for them.
    let (svg, _) = render_svg(&data, &req).unwrap();
    assert!(!svg.contains("data-id=\"S000-02\""));
}

#[test]
fn hidden_lanes_are_absent() {
    let Some(_) = gpu() else { return };
    let data = sample();
    let colors = lane_colors(&data);
    let req = ExportRequest { lanes: Some(vec!["nato".into(), "us".into()]), ..request() };
    let (img, composed) = render_image(&data, &req).unwrap();
    let shown: Vec<&str> = composed.drawn.lanes.iter().map(|l| data.dataset.lanes[l.lane as usize].id.as_str()).collect();
    assert_eq!(shown, ["nato", "us"]);
    for hidden in ["russia", "ukraine"] {
        let c = colors[lane_index(&data, hidden)];
        let whole = Rect::from_min_size(egui::Pos2::ZERO, composed.layout.size);
        assert_eq!(any_pixel(&img, 1.0, whole, c, 20), None, "no pixel of hidden lane {hidden} anywhere (plot, gutter, legend)");
    }
    let other = colors[lane_index(&data, "other")];
    assert_eq!(any_pixel(&img, 1.0, composed.layout.plot, other, 12), None);
    let mark_lanes: BTreeSet<&str> =
        composed.drawn.marks.iter().map(|m| data.dataset.lanes[data.index.lane_of[m.event as usize] as usize].id.as_str()).collect();
    assert_eq!(mark_lanes, BTreeSet::from(["nato", "us"]), "marks of both shown lanes, and of no other");
}

fn text_of(node: roxmltree::Node) -> String {
    node.descendants().filter(|n| n.is_text()).map(|n| n.text().unwrap_or("")).collect()
}

#[test]
fn svg_parses_and_holds_one_element_per_event_and_the_lane_labels_as_text() {
    let data = sample();
    for req in [
        request(),
        ExportRequest { lanes: Some(vec!["nato".into(), "ukraine".into()]), dark: true, sources: true, ..request() },
        ExportRequest { from: Some(parse_from("2022-03-24").unwrap()), to: Some(parse_to("2022-03-25").unwrap()), ..request() },
    ] {
        let plan = req.plan(&data).unwrap();
        let (svg, composed) = render_svg(&data, &req).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("width"), Some(req.width.to_string().as_str()));
        assert_eq!(root.attribute("height").unwrap(), composed.layout.size.y.to_string());
        let groups: Vec<roxmltree::Node> =
            doc.descendants().filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("event")).collect();
        let ids: Vec<&str> = groups.iter().map(|g| g.attribute("data-id").unwrap()).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "one element per event");
        let expected: BTreeSet<&str> = plan.events.iter().map(|&e| data.dataset.events[e as usize].id.as_str()).collect();
        assert_eq!(unique, expected, "one element per exported event, and no other");
        for g in &groups {
            // Each group draws something: the mark itself.
            assert!(g.children().any(|c| c.is_element() && !c.has_tag_name("title")), "{:?} is empty", g.attribute("data-id"));
            let lane = g.attribute("data-lane").unwrap();
            assert!(plan.visible_lanes().any(|l| data.dataset.lanes[l].id == lane));
        }
        let texts: Vec<String> = doc.descendants().filter(|n| n.has_tag_name("text")).map(text_of).collect();
        for (i, lane) in data.dataset.lanes.iter().enumerate() {
            let present = texts.iter().any(|t| t == &lane.label);
            assert_eq!(present, !plan.hidden[i], "lane label {:?} as text iff the lane is shown", lane.label);
        }
        // Real text, no bitmap.
        assert!(doc.descendants().all(|n| !n.has_tag_name("image")));
        assert!(texts.iter().any(|t| t.contains("exported 2026-11-21")));
        if req.sources {
            assert!(texts.iter().any(|t| t.starts_with("Sources (2 articles")), "{texts:?}");
            assert!(texts.iter().any(|t| t.contains("NATO will go to war against Russia?")));
        }
    }
}

#[test]
fn the_labels_of_the_last_events_are_not_cut_at_the_right_edge() {
    let data = sample();
    for width in [1280, 1920] {
        let (svg, composed) = render_svg(&data, &ExportRequest { width, ..request() }).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let texts: Vec<String> = doc.descendants().filter(|n| n.has_tag_name("text")).map(text_of).collect();
        for id in ["S004-13", "S004-14", "S004-15", "S000-07", "S000-08"] {
            let title = &data.dataset.events[*data.index.event_ids.get(id).unwrap() as usize].title;
            assert!(texts.iter().any(|t| **t == **title), "{id}: “{title}” is written in full at {width} px");
        }
        // The first event still sits at the "Fit all" margin.
        let first = data.index.extent.unwrap().lo;
        assert!((composed.layout.view.x(first as f64) - 40.0).abs() < 1e-3);
    }
}

#[test]
fn svg_export_needs_no_gpu_and_escapes_text() {
    let data = sample();
    let req = ExportRequest { title: Some("Chemical weapons <rhetoric> & \"claims\"".into()), embed_font: true, ..request() };
    let (svg, _) = render_svg(&data, &req).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(doc.descendants().filter(|n| n.has_tag_name("text")).any(|n| text_of(n) == "Chemical weapons <rhetoric> & \"claims\""));
    assert!(svg.contains("@font-face"));
}

#[test]
fn tiles_stitch_into_the_same_picture() {
    let Some(gpu) = gpu() else { return };
    let data = sample();
    let req = ExportRequest { width: 1000, scale: 2.0, sources: true, ..request() };
    let plan = req.plan(&data).unwrap();
    let scene = Scene::build(&plan).unwrap();
    let whole = gpu.render_tiled(&scene, 4096, &Progress::default()).unwrap();
    let tiled = gpu.render_tiled(&scene, 256, &Progress::default()).unwrap();
    assert_eq!((whole.width, whole.height), (tiled.width, tiled.height));
    let differing = whole.rgba.chunks_exact(4).zip(tiled.rgba.chunks_exact(4)).filter(|(a, b)| a != b).count();
    assert!(differing * 1000 < (whole.width * whole.height) as usize, "{differing} pixels differ between tiled and whole renders");
}

#[test]
fn a_background_job_reports_progress_and_gives_an_image_for_the_clipboard() {
    let Some(_) = gpu() else { return };
    let job = chronolens::export::ExportJob::spawn(Arc::new(sample()), request(), ExportTarget::Image, None);
    let progress = job.progress.clone();
    let out = job.wait().unwrap();
    assert_eq!(progress.get(), (1.0, "done"));
    let img = out.color_image().unwrap();
    assert_eq!(img.size, [out.size_px[0] as usize, out.size_px[1] as usize]);
    assert_eq!(out.file_name, "timeline_2022-03-21_2022-03-25.png");
}

#[test]
fn a_cancelled_job_stops_and_writes_nothing() {
    let Some(_) = gpu() else { return };
    let dir = scratch("cancel");
    let out = dir.join("big.png");
    let req = ExportRequest { width: 3000, scale: 4.0, ..request() };
    let job = chronolens::export::ExportJob::spawn(Arc::new(sample()), req, ExportTarget::File(out.clone()), None);
    job.cancel();
    assert_eq!(job.wait().unwrap_err(), ExportError::Cancelled);
    assert!(files_in(&dir).is_empty(), "{:?}", files_in(&dir));
}

#[test]
fn the_current_view_export_maps_the_view_across_the_plot() {
    let data = sample();
    let (t0, t1) = (parse_from("2022-03-23").unwrap() as f64, parse_from("2022-03-25").unwrap() as f64);
    let req = ExportRequest { view: Some((t0, t1)), width: 1600, ..request() };
    let (_, composed) = render_svg(&data, &req).unwrap();
    let l = &composed.layout;
    assert!(l.view.x(t0).abs() < 1e-3);
    assert!((l.view.x(t1) - l.plot.width() as f64).abs() < 1e-3);
    assert_eq!(req.plan(&data).unwrap().default_file_name(Format::Png), "timeline_2022-03-23_2022-03-24.png");
}

#[test]
fn a_fixed_height_too_small_is_refused_and_a_long_footer_is_cut_short() {
    let data = sample();
    let err = render_svg(&data, &ExportRequest { height: Some(100), ..request() }).unwrap_err();
    assert!(matches!(err, ExportError::Usage(_)) && err.to_string().contains("too small"), "{err}");
    let (svg, composed) = render_svg(&data, &ExportRequest { height: Some(520), sources: true, ..request() }).unwrap();
    assert_eq!(composed.layout.size.y, 520.0);
    assert!(composed.layout.timeline.bottom() <= 520.0);
    roxmltree::Document::parse(&svg).unwrap();
}

// ---------------------------------------------------------------------------------------------
// The command line.

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronolens"))
}

fn sample_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample.json")
}

fn scratch(name: &str) -> common::Scratch {
    common::scratch_dir(&format!("export-test-{name}"))
}

fn files_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

#[test]
fn bad_arguments_get_a_clear_message_exit_code_2_and_no_file() {
    let dir = scratch("bad-args");
    let out = dir.join("t.png");
    let sample = sample_file();
    let s = sample.to_str().unwrap();
    let o = out.to_str().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![s, "--out", o, "--lanes", "nato,mars"], "unknown lane `mars`"),
        (vec![s, "--out", o, "--from", "2022-03-26", "--to", "2022-03-21"], "is not before --to"),
        (vec![s, "--out", "/nonexistent-folder/t.png"], "cannot write /nonexistent-folder/t.png"),
        (vec![s, "--out", dir.to_str().unwrap()], "name the image .png, .svg or .pdf"),
        (vec![s, "--out", o, "--width", "0"], "--width must be a positive number of pixels"),
        (vec![s, "--out", o, "--height", "0"], "--height must be a positive number of pixels"),
        (vec![s, "--out", o, "--scale", "0"], "--scale must be a positive number"),
        (vec![s, "--out", o, "--height", "50"], "too small"),
        (vec![s, "--out", o, "--theme", "sepia"], "light or dark"),
        (vec![s, "--out", o, "--select", "nope"], "no event with id `nope`"),
        (vec!["/nonexistent/data.json", "--out", o], "no such file"),
        (vec![s], "--out"),
    ];
    for (args, message) in cases {
        let r = bin().arg("export").args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(2), "{args:?} → {stderr}");
        assert!(stderr.contains(message), "{args:?}: expected {message:?} in {stderr}");
        assert!(files_in(&dir).is_empty(), "{args:?} left {:?} behind", files_in(&dir));
    }
    // A directory as the output path.
    let as_dir = dir.join("folder.png");
    std::fs::create_dir(&as_dir).unwrap();
    let r = bin().args(["export", s, "--out", as_dir.to_str().unwrap()]).output().unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("it is a folder"));
}

#[test]
fn no_graphics_adapter_says_what_to_install() {
    // No Vulkan driver, and only Vulkan allowed: wgpu finds no adapter.
    let dir = scratch("no-adapter");
    let out = dir.join("t.png");
    let r = bin()
        .env("VK_ICD_FILENAMES", "/nonexistent-icd.json")
        .env("VK_DRIVER_FILES", "/nonexistent-icd.json")
        .env("WGPU_BACKEND", "vulkan")
        .args(["export", sample_file().to_str().unwrap(), "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("apt-get install mesa-vulkan-drivers libvulkan1"), "{stderr}");
    assert!(files_in(&dir).is_empty(), "no partial file");
}

#[test]
fn an_invalid_dataset_exits_with_1() {
    let dir = scratch("invalid");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"lanes": [], "articles": [], "events": [{"id": "x"}]}"#).unwrap();
    let r = bin().args(["export", bad.to_str().unwrap(), "--out", dir.join("t.svg").to_str().unwrap()]).output().unwrap();
    assert_eq!(r.status.code(), Some(1), "{}", String::from_utf8_lossy(&r.stderr));
    assert_eq!(files_in(&dir), ["bad.json"]);
}

#[test]
fn the_command_line_writes_png_and_svg() {
    let dir = scratch("cli");
    let s = sample_file();
    let svg = dir.join("t.svg");
    let r =
        bin().args(["export", s.to_str().unwrap(), "--out", svg.to_str().unwrap(), "--lanes", "nato,us", "--sources"]).output().unwrap();
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    roxmltree::Document::parse(&std::fs::read_to_string(&svg).unwrap()).unwrap();
    assert!(String::from_utf8_lossy(&r.stdout).contains("wrote"));
    if gpu().is_none() {
        return;
    }
    let png_path = dir.join("t.png");
    let r = bin()
        .args(["export", s.to_str().unwrap(), "--out", png_path.to_str().unwrap(), "--width", "1280", "--height", "720", "--scale", "2"])
        .args(["--theme", "dark", "--title", "Chemical weapons warnings, March 2022"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("XDG_RUNTIME_DIR"), "lavapipe's warning is silenced: {stderr}");
    assert_eq!(decode_png(&std::fs::read(&png_path).unwrap()), (2560, 1440));
    let mut names = files_in(&dir);
    names.sort();
    assert_eq!(names, ["t.png", "t.svg"], "no temporary file left");
}

// ---------------------------------------------------------------------------------------------
// The snapshot: the composed export of the sample, rendered by kittest (lavapipe in CI).

#[test]
fn snapshot_of_the_sample_export() {
    if gpu().is_none() {
        return;
    }
    let data = sample();
    let req = ExportRequest { width: 1280, title: Some("NATO and chemical weapons, March 2022".into()), sources: true, ..request() };
    let plan = req.plan(&data).unwrap();
    let size = compose::page_size(&plan).unwrap();
    let ctx = egui::Context::default();
    let mut layout = None;
    ctx.run_ui(Default::default(), |ui| layout = Some(compose::layout(&ui.ctx().layer_painter(page_layer()), &plan).unwrap()))
        .drop_without_applying_deltas();
    let layout = layout.unwrap();
    assert_eq!(layout.size, size);
    let mut harness = egui_kittest::Harness::builder().with_size(size).with_pixels_per_point(1.0).build_ui(|ui| {
        compose::paint_page(&ui.ctx().layer_painter(page_layer()), &plan, &layout);
    });
    harness.run();
    // Tolerates anti-aliasing differences between rasterizers (Mesa versions), not
    // content changes: one changed digit of the date is about 330 differing pixels.
    let options = egui_kittest::SnapshotOptions::new().threshold(0.6).max_failed_pixels(100);
    harness.snapshot_options("export_sample", &options);
}
