//! How a plain-text article becomes paragraphs (the convention of the seeds).

/// Splits text into paragraphs: maximal runs of non-blank lines, joined with
/// `\n`, each line's trailing white space removed. A run of blank (or
/// white-space-only) lines is one separator. Paragraph 0 is the title line.
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
        } else {
            match &mut current {
                Some(p) => {
                    p.push('\n');
                    p.push_str(line);
                }
                None => current = Some(line.to_owned()),
            }
        }
    }
    out.extend(current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_blank_lines_are_one_separator() {
        let text = "Title\n\nFirst para.\n\n\n  \nSecond\nstill second.  \r\n\r\nThird";
        assert_eq!(split_paragraphs(text), vec!["Title", "First para.", "Second\nstill second.", "Third"]);
    }

    #[test]
    fn empty_text_has_no_paragraphs() {
        assert!(split_paragraphs("").is_empty());
        assert!(split_paragraphs("\n \n\t\n").is_empty());
    }
}
