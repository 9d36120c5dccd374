//! An occasion named again with no time of its own ("in-depth talks between Rubio and
//! Lavrov in Riyadh", after "US and Russian officials met in Riyadh on Tuesday") is the
//! occasion the article dated elsewhere: it takes that date instead of "on or before
//! publication". So is a strike told again without its day ("Russia struck Dnipro", after
//! "On the morning of November 21, the Russians attacked Dnipro"). Only where the two are of
//! one lane and kind, share a proper name that is not their own side's (a place, a partner),
//! every such dated occasion agrees on the date, and that date is within the "on or before"
//! the mention had; anything less stays "on or before".

use super::dates::Dated;
use super::events::Draft;
use super::gazetteer::{Gazetteer, What};
use super::text::{TokKind, tokenize};
use crate::model::{Kind, Precision};

/// How the mentions this module dates were dated before (see mentioned.rs and clauses.rs).
const NO_TIME_OF_ITS_OWN: &str = "with no time of its own: on or before publication";
/// ... by a noun phrase (mentioned.rs), as journeys are.
const NAMED: &str = "named inside another report";

/// Proper names of a quote that do not name its own side (`lane`): capitalised words
/// after its first word, places and other sides ("Zelensky's trip to the United
/// States" / "arrived in the United States on Wednesday"), never the doer's own.
fn other_names(g: &Gazetteer, quote: &str, lane: usize) -> Vec<String> {
    let t = tokenize(quote, 0);
    let own: Vec<usize> = g
        .mentions(&t, 0..t.len(), &[])
        .into_iter()
        .filter(|m| {
            let side = match m.what {
                What::Group(l) | What::Title(Some(l)) | What::Demonym(l) => Some(l),
                What::Person(id) => Some(g.people[id].lane),
                _ => None,
            };
            side == Some(lane) || matches!(m.what, What::Title(None))
        })
        .flat_map(|m| m.start..m.end)
        .collect();
    (1..t.len())
        .filter(|&k| t[k].kind == TokKind::Word && t[k].is_capitalized() && t[k].norm.len() >= 4 && !own.contains(&k))
        .map(|k| t[k].lower.clone())
        .collect()
}

/// An attack told with no day of its own, by the simple past of news style or inside
/// someone's words ("Putin stated that Russia struck Dnipro with a new missile", after
/// "On the morning of November 21, the Russians attacked Dnipro"): the strike the article
/// dates, when it names the same target. Not a perfect or a present: "Russia has struck
/// Dnipro many times" tells of strikes, not of this one.
fn told_attack(d: &Draft) -> bool {
    let how = d.date.how.as_str();
    d.kind == Kind::Attack && d.date.cue.is_none() && !how.contains("perfect") && !how.contains("present")
}

/// Dates each undated mention of an occasion as the one occasion of its lane and kind
/// that the article dates and that shares a name with it.
pub fn date_by_occasion(g: &Gazetteer, drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let d = &drafts[i];
        // A meeting, or a journey named by its noun ("the trip of Zelensky to …"); not any other act.
        let occasion = d.kind == Kind::Meeting || d.kind == Kind::Other && d.date.how.starts_with(NAMED);
        let undated_occasion = occasion && d.date.how.ends_with(NO_TIME_OF_ITS_OWN);
        if d.date.precision != Precision::Before || !(undated_occasion || told_attack(d)) {
            continue;
        }
        let names = other_names(g, &d.quote, d.lane);
        if names.is_empty() {
            continue;
        }
        let mut dates = drafts.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, e)| e).filter(|e| {
            e.lane == d.lane
                && e.kind == d.kind
                && matches!(e.date.precision, Precision::Day | Precision::Range)
                && e.date.cue.is_some()
                && other_names(g, &e.quote, e.lane).iter().any(|n| names.contains(n))
        });
        let Some(first) = dates.next() else { continue };
        if dates.any(|e| (e.date.start, e.date.end) != (first.date.start, first.date.end)) {
            continue;
        }
        // A strike "on or before" a day earlier than the dated one's: another strike.
        if d.kind == Kind::Attack && first.date.end.unwrap_or(first.date.start) > d.date.start {
            continue;
        }
        let how = format!("no time of its own: the occasion ¶{} dates (“{}”)", first.paragraph, first.date.cue.clone().unwrap_or_default());
        let date = Dated { how: how.clone(), ..first.date.clone() };
        let d = &mut drafts[i];
        d.notes = d.notes.replace(&format!("Date: {}.", d.date.how), &format!("Date: {how}."));
        d.date = date;
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{Kind, Precision};

    fn named(text: &str, published: &str) -> Vec<(usize, String, Kind, String, Precision, String, String)> {
        super::super::events::drafts_by_rule(text, published, "an event named inside another report")
    }

    #[test]
    fn an_occasion_named_again_takes_the_date_the_article_gives_it() {
        let text = "Title\n\nUS and Russian officials met in Riyadh on Tuesday for extensive talks.\n\n\
                    Zelensky said the change of plan was a response to in-depth talks between Marco Rubio and Sergei Lavrov in Riyadh.\n";
        let got = named(text, "2025-02-20");
        let talks = got.iter().find(|m| m.3.starts_with("in-depth talks")).expect("the talks named again");
        assert_eq!((talks.2, talks.4, talks.5.as_str()), (Kind::Meeting, Precision::Day, "2025-02-18"), "{got:?}");
        // A journey named again, dated where the article tells the arrival.
        let text = "Title\n\nThe Kremlin said nothing new came of the trip of Ukrainian President Volodymyr Zelensky to the United States.\n\n\
                    The Ukrainian leader arrived in the United States on Wednesday, December 21.\n";
        let got = named(text, "2022-12-22");
        assert_eq!((got[0].4, got[0].5.as_str()), (Precision::Day, "2022-12-21"), "{got:?}");
    }

    #[test]
    fn a_strike_told_again_takes_the_day_the_article_gives_it() {
        let text = "Title\n\nPutin stated that Russia struck Dnipro with a new missile.\n\n\
                    On the morning of November 21, the Russians attacked Dnipro.\n";
        let all = |text: &str| super::super::events::drafts_by_rule(text, "2024-11-22", "");
        let got = all(text);
        let strikes: Vec<_> = got.iter().filter(|m| m.2 == Kind::Attack).collect();
        assert_eq!(strikes.len(), 2, "{got:?}");
        assert!(strikes.iter().all(|m| (m.4, m.5.as_str()) == (Precision::Day, "2024-11-21")), "{got:?}");
        // Another target, or a perfect (strikes over time): still on or before.
        let text = "Title\n\nPutin stated that Russia struck Kharkiv with a new missile.\n\n\
                    Russia has struck Dnipro with missiles.\n\n\
                    On the morning of November 21, the Russians attacked Dnipro.\n";
        let got = all(text);
        let undated: Vec<_> = got.iter().filter(|m| m.2 == Kind::Attack && m.4 == Precision::Before).collect();
        assert_eq!(undated.len(), 2, "{got:?}");
    }

    #[test]
    fn without_a_shared_name_or_with_two_dates_it_stays_on_or_before() {
        // Nothing but its own side in common: another NATO meeting may be meant.
        let text = "Title\n\nNATO defence ministers met on Tuesday.\n\nStoltenberg said the critical NATO summit had shown unity.\n";
        let got = named(text, "2023-07-14");
        let summit = got.iter().find(|m| m.3.contains("summit")).expect("the summit named");
        assert_eq!(summit.4, Precision::Before, "{got:?}");
        // Two dated meetings in Riyadh on different days: which one is not said.
        let text = "Title\n\nUS and Russian officials met in Riyadh on Monday.\n\nUS and Russian officials met again in Riyadh on Tuesday.\n\n\
                    Zelensky said he was not invited to the talks between Marco Rubio and Sergei Lavrov in Riyadh.\n";
        let got = named(text, "2025-02-20");
        let talks = got.iter().find(|m| m.2 == Kind::Meeting).expect("the talks named");
        assert_eq!(talks.4, Precision::Before, "{got:?}");
    }
}
