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

fn assert_bars(r: &Report, min: f64, what: &str) {
    let o = &r.overall;
    let text = format_report(r, what, what, true);
    assert!(o.precision() >= min, "precision {:.3} < {min} on {what}\n{text}", o.precision());
    assert!(o.recall() >= min, "recall {:.3} < {min} on {what}\n{text}", o.recall());
    assert!(o.date_accuracy() >= min, "date accuracy {:.3} < {min} on {what}\n{text}", o.date_accuracy());
    for a in &r.articles {
        assert!(a.score.matched > 0 && a.score.dated > 0, "{}: nothing matched\n{text}", a.article);
    }
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
    assert_bars(&r, 0.8, "the seed articles");
}

#[test]
fn own_test_articles_meet_the_bars() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/testdata");
    let published = load_published(&dir.join("published.json")).unwrap();
    let r = evaluate(&dir.join("gold.json"), &dir, &published, &Gazetteer::builtin()).unwrap();
    assert_eq!(r.articles.len(), 3);
    assert_bars(&r, 0.8, "chronolens' own test articles");
}
