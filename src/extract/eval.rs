//! `chronolens eval`: extraction against reference events (the format of
//! shared/gold/seed_events.json): precision, recall and date accuracy.

use super::article::{ArticleMeta, article_id, article_text, extract_article, parse_published};
use super::gazetteer::Gazetteer;
use crate::model::time::parse_instant;
use crate::model::{Event, Precision};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// The longest extracted range (in days) whose date can count as right.
pub const MAX_RIGHT_DAYS: i64 = 7;

/// What the reference says about when an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// day: that day; day_ambiguous / range: one of the days from..=to.
    Days(NaiveDate, NaiveDate),
    /// before_dct / on_or_before: on or before this day, nothing known before.
    OnOrBefore(NaiveDate),
    /// none: no date.
    Undated,
}

#[derive(Debug, Clone)]
pub struct GoldEvent {
    pub id: String,
    pub article: String,
    pub paragraph: usize,
    pub lane: String,
    pub quote: String,
    pub reference: Reference,
}

/// Extracted days: first (None = open start) and last.
pub type DayRange = (Option<NaiveDate>, NaiveDate);

/// Is an extracted date right? `None`: the reference has no date.
pub fn date_right(reference: Reference, extracted: Option<DayRange>) -> Option<bool> {
    let short = |(lo, hi): DayRange| lo.is_some_and(|lo| (hi - lo).num_days() < MAX_RIGHT_DAYS);
    match reference {
        Reference::Undated => None,
        Reference::Days(a, b) => Some(extracted.is_some_and(|x| short(x) && x.0.is_some_and(|lo| lo <= a) && x.1 >= b)),
        Reference::OnOrBefore(d) => Some(extracted.is_some_and(|x| x.1 == d && (x.0.is_none() || short(x)))),
    }
}

/// How the report explains its date rule (printed in its header).
pub const DATE_RULE: &str = "\
date right: the extracted range is at most 7 days long (an open \"on or before\" range only where the reference is open too) and
  - reference day / day_ambiguous / range [from, to]: it contains every reference day (the true date may be any of them);
  - reference before_dct / on_or_before D (nothing known before D): it ends on D;
  - reference none: not counted. date accuracy = date right / matched events whose reference has a date.";

/// The days an event's record covers.
pub fn event_days(e: &Event) -> Option<DayRange> {
    let day = |s: &Option<String>| s.as_deref().and_then(|x| parse_instant(x).ok()).map(|i| crate::model::time::utc(i.secs).date_naive());
    let start = day(&e.start)?;
    let dated = super::dates::Dated { start, end: day(&e.end), precision: e.precision, cue: None, how: String::new() };
    match e.precision {
        Precision::Unknown => None,
        Precision::Minute | Precision::Hour | Precision::Day => Some((Some(start), day(&e.end).unwrap_or(start))),
        _ => Some(dated.days()),
    }
}

/// Reads a gold file: `{"events": [{"article", "paragraph", "actor_lane", "quote", "date_start", "date_end", "date_precision"}]}`.
pub fn load_gold(path: &Path) -> Result<Vec<GoldEvent>, String> {
    let name = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{name}: JSON syntax error at line {}, column {}: {e}", e.line(), e.column()))?;
    let events = v.get("events").and_then(|e| e.as_array()).ok_or_else(|| format!("{name}: no `events` list"))?;
    let mut out = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let id = e.get("id").and_then(|x| x.as_str()).unwrap_or("").to_owned();
        let at = |field: &str, msg: &str| format!("{name}: events[{i}] \"{id}\", field `{field}`: {msg}");
        let s = |field: &str| e.get(field).and_then(|x| x.as_str()).map(str::to_owned);
        let date = |field: &str| -> Result<Option<NaiveDate>, String> {
            match s(field) {
                None => Ok(None),
                Some(x) => parse_published(&x).map(Some).map_err(|m| at(field, &m)),
            }
        };
        let (from, to) = (date("date_start")?, date("date_end")?);
        let precision = s("date_precision").unwrap_or_else(|| "none".to_owned());
        let reference = match (precision.as_str(), from, to) {
            ("none", _, _) => Reference::Undated,
            ("day", Some(d), _) | ("day", None, Some(d)) => Reference::Days(d, d),
            ("day_ambiguous" | "range", Some(a), Some(b)) if a <= b => Reference::Days(a, b),
            ("before_dct" | "on_or_before", _, Some(d)) => Reference::OnOrBefore(d),
            _ => {
                return Err(at("date_precision", &format!("`{precision}` with date_start {from:?} and date_end {to:?} is not understood")));
            }
        };
        out.push(GoldEvent {
            id: id.clone(),
            article: s("article").ok_or_else(|| at("article", "is missing"))?,
            paragraph: e.get("paragraph").and_then(|x| x.as_u64()).ok_or_else(|| at("paragraph", "must be a number"))? as usize,
            lane: s("actor_lane").ok_or_else(|| at("actor_lane", "is missing"))?,
            quote: s("quote").unwrap_or_default(),
            reference,
        });
    }
    Ok(out)
}

/// Reads a publication-date sidecar: `{"file.txt": "2022-03-24"}`; keys
/// starting with `_` are comments.
pub fn load_published(path: &Path) -> Result<BTreeMap<String, NaiveDate>, String> {
    let name = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: cannot be read: {e}"))?;
    let v: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| format!("{name}: JSON error at line {}, column {}: {e}", e.line(), e.column()))?;
    let mut out = BTreeMap::new();
    for (k, val) in v.iter().filter(|(k, _)| !k.starts_with('_')) {
        let d = val.as_str().ok_or_else(|| format!("{name}: \"{k}\" must be a date string"))?;
        out.insert(k.clone(), parse_published(d).map_err(|m| format!("{name}: \"{k}\": {m}"))?);
    }
    Ok(out)
}

/// Scores of one article (or all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    pub gold: usize,
    pub extracted: usize,
    pub matched: usize,
    /// Matched events whose reference has a date.
    pub dated: usize,
    pub date_right: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.extracted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.date_right, self.dated)
    }
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.extracted += o.extracted;
        self.matched += o.matched;
        self.dated += o.dated;
        self.date_right += o.date_right;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One line of the details: a pair, a miss or an extra.
#[derive(Debug, Clone)]
pub struct Line {
    pub gold: Option<String>,
    pub event: Option<String>,
    pub paragraph: usize,
    pub lane: String,
    pub date_right: Option<bool>,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct ArticleReport {
    pub article: String,
    pub published: NaiveDate,
    pub score: Score,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    pub overall: Score,
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (words(a), words(b));
    ratio(x.intersection(&y).count(), x.union(&y).count())
}

/// Pairs gold and extracted events of one article one-to-one: same paragraph and
/// lane; within such a group the most similar quotes pair first.
pub fn match_events(gold: &[GoldEvent], events: &[Event], g: &Gazetteer) -> Vec<(usize, usize)> {
    let lane_agrees =
        |gl: &str, id: &str| gl.eq_ignore_ascii_case(id) || g.lane_index(id).is_some_and(|l| g.lanes[l].label.eq_ignore_ascii_case(gl));
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, ge) in gold.iter().enumerate() {
        for (ei, e) in events.iter().enumerate() {
            if e.sources.first().is_some_and(|s| s.paragraph == ge.paragraph) && lane_agrees(&ge.lane, &e.lane) {
                pairs.push((similarity(&ge.quote, &e.sources[0].quote), gi, ei));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_e, mut out) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, gi, ei) in pairs {
        if !used_g.contains(&gi) && !used_e.contains(&ei) {
            used_g.insert(gi);
            used_e.insert(ei);
            out.push((gi, ei));
        }
    }
    out.sort();
    out
}

/// Scores one article's extracted events against its gold events.
pub fn score_article(gold: &[GoldEvent], events: &[Event], g: &Gazetteer) -> (Score, Vec<Line>) {
    let pairs = match_events(gold, events, g);
    let mut score = Score { gold: gold.len(), extracted: events.len(), matched: pairs.len(), ..Score::default() };
    let mut lines = Vec::new();
    let quote = |e: &Event| e.sources.first().map(|s| s.quote.chars().take(60).collect::<String>()).unwrap_or_default();
    for &(gi, ei) in &pairs {
        let right = date_right(gold[gi].reference, event_days(&events[ei]));
        if let Some(r) = right {
            score.dated += 1;
            score.date_right += r as usize;
        }
        let e = &events[ei];
        let when = format!(
            "{} {}{}",
            e.precision.name(),
            e.start.as_deref().unwrap_or(""),
            e.end.as_deref().map(|x| format!("..{x}")).unwrap_or_default()
        );
        lines.push(Line {
            gold: Some(gold[gi].id.clone()),
            event: Some(e.id.clone()),
            paragraph: gold[gi].paragraph,
            lane: gold[gi].lane.clone(),
            date_right: right,
            text: format!("{when} vs {:?} | {}", gold[gi].reference, quote(e)),
        });
    }
    for (_, ge) in gold.iter().enumerate().filter(|(gi, _)| !pairs.iter().any(|p| p.0 == *gi)) {
        lines.push(Line {
            gold: Some(ge.id.clone()),
            event: None,
            paragraph: ge.paragraph,
            lane: ge.lane.clone(),
            date_right: None,
            text: ge.quote.chars().take(60).collect(),
        });
    }
    for (_, e) in events.iter().enumerate().filter(|(ei, _)| !pairs.iter().any(|p| p.1 == *ei)) {
        let para = e.sources.first().map_or(0, |s| s.paragraph);
        lines.push(Line { gold: None, event: Some(e.id.clone()), paragraph: para, lane: e.lane.clone(), date_right: None, text: quote(e) });
    }
    (score, lines)
}

/// Extracts every article the gold file names (from `dir`) and scores it.
pub fn evaluate(gold_path: &Path, dir: &Path, published: &BTreeMap<String, NaiveDate>, g: &Gazetteer) -> Result<Report, String> {
    let gold = load_gold(gold_path)?;
    let mut names: Vec<&str> = gold.iter().map(|e| e.article.as_str()).collect();
    names.sort();
    names.dedup();
    let mut report = Report { articles: Vec::new(), overall: Score::default() };
    for name in names {
        let path = dir.join(name);
        let date = *published.get(name).ok_or_else(|| {
            format!(
                "{}: no publication date; give --published {name}=YYYY-MM-DD or list it in {}",
                path.display(),
                dir.join("published.json").display()
            )
        })?;
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        let text = article_text(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
        let meta = ArticleMeta { id: article_id(&path), published: date, outlet: None, url: None };
        let (_, events) = extract_article(&text, &meta, g);
        let own: Vec<GoldEvent> = gold.iter().filter(|e| e.article == name).cloned().collect();
        let (score, lines) = score_article(&own, &events, g);
        report.overall.add(&score);
        report.articles.push(ArticleReport { article: name.to_owned(), published: date, score, lines });
    }
    Ok(report)
}

/// The printed report; `details` adds every pair, miss (-) and extra (+).
pub fn format_report(r: &Report, gold: &str, dir: &str, details: bool) -> String {
    let mut out = format!("chronolens eval: {gold} against the articles in {dir}\n");
    out.push_str("match: same article, paragraph and lane, one-to-one (within a paragraph and lane, the most similar quotes pair first)\n");
    out.push_str(DATE_RULE);
    out.push_str("\n\n");
    let row = |name: &str, published: &str, s: &Score| {
        format!(
            "{name:<28} {published:<10} {:>4} {:>9} {:>7} {:>9.3} {:>6.3} {:>5} {:>10} {:>8.3}\n",
            s.gold,
            s.extracted,
            s.matched,
            s.precision(),
            s.recall(),
            s.dated,
            s.date_right,
            s.date_accuracy()
        )
    };
    out.push_str(&format!(
        "{:<28} {:<10} {:>4} {:>9} {:>7} {:>9} {:>6} {:>5} {:>10} {:>8}\n",
        "article", "published", "gold", "extracted", "matched", "precision", "recall", "dated", "date right", "date acc"
    ));
    for a in &r.articles {
        out.push_str(&row(&a.article, &a.published.to_string(), &a.score));
    }
    out.push_str(&row("overall", "", &r.overall));
    if details {
        for a in &r.articles {
            out.push_str(&format!("\n{}\n", a.article));
            for l in &a.lines {
                let mark = match (&l.gold, &l.event, l.date_right) {
                    (Some(_), Some(_), Some(true)) => "= date ok ",
                    (Some(_), Some(_), Some(false)) => "= DATE OFF",
                    (Some(_), Some(_), None) => "= undated ",
                    (Some(_), None, _) => "- missed  ",
                    _ => "+ extra   ",
                };
                let ids = format!("{} {}", l.gold.as_deref().unwrap_or("-"), l.event.as_deref().unwrap_or("-"));
                out.push_str(&format!("  {mark} p{:<2} {:<20} {ids:<30} {}\n", l.paragraph, l.lane, l.text));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn date_rules() {
        let day = Reference::Days(d("2022-03-24"), d("2022-03-24"));
        assert_eq!(date_right(day, Some((Some(d("2022-03-24")), d("2022-03-24")))), Some(true));
        assert_eq!(date_right(day, Some((Some(d("2022-03-21")), d("2022-03-27")))), Some(true), "a week containing it");
        assert_eq!(date_right(day, Some((Some(d("2022-03-20")), d("2022-03-27")))), Some(false), "8 days is too long");
        assert_eq!(date_right(day, Some((None, d("2022-03-24")))), Some(false), "open ranges are never right for a dated reference");
        assert_eq!(date_right(day, None), Some(false));
        let amb = Reference::Days(d("2022-03-23"), d("2022-03-24"));
        // The true date is one of the reference days: only a range holding them all is surely right.
        assert_eq!(date_right(amb, Some((Some(d("2022-03-23")), d("2022-03-24")))), Some(true));
        assert_eq!(date_right(amb, Some((Some(d("2022-03-22")), d("2022-03-25")))), Some(true));
        assert_eq!(date_right(amb, Some((Some(d("2022-03-24")), d("2022-03-24")))), Some(false), "more precise than known");
        assert_eq!(date_right(amb, Some((Some(d("2022-03-25")), d("2022-03-25")))), Some(false));
        let before = Reference::OnOrBefore(d("2022-03-24"));
        assert_eq!(date_right(before, Some((None, d("2022-03-24")))), Some(true));
        assert_eq!(date_right(before, Some((None, d("2022-03-28")))), Some(false));
        assert_eq!(date_right(before, Some((Some(d("2022-03-21")), d("2022-03-24")))), Some(true));
        assert_eq!(date_right(before, Some((Some(d("2022-03-21")), d("2022-03-22")))), Some(false));
        assert_eq!(date_right(Reference::Undated, None), None);
    }

    fn gold(id: &str, paragraph: usize, lane: &str, quote: &str) -> GoldEvent {
        GoldEvent {
            id: id.into(),
            article: "a.txt".into(),
            paragraph,
            lane: lane.into(),
            quote: quote.into(),
            reference: Reference::Undated,
        }
    }

    fn event(id: &str, paragraph: usize, lane: &str, quote: &str) -> Event {
        Event {
            id: id.into(),
            lane: lane.into(),
            sources: vec![crate::model::Source { article: "a".into(), paragraph, quote: quote.into(), extra: Default::default() }],
            ..Default::default()
        }
    }

    #[test]
    fn matching_is_one_to_one_by_paragraph_and_lane_label() {
        let g = Gazetteer::builtin();
        let golds = [
            gold("g1", 1, "NATO", "Stoltenberg said this"),
            gold("g2", 1, "NATO", "He said that"),
            gold("g3", 2, "Ukrainian officials", "x"),
        ];
        let events = [
            event("e1", 1, "nato", "He said that"),
            event("e2", 1, "nato", "Stoltenberg said this"),
            event("e3", 1, "nato", "more"),
            event("e4", 2, "russia", "x"),
        ];
        assert_eq!(match_events(&golds, &events, &g), [(0, 1), (1, 0)]);
        let (s, _) = score_article(&golds, &events, &g);
        assert_eq!((s.gold, s.extracted, s.matched), (3, 4, 2));
        assert_eq!((s.precision(), s.recall()), (0.5, 2.0 / 3.0));
    }

    #[test]
    fn event_days_follow_the_model_precisions() {
        let mut e = event("e", 1, "nato", "q");
        e.start = Some("2022-03-21".into());
        e.precision = Precision::Week;
        assert_eq!(event_days(&e), Some((Some(d("2022-03-21")), d("2022-03-27"))));
        e.precision = Precision::Before;
        assert_eq!(event_days(&e), Some((None, d("2022-03-21"))));
        e.precision = Precision::Range;
        e.end = Some("2022-03-23".into());
        assert_eq!(event_days(&e), Some((Some(d("2022-03-21")), d("2022-03-23"))));
    }
}
