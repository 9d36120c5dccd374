//! The chronology as a Markdown table with footnotes: renders on GitHub, in
//! Pandoc (and so to Word or PDF), and in most note-taking tools.

use super::{Entry, Heading, citation_text, sources_text};

/// Text for a table cell: no line breaks, pipes escaped.
fn cell(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace('\\', "\\\\").replace('|', "\\|")
}

pub fn write(h: &Heading, entries: &[Entry]) -> String {
    let mut out = format!("# {}\n\n{}\n\n", cell(&h.title), h.summary);
    out.push_str("| Date | Actor (lane) | Event | Kind | Verification | Sources |\n|---|---|---|---|---|---|\n");
    let mut notes = Vec::new();
    for x in entries {
        let who = match &x.actor {
            Some(a) => format!("{} ({})", cell(a), cell(&x.lane)),
            None => cell(&x.lane),
        };
        let mut event = cell(&x.title);
        if x.draft {
            event.push_str(" *(draft)*");
        }
        for c in &x.citations {
            notes.push(c);
            event.push_str(&format!("[^{}]", notes.len()));
        }
        out.push_str(&format!("| {} | {who} | {event} | {} | {} | {} |\n", cell(&x.date), x.kind, x.verification, sources_text(x)));
    }
    if !notes.is_empty() {
        out.push('\n');
    }
    for (i, c) in notes.iter().enumerate() {
        let mut line = cell(&citation_text(c));
        if let Some(u) = &c.url {
            line.push_str(&format!(" <{}>", u.trim()));
        }
        out.push_str(&format!("[^{}]: {line}\n", i + 1));
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::chronology::Citation;

    pub fn entry() -> Entry {
        Entry {
            id: "e1".into(),
            date: "Thu 24 Mar 2022".into(),
            start: Some("2022-03-24".into()),
            end: None,
            precision: "day",
            lane: "NATO".into(),
            actor: Some("Jens Stoltenberg".into()),
            title: "Stoltenberg | warns\nRussia".into(),
            kind: "statement",
            verification: "reported",
            draft: true,
            sources: 2,
            independent: 1,
            contradicted: false,
            citations: vec![
                Citation {
                    outlet: Some("Wire".into()),
                    article_title: "NATO warns".into(),
                    published: Some("24 Mar 2022".into()),
                    paragraph: 3,
                    quote: "a \"total\" change".into(),
                    url: Some("https://example.org/a?b=1&c=<2>".into()),
                },
                Citation { outlet: None, article_title: "Copy".into(), published: None, paragraph: 1, quote: "q".into(), url: None },
            ],
        }
    }

    #[test]
    fn one_row_per_event_and_one_footnote_per_citation() {
        let h = Heading { title: "Brief".into(), summary: "1 event".into() };
        let md = write(&h, &[entry()]);
        assert!(md.starts_with("# Brief\n\n1 event\n\n| Date |"), "{md}");
        assert!(
            md.contains("| Thu 24 Mar 2022 | Jens Stoltenberg (NATO) | Stoltenberg \\| warns Russia *(draft)*[^1][^2] | statement | reported | 2 (1 independent) |"),
            "{md}"
        );
        assert!(
            md.contains("[^1]: Wire, “NATO warns”, published 24 Mar 2022, ¶3: “a \"total\" change” <https://example.org/a?b=1&c=<2>>"),
            "{md}"
        );
        assert!(md.contains("[^2]: “Copy”, ¶1: “q”\n"), "{md}");
    }
}
