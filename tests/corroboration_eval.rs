//! Merging measured on the development corpus: the committed articles always,
//! and the articles kept outside git (`/work/corpus-local/dev`) when they are
//! on this machine. `corroboration_pairs` (ignored) prints every cross-article
//! pair of drafts of one occasion and what kept it apart, for developing the rules.

use chronolens::corroborate::arrival::corroborate;
use chronolens::corroborate::copies::{Fingerprints, origins};
use chronolens::corroborate::same_event::{Report, explain};
use chronolens::corroborate::{MergeMode, contradictions};
use chronolens::extract::article::{ArticleMeta, article_id, article_text, extract_article};
use chronolens::extract::dataset::new_dataset;
use chronolens::extract::eval::{evaluate_dirs, load_gold, load_published, match_events};
use chronolens::extract::eval_merge::MergeScore;
use chronolens::extract::gazetteer::Gazetteer;
use chronolens::extract::published::Published;
use chronolens::model::validate::validate;
use chronolens::model::{Article, Dataset, Event, EventIndex};
use std::path::{Path, PathBuf};

const DEV: &str = "tests/corpus/dev";
const LOCAL: &str = "/work/corpus-local/dev";
/// The second development set, annotated blind (several outlets per occasion).
const DEV2: &str = "tests/corpus/dev2";
const LOCAL2: &str = "/work/corpus-local/dev2";

fn dirs() -> Vec<PathBuf> {
    dirs_of(DEV, LOCAL)
}

/// The committed articles of a set, and those kept outside git when they are here.
fn dirs_of(committed: &str, local: &str) -> Vec<PathBuf> {
    let mut d = vec![PathBuf::from(committed)];
    if Path::new(local).is_dir() {
        d.push(PathBuf::from(local));
    }
    d
}

#[test]
fn merging_on_the_dev_corpus_keeps_precision() {
    let m = merging_of(DEV, &dirs(), "dev");
    assert!(m.pairs > 0, "nothing was joined");
    assert!(m.precision() >= 0.9, "merge precision {:.3}: {:?}", m.precision(), m.wrong);
    // The committed articles alone report few occasions twice (Geneva, the
    // 20th contact group); with the local articles there are two dozen.
    // Floor below the 0.643 measured (27 of 42) after synonyms of event words
    // and occasion words as context (it was 0.548, 23 of 42, when articles
    // 026-038 joined the corpus): of the occasions missed, 8 are not
    // extracted in two articles, which matching cannot mend. Left some room:
    // extraction changes move the figure by an occasion or two.
    if dirs().len() > 1 {
        assert!(m.recall() >= 0.6, "merge recall {:.3}: {:?}", m.recall(), m.missed);
    } else {
        assert!(m.joined >= 1, "no occasion joined: {:?}", m.missed);
    }
}

/// The second development set (tests/corpus/dev2, annotated blind: several
/// outlets on each of eight occasions). Before any merging rule was developed
/// on it, 1 of its 25 occasions reported by several articles was joined (12
/// had reports extracted in two or more). 4 of 25 (0.160), at 4 of 4 pairs
/// right, once a draft dated by its article's day only may be of the day
/// before (the Kremlin's answer, the Russian MoD's account, the White House's
/// clarification, each dated by one outlet and not by another a day later).
/// Floor one occasion below, as for dev: extraction changes move it.
#[test]
fn merging_on_the_second_dev_set_keeps_precision() {
    let dirs = dirs_of(DEV2, LOCAL2);
    let m = merging_of(DEV2, &dirs, "dev2");
    if m.pairs > 0 {
        assert!(m.precision() >= 0.9, "merge precision {:.3}: {:?}", m.precision(), m.wrong);
    }
    // The committed articles alone (five official texts) share no occasion
    // that both extract: only the local articles are measured.
    if dirs.len() > 1 {
        assert!(m.joined >= 3, "merge recall {:.3}: {:?}", m.recall(), m.missed);
    }
}

/// Merging measured on the set in `set` (its gold and publication dates), with
/// its articles looked up in `dirs`; the figures and every wrong or missed join printed.
fn merging_of(set: &str, dirs: &[PathBuf], label: &str) -> MergeScore {
    let published = load_published(&Path::new(set).join("published.json")).unwrap();
    let r = evaluate_dirs(&Path::new(set).join("gold.json"), dirs, &published, &Gazetteer::builtin()).unwrap();
    let m = r.merging.unwrap_or_else(|| panic!("the {label} gold file has clusters"));
    eprintln!(
        "{label} merge P {:.3} ({}/{}) R {:.3} ({}/{}, {} possible)",
        m.precision(),
        m.right_pairs,
        m.pairs,
        m.recall(),
        m.joined,
        m.occasions,
        m.possible
    );
    for l in m.wrong.iter().chain(&m.missed) {
        eprintln!("{l}");
    }
    m
}

fn span(e: &Event) -> Option<chronolens::model::Span> {
    let parse =
        |v: &Option<chronolens::model::SmallText>| v.as_deref().map(chronolens::model::time::parse_instant).transpose().ok().flatten();
    chronolens::model::time::event_span(e.precision, parse(&e.start), parse(&e.end)).ok().flatten()
}

/// Prints the drafts of each occasion of the dev set, or of dev2 with `CORPUS=dev2`.
#[test]
#[ignore = "prints the drafts of each occasion, for developing the rules"]
fn corroboration_pairs() {
    let g = Gazetteer::builtin();
    let (set, local) = if std::env::var("CORPUS").is_ok_and(|c| c == "dev2") { (DEV2, LOCAL2) } else { (DEV, LOCAL) };
    let dirs = || dirs_of(set, local);
    let gold = load_gold(&Path::new(set).join("gold.json")).unwrap();
    let published = load_published(&Path::new(set).join("published.json")).unwrap();
    let mut names: Vec<&str> = gold.iter().map(|e| e.article.as_str()).collect();
    names.dedup();
    // (cluster, article, draft)
    let mut found: Vec<(String, String, Event)> = Vec::new();
    let mut all: Vec<(String, String, Event)> = Vec::new();
    for name in names {
        let Some(path) = dirs().into_iter().map(|d| d.join(name)).find(|p| p.is_file()) else { continue };
        let text = article_text(name, &std::fs::read(&path).unwrap()).unwrap();
        let meta = ArticleMeta { id: article_id(&path), published: Published::given(published[name]), outlet: None, url: None };
        let (_, events) = extract_article(&text, &meta, &g);
        let own: Vec<_> = gold.iter().filter(|e| e.article == name).cloned().collect();
        for (gi, ei) in match_events(&own, &events, &g) {
            if let Some(c) = &own[gi].cluster {
                found.push((c.clone(), name.to_owned(), events[ei].clone()));
            }
        }
        let matched: Vec<usize> = match_events(&own, &events, &g).into_iter().map(|p| p.1).collect();
        for (ei, e) in events.iter().enumerate() {
            if !matched.contains(&ei) {
                all.push(("(none)".into(), name.to_owned(), e.clone()));
            }
        }
    }
    found.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    all.extend(found.iter().cloned());
    // Pairs from two articles in one lane whose dates fit but that the
    // reference puts in different occasions (or in none): what a looser rule would risk.
    println!("== pairs of different occasions, same lane, dates that fit");
    for (i, (c, art, e)) in all.iter().enumerate() {
        for (c2, art2, f) in &all[i + 1..] {
            let (Some(p), Some(q)) = (span(e), span(f)) else { continue };
            if art2 == art || e.lane != f.lane || (c == c2 && c != "(none)") || p.hi <= q.lo || q.hi <= p.lo {
                continue;
            }
            println!(
                "  {c} {} [{}|{:?}] / {c2} {} [{}|{:?}]: {}",
                e.id,
                e.kind.name(),
                e.actor,
                f.id,
                f.kind.name(),
                f.actor,
                explain(&Report::new(e, span(e)), &Report::new(f, span(f)))
            );
        }
    }
    let mut last = String::new();
    for (i, (c, art, e)) in found.iter().enumerate() {
        if *c != last {
            println!("\n== {c}");
            last = c.clone();
        }
        println!(
            "  {} {} [{}|{}|{:?}|{}{}|{}|cue {:?}] {:?} / {}",
            &art[..3],
            e.id,
            e.lane,
            e.kind.name(),
            e.actor,
            e.start.as_deref().unwrap_or("-"),
            e.end.as_deref().map(|x| format!("..{x}")).unwrap_or_default(),
            e.precision.name(),
            e.time_cue,
            e.title,
            e.sources[0].quote
        );
        for (c2, art2, f) in &found[i + 1..] {
            if c2 == c && art2 != art {
                println!("      vs {}: {}", f.id, explain(&Report::new(e, span(e)), &Report::new(f, span(f))));
            }
        }
    }
}

/// Every dev article found, extracted, in order of publication.
fn extracted_articles(g: &Gazetteer) -> Vec<(Article, Vec<Event>)> {
    let published = load_published(&Path::new(DEV).join("published.json")).unwrap();
    let mut out = Vec::new();
    for (name, date) in &published {
        let Some(path) = dirs().into_iter().map(|d| d.join(name)).find(|p| p.is_file()) else { continue };
        let text = article_text(name, &std::fs::read(&path).unwrap()).unwrap();
        let meta = ArticleMeta { id: article_id(&path), published: Published::given(*date), outlet: None, url: None };
        out.push(extract_article(&text, &meta, g));
    }
    out.sort_by(|a, b| (&a.0.published, &a.0.id).cmp(&(&b.0.published, &b.0.id)));
    out
}

/// Copies of one wire story (019/020: one Politico story; 023/024: one AP
/// bulletin, per SOURCES.md) are one origin once their reports are joined,
/// and the other outlets of those days stay independent.
#[test]
fn wire_copies_in_the_dev_corpus_are_one_origin() {
    let g = Gazetteer::builtin();
    let items = extracted_articles(&g);
    let has = |prefix: &str| items.iter().any(|(a, _)| a.id.starts_with(prefix));
    if !["019", "020", "021", "023", "024", "025"].iter().all(|p| has(p)) {
        eprintln!("skipped: the dev articles kept outside git are not in {LOCAL}");
        return;
    }
    let ds = new_dataset(&g, items);
    let index = EventIndex::build(&ds, validate(&ds).unwrap());
    let mut drafts: Vec<Event> = ds.events.iter().map(|e| (**e).clone()).collect();
    let empty = Dataset { articles: ds.articles.clone(), events: Vec::new(), ..ds.clone() };
    let empty_index = EventIndex::build(&empty, validate(&empty).unwrap());
    corroborate(&empty, &empty_index, &mut drafts, MergeMode::Auto);
    let number = |prefix: &str| ds.articles.iter().position(|a| a.id.starts_with(prefix)).unwrap() as u32;
    let mut prints = Fingerprints::default();
    let mut checked = 0;
    for e in drafts.iter().filter(|e| e.sources.len() > 1) {
        let articles: Vec<u32> = e.sources.iter().map(|s| index.article_ids[s.article.as_str()]).collect();
        let o = origins(&ds, &articles, &mut prints);
        let group = |a: u32| o.articles.iter().find(|c| c.article == a).map(|c| c.original.unwrap_or(c.article));
        for (x, y) in [("019", "020"), ("023", "024")] {
            if let (Some(p), Some(q)) = (group(number(x)), group(number(y))) {
                assert_eq!(p, q, "{x} and {y} are one story: {:?} in {}", o, e.title);
                checked += 1;
            }
        }
        for (x, y) in [("019", "021"), ("020", "021"), ("023", "025"), ("024", "025"), ("022", "023")] {
            if let (Some(p), Some(q)) = (group(number(x)), group(number(y))) {
                assert_ne!(p, q, "{x} and {y} are independent: {:?} in {}", o, e.title);
            }
        }
        let n_articles = o.articles.len();
        assert!(o.independent >= 1 && o.independent <= n_articles);
    }
    assert!(checked >= 3, "reports of the copies were joined only {checked} times");
}

/// Where joined reports disagree the event says so: nothing in the dev
/// corpus's joined events should be flagged for the copies' identical text.
#[test]
fn identical_copies_do_not_contradict_each_other() {
    let g = Gazetteer::builtin();
    let items = extracted_articles(&g);
    let mut drafts: Vec<Event> = items.iter().flat_map(|(_, e)| e.iter().cloned()).collect();
    let ds = new_dataset(&g, Vec::new());
    let index = EventIndex::build(&ds, validate(&ds).unwrap());
    corroborate(&ds, &index, &mut drafts, MergeMode::Auto);
    for e in drafts.iter().filter(|e| e.sources.len() > 1) {
        for c in contradictions(e) {
            let (a, b) = (&e.sources[c.a], &e.sources[c.b]);
            eprintln!("{}: {} {} ({} / {})", e.title, c.field, c.detail, a.article, b.article);
            assert!(a.quote != b.quote || c.field == "date", "the same words cannot disagree on {}: {}", c.field, c.detail);
        }
    }
}
