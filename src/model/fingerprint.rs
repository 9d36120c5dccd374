//! What a file looked like when it was opened or saved (size, modification
//! time, a hash of its bytes), to notice that another program changed it.

use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub len: u64,
    /// Nanoseconds since 1970, when the file system tells.
    pub modified_ns: Option<u128>,
    pub hash: u64,
}

/// Whether the file on disk is still the one fingerprinted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskState {
    Unchanged,
    Changed,
    Missing,
}

fn modified_ns(meta: &std::fs::Metadata) -> Option<u128> {
    meta.modified().ok()?.duration_since(SystemTime::UNIX_EPOCH).ok().map(|d| d.as_nanos())
}

impl Fingerprint {
    /// From bytes just read or written and the file's metadata.
    pub fn new(meta: &std::fs::Metadata, hash: u64) -> Self {
        Self { len: meta.len(), modified_ns: modified_ns(meta), hash }
    }

    /// Reads the file at `path` to fingerprint it.
    pub fn of_file(path: &Path) -> std::io::Result<Self> {
        let meta = std::fs::metadata(path)?;
        let mut f = std::fs::File::open(path)?;
        let mut h = ContentHash::default();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = f.read(&mut buf)?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
        Ok(Self::new(&meta, h.finish()))
    }

    /// Compares with the file now at `path`: size and time first, the bytes
    /// only when those differ (a file touched but not changed is unchanged).
    pub fn disk_state(&self, path: &Path) -> DiskState {
        let Ok(meta) = std::fs::metadata(path) else { return DiskState::Missing };
        if meta.len() != self.len {
            return DiskState::Changed;
        }
        if modified_ns(&meta) == self.modified_ns && self.modified_ns.is_some() {
            return DiskState::Unchanged;
        }
        match Self::of_file(path) {
            Ok(now) if now.hash == self.hash => DiskState::Unchanged,
            Ok(_) => DiskState::Changed,
            Err(_) => DiskState::Missing,
        }
    }
}

/// A fast 64-bit hash of a byte stream (not cryptographic: it tells versions
/// of one file apart). Four independent lanes keep the processor busy; the
/// result does not depend on how the stream is cut into `update` calls.
#[derive(Debug, Clone)]
pub struct ContentHash {
    lanes: [u64; 4],
    pending: [u8; 32],
    filled: usize,
    total: u64,
}

impl Default for ContentHash {
    fn default() -> Self {
        Self {
            lanes: [0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63],
            pending: [0; 32],
            filled: 0,
            total: 0,
        }
    }
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(lane: u64, word: u64) -> u64 {
    (lane ^ word).wrapping_mul(K).rotate_left(29)
}

impl ContentHash {
    fn block(&mut self, b: &[u8]) {
        for (i, lane) in self.lanes.iter_mut().enumerate() {
            let w = u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
            *lane = mix(*lane, w);
        }
    }

    pub fn update(&mut self, mut bytes: &[u8]) {
        self.total += bytes.len() as u64;
        if self.filled > 0 {
            let take = (32 - self.filled).min(bytes.len());
            self.pending[self.filled..self.filled + take].copy_from_slice(&bytes[..take]);
            self.filled += take;
            bytes = &bytes[take..];
            if self.filled < 32 {
                return;
            }
            let p = self.pending;
            self.block(&p);
            self.filled = 0;
        }
        let mut blocks = bytes.chunks_exact(32);
        for b in &mut blocks {
            self.block(b);
        }
        let rest = blocks.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    pub fn finish(&self) -> u64 {
        let mut h = self.total.wrapping_mul(K);
        for &b in &self.pending[..self.filled] {
            h = mix(h, b as u64);
        }
        for &l in &self.lanes {
            h = mix(h, l);
        }
        h ^ (h >> 31)
    }

    pub fn of(bytes: &[u8]) -> u64 {
        let mut h = Self::default();
        h.update(bytes);
        h.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_does_not_depend_on_the_cuts_and_sees_every_byte() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        let whole = ContentHash::of(&data);
        for step in [1, 3, 31, 32, 33, 100, 999] {
            let mut h = ContentHash::default();
            for c in data.chunks(step) {
                h.update(c);
            }
            assert_eq!(h.finish(), whole, "cut every {step}");
        }
        for i in [0, 31, 32, 500, 999] {
            let mut other = data.clone();
            other[i] ^= 1;
            assert_ne!(ContentHash::of(&other), whole, "byte {i}");
        }
        assert_ne!(ContentHash::of(&data[..999]), whole);
        assert_ne!(ContentHash::of(b""), ContentHash::of(b"\0"));
    }

    #[test]
    fn notices_changes_but_not_a_touch() {
        // Removed with its contents when dropped, whether the test passed or panicked.
        let dir = tempfile::Builder::new().prefix("chronolens-fp-").tempdir().unwrap();
        let d = dir.path();
        let p = d.join("f.json");
        std::fs::write(&p, "one").unwrap();
        let fp = Fingerprint::of_file(&p).unwrap();
        assert_eq!(fp.disk_state(&p), DiskState::Unchanged);
        // Same bytes written again (a new modification time): unchanged.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&p, "one").unwrap();
        assert_eq!(fp.disk_state(&p), DiskState::Unchanged);
        std::fs::write(&p, "two").unwrap();
        assert_eq!(fp.disk_state(&p), DiskState::Changed, "same size, other bytes");
        std::fs::remove_file(&p).unwrap();
        assert_eq!(fp.disk_state(&p), DiskState::Missing);
    }
}
