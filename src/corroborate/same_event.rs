//! Whether two reports are of the same real-world event: same lane, the same
//! speaker or actor where both name one, dates that can both be true, kinds
//! that fit, and content that shares what matters (who, what, where).

use super::words::{Bag, bag, is_person, is_title_of, name_key, overlap, quoted_words, shared, shares_place, speaks_for, what_words};
use crate::model::{Event, Kind, Precision, Span};
use std::borrow::Cow;

/// An event as compared with others.
pub struct Report<'a> {
    pub event: &'a Event,
    pub span: Option<Span>,
    /// Worked out when first needed: most candidates are ruled out by lane,
    /// kind, article or dates first, and the words are the costly part.
    words: Option<&'a Words>,
    own_words: std::cell::OnceCell<Words>,
    /// The actor's key (see `name_key`) and whether the actor is one person
    /// (not a group, an office or a document); worked out when first needed,
    /// as the words are: most candidates are ruled out by their dates first.
    who: std::cell::OnceCell<(Option<String>, bool)>,
    /// How its words were given out (see `channel`), worked out when first needed.
    channel: std::cell::OnceCell<Option<Channel>>,
}

impl<'a> Report<'a> {
    /// `span` is the event's place on the timeline (from the index).
    pub fn new(event: &'a Event, span: Option<Span>) -> Self {
        Self::made(event, span, None)
    }

    /// `new` with the event's `report_words` already worked out (they are
    /// the costly part: a batch compares each draft with every other).
    pub fn with_words(event: &'a Event, span: Option<Span>, words: Cow<'a, Words>) -> Self {
        match words {
            Cow::Borrowed(w) => Self::made(event, span, Some(w)),
            Cow::Owned(w) => {
                let r = Self::made(event, span, None);
                let _ = r.own_words.set(w);
                r
            }
        }
    }

    fn made(event: &'a Event, span: Option<Span>, words: Option<&'a Words>) -> Self {
        let span = match event.precision {
            // On or before the day drawn: compared only `OPEN_WINDOW` back.
            Precision::Before => span.map(|s| Span { lo: s.hi - OPEN_WINDOW, hi: s.hi }),
            // Listed somewhere, happened who knows when.
            Precision::Unknown => None,
            _ => span,
        };
        Report {
            event,
            span,
            words,
            own_words: std::cell::OnceCell::new(),
            who: std::cell::OnceCell::new(),
            channel: std::cell::OnceCell::new(),
        }
    }

    fn who(&self) -> &(Option<String>, bool) {
        self.who.get_or_init(|| {
            let actor = self.event.actor.as_deref();
            (actor.and_then(name_key), actor.is_some_and(is_person))
        })
    }

    /// The actor's key (see `name_key`).
    fn actor(&self) -> &Option<String> {
        &self.who().0
    }

    /// Whether the actor is one person.
    fn person(&self) -> bool {
        self.who().1
    }

    fn channel(&self) -> Option<Channel> {
        *self.channel.get_or_init(|| channel(self.event))
    }

    fn words(&self) -> &Words {
        self.words.unwrap_or_else(|| self.own_words.get_or_init(|| report_words(self.event)))
    }
}

/// The content words of an event as compared, one bag per source: the
/// title with that source's quote (and with its first sentence alone, when it has several). A report is matched against each source
/// in turn, never against their union: an event joined from many sources
/// would otherwise gather a bag of words that some words of any report fit.
pub type Words = Vec<Bag>;

/// The words of `event` as compared (see `Words`).
pub fn report_words(event: &Event) -> Words {
    let of_kind = |b: Bag| if event.kind == Kind::Meeting { b } else { b.occasion_as_context() };
    if event.sources.is_empty() {
        return vec![of_kind(bag(&[&event.title]))];
    }
    event
        .sources
        .iter()
        .flat_map(|s| {
            // A quotation that runs on over several sentences is compared by its first sentence
            // too: another outlet may quote only that much of it.
            let sentences = crate::extract::sentences::split_sentences(&s.quote);
            // (Not a first sentence that says too little to tell one remark from another: "We're
            // looking for peace." would match any of that speaker's words of the day on "peace".)
            let first = sentences
                .first()
                .filter(|_| sentences.len() > 1)
                .map(|f| of_kind(bag(&[&event.title, f.text(&s.quote)])))
                .filter(|b| what_words(b) >= MIN_FIRST_SENTENCE_WHAT);
            std::iter::once(of_kind(bag(&[&event.title, &s.quote]))).chain(first)
        })
        // A decision's or an attack's title is who did what to whom, without the circumstances an
        // outlet's sentence wraps it in ("Xi will be the first leader to … since the ICC issued a
        // warrant"): compared alone too. A statement's title is the start of what was said, too
        // little to tell one remark from another.
        .chain(matches!(event.kind, Kind::Decision | Kind::Attack).then(|| of_kind(bag(&[&event.title]))))
        .collect()
}

/// Words that are no name a quotation's first sentence needs to be compared by itself.
const MIN_FIRST_SENTENCE_WHAT: usize = 4;

/// How a pair of bags compares: overlap, shared words, shared words that are no name.
type Compared = (f32, usize, usize);

/// How each pair of bags of `a` and `b` compares.
fn pairs<'w>(a: &'w Report, b: &'w Report) -> impl Iterator<Item = Compared> + 'w {
    a.words().iter().flat_map(move |x| b.words().iter().map(move |y| (overlap(x, y), shared(x, y).0, shared(x, y).1)))
}

/// The pair of bags that fits best (highest overlap, then most words shared).
fn best_pair(a: &Report, b: &Report) -> Compared {
    pairs(a, b).fold((0.0, 0, 0), |best, here| if here.0 > best.0 || (here.0 == best.0 && here.1 > best.1) { here } else { best })
}

/// Content overlap needed when both name the same actor, and when at least one names none.
const OVERLAP_SAME_ACTOR: f32 = 0.5;
const OVERLAP_NO_ACTOR: f32 = 0.65;
/// ... and when both name the same actor on the same day.
const OVERLAP_SAME_ACTOR_DAY: f32 = 0.3;
const MIN_SHARED_SAME_DAY: usize = 5;
/// Fewer shared words than this is chance, whatever the ratio.
const MIN_SHARED: usize = 3;
/// ... and fewer than this that are no name: two reports that share only
/// who and where may be of anything those people did there that day.
const MIN_SHARED_WHAT: usize = 1;
/// ... and when the same person on one day is the main evidence: a person speaks
/// on several occasions a day (an address to Congress and a press conference),
/// and the reports of both name the same people and capitals. Two words of what
/// was said or done are needed beyond those, or a place named by both that is no
/// side's ("a trip to Saudi Arabia" / "a visit to Saudi Arabia").
const MIN_SHARED_WHAT_SAME_DAY: usize = 2;
/// An "on or before" or open date is compared only this far back (30 days):
/// a report of last month's event is not evidence about last year's.
pub const OPEN_WINDOW: i64 = 30 * 86_400;

/// The family of a kind of event. Speech acts can be reported as a statement
/// by one outlet and as a claim or an accusation by another; every other kind
/// is its own family: a meeting is not an attack, a visit (`other`) is not
/// the aid decision announced during it, and a statement about a decision is
/// another event than the decision (an outlet quoting the minister who
/// announced it repeats the decision's words, so wording cannot tell them apart).
fn family(k: Kind) -> u8 {
    match k {
        Kind::Statement | Kind::Claim | Kind::Accusation => 0,
        Kind::Meeting => 1,
        Kind::Decision => 2,
        Kind::Attack => 3,
        Kind::Other => 4,
    }
}

/// Whether two kinds may be one event (see `family`).
fn kinds_fit(a: Kind, b: Kind) -> bool {
    family(a) == family(b)
}

/// Whether `e`'s date is its article's day and nothing else: a draft dated to
/// the day with no words of the text saying when (no `time_cue`) was given the
/// day its article was published. What an article reports without a day
/// happened that day or the day before (a statement of the evening, an article
/// of the next morning; a wire copy republished a day later; outlets in other
/// time zones), so such a date is compared as either day.
pub fn dated_by_publication(e: &Event) -> bool {
    e.is_draft() && e.precision == Precision::Day && e.time_cue.is_none()
}

/// `span` as compared when `e` is dated by its publication only (see
/// `dated_by_publication`): the day before as well.
pub fn loose_span(e: &Event, span: Span) -> Span {
    if dated_by_publication(e) { Span { lo: span.lo - 86_400, hi: span.hi } } else { span }
}

/// Where both dates can be true, if anywhere.
pub fn dates_fit(a: Span, b: Span) -> Option<Span> {
    let s = Span { lo: a.lo.max(b.lo), hi: a.hi.min(b.hi) };
    (!s.is_empty()).then_some(s)
}

/// What two reports that may be one event have in common, before their words
/// are compared.
struct Fit {
    /// Content overlap and shared words needed.
    rule: (f32, usize),
    /// Both are the same person on one day (see `same_event`).
    same_person_day: bool,
}

/// Whether `a` and `b` may be one event at all, whatever their words: same
/// lane, kinds of one family, dates that can both be true, not two articles'
/// passages of one, not two different people, not kept apart by the analyst.
pub fn compatible(a: &Report, b: &Report) -> bool {
    fit(a, b).is_some()
}

fn fit(a: &Report, b: &Report) -> Option<Fit> {
    let (x, y) = (a.event, b.event);
    if x.lane != y.lane || !kinds_fit(x.kind, y.kind) {
        return None;
    }
    // The dates first: of the events near in time, most are ruled out by them.
    let (sa, sb) = (a.span?, b.span?);
    // As drawn first; a report dated by its article's day only may be of the
    // day before (see `dated_by_publication`).
    let exact = dates_fit(sa, sb);
    let both = exact.or_else(|| dates_fit(loose_span(x, sa), loose_span(y, sb)))?;
    let refused = |p: &Event, q: &Event| p.rare.distinct_from.as_ref().is_some_and(|d| d.iter().any(|x| *x == q.id));
    if refused(x, y) || refused(y, x) {
        return None;
    }
    // Two passages of one article are two things it reports (or one badly cut,
    // which is extraction's business, not corroboration's).
    if x.sources.iter().any(|s| y.sources.iter().any(|t| t.article == s.article)) {
        return None;
    }
    // A post and words spoken somewhere are two occasions, whatever they share ("In his tweet, Biden
    // posted a picture … alongside Griner's wife" / "Biden made the announcement at the White House
    // flanked by Griner's wife").
    if let (Some(p), Some(q)) = (a.channel(), b.channel())
        && p != q
    {
        return None;
    }
    let same_actor = same_actor(a, b);
    let rule = match (a.actor(), b.actor()) {
        (Some(_), Some(_)) if same_actor => (OVERLAP_SAME_ACTOR, MIN_SHARED),
        // Two people are two speakers; a group or an office named otherwise
        // by another outlet may be the same one: judged on content alone.
        (Some(_), Some(_)) if a.person() && b.person() => return None,
        _ => (OVERLAP_NO_ACTOR, MIN_SHARED),
    };
    // The same person on one day both dates allow: reports of one appearance
    // share less wording (each outlet quotes other sentences of it). A report
    // dated "on or before" its article's day allows that day; a month or a
    // range that holds the day is too vague.
    let day_or_open = |r: &Report, s: Span| s.len() <= 86_400 || r.event.precision == Precision::Before;
    // Two reports dated only by their articles, a day apart, fit only because either may
    // be of the day before its article's: no evidence of one appearance.
    let both_loose = dated_by_publication(x) && dated_by_publication(y);
    let same_person_day = (exact.is_some() || !both_loose)
        && both.len() <= 86_400
        && day_or_open(a, sa)
        && day_or_open(b, sb)
        && same_actor
        && (a.person() || b.person() || same_body(a, b));
    Some(Fit { rule, same_person_day })
}

/// How well `a` and `b` fit as reports of one event (higher is better), or
/// `None` when they cannot be one event.
pub fn same_event(a: &Report, b: &Report) -> Option<f32> {
    let Fit { rule, same_person_day } = fit(a, b)?;
    let enough = |(score, n, what): Compared, (t, m): (f32, usize)| score >= t && n >= m && what >= MIN_SHARED_WHAT;
    let meeting_day = same_meeting_day(a, b);
    // A place both name that is no side's ("Saudi Arabia"): with one person and one day, what
    // the words are about; worked out only when asked (most pairs are decided before).
    let place_shared = || a.words().iter().any(|x| b.words().iter().any(|y| shares_place(x, y)));
    // "Xi Jinping flew into Moscow on Monday" / "Xi arrived in Moscow": one person's journey on
    // one day, told with other verbs; who and where (names, two at least) are the evidence.
    let journey_day = same_person_day && a.event.kind == Kind::Other && b.event.kind == Kind::Other;
    // "called the argument “historic”" / "posted that the meeting was “historic”": one person's word
    // that both outlets quote, on one day, is their one remark.
    let quoted_alike_once = std::cell::OnceCell::new();
    let quoted_alike = || {
        *quoted_alike_once.get_or_init(|| {
            let words = |r: &Report| r.event.sources.iter().flat_map(|s| quoted_words(&s.quote)).collect::<Vec<_>>();
            same_person_day && {
                let theirs = words(b);
                !theirs.is_empty() && words(a).iter().any(|w| theirs.contains(w))
            }
        })
    };
    let fits = |p: Compared| {
        enough(p, rule)
            || same_person_day
                && enough(p, (OVERLAP_SAME_ACTOR_DAY, MIN_SHARED_SAME_DAY))
                && (p.2 >= MIN_SHARED_WHAT_SAME_DAY || place_shared())
            || meeting_day && enough(p, (OVERLAP_MEETING_DAY, MIN_SHARED_SAME_DAY))
            || journey_day && p.0 >= OVERLAP_JOURNEY_DAY && p.1 >= 2
            || p.1 >= MIN_SHARED && p.2 >= MIN_SHARED_WHAT && quoted_alike()
    };
    // "an explosion on Saturday caused the partial collapse of Kerch Bridge" / "The early morning
    // explosion on Saturday on the bridge over the Kerch Strait": one side's strikes (or no known
    // side's) on one day at one named place are one attack, told with other words.
    let attack_day = attack_day(a, b)
        && a.words().iter().any(|x| {
            b.words().iter().any(|y| {
                let (n, what) = shared(x, y);
                overlap(x, y) >= OVERLAP_ATTACK_DAY && n >= MIN_SHARED && what >= MIN_SHARED_WHAT && shares_place(x, y)
            })
        });
    // Of two reports that fit equally, the one of the same kind is the better
    // match: a copy's statement goes with the statement, not with the claim
    // drafted from the same sentence.
    let penalty = if a.event.kind == b.event.kind { 0.0 } else { CROSS_KIND_PENALTY };
    let best = pairs(a, b).filter(|&p| fits(p)).map(|(score, ..)| score - penalty).reduce(f32::max);
    let best = best.or_else(|| attack_day.then(|| best_pair(a, b).0));
    // "a two-day summit of the Western military alliance" / "the critical NATO summit": a side
    // holds one summit at a time, so two of its summits on dates that fit are one.
    best.or_else(|| (one_summit(a.event) && one_summit(b.event)).then_some(SUMMIT_SCORE))
}

/// How words were given out, where a report says so with no doubt: written (a post, a tweet, a
/// letter) or spoken (remarks, a speech, a press conference). `None` when it says neither, or both.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Channel {
    Written,
    Spoken,
}

fn channel(e: &Event) -> Option<Channel> {
    const WRITTEN: &[&str] = &["tweet", "tweeted", "posted", "telegram", "twitter", "facebook", "instagram"];
    const SPOKEN: &[&str] = &["remarks", "speech", "briefing", "interview", "conference", "announcement", "address"];
    const LISTENERS: &[&str] = &["reporters", "journalists", "lawmakers", "parliament"];
    let one_of = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let mut written = false;
    let mut spoken = false;
    for s in &e.sources {
        let mut words = s.quote.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
        while let Some(w) = words.next() {
            let next = words.peek().copied().unwrap_or("");
            written |= one_of(w, WRITTEN) || w.eq_ignore_ascii_case("wrote") && !next.eq_ignore_ascii_case("off");
            // (A meeting's "conference" or "address" is where it was, not how words were given out.)
            spoken |= e.kind != Kind::Meeting && one_of(w, SPOKEN) || w.eq_ignore_ascii_case("told") && one_of(next, LISTENERS);
        }
    }
    match (written, spoken) {
        (true, false) => Some(Channel::Written),
        (false, true) => Some(Channel::Spoken),
        _ => None,
    }
}

/// Content overlap needed by two journeys of one person on one day (see `same_event`).
const OVERLAP_JOURNEY_DAY: f32 = 0.25;

/// Content overlap needed by two attacks at one place on one day (see `attack_day`).
const OVERLAP_ATTACK_DAY: f32 = 0.3;

/// Two attacks of one side, or of no side known, dated to one and the same day by words of
/// their own (not only by their articles' days), not kept apart by two named doers.
fn attack_day(a: &Report, b: &Report) -> bool {
    let own_day = |r: &Report| {
        r.event.kind == Kind::Attack
            && r.event.precision == Precision::Day
            && !dated_by_publication(r.event)
            && r.span.is_some_and(|s| s.len() <= 86_400)
    };
    // A group by its whole name: "Russian forces" and "Ukrainian forces" share a key, not a side.
    let same_name = a.event.actor.as_deref().zip(b.event.actor.as_deref()).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y));
    let one_people = a.event.actor.as_deref().zip(b.event.actor.as_deref()).is_some_and(|(x, y)| country_and_people(x, y));
    let doers_fit = a.actor().is_none() || b.actor().is_none() || same_name || one_people || same_actor(a, b) && (a.person() || b.person());
    // "Russia's missile attack killed at least 20 civilians in Sumy" / "over 30 people were killed
    // by a Russian missile strike on … Sumy", both only "on or before" their articles' one day:
    // news of that day, of the strike it reports.
    let news_of_one_day = |r: &Report| r.event.kind == Kind::Attack && r.event.precision == Precision::Before;
    let one_day =
        own_day(a) && own_day(b) || news_of_one_day(a) && news_of_one_day(b) && a.span.zip(b.span).is_some_and(|(x, y)| x.hi == y.hi);
    one_day && doers_fit && a.span.zip(b.span).is_some_and(|(x, y)| dates_fit(x, y).is_some())
}

/// Whether two one-word doers are a country and its people, as one outlet and another name the
/// side of an attack ("Russia's missile attack" / "a Russian missile strike"): one stem once the
/// endings that make a people of a country are dropped ("Russia", "Russian" → "russ").
fn country_and_people(x: &str, y: &str) -> bool {
    let stem = |w: &str| {
        let mut w = w.to_lowercase();
        while w.chars().count() > 4 && w.ends_with(['a', 'e', 'i', 'o', 'n']) {
            w.pop();
        }
        w
    };
    let one_word = |w: &str| !w.trim().contains(' ') && w.chars().count() >= 4;
    one_word(x) && one_word(y) && stem(x) == stem(y)
}

/// Content overlap needed by two meetings of one side on one day (see `same_meeting_day`).
const OVERLAP_MEETING_DAY: f32 = 0.3;

/// Two meetings of one side dated to one and the same day: "Austin convened the 20th meeting
/// of the Ukraine Defense Contact Group at Ramstein Air Base, Germany" / "a U.S.-led group of
/// more than 50 nations met in Germany". Who convened is named otherwise by each outlet; the
/// day, the side and the names of who and where are the evidence.
fn same_meeting_day(a: &Report, b: &Report) -> bool {
    let one_day = |r: &Report| r.event.precision == Precision::Day && r.span.is_some_and(|s| s.len() <= 86_400);
    a.event.kind == Kind::Meeting
        && b.event.kind == Kind::Meeting
        && one_day(a)
        && one_day(b)
        && a.span.zip(b.span).is_some_and(|(x, y)| dates_fit(x, y).is_some())
}

/// The score of two summits of one side on dates that fit (see `same_event`).
const SUMMIT_SCORE: f32 = 0.5;

/// Whether `e` is a meeting its words call a summit.
fn one_summit(e: &Event) -> bool {
    let summit = |text: &str| text.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case("summit"));
    e.kind == Kind::Meeting && (summit(&e.title) || e.sources.iter().any(|s| summit(&s.quote)))
}

/// Taken off the score of a match between two kinds of one family (see `same_event`).
const CROSS_KIND_PENALTY: f32 = 0.01;

/// Whether both name one institution, as far as words tell ("Russia's Defense Ministry",
/// "the Russian Ministry of Defense"): the same key, and the same country named or none.
fn same_body(a: &Report, b: &Report) -> bool {
    // The first capitalised word but "The", by its first four letters: "Russia's" and
    // "Russian", "Ukraine" and "Ukrainian" are one country (a mismatch only keeps two apart).
    let country = |r: &Report| {
        let name = r.event.actor.as_deref()?;
        let w = name.split_whitespace().find(|w| w.chars().next().is_some_and(char::is_uppercase) && *w != "The")?;
        let w = w.to_lowercase();
        // "U.S.", "US", "United States", "American" are one country; so are "U.K.", "UK", "British".
        let us = matches!(w.as_str(), "u.s." | "us" | "usa" | "u.s.a." | "united" | "america" | "american" | "americans");
        let uk = matches!(w.as_str(), "u.k." | "uk" | "britain" | "british");
        Some(if us {
            "us".to_owned()
        } else if uk {
            "uk".to_owned()
        } else {
            w.chars().take(4).collect::<String>()
        })
    };
    // A ministry or an office gives a statement or a briefing on an occasion; an
    // alliance, a government or a country speaks many times a day.
    // So does "a U.S. official" briefing reporters that day, as two outlets tell it.
    const BODIES: &[&str] = &["ministry", "department", "office", "staff", "official", "officials"];
    let body =
        |r: &Report| r.event.actor.as_deref().is_some_and(|n| n.split_whitespace().any(|w| BODIES.contains(&w.to_lowercase().as_str())));
    !a.person()
        && !b.person()
        && body(a)
        && a.actor().is_some()
        && a.actor() == b.actor()
        && country(a).is_some()
        && country(a) == country(b)
}

/// Whether both name one actor (the same name, or a title and the person it names).
fn same_actor(a: &Report, b: &Report) -> bool {
    match (a.actor(), b.actor()) {
        (Some(p), Some(q)) => p == q || titled(a, b) || titled(b, a),
        _ => false,
    }
}

/// Whether `b`'s actor is a title the gazetteer gives `a`'s ("Pentagon chief"), or the body `a`
/// speaks for ("the Kremlin" for its spokesman).
fn titled(a: &Report, b: &Report) -> bool {
    a.person()
        && !b.person()
        && a.actor().as_deref().zip(b.event.actor.as_deref()).is_some_and(|(key, actor)| is_title_of(actor, key) || speaks_for(actor, key))
}

/// Why `a` and `b` are not one event, or their score: for reports that
/// explain a missed join.
pub fn explain(a: &Report, b: &Report) -> String {
    if let Some(score) = same_event(a, b) {
        return format!("same event, overlap {score:.2}");
    }
    let (x, y) = (a.event, b.event);
    if x.lane != y.lane {
        return format!("lanes {} / {}", x.lane, y.lane);
    }
    if !kinds_fit(x.kind, y.kind) {
        return format!("kinds {} / {}", x.kind.name(), y.kind.name());
    }
    match (a.span, b.span) {
        (Some(p), Some(q)) if dates_fit(loose_span(x, p), loose_span(y, q)).is_none() => {
            return "dates cannot both be true".into();
        }
        (None, _) | (_, None) => return "undated".into(),
        _ => {}
    }
    if let (Some(p), Some(q)) = (a.actor(), b.actor())
        && p != q
        && a.person()
        && b.person()
    {
        return format!("actors {p} / {q}");
    }
    let (score, n, what) = best_pair(a, b);
    format!("overlap {score:.2}, {n} words shared ({what} not names)")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{Precision, Source};

    pub fn day(d: &str) -> Span {
        let t = crate::model::time::parse_instant(d).unwrap();
        Span { lo: t.secs, hi: t.secs + 86_400 }
    }

    pub fn report_event(id: &str, article: &str, actor: &str, quote: &str) -> Event {
        Event {
            id: id.into(),
            lane: "nato".into(),
            title: quote.split_whitespace().take(6).collect::<Vec<_>>().join(" ").into(),
            actor: (!actor.is_empty()).then(|| actor.into()),
            kind: Kind::Statement,
            precision: Precision::Day,
            start: Some("2022-03-24".into()),
            sources: vec![Source { article: article.into(), paragraph: 1, quote: quote.into(), ..Default::default() }],
            ..Default::default()
        }
    }

    /// A report of `kind` in `lane` titled by its quote.
    fn titled_event(kind: Kind, lane: &str, id: &str, article: &str, actor: &str, quote: &str) -> Event {
        Event { kind, lane: lane.into(), title: quote.into(), ..report_event(id, article, actor, quote) }
    }

    const REUTERS: &str = "Stoltenberg said any use of chemical weapons would totally change the nature of the conflict";
    const AP: &str = "Any use of chemical weapons would totally change the nature of the conflict, Stoltenberg warned in Brussels";

    #[test]
    fn one_statement_in_two_outlets_is_one_event() {
        let (a, b) = (report_event("a", "reuters", "Jens Stoltenberg", REUTERS), report_event("b", "ap", "Stoltenberg", AP));
        let s = same_event(&Report::new(&a, Some(day("2022-03-24"))), &Report::new(&b, Some(day("2022-03-24"))));
        assert!(s.is_some_and(|s| s > 0.8), "{s:?}");
    }

    #[test]
    fn a_post_and_words_spoken_somewhere_are_two_occasions() {
        fn at(e: &Event) -> Report<'_> {
            Report::new(e, Some(day("2022-03-24")))
        }
        let posted = report_event(
            "a",
            "bbc",
            "Joe Biden",
            "In his tweet, Biden posted a picture from the Oval Office alongside Griner's wife Cherelle Griner",
        );
        let spoken = report_event(
            "b",
            "rferl",
            "Joe Biden",
            "Biden made the announcement at the White House flanked by Griner's wife Cherelle Griner",
        );
        assert_eq!(same_event(&at(&posted), &at(&spoken)), None);
        // Two of the same channel, or one that says none, are judged on their words as before.
        let wrote = report_event(
            "c",
            "ap",
            "Joe Biden",
            "Biden wrote on Twitter alongside a picture with Griner's wife Cherelle Griner from the Oval Office",
        );
        assert!(same_event(&at(&posted), &at(&wrote)).is_some());
        assert_eq!(channel(&report_event("d", "ap", "Joe Biden", "Biden said Griner was safe")), None);
    }

    #[test]
    fn a_spokesmans_words_and_his_bodys_are_one_statement() {
        let say =
            |id: &str, article: &str, actor: &str, quote: &str| Event { lane: "russia".into(), ..report_event(id, article, actor, quote) };
        let a =
            say("a", "reuters", "The Kremlin", "The Kremlin said Russia would be forced to take counter-measures to Finland's accession.");
        let b =
            say("b", "tass", "Dmitry Peskov", "Russia will have to take countermeasures in respect to Finland's accession, Peskov said.");
        let day = Some(day("2023-04-04"));
        assert!(same_event(&Report::new(&a, day), &Report::new(&b, day)).is_some());
        // Another body's words are not his.
        let c = say(
            "c",
            "reuters",
            "The White House",
            "The White House said Russia would be forced to take counter-measures to Finland's accession.",
        );
        assert!(same_event(&Report::new(&c, day), &Report::new(&b, day)).is_none());
    }

    #[test]
    fn one_persons_word_both_outlets_quote_on_one_day_is_one_remark() {
        let remark =
            |id: &str, article: &str, quote: &str| Event { lane: "russia".into(), ..report_event(id, article, "Kirill Dmitriev", quote) };
        let a = remark("a", "kyiv", "Kremlin adviser Kirill Dmitriev called the argument \"historic\" in a post on X.");
        let b = remark(
            "b",
            "beast",
            "Kirill Dmitriev, head of the Russian Direct Investment Fund, posted on X that Trump and Zelensky's meeting was “historic.”",
        );
        let day = Some(day("2025-02-28"));
        assert!(same_event(&Report::new(&a, day), &Report::new(&b, day)).is_some());
        // The same words unquoted are too few to tell one remark from another of that day.
        let unquote = |e: &Event| Event {
            sources: vec![Source { quote: e.sources[0].quote.replace(['"', '“', '”'], "").into(), ..e.sources[0].clone() }],
            ..e.clone()
        };
        let (ua, ub) = (unquote(&a), unquote(&b));
        assert!(same_event(&Report::new(&ua, day), &Report::new(&ub, day)).is_none());
    }

    #[test]
    fn an_acts_title_is_compared_without_the_sentence_around_it() {
        let decision = |id: &str, article: &str, title: &str, quote: &str| Event {
            kind: Kind::Decision,
            lane: "other".into(),
            title: title.into(),
            ..report_event(id, article, "International Criminal Court", quote)
        };
        let long = "Xi will be the first national leader to shake Putin's hand since the International Criminal Court (ICC) issued an arrest warrant for him on Friday over the deportation of Ukrainian children to Russia since its invasion.";
        let a = decision("a", "reuters", "International Criminal Court issued an arrest warrant for him on Friday…", long);
        let short = "Xi's visit comes days after the International Criminal Court issued an arrest warrant for Putin, accusing him of war crimes in Ukraine.";
        let b = decision("b", "abc", "International Criminal Court issued an arrest warrant for Putin", short);
        // "On Friday" and "days after": no one day both give, so the wording alone decides.
        let (friday, days_after) = (Some(day("2022-03-18")), Some(Span { lo: day("2022-03-14").lo, hi: day("2022-03-18").hi }));
        assert!(same_event(&Report::new(&a, friday), &Report::new(&b, days_after)).is_some());
        // Without titles that say who did what (here the sentences' first words), the sentences share too little.
        let untitled =
            |e: &Event| Event { title: e.sources[0].quote.split_whitespace().take(6).collect::<Vec<_>>().join(" ").into(), ..e.clone() };
        let (ua, ub) = (untitled(&a), untitled(&b));
        let (ra, rb) = (Report::new(&ua, friday), Report::new(&ub, days_after));
        assert!(same_event(&ra, &rb).is_none(), "{}", explain(&ra, &rb));
    }

    #[test]
    fn a_short_first_sentence_does_not_match_any_remark_of_that_day() {
        let said = |id: &str, article: &str, quote: &str| Event {
            lane: "us".into(),
            title: format!("Donald Trump: {}", quote.split(". ").next().unwrap_or(quote)).into(),
            ..report_event(id, article, "Donald Trump", quote)
        };
        let a = said(
            "a",
            "ucsb",
            "We're looking for peace. We're not looking for somebody that's going to sign up a strong power and then not make peace.",
        );
        let b = said(
            "b",
            "kyiv",
            "Trump said on social media following the meeting that Zelensky disrespected the U.S. and wasn't ready for peace.",
        );
        let day = Some(day("2025-02-28"));
        let (ra, rb) = (Report::new(&a, day), Report::new(&b, day));
        assert!(same_event(&ra, &rb).is_none(), "{}", explain(&ra, &rb));
    }

    #[test]
    fn what_keeps_two_reports_apart() {
        let a = report_event("a", "reuters", "Jens Stoltenberg", REUTERS);
        let same_day = Some(day("2022-03-24"));
        let check = |b: &Event, span: Option<Span>| same_event(&Report::new(&a, same_day), &Report::new(b, span));
        let b = report_event("b", "ap", "Stoltenberg", AP);
        assert!(check(&b, Some(day("2022-03-25"))).is_none(), "dates that cannot both be true");
        assert!(check(&b, None).is_none(), "an undated report is never matched");
        let other_speaker = report_event("b", "ap", "Antony Blinken", AP);
        assert!(check(&other_speaker, same_day).is_none(), "another speaker");
        let same_article = report_event("b", "reuters", "Stoltenberg", AP);
        assert!(check(&same_article, same_day).is_none(), "two passages of one article");
        let mut other_lane = b.clone();
        other_lane.lane = "us".into();
        assert!(check(&other_lane, same_day).is_none(), "another lane");
        let unrelated = report_event("b", "ap", "Stoltenberg", "Stoltenberg thanked Norway for hosting the meeting of ministers");
        assert!(check(&unrelated, same_day).is_none(), "the same speaker on another subject");
        let mut refused = b.clone();
        refused.rare.distinct_from = Some(vec!["a".into()]);
        assert!(check(&refused, same_day).is_none(), "the analyst said they are different");
        let mut attack = b.clone();
        attack.kind = Kind::Attack;
        assert!(check(&attack, same_day).is_none(), "a statement is not an attack");
    }

    #[test]
    fn a_report_must_fit_one_source_not_the_union_of_all() {
        // An event joined from two reports, each about its own part of the day.
        let mut joined = report_event("j", "reuters", "", "Allies pledged artillery shells and armoured vehicles for the spring");
        joined.title = "Allies pledged artillery".into();
        joined.sources.push(Source {
            article: "ap".into(),
            paragraph: 2,
            quote: "Ministers discussed winter fuel shortages and power grid repairs".into(),
            ..Default::default()
        });
        // Half its words from each report: it fits their union, neither report.
        let draft = report_event("d", "tass", "", "Shells, armoured vehicles, fuel shortages and grid repairs");
        let d = Some(day("2022-03-24"));
        let union = bag(&[&joined.title, &joined.sources[0].quote, &joined.sources[1].quote]);
        assert!(overlap(&union, &bag(&[&draft.sources[0].quote])) >= OVERLAP_NO_ACTOR, "the union alone would join them");
        assert!(same_event(&Report::new(&joined, d), &Report::new(&draft, d)).is_none());
        // A report close to one of the sources still fits.
        let close = report_event("c", "tass", "", "Allies pledged artillery shells and armoured vehicles to Kyiv for the spring");
        assert!(same_event(&Report::new(&joined, d), &Report::new(&close, d)).is_some());
    }

    #[test]
    fn of_two_equal_fits_the_report_of_the_same_kind_wins() {
        // One sentence drafted as a statement and as a claim, in two copies of a story.
        let quote = "Russian forces used phosphorus munitions near Bakhmut overnight, the regional governor said";
        let statement = report_event("s", "wire", "", quote);
        let mut claim = report_event("c", "wire", "", quote);
        claim.kind = Kind::Claim;
        let copy = report_event("k", "copy", "", quote);
        let d = Some(day("2022-03-24"));
        let to_statement = same_event(&Report::new(&copy, d), &Report::new(&statement, d)).expect("fits");
        let to_claim = same_event(&Report::new(&copy, d), &Report::new(&claim, d)).expect("fits too: one family");
        assert!(to_statement > to_claim, "{to_statement} vs {to_claim}");
    }

    #[test]
    fn an_open_date_reaches_back_a_month_only() {
        let mut open = report_event("b", "ap", "Stoltenberg", AP);
        open.precision = Precision::Before;
        let a = report_event("a", "reuters", "Jens Stoltenberg", REUTERS);
        let check = |open: &Event, day_a: &str| same_event(&Report::new(&a, Some(day(day_a))), &Report::new(open, Some(day("2022-03-25"))));
        assert!(check(&open, "2022-03-20").is_some());
        assert!(check(&open, "2021-03-20").is_none());
        assert!(check(&open, "2022-03-26").is_none(), "after the day it was reported by");
        open.precision = Precision::Unknown;
        assert!(check(&open, "2022-03-24").is_none(), "not dated at all");
    }

    #[test]
    fn a_report_dated_by_its_article_only_may_be_of_the_day_before() {
        // Two outlets on one statement: one says "on Saturday", the other,
        // published the next day, gives no day and so was dated to its own.
        let mut cued = report_event("a", "reuters", "Jens Stoltenberg", REUTERS);
        cued.time_cue = Some("on Saturday".into());
        let mut by_day = report_event("b", "ap", "Stoltenberg", AP);
        by_day.draft = Some(true);
        let fits = |x: &Event, dx: &str, y: &Event, dy: &str| {
            let (p, q) = (Report::new(x, Some(day(dx))), Report::new(y, Some(day(dy))));
            let s = same_event(&p, &q);
            assert_eq!(s.is_some(), same_event(&q, &p).is_some(), "symmetric");
            assert_eq!(s.is_some(), explain(&p, &q).starts_with("same event"));
            s.is_some()
        };
        assert!(fits(&cued, "2022-03-26", &by_day, "2022-03-27"), "the day before its article's");
        assert!(fits(&cued, "2022-03-27", &by_day, "2022-03-27"), "its article's day");
        assert!(!fits(&cued, "2022-03-25", &by_day, "2022-03-27"), "not two days before");
        assert!(!fits(&cued, "2022-03-28", &by_day, "2022-03-27"), "not after its article was published");
        // Two such reports, of articles a day apart: either's day before.
        let mut other = by_day.clone();
        other.sources[0].article = "tass".into();
        assert!(fits(&other, "2022-03-26", &by_day, "2022-03-27"));
        // A date read from the text is the text's; a reviewed date is the analyst's.
        let mut said = by_day.clone();
        said.time_cue = Some("on Sunday".into());
        assert!(!fits(&cued, "2022-03-26", &said, "2022-03-27"), "the text gives the day");
        let mut reviewed = by_day.clone();
        reviewed.draft = None;
        assert!(!fits(&cued, "2022-03-26", &reviewed, "2022-03-27"), "the analyst gave the day");
        assert!(!dated_by_publication(&reviewed) && !dated_by_publication(&said) && dated_by_publication(&by_day));
        // A pair on one day stays a pair on one day: the same-person rule still holds.
        let s = Report::new(&cued, Some(day("2022-03-26")));
        let t = Report::new(&by_day, Some(day("2022-03-27")));
        assert!(fit(&s, &t).is_some_and(|f| f.same_person_day), "both allow the 26th only");
    }

    #[test]
    fn two_reports_dated_by_their_articles_a_day_apart_need_the_full_wording() {
        let mut a = report_event("a", "tass", "Joe Biden", "NATO will prepare plans for the summit to build up its forces");
        let mut b = report_event("b", "dod", "Joe Biden", "the United States is a nation organized by an idea");
        a.draft = Some(true);
        b.draft = Some(true);
        let (p, q) = (Report::new(&a, Some(day("2022-03-24"))), Report::new(&b, Some(day("2022-03-25"))));
        assert!(fit(&p, &q).is_some_and(|f| !f.same_person_day), "either may be of the day before: not known as one day");
        let q = Report::new(&b, Some(day("2022-03-24")));
        assert!(fit(&p, &q).is_some_and(|f| f.same_person_day), "one day as drawn");
    }

    #[test]
    fn one_ministry_on_one_day_needs_the_wording_of_one_person() {
        let a = report_event(
            "a",
            "ariana",
            "Russian Ministry of Defense",
            "the first stage of the special military operation completed, forces to focus on Donbas liberation",
        );
        let b = report_event(
            "b",
            "epoch",
            "Russia's Defense Ministry",
            "completed the first phase of its special military operation and will focus on Donbas",
        );
        let (p, q) = (Report::new(&a, Some(day("2022-03-25"))), Report::new(&b, Some(day("2022-03-25"))));
        assert!(fit(&p, &q).is_some_and(|f| f.same_person_day), "one ministry, one day");
        let c = report_event(
            "c",
            "kyiv",
            "Ukraine's Defense Ministry",
            "completed the first phase of its special military operation and will focus on Donbas",
        );
        let r = Report::new(&c, Some(day("2022-03-25")));
        assert!(fit(&p, &r).is_none_or(|f| !f.same_person_day), "two countries' ministries");
    }

    #[test]
    fn one_countrys_officials_on_one_day_brief_as_one_body() {
        let quote = "Russia did not fire an ICBM at Ukraine but launched an intermediate-range ballistic missile";
        let a = report_event("a", "cbc", "U.S. official", quote);
        let b = report_event("b", "tehran", "United States official", quote);
        let (p, q) = (Report::new(&a, Some(day("2024-11-21"))), Report::new(&b, Some(day("2024-11-21"))));
        assert!(fit(&p, &q).is_some_and(|f| f.same_person_day), "U.S. and United States are one country");
        let c = report_event("c", "kyiv", "Ukrainian official", quote);
        let r = Report::new(&c, Some(day("2024-11-21")));
        assert!(fit(&p, &r).is_none_or(|f| !f.same_person_day), "two countries' officials");
    }

    #[test]
    fn one_person_on_one_day_needs_less_wording() {
        // Two outlets quoting other sentences of one appearance.
        let a = report_event(
            "a",
            "dod",
            "Lloyd Austin",
            "Austin said the coalition will not let Ukraine fail, praising the countries of conscience at the Ramstein meeting of the contact group and announcing new artillery funds",
        );
        let mut b = report_event(
            "b",
            "voa",
            "Lloyd J. Austin",
            "Ukraine's survival is on the line and all of our security is on the line, Austin told allies gathered at Ramstein as the contact group met to pledge more air defence",
        );
        let d = Some(day("2022-03-24"));
        let s = same_event(&Report::new(&a, d), &Report::new(&b, d));
        assert!(s.is_some_and(|s| s < OVERLAP_SAME_ACTOR), "joined by the same-day rule only: {s:?}");
        // A report dated "on or before" its article's day allows that day.
        b.precision = Precision::Before;
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, Some(day("2022-03-24")))).is_some());
        // Not a month that holds the day, not on another day, not for a group.
        b.precision = Precision::Month;
        let march = Span { lo: day("2022-03-01").lo, hi: day("2022-03-31").hi };
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, Some(march))).is_none());
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, Some(day("2022-04-24")))).is_none());
        let (mut ga, mut gb) = (a.clone(), b.clone());
        (ga.actor, gb.actor, gb.precision) = (Some("the alliance".into()), Some("the alliance".into()), Precision::Day);
        assert!(same_event(&Report::new(&ga, d), &Report::new(&gb, d)).is_none(), "a group speaks many times a day");
    }

    #[test]
    fn one_person_on_one_day_is_not_evidence_of_one_occasion_by_names_alone() {
        // The address to Congress and the press conference of the same day, told by two
        // outlets: the same people, titles and capital, one word of what was said in common.
        let d = Some(day("2022-12-21"));
        let address = titled_event(
            Kind::Statement,
            "ukraine",
            "a",
            "i24",
            "Volodymyr Zelensky",
            "Ukrainian President Volodymyr Zelensky returned from Washington where he met Joe Biden and addressed Congress asking for long-term support amid the ongoing invasion",
        );
        let presser = titled_event(
            Kind::Statement,
            "ukraine",
            "b",
            "antiwar",
            "Zelensky",
            "Ukrainian President Zelensky visited Washington, met Joe Biden and told reporters Ukraine would not compromise on its sovereignty, its freedom or its territory to keep support",
        );
        let (x, y) = (Report::new(&address, d), Report::new(&presser, d));
        assert!(fit(&x, &y).is_some_and(|f| f.same_person_day));
        let (score, n, what) = best_pair(&x, &y);
        assert!(score < OVERLAP_SAME_ACTOR && n >= MIN_SHARED_SAME_DAY && what == 1, "names shared and one word: {score}, {n}, {what}");
        assert!(same_event(&x, &y).is_none());
    }

    #[test]
    fn a_title_names_the_person_a_group_may_be_named_otherwise() {
        let d = Some(day("2022-03-24"));
        let a = report_event("a", "dod", "Lloyd Austin", "Austin said the stakes are too high to lose steam in Brussels");
        let b =
            report_event("b", "reuters", "Pentagon chief", "The stakes are too high to lose steam, the Pentagon chief said in Brussels");
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_some(), "the Pentagon chief is Austin");
        let c = report_event("c", "reuters", "Antony Blinken", "The stakes are too high to lose steam, Blinken said in Brussels");
        assert!(same_event(&Report::new(&a, d), &Report::new(&c, d)).is_none(), "two people are two speakers");
        let g1 = report_event("g1", "x", "Ukrainians", "Ukraine accepted a proposal for an immediate 30-day ceasefire with Russia");
        let g2 = report_event("g2", "y", "Ukraine", "Ukraine accepted the proposal for an immediate 30-day ceasefire, subject to Russia");
        assert!(same_event(&Report::new(&g1, d), &Report::new(&g2, d)).is_some(), "one side named two ways, same content");
    }

    #[test]
    fn a_decision_and_a_statement_about_it_are_two_events() {
        let d = Some(day("2022-03-24"));
        let a = report_event(
            "a",
            "x",
            "",
            "The United States will immediately lift the pause in intelligence sharing and resume security assistance",
        );
        let mut b = report_event(
            "b",
            "y",
            "",
            "Washington agreed to immediately lift the pause on intelligence sharing and resume security assistance to Kyiv",
        );
        b.kind = Kind::Decision;
        // A minister announcing a decision repeats its words: however close the
        // wording, the announcement and the decision are two events.
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_none(), "a statement and a decision");
        assert!(explain(&Report::new(&a, d), &Report::new(&b, d)).starts_with("kinds"));
        let mut c = a.clone();
        (c.kind, c.sources[0].article) = (Kind::Decision, "z".into());
        assert!(same_event(&Report::new(&c, d), &Report::new(&b, d)).is_some(), "two reports of the decision");
        b.kind = Kind::Meeting;
        assert!(same_event(&Report::new(&c, d), &Report::new(&b, d)).is_none(), "a decision is not a meeting");
    }

    #[test]
    fn reports_that_share_only_names_are_two_events() {
        // One person on one day, two things said: the same people and places, nothing else in common.
        let d = Some(day("2022-03-24"));
        let a = report_event(
            "a",
            "x",
            "Volodymyr Zelensky",
            "Zelensky postponed a visit to Saudi Arabia in protest at talks between the United States and Russia",
        );
        let b = report_event(
            "b",
            "y",
            "Volodymyr Zelensky",
            "We were not invited to the meeting of Russia and the United States in Saudi Arabia, Zelensky said",
        );
        let (_, n, what) = best_pair(&Report::new(&a, d), &Report::new(&b, d));
        assert!(n >= MIN_SHARED_SAME_DAY && what == 0, "{n} words shared, {what} not names");
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_none());
        let c = report_event("c", "y", "Zelensky", "Zelensky said he had postponed his visit to Saudi Arabia because of the talks there");
        assert!(same_event(&Report::new(&a, d), &Report::new(&c, d)).is_some(), "the postponed visit, reported twice");
    }

    #[test]
    fn a_statement_that_shares_only_the_occasion_is_another_event() {
        // Two things one person said on the day of talks, both naming them.
        let d = Some(day("2022-03-24"));
        let a = report_event("a", "x", "Marco Rubio", "Rubio briefed the foreign ministers on the meeting");
        let b = report_event(
            "b",
            "y",
            "Marco Rubio",
            "After the meeting, Rubio said the sides would restore embassy staff and form a team for peace talks",
        );
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_none(), "the meeting says when, not what");
        // Two reports of the meeting itself compare it as any other word.
        let (mut ma, mut mb) = (a.clone(), b.clone());
        (ma.kind, mb.kind) = (Kind::Meeting, Kind::Meeting);
        let (_, _, what) = best_pair(&Report::new(&ma, d), &Report::new(&mb, d));
        assert!(what >= 1, "the meeting is what two meeting reports share");
    }

    #[test]
    fn two_summits_of_one_side_on_dates_that_fit_are_one() {
        let summit = |id: &str, article: &str, actor: &str, quote: &str| Event {
            kind: Kind::Meeting,
            title: format!("{actor} held a summit").into(),
            ..report_event(id, article, actor, quote)
        };
        let a = summit("a", "x", "The Western military alliance", "at a two-day summit of the Western military alliance");
        let b = summit("b", "y", "NATO", "the critical NATO summit");
        let d = Some(day("2023-07-11"));
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_some());
        // Not on dates that cannot both be true, nor a meeting that is no summit.
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, Some(day("2023-09-11")))).is_none());
        let c = Event { kind: Kind::Meeting, ..report_event("c", "y", "NATO", "the meeting of defence ministers") };
        assert!(same_event(&Report::new(&a, d), &Report::new(&c, d)).is_none());
    }

    #[test]
    fn two_meetings_of_one_side_on_one_day_need_less_wording() {
        let meeting = |id: &str, article: &str, actor: &str, quote: &str| titled_event(Kind::Meeting, "us", id, article, actor, quote);
        let a = meeting(
            "a",
            "dod",
            "Lloyd Austin",
            "Austin today convened the 20th meeting of the Ukraine Defense Contact Group at Ramstein Air Base, Germany, praising the countries of conscience",
        );
        let b = meeting(
            "b",
            "voa",
            "A U.S.-led group of more than 50 nations",
            "as a U.S.-led group of more than 50 nations met in Germany to coordinate their efforts to aid Ukraine's defense",
        );
        let d = Some(day("2024-03-19"));
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_some(), "{}", explain(&Report::new(&a, d), &Report::new(&b, d)));
        // A day apart, the wording alone must carry it.
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, Some(day("2024-03-20")))).is_none());
    }

    #[test]
    fn attacks_on_one_day_at_one_named_place_are_one_attack() {
        let attack = |id: &str, article: &str, quote: &str| Event {
            time_cue: Some("on Saturday".into()),
            ..titled_event(Kind::Attack, "other", id, article, "", quote)
        };
        let a = attack("a", "ap", "an explosion on Saturday caused the partial collapse of Kerch Bridge");
        let b = attack("b", "reuters", "The early morning explosion on Saturday on the bridge over the Kerch Strait");
        let d = Some(day("2022-10-08"));
        let (x, y) = (Report::new(&a, d), Report::new(&b, d));
        assert!(best_pair(&x, &y).0 < OVERLAP_NO_ACTOR, "too little wording for the rule of reports of nobody named");
        assert!(same_event(&x, &y).is_some(), "{}", explain(&x, &y));
        // Another place shares no name but a side's; another day; a day given by the article only.
        let elsewhere = attack("c", "afp", "an explosion on Saturday damaged a bridge in Kharkiv");
        assert!(same_event(&x, &Report::new(&elsewhere, d)).is_none());
        assert!(same_event(&x, &Report::new(&b, Some(day("2022-10-09")))).is_none());
        let undated = Event { time_cue: None, draft: Some(true), ..b.clone() };
        assert!(same_event(&x, &Report::new(&undated, d)).is_none(), "dated by its article only: no evidence of one day");
        // Two sides' attacks stay apart, whatever their words.
        let (mut r, mut u) = (a.clone(), b.clone());
        (r.actor, u.actor) = (Some("Russian forces".into()), Some("Ukrainian forces".into()));
        assert!(same_event(&Report::new(&r, d), &Report::new(&u, d)).is_none(), "{}", explain(&Report::new(&r, d), &Report::new(&u, d)));
    }

    #[test]
    fn one_sides_attacks_at_one_place_in_news_of_one_day_are_one_attack() {
        // Neither outlet gives a day: both are "on or before" the one day of their articles.
        let attack = |id: &str, article: &str, actor: &str, quote: &str| Event {
            precision: Precision::Before,
            draft: Some(true),
            ..titled_event(Kind::Attack, "russia", id, article, actor, quote)
        };
        let a = attack("a", "independent", "Russia", "Russia's missile attack killed at least 20 civilians in Sumy");
        let b = attack("b", "aa", "Russian", "over 30 people were killed by a Russian missile strike on the northeastern city of Sumy");
        let d = Some(day("2025-04-13"));
        let (x, y) = (Report::new(&a, d), Report::new(&b, d));
        assert!(same_event(&x, &y).is_some(), "{}", explain(&x, &y));
        // Not from articles of two days, nor at another place.
        assert!(same_event(&x, &Report::new(&b, Some(day("2025-04-14")))).is_none());
        let elsewhere = attack("c", "aa", "Russian", "over 30 people were killed by a Russian missile strike on the city of Kharkiv");
        assert!(same_event(&x, &Report::new(&elsewhere, d)).is_none());
        // A country and its people are one doer; two peoples are not.
        assert!(country_and_people("Russia", "Russian") && country_and_people("Ukraine", "Ukrainian"));
        assert!(!country_and_people("Russian", "Ukrainian") && !country_and_people("Russian forces", "Russia"));
    }

    #[test]
    fn one_persons_journey_on_one_day_told_with_other_verbs_is_one_event() {
        let journey = |id: &str, article: &str, actor: &str, quote: &str| titled_event(Kind::Other, "other", id, article, actor, quote);
        let a = journey("a", "reuters", "Xi Jinping", "Chinese President Xi Jinping flew into Moscow on Monday");
        let b = journey("b", "abc", "Xi Jinping", "Xi Jinping arrived in Moscow for a state visit");
        let d = Some(day("2023-03-20"));
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_some(), "{}", explain(&Report::new(&a, d), &Report::new(&b, d)));
        // Elsewhere, or on another day, it is another journey.
        let c = journey("c", "abc", "Xi Jinping", "Xi Jinping arrived in Kazakhstan for a state visit");
        assert!(same_event(&Report::new(&a, d), &Report::new(&c, d)).is_none());
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, Some(day("2023-03-22")))).is_none());
    }

    #[test]
    fn one_visit_called_a_trip_by_another_outlet_is_one_event() {
        let d = Some(day("2022-03-24"));
        let a = report_event(
            "a",
            "x",
            "Volodymyr Zelensky",
            "Zelensky said he would not make an expected trip to Saudi Arabia, in frustration at talks held without Ukraine",
        );
        let b = report_event(
            "b",
            "y",
            "Volodymyr Zelensky",
            "Ukrainian President Zelensky said he postponed a visit to Saudi Arabia to express his disapproval of the negotiations",
        );
        assert!(same_event(&Report::new(&a, d), &Report::new(&b, d)).is_some(), "{}", explain(&Report::new(&a, d), &Report::new(&b, d)));
    }
}
