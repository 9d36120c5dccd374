//! The chronology as a Word document (DOCX, Office Open XML): a title, what
//! was selected, one table row per event and every citation as a real Word
//! footnote (word/footnotes.xml), numbered in order down the table. The
//! WordprocessingML is written here by hand (it is a handful of parts); the
//! `zip` crate packs them. Opens in Word and LibreOffice.

use super::{Citation, Entry, Heading, citation_text, sources_text};
use crate::markup::escape_xml;
use std::fmt::Write as _;
use std::io::Write as _;

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// A4 landscape (twentieths of a point) with 2 cm margins: six columns need the width.
const PAGE_W: u32 = 16838;
const PAGE_H: u32 = 11906;
const MARGIN: u32 = 1134;
/// Column widths (twips), summing to the text width: Date, Actor (lane), Event, Kind, Verification, Sources.
const COLUMNS: [(&str, u32); 6] =
    [("Date", 2100), ("Actor (lane)", 2500), ("Event", 5870), ("Kind", 1300), ("Verification", 1400), ("Sources", 1400)];

/// Text for one line: each run of whitespace (line breaks too) becomes one space, then XML-escaped.
fn text(s: &str) -> String {
    let mut line = String::with_capacity(s.len());
    for c in s.chars() {
        if !c.is_whitespace() {
            line.push(c);
        } else if !line.ends_with(' ') {
            line.push(' ');
        }
    }
    escape_xml(&line)
}

/// A run of plain text, with optional run properties (`<w:b/>` …).
fn run(props: &str, s: &str) -> String {
    let props = if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") };
    format!("<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>", text(s))
}

/// The document as DOCX bytes.
pub fn write(h: &Heading, entries: &[Entry]) -> Vec<u8> {
    let notes: Vec<&Citation> = entries.iter().flat_map(|x| &x.citations).collect();
    // Hyperlinks in footnotes are relationships of the footnotes part.
    let links: Vec<Option<String>> =
        notes.iter().map(|c| c.url.as_deref().map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned)).collect();
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_rels()),
        ("docProps/core.xml", core(h)),
        ("word/document.xml", document(h, entries)),
        ("word/_rels/document.xml.rels", document_rels()),
        ("word/styles.xml", styles()),
        ("word/settings.xml", settings()),
        ("word/footnotes.xml", footnotes(&notes, &links)),
        ("word/_rels/footnotes.xml.rels", footnote_rels(&links)),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // A fixed timestamp (the zip crate's default without its `time` feature): the same chronology gives the same bytes.
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, xml) in parts {
        // Writing to memory cannot fail but for a bug in the archive writer.
        zip.start_file(name, options).expect("a zip entry in memory");
        zip.write_all(xml.as_bytes()).expect("writing to memory");
    }
    zip.finish().expect("finishing a zip in memory").into_inner()
}

fn content_types() -> String {
    let ct = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        "{XML_DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"{ct}.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"{ct}.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"{ct}.settings+xml\"/>\
<Override PartName=\"/word/footnotes.xml\" ContentType=\"{ct}.footnotes+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
</Types>"
    )
}

fn package_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"{REL_NS}\">\
<Relationship Id=\"rId1\" Type=\"{REL_TYPE}/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>"
    )
}

fn core(h: &Heading) -> String {
    format!(
        "{XML_DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:description>{}</dc:description>\
<dc:creator>chronolens {}</dc:creator></cp:coreProperties>",
        text(&h.title),
        text(&h.summary),
        env!("CARGO_PKG_VERSION")
    )
}

fn document_rels() -> String {
    format!(
        "{XML_DECL}<Relationships xmlns=\"{REL_NS}\">\
<Relationship Id=\"rId1\" Type=\"{REL_TYPE}/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"{REL_TYPE}/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{REL_TYPE}/footnotes\" Target=\"footnotes.xml\"/>\
</Relationships>"
    )
}

fn footnote_rels(links: &[Option<String>]) -> String {
    let mut out = format!("{XML_DECL}<Relationships xmlns=\"{REL_NS}\">");
    for (i, url) in links.iter().enumerate() {
        if let Some(u) = url {
            let _ = write!(
                out,
                "<Relationship Id=\"rIdUrl{}\" Type=\"{REL_TYPE}/hyperlink\" Target=\"{}\" TargetMode=\"External\"/>",
                i + 1,
                escape_xml(u)
            );
        }
    }
    out.push_str("</Relationships>");
    out
}

fn styles() -> String {
    format!(
        "{XML_DECL}<w:styles xmlns:w=\"{W_NS}\">\
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:eastAsia=\"Arial\"/>\
<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"252\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Selection\"><w:name w:val=\"Selection\"/><w:basedOn w:val=\"Normal\"/>\
<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:color w:val=\"555A66\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>\
<w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/></w:style>\
<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"0B5CAD\"/><w:u w:val=\"single\"/></w:rPr></w:style>\
</w:styles>"
    )
}

fn settings() -> String {
    // The separator notes (ids -1 and 0) are named here, as Word does.
    format!(
        "{XML_DECL}<w:settings xmlns:w=\"{W_NS}\"><w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"
    )
}

/// One table cell: its width, optional shading, and paragraph content (runs).
fn cell(out: &mut String, width: u32, shade: Option<&str>, runs: &str) {
    let shd = shade.map_or_else(String::new, |c| format!("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{c}\"/>"));
    let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shd}</w:tcPr><w:p>{runs}</w:p></w:tc>");
}

/// Child elements follow the schema's order (Word refuses a file where they do not).
fn document(h: &Heading, entries: &[Entry]) -> String {
    let mut out = format!("{XML_DECL}<w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>");
    let _ = write!(out, "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{}</w:p>", run("", &h.title));
    let _ = write!(out, "<w:p><w:pPr><w:pStyle w:val=\"Selection\"/></w:pPr>{}</w:p>", run("", &h.summary));
    let border = |side: &str| format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C8CCD6\"/>");
    let _ = write!(
        out,
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblBorders>{}{}{}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>\
<w:tblCellMar><w:top w:w=\"50\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"50\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>\
</w:tblPr><w:tblGrid>",
        COLUMNS.iter().map(|c| c.1).sum::<u32>(),
        border("top"),
        border("bottom"),
        border("insideH"),
    );
    for (_, w) in COLUMNS {
        let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
    }
    out.push_str("</w:tblGrid>");
    // The header row repeats on every page.
    out.push_str("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
    for (name, w) in COLUMNS {
        cell(&mut out, w, Some("F0F1F4"), &run("<w:b/>", name));
    }
    out.push_str("</w:tr>");
    let mut note = 0;
    for x in entries {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cell(&mut out, COLUMNS[0].1, None, &run("", &x.date));
        let who = match &x.actor {
            Some(a) => format!("{} ({})", a.trim(), x.lane.trim()),
            None => x.lane.clone(),
        };
        cell(&mut out, COLUMNS[1].1, None, &run("", &who));
        let mut event = run("", &x.title);
        if x.draft {
            event.push_str(&run("<w:i/><w:color w:val=\"A05A00\"/>", " (draft)"));
        }
        for _ in &x.citations {
            note += 1;
            let _ =
                write!(event, "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"{note}\"/></w:r>");
        }
        cell(&mut out, COLUMNS[2].1, None, &event);
        cell(&mut out, COLUMNS[3].1, None, &run("", x.kind));
        cell(&mut out, COLUMNS[4].1, None, &run("", x.verification));
        let sources = if x.contradicted { run("<w:color w:val=\"B01E1E\"/>", &sources_text(x)) } else { run("", &sources_text(x)) };
        cell(&mut out, COLUMNS[5].1, None, &sources);
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // A body may not end with a table; this paragraph also says where the citations are.
    let after =
        if note == 0 { "No citations." } else { "Citations are footnotes: outlet, article, date published, paragraph, quote and address." };
    let _ = write!(out, "<w:p><w:pPr><w:spacing w:before=\"200\"/></w:pPr>{}</w:p>", run("<w:i/><w:color w:val=\"555A66\"/>", after));
    let _ = write!(
        out,
        "<w:sectPr><w:footnotePr><w:numFmt w:val=\"decimal\"/></w:footnotePr>\
<w:pgSz w:w=\"{PAGE_W}\" w:h=\"{PAGE_H}\" w:orient=\"landscape\"/>\
<w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
</w:sectPr></w:body></w:document>"
    );
    out
}

fn footnotes(notes: &[&Citation], links: &[Option<String>]) -> String {
    let mut out = format!("{XML_DECL}<w:footnotes xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\">");
    out.push_str("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>");
    out.push_str("<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
    for (i, (c, url)) in notes.iter().zip(links).enumerate() {
        let _ = write!(
            out,
            "<w:footnote w:id=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>\
<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>{}",
            i + 1,
            run("", &format!(" {}", citation_text(c)))
        );
        if let Some(u) = url {
            out.push_str(&run("", " "));
            let _ = write!(out, "<w:hyperlink r:id=\"rIdUrl{}\">{}</w:hyperlink>", i + 1, run("<w:rStyle w:val=\"Hyperlink\"/>", u));
        }
        out.push_str("</w:p></w:footnote>");
    }
    out.push_str("</w:footnotes>");
    out
}
