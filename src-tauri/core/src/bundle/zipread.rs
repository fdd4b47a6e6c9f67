//! A strict reader for the small subset of zip that bundles use: one disk, no ZIP64, no
//! encryption, entries stored or deflated. Bundles are untrusted input, so it reads from
//! memory, checks every declared size against the limits before reading anything, refuses
//! path-like and duplicate names by name, and bounds what it actually inflates by what was
//! declared (a zip bomb stops one byte past its declaration).
//!
//! Why not the `zip` crate's reader (we write with it): it folds duplicate names into one
//! before we can name them, and accepts far more of the format than a bundle needs.

use std::collections::HashSet;
use std::io::Read;

use flate2::read::DeflateDecoder;

use super::Limits;
use crate::error::Message;
use crate::message;

const EOCD_SIG: u32 = 0x0605_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const LOCAL_SIG: u32 = 0x0403_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;
/// Deflate cannot expand data more than about 1032 times; more is a lie in the header.
const MAX_RATIO: u64 = 1100;

#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    deflated: bool,
    crc32: u32,
    compressed: u64,
    /// The declared uncompressed size.
    pub size: u64,
    data_start: usize,
}

pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
}

/// A structural problem, said for a person ("entry X: ...").
pub type ZipResult<T> = Result<T, Message>;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8], limits: &Limits) -> ZipResult<Archive<'a>> {
        let eocd = find_eocd(bytes).ok_or_else(|| {
            if bytes.starts_with(b"PK\x03\x04") {
                message!("bundle-zip-truncated")
            } else {
                message!("bundle-not-zip")
            }
        })?;
        let field16 = |off| u16_at(bytes, eocd + off).unwrap_or(0);
        let field32 = |off| u32_at(bytes, eocd + off).unwrap_or(0);
        let (disk, cd_disk, on_disk, total) = (field16(4), field16(6), field16(8), field16(10));
        let (cd_size, cd_offset) = (field32(12) as usize, field32(16) as usize);
        if disk != 0 || cd_disk != 0 || on_disk != total {
            return Err(message!("bundle-zip-split"));
        }
        if total == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF {
            return Err(message!("bundle-zip64"));
        }
        if total as usize > limits.max_entries {
            return Err(message!(
                "bundle-too-many-entries",
                entries = total,
                max = limits.max_entries
            ));
        }
        if cd_offset.checked_add(cd_size).is_none_or(|end| end > eocd) {
            return Err(message!("bundle-zip-directory-outside"));
        }

        let mut entries = Vec::with_capacity(total as usize);
        let mut names = HashSet::new();
        let mut total_size: u64 = 0;
        let mut at = cd_offset;
        for _ in 0..total {
            let e = read_central(bytes, &mut at, cd_offset, cd_offset + cd_size)?;
            check_name(&e.name)?;
            if !names.insert(e.name.clone()) {
                return Err(message!("bundle-entry-twice", entry = &e.name));
            }
            if e.size > limits.max_entry_bytes {
                return Err(message!(
                    "bundle-entry-too-large",
                    entry = &e.name,
                    size = e.size,
                    max = limits.max_entry_bytes
                ));
            }
            if e.size > e.compressed.saturating_mul(MAX_RATIO).saturating_add(1024) {
                return Err(message!(
                    "bundle-entry-ratio",
                    entry = &e.name,
                    size = e.size,
                    compressed = e.compressed
                ));
            }
            total_size += e.size;
            if total_size > limits.max_total_bytes {
                return Err(message!(
                    "bundle-entries-too-large",
                    max = limits.max_total_bytes
                ));
            }
            entries.push(e);
        }
        if at != cd_offset + cd_size {
            return Err(message!("bundle-zip-directory-extra"));
        }
        // Data must not overlap (overlapping entries are how some zip bombs multiply).
        let mut spans: Vec<(usize, usize, &str)> = entries
            .iter()
            .map(|e| {
                (
                    e.data_start,
                    e.data_start + e.compressed as usize,
                    e.name.as_str(),
                )
            })
            .collect();
        spans.sort();
        for w in spans.windows(2) {
            if w[1].0 < w[0].1 {
                return Err(message!(
                    "bundle-entries-overlap",
                    first = w[0].2,
                    second = w[1].2
                ));
            }
        }
        Ok(Archive { bytes, entries })
    }

    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The entry's content as a stream: never more than its declared size, and an error
    /// at the end if it is shorter or its CRC does not match.
    pub fn reader(&self, e: &Entry) -> EntryReader<'a> {
        let data = &self.bytes[e.data_start..e.data_start + e.compressed as usize];
        let inner: Box<dyn Read + 'a> = if e.deflated {
            Box::new(DeflateDecoder::new(data))
        } else {
            Box::new(data)
        };
        EntryReader {
            inner,
            name: e.name.clone(),
            remaining: e.size,
            crc: crc32fast::Hasher::new(),
            want_crc: e.crc32,
            done: false,
        }
    }

    /// The whole entry, for small entries (the manifest, the signature).
    pub fn read_all(&self, e: &Entry, max: u64) -> ZipResult<Vec<u8>> {
        if e.size > max {
            return Err(message!(
                "bundle-small-entry-too-large",
                entry = &e.name,
                size = e.size,
                max = max
            ));
        }
        let mut out = Vec::with_capacity(e.size as usize);
        self.reader(e).read_to_end(&mut out).map_err(read_error)?;
        Ok(out)
    }
}

/// What reading an entry's stream failed with: this reader's own refusal (carried inside
/// the I/O error), or the I/O error's words.
pub fn read_error(e: std::io::Error) -> Message {
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<Message>())
    {
        Some(m) => m.clone(),
        None => Message::English(e.to_string()),
    }
}

/// The end-of-central-directory record: the last one whose comment ends the file.
fn find_eocd(b: &[u8]) -> Option<usize> {
    if b.len() < EOCD_LEN {
        return None;
    }
    let lowest = b.len().saturating_sub(EOCD_LEN + 0xFFFF);
    (lowest..=b.len() - EOCD_LEN).rev().find(|&i| {
        u32_at(b, i) == Some(EOCD_SIG)
            && u16_at(b, i + 20).is_some_and(|c| i + EOCD_LEN + c as usize == b.len())
    })
}

fn read_central(b: &[u8], at: &mut usize, cd_start: usize, end: usize) -> ZipResult<Entry> {
    let damaged = || message!("bundle-zip-directory-damaged");
    let h = *at;
    if h + CENTRAL_LEN > end || u32_at(b, h) != Some(CENTRAL_SIG) {
        return Err(damaged());
    }
    let f16 = |o| u16_at(b, h + o).unwrap_or(0);
    let f32 = |o| u32_at(b, h + o).unwrap_or(0);
    let (flags, method) = (f16(8), f16(10));
    let (crc32, compressed, size) = (f32(16), f32(20), f32(24));
    let (name_len, extra_len, comment_len) = (f16(28) as usize, f16(30) as usize, f16(32) as usize);
    let local = f32(42) as usize;
    let name_end = h + CENTRAL_LEN + name_len;
    *at = name_end + extra_len + comment_len;
    if *at > end {
        return Err(damaged());
    }
    let name = std::str::from_utf8(&b[h + CENTRAL_LEN..name_end])
        .map_err(|_| message!("bundle-entry-name-not-utf8"))?
        .to_string();
    if flags & 0x41 != 0 {
        return Err(message!("bundle-entry-encrypted", entry = name));
    }
    if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
        return Err(message!("bundle-entry-zip64", entry = name));
    }
    if is_folder(&name) && size != 0 {
        return Err(message!("bundle-entry-folder-data", entry = name));
    }
    let deflated = match method {
        8 => true,
        0 if compressed == size => false,
        0 => return Err(message!("bundle-entry-stored-sizes", entry = name)),
        m => return Err(message!("bundle-entry-method", entry = name, method = m)),
    };
    // The local header must name the same entry; the data follows it.
    if u32_at(b, local) != Some(LOCAL_SIG) || local + LOCAL_LEN > b.len() {
        return Err(message!("bundle-entry-no-local-header", entry = name));
    }
    let local_name_len = u16_at(b, local + 26).unwrap_or(0) as usize;
    let local_extra_len = u16_at(b, local + 28).unwrap_or(0) as usize;
    let local_name = b.get(local + LOCAL_LEN..local + LOCAL_LEN + local_name_len);
    if local_name != Some(name.as_bytes()) || u16_at(b, local + 8) != Some(method) {
        return Err(message!("bundle-entry-local-header-differs", entry = name));
    }
    let data_start = local + LOCAL_LEN + local_name_len + local_extra_len;
    if data_start + compressed as usize > cd_start {
        return Err(message!("bundle-entry-runs-past", entry = name));
    }
    Ok(Entry {
        name,
        deflated,
        crc32,
        compressed: compressed as u64,
        size: size as u64,
        data_start,
    })
}

/// Entry names are plain relative paths of simple parts: nothing that could climb out of a
/// folder or mean something else on another system.
/// A folder entry (`records/`, as `zip -r` writes them: the name ends with `/`) is
/// checked as the folder's path.
fn check_name(name: &str) -> ZipResult<()> {
    let shown = format!("{name:?}");
    let name = name.strip_suffix('/').unwrap_or(name);
    if name.is_empty() {
        return Err(message!("bundle-entry-name-empty", name = shown));
    }
    if name.len() > 255 {
        return Err(message!("bundle-entry-name-too-long", name = shown));
    }
    if name.contains('\\') {
        return Err(message!("bundle-entry-name-backslash", name = shown));
    }
    if name.starts_with('/') || name.contains(':') {
        return Err(message!("bundle-entry-name-absolute", name = shown));
    }
    if name.split('/').any(|p| p == ".." || p == ".") {
        return Err(message!("bundle-entry-name-climbs", name = shown));
    }
    if name.split('/').any(str::is_empty) {
        return Err(message!("bundle-entry-name-empty-part", name = shown));
    }
    if name.chars().any(char::is_control) {
        return Err(message!("bundle-entry-name-control", name = shown));
    }
    Ok(())
}

/// Whether an entry is a folder (its name ends with `/`; it holds nothing): folders carry
/// no content, so they need no place in the manifest.
pub fn is_folder(name: &str) -> bool {
    name.ends_with('/')
}

pub struct EntryReader<'a> {
    inner: Box<dyn Read + 'a>,
    name: String,
    remaining: u64,
    crc: crc32fast::Hasher,
    want_crc: u32,
    done: bool,
}

impl Read for EntryReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // The refusal travels inside the I/O error; [`read_error`] takes it out.
        let err = |m: Message| std::io::Error::new(std::io::ErrorKind::InvalidData, m);
        if self.done || buf.is_empty() {
            return Ok(0);
        }
        // Ask for one byte more than may come, to notice an entry longer than declared.
        let room = (self.remaining + 1).min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..room]).map_err(|e| {
            err(message!(
                "bundle-entry-not-inflated",
                entry = &self.name,
                detail = e.to_string()
            ))
        })?;
        if n as u64 > self.remaining {
            return Err(err(message!("bundle-entry-longer", entry = &self.name)));
        }
        self.remaining -= n as u64;
        self.crc.update(&buf[..n]);
        if n == 0 {
            self.done = true;
            if self.remaining > 0 {
                return Err(err(message!("bundle-entry-shorter", entry = &self.name)));
            }
            if self.crc.clone().finalize() != self.want_crc {
                return Err(err(message!("bundle-entry-crc", entry = &self.name)));
            }
        }
        Ok(n)
    }
}
