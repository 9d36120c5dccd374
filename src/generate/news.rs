//! `chronolens generate --shape news`: files shaped like a corpus of extracted
//! news rather than like the synthetic default.
//!
//! * one article per 20 events (50,000 at a million), each a title line and
//!   seven paragraphs of about 40 words (`paragraphs` holds 8 entries);
//! * each paragraph ends with a sentence quoting someone, and every source's
//!   quote is the end of its paragraph (its last words, its last sentence, or
//!   its last two sentences): the quote check reads the whole paragraph;
//! * about 1.6 sources per event; 300 distinct actors, each in one lane, some
//!   far busier than others; the actor of an event is the one its first
//!   source's paragraph quotes;
//! * events come in the order of their first source's article (as extraction
//!   appends them, article after article), dated on or shortly before it.
//!
//! As in the synthetic shape, paragraph `p` of article `a` is a function of
//! (seed, a, p) alone, so nothing but the articles' publication times is held
//! in memory and the output is streamed.

use super::{
    EPOCH, OBJECTS, OUTLETS, PLACES, Params, Rng, STREAM_EVENT, Stats, TAILS, TIME_CUES, Timeline, VERBS, date, datetime, event_dates,
    lanes, write_document,
};
use crate::model::time::{DAY, HOUR};
use crate::model::{Article, Event, Kind, Precision, Source, Verification};
use std::io::{self, Write};

/// Body paragraphs per article (after the title line).
pub const PARAGRAPHS: usize = 7;
/// Distinct actors.
pub const ACTORS: usize = 300;
/// Events per article when `--articles` is 0.
const EVENTS_PER_ARTICLE: usize = 20;

const STREAM_NEWS_ARTICLE: u64 = 11;
const STREAM_NEWS_PARAGRAPH: u64 = 12;

/// Articles to write: as given, or one per 20 events (at least one).
pub fn article_count(p: &Params) -> usize {
    if p.articles > 0 { p.articles } else { (p.events / EVENTS_PER_ARTICLE).max(1) }
}

const FIRST: [&str; 20] = [
    "Anna", "Dmytro", "Olena", "Sergei", "Maria", "James", "Emmanuel", "Ursula", "Jens", "Antony", "Wang", "Mevlüt", "Kaja", "Josep",
    "Ihor", "Iryna", "Mark", "Annalena", "Rafael", "Hakan",
];
const LAST: [&str; 15] = [
    "Kovalenko",
    "Petrov",
    "Schmidt",
    "Dubois",
    "Nowak",
    "Kuleba",
    "Rossi",
    "Yilmaz",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Ivanova",
    "Tanaka",
    "García",
    "O’Brien",
];
const ROLES: [&str; 12] = [
    "the foreign minister",
    "the defence minister",
    "a presidential adviser",
    "the spokesperson",
    "the ambassador",
    "the army’s chief of staff",
    "the energy minister",
    "the mayor",
    "a senior diplomat",
    "the prime minister",
    "the governor",
    "the envoy",
];

/// Actor `k` (0..300): a distinct name.
fn actor_name(k: usize) -> String {
    format!("{} {}", FIRST[k / LAST.len() % FIRST.len()], LAST[k % LAST.len()])
}

const SAID: [&str; 6] = ["said", "told reporters", "added", "wrote on social media", "said in a statement", "said on television"];

const SPOKEN: [&str; 14] = [
    "We will not accept any decision taken without us",
    "Every option remains on the table",
    "This is a direct threat to the security of the whole region",
    "The talks were difficult but constructive",
    "Our forces have repelled the attack and the situation is under control",
    "These accusations are absurd and have no basis in fact",
    "Civilians must be allowed to leave safely",
    "We are seeing all kinds of rhetoric",
    "The response will be swift and proportionate",
    "Nobody wants this war to spread",
    "We expect our partners to keep their promises",
    "There is no military solution to this conflict",
    "The next few days will be decisive",
    "We have asked for an independent investigation",
];

/// The news corpus: publication times and the actor weights.
struct News {
    seed: u64,
    lanes: usize,
    published: Vec<i64>,
    /// Cumulative weights of the actors (Zipf-like).
    actor_weights: Vec<u32>,
}

impl News {
    fn new(seed: u64, count: usize, lanes: usize, timeline: &Timeline) -> Self {
        let mut r = Rng::for_item(seed, STREAM_NEWS_ARTICLE, u64::MAX);
        let mut published: Vec<i64> = (0..count).map(|_| EPOCH + timeline.sample(&mut r) as i64).collect();
        published.sort_unstable();
        let actor_weights = (0..ACTORS).map(|i| (10_000.0 / (i as f64 + 1.0).powf(0.9)).round() as u32).collect();
        Self { seed, lanes, published, actor_weights }
    }

    fn id(&self, a: usize) -> String {
        format!("a{a:06}")
    }

    /// The lane of actor `k`: actors are dealt to the lanes in turn, so that
    /// the busiest actors make the first lanes the busiest.
    fn lane_of(&self, k: usize) -> usize {
        k % self.lanes
    }

    /// Writes paragraph `p` of article `a` (0: the title line) into `out`;
    /// returns the actor it quotes (or the headline names).
    fn paragraph(&self, a: usize, p: usize, out: &mut String) -> usize {
        out.clear();
        let mut r = Rng::for_item(self.seed, STREAM_NEWS_PARAGRAPH, ((a as u64) << 8) | p as u64);
        let actor = r.weighted(&self.actor_weights);
        let name = actor_name(actor);
        if p == 0 {
            headline(&mut r, &name, out);
            return actor;
        }
        // One or two reporting sentences (about 13 words each), then the quoting one (about 15).
        for _ in 0..1 + r.chance(0.6) as usize {
            reporting_sentence(&mut r, &name, out);
            out.push(' ');
        }
        out.push('“');
        out.push_str(r.pick(&SPOKEN));
        out.push_str(",” ");
        out.push_str(&name);
        out.push_str(", ");
        out.push_str(r.pick(&ROLES));
        out.push_str(", ");
        out.push_str(r.pick(&SAID));
        out.push('.');
        actor
    }

    fn article(&self, a: usize) -> Article {
        let mut r = Rng::for_item(self.seed, STREAM_NEWS_ARTICLE, a as u64);
        let paragraphs: Vec<String> = (0..=PARAGRAPHS)
            .map(|p| {
                let mut s = String::new();
                self.paragraph(a, p, &mut s);
                s
            })
            .collect();
        let (outlet, domain) = r.pick(OUTLETS);
        let t = self.published[a];
        let day = date(t);
        let published = if r.chance(0.5) { day.clone() } else { datetime(t, 0, true) };
        Article {
            id: self.id(a),
            title: paragraphs[0].clone(),
            outlet: Some(outlet.to_owned()),
            url: Some(format!("https://www.{domain}/{}/story-{a}", &day[..7].replace('-', "/"))),
            published: Some(published),
            paragraphs,
            ..Default::default()
        }
    }

    /// An article published on the day of `t` or in the few days after.
    fn near(&self, t: i64, r: &mut Rng) -> usize {
        let n = self.published.len();
        let first = self.published.partition_point(|&p| p < t - t.rem_euclid(DAY));
        let k = first + (r.exp() * 4.0) as usize;
        if k < n { k } else { n - 1 - r.below(n.min(8)) }
    }
}

fn headline(r: &mut Rng, name: &str, out: &mut String) {
    out.push_str(name);
    out.push(' ');
    out.push_str(r.pick(VERBS));
    out.push(' ');
    out.push_str(r.pick(OBJECTS));
    if r.chance(0.6) {
        out.push_str(" in ");
        out.push_str(r.pick(PLACES));
    }
}

/// One sentence of about 13 words.
fn reporting_sentence(r: &mut Rng, name: &str, out: &mut String) {
    match r.below(3) {
        0 => {
            out.push_str(name);
            out.push(' ');
            out.push_str(r.pick(VERBS));
            out.push(' ');
            out.push_str(r.pick(OBJECTS));
            out.push(' ');
            out.push_str(r.pick(TIME_CUES));
            out.push_str(", ");
            out.push_str(r.pick(TAILS));
            out.push('.');
        }
        1 => {
            out.push_str("Officials in ");
            out.push_str(r.pick(PLACES));
            out.push(' ');
            out.push_str(r.pick(VERBS));
            out.push(' ');
            out.push_str(r.pick(OBJECTS));
            out.push_str(" and ");
            out.push_str(r.pick(OBJECTS));
            out.push('.');
        }
        _ => {
            out.push_str("Talks on ");
            out.push_str(r.pick(OBJECTS));
            out.push_str(" resumed in ");
            out.push_str(r.pick(PLACES));
            out.push(' ');
            out.push_str(r.pick(TIME_CUES));
            out.push('.');
        }
    }
}

/// The end of `paragraph`: its last 4 to 10 words (most often) or its last
/// sentence (trimmed, never empty).
fn quote_at_end(paragraph: &str, r: &mut Rng) -> String {
    let q = if r.chance(0.7) {
        let words = r.range(4, 10);
        let from = paragraph.rmatch_indices(' ').nth(words - 1).map_or(0, |(i, _)| i + 1);
        &paragraph[from..]
    } else {
        // Sentences end with ". " (a quotation's sentence with "” ", which is not cut here).
        let from = paragraph.rfind(". ").map_or(0, |i| i + 2);
        &paragraph[from..]
    };
    let q = q.trim();
    if q.is_empty() { paragraph.trim().to_owned() } else { q.to_owned() }
}

/// Weights, in `Precision::ALL` order: mostly days, as news reports them.
const PRECISION_WEIGHTS: [u32; 9] = [8, 8, 60, 3, 3, 1, 8, 6, 3];
/// In `Kind::ALL` order: mostly statements and claims.
const KIND_WEIGHTS: [u32; 7] = [40, 18, 10, 10, 10, 8, 4];
const VERIFICATION_WEIGHTS: [u32; 4] = [60, 20, 15, 5];
/// One to five sources, 1.6 on average.
const SOURCE_COUNT_WEIGHTS: [u32; 5] = [60, 26, 9, 4, 1];

struct NewsEvents<'a> {
    params: &'a Params,
    news: &'a News,
    lane_ids: Vec<String>,
    paragraph: String,
}

impl NewsEvents<'_> {
    fn event(&mut self, i: usize) -> Event {
        let mut r = Rng::for_item(self.params.seed, STREAM_EVENT, i as u64 | 1 << 40);
        let n_articles = self.news.published.len();
        // Events in the order of their first article, about 20 each.
        let a = ((i as u128 * n_articles as u128) / self.params.events.max(1) as u128) as usize;
        let p = if r.chance(0.03) { 0 } else { r.range(1, PARAGRAPHS) };
        let actor = self.news.paragraph(a, p, &mut self.paragraph);
        let first_quote = quote_at_end(&self.paragraph, &mut r);
        // On the day of publication or a few days before.
        let t = self.news.published[a] - (r.exp() * 0.7 * DAY as f64) as i64 - r.below(6 * HOUR as usize) as i64;
        let precision = Precision::ALL[r.weighted(&PRECISION_WEIGHTS)];
        let (start, end, _) = event_dates(precision, t, &mut r);
        let name = actor_name(actor);
        let mut title = String::with_capacity(96);
        title.push_str(&name);
        title.push(' ');
        title.push_str(r.pick(VERBS));
        title.push(' ');
        title.push_str(r.pick(OBJECTS));

        let n_sources = r.weighted(&SOURCE_COUNT_WEIGHTS) + 1;
        let mut sources = Vec::with_capacity(n_sources);
        sources.push(Source { article: self.news.id(a).into(), paragraph: p, quote: first_quote.into(), ..Default::default() });
        for _ in 1..n_sources {
            let b = self.news.near(t, &mut r);
            let q = r.range(1, PARAGRAPHS);
            self.news.paragraph(b, q, &mut self.paragraph);
            sources.push(Source {
                article: self.news.id(b).into(),
                paragraph: q,
                quote: quote_at_end(&self.paragraph, &mut r).into(),
                ..Default::default()
            });
        }
        Event {
            id: format!("n{i:07}").into(),
            lane: self.lane_ids[self.news.lane_of(actor)].as_str().into(),
            title: title.into(),
            actor: r.chance(0.92).then_some(name.into()),
            kind: Kind::ALL[r.weighted(&KIND_WEIGHTS)],
            start: start.map(Into::into),
            end: end.map(Into::into),
            precision,
            verification: Verification::ALL[r.weighted(&VERIFICATION_WEIGHTS)],
            sources,
            draft: if r.chance(0.1) { Some(true) } else { None },
            time_cue: r.chance(0.2).then(|| r.pick(TIME_CUES).into()),
            ..Default::default()
        }
    }
}

/// Writes the whole news-shaped dataset to `out`.
pub fn write(params: &Params, out: &mut impl Write) -> io::Result<Stats> {
    let timeline = Timeline::new(params.seed, params.years);
    let n_articles = article_count(params);
    let news = News::new(params.seed, n_articles, params.lanes, &timeline);
    let lanes = lanes(params.lanes);
    let title = format!(
        "Generated news: {} events in {} lanes over {} years, {} articles (seed {})",
        params.events, params.lanes, params.years, n_articles, params.seed
    );
    let mut maker = NewsEvents { params, news: &news, lane_ids: lanes.iter().map(|l| l.id.clone()).collect(), paragraph: String::new() };
    write_document(params, out, &title, &lanes, (0..n_articles).map(|a| news.article(a)), |i| maker.event(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_news_file_loads_with_the_ratios_of_the_shape() {
        let p = Params { events: 4000, lanes: 6, years: 2.0, articles: 0, seed: 9, pretty: false };
        let (bytes, stats) = super::super::generate_bytes_shaped(&p, super::super::Shape::News);
        assert_eq!(stats.bytes as usize, bytes.len());
        let l = crate::model::load_bytes("news", &bytes).unwrap_or_else(|e| panic!("a news-shaped file must load:\n{e}"));
        let d = &l.dataset;
        assert_eq!((d.events.len(), d.articles.len(), d.lanes.len()), (4000, 200, 6));
        assert!(d.articles.iter().all(|a| a.paragraphs.len() == PARAGRAPHS + 1), "a title line and 7 paragraphs");
        let body: Vec<&String> = d.articles.iter().flat_map(|a| &a.paragraphs[1..]).collect();
        let words = body.iter().map(|p| p.split_whitespace().count()).sum::<usize>() as f64 / body.len() as f64;
        assert!((35.0..=45.0).contains(&words), "about 40 words a paragraph: {words}");
        let sources: Vec<&Source> = d.events.iter().flat_map(|e| &e.sources).collect();
        let per_event = sources.len() as f64 / d.events.len() as f64;
        assert!((1.5..=1.7).contains(&per_event), "about 1.6 sources per event: {per_event}");
        assert_eq!(stats.sources, sources.len());
        let articles: std::collections::HashMap<&str, &Article> = d.articles.iter().map(|a| (a.id.as_str(), a)).collect();
        for s in &sources {
            let paragraph = &articles[s.article.as_str()].paragraphs[s.paragraph];
            assert!(paragraph.ends_with(&*s.quote), "the quote ends its paragraph: {:?} / {paragraph:?}", s.quote);
        }
        let actors: std::collections::HashSet<&str> = d.events.iter().filter_map(|e| e.actor.as_deref()).collect();
        assert!(actors.len() > 150 && actors.len() <= ACTORS, "{} actors", actors.len());
        let mut per_lane = [0usize; 6];
        l.index.lane_of.iter().for_each(|&k| per_lane[k as usize] += 1);
        assert!(per_lane.iter().all(|&n| n > 100), "{per_lane:?}");
        assert!(bytes == super::super::generate_bytes_shaped(&p, super::super::Shape::News).0, "the same bytes for a seed");
        let synthetic = super::super::generate_bytes(&p).0;
        assert!(bytes != synthetic);
    }

    #[test]
    fn actors_are_distinct() {
        let names: std::collections::HashSet<String> = (0..ACTORS).map(actor_name).collect();
        assert_eq!(names.len(), ACTORS);
    }

    #[test]
    fn quotes_end_their_paragraph() {
        let p = "Officials in Kyiv said a prisoner exchange. Talks on a ceasefire resumed in Geneva on Thursday. “Every option remains on the table,” Anna Petrov, the envoy, said.";
        let mut r = Rng::for_item(3, 0, 0);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..300 {
            let q = quote_at_end(p, &mut r);
            assert!(!q.is_empty() && p.ends_with(&q) && q == q.trim(), "{q:?}");
            seen.insert(q);
        }
        assert!(seen.contains("“Every option remains on the table,” Anna Petrov, the envoy, said."), "the last sentence");
        assert!(seen.contains("Anna Petrov, the envoy, said."), "the last four words");
        assert!(seen.len() > 5, "{seen:?}");
    }
}
