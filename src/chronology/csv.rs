//! The chronology as CSV (RFC 4180): one row per citation, the event's
//! columns repeated, so that a spreadsheet can sort, filter and count.

use super::Entry;

const COLUMNS: &[&str] = &[
    "event_id",
    "date_as_known",
    "start",
    "end",
    "precision",
    "lane",
    "actor",
    "title",
    "kind",
    "verification",
    "draft",
    "sources",
    "independent_sources",
    "sources_disagree",
    "source_n",
    "outlet",
    "article_title",
    "published",
    "paragraph",
    "quote",
    "url",
];

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}

pub fn write(entries: &[Entry]) -> String {
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for x in entries {
        for (k, c) in x.citations.iter().enumerate() {
            let row = [
                x.id.clone(),
                x.date.clone(),
                x.start.clone().unwrap_or_default(),
                x.end.clone().unwrap_or_default(),
                x.precision.to_owned(),
                x.lane.clone(),
                x.actor.clone().unwrap_or_default(),
                x.title.clone(),
                x.kind.to_owned(),
                x.verification.to_owned(),
                x.draft.to_string(),
                x.sources.to_string(),
                x.independent.to_string(),
                x.contradicted.to_string(),
                (k + 1).to_string(),
                c.outlet.clone().unwrap_or_default(),
                c.article_title.clone(),
                c.published.clone().unwrap_or_default(),
                c.paragraph.to_string(),
                c.quote.clone(),
                c.url.clone().unwrap_or_default(),
            ];
            out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_citation_quoted_where_needed() {
        let csv = write(&[crate::chronology::markdown::tests::entry()]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0].split(',').count(), COLUMNS.len());
        assert!(lines[1].starts_with("e1,Thu 24 Mar 2022,2022-03-24,,day,NATO,Jens Stoltenberg,\"Stoltenberg | warns\nRussia\",statement,reported,true,2,1,false,1,Wire,NATO warns,24 Mar 2022,3,\"a \"\"total\"\" change\","), "{csv}");
        assert!(csv.contains(",2,,Copy,,1,q,\r\n"), "{csv}");
    }
}
