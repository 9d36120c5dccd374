//! The command line as a user meets it: help on every subcommand, mistyped
//! flags and commands answered with a suggestion and exit code 2 (usage
//! error), shell completions; and how the binary ends when its output cannot
//! be written: a reader of stdout that has gone ends a command quietly with
//! status 141 (as `head` expects of Unix tools); every other panic is still
//! reported.

use std::process::{Command, Output, Stdio};

mod common;

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
    for args in [&["check", sample()][..], &["--help"], &["--version"], &["export", "--help"], &["completions", "bash"]] {
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

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let o = chronolens().args(args).output().unwrap();
    (o.status.code(), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

/// Every subcommand with the flags (and values) its help must name.
const FLAGS: &[(&str, &str)] = &[
    ("check", "<FILE>"),
    ("generate", "--events --lanes --years --articles --seed --out --pretty"),
    ("bench", "<FILE> --frames --size --no-python --edits --only-edits"),
    (
        "export",
        "--out --from --to --lanes --width --height --scale --theme --title --sources --select --no-legend --no-caption --tz --embed-font --verbose",
    ),
    ("chronology", "--out --from --to --lanes --reviewed-only --tz"),
    ("extract", "--published --published-file --outlet --url --out --into --merge --skip-bad --actors"),
    ("eval", "<GOLD.json> --articles --published --published-file --actors --details"),
    ("import", "--out --into --format --skip-bad-rows --actors"),
    ("completions", "bash zsh fish"),
];

#[test]
fn help_on_each_subcommand_exits_0_and_names_its_flags() {
    let (code, top, _) = run(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(top.contains("Exit codes: 0 success, 1 invalid data, 2 usage error"), "{top}");
    for (command, flags) in FLAGS {
        assert!(top.contains(&format!("\n  {command} ")), "`chronolens --help` lists {command}:\n{top}");
        for help in ["--help", "-h"] {
            let (code, out, err) = run(&[command, help]);
            assert_eq!(code, Some(0), "{command} {help}: {err}");
            assert!(out.contains(&format!("Usage: chronolens {command}")), "{command} {help}:\n{out}");
            for flag in flags.split_whitespace() {
                assert!(out.contains(flag), "`chronolens {command} {help}` names {flag}:\n{out}");
            }
        }
        // `help COMMAND` is the same help.
        let (code, out, _) = run(&["help", command]);
        assert_eq!(code, Some(0));
        assert!(out.contains(&format!("Usage: chronolens {command}")), "help {command}:\n{out}");
    }
    let (code, out, _) = run(&["--version"]);
    assert_eq!((code, out.trim()), (Some(0), concat!("chronolens ", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn a_mistyped_flag_gets_a_suggestion_and_the_usage_exit_code() {
    let s = sample();
    let cases: &[(&[&str], &str)] = &[
        (&["export", s, "--out", "x.svg", "--sorces"], "'--sources'"),
        (&["chronology", s, "--reveiwed-only"], "'--reviewed-only'"),
        (&["extract", "a.txt", "--skipbad"], "'--skip-bad'"),
        (&["eval", "gold.json", "--article", "dir"], "'--articles'"),
        (&["import", "a.csv", "--out", "x.json", "--formt", "acled"], "'--format'"),
        (&["generate", "--out", "x.json", "--event", "10"], "'--events'"),
        (&["bench", s, "--frame", "2"], "'--frames'"),
    ];
    for (args, suggestion) in cases {
        let (code, out, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(
            err.contains("unexpected argument") && err.contains(&format!("a similar argument exists: {suggestion}")),
            "{args:?}: {err}"
        );
        assert!(err.contains("Usage: chronolens "), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: nothing on stdout");
    }
    // A mistyped command, before a file, is named as such.
    let (code, _, err) = run(&["chek", s]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("unrecognized subcommand 'chek'") && err.contains("a similar subcommand exists: 'check'"), "{err}");
    // A missing value, a bad value and a missing argument are usage errors too.
    for (args, message) in [
        (&["export", s, "--out"][..], "a value is required for '--out <PATH>'"),
        (&["chronology", s, "--tz", "Mars/Olympus"], "--tz: unknown time zone `Mars/Olympus`"),
        (&["extract", "a.txt", "--merge", "sometimes"], "--merge `sometimes`: expected auto, propose or off"),
        (&["check"], "the following required arguments were not provided"),
        (&["completions", "tcsh"], "invalid value 'tcsh'"),
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn repeated_flags_add_up_or_are_refused_as_before() {
    // --published NAME=DATE and --articles repeat; --out once.
    let dir = common::scratch_dir("cli-repeat");
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, "Stoltenberg warns\n\nNATO Secretary-General Jens Stoltenberg said on Thursday that allies agreed.\n").unwrap();
    std::fs::write(&b, "Sullivan speaks\n\nJake Sullivan said on Friday that the US would respond.\n").unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let (code, out, err) = run(&["extract", a, b, "--published", "a.txt=2022-03-24", "--published", "b.txt=2022-03-25"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("\"published\": \"2022-03-24\"") && out.contains("\"published\": \"2022-03-25\""), "{out}");
    let (code, _, err) = run(&["extract", a, "--published", "2022-03-24", "--out", "x.json", "--out", "y.json"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("cannot be used multiple times"), "{err}");
}

#[test]
fn completions_print_a_script_for_each_shell() {
    let (code, bash, err) = run(&["completions", "bash"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(bash.contains("_chronolens()") && bash.contains("complete -F _chronolens"), "{bash}");
    for word in ["export", "chronology", "--reviewed-only", "--skip-bad-rows", "propose"] {
        assert!(bash.contains(word), "bash completes {word}");
    }
    let (code, zsh, _) = run(&["completions", "zsh"]);
    assert!(code == Some(0) && zsh.starts_with("#compdef chronolens"), "{zsh}");
    let (code, fish, _) = run(&["completions", "fish"]);
    assert!(code == Some(0) && fish.contains("complete -c chronolens"), "{fish}");
}

#[test]
fn no_arguments_or_one_dataset_open_the_window() {
    // Without a display the window cannot open, and says so: proof that these reach it.
    for args in [&[][..], &[sample()], &["--", sample()]] {
        let o = chronolens().args(args).env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").env_remove("WAYLAND_SOCKET").output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("chronolens: could not open a window"), "{args:?}: {err}");
    }
}
