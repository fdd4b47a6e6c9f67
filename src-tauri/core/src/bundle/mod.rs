//! Bundles: how assemblies exchange their records (ga-process.md, "Between assemblies";
//! docs/bundle-format.md). A bundle is a signed zip of JSON Lines, one file per table, with
//! the minutes of its meetings as Markdown.
//!
//! - [`tables`]: the one list of exported tables that drives everything else;
//! - [`records`]: one record as one JSON line, both ways;
//! - [`manifest`]: the manifest, the signature, fingerprints;
//! - [`zipread`]: the strict, bounded zip reader;
//! - [`read`]: from bytes to checked records (no database);
//! - [`export`] and [`import`]: the database side;
//! - [`minutes`]: the Markdown minutes put in bundles;
//! - [`seal`]: sealed bundles, encrypted to the assemblies they are for;
//! - [`undo`]: taking an import back whole, from its own record of what it changed;
//! - [`upgrade`]: bringing an older format's records to today's meaning.

pub mod export;
pub mod import;
pub mod manifest;
pub mod minutes;
pub mod read;
pub mod records;
mod rules;
pub mod schema;
pub mod seal;
mod stage;
pub mod tables;
pub mod undo;
mod upgrade;
pub mod words;
pub mod zipread;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use export::{ExportOptions, ExportSummary};
pub use import::{ImportOptions, ImportPreview, ImportReport, Inspection, KeyStatus};
pub use manifest::{fingerprint, Scope};
pub use minutes::meeting_markdown;
pub use seal::{SealedFor, SealedInfo};
pub use undo::ImportUndone;

/// Every bound on what a bundle may hold. Bundles come from elsewhere: each of these is
/// checked before the memory or time it guards is spent.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The bundle file itself.
    pub max_file_bytes: u64,
    /// Entries in the zip.
    pub max_entries: usize,
    /// One entry, uncompressed.
    pub max_entry_bytes: u64,
    /// All entries together, uncompressed.
    pub max_total_bytes: u64,
    /// `manifest.json`.
    pub max_manifest_bytes: u64,
    /// One line of JSON (one record).
    pub max_line_bytes: usize,
    /// Records in all tables together (deletions included).
    pub max_records: u64,
}

impl Default for Limits {
    fn default() -> Self {
        // Ten busy years (architecture.md, "Budgets") come to about 1.2 million records
        // and a few hundred megabytes of JSON: these leave room for several times that.
        Limits {
            max_file_bytes: 1 << 30,
            max_entries: 50_000,
            max_entry_bytes: 1 << 30,
            max_total_bytes: 1 << 30,
            max_manifest_bytes: 16 << 20,
            max_line_bytes: 4 << 20,
            max_records: 10_000_000,
        }
    }
}

/// Per-table numbers: what an export wrote, or what an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Counts {
    /// Records that were not here and were added.
    pub new: u64,
    /// Records replaced by a higher revision from their owner.
    pub updated: u64,
    /// Records already here at the same or a higher revision.
    pub unchanged: u64,
    /// Records refused (see the refusals for why).
    pub refused: u64,
    /// Records removed because their owner deleted them.
    pub deleted: u64,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.new += o.new;
        self.updated += o.updated;
        self.unchanged += o.unchanged;
        self.refused += o.refused;
        self.deleted += o.deleted;
    }

    /// What an import of these would write.
    pub fn changes(&self) -> u64 {
        self.new + self.updated + self.deleted
    }
}

/// One table's line in a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct TableCount {
    /// The table (`working_groups`).
    pub table: String,
    /// What one record is (`working group`).
    pub record: String,
    pub records: u64,
}

/// An assembly as a bundle names it, with its key's fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct BundleAssembly {
    pub id: Uuid,
    pub name: String,
    pub code: String,
    pub public_key: String,
    /// SHA-256 of the public key, in groups of four hex digits.
    pub fingerprint: String,
}

impl From<&manifest::ManifestAssembly> for BundleAssembly {
    fn from(a: &manifest::ManifestAssembly) -> Self {
        BundleAssembly {
            id: a.id,
            name: a.name.clone(),
            code: a.code.clone(),
            public_key: a.public_key.clone(),
            fingerprint: manifest::fingerprint_hex(&a.public_key),
        }
    }
}

/// A bundle this database received and kept (to pass on untouched).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct ReceivedBundle {
    pub id: Uuid,
    pub assembly_id: Uuid,
    pub assembly_name: String,
    pub file_name: String,
    pub size: u64,
    pub sha256: String,
    /// When its maker made it.
    pub made_at: DateTime<Utc>,
    /// When it was imported here.
    pub imported_at: DateTime<Utc>,
    pub scope: Scope,
}

/// "a meeting", "an agenda item": the record's name with its article, for messages.
pub fn article(record: &str) -> String {
    let an = record
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {record}", if an { "an" } else { "a" })
}

/// Reads a bundle file (refused unread if larger than the limit): its name and bytes.
pub fn read_bundle_file(path: &std::path::Path) -> crate::Result<(String, Vec<u8>)> {
    let bytes = read_file(path, Limits::default().max_file_bytes)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().chars().take(200).collect())
        .unwrap_or_default();
    Ok((name, bytes))
}

/// Reads a file of at most `max` bytes: refused before reading if larger.
pub(crate) fn read_file(path: &std::path::Path, max: u64) -> crate::Result<Vec<u8>> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| {
        crate::Error::io(
            crate::error_message!("io-cannot-open", path = path.display().to_string()),
            e,
        )
    })?;
    let len = f
        .metadata()
        .map_err(|e| {
            crate::Error::io(
                crate::error_message!("io-cannot-read", path = path.display().to_string()),
                e,
            )
        })?
        .len();
    if len > max {
        return Err(crate::Error::Bundle(crate::message!(
            "bundle-path-too-large",
            path = path.display().to_string(),
            size = len,
            max = max
        )));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    f.take(max + 1).read_to_end(&mut bytes).map_err(|e| {
        crate::Error::io(
            crate::error_message!("io-cannot-read", path = path.display().to_string()),
            e,
        )
    })?;
    Ok(bytes)
}

/// Writes a file whole or not at all: into a temporary file beside it, then renamed.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> crate::Result<()> {
    use std::io::Write;
    let dir = crate::backup::folder_of(path);
    let io = |e| {
        crate::Error::io(
            crate::error_message!("io-cannot-write", path = path.display().to_string()),
            e,
        )
    };
    let mut tmp = tempfile_in(dir).map_err(io)?;
    tmp.1.write_all(bytes).map_err(io)?;
    tmp.1.sync_all().map_err(io)?;
    std::fs::rename(&tmp.0, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp.0);
        io(e)
    })
}

/// A new file with a unique name in `dir` (no extra dependency for one use).
fn tempfile_in(dir: &std::path::Path) -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    let path = dir.join(format!(".plenary-{}.tmp", Uuid::now_v7()));
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)?;
    Ok((path, f))
}

#[cfg(test)]
mod tests {
    #[test]
    fn records_get_their_article() {
        assert_eq!(super::article("agenda item"), "an agenda item");
        assert_eq!(super::article("amendment"), "an amendment");
        assert_eq!(super::article("meeting"), "a meeting");
        assert_eq!(
            super::article("working-group status change"),
            "a working-group status change"
        );
    }
}
