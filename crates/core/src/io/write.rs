//! Writing files safely: every file chitieu writes goes through here.
//!
//! A file is written to a temporary file beside its target (`.chitieu-XXXXXX.tmp`),
//! flushed to disk, then renamed over the target, so a failure at any point leaves the
//! target as it was. A symbolic link is followed and its target replaced (the link stays
//! a link); a folder, device, named pipe or socket is refused, never replaced; a
//! read-only file is refused (whoever runs chitieu, root included). The backup of the
//! previous version is written the same way, so a full disk cannot leave it cut short.
//! Temporary files left by a killed save are removed by the next save in their folder.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{FileKind, SaveError};

/// The start of the name of every temporary file chitieu writes.
pub(crate) const TEMP_PREFIX: &str = ".chitieu-";
/// The end of the name of every temporary file chitieu writes.
pub(crate) const TEMP_SUFFIX: &str = ".tmp";
/// How many random letters a temporary file's name has between prefix and suffix.
const TEMP_RANDOM_LEN: usize = 6;
/// A temporary file of ours untouched for this long is left over from a killed save:
/// no save takes minutes, and a save under way writes to its file all along.
pub(crate) const STALE_AFTER: Duration = Duration::from_secs(15 * 60);
/// The most symbolic links followed from one path (as Linux does).
const MAX_LINKS: usize = 40;

/// The absolute, canonical form of `path`: links resolved, `..` and `.` removed. A file
/// that does not exist yet keeps its name under its folder's canonical form; a path
/// whose folder does not exist either is made absolute against the current folder.
///
/// Every path chitieu keeps beyond the moment (the recovery file, locks) is canonical,
/// so that it still names the same file from another current folder.
pub fn canonical(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    if let (Some(parent), Some(name)) = (path.parent(), path.file_name()) {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(real_parent) = std::fs::canonicalize(parent) {
            return real_parent.join(name);
        }
    }
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// Whether the file at `path` (after links) is read-only: none of its write permission
/// bits is set. Such a file is not replaced by a save ([`SaveError::ReadOnly`]), even
/// when chitieu runs as an administrator who could. False for a missing file.
pub fn is_read_only(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().readonly())
}

/// The kind of a file that is not a regular file, from its type.
pub(crate) fn special_kind(file_type: std::fs::FileType) -> Option<FileKind> {
    if file_type.is_file() {
        return None;
    }
    if file_type.is_dir() {
        return Some(FileKind::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if file_type.is_fifo() {
            return Some(FileKind::Pipe);
        }
        if file_type.is_socket() {
            return Some(FileKind::Socket);
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return Some(FileKind::Device);
        }
    }
    Some(FileKind::Other)
}

/// The file a save to `path` replaces: `path` itself, or the end of the chain of
/// symbolic links starting there (which may not exist yet). Refuses a folder, a device,
/// a pipe or a socket, and a read-only file.
pub(crate) fn target_of(path: &Path) -> Result<PathBuf, SaveError> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        let meta = match std::fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(source) => {
                return Err(SaveError::Write {
                    path: path.to_owned(),
                    source: plain(source),
                });
            }
        };
        if meta.file_type().is_symlink() {
            let link = std::fs::read_link(&current).map_err(|source| SaveError::Write {
                path: path.to_owned(),
                source: plain(source),
            })?;
            current = match current.parent() {
                Some(folder) if link.is_relative() => folder.join(link),
                _ => link,
            };
            continue;
        }
        if let Some(kind) = special_kind(meta.file_type()) {
            return Err(SaveError::NotAFile {
                path: path.to_owned(),
                kind,
            });
        }
        if meta.permissions().readonly() {
            return Err(SaveError::ReadOnly {
                path: path.to_owned(),
            });
        }
        return Ok(current);
    }
    Err(SaveError::Write {
        path: path.to_owned(),
        source: std::io::Error::other("too many levels of symbolic links"),
    })
}

/// An I/O error without the path of the temporary file it may name: the operating
/// system's own words, or the error as it was when it carries no system code.
pub(crate) fn plain(e: std::io::Error) -> std::io::Error {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::new(e.kind(), "the operation failed"),
    }
}

/// The folder `path` is in (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether `name` is the name of one of our temporary files.
fn is_our_temp(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|middle| {
            middle.len() == TEMP_RANDOM_LEN && middle.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Removes the temporary files of ours in `folder` that were last written more than
/// [`STALE_AFTER`] ago (left by a save that was killed), and returns how many. Only
/// regular files with our exact name pattern; errors are ignored (the next save tries
/// again): cleaning is a courtesy, never a reason for a save to fail.
pub(crate) fn remove_stale_temporaries(folder: &Path, now: SystemTime) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_our_temp) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: a link named like ours is skipped.
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.is_file() && old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Writes a new version of `target` through `fill`, atomically: a temporary file in
/// the same folder with `permissions` (those of a new file when `None`), flushed to disk,
/// then renamed over `target`. On failure `target` is as it was and the temporary file
/// is removed. `target` must already be resolved ([`target_of`]).
fn replace(
    target: &Path,
    permissions: Option<std::fs::Permissions>,
    fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = folder_of(target);
    remove_stale_temporaries(folder, SystemTime::now());
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(TEMP_RANDOM_LEN);
    // A temporary file is private (0600), which a report shared in an office folder
    // must not become: a new file is created as any program creates one (0666 less the
    // umask), a replaced file keeps its own permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(folder).map_err(plain)?;
    if let Some(permissions) = permissions {
        tmp.as_file().set_permissions(permissions).map_err(plain)?;
    }
    {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        fill(&mut out)?;
        out.flush()?;
    }
    tmp.as_file().sync_all().map_err(plain)?;
    tmp.persist(target).map_err(|e| plain(e.error))?;
    Ok(())
}

/// Writes `bytes` to `path` atomically (see the module's description); `path` is the
/// user's path, named in every error.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_resolved(path, &target_of(path)?, bytes)
}

/// Writes `bytes` over `target`, the file `path` resolves to ([`target_of`]); errors
/// name `path`.
pub(crate) fn write_resolved(path: &Path, target: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let target = target.to_owned();
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    replace(&target, permissions, &mut |out| out.write_all(bytes)).map_err(|source| {
        SaveError::Write {
            path: path.to_owned(),
            source: plain(source),
        }
    })
}

/// Keeps the current content of `target` (a resolved regular file) as its backup,
/// atomically; see [`keep_backup_with`].
pub(crate) fn keep_backup(target: &Path) -> Result<(), SaveError> {
    keep_backup_with(target, &mut |from, to| std::io::copy(from, to).map(|_| ()))
}

/// Copies `target` to [`super::backup_path`] with `copy` (the write step, which a test
/// makes fail), into a temporary file renamed over the old backup once whole: a
/// failure leaves the old backup as it was, and a read-only old backup is replaced
/// like any other.
pub(crate) fn keep_backup_with(
    target: &Path,
    copy: &mut dyn FnMut(&mut dyn Read, &mut dyn Write) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let backup = super::backup_path(target);
    let err = |source| SaveError::Backup {
        path: backup.clone(),
        source: plain(source),
    };
    let mut from = std::fs::File::open(target).map_err(err)?;
    let permissions = from.metadata().map_err(err)?.permissions();
    replace(&backup, Some(permissions), &mut |to| copy(&mut from, to)).map_err(err)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn only_our_own_temporary_names_are_ours() {
        assert!(is_our_temp(".chitieu-a1B2c3.tmp"));
        assert!(!is_our_temp(".chitieu-notes.tmp"));
        assert!(!is_our_temp(".chitieu-a1B2c3.ron"));
        assert!(!is_our_temp("chitieu-a1B2c3.tmp"));
        assert!(!is_our_temp(".chitieu-a1/2c3.tmp"));
    }

    /// A writer that takes `left` bytes, then fails as a full disk does.
    struct FullAfter<'a> {
        inner: &'a mut dyn Write,
        left: usize,
    }

    impl Write for FullAfter<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.inner.write(buf.get(..n).unwrap_or_default())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            self.inner.flush()
        }
    }

    #[test]
    fn a_backup_cut_short_by_a_full_disk_leaves_the_old_backup_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("r.ron");
        let backup = super::super::backup_path(&target);
        std::fs::write(&target, "new version ".repeat(1000)).unwrap();
        std::fs::write(&backup, "the old backup, whole").unwrap();
        let err = keep_backup_with(&target, &mut |from, to| {
            std::io::copy(
                from,
                &mut FullAfter {
                    inner: to,
                    left: 100,
                },
            )
            .map(|_| ())
        })
        .unwrap_err();
        assert!(matches!(err, SaveError::Backup { .. }), "{err}");
        assert!(err.to_string().contains("the disk is full"), "{err}");
        assert!(err.to_string().ends_with("r.ron.bak"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&backup).unwrap(),
            "the old backup, whole"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "no temporary file left behind");

        // The same copy without the failure replaces the backup.
        keep_backup(&target).unwrap();
        assert_eq!(
            std::fs::read(&backup).unwrap(),
            std::fs::read(&target).unwrap()
        );
    }

    #[test]
    fn stale_temporaries_of_ours_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".chitieu-abc123.tmp");
        let fresh = dir.path().join(".chitieu-def456.tmp");
        let other = dir.path().join(".chitieu-notes.tmp");
        for p in [&old, &fresh, &other] {
            std::fs::write(p, "x").unwrap();
        }
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        for p in [&old, &other] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(hour_ago)
                .unwrap();
        }
        assert_eq!(remove_stale_temporaries(dir.path(), SystemTime::now()), 1);
        assert!(!old.exists());
        assert!(fresh.exists(), "a save under way in another window");
        assert!(other.exists(), "not a name of ours");
    }

    #[test]
    fn canonical_paths_are_absolute_even_for_files_not_yet_written() {
        let dir = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir(real.join("g")).unwrap();
        assert_eq!(
            canonical(&real.join("g/../g/./new.ron")),
            real.join("g/new.ron")
        );
        assert!(canonical(Path::new("relative/nowhere.ron")).is_absolute());
    }
}
