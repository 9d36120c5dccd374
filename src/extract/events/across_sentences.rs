//! Links between sentences and paragraphs: a lead dated by the paragraph after it, a
//! sentence that says who told the one before, a quotation carried on.

use super::*;

/// "In return, Ukraine agreed …": a paragraph that opens as the other half of
/// the deal the paragraph before told is of that occasion, and of its day when
/// the paragraph before gave its reports one day only.
pub(super) fn continued_day(p: &str, drafts: &[Draft]) -> Option<Dated> {
    let opening = p.trim_start().to_lowercase();
    if !["in return,", "in exchange,"].iter().any(|o| opening.starts_with(o)) {
        return None;
    }
    let last = drafts.last()?.paragraph;
    let mut days = drafts.iter().rev().take_while(|d| d.paragraph == last).filter(|d| d.date.precision == Precision::Day);
    let day = days.next()?.date.clone();
    if days.any(|d| d.date.start != day.start) || day.cue.is_none() {
        return None;
    }
    let words = day.cue.clone().unwrap_or_default();
    Some(Dated { how: format!("the occasion the paragraph before told (“{words}”)"), cue: Some(words), ..day })
}

/// "…met in person for the first time during talks in Riyadh in February. During that meeting,
/// the sides agreed …": an act told as done at a meeting the text just told, with no date of
/// its own, is of that meeting's date (it was dated by the article's day).
pub(super) fn date_by_meeting_referred_back(drafts: &mut [Draft]) {
    pub(super) const BACK: &[&str] = &["that", "this", "those", "the"];
    pub(super) const OCCASIONS: &[&str] = &["meeting", "talks", "summit", "call", "conversation", "visit", "negotiations"];
    let refers_back = |quote: &str| {
        let words: Vec<String> =
            quote.split_whitespace().map(|w| w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()).to_owned()).collect();
        words
            .windows(3)
            .any(|w| matches!(w[0].as_str(), "during" | "at" | "in") && BACK.contains(&w[1].as_str()) && OCCASIONS.contains(&w[2].as_str()))
    };
    for j in 1..drafts.len() {
        if drafts[j].date.cue.is_some() || drafts[j].kind == Kind::Meeting || !refers_back(&drafts[j].quote) {
            continue;
        }
        let para = drafts[j].paragraph;
        let Some(i) = (0..j).rev().take_while(|&i| drafts[i].paragraph + 1 >= para).find(|&i| drafts[i].kind == Kind::Meeting) else {
            continue;
        };
        let met = &drafts[i].date;
        if met.cue.is_none() || drafts[i].quote == drafts[j].quote {
            continue;
        }
        let how = format!("the meeting the text just told (“{}”)", met.cue.clone().unwrap_or_default());
        drafts[j].date = Dated { how, ..met.clone() };
    }
}

/// A news lead sums up the occasion the next paragraph tells and dates ("Austin
/// said Ukraine will not back down." / "Austin today convened the meeting …"): a
/// lead report of no date of its own takes the day the next paragraph gives the
/// same actor, when that paragraph gives them one day only. Present-tense
/// positions and reports told inside another stay as they are.
pub(super) fn date_the_lead(drafts: &mut [Draft]) {
    let Some(lead) = drafts.first().map(|d| d.paragraph) else { return };
    let same = |a: &Draft, b: &Draft| {
        // The same actor, or the same side's meeting ("the 25th meeting of the group" / "Austin concluded the meeting").
        a.lane == b.lane
            && (a.kind == Kind::Meeting && b.kind == Kind::Meeting
                || match (&a.actor, &b.actor) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                })
    };
    for i in 0..drafts.len() {
        let undated = drafts[i].date.precision == Precision::Before && drafts[i].date.how.contains(UNDATED);
        if drafts[i].paragraph != lead || !(undated || drafts[i].date.how.starts_with(SIMPLE_PAST)) {
            continue;
        }
        let mut days = drafts
            .iter()
            .filter(|n| n.paragraph == lead + 1 && same(&drafts[i], n))
            .filter(|n| n.date.precision == Precision::Day && n.date.cue.is_some())
            .map(|n| n.date.clone());
        let Some(day) = days.next() else { continue };
        if days.any(|d| d.start != day.start) {
            continue;
        }
        let words = day.cue.clone().unwrap_or_default();
        let how = format!("no date of its own: the lead tells the occasion the next paragraph dates (“{words}”)");
        let d = &mut drafts[i];
        d.notes = d.notes.replace(&format!("Date: {}.", d.date.how), &format!("Date: {how}."));
        d.date = Dated { how, ..day };
    }
}

/// "This was stated by …", "It was announced by …": a sentence whose report is
/// the sentence before it (agency style: "NATO will prepare plans … . This is
/// stated in a written statement by US President Joe Biden").
pub(super) fn refers_back(sentence: &str) -> bool {
    let words: Vec<String> =
        sentence.split_whitespace().take(5).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    // "That's according to the press service of the State Department".
    if words.len() >= 3 && matches!(words[0].as_str(), "that's" | "this" | "that" | "it's") && words.contains(&"according".to_owned()) {
        return words.iter().take(4).any(|w| w == "according");
    }
    let opener = words.first().is_some_and(|w| matches!(w.as_str(), "this" | "that" | "it" | "these"));
    let be = words.get(1).is_some_and(|w| matches!(w.as_str(), "is" | "was" | "were" | "has" | "had"));
    let reported = words
        .iter()
        .skip(2)
        .take(3)
        .any(|w| matches!(w.as_str(), "stated" | "said" | "announced" | "reported" | "noted" | "declared" | "confirmed"));
    opener && be && reported
}

/// The reports drafted from a sentence that refers back (see `refers_back`) are
/// of what the sentence before said: their quote holds both, their title the
/// one before, and they are statements (its words decide, not "stated by").
pub(super) fn said_the_sentence_before(drafts: &mut [Draft], p: &str, before_start: usize, start: usize, end: usize) {
    let said = p[before_start..start].trim();
    // Not its dateline: "WASHINGTON DC (TASS): NATO will …".
    let said =
        said.find("): ").filter(|&i| i < 60 && said[..i].chars().filter(|c| c.is_lowercase()).count() < 3).map_or(said, |i| &said[i + 3..]);
    for d in drafts.iter_mut().filter(|d| matches!(d.kind, Kind::Statement | Kind::Claim | Kind::Accusation)) {
        let who = d.actor.clone().unwrap_or_else(|| "Unnamed source".to_owned());
        d.quote = p[before_start..end].trim().to_owned();
        d.title = titles::report_title(&who, said, "said", true);
        if d.kind != Kind::Statement {
            d.notes.push_str(" Kind statement: what the sentence before says, not the words of “stated by”.");
        }
        d.kind = Kind::Statement;
        d.notes.push_str(" What was said: the sentence before (“This was stated by …”).");
    }
}

/// "“… bare hands,” it said. “Yes, this is a black page …”": a sentence that is only a
/// quotation, with no verb of its own that drafted anything, goes on with the words of the
/// report just before (ending at `before_end`): its quote runs on over it.
pub(super) fn continued_quotation(drafts: &mut [Draft], p: &str, s: &Sentence, before_end: usize) {
    let t = &s.tokens;
    let quotation = t.first().is_some_and(|w| w.kind == crate::extract::text::TokKind::OpenQuote)
        && t.iter().rev().find(|w| !w.is_punct('.')).is_some_and(|w| w.kind == crate::extract::text::TokKind::CloseQuote);
    if !quotation || !p[before_end..s.start].trim().is_empty() {
        return;
    }
    let Some(d) = drafts.iter_mut().rev().find(|d| matches!(d.kind, Kind::Statement | Kind::Claim | Kind::Accusation)) else { return };
    let Some(start) = p[..before_end].rfind(d.quote.as_str()).filter(|&k| k + d.quote.len() == before_end) else { return };
    d.quote = p[start..s.end].to_owned();
    // "“Make no mistake,” Austin said.": too little to title by, what goes on says more.
    let who = d.actor.clone().unwrap_or_else(|| "Unnamed source".to_owned());
    // ("Lloyd Austin said: Make no mistake": words with no verb of their own, told by the verb.)
    let told_by_verb = d.title.split_once(": ").is_some_and(|(head, _)| head != who && head.starts_with(who.as_str()));
    if d.title.trim_end_matches('.').ends_with(" said") || d.title.split_whitespace().count() <= 4 || told_by_verb {
        d.title = titles::report_title(&who, s.text(p), "said", true);
    }
}

/// The note of a statement whose words are the headline's (see `headline_words`).
pub(super) const HEADLINE_SAID: &str = " The words are the headline's: this sentence says who said them and where.";

/// Who a headline says spoke and the words it gives them: "Zelensky: Russian ballistic missile
/// strike in Poltava killed 41 people" (a name of at most four words and a colon), or "Russia
/// will respond to Finland's accession, Kremlin says" (the words, then who says them). None for
/// a headline that gives no one's words.
pub(super) fn headline_words(headline: &str) -> Option<(String, String)> {
    let h = headline.trim();
    let enough = |w: &str| w.split_whitespace().count() >= 3;
    let bare = |w: &str| w.trim().trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’')).trim().to_owned();
    if let Some((who, words)) = h.split_once(':')
        && (1..=4).contains(&who.split_whitespace().count())
        && who.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && enough(words)
    {
        return Some((who.trim().to_owned(), bare(words)));
    }
    let (words, who) = h.rsplit_once(", ")?;
    let mut who_words: Vec<&str> = who.split_whitespace().collect();
    let says = |w: &str| matches!(w, "says" | "said" | "warns" | "claims" | "announces");
    match who_words.as_slice() {
        [first, ..] if says(first) => {
            who_words.remove(0);
        }
        [.., last] if says(last) => {
            who_words.pop();
        }
        _ => return None,
    }
    (!who_words.is_empty() && who_words.len() <= 4 && enough(words)).then(|| (who_words.join(" "), bare(words)))
}

/// Whether a headline's `who` ("Zelensky", "Putin's spokesman Peskov") names the actor `name`
/// ("Volodymyr Zelensky"): one of its capitalised words, possessive dropped, is a word of the name.
pub(super) fn names_the_same(name: &str, who: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    who.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
        .any(|w| w.len() > 2 && words.contains(&w))
}
