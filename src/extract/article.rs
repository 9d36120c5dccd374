//! One article file → checked text → `Article` and draft `Event` records.

use super::events::{Draft, extract_paragraphs};
use super::gazetteer::Gazetteer;
use super::published::Published;
use crate::model::encoding;
use crate::model::paragraphs::split_paragraphs;
use crate::model::time::parse_instant;
use crate::model::{Article, Event, EventRare, Precision, Source};
use chrono::NaiveDate;

/// A title line longer than this is a body paragraph: the file has no title.
pub const MAX_TITLE_CHARS: usize = 300;

/// What the user says about an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleMeta {
    pub id: String,
    pub published: Published,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

/// Why a file cannot be used (an article, a gazetteer): the file as given and
/// what is wrong with it, shown as "file: message".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Checks that `bytes` are a plain-text article: UTF-8 text (a BOM is
/// dropped), not binary, not empty, a one-line title, then at least one paragraph.
pub fn article_text(file: &str, bytes: &[u8]) -> Result<String, InputError> {
    let text = decode_text(file, bytes)?;
    check_article(file, &text)?;
    Ok(text)
}

/// `bytes` as text: UTF-8 (a BOM is dropped), not binary.
pub fn decode_text(file: &str, bytes: &[u8]) -> Result<String, InputError> {
    let err = |message: String| InputError { file: file.to_owned(), message };
    let bytes = encoding::strip_utf8_bom(bytes);
    if let Some(other) = encoding::other_unicode(bytes) {
        return Err(err(encoding::other_unicode_message(other)));
    }
    if bytes.contains(&0) {
        return Err(err("is a binary file (it contains NUL bytes), not a plain-text article".to_owned()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = encoding::line_col(bytes, e.valid_up_to());
        err(format!("is not UTF-8 text: invalid byte at line {line}, column {col}; save it as UTF-8 and try again"))
    })?;
    let controls = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    if controls * 100 > text.chars().count().max(1) {
        return Err(err(format!("looks like a binary file ({controls} control characters), not a plain-text article")));
    }
    Ok(text.to_owned())
}

/// Checks that `text` is an article: a one-line title, then at least one paragraph.
pub fn check_article(file: &str, text: &str) -> Result<(), InputError> {
    let err = |message: String| InputError { file: file.to_owned(), message };
    let paragraphs = split_paragraphs(text);
    let Some(title) = paragraphs.first() else {
        return Err(err("is empty: an article is a title line, a blank line, then paragraphs".to_owned()));
    };
    if title.contains('\n') {
        return Err(err(format!(
            "has no title line: it starts with a {}-line paragraph; put the title alone on the first line, then a blank line",
            title.lines().count()
        )));
    }
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(err(format!(
            "has no title line: its first line is {} characters long (a title has at most {MAX_TITLE_CHARS}); put the title alone on the first line",
            title.chars().count()
        )));
    }
    if paragraphs.len() < 2 {
        return Err(err("has a title but no paragraphs after it".to_owned()));
    }
    Ok(())
}

/// `2022-03-24` (a date-time counts as its UTC date).
pub fn parse_published(text: &str) -> Result<NaiveDate, String> {
    let i = parse_instant(text).map_err(|e| format!("publication date {e}"))?;
    let d = crate::model::time::utc(i.secs).date_naive();
    Ok(d)
}

/// An article id from a file name: its name without the extension.
pub fn article_id(path: &std::path::Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).filter(|s| !s.is_empty()).unwrap_or_else(|| "article".to_owned())
}

/// The article record and its draft events (ids `<article>-x01`, …). Drafts
/// dated from a guessed publication date say so in their notes.
pub fn extract_article(text: &str, meta: &ArticleMeta, g: &Gazetteer) -> (Article, Vec<Event>) {
    let paragraphs = split_paragraphs(text);
    let published = meta.published.date;
    let mut drafts = extract_paragraphs(&paragraphs, published, g);
    if meta.published.is_guess() {
        flag_guessed_dates(&mut drafts, &paragraphs, &meta.published, g);
    }
    let article = Article {
        id: meta.id.clone(),
        title: paragraphs.first().cloned().unwrap_or_default(),
        outlet: meta.outlet.clone(),
        url: meta.url.clone(),
        published: Some(published.format("%Y-%m-%d").to_string()),
        published_from: meta.published.describe(),
        paragraphs,
        extra: Default::default(),
    };
    let events = drafts.into_iter().enumerate().map(|(i, d)| to_event(&meta.id, i + 1, d, g)).collect();
    (article, events)
}

/// A draft's date depends on the publication date when extracting from
/// another one (a year and a month later: another weekday too) moves it; those
/// are the dates a wrong guess would make wrong.
fn flag_guessed_dates(drafts: &mut [Draft], paragraphs: &[String], published: &Published, g: &Gazetteer) {
    let Some(other) = published.date.checked_add_days(chrono::Days::new(400)) else { return };
    let moved = extract_paragraphs(paragraphs, other, g);
    let why = published.describe().unwrap_or_default();
    for d in drafts.iter_mut() {
        let same = moved.iter().find(|m| m.paragraph == d.paragraph && m.quote == d.quote);
        if same.is_none_or(|m| m.date.start != d.date.start || m.date.end != d.date.end) {
            d.notes = format!("Dated from a guessed publication date, {}: {why}. Check it. {}", published.date, d.notes);
        }
    }
}

fn to_event(article: &str, n: usize, d: Draft, g: &Gazetteer) -> Event {
    let iso = |x: NaiveDate| x.format("%Y-%m-%d").to_string();
    Event {
        id: format!("{article}-x{n:02}").into(),
        lane: g.lanes[d.lane].id.as_str().into(),
        title: d.title.into(),
        actor: d.actor.map(Into::into),
        kind: d.kind,
        start: Some(iso(d.date.start).into()),
        end: if d.date.precision == Precision::Range { d.date.end.map(|d| iso(d).into()) } else { None },
        precision: d.date.precision,
        verification: d.verification,
        sources: vec![Source { article: article.into(), paragraph: d.paragraph, quote: d.quote.into(), ..Default::default() }],
        draft: Some(true),
        time_cue: d.date.cue.map(Into::into),
        rare: EventRare { notes: Some(d.notes), ..Default::default() }.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_an_article() {
        let e = |b: &[u8]| article_text("a.txt", b).unwrap_err().message;
        assert!(e(b"").starts_with("is empty"));
        assert!(e(b"\n \n\t\n").starts_with("is empty"));
        assert!(e(b"Title\x00\x01\x02\n\nBody").contains("binary"));
        assert_eq!(e(b"Title\n\nBody \xff here"), "is not UTF-8 text: invalid byte at line 3, column 6; save it as UTF-8 and try again");
        assert!(e(b"First line of a body\nsecond line\n\nMore.").starts_with("has no title line: it starts with a 2-line paragraph"));
        assert!(e("x".repeat(400).as_bytes()).starts_with("has no title line: its first line is 400 characters"));
        assert!(e(b"Just a title\n").contains("no paragraphs"));
        assert_eq!(article_text("a.txt", b"\xEF\xBB\xBFTitle\n\nBody.").unwrap(), "Title\n\nBody.");
    }

    #[test]
    fn publication_dates() {
        assert_eq!(parse_published("2022-03-24"), Ok(NaiveDate::from_ymd_opt(2022, 3, 24).unwrap()));
        assert_eq!(parse_published("2022-03-24T23:30:00-02:00"), Ok(NaiveDate::from_ymd_opt(2022, 3, 25).unwrap()));
        assert!(parse_published("24/03/2022").unwrap_err().contains("not an ISO 8601 date"));
        assert!(parse_published("2022-02-30").unwrap_err().contains("not a real calendar date"));
    }

    #[test]
    fn events_are_valid_drafts_quoting_their_paragraph() {
        let text =
            "Title line\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that NATO allies had agreed to help.\n\nLeave a Reply";
        let meta = ArticleMeta {
            id: "a1".into(),
            published: Published::given(NaiveDate::from_ymd_opt(2022, 3, 24).unwrap()),
            outlet: None,
            url: None,
        };
        let (article, events) = extract_article(text, &meta, &Gazetteer::builtin());
        assert_eq!(article.paragraphs.len(), 3);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!((e.id.as_str(), e.lane.as_str(), e.kind, e.draft), ("a1-x01", "nato", crate::model::Kind::Decision, Some(true)));
        assert_eq!((e.start.as_deref(), e.precision, e.time_cue.as_deref()), (Some("2022-03-24"), Precision::Day, Some("on Thursday")));
        assert!(article.paragraphs[e.sources[0].paragraph].contains(&*e.sources[0].quote));
    }

    #[test]
    fn odd_text_neither_hangs_nor_panics() {
        // "5.a." once stalled the tokenizer; huge day counts overflowed the calendar.
        let text = "Title line\n\nUnder Section 5.a. of the treaty, Russia said 100000000 days ago that it would comply.\n\nThe Kremlin said 900000 days ago it agreed.";
        let meta = ArticleMeta {
            id: "odd".into(),
            published: Published::given(NaiveDate::from_ymd_opt(2022, 3, 24).unwrap()),
            outlet: None,
            url: None,
        };
        let (article, events) = extract_article(text, &meta, &Gazetteer::builtin());
        assert_eq!(article.paragraphs.len(), 3);
        let ds = crate::model::Dataset {
            lanes: super::super::dataset::new_dataset(&Gazetteer::builtin(), vec![]).lanes,
            articles: vec![article],
            events: events.into_iter().map(Box::new).collect(),
            ..Default::default()
        };
        assert!(crate::model::validate::validate(&ds).is_ok(), "the drafts are valid");
    }
}
