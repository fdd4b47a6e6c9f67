//! From the bytes of a bundle to checked records, without a database: the zip's structure,
//! the manifest and its version, the signature, then every entry — its SHA-256, and every
//! record against the table list. Each refusal says what is wrong and where.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use ed25519_dalek::VerifyingKey;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::manifest::{
    self, Manifest, DELETIONS, FORMAT, MANIFEST, OLDEST_VERSION, SIGNATURE, VERSION,
};
use super::records::{parse_record, Record};
use super::tables::{table_index, TABLES};
use super::zipread::{read_error, Archive, Entry};
use super::{words, Limits};
use crate::error::Message;
use crate::message;

/// A bundle whose structure and manifest were read; its signature not yet checked.
pub struct Opened<'a> {
    pub archive: Archive<'a>,
    pub manifest: Manifest,
    pub manifest_bytes: Vec<u8>,
    pub key: VerifyingKey,
    /// SHA-256 of the whole file.
    pub sha256: String,
    pub size: u64,
}

/// A deletion carried by a bundle: the owner deleted this record.
#[derive(Debug, Clone, PartialEq)]
pub struct Deletion {
    pub id: Uuid,
    pub table: usize,
    /// As stored (rusqlite's UTC format).
    pub deleted_at: String,
}

/// Everything a bundle holds, checked.
pub struct Contents {
    /// Per table of [`TABLES`], in order.
    pub tables: Vec<Vec<Record>>,
    /// Per table: record id → its index in `tables`.
    pub index: Vec<HashMap<Uuid, usize>>,
    pub deletions: Vec<Deletion>,
}

/// Reads the zip's directory and the manifest. Fails only when the file is not a bundle
/// this Plenary can read at all; a bad signature is found by [`Opened::verify_signature`].
pub fn open<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Opened<'a>, Message> {
    check_size(bytes, limits)?;
    let archive = Archive::open(bytes, limits)?;
    let entry = archive
        .entry(MANIFEST)
        .ok_or(message!("bundle-no-manifest"))?;
    let manifest_bytes = archive.read_all(entry, limits.max_manifest_bytes)?;

    // The version first, from a loose reading: a newer format may have fields this
    // Plenary does not know, and "update Plenary" is the useful answer then.
    let loose: serde_json::Value = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| message!("bundle-manifest-not-json", detail = e.to_string()))?;
    if loose.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(message!("bundle-manifest-not-plenary", format = FORMAT));
    }
    // Older versions are read and brought to today's meaning (super::upgrade).
    match loose.get("version").and_then(|v| v.as_u64()) {
        Some(v) if (OLDEST_VERSION as u64..=VERSION as u64).contains(&v) => {}
        Some(v) if v > VERSION as u64 => {
            return Err(message!(
                "bundle-newer-format",
                version = v,
                oldest = OLDEST_VERSION,
                newest = VERSION
            ))
        }
        _ => {
            return Err(message!(
                "bundle-unknown-format-version",
                version = loose.get("version").map_or_else(
                    || message!("bundle-version-none").into(),
                    |v| crate::error::Arg::from(v.to_string())
                ),
                oldest = OLDEST_VERSION,
                newest = VERSION
            ))
        }
    }
    let in_manifest = |why: Message| message!("bundle-in-manifest", why = why);
    let manifest: Manifest = serde_json::from_slice(&manifest_bytes)
        .map_err(|e| in_manifest(Message::English(e.to_string())))?;
    let key = manifest.assembly.check().map_err(in_manifest)?;
    Ok(Opened {
        archive,
        manifest,
        manifest_bytes,
        key,
        sha256: manifest::sha256_hex(bytes),
        size: bytes.len() as u64,
    })
}

/// A file larger than a bundle may be is refused before anything in it is read.
pub(super) fn check_size(bytes: &[u8], limits: &Limits) -> Result<(), Message> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(message!(
            "bundle-file-too-large",
            size = bytes.len(),
            max = limits.max_file_bytes
        ));
    }
    Ok(())
}

impl Opened<'_> {
    /// Checks `manifest.sig` against the key the manifest names, and that the manifest
    /// lists exactly the entries the zip holds (so that every byte is covered).
    pub fn verify_signature(&self) -> Result<(), Message> {
        let sig = self
            .archive
            .entry(SIGNATURE)
            .ok_or(message!("bundle-not-signed"))?;
        let sig = self.archive.read_all(sig, 1024)?;
        manifest::verify(&self.key, &self.manifest_bytes, &sig)?;
        for e in &self.archive.entries {
            if e.name == MANIFEST || e.name == SIGNATURE || super::zipread::is_folder(&e.name) {
                continue;
            }
            let listed = self
                .manifest
                .entries
                .get(&e.name)
                .ok_or_else(|| message!("bundle-entry-not-listed", entry = &e.name))?;
            if listed.size != e.size {
                return Err(message!(
                    "bundle-entry-size-differs",
                    entry = &e.name,
                    listed = listed.size,
                    size = e.size
                ));
            }
        }
        for name in self.manifest.entries.keys() {
            if self.archive.entry(name).is_none() {
                return Err(message!("bundle-entry-listed-missing", entry = name));
            }
        }
        for (meeting, name) in &self.manifest.minutes {
            if !name.starts_with("minutes/") || !self.manifest.entries.contains_key(name) {
                return Err(message!(
                    "bundle-minutes-not-entry",
                    meeting = meeting,
                    entry = format!("{name:?}")
                ));
            }
        }
        for table in self.manifest.counts.keys() {
            if table_index(table).is_none() {
                return Err(message!(
                    "bundle-counts-unknown-table",
                    table = format!("{table:?}")
                ));
            }
        }
        Ok(())
    }

    /// Reads every entry: checks its SHA-256, and every record and deletion in it.
    /// Entries are read in parallel (they are independent); the error reported is the
    /// one of the first failing entry in manifest order, as if they were read in turn.
    pub fn read_contents(&self, limits: &Limits) -> Result<Contents, Message> {
        let entries: Vec<(&String, &manifest::EntryInfo)> = self.manifest.entries.iter().collect();
        // The biggest first, so that the threads finish together.
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(entries[i].1.size));
        let records = AtomicU64::new(0);
        let next = AtomicUsize::new(0);
        let first_error = AtomicUsize::new(usize::MAX);
        let results: Vec<Mutex<Option<Result<EntryContent, Message>>>> =
            entries.iter().map(|_| Mutex::new(None)).collect();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4)
            .min(entries.len().max(1));
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&i) = order.get(k) else { break };
                    if i > first_error.load(Ordering::Relaxed) {
                        continue;
                    }
                    let (name, info) = entries[i];
                    let out = self.read_entry(name, info, limits, &records);
                    if out.is_err() {
                        first_error.fetch_min(i, Ordering::Relaxed);
                    }
                    if let Ok(mut slot) = results[i].lock() {
                        *slot = Some(out);
                    }
                });
            }
        });

        let producer_tables = TABLES.len();
        let mut c = Contents {
            tables: vec![Vec::new(); producer_tables],
            index: vec![HashMap::new(); producer_tables],
            deletions: Vec::new(),
        };
        for (slot, (name, _)) in results.into_iter().zip(&entries) {
            let out = slot
                .into_inner()
                .ok()
                .flatten()
                .ok_or_else(|| message!("bundle-entry-not-read", entry = *name))??;
            match out {
                EntryContent::Records(t, recs) => {
                    let index = &mut c.index[t];
                    index.reserve(recs.len());
                    for (n, rec) in recs.iter().enumerate() {
                        if index.insert(rec.id, n).is_some() {
                            return Err(message!(
                                "bundle-record-twice",
                                entry = *name,
                                line = n + 1,
                                record = words::record(&TABLES[t]),
                                id = rec.id
                            ));
                        }
                    }
                    c.tables[t] = recs;
                }
                EntryContent::Deletions(d) => c.deletions = d,
                EntryContent::Minutes => {}
            }
        }
        for (t, table) in TABLES.iter().enumerate() {
            let said = self.manifest.counts.get(table.name).copied().unwrap_or(0);
            if said != c.tables[t].len() as u64 {
                return Err(message!(
                    "bundle-count-differs",
                    said = said,
                    entry = table.entry(),
                    held = c.tables[t].len()
                ));
            }
        }
        if self.manifest.deletions != c.deletions.len() as u64 {
            return Err(message!(
                "bundle-deletion-count-differs",
                said = self.manifest.deletions,
                entry = DELETIONS,
                held = c.deletions.len()
            ));
        }
        let mut deleted = HashSet::new();
        for d in &c.deletions {
            if !deleted.insert(d.id) {
                return Err(message!(
                    "bundle-deleted-twice",
                    entry = DELETIONS,
                    id = d.id
                ));
            }
            if c.index[d.table].contains_key(&d.id) {
                return Err(message!(
                    "bundle-deleted-and-carried",
                    entry = DELETIONS,
                    record = words::record(&TABLES[d.table]),
                    id = d.id
                ));
            }
        }
        let meetings = table_index("meetings").map(|t| &c.index[t]);
        for meeting in self.manifest.minutes.keys() {
            if !meetings.is_some_and(|m| m.contains_key(meeting)) {
                return Err(message!("bundle-minutes-no-meeting", meeting = meeting));
            }
        }
        super::upgrade::to_current(self.manifest.version, &mut c);
        Ok(c)
    }
}

impl Opened<'_> {
    /// One entry: its records, deletions or minutes, checked; its SHA-256 compared.
    fn read_entry(
        &self,
        name: &str,
        info: &manifest::EntryInfo,
        limits: &Limits,
        records: &AtomicU64,
    ) -> Result<EntryContent, Message> {
        let producer = self.manifest.assembly.id;
        let entry = self
            .archive
            .entry(name)
            .ok_or_else(|| message!("bundle-entry-missing", entry = name))?;
        let kind = EntryKind::of(name)?;
        let mut reader = HashingReader {
            inner: self.archive.reader(entry),
            hash: Sha256::new(),
        };
        let count = || {
            if records.fetch_add(1, Ordering::Relaxed) >= limits.max_records {
                return Err(message!(
                    "bundle-too-many-records",
                    max = limits.max_records
                ));
            }
            Ok(())
        };
        // Content errors wait until the hash is checked: a changed entry is reported as
        // changed, not as whatever the change broke.
        let content = match kind {
            EntryKind::Records(t) => {
                let mut recs = Vec::with_capacity(
                    self.manifest
                        .counts
                        .get(TABLES[t].name)
                        .copied()
                        .unwrap_or(0)
                        .min(1 << 20) as usize,
                );
                read_lines(&mut reader, entry, limits, |line, n| {
                    count()?;
                    let rec = parse_record(&TABLES[t], line).map_err(|e| at_line(name, n, e))?;
                    if rec.origin != producer {
                        return Err(message!(
                            "bundle-record-foreign",
                            entry = name,
                            line = n,
                            record = words::record(&TABLES[t]),
                            id = rec.id,
                            origin = rec.origin,
                            producer = producer
                        ));
                    }
                    recs.push(rec);
                    Ok(())
                })
                .map(|()| EntryContent::Records(t, recs))
            }
            EntryKind::Deletions => {
                let mut dels = Vec::new();
                read_lines(&mut reader, entry, limits, |line, n| {
                    count()?;
                    dels.push(parse_deletion(line, producer).map_err(|e| at_line(name, n, e))?);
                    Ok(())
                })
                .map(|()| EntryContent::Deletions(dels))
            }
            EntryKind::Minutes => {
                let mut text = Vec::new();
                reader
                    .by_ref()
                    .read_to_end(&mut text)
                    .map_err(read_error)
                    .and_then(|_| {
                        std::str::from_utf8(&text)
                            .map(|_| EntryContent::Minutes)
                            .map_err(|_| message!("bundle-minutes-not-utf8", entry = name))
                    })
            }
        };
        // Read to the end so that the hash covers the whole entry.
        std::io::copy(&mut reader, &mut std::io::sink()).map_err(read_error)?;
        if manifest::hex_digest(reader.hash) != info.sha256 {
            return Err(message!("bundle-entry-changed", entry = name));
        }
        content
    }
}

/// "line N of ENTRY: WHY": where in the bundle a line's problem is.
fn at_line(entry: &str, line: u64, why: Message) -> Message {
    message!("bundle-at-line", entry = entry, line = line, why = why)
}

enum EntryContent {
    Records(usize, Vec<Record>),
    Deletions(Vec<Deletion>),
    Minutes,
}

enum EntryKind {
    Records(usize),
    Deletions,
    Minutes,
}

impl EntryKind {
    fn of(name: &str) -> Result<EntryKind, Message> {
        if name == DELETIONS {
            return Ok(EntryKind::Deletions);
        }
        if let Some(t) = name
            .strip_prefix("records/")
            .and_then(|n| n.strip_suffix(".jsonl"))
        {
            return table_index(t)
                .map(EntryKind::Records)
                .ok_or_else(|| message!("bundle-entry-unknown-table", entry = name));
        }
        if let Some(m) = name
            .strip_prefix("minutes/")
            .and_then(|n| n.strip_suffix(".md"))
        {
            if !m.is_empty()
                && m.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
            {
                return Ok(EntryKind::Minutes);
            }
        }
        Err(message!("bundle-entry-unknown", entry = name))
    }
}

struct HashingReader<R> {
    inner: R,
    hash: Sha256,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
}

/// Calls `f` with each line (without its newline) and its number, each at most
/// `max_line_bytes`. Stops at the first error of `f`, but a read error (a zip bomb, a
/// damaged entry) comes first.
fn read_lines<R: Read>(
    reader: &mut R,
    entry: &Entry,
    limits: &Limits,
    mut f: impl FnMut(&[u8], u64) -> Result<(), Message>,
) -> Result<(), Message> {
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        let got = r
            .by_ref()
            .take(limits.max_line_bytes as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(read_error)?;
        if got == 0 {
            return Ok(());
        }
        n += 1;
        if line.last() == Some(&b'\n') {
            line.pop();
        } else if line.len() > limits.max_line_bytes {
            return Err(message!(
                "bundle-line-too-long",
                entry = &entry.name,
                line = n,
                max = limits.max_line_bytes
            ));
        }
        if line.is_empty() {
            return Err(message!("bundle-line-empty", entry = &entry.name, line = n));
        }
        f(&line, n)?;
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeletionLine {
    id: String,
    origin: String,
    table: String,
    deleted_at: String,
}

fn canonical_uuid(field: &str, s: &str) -> Result<Uuid, Message> {
    super::records::canonical_uuid(s)
        .ok_or_else(|| message!("bundle-field-not-id", field = format!("{field:?}")))
}

fn parse_deletion(line: &[u8], producer: Uuid) -> Result<Deletion, Message> {
    let d: DeletionLine =
        serde_json::from_slice(line).map_err(|e| Message::English(e.to_string()))?;
    let id = canonical_uuid("id", &d.id)?;
    if canonical_uuid("origin", &d.origin)? != producer {
        return Err(message!("bundle-deletion-foreign", id = id));
    }
    let table = table_index(&d.table).ok_or_else(|| {
        message!(
            "bundle-deletion-unknown-table",
            id = id,
            table = format!("{:?}", d.table)
        )
    })?;
    let at = DateTime::parse_from_rfc3339(&d.deleted_at)
        .ok()
        .filter(|_| d.deleted_at.ends_with('Z') && d.deleted_at.as_bytes().get(10) == Some(&b'T'))
        .ok_or_else(|| {
            message!(
                "bundle-deletion-bad-time",
                value = format!("{:?}", d.deleted_at)
            )
        })?
        .with_timezone(&Utc);
    Ok(Deletion {
        id,
        table,
        deleted_at: at.format("%F %T%.f%:z").to_string(),
    })
}

/// Every reading step on arbitrary bytes, for the fuzzer and the corpus test: the
/// signature's verdict is noted but not obeyed, so that the steps after it are reached
/// by inputs nobody signed. Returns the first problem found, if any. Never for importing.
pub fn exercise(bytes: &[u8], limits: &Limits) -> Result<(), Message> {
    // A sealed bundle's envelope is read from the same untrusted bytes first.
    let _ = super::seal::envelope(bytes, limits);
    let opened = open(bytes, limits)?;
    let signed = opened.verify_signature();
    opened.read_contents(limits)?;
    signed
}
