//! Shared by the integration tests: skipping a test visibly when what it needs
//! (a wgpu adapter, the seed files in ../shared) is missing.
//!
//! Each test target uses only some of these helpers.
#![allow(dead_code)]

use chronolens::export::Gpu;
use std::io::Write;
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A fresh, empty folder for one test's files, `chronolens-<tag>-XXXXXX` in the
/// temporary folder, removed with everything in it when dropped: when the test
/// ends, whether it passed or failed (a panic unwinds through the drop). Reads
/// as the folder's path (`dir.join(…)`, `&dir` where a `&Path` is wanted).
///
/// Keep it alive for as long as the folder is used (`let dir = scratch_dir(…)`,
/// never `let _ = …`), and declare it before anything (a window, a thread)
/// still writing into it: locals are dropped in reverse order.
pub struct Scratch(tempfile::TempDir);

/// See [`Scratch`]; `tag` keeps the folder's name recognisable ("import-acled").
#[track_caller]
pub fn scratch_dir(tag: &str) -> Scratch {
    match tempfile::Builder::new().prefix(&format!("chronolens-{tag}-")).tempdir() {
        Ok(d) => Scratch(d),
        Err(e) => panic!("cannot make a scratch folder chronolens-{tag}-… in {}: {e}", std::env::temp_dir().display()),
    }
}

impl Scratch {
    pub fn path(&self) -> &Path {
        self.0.path()
    }
}

impl Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

/// Set (by `.ci/run`) to make a missing wgpu adapter a failure instead of a skip.
pub const REQUIRE_GPU: &str = "CHRONOLENS_REQUIRE_GPU";
/// Set (by `.ci/run`) to make missing seed files in ../shared a failure instead of a skip.
pub const REQUIRE_SHARED: &str = "CHRONOLENS_REQUIRE_SHARED";

/// Announces that the calling test stops early, as one line
/// `SKIPPED <test>: <why>; <how to make it run>`, or fails it when `require`
/// names an environment variable that is set (and not `0`).
///
/// The line goes straight to the stderr handle: libtest captures `eprintln!`
/// and throws it away for passing tests, so a skip written that way was invisible.
#[track_caller]
pub fn skip(require: &str, why: &str, how: &str) {
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let why = why.replace('\n', " "); // one line, for `grep SKIPPED`
    if std::env::var_os(require).is_some_and(|v| v != "0") {
        panic!("{test} cannot run: {why}; {how} ({require} is set, so this is a failure, not a skip)");
    }
    let _ = writeln!(std::io::stderr(), "\nSKIPPED {test}: {why}; {how} (or set {require}=1 to make this a failure)");
}

/// The shared headless GPU, or `None` after a visible SKIPPED line (a failure
/// under `CHRONOLENS_REQUIRE_GPU=1`). `what` names the part of the test left out.
#[track_caller]
pub fn gpu_or_skip(what: &str) -> Option<Arc<Gpu>> {
    match Gpu::shared() {
        Ok(g) => Some(g),
        Err(e) => {
            // The error goes on to explain how to install one; its first line says what is wrong.
            let e = e.to_string();
            skip(
                REQUIRE_GPU,
                &format!("{what}: no wgpu adapter ({})", e.lines().next().unwrap_or_default().trim_end_matches('.')),
                "install one with `apt-get install mesa-vulkan-drivers libvulkan1`",
            );
            None
        }
    }
}

/// Where shared/ is (the seed articles and gold events): `$CHRONOLENS_SHARED`,
/// else beside the repository. The same rule as the library's quality-bar tests.
pub fn shared_dir() -> PathBuf {
    std::env::var_os("CHRONOLENS_SHARED").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// The text of `path` inside shared/, or `None` after a visible SKIPPED line (a
/// failure under `CHRONOLENS_REQUIRE_SHARED=1`). `what` names the part of the test left out.
#[track_caller]
pub fn shared_file_or_skip(path: &str, what: &str) -> Option<String> {
    let full = shared_dir().join(path);
    match std::fs::read_to_string(&full) {
        Ok(text) => Some(text),
        Err(e) => {
            skip(
                REQUIRE_SHARED,
                &format!("{what}: cannot read {} ({e})", full.display()),
                "put shared/ beside the repository or set CHRONOLENS_SHARED to its path",
            );
            None
        }
    }
}

/// An event mark on the timeline, found by its title: its accessible name is
/// the title, "; ", then the date, lane, kind, verification, review and
/// sources (`ending`: how the name ends, "" for any).
pub fn mark<'a>(title: &'a str, ending: &'a str) -> impl Fn(&egui_kittest::kittest::AccessKitNode<'_>) -> bool + 'a {
    move |n| {
        n.role() == egui::accesskit::Role::Button
            && n.label().is_some_and(|l| l.strip_prefix(title).is_some_and(|rest| rest.starts_with("; ")) && l.ends_with(ending))
    }
}

/// Writes a dataset of 40 lanes of one event each ("Event in lane N", on
/// 1-28 March 2022): taller than any window.
pub fn write_forty_lanes(file: &Path) {
    let lanes: Vec<String> = (0..40).map(|i| format!(r#"{{"id":"l{i}","label":"Lane {i}"}}"#)).collect();
    let events: Vec<String> = (0..40)
        .map(|i| {
            format!(
                r#"{{"id":"e{i}","lane":"l{i}","title":"Event in lane {i}","kind":"statement","start":"2022-03-{:02}","precision":"day","verification":"reported","sources":[{{"article":"a","paragraph":1,"quote":"said"}}]}}"#,
                1 + i % 28
            )
        })
        .collect();
    let json = format!(
        r#"{{"lanes":[{}],"articles":[{{"id":"a","title":"T","paragraphs":["T","Someone said so."]}}],"events":[{}]}}"#,
        lanes.join(","),
        events.join(",")
    );
    std::fs::write(file, json).unwrap();
}

/// Exports the window's current export dialog to `out` (the path a save dialog
/// would hand over) and steps the window until the export thread is done
/// (at most two minutes).
pub fn export_and_wait(h: &mut egui_kittest::Harness<'_, chronolens::ui::ChronolensApp>, out: &Path) {
    let ctx = h.ctx.clone();
    h.state_mut().start_export_to(out.to_path_buf(), &ctx);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while h.state().export.as_ref().is_some_and(|d| d.is_busy()) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
}
