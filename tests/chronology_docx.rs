//! The chronology as DOCX, read back: the zip opened with the `zip` crate and
//! the WordprocessingML parsed with roxmltree. Every event of the sample is a
//! table row in time order, each citation a real footnote.

use chronolens::chronology::{Format, Selection, entries, heading, render, sources_text};
use chronolens::model::load_sample;
use std::collections::HashMap;
use std::io::Read;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip archive");
    let mut f = zip.by_name(name).unwrap_or_else(|e| panic!("{name} in the DOCX: {e}"));
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    s
}

/// All the `w:t` text under `node`, in order.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect()
}

struct Doc {
    /// Per table row after the header: the cells' text, and the footnote ids referenced.
    rows: Vec<(Vec<String>, Vec<String>)>,
    /// Footnote id → its text and hyperlink relationship ids.
    notes: HashMap<String, (String, Vec<String>)>,
    /// Relationship id → target, of the footnotes part.
    links: HashMap<String, String>,
    paragraphs: Vec<String>,
}

fn read(docx: &[u8]) -> Doc {
    let doc_xml = part(docx, "word/document.xml");
    let doc = roxmltree::Document::parse(&doc_xml).expect("document.xml is well-formed XML");
    let tables: Vec<_> = doc.descendants().filter(|n| n.has_tag_name((W, "tbl"))).collect();
    assert_eq!(tables.len(), 1);
    let mut rows: Vec<_> = tables[0]
        .children()
        .filter(|n| n.has_tag_name((W, "tr")))
        .map(|tr| {
            let cells = tr.children().filter(|n| n.has_tag_name((W, "tc"))).map(text_of).collect();
            let refs = tr
                .descendants()
                .filter(|n| n.has_tag_name((W, "footnoteReference")))
                .map(|n| n.attribute((W, "id")).expect("a footnote id").to_owned())
                .collect();
            (cells, refs)
        })
        .collect();
    let header = rows.remove(0);
    assert_eq!(header.0, ["Date", "Actor (lane)", "Event", "Kind", "Verification", "Sources"]);
    let body = doc.descendants().find(|n| n.has_tag_name((W, "body"))).unwrap();
    let paragraphs = body.children().filter(|n| n.has_tag_name((W, "p"))).map(text_of).collect();

    let notes_xml = part(docx, "word/footnotes.xml");
    let notes_doc = roxmltree::Document::parse(&notes_xml).expect("footnotes.xml is well-formed XML");
    let notes = notes_doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "footnote")) && n.attribute((W, "type")).is_none())
        .map(|n| {
            let links = n.descendants().filter(|h| h.has_tag_name((W, "hyperlink"))).map(|h| h.attribute((R, "id")).unwrap().to_owned());
            (n.attribute((W, "id")).unwrap().to_owned(), (text_of(n), links.collect()))
        })
        .collect();
    let rels_xml = part(docx, "word/_rels/footnotes.xml.rels");
    let rels = roxmltree::Document::parse(&rels_xml).expect("footnote relationships are well-formed XML");
    let links = rels
        .descendants()
        .filter(|n| n.has_tag_name("Relationship"))
        .map(|n| (n.attribute("Id").unwrap().to_owned(), n.attribute("Target").unwrap().to_owned()))
        .collect();
    Doc { rows, notes, links, paragraphs }
}

#[test]
fn the_sample_as_docx_has_every_event_and_every_citation_as_a_footnote() {
    let data = load_sample();
    let sel = Selection::default();
    let list = entries(&data, &sel).unwrap();
    let h = heading(&data, &list, &sel);
    let docx = render(Format::Docx, &h, &list);
    assert_eq!(&docx[..2], b"PK", "a zip archive");
    // The package's parts are declared, so that Word and LibreOffice accept it.
    let types = part(&docx, "[Content_Types].xml");
    for p in ["/word/document.xml", "/word/styles.xml", "/word/footnotes.xml", "/word/settings.xml"] {
        assert!(types.contains(&format!("PartName=\"{p}\"")), "{p} missing from {types}");
    }
    assert!(part(&docx, "word/_rels/document.xml.rels").contains("Target=\"footnotes.xml\""));

    let doc = read(&docx);
    assert_eq!(doc.paragraphs[0], h.title);
    assert_eq!(doc.paragraphs[1], h.summary);
    assert!(h.summary.contains("33 events"), "{}", h.summary);
    assert_eq!(doc.rows.len(), 33, "one row per event of the sample");
    assert_eq!(list.len(), 33);
    let mut next_note = 1;
    for ((cells, refs), x) in doc.rows.iter().zip(&list) {
        assert_eq!(cells[0], x.date, "time order, as the chronology lists them");
        assert!(cells[2].starts_with(&x.title), "{:?} vs {}", cells[2], x.title);
        assert_eq!((cells[3].as_str(), cells[4].as_str()), (x.kind, x.verification));
        assert_eq!(cells[5], sources_text(x));
        assert!(!x.citations.is_empty(), "{} has a citation", x.id);
        assert_eq!(refs.len(), x.citations.len(), "{}: one footnote per citation", x.id);
        for (id, c) in refs.iter().zip(&x.citations) {
            assert_eq!(id, &next_note.to_string(), "footnotes numbered down the table");
            next_note += 1;
            let (text, link_ids) = doc.notes.get(id).unwrap_or_else(|| panic!("footnote {id} of {} is in footnotes.xml", x.id));
            let quote = c.quote.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&quote), "footnote {id}: {text}");
            assert!(text.contains(&format!("¶{}", c.paragraph)), "{text}");
            if let Some(outlet) = &c.outlet {
                assert!(text.contains(outlet.as_str()), "{text}");
            }
            if let Some(p) = &c.published {
                assert!(text.contains(&format!("published {p}")), "{text}");
            }
            match &c.url {
                Some(u) => {
                    assert_eq!(link_ids.len(), 1, "{text}");
                    assert_eq!(doc.links.get(&link_ids[0]), Some(&u.trim().to_owned()));
                    assert!(text.ends_with(u.trim()), "the address is shown as well: {text}");
                }
                None => assert!(link_ids.is_empty()),
            }
        }
    }
    assert_eq!(doc.notes.len(), next_note - 1, "no footnote without a reference");
}

#[test]
fn markup_characters_in_titles_quotes_and_addresses_survive() {
    let mut data = load_sample();
    let tricky = "Talks <postponed> & \"resumed\" at Stoltenberg's 'request'";
    data.dataset.events[0].title = tricky.into();
    data.dataset.events[0].sources[0].quote = "a <b>bold</b> & \"quoted\" claim".into();
    let article = data.dataset.events[0].sources[0].article.clone();
    let a = data.dataset.articles.iter_mut().find(|a| a.id == article).unwrap();
    a.url = Some("https://example.org/story?a=1&b=<2>".into());
    a.outlet = Some("Smith & Sons <Wire>".into());
    let sel = Selection { events: Some(vec![0]), ..Default::default() };
    let list = entries(&data, &sel).unwrap();
    let mut h = heading(&data, &list, &sel);
    h.title = "Brief <draft> & \"final\"".into();
    let docx = render(Format::Docx, &h, &list);
    let doc = read(&docx);
    assert_eq!(doc.paragraphs[0], h.title);
    assert_eq!(doc.rows.len(), 1);
    assert!(doc.rows[0].0[2].starts_with(tricky), "{:?}", doc.rows[0].0[2]);
    let (text, links) = &doc.notes["1"];
    assert!(text.contains("a <b>bold</b> & \"quoted\" claim"), "{text}");
    assert!(text.trim_start().starts_with("Smith & Sons <Wire>, "), "{text}");
    assert_eq!(doc.links[&links[0]], "https://example.org/story?a=1&b=<2>");
    // The document properties carry the title too.
    let core = part(&docx, "docProps/core.xml");
    let core = roxmltree::Document::parse(&core).expect("core.xml is well-formed XML");
    let title = core.descendants().find(|n| n.has_tag_name(("http://purl.org/dc/elements/1.1/", "title"))).unwrap();
    assert_eq!(title.text(), Some(h.title.as_str()));
}
