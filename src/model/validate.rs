//! Checks that a parsed dataset means something: every reference resolves,
//! every quote is really in its paragraph, every date is a real date.

use super::problem::Problem;
use super::time::{Instant, Span, event_span, parse_instant};
use super::types::{Dataset, Event};
use std::collections::HashMap;

/// What validation learned about each event, for the index.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub lane_of: Vec<u16>,
    /// `None`: undated.
    pub spans: Vec<Option<Span>>,
    pub lane_ids: HashMap<String, u16>,
    pub article_ids: HashMap<String, u32>,
}

/// Stops collecting after this many problems: a broken million-event file
/// should not produce a million messages.
const PROBLEM_CAP: usize = 10_000;

pub fn record_name(kind: &str, i: usize, id: &str) -> String {
    if id.is_empty() { format!("{kind}[{i}]") } else { format!("{kind}[{i}] \"{id}\"") }
}

pub fn validate(ds: &Dataset) -> Result<Resolved, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut lane_ids = HashMap::with_capacity(ds.lanes.len());
    if ds.lanes.is_empty() {
        problems.push(Problem::new("lanes", "", "there must be at least one lane"));
    }
    if ds.lanes.len() > u16::MAX as usize {
        problems.push(Problem::new("lanes", "", format!("{} lanes is more than the {} supported", ds.lanes.len(), u16::MAX)));
    }
    for (i, lane) in ds.lanes.iter().enumerate() {
        let rec = || record_name("lanes", i, &lane.id);
        if lane.id.trim().is_empty() {
            problems.push(Problem::new(rec(), "id", "must not be empty"));
        } else if lane_ids.insert(lane.id.clone(), i as u16).is_some() {
            problems.push(Problem::new(rec(), "id", format!("duplicate lane id \"{}\"", lane.id)));
        }
        if let Some(c) = &lane.color
            && parse_hex_color(c).is_none()
        {
            problems.push(Problem::new(rec(), "color", format!("`{c}` is not a #rrggbb colour")));
        }
    }

    let mut article_ids = HashMap::with_capacity(ds.articles.len());
    for (i, a) in ds.articles.iter().enumerate() {
        let rec = || record_name("articles", i, &a.id);
        if a.id.trim().is_empty() {
            problems.push(Problem::new(rec(), "id", "must not be empty"));
        } else if article_ids.insert(a.id.clone(), i as u32).is_some() {
            problems.push(Problem::new(rec(), "id", format!("duplicate article id \"{}\"", a.id)));
        }
        if let Some(p) = &a.published
            && let Err(e) = parse_instant(p)
        {
            problems.push(Problem::new(rec(), "published", e));
        }
        if a.paragraphs.is_empty() {
            problems.push(Problem::new(rec(), "paragraphs", "must hold at least the title line (paragraph 0)"));
        }
    }

    let mut event_ids: HashMap<&str, usize> = HashMap::with_capacity(ds.events.len());
    let mut resolved = Resolved {
        lane_of: Vec::with_capacity(ds.events.len()),
        spans: Vec::with_capacity(ds.events.len()),
        lane_ids: HashMap::new(),
        article_ids: HashMap::new(),
    };
    for (i, ev) in ds.events.iter().enumerate() {
        if problems.len() >= PROBLEM_CAP {
            break;
        }
        let rec = || record_name("events", i, &ev.id);
        if ev.id.trim().is_empty() {
            problems.push(Problem::new(rec(), "id", "must not be empty"));
        } else if let Some(first) = event_ids.insert(&ev.id, i) {
            problems.push(Problem::new(rec(), "id", format!("duplicate event id (first used by events[{first}])")));
        }
        match lane_ids.get(&ev.lane) {
            Some(&l) => resolved.lane_of.push(l),
            None => {
                problems.push(Problem::new(rec(), "lane", format!("unknown lane \"{}\"", ev.lane)));
                resolved.lane_of.push(0);
            }
        }
        if ev.title.trim().is_empty() {
            problems.push(Problem::new(rec(), "title", "must not be empty"));
        }
        resolved.spans.push(check_dates(ev, &rec, &mut problems));
        check_sources(ds, ev, &article_ids, &rec, &mut problems);
    }
    if problems.is_empty() {
        resolved.lane_ids = lane_ids;
        resolved.article_ids = article_ids;
        Ok(resolved)
    } else {
        Err(problems)
    }
}

fn check_dates(ev: &Event, rec: &dyn Fn() -> String, problems: &mut Vec<Problem>) -> Option<Span> {
    let parse = |field: &str, v: &Option<String>, problems: &mut Vec<Problem>| -> Result<Option<Instant>, ()> {
        match v.as_deref().map(parse_instant) {
            None => Ok(None),
            Some(Ok(t)) => Ok(Some(t)),
            Some(Err(e)) => {
                problems.push(Problem::new(rec(), field, e));
                Err(())
            }
        }
    };
    let start = parse("start", &ev.start, problems);
    let end = parse("end", &ev.end, problems);
    let (Ok(start), Ok(end)) = (start, end) else { return None };
    match event_span(ev.precision, start, end) {
        Ok(span) => span,
        Err(e) => {
            let field = match e {
                super::time::SpanError::MissingStart => "start",
                super::time::SpanError::OutOfRange => "start",
                _ => "end",
            };
            problems.push(Problem::new(rec(), field, e.to_string()));
            None
        }
    }
}

fn check_sources(ds: &Dataset, ev: &Event, article_ids: &HashMap<String, u32>, rec: &dyn Fn() -> String, problems: &mut Vec<Problem>) {
    if ev.sources.is_empty() {
        problems.push(Problem::new(rec(), "sources", "every event needs at least one source"));
    }
    for (k, s) in ev.sources.iter().enumerate() {
        let Some(&a) = article_ids.get(&s.article) else {
            problems.push(Problem::new(rec(), format!("sources[{k}].article"), format!("unknown article \"{}\"", s.article)));
            continue;
        };
        let article = &ds.articles[a as usize];
        let Some(paragraph) = article.paragraphs.get(s.paragraph) else {
            problems.push(Problem::new(
                rec(),
                format!("sources[{k}].paragraph"),
                format!(
                    "paragraph {} is out of range: article \"{}\" has paragraphs 0 to {}",
                    s.paragraph,
                    article.id,
                    article.paragraphs.len().saturating_sub(1)
                ),
            ));
            continue;
        };
        if s.quote.trim().is_empty() {
            problems.push(Problem::new(rec(), format!("sources[{k}].quote"), "must not be empty"));
        } else if !paragraph.contains(s.quote.as_str()) {
            let elsewhere = article.paragraphs.iter().position(|p| p.contains(s.quote.as_str()));
            let hint = match elsewhere {
                Some(j) => format!(" (it is in paragraph {j})"),
                None => String::new(),
            };
            problems.push(Problem::new(
                rec(),
                format!("sources[{k}].quote"),
                format!("quote not found in paragraph {} of article \"{}\"{hint}", s.paragraph, article.id),
            ));
        }
    }
}

/// `#rrggbb` → rgb.
pub fn parse_hex_color(s: &str) -> Option<[u8; 3]> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}
