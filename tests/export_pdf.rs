//! The timeline as a vector PDF, read back with a small structural checker:
//! the cross-reference table points at every object, the content stream's
//! length is right, the page is the export's size in points, and every event
//! label drawn is one text run inside that event's marked-content group.
//! No GPU needed.

use chronolens::export::request::{parse_from, parse_to};
use chronolens::export::{ExportRequest, Scene, render_pdf, render_svg};
use chronolens::model::load_sample;
use egui::epaint::Shape;
use std::collections::HashMap;

fn request() -> ExportRequest {
    ExportRequest { export_date: Some("2026-11-21".into()), ..Default::default() }
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Checks the file's skeleton; returns each object's text by number.
fn objects(pdf: &[u8]) -> HashMap<usize, String> {
    assert!(pdf.starts_with(b"%PDF-1."), "header");
    assert!(pdf.ends_with(b"%%EOF\n"), "trailer at the end");
    let sx = rfind(pdf, b"startxref\n").expect("startxref");
    let line = &pdf[sx + 10..];
    let end = line.iter().position(|&b| b == b'\n').unwrap();
    let xref: usize = std::str::from_utf8(&line[..end]).unwrap().parse().expect("the xref offset is a number");
    assert!(pdf[xref..].starts_with(b"xref\n0 "), "startxref points at the xref table");
    let head_end = find(pdf, b"\n", xref + 5).unwrap();
    let count: usize = std::str::from_utf8(&pdf[xref + 7..head_end]).unwrap().parse().unwrap();
    let table = head_end + 1;
    assert_eq!(&pdf[table..table + 20], b"0000000000 65535 f \n", "object 0 is free");
    let mut out = HashMap::new();
    for i in 1..count {
        let entry = &pdf[table + 20 * i..table + 20 * (i + 1)];
        assert_eq!(&entry[10..], b" 00000 n \n", "entry {i} is 20 bytes, in use");
        let offset: usize = std::str::from_utf8(&entry[..10]).unwrap().parse().unwrap();
        let header = format!("{i} 0 obj\n");
        assert!(pdf[offset..].starts_with(header.as_bytes()), "xref entry {i} points at `{i} 0 obj`");
        let stop = find(pdf, b"\nendobj\n", offset).expect("endobj");
        // Embedded font programs are binary; everything else is ASCII.
        out.insert(i, String::from_utf8_lossy(&pdf[offset + header.len()..stop]).into_owned());
    }
    let trailer = &pdf[table + 20 * count..sx];
    let trailer = std::str::from_utf8(trailer).unwrap();
    assert!(trailer.starts_with("trailer\n<<") && trailer.contains(&format!("/Size {count}")), "{trailer}");
    let root: usize = trailer.split("/Root ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!(out[&root].contains("/Type /Catalog"));
    out
}

/// The content stream of the only page, after checking its `/Length`.
fn content(objs: &HashMap<usize, String>) -> String {
    let page = objs.values().find(|o| o.contains("/Type /Page ")).expect("a page");
    let n: usize = page.split("/Contents ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    let obj = &objs[&n];
    let len: usize = obj.split("/Length ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    let start = obj.find(">>\nstream\n").unwrap() + ">>\nstream\n".len();
    assert_eq!(&obj[start + len..], "\nendstream", "/Length is the stream's length");
    obj[start..start + len].to_owned()
}

/// The strings shown with Tj, by the event group they are in (`None`: outside any).
fn text_runs(ops: &str) -> Vec<(Option<String>, Vec<u8>)> {
    let mut runs = Vec::new();
    let mut group = None;
    for line in ops.lines() {
        if let Some(rest) = line.strip_prefix("/Event <</ID ") {
            group = Some(String::from_utf8(unescape(rest.trim_end_matches(">> BDC"))).unwrap());
        } else if line == "EMC" {
            group = None;
        } else if let Some(tf) = line.find(" Tf (") {
            let s = &line[tf + 4..line.rfind(" Tj ").expect("Tj")];
            runs.push((group.clone(), unescape(s)));
        }
    }
    runs
}

/// The text of runs set in embedded fonts (`/E<n> size Tf <glyph ids> Tj`, one
/// or more per line), read back through each font's ToUnicode map.
fn unicode_runs(ops: &str, objs: &HashMap<usize, String>) -> Vec<String> {
    let page = objs.values().find(|o| o.contains("/Type /Page ")).expect("a page");
    let mut maps: HashMap<String, HashMap<String, String>> = HashMap::new();
    let font_dict = page.split("/Font << ").nth(1).unwrap().split(" >>").next().unwrap();
    let words: Vec<&str> = font_dict.split(' ').collect();
    for entry in words.chunks(4).filter(|w| w[0].starts_with("/E")) {
        let name = &entry[0][2..];
        let font: usize = entry[1].parse().unwrap();
        let to_unicode: usize =
            objs[&font].split("/ToUnicode ").nth(1).expect("a ToUnicode map").split(' ').next().unwrap().parse().unwrap();
        let cmap = &objs[&to_unicode];
        let mut map = HashMap::new();
        // The bfchar lines: `<glyph> <UTF-16>` (not the dictionary, not the code space range).
        for line in cmap.lines().filter(|l| l.starts_with('<') && !l.starts_with("<<") && !l.starts_with("<0000> <FFFF>")) {
            let (glyph, text) = line.split_once("> <").unwrap();
            let units: Vec<u16> = (0..text.len() - 1).step_by(4).map(|i| u16::from_str_radix(&text[i..i + 4], 16).unwrap()).collect();
            map.insert(glyph[1..].to_owned(), String::from_utf16(&units).unwrap());
        }
        maps.insert(format!("E{name}"), map);
    }
    let mut runs = Vec::new();
    for line in ops.lines().filter(|l| l.contains(" Tf <")) {
        let mut text = String::new();
        for show in line.split(" Tj").filter(|s| s.contains(" Tf <")) {
            let font = show.rsplit(" /").next().unwrap().split(' ').next().unwrap();
            let hex = show.rsplit('<').next().unwrap().trim_end_matches('>');
            for i in (0..hex.len()).step_by(4) {
                text.push_str(maps[font].get(&hex[i..i + 4]).map_or("\u{FFFD}", |s| s.as_str()));
            }
        }
        runs.push(text);
    }
    runs
}

/// A PDF literal string's bytes.
fn unescape(lit: &str) -> Vec<u8> {
    let b = lit.as_bytes();
    assert!(b[0] == b'(' && b[b.len() - 1] == b')', "{lit}");
    let mut out = Vec::new();
    let mut i = 1;
    while i < b.len() - 1 {
        if b[i] == b'\\' {
            if b[i + 1].is_ascii_digit() {
                out.push(u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 4]).unwrap(), 8).unwrap());
                i += 4;
            } else {
                out.push(b[i + 1]);
                i += 2;
            }
        } else {
            assert!(b[i] != b'(' && b[i] != b')', "unescaped parenthesis in {lit}");
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn winansi(s: &str) -> Vec<u8> {
    chronolens::export::pdf::winansi(s)
}

#[test]
fn the_pdf_is_well_formed_page_sized_and_has_each_label_once_in_its_event() {
    let data = load_sample();
    for req in [
        request(),
        ExportRequest { lanes: Some(vec!["nato".into(), "ukraine".into()]), dark: true, sources: true, width: 1280, ..request() },
        ExportRequest { from: Some(parse_from("2022-03-24").unwrap()), to: Some(parse_to("2022-03-25").unwrap()), ..request() },
    ] {
        let plan = req.plan(&data).unwrap();
        let scene = Scene::build(&plan).unwrap();
        let pdf = chronolens::export::pdf::write(&scene, &plan);
        let objs = objects(&pdf);
        let composed = &scene.composed;
        let size = composed.layout.size;
        let page = objs.values().find(|o| o.contains("/Type /Page ")).unwrap();
        let media = page.split("/MediaBox [").nth(1).unwrap().split(']').next().unwrap();
        let nums: Vec<f32> = media.split(' ').map(|v| v.parse().unwrap()).collect();
        assert_eq!(nums[..2], [0.0, 0.0]);
        assert!((nums[2] - size.x).abs() < 0.01 && (nums[3] - size.y).abs() < 0.01, "{media} vs {size:?}");
        assert_eq!(nums[2], req.width as f32, "the page is as wide as the export, in points");

        let ops = content(&objs);
        // Graphics states saved and restored in pairs, marked content closed.
        let mut depth = 0i32;
        let mut groups = 0i32;
        for line in ops.lines() {
            depth += i32::from(line.starts_with("q ")) - i32::from(line == "Q" || line.ends_with(" Q"));
            groups += i32::from(line.ends_with(" BDC")) - i32::from(line == "EMC");
            assert!(depth >= 0 && (0..=1).contains(&groups), "{line}");
        }
        assert_eq!((depth, groups), (0, 0));
        let runs = text_runs(&ops);
        let mut labelled = 0;
        for group in &composed.events {
            let ev = &data.dataset.events[group.event as usize];
            let mine: Vec<&Vec<u8>> = runs.iter().filter(|(g, _)| g.as_deref() == Some(ev.id.as_str())).map(|(_, t)| t).collect();
            // The title is visible where egui laid it out whole in the event's shapes, inside their clip.
            let drawn = scene.shapes[group.shapes.clone()].iter().any(|s| {
                matches!(&s.shape, Shape::Text(t) if t.galley.text() == &*ev.title)
                    && s.clip_rect.intersects(s.shape.visual_bounding_rect())
            });
            let title = winansi(&ev.title);
            assert_eq!(mine.iter().filter(|t| ***t == title).count(), usize::from(drawn), "{}: “{}” in {mine:?}", ev.id, ev.title);
            labelled += usize::from(drawn);
        }
        assert!(labelled >= 5, "{labelled} labels drawn in full");
        // The same runs as the SVG's tspans, from the same shapes.
        let (svg, _) = render_svg(&data, &req).unwrap();
        assert_eq!(runs.len(), svg.matches("<tspan ").count());
        for lane in &data.dataset.lanes {
            let shown = req.lanes.as_ref().is_none_or(|l| l.contains(&lane.id));
            assert_eq!(runs.iter().any(|(_, t)| *t == winansi(&lane.label)), shown, "lane label {}", lane.label);
        }
        assert!(runs.iter().any(|(_, t)| String::from_utf8_lossy(t).contains("exported 2026-11-21")));
    }
}

#[test]
fn markup_and_characters_outside_winansi_do_not_break_the_file() {
    let data = load_sample();
    let req = ExportRequest { title: Some("Київ (Kyiv) \\ “briefing” – 5 € <draft>".into()), ..request() };
    let (pdf, _) = render_pdf(&data, &req).unwrap();
    let objs = objects(&pdf);
    let ops = content(&objs);
    // Cyrillic is outside the standard fonts: the window's font is embedded
    // (a subset of it) and every text of the page is set in it.
    assert!(text_runs(&ops).is_empty(), "no text left in Helvetica");
    let runs = unicode_runs(&ops, &objs);
    assert!(runs.iter().any(|t| t == "Київ (Kyiv) \\ “briefing” – 5 € <draft>"), "{runs:?}");
    // Event labels too (some are shortened to fit, as in the window).
    let whole = data.dataset.events.iter().filter(|ev| runs.contains(&ev.title.to_string())).count();
    assert!(whole >= 10, "{whole} titles read back whole: {runs:?}");
    let fonts: Vec<&String> = objs.values().filter(|o| o.contains("/Subtype /CIDFontType2")).collect();
    assert!(!fonts.is_empty() && fonts.iter().all(|f| f.contains("+Ubuntu-Light") || f.contains("+Hack")), "{fonts:?}");
    let program = objs.values().find(|o| o.contains("/Length1 ")).expect("an embedded font program");
    assert!(program.len() < 60_000, "the font is cut down to the glyphs used: {} bytes", program.len());
    // The document title keeps every character (UTF-16 in the information dictionary).
    let info = objs.values().find(|o| o.contains("/Producer")).unwrap();
    assert!(info.contains("/Title <FEFF041A043804570432"), "{info}");
}
