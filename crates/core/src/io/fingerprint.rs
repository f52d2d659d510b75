//! What a report file was like when chitieu read or wrote it, to tell whether another
//! program (or another chitieu window) has changed it since.

use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::LoadError;

/// A file as chitieu last read or wrote it: when it was modified, its size and a hash of
/// its bytes. The hash is fixed by chitieu (not the standard library's, which may change),
/// so a fingerprint kept in a recovery file still compares after an update.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    /// When the file was last modified, if the system says.
    pub modified: Option<SystemTime>,
    /// Its size in bytes.
    pub len: u64,
    /// A 64-bit hash of its bytes (not cryptographic: it tells changes, not tampering).
    pub hash: u64,
}

/// Whether the file on disk is still the one a [`Fingerprint`] describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDisk {
    /// The same bytes (a file only touched, or saved again as it was, is the same).
    Same,
    /// Another program or window changed it: saving would overwrite that change.
    Changed,
    /// There is no file there any more (deleted, or moved away).
    Missing,
}

impl Fingerprint {
    /// The fingerprint of `bytes`, read from or written to a file modified at `modified`.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        Self {
            modified,
            len: bytes.len() as u64,
            hash: stable_hash(bytes),
        }
    }

    /// The fingerprint of the file at `path` as it is now (read whole, within the
    /// limits [`super::load`] reads with).
    ///
    /// # Errors
    /// When the file cannot be read, or is no regular file.
    pub fn of_file(path: &Path) -> Result<Self, LoadError> {
        let (bytes, modified) = super::read_report_bytes(path)?;
        Ok(Self::of_bytes(&bytes, modified))
    }
}

/// Whether the file at `path` is still as `known` describes it. A file of another size
/// has changed; otherwise its bytes are read and hashed, always: a change of one digit
/// with the modification time set back (a sync tool, an editor that keeps times, a
/// restore from a backup) is a change, and a file only touched, or written again with
/// the same content, is still the same. Reading costs little beside the save it guards.
///
/// # Errors
/// When the file exists but cannot be read.
pub fn on_disk(path: &Path, known: &Fingerprint) -> Result<OnDisk, LoadError> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(OnDisk::Missing),
        Err(source) => {
            return Err(LoadError::Read {
                path: path.to_owned(),
                source,
            });
        }
    };
    if meta.len() != known.len {
        return Ok(OnDisk::Changed);
    }
    let now = Fingerprint::of_file(path)?;
    Ok(if now.len == known.len && now.hash == known.hash {
        OnDisk::Same
    } else {
        OnDisk::Changed
    })
}

/// chitieu's one stable hash: a fast 64-bit hash of `bytes`, eight bytes at a step,
/// fixed for ever (names and fingerprints kept on disk compare across versions). Each
/// step is a bijection of the state for a given word, so two inputs of one length that
/// differ in a single word always hash differently. Not cryptographic.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let step = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut h = step(0x9e37_79b9_7f4a_7c15, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = step(h, u64::from_le_bytes(word));
    }
    let mut last = [0u8; 8];
    for (to, from) in last.iter_mut().zip(chunks.remainder()) {
        *to = *from;
    }
    h = step(h, u64::from_le_bytes(last));
    // A final mix, so that nearby inputs do not give nearby hashes.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fixed_and_tells_one_byte_apart() {
        assert_eq!(stable_hash(b""), stable_hash(b""));
        assert_ne!(stable_hash(b"a"), stable_hash(b"b"));
        assert_ne!(stable_hash(b"a"), stable_hash(b"a\0"), "the length counts");
        let text = vec![b'x'; 1000];
        let mut changed = text.clone();
        if let Some(b) = changed.get_mut(517) {
            *b = b'y';
        }
        assert_ne!(stable_hash(&text), stable_hash(&changed));
        // Fixed across versions: a fingerprint kept in a recovery file must still compare.
        assert_eq!(stable_hash(b"chitieu"), 13_677_650_714_534_294_133);
    }
}
