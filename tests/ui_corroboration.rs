//! One event, many sources, driven through the real window: a draft proposed
//! as another report of an event is merged or kept apart, copies of one wire
//! story count as one independent source, disagreeing sources are flagged and
//! shown side by side, a source is split off, and the filters on sources.

mod common;

use chronolens::model::{Article, Dataset, Event, Kind, Lane, Precision, Source, SourceRare, Verification, load_bytes};
use chronolens::ui::ChronolensApp;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const WIRE: &str = "NATO Secretary-General Jens Stoltenberg said on Thursday that any use of chemical weapons by Russia would totally change the nature of the conflict in Ukraine.";
const COPY: &str = "NATO Secretary-General Jens Stoltenberg said on Thursday that any use of chemical weapons by Russia would totally change the nature of the conflict in Ukraine.";
const OWN: &str = "Any use of chemical weapons would totally change the nature of the conflict, Stoltenberg warned reporters in Brussels.";
const DENIAL: &str = "Moscow said no strike on the depot took place and that 12 soldiers were only lightly hurt.";
const STRIKE: &str = "The strike on the depot killed 40 soldiers, local officials said.";

const TOLD: &str = "Stoltenberg: chemical weapons would change the conflict";
const WARNED: &str = "Stoltenberg warns against chemical weapons";
const DEPOT: &str = "Strike on the depot";

fn article(id: &str, outlet: &str, published: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        title: format!("{outlet} story"),
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        paragraphs: vec![
            format!("{outlet} story"),
            text.into(),
            "Another paragraph that says something else entirely about the week.".into(),
        ],
        ..Default::default()
    }
}

fn event(id: &str, title: &str, article: &str, quote: &str, day: &str) -> Event {
    Event {
        id: id.into(),
        lane: "nato".into(),
        title: title.into(),
        actor: Some("Jens Stoltenberg".into()),
        kind: Kind::Statement,
        start: Some(day.into()),
        precision: Precision::Day,
        verification: Verification::Reported,
        sources: vec![Source { article: article.into(), paragraph: 1, quote: quote.into(), ..Default::default() }],
        ..Default::default()
    }
}

fn dataset() -> Dataset {
    let mut told = event("e1", TOLD, "wire", WIRE, "2022-03-24");
    told.sources.push(Source { article: "copy".into(), paragraph: 1, quote: COPY.into(), ..Default::default() });
    let mut warned = event("d1", WARNED, "own", OWN, "2022-03-24");
    warned.draft = Some(true);
    warned.rare.same_as = Some("e1".into());
    let mut depot = event("e2", DEPOT, "local", STRIKE, "2022-03-22");
    (depot.kind, depot.actor) = (Kind::Attack, None);
    depot.sources.push(Source {
        article: "tass".into(),
        paragraph: 1,
        quote: DENIAL.into(),
        rare: SourceRare { verification: Some(Verification::Denied), ..Default::default() }.into(),
    });
    Dataset {
        lanes: vec![Lane { id: "nato".into(), label: "NATO".into(), ..Default::default() }],
        articles: vec![
            article("wire", "Wire", "2022-03-24", WIRE),
            article("copy", "Reposting site", "2022-03-25", COPY),
            article("own", "Own correspondent", "2022-03-24", OWN),
            article("local", "Local paper", "2022-03-22", STRIKE),
            article("tass", "TASS", "2022-03-23", DENIAL),
        ],
        events: [told, warned, depot].map(Box::new).into(),
        ..Default::default()
    }
}

fn harness() -> Harness<'static, ChronolensApp> {
    let json = chronolens::model::save::to_json(&dataset());
    let loaded = load_bytes("corroboration.json", &json).expect("the test dataset is valid");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .build_ui_state(|ui, app: &mut ChronolensApp| app.show(ui), ChronolensApp::new(loaded));
    h.run();
    h
}

fn find<'a>(h: &'a Harness<'_, ChronolensApp>, id: &str) -> Option<&'a Event> {
    h.state().data.dataset.events.iter().map(|e| &**e).find(|e| e.id == id)
}

fn click(h: &mut Harness<'_, ChronolensApp>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn a_proposed_draft_is_merged_into_the_event_and_the_merge_is_undone() {
    let mut h = harness();
    // The mark says how many sources, and how many independent: the copy of the wire story counts once.
    h.get_by(common::mark(TOLD, "; 2 sources, 1 independent"));
    h.get_by_label_contains(WARNED).click();
    h.run();
    h.get_by_label("Probably the same event as one already here");
    click(&mut h, "Merge into it");
    assert!(find(&h, "d1").is_none(), "the draft is joined, not kept");
    let merged = find(&h, "e1").unwrap();
    let articles: Vec<&str> = merged.sources.iter().map(|s| s.article.as_str()).collect();
    assert_eq!(articles, ["wire", "copy", "own"]);
    assert_eq!(h.state().data.dataset.events[h.state().selected.unwrap() as usize].id, "e1", "the merged event is shown");
    h.get_by_label("3 sources, 2 independent");
    h.get_by_label_contains("copy of Wire");
    h.get_by(common::mark(TOLD, "; 3 sources, 2 independent"));

    // One undo brings both back as they were.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(find(&h, "e1").unwrap().sources.len(), 2);
    assert_eq!(find(&h, "d1").unwrap().rare.same_as.as_deref(), Some("e1"));
}

#[test]
fn keep_separate_drops_the_proposal_for_good() {
    let mut h = harness();
    // Seen from the event already there: "Also reported by …".
    h.get_by(common::mark(TOLD, "; 2 sources, 1 independent")).click();
    h.run();
    h.get_by_label("Also reported by Own correspondent ¶1");
    click(&mut h, "Keep separate");
    let d = find(&h, "d1").unwrap();
    assert_eq!(d.rare.same_as, None);
    assert_eq!(d.rare.distinct_from.as_deref(), Some(&["e1".to_owned()][..]));
    assert!(h.query_by_label("Also reported by Own correspondent ¶1").is_none());
}

#[test]
fn disagreeing_sources_are_flagged_compared_and_split() {
    let mut h = harness();
    h.get_by(common::mark(DEPOT, "; 2 independent sources; sources disagree")).click();
    h.run();
    h.get_by_label("Sources disagree");
    h.get_by_label_contains("verification: reported / denied");
    h.get_by_label_contains("number: 40 soldiers / 12 soldiers");
    // Both passages side by side.
    h.get_by_label_contains(&format!("¶1  {STRIKE}"));
    h.get_by_label_contains(&format!("¶1  {DENIAL}"));

    // Split TASS's denial off: an event of its own, as TASS reported it.
    let buttons = h.get_all_by_label("Split off").count();
    assert_eq!(buttons, 2);
    h.get_all_by_label("Split off").nth(1).unwrap().click();
    h.run();
    let depot = find(&h, "e2").unwrap();
    assert_eq!(depot.sources.len(), 1);
    let alone = h.state().data.dataset.events.iter().find(|e| e.id.starts_with("e2-split-")).unwrap();
    assert_eq!((alone.verification, alone.sources[0].article.as_str()), (Verification::Denied, "tass"));
    assert_eq!(alone.rare.distinct_from.as_deref(), Some(&["e2".to_owned()][..]));
}

#[test]
fn merging_by_hand_asks_for_the_other_event_and_refuses_impossible_dates() {
    let mut h = harness();
    // The depot strike (22 Mar) and the statement (24 Mar) cannot be one event.
    h.get_by_label_contains(DEPOT).click();
    h.run();
    click(&mut h, "Merge with…");
    h.get_by_label("Now select the event to merge this one into (click it on the timeline).");
    h.get_by(common::mark(TOLD, "; 2 sources, 1 independent")).click();
    h.run();
    h.get_by_label(&format!("Merge “{DEPOT}” into this event?"));
    click(&mut h, "Merge into this event");
    let err = h.state().error.clone().expect("refused");
    assert!(err.contains("no date fits every source"), "{err}");
    assert_eq!(h.state().data.dataset.events.len(), 3, "nothing changed");
}

#[test]
fn the_source_filters_show_only_single_source_or_disagreeing_events() {
    let mut h = harness();
    click(&mut h, "sources disagree");
    assert!(h.query_by_label_contains(DEPOT).is_some());
    assert!(h.query_by_label_contains(TOLD).is_none(), "agreeing sources: filtered out");
    h.get_by_label("showing only events whose sources disagree");
    click(&mut h, "sources disagree");
    click(&mut h, "single-source");
    // The wire story and its copy are one independent source; the draft has one.
    assert!(h.query_by_label_contains(TOLD).is_some());
    assert!(h.query_by_label_contains(WARNED).is_some());
    assert!(h.query_by_label_contains(DEPOT).is_none(), "two independent sources");
}

#[test]
fn the_chronology_follows_the_window_filters_and_an_event_copies_as_markdown() {
    let mut h = harness();
    let dir = std::env::temp_dir().join(format!("chronolens-chrono-ui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Everything shown: three events, with every citation.
    let all = dir.join("all.md");
    h.state_mut().write_chronology(&all);
    let md = std::fs::read_to_string(&all).unwrap();
    assert_eq!(md.matches("\n| ").count(), 4, "a header and three rows:\n{md}");
    assert!(md.contains(&format!("| Tue 22 Mar 2022 | NATO | {DEPOT}[^1][^2] | attack | reported | 2, disagree |")), "{md}");
    assert!(md.contains("[^2]: TASS, “TASS story”, published 23 Mar 2022, ¶1: “Moscow said no strike"), "{md}");
    // Only the events whose sources disagree, as HTML.
    click(&mut h, "sources disagree");
    let some = dir.join("some.html");
    h.state_mut().write_chronology(&some);
    let html = std::fs::read_to_string(&some).unwrap();
    assert!(html.contains(DEPOT) && !html.contains(TOLD), "{html}");
    assert!(h.state().notice.as_deref().unwrap().contains("wrote a chronology of 1 event"));
    // One event as Markdown, from its panel.
    click(&mut h, "sources disagree");
    h.get_by_label_contains(TOLD).click();
    h.run();
    click(&mut h, "Copy as Markdown");
    assert_eq!(h.state().notice.as_deref(), Some("copied the event and its citations as Markdown"));
    let e = h.state().selected.unwrap();
    let row = h.state().event_markdown(e);
    assert!(row.starts_with("| Date | Actor (lane) |") && row.contains(TOLD) && row.contains("[^2]: Reposting site"), "{row}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_image_exported_from_the_window_shows_what_the_filters_show() {
    let mut h = harness();
    let dir = std::env::temp_dir().join(format!("chronolens-filtered-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    click(&mut h, "sources disagree");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("SVG (vector, real text)").click();
    h.run();
    let out = dir.join("filtered.svg");
    common::export_and_wait(&mut h, &out);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert_eq!(svg.matches("class=\"event\"").count(), 1, "only the event whose sources disagree");
    assert!(svg.contains("Strike on the depot"));
    std::fs::remove_dir_all(&dir).ok();
}
