//! The chronology as one self-contained HTML page (a table, citations as
//! numbered notes linked both ways), to open in a browser, print, or paste
//! into a word processor.

use super::{Entry, Heading, citation_text, sources_text};

use crate::markup::escape_xml as esc;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#1c1e24}\
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccd;padding:.35em .5em;text-align:left;vertical-align:top}\
th{background:#f0f1f4}td.date{white-space:nowrap}.draft{color:#a05a00}.disagree{color:#b01e1e}sup a{text-decoration:none}\
ol.notes{font-size:.9em}";

pub fn write(h: &Heading, entries: &[Entry]) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n",
        esc(&h.title),
        esc(&h.title),
        esc(&h.summary)
    );
    out.push_str("<table>\n<thead><tr><th>Date</th><th>Actor (lane)</th><th>Event</th><th>Kind</th><th>Verification</th><th>Sources</th></tr></thead>\n<tbody>\n");
    let mut notes = Vec::new();
    for x in entries {
        let who = match &x.actor {
            Some(a) => format!("{} ({})", esc(a), esc(&x.lane)),
            None => esc(&x.lane),
        };
        let mut event = esc(&x.title);
        if x.draft {
            event.push_str(" <span class=\"draft\">(draft)</span>");
        }
        for c in &x.citations {
            notes.push(c);
            let n = notes.len();
            event.push_str(&format!("<sup id=\"ref{n}\"><a href=\"#note{n}\">[{n}]</a></sup>"));
        }
        let sources =
            if x.contradicted { format!("<span class=\"disagree\">{}</span>", esc(&sources_text(x))) } else { esc(&sources_text(x)) };
        out.push_str(&format!(
            "<tr><td class=\"date\">{}</td><td>{who}</td><td>{event}</td><td>{}</td><td>{}</td><td>{sources}</td></tr>\n",
            esc(&x.date),
            x.kind,
            x.verification
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    if !notes.is_empty() {
        out.push_str("<h2>Sources</h2>\n<ol class=\"notes\">\n");
        for (i, c) in notes.iter().enumerate() {
            let n = i + 1;
            let link = c.url.as_deref().map_or_else(String::new, |u| format!(" <a href=\"{}\">{}</a>", esc(u.trim()), esc(u.trim())));
            out.push_str(&format!("<li id=\"note{n}\">{}{link} <a href=\"#ref{n}\">↩</a></li>\n", esc(&citation_text(c))));
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_notes_link_both_ways() {
        let h = Heading { title: "A <b> & c".into(), summary: "s".into() };
        let html = write(&h, &[crate::chronology::markdown::tests::entry()]);
        assert!(html.contains("<title>A &lt;b&gt; &amp; c</title>"), "{html}");
        assert!(html.contains("<sup id=\"ref1\"><a href=\"#note1\">[1]</a></sup><sup id=\"ref2\">"), "{html}");
        assert!(html.contains("<li id=\"note1\">Wire, “NATO warns”, published 24 Mar 2022, ¶3: “a &quot;total&quot; change” <a href=\"https://example.org/a?b=1&amp;c=&lt;2&gt;\">"), "{html}");
        assert!(html.contains("(draft)"));
        // Every element opened is closed (a rough check: tags balance).
        for tag in ["table", "tr", "td", "ol", "li", "sup"] {
            assert_eq!(html.matches(&format!("<{tag}")).count(), html.matches(&format!("</{tag}>")).count(), "{tag}");
        }
    }
}
