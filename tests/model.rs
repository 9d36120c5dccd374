//! Loading and validation: the sample, and every kind of bad input.

mod common;

use chronolens::model::{Precision, load_bytes, load_sample};

fn problems(json: &str) -> Vec<String> {
    match load_bytes("test.json", json.as_bytes()) {
        Ok(_) => panic!("expected {json} to be rejected"),
        Err(e) => e.to_string().lines().map(str::to_owned).collect(),
    }
}

/// A valid dataset with one event; `patch` edits its JSON text.
fn base() -> serde_json::Value {
    serde_json::json!({
        "lanes": [{"id": "nato", "label": "NATO"}, {"id": "us", "label": "US", "color": "#c23b3b"}],
        "articles": [{"id": "a1", "title": "Title", "published": "2022-03-24",
                      "paragraphs": ["Title", "Stoltenberg said on Thursday that Russia could use chemical weapons."]}],
        "events": [{"id": "e1", "lane": "nato", "title": "Stoltenberg warns", "kind": "statement",
                    "start": "2022-03-24", "precision": "day", "verification": "reported",
                    "sources": [{"article": "a1", "paragraph": 1, "quote": "Russia could use chemical weapons"}]}]
    })
}

fn with(f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v = base();
    f(&mut v);
    v.to_string()
}

#[test]
fn the_base_fixture_is_valid() {
    let l = load_bytes("base.json", base().to_string().as_bytes()).unwrap();
    assert_eq!(l.dataset.events.len(), 1);
}

#[test]
fn the_sample_holds_every_gold_event_with_its_date() {
    let sample = load_sample();
    assert_eq!(
        sample.dataset.lanes.iter().map(|l| l.label.as_str()).collect::<Vec<_>>(),
        ["NATO", "US", "Russia", "Ukrainian officials", "Other"]
    );
    assert_eq!(sample.dataset.events.len(), 33);
    let Some(text) = common::shared_file_or_skip("gold/seed_events.json", "comparison with the gold events") else { return };
    let gold: serde_json::Value = serde_json::from_str(&text).unwrap();
    for g in gold["events"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        let e = &sample.dataset.events[sample.index.event_ids[id] as usize];
        let article = g["article"].as_str().unwrap().trim_end_matches(".txt");
        assert_eq!(e.sources[0].article, article, "{id}");
        assert_eq!(e.sources[0].paragraph as u64, g["paragraph"].as_u64().unwrap(), "{id}");
        assert_eq!(&*e.sources[0].quote, g["quote"].as_str().unwrap(), "{id}");
        let (start, end) = (g["date_start"].as_str(), g["date_end"].as_str());
        match g["date_precision"].as_str().unwrap() {
            "day" => assert_eq!((e.precision, e.start.as_deref()), (Precision::Day, start), "{id}"),
            "day_ambiguous" | "range" => {
                assert_eq!((e.precision, e.start.as_deref(), e.end.as_deref()), (Precision::Range, start, end), "{id}")
            }
            "before_dct" | "on_or_before" => assert_eq!((e.precision, e.start.as_deref()), (Precision::Before, end), "{id}"),
            "none" => assert_eq!((e.precision, e.start.as_deref()), (Precision::Unknown, None), "{id}"),
            other => panic!("unexpected gold precision {other}"),
        }
    }
}

#[test]
fn the_sample_paragraphs_are_the_seed_files_paragraphs() {
    let sample = load_sample();
    for a in &sample.dataset.articles {
        let Some(text) = common::shared_file_or_skip(&format!("seeds/{}.txt", a.id), "comparison with the seed articles") else { return };
        assert_eq!(a.paragraphs, chronolens::model::paragraphs::split_paragraphs(&text), "{}", a.id);
    }
}

#[test]
fn syntax_errors_give_line_and_column() {
    let p = problems("{\n  \"lanes\": [\n    {\"id\": \"a\",, }\n  ]\n}");
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("test.json: JSON syntax error at line 3, column"), "{p:?}");
}

#[test]
fn empty_and_non_utf8_files_are_named_clearly() {
    assert_eq!(problems("  \n"), ["test.json: the file is empty"]);
    let err = load_bytes("bin.json", b"{\"lanes\": \"\xff\xfe\"}").unwrap_err().to_string();
    assert!(err.starts_with("bin.json: is not UTF-8 text: invalid byte at line 1, column 12"), "{err}");
    let p = problems("[1, 2]");
    assert!(p[0].contains("top level must be an object"), "{p:?}");
}

#[test]
fn missing_and_mistyped_fields_name_record_and_field() {
    let p = problems(&with(|v| {
        v["events"][0].as_object_mut().unwrap().remove("lane");
    }));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `lane`: is missing"]);
    let p = problems(&with(|v| v["events"][0]["sources"][0]["paragraph"] = "one".into()));
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("test.json: events[0] \"e1\", field `sources[0].paragraph`: invalid type: string \"one\""), "{p:?}");
    let p = problems(&with(|v| v["events"][0]["kind"] = "rumour".into()));
    assert!(p[0].contains("field `kind`: unknown variant `rumour`, expected one of"), "{p:?}");
    let p = problems(&with(|v| v["lanes"][1]["label"] = serde_json::Value::Null));
    assert!(p[0].starts_with("test.json: lanes[1] \"us\", field `label`"), "{p:?}");
}

#[test]
fn dangling_references_are_reported() {
    let p = problems(&with(|v| v["events"][0]["lane"] = "kremlin".into()));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `lane`: unknown lane \"kremlin\""]);
    let p = problems(&with(|v| v["events"][0]["sources"][0]["article"] = "a9".into()));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `sources[0].article`: unknown article \"a9\""]);
    let p = problems(&with(|v| v["events"][0]["sources"][0]["paragraph"] = 7.into()));
    assert_eq!(
        p,
        ["test.json: events[0] \"e1\", field `sources[0].paragraph`: paragraph 7 is out of range: article \"a1\" has paragraphs 0 to 1"]
    );
}

#[test]
fn a_quote_must_be_in_its_paragraph() {
    let p = problems(&with(|v| v["events"][0]["sources"][0]["quote"] = "Russia will use".into()));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `sources[0].quote`: quote not found in paragraph 1 of article \"a1\""]);
    let p = problems(&with(|v| {
        v["events"][0]["sources"][0]["paragraph"] = 0.into();
    }));
    assert!(p[0].ends_with("(it is in paragraph 1)"), "{p:?}");
}

#[test]
fn impossible_dates_and_end_before_start() {
    let p = problems(&with(|v| v["events"][0]["start"] = "2022-02-30".into()));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `start`: `2022-02-30` is not a real calendar date"]);
    let p = problems(&with(|v| {
        v["events"][0]["precision"] = "range".into();
        v["events"][0]["end"] = "2022-03-20".into();
    }));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `end`: `end` is before `start`"]);
    let p = problems(&with(|v| v["articles"][0]["published"] = "yesterday".into()));
    assert!(p[0].starts_with("test.json: articles[0] \"a1\", field `published`: `yesterday` is not an ISO 8601 date"), "{p:?}");
}

#[test]
fn duplicate_ids_are_reported() {
    let p = problems(&with(|v| {
        let e = v["events"][0].clone();
        v["events"].as_array_mut().unwrap().push(e);
        let l = v["lanes"][0].clone();
        v["lanes"].as_array_mut().unwrap().push(l);
    }));
    assert!(p.contains(&"test.json: lanes[2] \"nato\", field `id`: duplicate lane id \"nato\"".to_owned()), "{p:?}");
    assert!(p.contains(&"test.json: events[1] \"e1\", field `id`: duplicate event id (first used by events[0])".to_owned()), "{p:?}");
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let p = problems(&with(|v| {
        v["events"][0]["lane"] = "nope".into();
        v["events"][0]["start"] = "2022-13-01".into();
        v["events"][0]["sources"][0]["quote"] = "absent".into();
    }));
    assert_eq!(p.len(), 3, "{p:?}");
}

#[test]
fn unknown_fields_are_kept_on_a_round_trip() {
    let json = with(|v| {
        v["events"][0]["confidence"] = "high".into();
        v["lanes"][0]["icon"] = serde_json::json!({"shape": "star"});
        v["generator"] = "hand".into();
    });
    let l = load_bytes("x.json", json.as_bytes()).unwrap();
    assert_eq!(l.dataset.events[0].rare.extra["confidence"], "high");
    let back: serde_json::Value = serde_json::to_value(&l.dataset).unwrap();
    let orig: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back, orig);
}

#[test]
fn undated_events_are_listed_but_not_placed() {
    let json = with(|v| {
        v["events"][0].as_object_mut().unwrap().remove("start");
        v["events"][0]["precision"] = "unknown".into();
    });
    let l = load_bytes("x.json", json.as_bytes()).unwrap();
    assert_eq!(l.index.undated, [0]);
    assert!(l.index.by_time.is_empty() && l.index.extent.is_none());
    let p = problems(&with(|v| {
        v["events"][0].as_object_mut().unwrap().remove("start");
    }));
    assert_eq!(p, ["test.json: events[0] \"e1\", field `start`: `start` is required unless precision is `unknown`"]);
}

fn chronolens(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chronolens")).args(args).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn check_command_exit_codes_and_output() {
    let dir = common::scratch_dir("check");
    let good = dir.join("good.json");
    std::fs::write(&good, base().to_string()).unwrap();
    let (code, out, _) = chronolens(&["check", good.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("lanes:    2") && out.contains("events:   1") && out.contains("sources:  1"), "{out}");
    assert!(out.contains("dates:    24 Mar 2022 to 24 Mar 2022"), "{out}");

    let bad = dir.join("bad.json");
    let text = with(|v| v["events"][0]["lane"] = "kremlin".into());
    std::fs::write(&bad, &text).unwrap();
    let (code, _, err) = chronolens(&["check", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("bad.json: events[0] \"e1\", field `lane`: unknown lane \"kremlin\""), "{err}");
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), text, "chronolens never writes to the files it opens");

    let (code, _, err) = chronolens(&["check", dir.join("missing.json").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.json: no such file"), "{err}");
    if std::path::Path::new("/dev/zero").exists() {
        // No size to check against: refused before reading, not read forever.
        let (code, _, err) = chronolens(&["check", "/dev/zero"]);
        assert_eq!(code, 2);
        assert!(err.contains("/dev/zero: is not a regular file"), "{err}");
    }
    let (code, _, err) = chronolens(&["check"]);
    assert_eq!(code, 2);
    assert!(err.contains("Usage:"), "{err}");
}

#[test]
fn extract_never_writes_over_its_input() {
    let dir = common::scratch_dir("extract-self");
    let article = dir.join("a.txt");
    let text = "Title\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that allies agreed.\n";
    std::fs::write(&article, text).unwrap();
    let a = article.to_str().unwrap();
    let (code, _, err) = chronolens(&["extract", a, "--published", "2022-03-24", "--out", a]);
    assert_eq!(code, 2);
    assert!(err.contains("is an input article"), "{err}");
    assert_eq!(std::fs::read_to_string(&article).unwrap(), text);
    assert!(!dir.join("a.txt.bak").exists());
}
