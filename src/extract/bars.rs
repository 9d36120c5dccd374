//! The quality bars: extraction against reference events, on the seed articles
//! (shared/seeds, when present) and on chronolens' own test articles.

use super::eval::{Report, evaluate, format_report, load_published};
use super::gazetteer::Gazetteer;
use std::path::{Path, PathBuf};

/// Where shared/ is: `$CHRONOLENS_SHARED`, else beside the repository.
fn shared_dir() -> PathBuf {
    std::env::var_os("CHRONOLENS_SHARED").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// Announces that the calling test stops early, as one line `SKIPPED <test>:
/// <why>; <how to make it run>`, or fails it under `CHRONOLENS_REQUIRE_SHARED=1`
/// (set by `.ci/run`). The line goes straight to the stderr handle: libtest
/// captures `eprintln!` and throws it away for passing tests.
#[track_caller]
fn skip(why: &str, how: &str) {
    use std::io::Write;
    const REQUIRE: &str = "CHRONOLENS_REQUIRE_SHARED";
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    if std::env::var_os(REQUIRE).is_some_and(|v| v != "0") {
        panic!("{test} cannot run: {why}; {how} ({REQUIRE} is set, so this is a failure, not a skip)");
    }
    let _ = writeln!(std::io::stderr(), "\nSKIPPED {test}: {why}; {how} (or set {REQUIRE}=1 to make this a failure)");
}

/// The least each figure may be on a corpus: floors a little under what the
/// rules reach now, so that a change that makes extraction worse fails here.
/// The targets of the issue (0.85 / 0.85 / 0.9 / 0.8) are for articles the
/// rules were not developed on; these floors only guard against regressions.
struct Bars {
    precision: f64,
    recall: f64,
    date: f64,
    kind: f64,
    /// Titles that fail `eval::title_problem`, at most.
    bad_titles: usize,
}

fn assert_bars(r: &Report, bars: &Bars, what: &str) {
    let o = &r.overall;
    let text = format_report(r, what, what, true);
    assert!(o.precision() >= bars.precision, "precision {:.3} < {} on {what}\n{text}", o.precision(), bars.precision);
    assert!(o.recall() >= bars.recall, "recall {:.3} < {} on {what}\n{text}", o.recall(), bars.recall);
    assert!(o.date_accuracy() >= bars.date, "date accuracy {:.3} < {} on {what}\n{text}", o.date_accuracy(), bars.date);
    assert!(o.kind_accuracy() >= bars.kind, "kind accuracy {:.3} < {} on {what}\n{text}", o.kind_accuracy(), bars.kind);
    assert!(o.bad_titles <= bars.bad_titles, "{} bad titles > {} on {what}\n{text}", o.bad_titles, bars.bad_titles);
}

#[test]
fn seed_articles_meet_the_bars() {
    let shared = shared_dir();
    let seeds = shared.join("seeds");
    if !seeds.is_dir() {
        skip(&format!("{} is absent", seeds.display()), "put shared/ beside the repository or set CHRONOLENS_SHARED to its path");
        return;
    }
    let published = load_published(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed_published.json")).unwrap();
    let r = evaluate(&shared.join("gold/seed_events.json"), &seeds, &published, &Gazetteer::builtin()).unwrap();
    assert_eq!(r.articles.len(), 2);
    assert_eq!(r.overall.gold, 33);
    assert_bars(&r, &SEEDS, "the seed articles");
}

#[test]
fn own_test_articles_meet_the_bars() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/testdata");
    let published = load_published(&dir.join("published.json")).unwrap();
    let r = evaluate(&dir.join("gold.json"), &dir, &published, &Gazetteer::builtin()).unwrap();
    assert_eq!(r.articles.len(), 3);
    assert_bars(&r, &OWN, "chronolens' own test articles");
}

/// The development half of the corpus of real articles (tests/corpus/dev):
/// the articles whose licence lets them live in git (the others, kept outside
/// it, are skipped by `eval`).
#[test]
fn development_corpus_meets_the_bars() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    let published = load_published(&dir.join("published.json")).unwrap();
    let r = evaluate(&dir.join("gold.json"), &dir, &published, &Gazetteer::builtin()).unwrap();
    assert_eq!(r.articles.len(), 13, "the thirteen public-domain articles");
    assert_bars(&r, &DEV, "the development corpus (articles in git)");
}

/// Measured (stricter `eval`, December 2026, after titles keep the verb of an
/// object and skip greetings): seeds P 0.815 R 0.667 date 0.682 kind 0.909, 1 bad title.
/// Since each sentence that reports with a verb of its own is its own event, as these
/// references count them (S000-03/04, S000-14..17): P 0.844 R 0.818 date 0.630 kind 0.889
/// (more matched reports, several dated by the analyst to "the day before or of publication").
/// Since the lead's unnamed accusers take the lane of those the body names: P 0.931 R 0.818
/// date 0.593 (16 of 27: one more match, S004-02, whose "Last week, before …" we read as the
/// whole week) kind 0.852.
const SEEDS: Bars = Bars { precision: 0.8, recall: 0.78, date: 0.58, kind: 0.84, bad_titles: 0 };
/// Measured: P 0.963 R 0.929 date 0.654 kind 0.885, no bad title; date 0.577 since a
/// report in the simple past with no date of its own is of the story's day, as the seed and
/// development references date it: these articles' references put two such reports ("…, the
/// White House said", "…, the ministry said") on or before publication instead. Precision
/// 0.929 since a plan a side announces ("announced … that the United States will send …") is a
/// decision of its own beside the statement, as the development references count it; these
/// references count the statement only.
const OWN: Bars = Bars { precision: 0.9, recall: 0.9, date: 0.55, kind: 0.87, bad_titles: 0 };
/// Measured on the eleven articles in git (December 2026, after the recall rules: shared
/// subjects, participles, described meetings and visits, attended meetings, anniversaries):
/// P 0.893 R 0.617 date 0.840 kind 0.900, no bad title. After the rules for purposes
/// ("… to announce"), passive plans, "it said", "was joined by", "attended by", "you" in a
/// two-person transcript and names with a suffix and a description: P 0.910 R 0.753 date 0.918
/// kind 0.918, no bad title.
/// With the two public-domain articles added in the fourth session (026, a White House press
/// conference; 033, a State Department readout): P 0.893 R 0.713 date 0.925 kind 0.925.
const DEV: Bars = Bars { precision: 0.88, recall: 0.7, date: 0.9, kind: 0.9, bad_titles: 0 };
