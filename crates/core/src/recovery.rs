//! Recovery files: unsaved edits written to the app's data folder a few seconds after
//! each change, so that after a crash or a kill the next start can offer them back.
//!
//! There is one recovery file per report: per file, keyed by the file's canonical path
//! (`recovery-file-<hash>.ron`, the file holds the path itself), and one per unsaved
//! report of a window (`recovery-new-<pid>-<time>.ron`). A window holds a [`Claim`] on
//! the report it shows: a lock (`<name>.lock`, [`std::fs::File::try_lock`]) held while
//! the window lives, so no other window offers its file back or discards it. The same
//! lock tells that a report file is already open in another window
//! ([`RecoveryError::Busy`]). A recovery file whose lock nobody holds was left by a
//! window that crashed or was killed: [`orphans`] lists them, each to restore, discard
//! or set aside on its own. The single `recovery.ron` of earlier versions is listed
//! there too.
//!
//! Written atomically, like every file chitieu writes; removed once the edits are saved
//! or deliberately discarded. Every report restored passes [`io::validate`], as a loaded
//! one does.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::io::{self, Fingerprint, LoadError, SaveError};
use crate::model::{Lang, Report};

/// The recovery file of chitieu versions before one file per report; still offered.
pub const LEGACY_FILE_NAME: &str = "recovery.ron";

/// The start of every recovery file's name.
const PREFIX: &str = "recovery-";
/// The name of a recovery file for a report file: this and a hash of its path.
const FILE_PREFIX: &str = "recovery-file-";
/// The name of a recovery file for an unsaved report: this and the window's own key.
const NEW_PREFIX: &str = "recovery-new-";
/// The name of the lock on a report file's identity: this and its [`io::FileId`].
const IDENTITY_PREFIX: &str = "open-";

/// What is kept: the report with its unsaved edits, where it came from, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// When the recovery file was written (UTC).
    pub written_at: String,
    /// The file the report was opened from or last saved to (absolute and canonical
    /// once written by [`Claim::write`]); `None` for the embedded or a new report.
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// The file as it was read or last saved, before these edits: after a restore,
    /// [`io::save_if_unchanged`] still tells a change made outside meanwhile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<Fingerprint>,
    /// The report, with its edits and their revision marks (shared with the app, which
    /// writes it on a thread of its own).
    pub report: Arc<Report>,
    /// The file these edits were made on in a window that had it read-only (it was
    /// open in another window): restored, they are an unsaved report, to be saved
    /// under another name, so they never overwrite what the other window saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<PathBuf>,
}

/// Which recovery file a report has: one per report file (by its canonical path), one
/// per unsaved report of a window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Key {
    /// The recovery file's name without `.ron`.
    name: String,
    /// The report file, canonical; `None` for an unsaved report.
    path: Option<PathBuf>,
}

impl Key {
    /// The key of the report file at `path` (made canonical: the same file has the same
    /// key from any current folder, through any link).
    pub fn for_file(path: &Path) -> Self {
        let path = io::canonical(path);
        Self {
            name: format!(
                "{FILE_PREFIX}{:016x}",
                io::stable_hash(path.as_os_str().as_encoded_bytes())
            ),
            path: Some(path),
        }
    }

    /// A new key for an unsaved report (the embedded one, a new one), unique to this
    /// call: the process id, the time and a counter.
    pub fn unsaved() -> Self {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Self {
            name: format!("{NEW_PREFIX}{}-{nanos}-{n}", std::process::id()),
            path: None,
        }
    }

    /// The key of a report at `path`, or a new unsaved one when there is no file.
    pub fn for_report(path: Option<&Path>) -> Self {
        path.map_or_else(Self::unsaved, Self::for_file)
    }

    /// The report file, canonical; `None` for an unsaved report.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The recovery file of this key in `dir`.
    pub fn file(&self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.ron", self.name))
    }

    fn lock_file(&self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.lock", self.name))
    }
}

/// What went wrong with a recovery file or its lock.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    /// Another chitieu window holds this report (it has the file open, or is offering
    /// the recovery file back): open it read-only, or leave it to that window.
    #[error("{}", self.message(Lang::En))]
    Busy {
        /// The report file, or the recovery file for an unsaved report.
        path: PathBuf,
    },
    /// The lock could not be taken (the data folder cannot be written).
    #[error("{}", self.message(Lang::En))]
    Lock {
        /// The lock file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
    /// The recovery file could not be written.
    #[error("{}", self.message(Lang::En))]
    Write(#[source] SaveError),
    /// The recovery file could not be read, or holds a report that cannot be used.
    #[error("{}", self.message(Lang::En))]
    Read(#[source] LoadError),
    /// The recovery file could not be removed or set aside.
    #[error("{}", self.message(Lang::En))]
    Remove {
        /// The recovery file.
        path: PathBuf,
        /// The reason.
        #[source]
        source: std::io::Error,
    },
}

impl RecoveryError {
    /// The error in words, in `lang`, the file last. In English it is the `Display`.
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::Message::tr(self, lang)
    }
}

/// A window's hold on one report's recovery file: while any clone of it lives, no
/// other window offers that file back or discards it, and no other window has the
/// same report file open (that window's [`Claim::acquire`] says
/// [`RecoveryError::Busy`]). Cheap to clone, and usable from any thread: the recovery
/// file may be written on a thread of its own. The lock goes with the last clone (or
/// the process).
#[derive(Clone, Debug)]
pub struct Claim(Arc<Held>);

#[derive(Debug)]
struct Held {
    dir: PathBuf,
    key: Key,
    lock: File,
    /// The lock on the report file's identity ([`io::FileId`]: device and inode), so
    /// that the same file reached by another path (a hard link, a bind mount) is open
    /// in one window only; `None` for an unsaved report or a file not yet written.
    identity: std::sync::Mutex<Option<IdentityLock>>,
}

/// A lock held on a report file's identity: its lock file and the open lock.
#[derive(Debug)]
struct IdentityLock {
    path: PathBuf,
    lock: File,
}

impl Drop for IdentityLock {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.lock.unlock();
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        // The lock file goes before the lock: a window that opened it meanwhile sees
        // it gone once it has the lock, and takes a new one (see `lock`).
        #[cfg(unix)]
        {
            let _ = std::fs::remove_file(self.key.lock_file(&self.dir));
        }
        let _ = self.lock.unlock();
    }
}

/// The lock file of the report file at `path`'s identity in `dir`, if the file exists.
fn identity_lock_file(dir: &Path, path: &Path) -> Option<PathBuf> {
    io::FileId::of(path).map(|id| dir.join(format!("{IDENTITY_PREFIX}{}.lock", id.name())))
}

/// Takes the lock on the identity of the report file at `path`: `Ok(None)` when the
/// file does not exist (nothing to hold yet), [`RecoveryError::Busy`] when another
/// window holds it.
fn lock_identity(dir: &Path, path: &Path) -> Result<Option<IdentityLock>, RecoveryError> {
    let Some(file) = identity_lock_file(dir, path) else {
        return Ok(None);
    };
    match lock(&file)? {
        Some(lock) => Ok(Some(IdentityLock { path: file, lock })),
        None => Err(RecoveryError::Busy {
            path: path.to_owned(),
        }),
    }
}

/// Takes the lock at `path`: `Ok(None)` when another window holds it.
fn lock(path: &Path) -> Result<Option<File>, RecoveryError> {
    let err = |source| RecoveryError::Lock {
        path: path.to_owned(),
        source,
    };
    loop {
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(err)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
            Err(std::fs::TryLockError::Error(e)) => return Err(err(e)),
        }
        // Still the lock file at `path`, not one removed by its last holder meanwhile?
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            let held = file.metadata().map_err(err)?;
            match std::fs::metadata(path) {
                Ok(now) if now.dev() == held.dev() && now.ino() == held.ino() => {}
                _ => continue,
            }
        }
        return Ok(Some(file));
    }
}

impl Claim {
    /// Takes the claim on `key`'s recovery file in `dir` (creating the folder).
    ///
    /// # Errors
    /// [`RecoveryError::Busy`] when another window holds it: for a report file, that
    /// window has it open (offer to open it read-only). [`RecoveryError::Lock`] when the
    /// data folder cannot be written.
    pub fn acquire(dir: &Path, key: Key) -> Result<Self, RecoveryError> {
        std::fs::create_dir_all(dir).map_err(|source| RecoveryError::Lock {
            path: dir.to_owned(),
            source,
        })?;
        let Some(lock) = lock(&key.lock_file(dir))? else {
            return Err(RecoveryError::Busy {
                path: key.path.clone().unwrap_or_else(|| key.file(dir).clone()),
            });
        };
        // The same file by another path (a hard link, a bind mount) has another key
        // but the same identity: open in one window only.
        let identity = match &key.path {
            Some(path) => lock_identity(dir, path)?,
            None => None,
        };
        Ok(Self(Arc::new(Held {
            dir: dir.to_owned(),
            key,
            lock,
            identity: std::sync::Mutex::new(identity),
        })))
    }

    /// Holds the identity of the report file as it is now, after a save replaced it
    /// with a new file (a new inode): the lock follows the file, so a window opening it
    /// after the save still finds it open here. Keeps the old lock when the new one is
    /// held by another window (then that window opened the new file first). Nothing
    /// for an unsaved report.
    pub fn follow_file(&self) {
        let Some(path) = &self.0.key.path else {
            return;
        };
        let Ok(mut held) = self.0.identity.lock() else {
            return;
        };
        let now = identity_lock_file(&self.0.dir, path);
        if now.is_none() || held.as_ref().map(|h| &h.path) == now.as_ref() {
            return;
        }
        match lock_identity(&self.0.dir, path) {
            Ok(Some(new)) => *held = Some(new),
            Ok(None) => {}
            Err(e) => log::warn!("cannot hold the report file's identity: {e}"),
        }
    }

    /// The key claimed.
    pub fn key(&self) -> &Key {
        &self.0.key
    }

    /// The recovery file claimed.
    pub fn file(&self) -> PathBuf {
        self.0.key.file(&self.0.dir)
    }

    /// What an earlier session of this report left in its recovery file (it crashed or
    /// was killed with unsaved edits), if anything: offer it back. A file that cannot be
    /// used is an error: say it, and [`Claim::set_aside`] it.
    pub fn left_behind(&self) -> Option<Result<Recovery, LoadError>> {
        let file = self.file();
        file.exists().then(|| read_file(&file))
    }

    /// Writes `recovery` as this report's recovery file, atomically. Its path is
    /// written canonical.
    ///
    /// # Errors
    /// When it cannot be written: say it once (the edits are still on screen).
    pub fn write(&self, recovery: &Recovery) -> Result<(), RecoveryError> {
        let recovery = Recovery {
            path: recovery.path.as_deref().map(io::canonical),
            ..recovery.clone()
        };
        let config = ron::ser::PrettyConfig::new()
            .indentor(" ")
            .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
        let text = ron::Options::default()
            .to_string_pretty(&recovery, config)
            .map_err(|e| RecoveryError::Write(SaveError::Serialize(e.to_string())))?;
        io::write_atomic(&self.file(), text.as_bytes()).map_err(RecoveryError::Write)
    }

    /// Removes this report's recovery file, if any (the edits were saved, or discarded
    /// on purpose).
    ///
    /// # Errors
    /// When it exists and cannot be removed: the next start would offer edits already
    /// saved, so say it.
    pub fn clear(&self) -> Result<(), RecoveryError> {
        remove(&self.file())
    }

    /// Moves this report's recovery file aside (`<name>.ron.broken`) rather than delete
    /// what may be someone's work; returns where it went.
    ///
    /// # Errors
    /// When it cannot be moved.
    pub fn set_aside(&self) -> Result<PathBuf, RecoveryError> {
        set_aside_file(&self.file())
    }
}

fn remove(file: &Path) -> Result<(), RecoveryError> {
    match std::fs::remove_file(file) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(RecoveryError::Remove {
            path: file.to_owned(),
            source,
        }),
    }
}

fn set_aside_file(file: &Path) -> Result<PathBuf, RecoveryError> {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".broken");
    let aside = file.with_file_name(name);
    std::fs::rename(file, &aside).map_err(|source| RecoveryError::Remove {
        path: file.to_owned(),
        source,
    })?;
    Ok(aside)
}

/// A recovery file left by a window that crashed or was killed: nobody holds its lock
/// but this value, so no other window offers it meanwhile. Restore it, discard it or
/// set it aside; dropped, it stays for the next start.
#[derive(Debug)]
pub struct Orphan {
    claim: Claim,
    /// The file as read: the recovery, or why it cannot be used.
    recovery: Result<Recovery, LoadError>,
    /// The single `recovery.ron` of an earlier version.
    legacy: bool,
}

impl Orphan {
    /// The recovery file.
    pub fn file(&self) -> PathBuf {
        self.claim.file()
    }

    /// What it holds, or why it cannot be used (then set it aside, and say so).
    pub fn recovery(&self) -> Result<&Recovery, &LoadError> {
        self.recovery.as_ref()
    }

    /// Takes the edits back: the recovery, and the claim the window holds from now on
    /// (on the report's file when it has one; the recovery file stays until the edits
    /// are saved or discarded, through that claim).
    ///
    /// # Errors
    /// When the file cannot be used ([`RecoveryError::Read`]), or (a file of an earlier
    /// version) cannot be moved to its own place.
    pub fn restore(self) -> Result<(Recovery, Claim), RecoveryError> {
        let recovery = self.recovery.map_err(RecoveryError::Read)?;
        if !self.legacy {
            return Ok((recovery, self.claim));
        }
        // The single file of an earlier version becomes this report's own.
        let dir = self.claim.0.dir.clone();
        let claim = match Claim::acquire(&dir, Key::for_report(recovery.path.as_deref())) {
            // Its own file is free: unless it holds other edits of the same report.
            Ok(claim) if !claim.file().exists() => claim,
            // Its file is open in another window, or has edits of its own: kept as an
            // unsaved report's edits (with the path, for Save).
            Ok(_) | Err(RecoveryError::Busy { .. }) => Claim::acquire(&dir, Key::unsaved())?,
            Err(e) => return Err(e),
        };
        claim.write(&recovery)?;
        self.claim.clear()?;
        Ok((recovery, claim))
    }

    /// Deletes the recovery file: its edits are lost, on purpose.
    ///
    /// # Errors
    /// When it cannot be removed.
    pub fn discard(self) -> Result<(), RecoveryError> {
        self.claim.clear()
    }

    /// Moves the recovery file aside (`<name>.ron.broken`), for one that cannot be used;
    /// returns where it went.
    ///
    /// # Errors
    /// When it cannot be moved.
    pub fn set_aside(self) -> Result<PathBuf, RecoveryError> {
        self.claim.set_aside()
    }
}

/// The recovery files in `dir` that no live window holds, newest first, each locked
/// for the caller while the [`Orphan`] lives. The files a live window holds (this
/// process's own claims included) are never listed.
pub fn orphans(dir: &Path) -> Vec<Orphan> {
    sweep_stale_locks(dir);
    let mut found: Vec<(Option<std::time::SystemTime>, Orphan)> = Vec::new();
    for file in files(dir) {
        let Some(stem) = file.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let legacy = file.file_name().and_then(|n| n.to_str()) == Some(LEGACY_FILE_NAME);
        let mut key = Key {
            name: stem.to_owned(),
            path: None,
        };
        let Ok(Some(lock)) = lock(&key.lock_file(dir)) else {
            continue;
        };
        // Restored, discarded or set aside by another window meanwhile?
        let Ok(meta) = std::fs::metadata(&file) else {
            continue;
        };
        let recovery = read_file(&file);
        // A report file's claim is held on its path: the window that restores it has
        // that file open.
        if let Ok(r) = &recovery
            && !legacy
        {
            key.path.clone_from(&r.path);
        }
        let claim = Claim(Arc::new(Held {
            dir: dir.to_owned(),
            key,
            lock,
            identity: std::sync::Mutex::new(None),
        }));
        found.push((
            meta.modified().ok(),
            Orphan {
                claim,
                recovery,
                legacy,
            },
        ));
    }
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    found.into_iter().map(|(_, o)| o).collect()
}

/// Removes the lock files that windows killed with nothing unsaved left behind: a lock
/// nobody holds with no recovery file beside it (a report file's identity lock never
/// has one). Each is removed while locked here, so a window taking it meanwhile takes a
/// new one (see `lock`).
fn sweep_stale_locks(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_suffix(".lock") else {
            continue;
        };
        let ours = stem.starts_with(IDENTITY_PREFIX)
            || (stem.starts_with(PREFIX) && !dir.join(format!("{stem}.ron")).exists());
        if !ours {
            continue;
        }
        if let Ok(Some(lock)) = lock(&path) {
            #[cfg(unix)]
            {
                let _ = std::fs::remove_file(&path);
            }
            let _ = lock.unlock();
        }
    }
}

/// Every recovery file in `dir`, held or not, in no particular order (for tests and
/// diagnostics: offer only [`orphans`]).
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name().to_str().is_some_and(|n| {
                n == LEGACY_FILE_NAME || (n.starts_with(PREFIX) && n.ends_with(".ron"))
            })
        })
        .map(|e| e.path())
        .collect()
}

/// Reads the recovery file at `path`: bounded, validated as a loaded report is, its
/// path kept only if absolute (an earlier version kept paths as typed, which name
/// another file from another folder).
pub fn read_file(path: &Path) -> Result<Recovery, LoadError> {
    let (bytes, _) = io::read_report_bytes(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let (line, column) = io::position_after(bytes.get(..e.valid_up_to()).unwrap_or_default());
        LoadError::NotText {
            path: path.to_owned(),
            line,
            column,
            truncated: e.error_len().is_none(),
        }
    })?;
    let mut recovery: Recovery =
        io::ron_options()
            .from_str(text)
            .map_err(|e| LoadError::Syntax {
                path: path.to_owned(),
                line: e.span.start.line,
                column: e.span.start.col,
                problem: io::Syntax::of(&e.code),
                ends_early: false,
            })?;
    io::validate(&recovery.report).map_err(|invalid| invalid.at(Some(text), path))?;
    std::sync::Arc::make_mut(&mut recovery.report).settle_priors();
    if recovery.path.as_deref().is_some_and(Path::is_relative) {
        recovery.path = None;
    }
    Ok(recovery)
}

#[cfg(test)]
mod tests {
    #![allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        reason = "tests fail loudly"
    )]

    use super::*;

    fn edited(target: f64) -> Recovery {
        let mut report = io::embedded().unwrap();
        report.indicators[0].set_value(crate::model::Field::Target, Some(target));
        Recovery {
            written_at: "2024-07-15 08:30 UTC".into(),
            path: None,
            fingerprint: None,
            report: Arc::new(report),
            copy_of: None,
        }
    }

    #[test]
    fn write_read_clear() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path().join("sub");
        let claim = Claim::acquire(&dir, Key::unsaved()).unwrap();
        assert!(claim.left_behind().is_none());
        let recovery = edited(9.0);
        claim.write(&recovery).unwrap();
        assert_eq!(claim.left_behind().unwrap().unwrap(), recovery);
        assert_eq!(read_file(&claim.file()).unwrap(), recovery);
        claim.clear().unwrap();
        assert!(!claim.file().exists());
        claim.clear().unwrap();
    }

    #[test]
    fn a_held_claim_is_busy_for_others_and_never_an_orphan() {
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("r.ron");
        let claim = Claim::acquire(dir.path(), Key::for_file(&report)).unwrap();
        claim.write(&edited(1.0)).unwrap();
        let err = Claim::acquire(dir.path(), Key::for_file(&report)).unwrap_err();
        assert!(matches!(err, RecoveryError::Busy { .. }), "{err}");
        assert!(
            err.to_string()
                .starts_with("the report is open in another chitieu window")
        );
        assert!(orphans(dir.path()).is_empty(), "a live window's file");
        // A clone on another thread writes for the same claim.
        let writer = claim.clone();
        std::thread::spawn(move || writer.write(&edited(2.0)).unwrap())
            .join()
            .unwrap();
        drop(claim);
        // Gone with the window: now an orphan, and the file free to open.
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].recovery().unwrap(), &edited(2.0));
        drop(found);
        assert!(Claim::acquire(dir.path(), Key::for_file(&report)).is_ok());
    }

    #[test]
    #[cfg(unix)]
    fn locks_left_by_killed_windows_are_swept_and_held_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("r.ron");
        std::fs::write(&report, "x").unwrap();
        let held = Claim::acquire(dir.path(), Key::for_file(&report)).unwrap();
        let names = || {
            let mut names: Vec<String> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().into_string().unwrap())
                .filter(|n| n.ends_with(".lock"))
                .collect();
            names.sort();
            names
        };
        let held_locks = names();
        assert_eq!(
            held_locks.len(),
            2,
            "the recovery file's and the identity's"
        );
        // A killed window's locks: nobody holds them; one has edits beside it.
        std::fs::write(dir.path().join("recovery-new-1-2-0.lock"), "").unwrap();
        std::fs::write(dir.path().join("open-d1-i2.lock"), "").unwrap();
        let kept = Claim::acquire(dir.path(), Key::unsaved()).unwrap();
        kept.write(&edited(1.0)).unwrap();
        drop(kept);
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1, "the edits are still offered");
        drop(found);
        let left = names();
        for name in &held_locks {
            assert!(left.contains(name), "{name} is held: kept");
        }
        assert!(!left.contains(&"recovery-new-1-2-0.lock".to_owned()));
        assert!(!left.contains(&"open-d1-i2.lock".to_owned()));
        drop(held);
    }

    #[test]
    fn a_broken_recovery_file_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(LEGACY_FILE_NAME), "(written_at: ").unwrap();
        let found = orphans(dir.path());
        assert_eq!(found.len(), 1);
        assert!(found[0].recovery().is_err());
        let mut found = found;
        let aside = found.remove(0).set_aside().unwrap();
        assert_eq!(aside, dir.path().join("recovery.ron.broken"));
        assert!(orphans(dir.path()).is_empty());
    }
}
