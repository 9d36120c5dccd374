//! What kind of text a file holds, and where a byte is in it: shared by the
//! dataset loader and the article reader, so both say the same thing.

/// Drops a UTF-8 byte order mark (Notepad writes one).
pub fn strip_utf8_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The name of the Unicode encoding other than UTF-8 that the file's byte
/// order mark announces, if any.
pub fn other_unicode(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] => Some("UTF-32"),
        [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("UTF-16"),
        _ => None,
    }
}

/// The message for a file in another Unicode encoding.
pub fn other_unicode_message(encoding: &str) -> String {
    format!("is {encoding} text; chronolens reads UTF-8: save it as UTF-8 (in most editors: Save as… → Encoding: UTF-8) and try again")
}

/// Line and column (both from 1; the column counts characters) of the byte at `offset`.
pub fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, col)
}

/// The byte offset of a line and column as serde_json counts them (columns in
/// bytes from 1; column 0 is the end of the line before).
pub fn offset_of(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match bytes[start..].iter().position(|&b| b == b'\n') {
            Some(p) => start += p + 1,
            None => return bytes.len(),
        }
    }
    (start + column.saturating_sub(1)).min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_encoding_and_the_place() {
        assert_eq!(other_unicode(b"\xFF\xFE{\0"), Some("UTF-16"));
        assert_eq!(other_unicode(b"\xFE\xFF\0{"), Some("UTF-16"));
        assert_eq!(other_unicode(b"\xFF\xFE\0\0{\0\0\0"), Some("UTF-32"));
        assert_eq!(other_unicode(b"{}"), None);
        assert_eq!(strip_utf8_bom(b"\xEF\xBB\xBF{}"), b"{}");
        assert_eq!(line_col(b"ab\n\xC3\xA7d\xFF", 6), (2, 3), "columns count characters");
        assert_eq!(offset_of(b"ab\ncd\nef", 3, 2), 7);
        assert_eq!(offset_of(b"ab\ncd", 9, 1), 5);
    }
}
