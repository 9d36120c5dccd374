//! The extractor, as `chronolens extract` and File → Import article… run it:
//! article bytes and a publication date → `Article` and draft `Event`s → a
//! dataset (new, or added to the sample) that must validate, save and load.

use super::dates::random_published;
use super::guard::Target;
use super::rng::Rng;
use chronolens::extract::dataset::{add_to_dataset, new_dataset};
use chronolens::extract::{ArticleMeta, Gazetteer, article_text, extract_article, parse_published};
use chronolens::model::{Dataset, SAMPLE_JSON, load_bytes, save::to_json, validate::validate};
use std::io::Write;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The slowest extraction so far: microseconds << 24 | its text's bytes.
static SLOWEST: AtomicU64 = AtomicU64::new(0);

pub fn report_slowest() {
    let v = SLOWEST.load(Ordering::Relaxed);
    let _ =
        writeln!(std::io::stderr(), "fuzz extractor: slowest article {:.0} ms ({} bytes)", (v >> 24) as f64 / 1000.0, v & ((1 << 24) - 1));
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::builtin);
static SAMPLE: LazyLock<Dataset> = LazyLock::new(|| serde_json::from_str(SAMPLE_JSON).expect("the sample parses"));

/// How long an article of `bytes` may take: 2 s in a debug build (1 s in
/// release) up to 256 KB, and as much again for each further 256 KB: a longer
/// time means work that grows faster than the text. (Real articles are some
/// 10 KB and take milliseconds; about 1 µs a byte in release.)
fn time_limit(bytes: usize) -> Duration {
    let base = Duration::from_millis(if cfg!(debug_assertions) { 2000 } else { 1000 });
    base * (bytes >> 18).max(1) as u32
}

/// Mutants are cut back to this size (less in a debug build, to keep the bounded run short).
const MAX_TEXT: usize = if cfg!(debug_assertions) { 64 << 10 } else { 1 << 20 };

/// An input: the publication date as typed, a newline, the article file's bytes.
pub fn encode(published: &str, article: &[u8]) -> Vec<u8> {
    let mut v = published.replace('\n', " ").into_bytes();
    v.push(b'\n');
    v.extend_from_slice(article);
    v
}

fn first_problems(p: &[chronolens::model::Problem]) -> String {
    p.iter().take(5).map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

pub fn check(input: &[u8]) -> Result<(), String> {
    let split = input.iter().position(|&b| b == b'\n').unwrap_or(input.len());
    let (date, body) = (String::from_utf8_lossy(&input[..split]), input.get(split + 1..).unwrap_or_default());
    let published = match parse_published(date.trim()) {
        Ok(d) => d,
        Err(e) if e.trim().is_empty() => return Err("parse_published fails with an empty message".to_owned()),
        Err(_) => return Ok(()),
    };
    let text = match article_text("fuzz.txt", body) {
        Ok(t) => t,
        Err(e) if e.message.trim().is_empty() => return Err("article_text fails with an empty message".to_owned()),
        Err(_) => return Ok(()),
    };
    let meta = ArticleMeta {
        id: "fuzz-article".to_owned(),
        published: chronolens::extract::published::Published::given(published),
        outlet: Some("Fuzz".to_owned()),
        url: None,
    };
    let t0 = Instant::now();
    let (article, events) = extract_article(&text, &meta, &GAZETTEER);
    let took = t0.elapsed();
    SLOWEST.fetch_max((took.as_micros() as u64) << 24 | (body.len() as u64).min((1 << 24) - 1), Ordering::Relaxed);
    if took > time_limit(body.len()) {
        return Err(format!(
            "slow extraction: more than {:.1} s per 256 KB\n{:.2} s for {} bytes",
            time_limit(0).as_secs_f64(),
            took.as_secs_f64(),
            body.len()
        ));
    }
    // A new dataset, as `extract --out` writes it.
    let ds = new_dataset(&GAZETTEER, vec![(article.clone(), events.clone())]);
    if let Err(p) = validate(&ds) {
        return Err(format!("the drafts do not validate (field `{}`)\npublished {published}\n{}", p[0].field, first_problems(&p)));
    }
    // Added to a dataset, as `extract --into` does.
    let mut into = SAMPLE.clone();
    add_to_dataset(&mut into, &GAZETTEER, vec![(article, events)]).map_err(|e| format!("add_to_dataset refuses a new article\n{e}"))?;
    if let Err(p) = validate(&into) {
        return Err(format!("the drafts added to the sample do not validate (field `{}`)\n{}", p[0].field, first_problems(&p)));
    }
    // Written and read back.
    load_bytes("drafts.json", &to_json(&ds)).map_err(|e| format!("the drafts, saved, do not load\n{e}"))?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Seeds and mutations.

const TESTDATA: [(&str, &str); 3] = [
    ("2022-06-15", include_str!("../../src/extract/testdata/himars.txt")),
    ("2022-04-05", include_str!("../../src/extract/testdata/kharkiv.txt")),
    ("2023-02-21", include_str!("../../src/extract/testdata/kyiv_visit.txt")),
];

/// The test articles and the sample's two seed articles, with their dates.
pub fn seeds() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = TESTDATA.iter().map(|(d, t)| (d.to_string(), t.to_string())).collect();
    for a in &SAMPLE.articles {
        out.push((a.published.clone().unwrap_or_else(|| "2022-03-24".to_owned()), a.paragraphs.join("\n\n")));
    }
    out.push((
        "2022-03-24".to_owned(),
        "A title\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that it was grave.\n\n\nHe said more.\n\nLeave a Reply\n"
            .to_owned(),
    ));
    // One long article of all of them: state that grows over an article (people named, bodies,
    // places) once outgrew a sentence's words and panicked ("the two" late in a long text).
    let long: Vec<&str> = TESTDATA.iter().map(|(_, t)| *t).collect();
    out.push(("2023-02-21".to_owned(), long.join("\n\n")));
    // A paragraph that is only a quotation continues the words before it; a lone mark does not
    // (a one-character paragraph "." after a statement once panicked there).
    out.push((
        "2023-02-21".to_owned(),
        "T\n\n“We will not give up,” President Zelensky said on Monday.\n\n“Ukraine will win this war, and every town will be free.”\n\n.\n\n“"
            .to_owned(),
    ));
    out
}

/// Words and characters that the extractor's rules look at, and others that
/// change length when their case changes, or that are not where text usually is.
const SNIPPETS: &[&str] = &[
    // Time expressions, real and not.
    "on Monday",
    "last Tuesday",
    "next Wednesday",
    "this Thursday",
    "on Friday morning",
    "earlier on Saturday",
    "late Sunday",
    "Monday, March 21",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "later today",
    "last night",
    "last week",
    "this week",
    "earlier this week",
    "next week",
    "over the weekend",
    "last month",
    "last year",
    "in December",
    "in May",
    "in March 2100",
    "March 32",
    "Feb. 29",
    "February 29, 1900",
    "29 February 2024",
    "June 31",
    "31 June 2021",
    "December 31, 2100",
    "January 1, 1900",
    "3660 days ago",
    "3661 days ago",
    "a day ago",
    "ten days ago",
    "99999999999999999999 days ago",
    "-5 days ago",
    "0 days ago",
    "Earlier, ",
    "on 13 June",
    "June 14",
    "Sept. 3",
    "Dec 25",
    "may",
    "May",
    "Mar.",
    // Names and roles from the gazetteer, and pronouns.
    "NATO",
    "Biden",
    "President Joe Biden",
    "Zelensky",
    "Putin",
    "the Kremlin",
    "Peskov",
    "Stoltenberg",
    "the president",
    "he said",
    "she said",
    "they said",
    "Russia's Defense Ministry",
    "Ukrainian officials",
    "the White House",
    "Pentagon",
    "said",
    "told reporters",
    "denied",
    "claimed",
    "accused",
    "met",
    "attacked",
    "agreed",
    "will",
    "would",
    "not independently verified",
    // Quotes and punctuation.
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    " “quoted ",
    "”.",
    "5.a.",
    "U.S.",
    "...",
    "?!",
    "Gen.",
    "Mr.",
    "1.5",
    "3,000",
    ";",
    ":",
    "—",
    "-",
    // Unicode: right to left, combining marks, emoji, odd spaces and case.
    "\u{202E}",
    "\u{202B}مرحبا\u{202C}",
    "שלום",
    "\u{0301}",
    "e\u{0301}\u{0302}\u{0303}\u{0304}",
    "\u{1F600}",
    "\u{1F1FA}\u{1F1E6}",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{A0}",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{C}",
    "\t",
    "İstanbul",
    "İ",
    "ß",
    "ﬁ",
    "ǅ",
    "Σ",
    "ΌΣΟΣ",
    "ẞ",
    "Ⅻ",
    "１２",
    "٢٠٢٢",
    "\u{10FFFF}",
    "\u{FFFD}",
    "\r",
    "\r\n",
];

/// Character boundaries of `s`, with the end.
fn char_bounds(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

/// Spans of the words (runs of non-white-space).
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push((a, s.len()));
    }
    out
}

fn mutate_text(rng: &mut Rng, s: &mut String, other: &str) {
    let ws = words(s);
    match rng.below(14) {
        0 | 1 => {
            // A snippet at a word boundary (or anywhere).
            let at = if !ws.is_empty() && rng.below(4) != 0 {
                let w = rng.pick(&ws);
                if rng.one_in(2) { w.0 } else { w.1 }
            } else {
                rng.choose(&char_bounds(s))
            };
            let snip = rng.pick(SNIPPETS);
            let pad = if rng.one_in(2) { " " } else { "" };
            s.insert_str(at, &format!("{pad}{snip}{pad}"));
        }
        2 => {
            // Swap two words.
            if ws.len() >= 2 {
                let (i, j) = (rng.below(ws.len()), rng.below(ws.len()));
                let (a, b) = if ws[i].0 <= ws[j].0 { (ws[i], ws[j]) } else { (ws[j], ws[i]) };
                if a.1 <= b.0 {
                    *s = format!("{}{}{}{}{}", &s[..a.0], &s[b.0..b.1], &s[a.1..b.0], &s[a.0..a.1], &s[b.1..]);
                }
            }
        }
        3 => {
            // Delete a word or a run of words.
            if !ws.is_empty() {
                let i = rng.below(ws.len());
                let j = (i + rng.small(6)).min(ws.len() - 1);
                s.replace_range(ws[i].0..ws[j].1, "");
            }
        }
        4 => {
            // Duplicate a word.
            if !ws.is_empty() {
                let w = rng.choose(&ws);
                let word = s[w.0..w.1].to_owned();
                s.insert_str(w.1, &format!(" {word}"));
            }
        }
        5 => {
            // Line endings.
            *s = match rng.below(3) {
                0 => s.replace('\n', "\r\n"),
                1 => s.replace('\n', "\r"),
                _ => s.replace("\n\n", "\n \t\n\u{C}\n"),
            };
        }
        6 => {
            // A very long line: one sentence many times.
            let sentence = s.lines().filter(|l| l.len() > 20).nth(rng.below(4)).unwrap_or("Biden said on Monday that NATO met.").to_owned();
            let times = 1 + rng.small(if cfg!(debug_assertions) { 150 } else { 400 });
            let long = vec![sentence.as_str(); times].join(" ");
            s.push_str(&format!("\n\n{long}"));
        }
        7 => {
            // A very long word, or a long run of one character.
            let unit = rng.choose(&["a", "A.", "“", "\u{0301}", "9", "-", "é", "\u{1F600}", " ", "\n"]);
            let at = rng.choose(&char_bounds(s));
            s.insert_str(at, &unit.repeat(1 + rng.small(20_000)));
        }
        8 => {
            // Many paragraphs.
            let paragraph = s.split("\n\n").nth(1 + rng.below(3)).unwrap_or("He said so.").to_owned();
            for _ in 0..1 + rng.small(300) {
                s.push_str("\n\n");
                s.push_str(&paragraph);
            }
        }
        9 => {
            // Paragraphs of another article.
            let mut ps: Vec<&str> = s.split("\n\n").collect();
            let theirs: Vec<&str> = other.split("\n\n").collect();
            let at = rng.below(ps.len() + 1);
            ps.insert(at, rng.choose(&theirs));
            *s = ps.join("\n\n");
        }
        10 => {
            // Case.
            let (a, b) = (rng.choose(&char_bounds(s)), rng.choose(&char_bounds(s)));
            let (a, b) = (a.min(b), a.max(b));
            let changed = if rng.one_in(2) { s[a..b].to_uppercase() } else { s[a..b].to_lowercase() };
            s.replace_range(a..b, &changed);
        }
        11 => {
            // A random character.
            let c = match rng.below(4) {
                0 => char::from_u32(rng.below(0x80) as u32),
                1 => char::from_u32(0x80 + rng.below(0x800) as u32),
                2 => char::from_u32(0x2000 + rng.below(0x100) as u32),
                _ => char::from_u32(rng.below(0x11_0000) as u32),
            }
            .unwrap_or('\u{FFFD}');
            let at = rng.choose(&char_bounds(s));
            s.insert(at, c);
        }
        12 => {
            // Cut the text short.
            let at = rng.choose(&char_bounds(s));
            s.truncate(at);
        }
        _ => {
            // A date or weekday inside a word, a number in place of a word.
            if !ws.is_empty() {
                let w = rng.choose(&ws);
                let with = rng.choose(&[
                    "Monday",
                    "March",
                    "2022",
                    "31st",
                    "22nd",
                    "1900",
                    "days",
                    "ago",
                    "week",
                    "last",
                    "next",
                    "0",
                    "4294967296",
                ]);
                s.replace_range(w.0..w.1, with);
            }
        }
    }
}

pub fn random_input(rng: &mut Rng, seeds: &[(String, String)]) -> Vec<u8> {
    let (date, text) = rng.pick(seeds);
    let mut text = text.clone();
    let other = &rng.pick(seeds).1;
    for _ in 0..1 + rng.small(12) {
        mutate_text(rng, &mut text, other);
    }
    if text.len() > MAX_TEXT {
        text.truncate(text.floor_char_boundary(MAX_TEXT));
    }
    let date = if rng.one_in(4) { date.clone() } else { random_published(rng) };
    let mut bytes = text.into_bytes();
    if rng.one_in(40) && !bytes.is_empty() {
        // Not always text: a bad byte somewhere.
        let i = rng.below(bytes.len());
        bytes[i] = rng.choose(&[0xFF, 0xC3, 0x00, 0x80]);
    }
    encode(&date, &bytes)
}

/// Every seed with the calendar's edges as publication dates, and every snippet in every seed.
pub fn exhaustive(t: &mut Target) {
    let seeds = seeds();
    let dates =
        ["0001-01-01", "0001-01-07", "0001-02-28", "9999-12-31", "9999-12-25", "9999-12-01", "2024-02-29", "1900-03-01", "2100-12-31"];
    for (date, text) in &seeds {
        t.run(encode(date, text.as_bytes()));
        for d in dates {
            t.run(encode(d, text.as_bytes()));
        }
    }
    // Each snippet after the first sentence's first word, at both ends of the calendar.
    for (k, snip) in SNIPPETS.iter().enumerate() {
        let (_, text) = &seeds[k % seeds.len()];
        let at = text.find("\n\n").map_or(0, |p| p + 2);
        let at = at + text[at..].find(' ').unwrap_or(0);
        let mut s = text.clone();
        s.insert_str(at, &format!(" {snip} "));
        t.run(encode(dates[k % 2 * 3], s.as_bytes()));
    }
}

pub fn random(t: &mut Target, rng: &mut Rng, budget: Duration) {
    let seeds = seeds();
    let until = Instant::now() + budget;
    while Instant::now() < until && !t.stopped {
        let input = random_input(rng, &seeds);
        t.run(input);
    }
}
