//! `chronolens generate`: valid, deterministic, realistic datasets.

use chronolens::generate::{Params, generate_bytes};
use chronolens::model::time::{DAY, HOUR};
use chronolens::model::{Kind, Loaded, Precision, Verification, load_bytes};
use std::collections::HashMap;
use std::process::Command;

mod common;

fn params(events: usize, lanes: usize, years: f64, articles: usize, seed: u64) -> Params {
    Params { events, lanes, years, articles, seed, pretty: false }
}

fn load(p: &Params) -> Loaded {
    let (bytes, stats) = generate_bytes(p);
    assert_eq!(stats.bytes as usize, bytes.len());
    match load_bytes("generated", &bytes) {
        Ok(l) => l,
        Err(e) => panic!("generated data must validate:\n{e}"),
    }
}

#[test]
fn generated_files_validate_and_have_the_requested_counts() {
    for (events, lanes, years, articles, seed) in [(3000, 6, 5.0, 120, 1), (500, 1, 0.05, 1, 2), (2000, 20, 2.0, 0, 3)] {
        let p = params(events, lanes, years, articles, seed);
        let (_, stats) = generate_bytes(&p);
        let l = load(&p);
        let d = &l.dataset;
        assert_eq!(d.events.len(), events);
        assert_eq!(d.lanes.len(), lanes);
        assert_eq!(d.articles.len(), p.article_count());
        assert_eq!(stats.events, events);
        assert_eq!(stats.articles, d.articles.len());
        assert_eq!(stats.sources, d.events.iter().map(|e| e.sources.len()).sum::<usize>());
        assert_eq!(stats.undated, l.index.undated.len());
        // Every lane is used, and the dates stay inside the requested years.
        let mut per_lane = vec![0usize; lanes];
        for &lane in &l.index.lane_of {
            per_lane[lane as usize] += 1;
        }
        assert!(per_lane.iter().all(|&n| n > 0), "{per_lane:?}");
        let extent = l.index.extent.expect("dated events");
        let start = chronolens::generate::EPOCH;
        assert!(extent.lo >= start - DAY, "{extent:?}");
        // Month, year and range precisions may reach past the period by their own length.
        assert!(extent.hi <= start + (years * 366.0 * DAY as f64) as i64 + 400 * DAY, "{extent:?}");
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes() {
    let p = params(800, 6, 3.0, 40, 42);
    let (a, _) = generate_bytes(&p);
    let (b, _) = generate_bytes(&p);
    assert!(a == b, "two runs with one seed differ");
    let (c, _) = generate_bytes(&Params { seed: 43, ..p.clone() });
    assert!(a != c, "another seed gives another dataset");
}

#[test]
fn pretty_and_compact_hold_the_same_data() {
    let p = params(300, 4, 1.0, 20, 5);
    let (compact, _) = generate_bytes(&p);
    let (pretty, _) = generate_bytes(&Params { pretty: true, ..p.clone() });
    assert!(!compact.contains(&b'\n'), "compact output is one line, without even a final newline");
    assert!(pretty.len() > compact.len());
    let a = load_bytes("compact", &compact).unwrap();
    let b = load_bytes("pretty", &pretty).unwrap();
    assert_eq!(a.dataset, b.dataset);
    // The pretty layout is exactly the one of `json.dumps(indent=1)` (tools/build_sample.py).
    assert!(pretty.starts_with(b"{\n \"format\": \"chronolens/1\",\n \"title\": "));
    let text = String::from_utf8(pretty).unwrap();
    assert!(text.contains("\n \"events\": [\n  {\n   \"id\": \"ev0000000\",\n"));
    assert!(text.ends_with("\n  }\n ]\n}\n"));
}

#[test]
fn every_precision_kind_and_verification_appears() {
    let l = load(&params(4000, 6, 5.0, 150, 7));
    let d = &l.dataset;
    for p in Precision::ALL {
        assert!(d.events.iter().any(|e| e.precision == p), "no {p:?}");
    }
    for k in Kind::ALL {
        assert!(d.events.iter().any(|e| e.kind == k), "no {k:?}");
    }
    for v in Verification::ALL {
        assert!(d.events.iter().any(|e| e.verification == v), "no {v:?}");
    }
    let ranges = d.events.iter().filter(|e| e.precision == Precision::Range).count();
    assert!(d.events.iter().filter(|e| e.precision == Precision::Range).all(|e| e.end.is_some()));
    assert!(ranges > 200, "{ranges} ranges");
    // Known durations, undated events, drafts, offsets other than UTC, date-times and plain dates.
    assert!(d.events.iter().any(|e| matches!(e.precision, Precision::Minute | Precision::Day) && e.end.is_some()));
    assert!(!l.index.undated.is_empty());
    assert!(d.events.iter().any(|e| e.is_draft()));
    for offset in ["+01:00", "+02:00", "+03:00", "-05:00", "+05:30"] {
        assert!(d.events.iter().filter_map(|e| e.start.as_deref()).any(|s| s.ends_with(offset)), "no start at {offset}");
    }
    assert!(d.events.iter().filter_map(|e| e.start.as_deref()).any(|s| s.len() == 10));
    assert!(d.events.iter().filter_map(|e| e.start.as_deref()).any(|s| s.ends_with('Z')));
    // Not a fixed share of each: the mix is weighted.
    let day = d.events.iter().filter(|e| e.precision == Precision::Day).count();
    let year = d.events.iter().filter(|e| e.precision == Precision::Year).count();
    assert!(day > 5 * year, "day {day}, year {year}");
}

#[test]
fn events_cite_several_sources_in_nearby_articles() {
    let l = load(&params(3000, 6, 5.0, 200, 11));
    let d = &l.dataset;
    let counts: Vec<usize> = d.events.iter().map(|e| e.sources.len()).collect();
    let mean = counts.iter().sum::<usize>() as f64 / counts.len() as f64;
    assert!((1.5..2.5).contains(&mean), "mean sources {mean}");
    assert!(counts.iter().filter(|&&n| n >= 2).count() * 3 > counts.len(), "a good share has several sources");
    assert!(counts.iter().any(|&n| n >= 5));
    assert!(counts.iter().all(|&n| n >= 1));
    // Quotes are real passages (validation checks they are verbatim): several words long, trimmed.
    for e in &d.events {
        for s in &e.sources {
            assert!((3..=10).contains(&s.quote.split(' ').count()), "{:?}", s.quote);
            assert_eq!(&*s.quote, s.quote.trim());
        }
    }
    // Sources are mostly published on the day of the event or after it.
    let published: HashMap<&str, i64> = d
        .articles
        .iter()
        .filter_map(|a| Some((a.id.as_str(), chronolens::model::time::parse_instant(a.published.as_deref()?).ok()?.secs)))
        .collect();
    let (mut after, mut total) = (0, 0);
    for (i, e) in d.events.iter().enumerate() {
        let Some(span) = l.index.spans[i].get() else { continue };
        for s in &e.sources {
            if let Some(&p) = published.get(s.article.as_str()) {
                total += 1;
                after += (p >= span.lo - 2 * DAY) as usize;
            }
        }
    }
    assert!(after * 10 > total * 8, "{after} of {total} sources published after the event");
}

#[test]
fn titles_are_long() {
    let l = load(&params(2000, 6, 5.0, 80, 13));
    let lens: Vec<usize> = l.dataset.events.iter().map(|e| e.title.chars().count()).collect();
    let mean = lens.iter().sum::<usize>() as f64 / lens.len() as f64;
    assert!(mean >= 60.0, "mean title length {mean}");
    assert!(lens.iter().any(|&n| n >= 150));
    assert!(l.dataset.events.iter().any(|e| !e.title.is_ascii()), "some titles are not plain ASCII");
}

#[test]
fn times_are_bursty() {
    let l = load(&params(6000, 6, 2.0, 200, 17));
    let starts: Vec<i64> = l.index.by_time.iter().map(|&e| l.index.spans[e as usize].get().unwrap().lo).collect();
    // Events per day: far from Poisson (where variance = mean).
    let mut per_day: HashMap<i64, usize> = HashMap::new();
    for &t in &starts {
        *per_day.entry(t.div_euclid(DAY)).or_default() += 1;
    }
    let days = (2.0 * 365.25) as usize;
    let mean = starts.len() as f64 / days as f64;
    let var = (0..days as i64)
        .map(|i| {
            let first = starts[0].div_euclid(DAY) + i;
            let n = per_day.get(&first).copied().unwrap_or(0) as f64;
            (n - mean).powi(2)
        })
        .sum::<f64>()
        / days as f64;
    assert!(var > 20.0 * mean, "variance {var} vs mean {mean} per day");
    let busiest_day = per_day.values().copied().max().unwrap();
    assert!(busiest_day as f64 > 20.0 * mean, "busiest day {busiest_day}, mean {mean}");
    // The busiest hour holds a real burst.
    let mut best = 0;
    let mut j = 0;
    for i in 0..starts.len() {
        while starts[i] - starts[j] >= HOUR {
            j += 1;
        }
        best = best.max(i + 1 - j);
    }
    assert!(best >= 50, "busiest hour has {best} events");
    // A day/night rhythm (UTC): fewer timed events start between 00:00 and 06:00.
    let timed: Vec<i64> = (0..l.dataset.events.len())
        .filter(|&e| matches!(l.dataset.events[e].precision, Precision::Minute | Precision::Hour))
        .map(|e| l.index.spans[e].get().unwrap().lo)
        .collect();
    let night = timed.iter().filter(|&&t| t.rem_euclid(DAY) < 6 * HOUR).count();
    assert!((night as f64) < 0.2 * timed.len() as f64, "{night} of {} at night", timed.len());
}

#[test]
fn an_empty_timeline_is_still_valid() {
    let l = load(&params(0, 3, 1.0, 2, 1));
    assert!(l.dataset.events.is_empty());
    assert_eq!(l.dataset.lanes.len(), 3);
    assert!(l.index.extent.is_none());
}

fn chronolens() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronolens"))
}

#[test]
fn the_command_writes_a_file_that_check_accepts() {
    let dir = common::scratch_dir("generate");
    let out = dir.join("gen.json");
    let run = |out: &std::path::Path| {
        chronolens()
            .args(["generate", "--events", "1500", "--lanes", "5", "--years", "3", "--articles", "60", "--seed", "9", "--out"])
            .arg(out)
            .output()
            .unwrap()
    };
    let o = run(&out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("1500 events"));
    let first = std::fs::read(&out).unwrap();
    // Same bytes as the library, and as a second run.
    assert_eq!(first, generate_bytes(&params(1500, 5, 3.0, 60, 9)).0);
    let again = dir.join("gen2.json");
    assert!(run(&again).status.success());
    assert_eq!(first, std::fs::read(&again).unwrap());

    let check = chronolens().arg("check").arg(&out).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    assert!(String::from_utf8_lossy(&check.stdout).contains("events:   1500"));

    for bad in [&["generate"][..], &["generate", "--events", "many", "--out", "x.json"], &["generate", "--lanes", "0", "--out", "x.json"]] {
        let o = chronolens().args(bad).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn bench_prints_frames_load_stages_and_memory() {
    let dir = common::scratch_dir("bench");
    let file = dir.join("small.json");
    std::fs::write(&file, generate_bytes(&params(400, 4, 1.0, 20, 3)).0).unwrap();
    let o = chronolens().arg("bench").arg(&file).args(["--frames", "2"]).output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", String::from_utf8_lossy(&o.stderr));
    for line in [
        "fit all",
        "one month, busiest",
        "one day, busiest",
        "one hour, busiest",
        "pan one day wide",
        "zoom all to hour",
        "p50 ms",
        "p95 ms",
        "triangles",
        "  read ",
        "  parse ",
        "  validate ",
        "  index ",
        "MB/s",
        "peak after loading",
    ] {
        assert!(out.contains(line), "no `{line}` in\n{out}");
    }
    // Python's time when python3 runs here, else the reason it does not (the same
    // three cases as `bench::python_json_load`).
    let expected = match std::process::Command::new("python3").args(["-c", "import json"]).output() {
        Ok(o) if o.status.success() => "  speed-up vs python3 json.load: ",
        Ok(_) => "  python3 json.load failed: ",
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => "  python3 not found",
        Err(_) => "  python3 could not run: ",
    };
    assert!(out.contains(expected), "no `{expected}` in\n{out}");
    // Ten views, each drawn: a row of numbers with some triangles.
    let rows: Vec<Vec<&str>> = out
        .lines()
        .filter(|l| l.starts_with("  fit all") || l.contains(", busiest") || l.contains(", typical"))
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 10, "{out}");
    for r in &rows {
        let triangles: usize = r[r.len() - 3].parse().unwrap();
        assert!(triangles > 0, "{r:?}");
    }
    let bad = chronolens().args(["bench", "/no/such/file.json"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let usage = chronolens().args(["bench"]).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
}
