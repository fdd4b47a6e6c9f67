//! `manifest.json`: what a bundle is (format and version), who made it (the assembly and
//! its public key), when, what it covers, how many records of each table, and the SHA-256
//! of every other entry. `manifest.sig` is the Ed25519 signature of its exact bytes.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::assembly::{hex, unhex, validate_code};
use crate::error::Message;
use crate::message;
use crate::rule::DecisionRule;
use crate::validate;

pub const FORMAT: &str = "plenary-bundle";
/// The bundle format this Plenary writes and the newest it reads. 2: a decision's
/// `against` counts the blockers who voted against (migration 0012); see
/// [`super::upgrade`] for how older versions are read.
pub const VERSION: u32 = 2;
/// The oldest bundle format this Plenary reads.
pub const OLDEST_VERSION: u32 = 1;
pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.sig";
pub const DELETIONS: &str = "deletions.jsonl";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always `plenary-bundle`.
    pub format: String,
    /// The format version ([`VERSION`] when written here).
    pub version: u32,
    /// The program that wrote the bundle, for people ("Plenary 0.1.0").
    pub generator: String,
    pub assembly: ManifestAssembly,
    pub created_at: DateTime<Utc>,
    pub scope: ManifestScope,
    /// Records per table (every table of the format, zeros included).
    pub counts: BTreeMap<String, u64>,
    /// Number of deletions in `deletions.jsonl`.
    pub deletions: u64,
    /// Minutes: meeting id → entry name.
    pub minutes: BTreeMap<Uuid, String>,
    /// Every entry but the manifest and its signature.
    pub entries: BTreeMap<String, EntryInfo>,
}

/// The assembly that made (and signed) the bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct ManifestAssembly {
    pub id: Uuid,
    pub name: String,
    pub code: String,
    /// Ed25519 public key, 64 hex digits.
    pub public_key: String,
    pub default_rule: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryInfo {
    /// SHA-256 of the entry's content, 64 lower-case hex digits.
    pub sha256: String,
    /// Its size in bytes, uncompressed.
    pub size: u64,
}

/// What part of the assembly's record a bundle covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Scope {
    /// Everything the assembly owns.
    All,
    /// Chosen meetings, with what they refer to.
    Meetings { meetings: Vec<Uuid> },
    /// Everything changed on or after a date, with what it refers to.
    Since { since: NaiveDate },
}

/// The same in manifest.json, strict about unknown fields. (A separate type because ts-rs
/// cannot express `deny_unknown_fields` on an enum and warns at every build.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ManifestScope {
    All,
    Meetings { meetings: Vec<Uuid> },
    Since { since: NaiveDate },
}

impl From<ManifestScope> for Scope {
    fn from(w: ManifestScope) -> Scope {
        match w {
            ManifestScope::All => Scope::All,
            ManifestScope::Meetings { meetings } => Scope::Meetings { meetings },
            ManifestScope::Since { since } => Scope::Since { since },
        }
    }
}

impl From<Scope> for ManifestScope {
    fn from(s: Scope) -> ManifestScope {
        match s {
            Scope::All => ManifestScope::All,
            Scope::Meetings { meetings } => ManifestScope::Meetings { meetings },
            Scope::Since { since } => ManifestScope::Since { since },
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Scope::All => f.write_str("the whole assembly"),
            Scope::Meetings { meetings } => write!(f, "{} chosen meeting(s)", meetings.len()),
            Scope::Since { since } => write!(f, "changes since {since}"),
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// A public key's fingerprint, for people to compare: SHA-256 of the 32 key bytes, in
/// groups of four hex digits.
pub fn fingerprint(public_key: &[u8]) -> String {
    let h = sha256_hex(public_key);
    h.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fingerprint of a key written in hex (as stored), or "" if it is not one.
pub fn fingerprint_hex(public_key: &str) -> String {
    unhex(public_key)
        .map(|k| fingerprint(&k))
        .unwrap_or_default()
}

pub fn sign(key: &SigningKey, manifest: &[u8]) -> Vec<u8> {
    let mut s = hex(&key.sign(manifest).to_bytes());
    s.push('\n');
    s.into_bytes()
}

impl ManifestAssembly {
    /// Checks the fields a bundle states about its assembly; returns its public key.
    pub fn check(&self) -> Result<VerifyingKey, Message> {
        validate::line(crate::word!("bundle-field-assembly-name"), &self.name)
            .map_err(crate::Error::into_message)?;
        if validate_code(&self.code).ok().as_deref() != Some(self.code.as_str()) {
            return Err(message!(
                "bundle-assembly-code-invalid",
                code = format!("{:?}", self.code)
            ));
        }
        self.default_rule
            .parse::<DecisionRule>()
            .map_err(crate::Error::into_message)?;
        if self.revision < 1 {
            return Err(message!("bundle-assembly-revision"));
        }
        let bytes: [u8; 32] = unhex(&self.public_key)
            .and_then(|b| b.try_into().ok())
            .ok_or(message!("bundle-assembly-key-not-hex"))?;
        VerifyingKey::from_bytes(&bytes).map_err(|_| message!("bundle-assembly-key-not-ed25519"))
    }
}

/// Verifies `manifest.sig` (128 hex digits, an optional newline) over the manifest bytes.
pub fn verify(key: &VerifyingKey, manifest: &[u8], sig: &[u8]) -> Result<(), Message> {
    let text = std::str::from_utf8(sig).unwrap_or("");
    let text = text.strip_suffix('\n').unwrap_or(text);
    let bytes: [u8; 64] = unhex(text)
        .and_then(|b| b.try_into().ok())
        .ok_or(message!("bundle-signature-not-ed25519"))?;
    key.verify_strict(manifest, &Signature::from_bytes(&bytes))
        .map_err(|_| message!("bundle-signature-mismatch"))
}

pub fn hex_digest(h: Sha256) -> String {
    hex(&h.finalize())
}
