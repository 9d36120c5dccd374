//! The words that carry what a report is about (who, what, where), for
//! comparing two reports written by different people.

use std::collections::BTreeSet;

/// Words that say nothing about which event is meant: function words,
/// reporting verbs, days and relative time words.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
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
    "during",
    "each",
    "earlier",
    "for",
    "friday",
    "from",
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
    "last",
    "later",
    "may",
    "me",
    "might",
    "monday",
    "more",
    "most",
    "mr",
    "ms",
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
    "was",
    "we",
    "wednesday",
    "week",
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
    STOP.binary_search(&w).is_ok()
}

/// One word as compared: lower case, a plural or possessive "s" taken off.
fn stem(word: &str) -> String {
    let mut w = word.to_lowercase();
    for tail in ["'s", "’s"] {
        if let Some(cut) = w.strip_suffix(tail) {
            w = cut.to_owned();
        }
    }
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.pop();
    }
    w
}

/// The content words of `text`, each once.
pub fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(stem)
        .filter(|w| !is_stop(w) && (w.chars().count() > 2 || w.chars().all(|c| c.is_ascii_digit())))
        .collect()
}

/// How much two bags of words share: |A ∩ B| / min(|A|, |B|), in 0..=1
/// (the shorter report may be a summary of the longer one).
pub fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f32 / small as f32
}

/// How many words two bags share.
pub fn shared(a: &BTreeSet<String>, b: &BTreeSet<String>) -> usize {
    a.intersection(b).count()
}

/// Surname-like key of a person or body: its last word, lower case
/// ("NATO Secretary General Jens Stoltenberg" → "stoltenberg").
pub fn name_key(name: &str) -> Option<String> {
    name.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()).map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_list_is_sorted_for_binary_search() {
        assert!(STOP.windows(2).all(|w| w[0] < w[1]), "{:?}", STOP.windows(2).find(|w| w[0] >= w[1]));
    }

    #[test]
    fn content_words_drop_function_words_and_plurals() {
        let w = content_words("Russia's forces used chemical weapons on Tuesday, he said.");
        assert_eq!(w.into_iter().collect::<Vec<_>>(), ["chemical", "force", "russia", "used", "weapon"]);
        assert!(content_words("39 people").contains("39"));
    }

    #[test]
    fn overlap_is_relative_to_the_shorter_report() {
        let a = content_words("Stoltenberg warned Russia against chemical weapons");
        let b = content_words("Stoltenberg warned Russia against using chemical weapons in Ukraine, at the Brussels summit");
        assert_eq!(overlap(&a, &b), 1.0);
        assert_eq!(overlap(&a, &content_words("the")), 0.0);
    }

    #[test]
    fn names_are_compared_by_their_last_word() {
        assert_eq!(name_key("NATO Secretary-General Jens Stoltenberg").as_deref(), Some("stoltenberg"));
        assert_eq!(name_key(""), None);
    }
}
