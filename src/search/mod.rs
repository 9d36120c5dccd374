//! Finding events by what they say: title, actor, tags, notes, quotes and the
//! paragraphs they cite, without regard to case or accents ("zelenskyy"
//! finds "Zelenskyy", "kyiv" finds "Kyïv"). No egui here.

pub mod arena;
pub mod fold;
pub mod run;

pub use arena::Arena;
pub use fold::{find_folded, fold, fold_char};
pub use run::{ArenaSlot, Found, Hits, SearchJob};

use crate::model::Loaded;

/// Does event `e` of `data` hold the folded query `q` anywhere a reader would look?
pub fn event_matches(data: &Loaded, e: u32, q: &str) -> bool {
    event_matches_with(data, e, q, &mut |a, p| {
        data.dataset.articles[a as usize].paragraphs.get(p).is_some_and(|t| fold::contains_folded(t, q))
    })
}

/// `event_matches`, asking `paragraph(article, number)` whether a cited
/// paragraph holds the query (a search answers that once per paragraph: many
/// events cite the same one).
pub fn event_matches_with(data: &Loaded, e: u32, q: &str, paragraph: &mut dyn FnMut(u32, usize) -> bool) -> bool {
    let ev = &data.dataset.events[e as usize];
    let has = |s: &str| fold::contains_folded(s, q);
    has(&ev.title)
        || ev.actor.as_deref().is_some_and(has)
        || ev.rare.notes.as_deref().is_some_and(has)
        || ev.rare.tags.iter().flatten().any(|t| has(t))
        || ev
            .sources
            .iter()
            .any(|s| has(&s.quote) || data.index.article_ids.get(s.article.as_str()).is_some_and(|&a| paragraph(a, s.paragraph)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_sample;

    fn hits(q: &str) -> Vec<String> {
        let data = load_sample();
        let q = fold(q);
        (0..data.dataset.events.len() as u32)
            .filter(|&e| event_matches(&data, e, &q))
            .map(|e| data.dataset.events[e as usize].id.to_string())
            .collect()
    }

    #[test]
    fn finds_titles_actors_and_cited_text_without_case() {
        assert!(!hits("SULLIVAN").is_empty());
        assert!(hits("tiger team").len() == 1, "{:?}", hits("tiger team"));
        // Only in the cited paragraph, not in the title or the quote.
        let irpin = hits("irpin");
        assert!(!irpin.is_empty());
        assert!(hits("no such words anywhere").is_empty());
    }
}
