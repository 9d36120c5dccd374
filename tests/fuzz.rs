//! A fuzz harness on the stable toolchain: no nightly, no cargo-fuzz, no crates.
//!
//! Targets (each prints one summary line: executions, seconds, findings):
//! - `loader`: the fast parser (`model::fastload`) against plain serde_json on
//!   the same bytes, and `load_bytes` around both (never panics, fails with a
//!   message when serde_json does, saves and loads again unchanged); inputs are
//!   structured mutations of the sample and of small datasets, exhaustive
//!   (every position of a small file) and random;
//! - `loader-large`: files of several pieces (8 MB and up), edited where the fast
//!   parser guesses its cuts;
//! - `extractor`: any article text and publication date → drafts that validate;
//! - `instants`, `calendar`: the format's date parser and the extractor's calendar.
//!
//! Each input runs on a worker thread with a deadline (5 s, plus 5 s per MB in
//! debug, 4 s in release); a panic, a hang or a failed property is a finding:
//! the input is saved under `target/fuzz-findings/`, shrunk, and printed as a
//! byte string. After a hang the target stops (its worker may still spin).
//!
//! `cargo test --test fuzz` runs a bounded pass (about a minute in the dev profile
//! on two cores). The long run, for `CHRONOLENS_FUZZ_SECONDS` (default 600):
//!
//! ```sh
//! CHRONOLENS_FUZZ_SECONDS=600 cargo test --release --test fuzz -- --ignored --nocapture
//! ```
//!
//! Seeds are fixed; `CHRONOLENS_FUZZ_SEED=<n>` varies them. To run saved inputs
//! again: `CHRONOLENS_FUZZ_REPLAY=<file or folder> cargo test --test fuzz replay -- --ignored`.

#[path = "fuzz/dates.rs"]
mod dates;
#[path = "fuzz/extractor.rs"]
mod extractor;
#[path = "fuzz/guard.rs"]
mod guard;
#[path = "fuzz/loader.rs"]
mod loader;
#[path = "fuzz/mutate.rs"]
mod mutate;
#[path = "fuzz/rng.rs"]
mod rng;

use guard::{Target, fail_on};
use rng::Rng;
use std::time::{Duration, Instant};

fn seed() -> u64 {
    let parse = |s: &str| match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    };
    std::env::var("CHRONOLENS_FUZZ_SEED").ok().and_then(|s| parse(s.trim())).unwrap_or(0xC4_2022_0324)
}

fn rng_for(target: &str) -> Rng {
    Rng::for_target(seed(), target)
}

/// The random parts of the bounded pass: shorter in release, where each second does more.
fn bounded(debug_secs: f64) -> Duration {
    Duration::from_secs_f64(if cfg!(debug_assertions) { debug_secs } else { debug_secs / 2.0 })
}

#[test]
fn loader_exhaustive() {
    let mut t = Target::new("loader-exhaustive", loader::check);
    loader::exhaustive(&mut t);
    fail_on(vec![t.finish()]);
}

#[test]
fn loader_random() {
    let mut t = Target::new("loader-random", loader::check);
    loader::random(&mut t, &mut rng_for("loader-random"), bounded(20.0));
    fail_on(vec![t.finish()]);
}

#[test]
fn loader_large() {
    let mut t = Target::new("loader-large", loader::check);
    run_large(&mut t, &mut rng_for("loader-large"), bounded(10.0), false);
    fail_on(vec![t.finish()]);
}

#[test]
fn extractor() {
    let mut t = Target::new("extractor", extractor::check);
    extractor::exhaustive(&mut t);
    extractor::random(&mut t, &mut rng_for("extractor"), bounded(16.0));
    extractor::report_slowest();
    fail_on(vec![t.finish()]);
}

#[test]
fn date_parsers() {
    let mut instants = Target::new("instants", dates::check_instant);
    let mut calendar = Target::new("calendar", dates::check_calendar);
    dates::instant_exhaustive(&mut instants);
    dates::calendar_exhaustive(&mut calendar);
    dates::random(&mut instants, &mut calendar, &mut rng_for("dates"), bounded(6.0));
    fail_on(vec![instants.finish(), calendar.finish()]);
}

/// The loader's one exemption is exactly the documented case: an event nested
/// 127 or 128 deep, which the fast parser accepts and serde_json refuses.
#[test]
fn the_depth_exemption_is_exactly_the_documented_case() {
    use chronolens::model::fastload::{Blocks, parse};
    let mut differ = Vec::new();
    for depth in 120..=135 {
        let deep = mutate::nested(depth, 0, "1");
        let doc = format!(
            r#"{{"lanes":[],"articles":[],"events":[{{"id":"a","lane":"l","title":"t","kind":"claim","precision":"unknown","verification":"reported","sources":[],"x":{deep}}}]}}"#
        );
        let fast = parse(Blocks::borrowed(doc.as_bytes()), 1, &|| false).is_some();
        let serde = serde_json::from_str::<chronolens::model::Dataset>(&doc).is_ok();
        assert!(!serde || fast, "depth {depth}: serde_json accepts, the fast parser does not");
        if fast != serde {
            // Counted from the event: the event object is 1, its unknown field's value 2, ….
            differ.push((depth + 1, mutate::max_depth(doc.as_bytes())));
        }
    }
    // The module comment says "127 or 128 deep": it counts one level more than
    // here (its own `{` as 1 gives 126 and 127); the document is 128 or 129 deep.
    assert_eq!(differ, [(126, 128), (127, 129)], "(depth inside the event, depth in the document) where the two differ");
}

/// The harness itself: a panic and a hang are findings, saved and reported with their bytes.
#[test]
fn the_guard_reports_panics_and_hangs() {
    fn check(b: &[u8]) -> Result<(), String> {
        match b {
            b"panic\xFF" => panic!("boom"),
            b"hang" => {
                std::thread::sleep(Duration::from_secs(3600));
                Ok(())
            }
            b"bad" => Err("a property fails\ndetails".to_owned()),
            _ => Ok(()),
        }
    }
    let mut t = Target::new("guard-selftest", check).quiet_with_deadline(Duration::from_millis(300));
    assert!(t.run(b"fine".to_vec()));
    assert!(!t.run(b"panic\xFF".to_vec()));
    assert!(!t.run(b"xxbadxx".to_vec()) || !t.run(b"bad".to_vec()));
    assert!(!t.run(b"hang".to_vec()));
    assert!(t.stopped && !t.run(b"fine".to_vec()), "a target stops after a hang");
    let report = t.finish().expect("findings");
    for want in
        ["panic at tests/fuzz.rs", "boom", r#"b"panic\xff""#, "a property fails", r#"b"bad""#, "hang: no answer within 0.3 s", r#"b"hang""#]
    {
        assert!(report.contains(want), "{want} in {report}");
    }
    for f in std::fs::read_dir(guard::findings_dir()).expect("the findings folder").flatten() {
        if f.file_name().to_string_lossy().starts_with("guard-selftest-") {
            let _ = std::fs::remove_file(f.path());
        }
    }
}

/// The large-file part: the base file unchanged, then edits near the cuts; a
/// file over 32 MB (several blocks) in the long run.
fn run_large(t: &mut Target, rng: &mut Rng, budget: Duration, with_blocks: bool) {
    let until = Instant::now() + budget;
    let seeds = loader::seeds();
    let mut bases = vec![loader::large(9 << 20, 1)];
    t.run(bases[0].clone());
    if with_blocks && !t.stopped {
        bases.push(loader::large((32 << 20) + (1 << 20), 2));
        t.run(bases[1].clone());
    }
    // At least two mutants, then until the budget is spent.
    let mut n = 0;
    while (n < 2 || Instant::now() < until) && !t.stopped {
        let base = rng.pick(&bases);
        t.run(loader::large_mutant(rng, base, &seeds));
        n += 1;
    }
}

/// The long run: every target for `CHRONOLENS_FUZZ_SECONDS` (default 600) on two threads.
#[test]
#[ignore = "long: CHRONOLENS_FUZZ_SECONDS=600 cargo test --release --test fuzz -- --ignored --nocapture"]
fn long_run() {
    let secs: f64 = std::env::var("CHRONOLENS_FUZZ_SECONDS").ok().and_then(|s| s.trim().parse().ok()).unwrap_or(600.0);
    let start = Instant::now();
    let end = start + Duration::from_secs_f64(secs);
    let left = move |share: f64| end.saturating_duration_since(Instant::now()).mul_f64(share);
    let _ = writeln_stderr(&format!("fuzz: long run for {secs:.0} s, seed {:#x}", seed()));
    let loaders = std::thread::spawn(move || {
        let mut ex = Target::new("loader-exhaustive", loader::check);
        loader::exhaustive(&mut ex);
        let mut random = Target::new("loader-random", loader::check);
        loader::random(&mut random, &mut rng_for("loader-random"), left(0.6));
        let mut large = Target::new("loader-large", loader::check);
        run_large(&mut large, &mut rng_for("loader-large"), left(1.0), true);
        vec![ex.finish(), random.finish(), large.finish()]
    });
    let others = std::thread::spawn(move || {
        let mut ex = Target::new("extractor", extractor::check);
        extractor::exhaustive(&mut ex);
        let mut instants = Target::new("instants", dates::check_instant);
        let mut calendar = Target::new("calendar", dates::check_calendar);
        dates::instant_exhaustive(&mut instants);
        dates::calendar_exhaustive(&mut calendar);
        extractor::random(&mut ex, &mut rng_for("extractor"), left(0.75));
        extractor::report_slowest();
        dates::random(&mut instants, &mut calendar, &mut rng_for("dates"), left(1.0));
        vec![ex.finish(), instants.finish(), calendar.finish()]
    });
    let mut reports = loaders.join().expect("the loader thread");
    reports.extend(others.join().expect("the extractor thread"));
    let _ = writeln_stderr(&format!("fuzz: long run done in {:.0} s", start.elapsed().as_secs_f64()));
    fail_on(reports);
}

fn writeln_stderr(line: &str) -> std::io::Result<()> {
    use std::io::Write;
    writeln!(std::io::stderr(), "{line}")
}

/// Runs saved inputs again: `CHRONOLENS_FUZZ_REPLAY=<file or folder>`; the
/// target is the file name's start (`loader-…`, `extractor-…`, …).
#[test]
#[ignore = "CHRONOLENS_FUZZ_REPLAY=target/fuzz-findings cargo test --test fuzz replay -- --ignored"]
fn replay() {
    // Run with every ignored test (the long run's command), it has nothing to
    // replay: say so loudly instead of failing that command.
    let Some(path) = std::env::var_os("CHRONOLENS_FUZZ_REPLAY").map(std::path::PathBuf::from) else {
        eprintln!("fuzz replay: SKIPPED, nothing to replay: set CHRONOLENS_FUZZ_REPLAY to a saved input or a folder of them");
        return;
    };
    let files: Vec<_> = if path.is_dir() {
        let mut v: Vec<_> = std::fs::read_dir(&path).expect("a readable folder").filter_map(|e| e.ok().map(|e| e.path())).collect();
        v.sort();
        v
    } else {
        vec![path]
    };
    let mut targets: Vec<Target> = vec![
        Target::new("loader", loader::check),
        Target::new("extractor", extractor::check),
        Target::new("instants", dates::check_instant),
        Target::new("calendar", dates::check_calendar),
    ];
    for f in files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(t) = targets.iter_mut().find(|t| name.starts_with(t.name)) else { continue };
        t.run(std::fs::read(&f).expect("a readable input"));
    }
    fail_on(targets.into_iter().map(Target::finish).collect());
}
