//! Edits check and index only what they change: after any sequence of
//! changes (valid, refused, or not fitting the data) the data, the index and
//! the message equal those of a whole validation and rebuild, and a refused
//! change leaves data and index exactly as they were.

use chronolens::generate::{Params, generate_bytes};
use chronolens::model::history::{Change, History, Op, apply_all};
use chronolens::model::validate::validate;
use chronolens::model::{Event, EventIndex, Loaded, Precision, View, load_bytes};

/// A small generated dataset: several lanes, undated events, drafts, long events.
fn generated(events: usize, seed: u64) -> Loaded {
    let params = Params { events, lanes: 4, years: 2.0, articles: events / 20, seed, pretty: false };
    let (bytes, _) = generate_bytes(&params);
    load_bytes("generated", &bytes).expect("generated data is valid")
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// The index compared field by field (the id table by what it finds).
fn assert_same_index(got: &EventIndex, want: &EventIndex, step: &str) {
    assert_eq!(got.spans, want.spans, "spans after {step}");
    assert_eq!(got.lane_of, want.lane_of, "lane_of after {step}");
    assert_eq!(got.by_time, want.by_time, "by_time after {step}");
    assert_eq!(got.time_rank, want.time_rank, "time_rank after {step}");
    assert_eq!(got.undated, want.undated, "undated after {step}");
    assert_eq!(got.by_article, want.by_article, "by_article after {step}");
    assert_eq!(got.lanes, want.lanes, "lanes after {step}");
    assert_eq!(got.extent, want.extent, "extent after {step}");
    assert_eq!(got.lane_ids, want.lane_ids, "lane ids after {step}");
    assert_eq!(got.article_ids, want.article_ids, "article ids after {step}");
    let ids: Vec<(&str, u32)> = got.event_ids.iter().collect();
    assert_eq!(ids, want.event_ids.iter().collect::<Vec<_>>(), "event ids after {step}");
    for (id, e) in ids {
        assert_eq!(got.event_ids.get(id), Some(&e), "event id {id:?} found after {step}");
    }
    assert!(!got.event_ids.contains_key("no such id"));
}

/// What a whole validation says of `ops` applied to `before`: the data after, and the result.
fn reference(before: &Loaded, ops: &[Op]) -> (chronolens::model::Dataset, Result<(), String>) {
    let mut ds = before.dataset.clone();
    let Some(undo) = apply_all(ops.to_vec(), &mut ds) else {
        return (ds, Err("the change no longer fits the data".into()));
    };
    match validate(&ds) {
        Ok(_) => (ds, Ok(())),
        Err(problems) => {
            apply_all(undo, &mut ds).unwrap();
            let msg = problems
                .iter()
                .map(|p| format!("{}{}{}", p.field, if p.field.is_empty() { "" } else { ": " }, p.message))
                .collect::<Vec<_>>()
                .join("; ");
            (ds, Err(msg))
        }
    }
}

fn new_id(fresh: &mut usize) -> String {
    *fresh += 1;
    format!("new-{fresh}")
}

/// Event `e` of `ds` with one random thing changed (sometimes made invalid).
fn edited(ds: &chronolens::model::Dataset, r: &mut Rng, e: u32, fresh: &mut usize) -> Event {
    let n = ds.events.len();
    let mut ev = (*ds.events[e as usize]).clone();
    let other = &ds.events[r.below(n)];
    match r.below(14) {
        0 => ev.draft = None,
        1 => ev.draft = Some(true),
        2 => (ev.start, ev.end, ev.precision) = (other.start.clone(), other.end.clone(), other.precision),
        3 => (ev.start, ev.end, ev.precision) = (None, None, Precision::Unknown),
        4 => ev.start = Some("2022-13-45".into()),
        5 => ev.lane = other.lane.clone(),
        6 => ev.lane = "nowhere".into(),
        7 => ev.id = other.id.clone(),
        8 => ev.id = new_id(fresh).into(),
        9 => ev.sources.extend(other.sources.iter().cloned()),
        10 => ev.sources[0].paragraph = 999,
        11 => ev.sources[0].quote = "words that are in no paragraph".into(),
        12 => ev.title = if r.chance(30) { " ".into() } else { format!("{} (edited)", ev.title).into() },
        _ => ev.rare.tags = Some(vec!["Kyiv".into(), if r.chance(50) { "kyiv" } else { "talks" }.into()]),
    }
    ev
}

/// A random change to `l`: mostly what the window does, some of it invalid.
fn random_change(l: &Loaded, r: &mut Rng, fresh: &mut usize) -> Vec<Op> {
    let ds = &l.dataset;
    let n = ds.events.len();
    let pick = |r: &mut Rng| r.below(n) as u32;
    match r.below(12) {
        0..=2 => {
            let e = pick(r);
            vec![Op::Put { at: e, event: edited(ds, r, e, fresh) }]
        }
        3 => vec![Op::Remove { at: pick(r) }],
        4 => {
            let mut ev = (*ds.events[r.below(n)]).clone();
            ev.id = if r.chance(20) { ds.events[r.below(n)].id.clone() } else { new_id(fresh).into() };
            vec![Op::Insert { at: r.below(n + 1) as u32, event: ev }]
        }
        5 => {
            let events = (0..1 + r.below(3))
                .map(|_| {
                    let e = pick(r);
                    let mut ev = edited(ds, r, e, fresh);
                    if r.chance(85) {
                        ev.id = new_id(fresh).into();
                    }
                    ev
                })
                .collect();
            vec![Op::Append { lanes: vec![], articles: vec![], events }]
        }
        6 if r.chance(50) => vec![Op::Truncate { lanes: 0, articles: 0, events: 1 + r.below(2) }],
        6 => {
            // An import: a new article (sometimes with an id already used, or
            // no paragraphs) and events citing it, or its undo, the articles
            // taken away with the last events (sometimes leaving one cited).
            if r.chance(50) && ds.articles.len() > 1 {
                return vec![Op::Truncate { lanes: 0, articles: 1, events: r.below(4) }];
            }
            let mut article = ds.articles[r.below(ds.articles.len())].clone();
            let cited = article.id.clone();
            if !r.chance(15) {
                article.id = new_id(fresh);
            }
            if r.chance(10) {
                article.paragraphs.clear();
            }
            let events = (0..1 + r.below(3))
                .map(|_| {
                    let e = pick(r);
                    let mut ev = (*ds.events[e as usize]).clone();
                    ev.id = new_id(fresh).into();
                    ev.sources = ds.events.iter().flat_map(|x| &x.sources).find(|s| s.article == cited).cloned().into_iter().collect();
                    ev.sources.iter_mut().for_each(|s| s.article = article.id.as_str().into());
                    if ev.sources.is_empty() {
                        ev.sources = ds.events[e as usize].sources.clone();
                    }
                    ev
                })
                .collect();
            vec![Op::Append { lanes: vec![], articles: vec![article], events }]
        }
        7 => {
            // A merge: the sources of one event added to another, which is removed.
            let (a, b) = (pick(r), pick(r));
            let mut kept = (*ds.events[a as usize]).clone();
            kept.sources.extend(ds.events[b as usize].sources.iter().cloned());
            if a == b { vec![Op::Put { at: a, event: kept }] } else { vec![Op::Put { at: a, event: kept }, Op::Remove { at: b }] }
        }
        8 => {
            // Two steps whose middle state is invalid (an id used twice) but whose end is valid.
            let (a, b) = (pick(r), pick(r));
            let mut first = (*ds.events[a as usize]).clone();
            first.id = ds.events[b as usize].id.clone();
            let mut second = (*ds.events[b as usize]).clone();
            second.id = new_id(fresh).into();
            vec![Op::Put { at: a, event: first }, Op::Put { at: b, event: second }]
        }
        9 => {
            let to = if r.chance(20) { "2019-01-01" } else { "2030-01-01" };
            vec![Op::SetViews { views: vec![View { name: "v".into(), from: "2020-01-01".into(), to: to.into(), ..Default::default() }] }]
        }
        10 => vec![Op::Remove { at: n as u32 + 3 }],
        _ => {
            // Lanes or articles: the whole dataset is checked again.
            let mut article = ds.articles[r.below(ds.articles.len())].clone();
            if r.chance(50) {
                article.paragraphs.truncate(1);
            }
            let at = l.index.article_ids[&article.id];
            vec![Op::PutArticle { at, article }]
        }
    }
}

#[test]
fn random_edits_equal_a_whole_validation_and_rebuild() {
    for seed in [1, 7] {
        let mut l = generated(700, seed);
        let mut history = History::default();
        let mut r = Rng(0x1234_5678 + seed);
        let mut fresh = 0;
        let (mut accepted, mut refused) = (0, 0);
        for step in 0..300 {
            let before = l.clone();
            let (label, result, want_ds, want) = if step % 7 == 6 && history.undo_label().is_some() {
                let (_, ops) = history.clone().take_undo().unwrap();
                let (ds, want) = reference(&before, &ops);
                let got = l.undo(&mut history).unwrap().map(|_| ());
                (format!("undo at step {step}"), got, ds, want)
            } else {
                let ops = random_change(&l, &mut r, &mut fresh);
                let (ds, want) = reference(&before, &ops);
                let label = format!("step {step}: {ops:?}");
                let got = l.commit(&mut history, Change { label: label.clone(), ops }).map(|_| ());
                (label, got, ds, want)
            };
            assert_eq!(result, want, "{label}");
            assert!(l.dataset == want_ds, "data after {label}");
            let rebuilt = EventIndex::build(&l.dataset, validate(&l.dataset).expect("still valid"));
            assert_same_index(&l.index, &rebuilt, &label);
            if result.is_ok() {
                accepted += 1;
            } else {
                refused += 1;
                assert!(l.dataset == before.dataset, "a refused change leaves the data as it was: {label}");
                assert_same_index(&l.index, &before.index, &label);
            }
        }
        assert!(accepted > 100 && refused > 30, "both kinds were tried: {accepted} accepted, {refused} refused");
    }
}

#[test]
fn a_refused_edit_leaves_data_and_index_exactly_as_before() {
    let mut l = generated(400, 3);
    let e = l.index.by_time[200];
    let before = l.clone();
    // Moved in time and to another lane, then refused for its quote: everything goes back.
    let mut ev = (*l.dataset.events[e as usize]).clone();
    let other = l.dataset.events[l.index.by_time[5] as usize].clone();
    (ev.start, ev.end, ev.precision, ev.lane) = (other.start, other.end, other.precision, other.lane);
    ev.sources[0].quote = "not in the paragraph".into();
    let err = l.apply(vec![Op::Put { at: e, event: ev }, Op::Remove { at: 3 }]).unwrap_err();
    assert!(err.contains("quote not found"), "{err}");
    assert!(l.dataset == before.dataset);
    assert_same_index(&l.index, &before.index, "the refused edit");
    // A duplicate id is named as a whole validation names it.
    let mut dup = (*l.dataset.events[10]).clone();
    dup.id = l.dataset.events[300].id.clone();
    let err = l.apply(vec![Op::Put { at: 10, event: dup }]).unwrap_err();
    assert_eq!(err, "id: duplicate event id (first used by events[10])");
    assert!(l.dataset == before.dataset);
    assert_same_index(&l.index, &before.index, "the refused duplicate");
}

#[test]
fn drafts_and_tags_are_counted_after_each_change_as_a_recount_would() {
    use chronolens::ui::app::ChronolensApp;
    let mut l = generated(300, 5);
    for (k, ev) in l.dataset.events.iter_mut().enumerate().step_by(7) {
        ev.rare.tags = Some(vec![["Kyiv", "talks", "Talks"][k % 3].to_owned()]);
    }
    l.reindex().unwrap();
    let mut app = ChronolensApp::new(l);
    let mut r = Rng(99);
    let mut fresh = 0;
    for step in 0..150 {
        let ops = random_change(&app.data, &mut r, &mut fresh);
        let _ = app.change(format!("step {step}"), ops);
        if step % 5 == 4 {
            app.undo();
        }
        let events = &app.data.dataset.events;
        assert_eq!(app.drafts_left, events.iter().filter(|e| e.is_draft()).count(), "drafts after step {step}");
        let mut tags: std::collections::BTreeMap<String, (String, usize)> = Default::default();
        for t in events.iter().filter_map(|e| e.rare.tags.as_ref()).flatten() {
            tags.entry(t.to_lowercase()).or_insert_with(|| (t.clone(), 0)).1 += 1;
        }
        assert_eq!(app.tag_counts, tags.into_values().collect::<Vec<_>>(), "tags after step {step}");
    }
}
