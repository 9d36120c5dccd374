//! Where the sources of one event disagree: on the date (no day fits both),
//! on the verification (one reports it, another denies it), or on a number
//! ("39 people" in one, "50 people" in another).

use super::merge::{date_of, verification_of};
use crate::model::time::fmt_known;
use crate::model::{Event, Precision, Span, Verification};

/// Two sources (numbers in `event.sources`) that disagree, and on what.
#[derive(Debug, Clone, PartialEq)]
pub struct Contradiction {
    pub a: usize,
    pub b: usize,
    /// "date", "verification" or "number".
    pub field: &'static str,
    /// What each says, e.g. "24 Mar 2022 / 26 Mar 2022".
    pub detail: String,
}

/// Numbers and the word after each ("39 people", "10,000 troops"): the
/// number, the word stemmed and lower case (to compare), and both as written.
fn counted(quote: &str) -> Vec<(String, String, String)> {
    let words: Vec<&str> = quote.split_whitespace().collect();
    let mut out = Vec::new();
    for w in words.windows(2) {
        let n: String = w[0].trim_matches(|c: char| !c.is_ascii_digit()).chars().filter(|c| *c != ',').collect();
        if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) || n.len() == 4 && (n.starts_with("19") || n.starts_with("20")) {
            continue; // not a count, or a year
        }
        let noun: String = w[1].chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        if noun.len() < 3 {
            continue;
        }
        let stem = noun.strip_suffix('s').map_or(noun.clone(), str::to_owned);
        let written =
            format!("{} {}", w[0].trim_matches(|c: char| !c.is_alphanumeric()), w[1].trim_matches(|c: char| !c.is_alphanumeric()));
        out.push((n.trim_start_matches('0').to_owned(), stem, written));
    }
    out
}

fn shown(precision: Precision, w: Span) -> String {
    let drawn = if precision == Precision::Before { Span { lo: w.hi - 86_400, hi: w.hi } } else { w };
    fmt_known(precision, Some(drawn))
}

/// Every pair of sources of `event` that disagree, one entry per pair and field.
pub fn contradictions(event: &Event) -> Vec<Contradiction> {
    let mut out = Vec::new();
    let s = &event.sources;
    let dates: Vec<_> = s.iter().map(|x| date_of(x, event)).collect();
    let counts: Vec<_> = s.iter().map(|x| counted(&x.quote)).collect();
    for a in 0..s.len() {
        for b in a + 1..s.len() {
            if let ((pa, Ok(Some(wa))), (pb, Ok(Some(wb)))) = (&dates[a], &dates[b])
                && (wa.hi <= wb.lo || wb.hi <= wa.lo)
            {
                out.push(Contradiction { a, b, field: "date", detail: format!("{} / {}", shown(*pa, *wa), shown(*pb, *wb)) });
            }
            let (va, vb) = (verification_of(&s[a], event), verification_of(&s[b], event));
            if (va == Verification::Denied) != (vb == Verification::Denied) {
                out.push(Contradiction { a, b, field: "verification", detail: format!("{} / {}", va.name(), vb.name()) });
            }
            for (na, noun, wa) in &counts[a] {
                if let Some((_, _, wb)) = counts[b].iter().find(|(nb, n, _)| n == noun && nb != na) {
                    out.push(Contradiction { a, b, field: "number", detail: format!("{wa} / {wb}") });
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corroborate::same_event::tests::report_event;
    use crate::model::Source;

    fn two_sources(a: &str, b: &str) -> Event {
        let mut e = report_event("e", "x", "", a);
        e.sources.push(Source { article: "y".into(), paragraph: 1, quote: b.into(), ..Default::default() });
        e
    }

    #[test]
    fn differing_counts_are_a_contradiction_years_are_not() {
        let e = two_sources("The strike killed 39 people at the station in 2022", "The strike killed 50 people at the station in 2023");
        let c = contradictions(&e);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].field, c[0].detail.as_str()), ("number", "39 people / 50 people"));
        let c = contradictions(&two_sources("killed 40 soldiers", "only 12 soldiers were hurt"));
        assert_eq!(c[0].detail, "40 soldiers / 12 soldiers", "as written, not stemmed");
        assert!(contradictions(&two_sources("killed 1,000 troops", "killed 1000 troops")).is_empty());
    }

    #[test]
    fn a_denial_contradicts_a_report() {
        let mut e = two_sources("Moscow struck the depot", "Moscow denied striking the depot");
        e.sources[1].rare.verification = Some(Verification::Denied);
        let c = contradictions(&e);
        assert_eq!((c[0].field, c[0].a, c[0].b), ("verification", 0, 1));
        e.sources[1].rare.verification = Some(Verification::Claimed);
        assert!(contradictions(&e).is_empty(), "claimed is not a denial");
    }

    #[test]
    fn dates_that_cannot_both_be_true() {
        let mut e = two_sources("one", "two");
        (e.sources[1].rare.precision, e.sources[1].rare.start) = (Some(Precision::Day), Some("2022-03-26".into()));
        let c = contradictions(&e);
        assert_eq!(c[0].field, "date");
        assert!(c[0].detail.contains("24 Mar 2022") && c[0].detail.contains("26 Mar 2022"), "{}", c[0].detail);
        (e.sources[1].rare.precision, e.sources[1].rare.start) = (Some(Precision::Before), Some("2022-03-26".into()));
        assert!(contradictions(&e).is_empty(), "on or before the 26th allows the 24th");
    }
}
