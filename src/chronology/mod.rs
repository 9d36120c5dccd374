//! A chronology for a briefing: the events in time order, each with its date
//! as known, who acted, what happened and every citation (outlet, published
//! date, paragraph, quote, URL), written as Markdown, HTML, CSV, DOCX or a
//! TimelineJS story. No egui.

pub mod cli;
mod csv;
mod docx;
mod html;
pub(crate) mod markdown;
mod timelinejs;

use crate::corroborate::Summaries;
use crate::model::time::{fmt_day, fmt_known_in, parse_instant};
use crate::model::{Loaded, Span};

/// Which events go in.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Events overlapping `[from, to)` (seconds); undated events only when neither is given.
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// Lane ids or labels; `None`: all.
    pub lanes: Option<Vec<String>>,
    /// Leave out drafts nobody has reviewed.
    pub reviewed_only: bool,
    /// Only these events (e.g. the selection in the window), still in time order.
    pub events: Option<Vec<u32>>,
    /// Times of day in this zone (`--tz`, View -> Time zone); dates without one stay as written.
    pub zone: crate::model::zone::Zone,
}

/// One citation of an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub outlet: Option<String>,
    pub article_title: String,
    /// As shown: "24 Mar 2022".
    pub published: Option<String>,
    pub paragraph: usize,
    pub quote: String,
    pub url: Option<String>,
}

/// One event of the chronology.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    /// As known: "Thu 24 Mar 2022", "sometime 21–23 Mar 2022", "date unknown".
    pub date: String,
    pub start: Option<String>,
    pub end: Option<String>,
    pub precision: &'static str,
    pub lane: String,
    pub actor: Option<String>,
    pub title: String,
    pub kind: &'static str,
    pub verification: &'static str,
    pub draft: bool,
    pub sources: usize,
    pub independent: usize,
    pub contradicted: bool,
    pub citations: Vec<Citation>,
}

/// What the chronology covers, for its heading.
#[derive(Debug, Clone)]
pub struct Heading {
    pub title: String,
    /// "21–25 Mar 2022 · 12 events · lanes NATO, US".
    pub summary: String,
}

/// The events `sel` picks from `data`, in time order (undated last).
pub fn entries(data: &Loaded, sel: &Selection) -> Result<Vec<Entry>, String> {
    let ds = &data.dataset;
    let lanes: Vec<bool> = match &sel.lanes {
        None => vec![true; ds.lanes.len()],
        Some(names) => {
            let mut keep = vec![false; ds.lanes.len()];
            for name in names {
                let i =
                    ds.lanes.iter().position(|l| l.id == *name || l.id.eq_ignore_ascii_case(name) || l.label.eq_ignore_ascii_case(name));
                match i {
                    Some(i) => keep[i] = true,
                    None => {
                        let known: Vec<&str> = ds.lanes.iter().map(|l| l.id.as_str()).collect();
                        return Err(format!("unknown lane `{name}`; the lanes are: {}", known.join(", ")));
                    }
                }
            }
            keep
        }
    };
    if let (Some(a), Some(b)) = (sel.from, sel.to)
        && a >= b
    {
        return Err("--from is not before --to: the range is empty".into());
    }
    let window = Span { lo: sel.from.unwrap_or(i64::MIN), hi: sel.to.unwrap_or(i64::MAX) };
    let in_window = |e: u32| data.index.spans[e as usize].get().is_some_and(|s| s.hi > window.lo && s.lo < window.hi);
    let undated = sel.from.is_none() && sel.to.is_none();
    let wanted = |e: u32| {
        let ev = &ds.events[e as usize];
        lanes[data.index.lane_of[e as usize] as usize]
            && !(sel.reviewed_only && ev.is_draft())
            && sel.events.as_ref().is_none_or(|only| only.contains(&e))
    };
    let order: Vec<u32> = match &sel.events {
        // A few chosen events: sort them rather than walk every event.
        Some(only) => {
            let mut v: Vec<u32> = only.iter().copied().filter(|&e| (e as usize) < ds.events.len()).collect();
            v.sort_by_key(|&e| (data.index.time_rank[e as usize], e));
            v.dedup();
            v.into_iter().filter(|&e| (in_window(e) || undated && data.index.spans[e as usize].get().is_none()) && wanted(e)).collect()
        }
        None => {
            let dated = data.index.by_time.iter().copied().filter(|&e| in_window(e) && wanted(e));
            let rest = data.index.undated.iter().copied().filter(|&e| undated && wanted(e));
            dated.chain(rest).collect()
        }
    };
    let mut summaries = Summaries::default();
    Ok(order.into_iter().map(|e| entry(data, e, &mut summaries, &sel.zone)).collect())
}

fn entry(data: &Loaded, e: u32, summaries: &mut Summaries, zone: &crate::model::zone::Zone) -> Entry {
    let ds = &data.dataset;
    let ev = &ds.events[e as usize];
    let summary = summaries.get(ds, &data.index, e);
    let citations = ev
        .sources
        .iter()
        .map(|s| {
            let article = data.index.article_ids.get(s.article.as_str()).map(|&a| &ds.articles[a as usize]);
            Citation {
                outlet: article.and_then(|a| a.outlet.clone()).filter(|o| !o.trim().is_empty()),
                article_title: article.map_or_else(|| s.article.to_string(), |a| a.title.clone()),
                published: article
                    .and_then(|a| a.published.as_deref())
                    // A time of publication is an instant: the day it was in the zone chosen.
                    .map(|p| {
                        parse_instant(p).map_or_else(|_| p.to_owned(), |t| fmt_day(if t.date_only { t.secs } else { zone.wall(t.secs) }))
                    }),
                paragraph: s.paragraph,
                quote: s.quote.to_string(),
                url: article.and_then(|a| a.url.clone()).filter(|u| !u.trim().is_empty()),
            }
        })
        .collect();
    Entry {
        id: ev.id.to_string(),
        date: fmt_known_in(ev.precision, data.index.spans[e as usize].get(), zone),
        start: ev.start.as_ref().map(|s| s.to_string()),
        end: ev.end.as_ref().map(|s| s.to_string()),
        precision: ev.precision.name(),
        lane: ds.lanes[data.index.lane_of[e as usize] as usize].label.clone(),
        actor: ev.actor.as_ref().map(|s| s.to_string()),
        title: ev.title.to_string(),
        kind: ev.kind.name(),
        verification: ev.verification.name(),
        draft: ev.is_draft(),
        sources: summary.sources,
        independent: summary.independent,
        contradicted: summary.contradicted,
        citations,
    }
}

/// The heading of a chronology of `entries` from `data`.
pub fn heading(data: &Loaded, entries: &[Entry], sel: &Selection) -> Heading {
    let title = data.dataset.title.clone().unwrap_or_else(|| data.name.clone());
    let mut parts = Vec::new();
    let dated: Vec<Span> =
        entries.iter().filter_map(|x| data.index.event_ids.get(&x.id).and_then(|&e| data.index.spans[e as usize].get())).collect();
    // The range asked for (--from / --to) where given, else the events' own.
    let lo = sel.from.or(dated.iter().map(|s| s.lo).min());
    let hi = sel.to.or(dated.iter().map(|s| s.hi).max());
    if let (Some(lo), Some(hi)) = (lo, hi)
        && lo < hi
    {
        let last = crate::model::time::floor_to(hi - 1, crate::model::time::DAY);
        parts.push(crate::model::time::fmt_day_range(crate::model::time::floor_to(lo, crate::model::time::DAY), last));
    }
    parts.push(format!("{} event{}", entries.len(), if entries.len() == 1 { "" } else { "s" }));
    if let Some(names) = &sel.lanes {
        let lanes = &data.dataset.lanes;
        let label =
            |n: &String| lanes.iter().find(|l| l.id == *n || l.label.eq_ignore_ascii_case(n)).map_or(n.clone(), |l| l.label.clone());
        parts.push(format!("lanes {}", names.iter().map(label).collect::<Vec<_>>().join(", ")));
    }
    if sel.events.is_some() {
        parts.push("as filtered in the window".into());
    }
    if sel.reviewed_only {
        parts.push("reviewed events only".into());
    } else if entries.iter().any(|x| x.draft) {
        parts.push("drafts (not yet reviewed) marked".into());
    }
    parts.push(format!("dates as known, times in {}", sel.zone.label()));
    Heading { title, summary: parts.join(" · ") }
}

/// The formats a chronology is written in, by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    /// TimelineJS3 JSON, for an interactive timeline (see `timelinejs`).
    TimelineJs,
    /// A Word document with the citations as footnotes (see `docx`).
    Docx,
}

impl Format {
    pub fn from_path(p: &std::path::Path) -> Option<Self> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::TimelineJs),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }
}

/// The chronology as the bytes of a file in `format` (UTF-8 text but for DOCX).
pub fn render(format: Format, heading: &Heading, entries: &[Entry]) -> Vec<u8> {
    match format {
        Format::Markdown => markdown::write(heading, entries).into_bytes(),
        Format::Html => html::write(heading, entries).into_bytes(),
        Format::Csv => csv::write(entries).into_bytes(),
        Format::TimelineJs => timelinejs::write(heading, entries).into_bytes(),
        Format::Docx => docx::write(heading, entries),
    }
}

/// The chronology as Markdown text (for the clipboard).
pub fn render_markdown(heading: &Heading, entries: &[Entry]) -> String {
    markdown::write(heading, entries)
}

/// "Reuters, “Title”, published 24 Mar 2022, ¶3: “quote” <url>"
pub fn citation_text(c: &Citation) -> String {
    let mut s = String::new();
    if let Some(o) = &c.outlet {
        s.push_str(o);
        s.push_str(", ");
    }
    s.push_str(&format!("“{}”", c.article_title.trim()));
    if let Some(p) = &c.published {
        s.push_str(&format!(", published {p}"));
    }
    s.push_str(&format!(", ¶{}: “{}”", c.paragraph, c.quote.trim()));
    s
}

/// "2 sources (1 independent)", with disagreement.
pub fn sources_text(x: &Entry) -> String {
    let mut s = if x.sources == 1 {
        "1".to_owned()
    } else if x.independent == x.sources {
        format!("{}", x.sources)
    } else {
        format!("{} ({} independent)", x.sources, x.independent)
    };
    if x.contradicted {
        s.push_str(", disagree");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_sample;

    #[test]
    fn the_sample_in_time_order_with_every_citation() {
        let data = load_sample();
        let all = entries(&data, &Selection::default()).unwrap();
        assert_eq!(all.len(), data.dataset.events.len());
        let spans: Vec<Option<i64>> =
            all.iter().map(|x| data.index.spans[data.index.event_ids[&x.id] as usize].get().map(|s| s.lo)).collect();
        let dated = spans.iter().take_while(|s| s.is_some()).count();
        assert!(spans[dated..].iter().all(Option::is_none), "undated events last");
        assert!(spans[..dated].windows(2).all(|w| w[0] <= w[1]), "time order");
        let stolt = all.iter().find(|x| x.id == "S000-01").unwrap();
        assert_eq!(stolt.date, "Thu 24 Mar 2022");
        assert_eq!(stolt.citations[0].paragraph, 1);
        assert!(stolt.citations[0].quote.starts_with("NATO Secretary-General Jens Stoltenberg said on Thursday"));
        assert_eq!(stolt.citations[0].published.as_deref(), Some("24 Mar 2022"));
    }

    #[test]
    fn range_lanes_and_review_narrow_it() {
        let data = load_sample();
        let from = crate::export::request::parse_from("2022-03-25").unwrap();
        let sel = Selection { from: Some(from), lanes: Some(vec!["us".into()]), ..Default::default() };
        let some = entries(&data, &sel).unwrap();
        assert!(!some.is_empty() && some.iter().all(|x| x.lane == "US"));
        assert!(some.iter().all(|x| x.date.contains("25 Mar")), "{:?}", some.iter().map(|x| &x.date).collect::<Vec<_>>());
        // The heading gives the range asked for, not only the events' own.
        let to = crate::export::request::parse_to("2022-03-31").unwrap();
        let asked = heading(&data, &some, &Selection { to: Some(to), ..sel.clone() });
        assert!(asked.summary.starts_with("25–31 Mar 2022 · "), "{}", asked.summary);
        let err = entries(&data, &Selection { lanes: Some(vec!["mars".into()]), ..Default::default() }).unwrap_err();
        assert!(err.contains("unknown lane `mars`"), "{err}");
        let mut drafty = data.clone();
        drafty.dataset.events[0].draft = Some(true);
        let reviewed = entries(&drafty, &Selection { reviewed_only: true, ..Default::default() }).unwrap();
        assert_eq!(reviewed.len(), data.dataset.events.len() - 1);
    }
}
