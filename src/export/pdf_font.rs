//! Fonts embedded in a PDF whose text the standard fonts cannot show
//! (Cyrillic, Polish, Greek names…). They are the very fonts egui draws the
//! window with, in egui's fallback order, each written as a Type0 font
//! (Identity-H: two bytes of glyph id per character) over the TrueType
//! program, cut down to the glyphs used, with a ToUnicode map so that the
//! text can still be searched and copied.

use egui::{FontDefinitions, FontFamily, epaint::text::FontData};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, GlyphId, MetadataProvider};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::Arc;

/// One stretch of text in one font: the glyph ids as a hex string for `Tj`.
pub struct Segment {
    /// Index of the font among [`EmbeddedFonts::used`] (its resource name is `/E<index>`).
    pub font: usize,
    pub hex: String,
    /// Sum of the advances, in thousandths of the font size.
    pub advance: f32,
}

/// The fonts of egui's two families, filled in as text is encoded.
pub struct EmbeddedFonts {
    faces: Vec<Face>,
    proportional: Vec<usize>,
    monospace: Vec<usize>,
}

struct Face {
    name: String,
    data: Arc<FontData>,
    /// Glyphs used, with the character each stands for (for ToUnicode).
    used: BTreeMap<u16, char>,
}

impl Face {
    fn font(&self) -> Option<FontRef<'_>> {
        let bytes: &[u8] = self.data.font.as_ref().as_ref();
        // Only TrueType outlines can be embedded as FontFile2.
        FontRef::from_index(bytes, self.data.index).ok().filter(|f| f.table_data(skrifa::Tag::new(b"glyf")).is_some())
    }

    fn glyph(&self, c: char) -> Option<u16> {
        let g = self.font()?.charmap().map(c)?.to_u32();
        u16::try_from(g).ok().filter(|&g| g != 0)
    }

    /// Advance of `glyph` in thousandths of an em.
    fn advance(&self, glyph: u16) -> f32 {
        let Some(font) = self.font() else { return 0.0 };
        let upem = font.metrics(Size::unscaled(), LocationRef::default()).units_per_em.max(1) as f32;
        let w = font.glyph_metrics(Size::unscaled(), LocationRef::default()).advance_width(GlyphId::new(glyph as u32)).unwrap_or(0.0);
        w * 1000.0 / upem
    }
}

impl Default for EmbeddedFonts {
    fn default() -> Self {
        Self::new()
    }
}

impl EmbeddedFonts {
    /// egui's default fonts and fallback chains.
    pub fn new() -> Self {
        let defs = FontDefinitions::default();
        let mut faces: Vec<Face> = Vec::new();
        let mut chain = |family: &FontFamily| -> Vec<usize> {
            let names = defs.families.get(family).cloned().unwrap_or_default();
            names
                .iter()
                .filter_map(|name| {
                    if let Some(i) = faces.iter().position(|f| &f.name == name) {
                        return Some(i);
                    }
                    let data = defs.font_data.get(name)?.clone();
                    faces.push(Face { name: name.clone(), data, used: BTreeMap::new() });
                    Some(faces.len() - 1)
                })
                .collect()
        };
        let proportional = chain(&FontFamily::Proportional);
        let monospace = chain(&FontFamily::Monospace);
        EmbeddedFonts { faces, proportional, monospace }
    }

    /// `text` as glyphs of the first font in the family's chain that has each
    /// character (egui's own fallback), split where the font changes. A
    /// character no font has becomes the first font's empty box (glyph 0).
    pub fn encode(&mut self, text: &str, mono: bool) -> Vec<Segment> {
        let chain = if mono { &self.monospace } else { &self.proportional };
        let mut out: Vec<Segment> = Vec::new();
        for c in text.chars().filter(|c| !c.is_control()) {
            let found = chain.iter().find_map(|&f| self.faces[f].glyph(c).map(|g| (f, g)));
            let (face, glyph) = found.unwrap_or((chain.first().copied().unwrap_or(0), 0));
            let Some(f) = self.faces.get_mut(face) else { continue };
            f.used.entry(glyph).or_insert(c);
            let advance = f.advance(glyph);
            match out.last_mut() {
                Some(s) if s.font == face => {
                    let _ = write!(s.hex, "{glyph:04X}");
                    s.advance += advance;
                }
                _ => out.push(Segment { font: face, hex: format!("{glyph:04X}"), advance }),
            }
        }
        out
    }

    /// Indices of the fonts that some text used.
    pub fn used(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.faces.len()).filter(|&i| !self.faces[i].used.is_empty())
    }

    /// The five objects of font `face` (Type0 font, CID font, descriptor,
    /// font program, ToUnicode map), to be numbered from `first`: the Type0
    /// font is object `first`.
    pub fn objects(&self, face: usize, first: usize) -> Vec<Vec<u8>> {
        let f = &self.faces[face];
        let Some(font) = f.font() else { return Vec::new() };
        let m = font.metrics(Size::unscaled(), LocationRef::default());
        let k = 1000.0 / m.units_per_em.max(1) as f32;
        let keep: BTreeSet<u16> = f.used.keys().copied().collect();
        let program = subset(f.data.font.as_ref().as_ref(), &keep).unwrap_or_default();
        let base = format!("{}+{}", subset_tag(&keep, &f.name), f.name.replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', ""));
        let mut widths = String::new();
        for &g in &keep {
            let _ = write!(widths, "{g} [{}] ", f.advance(g).round());
        }
        let bbox = m.bounds.map_or([0.0, m.descent, 1000.0 / k, m.ascent], |b| [b.x_min, b.y_min, b.x_max, b.y_max]);
        let (cid, descriptor, file, to_unicode) = (first + 1, first + 2, first + 3, first + 4);
        let mut file_obj = format!("<< /Length {} /Length1 {} >>\nstream\n", program.len(), program.len()).into_bytes();
        file_obj.extend_from_slice(&program);
        file_obj.extend_from_slice(b"\nendstream");
        let cmap = to_unicode_cmap(&f.used);
        vec![
            format!("<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>")
                .into_bytes(),
            format!(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 /W [{widths}] >>"
            )
            .into_bytes(),
            format!(
                "<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [{}] /ItalicAngle 0 /Ascent {} /Descent {} /CapHeight {} /StemV 80 /FontFile2 {file} 0 R >>",
                bbox.iter().map(|v| format!("{}", (v * k).round())).collect::<Vec<_>>().join(" "),
                (m.ascent * k).round(),
                (m.descent * k).round(),
                (m.cap_height.unwrap_or(m.ascent) * k).round(),
            )
            .into_bytes(),
            file_obj,
            format!("<< /Length {} >>\nstream\n{cmap}\nendstream", cmap.len()).into_bytes(),
        ]
    }
}

/// Six capital letters naming this subset, as PDF wants before a subset font's name.
fn subset_tag(glyphs: &BTreeSet<u16>, name: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes().chain(glyphs.iter().flat_map(|g| g.to_be_bytes())) {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    (0..6).map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char).collect()
}

/// The ToUnicode CMap: each glyph id back to its character (UTF-16BE).
fn to_unicode_cmap(used: &BTreeMap<u16, char>) -> String {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let pairs: Vec<_> = used.iter().filter(|(g, _)| **g != 0).collect();
    // At most 100 entries per block, as the CMap format asks.
    for block in pairs.chunks(100) {
        let _ = writeln!(s, "{} beginbfchar", block.len());
        for (g, c) in block {
            let mut units = [0u16; 2];
            let hex: String = c.encode_utf16(&mut units).iter().map(|u| format!("{u:04X}")).collect();
            let _ = writeln!(s, "<{g:04X}> <{hex}>");
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
    s
}

fn u16_at(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

/// The TrueType program with every glyph outside `keep` (and the components
/// of composite glyphs in it) emptied. Glyph ids stay as they are, so the
/// widths, the ToUnicode map and the content stream need no renumbering; the
/// tables a PDF reader does not need (names, layout, kerning) are left out.
/// `None` when the file is not a TrueType font this can read.
pub fn subset(data: &[u8], keep: &BTreeSet<u16>) -> Option<Vec<u8>> {
    let count = u16_at(data, 4)? as usize;
    let mut tables: BTreeMap<[u8; 4], &[u8]> = BTreeMap::new();
    for i in 0..count {
        let rec = 12 + 16 * i;
        let tag: [u8; 4] = data.get(rec..rec + 4)?.try_into().ok()?;
        let (offset, length) = (u32_at(data, rec + 8)? as usize, u32_at(data, rec + 12)? as usize);
        tables.insert(tag, data.get(offset..offset.checked_add(length)?)?);
    }
    let head = *tables.get(b"head")?;
    let glyf = *tables.get(b"glyf")?;
    let loca = *tables.get(b"loca")?;
    let glyphs = u16_at(tables.get(b"maxp")?, 4)? as usize;
    let long = u16_at(head, 50)? == 1;
    let offset = |g: usize| -> Option<usize> {
        if long { u32_at(loca, 4 * g).map(|o| o as usize) } else { u16_at(loca, 2 * g).map(|o| 2 * o as usize) }
    };
    let glyph = |g: usize| -> &[u8] { offset(g).zip(offset(g + 1)).and_then(|(a, b)| glyf.get(a..b)).unwrap_or(&[]) };

    // The glyphs kept, with the components of the composite ones.
    let mut kept: BTreeSet<u16> = keep.iter().copied().filter(|&g| (g as usize) < glyphs).collect();
    kept.insert(0);
    let mut todo: Vec<u16> = kept.iter().copied().collect();
    while let Some(g) = todo.pop() {
        for c in components(glyph(g as usize)) {
            if (c as usize) < glyphs && kept.insert(c) {
                todo.push(c);
            }
        }
    }
    let mut new_glyf = Vec::new();
    let mut new_loca = Vec::with_capacity(4 * (glyphs + 1));
    for g in 0..glyphs {
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        if kept.contains(&(g as u16)) {
            new_glyf.extend_from_slice(glyph(g));
            new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    let mut new_head = head.to_vec();
    new_head.get_mut(8..12)?.copy_from_slice(&[0; 4]); // checkSumAdjustment, left at zero
    new_head.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes()); // long loca offsets

    let mut out_tables: Vec<([u8; 4], Vec<u8>)> = vec![(*b"glyf", new_glyf), (*b"head", new_head), (*b"loca", new_loca)];
    for tag in [b"cmap", b"cvt ", b"fpgm", b"hhea", b"hmtx", b"maxp", b"prep"] {
        if let Some(t) = tables.get(tag) {
            out_tables.push((*tag, t.to_vec()));
        }
    }
    out_tables.sort_by_key(|t| t.0);
    Some(write_sfnt(&out_tables))
}

/// The glyph ids a composite glyph is made of (none for a simple glyph).
fn components(glyph: &[u8]) -> Vec<u16> {
    let mut out = Vec::new();
    if glyph.len() < 10 || (glyph[0] as i8) >= 0 {
        return out;
    }
    let mut p = 10;
    while let (Some(flags), Some(id)) = (u16_at(glyph, p), u16_at(glyph, p + 2)) {
        out.push(id);
        p += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
        p += match flags {
            f if f & 0x0008 != 0 => 2,
            f if f & 0x0040 != 0 => 4,
            f if f & 0x0080 != 0 => 8,
            _ => 0,
        };
        if flags & 0x0020 == 0 {
            break;
        }
    }
    out
}

/// An sfnt file of these tables (sorted by tag), each 4-byte aligned, with checksums.
fn write_sfnt(tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let n = tables.len() as u16;
    let pow = 1u16 << (15 - n.max(1).leading_zeros() as u16);
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for v in [n, pow * 16, pow.trailing_zeros() as u16, n * 16 - pow * 16] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    for (tag, body) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(body).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(body.len() as u32).to_be_bytes());
        offset += body.len().next_multiple_of(4);
    }
    for (_, body) in tables {
        out.extend_from_slice(body);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    out
}

fn checksum(body: &[u8]) -> u32 {
    body.chunks(4).fold(0u32, |sum, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_glyphs_of_the_windows_font_with_their_widths() {
        let mut fonts = EmbeddedFonts::new();
        let segs = fonts.encode("Київ", false);
        assert_eq!(segs.len(), 1, "Ubuntu has Cyrillic");
        assert_eq!(segs[0].hex.len(), 16);
        assert!(!segs[0].hex.contains("0000"), "every letter has a glyph: {}", segs[0].hex);
        assert!(segs[0].advance > 1000.0 && segs[0].advance < 4000.0, "{}", segs[0].advance);
        assert_eq!(fonts.used().count(), 1);
        // egui's icons come from its icon font, as in the window.
        let segs = fonts.encode("a\u{E624}", false);
        assert_eq!(segs.len(), 2, "{:?}", segs.iter().map(|s| s.font).collect::<Vec<_>>());
        assert_ne!(segs[0].font, segs[1].font);
        // A character no font has is the box the window shows too (glyph 0).
        let segs = fonts.encode("\u{1F600}", false);
        assert_eq!(segs[0].hex, "0000");
    }

    #[test]
    fn the_subset_keeps_the_glyphs_used_and_their_components_only() {
        let fonts = EmbeddedFonts::new();
        let face = &fonts.faces[fonts.proportional[0]];
        let data: &[u8] = face.data.font.as_ref().as_ref();
        let keep: BTreeSet<u16> = "Kyïv é".chars().filter_map(|c| face.glyph(c)).collect();
        let small = subset(data, &keep).expect("a TrueType font");
        assert!(small.len() * 5 < data.len(), "{} of {} bytes", small.len(), data.len());
        let font = FontRef::new(&small).expect("the subset is a font that reads back");
        let full = FontRef::new(data).unwrap();
        assert_eq!(font.charmap().map('K'), full.charmap().map('K'), "glyph ids unchanged");
        let outline = |f: &FontRef, c: char| {
            let g = f.charmap().map(c).unwrap();
            f.outline_glyphs().get(g).map(|o| {
                let mut pen = Count(0);
                let _ = o.draw(skrifa::instance::Size::unscaled(), &mut pen);
                pen.0
            })
        };
        for c in ['K', 'y', 'ï', 'é'] {
            assert_eq!(outline(&font, c), outline(&full, c), "{c} keeps its outline (with its components)");
            assert!(outline(&font, c).unwrap_or(0) > 0, "{c}");
        }
        assert_eq!(outline(&font, 'Q'), Some(0), "an unused glyph is empty");
    }

    #[test]
    fn the_unicode_map_reads_each_glyph_back() {
        let used: BTreeMap<u16, char> = [(36, 'A'), (1200, 'ї'), (2000, '\u{1F600}')].into_iter().collect();
        let cmap = to_unicode_cmap(&used);
        assert!(cmap.contains("3 beginbfchar\n<0024> <0041>\n<04B0> <0457>\n<07D0> <D83DDE00>\nendbfchar"), "{cmap}");
        assert_eq!(subset_tag(&[1, 2].into(), "x").len(), 6);
        assert_ne!(subset_tag(&[1, 2].into(), "x"), subset_tag(&[1, 3].into(), "x"));
    }

    /// Counts the points an outline is drawn with.
    struct Count(usize);
    impl skrifa::outline::OutlinePen for Count {
        fn move_to(&mut self, _: f32, _: f32) {
            self.0 += 1;
        }
        fn line_to(&mut self, _: f32, _: f32) {
            self.0 += 1;
        }
        fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {
            self.0 += 1;
        }
        fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {
            self.0 += 1;
        }
        fn close(&mut self) {}
    }
}
