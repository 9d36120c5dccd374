//! Crash recovery: every change not yet saved is appended to a journal in the
//! platform's data folder (never beside the user's file) as it happens. A
//! journal whose program is no longer running was left by a crash or a kill;
//! the next start offers to replay it onto the file it was made for.

use super::fingerprint::Fingerprint;
use super::history::{Change, History};
use super::load::Loaded;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// What the journal's edits were made to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub chronolens_journal: u32,
    /// The dataset file; `None` for the bundled sample.
    pub file: Option<PathBuf>,
    pub name: String,
    /// The file as it was when the first edit was made.
    pub origin: Option<Fingerprint>,
    pub pid: u32,
    /// When that process started (Linux), so that a later process given the
    /// same id is not taken for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid_start: Option<u64>,
    pub started: String,
}

/// One line after the header: a change made, undone or redone, with the
/// steps that were applied (so it can be replayed even without its history).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Line {
    pub act: Act,
    #[serde(flatten)]
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Act {
    Do,
    Undo,
    Redo,
}

/// The folder chronolens keeps its own data in: `CHRONOLENS_DATA_DIR`, or the
/// platform's (`$XDG_DATA_HOME/chronolens`, `~/.local/share/chronolens`,
/// `~/Library/Application Support/chronolens`, `%APPDATA%\chronolens`).
pub fn data_dir() -> Option<PathBuf> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(d) = env("CHRONOLENS_DATA_DIR") {
        return Some(d);
    }
    let base = if cfg!(windows) {
        env("APPDATA")?
    } else if cfg!(target_os = "macos") {
        env("HOME")?.join("Library/Application Support")
    } else {
        env("XDG_DATA_HOME").unwrap_or(env("HOME")?.join(".local/share"))
    };
    Some(base.join("chronolens"))
}

/// Where journals live under the data folder.
pub fn journal_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("journal")
}

/// An open journal, appended to as changes happen.
pub struct Journal {
    path: PathBuf,
    file: std::fs::File,
}

impl Journal {
    /// Starts a journal in `dir` (created, private to the user).
    pub fn start(dir: &Path, header: &Header) -> std::io::Result<Journal> {
        create_private_dir(dir)?;
        let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let path = dir.join(format!("{}-{stamp}.jsonl", header.pid));
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path)?;
        serde_json::to_writer(&mut file, header)?;
        file.write_all(b"\n")?;
        file.sync_data()?;
        Ok(Journal { path, file })
    }

    /// Appends one line and syncs it: it survives the program being killed.
    pub fn append(&mut self, line: &Line) -> std::io::Result<()> {
        let mut bytes = serde_json::to_vec(line)?;
        bytes.push(b'\n');
        self.file.write_all(&bytes)?;
        self.file.sync_data()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The edits were saved or deliberately dropped: the journal goes.
    pub fn discard(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A journal left behind by a program that is no longer running.
#[derive(Debug, Clone)]
pub struct Recovered {
    pub journal: PathBuf,
    pub header: Header,
    pub lines: Vec<Line>,
    /// When the last edit was written.
    pub modified: Option<std::time::SystemTime>,
}

impl Recovered {
    /// The file's name, or the sample's.
    pub fn what(&self) -> String {
        match &self.header.file {
            Some(f) => f.display().to_string(),
            None => self.header.name.clone(),
        }
    }

    /// Deletes the journal (restored elsewhere, or not wanted).
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.journal);
    }
}

/// When process `pid` started, in clock ticks since boot, if it is alive:
/// Linux only (`/proc/PID/stat`); an ended process not yet reaped (a zombie)
/// counts as ended.
pub fn process_start(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "PID (name) STATE ..." — the name may hold spaces and parentheses.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    if matches!(fields.first(), Some(&("Z" | "X" | "x"))) {
        return None;
    }
    fields.get(19)?.parse().ok()
}

/// Is the program that wrote `header` still running? Only Linux can tell;
/// elsewhere every journal but this program's own counts as left behind.
fn running(header: &Header) -> bool {
    if header.pid == std::process::id() {
        return true;
    }
    match (process_start(header.pid), header.pid_start) {
        (Some(now), Some(then)) => now == then,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// Journals in `dir` left by programs no longer running, newest first. Empty
/// journals are removed; unreadable ones are left alone.
pub fn left_behind(dir: &Path) -> Vec<Recovered> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut found: Vec<Recovered> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .filter_map(|p| read_journal(&p))
        .filter(|r| !running(&r.header))
        .filter(|r| {
            if r.lines.is_empty() {
                r.discard();
            }
            !r.lines.is_empty()
        })
        .collect();
    found.sort_by_key(|f| std::cmp::Reverse(f.modified));
    found
}

/// Reads a journal; a last line cut short by the crash is ignored.
pub fn read_journal(path: &Path) -> Option<Recovered> {
    let file = std::fs::File::open(path).ok()?;
    let modified = file.metadata().ok().and_then(|m| m.modified().ok());
    let mut lines = std::io::BufReader::new(file).lines();
    let header: Header = serde_json::from_str(&lines.next()?.ok()?).ok()?;
    let mut out = Vec::new();
    for l in lines {
        match l.ok().and_then(|l| serde_json::from_str::<Line>(&l).ok()) {
            Some(line) => out.push(line),
            None => break,
        }
    }
    Some(Recovered { journal: path.to_path_buf(), header, lines: out, modified })
}

/// Replays journaled lines onto `data`, rebuilding `history` as it goes.
/// An undo or redo that the rebuilt history cannot take (its change was made
/// before the journal began, at a save) is replayed from its steps.
pub fn replay(lines: &[Line], data: &mut Loaded, history: &mut History) -> Result<(), String> {
    for (i, line) in lines.iter().enumerate() {
        let fail = |e: String| format!("recovered edit {} of {} (\"{}\") no longer applies: {e}", i + 1, lines.len(), line.change.label);
        let by_history = match line.act {
            Act::Undo if history.undo_label() == Some(line.change.label.as_str()) => Some(data.undo(history)),
            Act::Redo if history.redo_label() == Some(line.change.label.as_str()) => Some(data.redo(history)),
            _ => None,
        };
        match by_history {
            Some(Some(Ok(_))) => {}
            Some(Some(Err(e))) => return Err(fail(e)),
            _ => {
                data.commit(history, line.change.clone()).map_err(fail)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::history::Op;
    use crate::model::load_sample;

    /// A fresh folder `chronolens-journal-<tag>-XXXXXX` in the temporary folder,
    /// removed with its contents when dropped, whether the test passed or panicked.
    fn tmpdir(tag: &str) -> tempfile::TempDir {
        tempfile::Builder::new().prefix(&format!("chronolens-journal-{tag}-")).tempdir().unwrap()
    }

    fn header(pid: u32) -> Header {
        Header {
            chronolens_journal: 1,
            file: None,
            name: "sample".into(),
            origin: None,
            pid,
            pid_start: process_start(pid),
            started: "now".into(),
        }
    }

    #[test]
    fn a_journal_replays_to_the_same_data_and_history() {
        let dir = tmpdir("replay");
        let d = dir.path();
        let mut data = load_sample();
        let mut history = History::default();
        // A made-up pid that is not running stands for a killed program.
        let mut j = Journal::start(d, &header(u32::MAX - 7)).unwrap();
        let e = data.index.event_ids["S000-01"];
        let mut ev = (*data.dataset.events[e as usize]).clone();
        ev.title = "Edited".into();
        let change = Change { label: "Edit 'x'".into(), ops: vec![Op::Put { at: e, event: ev }] };
        data.commit(&mut history, change.clone()).unwrap();
        j.append(&Line { act: Act::Do, change }).unwrap();
        let change = Change { label: "Reject 'y'".into(), ops: vec![Op::Remove { at: 3 }] };
        data.commit(&mut history, change.clone()).unwrap();
        j.append(&Line { act: Act::Do, change }).unwrap();
        let undone = data.undo(&mut history).unwrap().unwrap();
        assert_eq!(undone.focus, Some(3), "the rejected event comes back at 3");
        j.append(&Line { act: Act::Undo, change: Change { label: undone.label, ops: undone.ops } }).unwrap();
        // A torn last line, as a crash mid-write leaves it.
        std::fs::OpenOptions::new().append(true).open(j.path()).unwrap().write_all(b"{\"act\":\"do\",\"lab").unwrap();

        let found = left_behind(d);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].lines.len(), 3);
        let mut again = load_sample();
        let mut h2 = History::default();
        replay(&found[0].lines, &mut again, &mut h2).unwrap();
        assert_eq!(again.dataset, data.dataset);
        assert_eq!(h2.undo_label(), Some("Edit 'x'"));
        assert_eq!(h2.redo_label(), Some("Reject 'y'"));
        assert!(h2.is_dirty());
        found[0].discard();
        assert!(left_behind(d).is_empty());
    }

    #[test]
    fn journals_of_running_programs_and_empty_ones_are_not_offered() {
        let dir = tmpdir("running");
        let d = dir.path();
        let mine = Journal::start(d, &header(std::process::id())).unwrap();
        let empty = Journal::start(d, &header(u32::MAX - 9)).unwrap();
        let empty_path = empty.path().to_path_buf();
        drop(empty);
        assert!(left_behind(d).is_empty());
        assert!(!empty_path.exists(), "an empty journal is cleared away");
        assert!(mine.path().exists());
        mine.discard();
    }

    #[test]
    fn a_process_is_known_by_its_id_and_start() {
        if !Path::new("/proc/self/stat").exists() {
            return; // not Linux: every other program's journal is offered
        }
        let me = std::process::id();
        assert!(process_start(me).is_some());
        let mut h = header(me + 1_000_000_000);
        assert!(!running(&h), "no such process");
        // Another process with a journal's id but a later start is not its writer.
        h.pid = 1;
        h.pid_start = process_start(1).map(|s| s + 1);
        assert!(!running(&h));
        h.pid_start = process_start(1);
        assert!(running(&h));
    }

    #[test]
    fn an_edit_that_no_longer_applies_is_named() {
        let mut data = load_sample();
        let lines = [Line { act: Act::Do, change: Change { label: "Reject 'z'".into(), ops: vec![Op::Remove { at: 9999 }] } }];
        let err = replay(&lines, &mut data, &mut History::default()).unwrap_err();
        assert!(err.contains("recovered edit 1 of 1 (\"Reject 'z'\") no longer applies"), "{err}");
    }
}
