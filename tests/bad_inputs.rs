//! A corpus of bad inputs, each with the message it must give.
//!
//! `tests/bad_inputs/NAME.json` is `base.json` (a small valid dataset) broken
//! in one way; `NAME.expect` beside it says what loading it must report:
//! - a line of text must appear in the error's text (`FILE: record, field `x`: message`);
//! - a line starting with `!` must not appear;
//! - `= valid`: the file must load;
//! - `#` starts a comment; blank lines are ignored.
//!
//! `tests/bad_articles/NAME.txt` are odd articles for `chronolens extract`;
//! their `NAME.expect` holds `= exit 0` (the drafts are written and
//! `chronolens check` accepts them) or `= exit 2` (refused, nothing written)
//! and, as above, text the message must or must not hold.
//!
//! Every load and every extraction runs on its own thread and must finish
//! within `TIME_LIMIT` without a panic. Inputs too large to commit are made
//! here (see `generated_datasets`, `generated_articles`).
//!
//! `CHRONOLENS_SHOW_ERRORS=1 cargo test --test bad_inputs -- --nocapture`
//! prints what each file gives, for writing a new `.expect`.

use chronolens::model::load_path;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

mod common;

const TIME_LIMIT: Duration = Duration::from_secs(10);

/// Inputs whose `.expect` says what the message should be, which the code
/// (named with each) does not give yet. Each must still finish without a
/// panic; once it gives the expected message, this test fails until it is
/// taken off the list.
const KNOWN_GAPS: &[(&str, &str)] = &[];

/// What a `.expect` file asks for.
#[derive(Debug, Default)]
struct Expect {
    /// `= valid` / `= exit 0`: accepted. Otherwise refused.
    accepted: bool,
    /// `= exit N` (articles only).
    exit: Option<u8>,
    present: Vec<String>,
    absent: Vec<String>,
}

impl Expect {
    fn parse(text: &str) -> Result<Self, String> {
        let mut e = Expect::default();
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(directive) = line.strip_prefix("= ") {
                match directive.trim() {
                    "valid" | "exit 0" => {
                        e.accepted = true;
                        e.exit = Some(0);
                    }
                    "exit 2" => e.exit = Some(2),
                    other => return Err(format!("unknown directive `= {other}`")),
                }
            } else if let Some(not) = line.strip_prefix('!') {
                e.absent.push(not.to_owned());
            } else {
                e.present.push(line.to_owned());
            }
        }
        if e.accepted && !e.present.is_empty() {
            return Err("an accepted input has no message to look for".to_owned());
        }
        if !e.accepted && e.present.is_empty() {
            return Err("says neither `= valid` nor which message to give".to_owned());
        }
        Ok(e)
    }

    /// What is wrong with `message` (the error text; `None`: accepted).
    fn check(&self, message: Option<&str>) -> Vec<String> {
        let mut wrong = Vec::new();
        match (self.accepted, message) {
            (true, Some(m)) => wrong.push(format!("must be accepted, but gives:\n{m}")),
            (false, None) => wrong.push("must be refused, but is accepted".to_owned()),
            _ => {}
        }
        let m = message.unwrap_or("");
        for p in &self.present {
            if !m.contains(p.as_str()) {
                wrong.push(format!("lacks `{p}`"));
            }
        }
        for a in &self.absent {
            if m.contains(a.as_str()) {
                wrong.push(format!("must not hold `{a}`"));
            }
        }
        if !wrong.is_empty() && message.is_some() && !self.accepted {
            wrong.push(format!("the whole message:\n{}", shorten(m, 2000)));
        }
        wrong
    }
}

fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}… ({} bytes in all)", &s[..i], s.len()),
        None => s.to_owned(),
    }
}

/// Runs `f` on its own thread: its result, or why there is none (a panic, or
/// no answer within `limit`; the thread is then left behind).
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(limit) {
        Ok(v) => {
            let _ = handle.join();
            Ok(v)
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("did not finish within {limit:?} (hangs?)")),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let payload = handle.join().err();
            let what = payload
                .as_ref()
                .and_then(|p| p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())));
            Err(format!("panicked: {}", what.unwrap_or_default()))
        }
    }
}

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(name)
}

/// A fresh folder for what this test writes, removed when it ends (see `common::Scratch`).
fn scratch(name: &str) -> common::Scratch {
    common::scratch_dir(name)
}

fn show_errors() -> bool {
    std::env::var_os("CHRONOLENS_SHOW_ERRORS").is_some_and(|v| v != "0")
}

/// Each input of `folder` with its expectation, in name order; a file
/// without its `.expect` (or an `.expect` without its file) is a failure.
fn corpus(folder: &Path, ext: &str, failures: &mut Vec<String>) -> Vec<(PathBuf, Expect)> {
    // Dot files (`.gitattributes`) are not inputs.
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for path in &names {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let expect_path = path.with_extension("expect");
        if path.extension().is_some_and(|e| e == "expect") {
            if !path.with_extension(ext).exists() {
                failures.push(format!("{file}: no {} beside it", path.with_extension(ext).file_name().unwrap().to_string_lossy()));
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != ext) {
            failures.push(format!("{file}: not a .{ext} or .expect file"));
            continue;
        }
        match std::fs::read_to_string(&expect_path).map_err(|e| e.to_string()).and_then(|t| Expect::parse(&t)) {
            Ok(expect) => out.push((path.clone(), expect)),
            Err(e) => failures.push(format!("{file}: {}: {e}", expect_path.file_name().unwrap().to_string_lossy())),
        }
    }
    out
}

/// Records the outcome for `name`: a failure, or for a known gap a note.
fn judge(name: &str, wrong: Vec<String>, failures: &mut Vec<String>, notes: &mut Vec<String>) {
    let gap = KNOWN_GAPS.iter().find(|(n, _)| *n == name);
    match (gap, wrong.is_empty()) {
        (None, true) => {}
        (None, false) => failures.push(format!("{name}: {}", wrong.join("\n  "))),
        (Some(_), true) => failures.push(format!("{name}: now gives what it should: take it off KNOWN_GAPS")),
        (Some((_, why)), false) => notes.push(format!("{name} ({why}): {}", wrong.join("; "))),
    }
}

fn report(what: &str, checked: usize, failures: Vec<String>, notes: Vec<String>) {
    if !notes.is_empty() {
        // Straight to stderr: libtest drops `eprintln!` output of passing tests.
        let _ = writeln!(std::io::stderr(), "\nKNOWN GAPS in {what} ({}):\n{}\n", notes.len(), notes.join("\n"));
    }
    assert!(failures.is_empty(), "{} of {checked} {what} fail:\n{}", failures.len(), failures.join("\n\n"));
}

/// Loads `path` within the time limit: `Ok(None)` if it loads, `Ok(Some(message))` if refused.
fn load_message(path: &Path) -> Result<Option<String>, String> {
    let path = path.to_owned();
    within(TIME_LIMIT, move || load_path(&path).err().map(|e| e.to_string()))
}

#[test]
fn every_bad_dataset_gives_its_message() {
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let folder = dir("bad_inputs");
    let mut cases = corpus(&folder, "json", &mut failures);
    assert!(cases.len() >= 45, "the corpus holds {} datasets", cases.len());
    let generated = scratch("bad-inputs");
    for (name, bytes, expect) in generated_datasets() {
        let path = generated.join(name);
        std::fs::write(&path, bytes).unwrap();
        cases.push((path, Expect::parse(&expect).unwrap()));
    }
    let checked = cases.len();
    for (path, expect) in cases {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match load_message(&path) {
            Ok(message) => {
                if show_errors() {
                    println!("--- {name}\n{}", message.as_deref().map_or("(valid)".into(), |m| shorten(m, 2000)));
                }
                judge(&name, expect.check(message.as_deref()), &mut failures, &mut notes);
            }
            // A hang or a panic fails, known gap or not.
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    report("bad datasets", checked, failures, notes);
}

/// Inputs too large to commit: (file name, bytes, expectation).
fn generated_datasets() -> Vec<(&'static str, Vec<u8>, String)> {
    let base = std::fs::read_to_string(dir("bad_inputs").join("base.json")).unwrap();
    let once = |from: &str, to: &str| -> String {
        assert_eq!(base.matches(from).count(), 1, "{from}");
        base.replacen(from, to, 1)
    };
    let mb = "x".repeat(1 << 20);
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    vec![
        (
            "title_1mb.json",
            once("\"title\": \"Allied leaders agree to send more aid\"", &format!("\"title\": \"{mb}\"")).into_bytes(),
            "= valid".to_owned(),
        ),
        (
            "lane_1mb.json",
            once("\"lane\": \"ru\"", &format!("\"lane\": \"{mb}\"")).into_bytes(),
            // The message names the lane, but not all of a megabyte of it.
            format!("lane_1mb.json: events[1] \"E-2\", field `lane`: unknown lane \"xxxxxxxx\n!{}", "x".repeat(1000)),
        ),
        (
            "nesting_100000.json",
            once("\"notes\": \"The week of the summit.\",", &format!("\"notes\": \"The week of the summit.\",\n      \"tree\": {deep},"))
                .into_bytes(),
            "nesting_100000.json: JSON syntax error at line 57, column 139: values nested more than 128 levels deep".to_owned(),
        ),
    ]
}

#[test]
fn every_odd_article_is_extracted_or_refused_clearly() {
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let mut cases = corpus(&dir("bad_articles"), "txt", &mut failures);
    let generated = scratch("bad-articles");
    for (name, bytes, expect) in generated_articles() {
        let path = generated.join(name);
        std::fs::write(&path, bytes).unwrap();
        cases.push((path, Expect::parse(&expect).unwrap()));
    }
    assert!(cases.len() >= 8, "{} articles", cases.len());
    let out_dir = scratch("bad-articles-out");
    let checked = cases.len();
    for (path, expect) in cases {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let out = out_dir.join(format!("{name}.json"));
        match extract(&path, &out) {
            Ok((code, message)) => {
                if show_errors() {
                    println!("--- {name}: exit {code}\n{}", shorten(&message, 2000));
                }
                judge(&name, check_extraction(&name, &expect, code, &message, &out), &mut failures, &mut notes);
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    report("odd articles", checked, failures, notes);
}

/// `chronolens extract ARTICLE --published 2022-03-24 --out OUT` (the function
/// the command runs), within the time limit: its exit code and message.
fn extract(article: &Path, out: &Path) -> Result<(u8, String), String> {
    let args: Vec<std::ffi::OsString> = vec![article.into(), "--published".into(), "2022-03-24".into(), "--out".into(), out.into()];
    within(TIME_LIMIT, move || match chronolens::extract::cli::run_extract(&args, &mut Vec::new()) {
        Ok(summary) => (0, summary),
        Err(f) => (f.code, f.message),
    })
}

/// What is wrong with an extraction that gave `code` and `message`.
fn check_extraction(name: &str, expect: &Expect, code: u8, message: &str, out: &Path) -> Vec<String> {
    let mut wrong = Vec::new();
    if code != 0 && code != 2 {
        wrong.push(format!("exit code {code}: {message}"));
    }
    if expect.exit.is_some_and(|e| e != code) {
        wrong.push(format!("exit code {code}, not {}: {}", expect.exit.unwrap(), shorten(message, 500)));
    }
    if code == 2 {
        if !message.contains(&format!("{name}: ")) {
            wrong.push(format!("the message does not name the file: {message}"));
        }
        if out.exists() {
            wrong.push("refused, but wrote its output".to_owned());
        }
        wrong.extend(expect.check(Some(message)).into_iter().filter(|w| !w.starts_with("must be accepted")));
    } else if code == 0 {
        // What `chronolens check` does: exit 0 when this loads.
        match load_message(out) {
            Ok(None) => {}
            Ok(Some(m)) => wrong.push(format!("the drafts written are refused by `check`:\n{}", shorten(&m, 2000))),
            Err(e) => wrong.push(format!("loading the drafts {e}")),
        }
        let written = std::fs::read_to_string(out).unwrap_or_default();
        if written.contains("\\r") {
            wrong.push("a paragraph or quote keeps a carriage return".to_owned());
        }
    }
    wrong
}

/// Articles too large, or too binary, to commit: (file name, bytes, expectation).
fn generated_articles() -> Vec<(&'static str, Vec<u8>, String)> {
    // A few hundred bytes of noise with NULs in it (a fixed xorshift: the same bytes every run).
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut noise: Vec<u8> = (0..400)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect();
    noise[17] = 0;
    noise[200] = 0;
    let sentence = "NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance would send more aid to Ukraine. ";
    let paragraph = sentence.repeat((1 << 20) / sentence.len() + 1);
    vec![
        ("binary.txt", noise, "= exit 2\nbinary.txt: is a binary file".to_owned()),
        ("one_mb_line.txt", paragraph.clone().into_bytes(), "= exit 2\none_mb_line.txt: has no title line: its first line is".to_owned()),
        ("one_mb_paragraph.txt", format!("A title line\n\n{paragraph}\n").into_bytes(), "= exit 0".to_owned()),
    ]
}

#[test]
fn the_harness_reports_hangs_and_panics() {
    let hang = within(Duration::from_millis(50), || std::thread::sleep(Duration::from_secs(2)));
    assert_eq!(hang, Err("did not finish within 50ms (hangs?)".to_owned()));
    let panic = within::<()>(TIME_LIMIT, || panic!("boom"));
    assert_eq!(panic, Err("panicked: boom".to_owned()));
    assert_eq!(within(TIME_LIMIT, || 7), Ok(7));
}

#[test]
fn an_input_without_its_expectation_fails() {
    let d = scratch("bad-inputs-corpus");
    std::fs::write(d.join("a.json"), "{}").unwrap();
    std::fs::write(d.join("a.expect"), "a.json: something\n").unwrap();
    std::fs::write(d.join("b.json"), "{}").unwrap();
    std::fs::write(d.join("c.expect"), "= valid\n").unwrap();
    std::fs::write(d.join("d.json"), "{}").unwrap();
    std::fs::write(d.join("d.expect"), "# says nothing\n").unwrap();
    let mut failures = Vec::new();
    let cases = corpus(&d, "json", &mut failures);
    assert_eq!(cases.iter().map(|(p, _)| p.file_name().unwrap().to_owned()).collect::<Vec<_>>(), ["a.json"]);
    assert_eq!(failures.len(), 3, "{failures:?}");
    assert!(failures[0].starts_with("b.json: b.expect: "), "{failures:?}");
    assert!(failures[1].starts_with("c.expect: no c.json beside it"), "{failures:?}");
    assert!(failures[2].starts_with("d.json: d.expect: says neither"), "{failures:?}");
}
