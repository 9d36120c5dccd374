//! Error reports that name the file, the record and the field.

use std::fmt;

/// One thing wrong with one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// e.g. `events[3] "S000-01"`; empty for file-level problems.
    pub record: String,
    /// e.g. `sources[0].quote`; empty when the whole record is wrong.
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn file(message: impl Into<String>) -> Self {
        Self { record: String::new(), field: String::new(), message: message.into() }
    }
    pub fn new(record: impl Into<String>, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { record: record.into(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.record.is_empty(), self.field.is_empty()) {
            (true, _) => write!(f, "{}", self.message),
            (false, true) => write!(f, "{}: {}", self.record, self.message),
            (false, false) => write!(f, "{}, field `{}`: {}", self.record, self.field, self.message),
        }
    }
}

/// A value from the file as a message shows it: whole when short, else its
/// first `CLIP_CHARS` characters and `…`. A megabyte-long id must not make a
/// megabyte-long message.
pub fn clip(value: &str) -> std::borrow::Cow<'_, str> {
    clip_to(value, CLIP_CHARS)
}

/// `value` whole when it has at most `n` characters, else its first `n` and `…`.
pub fn clip_to(value: &str, n: usize) -> std::borrow::Cow<'_, str> {
    match value.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &value[..i]).into(),
        None => value.into(),
    }
}

/// How many characters of a value `clip` keeps.
pub const CLIP_CHARS: usize = 80;

/// Why a file could not be loaded. Nothing of it was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The file name as the user gave it.
    pub file: String,
    pub problems: Vec<Problem>,
    /// How many further problems were found but not listed.
    pub more: usize,
    /// The file could not be read at all (as opposed to: read, but invalid).
    pub unreadable: bool,
}

impl LoadError {
    pub fn unreadable(file: &str, message: impl Into<String>) -> Self {
        Self { file: file.to_owned(), problems: vec![Problem::file(message)], more: 0, unreadable: true }
    }
    pub fn invalid(file: &str, problems: Vec<Problem>) -> Self {
        let mut problems = problems;
        let more = problems.len().saturating_sub(MAX_LISTED);
        problems.truncate(MAX_LISTED);
        Self { file: file.to_owned(), problems, more, unreadable: false }
    }
}

/// How many problems are spelled out before "and N more".
pub const MAX_LISTED: usize = 200;

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {}", self.file, p)?;
        }
        if self.more > 0 {
            write!(f, "\n{}: … and {} more problems", self.file, self.more)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_keeps_short_values_and_cuts_long_ones_at_a_character() {
        assert_eq!(clip("nato"), "nato");
        let long = "é".repeat(CLIP_CHARS + 5);
        assert_eq!(clip(&long), format!("{}…", "é".repeat(CLIP_CHARS)));
        assert_eq!(clip(&"x".repeat(CLIP_CHARS)), "x".repeat(CLIP_CHARS));
    }
}
