//! Titles of draft events: a real clause of at most 90 characters that says
//! who and what: "Lloyd Austin: Russia has paid a staggering cost for the war"
//! for a report, "Lloyd Austin convened the Ukraine Defense Contact Group" for
//! an act. Never empty, never a speaker followed by nothing or by a time.

/// The longest title, in characters.
pub const MAX_TITLE: usize = 90;

/// Words that say when, not what: stripped from the start of a gist.
const WHEN_WORDS: &[&str] = &[
    "on",
    "earlier",
    "later",
    "late",
    "early",
    "this",
    "last",
    "next",
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "in",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words a title must not end on: the sentence went on after them.
const DANGLING: &[&str] = &[
    "of", "to", "the", "a", "an", "and", "or", "but", "on", "in", "at", "for", "with", "by", "from", "that", "as", "during", "its", "his",
    "her", "their", "our", "is", "are", "was", "were", "be", "would", "will", "which", "who", "whose", "than", "into", "about", "against",
    "toward", "towards", "over", "under", "after", "before", "between", "among", "within", "without", "across", "through", "via", "per",
    "amid", "despite", "since", "until", "upon", "like", "near", "onto", "has", "have", "had", "not", "very", "more", "most", "such",
    "this", "these", "those", "it", "they", "he", "she", "we", "can", "could", "should", "may",
];

/// A report's title: "Who: what was said". `gist` is what was said (the
/// quoted words or the clause after the verb); if too little of it is left
/// once times and connectives are dropped, `act` (the verb and what follows)
/// makes the title instead: "Who said during a TV broadcast" is no title,
/// "Who spoke during a TV broadcast on Tuesday" at least says what happened.
/// `quoted`: the gist is the words said themselves ("“For two years …,” he
/// said"), which may start with anything; after the verb, a gist that starts
/// with "during" or "at" only says where or when it was said.
pub fn report_title(who: &str, gist: &str, act: &str, quoted: bool) -> String {
    // Dashes in the speaker's own words are false starts ("Ukraine — the whole world
    // has seen the courage — I really — I mean …"), not asides: only a clause after
    // the verb loses what it sets off.
    let gist = if quoted { gist } else { after_addressee(gist) };
    let gist = if quoted { gist } else { before_speakers_next_act(gist) };
    let gist = clean_gist(gist);
    let gist = if quoted { gist.to_owned() } else { without_asides(gist) };
    let gist = without_single_quote_marks(&gist.replace(['“', '”', '"'], ""));
    // The speaker's own words stay whole; a clause after the verb loses its setting.
    // ("by the office of the president, stating that …": what is left after it is cleaned as well.)
    let gist = if quoted { gist } else { after_circumstance(&gist).map_or_else(|| gist.clone(), |rest| clean_gist(rest).to_owned()) };
    let circumstance = opens_with_circumstance(&gist);
    // ("“It’s terminated,” Peskov told reporters": two words may say it, with their verb.)
    let short_clause = || {
        gist.split_whitespace().count() == 2
            && gist.split_whitespace().any(super::eval::listed_verb)
            && super::eval::title_problem(&format!("{who}: {}", capitalise(&gist))).is_none()
    };
    if (gist.split_whitespace().count() >= 3 || short_clause()) && (quoted || !circumstance) {
        let room = MAX_TITLE.saturating_sub(who.chars().count() + 2).max(20);
        let title = format!("{who}: {}", fit(&capitalise(&gist), room));
        if super::eval::title_problem(&title) == Some("no verb")
            && let Some(short) = elided_subject(&gist)
        {
            return format!("{who}: {}", fit(&capitalise(&short), room));
        }
        return title;
    }
    act_title(who, act)
}

/// "told British journalist Piers Morgan in an interview published Tuesday: ‘If that is …’":
/// whom and where it was said, up to a colon that opens the quotation, are not what was said.
fn after_addressee(gist: &str) -> &str {
    let Some(colon) = gist.find(": ") else { return gist };
    let head = &gist[..colon];
    let rest = gist[colon + 2..].trim_start();
    let quote_opens = rest.starts_with(['‘', '“', '"', '\'']);
    if quote_opens && head.split_whitespace().count() <= 14 && !head.contains(['‘', '“', '"', '’', '”']) { rest } else { gist }
}

/// "… said 150 troops were being brought back, but did not mention handing over …": the
/// speaker's next act (not saying, declining, adding) is not what was said.
fn before_speakers_next_act(gist: &str) -> &str {
    // ("his terms were “very simple,” before saying Ukraine's troops must leave …": what the
    // speaker went on to say is another remark.)
    const SPEAKERS_ACTS: &[&str] =
        &["declined", "refused", "added", "did not", "didn't", "gave no", "offered no", "stopped short", "saying", "adding", "going on"];
    for joint in [", but ", " but ", ", and ", ", while ", ", before ", " before "] {
        let mut from = 0;
        while let Some(at) = gist[from..].find(joint) {
            let cut = from + at;
            let next = &gist[cut + joint.len()..];
            // ("said one servicemember was killed but then issued a statement saying …": "then" opens
            // the speaker's next act.)
            let then_act = next
                .strip_prefix("then ")
                .is_some_and(|rest| rest.split_whitespace().next().is_some_and(|w| w.len() > 3 && w.ends_with("ed")));
            if (SPEAKERS_ACTS.iter().any(|a| next.starts_with(a)) || then_act) && gist[..cut].split_whitespace().count() >= 3 {
                return &gist[..cut];
            }
            from = cut + joint.len();
        }
    }
    gist
}

/// A gist that opens with where or when, up to a comma ("on the morning of
/// March 14, the airspace control recorded …"): what follows the comma, if it is
/// a clause of at least three words.
fn after_circumstance(gist: &str) -> Option<&str> {
    if !opens_with_circumstance(gist) {
        return None;
    }
    // "in a video message from the steel plant on Sunday that the evacuations …": where and when
    // it was said, then "that" and what was.
    // (Each word with where it ends in the gist.)
    let words: Vec<(&str, usize)> =
        gist.split_whitespace().take(17).map(|w| (w, w.as_ptr() as usize - gist.as_ptr() as usize + w.len())).collect();
    // (Not "that" after a preposition or before a comma: "as a sign of that unity, NATO …".)
    let determiner = |k: usize| {
        matches!(words[k - 1].0, "of" | "to" | "in" | "on" | "at" | "for" | "by" | "with" | "from" | "about")
            || words.get(k + 1).is_none_or(|w| w.0.ends_with(','))
    };
    if let Some(k) =
        words.iter().position(|w| w.0 == "that").filter(|&k| k >= 2 && !words[..k].iter().any(|w| w.0.ends_with(',')) && !determiner(k))
    {
        let rest = gist[words[k].1..].trim_start();
        if rest.split_whitespace().count() >= 3 {
            return Some(rest);
        }
    }
    // ("over 1,100 guided bombs": a comma inside a number is none.)
    let comma = gist.char_indices().find(|&(i, c)| c == ',' && !gist[i + 1..].starts_with(|d: char| d.is_ascii_digit())).map(|(i, _)| i)?;
    let rest = gist[comma + 1..].trim_start();
    let words = rest.split_whitespace().count();
    // ("…, “the United States facilitated …”": a quotation mark may open the clause.)
    let opens_clause = rest.split_whitespace().next().map(|w| w.trim_start_matches(['“', '"', '‘'])).is_some_and(|w| {
        !dangles(w)
            || matches!(
                w.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "it"
                    | "they"
                    | "he"
                    | "she"
                    | "we"
                    | "this"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
            )
    });
    (gist[..comma].split_whitespace().count() <= 16 && words >= 3 && opens_clause).then_some(rest)
}

/// Whether a gist opens with where or when it was said (see `CIRCUMSTANCE`); "at least 40
/// civilians" and "at most" open a number.
fn opens_with_circumstance(gist: &str) -> bool {
    let mut words = gist.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    CIRCUMSTANCE.contains(&first.as_str()) && !(first == "at" && words.next().is_some_and(|w| matches!(w.as_str(), "least" | "most")))
}

/// Words of a subject kept before "…" when the verb lies beyond a title's room.
const SUBJECT_HEAD: usize = 4;

/// A gist whose subject is too long for its verb to fit ("The main tasks of the
/// first stage of Russia's special military operation in Ukraine have been
/// completed") with the middle of its subject left out: "The main tasks … have
/// been completed". None when the verb is near the start anyway or not found.
fn elided_subject(gist: &str) -> Option<String> {
    let words: Vec<&str> = gist.split_whitespace().collect();
    let verb = (1..words.len()).find(|&i| super::eval::verb_at(&words, i))?;
    let mut head = &words[..SUBJECT_HEAD.min(verb)];
    while let [rest @ .., last] = head
        && dangles(last)
    {
        head = rest;
    }
    (verb > SUBJECT_HEAD + 1 && !head.is_empty()).then(|| format!("{} … {}", head.join(" "), words[verb..].join(" ")))
}

/// A speaker's own sentence in the first person singular as a title in the
/// third: "I am announcing a new package" → "Joe Biden is announcing a new
/// package", "I strongly condemn the attacks" → "Jens Stoltenberg strongly
/// condemns the attacks". None when the sentence does not open with "I".
pub fn first_person_title(who: &str, sentence: &str) -> Option<String> {
    let gist = clean_gist(sentence).replace(['“', '”', '"'], "");
    let gist = gist.replace('’', "'");
    let mut words = gist.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let (verb_words, tail): (Vec<String>, &[&str]) = match first {
        "I'm" => (vec!["is".to_owned()], &rest[..]),
        "I've" => (vec!["has".to_owned()], &rest[..]),
        "I'll" => (vec!["will".to_owned()], &rest[..]),
        "I'd" => (vec!["would".to_owned()], &rest[..]),
        "I" => {
            // Adverbs stay before the verb: "I strongly condemn".
            let adverbs = rest.iter().take_while(|w| w.len() > 3 && w.ends_with("ly")).count();
            let verb = rest.get(adverbs)?;
            let mut out: Vec<String> = rest[..adverbs].iter().map(|w| (*w).to_owned()).collect();
            out.push(third_person(verb)?);
            (out, &rest[adverbs + 1..])
        }
        _ => return None,
    };
    let act = verb_words.into_iter().chain(tail.iter().map(|w| (*w).to_owned())).collect::<Vec<_>>().join(" ");
    (tail.len() >= 2).then(|| act_title(who, &act))
}

/// Verb forms that stay as they are after "he": modals, pasts (regular ones end in "-ed",
/// irregular ones are listed) and adverbs that may stand where the verb is expected.
const SAME_AFTER_HE: &[&str] = &[
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "shall",
    "was",
    "had",
    "did",
    "said",
    "spoke",
    "met",
    "told",
    "made",
    "took",
    "sent",
    "gave",
    "saw",
    "went",
    "held",
    "brought",
    "thought",
    "felt",
    "left",
    "found",
    "knew",
    "began",
    "wrote",
    "heard",
    "read",
    "put",
    "set",
    "let",
    "cut",
    "also",
    "just",
    "never",
    "always",
    "still",
    "again",
    "already",
    "personally",
    // Irregular pasts, which take no "s" ("I came to Geneva" → "came").
    "came",
    "became",
    "got",
    "won",
    "lost",
    "spent",
    "built",
    "kept",
    "stood",
    "meant",
    "paid",
    "sought",
    "fought",
    "led",
    "chose",
    "bought",
    "flew",
    "fell",
    "grew",
    "understood",
    "taught",
    "caught",
    "struck",
    "broke",
    "ran",
    "sat",
    "wore",
    "drove",
    "rose",
];

/// The verb after "I" as after "he": "am" → "is", "condemn" → "condemns"; a past stays.
fn third_person(verb: &str) -> Option<String> {
    let lower = verb.to_lowercase();
    let w = lower.trim_matches(|c: char| !c.is_alphabetic() && c != '\'');
    let out = match w {
        "am" => "is".to_owned(),
        "have" => "has".to_owned(),
        "do" => "does".to_owned(),
        "don't" => "doesn't".to_owned(),
        "haven't" => "hasn't".to_owned(),
        "won't" | "can't" | "wasn't" | "didn't" | "wouldn't" | "couldn't" => w.to_owned(),
        w if SAME_AFTER_HE.contains(&w) || w.ends_with("ed") => w.to_owned(),
        w if w.is_empty() || !w.chars().all(|c| c.is_ascii_alphabetic()) => return None,
        w if w.ends_with(['s', 'x', 'z', 'o']) || w.ends_with("sh") || w.ends_with("ch") => format!("{w}es"),
        w if w.ends_with('y') && !matches!(w.chars().rev().nth(1), Some('a' | 'e' | 'o' | 'u')) => format!("{}ies", &w[..w.len() - 1]),
        w => format!("{w}s"),
    };
    Some(out)
}

/// A gist that starts with one of these says where or when, not what.
const CIRCUMSTANCE: &[&str] = &[
    "during",
    "at",
    "after",
    "before",
    "following",
    "amid",
    "in",
    "on",
    "while",
    "when",
    "with",
    "to",
    "from",
    "for",
    "as",
    "by",
    "ahead",
    "via",
    "through",
    "under",
];

/// An act's title: "Who did what" from the verb on.
pub fn act_title(who: &str, act: &str) -> String {
    let act = act.trim().trim_start_matches(['“', '"', '‘', '\'']).trim();
    let text = if act.is_empty() { who.to_owned() } else { format!("{who} {act}") };
    fit(&text, MAX_TITLE)
}

/// The past verbs event titles are made with, and their base forms.
const PAST_AND_BASE: &[(&str, &str)] = &[
    ("held", "hold"),
    ("attended", "attend"),
    ("met", "meet"),
    ("paid", "pay"),
    ("made", "make"),
    ("carried out", "carry out"),
    ("launched", "launch"),
    ("issued", "issue"),
    ("declared", "declare"),
    ("travelled", "travel"),
    ("visited", "visit"),
];

/// An act's title told of an occasion still ahead: "NATO held a summit" → "NATO will hold a
/// summit" (the first of `PAST_AND_BASE` it holds; unchanged when it holds none).
pub fn told_ahead(title: &str) -> String {
    for (done, base) in PAST_AND_BASE {
        if let Some(at) = title.find(&format!(" {done} ")) {
            let (who, rest) = (&title[..at], &title[at + done.len() + 2..]);
            return act_title(who, &format!("will {base} {rest}"));
        }
    }
    title.to_owned()
}

/// What was said, without the times, connectives and quote marks it starts
/// with, nor a closing "he said".
fn clean_gist(gist: &str) -> &str {
    let mut g = gist.trim();
    // The word just dropped was a month: "On Nov. 21, …" drops its day too.
    let mut after_when = false;
    loop {
        let before = g;
        g = g.trim_start_matches(|c: char| c == ',' || c == ':' || c == '“' || c == '"' || c == '‘' || c.is_whitespace());
        let mut words = g.split(|c: char| c.is_whitespace() || c == ',');
        let first = words.next().unwrap_or("");
        let word = first.trim_end_matches(['.', ',']).to_lowercase();
        // A year is a time; any other number is a count ("said 1,200 soldiers were killed").
        let when = |w: &str| {
            WHEN_WORDS.contains(&w)
                || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20")))
        };
        // "on Tuesday", "this week", but not "On land, we …" nor "This is a black page".
        let next = words.find(|w| !w.is_empty()).unwrap_or("").trim_end_matches(['.', ',']).to_lowercase();
        let is_when = when(&word) && (!LEADING_WHEN.contains(&word.as_str()) || when(&next) && !LEADING_WHEN.contains(&next.as_str()));
        let day = after_when && !word.is_empty() && word.len() <= 2 && word.chars().all(|c| c.is_ascii_digit());
        after_when = is_when && super::dates::month_of(&word).is_some();
        let is_when = is_when || day;
        // "released a statement on Tuesday saying it would …": what follows the participle was said.
        if is_when || matches!(word.as_str(), "that" | "saying" | "stating" | "adding" | "noting") {
            g = &g[first.len()..];
        } else if let Some(rest) = aside_stripped(g) {
            g = rest;
        } else if let Some(rest) = without_dateline(g) {
            g = rest;
        }
        if g == before {
            break;
        }
    }
    g.trim_end_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '”' | '"' | '’' | '\'') || c.is_whitespace())
}

/// What follows a wire copy's dateline ("MOSCOW (Sputnik) - …", "TEHRAN, Dec. 21 (MNA) – …",
/// "WASHINGTON DC (TASS): …"): a place in capitals, maybe a date and the agency, then a
/// dash or a colon. The dateline says where the story was filed, not what was said.
pub(crate) fn without_dateline(g: &str) -> Option<&str> {
    let window = &g[..g.char_indices().nth(60).map_or(g.len(), |(i, _)| i)];
    // ("MOSCOW/KYIV (Reuters) -Russia on Sunday said …": a wire's dash may touch the lead.)
    let (at, mark) = [" -- ", " – ", " — ", " - ", ") -", ") –", ") —", "): ", ") : ", ": "]
        .iter()
        .filter_map(|m| window.find(m).map(|i| (i, *m)))
        .min_by_key(|&(i, _)| i)?;
    let head = &g[..at + usize::from(mark.starts_with(')'))];
    // ("ANTALYA, Mar 10: …": a colon ends a dateline only after its date.)
    if mark == ": " && !head.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let first = head.split(|c: char| c.is_whitespace() || c == ',' || c == '(').next()?;
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    let short = head.split_whitespace().count() <= 8;
    // "July 3 (UPI) --", "Sept. 20 (Reuters) -": a date and an agency in brackets.
    let agency = head.trim_end().ends_with(')')
        && head.rsplit_once('(').is_some_and(|(_, a)| a.len() <= 12 && a.starts_with(|c: char| c.is_uppercase()));
    let start = at + mark.len();
    let start = start + g[start..].len() - g[start..].trim_start().len();
    ((capitals || agency) && short && start < g.len()).then(|| &g[start..])
}

/// Words that say when only before a time ("on Tuesday", "this week", "in March").
const LEADING_WHEN: &[&str] = &["on", "in", "this", "last", "next", "early", "late"];

/// Asides set off by commas between a verb and what was said ("stressed,
/// however, that …", "said, for his part, that …"): they link the report to
/// the story, they are not part of what was said.
const ASIDES: &[&str] = &[
    "however",
    "though",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "meanwhile",
    "also",
    "again",
    "instead",
    "too",
    "in turn",
    "in addition",
    "in particular",
    "for his part",
    "for her part",
    "for its part",
    "for their part",
    "at the same time",
    "in response",
];

/// `g` after an aside that is closed by a comma, if it opens with one.
fn aside_stripped(g: &str) -> Option<&str> {
    ASIDES
        .iter()
        .find_map(|a| {
            let head = g.get(..a.len())?;
            let rest = g[a.len()..].strip_prefix(',')?;
            head.eq_ignore_ascii_case(a).then_some(rest)
        })
        .or_else(|| relative_stripped(g))
}

/// `g` after a relative clause or a report's own source that opens it, up to its comma
/// ("who has repeatedly called on partners …, Ukraine will join NATO …", "as reported by the
/// Interfax news agency, that Russia saw …"): what the person is or who passed it on is not
/// what was said.
fn relative_stripped(g: &str) -> Option<&str> {
    let lower = g.get(..g.len().min(20))?.to_lowercase();
    ["who ", "which ", "as reported by ", "as quoted by ", "as cited by "].iter().find(|o| lower.starts_with(**o))?;
    let comma = g.find(',')?;
    let rest = g[comma + 1..].trim_start();
    (g[..comma].split_whitespace().count() <= 20 && rest.split_whitespace().count() >= 3).then_some(rest)
}

/// `text` without what it sets off between two dashes or in brackets ("the
/// talks — which were attended by … — marked the beginning" → "the talks
/// marked the beginning"): a title has room for the clause, not its asides.
/// A single dash (the rest of the sentence) stays.
pub(super) fn without_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let dash = rest.find(['—', '–']).map(|i| (i, rest[i..].chars().next().unwrap_or('—')));
        let bracket = rest.find('(').map(|i| (i, '('));
        let Some((at, open)) = [dash, bracket].into_iter().flatten().min_by_key(|&(i, _)| i) else { break };
        let close = if open == '(' { ')' } else { open };
        let after = &rest[at + open.len_utf8()..];
        let Some(end) = after.find(close) else { break };
        out.push_str(rest[..at].trim_end());
        rest = &after[end + close.len_utf8()..];
        if !rest.starts_with([',', '.', ';', ':']) {
            out.push(' ');
        }
        rest = rest.trim_start();
    }
    out.push_str(rest);
    without_inclusions(out)
}

/// `text` without a list set off by commas after "including" ("at least 40 civilians, including
/// 14 women and eight children, were evacuated" → "at least 40 civilians were evacuated").
fn without_inclusions(mut text: String) -> String {
    while let Some(at) = text.find(", including ") {
        let after = at + ", including ".len();
        let Some(end) = text[after..].find(',').map(|e| after + e) else { break };
        // Only inside a subject, its verb right after ("…, were evacuated"); a list that goes on
        // after the comma ("discussed several issues, including A, B") stays.
        let next = text[end + 1..].split_whitespace().next().unwrap_or("");
        let verb = matches!(next, "were" | "was" | "are" | "is" | "have" | "has" | "had" | "will" | "would")
            || next.len() > 4 && next.ends_with("ed");
        if text[after..end].split_whitespace().count() > 12 || !verb {
            break;
        }
        text.replace_range(at..end + 1, "");
    }
    text
}

/// `text` without single quotation marks ("confirms ‘a safe passage operation’ is under way"):
/// every "‘", and a "’" that closes a word other than a plural's possessive ("allies’"); an
/// apostrophe inside a word ("Russia’s", "don’t") stays.
fn without_single_quote_marks(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|&(i, &c)| {
            let closes = c == '’'
                && i > 0
                && chars[i - 1].is_alphabetic()
                && chars[i - 1] != 's'
                && chars.get(i + 1).is_none_or(|n| !n.is_alphanumeric());
            c != '‘' && !closes
        })
        .map(|(_, &c)| c)
        .collect()
}

/// `s` with its first letter in upper case ("russia" → "Russia"); the one used by every title rule.
pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `text` without a closing quotation mark that nothing opened: a title that starts inside a
/// quotation ("Biden \"voiced the deep concerns\" of …" told as "Joe Biden voiced the deep
/// concerns\" of …") must not leave half of it.
fn without_unopened_quotes(text: &str) -> String {
    let mut open = false;
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let word_before = i > 0 && !chars[i - 1].is_whitespace();
        match c {
            '“' => open = true,
            '"' if !word_before => open = true,
            '”' | '"' if !open => continue,
            '”' | '"' => open = false,
            _ => {}
        }
        out.push(c);
    }
    out
}

/// At most `max` characters, cut between words, never ending on a word that
/// needs more after it; "…" where something was cut.
pub fn fit(text: &str, max: usize) -> String {
    let text = without_unopened_quotes(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    let text = text.trim_end_matches(['.', ',', ';', ':', ' ', '—', '-']);
    let mut words: Vec<&str> = Vec::new();
    let mut len = 0;
    let mut cut = false;
    for w in text.split(' ') {
        let add = w.chars().count() + usize::from(!words.is_empty());
        if len + add > max.saturating_sub(1) {
            cut = true;
            break;
        }
        len += add;
        words.push(w);
    }
    if words.is_empty() {
        // One word longer than the title: cut inside it.
        return format!("{}…", text.chars().take(max.saturating_sub(1)).collect::<String>());
    }
    // Clauses cut at a comma read better than at a random word.
    // Only a cut leaves a word dangling: a sentence that ended by itself ("the talks would go on") is whole.
    while cut && words.len() > 1 {
        let last = words.last().expect("not empty");
        if dangles(last) || last.ends_with([',', ';', ':', '(', '—']) {
            words.pop();
            continue;
        }
        break;
    }
    let joined = words.join(" ");
    let joined = joined.trim_end_matches([',', ';', ':', '—', '-', '(', ' ']);
    if cut { format!("{joined}…") } else { joined.to_owned() }
}

pub(super) fn dangles(word: &str) -> bool {
    DANGLING.contains(&word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_circumstance_before_a_quoted_clause_is_left_out() {
        let gist = "in line with presidential-level discussions between President Donald J. Trump and President Volodymyr Zelenskyy, \"the United States facilitated talks in Riyadh.\"";
        assert_eq!(report_title("The statement", gist, "said", false), "The statement: The United States facilitated talks in Riyadh");
    }

    #[test]
    fn single_quotation_marks_go_and_apostrophes_stay() {
        assert_eq!(without_single_quote_marks("a safe passage operation’ is under way"), "a safe passage operation is under way");
        assert_eq!(without_single_quote_marks("‘a safe passage’ at Russia’s plant"), "a safe passage at Russia’s plant");
        assert_eq!(without_single_quote_marks("the allies’ plan, don’t"), "the allies’ plan, don’t");
    }

    #[test]
    fn where_it_was_said_before_that_and_a_list_inside_the_subject_are_left_out() {
        assert_eq!(
            report_title(
                "Svyatoslav Palamar",
                "in a video message from the steel plant on Sunday that the evacuations come from a ceasefire",
                "said",
                false
            ),
            "Svyatoslav Palamar: The evacuations come from a ceasefire"
        );
        assert_eq!(
            report_title(
                "The ministry",
                "at least 40 civilians, including 14 women and eight children, were evacuated on Sunday",
                "said",
                false
            ),
            "The ministry: At least 40 civilians were evacuated on Sunday"
        );
        // "that" as a determiner opens nothing said; a list going on after its comma stays.
        assert_eq!(
            report_title("Joe Biden", "as a sign of that unity, NATO has grown", "said", false),
            report_title("Joe Biden", "as a sign of this unity, NATO has grown", "said", false)
        );
        assert_eq!(
            report_title("Volodymyr Zelensky", "the pair discussed issues, including air defence, the efforts", "said", false),
            "Volodymyr Zelensky: The pair discussed issues, including air defence, the efforts"
        );
    }

    #[test]
    fn a_report_says_who_and_what() {
        assert_eq!(
            report_title("Lloyd Austin", "Tuesday that “Russia has paid a staggering cost” for the war", "said Tuesday", false),
            "Lloyd Austin: Russia has paid a staggering cost for the war"
        );
        assert_eq!(
            report_title("Dmitry Peskov", "on Monday that the talks would go on.", "said", false),
            "Dmitry Peskov: The talks would go on"
        );
        // Nothing but a time left: the act makes the title.
        assert_eq!(
            report_title("Volodymyr Zelensky", "during a TV broadcast on Tuesday", "spoke during a TV broadcast on Tuesday", false),
            "Volodymyr Zelensky spoke during a TV broadcast on Tuesday"
        );
        assert_eq!(report_title("Lloyd Austin", "", "said", false), "Lloyd Austin said");
        assert_eq!(
            report_title("Lloyd Austin", "“For more than two years, Ukraine's forces have fought,”", "said", true),
            "Lloyd Austin: For more than two years, Ukraine's forces have fought"
        );
        assert_eq!(report_title("Lloyd Austin", " on Tuesday ", "said on Tuesday", false), "Lloyd Austin said on Tuesday");
        // Whom and where it was told, up to the colon before the quotation, are not what was said.
        assert_eq!(
            report_title(
                "Volodymyr Zelensky",
                "British journalist Piers Morgan in an interview: ‘If that is the only way, we will go.’",
                "told",
                false
            ),
            "Volodymyr Zelensky: If that is the only way, we will go"
        );
        // Nor is the speaker's next act.
        assert_eq!(
            report_title("Volodymyr Zelensky", "150 troops were being brought back, but did not mention handing over any", "said", false),
            "Volodymyr Zelensky: 150 troops were being brought back"
        );
        // A day after its month is part of the time; a number after a weekday is a count.
        assert_eq!(
            report_title("Vladimir Putin", "“On Nov. 21, our forces launched a strike,”", "said", true),
            "Vladimir Putin: Our forces launched a strike"
        );
        assert_eq!(
            report_title("Vladimir Putin", "on Tuesday 20 drones were shot down", "said", false),
            "Vladimir Putin: 20 drones were shot down"
        );
    }

    #[test]
    fn a_wire_dateline_is_no_part_of_what_was_said() {
        assert_eq!(
            report_title("Lloyd Austin", "WASHINGTON (AA) : US President Joe Biden will sign off on more aid", "announced", false),
            "Lloyd Austin: US President Joe Biden will sign off on more aid"
        );
        assert_eq!(
            report_title("Russian Defense Ministry", "MOSCOW (Sputnik) - US drone MQ-9 fell into the Black Sea", "said", false),
            "Russian Defense Ministry: US drone MQ-9 fell into the Black Sea"
        );
        assert_eq!(
            report_title("Antony Blinken", "TEHRAN, Dec. 21 (MNA) – The United States will provide more aid", "said", false),
            "Antony Blinken: The United States will provide more aid"
        );
        assert_eq!(
            report_title("Dmitry Peskov", "WASHINGTON DC (TASS): Russia has evidence", "said", false),
            "Dmitry Peskov: Russia has evidence"
        );
        // The wire's dash may touch the lead's first word.
        assert_eq!(
            without_dateline("MOSCOW/KYIV (Reuters) -Russia on Sunday said it had control"),
            Some("Russia on Sunday said it had control")
        );
        assert_eq!(without_dateline("Sept. 20 (Reuters) -NATO met"), Some("NATO met"));
        assert_eq!(without_dateline("Russia (in brief) -based rules"), None);
        assert_eq!(
            report_title("Dmitry Peskov", "WASHINGTON DC (TASS): Russia has evidence", "said", false),
            "Dmitry Peskov: Russia has evidence"
        );
        // A dash inside what was said stays.
        assert_eq!(
            report_title("Joe Biden", "Ukraine - and the whole world - stands", "said", false),
            "Joe Biden: Ukraine - and the whole world - stands"
        );
    }

    #[test]
    fn first_person_sentences_are_told_in_the_third() {
        assert_eq!(
            first_person_title("Joe Biden", "Today, I am announcing a new package for Ukraine.").as_deref(),
            Some("Joe Biden is announcing a new package for Ukraine")
        );
        assert_eq!(
            first_person_title("Jens Stoltenberg", "I strongly condemn the attacks.").as_deref(),
            Some("Jens Stoltenberg strongly condemns the attacks")
        );
        assert_eq!(
            first_person_title("Lloyd Austin", "I’ve directed the Department to act.").as_deref(),
            Some("Lloyd Austin has directed the Department to act")
        );
        assert_eq!(first_person_title("Joe Biden", "I signed the bill today.").as_deref(), Some("Joe Biden signed the bill today"));
        assert_eq!(first_person_title("Joe Biden", "I approve the plan.").as_deref(), Some("Joe Biden approves the plan"));
        assert_eq!(first_person_title("Joe Biden", "We will stand with Ukraine."), None, "only “I” says who");
    }

    #[test]
    fn the_speakers_next_act_after_but_then_is_not_what_was_said() {
        assert_eq!(
            report_title(
                "The Russian Defence Ministry",
                "one servicemember was killed but then issued a statement saying he was missing",
                "said",
                false
            ),
            "The Russian Defence Ministry: One servicemember was killed"
        );
        assert_eq!(
            report_title("Vladimir Putin", "his terms were “very simple,” before saying Ukraine's troops must leave", "said", false),
            "Vladimir Putin: His terms were very simple"
        );
        // "then" before no act of the speaker's stays what was said.
        assert!(report_title("Peskov", "the talks would go on but then stop", "said", false).ends_with("but then stop"));
    }

    #[test]
    fn a_relative_clause_or_a_relaying_source_before_what_was_said_is_not_said() {
        assert_eq!(
            report_title(
                "Volodymyr Zelensky",
                "who has repeatedly called on partners to issue an invitation, Ukraine will join NATO only after the war ends",
                "according",
                false
            ),
            "Volodymyr Zelensky: Ukraine will join NATO only after the war ends"
        );
        assert_eq!(
            report_title(
                "Dmitry Peskov",
                "on Thursday, as reported by the Interfax news agency, that Russia saw itself threatened",
                "said",
                false
            ),
            "Dmitry Peskov: Russia saw itself threatened"
        );
        // With no clause after it, the relative clause is left as it is.
        assert!(
            report_title("Volodymyr Zelensky", "who has repeatedly called on partners", "according", false).contains("called on partners")
        );
    }

    #[test]
    fn an_aside_before_what_was_said_is_not_said() {
        assert_eq!(
            report_title("Marco Rubio", ", however, that the talks marked the beginning of a conversation", "stressed", false),
            "Marco Rubio: The talks marked the beginning of a conversation"
        );
        assert_eq!(
            report_title("Sergei Lavrov", ", for his part, that Moscow would not accept it.", "said", false),
            "Sergei Lavrov: Moscow would not accept it"
        );
        assert_eq!(
            report_title("Marco Rubio", "that the talks — which were attended by Lavrov — marked a beginning (of a kind).", "said", false),
            "Marco Rubio: The talks marked a beginning"
        );
        assert_eq!(
            report_title("Marco Rubio", "that the talks marked a beginning — and more work is needed", "said", false),
            "Marco Rubio: The talks marked a beginning — and more work is needed"
        );
        assert_eq!(
            report_title("Jens Stoltenberg", "On land, we will have more forces.", "said", true),
            "Jens Stoltenberg: On land, we will have more forces"
        );
        assert_eq!(
            report_title("War Gonzo", "This is a black page in history", "said", true),
            "War Gonzo: This is a black page in history"
        );
        assert_eq!(
            report_title("Jens Stoltenberg", "on Tuesday that this week allies agreed to send jets", "said", false),
            "Jens Stoltenberg: Allies agreed to send jets"
        );
        assert_eq!(
            report_title(
                "Russian Ministry of Defense",
                "The main tasks of the first stage of Russia's special military operation in Ukraine have been completed in general",
                "said",
                true
            ),
            "Russian Ministry of Defense: The main tasks … have been completed in general"
        );
        assert_eq!(
            report_title(
                "The ministry",
                "that on the morning of March 14, the airspace control systems recorded a drone.",
                "clarified",
                false
            ),
            "The ministry: The airspace control systems recorded a drone"
        );
        assert_eq!(
            report_title(
                "Joe Biden",
                "Ukraine — the whole world has seen the courage — I really — I mean this: the courage is real",
                "said",
                true
            ),
            "Joe Biden: Ukraine — the whole world has seen the courage — I really — I mean…"
        );
        // Only as an aside, closed by its comma: "though" opening a clause stays.
        assert_eq!(
            report_title("Sergei Lavrov", "though the talks were long, they were useful", "said", false),
            "Sergei Lavrov: Though the talks were long, they were useful"
        );
    }

    #[test]
    fn titles_fit_and_never_dangle() {
        let long = "Russia has paid a staggering cost for Putin's imperial dreams and at least 315,000 Russian troops have been killed or wounded in the war";
        let t = report_title("Lloyd Austin", long, "said", false);
        assert!(t.chars().count() <= MAX_TITLE, "{t}");
        assert!(t.ends_with('…'), "{t}");
        for w in DANGLING {
            assert!(!t.trim_end_matches('…').to_lowercase().ends_with(&format!(" {w}")), "{t}");
        }
        assert_eq!(fit("the meeting of the talks that went on", 20), "the meeting…");
        assert_eq!(fit("short and sweet.", 90), "short and sweet");
        assert_eq!(fit(&"x".repeat(100), 10).chars().count(), 10);
        assert_eq!(
            act_title("Lloyd Austin", "convened the 20th meeting of the Ukraine Defense Contact Group at Ramstein Air Base, Germany"),
            "Lloyd Austin convened the 20th meeting of the Ukraine Defense Contact Group at Ramstein…"
        );
    }

    #[test]
    fn a_closing_quote_nothing_opened_is_dropped() {
        assert_eq!(
            fit("Joe Biden voiced the deep concerns\" of the United States", 90),
            "Joe Biden voiced the deep concerns of the United States"
        );
        assert_eq!(fit("Biden said it was a “big mistake”", 90), "Biden said it was a “big mistake”");
        assert_eq!(fit("Biden said it was a \"big mistake\" on Tuesday", 90), "Biden said it was a \"big mistake\" on Tuesday");
        assert_eq!(fit("The talks were “useful” and “frank”", 90), "The talks were “useful” and “frank”");
    }

    #[test]
    fn irregular_pasts_after_i_take_no_s() {
        assert_eq!(third_person("came").as_deref(), Some("came"));
        assert_eq!(third_person("spent").as_deref(), Some("spent"));
        assert_eq!(third_person("come").as_deref(), Some("comes"));
    }
}
