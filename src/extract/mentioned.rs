//! Events mentioned inside other reports, as noun phrases that name who did them:
//! "Zelensky's first trip abroad since the beginning of the war", "the denial by the
//! Russians", "Moscow's invasion of Ukraine in February 2022", "his meeting with
//! Russia's foreign minister earlier today". Each is an event of its own in the lane of
//! whoever did it (not of the one reporting it), quoted as the phrase, of the kind its
//! noun says, dated by a time expression inside the phrase, else only "on or before"
//! the article's day. A phrase whose doer cannot be told ("the visit", "their talks"),
//! or that is only thought of ("a possible meeting", "if the talks"), yields nothing.

use super::actors::{Actor, Memory, resolve};
use super::dates::{Calendar, Cue, Dated};
use super::events::Draft;
use super::gazetteer::{Gazetteer, What};
use super::sentences::Sentence;
use super::text::TokKind;
use super::titles;
use crate::model::{Kind, Verification};

/// An event noun and how its title is worded.
struct Noun {
    word: &'static str,
    kind: Kind,
    /// "the trip of X", "a meeting of X": "of" names who did it (else what it was done to:
    /// "the invasion of Ukraine").
    of_agent: bool,
    /// The verb of the title when the words after the noun open with `link`
    /// ("invasion of Ukraine" → "invaded Ukraine"): (past form, link, drop the link).
    verb: Option<(&'static str, &'static str, bool)>,
    /// The words before the noun in a title without that verb ("made a trip …").
    made: &'static str,
}

const fn noun(
    word: &'static str,
    kind: Kind,
    of_agent: bool,
    verb: Option<(&'static str, &'static str, bool)>,
    made: &'static str,
) -> Noun {
    Noun { word, kind, of_agent, verb, made }
}

const NOUNS: &[Noun] = &[
    noun("trip", Kind::Other, true, Some(("travelled", "to", false)), "made a"),
    noun("trips", Kind::Other, true, None, "made"),
    noun("visit", Kind::Other, true, Some(("visited", "to", true)), "paid a"),
    noun("visits", Kind::Other, true, None, "paid"),
    noun("journey", Kind::Other, true, None, "made a"),
    noun("tour", Kind::Other, true, Some(("toured", "of", true)), "made a"),
    noun("arrival", Kind::Other, true, Some(("arrived", "in", false)), "made an"),
    noun("meeting", Kind::Meeting, true, Some(("met", "with", false)), "held a"),
    noun("meetings", Kind::Meeting, true, Some(("met", "with", false)), "held"),
    noun("talks", Kind::Meeting, true, None, "held"),
    noun("negotiations", Kind::Meeting, true, None, "held"),
    noun("consultations", Kind::Meeting, true, None, "held"),
    noun("engagements", Kind::Meeting, true, None, "held"),
    noun("summit", Kind::Meeting, true, None, "held a"),
    noun("invasion", Kind::Attack, false, Some(("invaded", "of", true)), "launched an"),
    noun("attack", Kind::Attack, false, Some(("attacked", "on", true)), "carried out an"),
    noun("attacks", Kind::Attack, false, None, "carried out"),
    noun("strike", Kind::Attack, false, None, "carried out a"),
    noun("strikes", Kind::Attack, false, None, "carried out"),
    noun("airstrike", Kind::Attack, false, None, "carried out an"),
    noun("airstrikes", Kind::Attack, false, None, "carried out"),
    noun("assault", Kind::Attack, false, None, "launched an"),
    noun("offensive", Kind::Attack, false, None, "launched an"),
    noun("counteroffensive", Kind::Attack, false, None, "launched a"),
    noun("shelling", Kind::Attack, false, Some(("shelled", "of", true)), "carried out the"),
    noun("bombing", Kind::Attack, false, Some(("bombed", "of", true)), "carried out the"),
    noun("bombardment", Kind::Attack, false, None, "carried out a"),
    noun("raid", Kind::Attack, false, None, "carried out a"),
    noun("capture", Kind::Attack, false, Some(("captured", "of", true)), "carried out the"),
    noun("announcement", Kind::Decision, false, Some(("announced", "of", true)), "made an"),
    noun("decision", Kind::Decision, false, Some(("decided", "to", false)), "made a"),
    noun("withdrawal", Kind::Decision, true, Some(("withdrew", "from", false)), "carried out a"),
    noun("annexation", Kind::Decision, false, Some(("annexed", "of", true)), "declared the"),
    noun("proposal", Kind::Decision, false, Some(("proposed", "to", false)), "made a"),
    noun("pledge", Kind::Decision, false, None, "made a"),
    noun("pledges", Kind::Decision, false, None, "made"),
    noun("use", Kind::Attack, false, Some(("used", "of", true)), "made use of"),
    noun("order", Kind::Decision, false, None, "issued an"),
    noun("attempt", Kind::Decision, false, None, "made an"),
    noun("destruction", Kind::Attack, false, Some(("destroyed", "of", true)), "caused the"),
    noun("deportation", Kind::Other, false, Some(("deported", "of", true)), "carried out the"),
    noun("denial", Kind::Statement, false, None, "issued a"),
    noun("warning", Kind::Statement, false, None, "issued a"),
    noun("accusations", Kind::Accusation, false, None, "made"),
];

/// Events only where the phrase dates them: the opening of a whole war, and a
/// withdrawal, which is far more often demanded, offered or ruled out ("their
/// demands are the complete withdrawal of Russian forces") than reported done.
const DATED_ONLY: &[&str] = &["invasion", "withdrawal"];

/// Verbs whose object is an occasion someone else took part in, held when they were.
const HOSTING: &[&str] =
    &["organized", "organised", "hosted", "facilitated", "brokered", "mediated", "arranged", "convened", "chaired", "attended"];

/// Determiners that open a phrase whose doer follows ("the trip of X", "a visit by X").
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];
/// Words saying the event is only thought of, planned or denied, not one that happened.
const HYPOTHETICAL: &[&str] = &[
    "possible",
    "potential",
    "proposed",
    "planned",
    "prospective",
    "future",
    "upcoming",
    "forthcoming",
    "eventual",
    "hypothetical",
    "expected",
    "anticipated",
    "any",
    "no",
    "next",
    "further",
    "another",
    "renewed",
    "new",
    "fresh",
    "alleged",
    "so-called",
    "imaginary",
];
/// Words just before the phrase (or before the preposition that opens it) that make it a
/// condition, a wish, a plan or a denial: "if the talks", "ahead of his visit", "calls
/// for the withdrawal".
const NOT_HAPPENED: &[&str] = &[
    "if",
    "whether",
    "unless",
    "not",
    "no",
    "never",
    "without",
    "ahead",
    "before",
    "would",
    "could",
    "might",
    "may",
    "should",
    "can",
    "call",
    "calls",
    "called",
    "calling",
    "demand",
    "demands",
    "demanded",
    "demanding",
    "urged",
    "urging",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "want",
    "wants",
    "wanted",
    "hope",
    "hopes",
    "hoped",
    "push",
    "pushing",
    "pressing",
    // "asked for an urgent meeting of the UN Security Council": requested, not held.
    "ask",
    "asks",
    "asked",
    "asking",
    "request",
    "requests",
    "requested",
    "requesting",
    // "appealed for negotiations between Russia and Ukraine", "offered talks": not held.
    "appeal",
    "appeals",
    "appealed",
    "appealing",
    "offer",
    "offers",
    "offered",
    "offering",
    "propose",
    "proposes",
    "proposing",
    "awaiting",
    "await",
    // "preparations for the NATO Summit": still ahead.
    "preparations",
    "preparation",
    "preparing",
    "prepare",
    "prepares",
];
/// Prepositions between such a word and the phrase ("ahead of", "calls for").
const BETWEEN_NOT: &[&str] = &["of", "for", "to", "on"];
/// Where a doer's name after "by"/"of" ends.
const OWNER_ENDS: &[&str] = &[
    "to", "in", "on", "at", "for", "since", "that", "which", "who", "with", "from", "during", "after", "before", "as", "into", "earlier",
    "last", "this", "amid", "over", "next", "later",
];
/// Words after the noun that carry on the description of the event ("on" only the
/// target of an attack: "Biden's visit on Telegram" says where it was told).
const TAIL_LINKS: &[&str] = &[
    "of", "with", "to", "in", "at", "against", "from", "between", "abroad", "outside", "into", "near", "since", "across", "earlier",
    "next", "last", "later", "this",
];
/// Words that end that description: a new clause.
const TAIL_ENDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "might", "may", "can", "must", "does", "did",
    "that", "which", "who", "whom", "where", "when", "while", "as", "but", "because", "after", "before", "if", "said", "says", "and", "or",
    "amid", "despite", "although",
];
/// Prepositions and conjunctions, never describing words inside a phrase.
const LINKS: &[&str] = &["of", "for", "to", "in", "on", "at", "with", "by", "from", "and", "or", "as", "that", "about", "against", "over"];
/// Pronouns that cannot be a doer named after "by"/"of".
const PRONOUNS: &[&str] = &["they", "them", "he", "him", "she", "her", "it", "we", "us", "you", "i", "me"];

/// An event named by a noun phrase: tokens `start..end`, its noun, who did it.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub start: usize,
    pub end: usize,
    pub noun: usize,
    pub owner: Actor,
    pub kind: Kind,
    pub title: String,
    /// Which rule found it, for the notes.
    pub how: &'static str,
}

/// Whether `word` (lower case) names an event ("attack", "talks", "visit").
pub(crate) fn names_an_event(word: &str) -> bool {
    noun_at(word).is_some()
}

fn noun_at(word: &str) -> Option<&'static Noun> {
    NOUNS.iter().find(|n| n.word == word)
}

/// The events the noun phrases of sentence `s` name with their doer. `stops`: the
/// sentence's verb tokens.
pub fn phrases(g: &Gazetteer, mem: &Memory, s: &Sentence, p: &str, stops: &[usize]) -> Vec<Phrase> {
    let t = &s.tokens;
    let mut out: Vec<Phrase> = Vec::new();
    for n in 0..t.len() {
        if s.quoted[n] || !t[n].is_word() {
            continue;
        }
        let Some(info) = noun_at(&t[n].lower) else { continue };
        // ("after meeting Trump": a verb's "-ing", the act of its clause's subject.)
        if super::kinds::gerund_act(s, n, 1) {
            continue;
        }
        // "the Russian-American meeting" is one phrase; a verb use ("will visit") has no opener.
        // "in-depth talks between Rubio and Lavrov": a meeting named by its sides needs none.
        let (opener, bare) = match opener(s, p, n, stops) {
            Some(o) => (o, false),
            None if info.kind == Kind::Meeting && between_at(s, n).is_some() => (bare_start(s, p, n, stops), true),
            None => continue,
        };
        let mods = if bare { opener..n } else { opener + 1..n };
        // Describing words, not a phrase of its own: "Zelensky's demands for talks" is no talks of his;
        // only after a determiner "of" counts ("a week of engagements").
        let determined = bare || t[opener].is_word() && DETERMINERS.contains(&t[opener].lower.as_str());
        if mods.clone().any(|k| {
            let w = &t[k].lower;
            HYPOTHETICAL.contains(&w.as_str()) || LINKS.contains(&w.as_str()) && !(determined && w == "of") && !hyphen_after(s, p, k)
        }) {
            continue;
        }
        let mut mem = mem.clone();
        let found = match t[opener].kind {
            _ if bare => None,
            TokKind::Possessive => {
                possessive_owner(g, &mut mem, s, p, opener).map(|(a, start)| (a, start, n + 1, "named as whose it is (“X's …”)"))
            }
            // "his visit", "her meeting": whose it is rests on a guess at the pronoun, and it mostly
            // refers back to an event already told ("after his meeting with …").
            _ if matches!(t[opener].lower.as_str(), "his" | "her") => None,
            _ => agent_after(g, &mut mem, s, p, n, info, stops).map(|(a, end)| (a, opener, end, "named after “by”/“of” as who did it")),
        };
        // "the NATO summit", "talks between Moscow and Washington": a meeting of the sides it names.
        let mut sides_words = None;
        let found = match found {
            None if info.kind == Kind::Meeting && determined => {
                meeting_sides(g, &mut mem, s, p, opener, n, stops).map(|(a, words, end, how)| {
                    sides_words = Some(words);
                    (a, opener, end, how)
                })
            }
            f => f,
        };
        let Some((owner, start, tail_from, how)) = found else { continue };
        // "escaped several days before Russia's invasion on February 24": what needs its own time to
        // count at all (see `date`) has happened by it, whatever came before it.
        let before_dated = start > 0 && t[start - 1].lower == "before" && DATED_ONLY.contains(&t[n].lower.as_str());
        if owner.name.is_empty() || not_happened(s, start) && !before_dated {
            continue;
        }
        let end = tail_end(s, tail_from, stops, info.kind == Kind::Attack);
        // "The announcement by Russia that it's suspending participation in New START is …": what
        // was announced, up to the verb the phrase is the subject of.
        let end = if info.word == "announcement" { announced_clause_end(s, end).unwrap_or(end) } else { end };
        // "Talks between Russian and Ukrainian delegations were held in Istanbul on Friday": the
        // phrase is the subject of its taking place, and the clause tells it, with its time.
        // "since Russia's invasion of Ukraine began in February 2022": so is any event's beginning.
        let subject = start == 0
            || t[start - 1].is_punct(',')
            || matches!(t[start - 1].lower.as_str(), "that" | "since" | "after" | "before" | "when" | "as" | "until");
        let began = |k: usize| info.kind == Kind::Meeting || matches!(t[k].lower.as_str(), "began" | "started" | "took");
        if subject
            && let Some(clause_end) =
                (n + 1..=end.min(t.len())).filter(|&k| k < t.len() && began(k)).find_map(|k| occurrence_end(s, k, stops))
        {
            if out.last().is_some_and(|o| start < o.end) {
                continue;
            }
            let title = titles::fit(&titles::capitalise(s.slice(p, start, clause_end - 1)), titles::MAX_TITLE);
            out.push(Phrase { start, end: clause_end, noun: n, owner, kind: info.kind, title, how });
            continue;
        }
        // "Biden's visit", "his attacks": a bare mention refers back to what was told, it tells nothing
        // new; "Putin's announcement Tuesday" tells when it was.
        let end = match own_weekday_after(s, n + 1) {
            Some(e) if end == n + 1 && t[opener].kind == TokKind::Possessive => e,
            _ if mods.is_empty() && end == n + 1 => continue,
            _ => end,
        };
        if out.last().is_some_and(|o| start < o.end) {
            continue;
        }
        let kind = match info.kind {
            // "this proposal to hold talks": a proposed meeting.
            Kind::Decision
                if info.word == "proposal" && t[n..end].iter().any(|w| noun_at(&w.lower).is_some_and(|x| x.kind == Kind::Meeting)) =>
            {
                Kind::Meeting
            }
            k => k,
        };
        // "a summit of the Western military alliance": a body as the text names it after "of"/"by".
        let who = if start == opener && tail_from > n + 2 && owner.person.is_none() {
            s.slice(p, n + 2, tail_from - 1).to_owned()
        } else {
            owner.name.clone()
        };
        let title = match sides_words {
            Some((words, true)) => {
                let described = described_without(g, s, p, mods.clone());
                let act = format!("{} {described}{}", article_for(info.made, &described), t[n].norm);
                titles::act_title(&titles::capitalise(&words), act.trim_end())
            }
            Some((words, false)) => {
                let tail = if end > tail_from { format!(" {}", s.slice(p, tail_from, end - 1)) } else { String::new() };
                let described = described_without(g, s, p, mods.clone());
                let act = format!("{} {described}{}{tail}", article_for(info.made, &described), t[n].norm);
                titles::act_title(&titles::capitalise(&words), act.trim_end())
            }
            None => title(s, p, &who, info, mods, n, tail_from, end),
        };
        out.push(Phrase { start, end, noun: n, owner, kind, title, how });
    }
    out
}

/// One past a weekday right after an event noun at `k` ("announcement Tuesday", "strike on
/// Monday"): the day of that event, not of the sentence's verb.
pub(crate) fn own_weekday_after(s: &Sentence, k: usize) -> Option<usize> {
    let t = &s.tokens;
    let at = if t.get(k).is_some_and(|w| w.lower == "on") { k + 1 } else { k };
    t.get(at).filter(|w| !s.quoted[at] && super::dates::weekday_of(&w.lower).is_some()).map(|_| at + 1)
}

/// Whether the time at `cue_start` is that of an event named with its owner right before it
/// ("since Putin's announcement Tuesday"): not the time of the sentence's own verb.
pub(crate) fn day_of_an_owned_event(s: &Sentence, cue_start: usize) -> bool {
    let t = &s.tokens;
    let on = cue_start >= 1 && t[cue_start - 1].lower == "on";
    let Some(n) = cue_start.checked_sub(if on { 2 } else { 1 }).filter(|&n| n >= 1 && n < t.len()) else { return false };
    noun_at(&t[n].lower).is_some() && t[n - 1].kind == TokKind::Possessive && own_weekday_after(s, n + 1).is_some()
}

/// One past the clause after "that" at `at` that says what an announcement was, up to a break or
/// to the "be" the whole phrase is the subject of ("… in New START | is deeply unfortunate").
fn announced_clause_end(s: &Sentence, at: usize) -> Option<usize> {
    let t = &s.tokens;
    if t.get(at).is_none_or(|w| w.lower != "that" || s.quoted[at]) {
        return None;
    }
    let end = (at + 1..t.len().min(at + 20))
        .find(|&k| {
            s.quoted[k]
                || t[k].kind == TokKind::Punct && !t[k].is_punct('\'')
                || k > at + 3 && matches!(t[k].lower.as_str(), "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would")
        })
        .unwrap_or(t.len().min(at + 20));
    (end > at + 3).then_some(end)
}

/// Verbs of a meeting taking place, after the phrase that names it as their subject.
const TOOK_PLACE: &[&[&str]] = &[
    &["was", "held"],
    &["were", "held"],
    &["took", "place"],
    &["began"],
    &["started"],
    &["opened"],
    &["ended"],
    &["concluded"],
    &["got", "under", "way"],
    &["kicked", "off"],
    &["wrapped", "up"],
];

/// Whether the words at `end` say that the meeting named before them took place, in the
/// perfect too ("The second round of direct talks … has concluded").
pub fn took_place_at(s: &Sentence, end: usize) -> bool {
    let t = &s.tokens;
    let end = if t.get(end).is_some_and(|w| matches!(w.lower.as_str(), "has" | "have")) { end + 1 } else { end };
    took_place_verb(s, end).is_some() || t.get(end).is_some_and(|w| w.lower == "been") && t.get(end + 1).is_some_and(|w| w.lower == "held")
}

/// The words at `end` of a verb that says a meeting took place (see `TOOK_PLACE`).
fn took_place_verb(s: &Sentence, end: usize) -> Option<&'static [&'static str]> {
    let t = &s.tokens;
    TOOK_PLACE
        .iter()
        .copied()
        .find(|v| v.iter().enumerate().all(|(i, w)| t.get(end + i).is_some_and(|x| x.lower == *w && !s.quoted[end + i])))
}

/// Where the clause ends when the words at `end` say that the meeting named before
/// them took place ("… were held in Istanbul on Friday"): the next break.
fn occurrence_end(s: &Sentence, end: usize, stops: &[usize]) -> Option<usize> {
    let t = &s.tokens;
    let verb = took_place_verb(s, end)?;
    let from = end + verb.len();
    let to = (from..t.len())
        .find(|&k| {
            s.quoted[k]
                || stops.contains(&k) && k > from
                || t[k].kind == TokKind::Punct && !number_punct(s, k) && !(t[k].is_punct('.') && k + 1 < t.len())
                || matches!(t[k].lower.as_str(), "and" | "but" | "after" | "as" | "while" | "when")
        })
        .unwrap_or(t.len());
    Some(to)
}

/// "if the talks", "ahead of his visit", "calls for the withdrawal": the word before
/// the phrase, or before the preposition that opens it, says it did not happen (yet).
fn not_happened(s: &Sentence, start: usize) -> bool {
    let t = &s.tokens;
    let Some(k) = start.checked_sub(1) else { return false };
    let word = |k: usize| t[k].is_word() && NOT_HAPPENED.contains(&t[k].lower.as_str());
    // "is interested in contacts at the highest level, in a meeting between …", "ready for a
    // meeting": wished for in the clause before, not held.
    let wished = (start.saturating_sub(10)..start)
        .rev()
        .take_while(|&j| !(t[j].kind == TokKind::Punct && matches!(t[j].norm.as_str(), "." | ";" | ":")))
        .any(|j| WISHED.contains(&t[j].lower.as_str()) && !s.quoted[j]);
    word(k) || BETWEEN_NOT.contains(&t[k].lower.as_str()) && k > 0 && word(k - 1) || wished
}

/// Words of a meeting wished for or offered, not held.
const WISHED: &[&str] =
    &["interested", "interest", "ready", "readiness", "willing", "willingness", "open", "possible", "potential", "prospect", "prospects"];

/// "will travel … next week to attend a meeting", "will hold talks": the phrase at `start` is
/// the object of a verb of taking part in a plan ("would not comment on X's trip" is not).
fn object_of_a_plan(s: &Sentence, start: usize) -> bool {
    const TAKE_PART: &[&str] = &["attend", "hold", "host", "join", "chair", "convene", "visit", "make", "pay", "have"];
    let t = &s.tokens;
    if start < 2 || !TAKE_PART.contains(&t[start - 1].lower.as_str()) {
        return false;
    }
    let ahead =
        |w: &str| matches!(w, "will" | "would" | "shall" | "expected" | "scheduled" | "due" | "set" | "plans" | "planning" | "going");
    match t[start - 2].lower.as_str() {
        "will" | "would" | "shall" => true,
        // ("arrived in Brussels to attend a meeting": "to" alone tells a purpose, done or not.)
        "to" => (0..start - 2).any(|k| !s.quoted[k] && ahead(&t[k].lower)),
        _ => false,
    }
}

/// "the NATO summit on Thursday would agree …", "the talks will focus on …": a phrase that is
/// the subject of "will"/"would" (within the next few words, over a time) is told as yet to
/// come ("Ukraine's shelling … could flood a large area" speaks of what it may cause). Only
/// a phrase with no time of its own: "Zelensky's trip on March 10 will go ahead" is dated.
fn yet_to_come(s: &Sentence, end: usize) -> bool {
    let t = &s.tokens;
    (end..t.len().min(end + 4)).take_while(|&k| t[k].is_word()).any(|k| matches!(t[k].lower.as_str(), "will" | "would" | "shall"))
}

/// "a potential summit between Putin and Trump had been discussed at the talks": a phrase that
/// is the subject of a passive of talking or planning is spoken of, not held.
fn only_talked_of(s: &Sentence, end: usize) -> bool {
    let t = &s.tokens;
    const TALKED_OF: &[&str] = &[
        "discussed",
        "proposed",
        "planned",
        "considered",
        "mooted",
        "suggested",
        "floated",
        "scheduled",
        "postponed",
        "cancelled",
        "canceled",
        "offered",
        "requested",
    ];
    let words: Vec<&str> = (end..t.len().min(end + 4)).take_while(|&k| t[k].is_word()).map(|k| t[k].lower.as_str()).collect();
    let be = words.iter().position(|w| matches!(*w, "is" | "was" | "were" | "are" | "been" | "being"));
    be.is_some_and(|b| words.get(b + 1).is_some_and(|w| TALKED_OF.contains(w)))
}

/// The first token of the phrase before noun `n`: an owner's "'s", "his"/"her", or a
/// determiner, with at most three describing words between ("Zelensky's first trip").
fn opener(s: &Sentence, p: &str, n: usize, stops: &[usize]) -> Option<usize> {
    let t = &s.tokens;
    for k in (n.saturating_sub(4)..n).rev() {
        let w = &t[k];
        if s.quoted[k] {
            return None;
        }
        if w.kind == TokKind::Possessive
            || w.is_word() && (DETERMINERS.contains(&w.lower.as_str()) || matches!(w.lower.as_str(), "his" | "her"))
        {
            return Some(k);
        }
        // Describing words: not a verb, not a name of someone else's, no punctuation but a hyphen.
        let describing = w.is_word() && !stops.contains(&k) && !verb_like(s, p, k) || w.is_punct('-');
        if !describing {
            return None;
        }
    }
    None
}

/// The first of the (at most three) lower-case describing words just before noun `n`
/// that no determiner opens ("in-depth talks"), or `n` itself.
fn bare_start(s: &Sentence, p: &str, n: usize, stops: &[usize]) -> usize {
    let t = &s.tokens;
    let describing = |k: usize| {
        let w = &t[k];
        // The first part of a compound ("in-depth") is describing whatever the word.
        let compound = hyphen_after(s, p, k);
        let plain = !LINKS.contains(&w.lower.as_str()) && !TAIL_ENDS.contains(&w.lower.as_str()) && !verb_like(s, p, k);
        !s.quoted[k] && w.is_word() && !w.is_capitalized() && !stops.contains(&k) && (compound || plain)
    };
    let mut start = n;
    while start > 0 && start + 3 > n && describing(start - 1) {
        start -= 1;
    }
    // "the first round of direct talks": the phrase opens with the part it names.
    if start >= 3 && t[start - 1].lower == "of" && ROUNDS.contains(&t[start - 2].lower.as_str()) {
        let part = start - 2;
        if let Some(o) = (part.saturating_sub(3)..part).rev().find(|&k| DETERMINERS.contains(&t[k].lower.as_str()))
            && (o + 1..part).all(describing)
        {
            return o;
        }
    }
    start
}

/// Parts of an occasion named before "of" ("the first round of talks").
const ROUNDS: &[&str] = &["round", "rounds", "series", "day", "days"];

/// Whether word `k` and the next are joined by a hyphen ("in-depth"), which the
/// tokenizer skips like a space.
fn hyphen_after(s: &Sentence, p: &str, k: usize) -> bool {
    let t = &s.tokens;
    t.get(k + 1).is_some_and(|x| matches!(p.get(t[k].end..x.start), Some("-" | "‐")))
}

/// A lower-case word in "-ed" outside a compound: a verb the sentence parser missed
/// ("the plan followed talks"), never a describing word of the phrase.
fn verb_like(s: &Sentence, p: &str, k: usize) -> bool {
    let t = &s.tokens;
    t[k].is_word() && !t[k].is_capitalized() && t[k].lower.ends_with("ed") && !hyphen_after(s, p, k)
}

/// "Zelensky's", "Russia's", "the Kremlin's": the gazetteer's name that ends at the
/// possessive, and where the phrase starts.
fn possessive_owner(g: &Gazetteer, mem: &mut Memory, s: &Sentence, p: &str, k: usize) -> Option<(Actor, usize)> {
    let t = &s.tokens;
    let mentions = g.mentions(t, k.saturating_sub(6)..k, &mem.aliases);
    let m = mentions.iter().filter(|m| m.end == k && !matches!(m.what, What::Place(_) | What::Title(None))).min_by_key(|m| m.start)?;
    // "Tuesday's", "the war's": only a side or a person owns an event.
    let start = if m.start > 0 && t[m.start - 1].lower == "the" { m.start - 1 } else { m.start };
    let actors = resolve(g, mem, s, p, m.start..m.end);
    let [a] = actors.as_slice() else { return None };
    Some((a.clone(), start))
}

/// "the denial by the Russians", "the trip of Ukrainian President Zelensky to …": who did
/// it, named right after the noun (and the describing words between), and where that
/// name ends.
fn agent_after(g: &Gazetteer, mem: &mut Memory, s: &Sentence, p: &str, n: usize, info: &Noun, stops: &[usize]) -> Option<(Actor, usize)> {
    let t = &s.tokens;
    let link = t.get(n + 1)?;
    if !(link.lower == "by" || link.lower == "of" && info.of_agent) {
        return None;
    }
    let from = n + 2;
    let mut end = from;
    while end < t.len()
        && end < from + 8
        && !s.quoted[end]
        && !stops.contains(&end)
        && (t[end].is_word() || t[end].kind == TokKind::Possessive || t[end].is_punct('.') && end + 1 < t.len() && t[end + 1].is_word())
        && !(end > from && OWNER_ENDS.contains(&t[end].lower.as_str()))
        // "a summit of the alliance and respond with …": once a side is named, "and" before a
        // lower-case word opens a new clause ("heads of state and government of NATO" goes on).
        && !(end > from
            && t[end].lower == "and"
            && t.get(end + 1).is_some_and(|w| w.is_word() && !w.is_capitalized())
            && g.mentions(t, from..end, &mem.aliases).iter().any(|m| !matches!(m.what, What::Place(_) | What::Title(None))))
    {
        end += 1;
    }
    if end == from || t[from..end].iter().any(|w| PRONOUNS.contains(&w.lower.as_str())) {
        return None;
    }
    let mentions = g.mentions(t, from..end, &mem.aliases);
    if !mentions.iter().any(|m| !matches!(m.what, What::Place(_) | What::Title(None))) {
        return None;
    }
    let actors = resolve(g, mem, s, p, from..end);
    let [a] = actors.as_slice() else { return None };
    Some((a.clone(), end))
}

/// "the critical NATO summit", "this Russian-American meeting", "talks between Moscow
/// and Washington": a meeting whose sides are named before its noun (between the
/// determiner `opener` and the noun `n`) or after "between". Several sides are one
/// event, in the first of their lanes (as for a verb, see `events::one_side`). The
/// side, the words naming the sides with whether they came after "between", where the
/// phrase's description may go on, and how.
fn meeting_sides(
    g: &Gazetteer,
    mem: &mut Memory,
    s: &Sentence,
    p: &str,
    opener: usize,
    n: usize,
    stops: &[usize],
) -> Option<(Actor, (String, bool), usize, &'static str)> {
    let t = &s.tokens;
    let between = between_at(s, n);
    let (from, to) = if let Some(b) = between {
        let from = b + 1;
        let mut end = from;
        while end < t.len()
            && end < from + 12
            && !s.quoted[end]
            && !stops.contains(&end)
            && !(end > from && TAIL_ENDS.contains(&t[end].lower.as_str()) && t[end].lower != "and")
            && (t[end].is_word()
                || t[end].kind == TokKind::Possessive
                || t[end].is_punct('-')
                || t[end].is_punct('.') && end + 1 < t.len() && t[end + 1].is_word())
            && !(end > from && OWNER_ENDS.contains(&t[end].lower.as_str()))
            // "between Zelensky and Biden and talks …": two sides, a second "and" goes on.
            && !(t[end].lower == "and" && t[from..end].iter().any(|w| w.lower == "and"))
        {
            end += 1;
        }
        (from, end)
    } else {
        (opener + 1, n)
    };
    let sides = g.mentions(t, from..to, &mem.aliases);
    if !sides.iter().any(|m| matches!(m.what, What::Group(_) | What::Demonym(_) | What::Person(_) | What::Title(Some(_)))) {
        return None;
    }
    // "between Rubio and his Russian counterpart Lavrov": each side on its own, as one
    // subject the closest person would hide the first.
    let mut actors = Vec::new();
    // Each side by the name it resolved to ("Marco Rubio and Sergey Lavrov held talks").
    let mut named: Vec<String> = Vec::new();
    let mut part = from;
    let ands = (from..to).filter(|&k| between.is_some() && t[k].lower == "and");
    for k in ands.chain([to]) {
        if k > part {
            let found = resolve(g, mem, s, p, part..k);
            match found.as_slice() {
                [a] if !named.contains(&a.name) => named.push(a.name.clone()),
                _ => named.push(s.slice(p, part, k - 1).to_owned()),
            }
            actors.extend(found);
        }
        part = k + 1;
    }
    super::events::one_side(&mut actors)?;
    // "between Russian and Ukrainian delegations": a describing word alone shares the noun after
    // the last side; the words as written name both.
    let bare_describing = between.is_some()
        && named.iter().any(|n| {
            g.mentions(t, from..to, &mem.aliases)
                .iter()
                .any(|m| matches!(m.what, What::Demonym(_)) && m.end - m.start == 1 && s.slice(p, m.start, m.start) == n)
        });
    let words = if bare_describing {
        s.slice(p, from, to - 1).to_owned()
    } else if between.is_some() {
        named.join(" and ")
    } else {
        // "the Russian-Ukrainian peace talks": "Russia and Ukrainian officials held peace talks",
        // each side by its lane's name where the text names it by a describing word.
        let mut names: Vec<String> = Vec::new();
        for m in &sides {
            let name = match m.what {
                What::Demonym(l) => g.lanes[l].label.clone(),
                What::Group(_) | What::Person(_) | What::Title(Some(_)) => s.slice(p, m.start, m.end - 1).to_owned(),
                _ => continue,
            };
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names.join(" and ")
    };
    let a = actors.into_iter().next()?;
    let how = if between.is_some() { "the sides named after “between”" } else { "the side named before the noun" };
    Some((a, (words, between.is_some()), if between.is_some() { to } else { n + 1 }, how))
}

/// Where "between" names the sides of the meeting noun at `n`: right after it, or after
/// a participle saying it took place ("the meetings held between U.S. and Russian diplomats").
fn between_at(s: &Sentence, n: usize) -> Option<usize> {
    let t = &s.tokens;
    let is = |k: usize, w: &str| t.get(k).is_some_and(|x| x.lower == w && !s.quoted[k]);
    let held = t.get(n + 1).is_some_and(|w| matches!(w.lower.as_str(), "held" | "convened" | "conducted"));
    if is(n + 1, "between") {
        Some(n + 1)
    } else if held && is(n + 2, "between") {
        Some(n + 2)
    } else {
        None
    }
}

/// The describing words of a phrase (`mods`) without the words naming its sides, with a
/// space after them when any are left ("critical NATO" → "critical ").
fn described_without(g: &Gazetteer, s: &Sentence, p: &str, mods: std::ops::Range<usize>) -> String {
    let t = &s.tokens;
    let named: Vec<usize> = g.mentions(t, mods.clone(), &[]).iter().flat_map(|m| m.start..m.end).collect();
    let mut out = String::new();
    for k in mods.filter(|k| !named.contains(k) && t[*k].is_word()) {
        // "The first round of …" opening the sentence is "held the first round of …".
        let word = if DETERMINERS.contains(&t[k].lower.as_str()) { t[k].lower.as_str() } else { s.slice(p, k, k) };
        out.push_str(word);
        // "in-depth" keeps its hyphen.
        out.push(if hyphen_after(s, p, k) && !named.contains(&(k + 1)) { '-' } else { ' ' });
    }
    out
}

/// Where the description of the event that goes on at `from` ends: over a place, a
/// partner, a target or a time ("… to the United States", "… with Russia's foreign
/// minister earlier today in Riyadh"), up to a new clause, a verb or punctuation.
fn tail_end(s: &Sentence, from: usize, stops: &[usize], attack: bool) -> usize {
    let t = &s.tokens;
    let link = |w: &str| TAIL_LINKS.contains(&w) || attack && w == "on";
    if t.get(from).is_none_or(|w| s.quoted[from] || !link(w.lower.as_str())) {
        return from;
    }
    let mut e = from + 1;
    while e < t.len()
        && e < from + 14
        && !s.quoted[e]
        && !stops.contains(&e)
        && (t[e].is_word() || t[e].kind == TokKind::Possessive || t[e].is_punct('$') || t[e].is_punct('%') || number_punct(s, e))
    {
        let w = t[e].lower.as_str();
        // "between Zelensky and Biden": "and" joins two names.
        let joins = w == "and" && t[e - 1].is_capitalized() && t.get(e + 1).is_some_and(|x| x.is_capitalized());
        if TAIL_ENDS.contains(&w) && !joins {
            break;
        }
        // "Putin's first visit to the US in ten years | lasted just over five hours": the verb the
        // phrase is the subject of ends it.
        // ("internationally recognized borders", "the disputed region": a describing word.)
        let describing = t[e - 1].lower.ends_with("ly")
            || matches!(t[e - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her")
            || t[e - 1].kind == TokKind::Possessive;
        if e > from + 1
            && !t[e].is_capitalized()
            && (w.len() > 4 && w.ends_with("ed") && !describing || matches!(w, "was" | "were" | "is" | "are" | "began" | "begins"))
        {
            break;
        }
        e += 1;
    }
    if e < t.len() && stops.contains(&e) {
        // "… from territory Russia has | captured": the subject of a relative clause is not the event's.
        while e > from + 1 && matches!(t[e - 1].lower.as_str(), "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would") {
            e -= 1;
        }
        while e > from + 2
            && t[e - 1].is_capitalized()
            && !t[e - 2].is_capitalized()
            && t[e - 2].is_word()
            && !LINKS.contains(&t[e - 2].lower.as_str())
        {
            e -= 1;
        }
    }
    while e > from + 1
        && matches!(
            t[e - 1].lower.as_str(),
            "the"
                | "a"
                | "an"
                | "of"
                | "in"
                | "on"
                | "to"
                | "at"
                | "with"
                | "from"
                | "by"
                | "his"
                | "her"
                | "its"
                | "their"
                | "since"
                | "."
        )
    {
        e -= 1;
    }
    if e <= from + 1 { from } else { e }
}

/// "1.8", "2,000", "U.S.": a point or comma inside a number or an abbreviation.
pub(super) fn number_punct(s: &Sentence, e: usize) -> bool {
    let t = &s.tokens;
    let digit = |k: usize| t.get(k).is_some_and(|w| w.norm.chars().next().is_some_and(|c| c.is_ascii_digit()));
    (t[e].is_punct('.') || t[e].is_punct(',')) && e > 0 && digit(e - 1) && digit(e + 1)
        || t[e].is_punct('.') && t.get(e + 1).is_some_and(|w| w.is_word() && w.norm.len() == 1 && w.norm.chars().all(|c| c.is_uppercase()))
}

/// "Zelensky made a first trip abroad since …", "Moscow invaded Ukraine in February 2022":
/// the doer and a verb, then what the phrase says of the event.
#[allow(clippy::too_many_arguments)]
fn title(s: &Sentence, p: &str, owner: &str, info: &Noun, mods: std::ops::Range<usize>, n: usize, tail_from: usize, end: usize) -> String {
    let t = &s.tokens;
    let who = titles::capitalise(owner);
    let tail = if end > tail_from { s.slice(p, tail_from, end - 1) } else { "" };
    if let Some((verb, link, drop)) = info.verb
        && end > tail_from
        && t[tail_from].lower == link
    {
        let rest = if drop && end > tail_from + 1 { s.slice(p, tail_from + 1, end - 1) } else { tail };
        return titles::act_title(&who, &format!("{verb} {rest}"));
    }
    let described = if mods.is_empty() { String::new() } else { format!("{} ", s.slice(p, mods.start, mods.end - 1)) };
    let act = format!("{} {described}{} {tail}", article_for(info.made, &described), t[n].norm);
    titles::act_title(&who, act.trim_end())
}

/// `made` ("held a") as it reads before `described`: "a" before a describing word that opens
/// with a vowel reads "an" ("an unprovoked assault", "an Oval Office meeting").
fn article_for(made: &str, described: &str) -> String {
    let mut made = made.to_owned();
    if let Some(first) = described.chars().next() {
        let vowel = "aeiouAEIOU".contains(first);
        if made.ends_with(" a") && vowel {
            made.push('n');
        } else if made.ends_with(" an") && !vowel {
            made.pop();
        }
    }
    made
}

/// When the event was: a time expression inside its phrase (not one that only bounds
/// it: "since February"), else nothing more than "on or before" the article's day.
/// `None` when it must have its own time and has none ("the invasion of Ukraine").
pub fn date(ph: &Phrase, s: &Sentence, cues: &[(Cue, Dated)], cal: &Calendar) -> Option<Dated> {
    let t = &s.tokens;
    // "An Oval Office meeting between Trump and Zelensky on Friday afternoon turned into …": a
    // time right after the phrase that opens the sentence, before the verb, is the phrase's own.
    let opens = ph.start == 0
        || ph.start <= 2
            && t[..ph.start].iter().all(|w| w.is_word() && !w.is_capitalized() || w.lower == "the" || w.lower == "a" || w.lower == "an");
    let ends_phrase = |c: &Cue| opens && c.start == ph.end && !c.future && !c.would;
    let own = cues.iter().find(|(c, _)| {
        // ("The July NATO summit": a month before the noun names it too.)
        (c.start > ph.noun && c.end <= ph.end || ends_phrase(c) || c.end > ph.start && c.end <= ph.noun && c.start + 1 >= ph.start)
            && !(c.start > 0 && t[c.start - 1].lower == "since")
            // ("his first visit to Ukraine since taking office last month": a bound, not its time.)
            && !(ph.noun..c.start).any(|k| t[k].lower == "since")
            && !c.text.to_lowercase().starts_with("since")
    });
    if let Some((c, d)) = own
        && (c.future || c.would || d.start <= cal.published)
    {
        let mut d = d.clone();
        d.how = format!("a time inside the phrase that names it (“{}”)", c.text);
        return Some(d);
    }
    // "On March 10, Turkey organized a meeting between Lavrov and Kuleba", "Last week, Türkiye
    // facilitated the first direct talks": what one organised or hosted is of that act's time, a
    // time that opens the sentence, set off by a comma.
    let hosted = ph.start > 0 && HOSTING.contains(&t[ph.start - 1].lower.as_str()) && !s.quoted[ph.start - 1];
    let opening = super::dates::opening_time(s, cues, cal.published).filter(|(c, _)| c.end < ph.start);
    if hosted && let Some((c, d)) = opening {
        let mut d = d.clone();
        d.how = format!("named as what was organised or hosted: the time that opens the sentence (“{}”)", c.text);
        return Some(d);
    }
    // "will travel to Brussels next week to attend a meeting of NATO foreign ministers": the
    // object of what is planned is as far ahead as the plan says, or undated.
    if object_of_a_plan(s, ph.start) {
        return cues.iter().find(|(c, _)| c.future || c.would).map(|(c, d)| {
            let mut d = d.clone();
            d.how = format!("named as what a plan is for: the plan's time (“{}”)", c.text);
            d
        });
    }
    // With no time of its own, the subject of "will"/"would" is yet to come.
    if DATED_ONLY.contains(&t[ph.noun].lower.as_str()) || yet_to_come(s, ph.end) || only_talked_of(s, ph.end) {
        return None;
    }
    Some(cal.before(None, "named inside another report with no time of its own: on or before publication".to_owned()))
}

/// The draft of an event a phrase names.
pub fn draft(g: &Gazetteer, pi: usize, s: &Sentence, p: &str, ph: &Phrase, date: Dated, published: chrono::NaiveDate) -> Draft {
    // "an informal meeting of NATO foreign ministers next year": still ahead, so "will hold".
    let title = if date.start > published { titles::told_ahead(&ph.title) } else { ph.title.clone() };
    let notes = format!(
        "Draft by `chronolens extract`. Lane {}: {} ({}). Kind {}: the noun “{}”, an event named inside another report. Date: {}.",
        g.lanes[ph.owner.lane].label,
        ph.owner.why,
        ph.how,
        ph.kind.name(),
        s.tokens[ph.noun].norm,
        date.how
    );
    Draft {
        paragraph: pi,
        quote: s.slice(p, ph.start, ph.end - 1).to_owned(),
        lane: ph.owner.lane,
        actor: Some(ph.owner.shown_name().to_owned()),
        kind: ph.kind,
        verification: Verification::Reported,
        date,
        title,
        notes,
    }
}

/// The words of a quote, for comparing quotes.
fn words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect()
}

/// The article's drafts with the mentioned events added, each after the drafts of its
/// paragraph, but none that a draft of its paragraph and lane already tells: one whose
/// quote is two thirds the phrase's words and holds half of them, or one of the same kind
/// whose quote holds at least half the phrase's words ("Zelenskyy traveled to Washington,
/// in his first trip abroad").
pub fn add(drafts: Vec<Draft>, mentioned: Vec<Draft>) -> Vec<Draft> {
    if mentioned.is_empty() {
        return drafts;
    }
    let mut kept: Vec<Draft> = Vec::new();
    for m in mentioned {
        let mine = words(&m.quote);
        let told = |d: &Draft| {
            if d.paragraph != m.paragraph || d.lane != m.lane {
                return false;
            }
            let theirs = words(&d.quote);
            let shared = mine.iter().filter(|w| theirs.contains(w)).count();
            let theirs_shared = theirs.iter().filter(|w| mine.contains(w)).count();
            // An attack or a decision told inside a side's own words is an event beside their statement.
            let beside = matches!(m.kind, Kind::Attack | Kind::Decision) && matches!(d.kind, Kind::Statement | Kind::Claim);
            2 * shared >= mine.len() && (3 * theirs_shared >= 2 * theirs.len() && !beside || d.kind == m.kind)
        };
        if drafts.iter().any(told) || kept.iter().any(told) {
            continue;
        }
        kept.push(m);
    }
    let mut out = Vec::with_capacity(drafts.len() + kept.len());
    let mut extra = kept.into_iter().peekable();
    for d in drafts {
        while let Some(m) = extra.peek()
            && m.paragraph < d.paragraph
        {
            out.push(extra.next().expect("peeked"));
        }
        out.push(d);
    }
    out.extend(extra);
    out
}

#[cfg(test)]
mod tests {
    use super::super::events::extract_paragraphs;
    use super::*;
    use crate::model::Precision;
    use crate::model::paragraphs::split_paragraphs;
    use chrono::NaiveDate;

    /// (paragraph, lane id, kind, quote, precision, start day, title) of each event this rule added.
    fn mentioned(text: &str, published: &str) -> Vec<(usize, String, Kind, String, Precision, String, String)> {
        super::super::events::drafts_by_rule(text, published, "an event named inside another report")
    }

    #[test]
    fn what_was_organised_or_hosted_is_of_the_time_that_opens_the_sentence() {
        let r = mentioned("T\n\nOn March 10, Turkey organized a meeting between Sergei Lavrov and Dmytro Kuleba in Antalya.", "2022-04-11");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].2, r[0].4, r[0].5.as_str()), (Kind::Meeting, Precision::Day, "2022-03-10"), "{r:?}");
        let r =
            mentioned("T\n\nLast week, Türkiye facilitated the first direct talks between Russia and Ukraine in Istanbul.", "2025-05-22");
        assert_eq!(r[0].4, Precision::Week, "{r:?}");
        // Spoken of, not hosted: the time is the words'.
        let r = mentioned("T\n\nOn Monday, Zelensky recalled the talks between Russia and Ukraine in Istanbul.", "2025-05-22");
        assert_eq!(r[0].4, Precision::Before, "{r:?}");
    }

    #[test]
    fn talks_appealed_for_or_offered_were_not_held() {
        let text = "T\n\nXi Jinping appealed for negotiations between Russia and Ukraine in a phone call Wednesday.";
        assert!(mentioned(text, "2023-04-26").is_empty());
        assert!(mentioned("T\n\nErdogan offered talks between Russia and Ukraine in Istanbul.", "2023-04-26").is_empty());
        assert_eq!(mentioned("T\n\nErdogan hailed the talks between Russia and Ukraine in Istanbul.", "2023-04-26").len(), 1);
    }

    #[test]
    fn a_time_right_after_the_phrase_that_opens_the_sentence_is_its_own() {
        let text =
            "T\n\nAn Oval Office meeting between Donald Trump and Volodymyr Zelensky on Friday afternoon turned into a shouting match.";
        let r = mentioned(text, "2025-03-01");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].4, r[0].5.as_str()), (Precision::Day, "2025-02-28"), "{r:?}");
        assert_eq!(r[0].6, "Donald Trump and Volodymyr Zelensky held an Oval Office meeting", "'an' before a vowel");
        // Not a time after a phrase in the middle of the sentence: the verb's.
        let r = mentioned("T\n\nTrump recalled a meeting between Donald Trump and Volodymyr Zelensky on Friday.", "2025-03-01");
        assert!(r.iter().all(|e| e.4 == Precision::Before), "{r:?}");
    }

    #[test]
    fn a_meeting_that_took_place_is_told_by_its_clause_with_its_time() {
        let r = mentioned("T\n\nTalks between Russian and Ukrainian delegations were held in Istanbul on Friday.", "2025-05-17");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].1.as_str(), r[0].2, r[0].4, r[0].5.as_str()), ("russia", Kind::Meeting, Precision::Day, "2025-05-16"), "{r:?}");
        assert_eq!(r[0].6, "Talks between Russian and Ukrainian delegations were held in Istanbul on Friday");
        let r = mentioned("T\n\nPutin's talks with Trump took place at a military base in Alaska.", "2025-08-16");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].6, "Putin's talks with Trump took place at a military base in Alaska");
        // Without anyone named, "the meeting" is one told before.
        assert!(mentioned("T\n\nThe meeting ended after four hours.", "2025-08-16").is_empty());
        // So is any event's beginning, after "since".
        let r =
            mentioned("T\n\nIt is the biggest show of support since Russia's invasion of Ukraine began in February 2022.", "2023-03-20");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].2, r[0].6.as_str()), (Kind::Attack, "Russia's invasion of Ukraine began in February 2022"), "{r:?}");
    }

    #[test]
    fn uses_orders_attempts_and_destruction_named_with_their_doer() {
        let r = mentioned("T\n\nBiden commented on Russia's order to evacuate troops from the west bank.", "2022-11-10");
        assert_eq!(
            (r[0].1.as_str(), r[0].2, r[0].6.as_str()),
            ("russia", Kind::Decision, "Russia issued an order to evacuate troops from the west bank")
        );
        let r = mentioned("T\n\nThe United States rejects Russia’s fraudulent attempt to change Ukraine’s borders.", "2022-09-30");
        assert_eq!((r[0].1.as_str(), r[0].3.as_str()), ("russia", "Russia’s fraudulent attempt to change Ukraine’s borders"));
        let r = mentioned("T\n\nKyiv condemned Russia's destruction of the dam.", "2023-06-06");
        assert_eq!((r[0].2, r[0].6.as_str()), (Kind::Attack, "Russia destroyed the dam"));
        // With no doer named, nothing.
        assert!(mentioned("T\n\nKyiv condemned the destruction of the dam.", "2023-06-06").is_empty());
    }

    #[test]
    fn what_a_plan_is_for_is_as_far_ahead_as_the_plan() {
        // Not "held a meeting, on or before publication": it is next week's.
        let r = mentioned("T\n\nBlinken will travel to Brussels next week to attend a meeting of NATO foreign ministers.", "2023-05-10");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(
            (r[0].4, r[0].5.as_str(), r[0].6.as_str()),
            (Precision::Week, "2023-05-15", "NATO foreign ministers will hold a meeting")
        );
        // With no time said, nothing.
        let r = mentioned("T\n\nBlinken will attend a meeting of NATO foreign ministers.", "2023-05-10");
        assert!(r.is_empty(), "{r:?}");
        // A purpose alone is no plan: an arrival to attend it says it is on.
        let r = mentioned("T\n\nZelensky arrived in Brussels to attend a meeting of NATO foreign ministers.", "2023-05-10");
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn a_possessive_names_whose_trip_it_was() {
        let got = mentioned(
            "Title\n\nThe Kremlin said on Thursday it would not comment on Volodymyr Zelensky's first trip abroad since the start of the war.\n",
            "2023-03-02",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        let (pi, lane, kind, quote, precision, start, title) = &got[0];
        assert_eq!((*pi, lane.as_str(), *kind), (1, "ukraine", Kind::Other));
        assert_eq!(quote, "Volodymyr Zelensky's first trip abroad since the start of the war");
        // No time of its own ("since …" only bounds it): on or before publication.
        assert_eq!((*precision, start.as_str()), (Precision::Before, "2023-03-02"));
        assert_eq!(title, "Volodymyr Zelensky made a first trip abroad since the start of the war");
        assert!(super::super::eval::title_problem(title).is_none());
    }

    #[test]
    fn an_invasion_is_an_event_only_with_its_own_time() {
        let dated = mentioned(
            "Title\n\nNATO's secretary general said allies had stood by Kyiv since Russia's invasion of Ukraine in February 2022.\n",
            "2024-05-10",
        );
        assert_eq!(dated.len(), 1, "{dated:?}");
        let (_, lane, kind, quote, precision, start, title) = &dated[0];
        assert_eq!((lane.as_str(), *kind, quote.as_str()), ("russia", Kind::Attack, "Russia's invasion of Ukraine in February 2022"));
        assert_eq!((*precision, start.as_str()), (Precision::Month, "2022-02-01"));
        assert_eq!(title, "Russia invaded Ukraine in February 2022");
        // The backdrop of a whole war, with no time: nothing.
        let backdrop =
            mentioned("Title\n\nThe alliance said it would keep helping Kyiv resist Russia's invasion of Ukraine.\n", "2024-05-10");
        assert!(backdrop.is_empty(), "{backdrop:?}");
        // What came before it does not make it one yet to come, when it has a time of its own.
        let before =
            mentioned("Title\n\nHe escaped from house arrest several days before Russia's invasion on February 24.\n", "2022-09-22");
        assert_eq!(before.iter().map(|e| (e.2, e.5.as_str())).collect::<Vec<_>>(), [(Kind::Attack, "2022-02-24")], "{before:?}");
        let undated = mentioned("Title\n\nHe left before Russia's invasion.\n", "2022-09-22");
        assert!(undated.is_empty(), "{undated:?}");
    }

    #[test]
    fn what_an_announcement_was_runs_up_to_the_verb_it_is_the_subject_of() {
        let got = mentioned(
            "Title\n\nThe announcement by Russia that it's suspending participation in New START is deeply unfortunate, Blinken said.\n",
            "2023-02-21",
        );
        let a = got.iter().find(|e| e.2 == Kind::Decision).unwrap_or_else(|| panic!("{got:?}"));
        assert_eq!(a.3, "The announcement by Russia that it's suspending participation in New START", "{got:?}");
        assert!(a.6.contains("suspending participation in New START"), "{got:?}");
    }

    #[test]
    fn a_doer_named_after_of_ends_where_a_new_clause_opens() {
        let got = mentioned(
            "Title\n\nMoscow will study the decisions of a two-day summit of the NATO alliance and respond with measures of its own, Peskov said on Tuesday.\n",
            "2023-07-11",
        );
        assert!(got.iter().all(|m| !m.3.contains("respond")), "{got:?}");
        // "heads of state and government of NATO countries": "and" inside the description goes on.
        let got = mentioned(
            "Title\n\nBiden spoke on Thursday after a two-hour meeting of heads of state and government of NATO countries.\n",
            "2022-03-24",
        );
        assert!(got.iter().any(|m| m.1 == "nato" && m.3.ends_with("NATO countries")), "{got:?}");
    }

    #[test]
    fn a_named_meeting_still_ahead_is_titled_ahead() {
        let got = mentioned(
            "Title\n\nStoltenberg welcomed Norway’s offer to host an informal meeting of NATO foreign ministers next year.\n",
            "2022-11-30",
        );
        let m = got.iter().find(|m| m.2 == Kind::Meeting).expect("the meeting");
        assert_eq!(m.3, "an informal meeting of NATO foreign ministers next year");
        assert_eq!((m.4, m.5.as_str()), (Precision::Year, "2023-01-01"));
        assert_eq!(m.6, "NATO foreign ministers will hold an informal meeting next year");
    }

    #[test]
    fn a_meeting_names_its_sides_before_its_noun_or_after_between() {
        let got = mentioned(
            "Title\n\nThe Kremlin said on Friday it had seen nothing new in the meeting between Zelensky and Biden.\n",
            "2022-12-23",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].1.as_str(), got[0].2, got[0].3.as_str()), ("us", Kind::Meeting, "the meeting between Zelensky and Biden"));
        // Each side by the name it resolves to; a second "and" ends the sides.
        assert_eq!(got[0].6, "Volodymyr Zelensky and Joe Biden held a meeting");
        let got = mentioned("Title\n\nPeskov said Moscow had followed the Russian-Ukrainian peace talks closely.\n", "2022-05-02");
        assert_eq!((got[0].1.as_str(), got[0].6.as_str()), ("russia", "Russia and Ukrainian officials held peace talks"), "{got:?}");
        // A summit that is yet to decide something is still to come; a place names no side.
        for text in [
            "Title\n\nStoltenberg said the NATO summit on Thursday would agree to send more help.\n",
            "Title\n\nLavrov said Moscow had watched the Vilnius summit closely.\n",
        ] {
            assert!(mentioned(text, "2023-07-12").iter().all(|m| m.2 != Kind::Meeting), "{text}");
        }
    }

    #[test]
    fn a_meeting_held_between_two_sides_is_named_by_them_as_written() {
        let got = mentioned(
            "Title\n\nZelensky said Ukraine was not invited to the meetings held between U.S. and Russian diplomats in Riyadh this week.\n",
            "2025-02-20",
        );
        let m = got.iter().find(|m| m.2 == Kind::Meeting).unwrap_or_else(|| panic!("{got:?}"));
        assert_eq!(m.3, "the meetings held between U.S. and Russian diplomats in Riyadh this week");
        // "Russian" alone names no side: the words as written do.
        assert_eq!(m.6, "U.S. and Russian diplomats held meetings");
        assert_eq!((m.4, m.5.as_str()), (Precision::Range, "2025-02-17"), "dated by the week inside the phrase");
        let got = mentioned("Title\n\nKyiv criticised the talks between Russian and Ukrainian delegations in Istanbul.\n", "2025-05-16");
        assert_eq!(got.iter().find(|m| m.2 == Kind::Meeting).map(|m| m.6.as_str()), Some("Russian and Ukrainian delegations held talks"));
        // A meeting only planned between them is none.
        let got = mentioned("Title\n\nKyiv rejected talks to be held between Russian and Ukrainian delegations.\n", "2025-05-16");
        assert!(got.iter().all(|m| m.2 != Kind::Meeting), "{got:?}");
    }

    #[test]
    fn talks_named_by_their_sides_need_no_determiner() {
        let got = mentioned(
            "Title\n\nThe change of plan appears to be a response to in-depth talks between US Secretary of State Marco Rubio and his Russian counterpart Sergey Lavrov in Riyadh.\n",
            "2025-02-18",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // The first side's lane (lane order), each side resolved on its own, the compound kept whole.
        assert_eq!((got[0].1.as_str(), got[0].2), ("us", Kind::Meeting));
        assert_eq!(
            got[0].3,
            "in-depth talks between US Secretary of State Marco Rubio and his Russian counterpart Sergey Lavrov in Riyadh"
        );
        assert_eq!(got[0].6, "Marco Rubio and Sergei Lavrov held in-depth talks");
        // "the first round of": the phrase opens with the part it names; "followed" is a verb, not a describing word.
        let got = mentioned(
            "Title\n\nThe first round of direct talks between Moscow and Washington has ended in Riyadh, Yury Ushakov told reporters.\n",
            "2025-02-18",
        );
        assert_eq!(
            (got[0].3.as_str(), got[0].6.as_str()),
            ("The first round of direct talks between Moscow and Washington", "Moscow and Washington held the first round of direct talks")
        );
        let got = mentioned("Title\n\nThe plan followed talks between Moscow and Washington in Riyadh on Tuesday.\n", "2025-02-18");
        assert_eq!(
            (got[0].3.as_str(), got[0].6.as_str()),
            ("talks between Moscow and Washington in Riyadh on Tuesday", "Moscow and Washington held talks")
        );
        // Only thought of: nothing.
        assert!(mentioned("Title\n\nKyiv called for direct talks between Moscow and Kyiv.\n", "2025-02-18").is_empty());
        assert!(mentioned("Title\n\nHe spoke of possible talks between Moscow and Kyiv.\n", "2025-02-18").is_empty());
    }

    #[test]
    fn the_doer_may_follow_by_or_of() {
        let got = mentioned(
            "Title\n\nA State Department spokesman said Washington did not accept the denial by the Kremlin of any role in the blast.\n",
            "2023-06-07",
        );
        assert!(
            got.iter().any(|(_, lane, kind, quote, ..)| lane == "russia"
                && *kind == Kind::Statement
                && quote.starts_with("the denial by the Kremlin")),
            "{got:?}"
        );
        // "of" names who travelled, not what was attacked.
        let trip = mentioned(
            "Title\n\nPeskov said the visit of Chancellor Olaf Scholz to Beijing showed that Europe was divided.\n",
            "2023-06-07",
        );
        assert!(
            trip.iter().any(|(_, lane, kind, quote, ..)| lane == "other"
                && *kind == Kind::Other
                && quote.starts_with("the visit of Chancellor Olaf Scholz to Beijing")),
            "{trip:?}"
        );
    }

    #[test]
    fn a_time_inside_the_phrase_dates_it() {
        let got = mentioned(
            "Title\n\nThe Kremlin said Antony Blinken's meeting with Russia's foreign minister earlier today in Vienna was useful.\n",
            "2023-01-12",
        );
        let meeting = got.iter().find(|x| x.2 == Kind::Meeting).expect("the meeting");
        assert_eq!(meeting.1, "us");
        assert!(meeting.3.starts_with("Antony Blinken's meeting with Russia's foreign minister earlier today"), "{meeting:?}");
        assert_eq!((meeting.4, meeting.5.as_str()), (Precision::Day, "2023-01-12"));
    }

    #[test]
    fn no_doer_or_only_a_possibility_gives_nothing() {
        // "his": whose visit rests on a guess at the pronoun.
        assert!(mentioned("Title\n\nOfficials said his visit to the front line lasted several hours.\n", "2023-01-12").is_empty());
        assert!(
            mentioned("Title\n\nJoe Biden thanked Olaf Scholz, saying his visit to Kyiv last week mattered.\n", "2023-01-12").is_empty()
        );
        // A possible, planned or demanded event did not happen.
        assert!(
            mentioned("Title\n\nThe Kremlin said there was no date yet for a possible meeting between Putin and Biden.\n", "2023-01-12")
                .is_empty()
        );
        assert!(mentioned("Title\n\nOfficials discussed Joe Biden's planned visit to Warsaw next month.\n", "2023-01-12").is_empty());
        assert!(
            mentioned("Title\n\nKyiv again called for the complete withdrawal of Russian troops from its territory.\n", "2023-01-12")
                .is_empty()
        );
        // A withdrawal told as a demand, not after a verb the rules know: only a dated one is drafted.
        assert!(
            mentioned("Title\n\nHis conditions are the complete withdrawal of Russian forces from the occupied regions.\n", "2023-01-12")
                .is_empty()
        );
        // A trip trailed by a modal: the quote stops before it, the title is a clause.
        let got = mentioned(
            "Title\n\nPeskov said the trip of Ukrainian President Volodymyr Zelensky to the United States could prolong the war.\n",
            "2022-12-22",
        );
        let trip = got.iter().find(|x| x.2 == Kind::Other).expect("the trip");
        assert_eq!(trip.3, "the trip of Ukrainian President Volodymyr Zelensky to the United States");
        assert_eq!(trip.6, "Volodymyr Zelensky travelled to the United States");
        // A bare mention ("Biden's visit") refers back; it tells nothing new.
        assert!(mentioned("Title\n\nZelensky praised Joe Biden's visit, aides said.\n", "2023-01-12").is_empty());
    }

    #[test]
    fn a_trip_ahead_is_dated_forward_by_its_own_words() {
        let got =
            mentioned("Title\n\nAides told reporters in Kyiv that Zelensky's trip to Ankara on March 10 will go ahead.\n", "2025-02-20");
        let trip = got.iter().find(|x| x.2 == Kind::Other).expect("the trip");
        assert_eq!((trip.1.as_str(), trip.4, trip.5.as_str()), ("ukraine", Precision::Day, "2025-03-10"));
    }

    #[test]
    fn the_same_event_twice_in_a_paragraph_and_lane_is_one() {
        // The extractor already drafts the attack named with its target; the possessive adds no second one.
        let g = Gazetteer::builtin();
        let d = NaiveDate::parse_from_str("2023-05-04", "%Y-%m-%d").unwrap();
        let text = "Title\n\nPeskov said Ukraine's drone attack on the Kremlin on Wednesday was a terrorist act.\n";
        let drafts = extract_paragraphs(&split_paragraphs(text), d, &g);
        let attacks = drafts.iter().filter(|x| x.kind == Kind::Attack && g.lanes[x.lane].id == "ukraine").count();
        assert_eq!(attacks, 1, "{drafts:#?}");
    }
}
