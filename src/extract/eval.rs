//! `chronolens eval`: extraction against reference events (the format of
//! shared/gold/seed_events.json): precision, recall, date and kind accuracy,
//! the quality of the titles, and confusion tables of the fields.

use super::article::{ArticleMeta, article_id, article_text, extract_article, parse_published};
use super::gazetteer::Gazetteer;
use super::published::{Published, find_published};
use crate::model::time::parse_instant;
use crate::model::{Event, Precision};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

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
    /// `date_precision` as written: day, day_ambiguous, range, before_dct, on_or_before, none.
    pub precision: String,
    pub kind: Option<String>,
    pub verification: Option<String>,
    /// The occasion it belongs to; events of several articles sharing one
    /// report the same occasion (what merging is measured on).
    pub cluster: Option<String>,
}

/// Extracted days: first (None = open start) and last.
pub type DayRange = (Option<NaiveDate>, NaiveDate);

/// Is an extracted date right? `None`: the reference has no date. The rule is
/// [`DATE_RULE`]: as much as the text says, no more precise and no vaguer.
pub fn date_right(reference: Reference, extracted: Option<DayRange>) -> Option<bool> {
    match reference {
        Reference::Undated => None,
        // Exactly the reference days: a day inside a range claims more than the
        // text says, a range around them less.
        Reference::Days(a, b) => Some(extracted == Some((Some(a), b))),
        // The text bounds the date by D only: "on or before D" and nothing more
        // precise (a closed range or the day D claims to know when it began).
        Reference::OnOrBefore(d) => Some(extracted == Some((None, d))),
    }
}

/// How the report explains its matching rule (printed in its header).
pub const MATCH_RULE: &str = "\
match: same article, paragraph and lane, and the extracted quote holds at least half of the reference quote's words
  (word sets, case and punctuation ignored, curly quotes = straight ones); one-to-one, the most similar quotes pairing first
  (of equally similar ones, those of one kind), then as many more pairs as re-pairing allows (a maximum matching).";

/// How the report explains its date rule (printed in its header).
pub const DATE_RULE: &str = "\
date right: the extracted range holds the reference day(s) and is no wider than the reference's own range, i.e. it says
  what the text allows, no more precisely and no more vaguely:
  - reference day D: exactly D (a time of day on D counts; a week around D does not);
  - reference day_ambiguous / range [a, b] (the true day is one of them): exactly a..b (one day inside is more precise
    than the text allows, a wider range is vaguer);
  - reference before_dct / on_or_before D: exactly \"on or before D\" (a closed range or the day D is more precise);
  - reference none: not counted. date acc = date right / matched events whose reference has a date.";

/// How the report explains kind accuracy and bad titles (printed in its header).
pub const KIND_AND_TITLE_RULES: &str = "\
kind acc = matched events of the reference kind / matched events whose reference gives a kind.
bad title: empty, over 90 characters, ending with a colon or a function word, a speaker with nothing or only a time
  phrase after it, fewer than 3 words, or no verb (every extracted event, matched or not).";

/// The days an event's record covers.
pub fn event_days(e: &Event) -> Option<DayRange> {
    let day = |s: &Option<crate::model::SmallText>| {
        s.as_deref().and_then(|x| parse_instant(x).ok()).map(|i| crate::model::time::utc(i.secs).date_naive())
    };
    let start = day(&e.start)?;
    let dated = super::dates::Dated { start, end: day(&e.end), precision: e.precision, cue: None, how: String::new() };
    match e.precision {
        Precision::Unknown => None,
        Precision::Minute | Precision::Hour | Precision::Day => Some((Some(start), day(&e.end).unwrap_or(start))),
        _ => Some(dated.days()),
    }
}

/// Reads a gold file: `{"events": [{"article", "paragraph", "actor_lane", "quote",
/// "date_start", "date_end", "date_precision", "kind", "verification"}]}`.
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
            precision,
            kind: s("kind"),
            verification: s("verification"),
            cluster: s("cluster"),
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

// ---------------------------------------------------------------------------
// Titles

/// The longest title that reads as a headline.
pub const TITLE_MAX_CHARS: usize = 90;

/// Common verbs of news writing, as written in the base form: "-s", "-es",
/// "-ed", "-d", "-ies"/"-ied" and a doubled last consonant make the other forms.
const NEWS_VERBS: &str = "\
    say tell warn accuse claim deny announce call meet hold host convene attack strike kill launch fire shell agree \
    decide approve sign pledge promise urge ask reject confirm report add insist vow threaten send blame visit speak \
    discuss condemn expect believe plan see want support give provide use need remain seek stress welcome violate \
    continue protect destroy respond try join prepare arrive allow describe accept refuse admit acknowledge suggest \
    argue explain declare demand invade bomb capture seize intercept deploy deliver train impose sanction ban \
    suspend resign appoint elect arrest detain investigate withdraw retreat recapture liberate defend hope fear \
    praise criticise criticize thank congratulate reaffirm outline emphasise emphasize reiterate express decline attend \
    echo clarify recall specify observe counter retort disclose lament state record note crash explode collide \
    detonate deride mock ridicule label brand target rock damage injure wound spark engulf flatten cause rip talk \
    hail laud commend erupt burst";

/// Auxiliaries and irregular past forms.
const IRREGULAR_VERBS: &str = "\
    is are was were be been am has have had do does did will would may might can could must should shall said told \
    met held struck hit sent spoke saw gave took made came went began left fell won lost sought brought thought knew \
    meant kept stood fought became shot spent heard felt found got put led paid wrote chose rose understood sank sunk \
    blew blown caught flew drew drawn threw thrown bought taught built sold broke broken chose chosen drove driven \
    fled forgot froze frozen hid hung laid lent ran rang rode sat shook sang slid spun stole stuck swore swept swung \
    tore torn woke wore withdrew withdrawn overtook undertook upheld withheld oversaw foresaw arose";

/// A pronoun and its verb written as one ("It’s terminated", "That’s the situation", "We don’t
/// know"), compared with straight apostrophes (see `bare`).
const CONTRACTED_VERBS: &str = "\
    it's that's he's she's there's here's what's who's we're they're you're i'm we've they've i've you've we'll \
    they'll i'll he'll she'll it'll you'll we'd they'd i'd he'd she'd don't doesn't didn't won't can't isn't aren't \
    wasn't weren't hasn't haven't hadn't wouldn't couldn't shouldn't";

/// Past forms of verbs whose base is as often a noun ("an order", "the start"): only these
/// forms count.
const PAST_ONLY: &str = "opened ordered started initiated headed advanced laid";

/// Subject pronouns: the word after one is its verb ("We spent", "I mourn").
const SUBJECT_PRONOUNS: &str = "i we he she they you";

/// Is `w` (bare) a form of a listed verb? Other verbs are recognised by their
/// place: an -s or -ed word after a capitalised one ("Russia shelled").
fn news_verb(w: &str) -> bool {
    VERB_FORMS.contains(w)
}

/// Every form `news_verb` accepts, built once (titles are checked many times per article): the
/// listed irregular, past-only and contracted words, and of each base in `NEWS_VERBS` the base
/// and its "-s", "-es", "-ed", "-d", "-ies"/"-ied" (for a final "y") and doubled "-ed" forms.
static VERB_FORMS: std::sync::LazyLock<std::collections::HashSet<String>> = std::sync::LazyLock::new(|| {
    let mut set: std::collections::HashSet<String> =
        [IRREGULAR_VERBS, PAST_ONLY, CONTRACTED_VERBS].iter().flat_map(|l| l.split_whitespace()).map(str::to_owned).collect();
    for b in NEWS_VERBS.split_whitespace() {
        set.extend([b.to_owned(), format!("{b}s"), format!("{b}es"), format!("{b}ed"), format!("{b}d")]);
        if let Some(stem) = b.strip_suffix('y') {
            set.extend([format!("{stem}ies"), format!("{stem}ied")]);
        }
        if let Some(c) = b.chars().last() {
            set.insert(format!("{b}{c}ed"));
        }
    }
    set
});

/// Whether `word` is a verb by the lists alone, not by its place ("vandals" after "Ukrainian"
/// is none).
pub(super) fn listed_verb(word: &str) -> bool {
    news_verb(&bare(word))
}

/// Words a headline cannot end on.
const DANGLING: &str = "\
    of to the and on during that a an in for with by at from or but as into about against over after before its \
    their his her our which who is are was were be been would will can could should";

/// Words that open a time phrase ("during a TV broadcast on Tuesday", "on Thursday").
const TIME_OPENERS: &str = "\
    during on at in after before earlier later last this next since until overnight yesterday today tonight tomorrow \
    monday tuesday wednesday thursday friday saturday sunday";

/// A word without its punctuation, lower case, curly apostrophes straight.
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).replace(['\u{2019}', '\u{2018}'], "'").to_lowercase()
}

/// The words of a title: its white-space-separated pieces with a letter or digit.
fn title_words(t: &str) -> Vec<&str> {
    t.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

/// Is `word` (bare) one of a list's words?
fn listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// Is `words[i]` a verb: a listed one, the word after a subject pronoun, or an
/// -s/-ed form after a capitalised word?
/// "what these drones are used for", "what they were talking about": a preposition
/// left at the end of a clause after its verb, which closes a sentence, not a fragment.
fn stranded_preposition(words: &[&str]) -> bool {
    const PREPOSITIONS: &str = "for about at on with from in of over into against";
    let [.., before, last] = words else { return false };
    let before = bare(before);
    let be = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "be" | "been");
    // ("… is already over": an adverb may stand between.)
    let adverb_after_be = matches!(before.as_str(), "already" | "now" | "finally" | "officially" | "all" | "not")
        && words.len() >= 3
        && be(&bare(words[words.len() - 3]));
    let verb = (before.len() >= 4 && (before.ends_with("ed") || before.ends_with("ing"))) || be(&before) || adverb_after_be;
    // "… can decide that": "that" as the object of a verb after a modal.
    let object_that = bare(last) == "that"
        && words.len() >= 3
        && matches!(bare(words[words.len() - 3]).as_str(), "can" | "could" | "will" | "would" | "must" | "should" | "cannot");
    listed(PREPOSITIONS, &bare(last)) && verb || object_that
}

pub(super) fn verb_at(words: &[&str], i: usize) -> bool {
    let w = bare(words[i]);
    if news_verb(&w) {
        return true;
    }
    let lower_start = words[i].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    let plain = lower_start && w.chars().all(|c| c.is_ascii_lowercase()) && !listed(DANGLING, &w);
    if i > 0 && plain && listed(SUBJECT_PRONOUNS, &bare(words[i - 1])) {
        return true;
    }
    // ("this represents", "which opened": a pronoun as subject does as a name does; "Putin
    // also shelved": an adverb may stand between.)
    let subject_at = |k: usize| {
        words[k].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase) || listed("it this that which who", &bare(words[k]))
    };
    let adverb = |k: usize| {
        let a = bare(words[k]);
        a.ends_with("ly") || listed("also then again later still", &a)
    };
    let after_capital = i > 0 && (subject_at(i - 1) || i > 1 && adverb(i - 1) && subject_at(i - 2));
    let form = w.len() >= 4 && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")));
    plain && after_capital && form
}

/// What is wrong with an event title, or `None` if it reads as a headline: a
/// clause of at most [`TITLE_MAX_CHARS`] characters, with a verb, not cut after
/// a function word, not a speaker with nothing (or only a time phrase) to say.
pub fn title_problem(title: &str) -> Option<&'static str> {
    let t = title.trim();
    if t.is_empty() {
        return Some("empty");
    }
    let words = title_words(t);
    // "Speaker: what they said": the verb must be in what they said.
    let colon = t.find(": ").or_else(|| t.strip_suffix(':').map(str::len));
    let said_from = colon.map_or(0, |i| title_words(&t[..i]).len());
    // ("Donald Trump replied: Stopping …": who spoke and their verb, then their words.)
    // (The last word before the colon, in lower case: "States" in "The United States" is a name.)
    let spoke = || {
        colon.is_some() && said_from > 0 && words[said_from - 1].starts_with(|c: char| c.is_lowercase()) && verb_at(&words, said_from - 1)
    };
    let has_verb = (said_from..words.len()).any(|i| verb_at(&words, i)) || spoke();
    if colon.is_some() && said_from == words.len() && !(0..words.len()).any(|i| verb_at(&words, i)) {
        return Some("a speaker and nothing else");
    }
    if t.ends_with(':') {
        return Some("ends with a colon");
    }
    if colon.is_some() && said_from < words.len() && listed(TIME_OPENERS, &bare(words[said_from])) && !has_verb {
        return Some("a speaker and only a time phrase");
    }
    if t.chars().count() > TITLE_MAX_CHARS {
        return Some("longer than 90 characters");
    }
    if words.len() < 3 {
        return Some("fewer than 3 words");
    }
    if words.last().is_some_and(|w| listed(DANGLING, &bare(w))) && !stranded_preposition(&words) {
        return Some("ends with a function word");
    }
    if !has_verb {
        return Some("no verb");
    }
    None
}

// ---------------------------------------------------------------------------
// Scores

/// Scores of one article (or all).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Score {
    pub gold: usize,
    pub extracted: usize,
    pub matched: usize,
    /// Matched events whose reference has a date.
    pub dated: usize,
    pub date_right: usize,
    /// Matched events whose reference gives a kind.
    pub kinded: usize,
    pub kind_right: usize,
    /// Extracted events whose title has a [`title_problem`].
    pub bad_titles: usize,
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
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_right, self.kinded)
    }
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.extracted += o.extracted;
        self.matched += o.matched;
        self.dated += o.dated;
        self.date_right += o.date_right;
        self.kinded += o.kinded;
        self.kind_right += o.kind_right;
        self.bad_titles += o.bad_titles;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Counts of (reference value, extracted value).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confusion(pub BTreeMap<(String, String), usize>);

impl Confusion {
    fn add(&mut self, reference: &str, extracted: &str) {
        *self.0.entry((reference.to_owned(), extracted.to_owned())).or_default() += 1;
    }
    fn merge(&mut self, o: &Confusion) {
        for ((r, x), n) in &o.0 {
            *self.0.entry((r.clone(), x.clone())).or_default() += n;
        }
    }
    pub fn get(&self, reference: &str, extracted: &str) -> usize {
        self.0.get(&(reference.to_owned(), extracted.to_owned())).copied().unwrap_or(0)
    }
    pub fn total(&self) -> usize {
        self.0.values().sum()
    }
}

/// The confusion tables of the report. `lane` is over a matching that ignores
/// lanes (paragraph and quote only); the others over the matched events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tables {
    pub lane: Confusion,
    pub kind: Confusion,
    pub verification: Confusion,
    pub precision: Confusion,
}

impl Tables {
    fn merge(&mut self, o: &Tables) {
        self.lane.merge(&o.lane);
        self.kind.merge(&o.kind);
        self.verification.merge(&o.verification);
        self.precision.merge(&o.precision);
    }
}

/// One line of the details.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// A matched pair: the dates side by side and the extracted quote.
    Pair { gold: String, event: String, paragraph: usize, lane: String, date_right: Option<bool>, kind_right: Option<bool>, text: String },
    /// A reference event nothing matched, with the nearest extracted event of its paragraph.
    Missed { gold: String, paragraph: usize, lane: String, quote: String, nearest: Option<String> },
    /// An extracted event that matched nothing (a false alarm).
    Extra { event: String, paragraph: usize, lane: String, quote: String },
    /// An extracted event whose title has a problem.
    BadTitle { event: String, problem: &'static str, title: String },
}

/// One article's scores, details and tables.
#[derive(Debug, Clone, Default)]
pub struct Scored {
    pub score: Score,
    pub lines: Vec<Line>,
    pub tables: Tables,
}

#[derive(Debug, Clone)]
pub struct ArticleReport {
    pub article: String,
    pub published: NaiveDate,
    pub score: Score,
    pub lines: Vec<Line>,
}

/// An article's publication date as given (sidecar, `--published`) and as
/// its text states it (with whether that was a guess).
#[derive(Debug, Clone)]
pub struct DateCheck {
    pub article: String,
    pub given: Option<NaiveDate>,
    pub found: Option<(NaiveDate, bool)>,
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    pub overall: Score,
    pub tables: Tables,
    /// Articles of the gold file found in none of the folders (skipped).
    pub skipped: Vec<String>,
    /// Lane labels in gazetteer order (the order of the lane table).
    pub lane_order: Vec<String>,
    /// Each article's publication date as given and as read from its text.
    pub dating: Vec<DateCheck>,
    /// How well reports of one occasion in several articles were joined;
    /// `None` when the gold file has no clusters.
    pub merging: Option<super::eval_merge::MergeScore>,
}

// ---------------------------------------------------------------------------
// Matching

/// The words of a quote: lower case, apostrophes (straight or curly) dropped so
/// that "Russia’s" = "Russia's" = "russias", other punctuation separating words.
fn words(s: &str) -> HashSet<String> {
    let folded: String = s.chars().filter(|c| !matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`')).collect();
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The share of the reference quote's words that the extracted quote holds (0 for an empty reference).
pub fn quote_overlap(reference: &str, extracted: &str) -> f64 {
    let (r, x) = (words(reference), words(extracted));
    ratio(r.intersection(&x).count(), r.len())
}

fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (words(a), words(b));
    ratio(x.intersection(&y).count(), x.union(&y).count())
}

/// The least [`quote_overlap`] of a match.
pub const MIN_OVERLAP: f64 = 0.5;

/// The lane label a lane id or label stands for (as written if the gazetteer does not know it).
fn lane_label(g: &Gazetteer, lane: &str) -> String {
    g.lanes
        .iter()
        .find(|l| l.id.eq_ignore_ascii_case(lane) || l.label.eq_ignore_ascii_case(lane))
        .map_or_else(|| lane.to_owned(), |l| l.label.clone())
}

fn first_quote(e: &Event) -> (usize, &str) {
    e.sources.first().map_or((usize::MAX, ""), |s| (s.paragraph, &*s.quote))
}

/// Pairs gold and extracted events one-to-one among those `eligible` with
/// the same paragraph and enough quote overlap; the most similar quotes pair first,
/// and of equally similar ones those of one kind ("Putin says Moscow fired …" is
/// both his statement and the strike, each quoted by the whole sentence). Then as many
/// more pairs as re-pairing allows: a greedy pairing can take the one extracted event
/// that two references could use ("Kyiv's military said" and the strike it said, both
/// held by one sentence's drafts) and leave a match uncounted.
fn pair_up(gold: &[GoldEvent], events: &[Event], eligible: impl Fn(&GoldEvent, &Event) -> bool) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, bool, usize, usize)> = Vec::new();
    for (gi, ge) in gold.iter().enumerate() {
        for (ei, e) in events.iter().enumerate() {
            let (paragraph, quote) = first_quote(e);
            if paragraph == ge.paragraph && quote_overlap(&ge.quote, quote) >= MIN_OVERLAP && eligible(ge, e) {
                let same_kind = ge.kind.as_deref() == Some(e.kind.name());
                pairs.push((similarity(&ge.quote, quote), same_kind, gi, ei));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let mut of_gold: Vec<Option<usize>> = vec![None; gold.len()];
    let mut of_event: Vec<Option<usize>> = vec![None; events.len()];
    for &(_, _, gi, ei) in &pairs {
        if of_gold[gi].is_none() && of_event[ei].is_none() {
            of_gold[gi] = Some(ei);
            of_event[ei] = Some(gi);
        }
    }
    // Candidates of each reference, most similar first (the order of `pairs`).
    let mut candidates: Vec<Vec<usize>> = vec![Vec::new(); gold.len()];
    for &(_, _, gi, ei) in &pairs {
        candidates[gi].push(ei);
    }
    for gi in 0..gold.len() {
        if of_gold[gi].is_none() && !candidates[gi].is_empty() {
            let mut seen = vec![false; events.len()];
            augment(gi, &candidates, &mut of_gold, &mut of_event, &mut seen);
        }
    }
    of_gold.iter().enumerate().filter_map(|(gi, e)| e.map(|ei| (gi, ei))).collect()
}

/// An augmenting path from reference `gi` (Kuhn's algorithm): pairs `gi` with a free
/// candidate, or with one whose reference can move to another; true when it did.
fn augment(gi: usize, candidates: &[Vec<usize>], of_gold: &mut [Option<usize>], of_event: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &ei in &candidates[gi] {
        if seen[ei] {
            continue;
        }
        seen[ei] = true;
        if of_event[ei].is_none_or(|other| augment(other, candidates, of_gold, of_event, seen)) {
            of_gold[gi] = Some(ei);
            of_event[ei] = Some(gi);
            return true;
        }
    }
    false
}

/// The matching of [`MATCH_RULE`]: same paragraph and lane (id or label), at
/// least half the reference quote's words, one-to-one.
pub fn match_events(gold: &[GoldEvent], events: &[Event], g: &Gazetteer) -> Vec<(usize, usize)> {
    pair_up(gold, events, |ge, e| lane_label(g, &ge.lane) == lane_label(g, &e.lane))
}

/// The same matching with lanes left aside: what the lane table is counted over.
pub fn match_ignoring_lanes(gold: &[GoldEvent], events: &[Event]) -> Vec<(usize, usize)> {
    pair_up(gold, events, |_, _| true)
}

// ---------------------------------------------------------------------------
// Scoring an article

fn clip(s: &str, n: usize) -> String {
    crate::model::problem::clip_to(s, n).into_owned()
}

fn reference_text(ge: &GoldEvent) -> String {
    match ge.reference {
        Reference::Days(a, b) if a == b => format!("{} {a}", ge.precision),
        Reference::Days(a, b) => format!("{} {a}..{b}", ge.precision),
        Reference::OnOrBefore(d) => format!("{} ..{d}", ge.precision),
        Reference::Undated => ge.precision.clone(),
    }
}

fn extracted_date_text(e: &Event) -> String {
    let end = e.end.as_deref().map(|x| format!("..{x}")).unwrap_or_default();
    format!("{} {}{end}", e.precision.name(), e.start.as_deref().unwrap_or(""))
}

/// Scores one matched pair into `out` and returns its details line.
fn score_pair(ge: &GoldEvent, e: &Event, out: &mut Scored) -> Line {
    let date_right = date_right(ge.reference, event_days(e));
    if let Some(r) = date_right {
        out.score.dated += 1;
        out.score.date_right += r as usize;
    }
    let kind_right = ge.kind.as_deref().map(|k| k == e.kind.name());
    if let Some(r) = kind_right {
        out.score.kinded += 1;
        out.score.kind_right += r as usize;
    }
    let none = "(none)";
    out.tables.kind.add(ge.kind.as_deref().unwrap_or(none), e.kind.name());
    out.tables.verification.add(ge.verification.as_deref().unwrap_or(none), e.verification.name());
    out.tables.precision.add(&ge.precision, e.precision.name());
    Line::Pair {
        gold: ge.id.clone(),
        event: e.id.to_string(),
        paragraph: ge.paragraph,
        lane: ge.lane.clone(),
        date_right,
        kind_right,
        text: format!(
            "{} vs {} | {} vs {} | \"{}\"",
            extracted_date_text(e),
            reference_text(ge),
            e.kind.name(),
            ge.kind.as_deref().unwrap_or(none),
            clip(first_quote(e).1, 70)
        ),
    }
}

/// The extracted event of a paragraph whose quote holds most of `ge`'s words, described.
fn nearest(ge: &GoldEvent, events: &[Event]) -> Option<String> {
    events
        .iter()
        .filter(|e| first_quote(e).0 == ge.paragraph)
        .map(|e| (quote_overlap(&ge.quote, first_quote(e).1), e))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(o, e)| format!("{} (lane {}, overlap {o:.2})", e.id, e.lane))
}

/// Scores one article's extracted events against its gold events.
pub fn score_article(gold: &[GoldEvent], events: &[Event], g: &Gazetteer) -> Scored {
    let pairs = match_events(gold, events, g);
    let score = Score { gold: gold.len(), extracted: events.len(), matched: pairs.len(), ..Score::default() };
    let mut out = Scored { score, ..Scored::default() };
    for &(gi, ei) in &pairs {
        let line = score_pair(&gold[gi], &events[ei], &mut out);
        out.lines.push(line);
    }
    for (gi, ei) in match_ignoring_lanes(gold, events) {
        out.tables.lane.add(&lane_label(g, &gold[gi].lane), &lane_label(g, &events[ei].lane));
    }
    for (gi, ge) in gold.iter().enumerate().filter(|(gi, _)| !pairs.iter().any(|p| p.0 == *gi)) {
        let (quote, nearest) = (ge.quote.clone(), nearest(&gold[gi], events));
        out.lines.push(Line::Missed { gold: ge.id.clone(), paragraph: ge.paragraph, lane: ge.lane.clone(), quote, nearest });
    }
    for (_, e) in events.iter().enumerate().filter(|(ei, _)| !pairs.iter().any(|p| p.1 == *ei)) {
        let (paragraph, quote) = first_quote(e);
        out.lines.push(Line::Extra { event: e.id.to_string(), paragraph, lane: e.lane.to_string(), quote: quote.to_owned() });
    }
    for e in events {
        if let Some(problem) = title_problem(&e.title) {
            out.score.bad_titles += 1;
            out.lines.push(Line::BadTitle { event: e.id.to_string(), problem, title: e.title.to_string() });
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Evaluating folders of articles

/// Extracts every article the gold file names (from `dir`) and scores it.
pub fn evaluate(gold_path: &Path, dir: &Path, published: &BTreeMap<String, NaiveDate>, g: &Gazetteer) -> Result<Report, String> {
    evaluate_dirs(gold_path, &[dir.to_path_buf()], published, g)
}

/// Extracts every article the gold file names from the first of `dirs` that
/// holds it, and scores it. Articles in none of them are skipped and listed in
/// `Report::skipped` (some corpora keep part of their articles outside git);
/// an article found without a publication date is an error.
pub fn evaluate_dirs(gold_path: &Path, dirs: &[PathBuf], published: &BTreeMap<String, NaiveDate>, g: &Gazetteer) -> Result<Report, String> {
    if let Some(d) = dirs.iter().find(|d| !d.is_dir()) {
        return Err(format!("{}: is not a folder", d.display()));
    }
    let gold = load_gold(gold_path)?;
    let mut names: Vec<&str> = gold.iter().map(|e| e.article.as_str()).collect();
    names.sort();
    names.dedup();
    let mut report = Report { lane_order: g.lanes.iter().map(|l| l.label.clone()).collect(), ..Report::default() };
    let mut extracted = Vec::new();
    for name in names {
        let Some(path) = dirs.iter().map(|d| d.join(name)).find(|p| p.is_file()) else {
            report.skipped.push(name.to_owned());
            continue;
        };
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        let text = article_text(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
        let given = published.get(name).copied();
        let found = find_published(&crate::model::paragraphs::split_paragraphs(&text));
        report.dating.push(DateCheck { article: name.to_owned(), given, found: found.as_ref().map(|f| (f.date, f.is_guess())) });
        let date = match (given, found) {
            (Some(d), _) => Published::given(d),
            (None, Some(f)) => f,
            (None, None) => {
                let sidecar = path.parent().unwrap_or(Path::new(".")).join("published.json");
                return Err(format!(
                    "{}: no publication date in the text; give --published {name}=YYYY-MM-DD or list it in {}",
                    path.display(),
                    sidecar.display()
                ));
            }
        };
        let meta = ArticleMeta { id: article_id(&path), published: date.clone(), outlet: None, url: None };
        let date = date.date;
        let (article, events) = extract_article(&text, &meta, g);
        let own: Vec<GoldEvent> = gold.iter().filter(|e| e.article == name).cloned().collect();
        let scored = score_article(&own, &events, g);
        extracted.push((name.to_owned(), article, events));
        report.overall.add(&scored.score);
        report.tables.merge(&scored.tables);
        report.articles.push(ArticleReport { article: name.to_owned(), published: date, score: scored.score, lines: scored.lines });
    }
    if report.articles.is_empty() && !report.skipped.is_empty() {
        let list: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        return Err(format!("{}: none of its {} articles is in {}", gold_path.display(), report.skipped.len(), list.join(" or ")));
    }
    if gold.iter().any(|e| e.cluster.is_some()) {
        report.merging = Some(super::eval_merge::score_merging(&gold, extracted, g));
    }
    Ok(report)
}

// ---------------------------------------------------------------------------
// The printed report

const KINDS: &[&str] = &["statement", "claim", "accusation", "meeting", "decision", "attack", "other"];
const VERIFICATIONS: &[&str] = &["reported", "claimed", "unverified", "denied"];
const GOLD_PRECISIONS: &[&str] = &["day", "day_ambiguous", "range", "before_dct", "on_or_before", "none"];
const PRECISIONS: &[&str] = &["minute", "hour", "day", "week", "month", "year", "range", "before", "unknown"];

/// The printed report; `details` adds every pair (=), miss (-), false alarm (+)
/// and bad title (!). `dirs` names the article folders.
pub fn format_report(r: &Report, gold: &str, dirs: &str, details: bool) -> String {
    let mut out = format!("chronolens eval: {gold} against the articles in {dirs}\n");
    for rule in [MATCH_RULE, DATE_RULE, KIND_AND_TITLE_RULES] {
        out.push_str(rule);
        out.push('\n');
    }
    if !r.skipped.is_empty() {
        out.push_str(&format!(
            "warning: {} article{} of the gold file {} in none of the article folders, skipped: {}\n",
            r.skipped.len(),
            if r.skipped.len() == 1 { "" } else { "s" },
            if r.skipped.len() == 1 { "is" } else { "are" },
            r.skipped.join(", ")
        ));
    }
    out.push('\n');
    out.push_str(&format_scores(r));
    out.push_str(&format_dating(r));
    out.push_str(&format_tables(r));
    if let Some(m) = &r.merging {
        out.push_str(&super::eval_merge::format_merging(m, details));
    }
    if details {
        out.push_str(&format_details(r));
    }
    out
}

/// One line per article and the overall line.
fn format_scores(r: &Report) -> String {
    let w = r.articles.iter().map(|a| a.article.chars().count()).max().unwrap_or(0).max(28);
    let mut out = format!(
        "{:<w$} {:<10} {:>4} {:>9} {:>7} {:>9} {:>6} {:>8} {:>8} {:>10}\n",
        "article", "published", "gold", "extracted", "matched", "precision", "recall", "date acc", "kind acc", "bad titles"
    );
    let row = |name: &str, published: &str, s: &Score| {
        format!(
            "{name:<w$} {published:<10} {:>4} {:>9} {:>7} {:>9.3} {:>6.3} {:>8.3} {:>8.3} {:>10}\n",
            s.gold,
            s.extracted,
            s.matched,
            s.precision(),
            s.recall(),
            s.date_accuracy(),
            s.kind_accuracy(),
            s.bad_titles
        )
    };
    for a in &r.articles {
        out.push_str(&row(&a.article, &a.published.to_string(), &a.score));
    }
    out.push_str(&row("overall", "", &r.overall));
    out
}

/// How often the text states the publication date it was given.
fn format_dating(r: &Report) -> String {
    let with_given: Vec<&DateCheck> = r.dating.iter().filter(|d| d.given.is_some()).collect();
    let stated = with_given.iter().filter(|d| d.found.is_some()).count();
    let agree = with_given.iter().filter(|d| d.found.map(|f| f.0) == d.given).count();
    let mut out = format!(
        "\npublication dates read from the text: {stated} of {} articles state one, {agree} agree with the date given",
        with_given.len()
    );
    let differ: Vec<String> = with_given
        .iter()
        .filter_map(|d| {
            let (f, guess) = d.found?;
            let given = d.given?;
            (f != given).then(|| format!("{}: text {f}{}, given {given}", d.article, if guess { " (guess)" } else { "" }))
        })
        .collect();
    if !differ.is_empty() {
        out.push_str(&format!("; differ: {}", differ.join("; ")));
    }
    let read: Vec<String> =
        r.dating.iter().filter(|d| d.given.is_none()).filter_map(|d| Some(format!("{} {}", d.article, d.found?.0))).collect();
    if !read.is_empty() {
        out.push_str(&format!("; used the text's date for {}", read.join(", ")));
    }
    out.push('\n');
    out
}

fn format_tables(r: &Report) -> String {
    let lanes: Vec<&str> = r.lane_order.iter().map(String::as_str).collect();
    let t = &r.tables;
    let mut out = String::new();
    out.push_str(&format_confusion(
        &format!("lane, over a matching on paragraph and quote alone ({} pairs)", t.lane.total()),
        &t.lane,
        &lanes,
        &lanes,
    ));
    out.push_str(&format_confusion(&format!("kind ({} matched events)", t.kind.total()), &t.kind, KINDS, KINDS));
    out.push_str(&format_confusion("verification", &t.verification, VERIFICATIONS, VERIFICATIONS));
    out.push_str(&format_confusion("date precision", &t.precision, GOLD_PRECISIONS, PRECISIONS));
    out
}

/// The values that occur, those of `order` first, in its order.
fn ordered<'a>(seen: impl Iterator<Item = &'a String>, order: &[&str]) -> Vec<&'a str> {
    let mut v: Vec<&str> = seen.map(String::as_str).collect();
    v.sort_by_key(|x| (order.iter().position(|o| o == x).unwrap_or(order.len()), x.to_string()));
    v.dedup();
    v
}

/// A table with reference values down and extracted values across.
fn format_confusion(title: &str, c: &Confusion, rows: &[&str], cols: &[&str]) -> String {
    let rows = ordered(c.0.keys().map(|k| &k.0), rows);
    let cols = ordered(c.0.keys().map(|k| &k.1), cols);
    let head = "reference \\ extracted";
    let w0 = rows.iter().map(|r| r.chars().count()).max().unwrap_or(0).max(head.len());
    let mut out = format!("\n{title}: rows reference, columns extracted\n{head:<w0$}");
    for col in &cols {
        out.push_str(&format!(" {col:>w$}", w = col.chars().count().max(3)));
    }
    out.push('\n');
    for row in &rows {
        out.push_str(&format!("{row:<w0$}"));
        for col in &cols {
            let n = c.get(row, col);
            let cell = if n == 0 { ".".to_owned() } else { n.to_string() };
            out.push_str(&format!(" {cell:>w$}", w = col.chars().count().max(3)));
        }
        out.push('\n');
    }
    out
}

fn format_details(r: &Report) -> String {
    let mut out = String::new();
    for a in &r.articles {
        out.push_str(&format!("\n{}\n", a.article));
        for l in &a.lines {
            out.push_str(&format_line(l));
            out.push('\n');
        }
    }
    out
}

fn format_line(l: &Line) -> String {
    match l {
        Line::Pair { gold, event, paragraph, lane, date_right, kind_right, text } => {
            let date = match date_right {
                Some(true) => "date ok ",
                Some(false) => "DATE OFF",
                None => "undated ",
            };
            let kind = if *kind_right == Some(false) { "KIND OFF" } else { "kind ok " };
            format!("  = {date} {kind} p{paragraph:<2} {lane:<20} {gold} {event:<24} {text}")
        }
        Line::Missed { gold, paragraph, lane, quote, nearest } => {
            let near = nearest.as_deref().map(|n| format!(" [nearest: {n}]")).unwrap_or_default();
            format!("  - missed            p{paragraph:<2} {lane:<20} {gold} \"{}\"{near}", clip(quote, 90))
        }
        Line::Extra { event, paragraph, lane, quote } => {
            format!("  + false alarm       p{paragraph:<2} {lane:<20} {event} \"{}\"", clip(quote, 90))
        }
        Line::BadTitle { event, problem, title } => format!("  ! bad title         {event}: {problem}: \"{title}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn days(a: &str, b: &str) -> Option<DayRange> {
        Some((Some(d(a)), d(b)))
    }

    #[test]
    fn a_day_reference_wants_exactly_that_day() {
        let day = Reference::Days(d("2022-03-24"), d("2022-03-24"));
        assert_eq!(date_right(day, days("2022-03-24", "2022-03-24")), Some(true));
        assert_eq!(date_right(day, days("2022-03-23", "2022-03-23")), Some(false), "another day");
        assert_eq!(date_right(day, days("2022-03-24", "2022-03-25")), Some(false), "two days: vaguer");
        assert_eq!(date_right(day, days("2022-03-21", "2022-03-27")), Some(false), "a week around it: vaguer");
        assert_eq!(date_right(day, Some((None, d("2022-03-24")))), Some(false), "on or before it: vaguer");
        assert_eq!(date_right(day, None), Some(false), "no date");
    }

    #[test]
    fn a_range_reference_wants_exactly_its_range() {
        for (a, b) in [("2022-03-23", "2022-03-24"), ("2022-04-01", "2022-04-30")] {
            let range = Reference::Days(d(a), d(b));
            assert_eq!(date_right(range, days(a, b)), Some(true), "as much as the text says");
            assert_eq!(date_right(range, days(a, a)), Some(false), "one day inside: more precise than the text");
            assert_eq!(date_right(range, days(b, b)), Some(false), "one day inside: more precise than the text");
            assert_eq!(date_right(range, days("2022-03-22", b)), Some(false), "wider: vaguer");
            assert_eq!(date_right(range, days(a, "2022-05-01")), Some(false), "wider: vaguer");
            assert_eq!(date_right(range, Some((None, d(b)))), Some(false), "open: vaguer");
            assert_eq!(date_right(range, None), Some(false));
        }
        let range = Reference::Days(d("2022-03-21"), d("2022-03-25"));
        assert_eq!(date_right(range, days("2022-03-22", "2022-03-24")), Some(false), "narrower inside");
        assert_eq!(date_right(range, days("2022-03-22", "2022-03-26")), Some(false), "as wide, shifted");
    }

    #[test]
    fn an_on_or_before_reference_wants_exactly_on_or_before_its_day() {
        let before = Reference::OnOrBefore(d("2022-03-24"));
        assert_eq!(date_right(before, Some((None, d("2022-03-24")))), Some(true), "on or before D");
        assert_eq!(date_right(before, days("2022-03-21", "2022-03-24")), Some(false), "a closed range claims when it began");
        assert_eq!(date_right(before, days("2022-03-24", "2022-03-24")), Some(false), "the day D is more than the text says");
        assert_eq!(date_right(before, Some((None, d("2022-03-28")))), Some(false), "on or before another day");
        assert_eq!(date_right(before, days("2022-03-21", "2022-03-22")), Some(false), "ending before D");
        assert_eq!(date_right(before, days("2022-03-21", "2022-03-27")), Some(false), "ending after D");
        assert_eq!(date_right(before, None), Some(false));
    }

    #[test]
    fn an_undated_reference_is_not_counted() {
        assert_eq!(date_right(Reference::Undated, None), None);
        assert_eq!(date_right(Reference::Undated, days("2022-03-24", "2022-03-24")), None);
        assert_eq!(date_right(Reference::Undated, Some((None, d("2022-03-24")))), None);
    }

    #[test]
    fn headline_titles_pass() {
        for t in [
            "Joe Biden: Russia’s possible use of chemical weapons against Ukraine was a real threat",
            "Jens Stoltenberg: any use of chemical weapons would have far-reaching consequences",
            "Lloyd Austin: Ukraine is facing a pivotal moment on the battlefield",
            "Russia shelled residential areas of Kharkiv overnight",
            "Dmitry Peskov: Kyiv denies any role",
            "Zelensky urges the West to send air defences",
            "Oleksandr Markushyn: such munitions violate the Geneva Conventions",
            "Kyiv: air defences intercepted most of the drones",
            "Allies reaffirmed support for Ukraine",
            "Lloyd Austin: My final hours at Ramstein, I mourn for every life lost",
            "Sergei Lavrov: We spent a great deal of time on the papers",
        ] {
            assert_eq!(title_problem(t), None, "{t}");
        }
    }

    #[test]
    fn bad_titles_are_named() {
        let cases = [
            ("", "empty"),
            ("   ", "empty"),
            ("Jens Stoltenberg said:", "ends with a colon"),
            ("Jens Stoltenberg: ", "a speaker and nothing else"),
            ("Dmitry Peskov: , \"", "a speaker and nothing else"),
            ("Volodymyr Zelensky: during a TV broadcast on Tuesday", "a speaker and only a time phrase"),
            ("Jens Stoltenberg: on Thursday", "a speaker and only a time phrase"),
            (
                "Jens Stoltenberg: We are partly concerned because we are seeing all kinds of rhetoric and the rest of it",
                "longer than 90 characters",
            ),
            ("Biden warns", "fewer than 3 words"),
            ("Jens Stoltenberg: NATO allies agreed to", "ends with a function word"),
            ("Lloyd Austin: this assistance may include medical assistance in…", "ends with a function word"),
            ("Russia says the attack was part of", "ends with a function word"),
            ("Dmitry Peskov: , \"Without question", "no verb"),
            ("Joe Biden: a real threat to Europe", "no verb"),
            ("the Kremlin: Washington of prolonging the war", "no verb"),
            ("White House: the president’s reckless remarks", "no verb"),
        ];
        for (t, want) in cases {
            assert_eq!(title_problem(t), Some(want), "{t:?}");
        }
        let exactly_90 = format!("Russia says {}", "x".repeat(TITLE_MAX_CHARS - 12));
        assert_eq!(exactly_90.chars().count(), TITLE_MAX_CHARS);
        assert_eq!(title_problem(&exactly_90), None);
        assert_eq!(title_problem(&format!("{exactly_90}y")), Some("longer than 90 characters"));
    }

    #[test]
    fn quote_overlap_folds_case_punctuation_and_quotes() {
        assert_eq!(quote_overlap("Russia’s “real” threat", "russia's real THREAT"), 1.0);
        assert_eq!(quote_overlap("one two three four", "two three"), 0.5);
        assert_eq!(quote_overlap("one two three four", "one two three four five six seven eight"), 1.0, "of the reference's words");
        assert_eq!(quote_overlap("", "anything"), 0.0);
    }

    fn gold(id: &str, paragraph: usize, lane: &str, quote: &str) -> GoldEvent {
        GoldEvent {
            id: id.into(),
            article: "a.txt".into(),
            paragraph,
            lane: lane.into(),
            quote: quote.into(),
            reference: Reference::Undated,
            precision: "none".into(),
            kind: Some("statement".into()),
            verification: Some("reported".into()),
            cluster: None,
        }
    }

    fn event(id: &str, paragraph: usize, lane: &str, quote: &str) -> Event {
        Event {
            id: id.into(),
            lane: lane.into(),
            title: "Someone said something".into(),
            sources: vec![crate::model::Source { article: "a".into(), paragraph, quote: quote.into(), ..Default::default() }],
            ..Default::default()
        }
    }

    #[test]
    fn matching_needs_paragraph_lane_and_half_the_quote_one_to_one() {
        let g = Gazetteer::builtin();
        let golds = [
            gold("g1", 1, "NATO", "Stoltenberg said this on Thursday"),
            gold("g2", 1, "NATO", "He said that Russia could attack"),
            gold("g3", 2, "Ukrainian officials", "Kyiv denied it"),
            gold("g4", 3, "US", "Biden said the threat was real"),
        ];
        let events = [
            event("e1", 1, "nato", "he said that russia could"),
            event("e2", 1, "nato", "Stoltenberg said this on Thursday, adding more"),
            event("e3", 1, "nato", "Stoltenberg said this"),
            event("e4", 2, "russia", "Kyiv denied it"),
            event("e5", 3, "us", "Biden said the"),
        ];
        // e3 is as eligible as e2 for g1 but less similar; e4 is in another lane;
        // e5 holds 3 of g4's 6 words, exactly half.
        assert_eq!(match_events(&golds, &events, &g), [(0, 1), (1, 0), (3, 4)]);
        let short = [event("e5", 3, "us", "Biden said")];
        assert_eq!(match_events(&golds, &short, &g), [], "2 of 6 words is less than half");
        let other_paragraph = [event("e1", 2, "nato", "He said that Russia could attack")];
        assert_eq!(match_events(&golds, &other_paragraph, &g), []);
        // Equally similar quotes pair by kind: the statement with the statement, the strike with the strike.
        let said = "Putin says Moscow fired a missile at Dnipro";
        let golds2 = [gold("s", 1, "Russia", said), GoldEvent { kind: Some("attack".into()), ..gold("a", 1, "Russia", said) }];
        let events2 = [Event { kind: crate::model::Kind::Attack, ..event("x1", 1, "russia", said) }, event("x2", 1, "russia", said)];
        assert_eq!(match_events(&golds2, &events2, &g), [(0, 1), (1, 0)]);
        let s = score_article(&golds, &events, &g).score;
        assert_eq!((s.gold, s.extracted, s.matched), (4, 5, 3));
        assert_eq!((s.precision(), s.recall()), (0.6, 0.75));
    }

    #[test]
    fn matching_pairs_as_many_as_re_pairing_allows() {
        let g = Gazetteer::builtin();
        // The sentence's report ("x1", the whole sentence) is the most similar to the strike's
        // reference, which the strike's own draft ("x2") also holds (half its words); the report's reference
        // ("The comments come after Kyiv's military said") is held only by the whole sentence.
        let golds = [
            gold("said", 4, "Ukrainian officials", "Kyiv's military said"),
            gold("struck", 4, "Ukrainian officials", "forces struck airfields in the south and east"),
        ];
        let events = [
            event("x1", 4, "ukraine", "Kyiv's military said forces struck airfields in the south and east"),
            event("x2", 4, "ukraine", "forces struck airfields in"),
        ];
        assert_eq!(match_events(&golds, &events, &g), [(0, 0), (1, 1)], "both references matched, not the strike alone");
        // With only the whole sentence, the more similar reference keeps it.
        assert_eq!(match_events(&golds, &events[..1], &g), [(1, 0)]);
    }

    #[test]
    fn the_lane_table_counts_a_matching_that_ignores_lanes() {
        let g = Gazetteer::builtin();
        let golds = [gold("g1", 1, "NATO", "Stoltenberg said this"), gold("g2", 2, "Ukrainian officials", "Kyiv denied it")];
        let events = [event("e1", 1, "nato", "Stoltenberg said this"), event("e2", 2, "russia", "Kyiv denied it")];
        assert_eq!(match_ignoring_lanes(&golds, &events), [(0, 0), (1, 1)]);
        let t = score_article(&golds, &events, &g).tables;
        assert_eq!(t.lane.get("NATO", "NATO"), 1);
        assert_eq!(t.lane.get("Ukrainian officials", "Russia"), 1);
        assert_eq!(t.kind.total(), 1, "the other tables count the matched events only");
    }

    #[test]
    fn a_preposition_or_pronoun_left_at_the_end_of_a_clause_is_no_fragment() {
        assert_eq!(title_problem("Anatoly Antonov: We know very well what these drones are used for"), None);
        assert_eq!(title_problem("Dmitry Peskov: Only Russians can decide that"), None);
        // ("is already over": the adverb stands between "be" and what is stranded.)
        assert_eq!(title_problem("Sergiy Nykyforov: The meeting took place and is already over"), None);
        assert!(title_problem("Sergiy Nykyforov: The meeting took place already over").is_some());
        // A past form whose base is as often a noun counts; the base does not.
        assert_eq!(title_problem("Russia's investigative committee opened a criminal probe"), None);
        assert_eq!(title_problem("The Ukrainian government hailed Finland's move"), None);
        assert_eq!(title_problem("Russia's order to evacuate troops"), Some("no verb"));
        // Who spoke with their verb, then their words: a clause before the colon.
        assert_eq!(title_problem("Donald Trump replied: Stopping taking the whole country -- pretty big concession"), None);
        assert_eq!(title_problem("Donald Trump: Stopping taking the whole country"), Some("no verb"));
        assert_eq!(title_problem("The United States: Gratitude to the Crown Prince"), Some("no verb"));
        // A pronoun and its verb written as one is a verb; a name's "'s" is no verb.
        assert_eq!(title_problem("Dmitry Peskov: It’s terminated"), None);
        assert_eq!(title_problem("Dmitry Peskov: That's the de facto situation"), None);
        assert_eq!(title_problem("Dmitry Peskov: Russia's grain deal"), Some("no verb"));
        assert_eq!(title_problem("The Kremlin: Erdogan and Putin also talked about energy"), None);
        assert_eq!(title_problem("The Kremlin: Putin also shelved the plan"), None);
        assert_eq!(title_problem("The Kremlin: Putin drew attention to the destructive line of the Kyiv regime"), None);
        // A pronoun as subject.
        assert_eq!(title_problem("Jens Stoltenberg: Together, this represents the most serious escalation"), None);
        assert_eq!(title_problem("Jens Stoltenberg: Together, this year"), Some("no verb"));
        assert_eq!(title_problem("Joe Biden announced a package of"), Some("ends with a function word"));
        assert_eq!(title_problem("Joe Biden said that"), Some("ends with a function word"));
    }

    #[test]
    fn kind_accuracy_dates_and_titles_are_scored_over_the_right_events() {
        let g = Gazetteer::builtin();
        let mut golds = vec![gold("g1", 1, "NATO", "Stoltenberg said this"), gold("g2", 2, "NATO", "NATO allies met in Brussels")];
        golds[0].reference = Reference::Days(d("2022-03-24"), d("2022-03-24"));
        golds[0].precision = "day".into();
        golds[1].kind = Some("meeting".into());
        golds[1].reference = Reference::OnOrBefore(d("2022-03-24"));
        golds[1].precision = "before_dct".into();
        let mut events = vec![event("e1", 1, "nato", "Stoltenberg said this"), event("e2", 2, "nato", "NATO allies met in Brussels")];
        events[0].start = Some("2022-03-23".into());
        events[1].start = Some("2022-03-24".into());
        events[1].precision = Precision::Before;
        events[1].title = "Jens Stoltenberg: on Thursday".into();
        let scored = score_article(&golds, &events, &g);
        let s = &scored.score;
        assert_eq!((s.kinded, s.kind_right, s.kind_accuracy()), (2, 1, 0.5), "e2 is a statement, not a meeting");
        assert_eq!((s.dated, s.date_right), (2, 1), "e1 is a day early; e2 is on or before D, as the reference");
        assert_eq!(s.bad_titles, 1);
        assert!(scored.lines.contains(&Line::BadTitle {
            event: "e2".into(),
            problem: "a speaker and only a time phrase",
            title: "Jens Stoltenberg: on Thursday".into()
        }));
        assert_eq!(scored.tables.kind.get("meeting", "statement"), 1);
        assert_eq!(scored.tables.precision.get("before_dct", "before"), 1);
    }

    #[test]
    fn articles_are_looked_up_in_several_folders_and_absent_ones_skipped() {
        let scratch = tempfile::Builder::new().prefix("chronolens-eval-dirs-").tempdir().unwrap();
        let root = scratch.path().to_path_buf();
        let (one, two) = (root.join("one"), root.join("two"));
        for dir in [&one, &two] {
            let _ = std::fs::remove_dir_all(dir);
            std::fs::create_dir_all(dir).unwrap();
        }
        let article = "A title\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that it was grave.\n";
        std::fs::write(one.join("a.txt"), article).unwrap();
        std::fs::write(two.join("b.txt"), article).unwrap();
        let quote = "Jens Stoltenberg said on Thursday that it was grave";
        let events: Vec<String> = ["a.txt", "b.txt", "gone.txt"]
            .iter()
            .map(|a| {
                format!(r#"{{"id": "{a}", "article": "{a}", "paragraph": 1, "actor_lane": "NATO", "quote": "{quote}", "date_start": "2022-03-24", "date_precision": "day", "kind": "statement"}}"#)
            })
            .collect();
        let gold = root.join("gold.json");
        std::fs::write(&gold, format!("{{\"events\": [{}]}}", events.join(","))).unwrap();
        let published: BTreeMap<String, NaiveDate> = [("a.txt".to_owned(), d("2022-03-24")), ("b.txt".to_owned(), d("2022-03-24"))].into();
        let g = Gazetteer::builtin();
        let r = evaluate_dirs(&gold, &[one.clone(), two.clone()], &published, &g).unwrap();
        assert_eq!(r.articles.iter().map(|a| a.article.as_str()).collect::<Vec<_>>(), ["a.txt", "b.txt"]);
        assert_eq!(r.skipped, ["gone.txt"]);
        assert_eq!((r.overall.gold, r.overall.matched, r.overall.date_right, r.overall.kind_right), (2, 2, 2, 2));
        let text = format_report(&r, "gold.json", "one, two", false);
        assert!(text.contains("warning: 1 article of the gold file is in none of the article folders, skipped: gone.txt"), "{text}");
        let e = evaluate_dirs(&gold, std::slice::from_ref(&one), &BTreeMap::new(), &g).unwrap_err();
        assert!(e.contains("a.txt: no publication date"), "{e}");
        let e = evaluate_dirs(&gold, &[root.join("three")], &published, &g).unwrap_err();
        assert!(e.ends_with("three: is not a folder"), "{e}");
        std::fs::create_dir_all(root.join("empty")).unwrap();
        let e = evaluate_dirs(&gold, &[root.join("empty")], &published, &g).unwrap_err();
        assert!(e.contains("none of its 3 articles is in"), "{e}");
    }

    #[test]
    fn the_report_has_the_columns_and_tables() {
        let g = Gazetteer::builtin();
        let golds = [gold("g1", 1, "NATO", "Stoltenberg said this")];
        let events = [event("e1", 1, "nato", "Stoltenberg said this"), event("e2", 2, "us", "Biden spoke")];
        let scored = score_article(&golds, &events, &g);
        let mut r = Report { lane_order: g.lanes.iter().map(|l| l.label.clone()).collect(), ..Report::default() };
        r.overall = scored.score.clone();
        r.tables = scored.tables.clone();
        r.articles.push(ArticleReport { article: "a.txt".into(), published: d("2022-03-24"), score: scored.score, lines: scored.lines });
        let text = format_report(&r, "gold.json", "dir", true);
        let head = text.lines().find(|l| l.starts_with("article")).unwrap();
        let cols = ["gold", "extracted", "matched", "precision", "recall", "date acc", "kind acc", "bad titles"];
        assert!(cols.iter().all(|c| head.contains(c)), "{head}");
        let overall: Vec<&str> = text.lines().find(|l| l.starts_with("overall")).unwrap().split_whitespace().collect();
        assert_eq!(overall[1..], ["1", "2", "1", "0.500", "1.000", "0.000", "1.000", "0"]);
        for table in ["lane, over a matching", "kind (1 matched events)", "verification:", "date precision:"] {
            assert!(text.contains(table), "{table}\n{text}");
        }
        assert!(text.contains("+ false alarm       p2  us"), "{text}");
        assert!(text.contains("\"Biden spoke\""), "false alarms show their quotes\n{text}");
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
        e.precision = Precision::Minute;
        e.start = Some("2022-03-21T14:30:00Z".into());
        e.end = None;
        assert_eq!(event_days(&e), Some((Some(d("2022-03-21")), d("2022-03-21"))), "a time of day is within its day");
    }
}
