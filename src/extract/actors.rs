//! Who did it: the subject of a verb, placed in a lane by the gazetteer.
//! Keeps per-article memory: names learned from their descriptions ("the mayor
//! of Irpin, Oleksandr Markushyn" → later "Markushyn"), the last person named
//! with each title ("the president"), and the last speaker ("He said").

use super::gazetteer::{Entry, Gazetteer, Mention, What};
use super::sentences::Sentence;
use super::text::Token;

/// An actor as the extractor understood it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// What to show: a person's name, or the words that named the group.
    pub name: String,
    pub lane: usize,
    /// Same key, same actor (dates carry over between their statements).
    pub key: String,
    /// A person (pronouns may refer back to them).
    pub person: Option<usize>,
    /// How the lane was decided, for the event's notes.
    pub why: String,
}

impl Actor {
    /// The name as an event's actor shows it: without the "the" a title reads it with (see
    /// `with_the`), so that "the Pentagon" and "Pentagon" are one actor to filter by.
    pub fn shown_name(&self) -> &str {
        if self.person.is_none() { self.name.strip_prefix("the ").unwrap_or(&self.name) } else { &self.name }
    }
}

/// A person known in this article: from the gazetteer (ids below the
/// gazetteer's people count) or learned from the text.
#[derive(Debug, Clone)]
struct Known {
    name: String,
    lane: usize,
    titles: Vec<Vec<String>>,
}

/// What the article has said about people so far.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    learned: Vec<Known>,
    /// Aliases learned in this article, as extra gazetteer entries.
    pub aliases: Vec<Entry>,
    /// Person ids in order of mention, latest last.
    recent: Vec<usize>,
    /// The sentence (counted from the article's start) of each of `recent`.
    recent_at: Vec<usize>,
    /// The sentence being read.
    sentence: usize,
    last_speaker: Option<usize>,
    /// Unnamed people placed by their title's context ("a senior Defense Department
    /// official"), with the title's words: "the official" later is the same one.
    placed_titles: Vec<(Vec<String>, Actor)>,
    /// The lane of the last place named ("a railway station in Kramatorsk"): where a
    /// local official named only with their office ("Mayor X") serves.
    last_place_lane: Option<usize>,
    /// Learned names described as a body ("DeepState, a Ukrainian group"): nobody's "he".
    learned_bodies: Vec<usize>,
    /// The country last named ("Ukraine", "the United States") and its lane: whose "the
    /// country's ministry" is.
    last_country: Option<(String, usize)>,
    /// Bodies named in full as subjects, latest last: "the court" later is the last whose name
    /// ends so.
    bodies: Vec<Actor>,
}

/// Offices of a town or region: "Mayor Oleksander Honcharenko" serves where the story is.
pub(crate) const LOCAL_OFFICES: &[&str] = &["mayor", "governor", "gov", "mayors", "governors"];

const PRONOUNS: &[&str] = &["he", "she"];
/// "the ministry said": an institution of the side last spoken of.
pub const INSTITUTIONS: &[&str] = &[
    "ministry",
    "government",
    "military",
    "army",
    "administration",
    "department",
    "office",
    "embassy",
    "agency",
    "authorities",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "announcement",
    "bulletin",
    "command",
    "presidency",
];
/// Words that end a subject when walking left from a verb.
const CLAUSE_STARTS: &[&str] = &[
    "that", "who", "which", "whom", "whose", "what", "where", "when", "why", "how", "if", "whether", "because", "while", "although",
    "though", "before", "after", "since", "until", "unless", "as", "but", "so", "than",
];
/// One-word openers set off by a comma that are no member of a list of names ("Meanwhile, …").
const LIST_OPENERS: &[&str] = &[
    "meanwhile",
    "however",
    "still",
    "yet",
    "now",
    "then",
    "also",
    "moreover",
    "furthermore",
    "instead",
    "today",
    "yesterday",
    "overall",
    "earlier",
    "later",
    "separately",
];
/// First words of a comma-separated piece that is a circumstance, not a subject.
const CIRCUMSTANCE_STARTS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "earlier",
    "later",
    "last",
    "this",
    "meanwhile",
    "immediately",
    "however",
    "also",
    "speaking",
    "writing",
    "with",
    "without",
    "for",
    "from",
    "by",
    "to",
    "under",
    "over",
    "yesterday",
    "today",
    "then",
    "separately",
    "according",
    "calling",
    "citing",
    "since",
    "while",
    "when",
    "as",
    "amid",
    "despite",
    "following",
    "ahead",
    "of",
    "and",
    "but",
    "instead",
];
/// Capitalised words that do not make a name.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "Earlier",
    "Later",
    "Last",
    "This",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Telegram",
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "X",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sir",
    "Minister",
    "Ministry",
    // Holidays say when ("President Joe Biden on Christmas Day said").
    "Christmas",
    "Eve",
    "Easter",
    "Meanwhile",
    "However",
    "Immediately",
    "Speaking",
    // The head of a place's name ("Dnipropetrovsk Oblast"): no person.
    "Oblast",
    "Region",
    "Province",
    "District",
    "Raion",
    "Krai",
    "Street",
    "Square",
    "Avenue",
    "River",
    "Bridge",
    "Airport",
    "Station",
    "Port",
];

impl Memory {
    fn person(&self, g: &Gazetteer, id: usize) -> Known {
        match g.people.get(id) {
            Some(p) => Known { name: p.name.clone(), lane: p.lane, titles: p.titles.clone() },
            None => self.learned[id - g.people.len()].clone(),
        }
    }

    /// Records the people mentioned in `tokens[range]`, in order, and learns first
    /// names of full names ("Jens Stoltenberg" → "Jens").
    pub fn note_mentions(&mut self, g: &Gazetteer, s: &Sentence, range: std::ops::Range<usize>) {
        for m in g.mentions(&s.tokens, range, &self.aliases) {
            if let What::Place(lane) = m.what {
                self.last_place_lane = Some(lane);
            }
            // A side that is a country (an alliance's or no side's name is none).
            if let What::Group(lane) = m.what
                && matches!(g.lanes[lane].id.as_str(), "us" | "russia" | "ukraine")
            {
                let name: Vec<&str> = s.tokens[m.start..m.end].iter().map(|w| w.norm.as_str()).collect();
                self.last_country = Some((name.join(" "), lane));
            }
            if let What::Person(id) = m.what {
                self.remember(id);
                if m.end - m.start >= 2 {
                    let first = &s.tokens[m.start];
                    // ("Li Hui" → "Li": a family name put first is two letters long too.)
                    if first.is_capitalized() && first.norm.chars().count() >= 2 && !NOT_NAMES.contains(&first.norm.as_str()) {
                        self.alias(vec![first.norm.clone()], id);
                    }
                    // "Anatoly Antonov" named in full: "Antonov" alone is him in this article.
                    let last = &s.tokens[m.end - 1];
                    if last.is_capitalized() && last.norm.chars().count() >= 3 && !NOT_NAMES.contains(&last.norm.as_str()) {
                        self.alias(vec![last.norm.clone()], id);
                    }
                }
            }
        }
    }

    fn alias(&mut self, words: Vec<String>, id: usize) {
        if !self.aliases.iter().any(|e| e.words == words) {
            self.aliases.push(Entry { words, what: What::Person(id) });
        }
    }

    pub fn spoke(&mut self, actor: &Actor) {
        if actor.person.is_some() {
            self.last_speaker = actor.person;
        }
    }

    /// "President Zelenskyy was beamed in via video link …": the person a sentence
    /// with no event of its own is about, named as its subject before a verb the rules
    /// do not know, is whom "he" means next ("He spoke very eloquently").
    pub fn note_subject(&mut self, g: &Gazetteer, s: &Sentence) {
        let t = &s.tokens;
        let Some(m) = g
            .mentions(t, 0..t.len(), &self.aliases)
            .into_iter()
            .find(|m| !s.quoted[m.start] && matches!(m.what, What::Person(_)) && !owns_what_follows(t, m))
        else {
            return;
        };
        let What::Person(id) = m.what else { return };
        // Only titles before the name ("President", "Trump's envoy"), after the start or a comma.
        let mut k = m.start;
        while k > 0 && !t[k - 1].is_punct(',') && opens_a_subject(&t[k - 1]) {
            k -= 1;
        }
        let opens = k == 0 || t[k - 1].is_punct(',');
        let verb_follows = t.get(m.end).is_some_and(|w| {
            w.is_word()
                && !w.is_capitalized()
                && (matches!(w.lower.as_str(), "was" | "were" | "is" | "has" | "had" | "will" | "would") || w.lower.ends_with("ed"))
        });
        if opens && verb_follows {
            self.last_speaker = Some(id);
        }
    }

    /// The lane of the last place named in the article.
    pub fn last_place_lane(&self) -> Option<usize> {
        self.last_place_lane
    }

    /// Notes that person `id` was named in the sentence being read.
    fn remember(&mut self, id: usize) {
        self.recent.push(id);
        self.recent_at.push(self.sentence);
    }

    /// Moves on to the article's next sentence.
    pub fn next_sentence(&mut self) {
        self.sentence += 1;
    }

    fn actor_for_person(&self, g: &Gazetteer, id: usize, why: String) -> Actor {
        let k = self.person(g, id);
        // A name learned from the text that ends as a body's ("Air Force") is nobody's "he".
        let person = (id < g.people.len() || !names_a_body(&k.name) && !self.learned_bodies.contains(&id)).then_some(id);
        Actor { key: format!("person:{}", k.name), name: k.name, lane: k.lane, person, why }
    }

    /// The most recently mentioned person whose titles include every word of `title`
    /// (and who is in `lane`, when the title names one).
    fn titled(&self, g: &Gazetteer, title: &[String], lane: Option<usize>) -> Option<usize> {
        let want: Vec<String> = title.iter().map(|w| w.to_lowercase()).filter(|w| w != "the").collect();
        // ("Foreign Affairs Minister" is the foreign minister.)
        let want: Vec<String> = want.into_iter().filter(|w| w != "affairs").collect();
        self.recent.iter().rev().copied().find(|&id| {
            let k = self.person(g, id);
            lane.is_none_or(|l| l == k.lane) && k.titles.iter().any(|t| want.iter().all(|w| t.contains(w)))
        })
    }
}

/// The tokens that can hold the subject of the verb at `verb`: walking left over
/// words up to a clause boundary, other verbs or quoted speech; comma-separated
/// appositions ("the mayor of Irpin, Oleksandr Markushyn") are included,
/// circumstances ("In a post on Monday,") are not.
pub fn subject_span(s: &Sentence, verb: usize, stops: &[usize]) -> std::ops::Range<usize> {
    let t = &s.tokens;
    // "An official who asked not to be named said": a relative clause with no commas around
    // it has verbs of its own; the subject stands before its "who".
    if let Some(who) = (verb.saturating_sub(12)..verb)
        .rev()
        .take_while(|&k| t[k].is_word() && !s.quoted[k])
        .find(|&k| t[k].lower == "who")
        .filter(|&k| k > 0 && k + 1 < verb && t[k - 1].is_word())
    {
        let before = subject_span(s, who, stops);
        if !before.is_empty() {
            return before;
        }
    }
    // "Sergei Aksyonov, the Russian governor of Crimea, later said": adverbs before the verb are
    // the verb's, so the piece set off by commas before them is still the one next to it.
    let mut head = verb;
    while head > 0 && t[head - 1].is_word() && !s.quoted[head - 1] && !stops.contains(&(head - 1)) && {
        let w = t[head - 1].lower.as_str();
        matches!(w, "later" | "also" | "then" | "earlier" | "again" | "separately" | "subsequently" | "previously" | "repeatedly")
            // "Putin himself presided": the reflexive stresses the subject.
            || matches!(w, "himself" | "herself" | "itself" | "themselves")
            || w.ends_with("ly") && w.len() > 4 && !t[head - 1].is_capitalized()
    } {
        head -= 1;
    }
    // "Biden and Putin on Tuesday held …", "Putin Tuesday held": a day before the verb is the
    // verb's too, not the end of its subject.
    let mut verb_at = verb;
    if head > 1 && !s.quoted[head - 1] && t[head - 1].is_capitalized() && super::dates::weekday_of(&t[head - 1].lower).is_some() {
        head -= 1;
        if matches!(t[head - 1].lower.as_str(), "on" | "late" | "early") && !s.quoted[head - 1] {
            head -= 1;
        }
        // (The subject ends before the day: "Putin on Tuesday" is no name.)
        verb_at = head;
    }
    let verb = head;
    // "France holds the presidency … and he suggested": a pronoun right before the verb is
    // its whole subject, not the clause it is joined to.
    if verb > 1
        && matches!(t[verb - 1].lower.as_str(), "he" | "she")
        && !s.quoted[verb - 1]
        && matches!(t[verb - 2].lower.as_str(), "and" | "but" | "while" | "as" | "so")
    {
        return verb - 1..verb_at;
    }
    let mut start = verb;
    let mut piece_start = verb;
    let mut piece_end = verb;
    let mut i = verb;
    while i > 0 {
        let k = i - 1;
        let tok = &t[k];
        // "the International Criminal Court (ICC) issued": an abbreviation in brackets is part of the name.
        if tok.is_punct(')') && k >= 2 && t[k - 2].is_punct('(') && t[k - 1].is_word() && !s.quoted[k - 1] {
            i = k - 2;
            continue;
        }
        // "more than 50 nations": a comparison, not a clause.
        let compared = tok.lower == "than" && k > 0 && matches!(t[k - 1].lower.as_str(), "more" | "less" | "fewer" | "rather");
        // "visited Kyiv on Thursday and the Biden administration announced": after a time word,
        // "and" joins two clauses, not two subjects.
        // (Only with a subject of its own after "and": "… in February and called for talks" shares it.)
        let clauses_joined = tok.lower == "and" && k > 0 && k + 1 < verb && t[k - 1].is_word() && super::dates::says_when(&t[k - 1].lower);
        // "said Wednesday it and its allies had …": the day of the verb before it, no part of the subject.
        let day = tok.is_word()
            && super::dates::weekday_of(&tok.lower).is_some()
            && k > 0
            && matches!(t[k - 1].lower.as_str(), "said" | "says" | "announced" | "stated" | "confirmed" | "reported" | "added" | "warned");
        let boundary = clauses_joined
            || day
            || s.quoted[k]
            || stops.contains(&k)
            || (tok.is_word() && CLAUSE_STARTS.contains(&tok.lower.as_str()) && !compared)
            || (tok.kind == super::text::TokKind::Punct && !matches!(tok.norm.as_str(), "," | "." | "’" | "'"));
        if boundary {
            break;
        }
        if tok.is_punct(',') {
            // "Trump, while leaving for his home in Palm Beach, Fla., said": a state after a place
            // is part of the place; the clause set off before it is what stands before the verb.
            if piece_start == verb
                && let Some(c) = comma_before_state(s, k)
                && let insert = piece_begin(s, c, stops)
                && let Some(subject) = before_insert(s, insert, opens_circumstance(&t[insert].lower), stops)
            {
                return subject;
            }
            // Keep the piece just read. The piece before it is included only as the
            // description of a bare name ("the mayor of Irpin, Oleksandr Markushyn"):
            // not a circumstance ("In a post,"), not a clause ("…until Biden arrived,").
            start = piece_start;
            let prev_start = piece_begin(s, k, stops);
            // "Lidia Zubova, 67, told Reuters": an age between commas belongs to the name before it.
            if is_age(s, prev_start, k) {
                i = prev_start - 1;
                continue;
            }
            let first = &t[prev_start];
            let is_circumstance = CIRCUMSTANCE_STARTS.contains(&first.lower.as_str()) || first.lower.chars().all(|c| c.is_ascii_digit());
            // "the leaders of the United States, the Netherlands, Germany and Romania announced":
            // the piece before the verb closes a list of names, whose first member stands before the
            // comma ("Meanwhile, Biden and Zelensky met" opens with no member).
            let names_and = |r: std::ops::Range<usize>| {
                r.clone().any(|j| t[j].lower == "and")
                    && r.clone().all(|j| t[j].is_capitalized() || matches!(t[j].lower.as_str(), "and" | "the"))
            };
            let opener = prev_start == 0 && k == 1 && (t[0].lower.ends_with("ly") || LIST_OPENERS.contains(&t[0].lower.as_str()));
            if piece_end == verb
                && names_and(piece_start..verb)
                && !is_circumstance
                && !opener
                && k > prev_start
                && t[k - 1].is_capitalized()
                && !super::dates::has_verb(s, prev_start..k, 0..0)
                && (prev_start..k).all(|j| !s.quoted[j])
            {
                // (More members may stand before: "the United States, the Netherlands, Germany".)
                let mut first_member = prev_start;
                while first_member > 1 && t[first_member - 1].is_punct(',') {
                    let b = piece_begin(s, first_member - 1, stops);
                    let member = b < first_member - 1 && (b..first_member - 1).all(|j| t[j].is_capitalized() || t[j].lower == "the");
                    // ("the leaders of the United States, …": the first member may have its head noun.)
                    let headed = !member
                        && t[first_member - 2].is_capitalized()
                        && !CIRCUMSTANCE_STARTS.contains(&t[b].lower.as_str())
                        && !super::dates::has_verb(s, b..first_member - 1, 0..0);
                    if !member && !headed {
                        break;
                    }
                    first_member = b;
                    if headed {
                        break;
                    }
                }
                // ("the leaders of the United States": the head noun the names describe.)
                return first_member..verb_at;
            }
            if piece_start == verb
                && let Some(subject) = before_insert(s, prev_start, is_circumstance, stops)
            {
                return subject;
            }
            // "Biden, who talked with Zelensky, said": a relative clause or a participle
            // has verbs of its own, so its beginning is found past them.
            if piece_start == verb
                && let Some(subject) = before_insert(s, piece_begin(s, k, &[]), false, stops)
            {
                return subject;
            }
            if piece_start == verb
                && let Some(subject) = before_apposition(s, prev_start, stops)
            {
                return subject;
            }
            let after_verb = prev_start > 0 && stops.contains(&(prev_start - 1));
            let short = k - prev_start <= 10;
            // "Another member of the delegation, Kirill Dmitriev, said": the comma closing
            // an apposition; the name before it is the subject, with its description.
            if piece_start == verb && !is_circumstance && !after_verb && is_bare_name(s, prev_start..k) {
                piece_end = k;
                piece_start = prev_start;
                i = prev_start;
                start = prev_start;
                continue;
            }
            // "European Parliament's president Roberta Metsola, visited Kyiv": a stray comma between
            // a name and its verb (the name ends the piece, and the piece has no verb).
            if piece_start == verb
                && !is_circumstance
                && !after_verb
                && k - prev_start <= 8
                && k >= prev_start + 2
                && t[k - 1].is_capitalized()
                && t[k - 2].is_capitalized()
                && !super::dates::has_verb(s, prev_start..k, 0..0)
                && (prev_start..k).all(|j| !s.quoted[j])
            {
                return prev_start..verb_at;
            }
            if piece_start == verb
                || is_circumstance
                || after_verb
                || !short
                || !is_bare_name(s, piece_start..piece_end)
                || !has_name_like(s, prev_start..k)
                // "Many people were injured, Governor X said": a clause is no description of X.
                || super::dates::has_verb(s, prev_start..k, 0..0)
            {
                return start..verb_at;
            }
            piece_start = prev_start;
            i = prev_start;
            start = prev_start;
            continue;
        }
        piece_start = k;
        start = k;
        i = k;
    }
    start..verb_at
}

/// Whether a piece opening with `word` tells a circumstance ("in Kyiv", "on Monday").
pub(crate) fn opens_circumstance(word: &str) -> bool {
    CIRCUMSTANCE_STARTS.contains(&word)
}

/// "Stoltenberg, at a meeting in Brussels, said" / "The statement, issued
/// after talks, said" / "Biden, who arrived on Wednesday, said": the subject
/// before a circumstance, a participle or a relative clause set off by commas
/// just before the verb. `insert` is where that clause begins.
pub(crate) fn before_insert(s: &Sentence, insert: usize, is_circumstance: bool, stops: &[usize]) -> Option<std::ops::Range<usize>> {
    let t = &s.tokens;
    let first = &t[insert];
    // "issued after talks", "echoing Trump's remarks on Ukraine".
    let participle_at = |k: usize| {
        t.get(k).is_some_and(|w| {
            w.is_word()
                && !w.is_capitalized()
                && (w.lower.len() > 4 && (w.lower.ends_with("ed") || w.lower.ends_with("ing"))
                    || IRREGULAR_PARTICIPLES.contains(&w.lower.as_str()))
        })
    };
    let participle = participle_at(insert);
    // "Biden, who arrived on Wednesday, said": a relative clause about the subject.
    let relative = matches!(first.lower.as_str(), "who" | "whose" | "which");
    if !(is_circumstance || participle || relative) || insert == 0 || !t[insert - 1].is_punct(',') || s.quoted[insert - 1] {
        return None;
    }
    let mut comma = insert - 1;
    let mut begin = piece_begin(s, comma, stops);
    // "Russia's Federal Security Service (FSB), which oversees …, said": an abbreviation in
    // brackets is part of the name before it.
    while begin >= 3
        && t[begin - 1].is_punct(')')
        && t[begin - 3].is_punct('(')
        && t[begin - 2].is_word()
        && !s.quoted[begin - 2]
        && begin == comma
    {
        begin = piece_begin(s, begin - 3, stops);
    }
    // "Lidia Zubova, 67, waiting for a train, told": the age belongs to the name before it.
    if is_age(s, begin, comma) {
        comma = begin - 1;
        begin = piece_begin(s, comma, stops);
    }
    // "And Trump, while leaving …, said": a sentence opening with "And" or "But".
    let opens_sentence = begin == 0;
    if opens_sentence && matches!(t[0].lower.as_str(), "and" | "but") && t.get(1).is_some_and(|w| w.is_capitalized()) {
        begin = 1;
    }
    let opener = &t[begin];
    let subject_like = begin < comma
        && comma - begin <= 10
        && (opens_sentence
            || t[begin - 1].kind == super::text::TokKind::Punct && !t[begin - 1].is_punct(',')
            || after_circumstance(s, begin, stops))
        && !CIRCUMSTANCE_STARTS.contains(&opener.lower.as_str())
        && has_name_like(s, begin..comma);
    subject_like.then_some(begin..comma)
}

/// US states as the wires abbreviate them after a place ("Palm Beach, Fla.").
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
    "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
];

/// "…, in Palm Beach, Fla., said": for the comma at `k` after a state's abbreviation that
/// follows a capitalised place and a comma, that first comma.
fn comma_before_state(s: &Sentence, k: usize) -> Option<usize> {
    let t = &s.tokens;
    let state = k >= 4
        && t[k - 1].is_punct('.')
        && STATE_ABBREVIATIONS.contains(&t[k - 2].lower.as_str())
        && t[k - 2].is_capitalized()
        && t[k - 3].is_punct(',')
        && t[k - 4].is_capitalized()
        && !s.quoted[k - 2];
    state.then(|| k - 3)
}

/// Whether the piece `begin..comma` is a person's age set off by commas after a name (", 67,").
fn is_age(s: &Sentence, begin: usize, comma: usize) -> bool {
    let t = &s.tokens;
    begin + 1 == comma
        && begin >= 2
        && t[begin - 1].is_punct(',')
        && t[begin].norm.len() <= 3
        && t[begin].norm.chars().all(|c| c.is_ascii_digit())
}

/// Past participles not in "-ed" that open an insert ("the agency, known as HUR, said";
/// "the talks, held in Riyadh, ended").
const IRREGULAR_PARTICIPLES: &[&str] = &["known", "led", "held", "seen", "shown", "given", "chosen", "born", "built", "sent", "made"];

/// Name suffixes set off by commas ("CQ Brown, Jr., the chairman …").
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
/// Words that open a description set off after a name ("Austin, the defense secretary, met …").
const APPOSITION_OPENERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their"];

/// "Austin and Gen. CQ Brown, Jr., the chairman of the Joint Chiefs, met …": the name(s)
/// before a description set off by commas just before the verb (a suffix such as "Jr."
/// between them is part of the name). `insert` is where the description begins.
pub fn before_apposition(s: &Sentence, insert: usize, stops: &[usize]) -> Option<std::ops::Range<usize>> {
    let t = &s.tokens;
    // "Andriy Yermak, head of the presidential office, accused …": a role noun may open it too.
    let opener = t[insert].lower.as_str();
    let role_noun = !t[insert].is_capitalized()
        && (TITLE_WORDS.contains(&opener)
            || matches!(opener, "head" | "leader" | "director" | "member" | "former" | "first" | "deputy" | "acting" | "senior" | "chief"));
    // "Ruslan Kravchenko, Kyiv regional governor, reported …": a place and a title, no article.
    let placed_title = t[insert].is_capitalized()
        && (insert + 1..(insert + 4).min(t.len()))
            .take_while(|&k| t[k].is_word() && !s.quoted[k])
            .any(|k| !t[k].is_capitalized() && TITLE_WORDS.contains(&t[k].lower.as_str()))
        && (insert..(insert + 5).min(t.len())).find(|&k| t[k].is_punct(',')).is_some();
    if !(APPOSITION_OPENERS.contains(&opener) || role_noun || placed_title)
        || insert < 2
        || !t[insert - 1].is_punct(',')
        || s.quoted[insert - 1]
    {
        return None;
    }
    let mut comma = insert - 1;
    // ", Jr.," / ", III,": skip the suffix and its comma.
    let mut k = comma;
    while k > 0 && t[k - 1].is_punct('.') {
        k -= 1;
    }
    if k >= 2 && NAME_SUFFIXES.contains(&t[k - 1].lower.as_str()) && t[k - 1].is_capitalized() && t[k - 2].is_punct(',') {
        comma = k - 2;
    }
    // Walk left over the name: words and the dots of abbreviations ("Gen. CQ Brown"), up to a break.
    let mut b = comma;
    while b > 0 {
        let w = &t[b - 1];
        let dot = w.is_punct('.') && b >= 2 && t[b - 2].is_word() && t[b - 2].end == w.start;
        // "Ukraine's military intelligence agency, the HUR,": a possessive is part of the name.
        let possessive = w.kind == super::text::TokKind::Possessive;
        if s.quoted[b - 1]
            || stops.contains(&(b - 1))
            || !(w.is_word() || dot || possessive)
            || w.is_word() && CLAUSE_STARTS.contains(&w.lower.as_str())
        {
            break;
        }
        b -= 1;
    }
    let name = &t[b..comma];
    let opener = name.first()?;
    let names = name.iter().filter(|w| w.is_capitalized()).count();
    // A name opens the piece: not a circumstance ("In Kyiv, the capital, …"), not a clause.
    let ok = comma - b <= 12
        && names >= 1
        && opener.is_capitalized()
        && !CIRCUMSTANCE_STARTS.contains(&opener.lower.as_str())
        && !NOT_NAMES.contains(&opener.norm.as_str())
        && (b == 0
            || t[b - 1].kind == super::text::TokKind::Punct && !t[b - 1].is_punct(',')
            || after_circumstance(s, b, stops)
            // "…, Dmitry Peskov, the spokesperson, said": a full name after what was said.
            || t[b - 1].is_punct(',') && names >= 2 && comma - b <= 4 && name.iter().all(|w| w.is_capitalized()));
    ok.then_some(b..comma)
}

/// "In televised comments, General X, …", "After the attack, Andriy Yermak, …": a subject at
/// `begin` after a circumstance that opens the sentence and ends with a comma.
fn after_circumstance(s: &Sentence, begin: usize, stops: &[usize]) -> bool {
    let t = &s.tokens;
    begin > 0 && t[begin - 1].is_punct(',') && {
        let b = piece_begin(s, begin - 1, stops);
        CIRCUMSTANCE_STARTS.contains(&t[b].lower.as_str())
            && (b == 0 || t[b - 1].kind == super::text::TokKind::Punct && !t[b - 1].is_punct(','))
    }
}

/// Where the comma-separated piece ending before token `comma` begins.
pub(crate) fn piece_begin(s: &Sentence, comma: usize, stops: &[usize]) -> usize {
    let mut b = comma;
    while b > 0 {
        let tok = &s.tokens[b - 1];
        if s.quoted[b - 1] || stops.contains(&(b - 1)) || tok.kind == super::text::TokKind::Punct {
            break;
        }
        b -= 1;
    }
    b
}

/// "Oleksandr Markushyn also": a name (two capitalised words) and nothing but adverbs.
fn is_bare_name(s: &Sentence, r: std::ops::Range<usize>) -> bool {
    let t = &s.tokens[r];
    let caps = t.iter().take_while(|w| w.is_capitalized()).count();
    caps >= 2
        && t[0].norm != "The"
        && t[caps..].iter().all(|w| matches!(w.lower.as_str(), "also" | "then" | "later" | "has" | "had" | "have" | "was" | "once"))
}

fn has_name_like(s: &Sentence, r: std::ops::Range<usize>) -> bool {
    s.tokens[r].iter().any(|t| t.is_capitalized() || t.lower == "the")
}

/// Unknown names: runs of two or three capitalised words no gazetteer phrase covers.
fn unknown_names(t: &[Token], r: std::ops::Range<usize>, covered: &[Mention]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = r.start;
    let name_word =
        |tok: &Token| tok.is_capitalized() && tok.norm.chars().skip(1).any(|c| c.is_lowercase()) && !NOT_NAMES.contains(&tok.norm.as_str());
    while i < r.end {
        let inside = |k: usize| covered.iter().any(|m| (m.start..m.end).contains(&k));
        if name_word(&t[i]) && !inside(i) {
            let mut j = i;
            while j < r.end && name_word(&t[j]) && !inside(j) {
                j += 1;
            }
            // "Minister of Infrastructure Oleksandr Kubrakov": after a title's "of", the first word
            // of three is the office's field, the name the two after it.
            let field = j - i == 3 && i >= 2 && t[i - 1].lower == "of" && TITLE_WORDS.contains(&t[i - 2].lower.as_str());
            // "spokesperson of the Ministry of Foreign Affairs Heorhiy Tykhyi": an office's field of
            // several words, then the name.
            let fields = (4..=5).contains(&(j - i))
                && i >= 1
                && t[i - 1].lower == "of"
                && t[i..j - 2].iter().all(|w| OFFICE_FIELDS.contains(&w.lower.as_str()));
            if fields {
                out.push(j - 2..j);
            } else if field {
                out.push(i + 1..j);
            } else if (2..=3).contains(&(j - i)) {
                out.push(i..j);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Who the words `tokens[span]` name. Several lanes only for "X and Y" groups
/// (meetings); otherwise the strongest mention decides, in this order: a role of
/// someone ("Putin's spokesman"), a named person, a name the gazetteer does not
/// know, "he"/"she", a title, then groups, countries and places.
pub fn resolve(g: &Gazetteer, mem: &mut Memory, s: &Sentence, paragraph: &str, span: std::ops::Range<usize>) -> Vec<Actor> {
    if members_of(s, span.clone()) {
        return Vec::new();
    }
    if let Some(one) = one_member(g, s, paragraph, span.clone()) {
        return vec![one];
    }
    let actors = resolve_named(g, mem, s, paragraph, span.clone());
    if actors.iter().all(|a| a.person.is_none())
        && let Some(a) = role_named_before(g, mem, s, span.clone())
    {
        return vec![a];
    }
    if actors.is_empty() {
        return body_named_before(mem, s, span).into_iter().collect();
    }
    // Bodies named in full ("The International Criminal Court"), for "the court" later.
    for a in actors.iter().filter(|a| a.person.is_none() && a.name.split_whitespace().count() >= 2) {
        mem.bodies.retain(|b| b.key != a.key);
        mem.bodies.push(a.clone());
    }
    actors
}

/// Heads of a body's name that say what it is for after "of" ("Ministry of Defense").
const OFFICE_HEADS: &[&str] =
    &["ministry", "department", "office", "committee", "council", "service", "agency", "directorate", "command", "bureau"];

/// "The Ukrainian Ministry of Defense", "Ukraine's Ministry of Foreign Affairs": a body named
/// by its office and what it is for, of the side named right before it. (Its words after
/// "of" are no name of their own: "Foreign Affairs" is nobody.)
fn office_of_a_side(
    g: &Gazetteer,
    mem: &Memory,
    s: &Sentence,
    paragraph: &str,
    span: std::ops::Range<usize>,
    mentions: &[Mention],
) -> Option<Actor> {
    let t = &s.tokens;
    let head = span.clone().find(|&k| {
        t[k].is_capitalized()
            && OFFICE_HEADS.contains(&t[k].lower.as_str())
            && k + 2 < span.end
            && t[k + 1].lower == "of"
            && t[k + 2].is_capitalized()
            && !s.quoted[k]
    })?;
    if mentions.iter().any(|m| m.start <= head && head < m.end) {
        return None;
    }
    let mut end = head + 3;
    while end < span.end
        && (t[end].is_capitalized()
            || matches!(t[end].lower.as_str(), "and" | "of" | "for") && end + 1 < span.end && t[end + 1].is_capitalized())
    {
        end += 1;
    }
    let before = mentions.iter().find(|m| {
        let owner = m.end + 1 == head && t[m.end].kind == super::text::TokKind::Possessive;
        (m.end == head || owner) && matches!(m.what, What::Demonym(_) | What::Group(_))
            // ("Ukraine's Ministry of Foreign Affairs": a country named as a place owns it too.)
            || owner && matches!(m.what, What::Place(_))
    });
    // "The Ministry of Defense of Ukraine": the side closes the name.
    let after = || {
        mentions.iter().find(|m| {
            m.end == end && m.start > head + 2 && t[m.start - 1].lower == "of" && matches!(m.what, What::Group(_) | What::Place(_))
        })
    };
    let side = before.or_else(after)?;
    let lane = mention_lane(g, mem, side)?;
    let opens = if before.is_some() { side.start } else { head };
    let from = if opens > 0 && t[opens - 1].lower == "the" { opens - 1 } else { opens };
    let name = paragraph[t[from].start..t[end - 1].end].to_owned();
    let why = format!("“{name}”: a body of the side its name opens with");
    Some(Actor { key: format!("group:{}", name.to_lowercase()), name, lane, person: None, why })
}

/// "The two members of NATO and the European Union said …": members of a body, named by
/// what they belong to, are none of the bodies (nor the body itself): no named actor.
fn members_of(s: &Sentence, span: std::ops::Range<usize>) -> bool {
    let t = &s.tokens;
    let words: Vec<&str> = span.filter(|&k| t[k].is_word() && !s.quoted[k]).map(|k| t[k].lower.as_str()).collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit()) || matches!(w, "two" | "three" | "four" | "five" | "several" | "some");
    let mut i = usize::from(words.first() == Some(&"the"));
    i += words.get(i).is_some_and(|w| number(w)) as usize;
    matches!(words.get(i), Some(&"members") | Some(&"member"))
        && (words.get(i + 1) == Some(&"of")
            || matches!(words.get(i + 1), Some(&"states") | Some(&"countries")) && words.get(i + 2) == Some(&"of"))
}

/// "a NATO member state fired shots", "another NATO ally": one member of a body, which the
/// words leave unnamed, is no act of the body: an actor nothing places, named as the text does.
fn one_member(g: &Gazetteer, s: &Sentence, paragraph: &str, span: std::ops::Range<usize>) -> Option<Actor> {
    let t = &s.tokens;
    // (Up to the auxiliaries before the verb: "a NATO member state has fired".)
    let aux = |w: &str| matches!(w, "has" | "have" | "had" | "was" | "were" | "is" | "are" | "will" | "would" | "also" | "reportedly");
    let end = (span.start..span.end).rev().find(|&k| t[k].is_word() && !s.quoted[k] && !aux(&t[k].lower))? + 1;
    // The subject's head, right before the verb: the body's name, then the member noun(s).
    let member = |k: usize| t.get(k).is_some_and(|w| matches!(w.lower.as_str(), "member" | "ally" | "country" | "state" | "nation"));
    let m = g.mentions(t, span.start..end, &[]).into_iter().rev().find(|m| matches!(m.what, What::Group(_)))?;
    let last = if member(m.end) && end == m.end + 1 {
        m.end
    } else if member(m.end) && member(m.end + 1) && end == m.end + 2 {
        m.end + 1
    } else {
        return None;
    };
    let first = m.start.checked_sub(1)?;
    if !matches!(t[first].lower.as_str(), "a" | "an" | "one" | "another") {
        return None;
    }
    let name = paragraph[t[first].start..t[last].end].to_owned();
    let why = format!("“{name}”: one member of a body, unnamed, no act of the body");
    Some(Actor { key: format!("unnamed:{}", name.to_lowercase()), name, lane: g.default_lane, person: None, why })
}

/// Roles a story calls its last speaker by, the second time ("the diplomat noted").
const ROLE_ANAPHORS: &[&str] = &["diplomat", "politician", "lawmaker", "envoy", "ambassador", "minister", "commander", "general"];

/// "The diplomat noted that …" right after "Russian Foreign Ministry spokesperson Maria
/// Zakharova called …": "the" and a role, naming no one by itself, is the last person who
/// spoke, when named in this sentence or the one before.
fn role_named_before(g: &Gazetteer, mem: &Memory, s: &Sentence, span: std::ops::Range<usize>) -> Option<Actor> {
    let t = &s.tokens;
    let words: Vec<&str> = span.filter(|&k| t[k].is_word() && !s.quoted[k]).map(|k| t[k].lower.as_str()).collect();
    // ("the head of state added": the office in three words.)
    let role = match words[..] {
        ["the", role] if ROLE_ANAPHORS.contains(&role) => role,
        ["the", "head", "of", "state"] | ["the", "head", "of", "the", "state"] => "head of state",
        _ => return None,
    };
    let id = mem.last_speaker?;
    let at = mem.recent.iter().rposition(|&r| r == id).map(|i| mem.recent_at[i])?;
    if mem.sentence > at + 1 {
        return None;
    }
    Some(mem.actor_for_person(g, id, format!("“the {role}”: the person who spoke last, named just before")))
}

/// "The court declared …" after "The International Criminal Court …": a subject that is "the"
/// and one lower-case noun, which names no one by itself, is the body last named in full
/// whose name ends with that noun (the court, the council, the agency, the tribunal). (A
/// subject that resolves to an unplaced body by the first words of a placed one's name, "The
/// Air Force …", is `events::Reader::known_body`'s: there the words name someone.)
fn body_named_before(mem: &Memory, s: &Sentence, span: std::ops::Range<usize>) -> Option<Actor> {
    let t = &s.tokens;
    let words: Vec<usize> = span.filter(|&k| t[k].is_word() && !s.quoted[k]).collect();
    let [the, noun] = words[..] else { return None };
    if t[the].lower != "the" || t[noun].is_capitalized() || noun != the + 1 {
        return None;
    }
    let body =
        mem.bodies.iter().rev().find(|b| b.name.split_whitespace().last().is_some_and(|w| w.eq_ignore_ascii_case(&t[noun].lower)))?;
    let why = format!("“the {}”: the body last named in full ({})", t[noun].lower, body.name);
    Some(Actor { why, ..body.clone() })
}

fn resolve_named(g: &Gazetteer, mem: &mut Memory, s: &Sentence, paragraph: &str, span: std::ops::Range<usize>) -> Vec<Actor> {
    let t = &s.tokens;
    let span = coordinated_head(s, span);
    let mentions: Vec<Mention> = g
        .mentions(t, span.clone(), &mem.aliases)
        .into_iter()
        .filter(|m| !(m.start..m.end).any(|k| s.quoted[k]) && !another_surname_follows(t, m))
        .collect();
    if !mentions.iter().any(|m| matches!(m.what, What::Person(_)))
        && let Some(a) = office_of_a_side(g, mem, s, paragraph, span.clone(), &mentions)
    {
        return vec![a];
    }
    // 0. "Putin's spokesman", "the president's office": the role acts, in the lane of whose it is.
    if let Some(a) = possessive_role(g, mem, s, paragraph, &mentions, span.clone()) {
        return vec![a];
    }
    let context = placing_mention(g, mem, t, &mentions);
    // 1. A named person, 2. a name the gazetteer does not know (placed by its
    // description, then learned): whichever is closest to the verb. A person after a
    // preposition inside a description ("aide to Vladimir Putin") is not the subject.
    let person = mentions.iter().rev().find(|m| matches!(m.what, What::Person(_)) && !described(t, &mentions, m, span.start));
    let unknown = unknown_names(t, span.clone(), &mentions)
        .into_iter()
        .rfind(|r| !t[r.clone()].iter().any(|w| TITLE_WORDS.contains(&w.lower.as_str())) && !where_it_happened(t, span.start, r.start));
    // "Biden and Duda met in Warsaw": two people named as one subject are both its actors
    // (a meeting of theirs is then one event, in the upper of their lanes).
    let people: Vec<&Mention> =
        mentions.iter().filter(|m| matches!(m.what, What::Person(_)) && !described(t, &mentions, m, span.start)).collect();
    if let [.., a, b] = people.as_slice()
        && b.end == span.end
        && t.get(a.end).is_some_and(|w| w.lower == "and")
        // "Putin and Chinese President Xi Jinping": a title, and the people it is of.
        && mentions.iter().filter(|m| m.start > a.end && m.end <= b.start).all(|m| matches!(m.what, What::Title(_) | What::Demonym(_)))
        && (a.end + 1..b.start).all(|k| t[k].is_word())
        && let (What::Person(x), What::Person(y)) = (a.what, b.what)
        && x != y
    {
        let first = mem.actor_for_person(g, x, format!("named “{}”, one of two joined by “and”", mention_text(s, paragraph, a)));
        let second = mem.actor_for_person(g, y, format!("named “{}”, one of two joined by “and”", mention_text(s, paragraph, b)));
        return vec![first, second];
    }
    match (person, unknown) {
        // "Blinken and Prime Minister Nicolae Ciucă": in a list, the known person leads.
        (Some(m), u) if u.as_ref().is_none_or(|r| r.start < m.start || t[m.end..r.start].iter().any(|w| w.lower == "and")) => {
            let What::Person(id) = m.what else { unreachable!() };
            return vec![mem.actor_for_person(g, id, format!("named “{}”", mention_text(s, paragraph, m)))];
        }
        (_, Some(r)) => {
            // "said Sergei Rudskoy, first deputy chief of the General Staff of the Russian
            // armed forces,": a name after its verb is described after it.
            let after = if context.is_none() { described_after(g, mem, s, r.end) } else { Vec::new() };
            let context = context.or_else(|| placing_mention(g, mem, t, &after));
            return vec![learn_unknown_name(g, mem, s, paragraph, r, &mentions, context)];
        }
        _ => {}
    }
    if let Some(m) = mentions.iter().rev().find(|m| matches!(m.what, What::Person(_))) {
        return vec![described_role(g, mem, s, paragraph, m, span.start)];
    }
    // "the two top diplomats", "both leaders": the last two people named.
    if mentions.iter().all(|m| matches!(m.what, What::Title(_)))
        && let Some(pair) = the_two(g, mem, s, span.clone())
    {
        return pair;
    }
    // 3. "He", "she": the last person who spoke.
    // "According to him, …": the object form names the speaker after "to".
    let object_pronoun = |k: usize| matches!(t[k].lower.as_str(), "him" | "her") && k > 0 && t[k - 1].lower == "to";
    let pronoun = t[span.clone()]
        .iter()
        .enumerate()
        .rev()
        .find(|(k, w)| !s.quoted[span.start + k] && (PRONOUNS.contains(&w.lower.as_str()) || object_pronoun(span.start + k)));
    if pronoun.is_some() && mentions.is_empty() {
        if let Some(a) = forward_subject(g, mem, s, paragraph, span.clone()) {
            return vec![a];
        }
        if let Some(a) = sentence_subject(g, mem, s, paragraph, span.start) {
            return vec![a];
        }
        return mem
            .last_speaker
            .map(|id| mem.actor_for_person(g, id, "“he”/“she”: the last person named as speaking".to_owned()))
            .into_iter()
            .collect();
    }
    // 4. A title: the last person named with it, else the title itself.
    if let Some(m) = mentions.iter().rev().find(|m| matches!(m.what, What::Title(_))) {
        let mut actors = titled_actor(g, mem, s, paragraph, m, context);
        let words: Vec<String> = t[m.start..m.end].iter().map(|w| w.lower.clone()).collect();
        match actors.as_slice() {
            [a] if a.person.is_none() => mem.placed_titles.push((words, a.clone())),
            // "the official said": the one last placed with that title; "an official",
            // "two officials" are someone else.
            [] if m.start > span.start && t[m.start - 1].lower == "the" => {
                // By the title's head: "a White House official … the official".
                if let Some((_, a)) = mem.placed_titles.iter().rev().find(|(w, _)| w.ends_with(&words)) {
                    let why = format!("“the {}”: the one last placed with that title ({})", words.join(" "), a.name);
                    return vec![Actor { why, ..a.clone() }];
                }
            }
            _ => {}
        }
        // "US and Russian officials": the title is each side's; a demonym or group of another
        // side joined by "and" right before it shares it.
        let joined = m.start >= 2 && t[m.start - 1].lower == "and";
        if joined
            && let Some(other) = mentions.iter().find(|o| o.end == m.start - 1 && matches!(o.what, What::Demonym(_) | What::Group(_)))
            && let Some(a) = mention_actor(g, mem, s, paragraph, other, "one of the sides of a title shared by “and”")
            && actors.iter().all(|x| x.lane != a.lane)
        {
            actors.push(a);
        }
        return actors;
    }
    // "Russia's influential war bloggers", "Western analysts": a country's commentators speak for
    // no side.
    if let Some(head) = span.clone().rev().find(|&k| t[k].is_word())
        && COMMENTATORS.contains(&t[head].lower.as_str())
        && mentions.iter().all(|m| matches!(m.what, What::Demonym(_) | What::Group(_) | What::Place(_)))
    {
        let from = span
            .clone()
            .find(|&k| t[k].is_word() && !matches!(t[k].lower.as_str(), "the" | "by" | "of" | "from" | "to" | "for" | "with"))
            .unwrap_or(head);
        let name = s.slice(paragraph, from, head).to_owned();
        let why = format!("“{name}”: commentators of a country, no side's officials");
        return vec![Actor { key: format!("unnamed:{}", name.to_lowercase()), name, lane: g.default_lane, person: None, why }];
    }
    // 5. Groups, countries, demonyms, places: every lane of an "X and Y" list.
    group_actors(g, mem, s, paragraph, &mentions)
}

/// People who comment on a side's acts without speaking for it.
const COMMENTATORS: &[&str] = &[
    "blogger",
    "bloggers",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "commentator",
    "commentators",
    "pundits",
    "observers",
    "journalists",
    "journalist",
    "newspapers",
    "scholars",
    "historians",
];

/// The mentions of a description set off by a comma right after a name (up to
/// the next comma or the end of the sentence, at most 16 words).
fn described_after(g: &Gazetteer, mem: &Memory, s: &Sentence, name_end: usize) -> Vec<Mention> {
    let t = &s.tokens;
    if !t.get(name_end).is_some_and(|w| w.is_punct(',')) {
        return Vec::new();
    }
    let from = name_end + 1;
    // "Oleksandr Markushyn, accused Russia of …": the name's own verb, not a description.
    let verb = t.get(from).is_some_and(|w| {
        w.is_word()
            && !w.is_capitalized()
            && (w.lower.ends_with("ed") || super::kinds::speech_at(s, from) || super::kinds::act_at(s, from).is_some())
    });
    if verb {
        return Vec::new();
    }
    let end = (from..t.len().min(from + 16))
        .find(|&k| !t[k].is_word() && t[k].kind != super::text::TokKind::Possessive)
        .unwrap_or(t.len().min(from + 16));
    // "According to the Air Force, Russia launched 40 drones": a clause with a verb of its own
    // after the comma is what was said, no description.
    let clause = (from + 1..end).any(|k| {
        let w = &t[k];
        !w.is_capitalized() && (super::kinds::speech_at(s, k) || super::kinds::act_at(s, k).is_some())
    });
    if clause {
        return Vec::new();
    }
    describing_mentions(g, mem, s, from..end)
}

/// The mentions in `range` that may place a person described there: no person, nothing quoted.
fn describing_mentions(g: &Gazetteer, mem: &Memory, s: &Sentence, range: std::ops::Range<usize>) -> Vec<Mention> {
    g.mentions(&s.tokens, range, &mem.aliases)
        .into_iter()
        .filter(|m| !matches!(m.what, What::Person(_)) && !(m.start..m.end).any(|k| s.quoted[k]))
        .collect()
}

/// "a meeting with Russia's commander in Ukraine, Sergei Surovikin, who …": the mentions of
/// a role set off by a comma just before an unknown name (starting at `name_start`) and
/// naming a title ("commander", "minister"), which place the person named after it.
fn described_before(g: &Gazetteer, mem: &Memory, s: &Sentence, name_start: usize) -> Vec<Mention> {
    let t = &s.tokens;
    let Some(comma) = name_start.checked_sub(1).filter(|&c| t[c].is_punct(',') && !s.quoted[c]) else { return Vec::new() };
    let from =
        (comma.saturating_sub(8)..comma).rev().take_while(|&k| t[k].is_word() || t[k].kind == super::text::TokKind::Possessive).last();
    let Some(from) = from else { return Vec::new() };
    if !t[from..comma].iter().any(|w| TITLE_WORDS.contains(&w.lower.as_str())) {
        return Vec::new();
    }
    describing_mentions(g, mem, s, from..comma)
}

/// "Lavrov echoed Rubio's remarks and told …": the words before a verb joined by
/// "and"/"but" hold another verb and its object; the subject of both is what comes
/// before that first verb (a past form in lower case), never its object.
fn coordinated_head(s: &Sentence, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let t = &s.tokens;
    let mut end = span.end;
    while end > span.start && matches!(t[end - 1].lower.as_str(), "also" | "then" | "later" | "promptly" | "quickly") {
        end -= 1;
    }
    if end <= span.start + 2 || !matches!(t[end - 1].lower.as_str(), "and" | "but") {
        return span;
    }
    let verb = (span.start + 1..end - 1).find(|&k| {
        let w = &t[k];
        // "The exiled leader …": a participle after a determiner or an adverb describes, it is no verb.
        let describes = matches!(t[k - 1].lower.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "newly")
            || t[k - 1].lower.ends_with("ly");
        w.is_word() && !w.is_capitalized() && w.lower.len() > 3 && w.lower.ends_with("ed") && t[k - 1].is_word() && !describes
    });
    match verb {
        Some(k) if t[span.start..k].iter().any(|w| w.is_capitalized()) => span.start..k,
        _ => span,
    }
}

/// "While he confirmed that …, Ushakov stressed …": a pronoun in a leading
/// subordinate clause refers forward to the main clause's named subject (a person
/// named right after the clause's comma), not back to the last speaker.
fn forward_subject(g: &Gazetteer, mem: &mut Memory, s: &Sentence, paragraph: &str, span: std::ops::Range<usize>) -> Option<Actor> {
    const LEADING: &[&str] = &["while", "although", "though", "as", "after", "when", "before", "since", "if", "once"];
    let t = &s.tokens;
    let opener = (0..span.start.min(t.len())).find(|&k| t[k].is_word())?;
    if opener + 1 != span.start || !LEADING.contains(&t[opener].lower.as_str()) {
        return None;
    }
    let comma = (span.end..t.len()).find(|&k| t[k].is_punct(',') && !s.quoted[k])?;
    let end = (comma + 1..t.len()).take_while(|&k| t[k].is_word() && t[k].is_capitalized() && !s.quoted[k]).last()? + 1;
    let found = g.mentions(t, comma + 1..end, &mem.aliases);
    let named = found.iter().any(|m| matches!(m.what, What::Person(_))) || !unknown_names(t, comma + 1..end, &found).is_empty();
    if !named {
        return None;
    }
    resolve(g, mem, s, paragraph, comma + 1..end).into_iter().find(|a| a.person.is_some())
}

/// "Zelensky on Thursday returned from Washington, where he met Biden": a pronoun
/// later in a sentence refers to the person the sentence opened with as its
/// subject (only titles, names and an opening phrase before it), ahead of the
/// last person who spoke in an earlier sentence.
pub(crate) fn sentence_subject(g: &Gazetteer, mem: &mut Memory, s: &Sentence, paragraph: &str, before: usize) -> Option<Actor> {
    let t = &s.tokens;
    let found = g.mentions(t, 0..before, &mem.aliases);
    let m = found.iter().find(|m| matches!(m.what, What::Person(_)) && !s.quoted[m.start] && !owns_what_follows(t, m))?;
    // "The first to come up with such an idea was Emmanuel Macron: … and he suggested": the
    // person a copula names is whom the sentence is about.
    let named_by_be = m.start > 0 && matches!(t[m.start - 1].lower.as_str(), "was" | "is") && !s.quoted[m.start - 1];
    let opening = named_by_be || t[..m.start].iter().all(opens_a_subject);
    // The name is followed by its verb, not by "'s" or a preposition's object.
    let possessive = t.get(m.end).is_some_and(|w| w.lower == "'s" || w.lower == "s");
    if !opening || possessive || described(t, &found, m, 0) {
        return None;
    }
    let What::Person(id) = m.what else { return None };
    let why = format!("“he”/“she”: the subject its sentence opened with, “{}”", mention_text(s, paragraph, m));
    Some(mem.actor_for_person(g, id, why))
}

/// "Trump's envoy Steve Witkoff": a name before "'s" is whose the title after it is, not the
/// subject.
pub(super) fn owns_what_follows(t: &[Token], m: &Mention) -> bool {
    t.get(m.end).is_some_and(|w| w.kind == super::text::TokKind::Possessive)
}

/// Whether word `w` may stand before the name a sentence opens with as its subject:
/// capitalised words (titles, an opening "On Thursday,"), commas, and a title's lowercase words
/// and whose it is ("Trump's envoy Steve Witkoff", "US envoy …").
fn opens_a_subject(w: &Token) -> bool {
    w.is_capitalized()
        || w.is_punct(',')
        || w.kind == super::text::TokKind::Possessive
        || matches!(w.lower.as_str(), "the" | "former" | "then")
        || TITLE_WORDS.contains(&w.lower.as_str())
}

/// "aide to Vladimir Putin", "spokesman for X", "a member of President X's team": a
/// person mention right after "to"/"of"/"for" (titles between allowed) describes
/// the subject; it is not the subject.
fn described(t: &[Token], mentions: &[Mention], m: &Mention, from: usize) -> bool {
    let mut k = m.start;
    while let Some(title) = mentions.iter().find(|x| x.end == k && matches!(x.what, What::Title(_))) {
        k = title.start;
    }
    k > from && matches!(t[k - 1].lower.as_str(), "to" | "of" | "for")
}

/// The subject is described by a person (`m`) and names nobody else: "an aide to
/// Vladimir Putin said" is the role, in the lane of whom it serves; with no role
/// word, the person.
fn described_role(g: &Gazetteer, mem: &Memory, s: &Sentence, paragraph: &str, m: &Mention, from: usize) -> Actor {
    let t = &s.tokens;
    let What::Person(id) = m.what else { unreachable!("called with a person") };
    let role = (from..m.start).rev().find(|&k| ROLES.contains(&t[k].lower.as_str()) && !s.quoted[k]);
    let Some(r) = role else {
        return mem.actor_for_person(g, id, format!("named “{}”", mention_text(s, paragraph, m)));
    };
    let lane = mem.person(g, id).lane;
    let name = paragraph[t[r].start..t[m.end - 1].end].to_owned();
    let why = format!("“{name}”: acts for “{}”, in that lane", mention_text(s, paragraph, m));
    Actor { key: format!("role:{}", name.to_lowercase()), name, lane, person: None, why }
}

/// Words of titles: a run of capitalised words holding one is a title, not a name.
pub(crate) const TITLE_WORDS: &[&str] = &[
    "minister",
    "president",
    "secretary",
    "adviser",
    "advisor",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "general",
    "director",
    "ambassador",
    "envoy",
    "chairman",
    "head",
    "press",
    "security",
    "state",
    "defense",
    "defence",
    "foreign",
    "prime",
    "deputy",
    "senator",
    "governor",
    "mayor",
    "commander",
];

/// The words of a mention, as the paragraph spells them.
fn mention_text(s: &Sentence, paragraph: &str, m: &Mention) -> String {
    let t = &s.tokens;
    paragraph[t[m.start].start..t[m.end - 1].end].to_owned()
}

/// Who a gazetteer mention names by itself, quoted words included: a person, or a
/// side's group or demonym ("Russia", "the Kremlin", "the Russians"), named as the text
/// names it. None for a place or a title, which name nobody without their context.
pub fn mention_actor(g: &Gazetteer, mem: &Memory, s: &Sentence, paragraph: &str, m: &Mention, why: &str) -> Option<Actor> {
    let name = mention_text(s, paragraph, m);
    match m.what {
        What::Person(id) => Some(mem.actor_for_person(g, id, format!("named “{name}” ({why})"))),
        What::Group(lane) | What::Demonym(lane) => {
            let key = format!("group:{}", name.to_lowercase());
            let name = with_the(s, m, name);
            Some(Actor { key, why: format!("“{name}” ({why})"), name, lane, person: None })
        }
        _ => None,
    }
}

/// The lane a mention places its actor in (a title of no side places nobody).
fn mention_lane(g: &Gazetteer, mem: &Memory, m: &Mention) -> Option<usize> {
    match m.what {
        What::Place(l) | What::Demonym(l) | What::Group(l) | What::Title(Some(l)) => Some(l),
        What::Person(id) => Some(mem.person(g, id).lane),
        What::Title(None) => None,
    }
}

/// Context lane: the strongest lane-bearing mention that is not a person.
/// "UK Ambassador to Ukraine": where an envoy is sent does not place them, unless
/// nothing else does.
/// "Russia's commander in Ukraine": whose they are places them, where they serve does not.
fn placing_mention<'m>(g: &Gazetteer, mem: &Memory, t: &[Token], mentions: &'m [Mention]) -> Option<&'m Mention> {
    let destination = |m: &Mention| m.start > 0 && matches!(t[m.start - 1].lower.as_str(), "to" | "in" | "at" | "near" | "inside" | "over");
    let owner = |m: &Mention| t.get(m.end).is_some_and(|w| w.kind == super::text::TokKind::Possessive);
    let placing = |m: &&Mention| !matches!(m.what, What::Person(_)) && mention_lane(g, mem, m).is_some();
    mentions
        .iter()
        .filter(placing)
        .filter(|m| owner(m))
        .max_by_key(|m| (m.what.rank(), m.start))
        .or_else(|| mentions.iter().filter(placing).filter(|m| !destination(m)).max_by_key(|m| (m.what.rank(), m.start)))
        .or_else(|| mentions.iter().filter(placing).max_by_key(|m| (m.what.rank(), m.start)))
}

/// How many sentences back "the two" may look for the second side.
const RECENT_SENTENCES: usize = 2;
/// The key prefix of two people acting together (see `the_two`).
pub const PAIR: &str = "pair:";
/// People named in the plural that "the two"/"both" refer back to.
const PAIRED: &[&str] = &["leaders", "diplomats", "ministers", "presidents", "men", "envoys", "officials", "heads", "sides", "delegations"];

/// "where the two top diplomats held talks", "both leaders said": the last person named
/// and the last before of another side, when the subject is "the two"/"both" and a plural
/// of people.
fn the_two(g: &Gazetteer, mem: &Memory, s: &Sentence, span: std::ops::Range<usize>) -> Option<Vec<Actor>> {
    let t = &s.tokens;
    // The subject's words may start after the number ("the two | top diplomats").
    // "The Presidents agreed": the plural alone, as the whole subject, is the pair too.
    // Not "the ministers" or "the leaders", who may be an alliance's many.
    let bare = span.len() == 2 && t[span.start].lower == "the" && matches!(t[span.start + 1].lower.as_str(), "presidents" | "sides");
    let k = if bare {
        span.start
    } else {
        (span.start.saturating_sub(2)..span.end)
            .find(|&k| (t[k].lower == "two" && k > 0 && t[k - 1].lower == "the" || t[k].lower == "both") && !s.quoted[k])
            // ("senior figures on both sides": which people, not the pair named last.)
            .filter(|&k| !(k > 0 && matches!(t[k - 1].lower.as_str(), "on" | "from" | "in" | "with" | "between" | "across")))?
    };
    // ("The two agreed to finalize talks": "the two" as the whole subject is the pair too.)
    let noun = (k + 1..span.end.min(k + 4))
        .find(|&j| PAIRED.contains(&t[j].lower.as_str()))
        .or_else(|| (t[k].lower == "two" && k + 1 == span.end).then_some(k))?;
    // The last person named, and the last before of another side: "the two sides" are two,
    // both named in this sentence or the two before (further back, other sides may be meant).
    let b = *mem.recent.last()?;
    let lane = mem.person(g, b).lane;
    // (`r` indexes the people named, `k` the sentence's tokens: a long article once mixed them up.)
    let r = mem.recent.iter().rposition(|&id| mem.person(g, id).lane != lane)?;
    let a = mem.recent[r];
    if mem.recent_at[r] + RECENT_SENTENCES < mem.sentence {
        return None;
    }
    let (x, y) = (mem.person(g, a), mem.person(g, b));
    // One actor for the pair, in the first of their lanes (as a joint act is): not the same
    // actor as either, so that one of them reporting what the two did tells a second event.
    let name = format!("{} and {}", x.name, y.name);
    let words: Vec<&str> = t[k..=noun].iter().map(|w| w.norm.as_str()).collect();
    let why = format!("“{}”: the two people named last", words.join(" "));
    Some(vec![Actor { key: format!("{PAIR}{name}"), name, lane: x.lane.min(y.lane), person: None, why }])
}

/// "Sergei Surovikin" after "Sergei Shoigu" was named: a one-word name of a person (a first
/// name learned in the article) followed by another capitalised word, neither a time
/// ("Putin Tuesday") nor a possessive, is someone else's first name.
fn another_surname_follows(t: &[Token], m: &Mention) -> bool {
    m.end - m.start == 1
        && matches!(m.what, What::Person(_))
        && t.get(m.end).is_some_and(|w| {
            // ("Lloyd J. Austin III said": a suffix is part of the name, no other surname.)
            w.is_word() && w.is_capitalized() && !super::dates::says_when(&w.lower) && !NAME_SUFFIXES.contains(&w.lower.as_str())
        })
}

/// "after hearing a report from Sergei Surovikin, commander of Russia's joint group of
/// forces": a full name the gazetteer does not know, described right after it by words
/// that place it, is learned wherever it stands (not only as a subject), so that
/// "Surovikin told Shoigu" later in the article finds him. Names already known are left.
pub fn learn_described_names(g: &Gazetteer, mem: &mut Memory, s: &Sentence, paragraph: &str) {
    let t = &s.tokens;
    // A first name learned for someone else ("Sergei" of Sergei Shoigu) followed by
    // another surname is that other person's first name ("Sergei Surovikin").
    let mentions: Vec<Mention> = g.mentions(t, 0..t.len(), &mem.aliases).into_iter().filter(|m| !another_surname_follows(t, m)).collect();
    for r in unknown_names(t, 0..t.len(), &mentions) {
        if (r.clone()).any(|k| s.quoted[k]) || t[r.clone()].iter().any(|w| TITLE_WORDS.contains(&w.lower.as_str())) {
            continue;
        }
        // A first name opens it: not a place or an organisation of several words (a title may
        // stand before it: "President Roberta Metsola").
        if r.start > 0 && t[r.start - 1].is_capitalized() && !TITLE_WORDS.contains(&t[r.start - 1].lower.as_str()) {
            continue;
        }
        let mut after = described_after(g, mem, s, r.end);
        if placing_mention(g, mem, t, &after).is_none() {
            after = described_before(g, mem, s, r.start);
        }
        let Some(context) = placing_mention(g, mem, t, &after) else {
            // "visiting European Parliament President Roberta Metsola": a title before the name
            // makes it a person, of no side the text names.
            // (A title in lower case, "regional governor X", "Zelensky's spokesman X", is placed
            // when the subject is resolved, by whose it is or where the story is.)
            if r.start > 0
                && t[r.start - 1].is_capitalized()
                && TITLE_WORDS.contains(&t[r.start - 1].lower.as_str())
                && !s.quoted[r.start - 1]
            {
                let titles: Vec<Mention> = after.iter().filter(|m| matches!(m.what, What::Title(_))).cloned().collect();
                // ("Deputy Pentagon Press Secretary Sabrina Singh": whose office the title names.)
                let run_start = (0..r.start)
                    .rev()
                    .take_while(|&k| t[k].is_capitalized() || t[k].kind == super::text::TokKind::Possessive)
                    .last()
                    .unwrap_or(r.start);
                let before: Vec<Mention> = mentions.iter().filter(|m| m.start >= run_start && m.end <= r.start).cloned().collect();
                let context = placing_mention(g, mem, t, &before).cloned();
                // (Not the second of "Secretary Blinken and Romanian Prime Minister X", whom the
                // subject's own reading joins to the first.)
                if !(run_start > 0 && t[run_start - 1].lower == "and") {
                    let _ = learn_unknown_name(g, mem, s, paragraph, r, &titles, context.as_ref());
                }
            }
            continue;
        };
        let titles: Vec<Mention> = after.iter().filter(|m| matches!(m.what, What::Title(_))).cloned().collect();
        let _ = learn_unknown_name(g, mem, s, paragraph, r, &titles, Some(context));
    }
    // "according to DeepState, a Ukrainian group mapping the fighting": a one-word name is
    // learned only with such a description, a body of the side it names.
    for i in 0..t.len().saturating_sub(4) {
        let one_word = t[i].is_capitalized()
            && t[i].norm.chars().skip(1).any(|c| c.is_lowercase())
            && !NOT_NAMES.contains(&t[i].norm.as_str())
            && !s.quoted[i]
            && !mentions.iter().any(|m| (m.start..m.end).contains(&i))
            && (i == 0 || !t[i - 1].is_capitalized());
        let described = t[i + 1].is_punct(',')
            && matches!(t[i + 2].lower.as_str(), "a" | "an")
            && (i + 3..(i + 6).min(t.len())).take_while(|&k| t[k].is_word()).any(|k| DESCRIBED_BODIES.contains(&t[k].lower.as_str()));
        if !(one_word && described) {
            continue;
        }
        let after = described_after(g, mem, s, i + 1);
        let Some(context) = placing_mention(g, mem, t, &after) else { continue };
        let id = g.people.len() + mem.learned.len();
        mem.learned_bodies.push(id);
        let _ = learn_unknown_name(g, mem, s, paragraph, i..i + 1, &[], Some(context));
    }
}

/// Words of an office's field in its capitalised name ("Minister of Foreign Affairs").
const OFFICE_FIELDS: &[&str] = &[
    "foreign",
    "affairs",
    "internal",
    "defence",
    "defense",
    "justice",
    "finance",
    "health",
    "energy",
    "economy",
    "interior",
    "infrastructure",
    "education",
    "culture",
    "social",
    "policy",
    "veterans",
    "digital",
    "transformation",
    "strategic",
    "industries",
    "emergency",
    "situations",
    "trade",
    "economic",
    "development",
];

/// What a one-word name described as "a Ukrainian …" is: a body, not a person.
pub(crate) const DESCRIBED_BODIES: &[&str] = &[
    "group",
    "organisation",
    "organization",
    "agency",
    "outlet",
    "monitor",
    "project",
    "website",
    "channel",
    "blog",
    "network",
    "institute",
];

/// A name the gazetteer does not know (`tokens[r]`): placed by the mention that describes
/// it, else in the default lane, and remembered (full name and surname) with the titles
/// the sentence gives it, so that later mentions find the same person.
fn learn_unknown_name(
    g: &Gazetteer,
    mem: &mut Memory,
    s: &Sentence,
    paragraph: &str,
    r: std::ops::Range<usize>,
    mentions: &[Mention],
    context: Option<&Mention>,
) -> Actor {
    let t = &s.tokens;
    let name = paragraph[t[r.start].start..t[r.end - 1].end].to_owned();
    let (lane, why) = match context {
        Some(c) => (mention_lane(g, mem, c).expect("filtered"), format!("“{name}”, described as “{}”", mention_text(s, paragraph, c))),
        // "Mayor Oleksander Honcharenko said": a local office, of the place the story is in.
        None if let Some(lane) = mem.last_place_lane.filter(|_| {
            r.start > 0 && LOCAL_OFFICES.contains(&t[r.start - 1].lower.as_str())
                || r.start > 1 && t[r.start - 1].is_punct('.') && t[r.start - 2].lower == "gov"
        }) =>
        {
            (lane, format!("“{name}”, a local office of the last place named"))
        }
        None => (g.default_lane, format!("“{name}”, not in the gazetteer and not described")),
    };
    let titles =
        mentions.iter().filter(|m| matches!(m.what, What::Title(_))).map(|m| t[m.start..m.end].iter().map(|w| w.lower.clone()).collect());
    let id = g.people.len() + mem.learned.len();
    mem.learned.push(Known { name: name.clone(), lane, titles: titles.collect() });
    mem.alias(t[r.clone()].iter().map(|w| w.norm.clone()).collect(), id);
    mem.alias(vec![t[r.end - 1].norm.clone()], id);
    mem.remember(id);
    let person = (!names_a_body(&name) && !mem.learned_bodies.contains(&id)).then_some(id);
    Actor { key: format!("person:{name}"), name, lane, person, why }
}

/// Last words of a capitalised name that make it a body, not a person ("the Air Force
/// of the Ukrainian Armed Forces", "the State Border Guard Service").
pub(crate) const BODY_HEADS: &[&str] = &[
    "force",
    "forces",
    "ministry",
    "command",
    "guard",
    "service",
    "agency",
    "committee",
    "council",
    "office",
    "army",
    "navy",
    "staff",
    "administration",
    "corps",
    "directorate",
    "department",
    "headquarters",
    "government",
    "parliament",
    "assembly",
    "court",
];

fn names_a_body(name: &str) -> bool {
    name.split_whitespace().last().is_some_and(|w| BODY_HEADS.contains(&w.to_lowercase().as_str()))
}

/// A title (`m`) as the actor: the last person named with it, else the title itself in
/// the lane it names or its context gives (none when neither places it).
fn titled_actor(g: &Gazetteer, mem: &Memory, s: &Sentence, paragraph: &str, m: &Mention, context: Option<&Mention>) -> Vec<Actor> {
    let t = &s.tokens;
    let What::Title(lane) = m.what else { unreachable!("called with a title") };
    let words: Vec<String> = t[m.start..m.end].iter().map(|w| w.norm.clone()).collect();
    // "the Chinese president": the last president named of that side, not of another.
    let qualified = context.filter(|c| lane.is_none() && c.end <= m.start && m.start - c.end <= 1).and_then(|c| mention_lane(g, mem, c));
    // "the President of Ukraine": the side named right after "of".
    let of_side = || {
        (lane.is_none() && t.get(m.end).is_some_and(|w| w.lower == "of"))
            .then(|| g.mentions(t, m.end + 1..(m.end + 4).min(t.len()), &mem.aliases))
            .and_then(|after| after.into_iter().find(|c| c.start <= m.end + 2))
            .and_then(|c| match c.what {
                // "the head of the Russian delegation": with the noun a describing word goes with.
                What::Demonym(l) => {
                    let noun = t.get(c.end).is_some_and(|w| {
                        BODY_HEADS.contains(&w.lower.as_str())
                            || matches!(w.lower.as_str(), "delegation" | "side" | "team" | "forces" | "troops")
                    });
                    Some((l, if noun { c.end + 1 } else { c.end }))
                }
                What::Group(l) | What::Place(l) => Some((l, c.end)),
                _ => None,
            })
    };
    let of_side = of_side();
    let qualified = qualified.or(of_side.map(|(l, _)| l));
    // "The governor of the southern region of Mykolaiv": a title of a place no side's name
    // is someone else than the last governor named (of Kyiv region, say).
    // "the Minister of Foreign Affairs": an office's field after "of", the foreign minister.
    let field: Vec<String> = if t.get(m.end).is_some_and(|w| w.lower == "of") {
        (m.end + 1..t.len().min(m.end + 4))
            .take_while(|&k| OFFICE_FIELDS.contains(&t[k].lower.as_str()))
            .map(|k| t[k].norm.clone())
            .collect()
    } else {
        Vec::new()
    };
    let of_elsewhere = of_side.is_none() && field.is_empty() && t.get(m.end).is_some_and(|w| w.lower == "of");
    let words: Vec<String> = if field.is_empty() { words } else { field.iter().cloned().chain(words).collect() };
    if !of_elsewhere && let Some(id) = mem.titled(g, &words, lane.or(qualified)) {
        return vec![mem.actor_for_person(g, id, format!("“{}”: the last person named with that title", mention_text(s, paragraph, m)))];
    }
    let lane = lane.or(qualified).or_else(|| context.and_then(|c| mention_lane(g, mem, c)));
    // "White House national security officials": name the title with what places it.
    let described = context.filter(|c| m.what == What::Title(None) && c.end <= m.start && m.start - c.end <= 3);
    let full = described.map(|c| paragraph[t[c.start].start..t[m.end - 1].end].to_owned());
    let full = full.or_else(|| of_side.map(|(_, end)| paragraph[t[m.start].start..t[end - 1].end].to_owned()));
    lane.map(|l| {
        let name = full.clone().unwrap_or_else(|| mention_text(s, paragraph, m));
        let why = match context {
            Some(c) if m.what == What::Title(None) => format!("“{name}” of “{}”", mention_text(s, paragraph, c)),
            _ => format!("title “{name}”"),
        };
        Actor { key: format!("title:{}:{}", l, name.to_lowercase()), name, lane: l, person: None, why }
    })
    .into_iter()
    .collect()
}

/// "The strike on Kharkiv killed three": a name right after an attack and a preposition of
/// place or target (the article between allowed) is what was struck, never who struck
/// ("the court in The Hague", "officials in Kyiv" are placed by it, and stay theirs).
fn where_it_happened(t: &[Token], span_start: usize, name_start: usize) -> bool {
    let Some(mut k) = name_start.checked_sub(1) else { return false };
    // "on Kharkiv's Freedom Square": a place's possessive before the name.
    if k > span_start + 1 && t[k].kind == super::text::TokKind::Possessive && t[k - 1].is_capitalized() {
        k -= 2;
    }
    if k > span_start && t[k].lower == "the" {
        k -= 1;
    }
    let prep = matches!(t[k].lower.as_str(), "on" | "in" | "at" | "near" | "against" | "into" | "over" | "across");
    let attack = k > span_start && {
        let w = t[k - 1].lower.as_str();
        super::kinds::names_an_assault(w) || super::kinds::WEAPONS.contains(&w) && !matches!(w, "at" | "on")
    };
    k >= span_start && k < name_start && prep && attack
}

/// Groups, countries, demonyms, places of the strongest rank: one actor per lane, so that
/// "X and Y" (a meeting's sides) gives both.
fn group_actors(g: &Gazetteer, mem: &Memory, s: &Sentence, paragraph: &str, mentions: &[Mention]) -> Vec<Actor> {
    let t = &s.tokens;
    let placed = |m: &&Mention| matches!(m.what, What::Place(_)) && where_it_happened(t, 0, m.start);
    let mentions: Vec<Mention> = mentions.iter().filter(|m| !placed(m)).cloned().collect();
    let mentions = mentions.as_slice();
    let best = mentions.iter().map(|m| m.what.rank()).filter(|&r| r >= 1).max();
    let Some(best) = best else { return Vec::new() };
    let top: Vec<&Mention> = mentions.iter().filter(|m| m.what.rank() == best).collect();
    let mut out: Vec<Actor> = Vec::new();
    for m in top {
        let lane = mention_lane(g, mem, m).expect("ranked mentions have lanes");
        if out.iter().all(|a| a.lane != lane) {
            // "Ukraine's military intelligence agency": the body named after the group is the actor.
            let body = (m.end..(m.end + 3).min(t.len()))
                .take_while(|&k| {
                    let w = &t[k];
                    // "The Kremlin said the military …": a verb or an article ends the name.
                    w.is_word()
                        && !s.quoted[k]
                        && !w.is_capitalized()
                        && !matches!(w.lower.as_str(), "the" | "a" | "an")
                        && !super::kinds::speech_at(s, k)
                        && super::kinds::act_at(s, k).is_none()
                })
                .filter(|&k| ROLES.contains(&t[k].lower.as_str()) || armed_forces(t, k))
                .last();
            let name = match body {
                Some(k) => paragraph[t[m.start].start..t[k].end].to_owned(),
                None => mention_text(s, paragraph, m),
            };
            out.push(Actor {
                key: format!("group:{}", name.to_lowercase()),
                name: with_the(s, m, name.clone()),
                lane,
                person: None,
                why: format!("“{name}”"),
            });
        }
    }
    out
}

/// A group's `name` as the text gives it: "The United States imposed …" keeps its "the" in
/// titles ("United States imposed …" reads as a headline fragment). The key stays the name's.
fn with_the(s: &Sentence, m: &Mention, name: String) -> String {
    let the = matches!(m.what, What::Group(_))
        && m.start > 0
        && s.tokens[m.start - 1].lower == "the"
        && !s.quoted[m.start - 1]
        && !name.to_lowercase().starts_with("the ");
    if the { format!("the {name}") } else { name }
}

/// "The Polish armed forces said", "Poland's armed forces": a side's armed forces are a body named
/// whole ("forces" alone, as in "Russian forces", is no body that speaks).
fn armed_forces(t: &[super::text::Token], k: usize) -> bool {
    k > 0 && t[k].lower == "forces" && t[k - 1].lower == "armed"
}

/// Roles that act for someone else: "X's spokesman said" is the spokesman's act, not X's.
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "secretary",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "envoy",
    "envoys",
    "lawyer",
    "lawyers",
    "attorney",
    "office",
    "representative",
    // "Russia's defense ministry said": a body acting for its side, named as the text names it.
    "ministry",
    "department",
    "embassy",
    "mission",
    "government",
    "military",
    "army",
    "navy",
    // "Ukraine's SBU security service", "Ukraine's military intelligence agency".
    "agency",
    "service",
    "directorate",
    "command",
    "committee",
    "council",
];
/// Roles that are one person, whom "he"/"she" may refer back to.
const PERSON_ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "aide",
    "adviser",
    "advisor",
    "envoy",
    "lawyer",
    "attorney",
    "representative",
];

/// "Vladimir Putin's spokesman", "Zelensky's top aide", "the Kremlin's press
/// secretary": a possessive followed (within three words) by a role. The actor is
/// the role, placed in the possessor's lane; a name after the role ("Putin's
/// spokesman Ivan Petrov") is that person. None when a person is named after the role.
fn possessive_role(
    g: &Gazetteer,
    mem: &mut Memory,
    s: &Sentence,
    paragraph: &str,
    mentions: &[Mention],
    span: std::ops::Range<usize>,
) -> Option<Actor> {
    let t = &s.tokens;
    let role_after = |from: usize| {
        // The last role word: "Ukraine's military intelligence agency" is the agency, not the military.
        (from..(from + 3).min(span.end))
            .take_while(|&k| t[k].is_word() && !s.quoted[k])
            .filter(|&k| ROLES.contains(&t[k].lower.as_str()) || armed_forces(t, k))
            .last()
    };
    let owned = mentions
        .iter()
        .enumerate()
        .rev()
        .find(|(_, m)| m.end < span.end && t[m.end].kind == super::text::TokKind::Possessive && !matches!(m.what, What::Place(_)));
    let (lane, owner, from, role) = match owned {
        Some((mi, m)) => {
            let from = m.end + 1;
            let role = role_after(from)?;
            // "Putin's spokesman Dmitry Peskov": the person named after the role is the actor.
            if mentions[mi + 1..].iter().any(|x| matches!(x.what, What::Person(_))) {
                return None;
            }
            let lane = match m.what {
                What::Person(id) => mem.person(g, id).lane,
                What::Group(l) | What::Demonym(l) | What::Title(Some(l)) => l,
                What::Title(None) => {
                    let words: Vec<String> = t[m.start..m.end].iter().map(|w| w.norm.clone()).collect();
                    mem.person(g, mem.titled(g, &words, None)?).lane
                }
                What::Place(_) => return None,
            };
            (lane, paragraph[t[m.start].start..t[m.end].end].to_owned(), from, role)
        }
        // "The country’s Special Operations Forces said": the country last named.
        None if let Some(h) = span.clone().find(|&k| {
            k > span.start
                && t[k].lower == "country"
                && t[k - 1].lower == "the"
                && !s.quoted[k]
                && t.get(k + 1).is_some_and(|w| w.kind == super::text::TokKind::Possessive)
        }) =>
        {
            let (country, lane) = mem.last_country.clone()?;
            // (Its forces too: "the country's Special Operations Forces".)
            let forces =
                (h + 2..(h + 5).min(span.end)).take_while(|&k| t[k].is_word() && !s.quoted[k]).filter(|&k| t[k].lower == "forces").last();
            let role = role_after(h + 2).or(forces)?;
            if mentions.iter().any(|x| matches!(x.what, What::Person(_)) && x.start > h) {
                return None;
            }
            (lane, format!("{country}'s"), h + 2, role)
        }
        // "Zelensky will visit Berlin, his spokesman said": the role of the person the sentence
        // opened with (else of the last person named), not of whoever else holds that role.
        None => {
            let h = span.clone().find(|&k| matches!(t[k].lower.as_str(), "his" | "her") && !s.quoted[k])?;
            let role = role_after(h + 1)?;
            if mentions.iter().any(|x| matches!(x.what, What::Person(_)) && x.start > h) {
                return None;
            }
            let first = g.mentions(t, 0..span.start.min(h), &mem.aliases).into_iter().find_map(|m| match m.what {
                What::Person(id) => Some(id),
                _ => None,
            });
            let id = first.or_else(|| mem.recent.last().copied())?;
            let k = mem.person(g, id);
            (k.lane, format!("{}'s", k.name), h + 1, role)
        }
    };
    let role_text = paragraph[t[from].start..t[role].end].to_owned();
    let named: Vec<std::ops::Range<usize>> = unknown_names(t, role + 1..span.end, mentions);
    if let Some(r) = named.last() {
        let name = paragraph[t[r.start].start..t[r.end - 1].end].to_owned();
        let id = g.people.len() + mem.learned.len();
        mem.learned.push(Known { name: name.clone(), lane, titles: vec![vec![t[role].lower.clone()]] });
        mem.alias(t[r.clone()].iter().map(|w| w.norm.clone()).collect(), id);
        mem.alias(vec![t[r.end - 1].norm.clone()], id);
        mem.remember(id);
        let why = format!("“{name}”, {owner} {role_text}");
        return Some(Actor { key: format!("person:{name}"), name, lane, person: Some(id), why });
    }
    let name = format!("{owner} {role_text}");
    let why = format!("“{name}”: acts for “{owner}”, in that lane");
    // One person ("the spokesman"): "he" and "she" may refer back to them.
    let person = PERSON_ROLES.contains(&t[role].lower.as_str()).then(|| {
        let id = g.people.len() + mem.learned.len();
        mem.learned.push(Known { name: name.clone(), lane, titles: vec![vec![t[role].lower.clone()]] });
        mem.remember(id);
        id
    });
    Some(Actor { key: format!("role:{}", name.to_lowercase()), name, lane, person, why })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::split_sentences;

    /// Resolves the subject of the first occurrence of `verb` in each sentence, in order.
    fn subjects(text: &str, verb: &str) -> Vec<(String, String)> {
        let g = Gazetteer::builtin();
        let mut mem = Memory::default();
        let mut out = Vec::new();
        for s in split_sentences(text) {
            mem.next_sentence();
            let v = s.tokens.iter().position(|t| t.lower == verb).unwrap();
            mem.note_mentions(&g, &s, 0..v);
            let span = subject_span(&s, v, &[]);
            for a in resolve(&g, &mut mem, &s, text, span) {
                mem.spoke(&a);
                out.push((a.name, g.lanes[a.lane].id.clone()));
            }
        }
        out
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn a_list_of_names_set_off_by_commas_is_one_subject_from_its_first_member() {
        let got = subjects(
            "During the summit, held on July 9-11, the leaders of the United States, the Netherlands, Germany, Italy and Romania announced the transfer.",
            "announced",
        );
        assert!(got.iter().any(|(_, lane)| lane == "us"), "{got:?}");
        // A circumstance or an opener before the comma is no member.
        assert_eq!(subjects("In Kyiv, Biden and Zelensky met.", "met"), [pair("Joe Biden", "us"), pair("Volodymyr Zelensky", "ukraine")]);
        assert_eq!(subjects("Meanwhile, Biden and Zelensky met.", "met"), [pair("Joe Biden", "us"), pair("Volodymyr Zelensky", "ukraine")]);
    }

    #[test]
    fn two_people_joined_by_and_are_both_the_subject() {
        assert_eq!(subjects("Biden and Zelensky met in Kyiv.", "met"), [pair("Joe Biden", "us"), pair("Volodymyr Zelensky", "ukraine")]);
        assert_eq!(subjects("President Biden and President Zelensky met.", "met").len(), 2);
        // A people's name before the second title ("Chinese President") does not hide the first.
        let got = subjects("Russian President Vladimir Putin and Chinese President Xi Jinping held talks.", "held");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0], pair("Vladimir Putin", "russia"));
        // One person, or one described after "of", is not two.
        assert_eq!(subjects("Zelensky met.", "met"), [pair("Volodymyr Zelensky", "ukraine")]);
    }

    #[test]
    fn the_official_is_the_one_last_placed_with_that_title() {
        for text in [
            "A senior Defense Department official said it. The official said more.",
            "A White House official said it. The official said more.",
        ] {
            let r = subjects(text, "said");
            assert_eq!(r.len(), 2, "{r:?}");
            assert_eq!(r[0].1, "us", "{r:?}");
            assert_eq!(r[1], r[0], "“the official” is the one placed before: {r:?}");
        }
        // With no official placed before, "the official" is nobody known.
        let r = subjects("The official said it.", "said");
        assert!(r.iter().all(|(_, lane)| lane != "us"), "{r:?}");
    }

    #[test]
    fn the_court_is_the_body_last_named_in_full_whose_name_ends_so() {
        let r = subjects("The International Criminal Court said it. The court said more.", "said");
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1], r[0], "{r:?}");
        // Named by no body before, or by one whose name ends otherwise, "the court" is no one.
        assert_eq!(subjects("The court said more.", "said"), []);
        assert_eq!(subjects("The International Criminal Court said it. The council said more.", "said").len(), 1);
        // "the" and one noun only: "the court's ruling" or "a court" is something else.
        assert_eq!(subjects("The International Criminal Court said it. A court said more.", "said").len(), 1);
    }

    #[test]
    fn the_diplomat_is_the_last_speaker_named_just_before() {
        let text = "Russian Foreign Ministry spokesperson Maria Zakharova said it. The diplomat said more.";
        assert_eq!(subjects(text, "said"), [pair("Maria Zakharova", "russia"), pair("Maria Zakharova", "russia")]);
        let text = "Zelensky said it. The head of state said more.";
        assert_eq!(subjects(text, "said"), [pair("Volodymyr Zelensky", "ukraine"), pair("Volodymyr Zelensky", "ukraine")]);
        // Named two sentences or more before, the role may be anyone's.
        let text = "Maria Zakharova said it. Reporters said nothing. The diplomat said more.";
        let r = subjects(text, "said");
        assert_ne!(r.last(), Some(&pair("Maria Zakharova", "russia")), "{r:?}");
        // With no one who spoke, the role is no one known.
        assert!(subjects("The diplomat said it.", "said").iter().all(|(_, lane)| lane == "other"));
    }

    #[test]
    fn the_countrys_body_is_of_the_country_last_named() {
        let r = subjects("Ukraine said it. The country's Special Operations Forces said more.", "said");
        assert_eq!(r[1], pair("Ukraine's Special Operations Forces", "ukraine"), "{r:?}");
        // An alliance is no country; with none named, "the country's" is no one's.
        let r = subjects("NATO said it. The country's defence ministry said more.", "said");
        assert!(r.iter().skip(1).all(|x| x.1 != "nato"), "{r:?}");
        let r = subjects("The country's defence ministry said more.", "said");
        assert!(r.iter().all(|(_, lane)| lane == "other"), "{r:?}");
    }

    #[test]
    fn a_local_office_serves_where_the_story_is() {
        let text = "A missile struck the station in Kramatorsk, Pavlo Kyrylenko said. Mayor Oleksander Honcharenko said it.";
        let r = subjects(text, "said");
        assert_eq!(r[1], pair("Oleksander Honcharenko", "ukraine"), "{r:?}");
        // With no place named, nothing places the mayor.
        let r = subjects("Mayor Oleksander Honcharenko said it.", "said");
        assert_eq!(r, [pair("Oleksander Honcharenko", "other")]);
    }

    #[test]
    fn names_titles_and_pronouns() {
        let text = "NATO Secretary-General Jens Stoltenberg said it. Later the NATO secretary said more. He said again. Jens said finally.";
        assert_eq!(subjects(text, "said"), vec![pair("Jens Stoltenberg", "nato"); 4]);
    }

    #[test]
    fn circumstances_are_skipped_and_descriptions_place_unknown_names() {
        let text = "In a Telegram post on Monday, the deputy head of police in Kyiv, Oleksiy Petrenko claimed it. Petrenko claimed more.";
        assert_eq!(subjects(text, "claimed"), vec![pair("Oleksiy Petrenko", "ukraine"); 2]);
        let text = "In a post, the mayor of Bucha, Anatoliy Fedoruk claimed it.";
        assert_eq!(subjects(text, "claimed"), [pair("Anatoliy Fedoruk", "ukraine")]);
        let text = "ITV correspondent Jane Doe claimed it.";
        assert_eq!(subjects(text, "claimed"), [pair("Jane Doe", "other")]);
    }

    #[test]
    fn the_president_is_the_last_president_named() {
        let text = "Putin said no. Then President Biden said yes. The reckless President said more.";
        assert_eq!(subjects(text, "said"), [pair("Vladimir Putin", "russia"), pair("Joe Biden", "us"), pair("Joe Biden", "us")]);
    }

    #[test]
    fn groups_countries_and_lists() {
        assert_eq!(subjects("Earlier, Russia’s Defense Ministry claimed it.", "claimed"), [pair("Russia’s Defense Ministry", "russia")]);
        assert_eq!(subjects("Russia claims it.", "claims"), [pair("Russia", "russia")]);
        // The body is the last of its words, not the first that names one.
        let agency = "Ukraine's military intelligence agency said it.";
        assert_eq!(subjects(agency, "said"), [pair("Ukraine's military intelligence agency", "ukraine")]);
        assert_eq!(subjects("The Kremlin said the military used radar.", "used"), [pair("The Kremlin", "russia")]);
        let service = "Ukraine's SBU security service said it.";
        assert_eq!(subjects(service, "said"), [pair("Ukraine's SBU security service", "ukraine")]);
        assert_eq!(subjects("Last week, before the US and NATO met in Brussels.", "met"), [pair("the US", "us"), pair("NATO", "nato")]);
        assert_eq!(subjects("Then the Russian “occupiers” were using bombs.", "using"), [pair("occupiers", "russia")]);
        assert!(subjects("Officials said it.", "said").is_empty(), "no side named: no actor");
    }

    #[test]
    fn an_envoy_is_placed_by_who_sent_them_not_where() {
        assert_eq!(subjects("The Russian Ambassador to Ukraine Ivan Petrovich said it.", "said"), [pair("Ivan Petrovich", "russia")]);
        assert_eq!(subjects("Russia's commander in Ukraine, Sergei Surovikin, said it.", "said"), [pair("Sergei Surovikin", "russia")]);
        assert_eq!(
            subjects("The commander of Russian forces in Ukraine, Sergei Surovikin, said it.", "said"),
            [pair("Sergei Surovikin", "russia")]
        );
        assert_eq!(subjects("Ukraine's envoy to Russia, Ivan Petrenko, said it.", "said"), [pair("Ivan Petrenko", "ukraine")]);
        assert_eq!(subjects("Putin, echoing Trump's remarks on Ukraine, said it.", "said"), [pair("Vladimir Putin", "russia")]);
        assert_eq!(subjects("Biden, who talked with Ukrainian President Volodymyr Zelensky, said it.", "said"), [pair("Joe Biden", "us")]);
        // A clause opened by "while" and a participle; a state's abbreviation after a place ("Palm Beach, Fla.").
        assert_eq!(subjects("And Trump, while leaving for his home in Palm Beach, Fla., said it.", "said"), [pair("Donald Trump", "us")]);
        assert_eq!(subjects("Biden, when asked about the talks, said it.", "said"), [pair("Joe Biden", "us")]);
        // "The President of Ukraine": the side after "of" places the title, never the last
        // president named (Erdogan, here).
        let got = subjects("Recep Tayyip Erdogan said it. The President of Ukraine said it.", "said");
        assert_eq!(got[1], pair("President of Ukraine", "ukraine"), "{got:?}");
        let got = subjects("The Foreign Minister of Russia said it.", "said");
        assert_eq!(got, [pair("Foreign Minister of Russia", "russia")]);
        // A role opening the description ("first deputy chief of …"): the name before it speaks.
        let got = subjects("Sergei Rudskoy, first deputy chief of the General Staff of the Russian armed forces, said it.", "said");
        assert_eq!(got, [pair("Sergei Rudskoy", "russia")]);
        // A name with a possessive before its description ("Ukraine's … agency, the HUR,").
        assert_eq!(subjects("Ukraine's military intelligence agency, the HUR, said it.", "said").len(), 1);
        assert_eq!(subjects("Ukraine's military intelligence agency, the HUR, said it.", "said")[0].1, "ukraine");
    }

    #[test]
    fn the_subject_is_found_before_a_clause_set_off_by_commas() {
        let text = "NATO chief Jens Stoltenberg, at a meeting in Oslo on Monday, said it.";
        assert_eq!(subjects(text, "said"), [pair("Jens Stoltenberg", "nato")]);
        let s = &split_sentences("The report, issued after long talks, said it.")[0];
        let v = s.tokens.iter().position(|t| t.lower == "said").unwrap();
        let span = subject_span(s, v, &[]);
        assert_eq!(s.tokens[span].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>(), ["The", "report"]);
        assert_eq!(subjects("Allies agreed to it.", "agreed"), [pair("Allies", "nato")]);
    }

    #[test]
    fn a_possessive_role_is_the_role_in_the_owners_lane_never_the_owner() {
        let r = subjects("Russian President Vladimir Putin's spokesman accused the United States.", "accused");
        assert_eq!(r, [pair("Vladimir Putin's spokesman", "russia")]);
        assert_eq!(subjects("Zelensky's top aide dismissed the report.", "dismissed"), [pair("Zelensky's top aide", "ukraine")]);
        assert_eq!(subjects("Biden's press secretary told reporters it.", "told"), [pair("Biden's press secretary", "us")]);
        // Whom one tells is no subject; an age set off by commas belongs to the name.
        assert_eq!(subjects("Lidia Zubova, 67, told Reuters it.", "told"), [pair("Lidia Zubova", "other")]);
        assert_eq!(subjects("Lidia Zubova, 67, waiting for a train, told Reuters it.", "told"), [pair("Lidia Zubova", "other")]);
        assert_eq!(subjects("The president's office said more.", "said"), Vec::new(), "no president named before: nobody");
        let r = subjects("Zelensky said no. The president's office said more.", "said");
        assert_eq!((r[1].0.as_str(), r[1].1.as_str()), ("president's office", "ukraine"), "{r:?}");
        assert_eq!(
            subjects("Joe Biden's national security adviser warned Moscow.", "warned"),
            [pair("Joe Biden's national security adviser", "us")]
        );
        // A name after the role is the actor, learned in the owner's lane.
        assert_eq!(subjects("Putin's spokesman Ivan Sidorov denied it.", "denied"), [pair("Ivan Sidorov", "russia")]);
        // "He" after the role is the spokesman, not the owner.
        let r = subjects("Putin's spokeswoman rejected the plan. He rejected it again.", "rejected");
        assert_eq!(r, [pair("Putin's spokeswoman", "russia"), pair("Putin's spokeswoman", "russia")]);
        // Not a role: the owner's own act.
        assert_eq!(subjects("Putin's forces attacked.", "attacked"), [pair("Vladimir Putin", "russia")]);
    }

    #[test]
    fn the_subject_is_the_name_closest_to_the_verb_not_a_person_in_its_description() {
        let text = "Talks ended, senior aide to Vladimir Putin and member of the Russian delegation Ivan Sidorov told reporters.";
        assert_eq!(subjects(text, "told"), [pair("Ivan Sidorov", "russia")]);
        assert_eq!(subjects("A senior aide to Vladimir Putin told reporters.", "told"), [pair("aide to Vladimir Putin", "russia")]);
        // A list: the known person leads.
        assert_eq!(subjects("Blinken and Prime Minister Ivan Popescu will tour it.", "tour"), [pair("Antony Blinken", "us")]);
    }

    #[test]
    fn a_possessive_after_a_first_verb_is_its_object_not_the_subject() {
        assert_eq!(subjects("Lavrov echoed Rubio's remarks and told reporters it.", "told"), [pair("Sergei Lavrov", "russia")]);
    }

    #[test]
    fn a_participle_describing_the_subject_is_not_a_first_verb() {
        // "exiled" describes Lavrov here: the whole phrase stays the subject.
        assert_eq!(subjects("The exiled Lavrov appeared and told reporters it.", "told"), [pair("Sergei Lavrov", "russia")]);
    }

    #[test]
    fn a_name_set_off_by_commas_before_the_verb_is_the_subject() {
        let text = "Another member of the Russian delegation, Ivan Petrovich, said it was early.";
        assert_eq!(subjects(text, "said"), [pair("Ivan Petrovich", "russia")]);
    }

    #[test]
    fn a_pronoun_in_a_leading_clause_refers_forward_to_the_main_subject() {
        let text = "Rubio confirmed it. While he confirmed that talks went on, Ivan Petrovich stressed that nothing was agreed.";
        assert_eq!(subjects(text, "confirmed"), [pair("Marco Rubio", "us"), pair("Ivan Petrovich", "other")]);
    }

    #[test]
    fn a_pronoun_with_nobody_before_resolves_to_nobody() {
        assert!(subjects("He said it.", "said").is_empty());
    }
}
