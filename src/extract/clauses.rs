//! Acts of another actor told inside someone's statement or narrative, as a clause
//! with a subject and a verb of its own: "… Russia has shifted its focus to the
//! Donbas," Austin said; "The Russians succeeded in taking the regional capital";
//! "when they invaded Ukraine in February". Each is an event of its own in the lane
//! of its subject (a person or a side the gazetteer knows, not the one telling it),
//! quoted as the clause, of the kind its verb says, dated by a time expression inside
//! the clause, else only "on or before" the article's day. Only acts told as done: a
//! finite past or perfect, not words or thoughts, not negated, modal, conditional or
//! in a question; "they" only when the paragraph names one side of people before it.

use super::actors::{Actor, Memory, mention_actor};
use super::dates::{Calendar, Cue, Dated};
use super::events::Draft;
use super::gazetteer::{Gazetteer, Mention, What};
use super::kinds;
use super::mentioned::number_punct;
use super::sentences::Sentence;
use super::text::TokKind;
use super::titles;
use crate::model::{Kind, Verification};

/// Words between a subject and its verb that leave the act as told ("has also", "already").
pub(super) const BETWEEN: &[&str] = &[
    "also",
    "already",
    "now",
    "just",
    "then",
    "later",
    "since",
    "reportedly",
    "finally",
    "recently",
    "again",
    "eventually",
    "initially",
    "effectively",
    "largely",
    "successfully",
    "quickly",
    "originally",
    "first",
    "once",
    "indeed",
];
/// Auxiliaries of a perfect.
const PERFECT: &[&str] = &["has", "have", "had", "'ve", "’ve"];
/// Past forms that are not "-ed".
pub(crate) const IRREGULAR_PAST: &[&str] = &[
    "took", "lost", "won", "fought", "began", "struck", "sent", "shot", "fled", "left", "led", "brought", "broke", "drove", "overran",
    "withdrew", "met", "held", "hit", "blew", "stole", "spent", "built", "beat", "swept", "flew", "went", "came",
];
/// Past participles that are not "-ed".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "taken",
    "lost",
    "won",
    "fought",
    "begun",
    "struck",
    "sent",
    "shot",
    "fled",
    "left",
    "led",
    "brought",
    "broken",
    "driven",
    "overrun",
    "withdrawn",
    "met",
    "held",
    "hit",
    "blown",
    "stolen",
    "spent",
    "built",
    "beaten",
    "swept",
    "flown",
    "gone",
    "come",
];
/// Verbs of wanting, thinking, trying or failing, being and seeming, or of telling (besides
/// those of the rules' table): no act done.
const NOT_ACTS: &[&str] = &[
    // ("TASS has gathered key updates on the outcome": what a newsroom collected.)
    "gathered",
    "compiled",
    "hoped",
    "wanted",
    "wished",
    "intended",
    "planned",
    "expected",
    "feared",
    "needed",
    "tried",
    "attempted",
    "sought",
    "failed",
    "refused",
    "declined",
    "threatened",
    "seemed",
    "appeared",
    "looked",
    "thought",
    "believed",
    "knew",
    "learned",
    "realized",
    "realised",
    "felt",
    "liked",
    "loved",
    "hated",
    "preferred",
    "wondered",
    "worried",
    "called",
    // A newsroom's own work: "TASS has compiled what is known", "Reuters could not verify".
    "compiled",
    "obtained",
    "reviewed",
    "contacted",
    "verified",
    "asked",
    "urged",
    "demanded",
    "insisted",
    "offered",
    "continued",
    "remained",
    "used",
    "based",
    "aimed",
    "designed",
    "supposed",
    "allowed",
    "tasked",
    "charged",
    "faced",
    "stood",
    "went",
    "came",
    "got",
    "showed",
    "shown",
    "proved",
    "proven",
    "explained",
    "described",
    "welcomed",
    "received",
    "seen",
    "heard",
    "noticed",
    "watched",
    "discussed",
    "talked",
    "argued",
    "considered",
    "been",
    "done",
    "made",
    "gotten",
    "become",
    "caused",
    "cost",
    "wasted",
    "spent",
    "paid",
    "earned",
    "gained",
    "benefited",
    "suffered",
    "endured",
    "experienced",
    "demonstrated",
    "underestimated",
    "overestimated",
    "miscalculated",
    "misjudged",
    "ignored",
    "forgotten",
    "forgot",
];
/// Verbs of succeeding at what follows: the kind is the following act's ("succeeded in taking").
const SUCCEEDED: &[&str] = &["succeeded", "managed"];
/// Forms of taking a place by force.
const TAKING: &[&str] = &["took", "taken", "taking", "take", "capture", "capturing", "seize", "seizing", "occupied", "occupying", "occupy"];
/// Objects that make sending or delivering words ("sent a message", "delivered a warning").
const MESSAGES: &[&str] = &["message", "messages", "letter", "letters", "signal", "warning", "note", "speech", "address", "remarks"];
/// Whether the clause whose subject opens at `start` is a relative one after a capitalised name:
/// "Snake Island, which Russia occupied", "Kherson, which Russian troops captured".
fn which_names_a_place(s: &Sentence, start: usize) -> bool {
    let t = &s.tokens;
    start >= 3 && t[start - 1].lower == "which" && t[start - 2].is_punct(',') && t[start - 3].is_capitalized()
}

/// Verbs by which a speaker tells, in the first person, a decision of their own ("I decided to
/// withdraw our units", "I have ordered …").
const FIRST_PERSON_DECISIONS: &[&str] = &["decided", "ordered", "signed", "approved", "instructed", "authorized", "authorised"];

/// Forms of annexing: a decision (as the noun "annexation" is).
const ANNEXING: &[&str] = &["annexed", "annexing", "annex"];
/// What is taken when taking is by force.
const PLACES: &[&str] = &["city", "town", "village", "capital", "territory", "region", "control", "port", "airport", "plant", "bridge"];
/// Words that make the clause a condition, a wish or a question.
const CONDITIONS: &[&str] = &["if", "unless", "whether", "once", "until", "lest"];
/// Words before a subject that make it an object or a part of something else ("support for Ukraine has …").
const BEFORE_NOT_SUBJECT: &[&str] = &[
    "of", "for", "to", "in", "on", "with", "by", "from", "against", "about", "at", "between", "and", "or", "nor", "than", "like", "into",
    "over", "toward", "towards", "upon", "without", "'s", "’s",
];
/// Nouns of people after a demonym ("Russian officials have …") that keep it the subject.
const PEOPLE: &[&str] =
    &["forces", "troops", "soldiers", "officials", "leaders", "diplomats", "negotiators", "authorities", "military", "government", "army"];
/// Words a clause ends before: a new clause.
const CLAUSE_ENDS: &[&str] = &[
    "but",
    "while",
    "whereas",
    "which",
    "who",
    "whom",
    "where",
    "because",
    "although",
    "though",
    "so",
    "yet",
    "said",
    "says",
    "according",
];
/// Words a quote and a title do not end with.
const TRAILING: &[&str] =
    &["the", "a", "an", "of", "in", "on", "to", "at", "with", "from", "by", "and", "or", "his", "her", "its", "their", "for", "as", "that"];

/// An act told as a clause: tokens `start..end`, its verb, who did it.
#[derive(Debug, Clone)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub verb: usize,
    pub actor: Actor,
    pub kind: Kind,
    pub title: String,
    /// Told only as someone's accusation ("accused Russia of shelling …").
    pub alleged: bool,
}

/// The sides of people that sentence `s` names up to token `upto`, in order ("the
/// Russians", "Russian troops"): whom a later "they" may be.
pub fn people_named(g: &Gazetteer, mem: &Memory, s: &Sentence, p: &str, upto: usize) -> Vec<Actor> {
    let t = &s.tokens;
    g.mentions(t, 0..upto.min(t.len()), &mem.aliases)
        .iter()
        .filter(|m| plural_people(s, m))
        .filter_map(|m| mention_actor(g, mem, s, p, m, "named before “they”"))
        .collect()
}

/// "Russians", "Russian forces", "NATO allies": people, as a plural.
fn plural_people(s: &Sentence, m: &Mention) -> bool {
    let last = &s.tokens[m.end - 1].lower;
    match m.what {
        What::Demonym(_) => last.ends_with('s'),
        What::Group(_) => PEOPLE.contains(&last.as_str()) || matches!(last.as_str(), "allies" | "separatists" | "occupiers" | "invaders"),
        _ => false,
    }
}

/// The clauses of sentence `s` that tell an act of someone in a lane not in `told`
/// (the lanes the sentence's own drafts are in, and a transcript speaker's). `before`:
/// the sides of people the paragraph named in its sentences before this one.
/// `voice` is the person whose quoted words the sentence reports: their "I" and "we".
pub fn clauses(g: &Gazetteer, mem: &Memory, s: &Sentence, p: &str, told: &[usize], before: &[Actor], voice: Option<&Actor>) -> Vec<Clause> {
    let t = &s.tokens;
    // A question ("Why has Russia moved its troops?") tells of no act done.
    if s.text(p).contains('?') {
        return Vec::new();
    }
    let mentions = g.mentions(t, 0..t.len(), &mem.aliases);
    let mut out: Vec<Clause> = Vec::new();
    for k in 1..t.len() {
        // ("U.S.-provided weapons": a word joined by a hyphen describes what follows; no verb.)
        if !t[k].is_word() || t[k].is_capitalized() || t[k].hyphened || out.last().is_some_and(|c| k < c.end) {
            continue;
        }
        let w = t[k].lower.as_str();
        // The auxiliaries and adverbs before the verb, back to the subject.
        let mut j = k;
        let mut perfect = false;
        while j > 0 && t[j - 1].is_word() && s.quoted[j - 1] == s.quoted[k] {
            let b = t[j - 1].lower.as_str();
            if PERFECT.contains(&b) && !perfect {
                perfect = true;
            } else if !BETWEEN.contains(&b) {
                break;
            }
            j -= 1;
        }
        if j == 0 {
            continue;
        }
        let past = w.len() > 4 && w.ends_with("ed") || if perfect { IRREGULAR_PARTICIPLES } else { IRREGULAR_PAST }.contains(&w);
        if !past || NOT_ACTS.contains(&w) || BETWEEN.contains(&w) || kinds::speech_at(s, k) {
            continue;
        }
        // "Interfax cited the ministry as saying …": passing on words is the report of the one cited
        // ("Moscow has cited NATO's expansion as a reason" stays Moscow's).
        if matches!(w, "cited" | "quoted")
            && (k + 1..(k + 10).min(t.len())).any(|x| t[x].lower == "as" && t.get(x + 1).is_some_and(|y| y.lower.ends_with("ing")))
        {
            continue;
        }
        // "a NATO summit hosted by the US": a participle describing the noun before it, no clause.
        if !perfect && j == k && t.get(k + 1).is_some_and(|x| x.lower == "by") {
            continue;
        }
        // "had" alone is a possession, and "has been" a state: only the participle after it acts.
        let aux_from = (j..k).find(|&x| PERFECT.contains(&t[x].lower.as_str())).unwrap_or(k);
        // "“… I decided to withdraw our units …,” Syrsky said": the speaker's own decision, told
        // in the first person inside their quoted words.
        let first_person = s.quoted[j - 1] && matches!(t[j - 1].lower.as_str(), "i" | "we");
        let spoken = voice.filter(|_| first_person).map(|v| {
            let why = format!("“{}” in the quoted words of {}", t[j - 1].norm, v.name);
            (j - 1, Actor { why, ..v.clone() })
        });
        let Some((subject_start, actor)) = spoken.or_else(|| subject(g, mem, s, p, &mentions, j, before)) else { continue };
        // (The speaker's own words are no act beside their statement: only a decision they took
        // is, told by a verb of deciding; "we agreed to further discussions" may be any two's.)
        if first_person && !FIRST_PERSON_DECISIONS.contains(&w) {
            continue;
        }
        let end = clause_end(s, k);
        let kind = kind_of(s, k, end);
        // Of the teller's own side, only an attack or a decision is an event beside their words.
        let own_attack = matches!(kind, Kind::Attack | Kind::Decision);
        if told.contains(&actor.lane) && !own_attack || conditional(s, subject_start) || super::events::not_told_as_done(s, subject_start) {
            continue;
        }
        if end <= k + 1 && !perfect {
            // A bare "-ed" word after a name ("Russia-backed", "Ukraine aligned") tells no act.
            continue;
        }
        // "has taken a concrete step": taking is an act of its own only when a place is taken
        // ("Snake Island, which Russia occupied …": the name "which" stands for).
        let relative = which_names_a_place(s, subject_start);
        let kind = if TAKING.contains(&w) && relative { Kind::Attack } else { kind };
        // (A relative clause set off by commas ends at the next one: ", which Russia occupied in
        // February, became famous".)
        let end = if relative { (k + 1..end).find(|&x| s.tokens[x].is_punct(',')).unwrap_or(end) } else { end };
        if TAKING.contains(&w) && kind != Kind::Attack {
            continue;
        }
        let who = titles::capitalise(&actor.name);
        let title = match fronted_object(s, p, subject_start) {
            // "the territory Putin has annexed": the noun before the subject is what was done to.
            Some(object) => {
                // The main clause's verb after it is not part of it ("the weapons the US sent | were used").
                let end = (k + 1..end).find(|&x| super::events::MAIN_VERBS.contains(&t[x].lower.as_str())).unwrap_or(end);
                let after = if end > k + 1 { format!(" {}", s.slice(p, k + 1, end - 1)) } else { String::new() };
                titles::act_title(&who, &format!("{} {object}{after}", s.slice(p, aux_from.min(k), k)))
            }
            // ("I have ordered …": the speaker "ordered", not "have ordered".)
            None if first_person => titles::act_title(&who, s.slice(p, k, end - 1)),
            None => titles::act_title(&who, s.slice(p, aux_from.min(k), end - 1)),
        };
        // ("Syrskyi decided to withdraw the units", not "our units": the title is not in their words.)
        let title = if first_person { title.replace(" our ", " the ").replace(" my ", " the ") } else { title };
        out.push(Clause { start: subject_start, end, verb: k, actor, kind, title, alleged: false });
    }
    let accused: Vec<Clause> = accused_of(g, mem, s, p, told, &mentions)
        .into_iter()
        .filter(|c| out.iter().all(|o| c.end <= o.start || c.start >= o.end))
        .collect();
    out.extend(accused);
    out.sort_by_key(|c| c.start);
    out
}

/// Acts one is accused of, as gerunds, with their past and kind.
const ACCUSED_ACTS: &[(&str, &str, Kind)] = &[
    ("firing", "fired", Kind::Attack),
    ("shelling", "shelled", Kind::Attack),
    ("attacking", "attacked", Kind::Attack),
    ("striking", "struck", Kind::Attack),
    ("bombing", "bombed", Kind::Attack),
    ("launching", "launched", Kind::Attack),
    ("targeting", "targeted", Kind::Attack),
    ("killing", "killed", Kind::Attack),
    ("destroying", "destroyed", Kind::Attack),
    ("invading", "invaded", Kind::Attack),
    ("shooting", "shot", Kind::Attack),
    ("torturing", "tortured", Kind::Attack),
    ("executing", "executed", Kind::Attack),
    ("seizing", "seized", Kind::Attack),
    ("occupying", "occupied", Kind::Attack),
    ("deporting", "deported", Kind::Attack),
    ("abducting", "abducted", Kind::Attack),
    ("kidnapping", "kidnapped", Kind::Attack),
    ("looting", "looted", Kind::Attack),
    ("mining", "mined", Kind::Attack),
    ("annexing", "annexed", Kind::Decision),
];

/// One past the last token of the act a gerund at `k` tells: up to a break, a clause of
/// circumstance ("amid", "as", "after") or a verb of the accuser's joined by "and" ("and said
/// two officers were wounded"); relative clauses stay ("shelling areas from where people were
/// being evacuated"); at most twenty words.
fn accused_act_end(s: &Sentence, k: usize) -> usize {
    let t = &s.tokens;
    let mut e = k + 1;
    while e < t.len() && e < k + 21 && !s.quoted[e] {
        let w = &t[e];
        if !(w.is_word() || w.kind == TokKind::Possessive || w.is_punct('-') || number_punct(s, e)) {
            break;
        }
        if matches!(w.lower.as_str(), "amid" | "as" | "after" | "before" | "while" | "despite" | "but") {
            break;
        }
        let verb_next =
            t.get(e + 1).is_some_and(|x| x.is_word() && !x.is_capitalized() && (x.lower.ends_with("ed") || kinds::speech_at(s, e + 1)));
        if w.lower == "and" && verb_next {
            break;
        }
        e += 1;
    }
    while e > k + 1 && TRAILING.contains(&t[e - 1].lower.as_str()) {
        e -= 1;
    }
    e
}

/// "Ukraine accused Russia of firing a new kind of missile at Dnipro": the act one side is
/// accused of is an event of its own in the lane of the accused (one side or person named
/// between the verb and "of"), alleged, quoted from the gerund to the clause's end.
fn accused_of(g: &Gazetteer, mem: &Memory, s: &Sentence, p: &str, told: &[usize], mentions: &[Mention]) -> Vec<Clause> {
    let t = &s.tokens;
    let mut out = Vec::new();
    for k in 0..t.len() {
        if s.quoted[k] || !matches!(t[k].lower.as_str(), "accused" | "accuses" | "accusing" | "accuse") {
            continue;
        }
        let Some(of) = (k + 2..t.len().min(k + 10)).take_while(|&x| t[x].is_word() && !s.quoted[x]).find(|&x| t[x].lower == "of") else {
            continue;
        };
        let Some(&(_, past, kind)) = t.get(of + 1).and_then(|w| ACCUSED_ACTS.iter().find(|(g, _, _)| *g == w.lower)) else {
            continue;
        };
        let named: Vec<&Mention> = mentions.iter().filter(|m| m.start > k && m.end <= of && !matches!(m.what, What::Place(_))).collect();
        let [m] = named.as_slice() else { continue };
        let Some(actor) = mention_actor(g, mem, s, p, m, "the one accused") else { continue };
        if told.contains(&actor.lane) && t[k].lower != "accusing" {
            continue;
        }
        let end = accused_act_end(s, of + 1);
        let rest = if end > of + 2 { format!(" {}", s.slice(p, of + 2, end - 1)) } else { String::new() };
        let title = titles::act_title(&titles::capitalise(&actor.name), &format!("{past}{rest}"));
        out.push(Clause { start: of + 1, end, verb: of + 1, actor, kind, title, alleged: true });
    }
    out
}

/// The object of a clause that follows it as a relative clause without "that"
/// ("the territory | Putin has annexed", "territory | Russia has captured"): the
/// noun just before the subject, with its article; `None` when a function word,
/// a verb or punctuation stands there (the subject then opens its own clause).
pub(super) fn fronted_object(s: &Sentence, p: &str, subject_start: usize) -> Option<String> {
    let t = &s.tokens;
    let n = subject_start.checked_sub(1)?;
    let w = t[n].lower.as_str();
    // "the Ukraine defense contact group, which Austin established in April 2022": the noun phrase
    // before the comma, back to its article, or its run of names ("Crimea, which Russia annexed").
    if matches!(w, "which" | "that") && n >= 2 && t[n - 1].is_punct(',') && !s.quoted[n - 1] {
        let phrase = phrase_before(s, n - 1)?;
        return Some(s.slice(p, phrase.start, phrase.end - 1).to_owned());
    }
    let function = BEFORE_SUBJECT.contains(&w) || w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly");
    if !t[n].is_word() || t[n].is_capitalized() || function || w.len() < 3 {
        return None;
    }
    // "his host President Erdogan chimed in": after "his"/"her"/"their", the noun describes the name.
    if n > 0 && matches!(t[n - 1].lower.as_str(), "his" | "her" | "their" | "its" | "our" | "my" | "your") {
        return None;
    }
    let from = if n > 0 && matches!(t[n - 1].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her") { n - 1 } else { n };
    let phrase = s.slice(p, from, n);
    // ("The towns Russia has shelled …": the sentence's capital is not the phrase's.)
    Some(if from == 0 && from < n { format!("{}{}", t[from].lower, &phrase[t[from].end - t[from].start..]) } else { phrase.to_owned() })
}

/// The noun phrase that ends right before token `end` (what a "which" after it stands for):
/// back to its article, not past a verb or a preposition ("Kyiv dropped | the proposals", "links
/// Russia to | Crimea"), else its run of names. None when there is neither.
pub(super) fn phrase_before(s: &Sentence, end: usize) -> Option<std::ops::Range<usize>> {
    let t = &s.tokens;
    let words: Vec<usize> = (end.saturating_sub(8)..end)
        .rev()
        .take_while(|&k| {
            t[k].is_word()
                && !s.quoted[k]
                && (t[k].is_capitalized() || !t[k].lower.ends_with("ed"))
                && !matches!(t[k].lower.as_str(), "to" | "of" | "in" | "on" | "at" | "from" | "by" | "with" | "for" | "into")
        })
        .collect();
    let article = words.iter().position(|&k| matches!(t[k].lower.as_str(), "the" | "a" | "an" | "its" | "their" | "this" | "these"));
    let start = match article {
        Some(i) => words[i],
        None => *words.iter().take_while(|&&k| t[k].is_capitalized()).last()?,
    };
    Some(start..end)
}

/// Words that may stand just before a clause's subject without being its object.
const BEFORE_SUBJECT: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "that", "which", "who", "when", "while", "as", "since", "after", "before", "because", "where",
    "then", "also", "said", "says", "say", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "than", "so", "yet", "now",
    "until", "if", "though", "although", "once", "whether", "how", "why", "what", "not", "only", "even", "says", "told", "think",
    "believe", "know", "knows", "saying", "added", "noted", "warned", "is", "are", "was", "were", "has", "have", "had", "will", "would",
    "could", "should", "might", "may", "can", "must", "do", "does", "did", "be", "been", "this", "these", "those", "there", "here", "we",
    "they", "you", "it", "he", "she", "i", "us", "them", "our", "your",
];

/// Who the words just before token `j` name as a subject, and where they start: a
/// person or a side the gazetteer knows ("President Putin", "the Russians", "Russian
/// officials"), not the object of a preposition nor one of several; "they" only when
/// the paragraph so far names people of one side alone.
fn subject(g: &Gazetteer, mem: &Memory, s: &Sentence, p: &str, mentions: &[Mention], j: usize, before: &[Actor]) -> Option<(usize, Actor)> {
    let t = &s.tokens;
    let last = j - 1;
    if t[last].lower == "they" {
        let mut named = before.to_vec();
        named.extend(people_named(g, mem, s, p, last));
        let side = named.last()?;
        if named.iter().any(|a| a.lane != side.lane) {
            return None;
        }
        let why = format!("“they”: the people of one side the paragraph named before, {}", side.name);
        return Some((last, Actor { why, ..side.clone() }));
    }
    // "Russian officials have …": a demonym and a noun of people.
    let head_end = if PEOPLE.contains(&t[last].lower.as_str()) && !t[last].is_capitalized() { last } else { j };
    // "Russian forces" may be one name the gazetteer knows, ending at the verb.
    let (m, head_end) = match mentions.iter().find(|m| m.end == head_end) {
        Some(m) => (m, head_end),
        None => (mentions.iter().find(|m| m.end == j)?, j),
    };
    if head_end != j && !matches!(m.what, What::Demonym(_)) {
        return None;
    }
    let mut start = m.start;
    // "President Putin", "the Russians": the title and article before the name are the subject's.
    if matches!(m.what, What::Person(_))
        && let Some(title) = mentions.iter().find(|x| x.end == start && matches!(x.what, What::Title(_)))
    {
        start = title.start;
    }
    if start > 0 && t[start - 1].lower == "the" {
        start -= 1;
    }
    if start > 0 && (BEFORE_NOT_SUBJECT.contains(&t[start - 1].lower.as_str()) || t[start - 1].kind == TokKind::Possessive) {
        return None;
    }
    // "Waltz, and special envoy Witkoff joined …": one of several, whose act is told with the others'.
    let piece = (0..start).rev().find(|&x| t[x].kind == TokKind::Punct && !t[x].is_punct('-')).map_or(0, |x| x + 1);
    if t[piece..start].iter().any(|w| matches!(w.lower.as_str(), "and" | "or" | "&")) {
        return None;
    }
    let mut actor = mention_actor(g, mem, s, p, m, "the subject of a clause inside another report")?;
    if head_end != j || !matches!(m.what, What::Person(_)) {
        // Named as the text names it: "the Russians", "Russian officials".
        actor.name = s.slice(p, start, j - 1).to_owned();
    }
    Some((start, actor))
}

/// The subject at `start` is inside a condition ("if Russia had …") counted from the
/// clause's opening (a break in the sentence).
fn conditional(s: &Sentence, start: usize) -> bool {
    let t = &s.tokens;
    let from = (0..start).rev().find(|&x| t[x].kind == TokKind::Punct && !t[x].is_punct('-')).map_or(0, |x| x + 1);
    t[from..start].iter().any(|w| CONDITIONS.contains(&w.lower.as_str()))
}

/// One past the clause's last token: up to a break (punctuation, the end of a quotation,
/// a new clause), at most twenty words after the verb, without trailing function words.
fn clause_end(s: &Sentence, k: usize) -> usize {
    let t = &s.tokens;
    let mut e = k + 1;
    while e < t.len() && e < k + 21 && s.quoted[e] == s.quoted[k] {
        let w = &t[e];
        let inside = w.is_word()
            || w.kind == TokKind::Possessive
            || w.is_punct('-')
            || w.is_punct('$')
            || w.is_punct('%')
            || number_punct(s, e)
            // "Washington, DC": a comma inside a place's name.
            || w.is_punct(',') && t.get(e + 1).is_some_and(|x| x.is_word() && x.norm.len() == 2 && x.norm.chars().all(|c| c.is_ascii_uppercase()))
            // "an unprovoked, unjustified, all-out assault": a comma between describing words.
            || w.is_punct(',') && t.get(e + 1).is_some_and(|x| x.is_word() && !x.is_capitalized() && !x.lower.ends_with("ing") && !CLAUSE_ENDS.contains(&x.lower.as_str()) && !matches!(x.lower.as_str(), "and" | "or" | "as" | "when" | "after" | "before" | "since" | "then" | "that" | "including" | "with" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "officials" | "sources"))
                // ("…, she said": who told it.)
                && !(t.get(e + 1).is_some_and(|x| matches!(x.lower.as_str(), "he" | "she" | "they" | "we" | "it")) && e + 2 < t.len() && kinds::speech_at(s, e + 2));
        if !inside || w.is_word() && CLAUSE_ENDS.contains(&w.lower.as_str()) {
            break;
        }
        // "… and that city was liberated", "and Ukraine …": a new subject after "and".
        if w.lower == "and"
            && t.get(e + 1).is_some_and(|x| x.is_capitalized() || matches!(x.lower.as_str(), "that" | "this" | "they" | "it"))
        {
            break;
        }
        e += 1;
    }
    // ("weapons he | says are critical": the one telling, before the verb of telling, is not the act's.)
    if e > k + 2 && e < t.len() && matches!(t[e - 1].lower.as_str(), "he" | "she" | "they" | "we") && kinds::speech_at(s, e) {
        e -= 1;
    }
    while e > k + 1 && (TRAILING.contains(&t[e - 1].lower.as_str()) || t[e - 1].is_punct(',')) {
        e -= 1;
    }
    e
}

/// The kind of the act the verb at `k` tells: the rules' table, a taking of a place by
/// force, or for "succeeded in taking" the act succeeded at; else other.
fn kind_of(s: &Sentence, k: usize, end: usize) -> Kind {
    let t = &s.tokens;
    let mut at = k;
    if SUCCEEDED.contains(&t[k].lower.as_str()) && k + 2 < end && matches!(t[k + 1].lower.as_str(), "in" | "to") {
        at = k + 2;
    }
    // The object of the taking only: "took a victory lap Friday after Zelensky …" took no place.
    let object_end = (at + 1..end.min(at + 6))
        .find(|&x| {
            let w = t[x].lower.as_str();
            !t[x].is_word()
                || x > at + 1 && BEFORE_NOT_SUBJECT.contains(&w)
                || super::dates::weekday_of(w).is_some()
                || super::dates::month_of(w).is_some()
        })
        .unwrap_or(end.min(at + 6));
    if TAKING.contains(&t[at].lower.as_str())
        && (at + 1..object_end).any(|x| PLACES.contains(&t[x].lower.as_str()) || t[x].is_capitalized())
    {
        return Kind::Attack;
    }
    // "sent a message to Beijing": words too.
    if (k + 1..end.min(k + 4)).any(|x| MESSAGES.contains(&t[x].lower.as_str())) {
        return Kind::Statement;
    }
    // "chimed in to say": words, however they were put.
    if (k + 1..end.min(k + 4)).any(|x| t[x].lower == "to" && t.get(x + 1).is_some_and(|v| kinds::speech_at(s, x + 1) || v.lower == "say")) {
        return Kind::Statement;
    }
    if ANNEXING.contains(&t[at].lower.as_str()) {
        return Kind::Decision;
    }
    // ("Russian troops had withdrawn": the participle of "withdrew".)
    match kinds::act_at(s, at).map(|(_, kind)| kind).or_else(|| kinds::act_of_participle(&t[at].lower)) {
        Some(Kind::Meeting) | None => Kind::Other,
        Some(kind) => kind,
    }
}

/// When the act was: a time expression inside its clause that points back (not one that
/// only bounds it: "since February"), else nothing more than "on or before" the article's day.
pub fn date(c: &Clause, s: &Sentence, cues: &[(Cue, Dated)], cal: &Calendar) -> Dated {
    let t = &s.tokens;
    if let Some(d) = super::dates::before_a_time(s, c.verb + 1, c.start..s.tokens.len(), cues, cal.published) {
        return d;
    }
    let own = cues.iter().find(|(cue, d)| {
        cue.start >= c.start
            && cue.end <= c.end
            && !cue.future
            && !cue.would
            && d.start <= cal.published
            && !(cue.start > 0 && t[cue.start - 1].lower == "since")
            && !cue.text.to_lowercase().starts_with("since")
    });
    if let Some((cue, d)) = own {
        // "has stepped up attacks on Putin since the Russian president ordered the invasion last
        // month": the time of what "since" names is where this act began.
        let since = (c.verb + 1..cue.start).any(|k| t[k].lower == "since" && !s.quoted[k]);
        if since && d.precision != crate::model::Precision::Range {
            return super::events::from_then_on(d.clone(), cal.published);
        }
        let mut d = d.clone();
        d.how = format!("a time inside the clause that tells it (“{}”)", cue.text);
        return d;
    }
    // "On May 9, Russia marked Victory Day …", "Earlier on May 9, …": a time that opens the
    // sentence, set off by a comma right before the clause, is the clause's.
    // Also a time set off by commas of its own right before the clause ("In response to …, on
    // Nov. 21 of this year, the Russian armed forces launched …"), with no verb beside it.
    let piece_start = |end: usize| {
        (0..end)
            .rev()
            .find(|&k| (t[k].kind == TokKind::Punct && !super::sentences::is_abbreviation(t, k)) || t[k].is_quote())
            .map_or(0, |k| k + 1)
    };
    let before_clause = c.start >= 2 && t[c.start - 1].is_punct(',');
    let opening = super::dates::opening_time(s, cues, cal.published)
        .filter(|(cue, _)| before_clause && cue.end == c.start - 1)
        .or_else(|| {
            cues.iter().find(|(cue, d)| {
                before_clause
                    && cue.end < c.start
                    && cue.start == piece_start(c.start - 1)
                    && piece_start(c.start - 1) > 0
                    && c.start - 1 - cue.start <= 8
                    && !super::dates::has_verb(s, cue.start..c.start - 1, cue.start..cue.end)
                    && !cue.future
                    && !cue.would
                    && d.start <= cal.published
            })
        })
        // "On July 29, citing dissatisfaction with Putin's actions, Trump shortened …": the
        // opening time, with only pieces set off by commas and no verb between it and the clause.
        .or_else(|| {
            super::dates::opening_time(s, cues, cal.published).filter(|(cue, _)| {
                before_clause
                    && cue.end < c.start - 1
                    && t.get(cue.end).is_some_and(|w| w.is_punct(',') || w.is_punct('[') || w.is_punct('('))
                    && !super::dates::has_verb(s, cue.end..c.start - 1, 0..0)
                    && c.start - cue.end <= 16
            })
        })
        // "During his inaugural press conference as NATO Secretary General on 1 October, Mark
        // Rutte refrained …": the time that ends the occasion the sentence opens with.
        .or_else(|| {
            cues.iter().find(|(cue, d)| {
                if !before_clause {
                    return false;
                }
                let from = piece_start(c.start - 1);
                cue.end + 1 == c.start
                    && from < cue.start
                    && matches!(t[from].lower.as_str(), "during" | "at" | "in" | "on" | "after" | "following")
                    && !super::dates::has_verb(s, from..c.start - 1, cue.start..cue.end)
                    && !cue.future
                    && !cue.would
                    && d.start <= cal.published
            })
        });
    if let Some((cue, d)) = opening {
        let mut d = d.clone();
        d.how = format!("the time that opens the sentence (“{}”)", cue.text);
        return d;
    }
    cal.before(None, "told inside another report with no time of its own: on or before publication".to_owned())
}

/// The draft of an act a clause tells.
pub fn draft(g: &Gazetteer, pi: usize, s: &Sentence, p: &str, c: &Clause, date: Dated) -> Draft {
    let notes = format!(
        "Draft by `chronolens extract`. Lane {}: {}. Kind {}: the verb “{}”, an act told as a clause inside another report. Date: {}.",
        g.lanes[c.actor.lane].label,
        c.actor.why,
        c.kind.name(),
        s.tokens[c.verb].norm,
        date.how
    );
    Draft {
        paragraph: pi,
        quote: s.slice(p, c.start, c.end - 1).to_owned(),
        lane: c.actor.lane,
        actor: Some(c.actor.shown_name().to_owned()),
        kind: c.kind,
        verification: if c.alleged { Verification::Claimed } else { Verification::Reported },
        date,
        title: c.title.clone(),
        notes,
    }
}

/// The clause drafts of paragraphs where no draft of the extractor's own in their lane
/// tells them: an act of the side whose words the paragraph already tells ("Stoltenberg
/// sent a message to China … ‘Our message …,’ he said") is told by those words, and an act
/// whose sentence holds the clause is that act. Another act of the side in another sentence
/// ("…, which Russia annexed from Ukraine in 2014. Putin himself presided over the bridge's
/// opening in 2018.") is another event.
pub fn keep(drafts: &[Draft], clauses: Vec<Draft>) -> Vec<Draft> {
    let tells = |d: &Draft, c: &Draft| {
        matches!(d.kind, Kind::Statement | Kind::Claim | Kind::Accusation)
            && !matches!(c.kind, Kind::Attack | Kind::Decision)
            && !said_after(d, c)
            || d.quote.contains(&c.quote) && d.kind == c.kind
            || c.quote.contains(&d.quote)
    };
    clauses.into_iter().filter(|c| !drafts.iter().any(|d| d.paragraph == c.paragraph && d.lane == c.lane && tells(d, c))).collect()
}

/// Whether what statement `d` says (its title after the speaker) comes after clause `c` in
/// the quote: "Russia finalized its withdrawal, as it said it would “leave the door open”"
/// tells the act, then the words; the act is not what was said.
fn said_after(d: &Draft, c: &Draft) -> bool {
    let Some((_, said)) = d.title.split_once(": ") else { return false };
    let start: Vec<String> = said.split_whitespace().take(3).map(|w| w.to_lowercase()).collect();
    if start.len() < 3 {
        return false;
    }
    // (Compared without quotation marks, which a title leaves out.)
    let plain = |t: &str| t.to_lowercase().replace(['"', '“', '”'], "");
    let (quote, act) = (plain(&d.quote), plain(&c.quote));
    let (Some(at), Some(words)) = (quote.find(&act), quote.find(&start.join(" "))) else { return false };
    words >= at + act.len()
}

#[cfg(test)]
mod tests {
    use super::super::events::extract_paragraphs;
    use super::*;
    use crate::model::Precision;
    use crate::model::paragraphs::split_paragraphs;
    use chrono::NaiveDate;

    /// (paragraph, lane id, kind, quote, precision, start day, title) of each event this rule added.
    fn told(text: &str, published: &str) -> Vec<(usize, String, Kind, String, Precision, String, String)> {
        super::super::events::drafts_by_rule(text, published, "an act told as a clause inside another report")
    }

    #[test]
    fn what_which_stands_for_is_what_the_clause_acted_on() {
        let r = told(
            "T\n\nThe gathering marks the 24th session of the Ukraine defense contact group, which Austin established in April 2022.",
            "2024-09-06",
        );
        assert_eq!(
            r.iter().map(|c| c.6.as_str()).collect::<Vec<_>>(),
            ["Lloyd Austin established the Ukraine defense contact group in April 2022"]
        );
        // Occupying a place "which" stands for is taking it by force; the clause ends at its comma.
        let r = told("T\n\nSnake Island, which Russia occupied on the first day of its invasion, became famous.", "2022-06-30");
        assert_eq!(
            r.iter().map(|c| (c.2, c.6.as_str())).collect::<Vec<_>>(),
            [(Kind::Attack, "Russia occupied Snake Island on the first day of its invasion")]
        );
        assert!(told("T\n\nThe talks, which Russia took seriously, ended.", "2022-06-30").is_empty());
        let r = told("T\n\nThe bridge links Russia to Crimea, which Russia annexed from Ukraine in 2014.", "2022-10-08");
        assert_eq!(r.iter().map(|c| c.6.as_str()).collect::<Vec<_>>(), ["Russia annexed Crimea from Ukraine in 2014"]);
    }

    #[test]
    fn a_sides_own_withdrawal_told_in_its_report_is_its_decision_beside_the_words() {
        // The participle "withdrawn" is the act "withdrew".
        let r = told("T\n\nRussia's defence ministry said Russian troops had withdrawn from Snake Island.", "2022-06-30");
        assert_eq!(r.iter().map(|c| (c.1.as_str(), c.2)).collect::<Vec<_>>(), [("russia", Kind::Decision)], "{r:?}");
        // Words of the same side are no act beside the report.
        assert!(told("T\n\nRussia's defence ministry said Russian troops had warned the town.", "2022-06-30").is_empty());
    }

    #[test]
    fn a_decision_the_speaker_tells_in_the_first_person_is_theirs() {
        let r = told(
            "T\n\nIn a post on social media, Syrsky said: \"To avoid encirclement, I decided to withdraw our units from the city.\"",
            "2024-02-17",
        );
        assert_eq!(
            r.iter().map(|c| (c.1.as_str(), c.2, c.6.as_str())).collect::<Vec<_>>(),
            [("ukraine", Kind::Decision, "Oleksandr Syrskyi decided to withdraw the units from the city")]
        );
        let r = told("T\n\n\"I have ordered an investigation,\" Zelensky said.", "2024-02-17");
        assert_eq!(r.iter().map(|c| c.6.as_str()).collect::<Vec<_>>(), ["Volodymyr Zelensky ordered an investigation"]);
        // Agreeing may be any two's; thinking is no act.
        assert!(told("T\n\n\"We agreed to further discussions,\" Blinken told reporters.", "2022-01-21").is_empty());
        assert!(told("T\n\n\"I believed we were right,\" Zelensky said.", "2022-01-21").is_empty());
    }

    #[test]
    fn an_attack_told_in_quoted_words_is_an_event_of_its_doer_dated_by_the_words() {
        // Another side's, named as one name the gazetteer knows ("Russian troops").
        let r = told("T\n\n\"Russian troops struck a hospital in Dnipro,\" Zelensky said.", "2024-11-22");
        assert_eq!(r.iter().map(|c| (c.1.as_str(), c.2)).collect::<Vec<_>>(), [("russia", Kind::Attack)], "{r:?}");
        // The speaker's own side's attack is an event beside their statement, dated by a time the
        // quotation names, set off by commas of its own before the clause.
        let text = "T\n\n\"In response to the use of long-range weapons, on Nov. 21 of this year, the Russian armed forces launched a combined strike on a factory,\" Putin said.";
        let r = told(text, "2024-11-23");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].1.as_str(), r[0].2, r[0].4, r[0].5.as_str()), ("russia", Kind::Attack, Precision::Day, "2024-11-21"), "{r:?}");
        assert_eq!(r[0].6, "The Russian armed forces launched a combined strike on a factory");
        let r = told("T\n\n\"Russia invaded Ukraine in February 2022,\" Biden said.", "2024-11-22");
        assert_eq!((r[0].4, r[0].5.as_str()), (Precision::Month, "2022-02-01"), "{r:?}");
        // Only attacks of one's own side: other acts stay in the statement.
        assert!(told("T\n\n\"Russian forces moved a brigade to the border,\" Putin said.", "2024-11-22").is_empty());
    }

    #[test]
    fn citing_someone_as_saying_passes_on_their_words_and_is_no_act() {
        assert!(told("T\n\nInterfax cited the Russian defence ministry as saying it had downed 10 drones.", "2024-03-02").is_empty());
        let r = told("T\n\nStoltenberg said Moscow has cited NATO's eastward expansion as a key factor.", "2024-03-02");
        assert_eq!(r.len(), 1, "a reason cited is a stand: {r:?}");
    }

    #[test]
    fn the_act_one_is_accused_of_is_the_accuseds_alleged_event() {
        let r = told("T\n\nUkraine on Thursday accused Russia of firing a new missile at Dnipro amid soaring tensions.", "2024-11-22");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!((r[0].1.as_str(), r[0].2, r[0].3.as_str()), ("russia", Kind::Attack, "firing a new missile at Dnipro"), "{r:?}");
        // Dated as the accusation.
        assert_eq!((r[0].4, r[0].5.as_str()), (Precision::Day, "2024-11-21"), "{r:?}");
        assert_eq!(r[0].6, "Russia fired a new missile at Dnipro");
        // A relative clause is part of it, the accuser's next verb is not.
        let r = told(
            "T\n\nKlymenko accused Russia of shelling areas from where people were being evacuated and said two officers were hurt.",
            "2023-06-06",
        );
        assert_eq!(r.iter().map(|c| c.3.as_str()).collect::<Vec<_>>(), ["shelling areas from where people were being evacuated"], "{r:?}");
        // Not an act the table knows, or two sides accused: nothing.
        assert!(told("T\n\nPutin accused the West of seeking Russia's destruction.", "2022-09-30").is_empty());
        assert!(told("T\n\nKyiv accused Russia and Belarus of shelling the border.", "2022-09-30").is_empty());
    }

    #[test]
    fn another_sides_act_inside_a_quote_is_its_own_event() {
        let got = told(
            "Title\n\n\"The front is holding. Russia has moved its reserves to the east,\" NATO Secretary-General Jens Stoltenberg told reporters on Monday.\n",
            "2023-04-12",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        let (pi, lane, kind, quote, precision, start, title) = &got[0];
        assert_eq!((*pi, lane.as_str(), *kind), (1, "russia", Kind::Other));
        assert_eq!(quote, "Russia has moved its reserves to the east");
        // No time of its own: on or before the article's day, no more.
        assert_eq!((*precision, start.as_str()), (Precision::Before, "2023-04-12"));
        assert_eq!(title, "Russia has moved its reserves to the east");
        assert!(super::super::eval::title_problem(title).is_none());
    }

    #[test]
    fn a_clause_ends_where_who_told_it_begins() {
        let got = told("Title\n\nNorth Korea has sent about 10,000 troops to Russia, the Pentagon said in October.\n", "2025-03-06");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].3.as_str(), got[0].6.as_str()),
            ("North Korea has sent about 10,000 troops to Russia", "North Korea has sent about 10,000 troops to Russia")
        );
    }

    #[test]
    fn a_clause_is_dated_by_its_own_time_and_its_verb_gives_the_kind() {
        let got = told(
            "Title\n\nThe minister said Ukraine was holding the line. The Russians succeeded in taking the port city of Berdyansk in March, and that city is still occupied.\n",
            "2022-11-17",
        );
        let taking = got.iter().find(|x| x.1 == "russia").expect("the taking");
        assert_eq!(taking.2, Kind::Attack);
        assert!(taking.3.starts_with("The Russians succeeded in taking the port city of Berdyansk in March"), "{taking:?}");
        assert_eq!((taking.4, taking.5.as_str()), (Precision::Month, "2022-03-01"));
        // Only what is taken counts: a lap, a day and the name after "after" are no place.
        let got =
            told("Title\n\nMoscow took a victory lap Friday after Zelensky had a testy Oval Office meeting with Trump.\n", "2025-02-28");
        assert!(got.iter().all(|x| x.2 != Kind::Attack), "{got:?}");
    }

    #[test]
    fn a_time_opening_the_sentence_dates_its_clause() {
        for text in [
            "Title\n\nOn May 9, Russia marked Victory Day with a parade in Moscow.\n",
            "Title\n\nEarlier on May 9, Russia marked Victory Day with a parade in Moscow.\n",
        ] {
            let got = told(text, "2024-05-10");
            assert_eq!(got.len(), 1, "{got:?}");
            assert_eq!((got[0].4, got[0].5.as_str()), (Precision::Day, "2024-05-09"), "{text}");
        }
        // Not a time of the sentence before the report the clause is told in.
        let got = told("Title\n\nOn Thursday, Zelensky said Russia had moved troops to the border.\n", "2024-05-10");
        assert_eq!(got[0].4, Precision::Before, "{got:?}");
    }

    #[test]
    fn a_relative_clause_without_that_takes_its_object_from_before_the_subject() {
        let got =
            told("Title\n\nStoltenberg said: \"Allies will never accept the territory Russia has annexed in the east.\"\n", "2023-05-02");
        let annexed = got.iter().find(|x| x.1 == "russia").expect("the annexation");
        assert_eq!(annexed.6, "Russia has annexed the territory in the east", "{annexed:?}");
        // A function word before the subject: the clause is its own, no object is taken from before it.
        let own = told("Title\n\nNATO's chief said that Russia has moved troops to the border.\n", "2023-05-02");
        assert!(own.iter().all(|x| !x.6.contains("that Russia") && !x.6.ends_with("that")), "{own:?}");
    }

    #[test]
    fn they_is_the_one_side_the_paragraph_named_before() {
        let got = told(
            "Title\n\nThe Russians expected a short war when they crossed the border in March. They lost the battle for the capital.\n",
            "2022-11-17",
        );
        let quotes: Vec<(&str, &str)> = got.iter().map(|x| (x.1.as_str(), x.3.as_str())).collect();
        assert_eq!(
            quotes,
            vec![("russia", "they crossed the border in March"), ("russia", "They lost the battle for the capital")],
            "{got:?}"
        );
        // Two sides of people named before: "they" could be either.
        let two =
            told("Title\n\nThe Americans and the Russians expected a short war. They lost the battle for the capital.\n", "2022-11-17");
        assert!(two.is_empty(), "{two:?}");
    }

    #[test]
    fn no_act_done_gives_nothing() {
        for text in [
            // Negated, modal, future, conditional, a question.
            "\"Russia has not moved its reserves to the east,\" Stoltenberg said.",
            "\"Russia could have moved its reserves to the east,\" Stoltenberg said.",
            "\"Russia will move its reserves to the east,\" Stoltenberg said.",
            "\"If Russia moved its reserves to the east, we would see it,\" Stoltenberg said.",
            "Stoltenberg asked: \"Why has Russia moved its reserves to the east?\"",
            // Words, wishes and attempts are no acts.
            "\"Russia announced new exercises near the border,\" Stoltenberg said.",
            "\"Russia wanted a quick victory in the east,\" Stoltenberg said.",
            "\"Russia tried to take the capital in the first weeks,\" Stoltenberg said.",
            // A pronoun the paragraph does not pin down, a person's pronoun.
            "\"They have moved their reserves to the east,\" Stoltenberg said.",
            "\"He has moved his reserves to the east,\" Stoltenberg said.",
            // Taking that is no taking of a place.
            "\"Ukraine has taken a bold step toward peace,\" Blinken said.",
        ] {
            let got = told(&format!("Title\n\n{text}\n"), "2023-04-12");
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn an_act_of_the_side_the_sentence_already_tells_is_not_drafted_twice() {
        // The speaker's own side: their statement tells it.
        assert!(
            told("Title\n\n\"Russia has moved its reserves to the east,\" Kremlin spokesman Dmitry Peskov said.\n", "2023-04-12")
                .is_empty()
        );
        // A clause of the side whose words the paragraph tells next: its statement tells it.
        assert!(
            told(
                "Title\n\nJens Stoltenberg said the alliance was united.\n\nJens Stoltenberg sent a message to Beijing on Monday. \"Our message is to stop supporting this war,\" he said.\n",
                "2023-04-12"
            )
            .is_empty()
        );
        // An act the extractor drafts by itself (a verb of its own outside quotes): one event.
        let g = Gazetteer::builtin();
        let d = NaiveDate::parse_from_str("2023-04-12", "%Y-%m-%d").unwrap();
        let text = "Title\n\nStoltenberg said Russian forces captured the airport on Monday.\n";
        let drafts = extract_paragraphs(&split_paragraphs(text), d, &g);
        let attacks = drafts.iter().filter(|x| x.kind == Kind::Attack && g.lanes[x.lane].id == "russia").count();
        assert_eq!(attacks, 1, "{drafts:#?}");
    }
}
