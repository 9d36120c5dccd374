//! The one way chronolens writes a file (save, extract, generate, export):
//! an exclusive temporary file with an unpredictable name beside the target,
//! created with the target's permissions, written, flushed and synced, then
//! renamed over the target, and the folder synced. A reader sees the old
//! file or the new one, never half of one; a failure leaves the target as it
//! was and no temporary file behind.

use std::fs::Permissions;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// How many earlier versions a save keeps: `FILE.bak` (the newest), then
/// `FILE.bak2` … `FILE.bak5`.
pub const BACKUPS: usize = 5;

/// The path of the `k`-th backup of `path` (1 = the newest).
pub fn backup_path(path: &Path, k: usize) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(if k <= 1 { ".bak".to_owned() } else { format!(".bak{k}") });
    path.with_file_name(name)
}

/// A file being written; it replaces the target only on `commit`. Dropped
/// without committing, it leaves nothing behind.
pub struct AtomicFile {
    target: PathBuf,
    dir: PathBuf,
    out: BufWriter<NamedTempFile>,
    backups: usize,
}

impl AtomicFile {
    /// Starts writing `path`. A symbolic link is followed: the file it points
    /// to is replaced and the link stays a link.
    pub fn create(path: &Path) -> io::Result<Self> {
        let target = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path)?,
            _ => path.to_path_buf(),
        };
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Err(io::Error::new(io::ErrorKind::NotFound, format!("the folder {} does not exist", dir.display())));
        }
        let existing = std::fs::metadata(&target).ok();
        if existing.as_ref().is_some_and(|m| m.is_dir()) {
            return Err(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder"));
        }
        let name = target.file_name().ok_or_else(|| io::Error::other("not a file name"))?.to_string_lossy().into_owned();
        // Private from the first byte when the target is private.
        let permissions = existing.as_ref().map(|m| m.permissions()).unwrap_or_else(default_permissions);
        let prefix = format!(".{name}.");
        let tmp = tempfile::Builder::new().prefix(&prefix).suffix(".tmp").permissions(permissions.clone()).tempfile_in(&dir)?;
        if existing.is_some() {
            // Exactly the target's mode (creation narrowed it by the umask).
            tmp.as_file().set_permissions(permissions)?;
        }
        Ok(Self { target, dir, out: BufWriter::with_capacity(1 << 20, tmp), backups: 0 })
    }

    /// Keep up to `n` earlier versions of the target (`FILE.bak` …) on commit.
    pub fn keep_backups(mut self, n: usize) -> Self {
        self.backups = n;
        self
    }

    /// Where the file will land (the target of a link).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(self) -> io::Result<()> {
        let tmp = self.out.into_inner().map_err(|e| e.into_error())?;
        tmp.as_file().sync_all()?;
        if self.backups > 0 && self.target.exists() {
            rotate_backups(&self.target, self.backups)?;
        }
        tmp.persist(&self.target).map_err(|e| e.error)?;
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A new file's mode: read and write for everyone the umask allows.
fn default_permissions() -> Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Permissions::from_mode(0o666)
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(".")
            .map(|m| {
                let mut p = m.permissions();
                p.set_readonly(false);
                p
            })
            .unwrap_or_else(|_| unreachable!("the current folder has metadata"))
    }
}

/// `FILE.bak4` → `FILE.bak5`, …, `FILE.bak` → `FILE.bak2`, then the current
/// file becomes `FILE.bak` (a hard link where the file system allows: no copy).
fn rotate_backups(target: &Path, n: usize) -> io::Result<()> {
    for k in (1..n).rev() {
        let from = backup_path(target, k);
        if from.exists() {
            std::fs::rename(&from, backup_path(target, k + 1))?;
        }
    }
    let newest = backup_path(target, 1);
    let _ = std::fs::remove_file(&newest);
    if std::fs::hard_link(target, &newest).is_err() {
        std::fs::copy(target, &newest)?;
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically, keeping `backups` earlier versions.
pub fn write_atomic(path: &Path, bytes: &[u8], backups: usize) -> io::Result<()> {
    let mut f = AtomicFile::create(path)?.keep_backups(backups);
    f.write_all(bytes)?;
    f.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder `chronolens-atomic-<tag>-XXXXXX` in the temporary folder,
    /// removed with its contents when dropped, whether the test passed or panicked.
    fn tmpdir(tag: &str) -> tempfile::TempDir {
        tempfile::Builder::new().prefix(&format!("chronolens-atomic-{tag}-")).tempdir().unwrap()
    }

    fn names(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn keeps_rotating_backups() {
        let dir = tmpdir("rotate");
        let d = dir.path();
        let p = d.join("data.json");
        for v in 0..8 {
            write_atomic(&p, format!("v{v}").as_bytes(), BACKUPS).unwrap();
        }
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "v7");
        for k in 1..=BACKUPS {
            assert_eq!(std::fs::read_to_string(backup_path(&p, k)).unwrap(), format!("v{}", 7 - k), "backup {k}");
        }
        assert_eq!(names(d), ["data.json", "data.json.bak", "data.json.bak2", "data.json.bak3", "data.json.bak4", "data.json.bak5"]);
        // A backup is a separate version: writing again does not change it.
        write_atomic(&p, b"v8", BACKUPS).unwrap();
        assert_eq!(std::fs::read_to_string(backup_path(&p, 1)).unwrap(), "v7");
    }

    #[test]
    fn an_abandoned_write_leaves_the_target_and_no_temporary_file() {
        let dir = tmpdir("abandon");
        let d = dir.path();
        let p = d.join("out.json");
        std::fs::write(&p, "old").unwrap();
        {
            let mut f = AtomicFile::create(&p).unwrap();
            f.write_all(b"half of the new").unwrap();
            let tmp_names = names(d);
            assert_eq!(tmp_names.len(), 2, "{tmp_names:?}");
            assert!(tmp_names[0].starts_with(".out.json.") && tmp_names[0].ends_with(".tmp"), "{tmp_names:?}");
        }
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "old");
        assert_eq!(names(d), ["out.json"]);
    }

    #[cfg(unix)]
    #[test]
    fn the_temporary_file_has_the_targets_mode_from_the_start() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tmpdir("mode");
        let d = dir.path();
        let p = d.join("private.json");
        std::fs::write(&p, "x").unwrap();
        std::fs::set_permissions(&p, Permissions::from_mode(0o600)).unwrap();
        let f = AtomicFile::create(&p).unwrap();
        let tmp = names(d).into_iter().find(|n| n.ends_with(".tmp")).unwrap();
        assert_eq!(std::fs::metadata(d.join(tmp)).unwrap().permissions().mode() & 0o777, 0o600);
        f.commit().unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_link_at_a_temporary_name_is_not_followed() {
        // Names are unpredictable and opened exclusively: a link planted at the
        // old predictable name (".NAME.PID.tmp") is left alone.
        let dir = tmpdir("planted");
        let d = dir.path();
        let victim = d.join("victim.txt");
        std::fs::write(&victim, "keep me").unwrap();
        let p = d.join("out.json");
        std::os::unix::fs::symlink(&victim, d.join(format!(".out.json.{}.tmp", std::process::id()))).unwrap();
        write_atomic(&p, b"new", 0).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
    }
}
