//! `chronolens generate`: a large, realistic and valid dataset, the same bytes
//! for the same arguments.
//!
//! What "realistic" means here:
//! * times are bursty: a uniform background with a day/night rhythm, plus
//!   heavy-tailed bursts (hours to weeks wide), plus one "breaking news" burst
//!   a few hours wide that holds 5% of all events;
//! * every precision and kind appears, with ranges, known durations, offsets
//!   other than UTC, undated events and drafts;
//! * events cite one to eight sources (1.8 on average) in articles
//!   published on or soon after the event, each an exact quote of a paragraph;
//! * titles are long (roughly 60 to 220 characters) and the text is not ASCII-only.
//!
//! Nothing is held in memory but a few numbers per article: each paragraph is
//! generated from its own seed, so an event can re-create the paragraph it
//! quotes. The output is written through the model's own `Serialize`: compact
//! (one line), or with `--pretty` in the layout of `tools/build_sample.py`
//! (`json.dumps(indent=1, ensure_ascii=False)`), which is about a third larger.
//!
//! `--shape news` writes the other shape a loader meets (see `news`): many
//! short articles of seven paragraphs, quotes at the end of paragraphs, 1.6
//! sources per event, 300 actors.

use crate::args::{checked, number};
use crate::model::time::{DAY, HOUR, MINUTE};
use crate::model::{Article, Event, EventRare, Kind, Lane, Precision, Source, Verification};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub mod news;

/// What the generated file looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Shape {
    /// Bursty times, one to seven sources (1.8 on average), quotes anywhere in paragraphs of 4 to 12 sentences
    #[default]
    Synthetic,
    /// Like extracted news: one article of 7 paragraphs of about 40 words per 20 events, quotes at the end of paragraphs, 1.6 sources per event, 300 actors
    News,
}

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    pub events: usize,
    pub lanes: usize,
    pub years: f64,
    pub articles: usize,
    pub seed: u64,
    /// Indented like `json.dumps(indent=1)` instead of one line.
    pub pretty: bool,
}

impl Default for Params {
    fn default() -> Self {
        Self { events: 1000, lanes: 6, years: 5.0, articles: 0, seed: 1, pretty: false }
    }
}

impl Params {
    /// Articles to write: as given, or one per 40 events (at least one).
    pub fn article_count(&self) -> usize {
        if self.articles > 0 { self.articles } else { (self.events / 40).max(1) }
    }
}

/// What was written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub bytes: u64,
    pub events: usize,
    pub lanes: usize,
    pub articles: usize,
    pub sources: usize,
    pub undated: usize,
    /// Per `Precision::ALL`.
    pub per_precision: [usize; 9],
}

/// 2020-01-01T00:00:00Z: where generated timelines begin.
pub const EPOCH: i64 = 1_577_836_800;

/// Write a valid, realistic synthetic dataset (the same bytes for the same arguments).
#[derive(Debug, Clone, clap::Parser)]
#[command(name = "generate", bin_name = "chronolens generate", args_override_self = true)]
pub struct GenerateArgs {
    /// Events to write
    #[arg(long, value_name = "N", default_value_t = Params::default().events, value_parser = checked(event_count))]
    pub events: usize,
    /// Lanes, 1 to 65535
    #[arg(long, value_name = "K", default_value_t = Params::default().lanes, value_parser = checked(lane_count))]
    pub lanes: usize,
    /// Years the timeline spans (more than 0, at most 1000)
    #[arg(long, value_name = "Y", default_value_t = Params::default().years, value_parser = checked(years))]
    pub years: f64,
    /// Articles the events cite; 0: one per 40 events
    #[arg(long, value_name = "M", default_value_t = Params::default().articles, value_parser = checked(number::<usize>))]
    pub articles: usize,
    /// Seed of the random numbers
    #[arg(long, value_name = "S", default_value_t = Params::default().seed, value_parser = checked(number::<u64>))]
    pub seed: u64,
    /// The dataset to write
    #[arg(short, long, value_name = "FILE")]
    pub out: PathBuf,
    /// Indented like Python's json.dumps(indent=1) instead of one line (about a third larger)
    #[arg(long)]
    pub pretty: bool,
    /// The kind of file: the synthetic default, or shaped like extracted news
    #[arg(long, value_enum, default_value_t = Shape::Synthetic)]
    pub shape: Shape,
}

impl GenerateArgs {
    pub fn params(&self) -> Params {
        Params { events: self.events, lanes: self.lanes, years: self.years, articles: self.articles, seed: self.seed, pretty: self.pretty }
    }
}

fn event_count(flag: &str, v: &str) -> Result<usize, String> {
    let n: usize = number(flag, v)?;
    if n > u32::MAX as usize - 1 {
        return Err(format!("{flag} is too large"));
    }
    Ok(n)
}

fn lane_count(flag: &str, v: &str) -> Result<usize, String> {
    let n: usize = number(flag, v)?;
    if n == 0 || n > u16::MAX as usize {
        return Err(format!("{flag} must be between 1 and 65535"));
    }
    Ok(n)
}

fn years(flag: &str, v: &str) -> Result<f64, String> {
    let y: f64 = number(flag, v)?;
    if !(y > 0.0 && y <= 1000.0) {
        return Err(format!("{flag} must be more than 0 and at most 1000"));
    }
    Ok(y)
}

/// `chronolens generate …`
pub fn command(args: &GenerateArgs) -> ExitCode {
    let (params, out) = (args.params(), args.out.clone());
    let t0 = std::time::Instant::now();
    // Written aside and renamed into place: an existing file stays whole until the new one is.
    let result = crate::model::atomic::AtomicFile::create(&out).and_then(|mut w| {
        let stats = write_shaped(&params, args.shape, &mut w)?;
        w.commit()?;
        Ok(stats)
    });
    match result {
        Ok(s) => {
            println!(
                "wrote {}: {:.1} MB, {} events ({} undated), {} lanes, {} articles, {} sources, seed {}, in {:.2} s",
                out.display(),
                s.bytes as f64 / 1e6,
                s.events,
                s.undated,
                s.lanes,
                s.articles,
                s.sources,
                params.seed,
                t0.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chronolens: cannot write {}: {e}", out.display());
            ExitCode::from(2)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Random numbers: SplitMix64, which is small, fast, and the same on every platform.

#[derive(Debug, Clone)]
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    /// A generator for one item of one stream, independent of the order items are made in.
    fn for_item(seed: u64, stream: u64, item: u64) -> Self {
        let mut r = Rng(mix(mix(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F)) ^ item));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    /// Uniform in `0..n` (0 when n is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((self.next() as u128 * n as u128) >> 64) as usize
    }
    fn range(&mut self, lo: usize, hi_incl: usize) -> usize {
        lo + self.below(hi_incl - lo + 1)
    }
    /// Uniform in `[0, 1)`.
    fn f64(&mut self) -> f64 {
        (self.next() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.f64() < p
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    /// An index drawn with the given weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
    /// Exponential with mean 1.
    fn exp(&mut self) -> f64 {
        -(1.0 - self.f64()).ln()
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

const STREAM_ARTICLE: u64 = 1;
const STREAM_PARAGRAPH: u64 = 2;
const STREAM_EVENT: u64 = 3;
const STREAM_TIME: u64 = 4;

// ---------------------------------------------------------------------------------------------
// When things happen.

struct Burst {
    centre: f64,
    width: f64,
}

/// The intensity of news over the period: background plus bursts.
struct Timeline {
    span: f64,
    bursts: Vec<Burst>,
    /// Cumulative weights of `bursts`.
    cumulative: Vec<f64>,
}

/// Share of events in the background, in the bursts, and in the one breaking-news burst.
const BACKGROUND: f64 = 0.35;
const BREAKING: f64 = 0.05;

impl Timeline {
    fn new(seed: u64, years: f64) -> Self {
        let span = years * 365.2425 * DAY as f64;
        let mut r = Rng::for_item(seed, STREAM_TIME, u64::MAX);
        let n = ((12.0 * years).round() as usize).max(6);
        let mut bursts = Vec::with_capacity(n + 1);
        let mut weights = Vec::with_capacity(n + 1);
        // Breaking news: a few hours, somewhere in the middle half.
        bursts.push(Burst { centre: span * (0.25 + 0.5 * r.f64()), width: (2.0 + 3.0 * r.f64()) * HOUR as f64 });
        weights.push(0.0);
        for _ in 0..n {
            // Widths from an hour to three weeks, log-uniform; weights heavy-tailed (Pareto, alpha 1.2).
            let width = HOUR as f64 * (500f64).powf(r.f64());
            let w = (1.0 - r.f64()).powf(-1.0 / 1.2);
            bursts.push(Burst { centre: span * r.f64(), width });
            weights.push(w);
        }
        let other: f64 = weights.iter().sum();
        let burst_share = 1.0 - BACKGROUND - BREAKING;
        let mut acc = 0.0;
        let mut cumulative = Vec::with_capacity(weights.len());
        for (i, w) in weights.iter().enumerate() {
            acc += if i == 0 { BREAKING } else { burst_share * w / other };
            cumulative.push(acc / (1.0 - BACKGROUND));
        }
        Self { span, bursts, cumulative }
    }

    /// Seconds after `EPOCH`, in `[0, span)`.
    fn sample(&self, r: &mut Rng) -> f64 {
        loop {
            let t = if r.chance(BACKGROUND) {
                r.f64() * self.span
            } else {
                let u = r.f64();
                let i = self.cumulative.partition_point(|&c| c < u).min(self.bursts.len() - 1);
                let b = &self.bursts[i];
                let side = if r.chance(0.5) { 1.0 } else { -1.0 };
                b.centre + side * b.width * r.exp()
            };
            if !(0.0..self.span).contains(&t) {
                continue;
            }
            // Fewer reports at night (UTC): keep a night-time draw 35% of the time.
            let hour = ((EPOCH as f64 + t).rem_euclid(DAY as f64) / HOUR as f64) as u32;
            if (0..6).contains(&hour) && !r.chance(0.35) {
                continue;
            }
            return t;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Words.

const LANES: [(&str, &str, &str); 14] = [
    ("russia", "Russia", "#7a4bc4"),
    ("ukraine", "Ukrainian officials", "#d99a00"),
    ("us", "United States", "#c23b3b"),
    ("nato", "NATO", "#2f6fd0"),
    ("eu", "European Union", "#1f8a8a"),
    ("un", "United Nations", "#4a90c8"),
    ("china", "China", "#b8442f"),
    ("turkiye", "Türkiye", "#8a5a2b"),
    ("uk", "United Kingdom", "#5a5a9a"),
    ("france", "France", "#3c6e9e"),
    ("germany", "Germany", "#6b6b6b"),
    ("iran", "Iran", "#2e7d4f"),
    ("belarus", "Belarus", "#9a3c6e"),
    ("other", "Other", "#5f7f6f"),
];

const OFFICIALS: &[&str] = &[
    "the foreign minister",
    "the defence ministry",
    "a senior official",
    "the president",
    "the prime minister",
    "a spokesperson",
    "the secretary-general",
    "military intelligence",
    "the general staff",
    "the ambassador to the UN",
    "an unnamed diplomat",
    "the energy minister",
    "regional authorities",
    "the national security adviser",
    "the interior ministry",
    "a government source",
];

const VERBS: &[&str] = &[
    "said",
    "warned",
    "announced",
    "denied",
    "confirmed",
    "claimed",
    "reported",
    "signalled",
    "rejected",
    "agreed",
    "proposed",
    "condemned",
    "promised",
    "demanded",
    "welcomed",
    "disputed",
];

const OBJECTS: &[&str] = &[
    "new sanctions on energy exports",
    "a ceasefire along the southern front line",
    "the shelling of residential areas",
    "the delivery of air-defence systems",
    "talks on grain shipments through the Black Sea",
    "the possible use of chemical weapons",
    "a prisoner exchange",
    "cyber attacks on government servers",
    "troop movements near the border",
    "an emergency session of the Security Council",
    "humanitarian corridors for civilians",
    "control of the nuclear power plant",
    "an increase in military aid",
    "restrictions on gas transit",
    "the expulsion of diplomats",
    "strikes on energy infrastructure",
    "a freeze of central-bank reserves",
    "the evacuation of the city’s hospitals",
    "peace talks mediated by a third country",
    "drone attacks on fuel depots",
    "the reopening of the embassy",
    "a referendum in occupied districts",
    "an investigation into alleged war crimes",
    "a naval blockade of the ports",
];

const PLACES: &[&str] = &[
    "Kyiv",
    "Brussels",
    "Geneva",
    "Kharkiv",
    "Mariupol",
    "Odesa",
    "Warsaw",
    "Vilnius",
    "Ankara",
    "Istanbul",
    "Beijing",
    "Washington",
    "Moscow",
    "Minsk",
    "Chișinău",
    "Donetsk",
    "Luhansk",
    "Zaporizhzhia",
    "Kherson",
    "Dnipro",
    "Lviv",
    "Helsinki",
    "Berlin",
    "Paris",
    "London",
    "The Hague",
    "New York",
    "Tallinn",
    "Bucharest",
    "Tbilisi",
    "Tehran",
    "Sevastopol",
    "Belgorod",
    "Kraków",
];

const TAILS: &[&str] = &[
    "according to officials",
    "citing intelligence reports",
    "in a televised address",
    "after an overnight meeting",
    "in a statement posted online",
    "at a press conference",
    "two sources familiar with the matter said",
    "a claim that could not be independently verified",
    "as fighting continued in the east",
    "amid growing pressure from allies",
    "despite earlier assurances",
    "without giving further details",
];

const TIME_CUES: &[&str] = &[
    "on Thursday",
    "late on Monday",
    "earlier this week",
    "overnight",
    "on Saturday morning",
    "last month",
    "in recent days",
    "at dawn",
    "this afternoon",
    "two days earlier",
    "on Sunday evening",
    "at the weekend",
];

const QUOTES: &[&str] = &[
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
];

const OUTLETS: &[(&str, &str)] = &[
    ("Reuters", "reuters.com"),
    ("Associated Press", "apnews.com"),
    ("BBC News", "bbc.co.uk"),
    ("Al Jazeera", "aljazeera.com"),
    ("The Guardian", "theguardian.com"),
    ("Kyiv Independent", "kyivindependent.com"),
    ("Deutsche Welle", "dw.com"),
    ("Le Monde", "lemonde.fr"),
    ("TASS", "tass.com"),
    ("Anadolu Agency", "aa.com.tr"),
    ("Prothom Alo", "prothomalo.com"),
    ("El País", "elpais.com"),
];

fn lane_label(i: usize) -> String {
    match LANES.get(i) {
        Some(l) => l.1.to_owned(),
        None => format!("Group {}", i + 1),
    }
}

fn lanes(k: usize) -> Vec<Lane> {
    (0..k)
        .map(|i| match LANES.get(i) {
            Some(&(id, label, color)) => Lane { id: id.into(), label: label.into(), color: Some(color.into()), ..Default::default() },
            None => Lane {
                id: format!("group-{}", i + 1),
                label: format!("Group {}", i + 1),
                color: Some(format!("#{:06x}", mix(i as u64) & 0xff_ffff)),
                ..Default::default()
            },
        })
        .collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One sentence of reporting.
fn sentence(r: &mut Rng, lanes: usize, out: &mut String) {
    let who = lane_label(r.below(lanes.min(LANES.len()).max(1)));
    match r.below(4) {
        0 => {
            out.push('“');
            out.push_str(r.pick(QUOTES));
            out.push_str(",” ");
            out.push_str(r.pick(OFFICIALS));
            out.push_str(" of ");
            out.push_str(&who);
            out.push_str(" told reporters in ");
            out.push_str(r.pick(PLACES));
            out.push('.');
        }
        1 => {
            out.push_str(&capitalise(r.pick(OFFICIALS)));
            out.push(' ');
            out.push_str(r.pick(VERBS));
            out.push(' ');
            out.push_str(r.pick(TIME_CUES));
            out.push_str(" that ");
            out.push_str(&who);
            out.push_str(" was preparing ");
            out.push_str(r.pick(OBJECTS));
            out.push_str(", ");
            out.push_str(r.pick(TAILS));
            out.push('.');
        }
        2 => {
            out.push_str(&who);
            out.push(' ');
            out.push_str(r.pick(VERBS));
            out.push(' ');
            out.push_str(r.pick(OBJECTS));
            out.push_str(" in ");
            out.push_str(r.pick(PLACES));
            out.push(' ');
            out.push_str(r.pick(TIME_CUES));
            out.push('.');
        }
        _ => {
            out.push_str("Talks on ");
            out.push_str(r.pick(OBJECTS));
            out.push_str(" are expected to continue in ");
            out.push_str(r.pick(PLACES));
            out.push_str(", ");
            out.push_str(r.pick(TAILS));
            out.push('.');
        }
    }
}

/// A long headline-like title (roughly 60 to 220 characters).
fn title(r: &mut Rng, who: &str, out: &mut String) {
    out.clear();
    out.push_str(who);
    if r.chance(0.6) {
        out.push_str("’s ");
        out.push_str(r.pick(OFFICIALS).trim_start_matches("the ").trim_start_matches("a ").trim_start_matches("an "));
    }
    out.push(' ');
    out.push_str(r.pick(VERBS));
    out.push(' ');
    out.push_str(r.pick(OBJECTS));
    if r.chance(0.7) {
        out.push_str(" in ");
        out.push_str(r.pick(PLACES));
    }
    if r.chance(0.4) {
        out.push_str(", ");
        out.push_str(r.pick(TAILS));
    }
    if r.chance(0.15) {
        out.push_str(", as ");
        out.push_str(&lane_label(r.below(LANES.len())));
        out.push(' ');
        out.push_str(r.pick(VERBS));
        out.push(' ');
        out.push_str(r.pick(OBJECTS));
    }
}

// ---------------------------------------------------------------------------------------------
// Articles. Paragraph `p` of article `a` is a function of (seed, a, p) alone.

struct Articles {
    seed: u64,
    lanes: usize,
    /// Publication time of each article, ascending.
    published: Vec<i64>,
}

impl Articles {
    fn new(seed: u64, count: usize, lanes: usize, timeline: &Timeline) -> Self {
        let mut r = Rng::for_item(seed, STREAM_ARTICLE, u64::MAX);
        let mut published: Vec<i64> =
            (0..count).map(|_| EPOCH + timeline.sample(&mut r) as i64 + (r.exp() * 6.0 * HOUR as f64) as i64).collect();
        published.sort_unstable();
        Self { seed, lanes, published }
    }

    fn paragraph_count(&self, a: usize) -> usize {
        Rng::for_item(self.seed, STREAM_ARTICLE, a as u64).range(4, 12)
    }

    fn id(&self, a: usize) -> String {
        format!("{a:06}_{:08x}", mix(self.seed ^ mix(a as u64)) as u32)
    }

    /// Paragraph 0 is the title line.
    fn paragraph(&self, a: usize, p: usize, out: &mut String) {
        out.clear();
        let mut r = Rng::for_item(self.seed, STREAM_PARAGRAPH, ((a as u64) << 16) | p as u64);
        if p == 0 {
            let who = lane_label(r.below(self.lanes.min(LANES.len())));
            title(&mut r, &who, out);
            return;
        }
        let sentences = r.range(2, 4);
        for s in 0..sentences {
            if s > 0 {
                out.push(' ');
            }
            sentence(&mut r, self.lanes, out);
        }
    }

    fn article(&self, a: usize) -> Article {
        let n = self.paragraph_count(a);
        let mut r = Rng::for_item(self.seed, STREAM_ARTICLE, (a as u64) | (1 << 40));
        let paragraphs: Vec<String> = (0..n)
            .map(|p| {
                let mut s = String::new();
                self.paragraph(a, p, &mut s);
                s
            })
            .collect();
        let (outlet, domain) = r.pick(OUTLETS);
        let t = self.published[a];
        let day = date(t);
        let published = if r.chance(0.6) { day.clone() } else { datetime(t, 0, true) };
        let slug: String = paragraphs[0]
            .split(' ')
            .take(6)
            .map(|w| w.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        Article {
            id: self.id(a),
            title: paragraphs[0].clone(),
            outlet: r.chance(0.9).then(|| outlet.to_owned()),
            url: r.chance(0.85).then(|| format!("https://www.{domain}/{}/{}-{a}", &day[..7].replace('-', "/"), slug)),
            published: r.chance(0.95).then_some(published),
            paragraphs,
            ..Default::default()
        }
    }

    /// An article published on the day of `t` or soon after (or any, for `None`).
    fn near(&self, t: Option<i64>, r: &mut Rng) -> usize {
        let n = self.published.len();
        let Some(t) = t else { return r.below(n) };
        let first = self.published.partition_point(|&p| p < t - t.rem_euclid(DAY));
        let k = first + (r.exp() * 3.0) as usize;
        if k < n { k } else { n - 1 - r.below(n.min(8)) }
    }
}

// ---------------------------------------------------------------------------------------------
// Dates as text.

/// (year, month, day) of a day number since 1970-01-01 (H. Hinnant's algorithm).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + (m <= 2) as i64, m, d)
}

fn date(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// `2022-03-24T14:30:00Z`, or local time with an offset of `offset_min` minutes, or without seconds.
fn datetime(secs: i64, offset_min: i64, with_seconds: bool) -> String {
    let local = secs + offset_min * MINUTE;
    let (y, m, d) = civil(local.div_euclid(DAY));
    let s = local.rem_euclid(DAY);
    let (hh, mm, ss) = (s / HOUR, s % HOUR / MINUTE, s % MINUTE);
    let zone = if offset_min == 0 {
        "Z".to_owned()
    } else {
        let a = offset_min.abs();
        format!("{}{:02}:{:02}", if offset_min < 0 { '-' } else { '+' }, a / 60, a % 60)
    };
    if with_seconds {
        format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}{zone}")
    } else {
        format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}{zone}")
    }
}

/// A date-time as news files state them: mostly UTC, some local with an offset, a few without seconds.
fn stated_time(secs: i64, r: &mut Rng) -> String {
    match r.below(20) {
        0 | 1 => datetime(secs, r.pick(&[60, 120, 180, -300, 330]), true),
        2 => datetime(secs - secs.rem_euclid(MINUTE), 0, false),
        _ => datetime(secs, 0, true),
    }
}

// ---------------------------------------------------------------------------------------------
// Events.

/// Weights, in `Precision::ALL` order: minute, hour, day, week, month, year, range, before, unknown.
const PRECISION_WEIGHTS: [u32; 9] = [14, 14, 38, 5, 5, 2, 12, 6, 4];
/// In `Kind::ALL` order.
const KIND_WEIGHTS: [u32; 7] = [30, 18, 10, 12, 12, 10, 8];
/// In `Verification::ALL` order.
const VERIFICATION_WEIGHTS: [u32; 4] = [55, 20, 18, 7];
/// One to seven sources (1.8 on average).
const SOURCE_COUNT_WEIGHTS: [u32; 7] = [52, 30, 10, 4, 2, 1, 1];

struct EventMaker<'a> {
    params: &'a Params,
    timeline: &'a Timeline,
    articles: &'a Articles,
    lane_ids: Vec<String>,
    /// Cumulative lane weights (Zipf-like: the first lanes are the busiest).
    lane_weights: Vec<u32>,
    paragraph: String,
}

impl EventMaker<'_> {
    fn event(&mut self, i: usize) -> Event {
        let mut r = Rng::for_item(self.params.seed, STREAM_EVENT, i as u64);
        let lane = r.weighted(&self.lane_weights);
        let who = lane_label(lane);
        let t = EPOCH + self.timeline.sample(&mut r) as i64;
        let precision = Precision::ALL[r.weighted(&PRECISION_WEIGHTS)];
        let (start, end, anchor) = event_dates(precision, t, &mut r);
        let mut title_text = String::with_capacity(160);
        title(&mut r, &who, &mut title_text);

        let n_sources = r.weighted(&SOURCE_COUNT_WEIGHTS) + 1;
        let mut sources = Vec::with_capacity(n_sources);
        for _ in 0..n_sources {
            let a = self.articles.near(anchor, &mut r);
            let n = self.articles.paragraph_count(a);
            let p = if r.chance(0.08) { 0 } else { r.range(1, n - 1) };
            self.articles.paragraph(a, p, &mut self.paragraph);
            sources.push(Source {
                article: self.articles.id(a).into(),
                paragraph: p,
                quote: quote(&self.paragraph, &mut r).into(),
                ..Default::default()
            });
        }
        Event {
            id: format!("ev{i:07}").into(),
            lane: self.lane_ids[lane].as_str().into(),
            title: title_text.into(),
            actor: r.chance(0.6).then(|| capitalise(r.pick(OFFICIALS)).into()),
            kind: Kind::ALL[r.weighted(&KIND_WEIGHTS)],
            start: start.map(Into::into),
            end: end.map(Into::into),
            precision,
            verification: Verification::ALL[r.weighted(&VERIFICATION_WEIGHTS)],
            sources,
            draft: if r.chance(0.05) { Some(true) } else { None },
            time_cue: r.chance(0.3).then(|| r.pick(TIME_CUES).into()),
            rare: EventRare {
                notes: r.chance(0.02).then(|| "Date inferred from the publication date of the first source.".to_owned()),
                ..Default::default()
            }
            .into(),
        }
    }
}

/// `start`, `end`, and the instant sources are looked up around (`None`: undated).
fn event_dates(precision: Precision, t: i64, r: &mut Rng) -> (Option<String>, Option<String>, Option<i64>) {
    let minute = t - t.rem_euclid(MINUTE);
    let day = t - t.rem_euclid(DAY);
    match precision {
        Precision::Minute => {
            let end = r.chance(0.2).then(|| stated_time(minute + (5 + r.below(240)) as i64 * MINUTE, r));
            (Some(stated_time(minute, r)), end, Some(t))
        }
        Precision::Hour => {
            let hour = t - t.rem_euclid(HOUR);
            let end = r.chance(0.1).then(|| datetime(hour + (1 + r.below(6)) as i64 * HOUR, 0, true));
            (Some(datetime(hour, 0, true)), end, Some(t))
        }
        Precision::Day => {
            let end = r.chance(0.08).then(|| date(day + (1 + r.below(9)) as i64 * DAY));
            (Some(date(day)), end, Some(t))
        }
        Precision::Week | Precision::Month | Precision::Year => (Some(date(day)), None, Some(t)),
        Precision::Range => {
            if r.chance(0.3) {
                let len = (1 + r.below(12)) as i64 * HOUR;
                (Some(datetime(minute, 0, true)), Some(datetime(minute + len, 0, true)), Some(t))
            } else {
                let len = (1 + r.below(30)) as i64 * DAY;
                (Some(date(day)), Some(date(day + len)), Some(t))
            }
        }
        Precision::Before => {
            if r.chance(0.8) {
                (Some(date(day)), None, Some(t))
            } else {
                (Some(datetime(minute, 0, true)), None, Some(t))
            }
        }
        Precision::Unknown => {
            if r.chance(0.5) {
                (Some(date(day)), None, Some(t))
            } else {
                (None, None, None)
            }
        }
    }
}

/// A run of 3 to 10 words of `paragraph`: an exact, trimmed substring.
fn quote(paragraph: &str, r: &mut Rng) -> String {
    let starts: Vec<usize> =
        std::iter::once(0).chain(paragraph.match_indices(' ').map(|(i, _)| i + 1)).filter(|&i| i < paragraph.len()).collect();
    let words = r.range(3, 10).min(starts.len());
    let first = r.below(starts.len() - words + 1);
    let end = starts.get(first + words).map_or(paragraph.len(), |&s| s - 1);
    let q = paragraph[starts[first]..end].trim();
    if q.is_empty() { paragraph.trim().to_owned() } else { q.to_owned() }
}

// ---------------------------------------------------------------------------------------------
// Writing.

/// Writes the whole dataset to `out`.
pub fn write_dataset(params: &Params, out: &mut impl Write) -> io::Result<Stats> {
    let timeline = Timeline::new(params.seed, params.years);
    let n_articles = params.article_count();
    let articles = Articles::new(params.seed, n_articles, params.lanes, &timeline);
    let lanes = lanes(params.lanes);
    let title = format!(
        "Generated: {} events in {} lanes over {} years, {} articles (seed {})",
        params.events, params.lanes, params.years, n_articles, params.seed
    );
    let mut maker = EventMaker {
        params,
        timeline: &timeline,
        articles: &articles,
        lane_ids: lanes.iter().map(|l| l.id.clone()).collect(),
        lane_weights: (0..params.lanes).map(|i| (1000.0 / (i as f64 + 1.0).powf(0.8)).round() as u32).collect(),
        paragraph: String::new(),
    };
    write_document(params, out, &title, &lanes, (0..n_articles).map(|a| articles.article(a)), |i| maker.event(i))
}

/// Writes a document of `title`, `lanes`, `articles` and `params.events`
/// events made by `event` (by number), streamed, with the figures of what was written.
pub(crate) fn write_document(
    params: &Params,
    out: &mut impl Write,
    title: &str,
    lanes: &[Lane],
    articles: impl Iterator<Item = Article>,
    mut event: impl FnMut(usize) -> Event,
) -> io::Result<Stats> {
    let mut w = Counting { inner: out, bytes: 0 };
    let mut stats = Stats { lanes: lanes.len(), ..Default::default() };
    let (nl, sp) = if params.pretty { ("\n", " ") } else { ("", "") };
    write!(w, "{{{nl}{sp}\"format\":{sp}\"chronolens/1\",{nl}{sp}\"title\":{sp}")?;
    serde_json::to_writer(&mut w, title)?;
    write!(w, ",{nl}{sp}\"lanes\":{sp}[")?;
    let mut buf = Vec::with_capacity(1 << 16);
    for (i, lane) in lanes.iter().enumerate() {
        element(&mut w, &mut buf, lane, i == 0, params.pretty)?;
    }
    write!(w, "{nl}{sp}],{nl}{sp}\"articles\":{sp}[")?;
    for (a, article) in articles.enumerate() {
        element(&mut w, &mut buf, &article, a == 0, params.pretty)?;
        stats.articles += 1;
    }
    write!(w, "{nl}{sp}],{nl}{sp}\"events\":{sp}[")?;
    for i in 0..params.events {
        let ev = event(i);
        stats.events += 1;
        stats.sources += ev.sources.len();
        stats.undated += ev.start.is_none() as usize;
        stats.per_precision[Precision::ALL.iter().position(|&p| p == ev.precision).expect("in ALL")] += 1;
        element(&mut w, &mut buf, &ev, i == 0, params.pretty)?;
    }
    if params.events > 0 {
        write!(w, "{nl}{sp}")?;
    }
    write!(w, "]{nl}}}{nl}")?;
    stats.bytes = w.bytes;
    Ok(stats)
}

/// The whole dataset in memory (for tests and small files).
pub fn generate_bytes(params: &Params) -> (Vec<u8>, Stats) {
    generate_bytes_shaped(params, Shape::Synthetic)
}

/// Writes the whole dataset of the given shape to `out`.
pub fn write_shaped(params: &Params, shape: Shape, out: &mut impl Write) -> io::Result<Stats> {
    match shape {
        Shape::Synthetic => write_dataset(params, out),
        Shape::News => news::write(params, out),
    }
}

/// The whole dataset of the given shape in memory (for tests and small files).
pub fn generate_bytes_shaped(params: &Params, shape: Shape) -> (Vec<u8>, Stats) {
    let mut out = Vec::new();
    let stats = write_shaped(params, shape, &mut out).expect("writing to memory cannot fail");
    (out, stats)
}

/// One element of a top-level list, laid out as `json.dumps(indent=1)` would at depth 2.
fn element<T: serde::Serialize>(w: &mut impl Write, buf: &mut Vec<u8>, value: &T, first: bool, pretty: bool) -> io::Result<()> {
    if !first {
        w.write_all(b",")?;
    }
    buf.clear();
    if !pretty {
        serde_json::to_writer(&mut *buf, value)?;
        return w.write_all(buf);
    }
    let mut ser = serde_json::Serializer::with_formatter(&mut *buf, serde_json::ser::PrettyFormatter::with_indent(b" "));
    value.serialize(&mut ser)?;
    // Strings never hold a raw newline, so every newline is layout.
    for line in buf.split(|&b| b == b'\n') {
        w.write_all(b"\n  ")?;
        w.write_all(line)?;
    }
    Ok(())
}

struct Counting<W> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(b)?;
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(EPOCH), "2020-01-01");
        assert_eq!(date(1_648_080_000), "2022-03-24");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(datetime(1_648_080_000 + 14 * HOUR + 30 * MINUTE, 120, true), "2022-03-24T16:30:00+02:00");
        assert_eq!(datetime(1_648_080_000, -300, false), "2022-03-23T19:00-05:00");
    }

    #[test]
    fn quotes_are_substrings() {
        let mut r = Rng::for_item(7, 0, 0);
        let p = "“Every option remains on the table,” the president of NATO told reporters in Kraków.";
        for _ in 0..200 {
            let q = quote(p, &mut r);
            assert!(!q.is_empty() && p.contains(&q) && q == q.trim(), "{q:?}");
        }
    }
}
