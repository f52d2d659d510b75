//! Which file a path names, whatever the path: two paths (a hard link, a bind mount, a
//! link or another spelling) name the same file when they reach the same file on disk.

use std::path::Path;

/// A file's identity on disk: the device and the inode where the system has them
/// (Unix), the canonical path elsewhere. Two paths with the same identity are one file.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FileId(Repr);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Repr {
    /// The device and the inode.
    #[cfg_attr(not(unix), allow(dead_code, reason = "Unix has inodes"))]
    Inode(u64, u64),
    /// The canonical path, where inodes cannot be read.
    #[cfg_attr(unix, allow(dead_code, reason = "elsewhere than Unix"))]
    Path(std::path::PathBuf),
}

impl FileId {
    /// The identity of the file at `path` (after links), if it exists.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            Some(Self(Repr::Inode(meta.dev(), meta.ino())))
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            Some(Self(Repr::Path(super::canonical(path))))
        }
    }

    /// A short name for the identity, fit for a file name (`d<dev>-i<ino>`, or a hash
    /// of the canonical path).
    pub fn name(&self) -> String {
        match &self.0 {
            Repr::Inode(dev, ino) => format!("d{dev:x}-i{ino:x}"),
            Repr::Path(path) => format!(
                "p{:016x}",
                super::stable_hash(path.as_os_str().as_encoded_bytes())
            ),
        }
    }
}

/// Whether `a` and `b` name the same existing file (by [`FileId`]), or, when either
/// does not exist yet, the same canonical path.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (FileId::of(a), FileId::of(b)) {
        (Some(a), Some(b)) => a == b,
        _ => super::canonical(a) == super::canonical(b),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    #[cfg(unix)]
    fn a_hard_link_is_the_same_file_and_a_copy_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ron");
        std::fs::write(&a, "x").unwrap();
        let link = dir.path().join("link.ron");
        std::fs::hard_link(&a, &link).unwrap();
        let copy = dir.path().join("copy.ron");
        std::fs::copy(&a, &copy).unwrap();
        assert!(same_file(&a, &link));
        assert_eq!(FileId::of(&a), FileId::of(&link));
        assert!(!same_file(&a, &copy));
        assert!(same_file(&a, &dir.path().join(".").join("a.ron")));
        let missing = dir.path().join("new.ron");
        assert!(same_file(&missing, &dir.path().join("./new.ron")));
        assert!(!same_file(&missing, &a));
        assert!(FileId::of(&missing).is_none());
    }
}
