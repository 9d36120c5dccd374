//! The chronology from the window: File → Copy chronology as Markdown copies
//! the events shown (hidden lanes left out), and File → Export chronology…
//! writes a Word document of the same events.

mod common;

use chronolens::model::load_sample;
use chronolens::ui::ChronolensApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::io::Read;

fn harness() -> Harness<'static, ChronolensApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(load_sample()));
    h.run();
    h
}

#[test]
fn the_events_shown_are_copied_as_markdown_and_written_as_docx() {
    let mut h = harness();
    let data = h.state().data.clone();
    let us = data.dataset.lanes.iter().position(|l| l.id == "us").unwrap();
    let in_us = (0..data.dataset.events.len()).filter(|&e| data.index.lane_of[e] as usize == us).count();
    assert!(in_us > 0);
    h.state_mut().hidden[us] = true;
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Copy chronology as Markdown").click();
    h.run();
    let shown = data.dataset.events.len() - in_us;
    assert_eq!(h.state().notice.as_deref(), Some(format!("copied a chronology of {shown} events as Markdown").as_str()));
    let (md, n) = h.state().chronology_markdown().unwrap();
    assert_eq!(n, shown);
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| Date ")).collect();
    assert_eq!(rows.len(), shown, "{md}");
    assert!(rows.iter().all(|r| !r.contains("(US) |") && !r.contains("| US |")), "no event of the hidden lane:\n{md}");
    assert!(md.contains("[^1]: "), "citations as footnotes");

    // The same events as a Word document.
    let dir = common::scratch_dir("ui-docx");
    let path = dir.join("brief.docx");
    h.state_mut().write_chronology(&path);
    assert_eq!(h.state().notice.as_deref(), Some(format!("wrote a chronology of {shown} events to {}", path.display()).as_str()));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name((w, "tr"))).count(), shown + 1, "a header and one row per event shown");
}

#[test]
fn the_export_dialog_writes_a_pdf_of_the_lanes_shown() {
    let mut h = harness();
    let us = h.state().data.dataset.lanes.iter().position(|l| l.id == "us").unwrap();
    h.state_mut().hidden[us] = true;
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("PDF (vector, print)").click();
    h.run();
    h.get_by_label_contains("pt wide (vector: the scale does not apply)");
    let dir = common::scratch_dir("ui-pdf");
    let out = dir.join("shown.pdf");
    common::export_and_wait(&mut h, &out);
    let pdf = std::fs::read(&out).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.4") && pdf.ends_with(b"%%EOF\n"));
    let text = String::from_utf8_lossy(&pdf);
    let data = &h.state().data;
    for (e, ev) in data.dataset.events.iter().enumerate() {
        let group = format!("/Event <</ID ({})>> BDC", ev.id);
        let dated = data.index.spans[e].get().is_some();
        assert_eq!(text.contains(&group), dated && data.index.lane_of[e] as usize != us, "{}", ev.id);
    }
}
