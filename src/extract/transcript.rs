//! Briefing and interview transcripts: paragraphs led by the speaker's name
//! in capitals ("FOREIGN MINISTER LAVROV: …", "SECRETARY BLINKEN: …") are
//! that speaker's own words, up to the next label.

use super::gazetteer::{Gazetteer, What};
use super::text::tokenize;

/// Labels of questions and of the people running the session: not statements.
const NOT_SPEAKERS: &[&str] = &["Q", "QUESTION", "MODERATOR", "OPERATOR", "REPORTER", "STAFF", "PARTICIPANT", "AUDIENCE", "INTERVIEWER"];

/// A paragraph's speaker label: its text and where the words said begin
/// (after the colon and an "(Via interpreter)" note).
pub fn label(paragraph: &str) -> Option<(&str, usize)> {
    let colon = paragraph.find(':')?;
    let head = paragraph[..colon].trim();
    // "ZELENSKYY (through translator):": a note on how the words came is no part of the name.
    let head = match head.split_once('(') {
        Some((name, note)) if note.ends_with(')') && note.len() < 40 && !name.trim().is_empty() => name.trim(),
        _ => head,
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let caps = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
    };
    // Up to a full title and name: "CHAIRMAN OF THE JOINT CHIEFS OF STAFF ARMY GENERAL MARK A. MILLEY".
    if words.is_empty() || words.len() > 12 || !words.iter().all(caps) {
        return None;
    }
    let mut body = words_start(paragraph, colon);
    let trimmed = &paragraph[body..];
    if let Some(note) = trimmed.strip_prefix('(')
        && let Some(close) = note.find(')')
        && close < 40
    {
        let after = &note[close + 1..];
        body += 1 + close + 1 + (after.len() - after.trim_start().len());
    }
    Some((head, body))
}

/// Words a label set off by a full stop cannot end with: abbreviations that a full
/// stop follows inside a sentence ("Mr. Zelensky said").
const ABBREVIATED: &[&str] =
    &["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sr", "Sgt", "Adm", "Prof", "No"];

/// A label set off by a full stop, as the Public Papers of the Presidents and the American
/// Presidency Project print them ("The President. So thank you", "Q. Mr. President, …",
/// "Vice President Vance. …"): at most six capitalised words ("of", "the" between) and
/// where the words said begin. Only in a text whose questions are labelled so (see
/// `dotted_labels`): anywhere else such a start is a sentence.
pub fn dotted_label(paragraph: &str) -> Option<(&str, usize)> {
    let dot = paragraph.find(". ")?;
    let head = paragraph[..dot].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "'’-".contains(c));
    let inner = |w: &&str| capital(w) || matches!(*w, "of" | "the");
    let body = dot + 2;
    let next_opens = paragraph[body..].trim_start().starts_with(|c: char| c.is_uppercase() || "“\"[(‘'".contains(c));
    let ok = (1..=6).contains(&words.len())
        && capital(&words[0])
        && capital(&words[words.len() - 1])
        && words.iter().all(inner)
        && !ABBREVIATED.contains(&words[words.len() - 1])
        && (words.len() > 1 || words[0] == "Q" || words[0].chars().count() > 2)
        && next_opens;
    ok.then_some((head, body + (paragraph[body..].len() - paragraph[body..].trim_start().len())))
}

/// Whether a text labels its speakers with a full stop (see `dotted_label`): its questions
/// are "Q." paragraphs and another label answers them.
pub fn dotted_labels(paragraphs: &[String]) -> bool {
    paragraphs.iter().any(|p| p.starts_with("Q. "))
        && paragraphs.iter().any(|p| dotted_label(p).is_some_and(|(l, _)| l != "Q" && !p.starts_with("Q. ")))
}

/// A label in title case, as the Kremlin's transcripts print them ("President of Russia Vladimir
/// Putin: Mr President,"; "… Joseph Biden:Thank you."): two to ten capitalised words ("of",
/// "the", "and" between) before a colon, and where the words said begin. Whether it names a
/// speaker is the gazetteer's to say (see `speaker`): "Kyiv:" or "Breaking News:" name nobody.
pub fn titled_label(paragraph: &str) -> Option<(&str, usize)> {
    let colon = paragraph.find(':').filter(|&c| c < 100)?;
    let head = paragraph[..colon].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised =
        |w: &&str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c));
    let joining = |w: &&str| matches!(*w, "of" | "the" | "and");
    if !(2..=10).contains(&words.len()) || !words.iter().all(|w| capitalised(w) || joining(w)) || !words.last().is_some_and(capitalised) {
        return None;
    }
    Some((head, words_start(paragraph, colon)))
}

/// Where the words said begin after a label's colon: past the spaces after it.
fn words_start(paragraph: &str, colon: usize) -> usize {
    let rest = &paragraph[colon + 1..];
    colon + 1 + rest.len() - rest.trim_start().len()
}

/// A paragraph's speaker label in a text's style: a colon's, or a full stop's where the
/// text uses those (`dotted`).
pub fn label_in(paragraph: &str, dotted: bool) -> Option<(&str, usize)> {
    label(paragraph).or_else(|| if dotted { dotted_label(paragraph) } else { None })
}

/// A journalist's question ("Q:", "QUESTION:"): no statement, and no report either.
pub fn is_question(label: &str) -> bool {
    matches!(label.trim_end_matches('.'), "Q" | "QUESTION" | "REPORTER" | "AUDIENCE" | "INTERVIEWER")
}

/// Who a label names, if the gazetteer knows them: (name to show, lane).
/// Questions and moderators are nobody's statement.
pub fn speaker(g: &Gazetteer, label: &str) -> Option<(String, usize)> {
    if NOT_SPEAKERS.contains(&label.trim_end_matches('.')) {
        return None;
    }
    // "FOREIGN MINISTER LAVROV" → "Foreign Minister Lavrov", as the gazetteer spells names.
    let title_case: String = label
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let tokens = tokenize(&title_case, 0);
    let best = g.mentions(&tokens, 0..tokens.len(), &[]).into_iter().max_by_key(|m| m.what.rank())?;
    match best.what {
        What::Person(id) => Some((g.people[id].name.clone(), g.people[id].lane)),
        What::Title(Some(lane)) => Some((title_case, lane)),
        // A place or an organisation in capitals is a dateline ("MOSCOW:"), not a speaker.
        _ => None,
    }
}

/// Headline words that open a text of one speaker's own words ("Remarks by
/// President Biden on …", "STATEMENT BY SECRETARY …", "Statement from NSC
/// Spokesperson …"). A readout tells of a call in the third person: not listed.
/// A press conference or a briefing "by" someone is theirs too: the questions come under labels.
const SPEECH_FORMS: &[&str] =
    &["remarks", "statement", "address", "speech", "message", "keynote", "op-ed", "testimony", "conference", "briefing"];
/// Words that may stand before the form ("Opening Remarks by", "Press Statement from").
const FORM_PREFIXES: &[&str] =
    &["opening", "closing", "prepared", "press", "video", "virtual", "joint", "keynote", "written", "official", "readout", "the"];
/// Words that end the speaker's name in a headline ("… on Continued Support", "… at the Summit").
const PHRASE_ENDS: &[&str] =
    &["on", "at", "in", "to", "before", "after", "during", "following", "for", "regarding", "about", "marking", "as", "with", "ahead"];
/// Words of a standfirst that make it a byline or a credit, not a speaker.
const NOT_SPEAKER_LINES: &[&str] = &["by", "photo", "news", "staff", "correspondent", "reporter", "writer", "editor", "credit", "source"];

/// Whose words a text is, as its headline or a standfirst line says, and who
/// else its head names: the speaker, the people named, and where its body begins.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// The one speaker of the whole text ("Remarks by President Biden on …",
    /// or a standfirst "Marco Rubio, Secretary of State"), if there is one.
    pub speaker: Option<(String, usize)>,
    /// People the head names, for speaker labels by surname ("MR MILLER:").
    pub people: Vec<(String, usize)>,
    /// Lanes the head names (groups, titles with a side), in order.
    pub lanes: Vec<usize>,
    /// The first paragraph of the body: the head is the title, dates, places and standfirst lines before it.
    pub body: usize,
    /// The head's lines, in title case.
    pub lines: Vec<String>,
}

/// "SECRETARY OF DEFENSE LLOYD J. AUSTIN III" → "Secretary Of Defense Lloyd J. Austin Iii": the
/// gazetteer's capitalised names match title case, not capitals.
fn title_case(text: &str) -> String {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if letters.is_empty() || upper * 10 < letters.len() * 9 {
        return text.to_owned();
    }
    text.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
        // Function words stay lower case, as the gazetteer writes "Secretary of State".
        .replace(" Of ", " of ")
        .replace(" The ", " the ")
        .replace(" And ", " and ")
}

/// Who a phrase names: one person (known, or a new name placed by a title or
/// group beside it), else a title or group that names a side ("the NATO
/// Spokesperson"). Two people ("President Biden and President Zelenskyy") are no one speaker.
/// A speaker: the name to show and the lane.
pub type Speaker = (String, usize);

fn who_is_named(g: &Gazetteer, phrase: &str) -> (Option<Speaker>, Vec<Speaker>) {
    let tokens = tokenize(phrase, 0);
    let mentions = g.mentions(&tokens, 0..tokens.len(), &[]);
    let mut people: Vec<(String, usize)> = Vec::new();
    for m in &mentions {
        if let What::Person(id) = m.what
            && !people.iter().any(|p| p.0 == g.people[id].name)
        {
            people.push((g.people[id].name.clone(), g.people[id].lane));
        }
    }
    let lane = mentions
        .iter()
        .filter_map(|m| match m.what {
            What::Title(Some(l)) | What::Group(l) | What::Demonym(l) => Some((m.what.rank(), l)),
            _ => None,
        })
        .max_by_key(|x| x.0)
        .map(|x| x.1);
    if people.is_empty()
        && let Some(lane) = lane
    {
        // A name the gazetteer does not know, placed by its title: the last run of
        // capitalised words outside any gazetteer phrase ("… Spokesperson Jane Roe").
        let covered = |k: usize| mentions.iter().any(|m| (m.start..m.end).contains(&k));
        let name_word = |k: usize| {
            let t = &tokens[k];
            t.is_capitalized() && !covered(k) && t.norm.chars().skip(1).any(|c| c.is_lowercase() || c == '.')
        };
        let mut k = tokens.len();
        while k > 0 && !name_word(k - 1) {
            k -= 1;
        }
        let end = k;
        while k > 0 && name_word(k - 1) {
            k -= 1;
        }
        if (2..=4).contains(&(end - k)) {
            people.push((phrase[tokens[k].start..tokens[end - 1].end].to_owned(), lane));
        }
    }
    let one = match people.as_slice() {
        [p] => Some(p.clone()),
        // "NATO Spokesperson", "the President of Russia": the office, placed by its title or its country.
        [] => mentions
            .iter()
            .find(|m| matches!(m.what, What::Title(_)))
            .and_then(|m| {
                let lane = match m.what {
                    What::Title(Some(l)) => Some(l),
                    _ => lane,
                }?;
                let end = mentions.iter().filter(|x| x.start >= m.start && x.start <= m.end + 2).map(|x| x.end).max().unwrap_or(m.end);
                Some((phrase[tokens[m.start].start..tokens[end - 1].end].to_owned(), lane))
            })
            .or_else(|| {
                // "Statement by the North Atlantic Council": an institution of one side.
                let mut lanes = mentions.iter().filter_map(|m| match m.what {
                    What::Group(l) => Some(l),
                    _ => None,
                });
                let first = lanes.next()?;
                lanes.all(|l| l == first).then(|| (phrase.trim().to_owned(), first))
            }),
        _ => None,
    };
    (one, people)
}

/// "Remarks by President Biden on …" → "President Biden"; "… – address by the
/// President of Ukraine" → "the President of Ukraine". None when the line is no such headline.
fn speech_headline(line: &str) -> Option<&str> {
    // Word positions in the line itself (lower-casing may change byte lengths).
    let words: Vec<(usize, String)> = line
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase()))
        .collect();
    let phrase_end =
        |from: usize| words.iter().skip(from).find(|(_, w)| PHRASE_ENDS.contains(&w.as_str())).map_or(line.len(), |(at, _)| *at);
    // "Remarks by X …" (after at most two prefixes) at the start or after a dash or colon.
    let starts = std::iter::once(0).chain(
        words
            .iter()
            .enumerate()
            .filter(|(_, (at, w))| w.is_empty() || line[..*at].trim_end().ends_with([':', '–', '—', '|']))
            .map(|(k, _)| k),
    );
    for start in starts {
        let start = if words.get(start).is_some_and(|(_, w)| w.is_empty()) { start + 1 } else { start };
        let Some(f) = (start..(start + 3).min(words.len())).find(|&k| SPEECH_FORMS.contains(&words[k].1.as_str())) else { continue };
        if !words[start..f].iter().all(|(_, w)| FORM_PREFIXES.contains(&w.as_str())) {
            continue;
        }
        if let Some((at, w)) = words.get(f + 1)
            && matches!(w.as_str(), "by" | "from" | "of")
        {
            let from = at + w.len();
            let phrase = line.get(from..phrase_end(f + 2))?.trim().trim_end_matches([',', ':', '-', '–', '—']).trim();
            return (!phrase.is_empty()).then_some(phrase);
        }
    }
    // Not "X's remarks …": a news headline about what someone said reads the same.
    None
}

/// "Marco Rubio, Secretary of State": a standfirst line naming a person and an office.
fn standfirst(g: &Gazetteer, line: &str) -> Option<(String, usize)> {
    let (name, office) = line.split_once(',')?;
    let words = line.split_whitespace().count();
    let credit =
        line.split_whitespace().any(|w| NOT_SPEAKER_LINES.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str()));
    if words > 12 || credit || line.trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    let name_tokens = tokenize(name, 0);
    if name_tokens.is_empty() || name_tokens.len() > 5 || !name_tokens.iter().all(|t| t.is_capitalized() || !t.is_word()) {
        return None;
    }
    let office_tokens = tokenize(office, 0);
    let office_mentions = g.mentions(&office_tokens, 0..office_tokens.len(), &[]);
    // The office must be a title, and not one of the "other" lane's observers ("analyst").
    let titled = office_mentions.iter().any(|m| matches!(m.what, What::Title(l) if l != Some(g.default_lane)));
    if !titled {
        return None;
    }
    match who_is_named(g, name).0 {
        Some(p) => Some(p),
        None => {
            let lane = office_mentions.iter().find_map(|m| match m.what {
                What::Title(Some(l)) | What::Group(l) => Some(l),
                _ => None,
            })?;
            (name_tokens.iter().filter(|t| t.is_word()).count() >= 2).then(|| (name.trim().to_owned(), lane))
        }
    }
}

/// Is a paragraph part of a text's head (a date, a place, a time, a standfirst)
/// rather than its body? The body starts with a sentence or a speaker label.
fn is_head_line(p: &str) -> bool {
    let words = p.split_whitespace().count();
    label(p).is_none() && words < 14 && !p.trim_end().ends_with(['.', '!', '?', '”', '"'])
}

/// The speaker and the people a text's head names (see [`Header`]).
pub fn header(g: &Gazetteer, paragraphs: &[String]) -> Header {
    let mut h = Header { body: paragraphs.len().min(1), ..Header::default() };
    // Speakers named by a speech headline (None: several named) and by standfirst lines.
    let mut by_headline: Vec<Option<(String, usize)>> = Vec::new();
    let mut by_standfirst: Vec<(String, usize)> = Vec::new();
    for (i, p) in paragraphs.iter().enumerate().take(8) {
        if i > 0 && !is_head_line(p) {
            break;
        }
        h.body = i + 1;
        let line = title_case(p.trim());
        h.lines.push(line.clone());
        for person in who_is_named(g, &line).1 {
            if !h.people.contains(&person) {
                h.people.push(person);
            }
        }
        let tokens = tokenize(&line, 0);
        for m in g.mentions(&tokens, 0..tokens.len(), &[]) {
            if let What::Title(Some(l)) | What::Group(l) = m.what {
                h.lanes.push(l);
            }
        }
        if let Some(phrase) = speech_headline(&line) {
            by_headline.push(who_is_named(g, phrase).0);
        } else if i > 0
            && let Some(one) = standfirst(g, &line)
        {
            by_standfirst.push(one);
        }
    }
    h.body = h.body.min(paragraphs.len());
    let one = |v: Vec<Option<(String, usize)>>| match v.as_slice() {
        [Some(first), rest @ ..] if rest.iter().all(|r| r.as_ref().is_some_and(|r| r.0 == first.0)) => Some(first.clone()),
        _ => None,
    };
    // A standfirst names the speaker also where the headline names two ("Rubio and Waltz Remarks to the Press").
    h.speaker = one(by_standfirst.into_iter().map(Some).collect()).or_else(|| one(by_headline));
    // "The following is a statement from Antony J. Blinken, …": the body's first line says
    // whose words the release is (and stays an event of its own).
    if h.speaker.is_none()
        && let Some(first) = paragraphs.get(h.body)
        && let Some(phrase) = release_line(first)
    {
        h.speaker = who_is_named(g, phrase).0;
    }
    h
}

/// Who a source line names ("Source: Zelenskyy on Telegram"): one person, or a side's office.
pub fn source_line_speaker(g: &Gazetteer, text: &str) -> Option<Speaker> {
    // ("video of the meeting with Stoltenberg posted on …": one named only as met or spoken
    // of is not whose words the story gives.)
    let owner = [" with ", " about ", " featuring ", " between "].iter().filter_map(|w| text.find(w)).min().map_or(text, |k| &text[..k]);
    who_is_named(g, owner).0
}

/// "The following is a statement from X, …" → the headline form after "the following is".
pub fn release_line(line: &str) -> Option<&str> {
    let lower = line.trim_start().to_lowercase();
    let skip = ["the following is a ", "the following is an ", "the following is the ", "following is a ", "following is the "]
        .iter()
        .find(|p| lower.starts_with(*p))?
        .len();
    let rest = line.trim_start().get(skip..)?;
    // Only a short line of its own ("J. Blinken, U.S. secretary" holds full stops).
    if rest.split_whitespace().count() > 25 {
        return None;
    }
    speech_headline(rest)
}

/// A label the gazetteer alone does not place ("MR MILLER", "GENERAL RYDER"):
/// the one person of that surname in the gazetteer or the text's head; a
/// title ("THE PRESIDENT") is the one person of the head with that title whom
/// no other label of the text names (`named`: the people other labels name).
pub fn speaker_in(g: &Gazetteer, head: &Header, label_text: &str, named: &[String]) -> Option<(String, usize)> {
    if let Some(s) = speaker(g, label_text) {
        return Some(s);
    }
    if NOT_SPEAKERS.contains(&label_text.trim_end_matches('.')) {
        return None;
    }
    let surname = label_text.split_whitespace().last()?.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    if surname.chars().count() < 3 {
        return None;
    }
    let last = |name: &str| name.split_whitespace().last().map(|w| w.to_lowercase()).unwrap_or_default();
    let mut found: Vec<(String, usize)> = head.people.iter().filter(|p| last(&p.0) == surname).cloned().collect();
    if found.is_empty() {
        // "MR MILLER", "AMBASSADOR SMITH": a courtesy or one of the person's titles goes with the surname.
        let before: Vec<String> = label_text
            .split_whitespace()
            .rev()
            .skip(1)
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .filter(|w| w != "the")
            .collect();
        let courtesy = before.len() == 1 && matches!(before[0].as_str(), "mr" | "ms" | "mrs" | "miss" | "dr");
        let fits =
            |p: &super::gazetteer::Person| courtesy || !before.is_empty() && p.titles.iter().any(|t| before.iter().all(|w| t.contains(w)));
        found = g.people.iter().filter(|p| last(&p.name) == surname && fits(p)).map(|p| (p.name.clone(), p.lane)).collect();
    }
    if let [one] = found.as_slice() {
        return Some(one.clone());
    }
    let label_words: Vec<String> =
        label_text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).filter(|w| w != "the").collect();
    let titled = |name: &str| g.people.iter().find(|p| p.name == name).is_some_and(|p| p.titles.iter().any(|t| t == &label_words));
    let holders: Vec<&(String, usize)> = head.people.iter().filter(|p| titled(&p.0) && !named.contains(&p.0)).collect();
    if let [one] = holders.as_slice() {
        return Some((*one).clone());
    }
    // "THE PRESIDENT:" in "Remarks by President Biden …": the headline's speaker, whose title it is.
    if let Some((name, lane)) = &head.speaker {
        let titles = g.people.iter().find(|p| &p.name == name).map(|p| p.titles.clone()).unwrap_or_default();
        let in_head = head.lines.iter().any(|l| {
            let lower: Vec<String> = l.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).collect();
            lower.windows(label_words.len().max(1)).any(|w| w == label_words.as_slice())
        });
        if titles.iter().any(|t| t == &label_words) || in_head && !label_words.is_empty() {
            return Some((name.clone(), *lane));
        }
    }
    // "GENERAL RYDER:" in "Pentagon Press Secretary … Pat Ryder Holds a Press Briefing": placed by that
    // line; not a title ("THE PRESIDENT") found in it.
    let surname_tokens = tokenize(&title_case(&surname), 0);
    if label_words.len() < 2 || g.mentions(&surname_tokens, 0..surname_tokens.len(), &[]).iter().any(|m| matches!(m.what, What::Title(_))) {
        return None;
    }
    let line =
        head.lines.iter().find(|l| l.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase() == surname))?;
    let tokens = tokenize(line, 0);
    let lane = g
        .mentions(&tokens, 0..tokens.len(), &[])
        .into_iter()
        .filter_map(|m| match m.what {
            What::Title(Some(l)) | What::Group(l) => Some((m.what.rank(), l)),
            _ => None,
        })
        .max_by_key(|x| x.0)?
        .1;
    Some((title_case(label_text), lane))
}

/// Courtesies that say nothing: "Thank you.", "Good afternoon, everybody.",
/// "Thank you, and once again, I'm very glad to see you.", "Next question."
pub fn is_pleasantry(sentence: &str) -> bool {
    let lower = sentence.trim().to_lowercase().replace('’', "'");
    // "So thank you, …", "Well, good morning": a discourse word does not change it.
    let mut lower = lower.as_str();
    while let Some(rest) = ["so,", "so ", "well,", "well ", "and ", "now,", "okay,", "ok,"].iter().find_map(|w| lower.strip_prefix(w)) {
        lower = rest.trim_start();
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() <= 3 {
        return true;
    }
    const OPENERS: &[&str] = &[
        "thank you",
        "thanks,",
        "thanks.",
        "thanks so much",
        "thanks very much",
        "good morning",
        "good afternoon",
        "good evening",
        "hello",
        "hi,",
        "god bless",
        "may god bless",
    ];
    // A briefer's housekeeping and non-answers: "I have two things to start with",
    // "with that, I'm happy to take your questions", "I'm not going to get into …".
    const HOUSEKEEPING: &[&str] = &[
        "to start with",
        "at the top",
        "take your questions",
        "take questions",
        "take any questions",
        "happy to take",
        "to your questions",
        "things to pass on",
        "a few things to",
        "a couple of things to",
        "take a few questions",
        "take some questions",
        "go ahead",
        "next question",
        "not going to get into",
        "not going to get ahead",
        "not going to speculate",
        "not going to comment",
        "refer you to",
        "nothing to announce",
        "to announce today",
        "no announcements",
        "i'll stop there",
        "let me stop there",
        "open it up",
        "have a seat",
        "be seated",
    ];
    words.len() <= 16 && OPENERS.iter().any(|o| lower.starts_with(o)) || words.len() <= 20 && HOUSEKEEPING.iter().any(|h| lower.contains(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_set_off_by_a_full_stop_count_only_in_a_text_labelled_so() {
        assert_eq!(dotted_label("The President. So thank you very much."), Some(("The President", 15)));
        assert_eq!(dotted_label("Q. Mr. President, will you talk to him?").map(|l| l.0), Some("Q"));
        assert_eq!(dotted_label("Vice President Vance. We agree.").map(|l| l.0), Some("Vice President Vance"));
        // Sentences: an abbreviation, a lower-case word, a sentence after the stop in lower case.
        assert_eq!(dotted_label("Mr. Zelensky said it."), None);
        assert_eq!(dotted_label("The talks failed. Kyiv said so."), None);
        assert_eq!(dotted_label("Kyiv. the city was shelled."), None);
        let text = |ps: &[&str]| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        assert!(dotted_labels(&text(&["Remarks", "Q. Will you meet him?", "The President. We will see."])));
        // No question labelled "Q.": no labels, whatever a paragraph opens with.
        assert!(!dotted_labels(&text(&["Title", "Ukraine. The war goes on.", "The President. He spoke."])));
        assert_eq!(label_in("The President. We will see.", false), None);
    }

    #[test]
    fn labels_are_capitals_before_a_colon() {
        let p = "FOREIGN MINISTER LAVROV:  (Via interpreter) State Secretary, colleagues, thank you.";
        let (head, body) = label(p).unwrap();
        assert_eq!(head, "FOREIGN MINISTER LAVROV");
        assert_eq!(&p[body..], "State Secretary, colleagues, thank you.");
        assert_eq!(label("MR. PRICE: Good afternoon.").map(|l| l.0), Some("MR. PRICE"));
        assert_eq!(label("Kyiv: the city was shelled."), None, "a dateline-like start in mixed case");
        assert_eq!(label("NATO said: we agree."), None);
        assert_eq!(label("No colon here"), None);
        let long = "CHAIRMAN OF THE JOINT CHIEFS OF STAFF ARMY GENERAL MARK A. MILLEY: Thank you.";
        assert_eq!(label(long).map(|l| l.0), Some("CHAIRMAN OF THE JOINT CHIEFS OF STAFF ARMY GENERAL MARK A. MILLEY"));
        let prose = "THIS IS A SHOUTED HEADLINE THAT GOES ON FOR FAR TOO MANY WORDS TO BE A NAME: yes";
        assert_eq!(label(prose), None, "more words than any title and name");
        // A note before the colon on how the words came.
        let p = "ZELENSKYY (through translator): We are fighting for our land.";
        let (head, body) = label(p).unwrap();
        assert_eq!((head, &p[body..]), ("ZELENSKYY", "We are fighting for our land."));
        assert_eq!(label("Kyiv (Reuters): the city was shelled."), None, "mixed case stays no label");
    }

    #[test]
    fn speech_headlines_name_their_speaker() {
        assert_eq!(speech_headline("Remarks by President Biden on Continued Support for Ukraine"), Some("President Biden"));
        assert_eq!(speech_headline("Statement from NSC Spokesperson John Kirby on the Strikes"), Some("NSC Spokesperson John Kirby"));
        assert_eq!(speech_headline("Opening Remarks by Secretary Blinken at the Summit"), Some("Secretary Blinken"));
        assert_eq!(
            speech_headline("Press conference by NATO Secretary General Jens Stoltenberg following the extraordinary Summit"),
            Some("NATO Secretary General Jens Stoltenberg")
        );
        assert_eq!(speech_headline("Press briefing by Kremlin spokesman Dmitry Peskov"), Some("Kremlin spokesman Dmitry Peskov"));
        assert_eq!(speech_headline("Russia skips conference by the OSCE"), None);
        assert_eq!(speech_headline("We will never forgive – address by the President of Ukraine"), Some("the President of Ukraine"));
        assert_eq!(speech_headline("Readout of President Biden's Call with President Zelenskyy"), None, "a readout is third person");
        assert_eq!(
            release_line("The following is a statement from Antony J. Blinken, U.S. secretary of state on September 30."),
            Some("Antony J. Blinken, U.S. secretary of state")
        );
        assert_eq!(release_line("The following is a list of the strikes."), None);
        assert_eq!(speech_headline("Biden's remarks on Ukraine draw criticism"), None);
        assert_eq!(speech_headline("Russia rejects statement by NATO"), None);
        let g = Gazetteer::builtin();
        let lane = |id: &str| g.lane_index(id).unwrap();
        assert_eq!(who_is_named(&g, "Secretary of Defense Lloyd J. Austin Iii").0, Some(("Lloyd Austin".to_owned(), lane("us"))));
        assert_eq!(who_is_named(&g, "the President of Russia").0, Some(("President of Russia".to_owned(), lane("russia"))));
        assert_eq!(who_is_named(&g, "President Biden and President Zelenskyy").0, None, "two speakers");
        assert_eq!(who_is_named(&g, "the North Atlantic Council").0.map(|p| p.1), Some(lane("nato")));
    }

    #[test]
    fn the_head_gives_the_speaker_and_where_the_body_starts() {
        let g = Gazetteer::builtin();
        let lane = |id: &str| g.lane_index(id).unwrap();
        let paras = |t: &str| t.split("\n\n").map(str::to_owned).collect::<Vec<_>>();
        let h = header(
            &g,
            &paras("STATEMENT BY SECRETARY OF DEFENSE LLOYD J. AUSTIN III ON UKRAINE\n\nFebruary 24, 2023\n\nToday I directed more aid."),
        );
        assert_eq!((h.speaker, h.body), (Some(("Lloyd Austin".to_owned(), lane("us"))), 2));
        // Two speakers in the headline, one in the standfirst.
        let h = header(
            &g,
            &paras(
                "Secretary of State Marco Rubio and National Security Advisor Mike Waltz Remarks to the Press\n\n03/11/2025 04:15 PM EDT\n\nMarco Rubio, Secretary of State\n\nJeddah, Saudi Arabia\n\nSECRETARY RUBIO: Well, thank you.",
            ),
        );
        assert_eq!((h.speaker, h.body), (Some(("Marco Rubio".to_owned(), lane("us"))), 4));
        let h =
            header(&g, &paras("Remarks by President Biden and President Zelenskyy of Ukraine\n\nKyiv\n\nPRESIDENT ZELENSKYY: Welcome."));
        assert_eq!(h.speaker, None);
        assert_eq!(h.people.len(), 2);
        // A byline is no speaker; a news headline neither.
        let h = header(
            &g,
            &paras(
                "Kremlin blames US for drone attack\n\nJane Roe, Reuters correspondent\n\nThe Kremlin said on Wednesday it was an attack.",
            ),
        );
        assert_eq!(h.speaker, None);
    }

    #[test]
    fn labels_by_surname_title_or_the_head_line() {
        let g = Gazetteer::builtin();
        let lane = |id: &str| g.lane_index(id).unwrap();
        let paras = |t: &str| t.split("\n\n").map(str::to_owned).collect::<Vec<_>>();
        let none = Header::default();
        assert_eq!(speaker_in(&g, &none, "MR MILLER", &[]), Some(("Matthew Miller".to_owned(), lane("us"))));
        assert_eq!(speaker_in(&g, &none, "MR. MILLER", &[]), Some(("Matthew Miller".to_owned(), lane("us"))));
        assert_eq!(speaker_in(&g, &none, "Q", &[]), None);
        let h = header(&g, &paras("Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder Holds a Press Briefing\n\nGENERAL RYDER: Hi."));
        assert_eq!(speaker_in(&g, &h, "GENERAL RYDER", &[]), Some(("General Ryder".to_owned(), lane("us"))));
        assert_eq!(speaker_in(&g, &h, "COLONEL SMITH", &[]), None, "not in the head: not guessed");
        let h = header(
            &g,
            &paras(
                "U.S. imposes costs\n\nThe following is a statement from Antony J. Blinken, U.S. secretary of state on September 30.\n\nThe United States rejects the vote.",
            ),
        );
        assert_eq!(h.speaker.map(|s| s.0).as_deref(), Some("Antony Blinken"), "a release's first line names its speaker");
        let h = header(&g, &paras("Remarks by President Biden and President Zelenskyy\n\nTHE PRESIDENT: Hi."));
        assert_eq!(speaker_in(&g, &h, "THE PRESIDENT", &["Volodymyr Zelensky".to_owned()]), Some(("Joe Biden".to_owned(), lane("us"))));
        assert_eq!(speaker_in(&g, &h, "THE PRESIDENT", &[]), None, "two presidents: not guessed");
    }

    #[test]
    fn pleasantries_and_housekeeping_say_nothing() {
        for s in [
            "Thank you.",
            "Good afternoon, everybody.",
            "Thank you, and once again, I’m very glad to see you.",
            "God bless you all.",
            "And with that, I'm happy to take your questions.",
            "I'm not going to get into operational details.",
        ] {
            assert!(is_pleasantry(s), "{s}");
        }
        for s in [
            "Thanks to our partners, Ukraine has held the line against Russia's attacks.",
            "Today we imposed sanctions on twenty Russian companies.",
        ] {
            assert!(!is_pleasantry(s), "{s}");
        }
    }

    #[test]
    fn speakers_are_found_in_the_gazetteer() {
        let g = Gazetteer::builtin();
        let (name, lane) = speaker(&g, "SECRETARY BLINKEN").unwrap();
        assert_eq!((name.as_str(), g.lanes[lane].id.as_str()), ("Antony Blinken", "us"));
        assert_eq!(speaker(&g, "QUESTION"), None);
        assert_eq!(speaker(&g, "MODERATOR"), None);
        assert_eq!(speaker(&g, "JOHN DOE"), None, "unknown: not guessed");
        assert_eq!(speaker(&g, "WASHINGTON"), None, "a dateline");
    }
}
