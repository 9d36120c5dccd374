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
    let words: Vec<&str> = head.split_whitespace().collect();
    let caps = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || ".-'’".contains(c))
    };
    if words.is_empty() || words.len() > 6 || !words.iter().all(caps) {
        return None;
    }
    let mut body = colon + 1;
    let rest = &paragraph[body..];
    let trimmed = rest.trim_start();
    body += rest.len() - trimmed.len();
    if let Some(note) = trimmed.strip_prefix('(')
        && let Some(close) = note.find(')')
        && close < 40
    {
        let after = &note[close + 1..];
        body += 1 + close + 1 + (after.len() - after.trim_start().len());
    }
    Some((head, body))
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

#[cfg(test)]
mod tests {
    use super::*;

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
