//! `--tz ZONE` on `chronolens chronology` and `chronolens export`: times of day
//! in the zone, dates written without one unchanged, the zone named, a bad zone explained.

use std::process::{Command, Output};

mod common;

fn chronolens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronolens")).args(args).output().expect("runs")
}

fn dataset(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("zones.json");
    let source = r#"[{"article":"a","paragraph":1,"quote":"Someone said so."}]"#;
    let event = |id: &str, title: &str, start: &str, precision: &str| {
        format!(
            r#"{{"id":"{id}","lane":"ua","title":"{title}","kind":"attack","verification":"reported","start":"{start}","precision":"{precision}","sources":{source}}}"#
        )
    };
    let events = [
        event("late", "Strike late at night", "2022-03-24T23:30:00Z", "minute"),
        event("summer", "Summer shelling", "2022-07-01T22:10:00Z", "hour"),
        event("dated", "Summit communique", "2022-03-24", "day"),
    ];
    let json = format!(
        r#"{{"lanes":[{{"id":"ua","label":"Ukraine"}}],"articles":[{{"id":"a","title":"T","paragraphs":["T","Someone said so."]}}],"events":[{}]}}"#,
        events.join(",")
    );
    std::fs::write(&file, json).unwrap();
    file
}

/// The date cell of the Markdown table row of the event titled `title`.
fn row<'a>(md: &'a str, title: &str) -> &'a str {
    md.lines().find(|l| l.starts_with('|') && l.contains(title)).unwrap_or_else(|| panic!("no row for {title} in\n{md}"))
}

#[test]
fn times_move_to_the_zone_and_dates_do_not() {
    let dir = common::scratch_dir("chronology-tz");
    let file = dataset(&dir);
    let file = file.to_str().unwrap();

    let utc = chronolens(&["chronology", file]);
    assert!(utc.status.success(), "{}", String::from_utf8_lossy(&utc.stderr));
    let utc = String::from_utf8(utc.stdout).unwrap();
    assert!(utc.contains("times in UTC"), "{utc}");
    assert!(row(&utc, "Strike late at night").contains("Thu 24 Mar 2022, 23:30 UTC"));

    let kyiv = chronolens(&["chronology", file, "--tz", "Europe/Kyiv"]);
    assert!(kyiv.status.success(), "{}", String::from_utf8_lossy(&kyiv.stderr));
    let kyiv = String::from_utf8(kyiv.stdout).unwrap();
    assert!(kyiv.contains("times in Europe/Kyiv (EET/EEST)"), "{kyiv}");
    // 23:30 UTC is already the next morning in Kyiv (UTC+2 in March); in July Kyiv is UTC+3.
    assert!(row(&kyiv, "Strike late at night").contains("Fri 25 Mar 2022, 01:30 EET"), "{kyiv}");
    assert!(row(&kyiv, "Summer shelling").contains("Sat 2 Jul 2022, 01:00–01:59 EEST"), "{kyiv}");
    // A date without a time of day is the same calendar date in every zone.
    for zone in ["Europe/Kyiv", "America/New_York", "Asia/Tokyo", "local"] {
        let out = chronolens(&["chronology", file, "--tz", zone]);
        let md = String::from_utf8(out.stdout).unwrap();
        assert!(row(&md, "Summit communique").contains("Thu 24 Mar 2022"), "{zone}: {md}");
        assert!(!row(&md, "Summit communique").contains(':'), "{zone}: no time of day made up");
    }

    let bad = chronolens(&["chronology", file, "--tz", "Europe/Kiev-on-Sea"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(err.contains("--tz: unknown time zone `Europe/Kiev-on-Sea`") && err.contains("Europe/Kyiv"), "{err}");
}

#[test]
fn an_exported_image_tells_times_in_the_zone() {
    let dir = common::scratch_dir("export-tz");
    let file = dataset(&dir);
    let svg = |zone: &str| -> String {
        let out = dir.join(format!("{}.svg", zone.replace('/', "-")));
        let o = chronolens(&[
            "export",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--tz",
            zone,
            "--from",
            "2022-03-24T20:00",
            "--to",
            "2022-03-25T04:00",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        std::fs::read_to_string(out).unwrap()
    };
    let kyiv = svg("Europe/Kyiv");
    assert!(kyiv.contains("<title>Strike late at night — Fri 25 Mar 2022, 01:30 EET</title>"), "the event's title in Kyiv time");
    assert!(kyiv.contains("<title>Summit communique — Thu 24 Mar 2022</title>"), "the bare date unchanged");
    assert!(kyiv.contains("times in Europe/Kyiv (EET/EEST)"), "the caption names the zone");
    assert!(kyiv.contains(">Europe/Kyiv (EET)<"), "the axis names the zone");
    let utc = svg("UTC");
    assert!(utc.contains("<title>Strike late at night — Thu 24 Mar 2022, 23:30 UTC</title>"));
    assert!(utc.contains("times in UTC") && !utc.contains("Europe/Kyiv"));
    let bad = chronolens(&["export", file.to_str().unwrap(), "--out", dir.join("x.svg").to_str().unwrap(), "--tz", "Nowhere"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--tz: unknown time zone `Nowhere`"));
    assert!(!dir.join("x.svg").exists(), "nothing written");
}
