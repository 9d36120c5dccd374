//! Mutations of JSON text: a lenient tokenizer (any bytes), the edits made at
//! token boundaries, and the interesting values put there.

use super::rng::Rng;

/// A token of JSON text: `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// `{ } [ ] : ,`
    Punct,
    String,
    /// A number or literal: a run of anything else.
    Scalar,
}

/// Tokens of `b`, white space skipped; never fails (an unclosed string runs to the end).
pub fn tokens(b: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let kind = match c {
            b' ' | b'\n' | b'\r' | b'\t' => {
                i += 1;
                continue;
            }
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                i += 1;
                TokKind::Punct
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                TokKind::String
            }
            _ => {
                while i < b.len() && !matches!(b[i], b' ' | b'\n' | b'\r' | b'\t' | b'{' | b'}' | b'[' | b']' | b':' | b',' | b'"') {
                    i += 1;
                }
                TokKind::Scalar
            }
        };
        out.push(Tok { start, end: i, kind });
    }
    out
}

/// Every position between or at the edge of tokens, and just inside each string.
pub fn boundaries(b: &[u8]) -> Vec<usize> {
    let mut out = vec![0];
    for t in tokens(b) {
        out.push(t.start);
        if t.kind == TokKind::String && t.end - t.start >= 2 {
            out.push(t.start + 1);
            out.push(t.end - 1);
        }
        out.push(t.end);
    }
    out.push(b.len());
    out.sort_unstable();
    out.dedup();
    out
}

/// The deepest nesting of `[` and `{` outside strings (the top-level value is depth 1).
pub fn max_depth(b: &[u8]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for t in tokens(b) {
        if t.kind == TokKind::Punct {
            match b[t.start] {
                b'{' | b'[' => {
                    depth += 1;
                    max = max.max(depth);
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    max
}

/// Byte sequences that are not UTF-8.
pub const BAD_UTF8: &[&[u8]] =
    &[b"\xFF", b"\xC3", b"\xED\xA0\x80", b"\xC0\xAF", b"\xF4\x90\x80\x80", b"\x80", b"\xE2\x82", b"\xF0\x9F\x98"];

/// Numbers at and past every limit.
pub const NUMBERS: &[&str] = &[
    "1e400",
    "-1e400",
    "1e-400",
    "-0",
    "-0.0",
    "0e0",
    "18446744073709551616",
    "18446744073709551615",
    "-9223372036854775809",
    "9223372036854775808",
    "1.7976931348623157e309",
    "1.7976931348623157e308",
    "4294967296",
    "-1",
    "0.5",
    "1E+2",
    "00",
    "01",
    "-",
    "1.",
    ".5",
    "+1",
    "1e",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x10",
];

/// Strings (as JSON text) that stress escapes and Unicode.
pub const STRINGS: &[&str] = &[
    r#""""#,
    r#"" ""#,
    r#""\ud800""#,
    r#""\udc00\ud800""#,
    r#""\ud83d\ude00""#,
    r#""\u0000""#,
    r#""\u00""#,
    r#""\x41""#,
    r#""\/\b\f\n\r\t\"\\""#,
    r#""},{\"id\":\"x\"""#,
    r#""]}""#,
    "\"\u{202e}\u{0301}\u{1F600}\u{FEFF}\"",
    "\"a\tb\"",
    "\"a\nb\"",
    r#""events""#,
    r#""2022-03-24""#,
    r#""9999-12-31T23:59:59Z""#,
    r#""0000-01-01""#,
    r#""day""#,
    r#""unknown""#,
    r#""range""#,
    r#""claim""#,
    r#""nato""#,
];

/// Whole values and fragments to put at token boundaries.
pub const FRAGMENTS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "null",
    "true",
    "false",
    "{}",
    "[]",
    "},{\"",
    "}, {\"",
    "}]",
    "]}",
    ",]",
    ",}",
    "\"events\":[]",
    "\"events\":",
    "\"lanes\":[]",
    "\"articles\":[]",
    "\"x\":1,",
    "/*",
    "//",
    "\u{FEFF}",
    "\0",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u{a0}",
];

/// `b` with `ins` inserted at `at`.
pub fn insert(b: &[u8], at: usize, ins: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(b.len() + ins.len());
    v.extend_from_slice(&b[..at]);
    v.extend_from_slice(ins);
    v.extend_from_slice(&b[at..]);
    v
}

/// `b` with `[from, to)` replaced by `with`.
pub fn replace(b: &[u8], from: usize, to: usize, with: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(b.len() + with.len());
    v.extend_from_slice(&b[..from]);
    v.extend_from_slice(with);
    v.extend_from_slice(&b[to..]);
    v
}

/// `depth` nested containers around `inner` (arrays, objects or both in turn).
pub fn nested(depth: usize, style: usize, inner: &str) -> String {
    let mut s = String::with_capacity(depth * 8 + inner.len());
    for d in 0..depth {
        match (style + d) % 3 {
            0 => s.push('['),
            1 => s.push_str("{\"a\":"),
            _ => s.push_str(if d % 2 == 0 { "[" } else { "{\"b\":" }),
        }
    }
    s.push_str(inner);
    for d in (0..depth).rev() {
        match (style + d) % 3 {
            0 => s.push(']'),
            1 => s.push('}'),
            _ => s.push(if d % 2 == 0 { ']' } else { '}' }),
        }
    }
    s
}

/// The text as UTF-16 (little or big endian), with or without a BOM.
pub fn utf16(text: &[u8], big_endian: bool, bom: bool) -> Vec<u8> {
    let s = String::from_utf8_lossy(text);
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFFu16).into_iter().chain(s.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

/// One random edit; several in a row make a mutant.
pub fn mutate_once(rng: &mut Rng, b: &mut Vec<u8>, other: &[u8]) {
    let toks = tokens(b);
    let len = b.len();
    let at_boundary = |rng: &mut Rng| -> usize {
        if toks.is_empty() {
            return rng.below(len + 1);
        }
        let t = rng.pick(&toks);
        if rng.one_in(2) { t.start } else { t.end }
    };
    match rng.below(20) {
        0 => {
            // Flip a bit.
            if !b.is_empty() {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => {
            // A random byte.
            if !b.is_empty() {
                let i = rng.below(b.len());
                b[i] = rng.byte();
            }
        }
        2 => {
            // A JSON character somewhere.
            let i = rng.below(b.len() + 1);
            let c = rng.choose(b"{}[]:,\"\\ 0-e.");
            *b = insert(b, i, &[c]);
        }
        3 => {
            let at = at_boundary(rng);
            *b = insert(b, at, rng.choose(BAD_UTF8));
        }
        4 => {
            let at = at_boundary(rng);
            *b = insert(b, at, rng.pick(FRAGMENTS).as_bytes());
        }
        5 => {
            // Remove a token.
            if !toks.is_empty() {
                let t = rng.choose(&toks);
                *b = replace(b, t.start, t.end, b"");
            }
        }
        6 => {
            // Duplicate a token, or a run of them (a key-value pair: a duplicate key).
            if !toks.is_empty() {
                let i = rng.below(toks.len());
                let j = (i + rng.small(8)).min(toks.len() - 1);
                let piece = b[toks[i].start..toks[j].end].to_vec();
                *b = insert(b, toks[j].end, &piece);
            }
        }
        7 => {
            // Swap two tokens.
            if toks.len() >= 2 {
                let i = rng.below(toks.len() - 1);
                let j = if rng.one_in(2) { i + 1 } else { i + 1 + rng.below(toks.len() - i - 1) };
                let (x, y) = (toks[i], toks[j]);
                let mut v = b[..x.start].to_vec();
                v.extend_from_slice(&b[y.start..y.end]);
                v.extend_from_slice(&b[x.end..y.start]);
                v.extend_from_slice(&b[x.start..x.end]);
                v.extend_from_slice(&b[y.end..]);
                *b = v;
            }
        }
        8 => {
            // Replace a scalar with an extreme number.
            let scalars: Vec<&Tok> = toks.iter().filter(|t| t.kind == TokKind::Scalar).collect();
            if let Some(t) = (!scalars.is_empty()).then(|| rng.choose(&scalars)) {
                *b = replace(b, t.start, t.end, rng.pick(NUMBERS).as_bytes());
            } else {
                let at = at_boundary(rng);
                *b = insert(b, at, rng.pick(NUMBERS).as_bytes());
            }
        }
        9 => {
            // Replace a string.
            let strings: Vec<&Tok> = toks.iter().filter(|t| t.kind == TokKind::String).collect();
            if let Some(t) = (!strings.is_empty()).then(|| rng.choose(&strings)) {
                *b = replace(b, t.start, t.end, rng.pick(STRINGS).as_bytes());
            }
        }
        10 => {
            // Wrap a value in containers, or put a deep one in.
            let depth = rng.choose(&[1, 2, 10, 125, 126, 127, 128, 129, 130, 500, 5000]);
            let deep = nested(depth, rng.below(3), "1");
            if !toks.is_empty() && rng.one_in(2) {
                let t = rng.choose(&toks);
                if t.kind != TokKind::Punct {
                    let inner = String::from_utf8_lossy(&b[t.start..t.end]).into_owned();
                    *b = replace(b, t.start, t.end, nested(depth, rng.below(3), &inner).as_bytes());
                    return;
                }
            }
            let at = at_boundary(rng);
            *b = insert(b, at, format!("\"deep\":{deep},").as_bytes());
        }
        11 => {
            // Delete a range.
            if !b.is_empty() {
                let i = rng.below(b.len());
                let n = rng.small(b.len() - i + 1);
                *b = replace(b, i, i + n, b"");
            }
        }
        12 => {
            // Duplicate a range.
            if !b.is_empty() {
                let i = rng.below(b.len());
                let n = rng.small(b.len() - i + 1);
                let piece = b[i..i + n].to_vec();
                *b = insert(b, i + n, &piece);
            }
        }
        13 => {
            // Splice: the start of this input and the end of another.
            if !b.is_empty() && !other.is_empty() {
                let (i, j) = (rng.below(b.len() + 1), rng.below(other.len() + 1));
                b.truncate(i);
                b.extend_from_slice(&other[j..]);
            }
        }
        14 => {
            // Splice at token boundaries: tokens of another input put in here.
            let ot = tokens(other);
            if !ot.is_empty() {
                let i = rng.below(ot.len());
                let j = (i + rng.small(40)).min(ot.len() - 1);
                let at = at_boundary(rng);
                *b = insert(b, at, &other[ot[i].start..ot[j].end]);
            }
        }
        15 => {
            // Truncate.
            let n = rng.below(b.len() + 1);
            b.truncate(n);
        }
        16 => {
            // White space between tokens.
            let at = at_boundary(rng);
            let ws: &[u8] = rng.choose(&[&b" "[..], b"\n", b"\r\n", b"\t", b"    \n  ", b"\x0b", b"\x0c"]);
            *b = insert(b, at, ws);
        }
        17 => {
            // A NUL, raw or escaped, somewhere.
            let at = at_boundary(rng);
            *b = insert(b, at, if rng.one_in(2) { b"\0" } else { b"\\u0000" });
        }
        18 => {
            // Repeat a token many times (long strings of digits or of events).
            if !toks.is_empty() {
                let t = rng.choose(&toks);
                let piece = b[t.start..t.end].to_vec();
                let times = 1 + rng.small(2000);
                let mut many = Vec::with_capacity(piece.len() * times);
                for _ in 0..times {
                    many.extend_from_slice(&piece);
                }
                *b = insert(b, t.end, &many);
            }
        }
        _ => {
            // A BOM at the start, or somewhere else.
            let at = if rng.one_in(2) { 0 } else { at_boundary(rng) };
            *b = insert(b, at, "\u{FEFF}".as_bytes());
        }
    }
}
