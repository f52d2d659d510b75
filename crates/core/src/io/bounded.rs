//! The one bounded reader of a file, for a report as for a sheet to import: what is not
//! a regular file is refused before it is opened and again once it is open (the path
//! may have been replaced meanwhile), a file that says it is larger than the bound is
//! refused unread, and at most the bound and one more byte are ever read, whatever the
//! file says its size is.

use std::io::Read as _;
use std::path::Path;
use std::time::SystemTime;

use super::FileKind;
use super::write::special_kind;

/// Why a file could not be read within its bound. Each reader turns it into its own
/// error, which says it to the user.
#[derive(Debug, thiserror::Error)]
pub enum BoundedError {
    /// The file could not be opened or read.
    #[error(transparent)]
    Read(#[from] std::io::Error),
    /// The path is a folder, a device, a pipe or a socket, not a regular file.
    #[error("not a regular file: {0:?}")]
    NotAFile(FileKind),
    /// The file says it is larger than the bound.
    #[error("the file is {bytes} bytes, more than {limit}")]
    TooLarge {
        /// The file's size, as it says.
        bytes: u64,
        /// The bound.
        limit: u64,
    },
    /// The file went on past the bound while it was read (it grew, or never ends).
    #[error("the file does not end within {limit} bytes")]
    Unending {
        /// The bound.
        limit: u64,
    },
}

/// A file's bytes, read within a bound, and when it was last modified.
#[derive(Debug)]
pub struct Bounded {
    /// The whole file.
    pub bytes: Vec<u8>,
    /// When the file was last modified, if the system says.
    pub modified: Option<SystemTime>,
}

/// Reads the file at `path`, at most `limit` bytes: refuses what is not a regular file
/// or says it is larger, before opening it and again on the file opened, and a file
/// that goes on past `limit` while read.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Bounded, BoundedError> {
    let refuse = |meta: &std::fs::Metadata| match special_kind(meta.file_type()) {
        Some(kind) => Err(BoundedError::NotAFile(kind)),
        None if meta.len() > limit => Err(BoundedError::TooLarge {
            bytes: meta.len(),
            limit,
        }),
        None => Ok(()),
    };
    refuse(&std::fs::metadata(path)?)?;
    let file = std::fs::File::open(path)?;
    // Checked again on the file opened: the path may have been replaced meanwhile.
    let meta = file.metadata()?;
    refuse(&meta)?;
    let bytes = read_limited(file, limit, meta.len())?;
    Ok(Bounded {
        bytes,
        modified: meta.modified().ok(),
    })
}

/// Reads `reader` to its end, but never more than `limit` + 1 bytes: a reader that
/// goes on past `limit` is refused ([`BoundedError::Unending`]) with at most that much
/// memory spent. `size_hint` (what the file says its size is) only reserves memory.
pub(crate) fn read_limited(
    reader: impl std::io::Read,
    limit: u64,
    size_hint: u64,
) -> Result<Vec<u8>, BoundedError> {
    let capacity = usize::try_from(size_hint.min(limit).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(BoundedError::Unending { limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_within_its_bound_and_refused_past_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        std::fs::write(&path, [b'x'; 100]).unwrap();
        let read = read_bounded(&path, 100).unwrap();
        assert_eq!(read.bytes.len(), 100);
        assert!(read.modified.is_some());
        assert!(matches!(
            read_bounded(&path, 99),
            Err(BoundedError::TooLarge {
                bytes: 100,
                limit: 99
            })
        ));
        assert!(matches!(
            read_bounded(dir.path(), 100),
            Err(BoundedError::NotAFile(FileKind::Folder))
        ));
        assert!(matches!(
            read_bounded(&dir.path().join("none"), 100),
            Err(BoundedError::Read(e)) if e.kind() == std::io::ErrorKind::NotFound
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_unread() {
        // `/dev/zero` never ends: it is refused as a device, not read to the bound.
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 1 << 40),
            Err(BoundedError::NotAFile(FileKind::Device))
        ));
    }
}
