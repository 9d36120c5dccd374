//! A small RFC 4180 reader: quoted fields (with delimiters, line breaks and
//! doubled quotes inside), CRLF, LF or CR line ends, a comma, semicolon or tab
//! as the delimiter (read from the header line). It reads one record at a time
//! from text already in memory and borrows every field that needs no
//! unquoting, so a large export is not copied field by field.
//!
//! Lenient where spreadsheets are: a quote inside an unquoted field is kept as
//! a character, and text after a closing quote is kept too. A quoted field
//! that never closes is an error (everything after it would be misread).

use std::borrow::Cow;

/// One record: its fields, its number (1-based; the header is record 1) and
/// the line it starts on (they differ when a quoted field holds line breaks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub number: usize,
    pub line: usize,
    pub fields: Vec<Cow<'a, str>>,
}

impl Record<'_> {
    /// A line with nothing on it (trailing blank lines, a spreadsheet's empty rows).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// A quoted field that never closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub record: usize,
    pub line: usize,
    pub message: String,
}

/// The delimiter of `text`: the most frequent of comma, semicolon and tab on
/// its first line (outside quotes); a comma when none appears or on a tie.
pub fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                for c in counts.iter_mut() {
                    if c.0 == b {
                        c.1 += 1;
                    }
                }
            }
            _ => {}
        }
    }
    // `max_by_key` keeps the last of equals: look from tab to comma so that the comma wins ties.
    counts.iter().rev().max_by_key(|c| c.1).filter(|c| c.1 > 0).map_or(b',', |c| c.0)
}

/// The delimiter's name for messages.
pub fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    }
}

/// The next record that is not blank. An unclosed quote ends the reading
/// (nothing after it can be read) and is reported in `problems` for `file`.
pub(super) fn next_row<'a>(reader: &mut Reader<'a>, file: &str, problems: &mut Vec<super::RowProblem>) -> Option<Record<'a>> {
    loop {
        match reader.next_record()? {
            Ok(r) if r.is_blank() => continue,
            Ok(r) => return Some(r),
            Err(e) => {
                problems.push(super::RowProblem {
                    file: file.into(),
                    at: super::Where::Row(e.record),
                    line: Some(e.line),
                    column: None,
                    message: e.message,
                });
                return None;
            }
        }
    }
}

/// Reads records one at a time.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    delimiter: u8,
    record: usize,
    line: usize,
}

impl<'a> Reader<'a> {
    /// `text` without its byte order mark (see `model::encoding::strip_utf8_bom`).
    pub fn new(text: &'a str, delimiter: u8) -> Self {
        Reader { text, pos: 0, delimiter, record: 0, line: 1 }
    }

    /// The next record, `None` at the end of the text.
    pub fn next_record(&mut self) -> Option<Result<Record<'a>, CsvError>> {
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        self.record += 1;
        let (number, line) = (self.record, self.line);
        let mut fields = Vec::new();
        loop {
            // One field starting at `self.pos`.
            let start = self.pos;
            if bytes.get(start) == Some(&b'"') {
                let mut value: Option<String> = None;
                let mut seg = start + 1;
                let mut i = start + 1;
                loop {
                    match bytes.get(i) {
                        None => {
                            return Some(Err(CsvError {
                                record: number,
                                line,
                                message: format!(
                                    "a quoted field opened on line {line} is never closed (a stray \" in the data?); nothing after it can be read"
                                ),
                            }));
                        }
                        Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                            value.get_or_insert_with(String::new).push_str(&self.text[seg..=i]);
                            i += 2;
                            seg = i;
                        }
                        Some(b'"') => break,
                        Some(b'\n') => {
                            self.line += 1;
                            i += 1;
                        }
                        Some(b'\r') => {
                            if bytes.get(i + 1) != Some(&b'\n') {
                                self.line += 1;
                            }
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                let mut field: Cow<'a, str> = match value {
                    None => Cow::Borrowed(&self.text[seg..i]),
                    Some(mut v) => {
                        v.push_str(&self.text[seg..i]);
                        Cow::Owned(v)
                    }
                };
                // After the closing quote: text up to the delimiter is kept (leniently).
                let rest_start = i + 1;
                let rest_end = self.field_end(rest_start);
                if rest_end > rest_start {
                    field.to_mut().push_str(&self.text[rest_start..rest_end]);
                }
                fields.push(field);
                self.pos = rest_end;
            } else {
                let end = self.field_end(start);
                fields.push(Cow::Borrowed(&self.text[start..end]));
                self.pos = end;
            }
            match bytes.get(self.pos) {
                Some(&b) if b == self.delimiter => self.pos += 1,
                Some(b'\r') => {
                    self.pos += if bytes.get(self.pos + 1) == Some(&b'\n') { 2 } else { 1 };
                    self.line += 1;
                    break;
                }
                Some(b'\n') => {
                    self.pos += 1;
                    self.line += 1;
                    break;
                }
                _ => break,
            }
        }
        Some(Ok(Record { number, line, fields }))
    }

    /// The end of an unquoted field starting at `from`: the next delimiter or line end.
    fn field_end(&self, from: usize) -> usize {
        let bytes = self.text.as_bytes();
        let d = self.delimiter;
        bytes[from.min(bytes.len())..].iter().position(|&b| b == d || b == b'\n' || b == b'\r').map_or(bytes.len(), |p| from + p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, d: u8) -> Vec<Vec<String>> {
        let mut r = Reader::new(text, d);
        let mut out = Vec::new();
        while let Some(rec) = r.next_record() {
            out.push(rec.unwrap().fields.iter().map(|f| f.to_string()).collect());
        }
        out
    }

    #[test]
    fn reads_quoted_fields_doubled_quotes_and_line_ends() {
        assert_eq!(all("a,b\r\n1,2\r\n", b','), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(all("a,b\n1,2", b','), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(all("a,b\r1,2\r", b','), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(all("\"x, y\",\"say \"\"hi\"\"\"\n", b','), [vec!["x, y", "say \"hi\""]]);
        assert_eq!(all("\"two\nlines\",z\n", b','), [vec!["two\nlines", "z"]]);
        assert_eq!(all("a,,c\n", b','), [vec!["a", "", "c"]]);
        assert_eq!(all("a,b,\n", b','), [vec!["a", "b", ""]]);
        assert_eq!(all("a;\"b;c\"\n", b';'), [vec!["a", "b;c"]]);
        assert_eq!(all("a\tb\n", b'\t'), [vec!["a", "b"]]);
        // Lenient: a quote inside an unquoted field, text after a closing quote.
        assert_eq!(all("5\" gun,\"ab\"cd,e\n", b','), [vec!["5\" gun", "abcd", "e"]]);
        assert_eq!(all("\"\"\n", b','), [vec![""]]);
    }

    #[test]
    fn numbers_records_and_lines() {
        let mut r = Reader::new("h1,h2\n\"a\nb\",c\r\nd,e\n", b',');
        let recs: Vec<Record> = std::iter::from_fn(|| r.next_record()).map(Result::unwrap).collect();
        assert_eq!(recs.iter().map(|r| (r.number, r.line)).collect::<Vec<_>>(), [(1, 1), (2, 2), (3, 4)]);
        assert!(matches!(recs[1].fields[0], Cow::Borrowed(_)), "no copy without doubled quotes");
    }

    #[test]
    fn an_unclosed_quote_is_an_error_naming_its_line() {
        let mut r = Reader::new("a,b\n1,\"oops\n2,3\n", b',');
        r.next_record().unwrap().unwrap();
        let e = r.next_record().unwrap().unwrap_err();
        assert_eq!((e.record, e.line), (2, 2));
        assert!(e.message.contains("never closed"), "{}", e.message);
    }

    #[test]
    fn the_delimiter_is_read_from_the_header() {
        assert_eq!(detect_delimiter("a,b,c\n1;2;3;4;5"), b',');
        assert_eq!(detect_delimiter("a;b;c\n"), b';');
        assert_eq!(detect_delimiter("a\tb\tc"), b'\t');
        assert_eq!(detect_delimiter("\"a;b\",c\n"), b',', "quoted delimiters do not count");
        assert_eq!(detect_delimiter("a;b,c"), b',', "a tie goes to the comma");
        assert_eq!(detect_delimiter("single"), b',');
    }
}
