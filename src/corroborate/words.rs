//! The words that carry what a report is about (who, what, where), for
//! comparing two reports written by different people.

use crate::extract::gazetteer::DEFAULT_ACTORS_JSON;
use crate::model::index::FastMap;
#[cfg(test)]
use std::collections::BTreeSet;
use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex, MutexGuard};

/// Words that say nothing about which event is meant: function words,
/// reporting verbs, days and relative time words, and the fillers of spoken remarks
/// ("a lot", "really", "going", "doing": a transcript paragraph is full of them).
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "actually",
    "added",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "briefing",
    "but",
    "by",
    "can",
    "conference",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "during",
    "each",
    "earlier",
    "everything",
    "for",
    "friday",
    "from",
    "get",
    "going",
    "good",
    "got",
    "great",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "know",
    "last",
    "later",
    "like",
    "look",
    "lot",
    "lots",
    "many",
    "may",
    "me",
    "might",
    "monday",
    "more",
    "most",
    "mr",
    "ms",
    "much",
    "must",
    "my",
    "new",
    "news",
    "no",
    "not",
    "noted",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "press",
    "really",
    "remarks",
    "reporters",
    "said",
    "saturday",
    "say",
    "saying",
    "says",
    "she",
    "should",
    "so",
    "some",
    "something",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "stated",
    "statement",
    "stressed",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "think",
    "this",
    "those",
    "through",
    "thursday",
    "to",
    "today",
    "told",
    "tomorrow",
    "too",
    "tuesday",
    "under",
    "up",
    "us",
    "very",
    "want",
    "was",
    "way",
    "we",
    "wednesday",
    "week",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "yesterday",
    "you",
    "your",
];

fn is_stop(w: &str) -> bool {
    w.len() <= LONGEST_STOP && STOP_SET.contains(w)
}

/// `STOP` as a set: looked up for every word of every report compared.
static STOP_SET: LazyLock<HashSet<&'static str, foldhash::fast::RandomState>> = LazyLock::new(|| STOP.iter().copied().collect());

/// The length in bytes of the longest word of `STOP`: no longer word is one of them.
const LONGEST_STOP: usize = 16;

/// Forms no suffix rule reaches.
const IRREGULAR: &[(&str, &str)] = &[("met", "meet"), ("held", "hold"), ("struck", "strike"), ("spoke", "speak"), ("fell", "fall")];

/// What the built-in gazetteer says about names: each spelling of a
/// person's surname (aliases, other transliterations) mapped to the surname
/// of the person's main name ("zelenskyy" → "zelensky"), and the names of
/// groups and titles (lower case), which are not persons.
struct Names {
    surnames: HashMap<String, String>,
    not_persons: HashSet<String>,
    /// Main surname → the person's titles, normalised (see `normal`).
    titles: HashMap<String, Vec<String>>,
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut names = Names { surnames: HashMap::new(), not_persons: HashSet::new(), titles: HashMap::new() };
    let actors: serde_json::Value = serde_json::from_str(DEFAULT_ACTORS_JSON).unwrap_or_default();
    let strings =
        |v: &serde_json::Value| v.as_array().into_iter().flatten().filter_map(|a| a.as_str()).map(str::to_owned).collect::<Vec<_>>();
    names.not_persons.extend(strings(&actors["titles"]).iter().map(|t| t.to_lowercase()));
    for lane in actors["lanes"].as_array().into_iter().flatten() {
        for field in ["titles", "groups", "demonyms", "places"] {
            names.not_persons.extend(strings(&lane[field]).iter().map(|t| t.to_lowercase()));
        }
        for person in lane["people"].as_array().into_iter().flatten() {
            let Some(main) = person["name"].as_str().and_then(last_word) else { continue };
            names.surnames.insert(main.clone(), main.clone());
            names.titles.entry(main.clone()).or_default().extend(strings(&person["titles"]).iter().map(|t| normal(t)));
            for alias in strings(&person["aliases"]) {
                if let Some(a) = last_word(&alias) {
                    names.surnames.entry(a).or_insert_with(|| main.clone());
                }
            }
        }
    }
    names
});

/// Lower case, dots dropped ("U.S." is "us"), words separated by one space.
fn normal(s: &str) -> String {
    s.to_lowercase().replace('.', "").split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Whether `actor` is one of the titles the gazetteer gives the person whose
/// surname key is `key` ("the Pentagon chief", "U.S. Defense Secretary" for
/// Lloyd Austin): the actor, after an article, ends with the whole title.
pub fn is_title_of(actor: &str, key: &str) -> bool {
    let a = normal(actor);
    let a = a.strip_prefix("the ").unwrap_or(&a);
    NAMES.titles.get(key).is_some_and(|ts| ts.iter().any(|t| a == t || a.ends_with(&format!(" {t}")) && t.contains(' ')))
}

/// Whether `actor` is the body the person keyed `key` speaks for, by a title the gazetteer gives
/// them ("The Kremlin" for Dmitry Peskov, "Kremlin spokesman"; "the Pentagon" for its press
/// secretary): one outlet says "the Kremlin said", another "Kremlin spokesman Dmitry Peskov said".
pub fn speaks_for(actor: &str, key: &str) -> bool {
    let a = normal(actor);
    let a = a.strip_prefix("the ").unwrap_or(&a);
    const SPEAKERS: &[&str] = &["spokesman", "spokesperson", "spokeswoman", "press secretary"];
    !a.is_empty()
        && NAMES.titles.get(key).is_some_and(|ts| {
            ts.iter().any(|t| t.strip_prefix(a).and_then(|rest| rest.strip_prefix(' ')).is_some_and(|rest| SPEAKERS.contains(&rest)))
        })
}

fn last_word(s: &str) -> Option<String> {
    s.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()).map(str::to_lowercase)
}

/// Whether an actor names one person: one the gazetteer lists, or a
/// capitalised name of two to four words that is not a group or title
/// ("Pavlo Kyrylenko", not "White House" or "a joint statement").
pub fn is_person(actor: &str) -> bool {
    let words: Vec<&str> = actor.split_whitespace().collect();
    if last_word(actor).is_some_and(|w| NAMES.surnames.contains_key(&w)) && !NAMES.not_persons.contains(&actor.to_lowercase()) {
        return true;
    }
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase() || c == '.' || c == '-')
        })
        && !NAMES.not_persons.contains(&actor.to_lowercase())
}

/// One word as compared: lower case, a possessive taken off, a surname
/// spelled as the gazetteer's main name, and inflections taken off so that
/// "meeting", "met" and "meets", or "accused" and "accusation", are one word.
fn stem(word: &str) -> String {
    let w = inflection(word);
    match SYNONYMS.get(&w) {
        Some(head) => head.clone(),
        None => w,
    }
}

/// Words that outlets use for one thing, each group as the word (after
/// `inflection`) of its first: "a trip to Riyadh" and "a visit to Riyadh",
/// "a missile" and "a rocket", "postponed" and "rescheduled". Event nouns and
/// verbs only, no names. Not "talks" and "meeting": they mostly name the
/// occasion a report is about ("after the meeting"), not what it reports.
const SYNONYMS_TABLE: &[&[&str]] = &[
    &["visit", "trip", "journey"],
    &["talks", "negotiations", "negotiate", "negotiating", "negotiated"],
    &["countries", "nations"],
    &["attack", "strike", "strikes"],
    &["missile", "rocket"],
    &["killed", "kill", "died", "dead", "death", "deaths"],
    &["postponed", "postpone", "delayed", "delay", "rescheduled", "reschedule"],
    &["aid", "assistance"],
    &["ceasefire", "truce"],
    &["accused", "blamed", "blame"],
    &["invasion", "invade", "invaded"],
    &["agreed", "agreement"],
    &["announced", "unveiled", "unveil"],
    &["pledged", "promised", "promise"],
    &["weapons", "arms"],
    &["troops", "soldiers"],
    // "the IAEA mission", "the IAEA team", "the delegation led by Grossi".
    &["mission", "team", "delegation"],
    // Titles say "X met with Y" of one outlet's report, "X attended the meeting" or "NATO held
    // a summit" of another's.
    &["meet", "attend", "attended", "attends", "held", "hold", "holds", "holding"],
];

/// `SYNONYMS_TABLE` by word (after `inflection`).
static SYNONYMS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut out = HashMap::new();
    for group in SYNONYMS_TABLE {
        let head = inflection(group[0]);
        for w in group.iter() {
            out.insert(inflection(w), head.clone());
        }
    }
    out
});

/// Spellings of one place that outlets transliterate differently (from Russian or from
/// Ukrainian, old or new): "the Zaporozhye NPP" (TASS) and "Zaporizhia NPP" (Interfax-Ukraine)
/// are one plant. Each row: the spelling used, then the others.
const SPELLINGS: &[&[&str]] = &[
    &["kyiv", "kiev"],
    &["kharkiv", "kharkov"],
    &["odesa", "odessa"],
    &["zaporizhzhia", "zaporizhia", "zaporozhye", "zaporozhie", "zaporizhzhya", "zaporizhzhe"],
    &["luhansk", "lugansk"],
    &["mykolaiv", "nikolaev", "nikolayev"],
    &["dnipro", "dnepr"],
    &["enerhodar", "energodar"],
    &["chernihiv", "chernigov"],
    &["zhytomyr", "zhitomir"],
    &["lviv", "lvov"],
    &["rivne", "rovno"],
    &["bakhmut", "artemovsk", "artyomovsk"],
    &["donbas", "donbass"],
];

/// `stem` before `SYNONYMS`.
fn inflection(word: &str) -> String {
    let mut w = word.to_lowercase();
    for tail in ["'s", "’s"] {
        if let Some(cut) = w.strip_suffix(tail) {
            w = cut.to_owned();
        }
    }
    if let Some(row) = SPELLINGS.iter().find(|row| row[1..].contains(&w.as_str())) {
        w = row[0].to_owned();
    }
    if let Some(main) = NAMES.surnames.get(&w) {
        return main.clone();
    }
    if let Some((_, to)) = IRREGULAR.iter().find(|(from, _)| *from == w) {
        // On through the rules below, as the regular forms go: "struck" is "strikes".
        w = (*to).to_owned();
    }
    if !w.chars().all(|c| c.is_alphabetic()) {
        return w;
    }
    let len = |w: &str| w.chars().count();
    if len(&w) > 5 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if len(&w) > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    for suffix in ["ation", "ing", "ed"] {
        if w.ends_with(suffix) && len(&w) - suffix.len() >= 4 {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if len(&w) > 4 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// The content words of `text`, each once, as text (see `content_ids`).
#[cfg(test)]
pub fn content_words(text: &str) -> BTreeSet<String> {
    let mut v = vocabulary();
    let ids = v.content_ids(text);
    ids.into_iter().map(|w| v.text(w).to_owned()).collect()
}

/// A word as compared (see `stem`), by number: one text, one number, for as
/// long as the program runs. Reports are compared by these numbers: a bag of
/// them is built and intersected many times faster than a set of strings, and
/// an import compares a draft with thousands of events.
pub type WordId = u32;

/// The words met so far, and what each piece of text as written is as compared.
#[derive(Default)]
struct Vocabulary {
    ids: FastMap<Box<str>, WordId>,
    texts: Vec<Box<str>>,
    /// `content_word` of each piece seen (most pieces recur: "Russia", "said", "talks").
    pieces: FastMap<Box<str>, Option<WordId>>,
}

/// Pieces remembered at most (their words keep their numbers; only the
/// shortcut from the piece as written is forgotten past this many).
const MAX_PIECES: usize = 1 << 20;

static VOCABULARY: LazyLock<Mutex<Vocabulary>> = LazyLock::new(Mutex::default);

/// The vocabulary, locked. The statics that intern words themselves
/// (`NAME_WORDS`, `OCCASION_WORDS`) are made before it is locked here.
fn vocabulary() -> MutexGuard<'static, Vocabulary> {
    LazyLock::force(&NAME_WORDS);
    LazyLock::force(&OCCASION_WORDS);
    locked()
}

/// The vocabulary, locked, as the statics above make themselves. (A panic
/// while it was held leaves it consistent: every entry is complete when added.)
fn locked() -> MutexGuard<'static, Vocabulary> {
    VOCABULARY.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Vocabulary {
    fn id(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.texts.len() as WordId;
        self.texts.push(word.into());
        self.ids.insert(word.into(), id);
        id
    }

    #[cfg(test)]
    fn text(&self, id: WordId) -> &str {
        &self.texts[id as usize]
    }

    /// `content_word` of `piece`, remembered.
    fn piece(&mut self, piece: &str) -> Option<WordId> {
        if let Some(&known) = self.pieces.get(piece) {
            return known;
        }
        let id = content_word(piece).map(|w| self.id(&w));
        if self.pieces.len() >= MAX_PIECES {
            self.pieces.clear();
        }
        self.pieces.insert(piece.into(), id);
        id
    }

    /// The content words of `text`, each once, in order of number. A
    /// hyphenated compound also counts as one word ("cease-fire" is
    /// "ceasefire" too).
    fn content_ids(&mut self, text: &str) -> Vec<WordId> {
        let mut out: Vec<WordId> =
            text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter_map(|p| self.piece(p)).collect();
        for amount in amounts(text) {
            out.push(self.id(&amount));
        }
        if text.contains('-') {
            for token in text.split_whitespace() {
                let token = token.trim_matches(|c: char| !c.is_alphabetic());
                if !token.contains('-') {
                    continue;
                }
                let parts: Vec<&str> = token.split('-').collect();
                if parts.iter().all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic)) {
                    out.push(self.id(&stem(&parts.concat())));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// One piece of text between separators (letters, digits and apostrophes)
/// as compared, or `None` when it says nothing: a function word, a word of
/// two letters, a bare number (numbers are read by `amounts`).
fn content_word(piece: &str) -> Option<String> {
    let w = piece.trim_matches(|c| c == '\'' || c == '’');
    if w.is_empty() || is_stop_any_case(w) {
        return None;
    }
    let w = stem(w);
    (!is_stop(&w) && w.chars().count() > 2 && !w.chars().all(|c| c.is_ascii_digit())).then_some(w)
}

/// `is_stop` of `w` in lower case, without making the lower-case copy when
/// `w` is plain ASCII (nearly every word: this runs for every word of every
/// report compared).
fn is_stop_any_case(w: &str) -> bool {
    if !w.is_ascii() {
        return is_stop(&w.to_lowercase());
    }
    if w.len() > LONGEST_STOP {
        return false;
    }
    let mut lower = [0u8; LONGEST_STOP];
    for (to, b) in lower.iter_mut().zip(w.bytes()) {
        *to = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&lower[..w.len()]).is_ok_and(is_stop)
}

/// The words `text` sets in quotation marks as a short phrase (“historic”, "war criminal": four words
/// at most), in lower case, without stop words and short ones. What outlets quote of one remark is
/// its own wording, not theirs; a whole sentence quoted says too many words to tell one remark.
pub fn quoted_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut phrase = String::new();
    let mut inside = false;
    for c in text.chars() {
        let (opens, closes) = match c {
            '“' => (true, false),
            '”' => (false, true),
            // A straight mark opens or closes by turns.
            '"' => (!inside, inside),
            _ => (false, false),
        };
        if opens {
            inside = true;
            phrase.clear();
        } else if closes {
            inside = false;
            let words: Vec<String> =
                phrase.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
            if words.len() <= 4 {
                out.extend(words.into_iter().filter(|w| w.chars().count() >= 5 && !is_stop(w)));
            }
        } else if inside {
            phrase.push(c);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The numbers of `text` as values, so that outlets writing them otherwise
/// agree: "315,000" is "315000", "$1.3 trillion" is "1300000000000", "half a
/// billion" is "500000000", "30-day" is "30".
fn amounts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Only a token with a digit, or "half", can start an amount: the others
    // are not looked at (nor copied in lower case).
    if !text.bytes().any(|b| b.is_ascii_digit()) && !text.to_ascii_lowercase().contains("half") {
        return out;
    }
    let words: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
    let scale = |k: usize| match words.get(k).map(|w| w.trim_matches(|c: char| !c.is_alphabetic())) {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    };
    for (k, w) in words.iter().enumerate() {
        let half = w == "half" && words.get(k + 1).is_some_and(|a| a == "a") && scale(k + 2) > 1.0;
        let w = w.trim_start_matches(['$', '€', '£', '(', '"', '“']);
        let w = w.split('-').next().unwrap_or_default().trim_end_matches(|c: char| !c.is_ascii_digit());
        let value = if half {
            0.5 * scale(k + 2)
        } else if !w.is_empty()
            && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && w.starts_with(|c: char| c.is_ascii_digit())
        {
            match w.replace(',', "").parse::<f64>() {
                Ok(v) => v * scale(k + 1),
                Err(_) => continue,
            }
        } else {
            continue;
        };
        out.push(if value.fract() == 0.0 && value < 1e15 { format!("{}", value as i64) } else { format!("{value}") });
    }
    out
}

/// The words of a report as compared, and which of them name someone or
/// somewhere. Reports of one day and lane mostly name the same people and
/// places (every report of talks in Riyadh names Saudi Arabia, Russia and
/// the United States): names say who and where, the other words what
/// happened, and only the latter tell two events of one day apart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bag {
    /// In order of number, each once.
    words: Vec<WordId>,
    /// The words of `words` that are names, in order of number.
    names: Vec<WordId>,
}

/// What a name counts for in an overlap, against 1 for any other word.
pub const NAME_WEIGHT: f32 = 0.7;

/// The bag of `texts` (a title and a quote): their content words, the names
/// among them marked. A name is a word of a name the gazetteer lists (people,
/// countries, places, peoples) or a word the text writes with a capital
/// inside a sentence ("Saudi Arabia", "Erdogan").
pub fn bag(texts: &[&str]) -> Bag {
    let mut v = vocabulary();
    let words = v.content_ids(&texts.join(" "));
    let mut names: Vec<WordId> = words.iter().copied().filter(|w| NAME_WORDS.contains(w)).collect();
    for t in texts {
        names.extend(capitalised(&mut v, t).into_iter().filter(|w| words.binary_search(w).is_ok()));
    }
    names.sort_unstable();
    names.dedup();
    Bag { words, names }
}

impl Bag {
    /// The bag of a report that is not itself of a meeting: the words naming
    /// an occasion ("meeting", "talks") count as names. On the day of talks
    /// nearly every report mentions them ("after the meeting, Rubio said …"):
    /// in a statement they say when and where, like a place, not what was
    /// said. (Two reports of a meeting compare them as any other word.)
    pub fn occasion_as_context(mut self) -> Self {
        self.names.extend(self.words.iter().copied().filter(|w| OCCASION_WORDS.contains(w)));
        self.names.sort_unstable();
        self.names.dedup();
        self
    }

    fn has(&self, w: WordId) -> bool {
        self.words.binary_search(&w).is_ok()
    }

    fn is_name(&self, w: WordId) -> bool {
        self.names.binary_search(&w).is_ok()
    }

    /// The words, as text, in alphabetical order (for tests and reports).
    #[cfg(test)]
    pub fn names_text(&self) -> Vec<String> {
        let v = locked();
        let mut out: Vec<String> = self.names.iter().map(|&w| v.text(w).to_owned()).collect();
        out.sort();
        out
    }

    /// Whether `word` (as written) is one of the names.
    #[cfg(test)]
    pub fn has_name(&self, word: &str) -> bool {
        let id = vocabulary().piece(word);
        id.is_some_and(|w| self.is_name(w))
    }
}

/// The words (as compared) that name an occasion (see `Bag::occasion_as_context`).
static OCCASION_WORDS: LazyLock<HashSet<WordId, foldhash::fast::RandomState>> = LazyLock::new(|| {
    let mut v = locked();
    ["meeting", "talks"].iter().map(|w| v.id(&stem(w))).collect()
});

/// Names from the gazetteer: its top-level `top_fields`, each lane's label, its
/// `lane_fields`, of its groups only the one-word ones ("Kremlin"; longer ones mostly
/// describe an office: "Russian Defense Ministry"), and each person's name and `person_fields`.
fn gazetteer_names(top_fields: &[&str], lane_fields: &[&str], person_fields: &[&str]) -> Vec<String> {
    let actors: serde_json::Value = serde_json::from_str(DEFAULT_ACTORS_JSON).unwrap_or_default();
    let strings =
        |v: &serde_json::Value| v.as_array().into_iter().flatten().filter_map(|a| a.as_str()).map(str::to_owned).collect::<Vec<_>>();
    let mut named: Vec<String> = top_fields.iter().flat_map(|f| strings(&actors[*f])).collect();
    for lane in actors["lanes"].as_array().into_iter().flatten() {
        named.extend(lane["label"].as_str().map(str::to_owned));
        for field in lane_fields {
            named.extend(strings(&lane[*field]));
        }
        named.extend(strings(&lane["groups"]).into_iter().filter(|g| !g.contains(' ')));
        for person in lane["people"].as_array().into_iter().flatten() {
            named.extend(person["name"].as_str().map(str::to_owned));
            for field in person_fields {
                named.extend(strings(&person[*field]));
            }
        }
    }
    named
}

/// The words (as compared) of `names`.
fn words_of(names: &[String]) -> HashSet<WordId, foldhash::fast::RandomState> {
    let mut v = locked();
    names.iter().flat_map(|n| v.content_ids(n)).collect()
}

/// Every word (as compared) of the gazetteer's names of people, lanes,
/// places and peoples, and of its one-word groups.
static NAME_WORDS: LazyLock<HashSet<WordId, foldhash::fast::RandomState>> =
    LazyLock::new(|| words_of(&gazetteer_names(&[], &["places", "demonyms"], &["aliases"])));

/// The words (as compared) that name a side rather than a place: the lanes' names,
/// titles and peoples, their one-word groups, the gazetteer's people and their titles
/// (and its titles of no side: "President", "Minister"), and the countries and capitals
/// that stand for their governments ("Moscow said"). Two reports that share only these
/// share who, not where.
static SIDE_WORDS: LazyLock<HashSet<WordId, foldhash::fast::RandomState>> = LazyLock::new(|| {
    let mut named: Vec<String> =
        ["Russia", "Ukraine", "United States", "America", "Moscow", "Washington", "Kremlin"].map(String::from).to_vec();
    named.extend(gazetteer_names(&["titles"], &["titles", "demonyms"], &["aliases", "titles"]));
    words_of(&named)
});

/// Whether two bags share a name that is no side's (see `SIDE_WORDS`): a place, a
/// target, a thing named ("Kerch", "Kramatorsk").
pub fn shares_place(a: &Bag, b: &Bag) -> bool {
    // Not a word of an occasion, which only counts as a name as context ("met", "talks").
    a.words.iter().any(|w| b.has(*w) && (a.is_name(*w) || b.is_name(*w)) && !SIDE_WORDS.contains(w) && !OCCASION_WORDS.contains(w))
}

/// The words (as compared) that `text` writes with a capital inside a
/// sentence: not a sentence's or a quotation's first word. A text in title
/// case ("Additional US Military Assistance, Including the First Transfer")
/// says nothing by its capitals: none are taken.
fn capitalised(v: &mut Vocabulary, text: &str) -> Vec<WordId> {
    let mut opening = true;
    let (mut inside, mut capital) = (Vec::new(), 0);
    for token in text.split_whitespace() {
        let starts = opening || token.starts_with(['“', '"', '‘', '(', '—', '–']);
        opening = token.ends_with(['.', '!', '?', ':', '“', '"']) && !token.ends_with("Mr.") && !token.ends_with("Ms.");
        for part in token.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|p| !p.is_empty()) {
            if starts || is_stop_any_case(part) || !part.starts_with(|c: char| c.is_alphabetic()) {
                continue;
            }
            let upper = part.starts_with(char::is_uppercase);
            capital += upper as usize;
            inside.push((part, upper));
        }
    }
    let title_case = inside.len() >= 4 && capital * 5 >= inside.len() * 4;
    if title_case {
        return Vec::new();
    }
    // Each part holds no separator: it is one word as compared, or none.
    inside.into_iter().filter(|(_, upper)| *upper).filter_map(|(w, _)| v.piece(w)).collect()
}

impl Bag {
    /// The weighted size of this bag beside `other`: every word counts 1, less
    /// what a name takes off. Counted from the names alone (a few words), not by
    /// weighing every word: this runs for every candidate pair of an import.
    fn size(&self, other: &Bag) -> f32 {
        let named_here_or_there = self.names.len() + other.names.iter().filter(|&&w| self.has(w) && !self.is_name(w)).count();
        self.words.len() as f32 - (1.0 - NAME_WEIGHT) * named_here_or_there as f32
    }

    /// The words both bags hold, and how many of them are a name in either.
    fn common(&self, other: &Bag) -> (usize, usize) {
        let (mut i, mut j, mut both, mut named) = (0, 0, 0, 0);
        while let (Some(&x), Some(&y)) = (self.words.get(i), other.words.get(j)) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    both += 1;
                    named += usize::from(self.is_name(x) || other.is_name(x));
                    i += 1;
                    j += 1;
                }
            }
        }
        (both, named)
    }
}

/// How much two bags share: their shared words over the smaller bag, in
/// 0..=1 (the shorter report may be a summary of the longer one), a name
/// counting `NAME_WEIGHT`.
/// How many words of `b` are no name: what a bag says beyond who and where.
pub fn what_words(b: &Bag) -> usize {
    b.words.len() - b.names.len()
}

pub fn overlap(a: &Bag, b: &Bag) -> f32 {
    let small = a.size(b).min(b.size(a));
    if small == 0.0 {
        return 0.0;
    }
    let (both, named) = a.common(b);
    ((both - named) as f32 + NAME_WEIGHT * named as f32) / small
}

/// How many words two bags share, and how many of those are no name in either.
pub fn shared(a: &Bag, b: &Bag) -> (usize, usize) {
    let (both, named) = a.common(b);
    (both, both - named)
}

/// Surname-like key of a person or body: its last word, lower case
/// ("NATO Secretary General Jens Stoltenberg" → "stoltenberg").
/// A surname spelled otherwise ("Zelenskyy") gives the gazetteer's main spelling.
/// A body named "X of Y" is keyed as "Y X" is, by its head X: "the Ministry
/// of Defense" is "the Defense Ministry", "the Department of State" the
/// "State Department" (English puts the head of such a name last, or before
/// "of"). Not a person's name: "Secretary of State Antony Blinken" is Blinken.
pub fn name_key(name: &str) -> Option<String> {
    // ("the IAEA mission", "the IAEA team": a body's people sent somewhere are the body.)
    let trimmed = name.trim_end();
    let name = match trimmed.rsplit_once(' ') {
        Some((body, tail))
            if matches!(tail.to_lowercase().as_str(), "mission" | "team" | "delegation" | "inspectors")
                && body.split_whitespace().count() <= 2
                && body.split_whitespace().last().is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())) =>
        {
            body
        }
        _ => name,
    };
    let last = last_word(name)?;
    if let Some((head, what)) = name.split_once(" of ")
        && (1..=2).contains(&what.split_whitespace().count())
        && !is_person(name)
        && let Some(head) = last_word(head)
    {
        return Some(head);
    }
    Some(NAMES.surnames.get(&last).cloned().unwrap_or_else(|| transliterated(&last)))
}

/// One spelling for the usual ways of writing a Slavic surname's ending in English:
/// "Rudskoy" and "Rudskoi", "Zelenskiy", "Zelenskii" and "Zelenskyy" are one name.
fn transliterated(word: &str) -> String {
    for ending in ["yy", "iy", "ii", "yi", "oy", "oi"] {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.chars().count() >= 3
        {
            return format!("{stem}y");
        }
    }
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_place_spelt_two_ways_and_a_bodys_mission_are_one() {
        let a = bag(&["The IAEA mission arrived at Zaporizhia NPP"]);
        let b = bag(&["The IAEA team arrived at the Zaporozhye NPP"]);
        assert_eq!(shared(&a, &b).0, 5, "iaea, mission/team, arrived, the plant's name, npp");
        assert_eq!(name_key("IAEA mission"), name_key("IAEA"));
        // Not a person's or a lane's own words: "the Ukrainian delegation" keeps its key.
        assert_ne!(name_key("Ukrainian delegation"), name_key("Ukrainian"));
    }

    #[test]
    fn quoted_words_are_the_words_inside_quotation_marks() {
        assert_eq!(quoted_words("Dmitriev called the argument \"historic\" in a post."), ["historic"]);
        assert_eq!(quoted_words("Biden called Putin a “war criminal” and a “butcher”."), ["butcher", "criminal"]);
        // Short words and stop words say nothing of whose remark it is.
        assert!(quoted_words("He said “no” and “that would be”.").is_empty());
        assert!(quoted_words("No quotation here.").is_empty());
        // A whole sentence quoted is no phrase of the remark's own.
        assert!(quoted_words("“We will adopt an updated strategic concept,” Biden said.").is_empty());
    }

    #[test]
    fn a_surname_written_with_another_ending_is_one_name() {
        assert_eq!(name_key("Sergei Rudskoi"), name_key("Sergei Rudskoy"));
        assert_eq!(name_key("Olha Stefanishyna"), Some("stefanishyna".to_owned()));
        assert_ne!(name_key("Sergei Rudskoi"), name_key("Sergei Shoigu"));
    }

    #[test]
    fn the_stop_list_is_sorted_and_found_in_any_case() {
        assert!(STOP.windows(2).all(|w| w[0] < w[1]), "{:?}", STOP.windows(2).find(|w| w[0] >= w[1]));
        assert!(STOP.iter().all(|w| w.len() <= LONGEST_STOP), "a stop word longer than LONGEST_STOP");
        assert!(is_stop_any_case("The") && is_stop_any_case("SAID") && !is_stop_any_case("Stoltenberg") && !is_stop_any_case("Österreich"));
        // The fillers of spoken remarks say nothing about the occasion.
        let w = content_words("A lot of it is because of how we are doing, and really it is going great.");
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn content_words_drop_function_words_and_plurals() {
        let w = content_words("Russia's forces used chemical weapons on Tuesday, he said.");
        assert_eq!(w.into_iter().collect::<Vec<_>>(), ["chemical", "forc", "russia", "used", "weapon"]);
        assert!(content_words("39 people").contains("39"));
        let same_amount = |a: &str, b: &str| assert!(content_words(a).intersection(&content_words(b)).next().is_some(), "{a} / {b}");
        same_amount("$500 million", "half a billion dollars");
        same_amount("315,000 troops", "315000");
        same_amount("$1.3 trillion", "1.3 trillion dollars");
        same_amount("a 30-day ceasefire", "30 days");
        assert!(!content_words("1,000").contains("000"), "the thousands are not a number of their own");
    }

    #[test]
    fn overlap_is_relative_to_the_shorter_report() {
        let a = bag(&["Stoltenberg warned Russia against chemical weapons"]);
        let b = bag(&["Stoltenberg warned Russia against using chemical weapons in Ukraine, at the Brussels summit"]);
        assert_eq!(overlap(&a, &b), 1.0);
        assert_eq!(overlap(&a, &bag(&["the"])), 0.0);
    }

    #[test]
    fn names_are_compared_by_their_last_word() {
        assert_eq!(name_key("NATO Secretary-General Jens Stoltenberg").as_deref(), Some("stoltenberg"));
        assert_eq!(name_key(""), None);
        assert_eq!(name_key("Volodymyr Zelenskyy"), name_key("Zelensky"), "another transliteration in the gazetteer");
        assert_eq!(name_key("Dmitri Peskov"), name_key("Dmitry Peskov"));
        // A body named with "of" is keyed by its head, as named the other way round.
        assert_eq!(name_key("Russian Ministry of Defense"), name_key("Russia's Defense Ministry"));
        assert_eq!(name_key("the Department of State"), name_key("the State Department"));
        assert_eq!(name_key("Ministry of Foreign Affairs"), name_key("the ministry"));
        assert_eq!(name_key("Secretary of State Antony Blinken").as_deref(), Some("blinken"), "a person is their surname");
        assert_ne!(name_key("Ministry of Defense"), name_key("Defense"), "the head, not the field");
    }

    #[test]
    fn inflections_and_spellings_are_one_word() {
        let same = |a: &str, b: &str| assert_eq!(content_words(a), content_words(b), "{a} / {b}");
        same("meeting", "met");
        same("meets", "meeting");
        same("accused", "accusation");
        same("attacked", "attacks");
        same("countries", "country");
        same("Zelenskyy", "Zelensky");
        assert!(content_words("a 30-day cease-fire").contains(&stem("ceasefire")), "{:?}", content_words("a 30-day cease-fire"));
        assert!(content_words("According to the statement").is_empty(), "stop words are dropped before stemming");
        assert_ne!(stem("used"), stem("us"), "short words keep their ending");
    }

    #[test]
    fn words_outlets_use_for_one_thing_are_one_word() {
        let same = |a: &str, b: &str| assert_eq!(content_words(a), content_words(b), "{a} / {b}");
        same("trip", "visit");
        same("visited", "journey");
        same("a rocket", "missiles");
        same("postponed", "rescheduled");
        same("negotiations", "talks");
        same("struck", "strikes");
        same("truce", "ceasefire");
        assert_ne!(content_words("meeting"), content_words("talks"), "an occasion named two ways is left to the names rule");
        assert_ne!(content_words("visit"), content_words("meeting"));
    }

    #[test]
    fn an_occasion_is_context_outside_a_meeting() {
        let b = bag(&["The minister briefed the ambassadors on the meeting and the talks"]);
        assert!(!b.has_name("meeting"), "a word like any other in a meeting's report");
        let c = b.clone().occasion_as_context();
        assert!(c.has_name("meeting") && c.has_name("talks"), "{:?}", c.names_text());
        assert!(!c.has_name("briefed"));
    }

    #[test]
    fn persons_and_their_titles() {
        assert!(is_person("Lloyd Austin") && is_person("Austin") && is_person("Pavlo Kyrylenko"));
        assert!(
            !is_person("White House") && !is_person("a joint statement") && !is_person("Ukraine") && !is_person("NATO Foreign Ministers")
        );
        let austin = name_key("Lloyd Austin").unwrap();
        assert!(is_title_of("the Pentagon chief", &austin));
        assert!(is_title_of("U.S. Defense Secretary", &austin));
        assert!(!is_title_of("Secretary of State", &austin));
        assert!(!is_title_of("chief", &austin), "a bare word of a title names nobody");
        // A spokesman speaks for the body named in his title.
        let peskov = name_key("Dmitry Peskov").unwrap();
        assert!(speaks_for("The Kremlin", &peskov) && speaks_for("Kremlin", &peskov));
        assert!(!speaks_for("The White House", &peskov) && !speaks_for("", &peskov));
    }

    #[test]
    fn names_are_who_and_where_and_count_less() {
        let b = bag(&["Zelensky said he postponed a visit to Saudi Arabia, where Erdogan hosted talks"]);
        assert_eq!(b.names_text(), ["arabia", "erdogan", "saudi", "zelensky"], "the gazetteer's and capitalised words; not the first word");
        assert!(!b.has_name("visit"));
        // A headline in title case says nothing by its capitals.
        let t =
            bag(&["Biden approved the drawdown", "Additional Military Assistance, Including the First Transfer of Air Defense Systems"]);
        assert!(!t.has_name("military") && !t.has_name("defense"), "{:?}", t.names_text());
        // Sharing only names weighs less than sharing as many other words.
        let (x, y) = (bag(&["Zelensky met Erdogan in Ankara"]), bag(&["Zelensky, Erdogan and Ankara hosts"]));
        let (p, q) = (bag(&["minister pledged tanks urgently"]), bag(&["minister pledged tanks soon"]));
        assert!(overlap(&x, &y) < overlap(&p, &q), "{} / {}", overlap(&x, &y), overlap(&p, &q));
        assert_eq!(shared(&x, &y), (3, 0), "three words shared, none of them saying what happened");
    }
}
