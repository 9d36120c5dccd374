//! Sentences → draft events: who (actors), what (kinds), when (dates), how sure
//! (verification), one event per lane and sentence plus the attacks, meetings
//! and decisions reported inside someone else's statement.

use super::actors::{Actor, INSTITUTIONS, Memory, resolve, subject_span};
use super::dates::{Calendar, Cue, Dated, find_cues};
use super::gazetteer::{Gazetteer, What};
use super::kinds::{VerbHit, find_verbs, hedged, says_unverified, stronger, verification};
use super::sentences::{Sentence, split_sentences};
use super::titles;
use super::transcript;
use crate::model::{Kind, Precision, Verification};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

mod across_sentences;
mod act_phrases;
mod clause_links;
mod dating;
mod drafting;
mod event_titles;
mod grammar;
mod meetings;
mod named_attacks;
mod paragraph;
mod report_clauses;
mod report_titles;
mod reports_and_acts;
mod sentence;
mod subjects;
mod transcript_turns;
mod verbs;

use transcript_turns::*;

// Used by the other extraction passes.
use across_sentences::*;
use act_phrases::*;
use clause_links::*;
use drafting::*;
pub(super) use event_titles::MAIN_VERBS;
use event_titles::*;
use grammar::*;
use meetings::*;
pub(super) use named_attacks::one_side;
use named_attacks::*;
use report_clauses::*;
use report_titles::*;
use sentence::*;
pub(super) use sentence::{from_then_on, not_told_as_done};

/// One extracted event before it becomes a record.
#[derive(Debug, Clone)]
pub struct Draft {
    pub paragraph: usize,
    pub quote: String,
    pub lane: usize,
    pub actor: Option<String>,
    pub kind: Kind,
    pub verification: Verification,
    pub date: Dated,
    pub title: String,
    pub notes: String,
}

/// Prepositions that introduce a meeting as the setting of a report.
const MEETING_PREPS: &[&str] = &["after", "before", "during", "at", "following", "ahead", "sidelines", "used", "use", "uses", "on"];
/// "used their meeting to …": a verb that names a meeting as the occasion of an act.
const USED: &[&str] = &["used", "use", "uses"];
/// A noun that names a meeting or a journey: the meeting nouns the verb rules know
/// (`kinds::MEETING_OBJECTS`), plural summits, and visits.
fn meeting_noun(w: &str) -> bool {
    super::kinds::MEETING_OBJECTS.contains(&w) || w == "summits" || VISIT_NOUNS.contains(&w)
}
/// A meeting held by phone or video ("a phone call", "a telephone conversation"): held, not attended.
fn call_noun(w: &str) -> bool {
    matches!(w, "call" | "conversation")
}
/// Meetings that are someone's journey: the visitor is the side, not the place visited.
const VISIT_NOUNS: &[&str] = &["visit", "trip"];
/// Preps after which a meeting's date is the date of the report it frames.
const SAME_DAY_PREPS: &[&str] = &["after", "during", "at", "following", "sidelines", "on", "in"];

/// Paragraphs that are page furniture ("Leave a Reply", "Show More"): short and
/// without a sentence's punctuation.
pub fn is_boilerplate(paragraph: &str) -> bool {
    let words = paragraph.split_whitespace().count();
    let sentence_like = paragraph.trim_end().ends_with(['.', '!', '?', '”', '"', ':']);
    // "Read more: Zelensky says …": a link to another story, whose headline is not this one's news.
    let lower = paragraph.trim_start().to_lowercase();
    let link = LINK_LABELS.iter().any(|l| lower.strip_prefix(l).is_some_and(|rest| rest.trim_start().starts_with([':', '-', '–', '—'])));
    words < 5 && !sentence_like || link || quoted_crosshead(paragraph)
}

/// "“Russia Must Focus on Trade, Not War”", "‘Russia’s Aggression’": a heading between paragraphs
/// made of words in quotation marks, in title case and with no sentence's end; it repeats what
/// the story tells below it, no report of its own.
fn quoted_crosshead(paragraph: &str) -> bool {
    let p = paragraph.trim();
    let Some(inner) = p.strip_prefix(['“', '"', '‘', '\'']).and_then(|r| r.strip_suffix(['”', '"', '’', '\''])) else {
        return false;
    };
    let words: Vec<&str> = inner.split_whitespace().collect();
    let small = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "a" | "an" | "the" | "of" | "on" | "in" | "to" | "for" | "and" | "or" | "at" | "by" | "with" | "not" | "vs"
        )
    };
    let big: Vec<&str> = words.iter().copied().filter(|w| !small(w)).collect();
    let capitalised = big.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    !words.is_empty()
        && words.len() <= 10
        && !inner.trim_end().ends_with(['.', '!', '?', ',', ';', ':'])
        && !big.is_empty()
        && capitalised * 4 >= big.len() * 3
        && big.len() >= 2
}

/// Labels of a link to another story set before its headline.
const LINK_LABELS: &[&str] =
    &["read more", "read also", "also read", "see also", "related", "watch", "listen", "more", "recommended", "latest", "must read"];

/// An event found in one sentence, before dating.
struct Found {
    actor: Actor,
    kind: Kind,
    verb: Option<VerbHit>,
    /// Reported inside a statement at this index of the sentence's events.
    inside: Option<usize>,
    denial: bool,
    /// A meeting named as the setting: (first token, last token + 1, preposition).
    setting: Option<(usize, usize, String)>,
    /// An attack named by a noun ("the drone attack on the Kremlin"): its tokens.
    named: Option<(usize, usize)>,
    /// One of several events the sentence tells ("separate meetings with A, B and C",
    /// "… and will attend a dinner with D"): its words, and the act for its title.
    part: Option<(usize, usize, String)>,
    /// A title of its own ("Joe Biden: the package would be announced on Tuesday").
    title: Option<String>,
    why_kind: String,
}

impl Found {
    /// An event of `kind` by `actor`, told as itself (not inside a statement,
    /// not a denial, not a setting, a named attack or one part of several).
    fn new(actor: Actor, kind: Kind, verb: Option<VerbHit>, why_kind: String) -> Self {
        Found { actor, kind, verb, inside: None, denial: false, setting: None, named: None, part: None, title: None, why_kind }
    }
}

/// State carried through one article.
struct Reader<'g> {
    g: &'g Gazetteer,
    mem: Memory,
    cal: Calendar,
    /// The last date each actor was given by a cue in their own sentence.
    actor_dates: HashMap<String, Dated>,
    /// The week a sentence opening with it ("Last week, …") says the story tells of.
    story_week: Option<(NaiveDate, String)>,
    /// The sentence read opens its paragraph.
    first_sentence: bool,
    /// A week named earlier in the paragraph ("met in Brussels this week").
    paragraph_week: Option<(NaiveDate, String)>,
    /// The last date each actor's plans were given ("will travel … November 28-30").
    actor_plans: HashMap<String, Dated>,
    /// The last day a report of the current paragraph was dated by its own words.
    paragraph_day: Option<Dated>,
    /// Token spans of the attacks named in the current sentence ("the drone attack on the Kremlin on Wednesday").
    attack_names: Vec<(usize, usize)>,
    /// Where the attacks named as what an anniversary is of start.
    anniversaries: Vec<usize>,
    /// The date of the last meeting the article dated to a day or a few days.
    last_meeting: Option<Dated>,
    /// The current paragraph is a transcript speaker's words.
    in_transcript: bool,
    /// Whom "you" addresses in the current paragraph: in a transcript of two people of
    /// different sides that its head names, the one not speaking.
    you: Option<Actor>,
    /// The last body (no person: a ministry, "the White House", "the statement") that reported: who "it said" is.
    last_body: Option<Actor>,
    /// Bodies placed when named in full ("The Air Force of the Ukrainian Armed Forces"),
    /// by the words of their name: "The Air Force" later is the same one.
    bodies: Vec<(Vec<String>, Actor)>,
    /// Who "I" and "we" are in the current paragraph: its speaker, named by a
    /// speaker label or by the text's headline or standfirst.
    voice: Option<Actor>,
    /// The day the story tells of (its dateline's, else publication) and the words that set it.
    story: (NaiveDate, Option<String>),
    /// The current paragraph is the first of the body: the lead, or a standfirst.
    lead: bool,
    /// The article's headline (paragraph 0), whose words a lead may say who said
    /// ("Zelensky announced this on Facebook").
    headline: String,
    drafts: Vec<Draft>,
    /// Events named inside other reports by a noun phrase (see `mentioned`), added at the end.
    mentioned: Vec<Draft>,
    /// Acts of another actor told inside a report as a clause (see `clauses`), added at the end.
    clauses: Vec<Draft>,
    /// The sides of people the current paragraph has named so far: whom "they" may be.
    people: Vec<Actor>,
    /// The article is about Russia and Ukraine: "the war" is Russia's (see `war_start`).
    about_the_war: bool,
    /// The war's start named in passing, added at the end.
    war_starts: Vec<Draft>,
}

/// "Zelensky: “We need more air defence.”": a paragraph opening with at most four
/// capitalised words naming one person or side, a colon, and a quotation: whose words
/// (name, lane) and the words.
fn named_quotation<'a>(g: &Gazetteer, p: &'a str) -> Option<(String, usize, &'a str)> {
    let p = p.trim();
    let colon = p.find(':')?;
    let head = p[..colon].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let body = p[colon + 1..].trim_start();
    if !body.starts_with(['“', '"']) || body.split_whitespace().count() < 3 {
        return None;
    }
    let (name, lane) = transcript::source_line_speaker(g, head)?;
    Some((name, lane, body))
}

/// Draft events of an article's paragraphs (paragraph 0, the title, only repeats
/// the body and yields none).
pub fn extract_paragraphs(paragraphs: &[String], published: NaiveDate, g: &Gazetteer) -> Vec<Draft> {
    let mut r = Reader::new(g, paragraphs, published);
    // Whose words the text is ("Remarks by President Biden on …", a standfirst
    // "Marco Rubio, Secretary of State"): they speak in its body until a label says otherwise.
    let head = transcript::header(g, paragraphs);
    // "The President. …" / "Q. …": labels set off by a full stop (the Public Papers' style).
    let dotted = transcript::dotted_labels(paragraphs);
    let named = labelled_names(g, paragraphs, dotted);
    let mut turn = Turn { dotted, published: Some(published), ..Turn::default() };
    let mut seen_body = false;
    // Whose words the next "Quote:" paragraph is, and whether its quotation is still open.
    let (mut quote_source, mut quote_open): (Option<(String, usize)>, bool) = (None, false);
    for (pi, p) in paragraphs.iter().enumerate().skip(1) {
        if let Some(rest) = p.trim_start().strip_prefix("Source:") {
            quote_source = transcript::source_line_speaker(g, rest.trim().trim_end_matches('.'));
            // The label tells where the story's words come from; it tells no act of its own
            // ("Source: video of the meeting with Stoltenberg posted on the president's Telegram").
            continue;
        }
        // "Quote from Zelenskyy: “…”": the label names the speaker itself.
        let quote_from = p
            .trim_start()
            .strip_prefix("Quote from ")
            .and_then(|rest| rest.split_once(':'))
            .filter(|(who, _)| who.split_whitespace().count() <= 5);
        if let Some((who, _)) = quote_from {
            quote_source = transcript::source_line_speaker(g, who.trim());
        }
        if is_boilerplate(p) {
            continue;
        }
        let body = turn.enter(g, &head, &named, pi, p);
        if turn.asking {
            continue;
        }
        r.paragraph_day = continued_day(p, &r.drafts);
        r.paragraph_week = None;
        // Weekdays fall in a week another paragraph named only when that week opened a
        // sentence as the story's ("Last week, …"), not in "a drone attack last week".
        r.cal.anchor = r.story_week.clone();
        // A date line or a byline under the headline is not the lead.
        r.lead = !seen_body;
        seen_body |= p.split_whitespace().count() >= 10;
        r.in_transcript = turn.speaker.is_some();
        r.voice = turn.speaker.as_ref().map(|(name, lane)| voice_actor(g, name, *lane, turn.labelled));
        r.you = turn.speaker.as_ref().and_then(|sp| addressee(g, &head, sp));
        let before_paragraph = r.drafts.len();
        r.read_sentences(pi, p);
        // "…, the Russians attacked Dnipro. A boiler house and private houses were destroyed. Two people
        // are injured.": what was done, told beside a side's attack, is that attack's toll.
        if r.drafts[before_paragraph..].iter().any(|d| d.kind == Kind::Attack && d.lane != g.default_lane) {
            let mut i = 0;
            r.drafts.retain(|d| {
                i += 1;
                i <= before_paragraph || !d.notes.contains(UNDONE)
            });
        }
        if r.drafts.len() == before_paragraph
            && turn.speaker.is_none()
            && let Some(d) = quotation_continued(&r.drafts, pi, p)
        {
            r.drafts.push(d);
        }
        // "Source: Zelenskyy on Telegram" / "Quote: “I have held …”": a news site's layout
        // of whose words follow, and the words, which may run on into the next paragraph.
        if turn.speaker.is_none() {
            // Acts told inside the words ("Russian terrorists carried out an explosion") are events of
            // their own; the words are still the speaker's statement, told first.
            let speech = |k: Kind| matches!(k, Kind::Statement | Kind::Claim | Kind::Accusation);
            let unheard = !r.drafts[before_paragraph..].iter().any(|d| speech(d.kind));
            if unheard && let Some((name, lane)) = quote_source.clone() {
                let labelled = p.trim_start().strip_prefix("Quote:").or(quote_from.map(|(_, body)| body)).map(str::trim_start);
                let body = labelled.or_else(|| quote_open.then_some(p.trim()).filter(|t| t.ends_with(['”', '"'])));
                if let Some(body) = body.filter(|b| b.split_whitespace().count() >= 4) {
                    let mut d = transcript_statement(pi, body, &name, lane, published, g, false);
                    d.date.how = "a quotation under its source line, dated by publication".to_owned();
                    r.drafts.insert(before_paragraph, d);
                    // An odd number of marks leaves the quotation open for the next paragraph.
                    let marks = body.chars().filter(|c| matches!(c, '“' | '”' | '"')).count();
                    quote_open = labelled.is_some() && marks % 2 == 1;
                    continue;
                }
            }
            quote_open = false;
            // "Zelensky: “We need more air defence.”": a name, a colon and a quotation.
            if unheard && let Some((name, lane, body)) = named_quotation(g, p) {
                let mut d = transcript_statement(pi, body, &name, lane, published, g, false);
                d.date.how = "a quotation after its speaker's name and a colon, dated by publication".to_owned();
                r.drafts.insert(before_paragraph, d);
                continue;
            }
        }
        if let Some((name, lane)) = &turn.speaker
            && r.speaker_unheard(before_paragraph, *lane, &p[body..])
        {
            r.drafts.insert(before_paragraph, transcript_statement(pi, &p[body..], name, *lane, published, g, turn.labelled));
        }
    }
    date_the_lead(&mut r.drafts);
    date_by_meeting_referred_back(&mut r.drafts);
    super::lead_source::source_the_lead(g, &mut r.drafts);
    // Each sentence that reports with a verb of its own is its own event, as the
    // reference events count them ("“…,” said Jens. He said in a statement that
    // …": two): a briefing cites each, with its own quote.
    let mut drafts = r.drafts;
    // "MR. KIRBY: We believe a Russian missile struck …": a quote never holds the speaker label.
    for d in &mut drafts {
        if let Some((_, body)) = transcript::label_in(&paragraphs[d.paragraph], dotted)
            && d.quote.len() > body
            && d.quote.is_char_boundary(body)
            && paragraphs[d.paragraph].starts_with(&d.quote[..body])
        {
            d.quote = d.quote[body..].to_owned();
        }
    }
    let clauses = super::clauses::keep(&drafts, r.clauses);
    let drafts = super::mentioned::add(drafts, r.mentioned);
    let drafts = super::mentioned::add(drafts, clauses);
    let mut drafts = super::war_start::add(drafts, r.war_starts);
    super::occasions::date_by_occasion(g, &mut drafts);
    super::spans::widen(&mut drafts);
    drafts
}

/// A paragraph that is one quotation and nothing else, right after a paragraph
/// whose last draft is a person's words ("“…,” Zelensky wrote on Telegram." /
/// "“At the same time, the explosion did not affect …”"): more of those words,
/// their own statement, of the same speaker and day.
fn quotation_continued(drafts: &[Draft], pi: usize, p: &str) -> Option<Draft> {
    let text = p.trim();
    let opens = text.starts_with(['“', '"']);
    let closes = text.ends_with(['”', '"']) || text.ends_with(".”") || text.ends_with(".\"");
    // A lone mark ("“", ".") opens and closes nothing.
    if !opens || !closes || text.chars().count() < 2 {
        return None;
    }
    // One quotation: no closing mark inside followed by more words ("“…,” he said").
    let inner = &text[text.chars().next()?.len_utf8()..text.len() - text.chars().last()?.len_utf8()];
    if inner.contains(['“', '”', '"']) || inner.split_whitespace().count() < 4 {
        return None;
    }
    let last = drafts.last().filter(|d| d.paragraph + 1 == pi && matches!(d.kind, Kind::Statement | Kind::Claim | Kind::Accusation))?;
    let who = last.actor.as_deref()?;
    let title = super::titles::report_title(who, inner, "", true);
    if super::eval::title_problem(&title).is_some() {
        return None;
    }
    let notes = format!("{} More of the same speaker's words: a quotation set as a paragraph of its own after theirs.", last.notes);
    Some(Draft { paragraph: pi, quote: text.to_owned(), title, notes, ..last.clone() })
}

/// People the text's labels name outright ("PRESIDENT ZELENSKYY:"): a bare title
/// ("THE PRESIDENT:") is someone else the head names.
fn labelled_names(g: &Gazetteer, paragraphs: &[String], dotted: bool) -> Vec<String> {
    paragraphs
        .iter()
        .skip(1)
        .filter_map(|p| transcript::label_in(p, dotted))
        .filter_map(|(label, _)| transcript::speaker(g, label))
        .map(|(name, _)| name)
        .collect()
}

const UNDATED: &str = "no date in the text: on or before publication";
/// The key of sources no text names ("It was reported that …"): many, never one actor whose
/// last date dates the next.
const UNNAMED: &str = "unnamed";
/// How a report in the simple past with no date of its own is dated (see `Reader::date_of`).
/// Why a passive with no doer ("was destroyed", "were injured") is a draft of its own.
const UNDONE: &str = "what was done to people or things, told without a doer";

/// The key prefix of a thing something happened to ("the drone fell …"), which is nobody's act.
const THING: &str = "thing:";
const SIMPLE_PAST: &str = "no date of its own: a report in the simple past";

/// (paragraph, lane id, kind, quote, precision, start day, title) of each draft of
/// `text` whose notes say `rule` (which rule made it): for the tests of one rule.
#[cfg(test)]
pub(super) fn drafts_by_rule(text: &str, published: &str, rule: &str) -> Vec<(usize, String, Kind, String, Precision, String, String)> {
    let g = Gazetteer::builtin();
    let d = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    extract_paragraphs(&crate::model::paragraphs::split_paragraphs(text), d, &g)
        .into_iter()
        .filter(|x| x.notes.contains(rule))
        .map(|x| (x.paragraph, g.lanes[x.lane].id.clone(), x.kind, x.quote, x.date.precision, x.date.start.to_string(), x.title))
        .collect()
}

#[cfg(test)]
mod tests;
