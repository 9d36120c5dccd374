//! `chronolens extract` and `chronolens eval`: their flags (clap) and the
//! steps around the library. Every failure names its file; nothing is
//! written unless everything before the write succeeded.

use super::article::{extract_article, parse_published};
use super::batch;
use super::dataset::{add_corroborated, new_corroborated};
use super::eval::{evaluate_dirs, format_report, load_published};
use super::gazetteer::Gazetteer;
use crate::args::{Parsed, checked, one_of, parse_after};
use crate::corroborate::MergeMode;
use crate::corroborate::arrival::Outcome;
use crate::model::save::{backup_path, to_json, write_atomic};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Turn plain-text articles into draft events (rules and gazetteer in assets/actors.json).
///
/// Turns plain-text articles (a title line, a blank line, paragraphs separated by
/// blank lines) into a dataset of draft events ("draft": true) to review. A
/// FOLDER gives its .txt, .text and .md files; one file may hold several articles
/// separated by a line of === (or a form feed), each named FILE-1, FILE-2, ...
#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "extract",
    bin_name = "chronolens extract",
    after_help = "Exit codes: 0 written, 2 bad arguments or input (nothing written), 1 internal error."
)]
pub struct ExtractArgs {
    /// Articles, folders of articles, or files holding several articles
    #[arg(value_name = "ARTICLE.txt|FOLDER", required = true)]
    pub files: Vec<PathBuf>,
    /// Publication date of every article (2022-03-24), or NAME=DATE for one file or article id
    ///
    /// Weekdays and "yesterday" count from it. Without it the date is read from the
    /// text: a date line ("Published March 11, 2025", "JANUARY 21, 2022"), a date
    /// closing the headline, or a dateline ("MOSCOW, February 21, 2022 /TASS/"); a
    /// dateline without a year takes the latest year the text names, and the drafts
    /// it dates say it was guessed.
    #[arg(long, value_name = "DATE|NAME=DATE", value_parser = checked(published))]
    pub published: Vec<Published>,
    /// Publication dates as {"a.txt": "2022-03-24"} (file name or article id); keys starting with _ are comments
    ///
    /// The same file as `chronolens eval --published-file` reads. A date given by
    /// --published NAME=DATE wins over the file's; --published DATE dates the
    /// articles neither names.
    #[arg(long, value_name = "FILE")]
    pub published_file: Option<PathBuf>,
    /// Extract the good articles and list the bad ones
    ///
    /// By default one bad article stops everything and nothing is written.
    #[arg(long, overrides_with = "skip_bad")]
    pub skip_bad: bool,
    /// Recorded on every article given
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    /// Recorded on every article given
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Write a new dataset (default: print it)
    #[arg(short, long, value_name = "FILE", conflicts_with = "into")]
    pub out: Option<PathBuf>,
    /// Add to an existing dataset; the previous version is kept as FILE.bak
    #[arg(long, value_name = "FILE")]
    pub into: Option<PathBuf>,
    /// What to do with a draft that reports an event already there [default: propose]
    ///
    /// A draft that reports the same event as one already there (or as a draft of
    /// another article given): `propose` marks it "same_as" that event, to confirm
    /// with Merge or Keep separate in the window; `auto` adds its source to that
    /// event at once; `off` keeps every draft apart.
    #[arg(long, value_name = "MODE", value_parser = one_of(&["auto", "propose", "off"], |f, v| {
        MergeMode::parse(v).ok_or_else(|| format!("{f} `{v}`: expected auto, propose or off"))
    }))]
    pub merge: Option<MergeMode>,
    /// Gazetteer to use instead of the built-in assets/actors.json
    #[arg(long, value_name = "FILE")]
    pub actors: Option<PathBuf>,
}

/// Compare extraction with reference events: precision, recall, date accuracy.
///
/// Extracts the articles named by GOLD.json's events and prints, per article and
/// overall, precision, recall, date accuracy, kind accuracy and the number of bad
/// titles, then confusion tables of lane, kind, verification and date precision.
/// An event matches a reference event of the same article, paragraph and lane whose
/// quote it holds at least half of; the header of the report gives every rule.
#[derive(Debug, Clone, clap::Parser)]
#[command(
    name = "eval",
    bin_name = "chronolens eval",
    after_help = "When the reference events carry a `cluster` (an occasion), the drafts of all\n\
                  articles are also matched on arrival (--merge auto) and merge precision and\n\
                  recall are reported."
)]
pub struct EvalArgs {
    /// The reference events
    #[arg(value_name = "GOLD.json")]
    pub gold: PathBuf,
    /// A folder of articles; give it again for more folders
    ///
    /// The first folder holding an article wins. Articles in none of them are
    /// skipped with a warning.
    #[arg(long, value_name = "DIR", required = true)]
    pub articles: Vec<PathBuf>,
    /// The publication date of one article
    ///
    /// Dates come from --published, --published-file and each DIR/published.json
    /// (that order wins). An article found without one is an error.
    #[arg(long, value_name = "NAME=DATE", value_parser = checked(named_date))]
    pub published: Vec<(String, NaiveDate)>,
    /// Publication dates as {"file.txt": "2022-03-24"}; keys starting with _ are comments
    #[arg(long, value_name = "FILE")]
    pub published_file: Option<PathBuf>,
    /// Gazetteer to use instead of the built-in assets/actors.json
    #[arg(long, value_name = "FILE")]
    pub actors: Option<PathBuf>,
    /// List every matched (=), missed (-) and falsely alarmed (+) event with its quote, and every bad title (!)
    #[arg(long, overrides_with = "details")]
    pub details: bool,
}

/// One `--published`: DATE for every article, or NAME=DATE for one file or article id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Published {
    All(NaiveDate),
    Named(String, NaiveDate),
}

fn published(flag: &str, v: &str) -> Result<Published, String> {
    match v.split_once('=') {
        Some(_) => named_date(flag, v).map(|(name, date)| Published::Named(name, date)),
        None => parse_published(v).map(Published::All).map_err(|e| format!("{flag}: {e}")),
    }
}

fn named_date(flag: &str, v: &str) -> Result<(String, NaiveDate), String> {
    let (name, date) = v.split_once('=').ok_or_else(|| format!("{flag} `{v}`: expected NAME=DATE"))?;
    let date = parse_published(date).map_err(|e| format!("{flag} {name}: {e}"))?;
    Ok((name.to_owned(), date))
}

/// A failure to report: the message and the exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

fn fail(message: impl Into<String>) -> Failure {
    Failure { code: 2, message: message.into() }
}

fn gazetteer(actors: Option<&Path>) -> Result<Gazetteer, Failure> {
    match actors {
        Some(p) => Gazetteer::load(p).map_err(|e| fail(e.to_string())),
        None => Ok(Gazetteer::builtin()),
    }
}

/// `--published DATE` (every article), `--published NAME=DATE` (one file or
/// article id) and `--published-file` (many of them).
struct PublishedDates {
    all: Option<NaiveDate>,
    named: BTreeMap<String, NaiveDate>,
    /// From `--published-file`: kept apart, so that the command line wins.
    from_file: BTreeMap<String, NaiveDate>,
}

impl PublishedDates {
    fn new(given: &[Published], file: Option<&Path>) -> Result<PublishedDates, Failure> {
        let from_file = match file {
            Some(f) => load_published(f).map_err(fail)?,
            None => BTreeMap::new(),
        };
        let mut dates = PublishedDates { all: None, named: BTreeMap::new(), from_file };
        for p in given {
            match p {
                Published::Named(name, date) => {
                    dates.named.insert(name.clone(), *date);
                }
                Published::All(_) if dates.all.is_some() => {
                    return Err(fail("--published DATE is given more than once\n(see `chronolens extract --help`)"));
                }
                Published::All(date) => dates.all = Some(*date),
            }
        }
        Ok(dates)
    }

    /// The date given for the file `name` (or its article `id`) on the command
    /// line, else in the file, else for all.
    fn for_input(&self, name: &str, id: &str) -> Option<NaiveDate> {
        let given = |dates: &BTreeMap<String, NaiveDate>| dates.get(id).or_else(|| dates.get(name)).copied();
        given(&self.named).or_else(|| given(&self.from_file)).or(self.all)
    }
}

fn finish(r: Result<String, Failure>) -> ExitCode {
    match r {
        Ok(msg) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            ExitCode::SUCCESS
        }
        Err(f) => {
            eprintln!("chronolens: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

pub fn extract_command(args: ExtractArgs) -> ExitCode {
    finish(extract(&args, &mut std::io::stdout()))
}

pub fn eval_command(args: EvalArgs) -> ExitCode {
    finish(eval(&args, &mut std::io::stdout()).map(|()| String::new()))
}

/// `extract` from the arguments after its name, as the binary reads them.
pub fn run_extract(args: &[OsString], stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    match parse_after::<ExtractArgs>(args, stdout).map_err(fail)? {
        Parsed::Args(a) => extract(&a, stdout),
        Parsed::Helped => Ok(String::new()),
    }
}

/// `eval` from the arguments after its name, as the binary reads them.
pub fn run_eval(args: &[OsString], stdout: &mut dyn std::io::Write) -> Result<(), Failure> {
    match parse_after::<EvalArgs>(args, stdout).map_err(fail)? {
        Parsed::Args(a) => eval(&a, stdout),
        Parsed::Helped => Ok(()),
    }
}

/// `extract`: returns the summary line for stderr; the dataset goes to `--out`,
/// `--into` or `stdout`.
pub fn extract(a: &ExtractArgs, stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    let dates = PublishedDates::new(&a.published, a.published_file.as_deref())?;
    let merge = a.merge.unwrap_or_default();
    let paths = input_paths(a)?;
    let g = gazetteer(a.actors.as_deref())?;
    let read = read_articles(&paths, &dates, a, &g);
    if !read.bad.is_empty() && (!a.skip_bad || read.items.is_empty()) {
        let hint = if a.skip_bad || read.items.is_empty() { "" } else { "\n(--skip-bad extracts the other articles)" };
        return Err(fail(format!("{}; nothing written{hint}", read.bad.join("\n"))));
    }
    let (n_articles, n_events): (usize, usize) = (read.items.len(), read.items.iter().map(|(_, e)| e.len()).sum());
    let (dataset, outcome) = corroborated(a.into.as_deref(), &g, read.items, merge)?;
    // Written like a save from the window: atomically, an existing file kept as FILE.bak.
    let json = to_json(&dataset);
    let mut summary = format!("{n_events} draft events from {n_articles} article{}", if n_articles == 1 { "" } else { "s" });
    for line in read.bad.iter().map(|b| format!("skipped {b}")).chain(read.guessed) {
        summary = format!("{line}\n{summary}");
    }
    summary.push_str(&merge_note(merge, &outcome));
    write_result(a, &json, &summary, stdout)
}

/// The article files the arguments name (folders expanded), none of them the output.
fn input_paths(a: &ExtractArgs) -> Result<Vec<PathBuf>, Failure> {
    let mut paths = Vec::new();
    for f in &a.files {
        paths.extend(batch::article_files(f).map_err(|e| fail(e.to_string()))?);
    }
    // Never write over an article being read.
    if let Some(target) = a.out.as_ref().or(a.into.as_ref()) {
        let same = |f: &Path| match (std::fs::canonicalize(f), std::fs::canonicalize(target)) {
            (Ok(a), Ok(b)) => a == b,
            _ => f == target.as_path(),
        };
        if let Some(f) = paths.iter().find(|f| same(f)) {
            return Err(fail(format!("{}: is an input article; choose another output file", f.display())));
        }
    }
    Ok(paths)
}

/// The articles read and extracted, and what to tell about the others.
struct ReadArticles {
    /// Each good article with its draft events.
    items: Vec<(crate::model::Article, Vec<crate::model::Event>)>,
    /// Why each bad article was not extracted.
    bad: Vec<String>,
    /// Articles whose publication date was guessed.
    guessed: Vec<String>,
}

/// Reads every article of `paths`, dates it and extracts its drafts; a bad
/// article is listed, not fatal, so that all of them are named at once.
fn read_articles(paths: &[PathBuf], dates: &PublishedDates, a: &ExtractArgs, g: &Gazetteer) -> ReadArticles {
    let mut read = ReadArticles { items: Vec::new(), bad: Vec::new(), guessed: Vec::new() };
    for path in paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for input in batch::inputs_from_file(path) {
            let input = match input {
                Ok(i) => i,
                Err(e) => {
                    read.bad.push(e.to_string());
                    continue;
                }
            };
            let Some(published) = batch::publication(&input.text, dates.for_input(&name, &input.id)) else {
                read.bad.push(batch::no_date_message(&input.label));
                continue;
            };
            if read.items.iter().any(|(a, _)| a.id == input.id) {
                read.bad.push(format!("{}: another file given also makes article id \"{}\"; rename one", input.label, input.id));
                continue;
            }
            if published.is_guess() {
                read.guessed.push(format!("{}: publication date {}", input.label, published.describe().unwrap_or_default()));
            }
            let meta = batch::meta(&input, published, a.outlet.clone(), a.url.clone());
            read.items.push(extract_article(&input.text, &meta, g));
        }
    }
    read
}

/// The drafts added to the dataset `into` (or to a new one), corroborated,
/// and checked valid before anything is written.
fn corroborated(
    into: Option<&Path>,
    g: &Gazetteer,
    items: Vec<(crate::model::Article, Vec<crate::model::Event>)>,
    merge: MergeMode,
) -> Result<(crate::model::Dataset, Outcome), Failure> {
    let (dataset, outcome) = match into {
        Some(path) => {
            let loaded = crate::model::load_path(path).map_err(|e| fail(e.to_string()))?;
            let mut ds = loaded.dataset;
            let outcome = add_corroborated(&mut ds, &loaded.index, g, items, merge)
                .map_err(|e| fail(format!("{}: {e}; nothing written", path.display())))?;
            (ds, outcome)
        }
        None => new_corroborated(g, items, merge),
    };
    if let Err(problems) = crate::model::validate::validate(&dataset) {
        let list: Vec<String> = problems.iter().take(10).map(|p| p.to_string()).collect();
        return Err(Failure {
            code: 1,
            message: format!("internal error: the drafts do not validate; nothing written:\n{}", list.join("\n")),
        });
    }
    Ok((dataset, outcome))
}

/// What the merge mode did, to close the summary line ("" when nothing to say).
fn merge_note(merge: MergeMode, outcome: &Outcome) -> String {
    match merge {
        MergeMode::Auto if outcome.merged == 0 => " (none reports an event already there)".to_owned(),
        MergeMode::Auto => format!(" ({} joined as further sources of events reporting the same thing)", outcome.merged),
        MergeMode::Propose if outcome.proposed > 0 => format!(
            " ({} proposed as another source of an event already there: confirm with Merge or Keep separate in the window)",
            outcome.proposed
        ),
        _ => String::new(),
    }
}

/// Writes the dataset to `--out`, `--into` or `stdout`; the line saying where.
fn write_result(a: &ExtractArgs, json: &[u8], summary: &str, stdout: &mut dyn std::io::Write) -> Result<String, Failure> {
    match (&a.out, &a.into) {
        (Some(path), _) => {
            write_atomic(path, json).map_err(fail)?;
            Ok(format!("chronolens: wrote {summary} to {}", path.display()))
        }
        (_, Some(path)) => {
            write_atomic(path, json).map_err(fail)?;
            Ok(format!("chronolens: added {summary} to {} (previous version: {})", path.display(), backup_path(path).display()))
        }
        _ => {
            stdout.write_all(json).map_err(|e| fail(format!("cannot write to standard output: {e}")))?;
            Ok(format!("chronolens: {summary}"))
        }
    }
}

/// `eval`: prints the report to `stdout`.
pub fn eval(a: &EvalArgs, stdout: &mut dyn std::io::Write) -> Result<(), Failure> {
    let (gold, dirs) = (&a.gold, &a.articles);
    // The first folder's sidecar wins over the later ones', like its articles.
    let mut published: BTreeMap<String, NaiveDate> = BTreeMap::new();
    for sidecar in dirs.iter().map(|d| d.join("published.json")).filter(|f| f.is_file()) {
        for (name, date) in load_published(&sidecar).map_err(fail)? {
            published.entry(name).or_insert(date);
        }
    }
    if let Some(f) = &a.published_file {
        published.extend(load_published(f).map_err(fail)?);
    }
    published.extend(a.published.iter().cloned());
    let g = gazetteer(a.actors.as_deref())?;
    let report = evaluate_dirs(gold, dirs, &published, &g).map_err(fail)?;
    let details = a.details;
    let dir_names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    let text = format_report(&report, &gold.display().to_string(), &dir_names.join(", "), details);
    stdout.write_all(text.as_bytes()).map_err(|e| fail(format!("cannot write to standard output: {e}")))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder for one test, removed when the test ends (passed or not).
    fn scratch(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new().prefix(&format!("chronolens-cli-{name}-")).tempdir().unwrap()
    }

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    const ARTICLE: &str =
        "A title\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that it was grave.\n\n\nHe said more.\n\nLeave a Reply\n";

    fn extract(a: &[&str]) -> Result<String, Failure> {
        run_extract(&args(a), &mut Vec::new())
    }

    #[test]
    fn writes_a_valid_dataset_of_drafts() {
        let scratch_dir = scratch("ok");
        let d = scratch_dir.path().to_path_buf();
        let (art, out) = (d.join("a.txt"), d.join("out.json"));
        std::fs::write(&art, ARTICLE).unwrap();
        let msg =
            extract(&[art.to_str().unwrap(), "--published", "2022-03-24", "--outlet", "Daily", "--out", out.to_str().unwrap()]).unwrap();
        assert!(msg.contains("wrote 2 draft events from 1 article"), "{msg}");
        let loaded = crate::model::load_path(&out).unwrap();
        let ds = &loaded.dataset;
        assert_eq!(ds.articles[0].id, "a");
        assert_eq!(ds.articles[0].paragraphs.len(), 4);
        assert_eq!(ds.articles[0].outlet.as_deref(), Some("Daily"));
        assert!(ds.events.iter().all(|e| e.is_draft() && e.lane == "nato" && e.start.as_deref() == Some("2022-03-24")));
        assert_eq!(ds.lanes.len(), 5);
    }

    #[test]
    fn a_second_report_of_one_statement_is_proposed_joined_or_left_apart() {
        let scratch_dir = scratch("merge");
        let d = scratch_dir.path().to_path_buf();
        let (a, b, ds) = (d.join("wire.txt"), d.join("other.txt"), d.join("d.json"));
        std::fs::write(
            &a,
            "Stoltenberg warns Russia\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that any use of chemical weapons would totally change the nature of the conflict.\n",
        )
        .unwrap();
        std::fs::write(
            &b,
            "NATO chief on chemical weapons\n\nAny use of chemical weapons would totally change the nature of the conflict, NATO Secretary-General Jens Stoltenberg told reporters on Thursday.\n",
        )
        .unwrap();
        let (a, b, ds_s) = (a.to_str().unwrap(), b.to_str().unwrap(), ds.to_str().unwrap());
        let fresh = || extract(&[a, "--published", "2022-03-24", "--out", ds_s]).unwrap();
        let add = |mode: &[&str]| extract(&[&[b, "--published", "2022-03-24", "--into", ds_s], mode].concat());

        fresh();
        let msg = add(&[]).unwrap();
        assert!(msg.contains("1 proposed as another source"), "{msg}");
        let l = crate::model::load_path(&ds).unwrap();
        assert_eq!(l.dataset.events.len(), 2, "proposed, not joined");
        assert_eq!(l.dataset.events[1].rare.same_as.as_deref(), Some(l.dataset.events[0].id.as_str()));

        fresh();
        let msg = add(&["--merge", "auto"]).unwrap();
        assert!(msg.contains("1 joined as further sources"), "{msg}");
        let l = crate::model::load_path(&ds).unwrap();
        assert_eq!(l.dataset.events.len(), 1);
        let articles: Vec<&str> = l.dataset.events[0].sources.iter().map(|s| s.article.as_str()).collect();
        assert_eq!(articles, ["wire", "other"]);

        fresh();
        add(&["--merge", "off"]).unwrap();
        let l = crate::model::load_path(&ds).unwrap();
        assert!(l.dataset.events.iter().all(|e| e.rare.same_as.is_none()) && l.dataset.events.len() == 2);
        let e = add(&["--merge", "sometimes"]).unwrap_err();
        assert_eq!(e.code, 2);
        assert!(e.message.contains("--merge `sometimes`: expected auto, propose or off"), "{}", e.message);
    }

    #[test]
    fn into_adds_atomically_and_keeps_the_previous_version() {
        let scratch_dir = scratch("into");
        let d = scratch_dir.path().to_path_buf();
        let (a, b, ds) = (d.join("a.txt"), d.join("b.txt"), d.join("d.json"));
        std::fs::write(&a, ARTICLE).unwrap();
        std::fs::write(&b, ARTICLE.replace("Thursday", "Wednesday")).unwrap();
        extract(&[a.to_str().unwrap(), "--published", "2022-03-24", "--out", ds.to_str().unwrap()]).unwrap();
        let before = std::fs::read(&ds).unwrap();
        let msg = extract(&[b.to_str().unwrap(), "--published", "2022-03-24", "--into", ds.to_str().unwrap()]).unwrap();
        assert!(msg.contains("added 2 draft events"), "{msg}");
        assert_eq!(std::fs::read(backup_path(&ds)).unwrap(), before);
        let loaded = crate::model::load_path(&ds).unwrap();
        assert_eq!(loaded.dataset.articles.len(), 2);
        assert_eq!(loaded.dataset.events.len(), 4);
        // The same article again: refused, nothing changed.
        let after = std::fs::read(&ds).unwrap();
        let e = extract(&[b.to_str().unwrap(), "--published", "2022-03-24", "--into", ds.to_str().unwrap()]).unwrap_err();
        assert_eq!(e.code, 2);
        assert!(e.message.contains("already holds an article \"b\""), "{}", e.message);
        assert_eq!(std::fs::read(&ds).unwrap(), after);
    }

    #[test]
    fn bad_input_names_the_file_exits_2_and_writes_nothing() {
        let scratch_dir = scratch("bad");
        let d = scratch_dir.path().to_path_buf();
        let out = d.join("out.json");
        let cases: &[(&str, &[u8], &str)] = &[
            ("empty.txt", b"  \n\n", "empty.txt: is empty"),
            ("notitle.txt", b"A body line\nand another\n\nMore.", "notitle.txt: has no title line"),
            ("binary.txt", b"PK\x03\x04\x00\x00binary", "binary.txt: is a binary file"),
            ("latin1.txt", b"Title\n\nCaf\xe9 owner said so.", "latin1.txt: is not UTF-8 text: invalid byte at line 3, column 4"),
        ];
        for (name, bytes, want) in cases {
            let f = d.join(name);
            std::fs::write(&f, bytes).unwrap();
            let e = extract(&[f.to_str().unwrap(), "--published", "2022-03-24", "--out", out.to_str().unwrap()]).unwrap_err();
            assert_eq!(e.code, 2, "{name}");
            assert!(e.message.contains(want), "{name}: {}", e.message);
            assert!(!out.exists(), "{name}: nothing may be written");
        }
        let good = d.join("good.txt");
        std::fs::write(&good, ARTICLE).unwrap();
        let e = extract(&[good.to_str().unwrap(), "--published", "24/03/2022", "--out", out.to_str().unwrap()]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("--published: publication date `24/03/2022` is not an ISO 8601 date"), "{}", e.message);
        let e = extract(&[good.to_str().unwrap(), "--out", out.to_str().unwrap()]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("good.txt: no publication date found in the text"), "{}", e.message);
        assert!(e.message.contains("--published good.txt=2022-03-24") && !out.exists(), "{}", e.message);
        let actors = d.join("actors.json");
        std::fs::write(&actors, "{\n  \"lanes\": [\n    {\"id\": \"x\",}\n  ]\n}").unwrap();
        let e = extract(&[
            good.to_str().unwrap(),
            "--published",
            "2022-03-24",
            "--actors",
            actors.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .unwrap_err();
        assert_eq!(e.code, 2);
        assert!(e.message.contains("actors.json: JSON syntax error at line 3, column 16"), "{}", e.message);
        let e = extract(&[d.join("missing.txt").to_str().unwrap(), "--published", "2022-03-24"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("missing.txt: cannot be read"));
        assert!(!out.exists());
    }

    #[test]
    fn dates_from_the_text_a_folder_and_several_articles_in_one_file() {
        let scratch_dir = scratch("batch");
        let d = scratch_dir.path().to_path_buf();
        let arts = d.join("articles");
        std::fs::create_dir_all(&arts).unwrap();
        let stamped = "Kremlin rejects talks\n\nPublished March 11, 2025\n\nKremlin spokesman Dmitry Peskov said on Monday that Moscow would not join.\n";
        let wire = "Peskov speaks\n\nMOSCOW, February 21 /TASS/. Kremlin spokesman Dmitry Peskov said on Monday that talks with NATO in 2023 failed.\n";
        let two = format!("{stamped}===\n{wire}");
        std::fs::write(arts.join("a.txt"), stamped).unwrap();
        std::fs::write(arts.join("b.txt"), &two).unwrap();
        std::fs::write(arts.join("ignored.json"), "{}").unwrap();
        let out = d.join("out.json");
        let msg = extract(&[arts.to_str().unwrap(), "--out", out.to_str().unwrap()]).unwrap();
        assert!(msg.contains("from 3 articles"), "{msg}");
        assert!(msg.contains("b.txt, article 2: publication date guessed from the text"), "the guess is reported: {msg}");
        let ds = crate::model::load_path(&out).unwrap().dataset;
        let ids: Vec<&str> = ds.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b-1", "b-2"]);
        assert_eq!(ds.articles[0].published.as_deref(), Some("2025-03-11"));
        assert!(ds.articles[0].published_from.as_deref().unwrap().starts_with("from the text, ¶1"));
        let wire_event = ds.events.iter().find(|e| e.sources[0].article == "b-2").unwrap();
        // 21 Feb 2023 was a Tuesday: "on Monday" is the 20th, counted from a guessed date.
        assert_eq!(wire_event.start.as_deref(), Some("2023-02-20"));
        assert!(
            wire_event.rare.notes.as_deref().unwrap().starts_with("Dated from a guessed publication date, 2023-02-21"),
            "{:?}",
            wire_event.rare.notes
        );
        let stamped_event = ds.events.iter().find(|e| e.sources[0].article == "a").unwrap();
        assert!(!stamped_event.rare.notes.as_deref().unwrap_or_default().contains("guessed"));
        // A date given for one file wins over its text; the others keep theirs.
        extract(&[arts.to_str().unwrap(), "--published", "a.txt=2020-01-02", "--out", out.to_str().unwrap()]).unwrap();
        let ds = crate::model::load_path(&out).unwrap().dataset;
        assert_eq!(ds.articles[0].published.as_deref(), Some("2020-01-02"));
        assert_eq!(ds.articles[0].published_from, None);
        assert_eq!(ds.articles[1].published.as_deref(), Some("2025-03-11"));
        // One article without a date stops everything, unless --skip-bad.
        std::fs::write(arts.join("c.txt"), ARTICLE).unwrap();
        std::fs::remove_file(&out).unwrap();
        let e = extract(&[arts.to_str().unwrap(), "--out", out.to_str().unwrap()]).unwrap_err();
        assert!(e.message.contains("c.txt: no publication date") && e.message.contains("--skip-bad"), "{}", e.message);
        assert!(!out.exists());
        let msg = extract(&[arts.to_str().unwrap(), "--skip-bad", "--out", out.to_str().unwrap()]).unwrap();
        assert!(msg.contains("skipped ") && msg.contains("c.txt: no publication date") && msg.contains("from 3 articles"), "{msg}");
    }

    #[test]
    fn dates_from_a_published_file_the_command_line_winning() {
        let scratch_dir = scratch("published-file");
        let d = scratch_dir.path().to_path_buf();
        let arts = d.join("articles");
        std::fs::create_dir_all(&arts).unwrap();
        for name in ["a.txt", "b.txt", "c.txt"] {
            std::fs::write(arts.join(name), ARTICLE).unwrap();
        }
        // By file name or by article id, as for `eval`; keys starting with _ are comments.
        let dates = d.join("published.json");
        std::fs::write(&dates, r#"{"_note": "not a date", "a.txt": "2022-03-24", "b": "2022-03-23"}"#).unwrap();
        let (arts, dates, out) = (arts.to_str().unwrap(), dates.to_str().unwrap(), d.join("out.json"));
        let published = |extra: &[&str]| {
            let msg = extract(&[&[arts, "--published-file", dates, "--out", out.to_str().unwrap()], extra].concat());
            let ds = crate::model::load_path(&out).unwrap().dataset;
            let got: Vec<Option<String>> = ds.articles.iter().map(|a| a.published.as_deref().map(str::to_owned)).collect();
            (msg, got, ds)
        };
        // c.txt has no date anywhere: it alone stops the run, naming itself.
        let e = extract(&[arts, "--published-file", dates, "--out", out.to_str().unwrap()]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("c.txt: no publication date") && !e.message.contains("a.txt"), "{}", e.message);
        let (msg, got, ds) = published(&["--skip-bad"]);
        assert!(msg.unwrap().contains("from 2 articles"));
        assert_eq!(got, [Some("2022-03-24".to_owned()), Some("2022-03-23".to_owned())]);
        assert_eq!(ds.articles[0].published_from, None, "a given date, not one read from the text");
        let of_b: Vec<_> = ds.events.iter().filter(|e| e.sources[0].article == "b").collect();
        assert!(!of_b.is_empty() && of_b.iter().all(|e| e.start.as_deref() == Some("2022-03-17")));
        // --published NAME=DATE wins over the file; --published DATE dates the rest.
        let (_, got, _) = published(&["--published", "a.txt=2020-01-02", "--published", "b=2020-01-03", "--published", "2021-05-06"]);
        let want = ["2020-01-02", "2020-01-03", "2021-05-06"].map(|d| Some(d.to_owned()));
        assert_eq!(got, want);
        let (_, got, _) = published(&["--published", "2021-05-06"]);
        assert_eq!(got, ["2022-03-24", "2022-03-23", "2021-05-06"].map(|d| Some(d.to_owned())));
    }

    #[test]
    fn a_missing_or_malformed_published_file_is_named() {
        let scratch_dir = scratch("published-file-bad");
        let d = scratch_dir.path().to_path_buf();
        let (art, out) = (d.join("a.txt"), d.join("out.json"));
        std::fs::write(&art, ARTICLE).unwrap();
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("missing.json", None, "missing.json: cannot be read"),
            ("syntax.json", Some("{\"a.txt\": \"2022-03-24\",}"), "syntax.json: JSON error at line 1, column 24"),
            ("list.json", Some("[\"2022-03-24\"]"), "list.json: JSON error at line 1"),
            ("number.json", Some("{\"a.txt\": 20220324}"), "number.json: \"a.txt\" must be a date string"),
            (
                "date.json",
                Some("{\"a.txt\": \"24/03/2022\"}"),
                "date.json: \"a.txt\": publication date `24/03/2022` is not an ISO 8601 date",
            ),
        ];
        for (name, text, want) in cases {
            let f = d.join(name);
            if let Some(text) = text {
                std::fs::write(&f, text).unwrap();
            }
            let e = extract(&[art.to_str().unwrap(), "--published-file", f.to_str().unwrap(), "--out", out.to_str().unwrap()]).unwrap_err();
            assert_eq!(e.code, 2, "{name}");
            assert!(e.message.contains(want), "{name}: {}", e.message);
            assert!(!out.exists(), "{name}: nothing may be written");
        }
        let mut help = Vec::new();
        run_extract(&args(&["--help"]), &mut help).unwrap();
        let help = String::from_utf8(help).unwrap();
        assert!(help.contains("--published-file <FILE>") && help.contains("_ are comments"), "{help}");
    }

    #[test]
    fn usage_errors() {
        let e = extract(&["--published", "2022-03-24"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("<ARTICLE.txt|FOLDER>..."), "{}", e.message);
        let e = extract(&["a.txt", "--published", "2022-03-24", "--published", "2022-03-25"]).unwrap_err();
        assert!(e.message.contains("--published DATE is given more than once"), "{}", e.message);
        let e = extract(&["a.txt", "--published", "2022-03-24", "--frobnicate"]).unwrap_err();
        assert!(e.message.contains("unexpected argument '--frobnicate'"), "{}", e.message);
        let e = extract(&["a.txt", "--published", "2022-03-24", "--skipbad"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("a similar argument exists: '--skip-bad'"), "{}", e.message);
        let e = extract(&["a.txt", "--published", "2022-03-24", "--out", "x", "--into", "y"]).unwrap_err();
        assert!(e.message.contains("'--out <FILE>' cannot be used with '--into <FILE>'"), "{}", e.message);
        let e = extract(&["a.txt", "--outlet", "A", "--outlet", "B"]).unwrap_err();
        assert!(e.message.contains("'--outlet <NAME>' cannot be used multiple times"), "{}", e.message);
        let mut out = Vec::new();
        let e = run_eval(&args(&["g.json"]), &mut out).unwrap_err();
        assert!(e.code == 2 && e.message.contains("--articles <DIR>"), "{}", e.message);
        let e = run_eval(&args(&["g.json", "--articles", "d", "--published", "a.txt"]), &mut out).unwrap_err();
        assert!(e.message.contains("--published `a.txt`: expected NAME=DATE"), "{}", e.message);
        assert!(out.is_empty());
        run_eval(&args(&["--help"]), &mut out).unwrap();
        let help = String::from_utf8(out).unwrap();
        assert!(help.contains("Usage: chronolens eval") && help.contains("--published-file <FILE>"), "{help}");
    }

    /// A gold file with one event for each of `articles`, each quoting ARTICLE's first sentence.
    fn eval_gold(path: &Path, articles: &[&str]) {
        let events: Vec<String> = articles
            .iter()
            .map(|a| {
                format!(
                    r#"{{"id": "G-{a}", "article": "{a}", "paragraph": 1, "actor_lane": "NATO", "quote": "Jens Stoltenberg said on Thursday that it was grave", "date_start": "2022-03-24", "date_end": "2022-03-24", "date_precision": "day", "kind": "statement", "verification": "reported"}}"#
                )
            })
            .collect();
        std::fs::write(path, format!("{{\"events\": [{}]}}", events.join(", "))).unwrap();
    }

    fn eval(a: &[&str]) -> Result<String, Failure> {
        let mut out = Vec::new();
        run_eval(&args(a), &mut out).map(|()| String::from_utf8(out).unwrap())
    }

    /// The overall line's columns after its name.
    fn overall(report: &str) -> Vec<String> {
        let line = report.lines().find(|l| l.starts_with("overall")).unwrap_or_else(|| panic!("no overall line:\n{report}"));
        line.split_whitespace().skip(1).map(str::to_owned).collect()
    }

    #[test]
    fn eval_needs_a_publication_date_for_every_article() {
        let scratch_dir = scratch("eval");
        let d = scratch_dir.path().to_path_buf();
        std::fs::write(d.join("a.txt"), ARTICLE).unwrap();
        let gold = d.join("gold.json");
        eval_gold(&gold, &["a.txt"]);
        let (g, dir) = (gold.to_str().unwrap(), d.to_str().unwrap());
        let e = eval(&[g, "--articles", dir]).unwrap_err();
        assert!(
            e.code == 2 && e.message.contains("a.txt: no publication date in the text; give --published a.txt=YYYY-MM-DD"),
            "{}",
            e.message
        );
        let text = eval(&[g, "--articles", dir, "--published", "a.txt=2022-03-24"]).unwrap();
        assert!(text.contains("date right:") && text.contains("match: "), "the header explains the rules");
        // gold, extracted, matched, precision, recall, date acc, kind acc (then bad titles, which
        // are the extractor's business): the second sentence, "He said more.", is a false alarm.
        assert_eq!(overall(&text)[..7], ["1", "2", "1", "0.500", "1.000", "1.000", "1.000"], "{text}");
        assert_eq!(overall(&text).len(), 8, "{text}");
        std::fs::write(d.join("published.json"), r#"{"_about": "x", "a.txt": "2022-03-24"}"#).unwrap();
        eval(&[g, "--articles", dir]).unwrap();
    }

    #[test]
    fn eval_reads_several_folders_and_skips_absent_articles() {
        let scratch_dir = scratch("eval-dirs");
        let d = scratch_dir.path().to_path_buf();
        let (one, two) = (d.join("one"), d.join("two"));
        std::fs::create_dir_all(&one).unwrap();
        std::fs::create_dir_all(&two).unwrap();
        std::fs::write(one.join("a.txt"), ARTICLE).unwrap();
        std::fs::write(two.join("b.txt"), ARTICLE).unwrap();
        std::fs::write(one.join("published.json"), r#"{"a.txt": "2022-03-24"}"#).unwrap();
        std::fs::write(two.join("published.json"), r#"{"b.txt": "2022-03-24"}"#).unwrap();
        let gold = d.join("gold.json");
        eval_gold(&gold, &["a.txt", "b.txt", "elsewhere.txt"]);
        let (g, one, two) = (gold.to_str().unwrap(), one.to_str().unwrap(), two.to_str().unwrap());
        let text = eval(&[g, "--articles", one, "--articles", two, "--details"]).unwrap();
        assert!(text.contains("skipped: elsewhere.txt"), "{text}");
        assert_eq!(overall(&text)[..3], ["2", "4", "2"], "{text}");
        assert!(text.contains("+ false alarm") && text.contains("\"He said more."), "details show the false alarms' quotes\n{text}");
        assert!(text.contains("kind (2 matched events)") && text.contains("date precision: rows reference"), "{text}");
        // One folder alone: b.txt is skipped too, and an absent folder is an error.
        assert!(eval(&[g, "--articles", one]).unwrap().contains("skipped: b.txt, elsewhere.txt"));
        let e = eval(&[g, "--articles", one, "--articles", "/nonexistent/chronolens"]).unwrap_err();
        assert!(e.code == 2 && e.message.contains("is not a folder"), "{}", e.message);
    }
}
