//! Checks that a parsed dataset means something: every reference resolves,
//! every quote is really in its paragraph, every date is a real date.

use super::index::{EventIds, EventIndex, FastMap, hash_str};
use super::problem::{Problem, clip};
use super::time::{Instant, OptSpan, Span, event_span, parse_instant};
use super::types::{Dataset, Event, SmallText, Source};
use std::collections::HashMap;

/// What validation learned about each event, for the index.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub lane_of: Vec<u16>,
    /// `get()` is `None`: undated.
    pub spans: Vec<OptSpan>,
    pub lane_ids: HashMap<String, u16>,
    pub article_ids: HashMap<String, u32>,
    /// Built while checking that ids are unique (the index builds it otherwise).
    pub event_ids: Option<EventIds>,
    /// The article number of every source, event after event (the index
    /// looks them up otherwise).
    pub cited: Option<Vec<u32>>,
}

/// Stops collecting after this many problems: a broken million-event file
/// should not produce a million messages.
const PROBLEM_CAP: usize = 10_000;

pub fn record_name(kind: &str, i: usize, id: &str) -> String {
    if id.is_empty() { format!("{kind}[{i}]") } else { format!("{kind}[{i}] \"{}\"", clip(id)) }
}

/// Checks `ds`. A valid dataset is checked on every CPU at once; any problem
/// at all sends it through the one-thread pass that names every problem.
pub fn validate(ds: &Dataset) -> Result<Resolved, Vec<Problem>> {
    validate_cancellable(ds, &|| false)
}

/// `validate` that stops soon after `cancelled` turns true (then its result
/// means nothing: the caller checks `cancelled` first).
pub fn validate_cancellable(ds: &Dataset, cancelled: &(dyn Fn() -> bool + Sync)) -> Result<Resolved, Vec<Problem>> {
    if let Some(resolved) = validate_valid(ds, cancelled) {
        return Ok(resolved);
    }
    if cancelled() {
        return Err(Vec::new());
    }
    validate_reporting(ds, cancelled)
}

/// Lanes and articles (few): their id maps, with any problems.
fn lanes_and_articles(ds: &Dataset, problems: &mut Vec<Problem>) -> (HashMap<String, u16>, HashMap<String, u32>) {
    check_views(ds, problems);
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
        } else if lane_ids.contains_key(&lane.id) {
            // The first keeps the id: events resolve as if the duplicate were not there.
            problems.push(Problem::new(rec(), "id", format!("duplicate lane id \"{}\"", clip(&lane.id))));
        } else {
            lane_ids.insert(lane.id.clone(), i as u16);
        }
        if let Some(c) = &lane.color
            && parse_hex_color(c).is_none()
        {
            problems.push(Problem::new(rec(), "color", format!("`{}` is not a #rrggbb colour", clip(c))));
        }
    }

    let mut article_ids = HashMap::with_capacity(ds.articles.len());
    for (i, a) in ds.articles.iter().enumerate() {
        // The first keeps the id: sources resolve as if the duplicate were not there.
        let first = !a.id.trim().is_empty() && !article_ids.contains_key(&a.id);
        check_article(ds, i, first, problems);
        if first {
            article_ids.insert(a.id.clone(), i as u32);
        }
    }

    (lane_ids, article_ids)
}

/// The checks of article `i` on its own; `first`: no article before it has its id.
fn check_article(ds: &Dataset, i: usize, first: bool, problems: &mut Vec<Problem>) {
    let a = &ds.articles[i];
    let rec = || record_name("articles", i, &a.id);
    if a.id.trim().is_empty() {
        problems.push(Problem::new(rec(), "id", "must not be empty"));
    } else if !first {
        problems.push(Problem::new(rec(), "id", format!("duplicate article id \"{}\"", clip(&a.id))));
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

/// Every problem, in file order (up to `PROBLEM_CAP`).
fn validate_reporting(ds: &Dataset, cancelled: &(dyn Fn() -> bool + Sync)) -> Result<Resolved, Vec<Problem>> {
    let mut problems = Vec::new();
    let (lane_ids, article_ids) = lanes_and_articles(ds, &mut problems);
    let mut event_ids: HashMap<&str, usize> = HashMap::with_capacity(ds.events.len());
    let mut resolved = Resolved {
        lane_of: Vec::with_capacity(ds.events.len()),
        spans: Vec::with_capacity(ds.events.len()),
        lane_ids: HashMap::new(),
        article_ids: HashMap::new(),
        event_ids: None,
        cited: None,
    };
    for (i, ev) in ds.events.iter().enumerate() {
        if problems.len() >= PROBLEM_CAP || (i % 4096 == 0 && cancelled()) {
            break;
        }
        let first = if ev.id.trim().is_empty() { None } else { event_ids.insert(&ev.id, i) };
        let (lane, span) = check_event(ds, i, first, &lane_ids, &article_ids, &mut problems);
        resolved.lane_of.push(lane);
        resolved.spans.push(span.into());
    }
    if problems.is_empty() {
        resolved.lane_ids = lane_ids;
        resolved.article_ids = article_ids;
        Ok(resolved)
    } else {
        Err(problems)
    }
}

/// The checks of one event, `ds.events[i]`, in the order their problems are
/// reported; `first`: the earlier event with the same id, if any. Returns
/// its lane (0 when unknown) and span.
fn check_event(
    ds: &Dataset,
    i: usize,
    first: Option<usize>,
    lane_ids: &HashMap<String, u16>,
    article_ids: &HashMap<String, u32>,
    problems: &mut Vec<Problem>,
) -> (u16, Option<Span>) {
    let ev = &ds.events[i];
    let rec = || record_name("events", i, &ev.id);
    if ev.id.trim().is_empty() {
        problems.push(Problem::new(rec(), "id", "must not be empty"));
    } else if let Some(first) = first {
        problems.push(Problem::new(rec(), "id", format!("duplicate event id (first used by events[{first}])")));
    }
    let lane = match lane_ids.get(ev.lane.as_str()) {
        Some(&l) => l,
        None => {
            problems.push(Problem::new(rec(), "lane", format!("unknown lane \"{}\"", clip(&ev.lane))));
            0
        }
    };
    if ev.title.trim().is_empty() {
        problems.push(Problem::new(rec(), "title", "must not be empty"));
    }
    let span = check_dates(ev, &rec, problems);
    check_sources(ds, ev, article_ids, &rec, problems);
    (lane, span)
}

/// The lane (0 when unknown) and span (`None` when undated or invalid) of an
/// event, as validation resolves them, without messages: for filing an event
/// in the index before the change it belongs to is checked.
pub(crate) fn resolve_event(ev: &Event, lane_ids: &HashMap<String, u16>) -> (u16, Option<Span>) {
    let mut problems = Vec::new();
    (lane_ids.get(ev.lane.as_str()).copied().unwrap_or(0), check_dates(ev, &String::new, &mut problems))
}

/// After a change to a few events of a dataset that was valid: the problems
/// a whole `validate` would report, found by checking only the `changed`
/// events (numbers in `ds` as it is now), the events that share an id with
/// one of them (each is reported with the one before it), and the saved views if
/// `views` changed, and the articles `added` (appended). Lanes must not have
/// changed, nor articles other than those; `index` is the index of `ds` as it
/// is now (duplicate ids included).
pub(crate) fn validate_changed(
    ds: &Dataset,
    index: &EventIndex,
    changed: &[u32],
    added: std::ops::Range<usize>,
    views: bool,
) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    if views {
        check_views(ds, &mut problems);
    }
    for a in added {
        // The index keeps the first article of an id, as a whole validation does.
        let first = index.article_ids.get(&ds.articles[a].id) == Some(&(a as u32));
        check_article(ds, a, first, &mut problems);
    }
    let named = |e: u32| Some(ds.events[e as usize].id.as_str()).filter(|id| !id.trim().is_empty());
    let mut check: Vec<u32> = changed.to_vec();
    for &e in changed {
        check.extend(named(e).map(|id| index.event_ids.all(id)).unwrap_or_default());
    }
    check.sort_unstable();
    check.dedup();
    for e in check {
        // As a whole validation names it: the previous event with the id.
        let first = named(e).and_then(|id| index.event_ids.all(id).into_iter().rfind(|&f| f < e));
        check_event(ds, e as usize, first.map(|f| f as usize), &index.lane_ids, &index.article_ids, &mut problems);
    }
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// The same checks as `validate_reporting`, with no messages: `None` at the
/// first problem. Events are shared out over the CPUs (which also hash the
/// ids); then the id table is built, which finds duplicate ids.
fn validate_valid(ds: &Dataset, cancelled: &(dyn Fn() -> bool + Sync)) -> Option<Resolved> {
    let mut problems = Vec::new();
    let (lane_ids, article_ids) = lanes_and_articles(ds, &mut problems);
    if !problems.is_empty() {
        return None;
    }
    let lanes: FastMap<&str, u16> = lane_ids.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    let articles: FastMap<&str, u32> = article_ids.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    let n = ds.events.len();
    let mut lane_of = vec![0u16; n];
    let mut spans: Vec<OptSpan> = vec![OptSpan::NONE; n];
    let mut hashes = vec![0u64; n];
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get()).clamp(1, 16);
    let per = n.div_ceil(threads).max(16_384);
    let cited: Option<Vec<u32>> = if n <= per {
        // Small dataset: no threads (starting one can cost more than the checks).
        events_valid(ds, 0, &mut lane_of, &mut spans, &mut hashes, &lanes, &articles, cancelled)
    } else {
        std::thread::scope(|s| {
            let (lanes, articles) = (&lanes, &articles);
            let handles: Vec<_> = lane_of
                .chunks_mut(per)
                .zip(spans.chunks_mut(per))
                .zip(hashes.chunks_mut(per))
                .enumerate()
                .map(|(k, ((lane_of, spans), hashes))| {
                    s.spawn(move || events_valid(ds, k * per, lane_of, spans, hashes, lanes, articles, cancelled))
                })
                .collect();
            let parts: Option<Vec<Vec<u32>>> = handles.into_iter().map(|h| h.join().ok().flatten()).collect();
            parts.map(|parts| parts.concat())
        })
    };
    let cited = cited?;
    let ids = EventIds::build_hashed(ds.events.iter().map(|e| e.id.as_str()), &hashes);
    drop(hashes);
    let event_ids = ids.ok()?;
    Some(Resolved { lane_of, spans, lane_ids, article_ids, event_ids: Some(event_ids), cited: Some(cited) })
}

/// Events `first..first + lane_of.len()`: fills their lane and span, and
/// returns the article number of each of their sources; `None` at the first
/// problem, or when cancelled.
#[allow(clippy::too_many_arguments)]
fn events_valid(
    ds: &Dataset,
    first: usize,
    lane_of: &mut [u16],
    spans: &mut [OptSpan],
    hashes: &mut [u64],
    lanes: &FastMap<&str, u16>,
    articles: &FastMap<&str, u32>,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Vec<u32>> {
    // The paragraphs that quotes are checked in lie all over memory. A batch of
    // events is checked in steps (find every paragraph, then look at every one,
    // then compare) so that the processor waits for many of them at once.
    const BATCH: usize = 32;
    let mut problems = Vec::new();
    let no_name = || String::new();
    let mut cites: Vec<(&str, u32, usize)> = Vec::with_capacity(BATCH * 4);
    let mut texts: Vec<&str> = Vec::with_capacity(BATCH * 4);
    // Two sources per event on average, about: one reallocation at most.
    let mut cited = Vec::with_capacity(lane_of.len() * 2);
    for (b, ((lane_of, spans), hashes)) in lane_of.chunks_mut(BATCH).zip(spans.chunks_mut(BATCH)).zip(hashes.chunks_mut(BATCH)).enumerate()
    {
        if b % 64 == 0 && cancelled() {
            return None;
        }
        cites.clear();
        for (j, ((lane, span), hash)) in lane_of.iter_mut().zip(spans.iter_mut()).zip(hashes.iter_mut()).enumerate() {
            let ev = &ds.events[first + b * BATCH + j];
            if ev.id.trim().is_empty() || ev.title.trim().is_empty() {
                return None;
            }
            *hash = hash_str(&ev.id);
            let &l = lanes.get(ev.lane.as_str())?;
            *lane = l;
            *span = check_dates(ev, &no_name, &mut problems).into();
            if !problems.is_empty() || ev.sources.is_empty() {
                return None;
            }
            for s in &ev.sources {
                let &a = articles.get(s.article.as_str())?;
                if s.quote.trim().is_empty() || !source_claim_valid(s) {
                    return None;
                }
                cites.push((&*s.quote, a, s.paragraph));
                cited.push(a);
            }
        }
        texts.clear();
        for &(_, a, p) in &cites {
            let paragraph = ds.articles[a as usize].paragraphs.get(p)?;
            texts.push(paragraph.as_str());
        }
        let mut touch = 0u8;
        for t in &texts {
            touch ^= t.as_bytes().first().copied().unwrap_or(0);
        }
        std::hint::black_box(touch);
        for (&(quote, _, _), text) in cites.iter().zip(&texts) {
            if !contains(text, quote) {
                return None;
            }
        }
    }
    Some(cited)
}

/// `haystack.contains(needle)` for a short quote in a paragraph: look for the
/// needle's first and last byte, then compare. `str::contains` sets up a
/// general searcher on every call, which costs more than the search here.
/// After a few false starts (repetitive text) it hands over to `str::contains`,
/// which is linear in every case.
fn contains(haystack: &str, needle: &str) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    /// High bit of each byte of `x` that is zero.
    fn zeros(x: u64) -> u64 {
        !(((x & !HI) + !HI) | x | !HI)
    }
    fn word(h: &[u8], i: usize) -> u64 {
        u64::from_le_bytes(h[i..i + 8].try_into().expect("8 bytes"))
    }
    let (h, q) = (haystack.as_bytes(), needle.as_bytes());
    let n = q.len();
    if n < 2 || n > h.len() {
        return haystack.contains(needle);
    }
    // Quotes often end their paragraph (the last sentence, what someone
    // said) or begin it: one comparison each before any search.
    if h.ends_with(q) || h.starts_with(q) {
        return true;
    }
    let last_start = h.len() - n;
    let (p0, p1) = (LO * q[0] as u64, LO * q[1] as u64);
    let mut misses = 0;
    let mut check = |k: usize| -> Option<bool> {
        if &h[k..k + n] == q {
            return Some(true);
        }
        misses += 1;
        // Repetitive text: `k` starts a character (the needle's first), and
        // `str::contains` is linear in every case.
        (misses > 16).then(|| haystack[k..].contains(needle))
    };
    let mut i = 0;
    // Eight candidate starts at a time: those where the needle's first two bytes match.
    while i + 8 <= last_start + 1 {
        let mut m = zeros(word(h, i) ^ p0) & zeros(word(h, i + 1) ^ p1);
        while m != 0 {
            if let Some(found) = check(i + (m.trailing_zeros() / 8) as usize) {
                return found;
            }
            m &= m - 1;
        }
        i += 8;
    }
    while i <= last_start {
        if h[i] == q[0]
            && h[i + 1] == q[1]
            && let Some(found) = check(i)
        {
            return found;
        }
        i += 1;
    }
    false
}

/// The date a source gives for its event, when it records one of its own:
/// `Ok(None)` when it records none.
pub fn source_span(s: &Source) -> Result<Option<Span>, (&'static str, String)> {
    if s.rare.start.is_none() && s.rare.end.is_none() && s.rare.precision.is_none() {
        return Ok(None);
    }
    let Some(precision) = s.rare.precision else {
        return Err(("precision", "a source that gives its own start or end needs its own precision too".to_owned()));
    };
    let parse = |field: &'static str, v: &Option<SmallText>| match v.as_deref().map(parse_instant) {
        None => Ok(None),
        Some(Ok(t)) => Ok(Some(t)),
        Some(Err(e)) => Err((field, e)),
    };
    let (start, end) = (parse("start", &s.rare.start)?, parse("end", &s.rare.end)?);
    match event_span(precision, start, end) {
        Ok(span) => Ok(span),
        Err(e) => {
            let field = match e {
                super::time::SpanError::MissingStart | super::time::SpanError::OutOfRange | super::time::SpanError::TimeNeeded(_) => {
                    "start"
                }
                _ => "end",
            };
            Err((field, e.to_string()))
        }
    }
}

fn source_claim_valid(s: &Source) -> bool {
    source_span(s).is_ok()
}

fn check_source_claim(s: &Source, k: usize, rec: &dyn Fn() -> String, problems: &mut Vec<Problem>) {
    if let Err((field, message)) = source_span(s) {
        problems.push(Problem::new(rec(), format!("sources[{k}].{field}"), message));
    }
}

/// Saved views: a name, and a time range that means something. Lanes and
/// events they name that are no longer in the file are not errors: the view
/// opens without them (and says so).
fn check_views(ds: &Dataset, problems: &mut Vec<Problem>) {
    for (i, v) in ds.views.iter().flatten().enumerate() {
        let rec = || record_name("views", i, &v.name);
        if v.name.trim().is_empty() {
            problems.push(Problem::new(rec(), "name", "must not be empty"));
        }
        let from = parse_instant(&v.from).map_err(|e| problems.push(Problem::new(rec(), "from", e))).ok();
        let to = parse_instant(&v.to).map_err(|e| problems.push(Problem::new(rec(), "to", e))).ok();
        if let (Some(a), Some(b)) = (from, to)
            && a.secs >= b.secs
        {
            problems.push(Problem::new(rec(), "to", "must be after `from`"));
        }
        if let Some(r) = v.review.as_deref()
            && !matches!(r, "drafts" | "reviewed")
        {
            problems.push(Problem::new(rec(), "review", format!("`{}` is not `drafts` or `reviewed`", clip(r))));
        }
    }
}

fn check_dates(ev: &Event, rec: &dyn Fn() -> String, problems: &mut Vec<Problem>) -> Option<Span> {
    let parse = |field: &str, v: &Option<SmallText>, problems: &mut Vec<Problem>| -> Result<Option<Instant>, ()> {
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
                super::time::SpanError::OutOfRange | super::time::SpanError::TimeNeeded(_) => "start",
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
        check_source_claim(s, k, rec, problems);
        let Some(&a) = article_ids.get(s.article.as_str()) else {
            problems.push(Problem::new(rec(), format!("sources[{k}].article"), format!("unknown article \"{}\"", clip(&s.article))));
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
                    clip(&article.id),
                    article.paragraphs.len().saturating_sub(1)
                ),
            ));
            continue;
        };
        if s.quote.trim().is_empty() {
            problems.push(Problem::new(rec(), format!("sources[{k}].quote"), "must not be empty"));
        } else if !paragraph.contains(&*s.quote) {
            let elsewhere = article.paragraphs.iter().position(|p| p.contains(&*s.quote));
            let hint = match elsewhere {
                Some(j) => format!(" (it is in paragraph {j})"),
                None => why_not_found(&article.paragraphs, s.paragraph, &s.quote).map_or(String::new(), |why| format!(": {why}")),
            };
            problems.push(Problem::new(
                rec(),
                format!("sources[{k}].quote"),
                format!("quote not found in paragraph {} of article \"{}\"{hint}", s.paragraph, clip(&article.id)),
            ));
        }
    }
}

/// Why a quote is in none of the paragraphs, when a common reason shows: it
/// runs on into the next paragraph, or the paragraph has the same words with
/// other quotation marks, other white space, or accents written another way.
fn why_not_found(paragraphs: &[String], cited: usize, quote: &str) -> Option<String> {
    if quote.len() > HINT_QUOTE_MAX {
        return None;
    }
    for from in [Some(cited), cited.checked_sub(1)].into_iter().flatten() {
        if let (Some(a), Some(b)) = (paragraphs.get(from), paragraphs.get(from + 1))
            && runs_on(a, b, quote)
        {
            let to = from + 1;
            return Some(format!(
                "it runs from paragraph {from} into paragraph {to}; a quote lies within one paragraph (give each paragraph its own source)"
            ));
        }
    }
    let paragraph = paragraphs.get(cited).filter(|p| p.len() <= HINT_PARAGRAPH_MAX)?;
    if fold_quote_marks(paragraph).contains(&fold_quote_marks(quote)) {
        return Some(if quote.contains(['\'', '"']) {
            "the paragraph has the same words with curly quotes (’ “ ”) where the quote has straight ones (' \")".to_owned()
        } else {
            "the paragraph has the same words with straight quotes (' \") where the quote has curly ones (’ “ ”)".to_owned()
        });
    }
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if words(paragraph).contains(&words(quote)) {
        return Some("the paragraph has the same words with other white space (a line break, a tab or several spaces)".to_owned());
    }
    let combining = |c: &char| ('\u{300}'..='\u{36F}').contains(c);
    if let Some(mark) = quote.chars().find(combining)
        && !paragraph.contains(mark)
    {
        return Some(format!(
            "the quote has a combining accent (U+{:04X}): its text may be decomposed (NFD) while the paragraph's is composed (NFC); copy the quote from the paragraph",
            mark as u32
        ));
    }
    if quote.chars().all(|c| !combining(&c)) && paragraph.chars().any(|c| combining(&c)) {
        return Some(
            "the paragraph has combining accents: its text may be decomposed (NFD) while the quote's is composed (NFC)".to_owned(),
        );
    }
    None
}

/// The hints compare a quote with whole paragraphs in several ways: only for
/// the lengths of real quotes and paragraphs, so that a file with thousands of
/// bad quotes into huge paragraphs is still reported in a moment.
const HINT_QUOTE_MAX: usize = 1000;
const HINT_PARAGRAPH_MAX: usize = 64 << 10;

/// `quote` starts at the end of paragraph `a` and goes on at the start of `b`.
fn runs_on(a: &str, b: &str, quote: &str) -> bool {
    let (a, b) = (a.trim_end(), b.trim_start());
    quote.char_indices().filter(|(_, c)| c.is_whitespace()).any(|(i, _)| {
        let (head, tail) = (quote[..i].trim_end(), quote[i..].trim_start());
        !head.is_empty() && !tail.is_empty() && a.ends_with(head) && b.starts_with(tail)
    })
}

const CURLY_SINGLE: [char; 5] = ['‘', '’', '‚', '‛', '′'];
const CURLY_DOUBLE: [char; 5] = ['“', '”', '„', '‟', '″'];

/// Curly quotation marks and apostrophes as straight ones.
fn fold_quote_marks(s: &str) -> String {
    s.chars()
        .map(|c| {
            if CURLY_SINGLE.contains(&c) {
                '\''
            } else if CURLY_DOUBLE.contains(&c) {
                '"'
            } else {
                c
            }
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::{contains, why_not_found};

    #[test]
    fn a_missing_quote_says_why_when_it_can() {
        let paragraphs: Vec<String> =
            ["Title", "He said “nobody wants this war”\nand left the café’s terrace.", "The Kremlin denied it on Friday."]
                .map(String::from)
                .to_vec();
        let why = |cited: usize, quote: &str| why_not_found(&paragraphs, cited, quote).unwrap_or_default();
        assert!(why(1, "terrace. The Kremlin denied").starts_with("it runs from paragraph 1 into paragraph 2"));
        assert!(why(2, "terrace. The Kremlin denied").starts_with("it runs from paragraph 1 into paragraph 2"));
        assert!(why(1, "said \"nobody wants this war\"").contains("curly quotes (’ “ ”) where the quote has straight ones"));
        assert!(why(1, "the café's terrace").contains("curly quotes"));
        assert!(why(1, "this war” and left").contains("other white space"));
        assert!(why(1, "the cafe\u{301}’s").contains("(U+0301): its text may be decomposed (NFD)"));
        assert_eq!(why(1, "something else entirely"), "");
        assert_eq!(why(9, "terrace"), "", "a paragraph out of range has no hint");
        assert_eq!(why(1, &"terrace. The ".repeat(100)), "", "nor a quote longer than any real one");
        let decomposed = vec!["Title".to_owned(), "the cafe\u{301} owner".to_owned()];
        assert!(why_not_found(&decomposed, 1, "the café owner").unwrap().contains("the paragraph has combining accents"));
    }

    #[test]
    fn quick_contains_agrees_with_str_contains() {
        let long = "“Nobody wants this war to spread,” he said in Kraków. Talks on an increase in military aid are expected to continue.";
        let hay = ["", "a", "ab", "abc abc abd", long, &"ab".repeat(100), &"a".repeat(300), &format!("{}b", "a".repeat(300))];
        let mut needles: Vec<String> =
            ["", "a", "b", "abd", "abc abd", "Kraków!", "ba", "zz", "éx"].iter().map(|s| s.to_string()).collect();
        needles.extend(["ab".repeat(30), "a".repeat(40) + "b", "a".repeat(299) + "b"]);
        // Every substring of the long paragraph, and a near miss of each.
        let chars: Vec<usize> = long.char_indices().map(|(i, _)| i).chain([long.len()]).collect();
        for (x, &a) in chars.iter().enumerate() {
            for &b in &chars[x + 1..] {
                needles.push(long[a..b].to_owned());
                needles.push(format!("{}#", &long[a..b]));
            }
        }
        for h in hay {
            for q in &needles {
                assert_eq!(contains(h, q), h.contains(q.as_str()), "{h:?} / {q:?}");
            }
        }
    }
}
