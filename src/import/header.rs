//! The header row of a CSV import (an ACLED export, a TimelineJS sheet), for
//! both readers: reading it, refusing it when a column the format needs is
//! missing, which column is which (a name given twice: the first), how wide a
//! row may be, and the messages saying so.

use super::ImportError;
use super::csv::Reader;
use std::borrow::Cow;

/// A CSV header: its column names, trimmed and in lower case, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    pub names: Vec<String>,
    /// `repeated[i]`: column `i`'s name is also the name of an earlier column.
    repeated: Vec<bool>,
}

/// How many fields a data row may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Width {
    /// As many as the header (an ACLED export).
    Exact,
    /// Fewer (the cells left out are empty), or more when those past the
    /// header are empty: a spreadsheet's trailing delimiters (a TimelineJS sheet).
    UpTo,
}

impl Header {
    /// The header from the names of its fields.
    pub fn new(fields: &[Cow<'_, str>]) -> Header {
        let names: Vec<String> = fields.iter().map(|f| f.trim().to_lowercase()).collect();
        let repeated = names.iter().enumerate().map(|(i, n)| names[..i].contains(n)).collect();
        Header { names, repeated }
    }

    /// The first record of `reader`, read as the header of `file`.
    pub fn read(reader: &mut Reader<'_>, file: &str) -> Result<Header, ImportError> {
        match reader.next_record() {
            Some(Ok(h)) => Ok(Header::new(&h.fields)),
            Some(Err(e)) => Err(ImportError::file(file, format!("row 1 (the header): {}", e.message))),
            None => Err(ImportError::file(file, "is empty")),
        }
    }

    /// Refuses `file` when the header lacks any of the `required` columns:
    /// "FILE: REFUSAL: missing the columns `a`, `b`AFTER", each column named
    /// as `required` spells it.
    pub fn require(&self, file: &str, required: &[&str], refusal: &str, after: &str) -> Result<(), ImportError> {
        let missing = self.missing(required);
        if missing.is_empty() {
            return Ok(());
        }
        Err(ImportError::file(file, format!("{refusal}: {}{after}", Header::missing_phrase(&missing))))
    }

    /// Where the column `column` is (in any case, as a format spells it); the
    /// first of them when the header names it more than once.
    pub fn index(&self, column: &str) -> Option<usize> {
        if column.chars().any(char::is_uppercase) {
            let lower = column.to_lowercase();
            return self.names.iter().position(|n| *n == lower);
        }
        self.names.iter().position(|n| n == column)
    }

    /// The columns of `required` that the header lacks.
    pub fn missing<'c>(&self, required: &[&'c str]) -> Vec<&'c str> {
        required.iter().copied().filter(|c| self.index(c).is_none()).collect()
    }

    /// What is wrong with a data row of `fields` under this header, `None` when it fits.
    pub fn misfit(&self, fields: &[Cow<'_, str>], width: Width) -> Option<String> {
        let n = self.names.len();
        let fits = match width {
            Width::Exact => fields.len() == n,
            Width::UpTo => fields.get(n..).is_none_or(|past| past.iter().all(|f| f.trim().is_empty())),
        };
        (!fits).then(|| self.miscount(fields.len()))
    }

    /// The non-empty cells of a row (trimmed) under their column's name, in
    /// file order. Of the columns sharing a name, the first with a value gives it.
    pub fn cells<'r>(&'r self, fields: &'r [Cow<'r, str>]) -> impl Iterator<Item = (&'r str, &'r str)> + 'r {
        let value = move |i: usize| fields.get(i).map_or("", |f| f.trim());
        self.names.iter().enumerate().filter_map(move |(i, name)| {
            let v = value(i);
            let earlier = || (0..i).any(|j| self.names[j] == *name && !value(j).is_empty());
            (!v.is_empty() && (!self.repeated[i] || !earlier())).then_some((name.as_str(), v))
        })
    }

    /// What is wrong with a row of `fields` fields under this header.
    fn miscount(&self, fields: usize) -> String {
        format!("has {fields} fields where the header has {} (a stray delimiter, or a quote not closed?)", self.names.len())
    }

    /// "missing the columns `a`, `b`" (or "the column `a`").
    fn missing_phrase(columns: &[&str]) -> String {
        let listed: Vec<String> = columns.iter().map(|c| format!("`{c}`")).collect();
        format!("missing the column{} {}", if columns.len() == 1 { "" } else { "s" }, listed.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(line: &str) -> Header {
        Header::read(&mut Reader::new(line, b','), "h.csv").unwrap()
    }

    fn fields<'a>(values: &[&'a str]) -> Vec<Cow<'a, str>> {
        values.iter().map(|v| Cow::Borrowed(*v)).collect()
    }

    #[test]
    fn names_are_trimmed_lower_case_and_found_in_any_case() {
        let h = header(" Year ,MONTH,Display Date,event_id_cnty\n1,2,3,4\n");
        assert_eq!(h.names, ["year", "month", "display date", "event_id_cnty"]);
        assert_eq!(
            (h.index("year"), h.index("Year"), h.index("Display Date"), h.index("event_id_cnty")),
            (Some(0), Some(0), Some(2), Some(3))
        );
        assert_eq!(h.index("Month"), Some(1));
        assert_eq!(h.index("day"), None);
    }

    #[test]
    fn an_empty_file_or_a_broken_header_is_refused_naming_the_file() {
        let e = Header::read(&mut Reader::new("", b','), "e.csv").unwrap_err();
        assert_eq!(e.to_string(), "e.csv: is empty");
        let e = Header::read(&mut Reader::new("a,\"b\n", b','), "q.csv").unwrap_err().to_string();
        assert!(e.starts_with("q.csv: row 1 (the header): "), "{e}");
    }

    #[test]
    fn missing_columns_are_named_as_the_format_spells_them() {
        let h = header("year,text\n");
        assert_eq!(h.require("t.csv", &["Year", "Text"], "is not a TimelineJS sheet", ""), Ok(()));
        let e = h.require("t.csv", &["Year", "Headline"], "is not a TimelineJS sheet", "").unwrap_err();
        assert_eq!(e.to_string(), "t.csv: is not a TimelineJS sheet: missing the column `Headline`");
        let e = h.require("a.csv", &["event_id_cnty", "notes"], "is not a complete ACLED export", " (header read as tab-separated values)");
        assert_eq!(
            e.unwrap_err().to_string(),
            "a.csv: is not a complete ACLED export: missing the columns `event_id_cnty`, `notes` (header read as tab-separated values)"
        );
        assert_eq!(h.missing(&["year", "day", "text", "month"]), ["day", "month"]);
    }

    #[test]
    fn a_row_fits_exactly_or_up_to_the_header() {
        let h = header("a,b,c\n");
        let miscount = "has 4 fields where the header has 3 (a stray delimiter, or a quote not closed?)";
        assert_eq!(h.misfit(&fields(&["1", "2", "3"]), Width::Exact), None);
        assert_eq!(h.misfit(&fields(&["1", "2", "3", "4"]), Width::Exact).as_deref(), Some(miscount));
        assert_eq!(
            h.misfit(&fields(&["1", "2"]), Width::Exact).as_deref(),
            Some("has 2 fields where the header has 3 (a stray delimiter, or a quote not closed?)")
        );
        assert_eq!(h.misfit(&fields(&["1", "2"]), Width::UpTo), None, "cells left out are empty");
        assert_eq!(h.misfit(&fields(&["1", "2", "3", " ", ""]), Width::UpTo), None, "trailing delimiters");
        assert_eq!(h.misfit(&fields(&["1", "2", "3", "4"]), Width::UpTo).as_deref(), Some(miscount));
    }

    #[test]
    fn a_column_named_twice_is_read_from_the_first() {
        let h = header("id,Notes,x,notes,x\n");
        assert_eq!(h.index("notes"), Some(1));
        let row = fields(&["7", " first ", "", "second", "later"]);
        let cells: Vec<_> = h.cells(&row).collect();
        assert_eq!(cells, [("id", "7"), ("notes", "first"), ("x", "later")], "the first non-empty cell of a name");
        let short = fields(&["7"]);
        assert_eq!(h.cells(&short).collect::<Vec<_>>(), [("id", "7")], "a short row's missing cells are empty");
    }
}
