//! Saving a dataset without ever losing the user's data: write a temporary
//! file next to the target, flush it to disk, keep the previous version as
//! `FILE.bak`, then rename the new file into place (atomic on one filesystem).

use super::types::Dataset;
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically, keeping any previous file as `path.bak`.
/// On error nothing at `path` has changed and no temporary file is left behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = path.display();
    // Through a symbolic link, replace the file it points to, not the link.
    let resolved = std::fs::canonicalize(path).ok().filter(|_| path.is_symlink());
    let path = resolved.as_deref().unwrap_or(path);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(format!("{name}: the folder {} does not exist", dir.display()));
    }
    let file_name = path.file_name().ok_or_else(|| format!("{name}: not a file name"))?.to_string_lossy().into_owned();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        if let Ok(old) = std::fs::metadata(path) {
            // The new version keeps the old one's permissions (a private file stays private).
            std::fs::set_permissions(&tmp, old.permissions())?;
            std::fs::copy(path, backup_path(path))?;
        }
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!("{name}: could not save: {e}"));
    }
    Ok(())
}

/// The dataset as pretty-printed JSON (unknown fields included).
pub fn to_json(ds: &Dataset) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(ds).expect("datasets always serialise");
    out.push(b'\n');
    out
}

pub fn save(ds: &Dataset, path: &Path) -> Result<(), String> {
    write_atomic(path, &to_json(ds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmpdir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("chronolens-save-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn keeps_the_previous_version_as_bak() {
        let d = tmpdir("bak");
        let p = d.join("data.json");
        write_atomic(&p, b"one").unwrap();
        assert!(!backup_path(&p).exists());
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read(backup_path(&p)).unwrap(), b"one");
        let leftovers: Vec<_> =
            std::fs::read_dir(&d).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
        assert!(leftovers.is_empty());
        std::fs::remove_dir_all(d).ok();
    }

    #[cfg(unix)]
    #[test]
    fn saving_keeps_permissions_and_follows_links() {
        use std::os::unix::fs::PermissionsExt;
        let d = tmpdir("perm");
        let real = d.join("real.json");
        write_atomic(&real, b"one").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = d.join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"two").unwrap();
        assert!(link.is_symlink(), "the link is still a link");
        assert_eq!(std::fs::read(&real).unwrap(), b"two");
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        std::fs::remove_dir_all(d).ok();
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        let d = tmpdir("fail");
        let missing = d.join("no-such-folder").join("data.json");
        let err = write_atomic(&missing, b"x").unwrap_err();
        assert!(err.contains("does not exist"), "{err}");
        // Target is a folder: rename fails, the temporary file is removed.
        let target = d.join("adir");
        std::fs::create_dir_all(&target).unwrap();
        assert!(write_atomic(&target, b"x").is_err());
        let names: Vec<String> = std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
        std::fs::remove_dir_all(d).ok();
    }
}
