//! `chronolens import` on the fixtures of tests/import/ (written by hand for
//! these tests): ACLED exports and their re-import, TimelineJS JSON and
//! spreadsheet CSV, broken files, and the TimelineJS chronology read back.

use chronolens::import::cli::{Failure, run_inner};
use chronolens::import::{PeerFormat, import_file};
use chronolens::model::{Dataset, Event, Precision, load_path};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

mod common;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import").join(name)
}

/// A fresh folder for one test, removed when it ends (see `common::Scratch`).
fn scratch(name: &str) -> common::Scratch {
    common::scratch_dir(&format!("import-{name}"))
}

fn import(args: &[&Path]) -> Result<String, Failure> {
    let args: Vec<OsString> = args.iter().map(|a| a.as_os_str().to_owned()).collect();
    run_inner(&args, &mut Vec::new())
}

fn p(s: &str) -> &Path {
    Path::new(s)
}

fn event<'a>(ds: &'a Dataset, id: &str) -> &'a Event {
    ds.events.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("no event {id}"))
}

#[test]
fn an_acled_export_and_its_reimport_update_by_event_id() {
    let d = scratch("acled");
    let out = d.join("data.json");
    let (first, update) = (fixture("acled.csv"), fixture("acled_update.csv"));
    let inputs_before = (std::fs::read(&first).unwrap(), std::fs::read(&update).unwrap());
    let msg = import(&[&first, p("--out"), &out]).unwrap();
    assert!(msg.contains("imported ACLED") && msg.contains("5 added, 0 updated"), "{msg}");
    let ds = load_path(&out).unwrap().dataset;
    assert_eq!(ds.events.len(), 5);
    assert_eq!(ds.lanes.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), ["russia", "ukraine", "other"]);
    let shelling = event(&ds, "acled-UKR9001");
    assert_eq!(
        (shelling.lane.as_str(), shelling.kind.name(), shelling.start.as_deref(), shelling.precision),
        ("russia", "attack", Some("2022-03-24"), Precision::Day)
    );
    assert_eq!(&*shelling.title, "Shelling/artillery/missile attack in Kharkiv by Military Forces of Russia (2000-)");
    assert_eq!(shelling.actor.as_deref(), Some("Military Forces of Russia (2000-)"));
    assert!(shelling.is_draft());
    let article = ds.articles.iter().find(|a| a.id == "acled-UKR9001").unwrap();
    assert_eq!(article.outlet.as_deref(), Some("Test Wire; City Council"));
    assert_eq!(article.url, None);
    assert!(article.paragraphs[1].contains("the \"strike\" started a fire"), "doubled quotes read");
    assert_eq!(&*shelling.sources[0].quote, article.paragraphs[1]);
    // Week: from the Monday of the week of 23 March 2022 (a Wednesday); month: the month.
    let clash = event(&ds, "acled-UKR9002");
    assert_eq!((clash.start.as_deref(), clash.precision, clash.lane.as_str()), (Some("2022-03-21"), Precision::Week, "ukraine"));
    let agreement = event(&ds, "acled-UKR9004");
    assert_eq!((agreement.precision, agreement.kind.name()), (Precision::Month, "decision"));
    let protest = event(&ds, "acled-UKR9003");
    assert_eq!((protest.lane.as_str(), protest.kind.name()), ("other", "other"), "protesters are nobody's officials");
    assert!(event(&ds, "acled-UKR9005").sources[0].quote.contains("Kramatorsk.\nOne passenger"), "a line break inside quotes");

    // The newer export: one record changed, one added, the rest as before.
    let before = std::fs::read(&out).unwrap();
    let msg = import(&[&update, p("--into"), &out]).unwrap();
    assert!(msg.contains("1 added, 1 updated, 4 unchanged"), "{msg}");
    assert!(msg.contains("previous version:"), "{msg}");
    assert_eq!(std::fs::read(d.join("data.json.bak")).unwrap(), before, "--into keeps a .bak");
    let ds = load_path(&out).unwrap().dataset;
    assert_eq!((ds.events.len(), ds.articles.len()), (6, 6), "replaced, not duplicated");
    let clash = event(&ds, "acled-UKR9002");
    assert!(clash.sources[0].quote.contains("two Ukrainian soldiers were reported killed"));
    assert_eq!(clash.rare.extra["acled"]["fatalities"], "2");
    assert_eq!(event(&ds, "acled-UKR9006").lane, "russia");
    // Once more: nothing to do.
    let msg = import(&[&update, p("--into"), &out]).unwrap();
    assert!(msg.contains("0 added, 0 updated, 6 unchanged"), "{msg}");
    assert_eq!(inputs_before, (std::fs::read(&first).unwrap(), std::fs::read(&update).unwrap()), "inputs untouched");
}

/// As a spreadsheet in a comma-decimal locale saves it: semicolons, a byte order mark.
#[test]
fn a_semicolon_separated_export_reads_the_same() {
    let d = scratch("semicolon");
    let (comma, semi) = (d.join("comma.json"), d.join("semi.json"));
    import(&[&fixture("acled.csv"), p("--out"), &comma]).unwrap();
    let msg = import(&[&fixture("acled_semicolon.csv"), p("--out"), &semi]).unwrap();
    assert!(msg.contains("read as semicolon-separated values"), "{msg}");
    let (a, b) = (load_path(&comma).unwrap().dataset, load_path(&semi).unwrap().dataset);
    assert_eq!(a.events, b.events);
    assert_eq!(a.articles, b.articles);
}

#[test]
fn bad_rows_stop_the_import_unless_skipped() {
    let d = scratch("bad-rows");
    let out = d.join("out.json");
    for (file, want) in [
        ("acled_bad_date.csv", "acled_bad_date.csv: row 3, column `event_date`: `31-02-2022` is not a real calendar date"),
        ("acled_unknown_precision.csv", "acled_unknown_precision.csv: row 2, column `time_precision`: unknown code `4`"),
    ] {
        let e = import(&[&fixture(file), p("--out"), &out]).unwrap_err();
        assert_eq!(e.code, 2, "{file}");
        assert!(e.message.contains(want), "{file}: {}", e.message);
        assert!(e.message.contains("give --skip-bad-rows to import the 4 good ones"), "{}", e.message);
        assert!(!out.exists(), "{file}: nothing written");
        let msg = import(&[&fixture(file), p("--out"), &out, p("--skip-bad-rows")]).unwrap();
        assert!(msg.contains(&format!("skipped {}", fixture("").display())) && msg.contains(want), "{msg}");
        assert!(msg.contains("4 added, 0 updated, 1 bad row skipped"), "{msg}");
        assert_eq!(load_path(&out).unwrap().dataset.events.len(), 4);
        std::fs::remove_file(&out).unwrap();
    }
}

#[test]
fn unusable_files_get_one_clear_message() {
    let d = scratch("unusable");
    let out = d.join("out.json");
    let e = import(&[&fixture("acled_missing_column.csv"), p("--out"), &out]).unwrap_err();
    assert_eq!(e.code, 2);
    assert!(e.message.ends_with("acled_missing_column.csv: is not a complete ACLED export: missing the column `notes`"), "{}", e.message);
    let latin1 = d.join("latin1.csv");
    let mut bytes = std::fs::read(fixture("acled.csv")).unwrap();
    let at = bytes.windows(4).position(|w| w == b"Lviv").unwrap();
    bytes.splice(at..at + 4, b"L\xe9viv".iter().copied());
    std::fs::write(&latin1, &bytes).unwrap();
    let e = import(&[&latin1, p("--out"), &out]).unwrap_err();
    assert!(e.code == 2 && e.message.contains("latin1.csv: is not UTF-8 text: invalid byte at line 4"), "{}", e.message);
    let unknown = d.join("other.csv");
    std::fs::write(&unknown, "name,value\na,1\n").unwrap();
    let e = import(&[&unknown, p("--out"), &out]).unwrap_err();
    assert!(e.message.contains("cannot tell the format from its header (name, value)"), "{}", e.message);
    let e = import(&[&fixture("timeline.json"), p("--out"), &out, p("--format"), p("acled")]).unwrap_err();
    assert!(e.message.contains("is JSON, not an ACLED CSV export"), "{}", e.message);
    assert!(!out.exists());
    // The input is never the output; an invalid --into dataset exits 1.
    let e = import(&[&fixture("acled.csv"), p("--into"), &fixture("acled.csv")]).unwrap_err();
    assert!(e.code == 2 && e.message.contains("is the file being imported"), "{}", e.message);
    let invalid = d.join("invalid.json");
    std::fs::write(&invalid, r#"{"lanes": [], "articles": [], "events": []}"#).unwrap();
    let e = import(&[&fixture("acled.csv"), p("--into"), &invalid]).unwrap_err();
    assert_eq!(e.code, 1, "{}", e.message);
}

#[test]
fn a_timelinejs_json_keeps_its_dates_groups_and_text() {
    let d = scratch("tljs-json");
    let out = d.join("out.json");
    let msg = import(&[&fixture("timeline.json"), p("--out"), &out]).unwrap();
    assert!(msg.contains("imported TimelineJS") && msg.contains("7 added") && msg.contains("1 era left out"), "{msg}");
    let ds = load_path(&out).unwrap().dataset;
    assert_eq!(ds.title.as_deref(), Some("Kharkiv & around, spring 2022: a test timeline"));
    let when = |id: &str| {
        let e = event(&ds, id);
        (e.start.clone(), e.end.clone(), e.precision)
    };
    let s = |v: &str| Some(chronolens::model::SmallText::from(v));
    assert_eq!(when("timelinejs-timeline-1"), (s("2022-01-01"), None, Precision::Year));
    assert_eq!(when("timelinejs-timeline-2"), (s("2022-03-01"), None, Precision::Month));
    assert_eq!(when("timelinejs-timeline-3"), (s("2022-03-24"), None, Precision::Day));
    assert_eq!(when("timelinejs-summit-session"), (s("2022-03-24T14:30:00Z"), s("2022-03-24T16:00:00Z"), Precision::Minute));
    assert_eq!(when("timelinejs-timeline-5"), (s("2022-03-21"), s("2022-03-23"), Precision::Day));
    assert_eq!(when("timelinejs-timeline-6"), (s("2022-02-01"), s("2022-04-30"), Precision::Range));
    // Groups: a lane by id or label, else the gazetteer, else a new lane.
    let lane = |id: &str| event(&ds, id).lane.clone();
    assert_eq!((lane("timelinejs-timeline-2"), lane("timelinejs-timeline-5")), ("russia".into(), "russia".into()));
    assert_eq!(lane("timelinejs-timeline-1"), "context");
    assert_eq!(lane("timelinejs-timeline-6"), "volunteer-networks");
    // No group: the headline's speaker.
    let stolt = event(&ds, "timelinejs-timeline-3");
    assert_eq!((stolt.lane.as_str(), stolt.actor.as_deref(), stolt.kind.name()), ("nato", Some("Jens Stoltenberg"), "statement"));
    let a = ds.articles.iter().find(|a| a.id == "timelinejs-timeline-3").unwrap();
    assert_eq!(a.outlet.as_deref(), Some("TimelineJS import: timeline.json"));
    assert_eq!(a.paragraphs[0], "Stoltenberg: Russia may use chemical weapons");
    assert_eq!(
        a.paragraphs[1],
        "NATO's chief told a press conference that Russia could stage a pretext & warned allies.\nHe gave no evidence."
    );
    assert_eq!(stolt.rare.extra["timelinejs"]["media"]["credit"], "Example Photo", "media kept");
    let bare = event(&ds, "timelinejs-headline-only");
    assert_eq!((bare.sources[0].paragraph, &*bare.sources[0].quote), (0, "A headline and no text"));
    // The same file again: nothing doubled.
    let msg = import(&[&fixture("timeline.json"), p("--into"), &out]).unwrap();
    assert!(msg.contains("0 added, 0 updated, 7 unchanged"), "{msg}");
}

#[test]
fn a_timelinejs_sheet_reads_like_its_json() {
    let g = chronolens::extract::Gazetteer::builtin();
    let got = import_file(&fixture("timeline.csv"), None, &Dataset::default(), &g, false).unwrap();
    assert_eq!(got.format, Some(PeerFormat::TimelineJs));
    assert_eq!(got.title.as_deref(), Some("A test sheet: one week in March 2022"));
    assert_eq!(got.added, 5);
    type Row<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Precision, &'a str);
    let rows: Vec<Row> =
        got.events.iter().map(|e| (&*e.title, e.start.as_deref(), e.end.as_deref(), e.precision, e.lane.as_str())).collect();
    assert_eq!(
        rows,
        [
            ("Biden calls the chemical threat real", Some("2022-03-24"), None, Precision::Day, "us"),
            ("Press conference at headquarters", Some("2022-03-24T14:30:00Z"), Some("2022-03-24T16:00:00Z"), Precision::Minute, "nato"),
            ("A month of shelling", Some("2022-03-01"), None, Precision::Month, "russia"),
            ("A week of talks", Some("2022-03-21"), None, Precision::Week, "other"),
            ("The year in review", Some("2022-01-01"), None, Precision::Year, "other"),
        ]
    );
    assert_eq!(got.articles[0].paragraphs[1], "The president said the threat was \"real\" and serious.");
    assert!(got.notes.iter().any(|n| n.contains("1 era row left out")), "{:?}", got.notes);
}

#[test]
fn the_sample_as_a_timelinejs_chronology_comes_back_whole() {
    let d = scratch("roundtrip");
    let (sample, tl, back) = (d.join("sample.json"), d.join("timeline.json"), d.join("back.json"));
    std::fs::write(&sample, chronolens::model::SAMPLE_JSON).unwrap();
    let args: Vec<OsString> = [sample.as_os_str(), "--out".as_ref(), tl.as_os_str()].iter().map(|a| a.to_os_string()).collect();
    let msg = chronolens::chronology::cli::run_inner(&args, &mut Vec::new()).unwrap();
    assert!(msg.contains("wrote a chronology of 33 events"), "{msg}");
    let msg = import(&[&tl, p("--out"), &back]).unwrap();
    assert!(msg.contains("33 added"), "{msg}");
    let original = load_path(&sample).unwrap().dataset;
    let again = load_path(&back).unwrap().dataset;
    let key = |e: &Event| (e.title.clone(), e.start.clone(), e.end.clone(), e.precision);
    let mut want: Vec<_> = original.events.iter().map(|e| key(e)).collect();
    let mut got: Vec<_> = again.events.iter().map(|e| key(e)).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    let labels = |ds: &Dataset| {
        let mut l: Vec<String> = ds.lanes.iter().map(|l| l.label.clone()).collect();
        l.sort();
        l
    };
    assert_eq!(labels(&again), labels(&original), "groups come back as the lanes");
}
