//! How the binary ends when its output cannot be written: a reader of stdout
//! that has gone ends a command quietly with status 141 (as `head` expects of
//! Unix tools); every other panic is still reported.

use std::process::{Command, Output, Stdio};

fn chronolens() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronolens"))
}

fn sample() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.json")
}

/// Runs `args` with stdout (or stderr) connected to a pipe whose reader is
/// closed before chronolens starts, so that its first write fails for certain.
fn with_closed_reader(args: &[&str], stdout: bool) -> Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut c = chronolens();
    c.args(args);
    if stdout {
        c.stdout(writer).stderr(Stdio::piped());
    } else {
        c.stderr(writer).stdout(Stdio::piped());
    }
    c.output().unwrap()
}

#[test]
fn a_reader_of_stdout_that_has_gone_ends_a_command_quietly() {
    for args in [&["check", sample()][..], &["--help"], &["--version"]] {
        let out = with_closed_reader(args, true);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(141), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}: no panic message");
    }
}

#[test]
fn a_closed_stderr_is_not_mistaken_for_a_closed_stdout() {
    // `check` of a missing file writes only to stderr: its panic is not quieted
    // (status 101, the default hook's), though it cannot print its message.
    let out = with_closed_reader(&["check", "/nonexistent/data.json"], false);
    assert_eq!(out.status.code(), Some(101));
}

#[cfg(target_os = "linux")]
#[test]
fn another_failure_to_print_still_panics_loudly() {
    // /dev/full refuses every write with "No space left on device".
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = chronolens().args(["check", sample()]).stdout(full).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(101), "{stderr}");
    assert!(stderr.contains("panicked") && stderr.contains("failed printing to stdout: No space left on device"), "{stderr}");
}
