//! Saving a dataset without ever losing the user's data: written atomically
//! (see `atomic`), keeping the earlier versions as `FILE.bak` … `FILE.bak5`.

use super::atomic::{AtomicFile, BACKUPS};
use super::fingerprint::{ContentHash, Fingerprint};
use super::types::Dataset;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The newest backup of `path`: `FILE.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    super::atomic::backup_path(path, 1)
}

/// Writes `bytes` to `path` atomically, keeping earlier versions as backups.
/// On error nothing at `path` has changed and no temporary file is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    write_dataset_bytes(path, bytes).map(|_| ())
}

/// `write_atomic`, returning the fingerprint of what was written.
fn write_dataset_bytes(path: &Path, bytes: &[u8]) -> Result<Fingerprint, String> {
    let fail = |e: std::io::Error| format!("{}: could not save: {e}", path.display());
    let mut f = AtomicFile::create(path).map_err(fail)?.keep_backups(BACKUPS);
    let target = f.target().to_path_buf();
    f.write_all(bytes).map_err(fail)?;
    f.commit().map_err(fail)?;
    let meta = std::fs::metadata(&target).map_err(fail)?;
    Ok(Fingerprint::new(&meta, ContentHash::of(bytes)))
}

/// The dataset as pretty-printed JSON (unknown fields included).
pub fn to_json(ds: &Dataset) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(ds).expect("datasets always serialise");
    out.push(b'\n');
    out
}

/// Saves `ds` to `path`; returns the fingerprint of the file written.
pub fn save(ds: &Dataset, path: &Path) -> Result<Fingerprint, String> {
    write_dataset_bytes(path, &to_json(ds))
}

/// `save`, counting in `written` the bytes of JSON produced so far (for a
/// progress bar: a million events take a second or two to write).
pub fn save_observed(ds: &Dataset, path: &Path, written: &AtomicUsize) -> Result<Fingerprint, String> {
    /// Passes bytes on to a buffer, counting them.
    struct Counted<'a> {
        out: Vec<u8>,
        written: &'a AtomicUsize,
    }
    impl Write for Counted<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.out.extend_from_slice(buf);
            self.written.fetch_add(buf.len(), Ordering::Relaxed);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut w = Counted { out: Vec::new(), written };
    // serde_json writes in small pieces: the buffer makes the counting cheap.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut w);
    serde_json::to_writer_pretty(&mut buffered, ds).map_err(|e| format!("{}: could not save: {e}", path.display()))?;
    buffered.write_all(b"\n").and_then(|_| buffered.flush()).map_err(|e| format!("{}: could not save: {e}", path.display()))?;
    drop(buffered);
    write_dataset_bytes(path, &w.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder `chronolens-save-<tag>-XXXXXX` in the temporary folder,
    /// removed with its contents when dropped, whether the test passed or panicked.
    fn tmpdir(tag: &str) -> tempfile::TempDir {
        tempfile::Builder::new().prefix(&format!("chronolens-save-{tag}-")).tempdir().unwrap()
    }

    #[test]
    fn an_observed_save_writes_the_same_bytes_and_counts_them() {
        let dir = tmpdir("observed");
        let d = dir.path();
        let ds = crate::model::load_sample().dataset;
        let written = AtomicUsize::new(0);
        let fp = save_observed(&ds, &d.join("a.json"), &written).unwrap();
        save(&ds, &d.join("b.json")).unwrap();
        let a = std::fs::read(d.join("a.json")).unwrap();
        assert_eq!(a, std::fs::read(d.join("b.json")).unwrap());
        assert_eq!(written.load(Ordering::Relaxed), a.len());
        assert_eq!(fp.len, a.len() as u64);
    }

    #[test]
    fn keeps_the_previous_version_as_bak() {
        let dir = tmpdir("bak");
        let d = dir.path();
        let p = d.join("data.json");
        write_atomic(&p, b"one").unwrap();
        assert!(!backup_path(&p).exists());
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read(backup_path(&p)).unwrap(), b"one");
        let leftovers: Vec<_> =
            std::fs::read_dir(d).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
        assert!(leftovers.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn saving_keeps_permissions_and_follows_links() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tmpdir("perm");
        let d = dir.path();
        let real = d.join("real.json");
        write_atomic(&real, b"one").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = d.join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let fp = save(&Dataset::default(), &link).unwrap();
        assert!(link.is_symlink(), "the link is still a link");
        assert_eq!(std::fs::read(&real).unwrap(), to_json(&Dataset::default()));
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fp, Fingerprint::of_file(&real).unwrap(), "the fingerprint is the file's");
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        let dir = tmpdir("fail");
        let d = dir.path();
        let missing = d.join("no-such-folder").join("data.json");
        let err = write_atomic(&missing, b"x").unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        // Target is a folder: refused, no temporary file left.
        let target = d.join("adir");
        std::fs::create_dir_all(&target).unwrap();
        assert!(write_atomic(&target, b"x").is_err());
        let names: Vec<String> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    }
}
