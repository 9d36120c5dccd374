//! The start of the war named in passing: "since the war began", "since the Ukraine war
//! began last Feb. 24", "since the start of the military operation a month ago", "the
//! invasion of Ukraine in February 2022". In an
//! article about Russia and Ukraine the war is Russia's invasion, an event in Russia's
//! lane however the sentence names it (the reference events count such mentions,
//! "Russia's invasion" among them). Only where a time inside the phrase dates it.

use super::dates::{Calendar, Cue, Dated};
use super::events::Draft;
use super::gazetteer::Gazetteer;
use super::sentences::Sentence;
use crate::model::{Kind, Precision, Verification};
use chrono::Datelike;

/// What the war is called.
pub(super) const WAR_NOUNS: &[&str] = &["war", "conflict", "invasion", "operation"];
/// Verbs of its start after the noun ("the war began").
const STARTED: &[&str] = &["began", "started", "erupted", "broke"];
/// Nouns of its start before "of the …" ("the start of the war").
const START_NOUNS: &[&str] = &["start", "beginning", "outbreak", "launch"];
/// Words that may describe the war between "the" and its noun.
const DESCRIBING: &[&str] =
    &["ukraine", "ukrainian", "russian", "russia's", "full", "scale", "full-scale", "special", "military", "current"];
/// Words that may open the phrase ("since the war began").
const OPENERS: &[&str] = &["since", "after", "before", "when"];

/// Whether an article is about Russia and Ukraine, so that "the war" is Russia's.
pub fn about_the_war(paragraphs: &[String]) -> bool {
    let text = paragraphs.join(" ").to_lowercase();
    text.contains("ukrain") && ["russia", "moscow", "kremlin", "putin"].iter().any(|w| text.contains(w))
}

/// The drafts of the war's start that sentence `s` names.
pub fn starts(g: &Gazetteer, pi: usize, s: &Sentence, p: &str, cues: &[(Cue, Dated)], cal: &Calendar) -> Vec<Draft> {
    let t = &s.tokens;
    let Some(lane) = g.lanes.iter().position(|l| l.id == "russia") else { return Vec::new() };
    let word = |k: usize| t.get(k).filter(|w| w.is_word() && !s.quoted[k]).map(|w| w.lower.as_str());
    let mut out = Vec::new();
    for the in (0..t.len()).filter(|&k| word(k) == Some("the")) {
        // "the (Ukraine) war began" / "the start of the (special military) operation".
        // (`invaded`: "the invasion of Ukraine", told as done.)
        let (noun, end, what_from, invaded) = if word(the + 1).is_some_and(|w| START_NOUNS.contains(&w)) {
            if word(the + 2) != Some("of") || word(the + 3) != Some("the") {
                continue;
            }
            let Some(n) = war_noun(&word, the + 4) else { continue };
            (n, n + 1, the + 4, false)
        } else {
            let Some(n) = war_noun(&word, the + 1) else { continue };
            // "the invasion of Ukraine in February 2022 prompted Finns …": Russia's, with whose it is unsaid.
            if t[n].lower == "invasion" && word(n + 1) == Some("of") && word(n + 2) == Some("ukraine") {
                (n, n + 3, the + 1, true)
            } else {
                let Some(v) = word(n + 1).filter(|w| STARTED.contains(w)) else { continue };
                (n, if v == "broke" && word(n + 2) == Some("out") { n + 3 } else { n + 2 }, the + 1, false)
            }
        };
        // "operation" alone is any operation; only the military one is the war.
        if t[noun].lower == "operation" && word(noun - 1) != Some("military") {
            continue;
        }
        let start = if the > 0 && word(the - 1).is_some_and(|w| OPENERS.contains(&w)) { the - 1 } else { the };
        // A time right after it is its own ("since the war started on Feb. 24", "… a month ago").
        let own = cues.iter().find(|(c, _)| c.start >= end && c.start <= end + 1 && !c.future && !c.would);
        // Only where the phrase dates it, as for "Russia's invasion" (see `mentioned`): undated, the
        // war is the backdrop of nearly every article about it, not news of its start.
        let Some((c, d)) = own else { continue };
        // "began last Feb. 24": the day's last occurrence before publication.
        let d = match (word(c.start.wrapping_sub(1)), d.precision) {
            (Some("last"), Precision::Day) if d.start > cal.published => {
                let Some(start) = d.start.with_year(d.start.year() - 1) else { continue };
                Dated { start, ..d.clone() }
            }
            _ => d.clone(),
        };
        if d.start > cal.published {
            continue;
        }
        let mut date = d;
        date.how = format!("a time inside the phrase that names it (“{}”)", c.text);
        let end = c.end;
        // "the Ukraine war", "the military operation", as the text names it; "the invasion of
        // Ukraine" is told as done, with its time.
        let what = s.slice(p, what_from, noun);
        let label = &g.lanes[lane].label;
        let title = if invaded { format!("{label} invaded Ukraine {}", c.text) } else { format!("{label} began the {what}") };
        out.push(Draft {
            paragraph: pi,
            quote: s.slice(p, start, end - 1).to_owned(),
            lane,
            actor: Some(g.lanes[lane].label.clone()),
            kind: Kind::Attack,
            verification: Verification::Reported,
            title,
            notes: format!(
                "Draft by `chronolens extract`. Lane {}: the start of the war in an article about Russia and Ukraine is Russia's invasion. Kind attack. Date: {}.",
                g.lanes[lane].label, date.how
            ),
            date,
        });
    }
    out
}

/// The war noun at `k` or after up to three describing words, if any.
fn war_noun<'a>(word: &impl Fn(usize) -> Option<&'a str>, k: usize) -> Option<usize> {
    (k..k + 4)
        .take_while(|&j| word(j).is_some())
        .find(|&j| word(j).is_some_and(|w| WAR_NOUNS.contains(&w)) && (k..j).all(|d| word(d).is_some_and(|w| DESCRIBING.contains(&w))))
}

/// The article's drafts with the war's starts added after their paragraph's drafts, but
/// none that a draft of its paragraph already tells as the invasion ("a year after Russia
/// invaded").
pub fn add(mut drafts: Vec<Draft>, starts: Vec<Draft>) -> Vec<Draft> {
    for w in starts {
        let told = drafts.iter().any(|d| {
            // ("ordered the invasion of Ukraine last month": the order tells it, as a decision.)
            d.paragraph == w.paragraph && d.lane == w.lane && matches!(d.kind, Kind::Attack | Kind::Decision) && {
                let title = d.title.to_lowercase();
                title.contains("invad") || title.contains("invasion") || title.contains(" began the ")
            }
        });
        if !told {
            let at = drafts.iter().position(|d| d.paragraph > w.paragraph).unwrap_or(drafts.len());
            drafts.insert(at, w);
        }
    }
    drafts
}

#[cfg(test)]
mod tests {
    use crate::extract::gazetteer::Gazetteer;
    use crate::model::Precision;
    use chrono::NaiveDate;

    fn starts(text: &str, published: &str) -> Vec<(String, String, Precision, String, String)> {
        let g = Gazetteer::builtin();
        let d = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        super::super::events::extract_paragraphs(&crate::model::paragraphs::split_paragraphs(text), d, &g)
            .into_iter()
            .filter(|x| x.notes.contains("the start of the war"))
            .map(|x| (g.lanes[x.lane].id.clone(), x.quote, x.date.precision, x.date.start.to_string(), x.title))
            .collect()
    }

    #[test]
    fn the_wars_start_named_with_its_time_is_russias_invasion() {
        let got = starts(
            "T\n\nMore than 3 million people have fled Ukraine since the war started on Feb. 24, Russian officials said.\n",
            "2022-03-27",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].1.as_str(), got[0].2, got[0].3.as_str(), got[0].4.as_str()),
            ("russia", "since the war started on Feb. 24", Precision::Day, "2022-02-24", "Russia began the war")
        );
        // "last Feb. 24" a year back: the day's last occurrence before publication.
        let got = starts("T\n\nIt was his first visit to Ukraine since the Ukraine war began last Feb. 24, Russia said.\n", "2023-02-20");
        assert_eq!((got[0].3.as_str(), got[0].4.as_str()), ("2022-02-24", "Russia began the Ukraine war"), "{got:?}");
        let got =
            starts("T\n\nSince the start of the special military operation on Feb. 24, Russia has struck Ukraine daily.\n", "2022-03-27");
        assert_eq!(got[0].1, "Since the start of the special military operation on Feb. 24", "{got:?}");
        // "the invasion of Ukraine" with its time, whose it is unsaid.
        let got = starts("T\n\nThe invasion of Ukraine in February 2022 prompted Finns to seek security, Russia said.\n", "2023-04-04");
        assert_eq!(
            got.iter().map(|g| (g.0.as_str(), g.3.as_str(), g.4.as_str())).collect::<Vec<_>>(),
            [("russia", "2022-02-01", "Russia invaded Ukraine in February 2022")],
            "{got:?}"
        );
    }

    #[test]
    fn undated_or_outside_an_article_about_the_war_it_is_no_event() {
        // The backdrop of nearly every article about the war, not news of its start.
        assert!(starts("T\n\nIt was his first trip abroad since the war began, Ukraine and Russia said.\n", "2023-02-20").is_empty());
        // Another war: Russia is not named.
        assert!(starts("T\n\nThousands have fled since the war started on Oct. 7, officials in Ukraine said.\n", "2023-11-20").is_empty());
        // Any operation but the military one is no war.
        assert!(
            starts("T\n\nSince the start of the rescue operation on Monday, Russia and Ukraine said nothing.\n", "2023-11-20").is_empty()
        );
    }
}
