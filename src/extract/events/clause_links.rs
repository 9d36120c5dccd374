//! How the clauses of a sentence hang together: contrasted reports, relative clauses,
//! trailing attributions, coordinated subjects, head nouns.

use super::*;

/// "Moscow said the attack failed, while Kyiv said its troops advanced": two sides' reports
/// set against each other in one sentence are read as two sentences, each quoted on its own
/// (the first ends at the comma, the second opens with its subject). Only a comma,
/// "while"/"but"/"whereas", a subject of at most six words that names another side than the
/// first report's, and a reporting verb with nothing reported after it by a third
/// ("…, while Ukraine emphasized …, the statement said" is one report of both).
pub(super) fn contrasted_reports(g: &Gazetteer, s: Sentence) -> Vec<Sentence> {
    let t = &s.tokens;
    let contrast = |k: usize| t[k].is_punct(',') && !s.quoted[k] && matches!(t[k + 1].lower.as_str(), "while" | "but" | "whereas");
    // Most sentences have no such comma: their verbs are read once, by the sentence's rules.
    if !(1..t.len().saturating_sub(3)).any(contrast) {
        return vec![s];
    }
    let verbs = find_verbs(&s);
    let side = |r: std::ops::Range<usize>| {
        g.mentions(t, r, &[]).into_iter().find_map(|m| match m.what {
            What::Group(l) | What::Demonym(l) | What::Title(Some(l)) | What::Place(l) => Some(l),
            What::Person(id) => g.people.get(id).map(|p| p.lane),
            _ => None,
        })
    };
    let split = (1..t.len().saturating_sub(3)).filter(|&k| contrast(k)).find(|&k| {
        let Some(first) = verbs.iter().find(|v| v.is_speech() && v.end <= k) else { return false };
        let first_side = if first.subject_after { side(first.end..k) } else { side(subject_span(&s, first.at, &[])) };
        verbs.iter().any(|v| {
            v.is_speech()
                && !v.subject_after
                && v.at > k + 2
                && v.at <= k + 8
                && (k + 2..v.at).all(|j| t[j].is_word() && !s.quoted[j])
                // ("…, but promised other help to Kyiv and urged Putin": a verb right after
                // the joining word has no subject of its own; its words are its object.)
                && !verbs.iter().any(|w| w.at == k + 2)
                && side(k + 2..v.at).is_some_and(|l| first_side.is_some_and(|f| f != l))
                && !verbs.iter().any(|w| w.is_speech() && w.at > v.end)
        })
    });
    let Some(k) = split else { return vec![s] };
    let part =
        |a: usize, b: usize| Sentence { start: t[a].start, end: t[b - 1].end, tokens: t[a..b].to_vec(), quoted: s.quoted[a..b].to_vec() };
    vec![part(0, k), part(k + 2, t.len())]
}

/// Who a report cites right after its verb ("reported, citing Kremlin spokesperson Dmitry
/// Peskov"): a side or person the gazetteer or the text knows, else none ("citing sources").
pub(super) fn cited_after(g: &Gazetteer, mem: &mut Memory, s: &Sentence, p: &str, end: usize) -> Option<Actor> {
    let t = &s.tokens;
    let at = if t.get(end).is_some_and(|w| w.is_punct(',')) { end + 1 } else { end };
    if !t.get(at).is_some_and(|w| w.lower == "citing" && !s.quoted[at]) {
        return None;
    }
    let stop = (at + 1..t.len())
        .find(|&k| {
            s.quoted[k]
                || t[k].kind == crate::extract::text::TokKind::Punct
                || matches!(t[k].lower.as_str(), "as" | "who" | "which" | "that")
        })
        .unwrap_or(t.len());
    resolve(g, mem, s, p, at + 1..stop).into_iter().find(|a| !a.name.is_empty())
}

/// Whether the report `main` only carries the one told by `v` in its words: "Reuters
/// reported (on Monday) that Lavrov said …", "TASS quoted Peskov as saying …". A
/// named speaker's own words are the event; the outlet is not its speaker.
pub(super) fn conveys(s: &Sentence, main: &Found, v: &VerbHit, actors: &[Actor]) -> bool {
    pub(super) const CONDUITS: &[&str] = &["reported", "reports", "quoted", "quotes", "cited", "cites"];
    let Some(mv) = main.verb else { return false };
    let speaker_named = actors.len() == 1 && !actors[0].key.starts_with("unnamed");
    CONDUITS.contains(&s.tokens[mv.at].lower.as_str())
        && !mv.subject_after
        && main.inside.is_none()
        && v.is_speech()
        && !v.subject_after
        && v.at > mv.end
        && v.at - mv.end <= 12
        && speaker_named
        && actors[0].key != main.actor.key
}

/// "Lavrov met with Rubio, who arrived on Monday": a time told in a relative clause
/// set off after the verb at `at` (", who", ", which", ", where") is that clause's.
pub(super) fn in_relative_clause_after(s: &Sentence, at: usize, cue: usize) -> bool {
    let t = &s.tokens;
    let marked = (at + 1..cue).any(|j| matches!(t[j].lower.as_str(), "who" | "which" | "where") && t[j - 1].is_punct(',') && !s.quoted[j]);
    // "visited the villages | Russia captured in 2022": a clause of its own (a name
    // and a past verb after a noun) holds the time, not the verb before it.
    let unmarked = (at + 2..cue).any(|j| {
        t[j].is_word()
            && !t[j].is_capitalized()
            && t[j].lower.ends_with("ed")
            && t[j - 1].is_capitalized()
            && t[j - 2].is_word()
            && !t[j - 2].is_capitalized()
            && !s.quoted[j]
    });
    cue > at + 1 && (marked || unmarked)
}

/// "The bridge, which has been a symbol of his annexation of Crimea in 2014, was partially
/// destroyed": a time inside a relative clause set off by commas just before the verb at `at`
/// dates that clause, not the verb.
pub(super) fn in_relative_clause_before(s: &Sentence, cue_start: usize, cue_end: usize, at: usize) -> bool {
    let t = &s.tokens;
    let Some(close) = (cue_end..at).find(|&k| t[k].is_punct(',')) else { return false };
    let verb_next = (close + 1..at).all(|k| {
        t[k].is_word()
            && (crate::extract::kinds::adverb_after_be(&t[k].lower)
                || matches!(t[k].lower.as_str(), "was" | "were" | "is" | "are" | "has" | "have" | "had" | "been" | "being"))
    });
    let open = (0..cue_start).rev().find(|&k| t[k].kind == crate::extract::text::TokKind::Punct || s.quoted[k]);
    verb_next && open.is_some_and(|k| t[k].is_punct(',') && t.get(k + 1).is_some_and(|w| matches!(w.lower.as_str(), "which" | "who")))
}

/// "Zelensky on Thursday returned from a trip to Washington where he met Biden": a
/// time before the verb at `at` dates the verb of its own clause, not one in a relative
/// clause ("where", "who", "which") that opens after that verb.
pub(super) fn relative_clause_after_its_verb(s: &Sentence, cue_end: usize, at: usize) -> bool {
    let t = &s.tokens;
    (cue_end..at).any(|j| {
        let past = |v: usize| t[v].is_word() && !t[v].is_capitalized() && t[v].lower.ends_with("ed");
        // The act inside that clause: not past a comma that ends it ("After an explosion on
        // Saturday caused …, which links …, Putin signed").
        matches!(t[j].lower.as_str(), "who" | "which" | "where")
            && !s.quoted[j]
            && (cue_end..j).any(|v| is_verb_like(s, v) || past(v))
            && !(j..at).any(|k| t[k].is_punct(','))
    })
}

/// A word at `j` that reads as a verb (as the date rules tell a clause's verb), or a
/// lower-case "-ing" form ("accusing").
pub(super) fn is_verb_like(s: &Sentence, j: usize) -> bool {
    let t = &s.tokens[j];
    crate::extract::dates::has_verb(s, j..j + 1, 0..0)
        || t.is_word() && !t.is_capitalized() && t.lower.len() > 4 && t.lower.ends_with("ing")
}

/// Words that join a further act to the one before ("… and urged", "… at met").
pub(super) const JOINERS: &[&str] = &["and", "at", "then", "also"];

/// Words that open a clause depending on another.
pub(super) const SUBORDINATORS: &[&str] =
    &["until", "before", "after", "when", "since", "as", "while", "because", "if", "unless", "although", "once"];

/// Reporting verbs followed by what was said even without "that" ("said the
/// talks failed"); after the others a determiner opens an object ("outlined
/// the key decisions", "denied the report"), and the verb belongs in the title.
pub(super) const CLAUSE_SPEECH: &[&str] = &[
    // "… as saying the talks were useful"
    "as",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "warned",
    "warns",
    "warn",
    "stressed",
    "noted",
    "added",
    "claimed",
    "claims",
    "claim",
    "insisted",
    "insists",
    "argued",
    "believe",
    "believes",
    "suggested",
    "predicted",
    "indicated",
    "maintained",
    "acknowledged",
    "admitted",
    "conceded",
    "explained",
    "explains",
    "declared",
    "declares",
    "wrote",
    "posted",
    "tweeted",
    "reiterated",
    "emphasized",
    "emphasised",
    "stated",
    "signaled",
    "signalled",
    "asserted",
    "alleged",
    "alleges",
    "reported",
    "according",
    "replied",
    "responded",
    "assured",
    "cautioned",
    "complained",
    "insisting",
    "saying",
    "adding",
    "noting",
    "stressing",
    "warning",
    "claiming",
];
/// Words that open an object rather than what was said ("denied the report", not "said the report was false").
pub(super) const DETERMINERS_OF_OBJECT: &[&str] =
    &["a", "an", "the", "its", "his", "her", "their", "any", "new", "this", "these", "those", "our"];

/// "Ukrainian" as the actor of "Ukrainian drones struck …": the title keeps the noun.
/// "Russia and the US agreed …", "The US and Russia have agreed …": sides joined by
/// "and" before the verb are its subject together, and each side's draft is titled
/// with both (one side alone would tell half of it, and cutting the other out left
/// "Russia and the agreed").
pub(super) fn coordinated_subject(s: &Sentence, p: &str, verb: usize) -> Option<String> {
    let t = &s.tokens;
    let mut end = verb;
    // ("Moscow and Kiev would present …": a modal is the verb's, not the subject's.)
    let modal = |w: &str| matches!(w, "would" | "could" | "should" | "may" | "might" | "must" | "can");
    while end > 0
        && t[end - 1].is_word()
        && !t[end - 1].is_capitalized()
        && (BEFORE_VERB.contains(&t[end - 1].lower.as_str()) || modal(&t[end - 1].lower))
    {
        end -= 1;
    }
    // ("NATO Heads of State and Government": "of" between capitalised words is inside the name.)
    let inner_of = |k: usize| t[k].lower == "of" && k > 0 && t[k - 1].is_capitalized() && t.get(k + 1).is_some_and(|w| w.is_capitalized());
    let name_part = |k: usize| t[k].is_capitalized() || t[k].is_punct('.') || matches!(t[k].lower.as_str(), "and" | "the") || inner_of(k);
    // "US and Russian officials (who)": a head noun or two the names describe.
    if end > 0 && matches!(t[end - 1].lower.as_str(), "who" | "which") {
        end -= 1;
    }
    let mut head = end;
    while head > 0
        && end - head < 2
        && t[head - 1].is_word()
        && !t[head - 1].is_capitalized()
        && !matches!(t[head - 1].lower.as_str(), "and" | "the" | "or" | "of" | "who" | "which" | "that")
        && !BEFORE_VERB.contains(&t[head - 1].lower.as_str())
    {
        head -= 1;
    }
    if head < end && !(head > 0 && t[head - 1].is_capitalized()) {
        head = end;
    }
    let mut start = head;
    while start > 0 && name_part(start - 1) {
        start -= 1;
    }
    while start < end && matches!(t[start].lower.as_str(), "and") {
        start += 1;
    }
    if start >= end || !t[start].is_capitalized() {
        return None;
    }
    let and = (start..head).find(|&k| t[k].lower == "and")?;
    // ("on Thursday and the Biden administration": a day is no subject.)
    let before =
        and > start && (t[and - 1].is_capitalized() || t[and - 1].is_punct('.')) && !crate::extract::dates::says_when(&t[and - 1].lower);
    let after =
        (and + 1..head).next().is_some_and(|k| t[k].is_capitalized() || t[k].lower == "the" && k + 1 < head && t[k + 1].is_capitalized());
    (before && after).then(|| s.slice(p, start, end - 1).to_owned())
}

/// The comma after token `from` that sets off who told the sentence at its end
/// (", the Kremlin said.", ", officials told reporters", ", according to the ministry"):
/// at most eight words after it, a reporting verb among them, nothing quoted.
pub(super) fn trailing_attribution(s: &Sentence, from: usize) -> Option<usize> {
    let t = &s.tokens;
    let comma = (from..t.len()).rev().find(|&k| t[k].is_punct(',') && !s.quoted[k])?;
    let rest: Vec<usize> = (comma + 1..t.len()).filter(|&k| t[k].is_word()).collect();
    let according = t.get(comma + 1).is_some_and(|w| w.lower == "according") && t.get(comma + 2).is_some_and(|w| w.lower == "to");
    let said = rest.iter().any(|&k| crate::extract::kinds::speech_at(s, k));
    let plain = (comma + 1..t.len())
        .all(|k| !s.quoted[k] && (t[k].is_word() || t[k].kind == crate::extract::text::TokKind::Possessive || t[k].is_punct('.')));
    // "…, according to the Institute for the Study of War": a source's name may be long.
    let short = rest.len() <= 8 || according && rest.len() <= 12;
    (!rest.is_empty() && short && plain && (said || according)).then_some(comma)
}

/// A describing word named after its verb with the nouns it describes ("the Ukrainian
/// air force" → "Ukrainian air force"): up to three lower-case words, to a comma.
pub(super) fn head_noun_after(who: &str, s: &Sentence, from: usize) -> String {
    if let Some((the, bare)) = without_the(who) {
        let named = head_noun_after(bare, s, from);
        // ("The United States and Ukraine": the words of the text may hold it already.)
        return if named.to_lowercase().starts_with("the ") { named } else { format!("{the} {named}") };
    }
    let t = &s.tokens;
    let Some(k) = (from..t.len().min(from + 4)).find(|&k| t[k].norm == who) else { return who.to_owned() };
    let words: Vec<&str> = (k + 1..t.len().min(k + 4))
        .take_while(|&j| {
            t[j].is_word()
                && !t[j].is_capitalized()
                && !s.quoted[j]
                && !crate::extract::kinds::speech_at(s, j)
                && !LINKING.contains(&t[j].lower.as_str())
        })
        .map(|j| t[j].norm.as_str())
        .collect();
    if words.is_empty() { who.to_owned() } else { format!("{who} {}", words.join(" ")) }
}

/// Words that end a name's head nouns ("the Ukrainian military said", "… in Kyiv").
pub(super) const LINKING: &[&str] =
    &["and", "or", "in", "on", "at", "of", "that", "who", "which", "said", "says", "told", "as", "to", "for", "from", "with"];

/// "the Wagner" → ("the", "Wagner"): a group's name the text gives with "the" (see
/// `actors::with_the`), whose words are looked for in the sentence without it.
pub(super) fn without_the(who: &str) -> Option<(&str, &str)> {
    who.strip_prefix("the ").map(|b| ("the", b)).or_else(|| who.strip_prefix("The ").map(|b| ("The", b)))
}

pub(super) fn with_head_noun(who: &str, s: &Sentence, p: &str, verb: usize) -> String {
    // ("the Wagner": a group the text names with "the" is looked for by its name.)
    if let Some((the, bare)) = without_the(who) {
        let named = with_head_noun(bare, s, p, verb);
        // ("The United States and Ukraine": the words of the text may hold it already.)
        return if named.to_lowercase().starts_with("the ") { named } else { format!("{the} {named}") };
    }
    let t = &s.tokens;
    if let Some(both) = coordinated_subject(s, p, verb)
        && who.split_whitespace().last().is_some_and(|w| both.to_lowercase().contains(&w.to_lowercase()))
    {
        return both;
    }
    if who.contains(' ') {
        return who.to_owned();
    }
    // (The nearest to the verb, outside quoted words: "“… Russian gas …,” the Russian company
    // warned" is the company's name, not words of what it said.)
    let Some(k) = (0..verb).rev().find(|&k| t[k].norm == who && !s.quoted[k]) else { return who.to_owned() };
    // Not an auxiliary or adverb ("Allies will meet" is not "Allies will will meet"),
    // nor what follows the noun ("Russian missile strikes on Kyiv earlier this week killed").
    let noun_word = |j: usize| {
        let w = t[j].lower.as_str();
        t[j].is_word()
            && !t[j].is_capitalized()
            && !matches!(w, "and" | "or" | "nor" | "but" | "the" | "a" | "an")
            // ("Russia said it had struck …": a verb of saying and a pronoun are no nouns of the name.)
            && !matches!(w, "it" | "he" | "she" | "they" | "we")
            && !crate::extract::kinds::speech_at(s, j)
            && !BEFORE_VERB.contains(&w)
            && !matches!(w, "would" | "could" | "should" | "may" | "might" | "must" | "can" | "to")
            // "Russia is believed to have fired": a form of "be" opens the verb.
            && !matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
            && !matches!(
                w,
                "on" | "in" | "at" | "of" | "from" | "against" | "near" | "across" | "earlier" | "later" | "this" | "last" | "that"
            )
            && !w.ends_with("ly")
            // "Ukrainian public figures having …": a participle opens what follows the noun;
            // "Russia deployed troops and told …": a past tense is the verb before.
            && !(w.len() > 5 && w.ends_with("ing"))
            && !(w.len() > 4 && w.ends_with("ed"))
    };
    // "the Russian Federal Air Transport Agency (Rosaviation) said": a name of capitalised words
    // after the describing word, up to a bracket or the verb.
    let proper = (k + 1..verb).take(5).take_while(|&j| t[j].is_word() && t[j].is_capitalized() && !s.quoted[j]).last();
    let end = proper
        .filter(|&j| j > k + 1)
        .map(|j| j + 1)
        .unwrap_or_else(|| (k + 1..verb).take(3).take_while(|&j| noun_word(j)).last().map_or(k + 1, |j| j + 1));
    let words: Vec<&str> = t[k + 1..end].iter().map(|w| w.norm.as_str()).collect();
    if words.is_empty() { who.to_owned() } else { format!("{who} {}", words.join(" ")) }
}
